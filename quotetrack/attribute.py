"""Stage 7 — for each quote, the cue that reports it and the mention that names its speaker.

Attribution rules are records (``data/rules.json``): an id, the geometry they match
(where the cue stands relative to the quote, which cue forms qualify, where to look for
the speaker) and a confidence. The first rule that finds a mention wins; its id, cue and
evidence are kept for :meth:`quotetrack.Quote.explain`. Users build their own rule lists
with :func:`validate_rules` (checked when made, never while matching) and pass them to
``quotetrack.extract(text, rules=...)``, alone or with :func:`builtin_rules`.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal, TypeVar

import regex
from pydantic import Field

from quotetrack import lexicon
from quotetrack.channel import names_only_channel
from quotetrack.classify import (
    Candidate,
    attribute_link_words,
    clause_conjunction_alternation,
    comparative_connector,
    disputes_quote,
    generalising_quantifier,
    generic_subject_before,
    glosses,
    grammar,
    is_connector,
    past_connector,
    past_dateline,
    past_timestamp,
    relative_subject,
    reported_in_subject_relative,
    reports_another_quote,
    subject_in_marks,
)
from quotetrack.cues import (
    after_case_noun,
    avoir_forms,
    bearing_verb,
    clause_connectors,
    clitics,
    conditional_auxiliaries,
    cue_adverbs,
    etre_forms,
    finite_auxiliaries,
    gerund_markers,
    imperfect_cue,
    infinitive_report,
    learning_verb,
    one_word_adverbs,
    plural_cue,
    present_participle_endings,
    prospective_cue,
    purpose_governors,
    quoting_verb,
    reading_verb,
    reflexives,
    simple_finite_endings,
    subject_pronouns,
    telling_participle_endings,
    verb_openers,
    verb_words,
)
from quotetrack.indirect import (
    articles,
    bare_description,
    bare_infinitive_follows,
    complementizer_word,
    coordinated_after_marks,
    coordinated_clause_after,
    coordinated_verb,
    definite_initials,
    fronted_time_end,
    is_absolute_subject,
    joins_second_verb,
    past_participle_aside,
    source_before_que,
    title_before_name,
    voice_follows,
)
from quotetrack.institutions import (
    head_tail_end,
    is_adjective,
    led_bodies,
    place_heads,
    portfolio_bodies,
    venue_heads,
)
from quotetrack.interview import (
    analyst_verbs_at,
    capitals_label,
    greeted,
    presented_at,
    signature,
    signature_name,
)
from quotetrack.lexicon import Record, alternation, ending_with, trie_alternation, words_then_space
from quotetrack.marks import closing_marks, opening_marks, typography
from quotetrack.mentions import (
    Mention,
    absolute_participles,
    age_after,
    age_complement,
    audience_participles,
    encounter_participles,
    first_names,
    fronted_participle,
    impersonal_heads,
    impersonal_report,
    is_thing_noun,
    names_a_thing,
    names_data,
    names_findings_of,
    names_person,
    object_clitic_genders,
    origin_words,
    perception_verbs,
    place_complement,
    place_relative_words,
    read_on_at,
    same_source_at,
    same_source_echo_in,
    status_gap,
    subject_relative_after,
    titled_complement,
)
from quotetrack.models import Kind
from quotetrack.registry import Registry, months, opens_elided, role_heads
from quotetrack.registry import after_elided as _after_elided
from quotetrack.registry import fold as _fold
from quotetrack.segment import Spans

_T = TypeVar("_T")


class Rule(Record):
    """One attribution rule: where the cue stands, and where its speaker is looked for."""

    id: str
    cue: Literal["incise", "inside", "before", "after", "sentence-incise", "none"]
    """``incise``: the cue that classify saw right after the closing mark; ``before``/``after``:
    the nearest cue before/after the quote in its sentence; ``inside``: an incise within the
    quotation marks (``« …, a-t-il dit, … »``); ``sentence-incise``: a postposed
    incise ending the sentence; ``none``: no cue at all."""
    forms: tuple[str, ...] = ()
    """Cue forms the rule accepts (empty: any)."""
    speaker: Literal[
        "after-cue", "before-cue", "nearest-before-cue", "in-cue", "previous-quote", "before-colon", "nearest",
        "discourse", "sentence-subject", "agent-after-quote", "back-reference", "label", "next-subject",
        "previous-answer", "first-name", "enclosing-clause", "after-colon", "agent-after-participle", "crowd",
        "speech-complement", "signature", "said-by-next", "post-crowd",
    ]
    kinds: tuple[Kind, ...] = (Kind.DIRECT, Kind.PARTIAL, Kind.INDIRECT)
    detected_by: tuple[str, ...] = ()
    """Detection rule ids the quote must come from (empty: any)."""
    confidence: float = Field(ge=0.0, le=1.0)
    description: str = ""
    yields_to_verb_before: bool = False
    """Skip a partial quote, or a que-clause, a reporting verb before it governs in its sentence:
    in « X a jugé « inacceptables » les frappes qui ont tué dix personnes, selon la police » and
    « X a affirmé que …, selon l'agence Tass », X speaks."""
    yields_to_carrier_verb_before: bool = False
    """Like ``yields_to_verb_before``, only when the cue is a preposition or the speaker found
    a publication, which carried the words (« X a répondu que son pays « … », a rapporté
    l'agence Irna »: X speaks; « Le Kremlin a dénoncé « … », a déclaré Dmitri X »: X does)."""


class RuleSet(Record):
    rules: tuple[Rule, ...]


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """The rules shipped in ``data/rules.json``, in priority order."""
    rules: tuple[Rule, ...] = lexicon.load("rules.json", RuleSet).rules
    return rules


def validate_rules(records: Iterable[dict[str, Any] | Rule]) -> tuple[Rule, ...]:
    """Rules from user records; one :class:`~quotetrack.lexicon.DataError` lists every problem."""
    payload = [r.model_dump() if isinstance(r, Rule) else r for r in records]
    rules: tuple[Rule, ...] = lexicon.validate(tuple[Rule, ...], payload, origin="user rules")
    ids = [r.id for r in rules]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise lexicon.DataError(f"user rules: duplicate id(s): {', '.join(dup)}")
    return rules


@dataclass(slots=True)
class Assignment:
    """What attribution decided for one quote."""

    mention: Mention | None
    cue: Any
    rule: str
    confidence: float
    evidence: list[tuple[int, int]] = field(default_factory=list)
    quote: Candidate | None = None
    """The quote it was made for."""
    carried: Candidate | None = None
    """The earlier answer of an interview whose speaker this quote carries (``previous-answer``)."""


# Characters read after an indefinite subject for an object clitic and a verb of perception.
_PERCEIVED_REACH = 24
# An object clitic, elided or not, then the word after it (« on le voit », « on l'entend »).
_PERCEIVED = regex.compile(r"[ \u00a0]++(\p{L}++['’]?+)[ \u00a0]*+(\p{L}++)")


@dataclass(frozen=True, slots=True)
class _Words:
    np: regex.Pattern[str]
    pronoun_in_cue: regex.Pattern[str]
    preposition: regex.Pattern[str]
    pronouns: dict[str, dict[str, Any]]
    np_before: regex.Pattern[str]
    np_before_stop: regex.Pattern[str]
    possessive: regex.Pattern[str]
    clitic_number: dict[str, str]
    """The number of each object pronoun of ``cue_clitics`` (``les en`` → ``pl``), lower-cased."""
    coordinator: regex.Pattern[str]
    relative_end: regex.Pattern[str]
    place_complement: regex.Pattern[str]
    subject_relative: regex.Pattern[str]
    opening_subject: regex.Pattern[str]
    agent: regex.Pattern[str]
    publication_in: regex.Pattern[str]
    quantifier_before: regex.Pattern[str]
    speech_owner: regex.Pattern[str]
    indefinite: frozenset[str]
    """Indefinite determiners (``un``, ``une``)."""
    quantifier_ends: tuple[str, ...]
    """The last word of each quantifier, casefolded (``uns`` for ``quelques-uns``)."""
    complement_gap: regex.Pattern[str]
    """What stands between a description and the last name of its complement (`` du Mouvement 5 ``):
    a complement link, then capitalised words and numbers."""
    definite: tuple[str, ...]
    """Definite determiners (``le``, ``la``, ``l'``)."""
    organisation_complement: regex.Pattern[str]
    """A complement link and an organisation noun (`` du groupe ``, `` de la fédération ``): what
    may stand between an office and the party or union whose body it serves."""


# Not a stop: a period of a dotted acronym (« l'U.N.F.P. »), after a lone capital, another such
# capital and period before or after it.
_ACRONYM_DOT = r"(?!(?<=(?<!\p{L})\p{Lu})\.(?:(?<=\p{Lu}\.\p{Lu}\.)|\p{Lu}\.))"


@cache
def _words() -> _Words:
    raw = names_data()
    dets = words_then_space(raw["determiners"])
    stops = trie_alternation(raw["np_stops"])
    # A number with a decimal point or comma is one word (« l'article 49.3 », « le pivot de 2,24 m »).
    # A dotted acronym is one word too (« le secrétariat de l'U.N.F.P. »).
    word = r"(?:(?:\p{L}['’])?+(?-i:\p{Lu}\.(?:\p{Lu}\.)++)|[\p{L}\d][\p{L}\d'’\-]*+(?:(?<=\d)[.,]\d++)*+)"
    # A quantifier stands for a determiner too ("selon plusieurs délégations").
    quantifiers = trie_alternation(raw["quantifiers"])
    number_openers = trie_alternation(raw.get("number_openers", ()))
    cardinals = trie_alternation(raw["cardinals"])
    np = regex.compile(rf"(?i)(?<!\p{{L}})(?:{dets}|(?:{quantifiers})\s++){_np_words(stops)}")
    prons = trie_alternation(p["form"] for p in raw["subject_pronouns"])
    # An inverted subject (a-t-il dit) or a pronoun closing a prepositional cue (selon lui).
    pronoun_in_cue = regex.compile(rf"(?i)(?:-(?:t-)?|\s)({prons})\b")
    preposition = regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw['prepositions'])})(?!\p{{L}})")
    pronouns = {p["form"].lower(): p for p in raw["subject_pronouns"]}
    # A determiner and up to four words ending right before the cue ("le ministère a indiqué",
    # "l'entourage de la ministre affirme"); the caller checks that it opens its clause.
    # "la société des journalistes (SDJ) du JDD a annoncé": the acronym in brackets of the words
    # before it, then up to two words of complement.
    acronym = rf"(?:[ \u00a0]++\((?-i:\p{{Lu}}[\p{{Lu}}\d\-]*+)\)(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){word}){{1,2}})?"
    np_before = regex.compile(
        rf"(?i)(?<![\p{{L}}'’])(?:{dets}{word}(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){word}){{0,3}}{acronym}"
        # "certains évoquaient", "de nombreux observateurs jugent": a quantifier as subject; it
        # stands for a determiner, so up to four words follow it as they do a determiner
        # ("plusieurs groupes politiques du Parlement ont fait savoir").
        rf"|(?:{quantifiers})(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){word}){{0,4}}"
        # "sept pays de la coalition ont exprimé": a cardinal in words as determiner.
        rf"|(?:{cardinals})[ \u00a0]++{word}(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){word}){{0,3}}"
        # "plus de 200 scientifiques appellent": a figure, maybe after a word of number, as determiner.
        rf"|(?:(?:{number_openers})[ \u00a0]++)?(?<!\d[ \u00a0.,]?)\d++(?:[ \u00a0.]\d{{3}})*+(?:,\d++)?"
        rf"(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-])))\p{{L}}[\p{{L}}'’\-]*+){{1,3}})[ \u00a0]*+$"
    )
    # The last character before a cue that np_before cannot run over (one no word,
    # determiner, quantifier or space holds): no subject found there starts before it.
    other = "".join(sorted({c for w in (*raw["determiners"], *raw["quantifiers"]) for c in w
                            if not (c.isalnum() or c.isspace() or c in _NP_CHARS)}))
    np_before_stop = regex.compile(rf"(?r)(?!(?<=\d)[.,]\d){_ACRONYM_DOT}[^\p{{L}}\d'’\-\s\u00a0{regex.escape(other)}]")
    # Whose words a prepositional cue gives: a possessive (à ses yeux) or an object clitic (à l'en croire).
    owners = (*raw["possessives"], *raw.get("cue_clitics", ()))
    possessive = regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(owners)})(?!\p{{L}})")
    coordinator = regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw['coordinators'])})(?!\p{{L}})")
    # A clause opened by que/qu'/qui ("un scandale que les marcheurs qualifieront…").
    relative_end = regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(raw['relative_pronouns'])})$")
    # "la mission américaine| à l'ONU": the place or body a description serves.
    complement = place_complement(tuple(raw["place_links"]), tuple(raw["articles"]))
    # ", qui estime": the antecedent right before is the subject, whatever governs it (past the
    # period of an abbreviation ending it, "Donald Trump Jr., qui", and an elided clitic, "qui l'a",
    # also glued to the cue, "qui l'implorait").
    subject_relative = regex.compile(rf"(?i)(?:\.(?=[ \u00a0]*+,))?[ \u00a0]*+,?[ \u00a0]*+(?:{alternation(raw['subject_relatives'])})[ \u00a0]++(?:\p{{Ll}}+(?:['’]\p{{Ll}}+)?[ \u00a0]++){{0,2}}(?:\p{{Ll}}{{1,2}}['’])?$")
    # "Les opposants, dont …, se sont réunis pour exiger": a noun phrase opening the sentence
    # and closed by a comma, or a quantifier ("D'aucuns ne se sont pas privés de rappeler").
    letters = r"\p{L}[\p{L}'’\-]*+"
    # "Un infirmier du CHU de Saint-Pierre,": up to two capitalised names, each maybe after a
    # complement link, may end the phrase (the body or place of the person described).
    # "La mission permanente de l'Allemagne auprès de l'ONU,": the body it serves too.
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"], *raw.get("serving_links", ())])
    # A name may hold figures after its capital (« La déclaration du G20, », « Le patron de TF1, »).
    named = rf"(?:[ \u00a0]++(?:(?:{links})(?:(?<=['’])|[ \u00a0]++))?(?-i:\p{{Lu}})[\p{{L}}\d'’\-]*+){{0,2}}"
    # "Le collectif « Debout »,": a capitalised name in marks right after the noun is its name.
    opens = regex.escape("".join(sorted(opening_marks())))
    closes = regex.escape("".join(sorted(closing_marks())))
    marked = rf"(?P<marked>[ \u00a0]++[{opens}][ \u00a0\u202f]*+(?-i:\p{{Lu}})[^{opens}{closes},.;:\n]{{0,40}}?[ \u00a0\u202f]*+[{closes}])?"
    # "L'Association des professionnels soudanais (SPA),", "L'Association des nations de l'Asie du
    # Sud-Est (Asean),": its acronym in brackets, in capitals or spelt as a word, closes the phrase.
    acronym = r"(?P<acronym>[ \u00a0]++\((?-i:\p{Lu})[\p{L}\d\-]{1,9}\))?"
    # "Un moniteur de ski de la vallée,": past the plain words, up to two more lower-case complements,
    # each behind its link (a chain of de + noun), not any word (a clause read as a subject).
    chain = rf"(?:[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)(?-i:\p{{Ll}})[\p{{L}}\-]*+(?![\p{{L}}'’])){{0,2}}"
    # "Les 93 salariés, dont 90 femmes,": a figure may count the noun after the determiner.
    # ("Le 3 mai, …": a day and its month are a date, no subject.)
    count = rf"(?:\d{{1,3}}+(?:[ \u00a0\u202f]\d{{3}})*+[ \u00a0]++(?!(?:{trie_alternation(months())})(?![\p{{L}}\-])))?"
    opening_subject = regex.compile(
        rf"(?i)[\s\u00a0\"«“—–\-]*+(?:{dets}{count}{letters}(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){letters}){{0,4}}{chain}{named}{marked}{acronym}(?=[ \u00a0]*+,)"
        # "Plusieurs ONG, dont …, dénoncent": a quantifier, its noun and what ends the phrase.
        rf"|(?:{quantifiers})(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){letters}(?:[ \u00a0]++(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){letters}){{0,3}}{named}(?=[ \u00a0]*+,)|(?=[ \u00a0]|[ \u00a0]*+,)))"
    )
    return _Words(np, pronoun_in_cue, preposition, pronouns, np_before, np_before_stop, possessive,
                  {k.lower(): v for k, v in raw.get("cue_clitics", {}).items()}, coordinator, relative_end, complement,
                  subject_relative, opening_subject,
                  regex.compile(rf"(?i)[ \u00a0\u202f]*+(?:{alternation(raw['agent_prepositions'])})[ \u00a0]++"),
                  # "peut-on lire| dans le quotidien": a publication noun after a preposition.
                  _preposition_before(raw["publication_nouns"]),
                  # "certains évoquaient", "d'aucuns jugent": a quantifier alone before the cue.
                  regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{quantifiers})(?=[ \u00a0]*+$)"),
                  # "le message| du |Kremlin", "Réponse| de |Franck Allisio": a word, a complement
                  # link, then (the caller checks) a mention; the word must be a speech noun of the
                  # detection data.
                  regex.compile(rf"(?i)(?<!\p{{L}})(?P<noun>\p{{L}}++)[ \u00a0]++"
                                rf"(?:{trie_alternation([*raw['complement_links'], *raw['name_complement_links']])})(?:(?<=['’])|[ \u00a0]++)"),
                  frozenset(raw.get("indefinite_determiners", ())),
                  tuple(sorted({regex.split(r"[^\p{L}]++", q)[-1].casefold() for q in raw["quantifiers"]})),
                  regex.compile(rf"[ \u00a0]++(?i:{trie_alternation(raw['complement_links'])})(?:(?<=['’])|[ \u00a0]++)"
                                rf"(?:(?:\p{{Lu}}[\p{{L}}\-]*+|\d++)[ \u00a0]++){{0,3}}"),
                  tuple(raw.get("definite_determiners", ())),
                  regex.compile(rf"[ \u00a0]++(?i:{trie_alternation(raw['complement_links'])})(?:(?<=['’])|[ \u00a0]++)"
                                rf"(?i:{trie_alternation(raw.get('organisation_nouns', ()))})[ \u00a0]++"))


@cache
def _quantifier_words() -> frozenset[str]:
    """The ``quantifiers`` of ``names.json``, casefolded (``plusieurs``, ``certains``)."""
    return frozenset(q.casefold() for q in names_data()["quantifiers"])


def _verb_or_stop(word: str) -> bool:
    """Whether ``word`` is a verb form of the verb words or one of ``np_stops`` (``ne``, ``se``):
    no noun a quantifier could determine."""
    w = word.casefold().replace("’", "'")
    elided = w.split("'", 1)[0] + "'" if "'" in w else w
    return w in _verb_stop_words() or elided in _verb_stop_words()


@cache
def _verb_stop_words() -> frozenset[str]:
    return frozenset(w.casefold().replace("’", "'") for w in (*verb_words(), *names_data()["np_stops"]))


# Characters read before a name for the article and body noun it completes (« le gouvernement »).
_LED_BODY_REACH = 20


@cache
def _led_body_head() -> regex.Pattern[str]:
    """A definite article (``definite_determiners`` of ``names.json``) and one of ``led_bodies``
    right before a name (``Le camp ``), not inside a word."""
    dets = "|".join(regex.escape(d[:-1]) + "['’]" if d.endswith(("'", "’")) else regex.escape(d)
                    for d in names_data()["definite_determiners"])
    return regex.compile(rf"(?<![\p{{L}}'’])(?i:{dets})[ \u00a0]?+(?:{alternation(led_bodies())})[ \u00a0]++\Z")


@cache
def _body_heads() -> frozenset[str]:
    """Nouns that name a body themselves (``organisation_nouns`` and ``body_nouns`` of
    ``names.json``), casefolded: a party glued after one is the body's name (``le parti LR``)."""
    raw = names_data()
    return frozenset(w.casefold() for w in (*raw.get("organisation_nouns", ()), *raw["body_nouns"]))


# How far back the description a name is set after is read (« de l'homme d'affaires Jean X »).
_APPOSED_REACH = 60


@cache
def _determiners_and_prepositions() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The ``determiners`` of ``names.json`` written as words, those elided (``l'``), and its ``prepositions``."""
    raw = names_data()
    dets = [d.replace("’", "'") for d in raw["determiners"]]
    return (frozenset(d for d in dets if not d.endswith("'")), tuple(d for d in dets if d.endswith("'")),
            frozenset(raw["prepositions"]))


def _apposed_to_governed(text: str, start: int) -> bool:
    """Whether the name at ``start`` comes right after a lower-case description whose determiner
    a preposition governs (« l'arrestation de l'homme d'affaires Jean X »: the description, and
    the name with it, is a complement); not after one opening a clause (« …, la sociologue des
    médias Claire Y revient »). Reads back over lower-case words only, up to ``_APPOSED_REACH``
    characters, and stops at the nearest determiner."""
    dets, elided, preps = _determiners_and_prepositions()
    words = text[max(0, start - _APPOSED_REACH) : start].split()
    for k in range(len(words) - 1, 0, -1):
        word = words[k].replace("’", "'")
        if not word[:1].islower() or not word[-1:].isalpha():
            return False
        if word in dets or (word.startswith(elided) and word[-1:].isalpha()):
            return words[k - 1].casefold() in preps
    return False


@cache
def _fronted_phrase() -> regex.Pattern[str]:
    """A sentence opening with a capitalised preposition that is no determiner (``Dans un
    communiqué``, ``Lors de son point de presse``; the unaccented capital of ``sentence_prepositions``
    too: ``A l'hôpital X,``), its few words and the comma closing them, with the spaces after it."""
    raw = names_data()
    preps = [p for p in (*raw["prepositions"], *raw.get("sentence_prepositions", ())) if p not in set(raw["determiners"])]
    # "D'autres, au contraire, ont estimé", "De nombreux élus, …": a quantifier is no preposition.
    quantifiers = trie_alternation(raw["quantifiers"])
    return regex.compile(
        rf"[\s\u00a0\"«“—–\-]*+(?=\p{{Lu}})(?!(?i:{quantifiers})(?!\p{{L}}))(?i:{trie_alternation(preps)})(?:(?<=['’])|(?!\p{{L}}))"
        rf"[^,;:.!?«»\"\n]{{0,{_FRONTED_PHRASE_REACH}}},[ \u00a0]*+"
    )


@cache
def _fronted_place() -> regex.Pattern[str]:
    """A preposition, maybe an article, and up to four capitalised words (``à N'Djamena``, ``au
    Caire``), maybe a comma, with the spaces after them: a place fronted in a clause before its subject."""
    raw = names_data()
    return regex.compile(
        rf"(?i:{trie_alternation(raw['prepositions'])})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{alternation(raw['articles'])})(?:(?<=['’])|[ \u00a0]++))?"
        rf"\p{{Lu}}[\p{{L}}\-'’]*+(?:[ \u00a0]++\p{{Lu}}[\p{{L}}\-'’]*+){{0,3}}[ \u00a0]*+,?[ \u00a0]*+"
    )


@cache
def _fronted_venue() -> regex.Pattern[str]:
    """A preposition, maybe an article, and a noun of ``venue_heads`` (``institution_names.json``)
    with the spaces after it (``Au stade ``, ``À l'hôpital ``): a place run by a staff, fronted
    before its capitalised name; group ``head`` is the noun."""
    raw = names_data()
    heads = trie_alternation(venue_heads()) or "(?!)"
    return regex.compile(
        rf"(?i:{trie_alternation(raw['prepositions'])})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{alternation(raw['articles'])})(?:(?<=['’])|[ \u00a0]++))?"
        rf"(?P<head>{heads})[ \u00a0]++"
    )


@cache
def _fronted_present_participle() -> regex.Pattern[str]:
    """A sentence opening with a capitalised present participle (endings of ``conjugation.json``)
    before a word (``Défiant le leader chaviste``, ``S'exprimant devant ses partisans``; group
    ``capital`` when that word is capitalised, ``Évoquant Paul X``),
    its few words and the comma closing them, with the spaces after it: an aside, whose object
    is no subject."""
    endings = trie_alternation(present_participle_endings())
    return regex.compile(
        rf"[\s\u00a0\"«“—–\-]*+(?P<participle>(?:\p{{Lu}}['’])?\p{{L}}[\p{{L}}\-]*?(?:{endings}))[ \u00a0]++(?=(?P<capital>\p{{Lu}})?\p{{L}})"
        rf"[^,;:.!?«»\"\n]{{0,{_FRONTED_PHRASE_REACH}}},[ \u00a0]*+"
    )


@cache
def _age_aside() -> regex.Pattern[str]:
    """An age set off by commas between a subject and its verb (``le président, 82 ans, annonce``):
    a number and an age unit of ``names.json``."""
    units = names_data().get("age_units", ())
    return regex.compile(rf"[ \u00a0]*+,[ \u00a0]*+\d{{1,3}}[ \u00a0]++(?:{alternation(units) if units else '(?!)'}),[ \u00a0]*+")


# Most words of the apposition after the side a side marker names (see _side_named_before_apposition).
_SIDE_APPOSITION_WORDS = 8
# Most words of such an apposition when a past participle and its preposition open it (associé à…,
# implanté dans…): a participle phrase has no finite verb, so no subject of its own that could speak.
_SIDE_PARTICIPLE_WORDS = 12
# "« … », peut-on lire.", "On lit que …": cues of reading (verbs marked ``reads`` in verbs.json), whose words were written by the
# publication last named before them (in the same paragraph, within this many characters).
_READ_REACH = 600
# Longest span from the name of the person interviewed to the analyst's verb of an
# introduction (« Le politiste Jean X, auteur de « … », décrypte la crise »): the apposition between.
_ANALYST_APPOSITION_CHARS = 160
_QUANTITY_REACH = 40  # characters before a noun where a determiner of quantity may stand (une cinquantaine d')
# How far before a colon a speaking text naming its author may open (characters).
_SPEAKING_TEXT_REACH = 140
# "le magazine « Society »": the opening marks between a publication noun and the name it announces.
_OPENING_MARK_STRINGS = frozenset({"«", "\"", "“"})
# "«Le Canard enchaîné», qui": the closing mark (maybe after a space) after a publication's name in marks.
_CLOSING_MARK_STRINGS = frozenset({"»", "\"", "”"})
_CLOSING_MARK_AFTER = regex.compile(r"[ \u00a0\u202f]*+[»\"”]")
# "…, mais son éditorialiste se montre sévère : « …": a colon opening a quotation of its own.
_COLON_THEN_MARK = regex.compile(r":[ \u00a0\u202f]*+[«\"“]")
# "Il aurait travaillé à « … »": the most characters between the last publication's report and
# the sentence a conditional auxiliary opens (see _reporting_conditional).
_REPORTED_ON_REACH = 300


@cache
def _learnt_from() -> regex.Pattern[str]:
    """``a appris l'AFP| de source diplomatique``, ``| auprès du ministère``: a link of
    ``learnt_from_links`` (``names.json``) before whom a learner learnt the words from."""
    return regex.compile(rf"[ \u00a0]*+(?:{trie_alternation(names_data().get('learnt_from_links', ()))})(?!\w)")


@cache
def _elided_name_after() -> regex.Pattern[str]:
    """`` auprès d'Ubisoft.``: a preposition of ``de_prepositions`` (``names.json``), an elided link of
    ``name_complement_links`` and up to four capitalised words closing the clause: a name the
    mentions leave out after an elision when they do not know it, whom the words were learnt from."""
    raw = names_data()
    elided = [w[:-1] for w in raw["name_complement_links"] if w.endswith(("'", "’"))]
    if not raw.get("de_prepositions") or not elided:
        return regex.compile("(?!)")
    word = r"\p{Lu}[\p{L}\d\-]*+"
    return regex.compile(
        rf"[ \u00a0]*+(?i:{alternation(raw['de_prepositions'])})[ \u00a0]++(?i:{alternation(elided)})['’]"
        rf"({word}(?:[ \u00a0]++{word}){{0,3}})(?=[ \u00a0]*+(?:[,.;:!?)]|$))"
    )


@cache
def _reporting_conditional() -> regex.Pattern[str]:
    """``Il aurait travaillé à « … »``: an auxiliary of the conditional the press reports in (the
    auxiliaries marked ``conditional`` in ``conjugation.json``)."""
    return regex.compile(rf"(?<!\w)(?:{trie_alternation(conditional_auxiliaries())})(?!\w)")

# Characters after a cue where the elided link of `` auprès d'X`` stands (see _elided_name_in).
_ELIDED_NAME_LEAD = 12
# Characters before a colon read for an age set off after a name (see _age_before).
_AGE_TAIL_REACH = 16
# Most characters of an absolute phrase of manner before a colon (``, la voix étranglée par l'émotion``).
_MANNER_REACH = 60


@cache
def _side_marker_end() -> regex.Pattern[str]:
    """A side marker of ``names.json`` (``chez``) as a whole word, with the space after it, ending
    the text searched: the mention after it names the side."""
    markers = names_data().get("side_markers", ())
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{alternation(markers) if markers else '(?!)'})(?:(?<=['’])|[ \u00a0]++)$")


@cache
def _side_marker() -> regex.Pattern[str]:
    """A side marker of ``names.json`` opening the text searched (``Du côté de``, ``Chez``), with
    the space after it."""
    markers = names_data().get("side_markers", ())
    return regex.compile(rf"(?i)(?:{alternation(markers) if markers else '(?!)'})(?:(?<=['’])|[ \u00a0]++)")


def _linked_name() -> str:
    """A complement link, maybe an article, and up to three capitalised words (``du Burkina
    Faso``, ``de la Tanzanie``)."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    arts = trie_alternation(raw["articles"])
    cap = r"(?-i:\p{Lu})[\p{L}'’\-]*+"
    return (rf"(?:{links})(?:(?<=['’])|[ \u00a0]++)(?:(?:{arts})(?:(?<=['’])|[ \u00a0]++))?"
            rf"{cap}(?:[ \u00a0]++{cap}){{0,2}}")


@cache
def _dangling_link() -> regex.Pattern[str]:
    """A complement link (``de``, ``du``) ending a noun phrase's words."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    return regex.compile(rf"(?i)[ \u00a0](?:{links})$")


@cache
def _cut_complement() -> regex.Pattern[str]:
    """The noun after a link a noun phrase was cut at (maybe after an article): one word, not a
    stop word of ``np_stops``."""
    raw = names_data()
    arts, stops = trie_alternation(raw["articles"]), trie_alternation(raw["np_stops"])
    word = r"\p{L}[\p{L}\-]*+"
    return regex.compile(rf"(?i)[ \u00a0]++(?:(?:{arts})(?:(?<=['’])|[ \u00a0]++))?(?!(?:{stops})(?!\p{{L}})){word}(?![\p{{L}}'’])")


@cache
def _coordinated_conjunct() -> regex.Pattern[str]:
    """Between the first of two coordinated subjects and their verb: one of ``subject_coordinators``,
    then a determiner maybe and up to four words, none a verb word or one of ``np_stops``
    (`` et les Occidentaux ``)."""
    raw = names_data()
    stops = alternation([*verb_words(), *raw["np_stops"]])
    word = rf"(?!(?:{stops})(?:(?<=['’])|(?![\p{{L}}'’])))\p{{L}}[\p{{L}}\-]*+(?![\p{{L}}'’])"
    return regex.compile(
        rf"(?i)[ \u00a0]++(?:{trie_alternation(raw['subject_coordinators'])})[ \u00a0]++"
        rf"(?:{words_then_space(raw['determiners'])})?{word}(?:[ \u00a0]++{word}){{0,3}}[ \u00a0]*+")


@cache
def _office_complement_list() -> regex.Pattern[str]:
    """After a noun phrase ending with a capitalised complement (``les régimes du Mali``), the
    rest of a list of such complements, its last one after a coordinator (``, du Burkina Faso
    et du Niger``); a complement may also be a role's capitalised complement in ``roles.json``
    with its lower-case words (``les ministères de l'Intérieur, des Affaires étrangères et des
    Armées``)."""
    raw = names_data()
    tails = {f.partition("|")[2] for r in lexicon.read_json("roles.json") for f in r["forms"]}
    offices = alternation(t for t in tails if any(c.isupper() for c in t))
    item = rf"(?:(?-i:{offices})(?![\p{{L}}'’])|{_linked_name()}(?!\p{{L}}))"
    return regex.compile(
        rf"(?i)(?:,[ \u00a0]++{item})*+[ \u00a0]++(?:{trie_alternation(raw['subject_coordinators'])})[ \u00a0]++{item}")


@cache
def _complement_list_end() -> regex.Pattern[str]:
    """A capitalised complement ending a noun phrase (``… du Mali``), maybe with up to two
    lower-case words after it (``de l'Education nationale``, ``des Affaires locales``), which
    :func:`_ends_in_complement` checks are adjectives of a name's tail."""
    return regex.compile(rf"(?i)(?<![\p{{L}}'’]){_linked_name()}(?P<adjectives>(?:[ \u00a0]++(?-i:\p{{Ll}})[\p{{L}}\-]*+){{0,2}})$")


def _ends_in_complement(np: str) -> bool:
    """Whether the noun phrase ``np`` ends with a capitalised complement, its adjectives maybe
    after it (``le ministère de l'Education nationale``: a portfolio keeps its adjective), the
    first of a list of complements the writer may go on with (``, du Préscolaire et des Sports``)."""
    found = _complement_list_end().search(np)
    return found is not None and all(is_adjective(w) for w in found.group("adjectives").split())


@cache
def _complement_link_before() -> regex.Pattern[str]:
    """A link to a complement (``name_complement_links``: ``de``, ``du``) and spaces ending the text searched."""
    return ending_with(names_data()["name_complement_links"])


@cache
def _dash_apposition() -> regex.Pattern[str]:
    """A dash, then a determiner: the writer's comment set off after a clause (``… des échanges
    « francs » – une formule qui signale souvent un désaccord``), a noun phrase of its own."""
    dashes = regex.escape("".join(typography().dialogue_dashes))
    return regex.compile(rf"(?i)[{dashes}][ \u00a0\u202f]++(?:{words_then_space(names_data()['determiners'])})")


def dash_aside_between(text: str, lo: int, hi: int) -> bool:
    """Whether a writer's comment after a dash (:func:`_dash_apposition`) opens between ``lo`` and
    ``hi``: a cue inside it reports for that comment's noun, never for the words before."""
    if not any(d in text[lo:hi] for d in typography().dialogue_dashes):
        return False  # the common case: no dash between the quote and the cue
    return _dash_apposition().search(text, lo, hi) is not None


@cache
def _possessive_relative() -> regex.Pattern[str]:
    """A relative of possession (``dont``, ``names.json``) opening an aside, after its spaces."""
    return regex.compile(rf"(?i)[ \u00a0\u202f]*+(?:{alternation(names_data()['possessive_relatives'])})(?!\p{{L}})")


# Longest aside between two dashes right before a verb.
_DASH_ASIDE_REACH = 160
# Characters before a place read for a seat's noun and link (« quartier général de »).
_SEAT_REACH = 24


def _dash_aside_start(text: str, lo: int, pos: int) -> int:
    """The opening dash of an aside set off by spaced dashes that closes right before ``pos``
    (``les pays de la coalition – dont la France, le Qatar – ont exprimé``), whose words are no
    subject of the verb after it; else ``pos``."""
    end = len(text[lo:pos].rstrip(" \u00a0\u202f")) + lo
    dashes = typography().dialogue_dashes
    if end - 2 < lo or text[end - 1] not in dashes or not text[end - 2].isspace():
        return pos
    floor = max(lo, end - _DASH_ASIDE_REACH)
    opening = max(text.rfind(d, floor, end - 1) for d in dashes)
    if opening <= lo or not text[opening - 1].isspace() or "\n" in text[opening:end]:
        return pos
    aside = text[opening + 1 : end - 1]
    # A list of members (a comma, a coordinator) or one that dont opens; a name alone is an apposition.
    if "," in aside or _words().coordinator.search(aside) is not None or _possessive_relative().match(aside) is not None:
        return opening
    return pos


@cache
def _opening_clause() -> regex.Pattern[str]:
    """A sentence's opening noun phrase (group ``np``: a determiner and a noun, then at most
    seven words of any kind, no comma or mark; an acronym in brackets may follow it, « (AMF) »)
    running to the end of the text searched, past a verb group the noun phrase is the subject of
    (« Un autre élu est plus sévère : », « le technicien a refusé de polémiquer : »)."""
    return _opening(*_opening_np())


@cache
def _quantified_clause() -> regex.Pattern[str]:
    """:func:`_opening_clause` opened by a quantifier standing for its determiner (« Plusieurs
    membres du Conseil de sécurité de l'ONU ont estimé »)."""
    return _opening(*_opening_np(), quantified=True)


@cache
def _colon_clause() -> regex.Pattern[str]:
    """:func:`_opening_clause` with a longer verb group, the clause a colon closes before a
    quotation (« Les parents de la fillette ont publié un message sur les réseaux sociaux : »)."""
    return _opening(*_opening_np(), tail=_COLON_CLAUSE_TAIL)


# The words the verb group of a clause before a colon may run to (see _colon_clause).
_COLON_CLAUSE_TAIL = 12


def _only_clitics(words: str) -> bool:
    """Whether ``words`` hold nothing but object pronouns (``le``, ``leur``), or nothing at all."""
    return all(w.lower().replace("’", "'") in _object_clitics() for w in words.split())


@cache
def _gerund_clause() -> regex.Pattern[str]:
    """:func:`_opening_clause` with a longer verb group, the main clause a gerund after its comma
    shares the subject of (« Le représentant russe a quant à lui demandé aux États-Unis de renoncer
    à leurs manœuvres, estimant que… »); a number in words stands for its determiner too (« Trois
    syndicats ont exigé son départ, estimant que… »)."""
    return _opening(*_opening_np(), tail=_GERUND_CLAUSE_TAIL, counted=True)


def _opening_np() -> tuple[str, str]:
    """The noun phrase of :func:`_opening_clause` and the bracketed acronym that may follow it."""
    return (rf"(?:\p{{L}}[\p{{L}}'’\-]*+(?:[ \u00a0]++{_pronoun_verb()}{_subject_word()}){{0,7}}|{_complement_chain()})",
            r"(?:[ \u00a0]++\(\p{Lu}[\p{Lu}\d\-]*+\))?")


@cache
def _gerund_relative_clause() -> regex.Pattern[str]:
    """:func:`_gerund_clause` with a subject relative without commas after the noun phrase (group
    ``relative``), the verb group after it the main clause's (« Les agriculteurs qui bloquaient
    le périphérique ont levé le camp, promettant de… »)."""
    relative = alternation(names_data()["subject_relatives"])
    head = rf"\p{{Ll}}[\p{{L}}'’\-]*+(?:[ \u00a0]++{_subject_word()}){{0,3}}"
    clause = rf"(?P<relative>[ \u00a0]++(?i:{relative})[ \u00a0]++[\p{{L}}\d][\p{{L}}\d'’\-]*+(?:[ \u00a0]++{_subject_word()}){{0,8}})"
    return _opening(head + clause, tail=_GERUND_CLAUSE_TAIL)


@cache
def _purpose_governor() -> regex.Pattern[str]:
    """A preposition of purpose (``purpose_governors`` of ``cue_words.json``: ``pour``, ``afin de``)
    opening a cue, a space or an apostrophe after it."""
    words = purpose_governors()
    return regex.compile(rf"(?i)(?:{trie_alternation(words) if words else '(?!)'})(?:(?<=['’])|[ \u00a0])")


@cache
def _purpose_infinitive_before() -> regex.Pattern[str]:
    """A preposition of purpose (``purpose_governors``) and a lower-case infinitive (``infinitive_endings``
    of ``grammar.json``) ending the searched text (`` pour présider ``): a mention right after them is
    the infinitive's object."""
    words = purpose_governors()
    endings = alternation(grammar().infinitive_endings)
    return regex.compile(rf"(?i)(?<![\w'’])(?:{trie_alternation(words) if words else '(?!)'})(?:(?<=['’])|[ \u00a0]++)"
                         rf"(?-i:\p{{Ll}})[\w\-]*(?<=\w(?:{endings}))[ \u00a0]++$")


# Characters read before a mention for a preposition of purpose and its infinitive.
_PURPOSE_OBJECT_REACH = 40


@cache
def _gerund_marker_at() -> regex.Pattern[str]:
    """A gerund marker of ``cue_words.json`` (``en``, ``tout en``) opening a cue, a space after it."""
    return regex.compile(rf"(?i)(?:{trie_alternation(gerund_markers())})[ \u00a0]")


# The words a main clause's verb group may run to before the comma of a gerund sharing its subject.
_GERUND_CLAUSE_TAIL = 20

# Most characters between a voice marker (« par la voix de ») and the name of the person it gives.
_VOICE_REACH = 90
# How far before a noun phrase its complement link is looked for (`` des ``, `` de l'``).
_LINK_REACH = 6
# What closes the name a voice marker gives: a comma, a colon or a bracket.
_VOICE_END = regex.compile(r"[ \u00a0]*+[,:(]")


@cache
def _voice_marker() -> regex.Pattern[str]:
    """A phrase of ``voice_markers`` in ``names.json`` (« par la voix de »), searched for: who
    spoke for the subject of the verb it stands by."""
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{alternation(names_data()['voice_markers'])})(?:(?<=['’])|(?=[ \u00a0]))")


@cache
def _object_pronoun() -> str:
    """An object pronoun (``clitics`` of ``conjugation.json``, either apostrophe), elided or followed
    by spaces: « l'a », « leur a »."""
    pronouns = sorted({w.replace("'", a) for w in clitics() for a in "'’"})
    return rf"(?i:{trie_alternation(pronouns)})(?:(?<=['’])|[ \u00a0]++)"


@cache
def _pronoun_verb() -> str:
    """A lookahead refusing an object pronoun (``clitics`` of ``conjugation.json``) right before a
    word of a verb group (« l'a », « l’avait », « leur a », « les ont »): a subject noun phrase ends
    before it, the verb group opening there."""
    verbs = alternation(verb_words())
    return rf"(?!{_object_pronoun()}(?i:{verbs})(?![\p{{L}}'’]))"


@cache
def _subject_word() -> str:
    """Any word but a relative pronoun (« Des résultats que nuance un apiculteur » has another
    subject) or a word of a verb group, where the subject ends."""
    stops = alternation([*names_data()['relative_pronouns'], *verb_words()])
    return rf"(?!(?i:{stops})(?:(?<=['’])|(?![\p{{L}}'’])))[\p{{L}}\d][\p{{L}}\d'’\-]*+"


def _opening(np: str, after_np: str = "", tail: int = 6, *, counted: bool = False, quantified: bool = False) -> regex.Pattern[str]:
    """A determiner and the noun phrase ``np`` opening a sentence (group ``np``), then
    ``after_np`` and maybe a verb group it is the subject of (``tail`` words at most after its
    auxiliaries), running to the end of the text searched; with ``counted``, a number in words
    (``cardinals`` of names.json, maybe joined by hyphens: « Dix-sept partis ») may stand for the determiner."""
    # An elided word (« s' », « n' ») runs on into the next one: « s'est abstenu », « n'a pas ».
    verb = rf"(?i:{alternation(verb_words())})(?:(?<=['’])|(?![\p{{L}}'’]))"
    # An object pronoun may stand before the verb group (« Le tribunal l'a condamnée », « Le
    # maire leur a répondu »): the noun phrase before it is still the subject.
    pronoun = rf"(?:{_object_pronoun()})?"
    # With ``quantified``, a quantifier (« Plusieurs », « Certains ») stands for the determiner.
    dets = words_then_space(names_data()["quantifiers" if quantified else "determiners"])
    if counted:
        cardinal = trie_alternation(names_data()["cardinals"])
        dets += rf"|(?:{cardinal})(?:-(?:{cardinal}))*+[ \u00a0]++"
    return regex.compile(
        rf"[\s\"«“—–\-]*+(?P<np>(?i:{dets}){np}){after_np}"
        rf"(?:[ \u00a0]++{pronoun}{verb}(?:[ \u00a0]*+{verb})*+(?:[ \u00a0'’]*+{_subject_word()}){{0,{tail}}})?[ \u00a0]*+"
    )


@cache
def _complement_chain() -> str:
    """A lower-case noun, up to two lower-case adjectives, then one to six complements, each a
    link of ``complement_links`` or ``place_links`` (maybe with an article) and a word, with up
    to two more words (an adjective, a capitalised word) and one coordinated adjective or name
    (« bureau de liaison du gouvernement central à Hong Kong », « comité d'organisation des Jeux
    olympiques et paralympiques de Paris »): a long noun phrase of complements, no verb in it,
    that may run past the eight words of a sentence's opening noun phrase."""
    raw = names_data()
    links = [*raw["complement_links"], *raw["place_links"]]
    coordinators = raw["subject_coordinators"]
    stops = alternation([*raw["relative_pronouns"], *verb_words(), *raw["np_stops"], *links,
                         *raw["articles"], *coordinators, *raw["determiners"]])
    free = rf"(?!(?i:{stops})(?![\p{{L}}'’]))"
    adjective = rf"{free}\p{{Ll}}[\p{{L}}\-]*+(?![\p{{L}}'’])"
    word = rf"{free}[\p{{L}}\d][\p{{L}}\d\-]*+(?![\p{{L}}'’])"
    link = rf"(?i:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{trie_alternation(raw['articles'])})(?:(?<=['’])|[ \u00a0]++))?"
    more = rf"(?:[ \u00a0]++{word}){{0,2}}(?:[ \u00a0]++(?i:{alternation(coordinators)})[ \u00a0]++{word})?"
    return (rf"\p{{Ll}}[\p{{L}}\-]*+(?:[ \u00a0]++{adjective}){{0,2}}"
            rf"(?:(?:[ \u00a0]++|(?<=['’])){link}{word}{more}){{1,6}}")


@cache
def _opening_chain() -> regex.Pattern[str]:
    """A sentence's opening noun phrase of complements (group ``np``: a determiner and
    :func:`_complement_chain`) and a verb group it is the subject of, running to the end of the
    text searched."""
    return _opening(_complement_chain())


@cache
def _bare_coordinated() -> regex.Pattern[str]:
    """Two plural nouns without a determiner opening a sentence, joined by one of the
    ``subject_coordinators`` (« Syndicats et parents d'élèves »), each with up to three words of
    complement, none a relative pronoun, a word of a verb group or a stop of ``np_stops`` (group ``np``)."""
    raw = names_data()
    stops = alternation([*raw['relative_pronouns'], *verb_words(), *raw['np_stops']])
    word = rf"(?!(?i:{stops})(?![\p{{L}}'’]))[\p{{L}}\d][\p{{L}}\d'’\-]*+"
    plural = r"\p{Ll}[\p{L}'’\-]*[sx](?![\p{L}'’])"
    return regex.compile(
        rf"[\s\"«“—–\-]*+(?P<np>\p{{Lu}}{plural}(?:[ \u00a0]++{word}){{0,3}}?[ \u00a0]++"
        rf"(?:{alternation(raw['subject_coordinators'])})[ \u00a0]++{plural}(?:[ \u00a0]++{word}){{0,3}})[ \u00a0]*+"
    )


# The last word of a noun phrase and the spaces before it.
_LAST_WORD = regex.compile(r"(?<=\S)[ \u00a0]++(\S+)\Z")


@cache
def _singular_determiner() -> regex.Pattern[str]:
    """A determiner of a singular noun (``singular_determiners``) opening a noun phrase."""
    words = grammar().singular_determiners
    return regex.compile(rf"(?i:{trie_alternation(words)})(?:(?<=['’])|[ \u00a0\u202f])" if words else "(?!)")


def _singular_opening(text: str, start: int, end: int) -> bool:
    """Whether the noun phrase ``text[start:end]`` opens with a determiner of a singular noun."""
    return _singular_determiner().match(text, start, end) is not None


@cache
def _manner_phrase() -> regex.Pattern[str]:
    """``, la voix blanche`` up to the end of the searched range: a comma, a definite article, one
    of ``manner_nouns`` and at most three words (no comma nor stop among them); or a comma, one
    of ``manner_degrees`` and one or two words (``, un brin désabusé``, ``, un peu amer``: a
    mood of the subject's, whose indefinite article opens no noun phrase)."""
    data = names_data()
    nouns, degrees = data.get("manner_nouns", ()), data.get("manner_degrees", ())
    if not nouns:
        return regex.compile("(?!)")
    degree = (rf"|(?i:{trie_alternation(degrees)})(?:[ \u00a0\u202f]++[\p{{L}}'’-]++){{1,2}}[ \u00a0\u202f]*+$"
              if degrees else "")
    return regex.compile(rf"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?:(?i:{alternation(articles())})[ \u00a0\u202f]*+(?i:{trie_alternation(nouns)})"
                         rf"(?!\p{{L}})(?:[ \u00a0\u202f]++[\p{{L}}'’-]++){{0,3}}[ \u00a0\u202f]*+${degree})")


@cache
def _manner_aside() -> regex.Pattern[str]:
    """``, la voix brisée,`` right after a postposed cue: a comma, a definite article, one of
    ``manner_nouns`` and at most three words, then the comma closing the aside (``a confié, la
    voix brisée, un responsable``): how the words were said, the subject after it."""
    nouns = names_data().get("manner_nouns", ())
    if not nouns:
        return regex.compile("(?!)")
    return regex.compile(rf"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?i:{alternation(articles())})[ \u00a0\u202f]*+(?i:{trie_alternation(nouns)})"
                         rf"(?!\p{{L}})(?:[ \u00a0\u202f]++[\p{{L}}'’-]++){{0,3}}[ \u00a0\u202f]*+,")


def _without_clitic(text: str) -> str:
    """A noun phrase's words without the object pronoun ending them, which belongs to the verb
    after it (``Les habitants le| disent``, ``Les syndicats l'|affirmaient``)."""
    while (last := _LAST_WORD.search(text)) is not None and last.group(1).lower() in _object_clitics():
        text = text[: last.start()]  # « Les commerçants me le disent »: both pronouns
    return text


@cache
def _object_clitics() -> frozenset[str]:
    """Object pronouns before a verb (``clitics`` of ``conjugation.json``: ``en``, ``y``, ``lui``,
    and those that look like determiners, ``le``, ``l'``): a noun phrase never ends with one, so
    one right before the verb belongs to it (``Les habitants le disent``)."""
    return frozenset(c.lower() for c in clitics())


@cache
def _reflexive_verb_end() -> regex.Pattern[str]:
    """A reflexive pronoun and one word, then spaces, ending the text searched (`` se levaient ``):
    the verb a subject's infinitive cue follows (« les élus se levaient pour scander »)."""
    forms = alternation(reflexives())
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{forms})(?:(?<=['’])|[ \u00a0]++)\p{{L}}++[ \u00a0]++$")


@cache
def _opening_relative() -> regex.Pattern[str]:
    """A sentence's opening noun phrase (group ``np``: a determiner, a lower-case noun and at
    most three more words) then a subject relative and its words, no comma or mark, running to
    the end of the text searched (``Un manifestant qui souhaite rester anonyme``)."""
    raw = names_data()
    word = r"[\p{L}\d][\p{L}\d'’\-]*+"
    relative = alternation(raw["subject_relatives"])
    return regex.compile(
        rf"[\s\"«“—–\-]*+(?P<np>(?i:{words_then_space(raw['determiners'])})\p{{Ll}}[\p{{L}}'’\-]*+"
        rf"(?:[ \u00a0]++(?!(?i:{relative})(?!\p{{L}})){word}){{0,3}})[ \u00a0]++(?i:{relative})"
        rf"(?:[ \u00a0]++{word}){{1,8}}[ \u00a0]*+"
    )


@cache
def _interrupting_words() -> tuple[str, ...]:
    """The participles of cutting in (``interrompu``, ``coupée``) of ``names.json``, for a cheap
    test before :func:`_interrupting_agent`."""
    return tuple(names_data().get("interrupting_participles", ()))


@cache
def _coordinator_words() -> frozenset[str]:
    """The one-word coordinators of ``verb_coordinators`` (``et``, ``mais``, ``puis``), lower case."""
    return frozenset(w.lower() for w in grammar().verb_coordinators if " " not in w)


@cache
def _free_relative_hint() -> str:
    """What every relative of ``free_relatives`` opens with, lower case (``ce qu``), for a cheap
    test before :func:`_free_relative_after`; empty when they share nothing (no test then)."""
    words = [w.lower() for w in grammar().free_relatives]
    return os.path.commonprefix(words) if words else ""


@cache
def _free_relative_after() -> regex.Pattern[str]:
    """Spaces and a relative of ``free_relatives`` (``ce que``, ``ce qu'``) right after a cue."""
    return regex.compile(rf"(?i)[ \u00a0\u202f]*+(?:{alternation(grammar().free_relatives) or '(?!)'})(?:(?<=['’])|(?!\w))")


# Characters of the sentence after a quotation searched for a passive of speech and its agent.
_SAID_BY_REACH = 80
_SELON_FRONTED = "selon-fronted"
# Spaces and opening marks between a subject and the fragment in marks right after it.
_SPACES_AND_OPENING = " \u00a0\u202f«“\""
# Attribution rules of a clause a prepositional cue reports as its source's (« Selon X, … », « X,
# selon qui … »): a plural verb's fragment inside it is the source's wording (see _fronted_source_of).
_SELON_SOURCE_RULES = frozenset({_SELON_FRONTED, "selon-relative"})
"""The rule of a clause a fronted prepositional cue reports (``Selon X, …``)."""
_PRONOUN_REACH = 8
"""Characters before a finite cue a subject pronoun with its spaces stands in (``elle ``)."""
_ON_COORDINATOR_REACH = 24
"""Characters before a repeated indefinite pronoun its coordinator and comma stand in (``, mais ``)."""


@cache
def _said_by_words() -> tuple[str, ...]:
    """The passives of speech of ``names.json`` (``a été prononcée``), for a cheap test before :func:`_said_by`."""
    return tuple(names_data().get("said_by_passives", ()))


@cache
def _subject_articles() -> frozenset[str]:
    """What may stand before a body's mention opening a clause: nothing or one of the articles of
    ``names.json``, its apostrophe straight or curly (the mention may hold its article)."""
    return frozenset({"", *articles()})


@cache
def _said_by() -> regex.Pattern[str]:
    """``Elle a été prononcée le 3 juin par ``: a subject of ``said_by_subjects`` opening the
    sentence, a passive of ``said_by_passives``, at most five words (a date and a place: le 28 novembre à
    Papeete) and the agent's preposition."""
    raw = names_data()
    agents = alternation(raw["agent_prepositions"])
    return regex.compile(
        rf"(?i)(?:{trie_alternation(raw.get('said_by_subjects', ()))})[ \u00a0]++(?:{trie_alternation(_said_by_words())})"
        rf"(?:[ \u00a0]++[^ \u00a0,;:.!?«»\"“”\n]++){{0,5}}?[ \u00a0]++(?:{agents})[ \u00a0]++"
    )


@cache
def _interrupting_agent() -> regex.Pattern[str]:
    """``interrompu par la ministre :``: a participle of cutting in, maybe an adverb, the
    preposition of its agent and the agent (group ``np``) right before a colon."""
    return regex.compile(
        rf"(?i)(?<!\p{{L}}){_agent_link(trie_alternation(_interrupting_words()))}"
        rf"(?P<np>[^,;:.!?«»\"“”\n]{{1,60}}?)[ \u00a0\u202f]*+$"
    )


def _agent_link(head: str) -> str:
    """``head`` (a pattern of participles), maybe an adverb of ``cue_words.json`` or a date of
    ``time_phrases`` (``names.json``), the preposition of its agent and the space after it
    (``interrompu aussitôt par ``, ``signé notamment par ``, ``remis en janvier par ``), or a
    day of a month (``publié le 3 mai par ``, ``publié le 1er juin 2021 par ``)."""
    agents = alternation(names_data()["agent_prepositions"])
    adverbs = trie_alternation((*cue_adverbs(), *names_data().get("time_phrases", ())))
    day = rf"le[ \u00a0]++\d{{1,2}}(?:er)?+[ \u00a0]++(?:{trie_alternation(months())})(?:[ \u00a0]++\d{{4}})?+"
    return rf"(?:{head})[ \u00a0]++(?:(?:{adverbs}|{day})[ \u00a0]++)?(?:{agents})[ \u00a0]++"


@cache
def _publication_words() -> frozenset[str]:
    """The one-word nouns of ``publication_nouns`` (``journal``, ``quotidien``), case-folded."""
    return frozenset(w.casefold() for w in names_data()["publication_nouns"] if " " not in w)


@cache
def _programme_of() -> regex.Pattern[str]:
    """``l'émission « X » de la chaîne brésilienne ``: a determiner and a noun of ``programme_nouns``,
    maybe its name in marks, a complement link, then maybe an article, a noun of
    ``publication_nouns`` and up to two lower-case words, running to the end of the text searched
    (where the publication's mention starts)."""
    raw = names_data()
    opens, closes = regex.escape("".join(sorted(opening_marks()))), regex.escape("".join(sorted(closing_marks())))
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    return regex.compile(
        rf"(?i)(?:^|,)[ \u00a0]*+{words_then_space(raw['determiners'])}(?:{trie_alternation(raw.get('programme_nouns', ()))})"
        rf"(?:[ \u00a0]++[{opens}][^{opens}{closes}\n]{{1,60}}[{closes}])?[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?:(?:{trie_alternation(raw['articles'])})(?:(?<=['’])|[ \u00a0]++))?"
        rf"(?:(?:{trie_alternation(raw['publication_nouns'])})(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}[ \u00a0]++)?$")


@cache
def _document_opening() -> regex.Pattern[str]:
    """``Une note de 2008, en pleine crise, dresse``: a determiner and a noun of
    ``colon_document_nouns`` opening the text searched (group ``np``, with up to two lower-case
    adjectives and a year as its complement), maybe an aside set off by commas, then a lower-case word."""
    raw = names_data()
    adjective = r"[ \u00a0]++\p{Ll}[\p{Ll}\-]*+"
    return regex.compile(
        rf"[\s\u00a0\"«“—–\-]*+(?P<np>(?i:{words_then_space(raw['determiners'])})(?i:{trie_alternation(raw.get('colon_document_nouns', ()))})"
        rf"(?![\p{{L}}'’\-])(?:{adjective}){{0,2}}?(?:[ \u00a0]++(?i:{trie_alternation(raw['complement_links'])})[ \u00a0]++\d{{4}})?)"
        rf"(?:[ \u00a0]*+,[^,;:«»“”\n]{{1,80}},)?[ \u00a0]++\p{{Ll}}")


@cache
def _speaking_text_words() -> tuple[str, ...]:
    """The nouns of ``speaking_text_nouns`` (``names.json``), for a cheap test before the pattern."""
    return tuple(names_data().get("speaking_text_nouns", ()))


@cache
def _speaking_text_tail() -> regex.Pattern[str]:
    """``une lettre manuscrite de l'ex-président, écrite en détention``: a determiner, a noun of
    ``speaking_text_nouns`` (``names.json``), maybe one lower-case adjective, a complement link,
    then (group ``owner``) the words naming its author and maybe an aside set off by a comma that
    opens in lower case, running to the end of the text searched."""
    raw = names_data()
    return regex.compile(
        rf"(?i:{words_then_space(raw['determiners'])})(?i:{trie_alternation(raw.get('speaking_text_nouns', ()))})"
        rf"(?![\p{{L}}'’\-])(?:[ \u00a0]++\p{{Ll}}[\p{{Ll}}\-]*+)?[ \u00a0]++(?i:{trie_alternation(raw['name_complement_links'])})"
        rf"(?:(?<=['’])|[ \u00a0]++)(?P<owner>[^,;:«»“”\"\n]{{1,60}}?)(?:[ \u00a0]*+,[ \u00a0]*+\p{{Ll}}[^,;:«»“”\"\n]{{0,60}})?[ \u00a0]*+$")


@cache
def _seat_apposition() -> regex.Pattern[str]:
    """``, siège de ``: a comma, a noun of ``seat_nouns`` and a complement link (the body named
    starts at the match's end)."""
    raw = names_data()
    links = trie_alternation(raw["complement_links"])
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{trie_alternation(raw.get('seat_nouns', ()))})[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)")


@cache
def _fronted_street() -> regex.Pattern[str]:
    """``Avenue de la Grande-Armée``: a noun of ``street_nouns`` (``names.json``), a complement link
    and one or two capitalised words, then spaces: a body's seat named by its address (not a street
    named after a person with no link, ``Rue Victor-Hugo``: a high street, its passers-by)."""
    raw = names_data()
    streets = trie_alternation(raw.get("street_nouns", ())) or "(?!)"
    links = trie_alternation(raw["complement_links"])
    name = r"\p{Lu}[\p{L}\-'’]*+"
    return regex.compile(rf"(?i:{streets})[ \u00a0]++(?i:{links})(?:(?<=['’])|[ \u00a0]++){name}(?:[ \u00a0]++{name})?[ \u00a0]*+")


@cache
def _simple_finite_opening() -> regex.Pattern[str]:
    """A definite determiner, one lower-case noun and a lower-case word ending as a simple finite
    verb of the third person (:func:`simple_finite_endings`: ``l'hôpital refuse``, ``les médecins
    jugeaient``), then a space."""
    dets = words_then_space(_words().definite)
    return regex.compile(rf"(?P<np>(?i:{dets})\p{{Ll}}[\p{{L}}\-]*+)[ \u00a0]++(?P<verb>\p{{Ll}}++(?<=(?:{trie_alternation(simple_finite_endings())})))[ \u00a0]")


@cache
def _seat_before() -> regex.Pattern[str]:
    """``siège de ``, ``siège de La ``: a noun of ``seat_nouns``, a complement link and maybe the
    capitalised article of a place's name ending the text searched (the place named, never who
    speaks, starts at the match's end or at that article)."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw.get('seat_nouns', ()))})[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)(?:\p{{Lu}}\p{{Ll}}{{0,2}}+(?:['’]|[ \u00a0]++))?$")


@cache
def _voicing_words() -> tuple[str, ...]:
    """The ``voicing_participles`` of ``names.json`` (``lancé``, ``formulée``), for a cheap test
    before :func:`_voiced_agent`."""
    return tuple(names_data().get("voicing_participles", ()))


@cache
def _voiced_agent() -> regex.Pattern[str]:
    """``le vœu lancé par ``: a noun of speech (detection data) or of ``voiced_nouns``, one of
    ``voicing_participles``, maybe an adverb, and the agent's preposition (the agent starts at
    the match's end). One lower-case word may complete the noun (``le message radio lancé par``,
    ``l'appel solennel lancé par``)."""
    nouns = [*grammar().speech_nouns, *names_data().get("voiced_nouns", ())]
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(nouns)})[ \u00a0]++(?-i:\p{{Ll}}[\p{{Ll}}\-]*+[ \u00a0]++)?"
                         rf"{_agent_link(trie_alternation(_voicing_words()))}")


@cache
def _perceived_speech_infinitives() -> frozenset[str]:
    """The ``perceived_speech_infinitives`` of ``names.json`` (dire, crier), lower case."""
    return frozenset(w.lower().replace("’", "'") for w in names_data().get("perceived_speech_infinitives", ()))


def _hears(clause: str) -> bool:
    """Whether ``clause`` holds one of the ``hearing_stems`` of ``names.json`` (``entend``)."""
    return any(stem in clause for stem in names_data().get("hearing_stems", ()))


@cache
def _floor_given() -> regex.Pattern[str]:
    """``laisse le dernier mot à ``, ``donne la parole au ``: a verb of ``floor_giving_verbs``, one
    of ``floor_nouns`` and one of ``floor_links`` (à, or its contraction with the article) and the space
    after it; whom it hands the floor to starts at the match's end (or after ``l'``)."""
    raw = names_data()
    verbs = trie_alternation(raw.get("floor_giving_verbs", ()))
    nouns = trie_alternation(raw.get("floor_nouns", ()))
    links = trie_alternation(raw.get("floor_links", ()))
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{verbs})[ \u00a0]++(?:{nouns})[ \u00a0]++(?:{links})[ \u00a0]++")


@cache
def _demonym_then_possessive() -> regex.Pattern[str]:
    """A determiner, one capitalised word (group ``word``, a nationality noun if the registry says
    so: ``l'Américaine``), a complement link and a possessive (`` de sa``)."""
    raw = names_data()
    return regex.compile(
        rf"(?i:{words_then_space(raw['determiners'])})(?P<word>\p{{Lu}}\p{{Ll}}[\p{{L}}\-]*+)[ \u00a0]++"
        rf"(?i:{alternation(raw['name_complement_links'])})[ \u00a0]++(?i:{alternation(raw['possessives'])})[ \u00a0]"
    )


@cache
def _passive_agent() -> regex.Pattern[str]:
    """Right after a participle: two words at most (``mardi``, ``hier soir``), the preposition of
    its agent and the agent, with no punctuation, up to a colon."""
    agents = alternation(names_data()["agent_prepositions"])
    return regex.compile(
        rf"(?:[ \u00a0]++[\p{{L}}\d'’\-]++){{0,2}}?[ \u00a0]++(?i:{agents})[ \u00a0]++(?P<np>[^,;:.!?«»\"“”\n]{{1,80}}+)[ \u00a0\u202f]*+$"
    )


@cache
def _participle_agent() -> str:
    """``interrogé par``, ``cités par``: a past participle and the preposition of its agent,
    maybe past an adverb of ``cue_words.json`` (``signé notamment par``)."""
    # the whole words of ``agent_participles`` (names.json: établi, fourni), whose endings mark no participle
    # alone; a participle that is nothing but an ending (fait, dit, mis) takes an agent too
    words = trie_alternation(names_data().get("agent_participles", ()))
    endings = trie_alternation(telling_participle_endings())
    head = rf"(?=\p{{L}})[\p{{L}}\-]*?(?:{endings})"
    head = rf"{head}|(?:{words})(?![\p{{L}}\-])" if words else head
    return rf"(?<!\p{{L}}){_agent_link(head)}"


@cache
def _object_relative_que() -> regex.Pattern[str]:
    """``que`` or ``qu'`` right before a subject pronoun, ending the text searched: an object
    relative's (or a content clause's) opening."""
    return regex.compile(r"(?i)(?<!\p{L})(?:que[ \u00a0]++|qu['’])$")


@cache
def _clause_opening_words() -> frozenset[str]:
    """Words after which a noun phrase opens a clause as its subject: the one-word relatives of
    place (``place_relatives`` of names.json: ``où``) and the clause connectors (``et``, ``mais``)."""
    return frozenset({*(w.lower() for w in names_data()["place_relatives"] if " " not in w), *clause_connectors()})


@cache
def _agent_aside() -> regex.Pattern[str]:
    """``interrogé par l'AFP``, ``cités par Reuters``: a past participle and its agent ending
    the words before a cue, maybe set off by commas, an aside between the subject and its verb."""
    return regex.compile(rf"(?i)[ \u00a0]*+,?[ \u00a0]*+{_participle_agent()}[^,;:.!?«»\"\n]{{1,64}}?[ \u00a0]*+,?[ \u00a0]*+$")


@cache
def _complemented_agent_aside() -> regex.Pattern[str]:
    """``, informé de la situation par sa conseillère, Susan X,``: an aside set off by commas that
    ends the words before a cue, a past participle, maybe a short complement, its agent and maybe the
    agent's name in apposition; the subject stands before it."""
    head = rf"(?<!\p{{L}})\p{{L}}[\p{{L}}\-]*?(?:{trie_alternation(telling_participle_endings())})"
    agents = alternation(names_data()["agent_prepositions"])
    free = r"[^,;:.!?«»\"\n]"
    return regex.compile(
        rf"(?i),[ \u00a0]*+{head}[ \u00a0]++(?:{free}{{1,40}}?[ \u00a0]++)?(?:{agents})[ \u00a0]++{free}{{1,60}}?"
        rf"(?:,[ \u00a0]*+(?-i:\p{{Lu}}){free}{{0,40}}?)?[ \u00a0]*+,[ \u00a0]*+$")


@cache
def _inner_participle_aside() -> regex.Pattern[str]:
    """``, s'exprimant sous couvert d'anonymat,``, ``, souhaitant garder l'anonymat,``: an aside set
    off by commas that ends the words before a cue and opens with one of ``speaking_aside_participles``
    (``names.json``): how the subject spoke, between the subject and its verb; or where he stood
    (``, présent dans le cortège,``: ``presence_participles`` and a ``presence_links`` word)."""
    participles = trie_alternation(names_data().get("speaking_aside_participles", ())) or "(?!)"
    presence = trie_alternation(names_data().get("presence_participles", ())) or "(?!)"
    links = trie_alternation(names_data().get("presence_links", ())) or "(?!)"
    free = r"[^,;:.!?«»\"\n]"
    return regex.compile(
        rf"(?i),[ \u00a0]*+(?:{participles}|(?:{presence})[ \u00a0]++(?:{links}))(?!\w){free}{{1,60}}?[ \u00a0]*+,[ \u00a0]*+$")


@cache
def _presence_aside() -> regex.Pattern[str]:
    """``, présent dans le train``: a comma, an adjective of ``presence_participles`` (``names.json``),
    a ``presence_links`` word and a few words, up to the next comma (not taken): where the noun
    phrase before it stood, an aside between it and its subject relative."""
    presence = trie_alternation(names_data().get("presence_participles", ())) or "(?!)"
    links = trie_alternation(names_data().get("presence_links", ())) or "(?!)"
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{presence})[ \u00a0]++(?:{links})(?!\w)[^,;:.!?«»\"\n]{{1,60}}?(?=[ \u00a0]*+,)")


@cache
def _self_naming_phrase() -> regex.Pattern[str]:
    """A phrase of ``self_naming_participles`` (``names.json``) and the label after it, maybe in
    marks, ending the searched text (`` se présentant comme le « Conseil … » ``)."""
    participles = trie_alternation(names_data().get("self_naming_participles", ())) or "(?!)"
    return regex.compile(rf"(?i)(?<=\p{{L}})[ \u00a0]++(?:{participles})(?:(?<=['’])|[ \u00a0]++)[^,;:.!?\n]++[ \u00a0]*+$")


@cache
def _apposed_noun_end() -> regex.Pattern[str]:
    """A comma, a determiner of ``names.json`` and one lower-case word ending the text: a noun set
    in apposition (``…, une sortie``), which a participle right after describes."""
    dets = trie_alternation(names_data()["determiners"])
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{dets})(?:(?<=['’])|[ \u00a0]++)(?-i:\p{{Ll}})[\p{{L}}\-]*+$")


@cache
def _agent_before_marks() -> regex.Pattern[str]:
    """``accusées par les manifestants de``: a past participle, its agent and the word it governs
    before its attribute (``attribute_links``) ending the words before an opening mark; the agent
    (group ``np``) said them. A participle that frames an attribute of comparison (detection.json
    ``agent_framing_participles``: ``présentée comme``) may see the attribute's first few lower-case
    words before the marks (``présentée par Pékin comme une « … »``, ``comme relevant de la « … »``):
    the agent still said them."""
    links = alternation(names_data().get("attribute_links", ())) or "(?!)"
    # The agent's words hold no stop but that of a title opening them (« par M. X de « … » »).
    titles = trie_alternation(names_data()["titles"])
    np = rf"(?P<np>(?:(?-i:{titles})[ \u00a0]++)?[^,;:.!?«»\"“”\n]{{1,40}}?)"
    plain = rf"{_participle_agent()}{np}[ \u00a0]++(?:{links})"
    # "présenté comme" → the participle "présenté" before its agent, "comme" after it.
    framing = [f.split() for f in grammar().agent_framing_participles]
    participles = trie_alternation(sorted({f[0] for f in framing if len(f) > 1}))
    comparisons = trie_alternation(sorted({f[-1] for f in framing if len(f) > 1}))
    if not participles:
        return regex.compile(rf"(?i){plain}[ \u00a0\u202f]*+$")
    lead = r"(?:[ \u00a0]++(?-i:\p{Ll})[\p{L}'’\-]*+){1,3}"
    framed = rf"(?<!\p{{L}}){_agent_link(participles)}{np}[ \u00a0]++(?:{comparisons}){lead}"
    return regex.compile(rf"(?i)(?:{plain}|{framed})[ \u00a0\u202f]*+$")


@cache
def _body_complement() -> regex.Pattern[str]:
    """``de Dassault Aviation``: a complement link and capitalised words only, the body a role
    belongs to, between that role and its holder's name (``le PDG de Dassault Aviation Éric X``);
    not a capitalised article alone (``articles``), the start of a place's name (``le maire de La
    Baule``: the name after it is the rest of the place's, no holder)."""
    articles = alternation(names_data()["articles"])
    return regex.compile(rf"[ \u00a0]*+{_complement_link()}(?!(?i:{articles})[ \u00a0]++\Z)"
                         rf"\p{{Lu}}[\w\-&.]*+(?:[ \u00a0]++\p{{Lu}}[\w\-&.]*+)*+[ \u00a0]++")


@cache
def _body_noun_complement() -> regex.Pattern[str]:
    """`` de l'opposition travailliste ``: a complement link, a lower-case body noun of
    ``names.json`` (``body_nouns``: a body, never a person) and at most two lower-case words
    after it (``adj``, adjectives by their ending: :func:`institutions.is_adjective`), between a
    role and its holder's full name (``le chef de la diplomatie américaine Antony X``)."""
    nouns = trie_alternation(names_data()["body_nouns"])
    return regex.compile(rf"[ \u00a0]*+{_complement_link()}(?:{nouns})(?P<adj>(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}+)[ \u00a0]++")


@cache
def _bracketed_party_body_gap() -> regex.Pattern[str]:
    """`` du conseil régional de ``: a complement link, a lower-case body noun of ``names.json``
    (``body_nouns``), at most two lower-case words and a link, between a party's bracket closing
    after a role and the place or body completing it (``Le président (LR) du conseil régional de
    Bretagne``): the role's body, split from the role by the bracket."""
    nouns = trie_alternation(names_data()["body_nouns"])
    return regex.compile(rf"[ \u00a0]*+{_complement_link()}(?:{nouns})(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}"
                         rf"[ \u00a0]++{_complement_link()}")


def _holder_after_body_noun(gap: str, name: str) -> bool:
    """Whether a full name whose first word is a known first name, right after ``gap``, holds
    the role before ``gap``, a complement naming a body in lower case (``le chef de l'opposition
    travailliste Keir X``): a name glued to a body's noun is no apposition of that body, which
    is no person, so it names the role's holder; never past a verb (``le chef de l'armée reçoit
    Paul X``: no adjective)."""
    found = _body_noun_complement().fullmatch(gap)
    if found is None or " " not in name or name.split(" ", 1)[0] not in first_names():
        return False
    return all(is_adjective(w) for w in found.group("adj").split())


@cache
def _link_gap() -> regex.Pattern[str]:
    """A complement link alone, maybe fused with or before its article (`` de l'``, `` du ``):
    what stands between a role and the body it belongs to; or a preposition of place
    (``place_prepositions``: `` à ``), between a role and the place of its post
    (``l'ambassadrice du Maroc à Madrid``)."""
    places = trie_alternation(names_data().get("place_prepositions", ())) or "(?!)"
    return regex.compile(rf"[ \u00a0]*+(?:{_complement_link()}|(?:{places})[ \u00a0]++)")


@cache
def _conjoined_body_gap() -> regex.Pattern[str]:
    """One of ``subject_coordinators`` of ``names.json`` (`` et ``), maybe then a complement link
    (`` et de ``): what joins a second body or place to the one completing a role (``l'évêque de
    Quimper et Léon``, ``le préfet de la Loire et du Rhône``)."""
    return regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(names_data()['subject_coordinators'])})[ \u00a0]++(?:{_complement_link()})?")


@cache
def _complement_link() -> str:
    """A complement link of ``names.json`` (``complement_links``, ``name_complement_links``) and
    the space after it, none after an elided one (``de ``, ``d'``)."""
    raw = names_data()
    links = alternation([*raw["complement_links"], *raw["name_complement_links"]])
    return rf"(?:{links})(?:(?<=['’])|[ \u00a0]++)"


@cache
def _common_complement() -> regex.Pattern[str]:
    """A description's complement of common nouns, each after a complement link (`` des droits
    humains``, `` de la fédération des parents``), maybe after a second noun a coordinator of
    ``subject_coordinators`` joins (`` et militant des droits humains``): words of the
    description, before its holder's name."""
    word = r"\p{Ll}[\w\-]*+"
    joined = rf"(?:[ \u00a0]++(?:{alternation(names_data()['subject_coordinators'])})[ \u00a0]++{word})?"
    return regex.compile(
        rf"{joined}(?:[ \u00a0]*+{_complement_link()}{word}(?:[ \u00a0]++{word}){{0,2}})++[ \u00a0]++")


@cache
def _place_relative() -> regex.Pattern[str]:
    """A relative of place and its euphonic article (``où l'``) before an indefinite ``on``."""
    return regex.compile(rf"(?i)(?:{alternation(names_data()['place_relatives'])})")


@cache
def _gap_determiners() -> frozenset[str]:
    """Determiners (``names.json``) that may open the object of a gapped clause (``Téhéran une « … »``)."""
    return frozenset(w.lower() for w in names_data()["determiners"])


@cache
def _gap_prepositions() -> frozenset[str]:
    """Prepositions (``names.json``) that may open the object of a gapped clause (``Y d'« une honte »``)."""
    return frozenset(w.lower() for w in names_data().get("gap_prepositions", ()))


def _gap_object(words: str) -> bool:
    """Whether ``words``, before the marks of a gapped clause, are nothing, a determiner, or a
    preposition of ``gap_prepositions`` maybe with one (``d'une``, ``de la``, ``une``)."""
    if not words:
        return True
    parts = words.replace("’", "'").replace("'", "' ").lower().split()
    if parts[0] in _gap_prepositions():
        parts = parts[1:]
    return not parts or (len(parts) == 1 and parts[0] in _gap_determiners())


# A word right after a noun's complement link, with its elided apostrophe.
_LINKED_WORD = regex.compile(r"[ \u00a0]*+(\p{L}[\p{L}\-]*+['’]?)")


def _bare_complement(text: str, link: regex.Match[str], end: int) -> bool:
    """Whether a text noun's complement is a bare lower-case noun after *de* (``un message de
    condoléances``, ``une lettre de deux pages``): what the text holds, no author; a contracted
    article (``du``, ``des``), a determiner or a capital opens its author."""
    word = link.group().strip(" \u00a0'’").casefold()
    if word in names_data()["contracted_articles"]:
        return False
    after = _LINKED_WORD.match(text, link.end(), end)
    if after is None or not after.group(1)[:1].islower():
        return False
    return after.group(1).replace("’", "'").casefold() not in _gap_determiners()


@cache
def _bound_relative_end() -> tuple[frozenset[str], regex.Pattern[str]]:
    """Relatives of place and of possession (``où``, ``dont``) closing the words before a name
    (``Dans la rue où Camille X louait…, une voisine…``): the name is the relative clause's
    subject, not the sentence's. With the last letters they end in, a cheap prefilter."""
    raw = names_data()
    words = [*raw["place_relatives"], *raw["possessive_relatives"]]
    return frozenset(w[-1].lower() for w in words), regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(words)})$")


@cache
def _joined_name_word() -> regex.Pattern[str]:
    """A coordinator of ``subject_coordinators`` (``names.json``: ``et``) or ``&``, then one
    capitalised word, then spaces: the last word of a name like ``Socialistes et Démocrates``."""
    joins = alternation([*names_data()["subject_coordinators"], "&"])
    return regex.compile(rf"[ \u00a0]++(?:{joins})[ \u00a0]++\p{{Lu}}[\p{{L}}\-]*+[ \u00a0\u202f]*+")


# How far after a body's name the coordinator of a second complement is looked for (spaces, ``et``).
_JOINED_COMPLEMENT_LEAD = 14


@cache
def _joined_complement() -> regex.Pattern[str]:
    """A coordinator of ``subject_coordinators`` (``names.json``: ``et``), a link of
    ``name_complement_links`` maybe with a definite article, then one capitalised word, then
    spaces: the second complement of a body's name (``ministère de l'Emploi| et du Travail``)."""
    raw = names_data()
    joins = alternation(raw["subject_coordinators"])
    links = alternation(raw["name_complement_links"])
    articles = alternation([a for a in _words().definite if a[-1:] not in "'’"])
    elided = alternation([a for a in _words().definite if a[-1:] in "'’"])
    article = rf"(?:(?:{articles})[ \u00a0]++|(?:{elided}))?+"
    return regex.compile(
        rf"[ \u00a0]++(?:{joins})[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++){article}\p{{Lu}}[\p{{L}}\-]*+[ \u00a0\u202f]*+"
    )


@cache
def _founders_pair() -> regex.Pattern[str]:
    """A coordinator of ``subject_coordinators`` (``et``) and one capitalised word, then the
    clause's punctuation or its end: the second founder's surname of a firm's name whose first
    ends the body's phrase (``bureau d'études Coyne| et Bellier,``)."""
    joins = alternation(names_data()["subject_coordinators"])
    return regex.compile(rf"[ \u00a0]++(?:{joins})[ \u00a0]++\p{{Lu}}\p{{Ll}}[\p{{L}}\-]*+(?=[ \u00a0]*+(?:[,;.)]|$))")


def _founder_after_noun(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` follows a space and a word that is no complement
    link (``bureau d'études| Coyne``, not ``ministère de| Santé`` nor ``de l'|Intérieur``)."""
    if start < 2 or text[start - 1] not in " \u00a0":
        return False
    before = _FOUNDER_WORD.search(text, max(0, start - _JOINED_COMPLEMENT_LEAD), start - 1)
    return before is not None and before.group().casefold() not in _complement_link_words()


# The last word before a joined complement (its first letter's case read).
_FOUNDER_WORD = regex.compile(r"[\p{L}\-]++$")


def _joined_complement_end(text: str, pos: int, end: int, start: int | None = None) -> int:
    """Where a :func:`_joined_complement` starting at ``pos`` ends (before ``end``), or ``pos``
    when none does: a coordinator must stand within the next few characters (a cheap test first).
    With the body's ``start``, a portfolio written in lower case after a portfolio body's own
    lower-case one joins too (:func:`_lower_portfolio_join`: ``ministère de l'équipement| et des
    transports``, as some dailies write ministries)."""
    head = text[pos : pos + _JOINED_COMPLEMENT_LEAD]
    if not any(c in head for c in names_data()["subject_coordinators"]):
        return pos
    m = _joined_complement().match(text, pos, end)
    if m is None and pos > 0 and text[pos - 1].isalpha() and (last := _FOUNDER_WORD.search(text, max(0, pos - _JOINED_COMPLEMENT_LEAD), pos)) is not None \
            and last.group()[:1].isupper() and _founder_after_noun(text, last.start()):
        # "au bureau d'études Coyne et Bellier, à Paris": a firm named after its two founders,
        # the second surname alone before the clause's punctuation, is one name (not the
        # complement of « ministère de l'Intérieur »).
        m = _founders_pair().match(text, pos, end)
    if m is None and start is not None and any(b in text[start:pos] for b in portfolio_bodies()):
        body, join = _lower_portfolio_join()
        if body.search(text, start, pos) is not None:
            m = join.match(text, pos, end)
    return m.end() if m is not None else pos


@cache
def _lower_portfolio_join() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A noun of ``portfolio_bodies`` (``institution_names.json``: ministère) and a lower-case
    complement ending the text searched (``ministère de l'équipement``), and, after it, a
    coordinator, a link and one lower-case word (`` et des transports``): the second portfolio of
    the ministry's name written in lower case, joined only after a first one written so."""
    raw = names_data()
    bodies = trie_alternation(portfolio_bodies()) if portfolio_bodies() else "(?!)"
    joins = alternation(raw["subject_coordinators"])
    links = alternation(raw["name_complement_links"])
    articles = alternation([a for a in _words().definite if a[-1:] not in "'’"])
    elided = alternation([a for a in _words().definite if a[-1:] in "'’"])
    article = rf"(?:(?:{articles})[ \u00a0]++|(?:{elided}))?+"
    word = r"(?-i:\p{Ll})[\p{L}\-]*+"
    return (
        regex.compile(rf"(?i)(?<!\p{{L}})(?:{bodies})[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++){article}{word}[ \u00a0\u202f]*+$"),
        regex.compile(rf"[ \u00a0]++(?:{joins})[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++){article}{word}[ \u00a0\u202f]*+"),
    )


@cache
def _participle_before() -> regex.Pattern[str]:
    """A past participle ending the words before an opening mark, maybe with one short word of
    its own after it (``jugée``, ``qualifié de``, ``décrite comme``): the fragment is its attribute."""
    endings = trie_alternation(telling_participle_endings())
    return regex.compile(rf"(?<!\p{{L}})\p{{Ll}}[\p{{L}}\-]*?(?:{endings})(?:[ \u00a0]++(?P<short>\p{{Ll}}{{1,5}}['’]?))?[ \u00a0\u202f]*+$")


def _last_words_start(text: str, lo: int, hi: int, n: int) -> int:
    """A start for searching ``text[lo:hi]`` for a match of at most ``n`` words (runs of no
    white space) and the white space between and after them, ending at ``hi``: no such match
    starts before the last ``n`` words, so the search needs not try every start of a long window
    (``_participle_before``: ``$``-anchored, two words at most, 600 characters searched)."""
    head = text[lo:hi].rsplit(None, n)
    return lo + len(head[0]) if len(head) > n else lo


# Words before a participle read for its auxiliary (``a fermement jugé``).
_AUXILIARY_WORDS = 2


def _compound_tense(text: str, start: int, participle: int) -> bool:
    """Whether the participle at ``participle`` follows a form of *avoir* within two words
    (``a jugé``, ``ont fermement dénoncé``): a compound tense, its subject speaks; not after
    another participle (``a été jugée``, a passive)."""
    words = _GAP_WORD.findall(text, start, participle)[-_AUXILIARY_WORDS:]
    if not words or words[-1].lower().endswith(telling_participle_endings()):
        return False
    return any(w.lower() in avoir_forms() for w in words)


@cache
def _agent_word() -> regex.Pattern[str]:
    """A preposition of a passive's agent (``par``), as a whole word."""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(names_data()['agent_prepositions'])})(?!\p{{L}})")


@cache
def _rank_gap() -> regex.Pattern[str]:
    """A definite article and one to three lower-case words before a name in apposition, a rank
    or a profession (``, le lieutenant-colonel`` Laurent X, ``, la docteure`` Anne Y)."""
    dets = trie_alternation(names_data()["definite_determiners"])
    return regex.compile(
        rf"[ \u00a0]*+(?:{dets})(?:(?<=['’])|[ \u00a0]++)(?-i:\p{{Ll}}[\p{{L}}\-]*+)(?:[ \u00a0]++(?-i:\p{{Ll}}[\p{{L}}\-]*+)){{0,2}}[ \u00a0]++",
        regex.IGNORECASE,
    )


# A colon ending the words before an opening mark (`` : « ``), maybe with spaces.
_COLON_BEFORE_MARK = regex.compile(r":[ \u00a0\u202f]*+[«“\"„]?[ \u00a0\u202f]*+$")


def _marks_closed(words: str) -> bool:
    """Whether every quotation mark opened in ``words`` closes in them (« … », “…”, "…")."""
    return (words.count("«") == words.count("»") and words.count("\u201c") == words.count("\u201d")
            and words.count('"') % 2 == 0)


# A sentence's stop and the spaces before it, at the end of the words of a source.
_CLOSING_STOPS = ".!?…) \u00a0\u202f"
# Characters before a comma within which a body's phrase ending there opens ("au ministère fédéral des Finances,").
_BODY_CLOSING_REACH = 80
# A comma and the spaces around it: a noun cue set off right after its verb ("a dénoncé, dans un communiqué,").
_SET_OFF = ", \u00a0\u202f"
# Most characters of a relative of ``text_relatives`` before its subject pronoun.
_TEXT_RELATIVE_REACH = 24
# Longest object before a relative's marks, and tail after them to its closing comma (see _relative_governs).
_RELATIVE_TAIL_REACH = 40
# Most characters from a text noun to the end of its participle's agent preposition (`` envoyée par ``).
_TEXT_AGENT_REACH = 32


@cache
def _text_relative() -> regex.Pattern[str]:
    """A relative of ``text_relatives`` (``names.json``) ending right before a subject pronoun."""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(names_data()['text_relatives'])})[ \u00a0]++$")


@cache
def _read_back_pronoun() -> regex.Pattern[str]:
    """A pronoun of ``read_back_pronouns`` (``names.json``) standing as a word inside a reading cue
    (``peut-on y lire``): the cue takes back the text named before it."""
    return regex.compile(rf"(?i)(?<![\p{{L}}'’\-])(?:{alternation(names_data().get('read_back_pronouns', ()))})(?![\p{{L}}'’\-])")


@cache
def _text_noun_phrase() -> regex.Pattern[str]:
    """A determiner and a text noun of ``text_nouns`` (``names.json``): ``une lettre``, ``le courriel``."""
    raw = names_data()
    return regex.compile(rf"(?i)(?<![\p{{L}}'’]){words_then_space(raw['determiners'])}(?:{trie_alternation(raw['text_nouns'])})(?![\p{{L}}'’\-])")


@cache
def _joint_marker() -> regex.Pattern[str]:
    """Spaces and one of ``joint_markers`` (``names.json``: ``commun``, ``conjoint``) ending its word."""
    markers = names_data().get("joint_markers", ())
    return regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(markers) if markers else '(?!)'})(?![\p{{L}}'’\-])")


@cache
def _excerpt_opener() -> regex.Pattern[str]:
    """One of ``excerpt_openers`` (``names.json``: ``En voici``) and the end of its word."""
    openers = names_data().get("excerpt_openers", ())
    return regex.compile(rf"(?i)(?:{trie_alternation(openers) if openers else '(?!)'})(?![\p{{L}}'’\-])")


@cache
def _titled_gap() -> regex.Pattern[str]:
    """A definite article and a title of ``apposition_titles`` (``names.json``) before a name in
    apposition, the title maybe of several words (``, le chef d'escadron`` Stéphane X)."""
    raw = names_data()
    dets = trie_alternation(raw["definite_determiners"])
    titles = trie_alternation({t.replace("’", "'") for t in raw["apposition_titles"]} | {t.replace("'", "’") for t in raw["apposition_titles"]})
    return regex.compile(rf"(?i)[ \u00a0]*+(?:{dets})(?:(?<=['’])|[ \u00a0]++)(?:{titles})[ \u00a0]++")


@cache
def _bare_title_gap() -> regex.Pattern[str]:
    """A lower-case title of ``apposition_titles`` (``names.json``) alone between an apposition's
    comma and the name, with no article (``, cheikh`` Mohammed X, ``, ayatollah`` Ali Y)."""
    titles = trie_alternation({t.replace("’", "'") for t in names_data()["apposition_titles"]}
                              | {t.replace("'", "’") for t in names_data()["apposition_titles"]})
    return regex.compile(rf"[ \u00a0]*+(?:{titles})[ \u00a0]++")


# What ends a description's participle phrase (« ayant assisté à l'entretien| , »), and how far it may run.
_CLAUSE_PUNCTUATION = regex.compile(r"[ \u00a0]*+[,.;:!?()«»\"“”\n]")
_PARTICIPLE_PHRASE_REACH = 60
_LETTER_WORDS = regex.compile(r"\p{L}++")
_NAME_WORDS = regex.compile(r"\p{L}[\p{L}\-]*+")


@cache
def _agent_phrase() -> regex.Pattern[str]:
    """A past participle and the preposition of its agent, anywhere (``des analystes cités par``)."""
    return regex.compile(rf"(?i){_participle_agent()}")


# How far before a governed name a text's issuing body may open (``un bilan encore provisoire de
# |la préfecture de la |Haute-Savoie``), and what no text phrase before that body holds.
_ISSUING_BODY_REACH = 90
_ISSUING_LEAD_STOP = regex.compile(r"[,;:!?()«»\"“”\n]")


@cache
def _issuing_body_before() -> regex.Pattern[str]:
    """A determiner, a body noun of ``names.json`` (``body_nouns``), at most two lower-case words
    (its adjectives: ``la commission électorale``) and a complement link holding an article
    (``complement_links`` whose last word is one of ``articles`` or which is one of
    ``contracted_articles``: ``de la``, ``du``; not a bare ``d'``), ending where searched to."""
    raw = names_data()
    articles = {a.lower() for a in raw["articles"]}
    contracted = {a.lower() for a in raw.get("contracted_articles", {})}
    links = [w for w in raw["complement_links"]
             if w.lower() in contracted or w.lower().replace("’", "'").split(" ")[-1] in articles]
    return regex.compile(
        rf"(?i)(?<![\p{{L}}'’]){words_then_space(raw['determiners'])}(?:{trie_alternation(raw['body_nouns'])})"
        rf"(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}[ \u00a0]++(?:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)\Z")


@cache
def _body_head() -> regex.Pattern[str]:
    """A determiner and a body noun of ``names.json`` opening a noun phrase (``le bureau``, ``l'entourage``)."""
    raw = names_data()
    return regex.compile(rf"(?i){words_then_space(raw['determiners'])}(?:{trie_alternation(raw['body_nouns'])})(?!\p{{L}})")


def _heads_a_body(words: str) -> bool:
    """Whether a noun phrase's head, the word after its determiner, is a body noun (``le bureau
    du premier ministre``): a name inside it belongs to its complement, not to it."""
    return _body_head().match(words) is not None


# Lower-case words (a common-noun complement: `` du texte``) and the comma opening an apposition.
_ROLE_APPOSITION_GAP = regex.compile(r"(?:[ \u00a0]++\p{Ll}[\p{L}'’\-]*+){0,4}+[ \u00a0]*+,[ \u00a0]++")
# One or two lower-case words (an adjective closing a role's capitalised complement, « de la Cour
# |suprême| ») and the comma opening the apposition of its holder's name.
_ADJECTIVE_APPOSITION_GAP = regex.compile(r"(?:[ \u00a0]++\p{Ll}[\p{L}\-]*+){1,2}+[ \u00a0]*+,[ \u00a0]++")
# One lower-case word between a role and the comma before its holder's name: a postposed
# adjective of the role (« son enquêteur principal, Denis X, », « le maire sortant, Paul X, »).
_ROLE_ADJECTIVE_GAP = regex.compile(r"[ \u00a0]\p{Ll}[\p{L}\-]*+[ \u00a0]*+,[ \u00a0]++")
# A role ending with a capitalised word (its complement names a body: « la présidente de la Cour »).
_CAPITAL_LAST_WORD = regex.compile(r"[ '’]\p{Lu}[\p{L}\-]*+$")
# Characters before a name read back for the description its complement belongs to.
_COMPLEMENT_REACH = 40
# Characters read back for the word before a speech noun (the longest preposition and its space).
_PREPOSITION_REACH = 12
# Most words of the prepositional phrase between an incise's verb and its subject (« à la sortie de l'audience »).
_INCISE_COMPLEMENT_WORDS = 7
# Characters the noun-phrase patterns may hold besides letters, digits and spaces.
_NP_CHARS = "'’-"


def _ranked_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between an apposition's comma and a name, is only a rank, a
    title or a profession: a definite article and up to three lower-case words, no preposition
    (``, le lieutenant-colonel`` Laurent X), or a determiner and one noun (``, l'amiral`` Jean X)."""
    if _rank_gap().fullmatch(text, start, end) is not None and not _words().preposition.search(text, start, end):
        return True
    gap = text[start:end]
    if ("'" in gap or "’" in gap) and _titled_gap().fullmatch(gap) is not None:
        return True  # ", le chef d'escadron" Stéphane X: a title of several words, its preposition inside
    return end - start <= _TITLE_GAP and title_before_name().fullmatch(text, start, end) is not None


# Most characters of a rank or title between an apposition's comma and the name.
_TITLE_GAP = 30
# Most bodies a role's complement links chain before its holder's name (``de la Commission de l'UA``).
_BODY_CHAIN = 3


# Characters read back from a gerund for the comma opening an absolute participle clause.
_ABSOLUTE_REACH = 80


def _paragraph_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the paragraph (its words, trimmed) before the line opening at or before ``pos``;
    None at the text's start."""
    end = text.rfind("\n", 0, pos)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


# Most characters between a message's complement link and the mention of its source (``de la ``).
_MESSAGE_SOURCE_GAP = 4


@cache
def _message_lead() -> regex.Pattern[str]:
    """A sentence's opening: maybe one word, a channel noun (``channel_nouns``) and a complement
    link (``Nouveau message du ``, ``Tweet de ``)."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    return regex.compile(rf"(?i)(?:\p{{L}}++[ \u00a0]++)?(?:{trie_alternation(raw['channel_nouns'])})[ \u00a0]++"
                         rf"(?:{links})(?:(?<=['’])|[ \u00a0]++)")


# Most characters of a live entry's time before the quotation opening it (``12 h 30 – ``).
_STAMP_REACH = 24


def _skip_blank(text: str, i: int) -> int:
    """The first position from ``i`` that is no space (a line break stops it: a new paragraph)."""
    while i < len(text) and text[i] in " \u00a0\u202f\t":
        i += 1
    return i


_SPACE_CLASS = "[ \u00a0]"


def _elided_number_openers() -> list[str]:
    """The ``number_openers`` of ``names.json`` ending in ``de`` elided before a determiner
    (``plus d'`` of ``plus d'un millier``)."""
    return [w[:-1] + "'" for w in names_data().get("number_openers", ()) if w.endswith(" de")]


@cache
def _crowd_phrase() -> regex.Pattern[str]:
    """A crowd (``crowd_nouns`` of ``names.json``) after a determiner and nouns of number
    (``quelques dizaines de personnes``, ``la foule``, after a number opener: ``plus d'un millier
    de personnes``), or a people's plural name after nouns of number (``plusieurs centaines de
    Syriens``); never matches without data."""
    raw = names_data()
    if not raw.get("crowd_nouns"):
        return regex.compile(r"(?!)")
    dets = [*raw["plural_determiners"]["definite"], *raw["plural_determiners"]["indefinite"], *raw["determiners"]]
    links = raw["name_complement_links"]
    quantities = raw.get("crowd_quantities", ())
    return regex.compile(
        rf"(?i)(?<![\p{{L}}'’])(?:{words_then_space(_elided_number_openers(), _SPACE_CLASS)})?"
        rf"{words_then_space(dets, _SPACE_CLASS)}"
        rf"(?:(?:(?:{alternation(quantities)})[ \u00a0]++(?:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)){{0,3}}"
        rf"(?:{alternation(raw['crowd_nouns'])})"
        rf"|(?:(?:{alternation(quantities)})[ \u00a0]++(?:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)){{1,3}}"
        rf"(?-i:\p{{Lu}}\p{{Ll}}+s))(?![\p{{L}}\-])"
    )


# Most words before a gerund opening its sentence (its preposition: ``Tout en affirmant``).
_GERUND_OPENER_WORDS = 2
# A comma and the spaces after it (the main clause after a fronted participle's content clause).
_COMMA_THEN_SPACE = regex.compile(r"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+")
# Most characters from that comma to the end of the main clause's subject.
_FRONTED_SUBJECT_REACH = 60

# Most characters read back from a slogan an indefinite « on » reads for the crowd (see Attributor._slogan_crowd).
_SLOGAN_CROWD_REACH = 400
# Characters read back from a crowd after the marks for the medium it completes (« les pancartes| des manifestants »).
_SLOGAN_MEDIUM_REACH = 14


@cache
def _preposition_words() -> frozenset[str]:
    """The ``prepositions`` of ``names.json``, in lower case."""
    return frozenset(w.lower() for w in names_data()["prepositions"])


@cache
def _slogan_media() -> tuple[str, ...]:
    """The ``slogan_media`` of ``detection.json``, in lower case."""
    return tuple(w.lower() for w in grammar().slogan_media)


# Most characters of a later slogan skipped on the way to the crowd after them (see _slogans_then_comma).
_LATER_SLOGAN = 80


@cache
def _slogans_then_comma() -> regex.Pattern[str]:
    """From a closing mark: later slogans in marks joined by commas or a coordinator of
    ``names.json`` (`` et « … »``), then the comma that ends them, with its spaces."""
    joint = rf"(?:,|(?:{trie_alternation(names_data()['coordinators'])})(?![\p{{L}}]))"
    return regex.compile(rf"(?:[ \u00a0]*+{joint}[ \u00a0]*+[«“\"][^»”\"\n]{{1,{_LATER_SLOGAN}}}[»”\"])*+[ \u00a0]*+,[ \u00a0]*+")


@cache
def _gerund_phrases_then_comma() -> regex.Pattern[str]:
    """From the closing mark of words in a fronted gerund's phrase: the rest of the phrase, maybe
    a coordinated gerund (`` et en promettant de revenir``), then further gerund phrases each set
    off by its comma (``, en refusant le « cadeau »``), and the comma closing the last, with its
    spaces (``En parlant d'une « faute », en refusant …, X a rompu``)."""
    markers = trie_alternation(gerund_markers())
    endings = trie_alternation(present_participle_endings())
    rest = rf"[^,;:.!?\n]{{0,{_GERUND_PHRASE_REACH}}}+"
    gerund = rf"(?i:{markers})[ \u00a0]++\p{{L}}[\p{{L}}'’\-]*?(?:{endings})(?!\p{{L}})"
    return regex.compile(rf"{rest},[ \u00a0]*+(?:{gerund}{rest},[ \u00a0]*+){{0,2}}")


# Longest rest of a fronted gerund's phrase after its words in marks (see _gerund_phrases_then_comma).
_GERUND_PHRASE_REACH = 120


@cache
def _back_reference() -> regex.Pattern[str]:
    """Words that refer back to the quotation right before them (``C'est par ces mots que``),
    after the stop or colon and spaces that may follow the closing mark, and after its gloss in
    brackets (« … » (« … ») C'est sur ces mots que), or the bracket closing a gloss. A phrase
    ending with que may have a short aside set off by commas before it (C'est sur ces mots,
    dignes d'une cour d'école, que X…)."""
    phrases = grammar().back_references
    ques = {c.replace("’", "'") for c in grammar().complementizers}  # que, qu'
    stems = [p.rsplit(" ", 1)[0] for p in phrases if p.rsplit(" ", 1)[-1].replace("’", "'") in ques]
    others = [p for p in phrases if p.rsplit(" ", 1)[-1].replace("’", "'") not in ques]
    gloss = rf"(?:[ \u00a0]*+\([ \u00a0]*+[«“\"][^()\n]{{1,{_BACK_GLOSS}}}+\)|[ \u00a0]*+\))?+"
    aside = rf"(?:[ \u00a0]*+,[^,.;:!?«»“”\n]{{1,{_BACK_ASIDE}}}+,)?+"
    cleft = rf"(?:{trie_alternation(stems)}){aside}[ \u00a0]*+{complementizer_word()}"
    # "La formule, publiée le 3 octobre sur X, est signée Robert Y": the noun and its copula
    # (la phrase est signée, le mot est de) may have a short aside set off by commas between.
    copulas = [f" {c} " for c in grammar().back_reference_copulas]
    copular: dict[str, list[str]] = {}
    plain: list[str] = []
    for p in others:
        at = min((k for c in copulas if (k := p.find(c)) >= 0), default=-1)
        if at < 0:
            plain.append(p)
        else:
            copular.setdefault(p[:at], []).append(p[at + 1 :])
    said = "|".join(rf"(?:{trie_alternation([h])}){aside}[ \u00a0]++(?:{trie_alternation(r)})"
                    for h, r in copular.items())
    # "La phrase, prononcée vendredi 27 septembre par le préfet": a participle and its agent's
    # preposition may have a date or a place between them (at most five words, no punctuation, as in _said_by).
    agents = {a.casefold() for a in names_data()["agent_prepositions"]}
    by_agent = [p for p in plain if " " in p and p.rsplit(" ", 1)[1].casefold() in agents]
    plain = [p for p in plain if p not in by_agent]
    agent_groups: dict[str, list[str]] = {}
    for p in by_agent:
        agent_groups.setdefault(p.rsplit(" ", 1)[1], []).append(p.rsplit(" ", 1)[0])
    said_by = "|".join(rf"(?:{trie_alternation(heads)})(?:[ \u00a0]++[^ \u00a0,;:.!?«»\"“”\n]++){{0,5}}?[ \u00a0]++{regex.escape(a)}"
                       for a, heads in agent_groups.items())
    # A whole word (la phrase est de|venue … is no attribution), or an elided one (est d'|X).
    bound = r"(?:(?<=['’])|(?!\p{L}))"
    alternatives = "|".join(x for x in (said, said_by, trie_alternation(plain)) if x)
    return regex.compile(rf"{gloss}\s*+[.!?…:]?+\s*+(?i:{cleft}|(?:{alternatives}){bound})\s*+")


# How far back a fronted phrase's last word is read, the articles an apposition's name may open
# with, and the comma that closes the apposition (see _past_adverbial_apposition).
_APPOSED_WORD_REACH = 30
_ELIDED_LEAD = regex.compile(r"(?:\p{L}['’])?+")
_APPOSITION_CLOSE = regex.compile(r"[ \u00a0]*+,")
_BRACKETED_TAIL = regex.compile(r"[ \u00a0]*+(?:\([^()\n]*+\)[ \u00a0]*+)?+")
@cache
def _negative_determiners() -> frozenset[str]:
    """The ``negative_determiners`` of ``names.json`` (aucun, nul), in lower case."""
    return frozenset(w.lower() for w in names_data().get("negative_determiners", ()))


# How far before a mention a coordinator makes it part of a joint subject (see _auxiliary_subject).
_JOINT_REACH = 6


@cache
def _auxiliary_after() -> regex.Pattern[str]:
    """A word right after a mention, maybe past the comma closing its apposition, or past an object
    pronoun (``clitics`` of ``conjugation.json``) that the verb after it takes (``Le tribunal l'a
    condamnée``, ``Le maire leur a répondu``): group 1, the auxiliary when the mention is its subject.
    No pronoun after a comma: ``…, lui a remis`` shares an earlier subject."""
    pronoun = _object_pronoun()
    return regex.compile(rf"(?i:[ \u00a0]*+(?:,[ \u00a0]*+|{pronoun})?)(\p{{Ll}}++)[ \u00a0]")
# A finite auxiliary, maybe an adverb, and a past participle, all lower case, filling the gap
# between a subject and a gerund bound to that compound verb (``qu'X a accueillie en rappelant``).
# Longest indefinite determiner looked for right before a name (``une Europe qui``).
_INDEFINITE_REACH = 6
# How far the words opening a sentence are read for a noun of speech before its colon.
_SPEECH_LEAD_REACH = 40
_BOUND_COMPOUND_VERB = regex.compile(r"[ \u00a0]++(\p{Ll}++)[ \u00a0]++(?:\p{Ll}++[ \u00a0]++)?\p{Ll}++[ \u00a0]*+")
# Who reports what a sentence in the conditional of hearsay then says (see _reported_on).
_HEARSAY_SOURCES = frozenset({"publication", "anonymous"})
# Longest aside before the que of a back reference, and longest gloss in brackets it skips.
_BACK_ASIDE = 60
_BACK_GLOSS = 300


def _preposition_before(nouns: Iterable[str], premodifiers: Iterable[str] = ()) -> regex.Pattern[str]:
    """A preposition of ``names.json``, matched where a determiner and one of ``nouns`` follow
    (``dans| le quotidien``, ``dans| l'entourage``), maybe past one of ``premodifiers`` after the
    determiner (``chez| un grand courtier``), or one fused with its article right before the noun
    (``au| cabinet``)."""
    raw = names_data()
    noun = rf"(?:{trie_alternation(nouns)})(?!\p{{L}})"
    fused = raw.get("contracted_prepositions", ())
    adjectives = tuple(premodifiers)
    premodifier = rf"(?:(?:{trie_alternation(adjectives)})[ \u00a0]++)?" if adjectives else ""
    # "dans| l'une des banques du pool": a partitive pronoun (``partitive_pronouns``) and the plural noun.
    partitives = raw.get("partitive_pronouns", ())
    plural = rf"(?:{trie_alternation(nouns)})(?:{trie_alternation(raw.get('plural_endings', ('s',)))})(?!\p{{L}})"
    partitive = rf"|{words_then_space(partitives)}{plural}" if partitives else ""
    determined = rf"(?={words_then_space(raw['determiners'])}{premodifier}{noun}{partitive})"
    # "auprès| de la préfecture", "auprès du| parquet": through a link of name_complement_links.
    linked = ""
    if raw.get("de_prepositions"):
        links = [w for w in raw["name_complement_links"] if w.casefold() not in {f.casefold() for f in fused}]
        linked = (rf"|(?:{trie_alternation(raw['de_prepositions'])})[ \u00a0]++"
                  rf"(?:(?:{trie_alternation(links)})(?:(?<=['\u2019])|[ \u00a0]++){determined}"
                  + (rf"|(?:{trie_alternation(fused)})[ \u00a0]++(?={noun})" if fused else "") + ")")
    # "A la Commission, on indique…": the unaccented capital of ``sentence_prepositions``, as written.
    capital = rf"|(?-i:{trie_alternation(raw['sentence_prepositions'])})" if raw.get("sentence_prepositions") else ""
    return regex.compile(
        rf"(?i)[ \u00a0]*+(?:(?:{trie_alternation(raw['prepositions'])}{capital})[ \u00a0]++{determined}"
        + (rf"|(?:{trie_alternation(fused)})[ \u00a0]++(?={noun})" if fused else "")
        + linked
        + ")"
    )


@cache
def _place_fused_prepositions() -> frozenset[str]:
    """Prepositions fused with their article that fuse à (``au``, ``aux``), folded."""
    return frozenset(w.casefold() for w in names_data().get("place_contracted_prepositions", ()))


@cache
def _place_article_prepositions() -> frozenset[str]:
    """The place preposition and the article after it (``à l'``, ``à la``), folded."""
    return frozenset(w.casefold().replace("\u2019", "'") for w in names_data().get("place_article_prepositions", ()))


@cache
def _fused_prepositions() -> frozenset[str]:
    """Prepositions fused with their article (``au``, ``du``), folded."""
    return frozenset(w.casefold() for w in names_data().get("contracted_prepositions", ()))


# The most characters of a title in marks a preposition governs in an incise (« Questions du soir »).
_TITLE_REACH = 60


@cache
def _named_complement() -> regex.Pattern[str]:
    """A prepositional phrase whose noun is a name (`` au Parisien ``, `` à France Bleu Gard ``,
    `` auprès d'Ouest-France ``, `` au Courrier picard ``, `` dans « Matin Première » ``): a
    preposition or two, maybe an article, then up to four capitalised words or a title in marks
    (a programme's or a paper's, of any words), and maybe one lower-case word (a newspaper's
    adjective, a day, no preposition); an incise's subject may stand after it."""
    raw = names_data()
    preps = trie_alternation(raw["prepositions"])
    return regex.compile(
        rf"(?:[ \u00a0]*+(?i:{preps})(?:(?<=['’])|[ \u00a0]++)){{1,2}}(?:(?i:{alternation(raw['articles'])})(?:(?<=['’])|[ \u00a0]++))?"
        rf"(?:[«\"“][ \u00a0\u202f]*+\p{{Lu}}[^«»\"“”\n]{{0,{_TITLE_REACH}}}+[»\"”]"
        rf"|\p{{Lu}}[\p{{L}}\-'’]*+(?:[ \u00a0]++\p{{Lu}}[\p{{L}}\-'’]*+){{0,3}})"
        rf"(?:[ \u00a0]++(?!(?i:{preps})(?!\p{{L}}))\p{{Ll}}[\p{{L}}\-]*+)?[ \u00a0]*+"
    )


@cache
def _bare_np() -> regex.Pattern[str]:
    """A noun phrase without its determiner, as after a fused preposition (``au| cabinet du ministre``)."""
    return regex.compile(rf"(?i){_np_words(trie_alternation(names_data()['np_stops']))}")


def _np_words(stops: str) -> str:
    """The words of a noun phrase after its determiner: up to eight, none of them one of ``stops``
    but where a phrase of ``np_stop_phrases`` opens with it (``un journaliste présent sur place``);
    a stop glued by a hyphen to a word is part of that word (``l'ancien sous-traitant``)."""
    word = r"[\p{L}\d][\p{L}\d'’\-]*+"
    # "présent sur place": the stop word and what follows it, right after the phrase's first word.
    # The tail is tried first: a single letter rules out most words before any look behind.
    leads: dict[str, list[str]] = {}
    for phrase in names_data().get("np_stop_phrases", ()):
        lead, *rest = phrase.split()
        if rest:
            leads.setdefault(r"[ \u00a0]++".join(regex.escape(w) for w in rest), []).append(lead)
    keep = "".join(rf"(?!(?={tail}(?!\p{{L}}))(?<=(?<![\p{{L}}'’])(?:{alternation(words)})[ \u00a0]))"
                   for tail, words in leads.items())
    return rf"(?!(?:{stops})(?:(?<=['’])|(?![\w\-]))){word}(?:[ \u00a0]++(?!{keep}(?:{stops})(?:(?<=['’])|(?![\p{{L}}\-]))){word}){{0,7}}"


@cache
def _addressee_links() -> frozenset[str]:
    """Links before a publication the words were told to (``à l'``, ``au``), from ``names.json``."""
    return frozenset(w.casefold() for w in names_data().get("addressee_links", ()))


@cache
def _seat_town() -> regex.Pattern[str]:
    """`` à Lille``, `` à Saint-Denis``: the town a body sits in, one or two capitalised words after
    one of ``seat_town_links`` (à), closing a fronted phrase (Au consulat général de Pologne à Lille, on indiquait…): the body
    before it still speaks for the indefinite pronoun after the comma."""
    links = trie_alternation(names_data().get("seat_town_links", ())) or "(?!)"
    return regex.compile(rf"[ \u00a0]++(?:{links})[ \u00a0]++\p{{Lu}}[\p{{L}}\-’']*+(?:[ \u00a0]\p{{Lu}}[\p{{L}}\-’']*+)?[ \u00a0]*+")


@cache
def _one_word_place_heads() -> frozenset[str]:
    """The one-word nouns of ``place_heads`` (``institution_names.json``: ``rue``, ``quai``)."""
    return frozenset(h for h in place_heads() if " " not in h)


# Most words of an address set off after a fronted phrase (``rue du Faubourg-Saint-Honoré``).
_ADDRESS_ASIDE_WORDS = 5


@cache
def _seat_town_links() -> frozenset[str]:
    """The ``seat_town_links`` of ``names.json`` (à): the word opening a town set off by commas."""
    return frozenset(names_data().get("seat_town_links", ()))


@cache
def _seat_town_aside() -> regex.Pattern[str]:
    """:func:`_seat_town` set off by commas, maybe with its region's initials in a short bracket
    after it (`` à Chambésy (GE)``): between a fronted body and the indefinite pronoun after the
    comma (Au Centre orthodoxe de X, à Chambésy (GE), on dit…), the body still speaks."""
    return regex.compile(_seat_town().pattern + r"(?:\([^()\n]{1,12}+\)[ \u00a0]*+)?")


@cache
def _region_aside() -> regex.Pattern[str]:
    """`` dans le Michigan``, `` dans l'Oxfordshire``, `` en Bretagne``: a preposition of place
    (``place_prepositions`` of ``names.json``), maybe an article, and one or two capitalised words
    set off by commas after a fronted place (À Didcot, dans l'Oxfordshire, où…, on indique…): where
    the place lies, naming no other side."""
    raw = names_data()
    preps = trie_alternation(raw.get("place_prepositions", ())) or "(?!)"
    word = r"\p{Lu}[\p{L}\-'’]*+"
    elided = "|".join(regex.escape(a[:-1]) + "['’]" for a in raw["articles"] if a.endswith("'"))
    full = trie_alternation([a for a in raw["articles"] if not a.endswith("'")])
    return regex.compile(rf"[ \u00a0]++(?:{preps})[ \u00a0]++(?:(?:{full})[ \u00a0]++|(?:{elided}))?{word}(?:[ \u00a0]++{word})?[ \u00a0]*+")


def _names_person(m: Mention) -> bool:
    """Whether the name ``m`` is a person's: its first word a known first name (``Jean Dupont``)
    or the registry's person (``person-…``); ``Stahl Gerlafingen``, a firm, is none."""
    return m.text.split(" ", 1)[0] in first_names() or (m.entity_id or "").startswith("person-")


def _lone_adjective(words: str) -> bool:
    """Whether ``words`` are one lower-case adjective alone (`` nationaux``, see ``is_adjective``)."""
    word = words.strip(" \u00a0\u202f")
    return bool(word) and word.islower() and " " not in word and "\u00a0" not in word and is_adjective(word)


@cache
def _branch_seat() -> regex.Pattern[str]:
    """The place of one branch of a body, after its name (`` de Lille``, `` de la gare
    Lille-Flandres``): a ``name_complement_links`` link, maybe an article and a noun of
    ``place_heads`` (``institution_names.json``), then one or two capitalised words closing a
    fronted phrase (Au Relay de la gare Lille-Flandres, on explique…): the body still speaks."""
    raw = names_data()
    links = trie_alternation(raw["name_complement_links"])
    articles = trie_alternation(raw["articles"])
    places = trie_alternation(place_heads()) or "(?!)"
    return regex.compile(
        rf"[ \u00a0]++(?i:{links})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{articles})(?:(?<=['’])|[ \u00a0]++))?"
        rf"(?:(?-i:{places})[ \u00a0]++)?\p{{Lu}}[\p{{L}}\-’']*+(?:[ \u00a0]\p{{Lu}}[\p{{L}}\-’']*+)?[ \u00a0]*+"
    )


@cache
def _bracketed_seat() -> regex.Pattern[str]:
    """Nothing, or a short bracket (a body's initials: `` (IMT)``) maybe followed by the town the body
    sits in, one or two capitalised words after a ``name_complement_links`` link or ``seat_town_links``
    (`` (IMT) d'Anvers``, `` (CHU) de Lille``), maybe past a noun of ``territory_nouns`` and its link
    (`` (ECA) du canton de Vaud``): what may stand between a fronted body's name and its comma."""
    raw = names_data()
    links = trie_alternation((*raw["name_complement_links"], *raw.get("seat_town_links", ())))
    link = rf"(?:{links})(?:(?<=['’])|[ \u00a0]++)"
    territory = rf"(?:(?:{trie_alternation(raw['territory_nouns'])})[ \u00a0]++{link})?" if raw.get("territory_nouns") else ""
    return regex.compile(
        rf"[ \u00a0]*+(?:\([^()\n]{{1,40}}+\)(?:[ \u00a0]++{link}{territory}"
        rf"\p{{Lu}}[\p{{L}}\-’']*+(?:[ \u00a0]\p{{Lu}}[\p{{L}}\-’']*+)?)?[ \u00a0]*+)?"
    )


@cache
def _body_in() -> regex.Pattern[str]:
    """A preposition before a determiner and a body noun of ``names.json`` (``dans| l'entourage``),
    or a company's trade (``trade_nouns``: ``chez| un opérateur``), maybe past an adjective of size or
    rank (``indefinite_premodifiers``, ``body_premodifiers``: ``chez| un grand courtier parisien``)."""
    raw = names_data()
    return _preposition_before((*raw["body_nouns"], *raw.get("trade_nouns", ())),
                               (*raw.get("indefinite_premodifiers", ()), *raw.get("body_premodifiers", ())))


@cache
def _closing_bare_complement() -> regex.Pattern[str]:
    """`` en exil``: a preposition of ``complement_phrase_prepositions`` (names.json) and its bare
    lower-case noun closing a body's phrase before a punctuation mark; never an adverbial of the
    verb (``cue_adverbs``: ``en personne``)."""
    phrases = names_data().get("complement_phrase_prepositions", ()) or ("(?!)",)
    adverbs = [a for a in cue_adverbs() if a.split(" ", 1)[0] in phrases]
    not_adverb = rf"(?!(?i:{alternation(adverbs)})(?!\p{{L}}))" if adverbs else ""
    return regex.compile(rf"[ \u00a0]++{not_adverb}(?:{alternation(phrases)})[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+(?=[ \u00a0]*+(?:[,;:.!?)]|$))")


@cache
def _fronted_body_nouns() -> tuple[str, ...]:
    """The ``fronted_body_nouns`` of ``names.json`` (``département``): a body only in a phrase
    fronted before on."""
    return tuple(names_data().get("fronted_body_nouns", ()))


@cache
def _fronted_body_in() -> regex.Pattern[str]:
    """A preposition before a determiner and a noun of ``fronted_body_nouns`` (``Au| département``)."""
    return _preposition_before(_fronted_body_nouns() or ("(?!)",))


@cache
def _role_portfolio() -> regex.Pattern[str]:
    """`` à la Santé``, `` aux Transports``: a link of ``portfolio_links`` and a capitalised
    portfolio right after a word of ``portfolio_role_endings`` (``ministre délégué``,
    ``secrétaire d'État``), matched where that word ends; after any other word the link opens a
    place (``l'ambassadeur au Mali``)."""
    raw = names_data()
    endings = alternation(raw.get("portfolio_role_endings", ())) or "(?!)"
    links = alternation(raw.get("portfolio_links", ())) or "(?!)"
    return regex.compile(
        rf"(?<=(?<![\p{{L}}'’])(?:{endings}))[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)\p{{Lu}}[\p{{L}}\-]*+"
    )


@cache
def _speech_nouns() -> frozenset[str]:
    """Nouns for what was said (communiqué, propos), from the detection data."""
    return frozenset(w.lower() for w in grammar().speech_nouns)


@cache
def _owned_speech_nouns() -> frozenset[str]:
    """Nouns of speech whose complement names the owner of the words in marks inside it."""
    return _speech_nouns() | frozenset(w.lower() for w in grammar().speech_complement.nouns)


@cache
def _speech_noun_before_marks() -> regex.Pattern[str]:
    """A noun of :func:`_owned_speech_nouns` and its link (``de``, ``d'``) ending the text searched,
    right before an opening mark (``les accusations de « ``)."""
    nouns = sorted(n for n in _owned_speech_nouns() if n)
    links = alternation(["de", *[w for w in names_data()["name_complement_links"] if w.endswith(("'", "’"))]])
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(nouns)})[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)$")


@cache
def _participle_agent_after() -> regex.Pattern[str]:
    """Right after a closing mark: a past participle, maybe an adverb, and the preposition of
    its agent (`` portées par ``, `` formulées notamment par ``)."""
    return regex.compile(rf"(?i)[ \u00a0\u202f]*+{_participle_agent()}")


@cache
def _owned_speech_ending() -> re.Pattern[str]:
    """A noun of :func:`_owned_speech_nouns` ending a word (a run of no white space, as
    ``str.split`` reads them) of a lower-cased window, on the standard engine: its ``\\s`` is
    ``str.isspace``, so it finds one exactly where some word ``endswith`` such a noun. A noun
    with a space in it ends no such word and is left out."""
    nouns = [n for n in _owned_speech_nouns() if n and not any(ch.isspace() for ch in n)]
    # The trie reads ’ as ': written out as they are when a noun has one.
    alt = trie_alternation(nouns) if not any("’" in n for n in nouns) else "|".join(
        re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?!\S)")


@cache
def _speech_topic() -> regex.Pattern[str]:
    """`` sur la ``: a topic preposition of ``speech_complement`` and a determiner, up to a mark."""
    raw = names_data()
    links = trie_alternation(grammar().speech_complement.topic_links)
    dets = trie_alternation([*raw["determiners"], *raw["plural_determiners"]["indefinite"]])
    return regex.compile(rf"(?i)[ \u00a0]++(?:{links})(?:(?<=['’])|[ \u00a0]++)(?:{dets})(?:(?<=['’])|[ \u00a0]++)")


@cache
def _coordinated_marks() -> regex.Pattern[str]:
    """``» et d'« ``: a closing mark, a coordinator, maybe a short link word, an opening mark."""
    coordinators = alternation(names_data()["coordinators"])
    return regex.compile(rf"(?i)\W{{0,3}}(?:{coordinators})[ \u00a0]++(?:\p{{L}}{{1,3}}(?:['’]|[ \u00a0]++))?\W{{0,3}}")


def _articled_role(segment: str) -> bool:
    """``la présidente du Conseil …``: a definite article (``definite_determiners``) then a bare
    description whose head opens a form of ``roles.json``: an apposition still, not a subject."""
    if segment[:1] not in definite_initials():
        return False  # (the cheap test first)
    first, _, rest = segment.partition(" ")
    if first.lower() in names_data()["definite_determiners"] and rest:
        head = rest
    elif "'" in first or "’" in first:
        cut = max(first.find("'"), first.find("’")) + 1
        if first[:cut].lower().replace("’", "'") not in names_data()["definite_determiners"]:
            return False
        head = segment[cut:]
    else:
        return False
    return _fold(head.split(" ", 1)[0]) in role_heads() and bare_description(head)


def _opens_complement(np: str) -> bool:
    """Whether ``np`` opens on a word of a complement link (``des``, ``du``, ``d'``)."""
    first = _LINK_WORD.match(np)
    return first is not None and first.group().casefold() in _link_first_words()


_LINK_WORD = regex.compile(r"\p{L}+['’]?")


@cache
def _link_first_words() -> frozenset[str]:
    return frozenset(link.split()[0].casefold() for link in names_data()["complement_links"])


@cache
def _addressee_gap() -> regex.Pattern[str]:
    """A preposition whose article it holds (`` aux enquêteurs ``, `` au téléphone ``) or that
    takes none, then one or two lower-case words and nothing else: a short complement of an
    incise's verb, after which its subject may stand (the noun phrase pattern opens on a
    determiner, so a contracted preposition is no noun phrase of its own)."""
    preps = trie_alternation(names_data()["prepositions"])
    return regex.compile(rf"[ \u00a0]*+(?i:{preps})[ \u00a0]++(?:\p{{Ll}}[\p{{L}}\-]*+[ \u00a0]++){{1,2}}")


@cache
def _named_complement_gap() -> regex.Pattern[str]:
    """A complement link of ``complement_links`` or ``name_complement_links`` (a bare ``de``
    before a name: ``le maire| de |Nice``) and up to three capitalised words, before a name."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    return regex.compile(rf"[ \u00a0]++(?i:{links})(?:(?<=['’])|[ \u00a0]++)(?:(?:\p{{Lu}}[\p{{L}}\-]*+|\d++)[ \u00a0]++){{0,3}}")


# Kinds of a mention describing a person whose post or origin a place after it may give.
_POSTED_HEAD_KINDS = frozenset({"role", "anonymous", "np"})


@cache
def _posted_gap() -> regex.Pattern[str]:
    """`` en poste à ``, `` basé au ``, `` venue de la ``: a word of ``origin_words`` and a link
    of ``place_links`` (``names.json``), maybe an article, between a description and the place."""
    words = names_data()
    origins = tuple(words.get("origin_words", ())) or ("(?!)",)
    links = tuple(words.get("place_links", ())) or ("(?!)",)
    articles = tuple(words.get("articles", ())) or ("(?!)",)
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(origins)})[ \u00a0]++(?i:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?:(?i:{alternation(articles)})(?:(?<=['’])|[ \u00a0]++))?+"
    )


@cache
def _complement_run() -> regex.Pattern[str]:
    """`` des députés ``, `` du groupe ``: a complement link of ``complement_links`` or
    ``name_complement_links`` and up to two lower-case words, between a description's head and
    the name that closes its complement."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    # "le député (LR) des Alpes-Maritimes, qui": a party's acronym in brackets may stand between
    # the head and its complement.
    return regex.compile(rf"(?:[ \u00a0]++\(\p{{Lu}}[\p{{Lu}}\-]{{0,7}}\))?+"
                         rf"[ \u00a0]++(?i:{links})(?:(?<=['’])|[ \u00a0]++)(?:\p{{Ll}}[\p{{L}}\-]*+[ \u00a0]++){{0,2}}")


@cache
def _described_name() -> regex.Pattern[str]:
    """``dirigeant de la ``: up to three lower-case words and a complement link before a name."""
    return regex.compile(r"\p{Ll}[\p{L}\-]*(?:[ \u00a0]+\p{Ll}[\p{L}\-]*){0,2}?" + _words().complement_gap.pattern)


@cache
def _about_marker() -> regex.Pattern[str]:
    """``à propos de`` ending the searched text: the speech noun is part of a preposition."""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(names_data()['about_markers'])})(?:(?<=['’])|[ \u00a0]++)$")


@cache
def _noun_complement_link() -> regex.Pattern[str]:
    """A complement after a noun (« le sommet du G7 », « la réunion des ministres »): a link of
    ``name_complement_links`` (``names.json``)."""
    return regex.compile(rf"(?i)[ \u00a0](?:{trie_alternation(names_data()['name_complement_links'])})(?:[ \u00a0]|(?<=['’]))")


@cache
def _incise_continuers() -> frozenset[str]:
    """``incise_continuers`` of ``names.json`` (mais, et), folded to lower case."""
    return frozenset(w.casefold() for w in names_data().get("incise_continuers", ()))


@cache
def _complement_link_words() -> frozenset[str]:
    """The links of ``name_complement_links`` (``names.json``: ``de``, ``du``), case-folded."""
    return frozenset(w.casefold() for w in names_data()["name_complement_links"])


@cache
def _text_words() -> frozenset[str]:
    """Nouns for a statement or for what was said (``compte rendu``, ``propos``), from the data."""
    return _speech_nouns() | _issued_nouns()


@cache
def _text_named() -> regex.Pattern[str]:
    """A statement noun of ``text_nouns`` right after a cue, known by its determiner (``| le
    compte rendu``, ``| ce texte``) or by the issuer its complement or agent names (``| un
    communiqué de la présidence``, ``| un communiqué publié par``); not a bare ``un communiqué``."""
    raw = names_data()
    indefinite = {d.casefold() for d in raw["indefinite_determiners"]}
    known = words_then_space([d for d in raw["determiners"] if d.casefold() not in indefinite], _SPACE_CLASS)
    some = words_then_space(raw["indefinite_determiners"], _SPACE_CLASS)
    nouns = trie_alternation(raw["text_nouns"])
    links = words_then_space(raw["complement_links"], _SPACE_CLASS)
    agents = alternation(raw["agent_prepositions"])
    issuer = rf"(?={_SPACE_CLASS}++(?:{links}|\p{{L}}++{_SPACE_CLASS}++(?:{agents})(?!\p{{L}})))"
    return regex.compile(rf"(?i){_SPACE_CLASS}*+(?:{known}(?:{nouns})(?!\p{{L}})|{some}(?:{nouns}){issuer})")


@cache
def _own_issuer() -> regex.Pattern[str]:
    """Right after a statement noun, the complement or agent that names its issuer through a
    possessive (``| publié par ses services``, ``| de son cabinet``): the subject's own text."""
    raw = names_data()
    links = words_then_space(
        dict.fromkeys([*raw["complement_links"], *raw["name_complement_links"], *raw["agent_prepositions"]]), _SPACE_CLASS)
    possessives = words_then_space(raw["possessives"], _SPACE_CLASS)
    return regex.compile(rf"(?i)(?:{_SPACE_CLASS}++\p{{L}}++)?{_SPACE_CLASS}++(?:{links})(?:{possessives})")


@cache
def _verdict_words() -> frozenset[str]:
    """Nouns whose possessive gives whose words follow a colon (``Sa réplique a fusé :``)."""
    return _text_words() | frozenset(w.lower() for w in grammar().verdict_nouns)


@cache
def _possessive_words() -> frozenset[str]:
    """The possessive determiners of the names data (son, sa, leur…)."""
    return frozenset(w.lower() for w in names_data()["possessives"])


@cache
def _plural_possessives() -> frozenset[str]:
    """Possessives of a plural owner (leur, leurs), from the names data."""
    return frozenset(w.lower() for w in names_data().get("plural_possessives", ()))


@cache
def _verb_coordinated(comma: bool = False) -> regex.Pattern[str]:
    """A coordinator of ``verb_coordinators`` right before a cue: without a comma (``… et
    dénoncent``), or with ``comma`` after one (``…, et demande``)."""
    lead = r",[ \u00a0]*+" if comma else r"(?<=[^,\s\u00a0][ \u00a0]++)"
    return regex.compile(rf"(?i){lead}(?:{alternation(grammar().verb_coordinators)})[ \u00a0]++$")


@cache
def _subject_pronoun_end() -> regex.Pattern[str]:
    """A subject pronoun of ``conjugation.json`` (never an object clitic: ``il``, ``elles``, ``on``)
    and the spaces ending the words searched: the verb after it has its subject before it."""
    return regex.compile(rf"(?i)(?<![\p{{L}}'’\-])(?:{trie_alternation(subject_pronouns())})[ \u00a0]++$")


@cache
def _on_coordinated() -> regex.Pattern[str]:
    """A coordinator of ``verb_coordinators`` ending the words before a repeated indefinite
    pronoun, after a comma or not (``…, mais on``, ``… et on``): the same speakers go on."""
    return regex.compile(rf"(?i)(?:,[ \u00a0]*+|(?<=[^,\s\u00a0])[ \u00a0]++)(?:{alternation(grammar().verb_coordinators)})[ \u00a0]++$")


def _owner_mention(owner: regex.Match[str]) -> Mention:
    """A possessive or a cue's object clitic as the pronoun of whose words they are, with its
    number (``leurs``, ``les en``: plural)."""
    form = owner.group().lower()
    number = _words().clitic_number.get(form) or ("pl" if form in _plural_possessives() else "sg")
    return Mention(owner.start(), owner.end(), owner.group(), "pronoun", number=number, head_start=owner.start())


# Characters before a place read for the partitive aside it closes (see Attributor._partitive_antecedent).
_PARTITIVE_REACH = 90


@cache
def _partitive_aside() -> regex.Pattern[str]:
    """A comma, a possessive relative (``dont``) and a demonstrative of ``partitive_demonstratives`` (``ceux``)."""
    raw = names_data()
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{alternation(raw['possessive_relatives'])})[ \u00a0]++"
                         rf"(?:{alternation(raw.get('partitive_demonstratives', ()) or ['(?!)'])})(?!\p{{L}})")


# Characters before a mention read for a subject relative whose clause holds it (see _inside_subject_relative).
_INNER_RELATIVE_REACH = 60


@cache
def _inner_subject_relative() -> regex.Pattern[str]:
    """A subject relative of ``names.json`` (``qui``) and a lower-case word after it (its verb)."""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(names_data()['subject_relatives'])})[ \u00a0]++(?-i:\p{{Ll}})")


@cache
def _quantity_determiners() -> tuple[str, ...]:
    """The indefinite ``plural_determiners`` of ``names.json`` that end with de (``une dizaine de``,
    ``des milliers d'``, ``la plupart des``), casefolded, longest first."""
    dets = names_data()["plural_determiners"]["indefinite"]
    return tuple(sorted((d.casefold() for d in dets if d.endswith((" de", " d'", " des"))), key=len, reverse=True))


@cache
def _subject_relative_words() -> tuple[str, ...]:
    """``subject_relatives`` of ``names.json`` (``qui``), for a substring test."""
    return tuple(names_data()["subject_relatives"])


@cache
def _indefinite_words() -> frozenset[str]:
    """``indefinite_determiners`` of ``names.json`` (``un``, ``une``), casefolded."""
    return frozenset(w.casefold() for w in names_data()["indefinite_determiners"])


def _names_a_text(np: str) -> bool:
    """Whether a noun phrase's first noun, or its first two words, name a statement."""
    words = np.lower().replace("’", "'").split()
    if len(words) > 2 and words[1] in _document_premodifiers():
        del words[1]  # "la première estimation publiée par l'Insee": the noun after the adjective
    heads = {words[1], " ".join(words[1:3])} if len(words) > 1 else set()
    return any(h in _text_words() or h.removesuffix("s") in _text_words() for h in heads)


def _names_gathered(np: str) -> bool:
    """Whether a noun phrase's noun, after its determiner, is one of ``gathered_text_nouns``
    (``les informations``): what a news outlet found out and reports."""
    words = np.lower().split(None, 2)
    return len(words) > 1 and words[1] in _gathered_nouns()


def _names_issued_text(np: str) -> bool:
    """Whether a noun phrase's noun, after its determiner, is one of ``text_nouns``
    (``names.json``: ``un communiqué``, ``une déclaration``): a text its issuer puts out, which
    an outlet may relay, unlike bare words (``des propos``)."""
    words = np.lower().replace("’", "'").split(None, 2)
    return len(words) > 1 and words[1] in _issued_nouns()


@cache
def _issued_nouns() -> frozenset[str]:
    """The ``text_nouns`` of ``names.json`` alone (no speech nouns: :func:`_text_words` has both), lower case."""
    return frozenset(w.lower() for w in names_data()["text_nouns"])


def _names_published_text(np: str) -> bool:
    """Whether a noun phrase before a participle's agent names a text (:func:`_names_a_text`) or
    figures a body puts out, of ``published_text_nouns`` (``les résultats publiés par X``)."""
    words = np.lower().split(None, 2)
    return _names_a_text(np) or (len(words) > 1 and words[1] in _published_nouns())


@cache
def _published_nouns() -> frozenset[str]:
    return frozenset(names_data().get("published_text_nouns", ()))


@cache
def _gathered_nouns() -> frozenset[str]:
    return frozenset(names_data().get("gathered_text_nouns", ()))


@cache
def _document_premodifiers() -> frozenset[str]:
    """Adjectives before a document's noun (``nouvelle``, ``première``): ``document_premodifiers`` of ``names.json``."""
    return frozenset(w.lower() for w in names_data().get("document_premodifiers", ()))


# Characters read back from a cue for the prepositional relative it stands in (« , à qui la Constitution »).
_PREPOSITIONAL_RELATIVE_REACH = 80


@cache
def _prepositional_relative() -> regex.Pattern[str]:
    """A comma, a relative of ``prepositional_relatives`` and its subject's few words, no comma
    nor mark, up to the end of the searched window (the cue)."""
    return regex.compile(
        rf"(?i),[ \u00a0]*+(?:{alternation(grammar().prepositional_relatives)})[ \u00a0]++[^,;:«»\"“”\n]{{1,{_PREPOSITIONAL_RELATIVE_REACH}}}+$"
    )


@cache
def _clause_conjunction() -> regex.Pattern[str]:
    """A comma and a conjunction opening a clause with its own subject (``clause_conjunctions``),
    elided too before a vowel (``tandis qu'à Paris``, ``lorsqu'il``)."""
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{clause_conjunction_alternation()})(?:(?<=['’])|(?!\w))[ \u00a0]*+")


def _short_apposition(words: list[str]) -> bool:
    """Whether the words of an apposition after a side (``Chez QMM, la filiale de Rio Tinto qui
    extrait l'ilménite près de Fort-Dauphin, on …``) are few enough to describe it: at most
    ``_SIDE_APPOSITION_WORDS``; or, when a relative pronoun past its first word opens a clause
    with no comma that restricts its noun, at most that many before the pronoun and as many
    from it on (the relative describes the side too, it names no other speaker); or, when a past
    participle and a preposition open it, at most ``_SIDE_PARTICIPLE_WORDS``."""
    if len(words) <= _SIDE_APPOSITION_WORDS:
        return True
    if (len(words) <= _SIDE_PARTICIPLE_WORDS and words[0].islower() and words[0].endswith(telling_participle_endings())
            and words[1].lower() in _preposition_words()):
        # "Chez TotalEnergies, associé à Sonatrach dans plusieurs gisements du Sud, on …": a
        # participle phrase describes the side at more length, with no verb of its own.
        return True
    rel = next((i for i, w in enumerate(words[: _SIDE_APPOSITION_WORDS + 1]) if i and w.lower() in _relative_openers()), -1)
    return rel > 0 and len(words) - rel <= _SIDE_APPOSITION_WORDS


@cache
def _relative_openers() -> frozenset[str]:
    """Relative pronouns that open a clause set off by a comma (qui, que, dont)."""
    raw = names_data()
    return frozenset(w.lower() for w in (*raw["relative_pronouns"], *raw["subject_relatives"], *raw["possessive_relatives"]))


@cache
def _relative_words() -> frozenset[str]:
    """Relative pronouns that close a prepositional cue (lequel, qui), from the detection data."""
    return frozenset(w.lower() for w in grammar().relative_cues)


_NO_PUNCTUATION = regex.compile(r"[^,.;:!?()«»\n]++")
"""A run of words with no punctuation: a noun phrase read on past its own pattern's stop."""


@cache
def _trade_field() -> regex.Pattern[str]:
    """`` en matières premières``, `` en vins établi à Genève``: the field of a trade, a link of
    ``trade_links`` in ``names.json`` and one or two lower-case words, then maybe where its holder
    is based (a word of ``origin_words``, a link of ``place_links``, a capitalised place)."""
    words = names_data()
    links = tuple(words.get("trade_links", ())) or ("(?!)",)
    origins = tuple(words.get("origin_words", ())) or ("(?!)",)
    places = tuple(words.get("place_links", ())) or ("(?!)",)
    lower = r"\p{Ll}[\p{L}\-]*+"
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(links)})[ \u00a0]++{lower}(?:[ \u00a0]++(?!(?i:{alternation(origins)})[ \u00a0]){lower})?"
        rf"(?:[ \u00a0]++(?i:{alternation(origins)})[ \u00a0]++(?i:{alternation(places)})[ \u00a0]++\p{{Lu}}[\p{{L}}\-]*+)?"
    )


@cache
def _presence_place() -> regex.Pattern[str]:
    """`` présents dans la salle``, `` présente sur place``: an adjective of ``presence_participles``
    (``names.json``) ending a description, a link of ``presence_links`` and at most four words,
    no punctuation (the caller checks they end the clause): who speaks, described by where he stood."""
    words = names_data()
    participles = tuple(words.get("presence_participles", ())) or ("(?!)",)
    links = tuple(words.get("presence_links", ())) or ("(?!)",)
    word = r"[\p{L}\d][\p{L}\d\-]*+"
    return regex.compile(
        rf"(?<!\p{{L}})(?i:{alternation(participles)})[ \u00a0]++(?i:{alternation(links)})(?:[ \u00a0]++|(?<=['’]))"
        rf"(?:\p{{L}}++['’])?+{word}(?:[ \u00a0]++(?:\p{{L}}++['’])?+{word}){{0,3}}"
    )


def _presence_place_end(text: str, np: regex.Match[str], s_end: int) -> int:
    """Where a description ending with an adjective of being on the spot ends past the place that
    completes it and the clause (``les journalistes présents| dans la salle.``), else -1."""
    last = np.group().rsplit(None, 1)[-1]
    at = np.end() - len(last)
    place = _presence_place().match(text, at, s_end)
    return place.end() if place is not None and _ends_clause(text, place.end(), s_end) else -1


def _ends_clause(text: str, end: int, s_end: int) -> bool:
    """A noun phrase that runs to a comma, the sentence end, a closing bracket or an aside in
    brackets (``l'Arcep (l'Autorité de régulation…)``)."""
    rest = text[end : min(s_end, end + 2)].lstrip(" \u00a0\u202f")
    return end >= s_end or not rest or rest[0] in ",.;:!?()»\"”"


_GAP_WORD = regex.compile(r"\w+")
_COLON_AFTER_MARK = regex.compile(r"[ \u00a0]*+:")
"""A colon right after a quotation's closing mark: the clause after it is the writer's."""
_BODY_NOUN_REACH = 40
"""Characters before a name searched for the complement link and body noun it completes."""
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,5}+")
"""An acronym name (``ODS``, ``UDC``): a party the registry may not know."""
# A word and the apostrophe eliding it, if any (qu').
_WORD_RE = regex.compile(r"\p{L}+['’]?")
# Most words of an apposition before its relative (``, une organisation régionale que``).
_APPOSED_RELATIVE_WORDS = 3


@cache
def _conjunction_words() -> frozenset[str]:
    """Words that make a que after them a conjunction, not a relative of an apposition (``au point
    que``, ``alors que``, ``si bien que``): prepositions (names.json), ``que_conjunctions`` and
    ``que_blockers`` (detection.json)."""
    g = grammar()
    return frozenset(w.lower() for w in (*names_data()["prepositions"], *g.que_conjunctions, *g.que_blockers))
# Characters before a cue searched for the coordinator joining it to an earlier verb.
_COORDINATED_REACH = 12
# Characters before a cue searched for a reflexive verb its subject stands before.
_REFLEXIVE_REACH = 24
# Characters before a cue searched for a conjunction opening its clause.
_CONJUNCTION_REACH = 120
# Characters read back from a cue for a comma and a coordinator right before it (``…, et demande``).
_COORDINATOR_REACH = 12


# Characters read back from a cue for a complementizer and the indefinite pronoun (see _generic_after_complementizer).
_GENERIC_CLAUSE_LEAD = 24


@cache
def _generic_after_complementizer() -> regex.Pattern[str]:
    """A complementizer (``qu'``, ``que``), the indefinite pronoun of ``generic_pronouns`` (``on``,
    ``l'on``) and at most two lower-case words (``ne``, ``lui``) ending the text searched."""
    g = grammar()
    return regex.compile(rf"(?i)(?<![\w'’]){complementizer_word()}[ \u00a0]*+(?:{trie_alternation(g.generic_pronouns)})"
                         rf"(?:[ \u00a0]++(?-i:\p{{Ll}})[\p{{L}}'’]{{0,12}}){{0,2}}[ \u00a0]++$")


@cache
def _coordinated_que() -> regex.Pattern[str]:
    """One of ``verb_coordinators`` (``detection.json``: et, mais) right before a complementizer
    (``et que``, ``mais qu'``): a second content clause of the same cue."""
    g = grammar()
    return regex.compile(rf"(?i)(?<![\w'’])(?:{trie_alternation(g.verb_coordinators)})[ \u00a0]++(?:{trie_alternation(g.complementizers)})(?![\w])")
# A stop that ends a sentence, counted between a quote and the sentence after it.
_SENTENCE_END = regex.compile(r"[.!?…](?=[\s\u00a0»\"”]|$)")
# What closes a bracketed name right before its verb: "(Dirouest) indique".
_BRACKET_CLOSE = regex.compile(r"\)[ \u00a0]*+")
# Nothing, or an aside in brackets (an acronym), between a mention and the comma after it.
_BRACKETED = regex.compile(r"\s*+(?:\([^()\n]{1,40}+\)\s*+)?")


@cache
def _leading_adverbs() -> regex.Pattern[str]:
    """The adverbs of ``cue_words.json`` (``pour sa part``, ``de son côté``) opening a stretch of
    text, each with the spaces before it; it always matches (maybe nothing)."""
    return regex.compile(rf"(?:[ \u00a0]*+(?i:{trie_alternation(cue_adverbs())})(?!\p{{L}}))*+")
# Words allowed between a subject and its verb (adverbs, clitics: "a ainsi dit", "l'a").
_SUBJECT_GAP_WORDS = 3
# How far before a publication's mention a programme it broadcasts is read (see _programme_of).
_PROGRAMME_REACH = 140
# How far before its opening mark the noun of speech owning a quotation may stand
# ("aux propos de X sur la « … »", "les déclarations du ministre de l'Intérieur qualifiant la France d'« … »").
_SPEECH_COMPLEMENT_REACH = 160
# Most characters of a noun of speech and its link before an opening mark (« accusations de »).
_SPEECH_NOUN_REACH = 24
# Most characters of a participle, an adverb and an agent's preposition after a closing mark (« formulées notamment par »).
_PARTICIPLE_AGENT_REACH = 48
# At most so many words between a reporting verb in a speech noun's complement and the marks
# ("qualifiant la France d'« … »").
_SPEECH_OBJECT_WORDS = 4
# ", Phil X, ": a name set off in apposition after the owner of a noun of speech.
_APPOSED_START = regex.compile(r"[ \u00a0]*+,[ \u00a0]*+")
_APPOSED_END = regex.compile(r"[ \u00a0]*+,")
# Characters after a closing mark read for the colon of a headline (« … » : X …).
_COLON_REACH = 4
# Characters read after a relative's ``qui`` for its verb's first word (« avaient »).
_VERB_REACH = 16
# How far before a cue a subject relative (« , qui ») is looked for (characters).
_RELATIVE_REACH = 24
# Characters before a mention searched for the relative pronoun opening its clause (« qu'il »).
_RELATIVE_LEAD = 6
# How far before a cue a noun-phrase subject is looked for (characters).
_NP_BEFORE_REACH = 60
# How far before and after a quote its cue and speaker are looked for (characters).
_REACH = 600
# How far after the end of a source's quote ``de même source`` still takes it back (characters).
_SAME_SOURCE_REACH = 600
# Mention kinds that name a state or a body, never a person.
_BODY_KINDS = frozenset({"metonym", "entity"})
# Mention kinds that name nobody the mentions know: a bare noun phrase, a pronoun.
_NAMELESS_KINDS = frozenset({"np", "pronoun"})
# How many words a verb of quoting's object may follow (``cited_object_leads`` of names.json:
# "cite longuement le …"), or lower-case words after the object before the colon.
_CITED_LEAD_WORDS = 3
# Longest prepositional phrase completing a quoted object's description (see _companion_phrase).
_CITED_COMPANION_WORDS = 6


def _participle_phrase(rest: str) -> bool:
    """Whether ``rest`` (the words between a quoted person and the colon) opens with a past
    participle in lower case (``phrase_participle_endings``: ``évacué en pleine nuit d'un
    camping``, ``interrogé par la radio``), a phrase describing that person, with no marks."""
    first = rest.split(None, 1)[0]
    return (len(first) > _PARTICIPLE_MIN_CHARS and first.islower() and first.isalpha()
            and first.endswith(grammar().phrase_participle_endings)
            and not any(c in rest for c in _MARK_CHARS))


# Fewest letters a word needs to be read as a past participle by its ending (not ni, lui, aussi's kin).
_PARTICIPLE_MIN_CHARS = 3
# Characters opening or closing a quotation.
_MARK_CHARS = "«»“”\""


@cache
def _cited_excerpt_nouns() -> frozenset[str]:
    """The ``cited_excerpt_nouns`` of ``names.json``: a passage or a saying cited, no person quoted."""
    return frozenset(w.lower() for w in names_data().get("cited_excerpt_nouns", ()))


@cache
def _cited_object_leads() -> frozenset[str]:
    """The ``cited_object_leads`` of ``names.json``: determiners and adverbs before a quoted object."""
    return frozenset(w.lower() for w in names_data().get("cited_object_leads", ()))

# Most characters between an incise's cue and its subject for an adverbial there (« peu après »).
_CUE_ADVERBIAL_REACH = 20


@cache
def _cue_adverbials_ending_in_prepositions() -> frozenset[str]:
    """The adverbials of several words among the cue's adverbs (``cue_words.json``) whose last word
    is one of the ``prepositions`` of ``names.json`` (``peu après``, ``peu avant``), lower case; not its
    ``contrast_markers`` (``de son côté``), which mentions.py already weighs against the name after them."""
    contrast = frozenset(c.casefold() for c in names_data().get("contrast_markers", ()))
    return frozenset(a.casefold() for a in cue_adverbs()
                     if " " in a and a.split()[-1].lower() in _preposition_words() and a.casefold() not in contrast)


# How far after a cue its postposed subject may start (characters).
_SUBJECT_WINDOW = 70
# How far after a cue the comma closing a description may stand ("a dit le porte-parole du
# ministère iranien, Bahram X").
_DESCRIPTION_REACH = 110
# Characters after the closing mark where a passive's agent (par X) may start.
_AGENT_REACH = 12

# Characters read before an opening mark for an infinitive and its determiner (« démontrer leur »).
_INFINITIVE_OBJECT_REACH = 40


@cache
def _infinitive_object_before() -> regex.Pattern[str]:
    """A lower-case word, then a determiner (``object_determiners``), right before an opening mark;
    group 1 the word before the lower-case one, if any."""
    g = grammar()
    return regex.compile(rf"(?:(?<![\w'’])([\w\-]++)[ \u00a0]++)?(?<![\w'’])((?-i:\p{{Ll}})[\w\-]*+)[ \u00a0]++"
                         rf"(?i:{alternation(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)$")


def _infinitive_object_marks(text: str, mark: int) -> bool:
    """``les parties devaient démontrer leur « volonté politique » par des actes``: marks a
    determiner opens right after an infinitive (``infinitive_endings``, no preposition) are the
    object of an active verb, so par after them gives the means, no agent of a passive; unless a
    verb of the passive periphrasis governs the infinitive (``s'est vu infliger un « camouflet »
    par``, ``s'est fait voler la « vedette » par``: ``passive_periphrasis_forms``)."""
    m = _infinitive_object_before().search(text, max(0, mark - _INFINITIVE_OBJECT_REACH), mark)
    if m is None:
        return False
    g = grammar()
    word = m.group(2)
    if not word.endswith(g.infinitive_endings) or word in names_data()["prepositions"]:
        return False
    return (m.group(1) or "").lower() not in g.passive_periphrasis_forms
# Words searched before the marks for a participle, its agent and the short word it governs.
_AGENT_WORDS = 10
# Longest participle aside with its agent between a subject and its cue (characters): a long
# institution name and the place it sent to (envoyée par le Haut-Commissariat aux réfugiés à Goma).
_AGENT_ASIDE_REACH = 96
# Farthest a participle aside with a complement before its agent may open before a cue (characters).
_COMPLEMENTED_AGENT_REACH = 160
# How far back the word before a name is looked for (a long compound word at most).
_CHAIN_WORD_REACH = 40
# Cue forms of a verb whose subject may follow it (« … », a dit X / dit X).
_VERBAL = frozenset({"finite", "inverted"})
# Between a directive cue and the infinitive cue it governs: its object, words only (« a appelé
# vendredi le gouvernement | à répondre »), within this many characters.
_DIRECTED_OBJECT = regex.compile(r"[ \u00a0]++[\p{L}\d'’\-]++(?:[ \u00a0]++[\p{L}\d'’\-]++)*+[ \u00a0]*+")
_DIRECTED_OBJECT_CHARS = 60
# Cue forms of a verb whose subject governs a fragment after it (« X a jugé « … » »).
_VERB_BEFORE = frozenset({"finite", "gerund"})
# Most spaces between a closing mark and a preposition qualifying the words in marks.
_MARK_GAP = 3
# Most characters from a cue's ``que`` to marks its clause holds (see _in_que_clause), and what
# ends that clause before them.
_QUE_CLAUSE_REACH = 200
# The detection rule of words in marks framed by a participle and its agent (classify.py): a
# claim's frame before them, the participle after (la thèse des « … » avancée par X).
_CLAIM_AGENT_RULE = "partial-agent"
_CLAUSE_BREAKS = frozenset(",;:.!?")
# Cues whose report a present participle after a comma carries on (see _gerund_shared_cue).
_SHARED_CUE_FORMS = frozenset({"finite", "inverted", "gerund"})
# Detection rules of a clause a postposed cue reports, and the characters between that cue and
# the publication that carried the clause (« selon l'agence officielle Irna »).
_CARRIED_RULES = frozenset({"indirect-selon", "indirect-incise"})
_CARRIER_REACH = 24
# Kinds of mention a postposed cue names who only relayed a body's own report by (« Moscou a
# dénoncé « … », selon un diplomate européen »: the words stay Moscow's).
_RELAYER_KINDS = frozenset({"anonymous"})
# Mentions of people a present participle right after them may be said of (« a cité le
# président syrien affirmant que »), not texts or places.
_GERUND_OBJECT_KINDS = frozenset({"name", "role", "anonymous"})
# What may stand before a prepositional cue opening its sentence: spaces and an opening mark or dash.
_FRONT_BLANKS = " \u00a0\u202f\n«“\"—–-"
# Kinds of mention a fronted prepositional phrase names a speaking body or source by (« À Matignon, on… », « De source diplomatique, on… »).
# A noun's acronym in brackets ending the text searched (`` (SDJ)``), after a letter.
_BRACKETED_ACRONYM_END = regex.compile(r"(?<=\p{L})[ \u00a0]++\(\p{Lu}[\p{Lu}\d\-]*+\)$")
_FRONTED_KINDS = frozenset({"entity", "metonym", "organisation", "anonymous"})
# Kinds of mention that open a gapped clause after a comma, its verb left out (« Paris évoque une « … », Téhéran une « … » »).
# Mentions that, set off by a comma after a role, may open its holder's name (see _named_by_apposed_role).
_APPOSED_HOLDER_KINDS = frozenset({"role", "anonymous"})
_GAPPED_KINDS = frozenset({"name", "entity", "metonym", "organisation", "role", "np", "anonymous", "group"})
# Most characters between a cue and the comma of a gapped clause, then from the comma to its marks.
_GAPPED_REACH = 80
_GAPPED_TAIL = 40
# Most characters from the cue to the comma before the marks when the gapped clause's subject is a
# name set off by commas, maybe after its role (« a salué « … », le président de la région X, Paul Y, « … » »):
# the first conjunct's words in marks and the role stand between, in a shape checked word by word.
_GAPPED_APPOSED_REACH = 160
_GAPPED_ROLE_WORDS = 6  # the role before a gapped clause's name: « le président des Républicains, »
# Most characters of a preposition and an article before it (« Au », « À l' », « Du côté de la »).
_FRONTED_LEAD = 16
# Most characters of a fronted phrase (and an aside) before the indefinite pronoun it names a side for.
_FRONTED_REACH = 160

# Most words of a verbless lead-in before its side marker (« Même prudence chez X : »).
_SIDE_LEAD_WORDS = 4
# Longest prepositional phrase opening a sentence before its subject (characters).
_FRONTED_PHRASE_REACH = 60
# Most capitalised words of a town (or body) a bare preposition fronts (À Benton Harbor, on …).
_FRONTED_TOWN_WORDS = 2
# Most words of a relative set off right before the pronoun, after a fronted phrase and a first aside.
_FRONTED_RELATIVE_WORDS = 16
# What may open a sentence before its first word.
_LEAD_CHARS = " \u00a0\u202f\n\t\"«“—–-"
# Characters read before a cue to see that it follows the quote directly.
_INCISE_LEAD = 6
# The characters an incise's comma and its object pronouns (« , nous », « , leur ») may take before its verb.
_INCISE_CLITIC_REACH = 8


# The built-in rules now loaded, and those that may fire for each quote kind and detection rule.
_BUILTIN_TABLE: tuple[Sequence[Rule] | None, dict[tuple[Kind, str], tuple[Rule, ...]]] = (None, {})


def _rules_table(rules: Sequence[Rule]) -> dict[tuple[Kind, str], tuple[Rule, ...]]:
    """Where :meth:`Attributor._applicable` keeps its answers for ``rules``: for the built-in
    rules, one table shared by every document (made again when they are loaded again); for
    other rules, a table of the document's own."""
    global _BUILTIN_TABLE
    if rules is not builtin_rules():
        return {}
    if _BUILTIN_TABLE[0] is not rules:
        _BUILTIN_TABLE = (rules, {})
    return _BUILTIN_TABLE[1]


def _body_role(m: Mention) -> bool:
    """Whether ``m`` is a role that names a body (``les autorités``, ``la police``), no person."""
    return m.kind == "role" and m.role is not None and Registry.default().is_body_role(m.role)


# What :meth:`Attributor._memo` finds for a question not answered yet (``None`` is an answer).
_UNKNOWN: Any = object()


class Attributor:
    """Applies the rules to the quotes of one document."""

    def __init__(
        self,
        text: str,
        cues: Sequence[Any],
        mentions: Sequence[Mention],
        sentences: Spans,
        quotes: Sequence[Candidate],
        rules: Sequence[Rule],
    ) -> None:
        self.text = text
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.mentions = list(mentions)
        self.m_starts = [m.start for m in mentions]
        self.sentences = sentences
        self.rules = rules
        marked = [q.marks for q in quotes if q.marks is not None]
        self.marked = sorted(marked)
        self.marked_starts = [s for s, _ in self.marked]
        # Reported clauses: a cue inside one is part of what was reported, not the report.
        self.reported = sorted((q.start, q.end) for q in quotes if q.kind == Kind.INDIRECT)
        self.reported_starts = [s for s, _ in self.reported]
        # Those a source reports (Selon X, …): a cue in the conditional inside is X's allegation.
        self.sourced = {(q.start, q.end) for q in quotes if q.rule == "indirect-selon"}
        # Those a que after a cue introduces (X a indiqué que …): a body's role inside is no speaker.
        self.que_clauses = {(q.start, q.end) for q in quotes if q.rule == "indirect-que"}
        # Cues whose own que clause was found after them, past words their que_end does not reach
        # (« a déclaré au nom des Vingt-Sept que »): a verb with its own clause, no incise.
        self.que_cues = frozenset(q.cue for q in quotes if q.rule == "indirect-que" and q.cue is not None
                                  and cues[q.cue].que_end is None and cues[q.cue].end <= q.start)
        # Those a publication carries after them (…, selon l'agence Interfax; …, a rapporté l'agence
        # Tass): the reporting verb inside reports its own subject's words, whatever that subject.
        # Those an anonymous source relays after them (…, selon un diplomate européen): a body's own
        # reporting verb inside reports that body's words.
        self.carried: set[tuple[int, int]] = set()
        self.relayed: set[tuple[int, int]] = set()
        for q in quotes:
            if q.kind == Kind.INDIRECT and q.cue is not None and q.rule in _CARRIED_RULES and cues[q.cue].start >= q.end:
                after = self._first_mention(cues[q.cue].end, cues[q.cue].end + _CARRIER_REACH)
                if after is not None and after.kind == "publication":
                    self.carried.add((q.start, q.end))
                elif after is not None and after.kind in _RELAYER_KINDS:
                    self.relayed.add((q.start, q.end))
        # Where the prepositions of a passive's agent stand (``par``): most windows hold none.
        self.agent_words = [m.start() for m in _agent_word().finditer(text)]
        # Whether a voice marker stands anywhere in the text (one fast scan; most texts hold none,
        # and a window of a text without one holds none either).
        self.any_voice = _voice_marker().search(text) is not None
        # Answers of _opening_np (and its _np_past_adverbs), _np_ending_at, _after, _subject and
        # _pronoun_in_cue (see _memo).
        self._answers: dict[tuple[Any, ...], Any] = {}
        self._rules_for = _rules_table(rules)
        self._last_answer: dict[str, Assignment] = {}
        """The last quote of each way of detection given a speaker (for ``previous-answer``)."""
        self._last_source: Assignment | None = None
        self._by_cue: dict[int, Assignment] = {}
        """The first quote given a speaker through each cue (by the cue's start), for a gerund sharing it."""
        """The last quote given to a source a prepositional cue names (``selon X``), for ``de même source``."""

    def _memo(self, compute: Callable[..., _T], *args: Any) -> _T:
        """``compute(*args)``, worked out once per document: its answer depends on the arguments
        only, and several rules (and neighbouring quotes sharing a cue) ask the same question."""
        key = (compute.__name__, *args)
        answer: _T = self._answers.get(key, _UNKNOWN)
        if answer is _UNKNOWN:
            answer = self._answers[key] = compute(*args)
        return answer

    def _applicable(self, q: Candidate) -> tuple[Rule, ...]:
        """The rules that may fire for a quote of ``q``'s kind found by ``q``'s detection rule
        (worked out once per pair, not once per quote; for the built-in rules, once per process)."""
        key = (q.kind, q.rule)
        rules = self._rules_for.get(key)
        if rules is None:
            rules = self._rules_for[key] = tuple(
                r for r in self.rules if q.kind in r.kinds and (not r.detected_by or q.rule in r.detected_by)
            )
        return rules

    def _same_reported(self, start: int, end: int) -> bool:
        """Whether one reported clause holds ``start`` to ``end``."""
        k = bisect.bisect_right(self.reported_starts, start) - 1
        return k >= 0 and self.reported[k][0] <= start and end <= self.reported[k][1]

    def reporter_of(self, cue: Any) -> Mention | None:
        """The subject of a finite cue that reports no quotation of its own (an infinitive
        report: ``Une habitante raconte avoir entendu des tirs.``), as ``before-cue`` reads it."""
        sent = self.sentences.at(cue.start) or (cue.start, cue.end)
        s_start = max(sent[0], cue.start - _REACH)
        subject = self._subject(cue.start, s_start, exclude=(cue.end, cue.end))
        if subject is None or self._indefinite(subject) or subject.after_preposition:
            return None
        # "la mère de Jade et Joy assure avoir…": a name after a coordinator may end a complement;
        # no one is put in focus.
        before = self.text[max(s_start, subject.start - _PREPOSITION_REACH) : subject.start].split()
        return None if before and _words().coordinator.fullmatch(before[-1]) else subject

    def assign(self, q: Candidate, previous: Assignment | None) -> Assignment:
        """The first rule that finds a speaker mention for ``q``."""
        sent = self.sentences.at(q.start) or (q.start, q.end)
        # A quotation continued over paragraphs ends in a later sentence, where its incise is.
        last = self.sentences.at(q.end - 1) or sent
        # Rules look within reach of the quote only, whatever the sentence's length.
        s_start = sent[0] if sent[0] >= q.start - _REACH else q.start - _REACH
        s_end = max(sent[1], last[1], q.end)
        s_end = s_end if s_end <= q.end + _REACH else q.end + _REACH
        if q.cue is not None and q.marks is not None and self.cues[q.cue].start >= s_end:
            # « … »,⏎ explique X: the incise opens the next paragraph, its sentence holds the speaker.
            cue_sentence = self.sentences.at(self.cues[q.cue].start)
            if cue_sentence is not None:
                s_end = min(s_end if s_end >= cue_sentence[1] else cue_sentence[1], q.end + _REACH)
        if q.cue is not None and (q.rule == "direct-list" or (q.rule == "direct-colon" and self.cues[q.cue].start < sent[0])):
            # "Il a énuméré trois priorités :⏎- « … »": the cue and its subject are in the list's
            # introduction, as in the paragraph a colon ends before marks opening the next one.
            cue_sentence = self.sentences.at(self.cues[q.cue].start)
            if cue_sentence is not None:
                s_start = max(s_start if s_start <= cue_sentence[0] else cue_sentence[0], q.start - _REACH)
        if q.rule == "indirect-back" and q.cue is not None:
            # "La réforme sera votée. C'est ce qu'a affirmé X": the cue and its subject are in the next sentence.
            cue_sentence = self.sentences.at(self.cues[q.cue].start)
            if cue_sentence is not None:
                s_end = min(s_end if s_end >= cue_sentence[1] else cue_sentence[1], q.end + _REACH)
        if previous is not None and previous.quote is not None and glosses(self.text, previous.quote, q):
            # « Send her back! » (« Renvoyez-la! »), a crowd's or a tweet's words and their
            # translation: the gloss is the same utterance, whoever a later cue names.
            return replace(previous, quote=q, carried=None)
        found: dict[str, Any] = {}  # the cue of each cue position, looked for once per quote
        for rule in self._applicable(q):
            if rule.cue in found:
                cue = found[rule.cue]
            else:
                cue = found[rule.cue] = self._cue(rule, q, s_start, s_end)
            if cue is None and rule.cue != "none":
                continue
            if cue is not None and rule.forms and cue.form not in rule.forms:
                continue
            if rule.cue in ("incise", "sentence-incise") and self._agent_spoke(q, s_start):
                continue  # "X, qualifiée par Y d'« irresponsable », a maintenu…": the agent's words, no incise
            if (rule.yields_to_verb_before and self._verb_governs(q, s_start) and not self._names_its_text(q, cue)
                    and not self._source_on_marks(q, cue)):
                continue
            mention = self._speaker(rule, q, cue, s_start, s_end, previous)
            if mention is None:
                continue
            if (rule.yields_to_carrier_verb_before and (mention.kind == "publication" or cue.form == "preposition")
                    and self._verb_governs(q, s_start)):
                continue
            evidence = [(mention.start, mention.end)] if mention.end > mention.start else []
            evidence += [(cue.start, cue.end)] if cue is not None else []
            carried = self._last_answer[q.rule].quote if rule.speaker == "previous-answer" else None
            assignment = Assignment(mention, cue, rule.id, rule.confidence, evidence, q, carried)
            self._last_answer[q.rule] = assignment
            if cue is not None:
                self._by_cue.setdefault(cue.start, assignment)
            if cue is not None and cue.form == "preposition" and mention.kind != "pronoun":
                self._last_source = assignment  # "Selon le compte rendu du Kremlin, …": a source named
            return assignment
        return Assignment(None, self._cue_any(q, s_start, s_end), "unattributed", 0.0)

    # -- where is the cue --------------------------------------------------------------
    def _cue(self, rule: Rule, q: Candidate, s_start: int, s_end: int) -> Any:
        if rule.cue == "none":
            return None
        if rule.cue == "incise":
            if q.cue is None or self.cues[q.cue].start < q.end:
                return None
            c = self.cues[q.cue]
            # "« … », la CFDT dénonce « … »": a subject before the verb, no incise; "qui juge
            # l'objectif « déraisonnable », a fait valoir qu'il…": a verb with its own que, no incise.
            if q.marks is not None and subject_in_marks(self.text, q.marks[0], q.marks[1], c.start):
                return None  # "Les « dialogues stériles » menacent …": the quote is the verb's subject
            if disputes_quote(self.text, q.end if q.marks is None else q.marks[1], c):
                return None  # "« … », ce que dément l'Élysée": the Élysée disputes the words
            if infinitive_report(self.text, c.form, c.end):
                return None  # "X, qui a dénoncé une attaque « lâche », affirme avoir repoussé…": no incise
            if c.form != "inverted" and coordinated_verb(self.text, q.end if q.marks is None else q.marks[1], c.start):
                return None  # "X a salué « … », mais dénonce une restitution…": X's second verb, no incise
            if q.marks is not None and coordinated_after_marks(self.text, q.marks[1], c.form):
                return None  # "X célèbre le « … » et se garde d'évoquer Y": X's second verb governs it, no incise
            if c.form == "finite" and _subject_pronoun_end().search(self.text, max(q.end, c.start - _PRONOUN_REACH), c.start):
                return None  # "Faute de réponse « crédible », elle a annoncé l'expulsion…": its subject before it
            if c.form == "finite" and generic_subject_before(self.text, c.start):
                return None  # "« … », chacune d'entre nous a reconnu la scène": a generic subject, no incise
            if self._relative_governs(q, c, s_start):
                return None  # "X, qui a dénoncé une « agression » contre Y, a appelé Z…": the relative's words
            return None if c.que_end is not None or q.cue in self.que_cues or reports_another_quote(self.text, q.end, c) else c
        if rule.cue == "sentence-incise":
            return self._sentence_incise(q, s_start, s_end)
        if rule.cue == "inside":
            return self._inside_incise(q)
        if rule.cue == "before":
            if q.kind == Kind.INDIRECT and q.cue is not None:
                c = self.cues[q.cue]
                return c if c.end <= q.start + 1 else None
            if q.rule == "direct-selon" and q.cue is not None:
                # "Selon un diplomate en poste à Kiev, qui a souhaité garder l'anonymat, « … »": the
                # fronted source introduces the quote, not a verb of the relative set off after it.
                return self.cues[q.cue]
            return self._cue_before(q, s_start)
        k = bisect.bisect_left(self.cue_starts, q.end)
        while k < len(self.cues) and self.cues[k].start < s_end:
            if not self._in_marks(self.cues[k].start):
                c = self.cues[k]
                # "X juge que … et affirme avoir…", "X a estimé que … et a rappelé que …": X's second
                # verb (joined by a coordinator, or with a que clause of its own), no incise of the first.
                if q.kind == Kind.INDIRECT and (joins_second_verb(self.text, q.end, c.start)
                                                or (q.rule == "indirect-que" and c.que_end is not None)):
                    return None
                after = self.text[q.end : c.start].lstrip(" \u00a0\u202f")
                if q.rule == "indirect-que" and after[:1] == ":" and after[1:].lstrip(" \u00a0\u202f")[:1] not in opening_marks():
                    return None  # "assure que … : elle « … », a insisté X": the incise reports the clause after the colon
                if q.kind == Kind.INDIRECT and after[:1] == "," and disputes_quote(self.text, q.end, c):
                    return None  # "X a affirmé que …, ce que dément leur avocat": the avocat disputes the clause
                # "X a « condamné » le putsch et exigé la libération de Y": a second verb of the
                # subject before the quote, whose subject does not follow it.
                if q.kind != Kind.INDIRECT and c.form != "inverted" and coordinated_verb(self.text, q.end, c.start):
                    return None
                if q.marks is not None and coordinated_after_marks(self.text, q.marks[1], c.form):
                    return None  # "X célèbre le « … » et se garde d'évoquer Y": X's second verb governs it
                if dash_aside_between(self.text, q.end, c.start):
                    return None  # "… « francs » – une formule qui signale…": the writer's comment
                if q.kind == Kind.PARTIAL and c.form != "preposition" and self._after_semicolon(q.end, c.start):
                    return None  # "X « s'engage à … » ; Y s'engage à …": the verb after the semicolon is Y's clause's
                if (q.kind == Kind.INDIRECT and "," in self.text[q.end : c.start]
                        and _clause_conjunction().search(self.text, q.end, c.start) is not None):
                    return None  # "X a fait savoir qu'il …, alors que des députés ont annoncé …": a clause of its own
                if q.rule == "indirect-que" and self._relative_cue_owns_clause(q, c, s_start):
                    # "Le Breton, qui a annoncé qu'il prendrait sa retraite, a confirmé l'accord": the
                    # relative's verb reports the clause; the verb after its comma is the main verb.
                    return None
                if (q.rule == "indirect-que" and q.cue is not None and self.cues[q.cue].end <= q.start
                        and not self._comma_before_incise(q.end, c.start)):
                    # "Lorsque X a constaté qu'il « … », le texte a été adopté avant que quiconque ait
                    # pu demander la parole": the main clause's verb after the que clause's end, no
                    # comma setting it off, is no incise of a clause its own cue introduced.
                    return None
                return c
            k += 1
        return None

    def _cue_before(self, q: Candidate, s_start: int) -> Any:
        """The nearest cue before the quote in its sentence, outside any marks and no bare
        participle ("Selon le rapport, cité à l'audience, « … »": the participle is an aside)."""
        k = bisect.bisect_left(self.cue_starts, q.start) - 1
        while k >= 0 and self.cues[k].start >= s_start:
            c = self.cues[k]
            if (not self._in_marks(c.start, around=q) and c.form != "participle" and not self._closed_gerund(c, q)
                    and not self._reported_with(q, c) and not self._closed_relative(c, q, s_start)
                    and not self._closed_prepositional_relative(c, q, s_start)
                    and not self._in_free_relative(c, s_start)
                    and not self._closed_by_coordinated_que(k, q, s_start)
                    and not self._generic_in_content_clause(k, s_start)
                    # "X a réaffirmé, selon ce texte, que Kinshasa ne transigerait « … »": the
                    # source set off before the que names where it was read; the verb governs.
                    and not (c.form == "preposition" and k > 0 and self.cues[k - 1].start >= s_start
                             and source_before_que(self.text, c.start, c.end, q.start))):
                # "Selon X, …, mais Y …": a fronted source covers its whole sentence.
                own = q.kind == Kind.PARTIAL and c.form != "preposition" and (
                    self._own_subject_clause(c.end, q.start) or self._after_semicolon(c.end, q.start))
                return None if own else c
            k -= 1
        return None

    def _closed_by_coordinated_que(self, k: int, q: Candidate, s_start: int) -> bool:
        """A cue with no que of its own inside the content clause of an earlier cue of the sentence
        that has one, a coordinator and a complementizer between it and the quote (``Son avocat a
        fait savoir qu'il n'avait pas pu informer son client et que celui-ci restait « serein »``):
        the coordinated que-clause is the earlier cue's second object, its words that cue's
        subject's; the inner verb governs nothing past it."""
        c = self.cues[k]
        if getattr(c, "que_end", None) is not None or k == 0 or self.cues[k - 1].start < s_start:
            return False
        joint = _coordinated_que().search(self.text, c.end, q.start)
        if joint is None or self._in_marks(joint.start()):
            return False
        return any(getattr(e, "que_end", None) is not None and e.end <= c.start
                   for e in self.cues[max(0, k - 3) : k] if e.start >= s_start)

    def _generic_in_content_clause(self, k: int, s_start: int) -> bool:
        """A cue whose subject is the indefinite pronoun (``generic_pronouns``) right after a
        complementizer, inside the content clause of an earlier cue of the sentence (``X a estimé
        qu'on ne pouvait reprocher aux agents leur « … »``): the generic pronoun names nobody; the
        words the clause quotes are the earlier cue's subject's, whose report holds them."""
        c = self.cues[k]
        if k == 0 or c.start - s_start < _GENERIC_CLAUSE_LEAD:
            return False
        if _generic_after_complementizer().search(self.text, c.start - _GENERIC_CLAUSE_LEAD, c.start) is None:
            return False
        return any(getattr(e, "que_end", None) is not None and e.que_end <= c.start
                   for e in self.cues[max(0, k - 3) : k] if e.start >= s_start)

    def _closed_prepositional_relative(self, c: Any, q: Candidate, s_start: int) -> bool:
        """A cue in a relative of ``prepositional_relatives`` set off by a comma, which another comma
        closes before the quote (``… du président, à qui la Constitution confiait l'intérim, par
        des « … »``): the relative's verb governs nothing after it; the main clause's does."""
        comma = self.text.find(",", c.end, q.start)
        if comma < 0 or self._in_marks(comma) or "," not in self.text[max(s_start, c.start - _PREPOSITIONAL_RELATIVE_REACH) : c.start]:
            return False
        return _prepositional_relative().search(self.text, max(s_start, c.start - _PREPOSITIONAL_RELATIVE_REACH), c.start) is not None

    def _after_semicolon(self, lo: int, hi: int) -> bool:
        """Whether a semicolon out of marks in ``text[lo:hi]`` ends the clause of a cue at ``lo``
        (``X réclame des « garanties » ; Damas accepte, tout en …« terroristes »``): the clause
        after it has its own subject."""
        semi = self.text.rfind(";", lo, hi)
        return semi >= 0 and not self._in_marks(semi)

    def _own_subject_clause(self, lo: int, hi: int) -> bool:
        """Whether a clause conjunction after a comma (``clause_conjunctions``: ``, tandis que``)
        in ``text[lo:hi]`` opens a clause whose subject, a name or a role, stands right after it,
        before ``hi`` (``X a estimé que …, tandis que la chancelière Y a subordonné … au respect de
        « valeurs »``): the words in marks after it are that subject's, not the cue's before it."""
        lo = max(lo, hi - _CONJUNCTION_REACH)
        if self.text.find(",", lo, hi) < 0:
            return False
        opened = None
        for found in _clause_conjunction().finditer(self.text, lo, hi):
            opened = found
        if opened is None or self._in_marks(opened.start()):
            return False
        k = bisect.bisect_left(self.m_starts, opened.end())
        if k >= len(self.mentions):
            return False
        m = self.mentions[k]
        return m.end < hi and not m.after_preposition and m.kind in ("name", "role") and not self._in_marks(m.start)

    def _in_free_relative(self, c: Any, s_start: int) -> bool:
        """A cue inside a free relative (``free_relatives``) that is the object of an earlier cue
        of the sentence (``X résume ce que des rapports entiers peinent à dire : « … »``): it
        introduces nothing; the earlier cue does."""
        hint = _free_relative_hint()
        if hint and hint not in self.text[s_start : c.start].lower():
            return False  # the common case: no free relative before the cue
        k = bisect.bisect_left(self.cue_starts, c.start) - 1
        while k >= 0 and self.cues[k].start >= s_start:
            e = self.cues[k]
            # "X a expliqué ce qu'il ferait, puis Y a déclaré : « … »", "… ce qu'il ferait et Y a
            # déclaré : « … »": a comma or a coordinator closes the relative.
            if (e.end <= c.start and _free_relative_after().match(self.text, e.end, c.start) is not None
                    and "," not in self.text[e.end : c.start]
                    and not set(self.text[e.end : c.start].lower().split()) & _coordinator_words()):
                return True
            k -= 1
        return False

    def _closed_relative(self, c: Any, q: Candidate, s_start: int) -> bool:
        """A cue opening a subject relative that a comma closes before a colon introducing the
        quote (``les propos du ministre, qui avait jugé X « … », M. Y a botté en touche : « … »``):
        the relative's verb does not introduce what the main clause's colon does."""
        colon = self.text.rfind(":", c.end, q.start)
        if colon < 0 or self.text[colon + 1 : q.start].strip(" \u00a0\u202f\"«“"):
            return False
        if _words().subject_relative.search(self.text, max(s_start, c.start - _RELATIVE_REACH), c.start) is None:
            return False
        # "…, qui venait de décrire une Alliance en état de « mort cérébrale » : « … »": the
        # relative's verb already governs its own words in marks; the colon is the main clause's.
        opens = opening_marks()
        return any((ch == "," and not self._in_marks(i)) or (ch in opens and ch not in "'’")
                   for i, ch in enumerate(self.text[c.end : colon], c.end))

    def _closed_gerund(self, c: Any, q: Candidate) -> bool:
        """A present participle opening an aside that a comma closes before the quote (``Selon un
        policier, témoignant sous anonymat, X était « … »``): it does not introduce the quote."""
        return bool(c.form == "gerund" and past_participle_aside(self.text, c.start, q.start) != c.start)

    def _agent_word_in(self, start: int, end: int) -> bool:
        """Whether the preposition of a passive's agent stands in ``text[start:end]``."""
        k = bisect.bisect_left(self.agent_words, start)
        return k < len(self.agent_words) and self.agent_words[k] < end

    def _reported_with(self, q: Candidate, c: Any) -> bool:
        """Whether the cue ``c`` is part of a reported clause holding the fragment ``q`` too,
        its subject a state or a body (X a assuré que Berlin soutenait « sans réserve »
        l'initiative: the words are X's; not « Selon Chine nouvelle, Xi Jinping a appelé à « … »),
        or its verb in the future or the conditional (X a fait savoir que le chef de l'État
        s'exprimerait « en temps voulu »: X's words, the other has said nothing yet)."""
        if q.kind != Kind.PARTIAL or c.form == "inverted":
            return False  # "la France, dit-il, a « … »": an inverted incise names its own speaker
        pos = c.start
        k = bisect.bisect_right(self.reported_starts, pos) - 1
        while k >= 0 and self.reported[k][0] >= pos - _REACH:
            start, end = self.reported[k]
            if start < pos and q.end <= end:
                if (start, end) in self.carried and not self._alleged(c) and not prospective_cue(c):
                    return False  # "Moscou a dénoncé « … », selon l'agence Interfax": Moscow's words
                if ((start, end) in self.relayed and not self._alleged(c) and not prospective_cue(c)
                        and (subject := self._subject_mention(start, c.start)) is not None
                        and subject.kind in _BODY_KINDS):
                    return False  # "Moscou a dénoncé « … », selon un diplomate européen": Moscow's words
                return self._body_subject(start, pos) or prospective_cue(c) or (
                    (start, end) in self.sourced and self._alleged(c)) or (
                    (start, end) in self.que_clauses and self._body_role_subject(start, pos))
            k -= 1
        return False

    def _alleged(self, c: Any) -> bool:
        """Whether the cue ``c`` is a demand (``alleged_demands``) opening with an auxiliary in the
        conditional (``aurait exigé``): in a clause a source reports (Selon X, Y aurait exigé que
        … « … »), X's allegation, not Y's words."""
        first = c.text.split(None, 1)[0].lower() if c.text else ""
        return first in conditional_auxiliaries() and c.lemma in grammar().alleged_demands

    def _body_subject(self, start: int, pos: int) -> bool:
        """Whether the cue at ``pos`` has no speaker of its own: the last mention between
        ``start`` and it names a state or a body (``Berlin``, ``la Russie``, ``l'UE``), or
        none stands there (``pour qui discuter du Venezuela relève de la « … »``)."""
        m = self._subject_mention(start, pos)
        return m is None or m.kind in _BODY_KINDS

    def _body_role_subject(self, start: int, pos: int) -> bool:
        """Whether the last mention between ``start`` and the cue at ``pos`` is a role that names a
        body (``X a indiqué que les autorités avaient répondu, « à ce stade », …``: X's words)."""
        m = self._subject_mention(start, pos)
        return m is not None and _body_role(m)

    def _subject_mention(self, start: int, pos: int) -> Mention | None:
        """The last mention between ``start`` and the cue at ``pos`` with no preposition before it
        (the cue's subject, when it has one: ``Moscou a dénoncé``); None when none stands there."""
        k = bisect.bisect_left(self.m_starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= start:
            m = self.mentions[k]
            if m.end <= pos and not m.after_preposition:
                return m
            k -= 1
        return None

    def _verb_governs(self, q: Candidate, s_start: int) -> bool:
        """Whether a reporting verb before ``q`` in its sentence governs it: a fragment after the
        verb, or the que-clause of its own cue (« X a affirmé que …, selon l'agence Tass »: X's words,
        the agency only carried them)."""
        if q.kind == Kind.PARTIAL:
            return self._verb_before(q, s_start)
        return q.kind == Kind.INDIRECT and q.rule == "indirect-que" and self._verb_before(q, s_start)

    def _names_its_text(self, q: Candidate, cue: Any) -> bool:
        """Whether a postposed *selon* names the text a fragment is taken from (« Les deux
        présidents ont évoqué « … », selon un communiqué de l'Élysée »): its issuer wrote those
        words, the verb before only reports what the text says."""
        if q.kind != Kind.PARTIAL or cue is None or cue.form != "preposition":
            return False
        named = _text_named().match(self.text, cue.end)
        # "…, selon le compte rendu publié par ses services": a text its subject's own services put
        # out carries the subject's words, it wrote none of its own.
        return named is not None and _own_issuer().match(self.text, named.end()) is None

    def _source_on_marks(self, q: Candidate, cue: Any) -> bool:
        """Whether a postposed *selon* follows the closing mark of a fragment with no comma
        between (un « acte terroriste » selon le président): it qualifies the words in marks
        alone, whose speaker it names, not the clause a verb before reports."""
        if q.marks is None or cue is None or cue.form != "preposition" or cue.start - q.marks[1] > _MARK_GAP:
            return False
        return not self.text[q.marks[1] : cue.start].strip(" \u00a0\u202f") and not self._in_que_clause(q.marks[0])

    def _in_que_clause(self, pos: int) -> bool:
        """Whether ``pos`` lies in the ``que`` clause of the last cue before it, no punctuation
        between ``que`` and ``pos`` (``a assuré que le pont était « sûr » selon les derniers
        contrôles``): a source glued to the marks there qualifies the reported clause, part of
        what the verb's subject said, not the words in marks alone."""
        k = bisect.bisect_left(self.cue_starts, pos) - 1
        if k < 0 or (que := self.cues[k].que_end) is None or not 0 <= pos - que <= _QUE_CLAUSE_REACH:
            return False
        return not any(c in _CLAUSE_BREAKS for c in self.text[que:pos])

    def _verb_before(self, q: Candidate, s_start: int) -> bool:
        """Whether a reporting verb (not a preposition) stands before the quote in its sentence."""
        cue = self._cue_before(q, s_start)
        return cue is not None and cue.form in _VERB_BEFORE

    def _sentence_incise(self, q: Candidate, s_start: int, s_end: int) -> Any:
        """A cue after a comma, after the quote, whose clause runs to the sentence end."""
        k = bisect.bisect_left(self.cue_starts, q.end)
        while k < len(self.cues) and self.cues[k].start < s_end:
            c = self.cues[k]
            before = self.text[max(s_start, c.start - 3) : c.start]
            if ("," in before and c.form in ("finite", "inverted") and c.que_end is None and k not in self.que_cues
                    and not self._in_marks(c.start)
                    and not voice_follows(self.text, c.end, s_end)
                    and not infinitive_report(self.text, c.form, c.end)
                    and not (c.form == "finite" and bare_infinitive_follows(self.text, c.end, s_end))
                    and not self._relative_reports(q, c)
                    and not (q.end <= c.start and self._reported_after(q.end, c.start))):
                if q.marks is not None and relative_subject(self.text, q.marks[0], q.marks[1], c.start):
                    return None  # "les « provocateurs » qui, sur X, accusent les autorités": the marks are the relative's subject
                if c.form == "finite" and coordinated_clause_after(self.text, q.end if q.marks is None else q.marks[1], c.start):
                    return None  # "X a qualifié … d'« absurdes », et son porte-parole a accusé Y": a clause of its own
                if ":" in self.text[q.end : c.start] and _COLON_THEN_MARK.search(self.text, q.end, c.start) is not None:
                    return None  # "X salue une décision qui « … », mais Y se montre sévère : « … », écrit-il": the quote after the colon's incise
                return None if dash_aside_between(self.text, q.end, c.start) else c
            k += 1
        return None

    def _reported_after(self, lo: int, pos: int) -> bool:
        """Whether a reported clause opening after ``lo`` holds ``pos``: ``X a évoqué « … » et
        indiqué que le groupe, détenu par l'État, réclamerait…``: a verb of that clause is its own,
        no incise of the sentence."""
        k = bisect.bisect_right(self.reported_starts, pos) - 1
        return k >= 0 and lo <= self.reported[k][0] < pos < self.reported[k][1]

    def _relative_reports(self, q: Candidate, c: Any) -> bool:
        """``La fédération, qui s'est dite « consternée », a réclamé une concertation``: marks
        right after the reporting verb of a relative set off after the sentence's subject, ``c``
        the main verb after its closing comma: the relative's verb reports them, no incise."""
        if q.marks is None or c.form == "inverted":
            return False
        sent = self.sentences.at(q.marks[0])
        return sent is not None and (reported_in_subject_relative(self.text, sent[0], q.marks[0], q.marks[1], c,
                                                                  self.cues, self.cue_starts)
                                     or self._relative_governs(q, c, sent[0]))

    def _unsaid_words_reporter(self, q: Candidate, cue: Any, previous: Assignment | None) -> Mention | None:
        """``…, soulignant que M. X n'avait adressé « aucun message de condoléances »``: words in
        marks opening with a negative determiner (``negative_determiners``) after a negated cue
        are words its subject never said; inside the reported clause before them, the reporter's."""
        if not getattr(cue, "negated", False) or q.marks is None or cue.end > q.marks[0]:
            return None
        first = _LETTER_WORDS.match(self.text, _skip_blank(self.text, q.marks[0] + 1))
        if first is None or first.group().lower() not in _negative_determiners():
            return None
        outer = previous.quote if previous is not None else None
        if (outer is None or previous is None or outer.kind != Kind.INDIRECT
                or not (outer.start <= cue.start and q.end <= outer.end)):
            return None
        return previous.mention

    def _relative_cue_owns_clause(self, q: Candidate, c: Any, s_start: int) -> bool:
        """``Le ministre, qui a annoncé que la réforme serait votée, a quitté…``: the que clause's own
        cue opens a subject relative set off by a comma, and ``c`` is the finite verb right after
        the comma closing the clause: the relative's antecedent speaks; ``c`` is the main verb, no incise."""
        if c.form != "finite" or q.cue is None or self.text[q.end : c.start].strip(" \u00a0\u202f") != ",":
            return False
        own = self.cues[q.cue]
        if own.end > q.start or own.form != "finite" or own.start < s_start:
            return False
        relative = _words().subject_relative.search(self.text, max(s_start, own.start - _RELATIVE_REACH), own.start)
        return relative is not None and "," in relative.group()

    def _relative_governs(self, q: Candidate, c: Any, s_start: int) -> bool:
        """``Au Caire, la Ligue arabe, qui a condamné samedi une « agression » contre la Syrie, a
        appelé le Conseil…``: marks inside a subject relative set off by commas, after its finite
        reporting verb and a few words of its object (no comma), and ``c`` the finite verb right after
        the comma that closes the relative a few words after the marks: the relative's verb reports
        them, and its antecedent speaks; ``c`` is the main verb, no incise."""
        if q.marks is None or c.form != "finite":
            return False
        closing = self.text.find(",", q.marks[1], c.start)
        if (closing < 0 or closing - q.marks[1] > _RELATIVE_TAIL_REACH or self.text[closing + 1 : c.start].strip(" \u00a0\u202f")
                or any(ch in opening_marks() for ch in self.text[q.marks[1] : closing])):
            return False
        k = bisect.bisect_left(self.cue_starts, q.marks[0]) - 1
        if k < 0 or self.cues[k].start < s_start or self.cues[k].form != "finite":
            return False
        own = self.cues[k]
        gap = self.text[own.end : q.marks[0]]
        if own.end > q.marks[0] or len(gap) > _RELATIVE_TAIL_REACH or "," in gap or self._in_marks(own.start):
            return False
        relative = _words().subject_relative.search(self.text, max(s_start, own.start - _RELATIVE_REACH), own.start)
        return relative is not None and "," in relative.group()

    def _inside_incise(self, q: Candidate) -> Any:
        """A cue set off by a comma inside the quotation marks: « …, a-t-il dit, … »; for an
        indirect clause, only the clause's own cue (``Rome, a-t-elle rappelé, est …``)."""
        if q.kind == Kind.INDIRECT:
            own = self.cues[q.cue] if q.cue is not None else None
            if own is None or not q.start < own.start < own.end <= q.end:
                return None
            return own if "," in self.text[max(q.start, own.start - 3) : own.start] else None
        k = bisect.bisect_left(self.cue_starts, q.start)
        while k < len(self.cues) and self.cues[k].end <= q.end:
            c = self.cues[k]
            # « aucune œuvre, aussi admirée soit-elle, ne justifie qu'… »: a negated verb after a
            # comma is the quotation's own clause going on, no incise (an incise is never negated).
            if self._comma_before_incise(q.start, c.start) and not getattr(c, "negated", False):
                return c
            k += 1
        return None

    def _comma_before_incise(self, lo: int, start: int) -> bool:
        """Whether a comma sets off the verb at ``start`` (not before ``lo``), maybe past the object
        pronouns of its incise (« Ce contrat, nous dit sa présidente, … »)."""
        before = self.text[max(lo, start - _INCISE_CLITIC_REACH) : start]
        comma = before.rfind(",")
        return comma >= 0 and _only_clitics(before[comma + 1 :])

    def _cue_any(self, q: Candidate, s_start: int, s_end: int) -> Any:
        if q.cue is not None:
            return self.cues[q.cue]
        k = bisect.bisect_left(self.cue_starts, s_start)
        return self.cues[k] if k < len(self.cues) and self.cues[k].start < s_end else None

    def _in_marks(self, pos: int, *, around: Candidate | None = None) -> bool:
        """Whether ``pos`` is inside marks; with ``around``, marks that do not hold that quote
        too (an answer's « Les commerçants me le disent : « … » »: the cue and the words it
        introduces stand in the same marks)."""
        k = bisect.bisect_right(self.marked_starts, pos) - 1
        if k < 0 or not self.marked[k][0] < pos < self.marked[k][1]:
            return False
        return around is None or not self.marked[k][0] < around.start < around.end <= self.marked[k][1]

    # -- where is the speaker ------------------------------------------------------------
    def _speaker(
        self, rule: Rule, q: Candidate, cue: Any, s_start: int, s_end: int, previous: Assignment | None
    ) -> Mention | None:
        where = rule.speaker
        if where == "in-cue":
            if not self._impersonal(cue):
                return self._pronoun_in_cue(cue)
            # "souligne-t-on de source diplomatique": the words after say who. "indique-t-on au
            # ministère", words after that name nobody: the indefinite pronoun itself (no earlier
            # speaker carried over). "précise-t-on.", nothing after: other rules may carry one;
            # not "a-t-on appris.": whoever learns the words names no earlier speaker.
            found = self._named_after_cue(cue.end, s_end) or self._side_after_cue(cue.end, s_end)
            if found is None and (same := self._same_source(cue, s_end, previous)) is not None:
                return same  # "« … », indique-t-on de même source": whoever spoke last
            if found is None and reading_verb(cue.lemma) and (read := self._read_in(q, cue)) is not None:
                return read  # "Mediapart publie une enquête. X est « … », peut-on lire.": the publication
            if found is None and reading_verb(cue.lemma) and previous is not None and read_on_at(self.text, cue.end, s_end):
                return self._last_mention(previous)  # "« … », écrivent les ministres. « … », peut-on lire plus loin."
            if found is None and (not _ends_clause(self.text, cue.end, s_end) or learning_verb(cue.lemma)):
                found = self._pronoun_in_cue(cue, indefinite=True)
                if found is not None:
                    # "« … », pouvait-on lire sur une banderole": the crowd named before.
                    found = self._slogan_crowd(q, s_start, s_end) or found
            return found
        if where == "after-cue":
            if q.marks is not None and (rule.cue == "incise" or (rule.cue == "after" and cue.form == "finite"
                                                                 and not disputes_quote(self.text, q.marks[1], cue)
                                                                 and not reports_another_quote(self.text, q.marks[1], cue))):
                # "« cher Bibi », Emmanuel Macron a rappelé": the subject stands before the verb;
                # so it does before a later finite cue ("En saluant « … » des secouristes, le
                # président a annoncé des mesures": not the object after it).
                if q.kind == Kind.PARTIAL and (owner := self._speech_complement(q, s_start)) is not None:
                    # "Après les propos de X sur le « … » algérien, Alger a rappelé son ambassadeur":
                    # words in the complement of a noun of speech are its owner's, not the subject's
                    # that reacts to them.
                    return owner
                before = self._subject_between(q.marks[1], cue.start) or self._pronoun_before_cue(q.marks[1], cue.start)
                if (before is None and _COLON_AFTER_MARK.match(self.text, q.marks[1], cue.start) is not None
                        and self._after_colon(q, cue.start) is None):
                    # "« … » : à Bondy, les jeunes racontent les contrôles": a headline's noun
                    # phrase before the verb is its subject, not the object after it (a mention
                    # there is left to quote-then-colon).
                    before = self._np_before(cue.start, q.marks[1])
                if before is not None:
                    return before
            if rule.cue == "after" and cue.form == "gerund" and q.marks is not None and cue.start >= q.marks[1]:
                # "…a appelé à soutenir les « … », en reprenant des mots de son père": a gerund
                # shares the subject of its clause; the noun phrase after it is its object.
                return None
            if cue.form == "preposition" and self._relative_cue(cue):
                if (antecedent := self._person_relative_antecedent(cue, s_start) or self._stacked_relative_antecedent(cue, s_start)) is not None:
                    return antecedent
                if (clause := self._relative_clause_speaker(q, cue, previous)) is not None:
                    return clause
                # "les accusations formulées par Moscou selon lesquelles …": the antecedent speaks.
                found = self._before(cue.start, s_start, exclude=(q.start, q.end), governed=True)
                return self._described_before(found, s_start) or found
            comma = self.text.find(",", cue.end, s_end) if cue.form == "preposition" else -1
            if (0 <= comma < q.start and cue.lemma in grammar().fronted_only_prepositions
                    and generalising_quantifier().match(self.text, cue.end, comma) is not None):
                # "Pour beaucoup de Belges, il était « … »": a vague share of a group is the
                # writer's generalisation (generalising_quantifiers), no source of the words.
                return None
            if cue.form == "preposition" and (owned := self._possessed_speech(cue.end, comma if comma >= 0 else s_end)) is not None:
                return owned  # "D'après ses déclarations, …": the possessive stands for whose words they are
            prep = cue.form == "preposition" or self._impersonal(cue)
            if cue.form == "preposition" and " " in cue.text and (across := self._mention_across(cue)) is not None:
                return across  # "De source proche de l'enquête, …": the cue's last word heads the source named
            found = self._pronoun_in_cue(cue) or self._after(cue.end, s_end, allow_prep=prep, incise=rule.cue in ("incise", "inside") and self._is_incise(cue))
            if (found is None and cue.form == "preposition" and " " in cue.text
                    and cue.text.rsplit(None, 1)[-1].casefold() in _fused_prepositions()):
                # "…, selon les termes du| commandement militaire": a cue ending in its fused
                # article leaves the noun after it with no determiner of its own.
                lo = cue.end + len(self.text[cue.end : s_end]) - len(self.text[cue.end : s_end].lstrip(" \u00a0"))
                bare_np = _bare_np().match(self.text, lo, min(s_end, lo + _SUBJECT_WINDOW))
                if bare_np is not None and bare_np.group()[:1].isalpha():
                    found = self._np_mention(bare_np)
            if (found is not None and rule.cue == "inside" and cue.form == "finite" and cue.end <= found.start
                    and plural_cue(cue) and _singular_opening(self.text, found.start, found.end)):
                # « Les faits, commis…, justifient le prononcé d'une peine. »: a plural verb after an
                # aside's comma, a singular noun phrase after it, is the clause's verb and its object.
                return None
            if (found is not None and cue.end <= found.start and learning_verb(cue.lemma)
                    and _learnt_from().match(self.text, found.end, s_end) is not None):
                # "…, a appris l'AFP de source gouvernementale": who learns names who told.
                told = self._named_after_cue(found.end, s_end)
                if told is not None:
                    return told
            if found is not None and self.any_voice and cue.form != "preposition" and cue.end <= found.start:
                # "« … », a démenti Téhéran par la voix de son porte-parole, Nasser X": the person
                # the voice marker after the inverted subject names spoke for it.
                hi = q.start if found.end <= q.start else len(self.text[:s_end].rstrip(" .!?…\u00a0\u202f"))
                voice = self._voice(found.end, hi, q)
                if voice is not None:
                    return voice
            if found is not None and cue.form == "preposition" and 0 <= comma < q.start and (
                    q.start <= found.start or (q.kind == Kind.PARTIAL and comma < found.start
                                               and not self.text[found.end : q.start].strip(_SPACES_AND_OPENING))):
                # "Selon un journaliste présent sur place, la police a chargé": the source is the
                # noun phrase before the comma, never a subject of the words reported after it,
                # nor the subject right before a fragment of the clause ("Selon X, les agents « … »").
                k = bisect.bisect_left(self.m_starts, cue.end)
                if k < len(self.mentions) and self.mentions[k].end <= comma:
                    return self.mentions[k]  # "Aux dires d'Irène,": a name the np pattern does not read
                # "Aux yeux des| élus,": after a cue ending in its article, a noun with none.
                lo = cue.end + len(self.text[cue.end : comma]) - len(self.text[cue.end : comma].lstrip())
                bare = cue.text[-1:] in "'\u2019" or cue.text.rsplit(None, 1)[-1].casefold() in _complement_link_words()
                np = self._opening_np(cue.end, comma) or (_bare_np().match(self.text, lo, comma) if bare else None)
                if np is None:
                    return None
                return self._participle_phrase(np, comma + 1) or self._np_mention(np)
            if (found is None or found.start > comma) and cue.form == "preposition" and 0 <= comma < q.start:
                # "Pour un banquier qui a suivi ces dossiers, …": a restrictive subject relative
                # (no comma before it) describes the fronted source; its noun phrase speaks, not a
                # name of the words reported after its comma (« …, la méthode X a « … » »).
                return self._np_before_subject_relative(cue.end, comma) or found
            return found
        if where == "before-cue":
            semi = self.text.rfind(";", s_start, cue.start)
            if semi >= 0 and not self._in_marks(semi):
                s_start = semi + 1  # "X réclame … ; la direction accepte, tout en dénonçant des « … »": its own clause
            if q.kind == Kind.PARTIAL and (source := self._fronted_source_of(q, cue, previous)) is not None:
                return source
            if q.kind == Kind.PARTIAL and (reporter := self._unsaid_words_reporter(q, cue, previous)) is not None:
                return reporter
            if cue.form == "finite" and cue.lemma in grammar().relative_fears and (held := self._fear_source(cue, s_start)) is not None:
                return held
            gapped = self._gapped_subject(cue, q) if q.kind == Kind.PARTIAL and cue.end < q.start else None
            if gapped is not None:
                return gapped
            if q.kind == Kind.PARTIAL and (postposed := self._incise_subject_before_marks(cue, q)) is not None:
                return postposed
            # A gerund ("…, rappelant que") shares the subject of the main clause, not the
            # words just before its comma.
            subject = (self._absolute_subject(cue, s_start) or self._bound_gerund_subject(cue, s_start)
                       or self._incise_subject_before(cue, s_start) or self._gerund_object(cue, s_start)
                       or self._gerund_shared_cue(cue, s_start) or self._auxiliary_subject(cue, s_start)
                       or self._simple_finite_subject(cue, s_start)
                       if cue.form == "gerund" else None) or (
                self._incise_subject_before(cue, s_start) if cue.form == "infinitive" and self._after_comma(cue.start) else None
            ) or self._purpose_subject(cue, s_start) or self._subject(
                self._verb_of_noun_cue(cue), s_start, exclude=(q.start, q.end), adjacent=cue.form != "gerund") or (
                self._gerund_main_subject(cue, s_start) if cue.form == "gerund" else None) or (
                self._fronted_gerund_subject(cue, q, s_start, s_end) if cue.form == "gerund" else None)
            if subject is not None and subject.kind == "pronoun" and (text := self._text_before_relative(subject, s_start)) is not None:
                subject = text  # "une lettre envoyée par l'accusé, dans laquelle il écrivait que": the letter's author
            if (q.kind == Kind.DIRECT and cue.end < q.start and (colon := _COLON_BEFORE_MARK.search(self.text, cue.end, q.start)) is not None
                    and (voicer := self._voicer(cue.end, colon.start()) or self._floor_receiver(cue.end, colon.start())) is not None):
                # "Beaucoup se souviennent du vœu lancé par X : « … »": X said them; "Le journal
                # évoque le drame et donne la parole à X, qui … : « … »": whom it hands the floor to.
                return voicer
            if (q.kind == Kind.DIRECT and cue.end < q.start and quoting_verb(cue.lemma)
                    and subject is not None and (self._press(subject) or self._press_pronoun(subject, previous))
                    and (colon := _COLON_BEFORE_MARK.search(self.text, cue.end, q.start)) is not None
                    and (cited := self._cited(cue.end, colon.start())) is not None):
                # "Le quotidien cite le ministre : « … »": the minister said them; a person
                # citing an author (le président a cité Tolstoï : « … ») speaks the words himself.
                return cited
            if (q.kind == Kind.DIRECT and cue.end < q.start and reading_verb(cue.lemma)
                    and _COLON_BEFORE_MARK.search(self.text, cue.end, q.start) is not None
                    and (read := self._authored_text(cue.end, q.start)) is not None):
                # "La partie civile a lu une lettre de la mère de la victime : « … »": the words
                # read out are the author's (not "X a répondu à une lettre de Y : « … »").
                return read
            if subject is not None and self._indefinite(subject):
                # "On lit dans Le Monde que …", "on apprend via l'AFP que …": the words between
                # the cue and the quotation say who, else a phrase opening the sentence.
                # "on y rappelle que la taxe frappe…, « … »": the words after the cue's que are
                # what is reported, never who says it.
                que_end = getattr(cue, "que_end", None)
                named_end = que_end if que_end is not None and cue.end <= que_end < q.start else q.start
                named = self._named_after_cue(cue.end, named_end) if cue.end < q.start else None
                same = (self._same_source(cue, q.start, previous) if cue.end < q.start else None) or (
                    self._fronted_same_source(subject, s_start, previous))
                read = self._read_in(q, cue) if reading_verb(cue.lemma) else None
                return (self._perceived(subject) or self._fronted_speaker(subject, s_start) or named or same or read
                        or self._placed_side(cue, s_start, previous) or self._placed_fronted(cue, s_start)
                        or self._slogan_crowd(q, s_start, s_end) or subject)
            if (subject is not None and subject.kind == "np" and names_a_thing(subject.text)
                    and _noun_complement_link().search(subject.text) is None):
                # "La visite confirme « un réchauffement »": a thing, nobody who speaks ("Le sommet
                # du G7 a appelé à …" names whose meeting: its members speak through it).
                subject = None
            if subject is not None and subject.kind == "np" and (owned := self._possessed_speech(subject.start, subject.end)) is not None:
                # "Son message se voulait rassurant : « … »": words whose noun a possessive opens
                # are the possessor's, as in « Sa réplique a fusé : »; the noun holds no pen.
                subject = owned
            return self._voice(s_start, cue.start, q) or self._voice(cue.end, q.start, q) or subject
        if where == "nearest-before-cue":
            if cue.form == "preposition" and self._relative_cue(cue):
                # "les accusations formulées par Londres selon lesquelles …", "les informations
                # du Devoir selon lesquelles …": the complement ending the antecedent, right
                # before the relative, says whose words they are.
                governed = self._before(cue.start, s_start, exclude=(q.start, q.end), governed=True)
                if governed is not None and governed.after_preposition and not self.text[governed.end : cue.start].strip():
                    return governed
                if (antecedent := self._person_relative_antecedent(cue, s_start) or self._stacked_relative_antecedent(cue, s_start)) is not None:
                    return antecedent
                end = len(self.text[: cue.start].rstrip(" \u00a0\u202f"))
                if (self.text[end - 1 : end] != "," and (owner := self._np_ending_at(end, s_start)) is not None
                        and _complement_link_before().search(self.text, max(s_start, owner.start() - _LINK_REACH), owner.start())):
                    # "les accusations de certains médias selon lesquelles …": the noun phrase the
                    # antecedent's complement link opens, no mention in it, owns the claim.
                    return self._np_span(owner.start(), owner.end())
                # "…, une idée écartée par les pompiers, selon qui …": the noun phrase closing the
                # words before the relative's comma, when no mention ends there.
                end = len(self.text[: cue.start].rstrip(" \u00a0\u202f"))
                if (self.text[end - 1 : end] == "," and governed is not None and governed.after_preposition
                        and not self.text[governed.end : end - 1].strip()
                        and self._speech_owner(max(s_start, governed.start - _SPEECH_LEAD_REACH), governed.end) is governed):
                    # "les accusations de Berlin, selon lesquelles …": the owner of the words the
                    # speech noun names, set off before the relative, made the claim.
                    return governed
                if (self.text[end - 1 : end] == "," and governed is not None
                        and not self.text[governed.end : end - 1].strip() and self._agent_of(governed)):
                    # "…, écartée par la Sécurité civile française, selon qui …": the passive's
                    # agent closing them.
                    return governed
                if self.text[end - 1 : end] == "," and (governed is None or self.text[governed.end : end - 1].strip()):
                    np = self._np_ending_at(end - 1, s_start)
                    if (np is not None and governed is not None and governed.kind in ("anonymous", "role")
                            and _link_gap().fullmatch(self.text, governed.end, np.start()) is not None):
                        # "une source au ministère de l'Intérieur, selon laquelle": the noun phrase
                        # completes the source's description, which owns the claim whole.
                        return replace(governed, end=np.end(), text=self.text[governed.start : np.end()])
                    if np is not None and not self._in_marks(np.start()):
                        # "Charlie X, un commentateur conservateur, selon lequel": the name the
                        # description is set off after.
                        lead = len(self.text[: np.start()].rstrip(" \u00a0\u202f")) - 1
                        k = bisect.bisect_left(self.m_starts, lead) - 1
                        if (lead > s_start and self.text[lead] == "," and k >= 0 and self.mentions[k].kind == "name"
                                and not self.text[self.mentions[k].end : lead].strip()):
                            return self.mentions[k]
                        return self._np_span(np.start(), np.end())
            return self._before(cue.start, s_start, exclude=(q.start, q.end))
        if where == "before-colon":
            colon = self.text.rfind(":", s_start, q.start)
            # "X fait une déclaration sur la ligne Lyon-Turin : « … »": the clause's subject, not
            # the last word before the colon.
            if colon < 0:
                return None
            # "Réponse de X, le soir même : « … »": a speech noun opening the sentence names the speaker.
            # "Sa réplique a fusé : « … »": a possessive before it points back to its possessor,
            # the speaker of a quote in the sentence just before, else whom the pronoun takes back.
            # "…, avant d'être interrompu par la ministre : « … »": the interrupter said them.
            # "X laisse le dernier mot à Fadila, 72 ans : « … »": whom X hands the floor to.
            interrupter = (self._interrupter(s_start, colon) or self._voicer(s_start, colon)
                           or self._floor_receiver(s_start, colon) or self._excerpted_text(s_start, colon))
            if interrupter is not None:
                return interrupter
            owner = self._speech_owner(s_start, colon, opening=True)
            possessive = self._possessed_speech(s_start, colon) if owner is None else None
            if possessive is not None:
                last = previous.quote if previous is not None else None
                if (last is not None and previous is not None and previous.mention is not None and last.end <= s_start
                        and len(_SENTENCE_END.findall(self.text, last.end, s_start)) <= 1):
                    return previous.mention
                return possessive
            if owner is None and self._bare_speech_subject(s_start, colon):
                return None  # "Un seul mot pour notre équipe : « … »": words of whoever the paragraph is about
            # "Martine, 54 ans : « … »": an age set off before the colon completes the name before it.
            subject = self._subject(self._manner_before(s_start, self._age_before(s_start, colon)), s_start,
                                    exclude=(q.start, q.end), adjacent=False)
            if subject is not None and _hears(self.text[subject.end : colon]) and self._indefinite(subject):
                # "on entend un gendarme crier : « … »", "on l'entend dire : « … »": the one heard.
                subject = self._perceived(subject, colon) or subject
            return (owner
                    or self._document_before_colon(s_start, colon)
                    or self._speaking_text_before_colon(s_start, colon)
                    or subject
                    or self._speech_owner(s_start, colon)
                    or self._opening_clause(s_start, colon, _colon_clause())
                    or self._side_before_colon(s_start, colon))
        if where == "label":
            return self._label(q)
        if where == "signature":
            return self._signature(q)
        if where == "previous-quote":
            return previous.mention if previous is not None else None
        if where == "previous-answer":
            # "— Que répondez-vous au ministre, qui assure que… ? — Qu'il vienne…": a quote
            # inside the question between two answers does not answer; the last answer's speaker does.
            answer = self._last_answer.get(q.rule)
            return answer.mention if answer is not None and previous is not None else None
        if where == "enclosing-clause":
            # "… a rappelé, dans un communiqué, que X et Y étaient « des otages »": the clause's speaker.
            outer = previous.quote if previous is not None else None
            enclosed = outer is not None and outer.kind == Kind.INDIRECT and outer.start <= q.start and q.end <= outer.end
            # "X, a indiqué Y, « défendra … » et « ne tolérera … »": a second fragment of the clause
            # has the first one's speaker, the clause's.
            enclosed = enclosed or (outer is not None and previous is not None and previous.rule == rule.id
                                    and self._same_reported(outer.start, q.end))
            return previous.mention if enclosed and previous is not None else None
        if where == "first-name":
            return self._interviewee(q) or self._first_name(q.start)
        if where == "after-colon":
            return self._after_colon(q, s_end)
        if where == "sentence-subject":
            if self._impersonal_report(q, s_start):
                return None  # "Il lui est reproché d'avoir « … »": no one's words the sentence names
            reported = self._reported_on(q, s_start, previous)
            if reported is not None:
                return reported
            announcer = self._passive_announcer(q, s_start)
            if announcer is not None:
                return announcer
            if (continued := self._incise_continued(q, s_start, previous)) is not None:
                return continued
            subject = self._subject(q.start, s_start, exclude=(q.start, q.end))
            if subject is not None and self._indefinite(subject):
                # "À Bercy, on entend « tirer toutes les leçons »": the body a fronted place names;
                # "Dans les cortèges, on entend le mot d'ordre « … »": the crowd named before.
                return self._fronted_speaker(subject, s_start) or self._slogan_crowd(q, s_start, s_end) or subject
            return subject
        if where == "agent-after-quote":
            return self._agent(q, s_end)
        if where == "agent-after-participle":
            # "une hausse jugée « insuffisante » par les syndicats": the agent, not the sentence's subject.
            if q.marks is None:
                return None
            lo = max(s_start, q.marks[0] - _REACH)
            found = _participle_before().search(self.text, _last_words_start(self.text, lo, q.marks[0], 2), q.marks[0])
            if found is None:
                return self._agent_before(q.marks[0], lo)
            # "a été vue « … »": the short word may be the participle itself, the first one an auxiliary.
            short = found.group("short")
            at = found.start("short") if short and short.endswith(telling_participle_endings()) else found.start()
            if _compound_tense(self.text, max(s_start, at - _REACH), at):
                return None
            if not self._judging_participle(at, short):
                # "la décision a été prise « à l'unanimité » par le bureau": the agent of an act
                # (prise, fait, laissées) did it, nobody says the words in marks through it.
                return None
            # "jugé par la majorité de « … »": a noun ending like a participle (« majorité »), no
            # agent after the marks; the participle and its agent before them.
            return self._agent(q, s_end) or self._agent_before(q.marks[0], lo)
        if where == "speech-complement":
            # "qualifiant la France d'« arrogante » et d'« hypocrite »": a coordinated quotation shares it.
            last = previous.quote if previous is not None else None
            if (last is not None and previous is not None and previous.rule == rule.id and last.marks is not None
                    and q.marks is not None and s_start <= last.start
                    and _coordinated_marks().fullmatch(self.text, last.marks[1], q.marks[0])):
                return previous.mention
            return self._speech_complement(q, s_start)
        if where == "crowd":
            # "Des milliers de personnes ont défilé aux cris de « … »": the crowd, not the
            # subject ("les deux dirigeants ont été accueillis par les huées de… aux cris de").
            if q.marks is None:
                return None
            # "aux cris de « … » lancés par une partie des grévistes": the participle's agent shouted them.
            by = _participle_agent_after().match(self.text, q.marks[1], q.marks[1] + _PARTICIPLE_AGENT_REACH)
            if by is not None and (agent := self._agent_at(by.end())) is not None:
                return agent
            crowd = None
            for found in _crowd_phrase().finditer(self.text, s_start, q.marks[0]):
                crowd = found
            if crowd is None:
                # "Aux cris de « … », les manifestants ont envahi la place": the subject after the slogans.
                past = _slogans_then_comma().match(self.text, q.marks[1])
                crowd = _crowd_phrase().match(self.text, past.end()) if past is not None else None
                if crowd is None and past is not None:
                    return self._plural_pronoun_at(past.end())
            return self._np_span(crowd.start(), crowd.end()) if crowd is not None else None
        if where == "post-crowd":
            return self._post_crowd(q)
        if where == "back-reference":
            return self._back_reference(q)
        if where == "said-by-next":
            return self._said_by_next(q)
        if where == "next-subject":
            # Only before anyone has spoken: later, a quotation without a cue continues the discourse,
            # unless the next sentence names the message's source (« … » Nouveau message du président).
            return self._message_source(q) or (self._next_subject(q) if previous is None else None)
        if where == "discourse":
            if self._impersonal_report(q, s_start):
                return None  # "Il est à noter que …", "Il se dit que …": nobody's words, no focus either
            # Resolved later against the document's focus: the last speaker or subject named.
            return Mention(q.start, q.start, "", "discourse", head_start=q.start)
        return self._before(q.start, s_start, exclude=(q.start, q.end)) or self._after(q.end, s_end)

    def _impersonal_report(self, q: Candidate, s_start: int) -> bool:
        """Whether the sentence of ``q`` opens, before it, with the impersonal pronoun and a form
        of ``impersonal_reports`` (``Il est à noter que``, ``Il se dit que``, ``Il lui est reproché``)."""
        lead = _skip_blank(self.text, s_start)
        return self.text[lead : lead + 2] in impersonal_heads() and impersonal_report().match(self.text, lead, q.start) is not None

    def _verb_of_noun_cue(self, cue: Any) -> int:
        """Where the subject of a cue is looked for before: before the verb that governs it
        (see :meth:`governing_cue`)."""
        return int(self.governing_cue(cue).start)

    def governing_cue(self, cue: Any) -> Any:
        """The verbal cue a noun cue right after it completes (``X a dénoncé dans un communiqué
        « … »``: its subject stands before the verb), else ``cue`` itself. An infinitive cue
        after a directive one and its object, words only between them, is governed by it too:
        the object is asked to do the speaking (``X a appelé le gouvernement à répondre … « … »``:
        X's words)."""
        if cue.form not in ("noun", "infinitive"):
            return cue
        k = bisect.bisect_left(self.cue_starts, cue.start) - 1
        if k < 0:
            return cue
        before = self.cues[k]
        if cue.form == "noun":
            # "X a dénoncé, dans une déclaration, « … »": the noun cue set off by commas is the verb's too.
            gap = self.text[before.end : cue.start]
            return before if before.form in _VERBAL and not (gap.strip(_SET_OFF) if "," in gap else gap.strip()) else cue
        if (before.form == "finite" and before.stance == "directive" and before.que_end is None
                and cue.start - before.end <= _DIRECTED_OBJECT_CHARS
                and _DIRECTED_OBJECT.fullmatch(self.text, before.end, cue.start) is not None):
            return before
        return cue

    def _signature(self, q: Candidate) -> Mention | None:
        """``Pensées pour les habitants…⏎— Rémi X (@RemiX) August 14, 2026``: the author's name
        on the line that signs an embedded post, a mention found there or the name as written."""
        span = signature_name(self.text, q.end)
        return self._mention_or_name(*span) if span is not None else None

    def _mention_or_name(self, start: int, end: int) -> Mention:
        """The mention (no pronoun) opening at ``start`` and ending by ``end``, else the name as written there."""
        k = bisect.bisect_left(self.m_starts, start)
        if k < len(self.mentions) and self.mentions[k].end <= end and self.mentions[k].kind != "pronoun":
            return self.mentions[k]
        return Mention(start, end, self.text[start:end], "name", head_start=start)

    def _label(self, q: Candidate) -> Mention | None:
        """``Claire Dumont : Nous agirons.``: the mention that opens the line of an interview
        turn, before its words (none for initials: the next rules carry the last speaker)."""
        line = self.text.rfind("\n", 0, q.start) + 1
        k = bisect.bisect_left(self.m_starts, line)
        if k < len(self.mentions) and self.mentions[k].end <= q.start and self.mentions[k].kind != "pronoun":
            return self.mentions[k]
        capitals = capitals_label(self.text, line, q.end)
        if capitals is not None:
            # "GABRIEL ATTAL. – Non.": a name in capitals, as the label writes it.
            start, end = capitals
            return Mention(start, end, self.text[start:end].title(), "name", head_start=start)
        return None

    def _after_colon(self, q: Candidate, s_end: int) -> Mention | None:
        """``« Nous ne céderons pas » : face aux syndicats, Élisabeth Borne reste inflexible``:
        the first mention after the colon that follows the marks, no preposition governing it."""
        if q.marks is None:
            return None
        colon = self.text.find(":", q.marks[1], min(s_end, q.marks[1] + _COLON_REACH))
        k = bisect.bisect_left(self.m_starts, colon) if colon >= 0 else len(self.mentions)
        while k < len(self.mentions) and self.mentions[k].start < s_end:
            m = self.mentions[k]
            if not m.after_preposition and m.kind != "pronoun":
                return m
            k += 1
        return None

    def _first_name(self, before: int, after: int = 0) -> Mention | None:
        """The first name the text gives from ``after`` to ``before``, out of quotation marks: in an
        interview, the headline or the introduction names the person interviewed first; not the
        complement of a noun (``name_complement_links``: « entretien avec le maire de Marseille »)."""
        return next((m for m in self.mentions[bisect.bisect_left(self.m_starts, after) : bisect.bisect_left(self.m_starts, before)]
                     if m.kind == "name" and not self._in_marks(m.start)
                     and not _complement_link_before().search(self.text, max(0, m.start - 5), m.start)), None)

    def _first_person(self, start: int, end: int, asked: str = "") -> Mention | None:
        """The first name from ``start`` to ``end``, out of quotation marks and governed by no
        preposition, whose first word is a known first name (``first_names.json``) or a title
        (« le P. Jean X »): a person.
        A name set after a description a preposition governs (« Après l'arrestation de l'homme
        d'affaires Jean X, la sociologue Claire Y revient sur… ») is a complement too: the next
        person is taken when there is one."""
        found = [m for m in self.mentions[bisect.bisect_left(self.m_starts, start) : bisect.bisect_left(self.m_starts, end)]
                 if m.kind == "name" and not m.after_preposition and not self._in_marks(m.start)
                 and names_person(m.text)]
        # "Le Français Paul-Henri X figurait parmi les victimes. Yves Y, son ancien équipier, … ⏎
        # Comment avez-vous appris la mort de Paul-Henri X ?": the person the first question speaks
        # of (``asked``) is the one in the news, not the one it is put to.
        named = set(_NAME_WORDS.findall(asked)) if asked else set()
        found = [m for m in found if m.text.rsplit(" ", 1)[-1] not in named] or found
        # "L'opposant Paul X a été arrêté lundi. Le politiste Jean Y, auteur de …, décrypte la crise.":
        # the subject of an analyst's verb (interview.json ``analyst_verbs``), right before it or
        # before the comma closing its apposition, is the person interviewed, not the one in the news
        # (nor a name ending the apposition: « Jean X, auteur d'un livre sur Paul Y, revient sur… »).
        for verb in analyst_verbs_at(self.text, start, end):
            for m in reversed(found):
                gap = self.text[m.end : verb].strip(" \u00a0\u202f")
                if m.end <= verb and verb - m.end <= _ANALYST_APPOSITION_CHARS and (
                        not gap or len(gap) > 1 and gap[0] == "," and gap[-1] == "," and not _SENTENCE_END.search(gap)):
                    return m
        return next((m for m in found if not _apposed_to_governed(self.text, m.start)), found[0] if found else None)

    def _interviewee(self, q: Candidate) -> Mention | None:
        """The first answer of an interview without labels that an article leads up to: the first
        name of the introduction right before its first question (« …, nous avons interrogé Julien
        X, chercheur… ⏎ Pourquoi… ? ⏎ Parce que… »), when that introduction does not name the
        text's first name again (a headline naming the person interviewed keeps them) and no
        preposition governs it (« interrogée par Paul X »: the interviewer)."""
        question = _paragraph_before(self.text, q.start)
        if question is not None and self.text[question[1] - 1] == "?" and (
                name := greeted(self.text, question[0], question[1])) is not None:
            # "– Claire X, bonjour. Faut-il … ?": the question greets the person who answers.
            return self._mention_or_name(*name)
        intro = _paragraph_before(self.text, question[0]) if question is not None else None
        if intro is not None and signature(self.text, *intro):
            # "Recueilli par Anne X" between the introduction and the first question: the
            # interviewer's signature; the introduction before it presents the person interviewed,
            # the first person it names by a known first name (« la géographe Hélène X, autrice
            # de … »), whatever places or things it names before.
            intro = _paragraph_before(self.text, intro[0])
            asked = self.text[question[0] : question[1]] if question is not None else ""
            if intro is not None and (person := self._first_person(*intro, asked)) is not None:
                return person
        if question is None or intro is None or self.text[question[1] - 1] != "?":
            return None
        at = presented_at(self.text, intro[0], intro[1])
        if at is not None:
            # "… Décryptage avec Claire X." hands over to the person interviewed, whoever else
            # the introduction or the question names.
            k = bisect.bisect_left(self.m_starts, at)
            if k < len(self.mentions) and self.mentions[k].start == at and self.mentions[k].kind != "pronoun":
                return self.mentions[k]
        named = self._first_name(intro[1], intro[0])
        first = self._first_name(q.start)
        if (named is None or named.after_preposition or first is None
                or first.text.split()[-1] in self.text[intro[0] : intro[1]]):
            # "…, interrogée par Paul X, revient sur l'hiver": the name a preposition governs is
            # the interviewer's; the headline's person is the one interviewed.
            return None
        return named

    def _back_reference(self, q: Candidate) -> Mention | None:
        """``« … » C'est par ces mots que la maire a ouvert le conseil``: the subject the words
        right after the marks refer the quotation to."""
        if q.marks is None:
            return None
        back = _back_reference().match(self.text, q.marks[1])
        sent = self.sentences.at(back.end()) if back is not None else None
        if back is None or sent is None:
            return None
        return self._after(back.end(), sent[1], allow_prep=True)

    def _next_subject(self, q: Candidate) -> Mention | None:
        """``« … » La secrétaire générale de la CGT, Sophie Binet, n'a pas mâché ses mots``: a
        quotation opening its paragraph, whose next sentence in the paragraph opens with its subject."""
        if q.marks is None or q.marks[0] > 0 and self.text[q.marks[0] - 1] != "\n" and not self._stamped_entry(q.marks[0]):
            return None
        sent = self.sentences.at(_skip_blank(self.text, q.marks[1]))
        if sent is None or sent[0] < q.marks[1] or "\n" in self.text[q.marks[1] : sent[0]]:
            return None
        m = self._after(sent[0], sent[1])
        # A name, a role or a body: not any noun phrase (« La phrase, lâchée… » is the quotation itself).
        return m if m is not None and m.kind != "np" else None

    def _message_source(self, q: Candidate) -> Mention | None:
        """``12:30 – « … » Nouveau message du président, peu après : …``: a quotation opening its
        paragraph (or a live entry), the next sentence opening with a channel noun (names.json
        ``channel_nouns``, maybe after one word) and its complement: that complement sent it."""
        if q.marks is None or q.marks[0] > 0 and self.text[q.marks[0] - 1] != "\n" and not self._stamped_entry(q.marks[0]):
            return None
        sent = self.sentences.at(_skip_blank(self.text, q.marks[1]))
        if sent is None or sent[0] < q.marks[1] or "\n" in self.text[q.marks[1] : sent[0]]:
            return None
        lead = _message_lead().match(self.text, sent[0], sent[1])
        if lead is None:
            return None
        k = bisect.bisect_left(self.m_starts, lead.end())
        if k < len(self.mentions) and self.mentions[k].start - lead.end() <= _MESSAGE_SOURCE_GAP and self.mentions[k].end <= sent[1]:
            return self.mentions[k]
        return None

    def _stamped_entry(self, pos: int) -> bool:
        """Whether ``pos`` opens a live page's entry past its time (``12:30 – « … »``)."""
        lo = self.text.rfind("\n", max(0, pos - _STAMP_REACH), pos) + 1
        if lo == 0 and pos > _STAMP_REACH:
            return False
        return past_timestamp(self.text, lo, pos) == pos

    def _is_incise(self, cue: Any) -> bool:
        """A verbal cue set off right after the quote (« … », a dit X; « … ? » demande X),
        whose object is the quote: what follows it is its subject."""
        if cue.form not in _VERBAL:
            return False
        lead = comparative_connector(self.text, cue.start)  # ", comme l'a dit X" is an incise too
        stop = lead if lead is not None else cue.start
        before = self.text[max(0, stop - _INCISE_LEAD) : stop].rstrip(" \u00a0\u202f")
        if before.endswith(","):
            return True
        return before[-1:] in closing_marks() and before[:-1].rstrip(" \u00a0\u202f")[-1:] in "?!…"

    def _agent(self, q: Candidate, s_end: int) -> Mention | None:
        """``qualifié de « gourou » par un dirigeant du parti``: the agent introduced right after the marks."""
        if q.marks is None:
            return None
        by = _words().agent.match(self.text, q.marks[1], min(s_end, q.marks[1] + _AGENT_REACH))
        if by is None or _infinitive_object_marks(self.text, q.marks[0]):
            return None  # "devaient démontrer leur « volonté politique » par des actes": par gives the means
        return self._agent_at(by.end())

    def _agent_at(self, pos: int, end: int | None = None) -> Mention | None:
        """The agent whose noun phrase opens at ``pos`` (before ``end``, if given), after its
        preposition: the name in apposition to that noun phrase, else the mention starting there."""
        np = _words().np.match(self.text, pos, len(self.text) if end is None else end)
        if np is not None:
            return self._apposed_name(self._np_mention(np))
        k = bisect.bisect_left(self.m_starts, pos)
        if k < len(self.mentions) and self.mentions[k].start == pos and (end is None or self.mentions[k].end <= end):
            return self.mentions[k]
        return None

    def _said_by_next(self, q: Candidate) -> Mention | None:
        """``« … » Elle a été prononcée par le porte-parole, X, et non par Y``: the sentence right
        after the quotation takes it back as the subject of a passive verb of speech
        (``said_by_subjects``, ``said_by_passives``): its agent said the words."""
        if q.marks is None:
            return None
        sent = self.sentences.at(_skip_blank(self.text, q.marks[1]))
        if sent is None or sent[0] < q.marks[1] or sent[0] - q.marks[1] > _AGENT_REACH:
            return None
        hi = min(sent[1], sent[0] + _SAID_BY_REACH)
        if not self._agent_word_in(sent[0], hi) or not any(p in self.text[sent[0] : hi] for p in _said_by_words()):
            return None  # the common case: no passive of speech opens the next sentence
        by = _said_by().match(self.text, sent[0], hi)
        return self._agent_at(by.end()) if by is not None else None

    def _passive_announcer(self, q: Candidate, s_start: int) -> Mention | None:
        """``La décision a été annoncée mardi par un communiqué de la présidence américaine : les
        soldats seront rentrés « au plus tard le 31 mars »``: the clause after the colon is what the
        passive reporting participle before it announced, so a fragment in it is the words of the
        agent that ends right at the colon (a name, a role or a body the mentions know), not of
        the clause's subject."""
        colon = self.text.rfind(":", s_start, q.start)
        if colon < 0 or not self._agent_word_in(s_start, colon):
            return None  # the cheap test: a colon, and a passive's agent before it
        k = bisect.bisect_left(self.cue_starts, s_start)
        while k < len(self.cues) and self.cues[k].end <= colon:
            c = self.cues[k]
            k += 1
            before = self.text[s_start : c.start].split()
            if c.form != "participle" or not before:
                continue
            # "est annoncée", "a été annoncée": a passive (after avoir, a participle: être's own).
            if before[-1].lower() not in etre_forms() and not (
                    len(before) > 1 and before[-2].lower() in avoir_forms() and before[-1].endswith(telling_participle_endings())):
                continue
            by = _passive_agent().match(self.text, c.end, colon)
            if by is None:
                continue
            j = bisect.bisect_left(self.m_starts, colon) - 1
            while j >= 0 and self.mentions[j].start >= by.start("np"):
                m = self.mentions[j]
                if m.end <= colon and not self.text[m.end : colon].strip(" \u00a0\u202f"):
                    return m if m.kind not in _NAMELESS_KINDS else None
                j -= 1
            return None
        return None

    def _interrupter(self, s_start: int, colon: int) -> Mention | None:
        """``avant d'être interrompu par la ministre : « … »``: a participle of cutting in
        (``interrupting_participles``) and its agent right before the colon: the agent, who
        took the floor, said the words after it, not the subject it cut off."""
        words = _interrupting_words()
        if not words or not any(w in self.text[s_start:colon] for w in words):
            return None  # the common case: no such participle in the clause
        by = _interrupting_agent().search(self.text, s_start, colon)
        if by is None:
            return None
        # A name, a role or a body the mentions know: not any noun phrase (interrompu par les huées).
        k = bisect.bisect_left(self.m_starts, by.start("np"))
        if (k < len(self.mentions) and self.mentions[k].start == by.start("np") and self.mentions[k].end <= colon
                and self.mentions[k].kind not in _NAMELESS_KINDS):
            return self.mentions[k]
        return None

    def _side_before_colon(self, s_start: int, colon: int) -> Mention | None:
        """``Même prudence chez Claire X, sociologue : « … »``: a short verbless lead-in whose
        first mention a side marker (``chez``, ``du côté de``) governs, maybe an apposition in lower
        case after it, names whose words follow the colon."""
        start = past_connector(self.text, past_dateline(self.text, s_start, colon), colon)
        k = bisect.bisect_left(self.m_starts, start)
        if k >= len(self.mentions) or self.mentions[k].end > colon or self.mentions[k].kind in _NAMELESS_KINDS:
            return None
        m = self.mentions[k]
        side = _side_marker_end().search(self.text, max(start, m.start - _FRONTED_LEAD), m.start)
        if side is None or len(self.text[start : side.start()].split()) > _SIDE_LEAD_WORDS or self._in_marks(m.start):
            return None
        rest = self.text[m.end : colon].strip(" \u00a0\u202f")
        if rest and not (rest.startswith(",") and rest[1:].lstrip(" \u00a0")[:1].islower() and "," not in rest[1:]):
            return None  # "chez X, qui …, il …": more than an apposition before the colon
        return m

    def _document_before_colon(self, s_start: int, colon: int) -> Mention | None:
        """``Une note de 2008, en pleine crise, dresse le portrait d'un président …: « … »``: the
        document opening the sentence (:func:`_document_opening`) wrote the words after the colon."""
        start = past_connector(self.text, past_dateline(self.text, s_start, colon), colon)
        found = _document_opening().match(self.text, start, colon)
        if found is None or self._in_marks(found.start("np")):
            return None
        return self._np_span(found.start("np"), found.end("np"))

    def _speaking_text_before_colon(self, s_start: int, colon: int) -> Mention | None:
        """``Ses proches ont publié une lettre manuscrite de l'ex-président, écrite en détention :
        « … »``: a speaking text (:func:`_speaking_text_tail`) closing the clause before the colon,
        no preposition governing it, its complement a name or role the mentions know: the words
        after the colon are that text's, its author's."""
        lo = max(s_start, colon - _SPEAKING_TEXT_REACH)
        if not any(n in self.text[lo:colon] for n in _speaking_text_words()):
            return None  # the common case: no such noun before the colon
        for start in _text_noun_phrase().finditer(self.text, lo, colon):
            found = _speaking_text_tail().match(self.text, start.start(), colon)
            if found is None or self._in_marks(start.start()) or self._governed_word(lo, start.start()):
                continue
            k = bisect.bisect_right(self.m_starts, found.end("owner")) - 1
            if (k >= 0 and self.mentions[k].start >= found.start("owner") and self.mentions[k].end <= found.end("owner")
                    and self.mentions[k].kind not in _NAMELESS_KINDS):
                # "… de la députée Claire X": the name; "… du chef de l'Etat": the text, whose
                # issuer the resolver reads as written (a role there is bound to no one earlier).
                return self.mentions[k] if self.mentions[k].kind == "name" else self._np_span(start.start(), found.end("owner"))
        return None

    def _programme_opens(self, m: Mention, s_start: int) -> bool:
        """Whether a programme the publication ``m`` broadcasts opens the clause ``m`` is in, at the
        sentence's start or after a comma (:func:`_programme_of`)."""
        lo = max(s_start, m.start - _PROGRAMME_REACH)
        found = _programme_of().search(self.text[lo : m.start])
        return found is not None and (lo == s_start or found.group().startswith(","))

    def _voicer(self, lo: int, colon: int) -> Mention | None:
        """``Beaucoup se souviennent du vœu lancé par le pape à son arrivée : « … »``: a noun of
        speech, a participle of ``voicing_participles`` and its agent in ``text[lo:colon]``: the
        agent (a name, a role or a body the mentions know) said the words after the colon."""
        words = _voicing_words()
        if not words or not any(w in self.text[lo:colon] for w in words):
            return None  # the common case: no such participle in the clause
        for by in _voiced_agent().finditer(self.text, lo, colon):
            k = bisect.bisect_left(self.m_starts, by.end())
            if (k < len(self.mentions) and self.mentions[k].start == by.end() and self.mentions[k].end <= colon
                    and self.mentions[k].kind not in _NAMELESS_KINDS and not self._in_marks(by.start())):
                return self.mentions[k]
        return None

    def _press(self, m: Mention) -> bool:
        """Whether ``m`` names a newspaper, an agency or a channel: a publication the registry
        knows, or a noun phrase or a name holding a noun of ``publication_nouns`` (``Le quotidien
        de Kampala``, ``Le Défi Quotidien``)."""
        if m.kind == "publication":
            return True
        if m.kind not in ("np", "name"):
            return False
        return any(w in _publication_words() for w in m.text.casefold().replace("’", "'").replace("'", " ").split())

    def _press_pronoun(self, subject: Mention, previous: Assignment | None) -> bool:
        """``Le quotidien juge la décision « … ». Il cite aussi un magistrat : « … »``: a subject
        pronoun right after a quote given to a newspaper, an agency or a channel takes it back."""
        return (subject.kind == "pronoun" and previous is not None and previous.mention is not None
                and previous.quote is not None and previous.quote.end <= subject.start and self._press(previous.mention)
                and len(_SENTENCE_END.findall(self.text, previous.quote.end, subject.start)) <= 1)

    def _cited(self, cue_end: int, colon: int) -> Mention | None:
        """``Le quotidien cite le ministre de l'Intérieur : « … »``: the direct object of a verb
        of quoting (``quotes_object`` in verbs.json), a name, a role or a body the mentions know,
        right after the verb (a determiner or an adverb in -ment between: ``cite longuement``)
        and closing the clause before the colon, a few lower-case words or an aside set off by a
        comma after it (``cite le Premier ministre sortant``, ``cite X, sous couvert
        d'anonymat``): the one quoted said the words after the colon; the subject relays them
        (``Le journal cite des chiffres : « … »`` names nobody, and the subject stays)."""
        k = bisect.bisect_left(self.m_starts, cue_end)
        if k >= len(self.mentions) or self.mentions[k].end > colon or self.mentions[k].kind in _NAMELESS_KINDS:
            return self._cited_description(cue_end, colon)
        m = self.mentions[k]
        lead = self.text[cue_end : m.start].split()
        if not self._cited_lead(lead):
            # "cite l'exemple de la Suède : « … »": the name completes another object;
            # "cite un irrigant de Mauzé, Bernard : « … »": it completes a person's description.
            return self._cited_description(cue_end, colon)
        rest = self.text[m.end : colon].strip(" \u00a0\u202f")
        if (rest and not rest.startswith(",") and (len(rest.split()) > _CITED_LEAD_WORDS or not rest[:1].islower())
                and not _participle_phrase(rest)):
            return None
        return m

    @staticmethod
    def _cited_lead(lead: list[str]) -> bool:
        """Whether the words between a verb of quoting and its object are a few determiners or
        adverbs (``cited_object_leads``, or an adverb in -ment: ``cite longuement le``)."""
        return len(lead) <= _CITED_LEAD_WORDS and all(
            w.lower() in _cited_object_leads() or w.lower().endswith(grammar().degree_adverb_endings) for w in lead)

    def _cited_description(self, cue_end: int, colon: int) -> Mention | None:
        """``Le quotidien cite un irrigant de la commune, Bernard, 58 ans : « … »``: a person's
        description the mentions do not know, as the object of a verb of quoting: a determiner of
        ``cited_object_leads`` (maybe past an adverb: ``cite aussi un magistrat``), a noun that is
        neither a thing (``l'exemple``) nor a text or speech (``un passage``, ``un rapport``), up to
        a comma or the colon: the one quoted said the words."""
        np = _words().np.search(self.text, cue_end, colon)
        if np is None or not self._cited_lead(self.text[cue_end : np.start()].split()):
            return None
        words = self.text[np.start() : np.end()].replace("’", "'").split()
        first = words[0].lower()
        head = first.split("'", 1)[1] if "'" in first else (words[1].lower() if len(words) > 1 else "")
        if (first.split("'", 1)[0] + ("'" if "'" in first else "") not in _cited_object_leads()
                or not head[:1].isalpha() or head in _text_words() or head in _cited_excerpt_nouns() or names_a_thing(np.group())):
            return None  # "cite des chiffres", "cite un passage du rapport": no one quoted
        rest = self.text[np.end() : colon].strip(" \u00a0\u202f")
        if rest and not rest.startswith(",") and not _participle_phrase(rest) and not self._companion_phrase(np.group(), rest):
            return None
        return self._np_span(np.start(), np.end())

    @staticmethod
    def _companion_phrase(np: str, rest: str) -> bool:
        """Whether ``rest`` is a short prepositional phrase completing the description ``np`` (``une
        visiteuse venue de Lyon avec ses deux enfants``): a preposition of ``names.json``, then a
        few lower-case words, none in marks; never after words said (``cite ses premiers mots à
        l'hôpital``: a noun of speech, whose speaker the phrase does not name)."""
        words = rest.split()
        speech = grammar().speech_nouns
        return (len(words) <= _CITED_COMPANION_WORDS and not any(w.lower() in speech for w in np.split()) and words[0].lower() in _preposition_words()
                and all(w[:1].islower() or w[:1].isdigit() for w in words) and not any(c in rest for c in "«»\"“”"))

    def _floor_receiver(self, lo: int, colon: int) -> Mention | None:
        """``Le journal laisse le dernier mot à Fadila, 72 ans, qui … : « … »``: a verb handing
        someone the floor (:func:`_floor_given`) in ``text[lo:colon]``, then a name, a role or a
        body the mentions know: the one given the floor said the words after the colon."""
        nouns = names_data().get("floor_nouns", ())
        if not nouns or not any(n in self.text[lo:colon] for n in nouns):
            return None  # the common case: nobody is handed the floor
        for given in _floor_given().finditer(self.text, lo, colon):
            k = bisect.bisect_left(self.m_starts, given.end())
            if (k < len(self.mentions) and self.mentions[k].start <= given.end() + 2 and self.mentions[k].end <= colon
                    and self.mentions[k].kind not in _NAMELESS_KINDS and not self._in_marks(given.start())):
                return self.mentions[k]
        return None

    def _age_before(self, s_start: int, colon: int) -> int:
        """Where an age set off right before ``colon`` starts (``Martine, 54 ans :``, spaces before
        its comma included; :func:`mentions.age_after`), else ``colon``."""
        lo = max(s_start, colon - _AGE_TAIL_REACH)
        aged = age_after().search(self.text, lo, colon)
        if aged is None or self.text[aged.end() : colon].strip(" \u00a0"):
            return colon
        start: int = aged.start()
        while start > lo and self.text[start - 1] in " \u00a0":
            start -= 1
        return start

    def _manner_before(self, s_start: int, colon: int) -> int:
        """Where an absolute phrase of manner set off right before ``colon`` starts, its comma
        included (``…, la voix blanche :``: a determiner, one of ``manner_nouns``, a few words),
        else ``colon``."""
        m = _manner_phrase().search(self.text, max(s_start, colon - _MANNER_REACH), colon)
        return m.start() if m is not None else colon

    def _agent_spoke(self, q: Candidate, s_start: int) -> bool:
        """A partial quotation right after a participle set off as an aside, its agent and the short
        word it governs (``X, qualifiée par l'opposition d'« irresponsable », a maintenu…``): the
        agent's words, not those of a verb after the marks read as an incise."""
        if q.kind != Kind.PARTIAL or q.marks is None:
            return False
        return self._agent_before(q.marks[0], max(s_start, q.marks[0] - _REACH)) is not None

    def _agent_before(self, mark: int, lo: int) -> Mention | None:
        """``accusées par les manifestants de « … »``: the agent between a participle and the short
        word it governs, right before the marks (the agent's words, not the subject's)."""
        # The agent's preposition stands in any match: most windows hold none (see agent_words),
        # and then the last words' start needs no working out.
        found = None
        if self._agent_word_in(lo, mark):
            start = _last_words_start(self.text, lo, mark, _AGENT_WORDS)
            found = _agent_before_marks().search(self.text, start, mark) if self._agent_word_in(start, mark) else None
        if found is None or not self._passive_or_aside(lo, found.start()):
            return None
        return self._agent_at(found.start("np"), found.end("np"))

    def _passive_or_aside(self, lo: int, participle: int) -> bool:
        """Whether the participle at ``participle`` is set off by a comma (``Le ministre, accusé
        par…``) or follows a form of *être* or a participle (``est accusé par…``, ``a été qualifié
        par…``), not a participle inside an object (``a accusé la coalition menée par…``)."""
        lead = self.text[lo:participle].rstrip(" \u00a0\u202f")
        if lead.endswith(",") or _apposed_noun_end().search(lead) is not None:
            # "…, une sortie qualifiée par M. X de « … »": a noun in apposition after a comma, the
            # participle describing it, no object of the sentence's verb.
            return True
        words = lead.rsplit(None, 2)
        last = words[-1].lower() if words else ""
        if len(words) > 1 and last in one_word_adverbs():
            last = words[-2].lower()  # "est toutefois jugé par…": an adverb between the auxiliary and the participle
        return last in etre_forms() or last.endswith(telling_participle_endings())

    def _placed_side(self, cue: Any, s_start: int, previous: Assignment | None) -> Mention | None:
        """``…, a-t-on indiqué dans l'entourage du président. On y rappelle que…``: a pronoun of
        place (``place_clitics``) opening the cue takes back the side that spoke in the sentence
        right before, whom the indefinite pronoun speaks for again; never a person named."""
        if self.text[cue.start : cue.start + 2].rstrip(" \u00a0").lower() not in grammar().place_clitics:
            return None  # most cues open on their verb: one slice spares the rest
        last = previous.quote if previous is not None else None
        if last is None or previous is None or previous.mention is None or previous.mention.kind in ("name", "pronoun"):
            return None
        if last.start >= s_start:
            return previous.mention  # the clause the same cue reports, whose fragment this is: its speaker
        if last.end > s_start or len(_SENTENCE_END.findall(self.text, last.end, s_start)) > 1:
            return None
        return previous.mention

    def _placed_fronted(self, cue: Any, s_start: int) -> Mention | None:
        """``À l'Élysée, on ne dément pas. On y explique que…``: a pronoun of place opening the cue
        takes back the side a fronted phrase named for the indefinite pronoun of the sentence right
        before, when no quotation there gave it a speaker already."""
        if self.text[cue.start : cue.start + 2].rstrip(" \u00a0").lower() not in grammar().place_clitics:
            return None  # most cues open on their verb: one slice spares the rest
        i = self.sentences.index(s_start - 1)
        if i < 0 or self.sentences.spans[i][0] >= s_start:
            return None
        p_start, p_end = self.sentences.spans[i]
        k = bisect.bisect_left(self.m_starts, p_start)
        hi = min(p_end, s_start, p_start + _FRONTED_REACH)
        while k < len(self.mentions) and self.mentions[k].start < hi:
            x = self.mentions[k]
            if self._indefinite(x):
                lead = self.text[p_start : x.start].rstrip(" \u00a0\u202f")
                return self._fronted_speaker(x, p_start) if lead.endswith(",") else None
            k += 1
        return None

    def _indefinite(self, m: Mention) -> bool:
        """``on`` far from its verb ("À Téhéran, où l'on hésite, le porte-parole déclare"): nobody."""
        return m.kind == "pronoun" and bool(_words().pronouns.get(m.text.lower(), {}).get("indefinite"))

    def _governed_inside(self, start: int, n: Mention) -> bool:
        """Whether a preposition between ``start`` (a description's) and ``n`` governs ``n``:
        ``un proche d'Édouard Philippe``, ``les analystes de la banque Natixis``, not ``selon| la Fevia``."""
        if not (start < n.start and _words().preposition.search(self.text, start, n.start) is not None):
            return False
        # "les analystes de la banque Natixis": a name right after a governed common noun is
        # governed too, unless it is a person's (« du Conseil européen Charles Michel ») and the
        # description names a person, not a body (« le bureau du premier ministre Justin Trudeau »).
        return n.after_preposition or (self.text[start : n.start].rstrip()[-1:].islower()
                                       and (n.text.split(" ", 1)[0] not in first_names()
                                            or _heads_a_body(self.text[start : n.start])))

    def _names_speech(self, np: regex.Match[str]) -> bool:
        """``un communiqué du parquet``, ``les propos de X``, ``l'expression de X`` (the noun glued
        to an elided article): a noun phrase about the words, not the speaker."""
        words = np.group().lower().split()
        if len(words) < 2:
            return False
        if words[1].strip("'’") in _speech_nouns():
            return True
        head = words[0]
        return ("'" in head or "’" in head) and opens_elided(head) and _after_elided(head) in _speech_nouns()

    def _set_off(self, m: Mention, s_start: int) -> bool:
        """A mention set off before a comma as a subject: opening its sentence, or after a comma
        itself (an apposition: "le ministre, Matteo Salvini, réagit"); not the end of a
        relative clause ("…, qui jugeait la politique de Donald Trump, ont lancé")."""
        lead = self.text[s_start : m.start].rstrip(" \u00a0\u202f")
        return not lead or lead.endswith(",") or not _GAP_WORD.search(lead) or self._titled_apposition(s_start, m)

    def _completes_body_noun(self, m: Mention, lo: int) -> bool:
        """Whether ``m`` names the body a lower-case noun of ``organisation_nouns`` after a
        complement link speaks of (``fondateur du mouvement ANO``, ``patron du groupe Agrofert``):
        a complement, governed as a preposition's object is."""
        found = _words().organisation_complement.search(self.text, max(lo, m.start - _BODY_NOUN_REACH), m.start)
        return found is not None and found.end() == m.start

    def _titled_apposition(self, s_start: int, m: Mention) -> bool:
        """``le porte-parole, le colonel Amadou Abdramane, a dénoncé``: a short description of
        at most two words after a comma, then the name."""
        comma = self.text.rfind(",", s_start, m.start)
        if comma < 0:
            return False
        if _bare_title_gap().fullmatch(self.text, comma + 1, m.start) is not None:
            return True  # "le ministre, cheikh Mohammed X, a assuré": a title with no article
        tail = self.text[comma + 1 : m.start]
        words = tail.split()
        if not 2 <= len(words) <= 3 or not words[0][:1].islower():
            return False
        # "Le milliardaire, fondateur du mouvement ANO, affirme": the name completes a body noun
        # of the description (the party it founded), no apposition to the subject before it.
        if self._completes_body_noun(m, comma):
            return False
        np = _words().np.match(self.text, comma + 1 + len(tail) - len(tail.lstrip()), m.start)
        return np is not None and not self.text[np.end() : m.start].strip()

    def _fronted_source_of(self, q: Candidate, cue: Any, previous: Assignment | None) -> Mention | None:
        """``Selon le Kremlin, les deux dirigeants ont exprimé leur « inquiétude »``: a fragment
        whose verb lies inside a clause a fronted prepositional cue reports (or its relative:
        ``…, a dit l'Élysée, selon qui les deux hommes ont évoqué « … »``), the verb plural (no
        group utters one word: the source's wording) or one of bearing (``s'est montré « … »``), is
        the source's word, as the clause is, never the clause's subject's (a verb of bearing inside
        any reported clause too: ``Il affirme que les habitants se montrent « … »``); but a verb in the conditional of hearsay
        (``Selon des propos rapportés par X, Y aurait qualifié sa rivale de « … »``) gives the
        words to its subject, whom the source only says said them."""
        if _reporting_conditional().search(self.text, cue.start, cue.end) is not None:
            return None
        # "La cour relève que X espérait trouver des richesses, guidé par des « préjugés »": a verb of
        # opinion in the imperfect is a state of mind the clause's speaker ascribes, no words said.
        held = cue.stance == "opinion" and imperfect_cue(cue)
        if not (held or plural_cue(cue) or bearing_verb(cue.lemma)):
            return None  # "Selon l'agence, le président a appelé à « … »": one person's own words
        for source in (previous, self._last_source):  # the clause, or the one before the clause's first fragment
            outer = source.quote if source is not None else None
            if (source is not None and outer is not None and (source.rule in _SELON_SOURCE_RULES or held or bearing_verb(cue.lemma))
                    and outer.kind == Kind.INDIRECT and source.mention is not None and outer.start <= cue.start and q.end <= outer.end):
                return source.mention
        return None

    def _incise_continued(self, q: Candidate, s_start: int, previous: Assignment | None) -> Mention | None:
        """``Un sommet « doit être préparé », a-t-il prévenu, cité par l'agence X, « sinon il ne sert
        à rien »``: marks with no cue right after the comma closing an inverted incise of the same
        sentence (a participle and its agent set off between, at most) go on with the incise's words:
        its speaker's."""
        cue = previous.cue if previous is not None else None
        last = previous.quote if previous is not None else None
        if (previous is None or cue is None or last is None or q.marks is None or previous.mention is None
                or getattr(cue, "form", None) != "inverted" or last.start < s_start or not last.end <= cue.start < cue.end <= q.marks[0]):
            return None
        gap = self.text[cue.end : q.marks[0]]
        if gap.strip(" \u00a0\u202f") == ",":
            return previous.mention
        return previous.mention if "," in gap and _agent_aside().match(self.text, cue.end, q.marks[0]) is not None else None

    def _fear_source(self, cue: Any, s_start: int) -> Mention | None:
        """``Selon lui, le gouvernement redoute que …``: a verb of fear or doubt (``relative_fears``)
        whose subject stands right after the comma of a prepositional cue opening the sentence
        reports the source's view of that subject: the source speaks, not the subject; an apposition
        to the source set off by commas may stand before it (``Selon Paul X, chercheur au CNRS, …``)
        when no other cue stands in it."""
        k = bisect.bisect_left(self.cue_starts, s_start)
        fronted = self.cues[k] if k < len(self.cues) else None
        if (fronted is None or fronted.form != "preposition" or fronted.start >= cue.start
                or self.text[s_start : fronted.start].strip(_FRONT_BLANKS)):
            return None
        comma = self.text.find(",", fronted.end, cue.start)
        if comma < 0 or ("," in self.text[comma + 1 : cue.start] and not self._source_apposition(k, comma, cue.start)):
            return None
        return self._pronoun_in_cue(fronted) or self._after(fronted.end, comma, allow_prep=True)

    def _source_apposition(self, k: int, comma: int, cue_start: int) -> bool:
        """Whether ``text[comma:cue_start]`` holds one more comma only, closing an apposition to the
        fronted source ``cues[k]`` (``Selon Paul X, chercheur au CNRS, beaucoup d'habitants
        craignent …``), with no cue of its own and no marks."""
        last = self.text.rfind(",", comma + 1, cue_start)
        if self.text.find(",", comma + 1, last) >= 0 or any(ch in _APPOSITION_MARKS for ch in self.text[comma:last]):
            return False
        return k + 1 >= len(self.cues) or self.cues[k + 1].start >= last

    def _pronoun_before_cue(self, start: int, end: int) -> Mention | None:
        """``Faute de réponse « crédible » de Moscou, elle a annoncé l'expulsion…``: the personal
        subject pronoun right before a finite cue at ``end`` (after ``start``) is its subject, never
        the object after the verb."""
        found = _subject_pronoun_end().search(self.text, max(start, end - _PRONOUN_REACH), end)
        if found is None:
            return None
        k = bisect.bisect_left(self.m_starts, found.start())
        m = self.mentions[k] if k < len(self.mentions) else None
        return m if m is not None and m.start == found.start() and m.kind == "pronoun" and not self._indefinite(m) else None

    def _subject_between(self, start: int, end: int) -> Mention | None:
        """A mention no preposition governs standing alone between ``start`` and a cue at ``end``."""
        k = bisect.bisect_left(self.m_starts, start)
        if k >= len(self.mentions) or self.mentions[k].start >= end:
            return None
        m = self.mentions[k]
        if m.after_preposition or m.parenthetical or self._indefinite(m) or m.end > end:
            return None
        return m if not self.text[m.end : end].strip(" \u00a0\u202f") else None

    def _described_before(self, m: Mention | None, s_start: int) -> Mention | None:
        """``Charlotte X, économiste chez ING, pour qui …``: the name a bare description ending in
        ``m`` (a complement) stands in apposition to, when ``m`` is such a complement; else None."""
        if m is None or not m.after_preposition:
            return None
        comma = self.text.rfind(",", s_start, m.start)
        if comma < 0 or not bare_description(self.text[comma + 1 : m.start].strip(" \u00a0\u202f")):
            return None
        k = bisect.bisect_left(self.m_starts, comma) - 1
        if k < 0:
            return None
        x = self.mentions[k]
        return x if x.kind in ("name", "role") and not self.text[x.end : comma].strip() else None

    @staticmethod
    def _relative_clause_speaker(q: Candidate, cue: Any, previous: Assignment | None) -> Mention | None:
        """``…, a précisé l'Alliance, selon laquelle les attaques étaient « inacceptables »``: a
        fragment inside the clause the same relative cue reports takes that clause's speaker (the
        relative's antecedent), not a name the words before it govern."""
        outer = previous.quote if previous is not None else None
        if (previous is None or outer is None or previous.mention is None or outer.kind != Kind.INDIRECT
                or q.kind != Kind.PARTIAL or previous.cue is None or previous.cue.start != cue.start):
            return None
        return previous.mention if outer.start <= q.start and q.end <= outer.end else None

    def _relative_cue(self, cue: Any) -> bool:
        """``selon lequel``, ``pour qui``: a prepositional cue closed by a relative pronoun."""
        last = self.text[cue.start : cue.end].rsplit(None, 1)[-1].lower()
        if last in _relative_words():
            return True
        # "…, selon qui une médiation est « sur la table »": the relative right after a cue of its word alone.
        after = self.text[cue.end : cue.end + 12].split(None, 1)
        return cue.form == "preposition" and bool(after) and after[0].lower() in _relative_words()

    def _source_relative_end(self, cue: Any) -> int | None:
        """Where the words before a source preposition (``source_relative_cues``: selon, d'après)
        end when the relative ``qui`` (``source_relatives``) follows it (``…, selon qui …``);
        None for any other cue."""
        g = grammar()
        if cue.lemma not in g.source_relative_cues:
            return None
        after = self.text[cue.end : cue.end + 12].split(None, 1)
        if not after or after[0].casefold() not in g.source_relatives:
            return None
        return len(self.text[: cue.start].rstrip(" \u00a0\u202f"))

    def _person_relative_antecedent(self, cue: Any, s_start: int) -> Mention | None:
        """``un politologue russe selon qui …``: after a source preposition (``source_relative_cues``:
        selon, d'après), the relative ``qui`` (``source_relatives``) takes back a person or a body
        only, never a thing; with no comma before the cue, the noun phrase ending right before it
        is its antecedent, the source (a mention inside it is left to the lookups after)."""
        end = self._source_relative_end(cue)
        if end is None or end <= s_start or self.text[end - 1] == ",":
            return None
        np = self._np_ending_at(end, s_start)
        if np is None or np.end() != end or self._in_marks(np.start()):
            return None
        k = bisect.bisect_left(self.m_starts, np.start())
        if k < len(self.mentions) and self.mentions[k].start < end:
            return None
        return self._np_span(np.start(), np.end())

    def _stacked_relative_antecedent(self, cue: Any, s_start: int) -> Mention | None:
        """``le professeur X, qui préside le comité …, selon qui …``: a source relative set off
        right after a first relative clause (``, qui …,``: ``source_relatives``) shares that
        clause's antecedent, the person or body named right before its comma, not the last noun
        of the clause."""
        g = grammar()
        end = self._source_relative_end(cue)
        if end is None or end <= s_start or self.text[end - 1] != ",":
            return None
        comma = self.text.rfind(",", s_start, end - 1)
        if comma < 0:
            return None
        opener = self.text[comma + 1 : end - 1].split(None, 1)
        if len(opener) < 2 or opener[0].casefold() not in g.source_relatives:
            return None
        lead = len(self.text[:comma].rstrip(" \u00a0\u202f"))
        k = bisect.bisect_left(self.m_starts, lead) - 1
        if k < 0 or self.mentions[k].start < s_start or self._in_marks(self.mentions[k].start):
            return None
        m = self.mentions[k]
        if m.end == lead and m.kind in _GERUND_OBJECT_KINDS and not m.after_preposition:
            return m
        # "la ministre de la Santé, qui …": a description whose complement holds the name.
        np = self._np_ending_at(lead, s_start)
        return self._np_span(np.start(), np.end()) if np is not None and np.end() == lead and np.start() < m.start else None

    def _impersonal(self, cue: Any) -> bool:
        """An inversion with the impersonal pronoun (souligne-t-on de source diplomatique)."""
        if cue.form != "inverted":
            return False
        pronoun = (getattr(cue, "subject_pronoun", "") or "").lower()
        return bool(_words().pronouns.get(pronoun, {}).get("indefinite"))

    def _names_publication(self, start: int, end: int) -> bool:
        """Whether a publication is named in ``text[start:end]``."""
        m = self._first_mention(start, end)
        return m is not None and m.kind == "publication"

    def _first_mention(self, start: int, end: int) -> Mention | None:
        """The first mention that starts in ``text[start:end]``, if any."""
        k = bisect.bisect_left(self.m_starts, start)
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k].start < end else None

    def _body_in(self, pos: int, s_end: int, preposition: regex.Pattern[str] | None = None) -> Mention | None:
        """``indique-t-on dans l'entourage du chef de l'État``: a body or group noun after a
        preposition (``preposition``, by default :func:`_body_in`), with what completes it, says
        who speaks (not the person it names)."""
        np = self._np_after_preposition(preposition or _body_in(), pos, s_end)
        if np is None:
            return None
        # The noun phrase runs on over the mentions it reaches (``de la ministre de la Culture``).
        end = np.end()
        k = bisect.bisect_left(self.m_starts, np.start())
        while k < len(self.mentions) and (self.mentions[k].start <= end + 1 or (
                self.mentions[k].kind == "publication" and self.text[end] == " "
                and not self.text[end : self.mentions[k].start].strip(" \u00a0\u202f«“\""))):
            # (and a title in marks: "à la rédaction du «Canard enchaîné»")
            end = max(end, self.mentions[k].end)
            k += 1
        # "du ministre délégué| à la Santé": a delegate's or a secretary of state's portfolio.
        portfolio = _role_portfolio().match(self.text, end, s_end)
        if portfolio is not None:
            end = portfolio.end()
        # "au ministère de l'Emploi| et du Travail": a second complement joined to the body's name.
        end = _joined_complement_end(self.text, end, s_end, np.start())
        if self.text[end : end + 1] == " " and (bare := _closing_bare_complement().match(self.text, end, s_end)) is not None:
            end = bare.end()  # "dans les milieux de l'opposition| en exil,": the phrase's last complement
        words = self.text[np.start() : end].rstrip(" \u00a0\u202f,.")
        return Mention(np.start(), np.start() + len(words), words, "np", head_start=np.start())

    def _body_to(self, pos: int, comma: int) -> Mention | None:
        """The body phrase of :meth:`_body_in` at ``pos`` when it runs to ``comma``."""
        body = self._body_in(pos, comma)
        return body if body is not None and body.end >= comma else None

    def _body_closing(self, lo: int, comma: int) -> Mention | None:
        """``…, rappelle-t-on au ministère fédéral des Finances, où l'on précise…``: a body noun
        after a preposition (see :meth:`_body_in`) whose phrase runs to ``comma``, within reach."""
        space = comma
        while (space := self.text.rfind(" ", max(lo, comma - _BODY_CLOSING_REACH), space)) >= 0:
            body = self._body_in(space, comma)
            if body is not None and body.end >= comma:
                return body
        return None

    def _perceived(self, subject: Mention, colon: int | None = None) -> Mention | None:
        """``on le voit agiter son arme en hurlant : « … »``, ``on l'entend crier``: after the
        indefinite subject, an object clitic (``object_clitic_genders``) and a verb of perception
        (``perception_verbs`` of ``names.json``), the one perceived speaks: that clitic, as the
        pronoun a resolver takes back; with the ``colon`` closing the clause, also the mention
        right after the verb (``on entend un gendarme crier :``, see :meth:`_perceived_speaker`)."""
        lead = self.text[subject.end : subject.end + _PERCEIVED_REACH]
        found = _PERCEIVED.match(lead)
        if found is None:
            return None
        genders = object_clitic_genders()
        clitic = found.group(1).lower()
        if clitic in perception_verbs() and colon is not None:
            return self._perceived_speaker(subject.end + found.start(2), colon)
        if clitic not in genders or found.group(2).lower() not in perception_verbs():
            return None
        start = subject.end + found.start(1)
        return Mention(start, start + len(clitic), self.text[start : start + len(clitic)], "pronoun",
                       gender=genders[clitic] or None, number="sg", head_start=start)

    def _perceived_speaker(self, at: int, colon: int) -> Mention | None:
        """``on entend un gendarme crier :``: the mention opening at ``at``, right after a verb of
        perception, when one of ``perceived_speech_infinitives`` (names.json) alone follows it up
        to ``colon``: the one heard says the words after the colon."""
        words = self.text[at:colon].rstrip(" \u00a0\u202f")
        last = words.rsplit(None, 1)
        if len(last) < 2 or last[1].lower().replace("’", "'") not in _perceived_speech_infinitives():
            return None
        end = at + len(last[0].rstrip())
        k = bisect.bisect_left(self.m_starts, at)
        if k < len(self.mentions) and self.mentions[k].start <= at + 1 and self.mentions[k].end == end:
            return self.mentions[k]
        np = _words().np.fullmatch(self.text, _skip_blank(self.text, at), end)
        return self._np_span(np.start(), np.end()) if np is not None else None

    def _gerund_object(self, gerund: Any, s_start: int) -> Mention | None:
        """``L'agence a cité le président affirmant que…``: a present participle right after a
        person's description or name with no comma between is said of that person (the object
        of the main verb), not of the main clause's subject."""
        k = bisect.bisect_left(self.m_starts, gerund.start) - 1
        if k < 0:
            return None
        m = self.mentions[k]
        # « en affirmant », « tout en… », a gerund proper, shares the main clause's subject.
        first = self.text[gerund.start : gerund.end].split(" ", 1)[0].casefold()
        if (not first.endswith(present_participle_endings()) or m.start < s_start or m.kind not in _GERUND_OBJECT_KINDS or m.after_preposition or m.parenthetical
                or self._in_marks(m.start) or self.text[m.end : gerund.start].strip(" \u00a0\u202f")):
            return None
        # Only a noun phrase after the main clause's subject and its verb.
        main = self._subject(gerund.start, s_start, (m.start, m.end), adjacent=False)
        return m if main is not None and main.end <= m.start else None

    def _gapped_subject(self, cue: Any, q: Any) -> Mention | None:
        """``Paris évoque une « décision de justice », Téhéran une « grâce »``: a second clause
        after a comma whose verb is left out (gapping), a name, metonym or role and maybe a
        determiner right before the marks; its subject said those words, not the cue's."""
        lo = max(cue.end, q.start - _GAPPED_TAIL)
        comma = self.text.rfind(",", lo, q.start)
        if comma < 0 or comma - cue.end > _GAPPED_APPOSED_REACH or self._in_marks(comma):
            return None  # cheap: no comma between the cue and the marks
        que = getattr(cue, "que_end", None)
        if que is not None and cue.end <= que <= comma and not any(m in self.text[que:comma] for m in opening_marks()):
            return None  # "X juge qu'au fond, Y « … »": the comma closes an adverbial opening its que-clause, Y its subject
        k = bisect.bisect_left(self.m_starts, _skip_blank(self.text, comma + 1))
        if k >= len(self.mentions) or self.mentions[k].start != _skip_blank(self.text, comma + 1):
            return self._gapped_apposed_name(cue, q, comma, k)
        if comma - cue.end > _GAPPED_REACH:
            return None
        m = self.mentions[k]
        if m.kind not in _GAPPED_KINDS or m.after_preposition or m.end >= q.start:
            return None
        gap = self.text[m.end : q.start].strip(" \u00a0\u202f")
        if not gap or gap[-1] not in opening_marks():
            return None
        # "Oman « une étape importante »": the determiner may open the words in marks; "Y d'« une
        # honte »" (after « X a parlé de… »), the preposition the verb left out governs.
        return m if _gap_object(gap[:-1]) else None

    def _gapped_apposed_name(self, cue: Any, q: Any, comma: int, k: int) -> Mention | None:
        """``X a salué « … », le président du parti, Paul Y, « … »``: in the gapped clause after
        the first conjunct's closing mark, a name set off by commas (maybe after its role) right
        before the marks is their subject."""
        gap = self.text[comma + 1 : q.start].strip(" \u00a0\u202f")
        if not gap or gap[-1] not in opening_marks() or k == 0 or not _gap_object(gap[:-1]):
            return None  # cheap: the marks right after the comma (maybe past « d' »)
        m = self.mentions[k - 1]
        if m.kind != "name" or m.after_preposition or self.text[m.end : comma].strip() or m.start <= cue.end:
            return None
        before = self.text.rfind(",", cue.end, m.start)
        if before < 0 or self.text[before + 1 : m.start].strip():
            return None
        closed = self.text[cue.end : before].rstrip(" \u00a0\u202f")
        if closed and closed[-1] not in closing_marks():
            role_comma = self.text.rfind(",", cue.end, before)  # past its role: « le président du parti, »
            role = self.text[role_comma + 1 : before].split() if role_comma >= 0 else []
            if not 2 <= len(role) <= _GAPPED_ROLE_WORDS or not role[0][:1].islower():
                return None
            before = role_comma
            closed = self.text[cue.end : before].rstrip(" \u00a0\u202f")
        return m if closed and closed[-1] in closing_marks() and not self._in_marks(before) else None

    def _gerund_shared_cue(self, gerund: Any, s_start: int) -> Mention | None:
        """``X a estimé que …, soulignant que…``, ``…, a indiqué une source, précisant que…``: a
        present participle set off by a comma after a reporting verb of its sentence continues that
        verb's report: whoever that verb's quote was given to (the last cue before it outside marks,
        no noun nor preposition; no quote given through it: the other rules decide)."""
        if not self._after_comma(gerund.start):
            return None
        k = bisect.bisect_left(self.cue_starts, gerund.start) - 1
        # Past cues in marks and a channel no quote was given through (« …, a annoncé l'ambassade
        # dans un communiqué, évoquant… »: the finite verb before it reports).
        while k >= 0 and self.cues[k].start >= s_start and (self._in_marks(self.cues[k].start) or self._idle_channel(self.cues[k])):
            k -= 1
        if k < 0 or self.cues[k].start < s_start or self.cues[k].form not in _SHARED_CUE_FORMS:
            return None
        found = self._by_cue.get(self.cues[k].start)
        return found.mention if found is not None and found.quote is not None and found.quote.end <= gerund.start else None

    def _idle_channel(self, cue: Any) -> bool:
        """Whether a noun or participle cue (``dans un communiqué``) had no quote given through it."""
        if cue.form not in ("noun", "participle"):
            return False
        found = self._by_cue.get(cue.start)
        return found is None or found.quote is None

    def _auxiliary_subject(self, gerund: Any, s_start: int) -> Mention | None:
        """``…, le chef de l'État, Michel X, a fermement écarté toute idée …, estimant que…``: a
        present participle set off by a comma shares the subject of the main clause's compound verb
        (the last mention of its sentence before it right before a finite auxiliary, maybe past the
        comma closing its apposition), whatever that verb is; none in a relative (``que X a signé``)."""
        if not self._after_comma(gerund.start):
            return None
        return self._main_auxiliary_subject(gerund.start, s_start)

    def _purpose_subject(self, cue: Any, s_start: int) -> Mention | None:
        """``Rome avait convoqué l'ambassadeur, X, pour dénoncer une décision « … »``: a reporting
        infinitive a preposition of purpose governs (``purpose_governors``) shares the subject of
        the main clause's compound verb, not the object right before it."""
        if cue.form != "infinitive" or not _purpose_governor().match(self.text, cue.start, cue.end):
            return None
        return self._main_auxiliary_subject(cue.start, s_start)

    def _main_auxiliary_subject(self, pos: int, s_start: int) -> Mention | None:
        """The last mention of the sentence before ``pos`` right before a finite auxiliary (maybe
        past the comma closing its apposition), outside a relative: the main clause's subject."""
        k = bisect.bisect_left(self.m_starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= s_start:
            m = self.mentions[k]
            word = _auxiliary_after().match(self.text, m.end, pos)
            if (word is not None and word.group(1).lower() in finite_auxiliaries() and not m.after_preposition
                    and not self._in_marks(m.start) and not self._after_relative(m, s_start)
                    and not self._in_relative_aside(m, s_start) and m.kind != "pronoun"):
                # "France et Allemagne ont détaillé …": a joint subject, which the other rules read;
                # "le Mexique du président, Andrés X, a indiqué": the name of a complement's apposition.
                joint = _words().coordinator.search(self.text, max(s_start, m.start - _JOINT_REACH), m.start)
                gap = self.text[self.mentions[k - 1].end : m.start] if k > 0 else ""
                apposed = (k > 0 and self.mentions[k - 1].after_preposition and len(gap) <= _JOINT_REACH * 4
                           and gap.rstrip(" \u00a0").endswith(",") and gap.count(",") == 1)
                return None if joint is not None or apposed else m
            k -= 1
        return None

    def _simple_finite_subject(self, gerund: Any, s_start: int) -> Mention | None:
        """``Mais l'hôpital refuse le transfert, jugeant le patient « … »``: a present participle
        set off by a comma, in a sentence that names no one before it and opens (past a connector)
        with a definite noun phrase of one noun and a simple finite verb (a present or an
        imperfect of ``conjugation.json``), shares that noun phrase as its subject; never a thing."""
        if not self._after_comma(gerund.start):
            return None
        k = bisect.bisect_left(self.m_starts, s_start)
        if k < len(self.mentions) and self.mentions[k].start < gerund.start:
            return None  # someone named: the other rules read the subject
        start = past_connector(self.text, s_start, gerund.start)
        opening = _simple_finite_opening().match(self.text, start, gerund.start)
        if opening is None or opening.group("verb").casefold() in _preposition_words() or names_a_thing(opening.group("np")):
            return None
        return self._np_span(opening.start("np"), opening.end("np"))

    def _bare_speech_subject(self, s_start: int, colon: int) -> bool:
        """Whether the words before ``colon`` open, after an indefinite determiner and at most one
        adjective, with a noun of speech (``Un seul mot pour les journalistes :``) and name no one:
        the words said, no one who says them."""
        words = self.text[s_start : min(colon, s_start + _SPEECH_LEAD_REACH)].split()
        if len(words) < 2 or words[0].casefold() not in _indefinite_words():
            return False
        k = bisect.bisect_left(self.m_starts, s_start)
        if k < len(self.mentions) and self.mentions[k].start < colon:
            return False  # "Un seul mot de son avocate :": the words' owner is named
        nouns, plurals = _speech_nouns(), tuple(names_data()["plural_endings"])
        # "mot": a noun of speech listed in the plural (mots) is one in the singular too.
        return any(w.casefold() in nouns or any(w.casefold() + e in nouns for e in plurals) for w in words[1:3])

    def _relative_after(self, end: int, pos: int) -> bool:
        """Whether a subject relative pronoun (``qui``) is the first word in ``text[end:pos]``."""
        words = self.text[end : min(pos, end + _INDEFINITE_REACH)].split(None, 1)
        return bool(words) and words[0].casefold() in _subject_relative_words()

    def _indefinite_aside_start(self, s_start: int, pos: int) -> int:
        """The comma opening an aside set off by commas that ends right before ``pos`` and opens on
        an indefinite determiner and a capitalised word (``Le conducteur, un Kurde irakien de 25 ans,
        a maintenu``, ``La victime, une Belge de 40 ans, a raconté``): a nationality or a people
        describing the subject, never its name (a name takes no ``un``); ``pos`` when none does."""
        closing = self.text[s_start:pos].rstrip(" \u00a0\u202f")
        if not closing.endswith(","):
            return pos
        close = s_start + len(closing) - 1
        opening = self.text.rfind(",", close - _AGENT_ASIDE_REACH if close - _AGENT_ASIDE_REACH > s_start else s_start, close)
        if opening < 0 or self._in_marks(opening):
            return pos
        k = bisect.bisect_left(self.m_starts, opening)
        if k >= len(self.mentions) or self.mentions[k].start >= close:
            return pos
        m = self.mentions[k]
        if m.kind != "name" or len(self.text[opening + 1 : m.start].split()) != 1 or not self._indefinite_name(m):
            return pos
        return opening

    def _indefinite_name(self, m: Mention) -> bool:
        """Whether the name ``m`` stands right after an indefinite determiner (``une Europe``)."""
        before = self.text[max(0, m.start - _INDEFINITE_REACH) : m.start]
        if not before.endswith((" ", "\u00a0")):
            return False
        words = before.split()
        return bool(words) and words[-1].casefold() in _indefinite_words()

    def _absolute_subject(self, gerund: Any, s_start: int) -> Mention | None:
        """``…, le communiqué final du sommet évoquant des « menaces »``: a one-word gerund with a
        subject of its own between the comma before it and it (an absolute participle clause):
        that noun phrase, not the main clause's subject."""
        if " " in self.text[gerund.start : gerund.end]:
            return None
        comma = self.text.rfind(",", max(s_start, gerund.start - _ABSOLUTE_REACH), gerund.start)
        if comma < 0:
            return None
        if not is_absolute_subject(self.text, comma + 1, gerund.start):
            return self._apposed_absolute_subject(comma, s_start) if not self.text[comma + 1 : gerund.start].strip() else None
        start = _skip_blank(self.text, comma + 1)
        k = bisect.bisect_left(self.m_starts, start)
        if k < len(self.mentions) and self.mentions[k].start == start and self.mentions[k].end >= gerund.start - 1:
            return self.mentions[k]
        return self._np_span(start, gerund.start)

    def _apposed_absolute_subject(self, comma: int, s_start: int) -> Mention | None:
        """``X avait dénoncé le « cynisme » de Rome, Paul Y, alors porte-parole du parti, jugeant…``:
        a name set off by a comma after a complete clause, then its bare description (its
        apposition) right before the gerund's ``comma``: the subject of an absolute clause. Not a
        name apposed to a role before it (``le ministre, Paul Y, ministre…``), nor a verb's object."""
        lead = self.text.rfind(",", max(s_start, comma - _ABSOLUTE_REACH), comma)
        apposition = self.text[lead + 1 : comma].strip(" \u00a0\u202f") if lead >= 0 else ""
        if (not bare_description(apposition) or apposition.split(None, 1)[0].casefold() in _preposition_words()):
            return None  # "…, Paul Y, pour consultations, dénonçant": an adverbial, no description
        k = bisect.bisect_left(self.m_starts, lead) - 1
        if k < 0 or self.mentions[k].kind != "name" or self.text[self.mentions[k].end : lead].strip():
            return None
        name = self.mentions[k]
        if name.start <= s_start or self.text[max(s_start, name.start - _PRONOUN_REACH) : name.start].rstrip(" \u00a0\u202f")[-1:] != "," or self._in_marks(name.start):
            return None
        role = self.mentions[k - 1] if k > 0 and self.mentions[k - 1].kind == "role" else None
        gap = self.text[role.end : name.start].rstrip(" ,\u00a0\u202f") if role is not None and name.start - role.end <= _COMPLEMENT_REACH else None
        if gap is not None and "," not in gap:
            return None  # "le porte-parole (du parti, en Italie), Paul Y, …": the name of the role before it
        return name

    def _bound_gerund_subject(self, gerund: Any, s_start: int) -> Mention | None:
        """``…, qu'Angela X a accueillie en rappelant les « valeurs »``: a gerund with no comma
        before it hangs on the compound verb right before it and shares its subject, the name or
        role right before the auxiliary, even inside a relative clause."""
        if self._after_comma(gerund.start) or not _gerund_marker_at().match(self.text, gerund.start, gerund.end):
            return None
        k = bisect.bisect_left(self.m_starts, gerund.start) - 1
        if k < 0 or self.mentions[k].start < s_start:
            return None
        m = self.mentions[k]
        verb = _BOUND_COMPOUND_VERB.fullmatch(self.text, m.end, gerund.start)
        if (verb is None or verb.group(1).lower() not in finite_auxiliaries() or m.after_preposition
                or m.kind not in ("name", "role") or self._in_marks(m.start)):
            return None
        return m

    def _after_comma(self, pos: int) -> bool:
        """Whether a comma stands right before ``pos`` (white space between them allowed):
        ``…, a-t-il lancé, avant de rappeler que…`` sets the infinitive's cue off the incise."""
        return self.text[max(0, pos - 4) : pos].rstrip(" \u00a0\u202f")[-1:] == ","

    def _incise_subject_before(self, gerund: Any, s_start: int) -> Mention | None:
        """``Rome est « prête », a-t-elle assuré, tout en réclamant que…``: a gerund after a
        postposed incise shares the incise's subject, not the reported clause's."""
        k = bisect.bisect_left(self.cue_starts, gerund.start) - 1
        # Past cues in marks and channels (« a-t-elle assuré dans un entretien, tout en… », « a
        # indiqué X dans un communiqué, tout en… »: a participle there is no verb of the clause).
        while k >= 0 and self.cues[k].start >= s_start and (self._in_marks(self.cues[k].start) or self.cues[k].form in ("noun", "participle")):
            k -= 1
        if k < 0 or self.cues[k].start < s_start:
            return None
        incise = self.cues[k]
        if incise.form == "inverted":
            return self._pronoun_in_cue(incise)
        lead = self.text[s_start : incise.start].rstrip(" \u00a0\u202f")
        # "« … », a déclaré X": a closing mark and its comma ("Nathalie Loiseau, avait invité" is no incise).
        if incise.form != "finite" or lead[-1:] != "," or lead[:-1].rstrip(" \u00a0\u202f")[-1:] not in closing_marks():
            return None
        # A known mention or a body ("a réagi le bureau présidentiel, qualifiant…") only: "…, a
        # annoncé des mesures, tout en…" is a second verb, not an incise.
        subject = self._after(incise.end, gerund.start, incise=True)
        return subject if subject is not None and (
            subject.kind != "np" or _heads_a_body(subject.text) or self._definite(subject.text)) else None

    @staticmethod
    def _definite(words: str) -> bool:
        """``le directeur général de la santé``: a noun phrase opening with a definite determiner
        (an incise's subject, the one its gerund shares), not an object (``des mesures``)."""
        first = words.split(" ", 1)[0].lower()
        return first in _words().definite or first.startswith(tuple(d for d in _words().definite if d.endswith("'")))

    def _fronted_speaker(self, on: Mention, s_start: int) -> Mention | None:
        """``À Matignon, on assure que…``, ``Dans l'entourage du ministre, on juge…``: the body a
        prepositional phrase opening the sentence names speaks for the ``on`` right after its comma."""
        comma = self.text.rfind(",", s_start, on.start)
        if comma < 0:
            return None
        # "16h40 - Au ministère de l'Agriculture, on rappelle…", "PARIS (AFP) - À Matignon, on…":
        # a live blog's time or a dateline opening the line is no part of the fronted phrase.
        s_start = past_dateline(self.text, s_start, comma)
        # "La réforme prendra du temps : dans l'entourage de la ministre, on reconnaît…": the
        # phrase opens the clause after a colon or a semicolon, not the sentence.
        cut = max(self.text.rfind(":", s_start, comma), self.text.rfind(";", s_start, comma))
        if cut >= 0 and not self._in_marks(cut):
            s_start = cut + 1
        gap = self.text[comma + 1 : on.start].strip(" \u00a0\u202f")
        if gap and _place_relative().fullmatch(gap):
            # "Même son de cloche à FO, où l'on évoque…": the body the relative takes back.
            k = bisect.bisect_left(self.m_starts, comma) - 1
            x = self.mentions[k] if k >= 0 else None
            if (x is not None and not self.text[x.end : comma].strip()
                    and (seat := _seat_before().search(self.text, max(s_start, x.start - _SEAT_REACH), x.start)) is not None):
                # "…, indique-t-on au siège de La Défense, où l'on se dit…": a seat's place names
                # no one; the seat itself (the body it houses) speaks.
                return self._np_span(seat.start(), x.end)
            if x is not None and (x.kind in _FRONTED_KINDS or self._governed_acronym(x)) and not self.text[x.end : comma].strip():
                return x
            if x is not None and (side := self._side_before(x, comma)) is not None:
                return side  # "…, indique-t-on chez Renault, où l'on rappelle que…": the side named
            body = self._body_in(s_start, comma)
            return body if body is not None and body.end >= comma else self._body_closing(s_start, comma)
        if gap:
            # "Chez X, on reconnaît …, mais on récuse …": the pronoun right after the sentence's first comma.
            first = self._first_coordinated_on(on, comma) or self._first_coordinated_on(on, self.text.find(",", s_start, comma))
            return self._fronted_speaker(first, s_start) if first is not None else None
        found = self._fronted_at(self._past_lead(s_start, comma), comma)
        if found is None and (prev := self.text.rfind(",", s_start, comma)) >= 0:
            # "…, quand, chez Les Verts, on juge que…": the phrase set off between two commas
            # right before the pronoun opens its clause.
            aside = self.text[prev + 1 : comma].split(None, 1)
            if aside and aside[0] in _seat_town_links() and _seat_town_aside().fullmatch(self.text, prev + 1, comma) is not None:
                # "Place Beauvau, à Paris, on assure…": the town set off after a fronted seat says
                # where it sits; the seat's body speaks, the town only when nothing before names one.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
            if found is None:
                found = self._fronted_at(self._past_lead(prev + 1, comma), comma)
            if found is None and (self._person_fills(prev + 1, comma) or self._bare_role_fills(prev + 1, comma)):
                # "Au cabinet de la ministre, Sophie Martin, on souligne…": the name set off after
                # the phrase says whose cabinet; "Dans l'entourage de Paul Roy, ministre de la
                # Justice, on …": the bare role set off after the name says who he is; the phrase
                # up to its comma names the body.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
            elif found is None and (apposed := self._body_before_apposition(s_start, prev, comma)) is not None:
                # "Dans l'entourage de Paul Roux, ancien ministre, on juge…": the body the phrase names.
                found = apposed
            elif found is None and self._aside_fills(prev + 1, comma):
                # "Au Parti socialiste, d'ordinaire plus prudent, on dénonce…", "À l'Élysée, en
                # revanche, on assure…": an aside describing the side, or an adverbial, stands
                # between the phrase and its pronoun; the phrase up to its comma names the body.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
            elif found is None and self._apposed_np_fills(prev + 1, comma):
                # "À la FNSEA, le premier syndicat agricole, on juge…": a noun phrase describing the
                # body set off between it and its pronoun; the phrase up to its comma names the body.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
            elif found is None and _seat_town_aside().fullmatch(self.text, prev + 1, comma) is not None:
                # "Au Centre orthodoxe de X, à Chambésy (GE), on dit…": the town the body sits in,
                # set off by commas; the phrase up to its comma names the body.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
            elif found is None and self._address_aside(prev + 1, comma):
                # "Au siège du RPR, rue de Lille, on soulignait…": the street the body sits in,
                # set off by commas; the phrase up to its comma names the body.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
            elif found is None and (self._place_relative_aside(prev + 1, comma)
                                    or self._relative_aside(prev + 1, comma, _FRONTED_RELATIVE_WORDS)):
                # "À Matignon, où le Premier ministre consulte, on fait valoir…": a relative of
                # place describing the place set off between it and its pronoun; "Au ministère,
                # dont dépend l'agence, on souligne…": a relative clause describing the body (the
                # pronoun right after its comma lets it run longer than an apposition's); the
                # phrase up to its comma names the body.
                found = self._fronted_at(self._past_lead(s_start, prev), prev)
                if found is None:
                    # "Rue X, où le ministère de Y a son siège, on assure…": a named place the
                    # registry does not know; the body the relative names there speaks.
                    found = self._place_relative_body(self._past_lead(s_start, prev), prev + 1, comma)
            if (found is None and (outer := self.text.rfind(",", s_start, prev)) >= 0
                    and (self._fronted_aside(prev + 1, comma) or self._relative_aside(prev + 1, comma, _FRONTED_RELATIVE_WORDS))
                    and self._fronted_aside(outer + 1, prev)):
                # "À Didcot, dans l'Oxfordshire, où est installée l'écurie, on indique…": two
                # asides (the region, then a relative, which the pronoun right after its comma
                # lets run longer) set off between the phrase and its pronoun; the phrase up to
                # its comma names the side.
                found = self._fronted_at(self._past_lead(s_start, outer), outer)
                if found is None:
                    # "Rue X, où le ministère de Y a la tutelle de Z, qui a conduit…, on assure…":
                    # so past a second aside.
                    found = self._place_relative_body(self._past_lead(s_start, outer), outer + 1, prev)
        return found

    def _place_relative_body(self, start: int, lo: int, hi: int) -> Mention | None:
        """The body (a mention of ``_FRONTED_KINDS``) opening the relative of place ``text[lo:hi]``
        right after its relative word (``où le ministère de Y a son siège``), when the fronted
        phrase ``text[start:lo]`` names a place by a capitalised word the registry does not know
        (``Rue X``, ``Au stade Y``): the body there speaks for the pronoun. A place with no name
        (``Dans le quartier, où la mairie…, on …``: its people) gives none."""
        words = self.text[lo:hi].split(None, 1)
        if len(words) != 2 or words[0].lower() not in place_relative_words():
            return None
        k = bisect.bisect_left(self.m_starts, start)
        if k >= len(self.mentions) or self.mentions[k].start >= lo or self.mentions[k].kind != "name":
            return None
        k = bisect.bisect_left(self.m_starts, lo)
        if k >= len(self.mentions):
            return None
        x = self.mentions[k]
        if x.end > hi or x.kind not in _FRONTED_KINDS or self.text[lo : x.start].split() != words[:1]:
            return None
        return x

    def _fronted_aside(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]``, set off by commas after a fronted phrase, describes it and names
        no other side (see :meth:`_fronted_speaker`): a town, a relative, an adverbial aside, a
        noun phrase in apposition."""
        return (_seat_town_aside().fullmatch(self.text, lo, hi) is not None or self._place_relative_aside(lo, hi)
                or self._address_aside(lo, hi)
                or _region_aside().fullmatch(self.text, lo, hi) is not None
                or self._relative_aside(lo, hi) or self._aside_fills(lo, hi) or self._apposed_np_fills(lo, hi))

    def _body_before_apposition(self, s_start: int, prev: int, comma: int) -> Mention | None:
        """``Dans l'entourage de Paul Roux, ancien ministre, on …``, ``À Lyon, dans l'entourage de
        Paul Roux, ancien ministre, on …``: an apposition ``text[prev + 1:comma]`` describing the
        person a body phrase ends with; that phrase up to ``prev`` (past a town before it) names the
        body (``À Rennes, capitale de la Bretagne, on …``: a town, no body)."""
        if not self._name_apposition_fills(prev + 1, comma):
            return None
        found = self._body_to(self._past_lead(s_start, prev), prev)
        if found is None and (outer := self.text.rfind(",", s_start, prev)) >= 0:
            found = self._body_to(self._past_lead(outer + 1, prev), prev)
        return found

    def _name_apposition_fills(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]``, right after a name ending at its comma, is a short apposition
        describing that person (``Ballon d'or africain 1989``, ``ancien ministre``): no mark, no cue
        and no finite auxiliary in it (``Paul Roux, le texte est prêt``: a clause of its own)."""
        k = bisect.bisect_left(self.m_starts, lo) - 1
        if k < 0 or self.mentions[k].kind != "name" or self.text[self.mentions[k].end : lo - 1].strip():
            return False
        words = self.text[lo:hi].split()
        if not words or len(words) > _SIDE_APPOSITION_WORDS or any(ch in self.text[lo:hi] for ch in _MARK_CHARS):
            return False
        if finite_auxiliaries().intersection(w.lower() for w in words):
            return False
        return bisect.bisect_left(self.cue_starts, lo) == bisect.bisect_left(self.cue_starts, hi)

    def _address_aside(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` is a short address: a lower-case noun of ``place_heads``
        (``institution_names.json``: ``rue``, ``place``, ``quai``) and a few words naming it
        (``rue de Lille``, ``place Beauvau``), no mark and no cue in it."""
        words = self.text[lo:hi].split()
        if not 2 <= len(words) <= _ADDRESS_ASIDE_WORDS or words[0] not in _one_word_place_heads():
            return False
        if any(ch in self.text[lo:hi] for ch in _MARK_CHARS) or not any(w[:1].isupper() for w in words[1:]):
            return False
        return bisect.bisect_left(self.cue_starts, lo) == bisect.bisect_left(self.cue_starts, hi)

    def _place_relative_aside(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` opens with a relative of place written as one word (``où``,
        ``place_relatives`` of ``names.json``) and holds no marks: an aside on the place before it."""
        words = self.text[lo:hi].split(None, 1)
        return (len(words) == 2 and words[0].lower() in place_relative_words()
                and not any(ch in words[1] for ch in _MARK_CHARS))

    @staticmethod
    def _governed_acronym(x: Mention) -> bool:
        """``…, indique-t-on au BEA, où l'on souligne…``: an acronym governed by a preposition is
        the initials of a body, a place ``où`` may take back, no person's name."""
        return x.kind == "name" and x.after_preposition and len(x.text) >= 2 and x.text.isupper()

    def _aside_fills(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` is an aside naming no one: lower-case, no mention in it, not
        opened by a determiner or a pronoun (``d'ordinaire plus prudent``, ``en revanche``; not
        ``le texte est prêt``, a clause of its own)."""
        words = self.text[lo:hi].split(None, 1)
        if not words or not words[0][:1].islower() or "«" in self.text[lo:hi]:
            return False
        first = words[0].lower()
        if first in _words().definite or first in _words().indefinite or first in _words().pronouns:
            return False
        if first.startswith(tuple(d for d in _words().definite if d.endswith("'"))):
            return False
        k = bisect.bisect_left(self.m_starts, lo)
        return k >= len(self.mentions) or self.mentions[k].start >= hi or self._complemented_aside(first, k, lo, hi)

    def _complemented_aside(self, first: str, k: int, lo: int, hi: int) -> bool:
        """Whether the lower-case aside ``text[lo:hi]`` (its first word ``first``, its first mention
        ``mentions[k]``) is a word and its complement (``majoritaire dans les usines de la Régie``):
        every mention in it governed by a preposition, no cue in it, not opened by a preposition
        (``selon Paul Roux``: a source of its own), its first preposition none of ``de`` (``capitale
        de la Bretagne``: a noun in apposition, no adjective)."""
        if first in _preposition_words() or bisect.bisect_left(self.cue_starts, lo) < bisect.bisect_left(self.cue_starts, hi):
            return False
        link = next((w for w in self.text[lo:hi].lower().replace("’", "'").split() if w.split("'", 1)[0] in _preposition_words()
                     or w[:2] == "d'"), "")
        if link.split("'", 1)[0] in _complement_link_words() or link[:2] == "d'":
            return False
        while k < len(self.mentions) and self.mentions[k].start < hi:
            if not self.mentions[k].after_preposition:
                return False
            k += 1
        return True

    def _fronted_at(self, start: int, comma: int) -> Mention | None:
        """The body a side marker or a prepositional phrase in ``text[start:comma]`` names (see
        :meth:`_fronted_speaker`)."""
        side = _side_marker().match(self.text, start, comma)
        if side is not None:
            return (self._side_of_country(side.start(), side.end(), comma) or self._side_named(side.end(), comma)
                    or self._side_named_before_apposition(side.end(), comma))
        body = self._body_in(start, comma) or self._fronted_body(start, comma)
        if (body is not None and body.end < comma
                and any(ch in body.text for ch in _MARK_CHARS)
                and (closed := _CLOSING_MARK_AFTER.match(self.text, body.end, comma)) is not None
                and not self.text[closed.end() : comma].strip(" \u00a0\u202f")):
            # "A la rédaction du «Canard enchaîné», on …": a title in marks closes the phrase;
            # the body it names, marks and all, speaks.
            body = Mention(body.start, closed.end(), self.text[body.start : closed.end()], "np", head_start=body.start)
        if body is not None and (body.end >= comma or _seat_town().fullmatch(self.text, body.end, comma)):
            return body
        if body is not None and "(" in self.text[body.end : comma] and _bracketed_seat().fullmatch(self.text, body.end, comma):
            # "Au siège de l'Agence des fréquences (ANFR), on …": the body's initials in brackets
            # close the phrase; the body they name, when a mention ends right before them, speaks.
            k = bisect.bisect_left(self.m_starts, body.end) - 1
            named = self.mentions[k] if k >= 0 else None
            if (named is not None and named.start > body.start and named.end == body.end and named.kind not in _NAMELESS_KINDS
                    and self._initials_fit(named, comma)):
                return named
            return body
        k = bisect.bisect_left(self.m_starts, start)
        if k < len(self.mentions):
            x = self.mentions[k]
            # "Place Beauvau, on assure…": a place standing for its body needs no preposition.
            if ((x.after_preposition or (x.kind == "metonym" and x.start == start))
                    and (x.kind in _FRONTED_KINDS or self._article_governed_name(x, start) or self._governed_acronym(x))
                    and x.start - start <= _FRONTED_LEAD and _bracketed_seat().fullmatch(self.text, x.end, comma) is not None):
                # "À l'Institut Pasteur (IP) de Lille, on …": the body's initials in brackets,
                # maybe the town it sits in after them, still close the phrase that names it;
                # "À MPM, on indiquait…": initials the registry does not know name a body, no town.
                return x
            if (self._article_governed_name(x, start) and x.end < comma and self.text[x.end] in " \u00a0"
                    and _branch_seat().fullmatch(self.text, x.end, comma) is not None):
                # "Au Relay de la gare Lille-Flandres, on …": the place of the branch after the
                # firm's name still closes the phrase that names it.
                return x
            if (self.text[x.end : x.end + 1] in " \u00a0" and self._article_governed_name(x, start)
                    and _lone_adjective(self.text[x.end : comma])):
                # "Aux Haras nationaux, on indique…": the lower-case adjective of the body's name
                # closes the phrase; the name with its adjective speaks.
                return self._np_span(x.start, comma)
            if (x.kind == "name" and x.after_preposition and not self.text[x.end : comma].strip(" \u00a0\u202f")
                    and (venue := _fronted_venue().fullmatch(self.text, start, x.start)) is not None):
                # "Au stade Louis-II, on rappelait…": a place a staff runs, named, speaks as its body
                # does ("Au stade, à Lyon, on …": no name, nobody).
                return self._np_span(venue.start("head"), x.end)
            if self._fronted_town(x, start, comma):
                # "À Maranello, on indiquait que…": the town the gazetteer does not know stands
                # for whoever speaks there, as a known capital does (À Berne, on …).
                return x
        if self.text[start : start + 1].isupper() and (street := _fronted_street().fullmatch(self.text, start, comma)) is not None:
            # "Avenue de la Grande-Armée, on fait valoir…": a street address names a body's seat.
            return self._np_span(start, street.end())
        # "À Plateau Roy, siège de la Collectivité territoriale, on assure…": the body the seat houses.
        seat = _seat_apposition().search(self.text, start, comma) if "," in self.text[start:comma] else None
        return self._side_named(seat.end(), comma) if seat is not None else None

    def _fronted_body(self, start: int, comma: int) -> Mention | None:
        """``Au département de X, on …``, ``A la promotion économique du canton de Y, on …``: a
        noun of ``fronted_body_nouns`` after a bare or fused à opening the phrase names a body;
        after any other preposition (``Dans le département du Nord``) a place, its people."""
        words = self.text[start:comma].split(None, 1)
        if len(words) < 2 or not any(n in words[1] for n in _fronted_body_nouns()):
            return None
        if (words[0].casefold() not in _place_fused_prepositions() and words[0].lower() not in _seat_town_links()
                and words[0] not in names_data().get("sentence_prepositions", ())):
            return None
        return self._body_in(start, comma, _fronted_body_in())

    def _initials_fit(self, named: Mention, comma: int) -> bool:
        """Whether the initials in brackets right after ``named`` (before ``comma``) open with its
        first letter (``Agence des fréquences (ANFR)``), not with the body's before it (``ministère de
        l'Équipement et des Transports (MET)``: the last portfolio is no name of its own)."""
        bracket = self.text.find("(", named.end, comma)
        initial = self.text[bracket + 1 : bracket + 2] if bracket >= 0 else ""
        first = next((ch for ch in named.text if ch.isupper()), "")  # past an article (l'Organisation)
        return not initial.isupper() or not first or _fold(initial) == _fold(first)

    def _fronted_town(self, x: Mention, start: int, comma: int) -> bool:
        """``À Maranello, on …``: a lone capitalised word (maybe hyphenated: Viry-Châtillon; or two:
        Benton Harbor, Suisse Rugby, the first no first name) right
        after the bare preposition of ``seat_town_links`` (or its capital form of
        ``sentence_prepositions``) opening the sentence, alone up to ``comma``: a town. Not a
        first name (À Marie, on a dit…), nor a word of a longer name the text gives elsewhere
        (À Dupont, on reproche… after Jean Dupont): whom the words were said to; a word of a
        firm's longer name (À Gerlafingen, on … after Stahl Gerlafingen) is its town still."""
        words = x.text.split()
        if (x.kind != "name" or len(words) > _FRONTED_TOWN_WORDS or not all(w[:1].isupper() for w in words)
                or self.text[x.end : comma].strip(" \u00a0\u202f")):
            return False
        word = self.text[start : x.start].strip(" \u00a0\u202f")
        if not word[:1].isupper() or (word not in names_data().get("sentence_prepositions", ()) and (
                word.lower() not in _seat_town_links() or word.casefold() in _place_fused_prepositions())):
            # "Au Modem, on …": a contracted article, a party's or a firm's name; "Au stade, à
            # Lyon, on …", "… : à Lyon, on …": a town set off inside the sentence says where only.
            return False
        if words[0] in first_names():
            # "À Marie, on a dit…", "À Jean Martin, on reproche…": whom the words were said to.
            return False
        if len(words) > 1:
            # "À Benton Harbor, on assure…", "À Suisse Rugby, on indique…": a town or a body of
            # two capitalised words, neither a first name nor a piece of a person's longer name.
            return not any(m.kind in ("name", "entity") and m.text != x.text and x.text in m.text and _names_person(m)
                           for m in self.mentions)
        return not any(m.kind in ("name", "entity") and m.text != x.text and x.text in m.text.split() and _names_person(m)
                       for m in self.mentions)

    def _article_governed_name(self, x: Mention, start: int) -> bool:
        """``Au Modem, on juge…``, ``Aux Républicains, on…``: a name right after a preposition
        fused with its article (``au``, ``aux``, ``place_contracted_prepositions`` of ``names.json``),
        or followed by one (``À l'AFGolf, on…``, ``place_article_prepositions``), the phrase's
        first words: a person's name takes no article, so it names a party or a firm; a publication
        the registry knows there (``À la RTBF, on…``, ``Au Figaro, on…``) is its newsroom, which speaks."""
        if x.kind not in ("name", "publication") or not x.text[:1].isupper():
            return False
        word = self.text[start : x.start].strip(" \u00a0\u202f").casefold()
        return word in _place_fused_prepositions() or word.replace("\u2019", "'") in _place_article_prepositions()

    def _apposed_np_fills(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` is a short noun phrase opening with a determiner and a lower-case
        word (``l'aile francophone``, ``le premier syndicat agricole``), no mark, no cue and no
        mention and no finite auxiliary in it: an apposition describing the fronted body before it,
        no clause of its own (``le texte est prêt``)."""
        words = self.text[lo:hi].split()
        if not words or len(words) > _SIDE_APPOSITION_WORDS or any(ch in self.text[lo:hi] for ch in _MARK_CHARS):
            return False
        if finite_auxiliaries().intersection(w.lower() for w in words):
            return False  # "Au ministère, le texte est prêt, on…": a clause of its own, no apposition
        first = words[0].lower().replace("\u2019", "'")
        elided = next((d for d in _words().definite if d.endswith("'") and first.startswith(d)), None)
        if elided is not None:
            if not first[len(elided) : len(elided) + 1].islower():
                return False
        elif first not in _words().definite and first not in _words().indefinite or len(words) < 2 or not words[1][:1].islower():
            return False
        k = bisect.bisect_left(self.m_starts, lo)
        if k < len(self.mentions) and self.mentions[k].start < hi:
            return False
        if bisect.bisect_left(self.cue_starts, lo) < bisect.bisect_left(self.cue_starts, hi):
            return False
        np = self._np_ending_at(hi, lo)
        return np is not None and np.start() == _skip_blank(self.text, lo) and np.end() == len(self.text[:hi].rstrip(" \u00a0\u202f"))

    def _side_before(self, x: Mention, comma: int) -> Mention | None:
        """``chez Renault, où l'on …``: the side ``x`` names when a side marker stands right before
        it (within ``_FRONTED_LEAD`` characters) and it alone fills the words up to ``comma``."""
        if self.text[x.end : comma].strip():
            return None
        side = _side_marker_end().search(self.text, max(0, x.start - _FRONTED_LEAD), x.start)
        return self._side_named(side.end(), comma) if side is not None else None

    def _first_coordinated_on(self, on: Mention, comma: int) -> Mention | None:
        """``Place Beauvau, on juge le rapport « utile » mais on rappelle que…``: the same
        indefinite pronoun opening the words after ``comma``, whose verb a coordinator right
        before ``on`` joins to ``on``'s: that first pronoun, which the fronted phrase names."""
        lo = comma + 1
        while lo < on.start and self.text[lo] in " \u00a0\u202f":
            lo += 1
        end = lo + len(on.text)
        if (end >= on.start or self.text[lo:end].casefold() != on.text.casefold() or self.text[end : end + 1].isalpha()
                or _on_coordinated().search(self.text, max(end, on.start - _ON_COORDINATOR_REACH), on.start) is None):
            return None
        return Mention(lo, end, self.text[lo:end], on.kind, gender=on.gender, number=on.number, head_start=lo)

    def _side_of_country(self, marker: int, lo: int, comma: int) -> Mention | None:
        """``Côté congolais, on rappelle…``: a side marker and a lone nationality adjective name
        that country (its authorities), the mention running from the marker to the comma."""
        word = self.text[lo:comma].strip(" \u00a0\u202f")
        if not word or not word[0].islower() or not word.isalpha():
            return None
        code = Registry.default().country_of_adjective(word)
        if code is None:
            return None
        end = lo + len(self.text[lo:comma].rstrip(" \u00a0\u202f"))
        return Mention(marker, end, self.text[marker:end], "metonym", f"state-{code.lower()}", None, code)

    def _side_after_cue(self, pos: int, end: int) -> Mention | None:
        """``…, a-t-on indiqué côté chinois.``: a side marker and a lone nationality adjective
        right after an indefinite cue, closing its clause, name that country (as fronted:
        ``Côté chinois, on indique…``)."""
        lo = min(_skip_blank(self.text, pos), end)
        if not self.text[lo : lo + 1].isalpha():
            return None  # "a-t-on appris.", "a-t-on indiqué, …": no side after the cue
        side = _side_marker().match(self.text, lo, end)
        if side is None:
            return None
        j = side.end()
        while j < end and self.text[j].isalpha():
            j += 1
        if j < end and self.text[j] not in ".,;!?)\n":
            return None  # "côté chinois aussi": only the adjective may close the cue
        return self._side_of_country(side.start(), side.end(), j)

    def _side_named_before_apposition(self, lo: int, comma: int) -> Mention | None:
        """``Du côté de l'Unsa, premier syndicat de la régie,``: the side named up to the first
        comma after ``lo``, when a short apposition opening in lower case fills the rest up to ``comma``."""
        first = self.text.find(",", lo, comma)
        if first >= 0 and (second := self.text.find(",", first + 1, comma)) >= 0 and self._relative_aside(second + 1, comma):
            # "Chez MSC, numéro deux mondial du fret, dont le siège est à Genève, on …": a relative
            # clause set off after the apposition describes the side too; the apposition ends before it.
            comma = second
        aside = self.text[first + 1 : comma].strip(" \u00a0\u202f") if first >= 0 else ""
        if not aside or not _short_apposition(aside.split()):
            return None
        if not aside[:1].islower() and not self._person_fills(first + 1, comma):
            return None
        return self._side_named(lo, first)

    def _relative_aside(self, lo: int, hi: int, most: int = _SIDE_APPOSITION_WORDS) -> bool:
        """Whether ``text[lo:hi]`` is a short relative clause (a relative pronoun of ``names.json``
        opening it, at most ``most`` words, no comma): ``dont le siège est à Genève``."""
        words = self.text[lo:hi].split()
        if not words or len(words) > most or "," in self.text[lo:hi]:
            return False
        first = words[0].lower()
        return first in _relative_openers() or any(first.startswith(w) for w in _relative_openers() if w[-1:] in "'’")

    def _person_fills(self, lo: int, hi: int) -> bool:
        """``Au cabinet de la ministre, Sophie Martin,``: a person's name alone fills ``text[lo:hi]``,
        an apposition naming who holds the role the side names; her party in brackets may follow
        it (``Sophie Martin (PS),``)."""
        k = bisect.bisect_left(self.m_starts, lo)
        if k >= len(self.mentions):
            return False
        x = self.mentions[k]
        return (x.kind == "name" and x.end <= hi and not self.text[lo : x.start].strip(" \u00a0\u202f")
                and _BRACKETED.fullmatch(self.text, x.end, hi) is not None)

    def _bare_role_fills(self, lo: int, hi: int) -> bool:
        """``Dans l'entourage de Paul Roy, ministre de la Justice,``: a role with no determiner
        (lower case) opens ``text[lo:hi]`` and a few words completing it (its complement, a link
        of ``name_complement_links`` first), no mark and no cue, fill the rest: an apposition
        saying what the person named before it is."""
        k = bisect.bisect_left(self.m_starts, lo)
        if k >= len(self.mentions):
            return False
        x = self.mentions[k]
        if x.kind != "role" or not x.text[:1].islower() or self.text[lo : x.start].strip(" \u00a0\u202f"):
            return False
        rest = self.text[x.end : hi]
        if rest.strip() and _noun_complement_link().match(self.text, x.end, hi) is None:
            return False  # "…, ministre depuis mai, on …": no complement of the role
        return (len(rest.split()) <= _SIDE_APPOSITION_WORDS and not any(ch in rest for ch in _MARK_CHARS)
                and bisect.bisect_left(self.cue_starts, lo) == bisect.bisect_left(self.cue_starts, hi))

    def _joined_to_comma(self, start: int, end: int, comma: int) -> Mention | None:
        """``Du côté du ministère de l'Emploi et du Travail,``: the name from ``start`` to ``end``
        with a second complement joined to it (:func:`_joined_complement`) filling the phrase up to
        ``comma`` (an acronym in brackets may follow), else None."""
        joined = _joined_complement_end(self.text, end, comma)
        if joined > end and _BRACKETED.fullmatch(self.text, joined, comma) is not None:
            return self._np_span(start, joined)
        return None

    def _side_named(self, lo: int, comma: int) -> Mention | None:
        """``Du côté de Keolis,``, ``Chez les Verts,``: the mention or noun phrase filling
        ``text[lo:comma]`` after a side marker, whatever its kind (a name too)."""
        k = bisect.bisect_left(self.m_starts, lo)
        if k > 0 and self.mentions[k - 1].end > lo:
            k -= 1  # "Du côté des Forces…": the mention holds the article the marker ends with
        if k < len(self.mentions):
            x = self.mentions[k]
            # "Du côté de la Confédération générale du travail (CGT),": an acronym in brackets may follow.
            if x.start <= lo and x.kind != "pronoun" and _BRACKETED.fullmatch(self.text, x.end, comma) is not None:
                return x
            if x.start <= lo and x.kind != "pronoun" and (joined := self._joined_to_comma(max(x.start, lo), x.end, comma)) is not None:
                return joined
        # "Du côté du ministère": after a fused preposition the noun has no determiner.
        np = _words().np.match(self.text, lo, comma) or _bare_np().match(self.text, lo, comma)
        if np is None:
            return None
        if (np.group()[-1:].isalpha() and self.text[np.end() - len(np.group().split()[-1]) :][:1].isupper()
                and _joined_name_word().fullmatch(self.text, np.end(), comma) is not None):
            # "Au sein du groupe des Socialistes et Démocrates,": a capitalised word joined to the
            # capitalised name closing the phrase, up to the comma, is part of that one body's name.
            return self._np_span(np.start(), comma)
        if (joined := self._joined_to_comma(np.start(), np.end(), comma)) is not None:
            return joined
        if np.end() < comma and self.text[np.end()] in " \u00a0" and (
                tail := _bare_np().match(self.text, _skip_blank(self.text, np.end()), comma)) is not None and (
                tail.end() == len(self.text[:comma].rstrip(" \u00a0\u202f"))):
            # "Du côté de la direction technique nationale de la fédération française de tennis, on
            # …": a noun phrase longer than the pattern's words goes on, no stop word in it, up to
            # the comma: the whole phrase names the side.
            return self._np_span(np.start(), comma)
        # "Au sein de la Société minière de X (SMB),": an acronym in brackets may follow the noun phrase.
        if self.text[np.end() : comma].strip() and _BRACKETED.fullmatch(self.text, np.end(), comma) is None:
            return self._marked_publication_after(np.end(), comma)
        return self._np_mention(np)

    def _marked_publication_after(self, pos: int, comma: int) -> Mention | None:
        """``Dans les colonnes de l'hebdomadaire « Marianne »,``: the publication in marks that
        alone fills ``text[pos:comma]`` after the noun announcing it."""
        k = bisect.bisect_left(self.m_starts, pos)
        x = self.mentions[k] if k < len(self.mentions) else None
        if (x is None or x.kind != "publication" or x.end > comma
                or self.text[pos : x.start].strip(" \u00a0\u202f") not in _OPENING_MARK_STRINGS
                or len(close := self.text[x.end : comma].strip(" \u00a0\u202f")) != 1 or close not in closing_marks()):
            return None
        return x

    @staticmethod
    def _last_mention(previous: Assignment | None) -> Mention | None:
        """The mention the last attributed quote was given, if any."""
        return previous.mention if previous is not None else None

    def _same_source(self, cue: Any, end: int, previous: Assignment | None) -> Mention | None:
        """``indique-t-on de même source``, ``On apprend de même source que…``: a phrase of
        ``same_source_phrases`` right after an indefinite cue gives the words to the source named
        last, else to the last speaker."""
        return self._same_source_mention(cue.start, previous) if same_source_at(self.text, cue.end, end) is not None else None

    def _past_lead(self, s_start: int, comma: int) -> int:
        """Where the words of ``text[s_start:comma]`` start, past the marks, dashes and spaces
        (``_LEAD_CHARS``) that may open a sentence."""
        return s_start + len(self.text[s_start:comma]) - len(self.text[s_start:comma].lstrip(_LEAD_CHARS))

    def _fronted_same_source(self, on: Mention, s_start: int, previous: Assignment | None) -> Mention | None:
        """``De même source, on indique que…``: a phrase of ``same_source_phrases`` opening the
        sentence, set off by a comma right before the indefinite pronoun, gives the words to the
        last speaker, as it does right after the cue."""
        comma = self.text.rfind(",", s_start, on.start)
        if comma < 0 or self.text[comma + 1 : on.start].strip(" \u00a0\u202f"):
            return None
        start = self._past_lead(s_start, comma)
        end = same_source_at(self.text, start, comma)
        return self._same_source_mention(on.start, previous, start) if end is not None and not self.text[end:comma].strip() else None

    def _same_source_mention(self, pos: int, previous: Assignment | None, until: int | None = None) -> Mention | None:
        """Whom ``de même source`` at ``pos`` gives the words: the source a prepositional cue named
        last (``Selon le compte rendu du Kremlin, … Le président russe a souligné que …, selon la même
        source. De même source, on indique que …``: the readout, not the president), when its quote
        ends within the reach of one quote's sentence and no quote given to someone else came after
        it, unless a phrase of ``same_source_echoes`` between them (before ``until``, the start of a
        fronted phrase) says the source still speaks
        (``Selon la CGT, … EDF a indiqué que … Rien n'est arrêté, a-t-on précisé de même source``:
        EDF, the last speaker); else the last speaker."""
        source = self._last_source
        if (source is not None and source.quote is not None and source.mention is not None
                and 0 <= pos - source.quote.end <= _SAME_SOURCE_REACH
                and (previous is None or previous.quote is None or previous.quote.start <= source.quote.end
                     or previous.mention is None or previous.mention.kind == "pronoun"
                     or same_source_echo_in(self.text, source.quote.end, until if until is not None else pos))):
            return source.mention
        return self._last_mention(previous)

    def _named_after_cue(self, pos: int, end: int) -> Mention | None:
        """Who the words after an indefinite cue name (``peut-on lire dans Libération``, ``indique-t-on
        dans l'entourage du ministre``): a body after a preposition, a mention, or a publication.
        A publication the words were told to comes first (``a-t-on indiqué à l'AFP de source
        diplomatique``): who it names after it speaks, if anyone."""
        told = self._addressed_outlet(pos, end)
        comma = self.text.find(",", told, end) if told is not None else -1
        if told is not None and (found := self._named_after(told, comma if comma >= 0 else end)) is not None:
            return found  # only before a comma: "à l'AFP, annonçant le rappel de …" names nobody
        return self._named_after(pos, end)

    def _named_after(self, pos: int, end: int) -> Mention | None:
        return (self._body_in(pos, end) or self._body_past_adverbs(pos, end) or self._elided_name_in(pos, end)
                or self._after(pos, end, allow_prep=True) or self._publication_in(pos, end))

    def _elided_name_in(self, pos: int, end: int) -> Mention | None:
        """``a-t-on appris auprès d'Ubisoft.``: a capitalised name glued to the elided link after
        ``auprès``, closing the clause, that no mention covers (an unknown company's): it speaks."""
        head = self.text[pos : pos + _ELIDED_NAME_LEAD]
        if "'" not in head and "’" not in head:
            return None
        found = _elided_name_after().match(self.text, pos, end)
        if found is None:
            return None
        k = bisect.bisect_left(self.m_starts, found.start(1))
        if k < len(self.mentions) and self.mentions[k].start == found.start(1):
            return None  # "auprès d'Emmanuel Macron": a mention the registry or the names know
        return Mention(found.start(1), found.end(1), found.group(1), "np", head_start=found.start(1))

    def _body_past_adverbs(self, pos: int, end: int) -> Mention | None:
        """``a-t-on appris dimanche auprès du centre de crise``: the body after a preposition
        past the cue's adverbs of time or manner (``cue_words.json``), as right after the cue."""
        if not self.text[pos + 1 : pos + 2].isalpha():
            return None  # no word after the cue's space, no adverb to skip
        past = _leading_adverbs().match(self.text, pos, end)
        return self._body_in(past.end(), end) if past is not None and past.end() > pos else None

    def _addressed_outlet(self, pos: int, end: int) -> int | None:
        """The end of a publication right after ``pos`` behind an addressee link (`` à l'AFP``), or None."""
        k = bisect.bisect_left(self.m_starts, pos)
        if k >= len(self.mentions) or self.mentions[k].kind != "publication" or self.mentions[k].end >= end:
            return None
        link = self.text[pos : self.mentions[k].start].strip(" \u00a0").casefold()
        return self.mentions[k].end if link in _addressee_links() else None

    def _reported_on(self, q: Candidate, s_start: int, previous: Assignment | None) -> Mention | None:
        """``Le Point révèle que X … Il aurait travaillé à « siphonner … »``: words in marks with no
        cue in a sentence in the reporting conditional (``aurait``, ``serait``) right after a
        publication's or an anonymous source's report (``…, affirment des sources proches du dossier.
        Le ministre l'aurait « rejetée »``) are that source's, not the subject's (who is reported on)."""
        last = previous.quote if previous is not None else None
        if (previous is None or last is None or previous.mention is None or previous.mention.kind not in _HEARSAY_SOURCES
                or last.end > s_start or s_start - last.end > _REPORTED_ON_REACH):
            return None
        words = self.text[s_start : q.start]
        if _reporting_conditional().search(words) is None:
            return None
        return previous.mention

    def _read_in(self, q: Candidate, cue: Any) -> Mention | None:
        """The publication last named before the quote and its reading cue (``peut-on lire``, ``on
        lit que``), in the same paragraph and within ``_READ_REACH`` characters, or None."""
        pos = min(q.start, cue.start)
        floor = max(self.text.rfind("\n", 0, pos) + 1, pos - _READ_REACH)
        k = bisect.bisect_left(self.m_starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= floor:
            if self.mentions[k].kind == "publication" and self.mentions[k].end <= pos:
                return self.mentions[k]
            k -= 1
        if " " in cue.text and _read_back_pronoun().search(cue.text) is not None:
            # "Le communiqué final consacre… « … », peut-on y lire.": the text the pronoun takes back.
            last = next(reversed(list(_text_noun_phrase().finditer(self.text, floor, pos))), None)
            if last is not None and not self._in_marks(last.start()):
                return self._np_span(last.start(), last.end())
        return None

    def _publication_in(self, pos: int, s_end: int) -> Mention | None:
        """``peut-on lire dans le quotidien du soir``: the publication noun phrase after the cue."""
        np = self._np_after_preposition(_words().publication_in, pos, s_end)
        return self._np_mention(np) if np is not None else None

    def _np_after_preposition(self, preposition: regex.Pattern[str], pos: int, s_end: int) -> regex.Match[str] | None:
        """The noun phrase after what ``preposition`` matches at ``pos``, or None."""
        by = preposition.match(self.text, pos, s_end)
        if by is None:
            return None
        if by.group().strip(" \u00a0").rsplit(None, 1)[-1].casefold() in _fused_prepositions():
            return _bare_np().match(self.text, by.end(), s_end)  # "au| cabinet de la ministre": no determiner
        return _words().np.match(self.text, by.end(), s_end)

    def _excerpted_text(self, s_start: int, colon: int) -> Mention | None:
        """``… ont publié un communiqué commun. En voici les principaux extraits : « … »``: a
        sentence opening with one of ``excerpt_openers`` before the colon gives extracts of the text
        named last before it in its paragraph, within ``_READ_REACH`` characters: that text."""
        start = self._past_lead(s_start, colon)
        if _excerpt_opener().match(self.text, start, colon) is None:
            return None
        floor = max(self.text.rfind("\n", 0, s_start) + 1, s_start - _READ_REACH)
        last = next(reversed(list(_text_noun_phrase().finditer(self.text, floor, s_start))), None)
        if last is None or self._in_marks(last.start()):
            return None
        # "un communiqué commun": the adjective that makes it several issuers' stays in it.
        joint = _joint_marker().match(self.text, last.end(), s_start)
        return self._np_span(last.start(), joint.end() if joint is not None else last.end())

    def _text_before_relative(self, pronoun: Mention, s_start: int) -> Mention | None:
        """``une lettre envoyée par l'accusé à sa compagne, dans laquelle il écrivait que…``: a
        subject pronoun right after a relative of ``text_relatives`` (``names.json``) is the author
        of the text that relative opens on, the last text noun before it in the sentence; the
        text noun's complement or agent names the author (resolved as for ``selon une lettre de X``)."""
        rel = _text_relative().search(self.text, max(s_start, pronoun.start - _TEXT_RELATIVE_REACH), pronoun.start)
        if rel is None:
            return None
        return self._authored_text(s_start, rel.start())

    def _authored_text(self, start: int, end: int) -> Mention | None:
        """The last text noun after its determiner in ``text[start:end]`` whose complement or
        participle's agent names its author (``une lettre de la mère de la victime``, ``une lettre
        écrite par sa fille``), as a mention the resolver takes to that author; None for a text
        with no author named (``un rapport``: whoever put it out is read elsewhere)."""
        last = next(reversed(list(_text_noun_phrase().finditer(self.text, start, end))), None)
        if last is None:
            return None
        link = _noun_complement_link().match(self.text, last.end())
        if link is not None:
            if _bare_complement(self.text, link, end):
                return None  # "un message de condoléances dans lequel il": what it holds, no author
            np = self._opening_np(last.start(), end)
            return self._np_span(last.start(), np.end()) if np is not None and np.end() > last.end() else None
        agent = _agent_phrase().search(self.text, last.end(), min(end, last.end() + _TEXT_AGENT_REACH))
        if agent is None or self.text[last.end() : agent.start()].strip():
            return None  # "un rapport dans lequel il estime": no author named, the pronoun's own antecedent
        return self._np_span(last.start(), last.end())

    def _mention_across(self, cue: Any) -> Mention | None:
        """A mention that opens inside a prepositional cue and runs past its end (``De source
        policière``: the cue's last word is the head of the source it names)."""
        k = bisect.bisect_right(self.m_starts, cue.start)
        if k < len(self.mentions) and self.mentions[k].start < cue.end < self.mentions[k].end:
            return self.mentions[k]
        return None

    def _pronoun_in_cue(self, cue: Any, *, indefinite: bool = False) -> Mention | None:
        """The subject pronoun a cue holds (``a-t-il dit``, ``selon lui``, ``à ses yeux``); an
        indefinite one (``on``) only when ``indefinite``."""
        # Keyed by the only fields read (hashing the whole cue cost more than the lookup).
        found = self._memo(self._find_pronoun_in_cue, cue.start, cue.end, cue.form == "preposition", indefinite)
        if found is not None and cue.form == "inverted" and self.text[cue.start - 2 : cue.start].endswith(" "):
            return self._read_back_subject(cue.start, found) or found
        return found

    def _read_back_subject(self, cue_start: int, pronoun: Mention) -> Mention | None:
        """``Le Rwanda « soutient … », y écrit-il``: after a pronoun of ``read_back_pronouns``
        (the text where it wrote), a singular inverted pronoun takes back the body that opens its
        clause right before the marks, not a person quoted before."""
        lead = self.text[max(0, cue_start - 8) : cue_start].rstrip(" \u00a0\u202f")
        clitic = _read_back_pronoun().search(lead, max(0, len(lead) - 2))
        if pronoun.number != "sg" or clitic is None or clitic.end() != len(lead):
            return None
        # The marks closing right before ", y écrit-il" and the mention right before they open.
        k = bisect.bisect_right(self.marked_starts, cue_start) - 1
        if k < 0 or self.text[self.marked[k][1] : cue_start].strip(" \u00a0\u202f,")[:1] != lead[-1:]:
            return None
        opening = self.marked[k][0]
        j = bisect.bisect_left(self.m_starts, opening) - 1
        if j < 0:
            return None
        x = self.mentions[j]
        head = self.text[max(0, x.start - 8) : x.start].rstrip(" \u00a0\u202f")
        before = head.rsplit(None, 1)[-1] if head.split() else ""
        if (x.kind not in _FRONTED_KINDS or x.kind == "anonymous" or self.text[x.end : opening].strip(" \u00a0\u202f")
                or not (not head or head[-1] in ".!?\n" or before.casefold() in _subject_articles()
                        and head[: len(head) - len(before)].rstrip(" \u00a0\u202f")[-1:] in ("", ".", "!", "?", "\n"))):
            return None
        return x

    def _find_pronoun_in_cue(self, start: int, end: int, preposition: bool, indefinite: bool) -> Mention | None:
        w = _words()
        owner = w.possessive.search(self.text, start, end) if preposition else None
        if owner is not None:  # "à ses yeux", "à leur avis", "à l'en croire": whose eyes, whose opinion
            return _owner_mention(owner)
        m = w.pronoun_in_cue.search(self.text, start, end)
        if m is None or (m.group()[0] != "-" and m.end() != end):
            return None  # a bare pronoun counts only as the last word of the cue ("selon lui")
        form = m.group(1)
        info = _words().pronouns.get(form.lower())
        if info is None or (info.get("indefinite") and not indefinite):
            return None  # "souligne-t-on": nobody in particular
        return Mention(m.start(1), m.end(1), form, "pronoun", gender=info.get("gender"),
                       number=info.get("number", "sg"), head_start=m.start(1))

    def _after(self, pos: int, s_end: int, *, allow_prep: bool = False, incise: bool = False) -> Mention | None:
        """The subject after a cue: the first mention, or a noun phrase that ends the clause
        (after an incise, whose object is the quote, any noun phrase opening there)."""
        return self._memo(self._find_after, pos, s_end, allow_prep, incise)

    def _after_cue_adverbial(self, pos: int, start: int) -> bool:
        """Whether all that stands between an incise's cue and a mention is one adverbial of several
        words ending in a preposition's word (``cue_words.json``: ``a écrit peu après M. X``,
        ``a déclaré peu avant la ministre``): an incise's verb takes its subject after its adverbs,
        so the mention is that subject, no complement of the adverbial's last word."""
        return start - pos <= _CUE_ADVERBIAL_REACH and self.text[pos:start].strip(" \u00a0\u202f").casefold() in _cue_adverbials_ending_in_prepositions()

    def _find_after(self, pos: int, s_end: int, allow_prep: bool, incise: bool) -> Mention | None:
        if incise and self.text.startswith(",", pos) and (aside := _manner_aside().match(self.text, pos, s_end)) is not None:
            pos = aside.end()  # "a confié, la voix brisée, un responsable": the subject after the manner
        limit = min(s_end, pos + _SUBJECT_WINDOW)
        named = self._name_after_description(pos, s_end)
        if named is not None:
            return named
        # « …, dit le ministère, … »: an incise inside the marks has its subject there too.
        in_quote = self._in_marks(pos)
        np = self._opening_np(pos, limit, in_quote=in_quote, past_complements=True) if incise else self._np_after(pos, limit, s_end)
        if incise and np is not None:
            np = self._crowd_before_mention(np)
        agent = _agent_phrase().search(self.text, pos, limit) if self._agent_word_in(pos, limit) else None
        cut = self._opening_np(pos, agent.start()) if agent is not None else None
        if cut is not None and agent is not None and (
                not _names_published_text(cut.group())
                or ((not self._names_speech(cut) or _names_issued_text(cut.group())) and not _names_gathered(cut.group())
                    and self._names_publication(agent.end(), agent.end() + _AGENT_REACH))):
            # "selon des analystes cités par le quotidien X", "selon le document consulté par
            # l'AFP", "selon un communiqué relayé par l'agence X" (an outlet only relays a text its
            # issuer put out): the noun phrase ends at its participle (not "le compte rendu publié
            # par le Kremlin": the text's issuer speaks; nor "des propos rapportés par Reuters":
            # words; nor "les informations obtenues par l'agence X": the outlet that gathered them).
            np = cut
        if np is not None:
            np = self._before_audience(np)
        k = bisect.bisect_left(self.m_starts, pos)
        first = True
        while k < len(self.mentions) and self.mentions[k].start < limit:
            m = self.mentions[k]
            if allow_prep and first and np is None and m.kind == "publication":
                # "selon une étude publiée mardi dans la revue Nature": the journal is where
                # the study appeared; the noun phrase before the participle speaks.
                published = self._np_before_participle(pos, m.start, s_end, aside=False)
                if published is not None:
                    return published
            if allow_prep and first and np is None and m.after_preposition:
                # "Selon le dernier rapport remis au Parlement, …": the noun phrase before the
                # aside speaks, not the name the aside governs.
                described = self._np_before_participle(pos, m.start, s_end)
                if described is not None:
                    return described
                completed = self._description_completed_by(pos, m)
                if completed is not None:
                    return completed
                issuer = self._issuing_body(pos, m)
                if issuer is not None:
                    return issuer
            if allow_prep and first and np is None and agent is not None and cut is not None and agent.end() < m.start \
                    and self._governed_inside(agent.end(), m) and _names_published_text(cut.group()) \
                    and m.text.split(" ", 1)[0] not in first_names() and not (m.entity_id or "").startswith("person-"):
                # "selon le rapport publié par la préfecture de Lyon": the name is the complement of
                # the agent's noun; the whole description put the text out, not the place (but
                # "par le cabinet de Marc X": a person's office speaks for the person).
                issuer = _words().np.match(self.text, agent.end())
                if issuer is not None and m.end <= issuer.end() <= s_end:
                    return self._np_mention(issuer)
            if (allow_prep and first or not (m.after_preposition or incise and not first and self._governed_titled_name(k, limit))
                    or incise and first and self._after_cue_adverbial(pos, m.start)) and (in_quote or not self._in_marks(m.start)):
                if np is not None and m.end == np.end() and self._party_qualifies_np(np, m):
                    # "ironise un cadre LR": a one-word party glued to a noun of the noun phrase
                    # qualifies it (as it does a role, "un élu RN"); the noun phrase speaks.
                    return self._apposed_name(self._np_mention(np))
                if np is not None and (np.end() <= m.start or (self._governed_inside(np.start(), m)
                                                               and not self._names_speech(np))) and not (
                        m.kind == "publication" and self.text[np.end() : m.start].strip(" \u00a0\u202f") in _OPENING_MARK_STRINGS):
                    # (but "selon le magazine « Society »": the publication the noun announces, in marks)
                    # "a poursuivi la porte-parole, puis …": the noun phrase comes first;
                    # "selon un proche d'Édouard Philippe": the name is its complement.
                    break
                # "a réagi sur son compte X la députée européenne Manon X": the description
                # found after a complement may still close on a name.
                named_after = self._name_after_description(m.start, s_end) if m.kind in ("role", "anonymous") else None
                return named_after or self._apposed_name(m)
            first = False
            k += 1
        if np is None and cut is not None and agent is not None and _names_published_text(cut.group()):
            # "selon les projections publiées par la banque centrale": the text's issuer, a description.
            issuer = _words().np.match(self.text, agent.end())
            return self._np_mention(issuer) if issuer is not None and issuer.end() <= s_end else None
        if np is None and allow_prep:
            # "selon un communiqué diffusé en fin de matinée": the noun phrase before the
            # participle ending the clause speaks (no mention stood after it).
            return self._np_before_participle(pos, s_end, s_end, aside=False)
        if np is None or names_a_thing(np.group()) and not (allow_prep and names_findings_of(np.group())):
            # (but "d'après les premières constatations des légistes": findings, and who made them)
            return None  # "… a lancé lundi une vaste opération": the verb's object, nobody who speaks
        if incise:
            complement = _words().place_complement.match(self.text, np.end())
            if complement is not None and self._names_publication(complement.start(), complement.end()):
                complement = None  # "a déclaré ce responsable à l'AFP": the outlet, not a place
            if complement is None and (present := _presence_place_end(self.text, np, s_end)) > 0:
                # "ont rapporté les journalistes présents dans la salle": those on the spot, with where they stood.
                np = _NO_PUNCTUATION.match(self.text, np.start(), present) or np
            return self._apposed_name(self._np_mention(np, complement))
        return self._apposed_name(self._np_mention(np))

    def _governed_titled_name(self, k: int, limit: int) -> bool:
        """Whether mention ``k`` is a name glued to a title a preposition governs, and another
        mention no preposition governs follows it at once (« a fait valoir devant la juge Melissa X
        le procureur John Y »): the name is the complement's, the mention after it the incise's
        subject (« confie au micro de notre envoyé Reza, 34 ans »: the name ends the phrase and speaks)."""
        if k == 0 or k + 1 >= len(self.mentions) or not titled_complement(self.text, self.mentions[k - 1], self.mentions[k]):
            return False
        m, nxt = self.mentions[k], self.mentions[k + 1]
        return nxt.start < limit and not nxt.after_preposition and nxt.start > m.end and not self.text[m.end : nxt.start].strip(" \u00a0")

    def _before_audience(self, np: regex.Match[str]) -> regex.Match[str]:
        """``np``, or its words before a participle of ``audience_participles`` after its head
        (« affirme une vidéo vue plus de 300 000 fois », « résume un compte suivi par 40 000
        personnes »): the phrase tells how widely the post went round, not who speaks; so does one
        of ``encounter_participles`` where the writer met the source (« glisse un passant croisé sur
        le quai »), and one of ``origin_words`` right after the head noun before an infinitive
        (« souffle un homme venu écouter le verdict »)."""
        words = np.group().split()
        if len(words) < 3:
            return np
        lowered = [w.lower() for w in words]
        at = next((i for i in range(2, len(words)) if lowered[i] in audience_participles()
                   and not self._stood_at(np, words, i) or lowered[i] in encounter_participles()), None)
        if lowered[2] in origin_words() and len(words) > 3 and lowered[3].endswith(grammar().infinitive_endings) \
                and lowered[3] not in names_data()["prepositions"]:
            at = 2  # "un homme| venu attendre le verdict": why he came, not who he is
        if at is None:
            return np
        end = np.start() + len(" ".join(words[:at]))
        if np.group()[: end - np.start()] != " ".join(words[:at]):
            return np  # spacing other than single spaces: left as read
        return _NO_PUNCTUATION.match(self.text, np.start(), end) or np

    def _stood_at(self, np: regex.Match[str], words: list[str], i: int) -> bool:
        """Whether ``words[i]`` of ``np`` is an adjective of being on the spot followed by its place
        (« une spectatrice postée au premier rang »: where she stood; « un message posté sur un
        forum », a text noun of ``channel_nouns``, went round)."""
        if words[1].lower() in names_data()["channel_nouns"]:
            return False
        at = np.start() + len(" ".join(words[:i])) + 1
        return _presence_place().match(self.text, at, np.end() + _AGENT_REACH) is not None

    def _crowd_before_mention(self, np: regex.Match[str]) -> regex.Match[str]:
        """``np``, or the crowd opening it when a mention stands later inside it: « scandait la
        foule venue écouter le ministre » is the crowd's cry, not the minister's."""
        crowd = _crowd_phrase().match(self.text, np.start(), np.end())
        if crowd is None or crowd.end() >= np.end():
            return np
        k = bisect.bisect_left(self.m_starts, crowd.end())
        return crowd if k < len(self.mentions) and self.mentions[k].start < np.end() else np

    def _np_before_participle(self, pos: int, limit: int, s_end: int, *, aside: bool = True) -> Mention | None:
        """A noun phrase opening at ``pos`` and ending before ``limit`` whose last word opens a
        past-participle aside running to a comma with no agent (``le dernier rapport remis au
        Parlement,``): the words before that participle, as a role-like mention. Without
        ``aside``, the participle need open no aside closed by a comma (``une étude publiée
        dans Nature.``), only end like one."""
        np = self._opening_np(pos, limit)
        if np is None:
            return None
        words = np.group().rsplit(None, 1)
        if len(words) < 2:
            return None
        at = np.end() - len(words[1])
        if aside and past_participle_aside(self.text, at, s_end) == at:
            return None
        if not aside and not words[1].endswith(telling_participle_endings()):
            return None
        if _agent_phrase().match(self.text, at):
            return None  # a participle and its agent: _find_after reads those (the text's issuer may speak)
        if not aside and (phrase := self._participle_phrase(np, limit)) is not None:
            return phrase
        return self._np_span(np.start(), at)

    def _participle_phrase(self, np: regex.Match[str], limit: int) -> Mention | None:
        """``une source ayant assisté| à l'entretien,``: a noun phrase ending with a compound
        participle (``absolute_participles``: ayant, étant, then a participle) describes its
        head with the participle's complement, up to the clause's punctuation before ``limit``
        (within reach, no verb between); else None."""
        words = np.group().split()
        if len(words) < 3 or words[-2].lower() not in absolute_participles():
            return None
        close = _CLAUSE_PUNCTUATION.search(self.text, np.end(), min(limit, np.end() + _PARTICIPLE_PHRASE_REACH))
        if close is None or not verb_words().isdisjoint(w.lower() for w in _LETTER_WORDS.findall(self.text, np.end(), close.start())):
            return None
        return self._np_span(np.start(), close.start())

    def _clause_ends_at(self, pos: int) -> bool:
        """Whether the clause ends at ``pos``: the end of the text or a clause's punctuation."""
        return pos >= len(self.text) or self.text[pos] in ".,;:!?»\n"

    def _description_completed_by(self, pos: int, m: Mention) -> Mention | None:
        """``Selon un policier de la BRI présent lors de l'assaut, …``: a person's description
        opening at ``pos`` that the governed mention ``m`` completes, more words after it (which
        kept the phrase from ending the clause): the description up to ``m``'s end, not ``m``;
        never a body's (``le bureau du ministre``) or a text's (``le rapport de l'ONU publié…``)."""
        np = self._opening_np(pos, m.start)
        if np is None or np.start() >= m.start or not self._governed_inside(np.start(), m):
            return None
        if _heads_a_body(np.group()) and not _names_a_text(np.group()):
            # "selon le consulat général de Turquie à Genève": the town the body sits in closes
            # the clause; the body up to its complement speaks, not the state the complement names.
            town = _seat_town().match(self.text, m.end)
            return self._np_span(np.start(), m.end) if town is not None and self._clause_ends_at(town.end()) else None
        if _heads_a_body(np.group()) or _names_a_text(np.group()):
            return None
        if _names_published_text(np.group()) and _agent_phrase().search(self.text, np.start(), m.start) is not None:
            return None  # "selon les résultats publiés dimanche par la commission électorale": its agent
        return self._np_span(np.start(), m.end)

    def _issuing_body(self, pos: int, m: Mention) -> Mention | None:
        """``selon un bilan encore provisoire de la préfecture de la Haute-Savoie``, ``selon les
        résultats publiés par la commission électorale du Kenya``: a text or figures opening at
        ``pos`` (too long a phrase to end the clause) whose complement or agent is a body noun
        (``body_nouns``, no text noun) with its article-bearing complement link right before the
        governed name ``m``: that body, up to ``m``'s end, put the text out; the name (a place, a
        country) only says which body. Not a role, a pronoun or a person's bare name after ``de``."""
        if m.kind in ("role", "anonymous", "pronoun", "np") or m.start - pos > _ISSUING_BODY_REACH:
            return None
        body = _issuing_body_before().search(self.text, max(pos, m.start - _ISSUING_BODY_REACH), m.start)
        if body is None or _names_a_text(body.group()):
            return None
        start = _leading_adverbs().match(self.text, pos, body.start()).end()
        lead = self.text[start : body.start()].strip(" \u00a0")
        if not lead or _ISSUING_LEAD_STOP.search(lead) or not _names_published_text(lead):
            return None
        return self._np_span(body.start(), m.end)

    def _place_relative_between(self, start: int, end: int) -> bool:
        """Whether a one-word relative of place (``place_relatives``: où) stands as a word between
        ``start`` and ``end``, a cheap substring test first."""
        gap = self.text[start:end].lower()
        return any(w in gap for w in place_relative_words()) and any(
            w in place_relative_words() for w in _GAP_WORD.findall(gap))

    def _name_after_description(self, pos: int, s_end: int) -> Mention | None:
        """``a réagi un porte-parole du ministère iranien, Bahram X.``: a description opening
        right after the cue, however long, whose comma gives way to a full name ending the clause."""
        # « …, a précisé le directeur du port, Marc X. … »: an incise inside the marks too.
        np = self._opening_np(pos, s_end if s_end <= pos + _SUBJECT_WINDOW else pos + _SUBJECT_WINDOW, in_quote=self._in_marks(pos))
        if np is None or _heads_a_body(np.group()):
            return None  # "le bureau du premier ministre Justin Trudeau": the name is the complement's
        if np.start() > pos and self._first_mention(pos, np.start()) is not None:
            return None  # "« … » selon Madrid, le chef du parti, Paul X,": the mention right after the cue speaks
        reach = min(s_end, np.start() + _DESCRIPTION_REACH)
        comma = self.text.find(",", np.start(), reach)
        n = self._name_closing(np.start(), comma if comma >= 0 else reach)
        if n is not None and (" " not in n.text or (comma >= 0 and self.text[n.end : comma].strip())
                              or (n.start > np.end() and _words().preposition.search(self.text, np.end(), n.start)
                                  and (n.after_preposition or _common_complement().fullmatch(self.text, np.end(), n.start) is None)
                                  and status_gap().fullmatch(self.text, np.end(), n.start) is None)):
            # Not a full name, or not the one that closes the description at its comma, or one a
            # phrase after the description governs (« a lancé la cinéaste en montant sur la scène
            # du Grand Théâtre Lumière, »: the place, no apposition; but « le général à la retraite
            # Paul X »: where the holder stands, the name right after).
            n = None
        if n is not None and n.start > np.start() and self._place_relative_between(np.start(), n.start):
            # "raconte un commerçant du quartier où vivait Paul X": the name is the subject of the
            # relative of place the description ends with, not the one the description names.
            n = None
        if n is not None and comma >= 0 and not self.text[n.end : comma].strip():
            # "la présidente de l'association Roubaix Solidaire, Nadia X,": the name closing the
            # description is its complement when a full name stands in apposition after the comma.
            k = bisect.bisect_left(self.m_starts, comma)
            later = self.mentions[k] if k < len(self.mentions) else None
            if (later is not None and later.kind == "name" and " " in later.text and later.start - comma <= 3
                    and not self.text[comma + 1 : later.start].strip() and self._closes_apposition(later.end, s_end)):
                n = later
        if n is None and comma >= 0:
            k = bisect.bisect_left(self.m_starts, comma)
            if k >= len(self.mentions):
                return None
            n = self.mentions[k]
            if (n.kind == "role" and k + 1 < len(self.mentions) and self.mentions[k + 1].kind == "name"
                    and _titled_gap().fullmatch(self.text, comma + 1, self.mentions[k + 1].start) is not None):
                n = self.mentions[k + 1]  # ", le chef d'escadron Stéphane X": a rank read as a role opens the name
            if (n.start - comma > 3 or self.text[comma + 1 : n.start].strip()) and not _ranked_gap(self.text, comma + 1, n.start):
                return None
        if n is None or n.kind != "name" or " " not in n.text or (
                self._agent_word_in(np.start(), n.start) and _agent_phrase().search(self.text, np.start(), n.start)):
            return None  # "selon des analystes cités par le quotidien Gazeta Wyborcza": the name is the agent's
        if (n.start > np.end() and (link := _words().coordinator.search(self.text, np.end(), n.start)) is not None
                and link.group().casefold() not in _coordinator_words()):
            return None  # "a dit le ministre avant de recevoir son homologue, Jean X": the name is the later clause's object
        return n if n.end >= s_end or self._closes_apposition(n.end, s_end) else None

    def _closes_apposition(self, end: int, s_end: int | None = None) -> bool:
        """A name ending at ``end`` closes an apposition set off by a comma when punctuation or the
        sentence's end follows it (``le procureur, Thierry Roux, a…``), not a verb whose subject it
        is (``Selon un commissaire, Paul Marin était…``)."""
        stop = len(self.text) if s_end is None else s_end
        rest = self.text[end : min(stop, end + 2)].lstrip(" \u00a0")
        return not rest or rest[0] in ",.;:!?()\n"

    def _name_closing(self, start: int, end: int) -> Mention | None:
        """``le ministre de l'Intérieur et ex-député Marco Rinaldi``: the first name in
        ``text[start:end]``, when no preposition governs it."""
        k = bisect.bisect_left(self.m_starts, start)
        while k < len(self.mentions) and self.mentions[k].start < end and self.mentions[k].kind != "name":
            k += 1
        if k >= len(self.mentions) or self.mentions[k].start >= end or self.mentions[k].after_preposition:
            return None
        if k > 0 and self.mentions[k - 1].start > start and titled_complement(self.text, self.mentions[k - 1], self.mentions[k]):
            return None  # "l'avocat du ministre Jean X": the name is the complement's, glued to its title
        return self.mentions[k]

    def _np_after(self, pos: int, limit: int, s_end: int) -> regex.Match[str] | None:
        """A noun phrase right after a cue (a short adverbial may come first) ending its clause."""
        np = self._opening_np(pos, limit)
        if np is None or _ends_clause(self.text, np.end(), s_end):
            return np
        # "selon l'Agence pour le commerce extérieur,": an institution's tail ends the clause.
        tail = head_tail_end(self.text, np.end())
        if tail > np.end() and _ends_clause(self.text, tail, s_end):
            return np
        # "selon un négociant en matières premières (établi à Genève),": a trade's field after a
        # link of trade_links, maybe where its holder is based, ends the clause: all one description.
        trade = _trade_field().match(self.text, np.end(), s_end)
        if trade is not None and _ends_clause(self.text, trade.end(), s_end):
            return _NO_PUNCTUATION.match(self.text, np.start(), trade.end())
        # "selon le ministère de l'Agriculture et de la Pêche,": a list of portfolios after the
        # first runs to its last, which ends the clause (:meth:`_np_mention` reads it whole).
        listed = _office_complement_list().match(self.text, np.end(), s_end) if _ends_in_complement(np.group()) else None
        if listed is not None and _ends_clause(self.text, listed.end(), s_end):
            return np
        # "selon les journalistes présents dans la salle,": those on the spot, with where they stood.
        if (present := _presence_place_end(self.text, np, s_end)) > 0:
            return _NO_PUNCTUATION.match(self.text, np.start(), present)
        return None

    def _np_before_subject_relative(self, pos: int, comma: int) -> Mention | None:
        """The noun phrase opening at ``pos`` when a subject relative (``qui``) follows it with no
        comma and runs to ``comma``, the fronted phrase's end; no name may stand in the relative
        (``Pour un banquier qui a conseillé X``: the mentions of the phrase decide); else None."""
        if not any(w in self.text[pos:comma] for w in _subject_relative_words()):
            return None
        np = self._opening_np(pos, comma)
        if np is None or not self._relative_after(np.end(), comma) or names_a_thing(np.group()):
            return None
        k = bisect.bisect_left(self.m_starts, pos)
        if k < len(self.mentions) and self.mentions[k].start < comma:
            return None
        return self._np_mention(np)

    def _opening_np(
        self, pos: int, limit: int, *, in_quote: bool = False, past_complements: bool = False
    ) -> regex.Match[str] | None:
        """A noun phrase opening at ``pos``, after at most a short adverbial (``mardi soir``);
        inside quotation marks only for an incise that stands there itself (``in_quote``); with
        ``past_complements`` (an incise, whose object is the quote), also after a short
        prepositional phrase (``a confié à la sortie le frère de la victime``)."""
        return self._memo(self._find_opening_np, pos, limit, in_quote, past_complements)

    def _find_opening_np(self, pos: int, limit: int, in_quote: bool, past_complements: bool) -> regex.Match[str] | None:
        w = _words()
        pos, np = self._memo(self._np_past_adverbs, pos, limit)
        if past_complements and np is not None and self._governed_word(pos, np.start()):
            # A complement opening the incise (« à la sortie de l'audience »): the subject is the
            # next noun phrase no preposition governs (the pattern reads on over a determiner,
            # so the next one is looked for inside the match).
            if len(_GAP_WORD.findall(self.text, pos, np.start())) > 2:
                return None
            while np is not None and self._governed_word(pos, np.start()):
                np = w.np.search(self.text, np.start() + 1, limit)
                if np is not None and len(_GAP_WORD.findall(self.text, pos, np.start())) > _INCISE_COMPLEMENT_WORDS:
                    return None
            return np if np is not None and not self._in_marks(np.start()) else None
        if np is None or (self._in_marks(np.start()) and not in_quote):
            return None
        if past_complements and _named_complement().fullmatch(self.text, pos, np.start()):
            return np  # "a confié au Parisien une habitante": the outlet or place is a complement
        if past_complements and names_only_channel(self.text, pos, np.start()):
            return np  # "a répondu par courriel le service de presse": the channel is a complement
        if past_complements and _addressee_gap().fullmatch(self.text, pos, np.start()) and not _opens_complement(np.group()):
            # "a confié aux enquêteurs un proche": whom the words were told to, a complement (but
            # "au nom des Vingt-Sept": a noun phrase opening on a link completes the noun before it).
            return np
        gap = self.text[pos : np.start()]
        if gap.strip() and (len(_GAP_WORD.findall(gap)) > 2 or w.preposition.search(gap)):
            return None  # (white space alone holds no word: most noun phrases open right there)
        return np

    def _np_past_adverbs(self, pos: int, limit: int) -> tuple[int, regex.Match[str] | None]:
        """Where the words after ``pos`` start past its adverbial phrases, and the first noun
        phrase from there to ``limit`` (what :meth:`_find_opening_np` reads, whatever its flags)."""
        # "analyse pour sa part un négociant": adverbial phrases after the cue are no complement.
        pos = _leading_adverbs().match(self.text, pos, limit).end()
        return pos, _words().np.search(self.text, pos, limit)

    def _np_mention(self, np: regex.Match[str], complement: regex.Match[str] | None = None) -> Mention:
        """An unknown noun phrase (``l'expert européen``), with its ``complement`` if any: kept as a role-like mention."""
        k = bisect.bisect_left(self.m_starts, np.start())
        end = complement.end() if complement is not None else np.end()
        if k < len(self.mentions) and self.mentions[k].start < end:
            end = max(end, self.mentions[k].end)
            # "la présidente du G77 + Chine": a joined name the phrase's words stop inside, whole.
            while (k := k + 1) < len(self.mentions) and self.mentions[k].start < end:
                if self.mentions[k].kind == "organisation":
                    end = max(end, self.mentions[k].end)
        text = self.text[np.start() : end].rstrip(" \u00a0\u202f,.")
        if text[-2:-1] == "." and text[-1:].isupper() and self.text[np.start() + len(text) : end][:1] == ".":
            text += "."  # "le bureau du P.C.F.": a dotted acronym keeps its last period
        tail = _cut_complement().match(self.text, np.start() + len(text)) if _dangling_link().search(text) else None
        if tail is not None:
            # "le commandement … de l'Armée populaire de| libération": the word cap fell on a
            # complement's link; its noun belongs to the phrase.
            text = self.text[np.start() : tail.end()]
        elif (after := np.start() + len(text)) < len(self.text) and self.text[after] in ", " and _ends_in_complement(text):
            # "les ministères de l'Intérieur, des Affaires étrangères et des Armées": a list of
            # offices after the first runs on to its last, after a coordinator.
            listed = _office_complement_list().match(self.text, after)
            if listed is not None:
                text = self.text[np.start() : listed.end()]
        elif (tail := head_tail_end(self.text, np.start() + len(text))) > np.start() + len(text):
            text = self.text[np.start() : tail]  # "l'Agence pour le commerce extérieur": an institution's tail
        if " " in text and (owned := _demonym_then_possessive().match(text)) is not None and (
                Registry.default().country_of_adjective(owned.group("word")) is not None):
            # "« … », a dit l'Américaine de sa prochaine adversaire": a nationality noun takes no
            # possessive complement; it is the verb's (who the words are about).
            text = text[: owned.end("word")]
        text = _without_clitic(text)
        return Mention(np.start(), np.start() + len(text), text, "np", head_start=np.start())

    def _voice(self, lo: int, hi: int, q: Candidate) -> Mention | None:
        """``Le cdH, par la voix de son président Maxime X, a dénoncé « … »``: the name of the
        person a voice marker in ``text[lo:hi]`` (outside the quote and its marks) says spoke for
        the subject; none when it names no one (« par la voix de son porte-parole »)."""
        if not self.any_voice or hi <= lo or (lo < q.end and q.start < hi):
            return None
        found = _voice_marker().search(self.text, lo, hi)
        if found is None or self._in_marks(found.start()):
            return None
        reach = min(hi, found.end() + _VOICE_REACH)
        k = bisect.bisect_left(self.m_starts, found.end())
        while k < len(self.mentions) and self.mentions[k].start < reach:
            m = self.mentions[k]
            # The name closing the phrase, not a capitalised office inside it (« sa Haute-Commissaire aux droits… »)
            # nor the portfolio a preposition governs (« de la ministre du Numérique, Claire X »).
            if (m.kind == "name" and (_VOICE_END.match(self.text, m.end, hi) or not self.text[m.end : hi].strip())
                    and (not m.after_preposition or not self.text[found.end() : m.start].strip())):
                return m
            k += 1
        return None

    def _subject(self, pos: int, s_start: int, exclude: tuple[int, int], *, adjacent: bool = True) -> Mention | None:
        """The subject of a cue: the mention right before it (``le Quai d'Orsay déplore``), else
        the first mention of its sentence not governed by a preposition."""
        return self._memo(self._find_subject, pos, s_start, exclude, adjacent)

    def _subject_place_relative(self, s_start: int, opened: regex.Match[str], pos: int) -> bool:
        """Whether the clause conjunction ``opened`` is a relative of place (``où``) set off by
        commas right after the noun phrase opening the sentence, the cue at ``pos`` right after its
        closing comma (``Le groupe hospitalier X, où le chirurgien a opéré, a assuré que…``): the
        relative is an aside of that subject, which speaks; the cue is no verb of the relative. The
        noun phrase may open the clause past a fronted aside (``Dans le Nord, la ville de X, où Y est
        né, a salué…``)."""
        if self.text[opened.start() : opened.end()].strip(" \u00a0,").lower() not in place_relative_words():
            return False
        if not self.text[s_start:pos].rstrip(" \u00a0\u202f").endswith(","):
            return False
        np = self._np_ending_at(opened.start(), s_start)
        if np is None:
            return False
        at = int(np.start())
        return at == _skip_blank(self.text, s_start) or at == _skip_blank(self.text, self._past_fronted_aside(s_start, opened.start()))

    def _past_place_relative(self, opened: regex.Match[str], pos: int) -> int:
        """Where the clause of a cue at ``pos`` opens after the clause conjunction ``opened``: right
        after it, unless it is a relative of place (``où``) whose comma closes it before a subject
        of its own (``Dans la Sarthe, où X a bâti sa carrière, Ouest-France lui consacre …``): the
        relative is an aside of the fronted place, the cue's clause opens after its comma."""
        if self.text[opened.start() : opened.end()].strip(" \u00a0,").lower() not in place_relative_words():
            return int(opened.end())
        comma = self.text.find(",", opened.end(), pos)
        if comma < 0 or self._in_marks(comma):
            return int(opened.end())
        after = _skip_blank(self.text, comma + 1)
        return after if self._opens_own_subject(after, pos) else int(opened.end())

    def _opens_own_subject(self, start: int, pos: int) -> bool:
        """Whether the subject of a cue at ``pos`` opens at ``start``, right after a clause conjunction."""
        k = bisect.bisect_left(self.m_starts, start)
        if k < len(self.mentions) and self.mentions[k].start < pos and not self.mentions[k].after_preposition:
            return True
        # "…, mais son entourage assure que": a noun phrase from the conjunction to the cue.
        np = self._np_ending_at(pos, start)
        if np is not None and np.start() == start:
            return True
        # "…, où plusieurs centaines de manifestants ont défilé en scandant": a crowd opening it.
        if _crowd_phrase().match(self.text, start, pos) is not None:
            return True
        if k < len(self.mentions) and self.mentions[k].start < pos:
            # "…, tandis que le bureau du chef de l'État a assuré que": a longer noun phrase
            # of complements, a name or role closing it, from the conjunction to the verb.
            chain = _opening_chain().fullmatch(self.text, start, pos)
            return chain is not None and chain.start("np") <= start + 1
        return False

    def _counted(self, m: Mention, s_start: int) -> bool:
        """Whether a determiner of quantity ending with de (``une dizaine de``, ``des centaines d'``)
        stands right before ``m``, within its sentence: ``m`` is the noun it counts."""
        lo = m.start - _QUANTITY_REACH if m.start - _QUANTITY_REACH >= s_start else s_start
        lead = self.text[lo : m.start].rstrip(" \u00a0").casefold()
        lead = lead.replace("\u2019", "'")
        det = next((d for d in _quantity_determiners() if lead.endswith(d)), None)
        if det is None:
            return False
        before = lead[: len(lead) - len(det)]
        if before[-1:].isalpha() or before[-1:] == "'":
            return False  # part of a longer word, or the determiner's own phrase is a complement (le rapport d'une dizaine de…)
        words = before.split()
        return not words or words[-1] not in _preposition_words()

    def _find_subject(self, pos: int, s_start: int, exclude: tuple[int, int], adjacent: bool) -> Mention | None:
        # "Sénégal : l'opposition dénonce": the clause after a colon has its own subject.
        colon = self.text.rfind(":", s_start, pos)
        if colon >= 0 and not self._in_marks(colon):
            s_start = colon + 1
        # "X réclame des « garanties » ; Damas accepte, …": so has the clause after a semicolon.
        semi = self.text.rfind(";", s_start, pos)
        if semi >= 0 and not self._in_marks(semi):
            s_start = semi + 1
        # "…, tandis que l'Espagne, l'un des pays…, s'est réjouie": the clause a conjunction opens
        # after a comma has its own subject, when a mention stands in it.
        opened = None
        lo = s_start if s_start >= pos - _CONJUNCTION_REACH else pos - _CONJUNCTION_REACH
        for found in _clause_conjunction().finditer(self.text, lo, pos) if self.text.find(",", lo, pos) >= 0 else ():
            opened = found  # the last one before the cue (each opens with its comma)
        if opened is not None and not self._in_marks(opened.start()):
            if (place := _fronted_place().match(self.text, opened.end(), pos)) is not None and self._opens_own_subject(place.end(), pos):
                s_start = place.end()  # "…, tandis qu'à Paris l'opposition dénonce": past the place it names
            elif (self._opens_own_subject(opened.end(), pos) and not self._subject_place_relative(s_start, opened, pos)
                  and _verb_coordinated(comma=True).search(self.text, max(opened.end(), pos - _COORDINATOR_REACH), pos) is None):
                # (not "X affirme que …, parce qu'il se battait pour …, et demande …": a verb a comma
                # and a coordinator join after the subordinate clause is the main clause's, its subject X)
                s_start = self._past_place_relative(opened, pos)
        # "Un diplomate interrogé par l'AFP estime": the subject stands before the aside.
        lo = s_start if s_start >= pos - _AGENT_ASIDE_REACH else pos - _AGENT_ASIDE_REACH
        aside = _agent_aside().search(self.text, lo, pos) if self._agent_word_in(lo, pos) else None
        if aside is None and self._agent_word_in(far := (s_start if s_start >= pos - _COMPLEMENTED_AGENT_REACH else pos - _COMPLEMENTED_AGENT_REACH), pos):
            # "Barack X, informé de la situation par sa conseillère, Susan Y, a appelé": the same
            # past a complement between the participle and its agent, and the agent's name.
            aside = _complemented_agent_aside().search(self.text, far, pos)
        if aside is not None and aside.start() > s_start:
            # "Milan X, vice-président du parti Y, soutenu par Belgrade, a reconnu": an aside set
            # off by commas right after a description set off by commas keeps its opening comma,
            # which closes that apposition as it would before the verb (the name before the
            # description speaks, not the name ending its complement).
            pos = aside.start()
            opening = self.text.find(",", pos, aside.end())
            described = self.text.rfind(",", s_start, pos)
            segment = self.text[described + 1 : pos].strip() if described >= 0 else ""
            if (opening >= 0 and not self.text[pos:opening].strip(" \u00a0") and segment
                    and not self._in_marks(described) and (bare_description(segment) or _articled_role(segment))):
                pos = opening + 1
        elif (naming := self._self_naming_aside(s_start if s_start >= pos - _AGENT_ASIDE_REACH else pos - _AGENT_ASIDE_REACH, pos)) >= 0:
            pos = naming  # "un groupe se présentant comme le « Conseil … » affirme": the group speaks
        elif (spoken := self._inner_participle_aside(s_start if s_start >= pos - _AGENT_ASIDE_REACH else pos - _AGENT_ASIDE_REACH, pos)) >= 0:
            pos = spoken  # "Un conseiller, s'exprimant sous couvert d'anonymat, a reconnu": the subject stands before it
        if adjacent:
            # "sept pays – dont la France et le Qatar – ont exprimé": the subject stands before the aside.
            pos = _dash_aside_start(self.text, s_start, pos)
            # "Le conducteur, un Kurde de 25 ans, a maintenu": so it does before a description.
            pos = self._indefinite_aside_start(s_start, pos)
        k = bisect.bisect_left(self.m_starts, pos) - 1 if adjacent else -1
        while k >= 0 and self.mentions[k].parenthetical:
            if self.mentions[k].kind == "pronoun":  # "Le Quai d'Orsay, lui, juge": the subject
                comma = self.text.rfind(",", s_start, self.mentions[k].start)  # stands before the comma
                pos = comma if comma >= 0 else pos
            elif _BRACKET_CLOSE.fullmatch(self.text, self.mentions[k].end, pos):
                # "la direction des routes (Dirouest) indique", "les coprésidents (France, Russie,
                # Etats-Unis) ont appelé": the subject stands before the brackets.
                opening = self.text.rfind("(", s_start, self.mentions[k].start)
                pos = opening if opening >= 0 else self.mentions[k].start - 1
            k -= 1
        # "la commission d'enquête sur l'affaire X a conclu": the name a case is called after
        # names no one who speaks; a mention before it, heading the noun phrase, may.
        while k >= 0 and self.mentions[k].kind == "name" and self.mentions[k].start >= s_start and after_case_noun(self.text, self.mentions[k].start):
            k -= 1
        if k >= 0 and self.mentions[k].start >= s_start:
            m = self.mentions[k]
            # "le magistrat de 53 ans, qui a dénoncé": an age completing the antecedent; "Didier X,
            # 77 ans, qui avait affirmé": an age set off by commas after it.
            aged = age_complement().match(self.text, m.end, pos) or (
                _age_aside().match(self.text, m.end, pos) if self.text.startswith(",", m.end) else None)
            # "l'Agence internationale de l'énergie (AIE), qui rappelle": past its acronym in brackets.
            rel = aged.end() if aged is not None else _BRACKETED.match(self.text, m.end, pos).end()
            if self.text.startswith(",", rel) and (present := _presence_aside().match(self.text, rel, pos)) is not None:
                # "l'acteur X, présent dans le train, qui a affirmé": where the antecedent stood,
                # set off by commas between it and its relative.
                rel = present.end()
            if m.kind == "publication" and self.text[rel : rel + 2].lstrip(" \u00a0\u202f")[:1] in _CLOSING_MARK_STRINGS:
                # "l'hebdomadaire « Le Canard enchaîné », qui avait affirmé": a publication's name
                # in marks is still the antecedent of the relative past its closing mark.
                rel = _CLOSING_MARK_AFTER.match(self.text, rel, pos).end()
            if m.kind == "name" and self._indefinite_name(m) and self._relative_after(m.end, pos):
                # "Hollande veut une Europe qui « ne peut plus … »": a name after an indefinite
                # determiner is an idea of the place, no one who speaks: the verb's subject does.
                return self._subject(m.start, s_start, exclude)
            if _words().subject_relative.fullmatch(self.text, rel, pos) and (m.kind == "publication" or not self._in_marks(m.start)):
                # "au nez de la diplomatie française, qui qualifie": the antecedent speaks; "le
                # leader du Mouvement 5 Étoiles, qui estime": the description the name completes.
                k = self._relative_antecedent(k, s_start)
                m = self.mentions[k]
                return (self._partitive_antecedent(m, s_start) or self._posted_antecedent(k)
                        or self._described_by_complement(k) or self._led_body_of(m, s_start)
                        or self._apposition_owner(k, s_start) or self._incise_subject_around(m, s_start, pos)
                        or self._plural_antecedent(m, rel, pos, s_start) or m)
            gap = self.text[m.end : pos].split(")")[-1] if ")" in self.text[m.end : pos] else self.text[m.end : pos]
            # No clause boundary between them, except the comma closing an apposition
            # ("le ministre, Matteo Salvini, réagit").
            # "le président du syndicat, 82 ans, annonce": an age set off by commas right before the verb.
            age = _age_aside().search(gap) if "," in gap else None  # an aside holds its comma
            if age is not None and age.end() == len(gap):
                gap = gap[: age.start()] + " "
            comma_ok = "," not in gap or (gap.strip(" \u00a0\u202f") == "," and self._set_off(m, s_start)
                                          and not self._apposed_in_relative(m, s_start))
            if m.kind == "pronoun" and comma_ok and (head := self._object_relative_head(m, gap, s_start)) is not None:
                # "Les habitants qu'il a pu croiser lui confient…": the pronoun is the subject of an object
                # relative whose own verb stands before the cue; the noun phrase it completes speaks.
                return head
            # "La France a reçu Angela Merkel et a estimé": a second verb shares the first one's
            # subject (a coordinator in the gap; searched only when the rest may hold).
            # "un scrutin que Kiev et les Occidentaux jugent": the first of two subjects coordinated
            # right after que speaks (for both).
            conjunct = (_coordinated_conjunct().fullmatch(gap) is not None
                        and _words().relative_end.search(self.text[s_start if s_start >= m.start - 5 else m.start - 5 : m.start].rstrip()) is not None)
            # "En 2013, l'émission « X » de la chaîne Y a révélé": the publication broadcasting the
            # programme that opens the clause speaks, though a preposition governs it.
            aired = m.after_preposition and m.kind == "publication" and self._programme_opens(m, s_start)
            # "pour celui qui dénonçait « … »": an anaphor holding its subject relative (``celui
            # qui``) is its verb's subject, whatever preposition governs the demonstrative.
            headed = m.kind == "anaphor" and m.text.rsplit(None, 1)[-1].lower() in _subject_relative_words()
            # "une dizaine de chefs d'Etat africains ont fait état": the de of a determiner of
            # quantity governs no complement; the noun it counts is the subject.
            counted = m.after_preposition and self._counted(m, s_start)
            if ((not m.after_preposition or aired or headed or counted) and comma_ok and (conjunct or _words().coordinator.search(gap) is None)
                    and (conjunct or len(_GAP_WORD.findall(gap)) <= _SUBJECT_GAP_WORDS)
                    and not (exclude[0] <= m.start < exclude[1])
                    and (m.kind == "publication" or not self._in_marks(m.start))  # le tabloïd « Nový Čas » affirme
                    and not (k > 0 and titled_complement(self.text, self.mentions[k - 1], m))):
                # "Le cabinet du ministre Jean X a affirmé": not the name completing the subject.
                return self._chain_subject(k, s_start, pos) or self._qualified_description(k) or m
        first = self._first_verb_subject(pos, s_start, exclude, adjacent)
        if first is not None:
            return first
        # "Trump affirme que des manifestants scandaient « … »": the subject of the cue's own clause.
        local = (self._np_before(pos, s_start, clause_only=True) or self._quantifier_before(pos, s_start)
                 or self._np_before_relative(pos, s_start) or self._np_after_comma(pos, s_start))
        if local is not None:
            return local
        # "Interrogé sur les chars Leopard, M. Scholz …, indiquant", "Défiant le leader chaviste, M. X a bravé…":
        # a fronted aside holds no subject, past a live blog's time too ("13h50 - Sur son compte X, …").
        start = self._past_fronted_aside(past_dateline(self.text, s_start, pos), pos)
        k = bisect.bisect_left(self.m_starts, start)
        while k < len(self.mentions) and self.mentions[k].start < pos:
            m = self.mentions[k]
            if not m.after_preposition and (close := self._bound_relative_close(m, s_start, pos)) >= 0:
                k = bisect.bisect_left(self.m_starts, close)  # past the relative's own subjects
                continue
            if (not m.after_preposition and not m.parenthetical and not (exclude[0] <= m.start < exclude[1])
                    and not self._in_marks(m.start) and not self._indefinite(m) and not self._after_relative(m, s_start)
                    and not (k > 0 and titled_complement(self.text, self.mentions[k - 1], m))
                    and not self._in_relative_aside(m, s_start) and not self._completes_body_noun(m, start)
                    and not (m.kind == "name" and after_case_noun(self.text, m.start))  # « l'affaire X »: no speaker
                    and not self._purpose_object(m, s_start)):
                return self._apposed_name(m)
            k += 1
        before = self._before(pos, s_start, exclude)
        if before is not None and before.kind == "name" and after_case_noun(self.text, before.start):
            before = None  # "la commission d'enquête sur l'affaire X a conclu": the case's name speaks for no one
        if before is not None and self._purpose_object(before, s_start):
            before = None  # "L'entourage de X, désignée pour présider la BCE, a fait savoir": the infinitive's object
        if before is not None and (self._in_relative_aside(before, start) or self._completes_body_noun(before, start)):
            # "Le libéral, qui a dirigé la CGT depuis 2011, estime…": the relative's object is no
            # subject when the sentence opens with one; nor is the party of "Le milliardaire,
            # fondateur du mouvement ANO, affirme…".
            return (self._np_before(pos, s_start) or self._opening_subject(start, pos) or self._opening_clause(start, pos)
                    or self._opening_relative(start, pos) or self._bare_coordinated(start, pos) or before)
        return (before or self._np_before(pos, s_start) or self._opening_subject(start, pos)
                or self._opening_clause(start, pos) or self._opening_relative(start, pos)
                or self._bare_coordinated(start, pos))

    def _incise_subject_before_marks(self, cue: Any, q: Any) -> Mention | None:
        """``Les pièces n'étaient, a tranché Martha X, « rien de plus que du vent »``: a finite cue
        set off by commas right before the marks, its subject right after it, is an incise inside
        the clause: that subject speaks, not the clause's own subject before the comma."""
        if (cue.form != "finite" or q.marks is None or not cue.end < q.marks[0] <= cue.end + _REACH
                or self.text[cue.start - 2 : cue.start] != ", "):
            return None
        k = bisect.bisect_left(self.m_starts, cue.end)
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        if self.text[cue.end : m.start] != " ":
            return None
        gap = self.text[m.end : q.marks[0]].strip()
        # "…, reconnaît le chef de la police, mais « … »": a coordinator carries the incise's
        # clause on to the marks (incise_continuers of names.json).
        if gap != "," and not (gap[:1] == "," and gap[1:].strip().casefold() in _incise_continuers()):
            return None
        return m

    def _inner_participle_aside(self, lo: int, pos: int) -> int:
        """Where an aside of :func:`_inner_participle_aside` opens that ends ``text[lo:pos]`` at
        ``pos``; -1 when none does, or when a complementizer stands in it (``, estimant que …,``:
        a report of its own)."""
        if self.text.find(",", lo, pos) < 0:
            return -1
        found = _inner_participle_aside().search(self.text, lo, pos)
        ques = {c.rstrip("'’") for c in grammar().complementizers}  # que, qu
        if found is None or any(w.lower() in ques for w in _GAP_WORD.findall(found.group())):
            return -1
        return int(found.start())

    def _self_naming_aside(self, lo: int, pos: int) -> int:
        """Where a phrase of ``self_naming_participles`` (``se présentant comme le « … »``) opens that
        runs in ``text[lo:pos]`` to ``pos`` (no clause punctuation but marks in it): an aside of the
        subject before it; -1 when none does (a window of ``_AGENT_ASIDE_REACH`` characters at most)."""
        if " se " not in self.text[lo:pos]:
            return -1
        found = _self_naming_phrase().search(self.text, lo, pos)
        return found.start() if found is not None else -1

    def _chain_subject(self, k: int, s_start: int, pos: int) -> Mention | None:
        """``Le syndicat des personnels hospitaliers de la région Auvergne-Rhône-Alpes a dénoncé``:
        the noun phrase of complements opening the sentence (see :func:`_complement_chain`) and
        running to the cue, when the name right before the cue is one of its complements after a
        lower-case noun, no role it would name (``le porte-parole du gouvernement Jean X``) nor
        a person, whose first name is known (``Le conseiller au commerce Peter X``)."""
        m = self.mentions[k]
        if k > 0 and self.mentions[k - 1].end >= m.start - 1 and self.mentions[k - 1].start >= s_start:
            return None  # "le président de la région Jean X": a role and the name it is glued to
        if m.text.split(" ", 1)[0] in first_names():
            return None  # "Le conseiller au commerce Peter X": a person the description names
        before = self.text[max(s_start, m.start - _CHAIN_WORD_REACH) : m.start].rstrip()
        if not before or not before.rsplit(None, 1)[-1][:1].islower():
            return None
        start = past_connector(self.text, past_dateline(self.text, s_start, pos), pos)
        found = _opening_chain().fullmatch(self.text, start, pos)
        if found is None or not found.start("np") < m.start < found.end("np"):
            return None
        if bisect.bisect_left(self.cue_starts, start) < bisect.bisect_left(self.cue_starts, found.end("np")):
            return None
        return self._np_span(found.start("np"), found.end("np"))

    def _first_verb_subject(self, pos: int, s_start: int, exclude: tuple[int, int], adjacent: bool) -> Mention | None:
        """``Les syndicats réclament une hausse et dénoncent la « … »``: a cue right after a
        coordinator of ``verb_coordinators`` shares the subject of the cue before it in its
        sentence (no comma, other cue or mark left open between the two)."""
        joined = _verb_coordinated().search(self.text, max(s_start, pos - _COORDINATED_REACH), pos)
        if joined is None:
            return self._comma_coordinated_subject(pos, s_start, exclude, adjacent)
        k = bisect.bisect_left(self.cue_starts, joined.start()) - 1
        if k < 0 or self.cue_starts[k] < s_start or self.cues[k].end > joined.start():
            return None
        if k > 0 and self.cues[k - 1].que_end is not None and self.cue_starts[k - 1] >= s_start:
            k = self._outer_reporter(k, pos)
        between = self.text[self.cues[k].end : joined.start()]
        if any(c in between for c in ",;:()"):
            return None
        if any(c in between for c in "«»\u201c\u201d\"") and not _marks_closed(between):
            return None  # "Le texte accuse Bruxelles d'avoir « … » et prévient": a fragment in marks closed in the object
        return self._subject(self.cue_starts[k], s_start, exclude, adjacent=adjacent)

    def _comma_coordinated_subject(self, pos: int, s_start: int, exclude: tuple[int, int],
                                   adjacent: bool) -> Mention | None:
        """``Le journal remercie les lecteurs qui se sont dit solidaires, et prévient :``: a cue
        right after a comma and a coordinator of ``verb_coordinators``, no subject of its own,
        shares the subject of the finite cue before it in its sentence, past the cues of relative
        clauses (``qui se sont dit``); none when that cue reports an incise (``« … », a dit X, et``)
        or a semicolon, colon or bracket stands between."""
        joined = _on_coordinated().search(self.text, max(s_start, pos - _COORDINATED_REACH), pos)
        if joined is None or not joined.group().startswith(","):
            return None
        relative_end = _words().relative_end
        k = bisect.bisect_left(self.cue_starts, joined.start()) - 1
        while k >= 0 and self.cue_starts[k] >= s_start and relative_end.search(
                self.text[max(s_start, self.cue_starts[k] - _RELATIVE_LEAD) : self.cue_starts[k]].rstrip(" \u00a0")):
            k -= 1  # "qui se sont dit Charlie": the relative's verb, not the main clause's
        if k > 0 and self.cues[k - 1].que_end is not None and self.cue_starts[k - 1] >= s_start:
            k = self._agreeing_reporter(k, pos)
        if k < 0 or self.cue_starts[k] < s_start:
            return self._coordinated_predicate_subject(s_start, joined.start())
        if self.cues[k].form != "finite":
            return None
        cue = self.cues[k]
        lead = self.text[max(s_start, cue.start - _COLON_REACH) : cue.start].rstrip(" \u00a0")
        if lead.endswith(",") or any(c in self.text[cue.end : joined.start()] for c in ";:()"):
            return None  # "« … », a dit X, et ajoute": an incise, its subject after it
        between = self.text[cue.end : joined.start()]
        if any(c in between for c in "«»\u201c\u201d\"") and not _marks_closed(between):
            return None
        return self._subject(cue.start, s_start, exclude, adjacent=adjacent)

    def _coordinated_predicate_subject(self, s_start: int, comma: int) -> Mention | None:
        """``La chaîne a diffusé les images lundi, mais a précisé que…``: a cue after a comma and a
        coordinator, no cue before it in its sentence, shares the subject of the clause opening the
        sentence (a noun phrase and its verb group, see :func:`_gerund_clause`), not a noun of
        that clause's object."""
        start = self._past_fronted_aside(past_dateline(self.text, s_start, comma), comma)
        m = _gerund_clause().fullmatch(self.text, start, comma)
        if m is None or m.end("np") == m.end() or self._in_marks(m.start("np")):
            return None
        k = bisect.bisect_left(self.m_starts, m.start("np"))
        while k < len(self.mentions) and self.mentions[k].end <= m.end("np"):
            if self.mentions[k].end == m.end("np"):
                return self.mentions[k]  # "la LR Mathilde X a voté …, mais a reconnu": the name closing it
            k += 1
        return self._np_span(m.start("np"), m.end("np"))

    def _agreeing_reporter(self, k: int, pos: int) -> int:
        """``Le journal rapporte que plusieurs experts reconnaissent X, et cite l'un d'eux :``: when
        the cue ``cues[k]`` before a comma and a coordinator is the verb of the que-clause of the
        cue before it, and the cue at ``pos`` agrees in number with that outer cue and not with
        ``cues[k]`` (a singular verb after a plural one, or the reverse), the cue at ``pos`` is a
        second verb of the outer cue's subject: ``k - 1``; else ``k``."""
        outer, inner = self.cues[k - 1], self.cues[k]
        j = bisect.bisect_left(self.cue_starts, pos)
        if j >= len(self.cues) or self.cue_starts[j] != pos:
            return k
        other = self.cues[j]
        if (outer.form != "finite" or inner.form != "finite" or other.form != "finite"
                or outer.que_end is None or outer.que_end > inner.start
                or plural_cue(outer) != plural_cue(other) or plural_cue(inner) == plural_cue(other)):
            return k
        return k - 1

    def _outer_reporter(self, k: int, pos: int) -> int:
        """``Le ministre affirme que les transferts menacent la sécurité et ajoute que…``: when the
        cue ``cues[k]`` before a coordinator is the verb of the que-clause of the cue before it (no
        coordinator of its own), and the cue at ``pos`` has a que of its own in that outer cue's
        number, the cue at ``pos`` is a second verb of the outer cue's subject: ``k - 1``; else ``k``."""
        outer, inner = self.cues[k - 1], self.cues[k]
        j = bisect.bisect_left(self.cue_starts, pos)
        if j >= len(self.cues) or self.cue_starts[j] != pos:
            return k
        other = self.cues[j]
        if (outer.form != "finite" or inner.form != "finite" or other.form != "finite" or other.que_end is None
                or outer.que_end is None or outer.que_end > inner.start or plural_cue(outer) != plural_cue(other)
                or coordinated_verb(self.text, outer.que_end, inner.start)):
            return k
        return k - 1

    def _after_relative(self, m: Mention, s_start: int) -> bool:
        """Whether ``m`` opens a clause after ``que`` or ``qui`` (``Sur X, le réseau qu'il possède,
        Elon Musk a publié…``): the subject of a subordinate clause, not of the sentence."""
        lead = self.text[max(s_start, m.start - _RELATIVE_LEAD) : m.start].rstrip(" \u00a0")
        return _words().relative_end.search(lead) is not None

    def _object_relative_head(self, m: Mention, gap: str, s_start: int) -> Mention | None:
        """The noun phrase opening a clause right before ``que``/``qu'`` and the subject pronoun
        ``m`` (``Les habitants qu'il a rencontrés disent…``, ``…, où les habitants qu'il a pu croiser
        lui confient…``), when the relative's own verb stands in ``gap``, between ``m`` and the cue
        (a word no verb opener: not ``qu'il lui confie``, whose cue is the relative's verb). None
        when the noun phrase is a preposition's or a verb's object (``a dit aux habitants qu'il…``)."""
        lead = self.text[max(s_start, m.start - _RELATIVE_LEAD) : m.start]
        que = _object_relative_que().search(lead)
        if que is None:
            return None
        openers = verb_openers()
        if not any(w.casefold() not in openers for w in _GAP_WORD.findall(gap)) or _words().coordinator.search(gap) is not None:
            return None  # the cue is the relative's own verb, or a second verb of the pronoun's
        que_start = m.start - len(lead) + que.start()
        np = self._np_ending_at(que_start, s_start)
        if np is None or self._in_marks(np.start()):
            return None
        if bisect.bisect_left(self.cue_starts, np.start()) < bisect.bisect_left(self.cue_starts, que_start):
            return None  # "Le député assure qu'il a obtenu…": a verb's que, no relative's
        before = self.text[max(s_start, np.start() - _CHAIN_WORD_REACH) : np.start()].rstrip(" \u00a0")
        last = before.rsplit(None, 1)[-1].casefold() if before.strip() else ""
        if before.strip() and before[-1] not in ",;:(" and last not in _clause_opening_words():
            return None
        return self._np_span(np.start(), np.end())

    def _bound_relative_close(self, m: Mention, s_start: int, pos: int) -> int:
        """Where the relative of place or possession ``m`` opens ends (its comma before ``pos``):
        ``Dans la rue où Camille X et Paul Y louaient un appartement, une voisine…``, its names
        are the relative clause's subjects, not the sentence's; -1 when no such relative."""
        last, bound = _bound_relative_end()
        lead = self.text[max(s_start, m.start - _RELATIVE_LEAD) : m.start].rstrip(" \u00a0")
        if lead[-1:].lower() not in last or bound.search(lead) is None:
            return -1
        return self.text.find(",", m.end, pos)

    def _purpose_object(self, m: Mention, lo: int) -> bool:
        """Whether ``m`` is the object of an infinitive a preposition of purpose governs (``L'entourage
        de X, désignée pour présider la Banque centrale européenne, a fait savoir``): no subject."""
        window = self.text[max(lo, m.start - _PURPOSE_OBJECT_REACH) : m.start]
        if not any(w in window.lower() for w in purpose_governors()):
            return False
        return _purpose_infinitive_before().search(window) is not None

    def _in_relative_aside(self, m: Mention, lo: int) -> bool:
        """Whether ``m`` stands inside a relative clause a comma opens (``les propos du ministre,
        qui avait jugé Mme X « … », M. Y a…``): the relative's object, not the sentence's subject."""
        comma = self.text.rfind(",", lo, m.start)
        if comma < 0:
            return False
        if self._apposed_in_relative(m, lo):
            return True
        first = _WORD_RE.match(self.text, _skip_blank(self.text, comma + 1))
        # ", où le chirurgien a opéré, …": a relative of place opens an aside with its own subject too.
        if first is not None and (first.group().lower() in _relative_openers() or first.group().lower() in place_relative_words()):
            return True
        if first is not None and self._noun_then_relative(first, m.start):
            return True
        return self._inside_subject_relative(max(comma, m.start - _INNER_RELATIVE_REACH), m.start)

    def _apposed_in_relative(self, m: Mention, lo: int) -> bool:
        """Whether ``m`` stands right after a comma that closes the words of a subject relative a
        comma opens, a role among them (``X, qui a assisté à la finale aux côtés de la ministre,
        Amélie Y, a salué``): a name in apposition to that role, inside the relative, no subject."""
        comma = self.text.rfind(",", lo, m.start)
        if comma < 0 or _skip_blank(self.text, comma + 1) != m.start:
            return False
        earlier = self.text.rfind(",", lo, comma)
        if earlier < 0:
            return False
        opener = _WORD_RE.match(self.text, _skip_blank(self.text, earlier + 1))
        if opener is None or opener.group() not in _subject_relative_words():
            return False
        # The name holds the role the relative names (la ministre des Sports, son ministre des
        # Finances); with no role there ("Le porte-parole des forces X, qui contrôlent l'est du
        # pays, Ahmed Y, a affirmé") it is the subject's holder, set off after the relative.
        k = bisect.bisect_left(self.m_starts, opener.end())
        while k < len(self.mentions) and self.mentions[k].start < comma:
            if self.mentions[k].kind == "role":
                return True
            k += 1
        return False

    def _noun_then_relative(self, first: regex.Match[str], end: int) -> bool:
        """``, organisation que M. X préside, …``, ``, une instance dont …``: an apposition of a few
        lower-case words (a determiner, a noun, an adjective) whose relative opens before ``end``:
        a mention after the relative is inside the apposition's relative, no subject of the sentence."""
        word: regex.Match[str] | None = first
        for _ in range(_APPOSED_RELATIVE_WORDS + 1):
            if word is None or word.start() >= end:
                return False
            token = word.group()
            folded = token.lower().replace("’", "'")
            if folded in _relative_openers():
                # "…, près de Tel-Aviv, assure que …": a verb before que is the main clause's, no apposition.
                return word is not first and not self._cue_between(first.start(), word.start())
            if not token[:1].islower() or folded in _conjunction_words():
                return False  # "…, au point qu'un diplomate le qualifiait de …": a conjunction, no apposition
            nxt = word.end()
            if self.text[nxt : nxt + 1] not in ("", " ", "\u00a0") and not token.endswith(("'", "’")):
                return False  # a comma or a mark ends the apposition before any relative
            word = _WORD_RE.match(self.text, _skip_blank(self.text, nxt))
        return False

    def _cue_between(self, lo: int, hi: int) -> bool:
        """Whether a cue starts in ``text[lo:hi]``."""
        k = bisect.bisect_left(self.cue_starts, lo)
        return k < len(self.cue_starts) and self.cue_starts[k] < hi

    def _inside_subject_relative(self, lo: int, hi: int) -> bool:
        """Whether a subject relative and its verb stand in ``text[lo:hi]`` (``, fer de lance de la
        révolte qui avait renversé Omar X en 2019, a appelé``): a mention after them is the
        relative's object, not the sentence's subject."""
        window = self.text[lo:hi]
        if not any(w in window for w in _subject_relative_words()):
            return False
        return _inner_subject_relative().search(self.text, lo, hi) is not None

    def _past_fronted_aside(self, s_start: int, pos: int) -> int:
        """``Interrogée à la sortie, l'ancienne adjointe a déclaré``, ``Dans un communiqué, l'équipe
        de campagne de X a dénoncé``, ``Défiant le leader chaviste, M. X a bravé``, ``La veille, les
        syndicats ont jugé``: where the clause starts past an aside opening the sentence with a past
        or present participle, a preposition or a noun of time, closed by a comma; else ``s_start``."""
        if self.text.find(",", s_start, pos) < 0:
            return s_start  # each of those asides ends with its comma
        dated = fronted_time_end(self.text, s_start, pos)
        if dated > s_start:
            return dated  # "La veille, quatre membres … avaient refusé": a fronted time, no subject
        m = fronted_participle().match(self.text, s_start, pos)
        phrase = _fronted_phrase().match(self.text, s_start, pos) if m is None else None
        if phrase is not None:
            relative = self._past_fronted_relative(phrase.end(), pos)
            return relative if relative > phrase.end() else self._past_adverbial_apposition(phrase.end(), pos)
        m = m or self._present_participle_aside(s_start, pos)
        return m.end() if m is not None else s_start

    def _past_fronted_relative(self, start: int, pos: int) -> int:
        """``Au Maroc, qui traverse une sécheresse, le ministère a indiqué``: a subject relative
        (``subject_relatives``: ``qui``) right after a fronted phrase describes the phrase's noun,
        closed by its own comma; the clause starts past that comma (when it comes before ``pos``
        within ``_FRONTED_PHRASE_REACH``); else ``start``."""
        word = self.text[start : start + _VERB_REACH].split(" ", 1)[0]
        if word not in _subject_relative_words():
            return start  # (lower case only: "Qui" opens no relative after a comma)
        comma = self.text.find(",", start, min(pos, start + _FRONTED_PHRASE_REACH))
        if comma < 0 or self._in_marks(start):
            return start  # "À Rabat, qui a indiqué que …": no comma closes it, the relative's verb is the cue
        return _skip_blank(self.text, comma + 1)

    def _past_adverbial_apposition(self, start: int, pos: int) -> int:
        """``Devant les cadres de son parti, l'AKP, le président a lancé``: a single mention set off
        by commas right after a fronted phrase ending with a lower-case noun names that noun (an
        apposition of the adverbial), never the subject, when another mention follows it and runs
        to ``pos`` with no comma nor coordinator: where the clause starts past it; else ``start``."""
        before = self.text[max(0, start - _APPOSED_WORD_REACH) : start].rstrip(" ,\u00a0")
        if not before or not before.rsplit(None, 1)[-1][:1].islower():
            return start  # "À Paris, Jean X, le ministre, a dit": a place, no noun an apposition names
        k = bisect.bisect_left(self.m_starts, _skip_blank(self.text, start))
        if k + 1 >= len(self.mentions) or self.mentions[k + 1].start >= pos:
            return start
        m = self.mentions[k]
        if _ELIDED_LEAD.fullmatch(self.text, _skip_blank(self.text, start), m.start) is None:
            return start  # the mention opens the apposition, maybe after an elided article (l'AKP)
        comma = _APPOSITION_CLOSE.match(self.text, m.end, pos)
        tail = _BRACKETED_TAIL.match(self.text, self.mentions[k + 1].end, pos)
        if (comma is None or tail is None or "," in self.text[comma.end() : pos]
                or _words().coordinator.match(self.text, tail.end(), pos)):
            return start  # "Parmi eux, Jean X, 71 ans, …", "le DFAE, le DFJP (…) et le DDPS": a subject's apposition, a list
        return int(comma.end())

    def _present_participle_aside(self, s_start: int, pos: int) -> regex.Match[str] | None:
        """The aside a capitalised present participle opens (see :func:`_fronted_present_participle`);
        before a capitalised word (``Évoquant Paul X, le maire…``) only when no mention starts at
        the participle (a first name ending like one)."""
        m = _fronted_present_participle().match(self.text, s_start, pos)
        if m is None or m.group("capital") is None:
            return m
        k = bisect.bisect_left(self.m_starts, m.start("participle"))
        return None if k < len(self.mentions) and self.mentions[k].start == m.start("participle") else m

    def _relative_antecedent(self, k: int, s_start: int) -> int:
        """The mention a subject relative right after ``mentions[k]`` takes back: past a place set
        off by commas after the subject (``Leïla X, présidente de …, à Lyon, qui``)."""
        m = self.mentions[k]
        if not m.after_preposition or k == 0:
            return k
        comma = self.text.rfind(",", s_start, m.start)
        if comma < 0 or _words().preposition.fullmatch(self.text[comma + 1 : m.start].strip()) is None:
            return k
        j = bisect.bisect_left(self.m_starts, comma) - 1
        if j >= 0 and self.mentions[j].start >= s_start and not self.text[self.mentions[j].end : comma].strip():
            return j  # ", à Lyon,": a place set off after the subject's apposition
        return k

    def _plural_antecedent(self, m: Mention, rel: int, pos: int, s_start: int) -> Mention | None:
        """``Les évêques catholiques du Togo, qui avaient demandé``: the relative's verb at ``pos``
        agrees with its antecedent; a plural verb (``plural_verb_endings``, ``plural_presents`` of
    ``names.json``: ``-ent``, ``ont``, ``sont``) does not take back
        the singular complement ``m`` a preposition governs, but the plural noun phrase (a plural
        definite determiner: ``les``, ``ces``) that ``m`` completes, ending at the relative (``rel``)."""
        if not m.after_preposition or m.number == "pl":
            return None
        verb = self.text[pos : pos + _VERB_REACH].split(" ", 1)[0].lower()
        if not (verb.endswith(tuple(names_data()["plural_verb_endings"])) or verb in names_data()["plural_presents"]):
            return None
        np = self._np_ending_at(rel, s_start)
        if np is None or np.start() >= m.start or self._in_marks(np.start()):
            return None
        head = self.text[np.start() : m.start].split(" ", 1)[0].lower()
        if head not in names_data()["plural_determiners"]["definite"]:
            return None
        return self._np_span(np.start(), np.end())

    def _partitive_antecedent(self, m: Mention, s_start: int) -> Mention | None:
        """``six ambassadeurs, dont ceux en poste à Paris, qui avaient dénoncé``: the place ``m`` a
        preposition governs closes a partitive aside (a possessive relative and a demonstrative
        of ``partitive_demonstratives``), whose demonstrative stands for the noun phrase before
        it: that noun phrase is what the subject relative after ``m`` takes back."""
        if not m.after_preposition:
            return None
        lo = max(s_start, m.start - _PARTITIVE_REACH)
        window = self.text[lo : m.start]
        if "," not in window:
            return None  # (the cheap test first: the aside opens with its comma)
        asides = list(_partitive_aside().finditer(self.text, lo, m.start))
        aside = asides[-1] if asides else None  # the last one before m
        if aside is None or self._in_marks(aside.start()):
            return None
        np = self._np_ending_at(aside.start(), s_start)
        return self._np_span(np.start(), np.end()) if np is not None else None

    def _apposition_owner(self, k: int, s_start: int) -> Mention | None:
        """``Marie X, ancienne directrice de l'OMS, qui juge``: the name a bare description stands
        in apposition to, when the body ``mentions[k]`` before the relative is that description's
        complement."""
        m = self.mentions[k]
        comma = self.text.rfind(",", s_start, m.start)
        segment = self.text[comma + 1 : m.start].strip()
        if not m.after_preposition or comma < 0 or k == 0 or not (bare_description(segment) or _articled_role(segment)):
            return None
        if _words().preposition.match(segment.split(" ", 1)[0]) is not None:
            return None  # "…, après les critiques de X, qui juge": an adverbial, no description
        # "Marie X, présidente de l'Association des maires de France, qui": the name before the
        # comma, past the complements (each governed by a preposition) of the description.
        j = bisect.bisect_left(self.m_starts, comma) - 1
        if j < 0 or any(not (self.mentions[i].after_preposition or self._description_head(self.mentions[i], comma))
                        for i in range(j + 1, k)):
            return None
        owner = self.mentions[j]
        return owner if owner.kind == "name" and not self.text[owner.end : comma].strip() else None

    def _description_head(self, m: Mention, comma: int) -> bool:
        """The role ``m`` heading the description right after ``comma`` (``, présidente de``,
        ``, la présidente de``): no other word before it."""
        before = self.text[comma + 1 : m.start].strip()
        return m.kind == "role" and (not before or before.lower().replace("’", "'") in names_data()["definite_determiners"])

    def _incise_subject_around(self, m: Mention, s_start: int, pos: int) -> Mention | None:
        """``« … », assure un proche du chef de l'État, qui juge``: a complement ``m`` closing
        the subject that a cue before it in the sentence has after it; the subject relative
        after ``m`` takes back that whole noun phrase, as the cue does, not its complement."""
        j = bisect.bisect_right(self.cue_starts, m.start) - 1
        if j < 0 or self.cues[j].start < s_start or self.cues[j].end > m.start:
            return None
        subject = self._after(self.cues[j].end, pos, incise=True)
        if (subject is not None and _GAP_WORD.search(self.text, self.cues[j].end, subject.start) is not None
                and not self._is_incise(self.cues[j])):
            # "Les rebelles affirment être les cibles de Moscou, qui assure": a verb whose subject
            # stands before it, a word between it and the noun phrase: no object of the cue the
            # relative would take back whole; its antecedent is the complement closing it.
            return None
        if subject is None or subject.start >= m.start:
            return None
        if names_a_thing(self.text[subject.start : m.start]):
            return None  # "El Tiempo salue la fermeté du président X, qui": a quality speaks not, X does
        if subject.end == m.end:
            return subject
        # "déclare le chef de file des députés LR, qui": the subject found is the description's
        # head; its complement runs on to the antecedent (a link and a few lower-case words).
        if subject.end <= m.start and _complement_run().fullmatch(self.text, subject.end, m.start):
            return self._np_span(subject.start, m.end)
        return None

    def _posted_antecedent(self, k: int) -> Mention | None:
        """``un diplomate en poste à Bruxelles, qui rappelle``: the place ``mentions[k]`` closes
        where the person described right before it is posted or comes from (a word of
        ``origin_words`` and a link of ``place_links`` between them): the subject relative after
        the place takes back that person, not the place."""
        m = self.mentions[k]
        if not m.after_preposition or k == 0:
            return None
        head = self.mentions[k - 1]
        if head.kind not in _POSTED_HEAD_KINDS or _posted_gap().fullmatch(self.text, head.end, m.start) is None:
            return None
        return head

    def _described_by_complement(self, k: int) -> Mention | None:
        """The person's description (a role) whose complement the name ``mentions[k]`` ends:
        ``le leader| du Mouvement 5 |Étoiles``."""
        m = self.mentions[k]
        j = k - 1
        while j >= 0 and self.mentions[j].kind == "name" and self.mentions[j].start > m.start - _COMPLEMENT_REACH:
            j -= 1
        if j < 0 or self.mentions[j].kind != "role":
            return None
        role = self.mentions[j]
        # "Mourad X, le président de Toulon, qui juge": a bare "de" before the name links it too.
        return role if _named_complement_gap().fullmatch(self.text, role.end, m.start) else None

    def _speech_owner(self, lo: int, hi: int, *, opening: bool = False) -> Mention | None:
        """``Le message du Kremlin est clair : « … »``: whose words a speech noun names, the
        mention its complement link introduces in ``text[lo:hi]``; with ``opening``, only a
        speech noun, or a noun of a reply or a verdict (``Réaction de X sur France Info : « … »``),
        that is the first or second word after ``lo``."""
        nouns = _verdict_words() if opening else _speech_nouns()
        lo = past_dateline(self.text, lo, hi) if opening else lo  # "11h05 - Réaction de X : « … »"
        for link in _words().speech_owner.finditer(self.text, lo, hi):
            if opening and len(self.text[lo : link.start()].split()) > 1:
                return None
            if link.group("noun").lower() not in nouns or self._governed_word(lo, link.start()):
                continue  # not a speech noun, or one a preposition governs ("à propos de X")
            k = bisect.bisect_left(self.m_starts, link.end())
            if k > 0 and self.mentions[k - 1].start > link.end("noun") and self.mentions[k - 1].end > link.end():
                return self.mentions[k - 1]  # "Réaction de |la Maison-Blanche": the mention holds the link's article
            if k < len(self.mentions) and self.mentions[k].start == link.end():
                return self.mentions[k]
        return None

    def _speech_complement(self, q: Candidate, s_start: int) -> Mention | None:
        """``X a répliqué aux propos de Y sur la « … »``, ``les déclarations du ministre qualifiant
        Paris d'« … »``, ``les critiques de Y, qui avait jugé l'accord « … »``: words in marks inside
        the complement of a noun of speech whose owner is named are the owner's: the mention its
        complement link introduces (past a name set off in apposition), when only a topic
        preposition and a determiner, or a reporting verb (maybe after a subject relative) and a
        few words, stand between the owner and the opening mark."""
        if q.marks is None:
            return None
        opening = q.marks[0]
        if q.rule == _CLAIM_AGENT_RULE:
            # "la thèse des « mafias » avancée par Madrid": the claim's agent (classify's claim_frames).
            by = _participle_agent_after().match(self.text, q.marks[1], q.marks[1] + _PARTICIPLE_AGENT_REACH)
            if by is not None and (agent := self._agent_at(by.end())) is not None:
                return agent
        lo = max(s_start, opening - _SPEECH_COMPLEMENT_REACH)
        if _owned_speech_ending().search(self.text[lo:opening].lower()) is None:
            return None  # no link's noun can be a noun of speech (most windows): none read
        if (agent := self._speech_agent_after(q, lo)) is not None:
            return agent
        found = None
        for link in _words().speech_owner.finditer(self.text, lo, opening):
            if (link.group("noun").lower() not in _owned_speech_nouns() or self._in_marks(link.start())
                    or _about_marker().search(self.text, max(0, link.start() - _PREPOSITION_REACH), link.end())):
                continue  # not a noun of speech, or "à propos de X": no one's words
            k = bisect.bisect_left(self.m_starts, link.end())
            if k > 0 and self.mentions[k - 1].start > link.end("noun") and self.mentions[k - 1].end > link.end():
                k -= 1  # "les accusations de |l'adjointe": the mention holds the link's article
            if k >= len(self.mentions) or self.mentions[k].kind == "pronoun":
                continue
            owner = self.mentions[k]
            if owner.start > link.end():
                # "la sortie du dirigeant de la Ligue sur les « … »": a bare description the name completes.
                if _described_name().fullmatch(self.text, link.end(), owner.start) is None:
                    continue
                # "un message de sympathie| au nom du Conseil fédéral": a feeling the words carry
                # (thing_nouns), no one who spoke; the name after it is their owner.
                if not is_thing_noun(self.text[link.end() : owner.start].split(None, 1)[0]):
                    owner = self._np_span(link.end(), owner.end)
            end = owner.end
            if (k + 1 < len(self.mentions) and self.mentions[k + 1].end < opening
                    and _words().complement_gap.fullmatch(self.text, end, self.mentions[k + 1].start)):
                k += 1  # "la sortie du dirigeant| de la |Ligue sur les « … »": past the name completing it
                end = self.mentions[k].end
            # "les propos du commissaire européen, Phil X, sur des « … »": past the apposed name.
            closing = (_APPOSED_END.match(self.text, self.mentions[k + 1].end)
                       if k + 1 < len(self.mentions) and self.mentions[k + 1].end < opening
                       and _APPOSED_START.fullmatch(self.text, end, self.mentions[k + 1].start) else None)
            if closing is not None:
                end = closing.end()
            if self._inside_speech_complement(end, opening):
                found = owner
        return found

    def _judging_participle(self, at: int, short: str | None) -> bool:
        """Whether the participle at ``at`` before a quotation's marks is how its agent judged or
        named something: a reporting verb's (``jugée``, ``dénoncée``, ``qualifié``), or any
        participle governing its attribute through one of ``attribute_links`` (``présenté comme``)."""
        if short is not None and short.lower().replace("’", "'") in attribute_link_words():
            return True
        c = bisect.bisect_left(self.cue_starts, at)
        # "serait interrogé « dans les prochaines heures » par des enquêteurs": a verb of asking
        # (stance question) makes its subject the one questioned; its agent asks, judges nothing.
        return c < len(self.cues) and self.cue_starts[c] == at and self.cues[c].stance != "question"

    def _speech_agent_after(self, q: Candidate, lo: int) -> Mention | None:
        """``les accusations de « nettoyage ethnique » portées par Washington``: words in marks
        right after a noun of speech and its link, then a past participle and its agent, are
        the agent's (whoever rejects or repeats the charge in the clause)."""
        if q.marks is None:
            return None
        opening, closing = q.marks
        if _speech_noun_before_marks().search(self.text, max(lo, opening - _SPEECH_NOUN_REACH), opening) is None:
            return None
        by = _participle_agent_after().match(self.text, closing, closing + _PARTICIPLE_AGENT_REACH)
        return self._agent_at(by.end()) if by is not None else None

    def _inside_speech_complement(self, end: int, opening: int) -> bool:
        """Whether ``text[end:opening]`` keeps the opening mark inside the complement of the
        speech noun whose owner ends at ``end``: a topic preposition and a determiner (`` sur la ``),
        or a reporting verb, maybe after a subject relative, and a few words (`` qualifiant la
        France d'``, ``, qui avait jugé l'accord ``)."""
        if _speech_topic().fullmatch(self.text, end, opening):
            return True
        relative = subject_relative_after().match(self.text, end, opening)
        start = relative.end() if relative is not None else _skip_blank(self.text, end)
        if relative is None and start != end + 1:
            return False  # a comma or more: the owner's complement is closed
        c = bisect.bisect_left(self.cue_starts, start)
        if c >= len(self.cues) or self.cue_starts[c] != start or self.cues[c].end > opening:
            return False
        cue = self.cues[c]
        if cue.form not in ("finite", "gerund") or (relative is None) != (cue.form == "gerund"):
            return False
        rest = self.text[cue.end : opening]
        return not any(ch in rest for ch in ",;:«»\"()") and len(_GAP_WORD.findall(rest)) <= _SPEECH_OBJECT_WORDS

    def _possessed_speech(self, lo: int, hi: int) -> Mention | None:
        """``Sa réplique a fusé : « … »``: a possessive opening ``text[lo:hi]`` right before a
        noun of speech, of a statement or of a verdict: the possessive, as a pronoun, stands for
        whose words they are."""
        w = _words()
        start = min(hi, len(self.text)) - len(self.text[lo:hi].lstrip(" \t\n\u00a0\"«“—–-"))
        owner = w.possessive.match(self.text, start, hi)
        if owner is None or owner.group().lower() not in _possessive_words():
            return None
        # "…, selon ses estimations.": the sentence's stop is no part of the noun.
        words = self.text[owner.end() : hi].lower().replace("’", "'").rstrip(_CLOSING_STOPS).split()
        if len(words) > 1 and words[0] in _document_premodifiers():
            # "Son dernier billet, publié la veille, se terminait ainsi :": an adjective of order
            # before the noun; the noun may close on the comma of an apposition.
            words = [words[1].rstrip(","), *words[2:]]
        if not words or not ({words[0], " ".join(words[:2]), " ".join(words[:3])} & _verdict_words()):
            return None
        return _owner_mention(owner)

    def _governed_word(self, lo: int, start: int) -> bool:
        """Whether the word before ``start`` (within ``text[lo:start]``) is a preposition."""
        before = self.text[max(lo, start - _PREPOSITION_REACH) : start].split()
        return bool(before) and _words().preposition.fullmatch(before[-1]) is not None

    def _quantifier_before(self, pos: int, s_start: int) -> Mention | None:
        """``…, certains évoquaient``: a quantifier standing as the subject right before the cue."""
        w, lo = _words(), max(s_start, pos - _NP_BEFORE_REACH)
        # A match ends the window, but for spaces (and a newline its ``$`` allows), with a
        # quantifier's last word: a plain suffix test first spares most windows the search.
        if not self.text[lo:pos].rstrip(" \u00a0\n").casefold().endswith(w.quantifier_ends):
            return None
        m = w.quantifier_before.search(self.text, lo, pos)
        if m is None or self._in_marks(m.start()):
            return None
        return Mention(m.start(), m.end(), m.group(), "np", head_start=m.start())

    def _opening_subject(self, s_start: int, pos: int) -> Mention | None:
        """A noun phrase opening the sentence before the cue, when no mention is its subject; a
        capitalised complement ending it runs on over a list of such complements (``Les régimes
        militaires du Mali, du Burkina Faso et du Niger``), past a dateline (``BAMAKO (AFP) -``)."""
        s_start = past_dateline(self.text, s_start, pos)
        m = _words().opening_subject.match(self.text, s_start, pos)
        if m is None or self._in_marks(m.start()):
            return None
        if m.group().strip(" \t\n\u00a0\"«“—–-").casefold() in _quantifier_words():
            # "Plusieurs membres du Conseil de sécurité de l'ONU ont estimé": a quantifier alone
            # matched, too many words after it for its noun phrase; a quantifier is a determiner
            # there, so the opening noun phrase running to the verb is the subject ("Plusieurs
            # ont estimé": the pronoun alone, as before).
            # ("D'aucuns ne se sont pas privés": a verb or a clitic right after it, the pronoun.)
            noun = self.text[m.end() : pos].split(None, 1)
            whole = (self._opening_clause(s_start, pos, _quantified_clause())
                     if noun and not _verb_or_stop(noun[0]) else None)
            if whole is not None and whole.start <= m.end() - 1 and whole.end > m.end():
                return whole
        # "Plusieurs centaines de manifestants se sont rassemblés pour dénoncer": a quantifier
        # opening a crowd is its determiner, not the subject alone.
        crowd = _crowd_phrase().match(self.text, m.end() - len(m.group().lstrip(" \t\n\u00a0\"«“—–-")), pos)
        if crowd is not None and crowd.end() > m.end():
            return self._np_span(crowd.start(), crowd.end())
        end = m.end()
        if m.group("marked"):  # "Le collectif « Debout »,": the noun before its name in marks
            end = len(self.text[: m.start("marked")].rstrip(" \u00a0"))
        elif m.group("acronym"):  # "L'Association des juristes (AJ),": the name before its acronym
            end = m.start("acronym")
        listed = _office_complement_list().match(self.text, end, pos) if _ends_in_complement(m.group()) else None
        if listed is not None:
            end = listed.end()
        comma = self.text.find(",", end, pos)
        k = bisect.bisect_left(self.cue_starts, comma + 1) if comma >= 0 else len(self.cues)
        if k < len(self.cues) and not self.text[comma + 1 : self.cues[k].start].strip() and (
                self.cues[k].form != "noun" or bisect.bisect_left(self.cue_starts, s_start) < bisect.bisect_left(self.cue_starts, comma)):
            # "Les victimes, a-t-il ajouté, sont…": the comma opens an incise (not a channel's
            # aside after a phrase holding no cue: "L'opposition, dans un communiqué, a dénoncé…").
            return None
        start = min(end, len(self.text)) - len(self.text[s_start:end].lstrip(" \t\n\u00a0\"«“—–-"))
        return Mention(start, end, self.text[start:end], "np", head_start=start)

    def _opening_clause(self, s_start: int, pos: int, pattern: regex.Pattern[str] | None = None) -> Mention | None:
        """``Le régime militaire au pouvoir à Niamey a annoncé que…``: the words opening the
        sentence, from a determiner and a lower-case noun up to the cue, when nothing else is
        its subject and no comma, mark or other cue stands between (eight words at most), past
        a dateline (``BAMAKO (AFP) - Les régimes militaires… ont annoncé``) and a connector opening
        it (``Mais un proche du palais de X confie que…``)."""
        m = (pattern or _opening_clause()).fullmatch(self.text, past_connector(self.text, past_dateline(self.text, s_start, pos), pos), pos)
        if m is None or self._clause_cue_between(s_start, m.start("np"), m.end("np"), pos):
            return None
        end = m.end("np")
        last = self.text[m.start("np") : end].rsplit(None, 1)
        if len(last) == 2 and last[1].lower() in _object_clitics():
            end -= len(last[1])  # "Les chercheurs en concluent": the clitic belongs to the verb
        if " " in self.text[m.start("np") : end]:
            end = self._before_analyst_verb(m.start("np"), end)
        np = _NO_PUNCTUATION.match(self.text, m.start("np"), end)
        if np is not None and np.end() == end and audience_participles().intersection(np.group().lower().split()):
            # "Un message partagé des centaines de fois sur Twitter assurait que…": as after the
            # cue, the participle's phrase tells how widely the post went round, not who speaks.
            end = self._before_audience(np).end()
        return self._np_span(m.start("np"), end)

    def _clause_cue_between(self, lo: int, np_start: int, np_end: int, hi: int) -> bool:
        """Whether a cue stands from ``lo`` to ``hi``, but for a bare participle of asking after the
        first word of the noun phrase from ``np_start`` to ``np_end``, which describes its noun
        (« Plusieurs témoins interrogés sur place affirment »: the witnesses were asked; they affirm)."""
        k, j = bisect.bisect_left(self.cue_starts, lo), bisect.bisect_left(self.cue_starts, hi)
        return any(not (c.form == "participle" and c.stance == "question" and not c.aux and np_start < c.start and c.end <= np_end
                        and self.text[np_start : c.start].strip(" \u00a0").count(" ") >= 1)
                   for c in self.cues[k:j])

    def _before_analyst_verb(self, start: int, end: int) -> int:
        """``L'éditorialiste revient sur la fermeture : « … »``: where a present verb of commentary
        (interview.json ``analyst_verbs``) after the noun of the words from ``start`` to ``end``
        ends them as a noun phrase, its subject (not after a determiner alone: ``Une analyse``); else ``end``."""
        verbs = analyst_verbs_at(self.text, start, end)
        if not verbs:
            return end
        head = self.text[start : verbs[0]].split()
        if len(head) < 2 and not self.text[start : verbs[0]].rstrip().endswith(("'", "’")) and (
                not head or head[0].lower() in _determiners_and_prepositions()[0]):
            return end
        return start + len(self.text[start : verbs[0]].rstrip(" \u00a0\u202f"))

    def _gerund_main_subject(self, gerund: Any, s_start: int) -> Mention | None:
        """``Le ministère de la Transition écologique a réagi dans la soirée, assurant que…``: the
        noun phrase opening the sentence and its verb group (a cue itself, maybe), then the comma
        before the gerund, whose subject that noun phrase is, when nothing else is (past a dateline:
        ``HALIFAX — Les familles des victimes ont réclamé une enquête, jugeant que…``)."""
        comma = self.text.rfind(",", s_start, gerund.start)
        if comma < 0 and _gerund_marker_at().match(self.text, gerund.start, gerund.end):
            comma = gerund.start  # "Des étudiants ont défilé en scandant « … »": no comma needed
        if comma < 0 or not _only_clitics(self.text[comma + 1 : gerund.start]):
            return None  # "…, le jugeant « trompeur »": an object pronoun may stand before the gerund
        start = self._past_fronted_aside(past_dateline(self.text, s_start, comma), comma)
        m = _gerund_clause().fullmatch(self.text, start, comma) or _gerund_relative_clause().fullmatch(self.text, start, comma)
        if m is None or m.end("np") == m.end() or self._in_marks(m.start("np")):
            return None  # no verb group: the words before the comma are no clause of their own
        end = m.start("relative") if "relative" in m.re.groupindex else m.end("np")
        if bisect.bisect_left(self.cue_starts, start) < bisect.bisect_left(self.cue_starts, end):
            return None
        return self._np_span(m.start("np"), end)

    def _fronted_gerund_subject(self, gerund: Any, q: Any, s_start: int, s_end: int) -> Mention | None:
        """``En scandant « … », les étudiants ont bloqué l'entrée``: a gerund opening the sentence
        (its preposition alone before it) shares the subject right after the comma that closes
        its quotation (a mention there, a pronoun too, else a crowd)."""
        start = past_dateline(self.text, s_start, gerund.start)
        if len(self.text[start : gerund.start].split()) > _GERUND_OPENER_WORDS:
            return None
        if q.marks is None and q.start >= gerund.end and (comma := _COMMA_THEN_SPACE.match(self.text, q.end, s_end)) is not None:
            # "Rappelant que la loi date de 2010, la ministre a jugé …": the fronted participle's
            # content clause ends at the comma before the main clause, whose subject it shares.
            # The first mention of the main clause's subject, its title maybe before it
            # ("l'architecte Léa Morel"): no comma between, before the main clause's cue.
            k = bisect.bisect_left(self.m_starts, comma.end())
            c = bisect.bisect_left(self.cue_starts, comma.end())
            limit = min(s_end, comma.end() + _FRONTED_SUBJECT_REACH, self.cue_starts[c] if c < len(self.cue_starts) else s_end)
            if (k < len(self.mentions) and self.mentions[k].end <= limit and not self.mentions[k].after_preposition
                    and "," not in self.text[comma.end() : self.mentions[k].start]):
                return self.mentions[k]
            return None
        if q.marks is None or q.marks[0] < gerund.end:
            return None
        past = _slogans_then_comma().match(self.text, q.marks[1], s_end)
        if past is not None:
            pos = past.end()
            k = bisect.bisect_left(self.m_starts, pos)
            if k < len(self.mentions) and self.mentions[k].start == pos:
                return self.mentions[k]
            crowd = _crowd_phrase().match(self.text, pos, s_end)
            if crowd is not None:
                return self._np_span(crowd.start(), crowd.end())
        # "En proposant un « pacte » et en promettant de revenir, X s'expose", "En parlant d'une
        # « faute », en refusant le « cadeau », X a rompu": the mention right after the last phrase.
        past = _gerund_phrases_then_comma().match(self.text, q.marks[1], s_end)
        if past is None:
            return None
        k = bisect.bisect_left(self.m_starts, past.end())
        if k < len(self.mentions) and self.mentions[k].start == past.end() and not self.mentions[k].after_preposition:
            return self.mentions[k]
        return None

    def _opening_relative(self, s_start: int, pos: int) -> Mention | None:
        """``Un manifestant qui souhaite rester anonyme glisse que…``: the noun phrase opening the
        sentence, when a subject relative without commas stands between it and the cue (a verb
        of the relative may be a cue too: *qui souhaite*)."""
        m = _opening_relative().fullmatch(self.text, s_start, pos)
        if m is None or bisect.bisect_left(self.cue_starts, s_start) < bisect.bisect_left(self.cue_starts, m.end("np")):
            return None
        return self._np_span(m.start("np"), m.end("np"))

    def _np_before_relative(self, pos: int, s_start: int) -> Mention | None:
        """``une position partagée par son homologue italien, qui a jugé``: the noun phrase a
        subject relative right before the cue takes back, whatever governs it."""
        w, lo = _words(), max(s_start, pos - _RELATIVE_REACH)
        window = self.text[lo:pos]
        if "," not in window and not any(r in window for r in _subject_relative_words()):
            return None  # (the cheap test first: no comma, no relative pronoun)
        relative = w.subject_relative.search(self.text, lo, pos)
        if relative is None:
            return None
        np = self._np_ending_at(relative.start(), s_start)
        if np is None or self._in_marks(np.start()):
            return None
        if "," not in relative.group() and (np.group().split(None, 1)[0].casefold() not in _indefinite_words()
                                            or _names_a_text(np.group())):
            # No comma for the relative to open with: only a new referent, that the restrictive
            # relative says who it is (« une opposition qui dénonce un scrutin « … » »), speaks;
            # not a text (« par un texte qui explique vouloir… »: its issuer does).
            return None
        if _complement_link_before().search(self.text, max(0, np.start() - 5), np.start()):
            return None  # "spécialiste de la question palestinienne, qui": a complement, not the antecedent
        named = self._name_after_determiner(np.start(), np.end())
        if named is not None:
            return named  # "un Paul X fraîchement libéré, qui": a determiner of style before a name; the person
        return self._np_span(np.start(), np.end())

    def _name_after_determiner(self, start: int, end: int) -> Mention | None:
        """The person's name right after the determiner opening the noun phrase ``text[start:end]``
        (``un Paul X très ému``, ``le Paul X des débuts``: a determiner of style before a name, the
        words after it describe the person), if a name mention starts at its second word."""
        first = self.text.find(" ", start, end)
        if first < 0:
            return None
        k = bisect.bisect_left(self.m_starts, first + 1)
        if k < len(self.mentions):
            m = self.mentions[k]
            if m.start == first + 1 and m.end <= end and m.kind == "name":
                return m
        return None

    def _agent_of(self, m: Mention) -> bool:
        """Whether ``m`` is a passive's agent: an agent preposition (``par``) and at most an
        article right before it."""
        window = self.text[max(0, m.start - 24) : m.start]
        ends = [a.end() for a in _agent_word().finditer(window)]
        return bool(ends) and len(window[ends[-1] :].split()) <= 1

    def _np_ending_at(self, pos: int, s_start: int) -> regex.Match[str] | None:
        """The noun phrase (``np_before``: a determiner and up to four words) ending right before
        ``pos``, within reach and not before ``s_start`` (asked several times of one cue: see _memo)."""
        return self._memo(self._find_np_ending_at, pos, s_start)

    def _find_np_ending_at(self, pos: int, s_start: int) -> regex.Match[str] | None:
        w = _words()
        lo = max(s_start, pos - _NP_BEFORE_REACH)
        # Searching from the last character the pattern cannot cross finds the same match
        # (none starts before it) without trying every start in the window.
        stop = w.np_before_stop.search(self.text, lo, pos)
        if stop is not None and self.text[stop.start()] == ")" and (
                bracket := _BRACKETED_ACRONYM_END.search(self.text, lo, stop.end())) is not None:
            # "La société des journalistes (SDJ) du JDD a annoncé": the noun's acronym in brackets
            # is no stop; the phrase may start before it.
            stop = w.np_before_stop.search(self.text, lo, bracket.start())
        return w.np_before.search(self.text, stop.end() if stop is not None else lo, pos)

    def _bare_coordinated(self, s_start: int, pos: int) -> Mention | None:
        """``Syndicats et parents d'élèves dénoncent un « … »``: two plural nouns without a
        determiner, joined by a subject coordinator, opening the sentence and running to the cue
        (a few words of complement each, no comma, mark or other cue)."""
        m = _bare_coordinated().fullmatch(self.text, past_dateline(self.text, s_start, pos), pos)
        if m is None or bisect.bisect_left(self.cue_starts, s_start) < bisect.bisect_left(self.cue_starts, pos):
            return None
        return self._np_span(m.start("np"), m.end("np"))

    def _plural_pronoun_at(self, pos: int) -> Mention | None:
        """The plural subject pronoun starting at ``pos``, if any: ``Aux cris de « … », ils ont
        rejoint la place`` → ``ils``, the crowd it takes back."""
        k = bisect.bisect_left(self.m_starts, pos)
        if k < len(self.mentions):
            m = self.mentions[k]
            if m.start == pos and m.kind == "pronoun" and m.number == "pl":
                return m
        return None

    def _slogan_crowd(self, q: Candidate, s_start: int, s_end: int) -> Mention | None:
        """``Des milliers de manifestants ont défilé. Sur les pancartes, on pouvait lire « … »``:
        words in marks an indefinite ``on`` reads or hears on a medium of ``slogan_media``
        (``detection.json``) named in their sentence are the crowd that completes that medium after
        the marks (``sur les pancartes des manifestants``), else the last crowd (see
        :func:`_crowd_phrase`) named before the marks, within reach (maybe in the paragraph before)."""
        if q.marks is None:
            return None
        sentence = self.text[s_start:s_end].lower()
        if not any(w in sentence for w in _slogan_media()):
            return None
        for found in _crowd_phrase().finditer(self.text, q.marks[1], s_end):
            if self.text[max(0, found.start() - _SLOGAN_MEDIUM_REACH) : found.start()].lower().rstrip().endswith(_slogan_media()):
                return self._np_span(found.start(), found.end())  # "sur les pancartes des manifestants": theirs
        lo = max(0, q.marks[0] - _SLOGAN_CROWD_REACH)
        crowd = None
        for found in _crowd_phrase().finditer(self.text, lo, q.marks[0]):
            before = self.text[max(0, found.start() - _PREPOSITION_REACH) : found.start()].split()
            if not (before and before[-1].lower() in _preposition_words()):
                crowd = found  # not "dans le cortège": a place
        return self._np_span(crowd.start(), crowd.end()) if crowd is not None else None

    def _post_crowd(self, q: Candidate) -> Mention | None:
        """``… au contact des manifestants.⏎À la gare : « Nous ne lâcherons rien » #manif⏎— X (@x)``:
        words in marks a post embedded in web copy gives after a frame of place or time (its line
        opens with a preposition of ``names.json``, no one named) are the last crowd (see
        :func:`_crowd_phrase`) the text named before the post, within reach; not one after a
        preposition (``dans le cortège``: a place)."""
        if q.marks is None:
            return None
        line = self.text.rfind("\n", 0, q.marks[0]) + 1
        first = self.text[line : q.marks[0]].split(None, 1)
        if not first or first[0].lower() not in _preposition_words():
            return None
        crowd = None
        for found in _crowd_phrase().finditer(self.text, max(0, line - _SLOGAN_CROWD_REACH), line):
            before = self.text[max(0, found.start() - _PREPOSITION_REACH) : found.start()].split()
            if not (before and before[-1].lower() in _preposition_words()):
                crowd = found
        return self._np_span(crowd.start(), crowd.end()) if crowd is not None else None

    def _led_body_of(self, m: Mention, s_start: int) -> Mention | None:
        """``Le camp Kolélas, qui dénonçait``, ``le gouvernement Barnier, qui estime``: a one-word
        name glued after a definite article and a body named after its leader (``led_bodies``)
        completes it; the relative's antecedent is the body, not the leader."""
        if m.kind != "name" or " " in m.text:
            return None
        found = _led_body_head().search(self.text, max(s_start, m.start - _LED_BODY_REACH), m.start)
        return self._np_span(found.start(), m.end) if found is not None else None

    def _np_span(self, start: int, end: int) -> Mention:
        """``text[start:end]`` without its trailing spaces, as a noun-phrase mention."""
        text = self.text[start:end].rstrip(" \u00a0")
        text = _without_clitic(text)
        return Mention(start, start + len(text), text, "np", head_start=start)

    def _np_before(self, pos: int, s_start: int, *, clause_only: bool = False) -> Mention | None:
        """``le ministère a indiqué``: a noun phrase right before the cue, when no mention is
        (with ``clause_only``, only one opening a que- or qui-clause)."""
        m = self._np_ending_at(pos, s_start)
        if m is None and any(f in self.text[max(s_start, pos - _REFLEXIVE_REACH) : pos] for f in reflexives()):
            # "ses collègues se levaient pour scander": the subject before the reflexive verb.
            verb = _reflexive_verb_end().search(self.text, max(s_start, pos - _REFLEXIVE_REACH), pos)
            if verb is not None:
                m = self._np_ending_at(verb.start(), s_start)
        if m is None or self._in_marks(m.start()):
            return None
        if m.group()[:2].lower() == "ce" and (free := _free_relative_after().match(self.text, m.start(), pos)) is not None:
            # "Ce que la direction appelle le « … »": a free relative opens the words, its subject after it.
            m = self._np_ending_at(pos, free.end())
            if m is None:
                return None
        k = bisect.bisect_left(self.cue_starts, m.start())
        if k < len(self.cues) and self.cues[k].start < pos:
            # "le ministère a dénoncé dans un communiqué": the words hold a cue; the noun phrase
            # is the one before it.
            return self._np_before(self.cues[k].start, s_start, clause_only=clause_only)
        lead = self.text[s_start : m.start()].rstrip()
        # "à Saint-Nazaire, où la direction se dit « … »": a relative of place opens a clause whose
        # subject the noun phrase is, as qui and que do (not dont: « L'OEA, dont un grand nombre de
        # membres jugent… »: the noun phrase may run past the relative's verb).
        relative = _words().relative_end.search(lead) or (
            lead[-1:].isalpha() and lead.rsplit(None, 1)[-1].lower() in place_relative_words())
        if clause_only and not relative:
            return None
        if relative and self.text[pos : pos + 3].lstrip(" \u00a0\u202f")[:1] == ":":
            # "X a prononcé les mots que beaucoup attendaient : « … »": before a colon no cue
            # follows; the words after the relative run to their own verb, no subject of the colon.
            return None
        opens_clause = not lead or lead[-1] in ",;:" or relative or is_connector(lead)
        if not opens_clause:
            return None  # not opening its clause (or a relative one): an object, not the subject
        return self._np_mention(m)

    def _np_after_comma(self, pos: int, s_start: int) -> Mention | None:
        """``L'IGPN saisie, la famille réclame``: a noun phrase opening a clause after a comma and
        running to the cue is that clause's subject, not a mention before the comma."""
        m = self._np_ending_at(pos, s_start)
        if m is None or self._in_marks(m.start()) or not self.text[s_start : m.start()].rstrip().endswith(","):
            return None
        k = bisect.bisect_left(self.cue_starts, m.start())
        j = bisect.bisect_left(self.m_starts, m.start())
        if (k < len(self.cues) and self.cues[k].start < pos) or (j < len(self.mentions) and self.mentions[j].start < pos):
            return None  # a cue or a mention inside: the mentions of the sentence decide
        return self._np_mention(m)

    def _apposed_name(self, m: Mention) -> Mention:
        """``le gouverneur de l'île, Ricardo Rossello``: a description's name, when it follows; a
        party after a definite article glued to a full name (``la LR Anne X``) is that member."""
        if m.kind == "entity" and m.end < len(self.text) and self.text[m.end] == " " and self._definite(m.text):
            k = bisect.bisect_left(self.m_starts, m.end + 1)
            if (k < len(self.mentions) and self.mentions[k].start == m.end + 1 and self.mentions[k].kind == "name"
                    and " " in self.mentions[k].text):
                return self.mentions[k]
            return m
        if m.kind not in ("role", "np", "anonymous"):
            return m
        k = bisect.bisect_right(self.m_starts, m.start)
        if k < len(self.mentions):
            n = self.mentions[k]
            # A name inside the description is its apposition ("le président russe Vladimir
            # Poutine"), unless a preposition governs it ("un proche d'Édouard Philippe").
            inside = n.start < m.end and self._governed_inside(m.start, n)
            gap = self.text[m.end : n.start]
            if n.kind == "name" and m.kind == "role" and _body_complement().fullmatch(gap):
                return n  # "le PDG de Dassault Aviation Éric X": the name after the role's body
            if n.kind == "name" and m.kind == "role" and not n.after_preposition and _holder_after_body_noun(gap, n.text):
                return n  # "le chef de l'opposition travailliste Keir X": the name after the role's body noun
            if (n.kind in ("name", "entity") and not inside and gap.strip(" ,\u00a0") == "" and n.start - m.end <= 3
                    and ("," not in gap or self._closes_apposition(n.end))):
                # « une habitante, Natalia »: set off by a comma, a name is the apposition, no qualifier.
                if "," not in gap and self._qualifier_name(m, n):
                    return self._named_by_apposed_role(replace(m, end=n.end, text=self.text[m.start : n.end]))
                return n if n.kind == "name" else m
            if (n.kind == "name" and m.kind == "role" and not inside
                    and _CAPITAL_LAST_WORD.search(m.text) is not None and _ADJECTIVE_APPOSITION_GAP.fullmatch(gap)
                    and self._closes_apposition(n.end)):
                return n  # "La présidente de la Cour suprême, Anna X, qui…": an adjective closes the body's name
            if (n.kind == "name" and m.kind == "role" and not inside and " " in n.text
                    and _ROLE_ADJECTIVE_GAP.fullmatch(gap) and self._closes_apposition(n.end)):
                return n  # "Son enquêteur principal, Denis X, a …": the role's adjective, then its holder
            if m.kind == "role":
                held = self._holder_past_bodies(k, m.end)
                if held is not None:
                    return held
        return self._named_by_apposed_role(m)

    def _holder_past_bodies(self, k: int, end: int) -> Mention | None:
        """``Le président de la Commission de l'UA, Moussa X, a …``, ``l'ambassadrice du Royaume à
        Madrid, Karima X, …``: the name set off by commas after the bodies and the place a
        role's complement links chain (mentions from ``k`` on, each governed,
        up to ``_BODY_CHAIN``, the role ending at ``end``), the holder of that role."""
        first = True
        partisan = False  # a party's bracket right after the role (its body's noun may follow)
        for i in range(k, min(k + _BODY_CHAIN, len(self.mentions))):
            n = self.mentions[i]
            if first and n.parenthetical and self.text[end : n.start].strip(" \u00a0") == "(" and self.text[n.end : n.end + 1] == ")":
                end = n.end + 1  # "Le président (LR) de la région …": the holder's party, then the body
                partisan = True
                continue
            if (not n.after_preposition or (_link_gap().fullmatch(self.text, end, n.start) is None and (
                    first or _conjoined_body_gap().fullmatch(self.text, end, n.start) is None)
                    and not (partisan and _bracketed_party_body_gap().fullmatch(self.text, end, n.start) is not None))) and not (
                    first and n.kind == "name" and (body := _body_noun_complement().fullmatch(self.text, end, n.start)) is not None
                    and not body.group("adj")):
                # ("L'évêque de Quimper et Léon, Mgr X, …": a second body or place coordinated with the
                # first, maybe through its own link, still completes the role.)
                # "Le président de la région Bretagne, Loïg X, …": a body's noun glued to its
                # name (no preposition right before the name) links the role to it all the same.
                return None
            first = False
            end = n.end
            h = self.mentions[i + 1] if i + 1 < len(self.mentions) else None
            if (h is not None and h.kind == "name" and not h.after_preposition and h.start - end <= 3
                    and self.text[end : h.start].strip(" \u00a0") == "," and self._closes_apposition(h.end)):
                return h
        return None

    def _named_by_apposed_role(self, m: Mention) -> Mention:
        """``le rapporteur du texte, le sénateur de la Manche Paul X,``: a role set off by commas
        right after the role ``m`` (and its common-noun complement) names its holder, when a name
        closing that apposition follows it; so does a qualified anonymous head (``sa présidente,
        la négociatrice sénégalaise Awa X``); else ``m``."""
        if m.kind != "role":
            return m
        k = bisect.bisect_left(self.m_starts, m.end)
        if k >= len(self.mentions) or self.mentions[k].kind not in _APPOSED_HOLDER_KINDS or _ROLE_APPOSITION_GAP.fullmatch(
                self.text, m.end, self.mentions[k].start) is None:
            return m
        r = self.mentions[k]
        n = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
        if n is None or n.kind != "name" or " " not in n.text or not self._closes_apposition(n.end):
            return m
        gap = self.text[r.end : n.start]
        return n if not gap.strip() or _body_complement().fullmatch(gap) else m

    def _qualifier_name(self, m: Mention, n: Mention) -> bool:
        """``un député Horizons``, ``le député RN``: one capitalised word right after a description
        qualifies it and belongs to it when it is a known entity (a party, a union), an acronym
        after an office (``le conseiller fédéral UDC``), or any name after an indefinite description; it names nobody. After an office, a known entity of
        several words qualifies it too (``la députée Rassemblement national``). So does the name of a body's leader
        right after it (``le gouvernement Barnier``: see ``led_bodies``)."""
        if n.after_preposition and not self.text[m.end : n.start].strip():
            return True
        if " " in n.text:
            return n.kind == "entity" and m.kind == "role"  # "la députée Rassemblement national": a party's full name
        if n.kind == "name" and m.kind == "role" and n.text.isupper() and len(n.text) >= 2:
            return True  # "le conseiller fédéral UDC": an acronym right after an office is its party's
        return n.kind == "entity" or (m.text.split(maxsplit=1)[0].lower() if m.text else "") in _words().indefinite

    def _party_qualifies_np(self, np: regex.Match[str], m: Mention) -> bool:
        """Whether ``m``, a one-word party or union (an acronym the registry may not know), ends
        noun phrase ``np`` glued after a lower-case noun that names no body (``un cadre LR``, not
        ``le parti LR`` nor ``le syndicat CGT``: the body itself)."""
        if not (m.kind == "entity" or (m.kind == "name" and _ACRONYM.fullmatch(m.text))) or " " in m.text:
            return False
        if m.start - np.start() < 3 or self.text[m.start - 1] != " ":
            return False
        words = self.text[np.start() : m.start - 1].split()
        return len(words) >= 2 and words[-1][:1].islower() and words[-1].casefold() not in _body_heads()

    def _qualified_description(self, k: int) -> Mention | None:
        """The description that ``mentions[k]``, a one-word entity right after it (or one of
        several words after an office), qualifies (``le député RN``, ``la députée Rassemblement
        national``), maybe through the body of it that the office serves (``le président du groupe
        MoDem``): the subject is the description, not the party."""
        m = self.mentions[k]
        # "le sénateur ODS", "l'élu UDC": an acronym the registry does not know qualifies the
        # description glued before it as a known party does.
        if k == 0 or not (m.kind == "entity" or (m.kind == "name" and _ACRONYM.fullmatch(m.text))):
            return None
        d = self.mentions[k - 1]
        if d.kind not in ("role", "np", "anonymous"):
            return None
        gap = self.text[d.end : m.start]
        if "\n" in gap:
            return None  # "… des propos du ministre de l'Intérieur⏎⏎Le Maroc a rappelé": a headline's end, no qualifier
        glued = m.start - d.end <= 3 and not gap.strip()
        if not glued and (d.kind != "role" or _words().organisation_complement.fullmatch(self.text, d.end, m.start) is None):
            return None
        if " " in m.text and d.kind != "role":
            return None  # a party's full name qualifies an office only (« la députée Rassemblement national »)
        return self._apposed_name(d)

    def _before(
        self, pos: int, s_start: int, exclude: tuple[int, int], *, governed: bool = False
    ) -> Mention | None:
        """The mention closest before ``pos`` in its sentence, outside the quote and any marks and
        never an aside: one no preposition governs, or with ``governed`` any."""
        k = bisect.bisect_left(self.m_starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= s_start:
            m = self.mentions[k]
            if not (exclude[0] <= m.start < exclude[1] or self._in_marks(m.start) or m.parenthetical) and (
                governed or not (m.after_preposition or k > 0 and titled_complement(self.text, self.mentions[k - 1], m))
            ):
                return m
            k -= 1
        return None


# Marks that make words set off after a fronted source a quotation, no apposition (apostrophes aside).
_APPOSITION_MARKS = frozenset("«»\"“”„‹›")
