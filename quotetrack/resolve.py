"""Stage 8 — turn speaker mentions into entities, across the document.

In text order: a name is grouped with its other forms (``M. Salvini`` → ``Matteo Salvini``);
an apposition binds a role to a name (``la porte-parole du ministère, Claire Dubreuil``)
so that a later role refers back; a role left unnamed goes to the person a continuing cue
names next (``…, a ajouté Claire Dubreuil``, :func:`rename_unnamed_role`); a pronoun takes the
last compatible speaker; a group (``les deux dirigeants``) takes the last two; institutions and
metonyms go to their registry entity. Each step is recorded in the attribution's ``chain``.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from typing import Any

import regex
from rapidfuzz import fuzz

from quotetrack import channel, entries, institutions, lexicon, marks, plurals
from quotetrack.classify import (
    DATELINE,
    after_fronted_frame,
    past_connector,
    past_dateline,
    past_timestamp,
)
from quotetrack.classify import grammar as detection_grammar
from quotetrack.cues import (
    avoir_auxiliaries,
    clause_connectors,
    cue_adverbs,
    one_word_adverbs,
    present_participle_endings,
    telling_participle_endings,
    verb_words,
)
from quotetrack.lexicon import WORD, alternation, ending_with, trie_alternation, words_then_space
from quotetrack.mentions import (
    Mention,
    absolute_participles,
    age_after,
    age_complement,
    age_predicate,
    all_in_marks,
    first_names,
    fronted_participle,
    is_family_noun,
    is_thing_noun,
    known_first_name,
    names_a_thing,
    names_data,
    place_complement,
    status_gap,
    stressed_subject_after,
    subject_relative_after,
    titled_complement,
)
from quotetrack.models import EntityType, Quote, Span, Speaker
from quotetrack.registry import (
    Entity,
    article_year,
    extended_surname,
    fold,
    is_body_role_key,
    opens_elided,
    pronouns,
)
from quotetrack.segment import paragraphs, trimmed_end

_WORDS = regex.compile(r"\w+")
_COMPLEMENT_WORD = regex.compile(r"[\s'’]*+(\w[\w-]*)")
# One letter and an apostrophe glued to a name's first word (an elided article: « L'Olympique »).
_ELIDED_HEAD = regex.compile(r"^\p{L}['’]")


def _past_elided_head(word: str) -> str:
    """``word`` without the elided article opening it (``L'``, see ``_ELIDED_HEAD``); the pattern
    is read only when an apostrophe is the word's second character, as in every match."""
    return _ELIDED_HEAD.sub("", word) if word[1:2] in ("'", "’") else word


def _capital_elided(word: str) -> bool:
    """Whether ``word`` opens with the elided article in capitals (« L'Accord de Paris »,
    « L'Oréal »: :func:`~quotetrack.registry.opens_elided`): no person's name opens so."""
    return word[:1].isupper() and opens_elided(word)


# An apposition in lower case set off by commas right after a description (« l'ancienne adjointe,
# partie civile, a déclaré »): the description introduces someone, it points back to nobody.
# Between a role's complement link and the name of the body it names: spaces, and at most one
# common noun (« le chef du |parti |Syriza »).
_BODY_NAME_GAP = regex.compile(r"[ \u00a0]*+(?:\p{Ll}[\p{L}\-]*+[ \u00a0]++)?")
# Between a body's name and its acronym in brackets: « Mouvement 5 étoiles| (|M5S) ».
_ACRONYM_GAP = regex.compile(r"[ \u00a0]*+\([ \u00a0]*+")
# One lower-case word (an adjective: « l'avocat historique de X ») between a role and its complement link.
_ROLE_ADJECTIVE_GAP = regex.compile(r"[ \u00a0]\p{Ll}[\p{Ll}\-]{3,40}+(?=[ \u00a0])")
# Its end position: the regex module scans to the text's end for a bracket that is not there.
_ACRONYM_REACH = 20
_BODY_NAME_KINDS = frozenset({"name", "organisation", "entity", "metonym"})
# A body's capitalised head noun no mention covers (« le dirigeant de l'|Alliance civique »): its
# name too, at most this many characters long.
_BODY_HEAD_WORD = regex.compile(r"\p{Lu}[\p{Ll}\-]*+(?![\p{L}\d])")
_BODY_HEAD_REACH = 30
_LOWER_APPOSITION = regex.compile(r"[ \u00a0]*+,[ \u00a0]++\p{Ll}[\p{L}'’\- \u00a0]{0,40}?,")


# Longest verb group between a body and the relative pronoun opening the clause it reports (characters).
_REPORTER_REACH = 40


# What may come between a role and a name set off as its apposition: a short complement of
# the role's (a few words, no clause punctuation nor quotation mark), then the comma.
_GOVERNED_APPOSITION_GAP = regex.compile(r"(?:[ \u00a0]+[^\s,;:.!?«»\"“”()]+){0,5}[ \u00a0]*,[ \u00a0]*")


# A quotation mark opening a sentence, after its spaces.
# A comma after a name and the word opening its apposition (« Jacques X, retraité »), and how far it may run.
_APPOSED_WORD = regex.compile(r"[ \u00a0]*+,[ \u00a0]++(\p{Ll}[\p{L}\-]*+)")
_APPOSED_WORD_REACH = 40
# A lower-case noun right before a name, after a determiner (« le sociologue Paul X »): its description's head.
_HEAD_BEFORE_NAME = regex.compile(r"(?i:\b(?:le|la|l['’]|un|une))[ \u00a0]*+(\p{Ll}[\p{L}\-]*+)[ \u00a0]++$")
# Characters read at a sentence's start for a definite description and its head noun.
_FIELD_OPENING_CHARS = 40
# Characters read at a sentence's start for a topic marker (« Quant au parti, il… »).
_OPENING_REACH = 64
# Characters before a pronoun searched for the role of the person it takes back (two long sentences).
_ROLE_SUBJECT_REACH = 2000
# Characters read after a description for a complement (`` de la défense``, `` du Parti X, ``): a bound,
# as ``regex`` looks for the link word up to endpos before the anchored match, to the text's end.
_COMPLEMENT_REACH = 160
# Characters read after a role for a possessed complement (`` de son hôtel``).
_POSSESSED_REACH = 24
# Characters read for a determiner and a body noun opening the words searched (``Le ministère``).
_BODY_OPENING_REACH = 80
# The lower-case word right before a position, a space between (« humanitaire » in « le navire humanitaire X »).
# Matched backwards from the position (REVERSE): one try where a forward search tries every start
# of its window; the same span (the run's first letter, none before the window's start).
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}[\p{L}\-]*)[ \u00a0]++$")
_OPENING_MARK = regex.compile(r"[ \u00a0\n]*+[«“\"]")


# The registry types of public bodies, whose offices no common noun of a party or union takes back.
_PUBLIC_BODY_TYPES = frozenset({"institution", "state"})

# Longest common-noun complement (a link and two words) a role's written span takes in.
_ROLE_TAIL_REACH = 60


# Characters before a name read for the event noun it completes (a noun, an adjective, a link).
_EVENT_REACH = 48


@cache
def _event_place_before() -> regex.Pattern[str]:
    """A noun of ``place_event_nouns`` in ``names.json``, maybe one lower-case adjective, then
    ``de``/``d'`` ending right before a name (searched in the _EVENT_REACH characters before it)."""
    nouns = names_data().get("place_event_nouns", ())
    return regex.compile(
        rf"(?i)(?<!\p{{L}})(?:{trie_alternation(nouns) if nouns else '(?!)'})(?-i:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+)?"
        r"[ \u00a0]++(?:de[ \u00a0]++|d['’])$"
    )


def _event_link_before(text: str, end: int) -> bool:
    """Whether ``de`` and spaces or ``d'`` (any case) end right before ``end`` (or before a
    newline there, where ``$`` matches too): what every match of :func:`_event_place_before` ends with."""
    if text.endswith("\n", 0, end):
        end -= 1
    if text.endswith(("'", "’"), 0, end):
        return text.endswith(("d", "D"), 0, end - 1)
    j = end
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    return j < end and text[j - 2 if j > 2 else 0 : j].lower() == "de"


@cache
def _words_at_least(n: int) -> regex.Pattern[str]:
    """A pattern matching (at its start) a string of at least ``n`` words (``_WORDS`` runs)."""
    return regex.compile(rf"\W*+(?:\w++\W*+){{{n}}}")


def _more_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``text[start:end]`` holds more than ``n`` words: ``len(_WORDS.findall(...)) > n``,
    reading only up to the word after the n-th (a gap after a cue may run over a whole page)."""
    return _words_at_least(n + 1).match(text, start, end) is not None


# How many earlier names, bindings or speakers resolution looks back over: a bound that
# keeps it linear on pathological texts and is far beyond what an article needs.
_LOOKBACK = 64
# Words a name's clause may hold before it and still have it as subject ("Le président turc X").
_LEAD_DESCRIPTION = 4
# Least rapidfuzz ratio of two first names read as spellings of one (Sergei, Sergueï).
_SAME_GIVEN_NAME = 75
# Least rapidfuzz ratio of two surnames after one first name read as spellings of one
# (Kovalenko, Kovalenco; Salmane, Salman), their lengths at most _SURNAME_SLACK apart and
# each at least _SURNAME_MIN letters long.
_SAME_SURNAME = 80
_SURNAME_SLACK = 2
_SURNAME_MIN = 4
# Characters before a name read to decide whether it opens its sentence.
_LEAD_CHARS = 120
# Most characters from a sentence's start to a cleft's subject (``C'est dans la salle des fêtes,
# sous les applaudissements, que ``): its opener, a lead of ``_LEAD_CHARS``, its link and spaces.
# The bound keeps the cleft test from reading a long sentence again for each name in it.
_CLEFT_SPAN = _LEAD_CHARS + 60
# Words an adverbial opening may hold before the subject ("D'un point de vue plus politique, X").
_LEAD_WORDS = 10
# Characters read before and after a role for a prompting participle and its link (contraignant X à).
_PROMPT_REACH = 24
# Most words of a role's bare complement and the link after it (de séance à).
_PROMPT_WORDS = 4
# Most words of a prepositional cue opening a sentence before its source (Selon, D'après).
_FRONTED_CUE_WORDS = 2
# Characters read on each side of a name for a participle of harm (« qui a abattu X », « X a été tué »).
_VICTIM_REACH = 32
# Words after a name read for that participle (« , a été tué »).
_VICTIM_WORDS = 4
# Words one fronted phrase closed by the comma right before the name may hold (a description).
_LEAD_APPOSITION_WORDS = 16
# Words a short adverbial before that fronted phrase may hold ("Lundi soir, lors du sommet, X").
_LEAD_ADVERBIAL_WORDS = 3
# Most leanings and compound nationality adjectives read after a role (d'extrême droite suédo-danois).
_ROLE_EPITHETS = 2
# Characters before a description read for a possessive relative (``dont``).
_RELATIVE_REACH = 8
# Max characters between a role and a complement of it (" à ", " auprès de ").
_COMPLEMENT_GAP = 14
# Most mentions an enumeration of portfolios holds between a role and its holder's name.
_PORTFOLIO_NAMES = 4
# Most characters of a role's common-noun complement before a body's or its holder's name.
_LOWER_COMPLEMENT_CHARS = 40
# Most characters of that complement when a comma sets off the holder's name right after it
# (« la présidente du groupe national de soutien aux victimes, Claire X »): the comma closes the
# description, so a longer complement of common nouns still names the office the name holds.
_LOWER_COMPLEMENT_HOLDER_CHARS = 64
_LOWER_WORDS = regex.compile(r"(?:[ \u00a0]++\p{Ll}[\p{L}\-'’]*+)*+[ \u00a0]*+")
# Max characters between a role and the name it is in apposition with.
_APPOSITION_GAP = 3
_SHORT_LINK_CHARS = 5  # a link before a body's seat: au, aux, à l'
# Max characters between a description set in apposition after a name and a second one joined
# to it by a coordinator (« X, ministre de l'Action et des Comptes publics et maire de Tourcoing, »).
_SECOND_DESCRIPTION_REACH = 80
# Characters before a role searched for the coordinator that joins it to the description before.
_COORDINATOR_WINDOW = 12
# Mentions governed by a preposition (a fronted place: « À Bruxelles, ») skipped before a sentence's subjects.
_FRONTED_MENTIONS = 2
# Characters of a sentence read for a plural pronoun's antecedent: a bound that keeps the
# search linear in a text without sentence ends.
_PLURAL_REACH = 400
# Most sentences before a plural pronoun's sentence read for a plural subject opening one, when the
# sentence right before names none; farthest characters back their start may stand; the most
# characters into such a sentence its subject may open at (past a connector).
_PLURAL_BACK_SENTENCES = 3
_PLURAL_BACK_REACH = 600
_PLURAL_OPENING_REACH = 20
# Characters before a name read for an article (« les » and a no-break space).
_ARTICLE_REACH = 5
# Characters read before a nationality noun for a demonstrative (``cette ``, ``ces ``).
_DEMONSTRATIVE_REACH = 7
# Characters read before a nationality noun for a premodifier and its space (``troisième ``).
_PREMODIFIER_REACH = 12
_ARTICLE_LAST = frozenset(" \u00a0'’")
"""The characters each of ``article_ends`` ends with (see :func:`_article_ends`)."""
# Characters before a name read for the noun it is the name of (``le mouvement Ennahdha``).
_NOUN_REACH = 20
# What may close a clause right after a text's agent (``diffusé par le groupe.``).
_CLAUSE_ENDS = frozenset(".,;:!?)")
# What may open a sentence before its first word.
_OPENING_PUNCT = " \u00a0\n\t\"«“—–-"
# Characters after an about marker (``À propos de``) up to the comma closing its aside.
_ASIDE_REACH = 60
# Kinds of mention that name or describe someone by themselves (not a pronoun, an anaphor or
# an empty discourse mention, which point back): what a plural antecedent may be made of.
_NAMING_KINDS = frozenset({"name", "entity", "metonym", "role", "np", "anonymous", "group", "organisation", "publication"})
# Quotation marks that open or close an answer's paragraph (no apostrophe: it opens no quotation).
_OPENING_MARK_TEXTS = marks.opening_marks() - {"'", "’"}
_CLOSING_MARK_TEXTS = marks.closing_marks() - {"'", "’"}

# What may stand before a sentence's first word: spaces and opening marks.
_OPENING_SPACE = " \t\n\u00a0\"«“—–-"
# How many mentions before an inverted pronoun its sentence's stressed subject (la Cnil, elle,) may lie.
_DISLOCATION_MENTIONS = 6
# Characters after a name read for a stressed pronoun set off by commas (« , elles, n »).
_STRESSED_REACH = 12
# Characters read after a name for the age a verb gives it (`` a 54 ans``).
_AGE_REACH = 16
# Characters read back from a lone first name for the title before it (« grande-duchesse »).
_REGNAL_REACH = 20
# A subhead's label of a first name and a surname typed in lower case (« Matteo renzi »).
_LOWER_SURNAME = regex.compile(r"[ \u00a0]*+(\p{Lu}[\p{Ll}\-]++)[ \u00a0]++(\p{Ll}[\p{Ll}\-]{2,}+)[ \u00a0]*+")
# Kinds of mention that describe someone an apposition may name.
_ROLE_KINDS = frozenset({"role", "np"})
_UNMARKED_GENDER = "m"
"""The gender an office's title takes whoever holds it (« le maire » for a woman too)."""
# Between two members of a list of subjects (« Paris, Londres et Berlin »): a comma; between a
# role and the name of the same member (« le chancelier allemand Olaf Scholz »): spaces.
_COMMA_GAP = regex.compile(r"[ \u00a0]*+,[ \u00a0]++")
_UNIT_GAP = regex.compile(r"[ \u00a0]++")
# A role's complement in a list of subjects (« la présidente de la Fenvac, Sophie X »): at most
# this many mentions (« de l'association Promenade des Anges ») and characters before each.
_MEMBER_COMPLEMENT_MENTIONS = 2
_MEMBER_COMPLEMENT_GAP = 30


@dataclass(slots=True)
class _Person:
    name: str
    entity: Any = None
    gender: str | None = None
    kind: str = "person"
    """``organisation`` for an acronym (M5S, CNRI): never the antecedent of a pronoun."""
    titled: bool = False
    """Seen with a title (M., Mme): a person even when named by a single word."""
    aged: bool = False
    """Seen with an age set off by commas (« Olena, 54 ans, »): a person's first name alone."""
    seen: list[Mention] = field(default_factory=list)
    """The names clustered with this person since it was made (see :meth:`Resolver._bare`,
    :meth:`Resolver._unplaced`, :meth:`Resolver._regnal`, asked only of the few that need them)."""


@lru_cache(maxsize=4096)
def _alias_heads(aliases: tuple[str, ...], strip_determiner: Callable[[str], str]) -> frozenset[str]:
    """The head nouns of an entity's aliases (``ministère`` for *ministère de l'Europe et des
    Affaires étrangères*), worked out once per entity."""
    return frozenset(strip_determiner(a).split(" ", 1)[0] for a in aliases)


@dataclass(slots=True)
class _Binding:
    at: int
    person: _Person
    keys: list[str]
    role: str | None
    country: str | None
    head: str
    body: str | None = None  # the body whose office the role names (« le président du Sénat »)
    gender: str | None = None  # the role's own gender (« le procureur » binds a woman too)
    # A general office with a complement the lexicon reads as no narrower one (« le ministre de
    # l'Énergie »): a portfolio of its own, not another office that general role covers.
    portfolio: bool = False
    # The role's key whatever its complement, and the names of the body that complement names
    # (« chef de file du Mouvement 5 étoiles (M5S) »: its full name and its acronym), folded.
    office: str | None = None
    body_names: frozenset[str] = frozenset()
    # Made by resolving the description to someone (``_bind_resolved``), no apposition.
    guessed: bool = False
    # The number of the owner a possessive opening the description gives (« Son avocat »: ``sg``,
    # « Leur avocat »: ``pl``), None without one.
    owners: str | None = None
    # The role key of a former office (« l'ancien Premier ministre »), which gives no role; only a
    # former office takes back a binding a former office made (« l'ancien président, X »).
    former: str | None = None
    # The place a seat office names after it (« maire de Chartres »: ``chartres``), folded; None without one.
    seat: str | None = None


def _same_body_name(a: str, b: str) -> bool:
    """Whether two folded names of bodies may name one: the same, or one the other's first words
    (« la Commission » and « la Commission européenne »)."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _binding_at(b: _Binding) -> int:
    """Where ``b`` was made: the key bindings are sorted by."""
    return b.at


# Characters read at the start of a sentence for a thing opening it (a determiner, two words).
_THING_REACH = 60
# Characters, and words, read before a name for the team noun that titles it (« l'entraîneur nantais »).
_TITLE_REACH = 40
_TITLE_WORDS = 3
# How many sentences opening with a thing a pronoun looks past for the body before them.
_THING_SENTENCES = 2


@cache
def _religious_title_before() -> regex.Pattern[str]:
    """A title of ``religious_titles`` in ``names.json`` ending one space before a name (searched
    in the _REGNAL_REACH characters before it), not after one of ``possessive_determiners``
    (« son frère Pierre »: a relative); group ``title``, the title as written."""
    data = names_data()
    titles, owners = data.get("religious_titles", ()), data.get("possessive_determiners", ())
    if not titles:
        return regex.compile(r"(?!)")
    owned = rf"(?<!(?<!\p{{L}})(?:{trie_alternation(owners)})[ \u00a0]++)" if owners else ""
    return regex.compile(rf"(?i)(?<!\p{{L}}){owned}(?P<title>{trie_alternation(titles)})[ \u00a0]\Z")


@cache
def _generic_texts() -> frozenset[str]:
    """Generic nouns of a text, that take back the document named before (« ce texte », « le
    document »): ``generic_text_nouns`` of ``names.json``."""
    return frozenset(names_data().get("generic_text_nouns", ()))


@cache
def _document_heads() -> frozenset[str]:
    """The one-word ``document_nouns`` of ``names.json`` (loi, traité, accord), lower case."""
    return frozenset(w.lower() for w in names_data().get("document_nouns", ()) if " " not in w)


@cache
def _place_relative_words() -> frozenset[str]:
    """The one-word relatives of place of ``names.json`` (``où``), folded."""
    return frozenset(fold(w) for w in names_data()["place_relatives"] if " " not in w and not w.endswith(("'", "’")))


@cache
def _draft_links() -> tuple[str, ...]:
    """``draft_links`` of ``names.json`` (``projet de``), each also capitalised, longest first."""
    links = names_data().get("draft_links", ())
    return tuple(sorted({*links, *(w[:1].upper() + w[1:] for w in links)}, key=len, reverse=True))


@cache
def _document_named() -> regex.Pattern[str]:
    """A document of ``document_nouns`` (``names.json``) named for the first time: ``un amendement``."""
    raw = names_data()
    nouns = trie_alternation(raw.get("document_nouns", ()))
    indefinite = trie_alternation(raw.get("indefinite_determiners", ()))
    new = trie_alternation(raw.get("document_premodifiers", ()))
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{indefinite})[ \u00a0]++(?:(?:{new})[ \u00a0]++)?(?P<noun>{nouns})(?![\p{{L}}'’-])")


def _ends_with_word(before: str, words: tuple[str, ...]) -> bool:
    """Whether ``before`` ends with one of ``words`` as a whole word (no letter right before it)."""
    return any(before.endswith(w) and not before[-len(w) - 1 : -len(w)].isalpha() for w in words)


# Characters read before a document's determiner for a preposition of aim (``en vue d'``).
_GOAL_LINK_REACH = 12


@cache
def _document_goal_links() -> tuple[str, ...]:
    """``document_goal_links`` of ``names.json``, lower case."""
    return tuple(w.lower() for w in names_data().get("document_goal_links", ()))


@cache
def _restating_opening() -> regex.Pattern[str]:
    """A sentence opening with the impersonal pronoun, capitalised, and a ``restating_impersonals``
    form (``Il s'agit``)."""
    raw = names_data()
    pronoun = trie_alternation(w[:1].upper() + w[1:] for w in raw["impersonal_pronouns"])
    return regex.compile(rf"\s*+(?:{pronoun}) (?:{trie_alternation(raw.get('restating_impersonals', ()))})(?!\w)")


@cache
def _document_subject() -> regex.Pattern[str]:
    """A definite document of ``document_nouns`` (``names.json``) opening a sentence as its subject,
    a lower-case verb right after it: ``Le projet de loi énonce``."""
    raw = names_data()
    nouns = trie_alternation(raw.get("document_nouns", ()))
    plural = {w for ws in raw["plural_determiners"].values() for w in ws}
    singular = trie_alternation([*raw["definite_determiners"], *(w for w in raw["demonstratives"] if w not in plural)])
    return regex.compile(rf"[\s\u00a0]*+(?i:{singular})[ \u00a0]*+(?P<noun>(?i:{nouns}))[ \u00a0]++\p{{Ll}}")


class Resolver:
    """Document-level state for resolving mentions to speakers."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        registry: Any,
        words: dict[str, Any],
        sentence_starts: Sequence[int] = (),
        cue_ends: Sequence[int] = (),
        quoted: Sequence[tuple[int, int]] = (),
        cue_starts: Sequence[int] = (),
        year: int | None = None,
    ) -> None:
        self.text = text
        self.registry = registry
        # The year the article is dated by (given, else its dateline's): an office's holder then.
        self.year = year if year is not None else article_year(text)
        lex = _lexicon(words)
        self.determiners, self.det_gender, self.demonstratives, self.definite = lex.determiners, lex.det_gender, lex.demonstratives, lex.definite
        self.premodifier_gender, self.euphonic, self.vowel_next = lex.premodifier_gender, lex.euphonic, lex.vowel_next
        self.complement_after, self.portfolio_gap, self.lower_complement = lex.complement_after, lex.portfolio_gap, lex.lower_complement
        self.body_link, self.body_link_inside = lex.body_link, lex.body_link_inside
        self.place_complement, self.name_complement = lex.place_complement, lex.name_complement
        self.place_opening, self.place_bracket = lex.place_opening, lex.place_bracket
        self.complement_inside, self.organisation_suffixes = lex.complement_inside, lex.organisation_suffixes
        self.organisation_prefixes = lex.organisation_prefixes
        self.same_markers, self.named_anaphors = lex.same_markers, lex.named_anaphors
        self.title_gender: dict[str, str] = words["title_gender"]
        self.article_ends = lex.article_ends
        self.organisation_nouns, self.field_nouns = lex.organisation_nouns, lex.field_nouns
        self.institution_nouns, self.apposition_titles, self.regnal_titles = lex.institution_nouns, lex.apposition_titles, lex.regnal_titles
        self.team_nouns = lex.team_nouns
        self.subject_coordinator = lex.subject_coordinator
        self.sentence_starts = list(sentence_starts)
        self.cue_ends = cue_ends
        self.cue_starts = frozenset(cue_starts)
        self.described: dict[str, Speaker] = {}
        # Descriptions by an owner's name (« le patron d'OpenAI ») taken back to a person, by their words.
        self._taken: dict[str, Speaker] = {}
        self._publishers: set[str] = set()  # names an agent gave as a text's publisher (publié par X)
        self.publication_described: Speaker | None = None
        """The latest publication described without its name (``le tabloïd``), as written."""
        self.written: dict[str, str | None] = {}
        """Names of the speakers given as descriptions, as written (``porte-parole``), with the
        gender their determiner gives (``le réalisateur``: ``m``)."""
        self.by_surname: dict[str, _Person] = {}
        self._key_at: dict[int, str] = {}
        """The cluster key of each name (by its start) that is not its surname's (see :meth:`_cluster_names`)."""
        self.recent: list[tuple[int, Speaker]] = []
        self._thing_openings: dict[int, bool] = {}  # sentence index → whether it opens with a thing
        self._field_openings: dict[int, tuple[int, str]] = {}  # sentence index → its opening field noun and where
        self._field_set_off: dict[str, bool] = {}  # person → set off with a field noun (see _set_off_with_field)
        # Groups that spoke (kept apart: pronouns and runs take back single speakers).
        self.recent_groups: list[tuple[int, Speaker]] = []
        self._spans: dict[tuple[int, int], Span] = {}
        self._words_before: dict[int, str | None] = {}  # see _word_before
        self._heads: dict[tuple[str, str], str] = {}  # see _head
        self._genders: dict[tuple[str, bool, bool], str | None] = {}  # see _gender
        self._keys_of: dict[tuple[int, str, str | None, str | None, str | None], list[str]] = {}  # see _role_keys
        self._offices_named: dict[tuple[int, str], bool] = {}  # see _names_office
        self._complement_words: dict[int, str] = {}  # see _complement_word
        self._speakers: dict[tuple[Any, ...], Speaker] = {}
        names = self._with_complement_names(mentions)
        surnames = self._cluster_names(names)
        self.by_name = {p.name: p for p in self.by_surname.values()}
        # Antecedents: the names outside quotations and asides (a photo credit names nobody who speaks).
        # Nor is the name a case is called after (« Affaire X : … », « le dossier X »), nor a
        # plant's after a preposition (« la fermeture de l'usine X de Douai »).
        self.case_nouns = lex.case_nouns
        self.facility_nouns = lex.facility_nouns
        # Nor is a place an event is called after (« l'attaque chimique de Khan Cheikhoun »),
        # nor a ship's (« le navire humanitaire X »): « a expliqué le capitaine » is not the ship.
        self.vessel_nouns = lex.vessel_nouns
        self._ship_words = lex.ship_words
        self._ships: bool | None = None  # see _ship_text
        unquoted = [i for i, m in enumerate(names) if not _inside(quoted, m.start) and not m.parenthetical
                    and not all_in_marks(self.text, m) and not self._after_noun(m.start, self.case_nouns)
                    # « l'usine X de Douai »: a site's name, no one a pronoun or a role takes back.
                    and not (m.after_preposition and self._after_noun(m.start, self.facility_nouns))
                    and not self._place_of_event(m) and not (self._vessel_name(m.start) and self._ship_text())]
        self.all_names = [names[i] for i in unquoted]
        # The person each of all_names is a form of, looked up once for the loops over them.
        self.all_people = [self.by_surname[surnames[i]] for i in unquoted]
        self.all_name_starts = [m.start for m in self.all_names]
        self._first_named: dict[str, int] = {}
        """Where each person of all_people is first named (see :meth:`_introduced_in_report`)."""
        self._victims: dict[str, frozenset[str]] = {}
        """By role key, the people the text names as victims of a harm that role's description never takes back (see :meth:`_victim`)."""
        for n, p in zip(self.all_names, self.all_people, strict=True):
            self._first_named.setdefault(p.name, n.start)
        # Roles outside quotation marks: those in subject position ("Le dirigeant américain s'en
        # est pris…", "Dimanche, le maire a tiré la sonnette d'alarme") are antecedents of pronouns.
        self.roles = [m for m in mentions if m.kind == "role" and not _inside(quoted, m.start)]
        self.role_starts = [m.start for m in self.roles]
        # Where each office is first described (« le premier ministre néo-écossais »), by role key.
        self.first_role_at: dict[str, int] = {}
        for r in self.roles:
            if r.role is not None:
                self.first_role_at.setdefault(r.role, r.start)
        # Anaphors outside quotation marks ("Le principal intéressé dément"): a subject one takes
        # back its person for the pronouns after it.
        self.anaphors = [m for m in mentions if m.kind == "anaphor" and not _inside(quoted, m.start)]
        self.anaphor_starts = [m.start for m in self.anaphors]
        # Singular personal pronouns of a known gender outside quotation marks: one opening its
        # sentence as subject makes a name after its verb an object (see :meth:`_object_after_subject`).
        self.subject_pronouns = [m for m in mentions if m.kind == "pronoun" and m.number == "sg" and m.gender is not None
                                 and not m.after_preposition and not _inside(quoted, m.start)]
        self.subject_pronoun_starts = [m.start for m in self.subject_pronouns]
        # Anonymous descriptions outside quotation marks ("Un responsable sécuritaire a confirmé
        # l'attaque"): a singular one in subject position is an antecedent of the pronouns after it.
        self.anonymous = [m for m in mentions if m.kind == "anonymous" and m.number != "pl" and not _inside(quoted, m.start)]
        self.anonymous_starts = [m.start for m in self.anonymous]
        # Whether each of all_names (each of roles) is in subject position, decided when first
        # asked: pronouns look back over a few of them only.
        self._subject_of: list[bool | None] = [None] * len(self.all_names)
        self._role_subject_of: list[bool | None] = [None] * len(self.roles)
        self.bindings: list[_Binding] = []
        """Roles bound to people, in text order (see :meth:`_bind`)."""
        self._offices_of: dict[str, set[tuple[str | None, str | None, str | None]]] = {}
        """The (role, country) pairs bound to each person's name: few, however long the text."""
        self._body_offices_of: dict[str, set[str]] = {}
        self._portfolios_of: dict[str, set[str]] = {}
        # The bindings giving an office in a body, by each name of that body (see _body_names).
        self._described_in: dict[str, list[_Binding]] = {}
        self._bodies_of: dict[str, set[str]] = {}  # the body names each person's offices were given in
        self._body_names_at: dict[tuple[int, int], frozenset[str]] = {}  # _body_names by mention span
        self._holder_lookup = False
        """Whether a role's holder named before is being looked for (see :meth:`_role_holder_named_before`)."""
        """The general roles bound to each person's name with a portfolio of their own (« le ministre de l'Énergie »)."""
        """The roles of a body's offices (« le président du groupe socialiste ») bound to each person's name."""
        self._country_of: dict[str, str] = {}
        """The country the latest binding gave each person's name."""
        self._international: set[str] = set()
        """Names of the people an apposition gives an international body's office (« le président
        du Conseil européen, António Costa »): no national office (« le président français ») is theirs."""
        # Bodies named with their registry entity, by head noun, for later short descriptions.
        self.bodies = sorted(self._bodies_named(mentions), key=lambda b: b[0])
        self.body_starts = [b[0] for b in self.bodies]
        self._body_heads: dict[int, frozenset[str]] = {}
        self.former, self.indefinite, self.body_nouns, self.text_nouns, self.publication_nouns = (
            lex.former, lex.indefinite, lex.body_nouns, lex.text_nouns, lex.publication_nouns
        )
        self.collective_nouns = lex.collective_nouns
        """Heads of descriptions of bodies, organisations and crowds (``la foule``): never a person named before."""
        self.indefinite_determiners = lex.indefinite_determiners
        self.possessive_relative, self.owner_complement = lex.possessive_relative, lex.owner_complement
        self.text_agent, self.text_noun_last, self.introducing = lex.text_agent, lex.text_noun_last, lex.introducing
        self.definite, self.body_opening = lex.definite, lex.body_opening
        self.topic_opening = lex.topic_opening
        self.opening_aside = lex.opening_aside
        self.cleft_lead = lex.cleft_lead
        self._strip_determiner, self._is_former = lex.strip_determiner, lex.is_former
        self.elect = lex.elect
        for x in mentions:
            if x.kind == "role" and self.elect and self._elect(self._strip_determiner(x.text)):
                # « le président élu » holds no office yet: not the office's holder the registry gives.
                x.entity_id = None
        if registry is not None:
            for x in mentions:
                # "la cheffe de la diplomatie française" is not the man who held the office that year:
                # the article speaks of someone the registry does not know; the role stays unbound.
                if x.kind == "role" and x.entity_id and (ent := registry.get(x.entity_id)) is not None \
                        and self._holder_of_other_gender(x, ent):
                    x.entity_id = None
        self.mentions = mentions
        self.mention_starts = [x.start for x in mentions]
        self.quoted = quoted
        self._report: tuple[int, int, Speaker] | None = None
        """The content span and speaker of the last reported clause (see :meth:`note_report`)."""
        self.publications = [x for x in mentions if x.kind == "publication" and not _dateline_credit(text, x)]
        self._first_uses: dict[str, int] = {}
        self.publication_starts = [x.start for x in self.publications]
        self._bind_titles(names, surnames)
        self._bind_appositions(mentions)
        self._bind_adjective_countries(names, surnames)
        self._entries: list[tuple[int, int, _Person | None, Mention | None]] = []
        """Where the descriptions of a round-up entry's body are its label's, the person the
        label names (or the label itself, a role: « Le préfet : « … » »), in text order."""
        self._live_entries: list[int] | None = None
        """Where the entries of a live blog start (see :meth:`_live_entry_start`), when first asked."""
        self._entry_starts: list[int] = []
        self._bind_entries(mentions)
        self._entry_starts = [e[0] for e in self._entries]
        self._holders: dict[str, list[tuple[int, _Person, str | None, str | None]]] | None = None
        # Where each paragraph starts, in text order (read once, when first asked).
        self._breaks: list[int] | None = None
        """The people an apposition or the registry gives each office, with where each is first
        named, its country and body (see :meth:`_later_holder`), worked out when first asked."""
        self._apposed = {name: frozenset(offices) for name, offices in self._offices_of.items()}
        """The offices appositions and titles give each person (not those resolution binds later)."""

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` of ``text[start:end]``, made once: quotes, their speakers and
        evidence share the same few spans (they are frozen, so sharing is safe)."""
        key = (start, end)
        span = self._spans.get(key)
        if span is None:
            span = self._spans[key] = Span(start=start, end=end, text=self.text[start:end])
        return span

    # -- document preparation ----------------------------------------------------------
    def _subject_name(self, k: int) -> bool:
        """Whether ``all_names[k]`` is in subject position (computed once); not the object of a
        nationality noun or a person's role opening its sentence (« Le Slovène a lâché Jonas X »)."""
        if self._subject_of[k] is None and self._in_subject_position(self.all_names, self._subject_of, k):
            n = self.all_names[k]
            lo = self._start_of_sentence(n.start)
            self._subject_of[k] = not self._national_subject_before(lo, n) and not self._object_after_subject(lo, n)
        return bool(self._subject_of[k])

    def _subject_role(self, k: int) -> bool:
        """Whether ``roles[k]`` is in subject position (computed once)."""
        return self._in_subject_position(self.roles, self._role_subject_of, k)

    def _in_subject_position(self, found: Sequence[Mention], known: list[bool | None], k: int) -> bool:
        """Whether ``found[k]`` is in subject position, remembered in ``known[k]``."""
        answer = known[k]
        if answer is None:
            answer = known[k] = self._subject_like(found[k], self.sentence_starts, self.cue_ends)
        return answer

    def _subject_like(self, m: Mention, sentence_starts: Sequence[int], cue_ends: Sequence[int]) -> bool:
        """A name in subject position: opening its sentence (after a short adverbial) or right after a cue."""
        if m.after_preposition:
            return False
        k = bisect.bisect_right(sentence_starts, m.start) - 1
        s_start = sentence_starts[k] if k >= 0 else 0
        if m.kind in ("name", "role") and self.roles:
            # "Interrogé par le président de la commission, Philippe X, sur…, le haut fonctionnaire
            # a expliqué": the name set off after a governed role is its apposition, the role
            # after a later comma the subject.
            s_end = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(self.text)
            if m.kind == "name" and self._apposed_to_governed_role(m) and self._role_after_comma(m.end, s_end, None):
                return False
            if m.kind == "role" and self._after_governed_apposition(s_start, m):
                return True
        if m.kind == "name" and self._apposed_to_governed_team_noun(m, s_start):
            return False
        # The age opens with a comma: one character test spares the search for most names.
        if m.kind == "name" and self.text.startswith(",", m.end):
            # "Au camp de X, près de la frontière, Moussa, 34 ans, a appris…": a name set off by its
            # age, then a verb group, is that verb's subject, however long the lead before it.
            aged = age_after().match(self.text, m.end)
            if aged is not None and _verb_group_after_comma().match(self.text, aged.end()) is not None:
                return True
        # "NOUMÉA, 12 nov (AFP) - En visite, le ministre…", "16h40 – Le ministre…": no lead of the sentence
        s_start = past_dateline(self.text, s_start, m.start)
        # "Concernant Kylian X, touché à la cuisse, il…": what the opening aside is about is no subject.
        aside = self._opening_aside(s_start, min(len(self.text), m.end + 2 * _ASIDE_REACH))
        if (aside is not None and aside.end() > m.end
                and (_about_opening().match(self.text, s_start, m.start) or fronted_participle().match(self.text, s_start, aside.end()))):
            return False
        text, lead = self.text, s_start if s_start >= m.start - _LEAD_CHARS else m.start - _LEAD_CHARS
        comma = text.rfind(",", lead, m.start)  # the words after the last comma of the lead are its description
        if comma >= lead and _opens_with_relative(text, comma + 1, m.start):
            return False  # "À l'aéroport, où l'attendaient le chef de l'armée et …, X a …": a relative's inverted subject
        if (text.count(",", lead, m.start) <= 1 and not _more_words(text, comma + 1 if comma + 1 >= lead else lead, m.start, _LEAD_DESCRIPTION)
                and not _more_words(text, lead, m.start, _LEAD_WORDS)):
            return True
        opens = lead == s_start
        if opens and m.kind == "name" and text.count(",", lead, m.start) == 2:
            # "Mercredi soir, au sommet de Bruxelles, Emmanuel X…": a short adverbial before the phrase
            # (a name only: « Souriante, bronzée, la mère de Jade » is a description, no new subject).
            first = text.find(",", lead, m.start)
            if not _more_words(text, lead, first, _LEAD_ADVERBIAL_WORDS) and not self._mention_ends_at(first):
                lead = first + 1
                if (m.kind == "name" and not _more_words(text, comma + 1, m.start, _LEAD_DESCRIPTION)
                        and not _more_words(text, lead, m.start, _LEAD_WORDS) and not self._mention_ends_at(comma)):
                    # "Menée 6-3, 4-1, la Serbe Sofia X a renversé…": a short adverbial split by
                    # a comma, then the subject's short description.
                    return True
            elif (not text[comma + 1 : m.start].strip() and not _more_words(text, first + 1, comma, _LEAD_ADVERBIAL_WORDS)
                  and not _more_words(text, lead, m.start, _LEAD_APPOSITION_WORDS)
                  and not self._mention_ends_at(first) and not self._mention_ends_at(comma)):
                return True  # "Bénévole depuis la création du club, en 2021, Jeanne…": one fronted phrase, a short aside inside it
        if (opens and comma >= lead and not text[comma + 1 : m.start].strip()
                and text.count(",", lead, m.start) == 1 and not _more_words(text, lead, m.start, _LEAD_APPOSITION_WORDS)
                and not self._mention_ends_at(comma)):
            return True  # "Gérante d'une boutique de la rue X depuis douze ans, Marie Y…": one fronted phrase
        if m.start - s_start <= _CLEFT_SPAN and self.cleft_lead.fullmatch(text, s_start, m.start):
            return True  # "C'est à la mairie que Marie X a appris…": the subject of a cleft
        if comma >= 0 and not text[comma + 1 : m.start].strip():
            # "Dimanche, la secrétaire générale de la CGT, Sophie X, a répondu": the name set off
            # after a role in subject position is that subject too.
            j = bisect.bisect_left(self.role_starts, comma) - 1
            if j >= 0 and self.roles[j].end == trimmed_end(text, 0, comma) and self.roles[j] is not m and self._subject_role(j):
                return True
        if m.kind == "name" and self.roles:
            # "A Madrid, le chef du gouvernement espagnol Pedro X a menacé": the name glued to a
            # role in subject position (past its portfolio, its leaning) is that subject too.
            j = bisect.bisect_left(self.role_starts, m.start) - 1
            if (j >= 0 and self.roles[j].end <= m.start and text.count(",", s_start, self.roles[j].start) <= 1
                    and not _more_words(text, s_start, self.roles[j].start, _LEAD_ADVERBIAL_WORDS) and self._subject_role(j)
                    and (not text[self._past_epithets(self.roles[j].end, m.start) : m.start].strip(" \u00a0") or _portfolio_chain_gap(
                        text, self.roles[j].end, m.start, getattr(self.registry, "country_of_adjective", None)))):
                return True
        j = bisect.bisect_right(cue_ends, m.start) - 1
        return j >= 0 and not _more_words(text, cue_ends[j], m.start, 2)

    def _absolute_role_at(self, pos: int) -> bool:
        """Whether a role opens at ``pos`` as the subject of an absolute clause (:meth:`_absolute_subject`)."""
        k = bisect.bisect_left(self.role_starts, pos)
        if k >= len(self.roles) or self.roles[k].start != pos or not self.text.startswith(" ", self.roles[k].end):
            return False
        s = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self._absolute_subject(self.roles[k], self.sentence_starts[s] if s >= 0 else 0)

    def _absolute_subject(self, m: Mention, s_start: int) -> bool:
        """Whether ``m`` stands after a comma inside its sentence, right before one of
        ``absolute_participles`` (``names.json``): the subject of an absolute clause
        (``…, sa mère étant enseignante``), not of the sentence."""
        after = self.text[m.end + 1 : m.end + 1 + _ABSOLUTE_REACH].split(None, 1)
        if not after or after[0].lower() not in absolute_participles():
            return False
        before = self.text[s_start : m.start].rstrip()
        return before.endswith(",") and bool(before[:-1].strip())

    def _apposed_to_governed_role(self, m: Mention) -> bool:
        """Whether ``m`` is set off by a comma after a role governed by a preposition, with at
        most a short complement of its own between them (« Interrogé par le président de la
        commission, Philippe X, sur… »): that role's apposition, no subject of the sentence."""
        roles = self.roles
        if not roles:
            return False
        j = bisect.bisect_left(self.role_starts, m.start) - 1
        if j < 0 or not roles[j].after_preposition or roles[j].end > m.start:
            return False
        return _GOVERNED_APPOSITION_GAP.fullmatch(self.text, roles[j].end, m.start) is not None

    def _apposed_to_governed_team_noun(self, m: Mention, s_start: int) -> bool:
        """Whether the name ``m``, set off by commas, comes right after a team or local noun of
        ``names.json`` (``capitaine``, ``riveraine``) inside the aside of a past participle opening
        its sentence (« Interrogé sur l'état de santé de son capitaine, Yanis X, surnommé…, le
        technicien a… »): that noun's apposition, no subject of the sentence."""
        if self.text[m.end : m.end + 1] != ",":
            return False
        lead = self.text[max(s_start, m.start - _NOUN_REACH - 2) : m.start].rstrip()
        if not lead.endswith(","):
            return False
        lead = lead[:-1].rstrip()
        word = fold(lead.rsplit(None, 1)[-1]) if lead else ""
        return (word.rsplit("'", 1)[-1] in self.team_nouns and " " in lead
                and fronted_participle().match(self.text, s_start, m.start) is not None)

    def _mention_ends_at(self, end: int) -> bool:
        """Whether a name or a role ends right at ``end`` (``…la visite de Luigi X, chef de file``:
        what follows the comma is that mention's apposition); not a body's role (« rapatrié à bord
        d'un avion du gouvernement, Alan X »: a person's name is no apposition of a body)."""
        i = bisect.bisect_left(self.all_name_starts, end) - 1
        j = bisect.bisect_left(self.role_starts, end) - 1
        return ((i >= 0 and self.all_names[i].end == end and self.all_people[i].kind == "person")
                or (j >= 0 and self.roles[j].end == end and not self._body_role(self.roles[j])))

    def _after_article(self, start: int) -> bool:
        """Whether an article (a whole word) ends right before ``start``."""
        return self._article_before(start) > 0

    def _after_organisation_noun(self, start: int) -> bool:
        """Whether an organisation noun of ``names.json`` ends right before ``start`` (``au gang|
        Tren de Aragua``, ``le mouvement| Ennahdha``): the name is the organisation's."""
        return self._after_noun(start, self.organisation_nouns)

    def _place_of_event(self, m: Mention) -> bool:
        """Whether the name ``m``, one the registry does not know, completes a noun of
        ``place_event_nouns`` in ``names.json`` (``l'attaque chimique de Khan Cheikhoun``,
        ``la bataille d'Alep``): a place, no person a pronoun or ``ce dernier`` takes back."""
        if m.entity_id is not None or known_first_name(m.text.split(" ", 1)[0]):
            return False  # "l'offensive de Khalifa X": a person's first name
        if not _event_link_before(self.text, m.start):
            return False  # the search needs « de » or « d' » right before: one character test spares it
        return _event_place_before().search(self.text, max(0, m.start - _EVENT_REACH), m.start) is not None

    def _after_noun(self, start: int, nouns: frozenset[str]) -> bool:
        """Whether one of the folded ``nouns`` ends right before ``start``, a space between (the
        noun may open the text or a line: « Affaire X : … »)."""
        word = self._word_before(start)
        # « l'affaire X »: after its elided article (most words hold no apostrophe: no split for them).
        return word is not None and (word in nouns or ("'" in word and word.rsplit("'", 1)[-1] in nouns))

    def _word_before(self, start: int) -> str | None:
        """The folded word ending right before ``start``, a space between, read once a start
        (:meth:`_after_noun` asks for case, organisation and vessel nouns); None when there is none."""
        if start in self._words_before:
            return self._words_before[start]
        text, end = self.text, start
        while end > 0 and text[end - 1] in " \u00a0":
            end -= 1
        word = None
        if end != start:
            lo = end - _NOUN_REACH if end > _NOUN_REACH else 0
            space = max(text.rfind(" ", lo, end), text.rfind("\u00a0", lo, end), text.rfind("\n", lo, end))
            if space >= 0 or lo == 0:
                word = fold(text[space + 1 : end])
        self._words_before[start] = word
        return word

    def _vessel_name(self, start: int) -> bool:
        """Whether the name at ``start`` follows a noun of ``vessel_nouns``, maybe past one
        lower-case adjective (« le navire humanitaire X »): a ship's name."""
        if self._after_noun(start, self.vessel_nouns):
            return True
        word = _WORD_BEFORE.search(self.text, start - _NOUN_REACH if start > _NOUN_REACH else 0, start)
        return word is not None and word.group(1)[:1].islower() and self._after_noun(word.start(1), self.vessel_nouns)

    def _ship_text(self) -> bool:
        """Whether a word of ``ship_words`` stands in the text (casefolded), looked for once, when a
        name first follows a ship's noun: most texts name none, and their scan is spared."""
        if self._ships is None:
            low = self.text.casefold()
            self._ships = any(n in low for n in self._ship_words)
        return self._ships

    def _article_before(self, start: int) -> int:
        """The length of the article (a whole word, with its space) ending right before ``start``; 0 if none."""
        if start == 0 or self.text[start - 1] not in _ARTICLE_LAST:
            return 0  # each of article_ends ends with one of these: most names follow none of them
        window = self.text[max(0, start - _ARTICLE_REACH) : start].lower()
        if not window.endswith(self.article_ends):
            return 0
        length = next(len(a) for a in self.article_ends if window.endswith(a))
        return length if start == length or not self.text[start - length - 1].isalnum() else 0

    def _demonym(self, m: Mention) -> Mention | None:
        """``le Danois``, ``la Slovène``: a nationality noun after an article, a description of a
        person of that country (as a noun phrase), not a name."""
        of_adjective = getattr(self.registry, "country_of_noun", None) or getattr(self.registry, "country_of_adjective", None)
        if not callable(of_adjective):
            return None
        if m.kind == "np":  # "L'Estonienne a ajouté": the article is inside the noun phrase
            word = _restore(m.text, self._strip_det(m.text))
            country = of_adjective(word) if word[:1].isupper() and " " not in word else None
            return replace(m, country=country) if country is not None else None
        if " " in m.text:
            return None
        country = of_adjective(m.text)
        length = (self._article_before(m.start) or self._demonstrative_before(m.start)
                  or self._premodified_before(m.start)) if country is not None else 0
        if not length:
            return None
        start = m.start - length
        # « cette Nicaraguayenne de 38 ans »: the age completing the noun is part of the description.
        aged = age_complement().match(self.text, m.end, m.end + _COMPLEMENT_REACH)
        end = aged.end() if aged is not None else m.end
        return Mention(start, end, self.text[start:end], "np", country=country, head_start=m.start)

    def _premodified_before(self, start: int) -> int:
        """The length of an article (or demonstrative) and one of the ``premodifiers`` of
        ``grammar.json`` with its space (``le jeune ``, ``l'ancien ``) ending right before
        ``start``; 0 if none: « le jeune Français » describes a person of that country as
        « le Français » does."""
        if start < 4 or self.text[start - 1] not in " \u00a0":
            return 0
        word = _WORD_BEFORE.search(self.text, max(0, start - _PREMODIFIER_REACH), start)
        if word is None or fold(word.group(1)) not in _premodifiers():
            return 0
        at: int = word.start(1)
        if at > 0 and self.text[at - 1].isalnum():
            return 0
        article = self._article_before(at) or self._demonstrative_before(at)
        return start - at + article if article else 0

    def _demonstrative_before(self, start: int) -> int:
        """The length of a demonstrative (``cette ``, ``ce ``, a whole word with its space) ending
        right before ``start``; 0 if none: « souffle cette Nicaraguayenne » describes a person of
        that country as « la Nicaraguayenne » does, never names one."""
        if start < 3 or self.text[start - 1] not in " \u00a0":
            return 0
        word = _WORD_BEFORE.search(self.text, max(0, start - _DEMONSTRATIVE_REACH), start)
        if word is None or fold(word.group(1)) not in self.demonstratives or (
                word.start(1) > 0 and self.text[word.start(1) - 1].isalnum()):
            return 0
        at: int = word.start(1)
        return start - at

    def _surname(self, m: Mention) -> str:
        words = self.text[m.head_start if m.head_start >= 0 else m.start : m.end].split()
        return fold(words[-1]) if words else ""

    def _cluster_names(self, names: Sequence[Mention]) -> list[str]:
        """Group the forms of a name by surname; the longest form is canonical. Returns the
        surname key of each of ``names``."""
        keys = []
        given = first_names()
        # Surname → the keys of the people named with it, the one named last first: most often one.
        family: dict[str, list[str]] = {}
        # Folded first name → the keys of the people named in full with it, in text order.
        by_given: dict[str, list[str]] = {}
        for m in names:
            form = self.text[m.head_start if m.head_start >= 0 else m.start : m.end]
            words = form.split()
            surname = key = fold(words[-1]) if words else ""  # what _surname(m) gives
            title = self.text[m.start : m.head_start].strip() if m.head_start > m.start else ""
            if key in family:
                key = self._family_key(form, words, family[key], self.title_gender.get(title))
            elif len(words) > 1:
                key = self._spelled_otherwise(form, key, by_given.get(fold(words[0]), ()))
                if key != surname:  # the surname alone, later, is that person too
                    family[surname] = [key]
            if len(words) > 1 and key == surname:
                known_given = by_given.setdefault(fold(words[0]), [])
                if key not in known_given:
                    known_given.append(key)
            p = self.by_surname.get(key)
            keys.append(key)
            if p is None or len(words) > len(p.name.split()) or self._respelt_surname(p, form, words):
                entity = self._lookup(form)
                kind = entity.type if entity is not None else (
                    "organisation" if _is_acronym(form) or words[-1] in self.organisation_suffixes
                    or _past_elided_head(words[0]) in self.organisation_prefixes
                    or _capital_elided(words[0]) else "person")  # "L'Accord de Paris": no person
                self.by_surname[key] = p = _Person(entity.name if entity is not None else self._titled_form(m, form, words),
                                                   entity, p.gender if p else None, kind)
            if key != surname:
                self._key_at[m.start] = key
            if len(words) > 1:  # named in full: first in line for the surname alone
                known = family.setdefault(surname, [surname])
                if key in known:
                    known.remove(key)
                known.insert(0, key)
            # « Edi Rama … Rama a dénoncé »: a word written alone that surnames a person named in
            # full is their surname, whatever first name it also is: no gender from it.
            surname_alone = len(words) == 1 and " " in p.name
            p.gender = p.gender or self.title_gender.get(title) or (None if surname_alone else given.get(form.split(" ", 1)[0]))
            p.titled = p.titled or bool(title)
            # The age opens with a comma: one character test spares the search for most names.
            # "Tesfay, lui, ne pense qu'à rentrer": a stressed pronoun set off after the word marks
            # a person as an age does.
            p.aged = p.aged or (self.text.startswith(",", m.end) and (
                age_after().match(self.text, m.end) is not None
                or stressed_subject_after().match(self.text, m.end, m.end + _STRESSED_REACH) is not None)) or (
                self.text.startswith(" ", m.end) and age_predicate().match(self.text, m.end, m.end + _AGE_REACH) is not None)
            p.seen.append(m)
        for p in self.by_surname.values():
            # A lone capitalised word never given a first name or a title (« Liga », « Verts »)
            # may be a party or a place, and so may words always written after an article
            # (« la Seconde Guerre mondiale »): a name still, but no antecedent for "il" or "elle".
            # A known first name alone is someone (« Nadia, 41 ans, raconte »). Words no first name
            # opens, always written where a place is named (« À Grand Bourgtheroulde, le président… »), name a place.
            if p.kind == "person" and p.entity is None and not p.titled and not p.aged and (
                    (" " not in p.name and p.name not in given)
                    or (p.name.split(" ", 1)[0] not in given and (not self._bare(p) or not self._unplaced(p)))):
                p.kind = "other"
        self._join_first_names(given)
        return keys

    def _respelt_surname(self, p: _Person, form: str, words: list[str]) -> bool:
        """Whether ``p`` is a person of the registry that a surname written alone only matched by
        spelling tolerance (« l'affaire Vrana » read as Véran), and ``form`` names in full someone
        with that very surname whom the registry does not know as ``p``: the document's full name
        decides who the surname is (« Tomáš Vrana »), not a near spelling of someone else's."""
        entity = p.entity
        if entity is None or len(words) < 2 or any(" " in m.text.strip() for m in p.seen):
            return False
        surname = fold(words[-1])
        if any(fold(a) == surname for a in (entity.name, *entity.aliases)):
            return False
        return self._lookup(form) is not entity

    def _with_complement_names(self, mentions: Sequence[Mention]) -> list[Mention]:
        """The name mentions, and the name of the person a role phrase's complement names
        (« le gouvernement d'Angela X », « le porte-parole de Vladimir Y »), as a name after a
        preposition: an antecedent of the descriptions and pronouns after it, never the phrase's speaker."""
        names: list[Mention] = []
        for m in mentions:
            if m.kind == "name":
                names.append(m)
                continue
            entity = (self.registry.get(m.complement_id)
                      if m.kind == "role" and m.complement_id and self.registry is not None else None)
            if entity is None or entity.type != "person":
                continue
            folded = fold(m.text)
            alias = next((a for a in sorted({entity.name, *entity.aliases}, key=len, reverse=True)
                          if folded.endswith(fold(a))), None)
            if alias is not None and len(alias) < len(m.text):
                start = m.end - len(alias)
                names.append(Mention(start, m.end, self.text[start:m.end], "name", entity.id, None, entity.country,
                                     True, None, "sg", start))
        return names

    def _bare(self, p: _Person) -> bool:
        """Whether a name clustered with ``p`` is written once at least without an article or an
        organisation noun right before it: « la Seconde Guerre mondiale », « le Mouvement 5
        Étoiles », always after one, name no person."""
        return any(not (self._after_article(m.start) or self._after_organisation_noun(m.start)) for m in p.seen)

    def _unplaced(self, p: _Person) -> bool:
        """Whether a name clustered with ``p`` is written once at least where no place is named:
        neither after a place preposition opening its sentence (« À Bourg Achard, … ») nor
        before a département in brackets (« X (Eure) »)."""
        return any(not self._names_place(m) for m in p.seen)

    def _titled_form(self, m: Mention, form: str, words: list[str]) -> str:
        """``form``, or the religious title right before a one-word name with it (« l'abbé
        Pierre »: ``abbé Pierre``), the way such a person is named (``religious_titles``)."""
        if len(words) != 1 or not self.text.startswith((" ", "\u00a0"), m.start - 1):
            return form
        title = _religious_title_before().search(self.text, max(0, m.start - _REGNAL_REACH), m.start)
        return f"{title.group('title')} {form}" if title is not None else form

    def _regnal(self, p: _Person) -> bool:
        """Whether a one-word name clustered with ``p`` is written right after a title of
        ``regnal_titles`` (« le pape François »): a sovereign's own name, never joined to
        someone named in full with that first name."""
        return any(self._after_regnal_title(m.start) for m in p.seen
                   if len(self.text[m.head_start if m.head_start >= 0 else m.start : m.end].split()) == 1)

    def _after_regnal_title(self, start: int) -> bool:
        """Whether a title of ``regnal_titles`` is the word right before ``start`` (one space between)."""
        lo = max(0, start - _REGNAL_REACH)
        head = self.text[lo:start]
        if not head.endswith((" ", "\u00a0")):
            return False
        words = head.split()
        return bool(words) and fold(words[-1]) in self.regnal_titles

    def _someone_else(self, form: str, words: list[str], p: _Person) -> bool:
        """Whether the full name ``form`` names another person than ``p``, whose name ends with
        the same surname: neither name's words end the other's and their first words differ
        (``Flavio Bolsonaro``, ``Jair Bolsonaro``; not ``Lula da Silva``, ``Sergei Lavrov``)."""
        theirs = p.name.split()
        if len(words) < 2 or len(theirs) < 2 or words == theirs:
            return False
        short, long_ = (words, theirs) if len(words) <= len(theirs) else (theirs, words)
        if long_[-len(short) :] == short or fuzz.ratio(fold(words[0]), fold(theirs[0])) >= _SAME_GIVEN_NAME:
            return False
        entity = self._lookup(form)
        return entity is None or entity is not p.entity

    def _spelled_otherwise(self, form: str, key: str, keys: Sequence[str]) -> str:
        """The key of the person named in full before with the same first name whose surname
        ``key`` is another spelling of (``Andriy Kovalenco`` after ``Andriy Kovalenko``): close by
        rapidfuzz ratio, of one initial and about one length; never one the registry knows as
        someone else. ``key`` itself when there is none."""
        if len(key) < _SURNAME_MIN:
            return key
        for other in keys:
            if (len(other) < _SURNAME_MIN or other[0] != key[0] or abs(len(other) - len(key)) > _SURNAME_SLACK
                    or fuzz.ratio(key, other) < _SAME_SURNAME or extended_surname(key, other)):
                continue
            p = self.by_surname.get(other)
            entity = self._lookup(form) if p is not None else None
            if p is not None and (entity is None or p.entity is None or entity is p.entity):
                return other
        return key

    def _family_key(self, form: str, words: list[str], keys: list[str], gender: str | None) -> str:
        """The key of the person the name ``form`` names among those of its surname (``keys``,
        the one named last first): the first it may be, of the ``gender`` a title gives (``Mme
        Le Pen``), else a key of its own (``Flavio Bolsonaro`` after ``Jair Bolsonaro``)."""
        for key in keys:
            p = self.by_surname[key]
            if not self._someone_else(form, words, p) and (gender is None or p.gender in (None, gender) or len(keys) == 1):
                return key
        return fold(form)

    def _person_of(self, m: Mention) -> _Person | None:
        """The person the name ``m`` was clustered with (see :meth:`_cluster_names`)."""
        return self.by_surname.get(self._key_at.get(m.start) or self._surname(m))

    def _join_first_names(self, given: Mapping[str, str]) -> None:
        """``Marie-Pierre`` after ``Marie-Pierre Dausse``: a known first name written alone is the
        one person the text names in full with it (when only one has it); so is a word the data
        does not know, when it opens a person's full name (``Laeticia`` after ``Laeticia X``)."""
        full: dict[str, list[_Person]] = {}
        for p in {id(p): p for p in self.by_surname.values()}.values():
            first, _, rest = p.name.partition(" ")
            if rest and (first in given or (p.kind == "person" and p.entity is None and " " not in rest)):
                full.setdefault(first, []).append(p)
        for key, p in list(self.by_surname.items()):
            if " " not in p.name and len(full.get(p.name, ())) == 1 and not self._regnal(p):
                self.by_surname[key] = full[p.name][0]

    def _bind(self, b: _Binding) -> None:
        """Record ``b`` in text order (appended at the end when it is the latest, as mostly); none
        made inside quoted words (« J'ai pris acte de la décision du président X »: the speaker
        talks about X, whom a role after the quote does not take back)."""
        if _inside(self.quoted, b.at):
            return
        if not self.bindings or self.bindings[-1].at <= b.at:
            self.bindings.append(b)
        else:
            bisect.insort(self.bindings, b, key=_binding_at)
        self._offices_of.setdefault(b.person.name, set()).add((b.role, b.country, b.body))
        for name in b.body_names:
            self._described_in.setdefault(name, []).append(b)
            self._bodies_of.setdefault(b.person.name, set()).add(name)
        if b.country:
            self._country_of[b.person.name] = b.country

    def _bind_titles(self, names: Sequence[Mention], surnames: Sequence[str]) -> None:
        """``Me Claire Moreau``: a title that gives a role (``roles.json``) binds it to the person."""
        title_role = getattr(self.registry, "title_role", None)
        if not callable(title_role):
            return
        for m, key in zip(names, surnames, strict=True):
            role = title_role(self.text[m.start : m.head_start].strip()) if m.head_start > m.start else None
            if role is not None:
                self._bind(_Binding(m.start, self.by_surname[key], [], role, None, ""))

    def _bind_adjective_countries(self, names: Sequence[Mention], surnames: Sequence[str]) -> None:
        """``son homologue espagnol Luis X``, ``l'envoyé russe, Oleg Y``: a lower-case noun and a
        nationality adjective right before a person's name (a comma maybe between) give that
        person the country, when no binding gave them one."""
        of_adjective = getattr(self.registry, "country_of_adjective", None)
        if not callable(of_adjective):
            return
        for m, key in zip(names, surnames, strict=True):
            p = self.by_surname.get(key)
            if p is None or p.kind != "person" or p.name in self._country_of or m.head_start > m.start:
                continue
            # The adjective a match would give is the last word before the name (past a comma):
            # most are no nationality's, and no pattern is read for them.
            before = self.text[m.start - _NOUN_ADJECTIVE_REACH if m.start > _NOUN_ADJECTIVE_REACH else 0 : m.start].rstrip(" \u00a0")
            before = before[:-1].rstrip(" \u00a0") if before.endswith(",") else before
            if of_adjective(before[max(before.rfind(" "), before.rfind("\u00a0")) + 1 :]) is None:
                continue
            # The match holds at most three runs of spaces: no start before a fourth one is tried.
            lo = _after_space_runs(self.text, m.start - _NOUN_ADJECTIVE_REACH if m.start > _NOUN_ADJECTIVE_REACH else 0, m.start, _NOUN_ADJECTIVE_RUNS)
            found = _NOUN_ADJECTIVE_BEFORE.search(self.text, lo, m.start)
            country = of_adjective(found.group("adjective")) if found is not None else None
            if country is not None:
                self._country_of[p.name] = country

    def _glued_party(self, role: Mention, body: Mention, name: Mention | None) -> bool:
        """``la députée La France insoumise Léa X``, ``le sénateur Les Républicains Paul X``: an
        organisation named in several words, glued to a person's role, before a full name (its
        seat maybe between: ``la députée La France insoumise de Seine-Saint-Denis Léa X``),
        qualifies the role, as a one-word one does (``le député Renaissance``)."""
        if (name is None or role.kind != "role" or name.kind != "name" or " " not in name.text
                or self.text[role.end : body.start].strip()):
            return False
        entity = self.registry.get(body.entity_id) if self.registry is not None and body.entity_id else None
        return getattr(entity, "type", None) == "organisation"

    def _bind_appositions(self, mentions: Sequence[Mention]) -> None:
        """``role, Name`` / ``role Name`` / ``Name, role``: the role names that person; an aside
        in parentheses between them is skipped (``Name (party), role``)."""
        mentions = [m for m in mentions if not m.parenthetical]
        kinds = [m.kind for m in mentions]
        # Only a role (or noun phrase) followed by anything, or a name followed by a role, can
        # start a pair bound below: the other neighbours are skipped without reading them.
        governed: set[int] = set()  # roles read as another role's complement, bound through it
        for i in [i for i, (k, after) in enumerate(zip(kinds, kinds[1:], strict=False))
                  if k in _ROLE_KINDS or (k == "name" and after in _ROLE_KINDS)]:
            if i in governed:
                continue
            a, b = mentions[i], mentions[i + 1]
            # "l'ambassadeur russe à l'ONU Vassily Nebenzia": a complement may sit between.
            # "le ministre de la Santé Roman Prymula": a capitalised portfolio is a complement too.
            # "le sénateur du Parti action nationale Julen X": so is a body the registry does not
            # know, named by its own head word (an organisation mention) after the role's preposition.
            # "l'avocat de la députée, Paul X": a role governed by a preposition completes the one
            # before it; the name set off by a comma after both names the first (not « l'avocate de
            # l'ancien maire Paul X », glued: the maire's name).
            complement = (b.kind in ("entity", "metonym") or (b.kind == "organisation" and b.after_preposition) or (b.kind == "name" and " " not in b.text)
                          or (a.kind == "role" and b.kind == "role" and b.after_preposition and i + 2 < len(mentions)
                              and self.text[b.end : mentions[i + 2].start].strip(" \u00a0") == ","))
            # "le député Renaissance Julien X": a one-word party or union right after the role qualifies it.
            # "le président du groupe LR, Bruno X": after the role's common-noun complement too.
            # "le président du groupe Les Républicains au Sénat, Bruno X": a party of several words too.
            qualifier = b.kind == "entity" and ((" " not in b.text and not self.text[a.end : b.start].strip())
                or (a.kind == "role" and self._lower_complement_then_link(a.end, b.start))
                or self._glued_party(a, b, mentions[i + 2] if i + 2 < len(mentions) else None))
            if ((a.kind in ("role", "np") and complement and (b.after_preposition or qualifier)
                    and i + 2 < len(mentions) and (len(self.text[a.end : b.start]) <= _COMPLEMENT_GAP
                                                   or self._lower_complement_then_link(a.end, b.start))
                    and not self._sentence_between(a.end, b.start))
                    or (a.kind == "role" and i + 2 < len(mentions) and self._place_then_holder(a, b, mentions[i + 2]))):
                a, b = b, mentions[i + 2]
                role_mention = mentions[i]
                if a.kind == "role":
                    governed.add(i + 1)
                elif (b.kind in ("entity", "metonym") and b.after_preposition and i + 3 < len(mentions)
                      and mentions[i + 3].kind == "name" and self._short_lower_link(a.end, b.start)
                      and self.text[b.end : mentions[i + 3].start].strip(" \u00a0") == ","):
                    # "le président du groupe LR au Sénat, Bruno X": the body's seat after its name
                    # (a short lower-case link), then the holder set off by a comma.
                    a, b = b, mentions[i + 3]
                # "le ministre de la Culture, des Arts et du Patrimoine, Name": past an enumeration of portfolios.
                j = i + 2
                while (j + 1 < len(mentions) and j < i + _PORTFOLIO_NAMES and role_mention.kind == "role"
                       and b.kind == "name" and b.after_preposition and " " not in b.text):
                    j += 1
                    if b.end - role_mention.end > _PORTFOLIO_CHAIN_REACH:
                        break
                    if _portfolio_chain_gap(self.text, role_mention.end, mentions[j].start):
                        a, b = mentions[j - 1], mentions[j]
                        break
            else:
                role_mention = None
            first = a if role_mention is None else role_mention
            role, name = (first, b) if b.kind == "name" else (b, first)
            if name.kind != "name" or role.kind not in ("role", "np"):
                continue  # decided before reading the gap: most neighbours are no role and name
            gap = self.text[a.end : b.start]
            if "(" in gap:  # an aside always opens with one: no need to scan the gap otherwise
                gap = _ASIDE.sub("", gap)
            # A short gap of spaces and commas sets off the apposition by itself: only another
            # one needs reading as a portfolio (see _portfolio_between).
            if (len(gap) > _APPOSITION_GAP or gap.strip(" ,\u00a0") != "") and not self._portfolio_between(
                    a, b, first, role_mention, gap):
                continue
            if name is b and b.after_preposition and not gap.strip(" \u00a0"):
                continue  # "le gouvernement Barnier": the name qualifies the body (see institutions.after_head)
            if name is a and a.after_preposition and "," not in gap:
                # "confie au Baltimore Sun la belle-sœur d'un disparu": a name a preposition governs,
                # then a role with no comma between, is the verb's complement and the role its
                # postposed subject; an apposition after a name is set off by a comma.
                continue
            if name is a and (self._closes_opening_aside(a, b) or (not self._opens_its_sentence(a) and self._subject_of_cue(b))
                              or self._names_place(a)):
                continue  # "Interrogé sur l'absence de Jean X, le ministre a répondu": the minister is the subject
            if name is a and not self._opens_its_sentence(a) and _OPENING_MARK.match(self.text, b.end, b.end + 4):
                continue  # "Pour Jean X, le ministre « a échoué »": the role is the subject of the quoted words
            if name is a and not self._opens_its_sentence(a) and self._verb_word_after(b.end):
                continue  # "Dimanche, sur Horizon TV, l'actrice a prolongé le propos": the role is its verb's subject
            if self._after_noun(name.start, self.case_nouns):
                continue  # "Dans le dossier X, le procureur a fait appel": the case's name, no holder
            if name is a and self._after_noun(name.start, self.facility_nouns):
                continue  # "À l'usine X de Flins, le ministre a estimé": the plant's name, no holder
            person = self._person_of(name)
            if person is None or person.kind not in ("person", "other"):
                continue
            if " " not in person.name and not self._glued_role(role, name, gap):
                continue
            if role is a and name is b and "," in gap and i > 0 and mentions[i - 1].kind == "role":
                # "L'avocat du chanteur, Me Paul X": set off by a comma, the name is the whole
                # description's, its head's, not the role its complement names.
                link = self.complement_after.match(self.text, mentions[i - 1].end, mentions[i - 1].end + _COMPLEMENT_REACH)
                if link is not None and not self.text[link.end() : a.start].strip(" \u00a0"):
                    role = mentions[i - 1]
            person.kind = "person"
            gender = self._gender(role)
            if gender != _UNMARKED_GENDER or name.start < role.start:
                # "Le maire de X, Sylvine Y": the masculine of an office set before a name names
                # a woman too; only a known first name (or a later pronoun) gives a gender.
                person.gender = person.gender or gender
            self._bind_role(role, person)
            if name is b and role is mentions[i]:
                earlier = self._first_description(mentions, i, role)
                if earlier is not None:
                    # "le ministre de l'Éducation et chef du parti, Paul X,": the first description names them too.
                    self._bind_role(earlier, person)
            if name is a:
                second = self._second_description(mentions, i + 2, role)
                if second is not None:
                    # "François X, sénateur de l'Aube et maire de Troyes,": the second description names them too.
                    self._bind_role(second, person)

    def _portfolio_between(self, a: Mention, b: Mention, first: Mention, role_mention: Mention | None, gap: str) -> bool:
        """Whether ``gap`` (between the neighbours ``a`` and ``b``; ``first`` the role, or the role
        before a complement, ``role_mention``) is a portfolio or another apposition of a role to
        the name ``b``: words :meth:`_bind_appositions` binds them across."""
        # "le député LFI de Seine-Saint-Denis Thomas X": after a qualifier too.
        portfolio = ((a.kind == "role" or role_mention is not None) and b.kind == "name"
                     and self.portfolio_gap.fullmatch(gap) is not None)
        # "le ministre des Services sociaux, Lionel X": the complement's own adjectives.
        portfolio = portfolio or (role_mention is not None and _COMPLEMENT_TAIL.fullmatch(gap) is not None)
        # "la secrétaire d'État aux Affaires européennes Amélie X": one adjective, no comma;
        # "le député européen Yannick X": right after the role too.
        portfolio = portfolio or ((role_mention is not None or a.kind == "role") and b.kind == "name" and (
            lone := _LONE_WORD.fullmatch(gap)) is not None and institutions.is_adjective(lone.group(1)))
        # "le ministre de l'Éducation nationale Jean-Michel X", "le ministre des Solidarités et de
        # la Santé Olivier X": a portfolio of capitalised nouns, their adjectives, coordinated.
        portfolio = portfolio or (first.kind == "role" and b.kind == "name" and _portfolio_chain_gap(
            self.text, first.end, b.start, getattr(self.registry, "country_of_adjective", None)))
        # "le président de la COP29, l'Azerbaïdjanais Moukhtar X": past the role's complement too.
        portfolio = portfolio or ((a.kind == "role" or role_mention is not None) and b.kind == "name"
                                  and self._demonym_gap(gap))
        # "l'aumônier de la police, le P. Olivier X", "le médecin de l'équipe, le Dr Paul X": a
        # definite article before a title of names.json that heads the name, set off by its comma.
        if (not portfolio and (a.kind == "role" or role_mention is not None) and b.kind == "name"
                and b.text.split(" ", 1)[0] in _name_titles() and (comma := gap.rfind(",")) >= 0
                and _article_title_gap().fullmatch(gap, comma) is not None):
            portfolio = not gap[:comma].strip(" \u00a0") or (
                a.kind == "role" and self._lower_complement_then_link(a.end, a.end + comma))
        # "le ministre saoudien de l'Énergie, le prince Abdelaziz X": a portfolio, then a title.
        portfolio = portfolio or (a.kind == "role" and b.kind == "name" and self._titled_portfolio_gap(gap))
        # "le président du groupe socialiste, Patrick X": the role's common-noun complement.
        portfolio = portfolio or (a.kind == "role" and b.kind == "name" and self._lower_complement_then_link(
            a.end, b.start, link=","))
        # "la haute représentante de l'UE pour les affaires étrangères, Kaja X": the remit the
        # role's mandate link (``mandate_links``) opens, set off by a comma before the holder.
        portfolio = portfolio or (a.kind == "role" and b.kind == "name" and "," in gap and _mandate_gap().fullmatch(gap) is not None)
        # "le général à la retraite Paul X", "le directeur par intérim, Marc X": where the holder stands.
        portfolio = portfolio or (a.kind == "role" and b.kind == "name" and status_gap().fullmatch(gap) is not None)
        return portfolio

    def _second_description(self, mentions: Sequence[Mention], k: int, role: Mention) -> Mention | None:
        """``Name, role <complement> et role2 <complement>,``: the role of ``mentions`` from ``k``
        right after a ``subject_coordinators`` word (no determiner: ``et le maire`` is someone
        else) within the apposition that ``role`` opens, no comma nor sentence break between."""
        while k < len(mentions) and mentions[k].start - role.end <= _SECOND_DESCRIPTION_REACH:
            b = mentions[k]
            between = self.text[role.end : b.start]
            if "," in between or self._sentence_between(role.end, b.start) or "(" in between:
                return None
            if b.kind == "role":
                joined = _coordinator_before().search(self.text, max(0, b.start - _COORDINATOR_WINDOW), b.start)
                return b if joined is not None else None
            k += 1
        return None

    def _first_description(self, mentions: Sequence[Mention], k: int, role: Mention) -> Mention | None:
        """``role1 <complement> et role2 <complement>, Name``: the role of ``mentions`` before ``k``
        (``role``, written with no determiner: ``et le maire`` is someone else) that a
        ``subject_coordinators`` word right before ``role`` joins to it, no comma, bracket nor
        sentence break between (the mirror of :meth:`_second_description`)."""
        if self._strip_det(role.text) != fold(role.text) or _coordinator_before().search(
                self.text, max(0, role.start - _COORDINATOR_WINDOW), role.start) is None:
            return None
        j = k - 1
        while j >= 0 and role.start - mentions[j].end <= _SECOND_DESCRIPTION_REACH:
            c = mentions[j]
            between = self.text[c.end : role.start]
            if "," in between or "(" in between or self._sentence_between(c.end, role.start):
                return None
            if c.kind == "role":
                return c
            j -= 1
        return None

    def _place_then_holder(self, role: Mention, place: Mention, holder: Mention) -> bool:
        """``le président de la région Côte d'Azur, Paul X``: a name of several words, none of them a
        known first name, right after the role's common-noun complement, then a name that opens
        with a known first name set off by a comma: the first names a place, the second the holder."""
        if place.kind != "name" or holder.kind != "name" or " " not in place.text:
            return False
        given = first_names()
        # "du Grand Nancy": a name an adjective of inside_name_adjectives opens is a place, a first name in it or not.
        opened = place.text.split()[0] in names_data().get("inside_name_adjectives", ())
        return (self.text[place.end : holder.start].strip(" \u00a0") == ","
                and holder.text.split()[0] in given
                and (opened or not any(w in given for w in regex.split(r"[\s\-'’]+", place.text)))
                and self._lower_complement_then_link(role.end, place.start))

    def _short_lower_link(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a short lower-case link between two names (`` au ``, `` à l'``)."""
        gap = self.text[start:end].strip(" \u00a0")
        return 0 < len(gap) <= _SHORT_LINK_CHARS and gap.islower() and "," not in gap

    def _lower_complement_then_link(self, start: int, end: int, *, link: str = "") -> bool:
        """Whether ``text[start:end]`` is a common-noun complement (`` du groupe socialiste``) and
        lower-case words (a link: `` au `` before the body's name), then with ``link`` those
        characters (``,`` before the holder's name)."""
        if end - start > (_LOWER_COMPLEMENT_HOLDER_CHARS if link == "," else _LOWER_COMPLEMENT_CHARS):
            return False
        lc = self.lower_complement.match(self.text, start, end)
        words = _LOWER_WORDS.match(self.text, lc.end(), end) if lc is not None else None
        return words is not None and self.text[words.end() : end].strip(" \u00a0") == link

    def _bind_entries(self, mentions: Sequence[Mention]) -> None:
        """Note the entries of a round-up (:mod:`quotetrack.entries`) whose subhead's label names
        a person or a person's role: in the body, up to another person named there, the
        descriptions of a person in subject position are theirs (see :meth:`_entry_speaker`)."""
        if ":" not in self.text:
            return
        for e in entries.entries(self.text, paragraphs(self.text)):
            k = bisect.bisect_left(self.mention_starts, e.label[0])
            label = mentions[k] if k < len(mentions) and mentions[k].start == e.label[0] else None
            person = self._label_person(label, e.label)
            if person is None and (label is None or not self._is_person_role(label)):
                continue
            cutoff = e.body[1]
            j = bisect.bisect_left(self.mention_starts, e.body[0])
            while j < len(mentions) and mentions[j].start < e.body[1]:
                m = mentions[j]
                j += 1
                if m.kind != "name" or m.after_preposition or m.parenthetical or _inside(self.quoted, m.start):
                    continue
                other = self._person_of(m)
                if other is not person and other is not None and other.kind == "person":
                    cutoff = m.start  # someone else named: the descriptions after may be theirs
                    break
            self._entries.append((e.body[0], cutoff, person, label))

    def _label_person(self, label: Mention | None, span: tuple[int, int]) -> _Person | None:
        """The person a subhead's label names: its name, or a known first name followed by a
        surname typed in lower case (« Matteo renzi: »), capitalised."""
        if label is not None and label.kind == "name":
            person = self._person_of(label)
            if person is not None and person.kind in ("person", "other"):
                person.kind = "person"
                return person
            return None
        typo = _LOWER_SURNAME.fullmatch(self.text, *span)
        if typo is None or typo.group(1) not in first_names():
            return None
        name = f"{typo.group(1)} {typo.group(2)[:1].upper()}{typo.group(2)[1:]}"
        entity = self._lookup(name)
        person = self.by_name.get(entity.name if entity is not None else name)
        if person is None:
            person = _Person(entity.name if entity is not None else name, entity, first_names().get(typo.group(1)))
            self.by_name[person.name] = person
        return person

    def _entry_speaker(self, m: Mention) -> Speaker | None:
        """The person (or role) a round-up entry's subhead names, for a description of a person
        in subject position in its body before anyone else is named there (« Olaf X : « … » »
        then « Le chancelier allemand a reconnu… »); not a role an apposition names."""
        k = bisect.bisect_right(self._entry_starts, m.start) - 1
        if k < 0 or m.start >= self._entries[k][1] or not self._entry_description(m):
            return None
        if any(b.at == m.start for b in self.bindings[-_LOOKBACK:]):
            return None
        _, _, person, label = self._entries[k]
        span = self.span(m.start, m.end)
        if person is not None:
            if not self._compatible(person.name, self._gender(m)):
                return None
            return self._speaker_from(person.name, person.entity, "person", span)
        if label is None or self._gender(label) not in (None, self._gender(m)):
            return None
        return self._with_mention(self._as_written(label, "other"), span)

    def _entry_description(self, m: Mention) -> bool:
        """Whether ``m`` describes a person as the subject of its clause, without a name of its
        own: a person's role or a definite or demonstrative noun phrase that names no body."""
        if m.kind not in ("role", "np") or m.after_preposition or m.entity_id:
            return False
        if plurals.plural_phrases().pattern.match(m.text) is not None:
            return False
        if m.kind == "role" and not self._is_person_role(m):
            return False
        if m.kind == "np" and (self._head(m) in self.collective_nouns or self._head(m) in self.text_nouns
                               or self._head(m) in self.publication_nouns):
            return False
        first = fold(m.text).split(" ", 1)[0]
        if m.kind == "np" and first not in self.demonstratives and not any(
                fold(m.text).startswith(d if d.endswith("'") else d + " ") for d in self.definite):
            return False
        return self._subject_like(m, self.sentence_starts, self.cue_ends)

    def _closes_opening_aside(self, name: Mention, role: Mention) -> bool:
        """Whether ``name`` is inside the aside opening its sentence (``À propos de Jean X,``,
        ``Interrogé sur l'absence de Jean X,``) and ``role`` opens what follows it."""
        aside = self._opening_aside(self._start_of_sentence(name.start), role.start)
        return aside is not None and aside.end() == role.start

    def _names_place(self, name: Mention) -> bool:
        """Whether ``name`` is written where a place is named: a département in brackets right after
        it (``Grand Bourgtheroulde (Eure)``) or a place preposition alone before it opening its sentence."""
        # The bracket opens after one space (see place_bracket): one character test spares most names its match.
        return (self.text.startswith("(", name.end + 1) and self.place_bracket.match(self.text, name.end) is not None
                ) or self._fronted_place(name)

    def _fronted_place(self, name: Mention) -> bool:
        """Whether ``name`` follows only a ``place_prepositions`` word opening its sentence
        (``À Nice, le président…``): it says where, it names no one."""
        return name.after_preposition and self.place_opening.fullmatch(
            self.text, self._start_of_sentence(name.start), name.start) is not None

    def _sentences_since(self, lo: int, hi: int) -> int:
        """How many sentences start after ``lo`` up to ``hi`` (0: the same sentence)."""
        return bisect.bisect_right(self.sentence_starts, hi) - bisect.bisect_right(self.sentence_starts, lo)

    def _sentence_between(self, lo: int, hi: int) -> bool:
        """Whether a sentence starts between ``lo`` and ``hi`` (« …le chef de l'État français. À
        Kiev, Volodymyr X… »: *Kiev* opens another sentence, no complement of the role)."""
        k = bisect.bisect_right(self.sentence_starts, lo)
        return k < len(self.sentence_starts) and self.sentence_starts[k] <= hi

    def _opens_its_sentence(self, m: Mention) -> bool:
        """Whether only opening punctuation stands between ``m`` and the start of its sentence."""
        return not self.text[self._start_of_sentence(m.start) : m.start].strip(_OPENING_PUNCT)

    def _subject_of_cue(self, role: Mention) -> bool:
        """Whether a reporting cue follows ``role`` within two words, no comma between: the role is
        that cue's subject, no apposition (« …le meurtre de Jamal X, le chef de la diplomatie turque a reproché… »)."""
        j = bisect.bisect_right(self.cue_ends, role.end)
        if j >= len(self.cue_ends):
            return False
        end = self.cue_ends[j]
        return "," not in self.text[role.end : end] and not _more_words(self.text, role.end, end, 2)

    def _opening_aside(self, lo: int, hi: int, *, whole: bool = False) -> regex.Match[str] | None:
        """The aside opening the sentence at ``lo`` (see ``opening_aside``), ending by ``hi`` (at
        ``hi`` when ``whole``); none when a name opens it (« Hervé X, ancien maire, »: no participle)."""
        aside = (self.opening_aside.fullmatch if whole else self.opening_aside.match)(self.text, lo, hi)
        if aside is None:
            return None
        first = lo
        while first < hi and self.text[first] in _OPENING_PUNCT:
            first += 1
        j = bisect.bisect_left(self.all_name_starts, first)
        return None if j < len(self.all_names) and self.all_names[j].start == first else aside

    @staticmethod
    def _glued_role(role: Mention, name: Mention, gap: str) -> bool:
        """``le dessinateur Riss``: a known role written right before a lone capitalised word,
        with nothing between, names that person by a one-word name (a pseudonym, a surname)."""
        return role.kind == "role" and role.end <= name.start and not gap.strip()

    def _demonym_gap(self, gap: str) -> bool:
        """Whether ``gap`` is a comma and a nationality noun after its article (``, l'Estonienne ``),
        or a title of ``apposition_titles`` in ``names.json``, after its article or not (``, l'ayatollah ``,
        ``, le cheikh ``, ``, cheikh ``)."""
        found = _DEMONYM_GAP.fullmatch(gap)
        if found is None:
            return False
        word = found.group(2)
        if not word[:1].isupper():
            return fold(word) in self.apposition_titles
        if not found.group("article"):
            return False  # ", cheikh Name" may go without an article; ", l'Estonienne Name" not
        of_adjective = getattr(self.registry, "country_of_adjective", None)
        return callable(of_adjective) and of_adjective(word) is not None

    def _titled_portfolio_gap(self, gap: str) -> bool:
        """Whether ``gap`` is a portfolio set off by its comma (``portfolio_gap``: `` de l'Énergie,``)
        and then a title of ``apposition_titles`` (``, le prince ``, see :meth:`_demonym_gap`)."""
        comma = gap.rfind(",")
        return (comma > 0 and self._demonym_gap(gap[comma:]) and gap[comma + 1 :].strip()[:1].islower()
                and self.portfolio_gap.fullmatch(gap[: comma + 1]) is not None)

    def _with_country(self, m: Mention) -> Mention:
        """``le représentant chinois``: a noun phrase with the country its adjective names."""
        of_adjective = getattr(self.registry, "country_of_adjective", None)
        if not callable(of_adjective):
            return m
        country = next((c for w in m.text.split()[1:] if (c := of_adjective(w)) is not None), None)
        return m if country is None else replace(m, country=country)

    def _with_reporter_country(self, m: Mention) -> Mention:
        """``l'Élysée a fait savoir que le chef de l'État…``: an exclusive office named with no
        country, opening the clause a body of one country reports (its mention, a relative
        pronoun and nothing else before the role), with that body's country."""
        exclusive = getattr(self.registry, "is_exclusive_role", None)
        if (not m.role or not callable(exclusive) or not exclusive(m.role) or m.complement_id is not None
                or self._former(m) or self.complement_after.match(self.text, m.end, m.end + _COMPLEMENT_REACH) or self.registry is None):
            return m
        k = bisect.bisect_left(self.mention_starts, m.start) - 1
        if k < 0 or not self.mentions[k].entity_id:
            return m
        body = self.mentions[k]
        lead = _reported_clause_lead().match(self.text, body.end, m.start)
        if lead is None or lead.end() != m.start:
            return m
        ent = self.registry.get(body.entity_id)
        if ent is None or ent.type not in ("institution", "state") or not getattr(ent, "country", None):
            return m
        return replace(m, country=ent.country)

    def _names_office(self, m: Mention) -> bool:
        """Whether the role ``m`` gives its holder its office: not a former one (``l'ancien
        ministre``), nor a body's that a common-noun complement names (``le président de la
        commission`` is no head of state), nor one a possessive opens (``La droite… Son
        président, Bruno X``: a body's president, no head of state). Worked out once per role
        (a binding, its keys and lookups ask again)."""
        key = (m.end, m.text)
        known = self._offices_named.get(key)
        if known is None:
            known = self._offices_named[key] = (
                not self._former(m) and self.lower_complement.match(self.text, m.end, m.end + _COMPLEMENT_REACH) is None
                and fold(m.text).split(" ", 1)[0] not in _folded_names("possessives"))
        return known

    def _bind_role(self, role: Mention, person: _Person, *, guessed: bool = False) -> None:
        """Bind the description ``role`` to ``person``; a former office (``l'ancien ministre``)
        gives them neither its role nor its country, a body's office not its role."""
        former = self._former(role)
        names_office = self._names_office(role)
        if role.role and not former and not names_office:
            self._body_offices_of.setdefault(person.name, set()).add(role.role)
        general = getattr(self.registry, "is_general_role", None)
        portfolio = bool(not former and role.role and callable(general) and general(role.role) and self._complement_word(role))
        if portfolio:
            self._portfolios_of.setdefault(person.name, set()).add(role.role or "")
        self._bind(_Binding(role.start, person, self._role_keys(role), role.role if names_office else None,
                            None if former else role.country, self._head(role), None if former else role.complement_id,
                            self._gender(role), portfolio, None if former else role.role,
                            frozenset() if former else self._body_names(role), guessed, self._owners(role),
                            role.role if former else None, None if former else self._seat_word(role)))
        body = self.registry.get(role.complement_id) if role.complement_id and self.registry is not None else None
        if body is not None and not former and getattr(body, "country", None) is None:
            self._international.add(person.name)

    def _owners(self, m: Mention) -> str | None:
        """The number of the owner a possessive opening ``m`` gives: ``pl`` for a ``plural_possessives``
        word (« Leur avocat »), ``sg`` for another ``possessives`` one (« Son avocat »), else None."""
        first = fold(m.text).split(" ", 1)[0]
        if first not in _folded_names("possessives"):
            return None
        return "pl" if first in _folded_names("plural_possessives") else "sg"

    def _bind_resolved(self, role: Mention, person: Speaker) -> None:
        """``Le chancelier allemand`` resolved to the last person: later, ``le chancelier`` is
        them too (bound like an apposition, in text order)."""
        p = self.by_name.get(person.name)
        if p is not None and role.role:
            self._bind_role(role, p, guessed=True)

    def _nearer_holder(self, m: Mention, bound: Speaker) -> Speaker | None:
        """« Boris X… « … », a lancé le dirigeant conservateur. Le chancelier autrichien Sebastian
        Y s'est montré prudent. « … », a estimé le dirigeant conservateur »: a description only ever
        resolved to ``bound`` (no apposition gave it) takes back, once the text has moved on to
        another office holder named as subject since, that one, when nothing sets them apart."""
        if m.role is None or m.country is not None or m.complement_id is not None or self._former(m):
            return None
        k = bisect.bisect_right(self.bindings, m.start, key=_binding_at)
        lo = max(0, k - _LOOKBACK)
        mine = [b for b in self.bindings[lo:k] if b.person.name == bound.name and b.office == m.role]
        if not mine or not all(b.guessed for b in mine):
            return None
        person = self._antecedent(m)
        if person is None or person.type != "person" or person.name == bound.name or person.mention is None:
            return None
        since = max(mine[-1].at, self._last_spoke_at(bound.name))
        if person.mention.start <= since or not self._named_as_subject(person):
            return None
        # An office holder: a role of their own bound since (« le chancelier autrichien Sebastian Y »);
        # not a possessive's (« Sa patronne, Inès Y »), whose owner may be another body.
        if not any(b.person.name == person.name and since < b.at and not b.guessed and b.owners is None
                   for b in self.bindings[lo:k]):
            return None
        if not self._compatible(person.name, self._gender(m)) or self._holds_other_office(person, m):
            return None
        return person

    def _role_keys(self, m: Mention) -> list[str]:
        """The words a binding of ``m`` is found again by: its own words (with the first word of its
        complement, « président de la N-VA » is not « son président »), and its office, unless a
        common-noun complement makes it a body's office (« le président de la commission » is no
        head of state). Worked out once per the fields it reads (bindings and lookups ask again)."""
        memo = (m.end, m.text, m.role, m.complement_id, m.country)
        known = self._keys_of.get(memo)
        if known is None:
            known = self._keys_of[memo] = self._role_keys_of(m)
        return list(known)

    def _role_keys_of(self, m: Mention) -> list[str]:
        """:meth:`_role_keys` worked out."""
        keys = [self._strip_det(m.text) + self._complement_word(m)]
        inner = self.complement_inside.search(keys[0])
        word = _COMPLEMENT_WORD.match(keys[0], inner.end() - 1) if inner is not None else None
        if inner is not None and word is not None:
            # « la présidente de la Commission européenne » is found again by « la présidente| de la Commission ».
            keys.append(f"{keys[0][: inner.start()]} {word.group(1)}")
        if m.role and self._names_office(m) and not self._noun_role(m.role) and not self._elect(keys[0]):
            # A body's office is that body's: « le président du Sénat » is not « le président du RN ».
            keys.append(f"{m.role}:{m.complement_id}" if m.complement_id else f"{m.role}:{m.country or ''}")
        return keys

    def _body_names(self, m: Mention) -> frozenset[str]:
        """The names of the body ``m``'s complement names, folded: the body the registry knows
        (``#`` and its id), else the name after the complement link (past one common noun: « le
        chef du parti |Syriza| »), with its acronym in brackets (« Mouvement 5 étoiles (M5S) »)."""
        known = self._body_names_at.get((m.start, m.end))
        if known is not None:
            return known
        names = self._entity_names(m.complement_id) if m.complement_id else set()
        link = self.body_link.match(self.text, m.end, m.end + _COMPLEMENT_REACH)
        if link is None and m.role and self.text[m.end:m.end + 1] in (" ", "\u00a0"):
            # « Maurice X, l'avocat historique de Bernard Y »: the complement past one adjective
            # still names whose office it is (« l'avocat de Pierre Z » is someone else).
            adjective = _ROLE_ADJECTIVE_GAP.match(self.text, m.end)
            if adjective is not None:
                link = self.body_link.match(self.text, adjective.end(), adjective.end() + _COMPLEMENT_REACH)
        inside = self.body_link_inside.search(self.text, m.start, m.end) if link is None else None
        # « le patron de la Ligue »: a description holding its complement names it inside.
        opened = link.end() if link is not None else inside.end() - 1 if inside is not None else -1
        gap = _BODY_NAME_GAP.match(self.text, opened) if opened >= 0 else None
        k = bisect.bisect_left(self.mention_starts, gap.end()) if gap is not None else len(self.mentions)
        if link is not None and gap is not None and (k >= len(self.mentions) or self.mentions[k].start != gap.end()):
            # « Marco X, le dirigeant de l'Alliance civique… le chef de l'Alliance civique »: a
            # capitalised head noun no mention holds still names the body, by that noun (after
            # the description only: « la représentante de l'État » holds its own complement).
            head = _BODY_HEAD_WORD.match(self.text, gap.end(), gap.end() + _BODY_HEAD_REACH)
            if head is not None:
                names.add(fold(head.group()))
        if k < len(self.mentions) and gap is not None and self.mentions[k].start == gap.end() and self.mentions[k].kind in _BODY_NAME_KINDS:
            body = self.mentions[k]
            names |= self._entity_names(body.entity_id) if body.entity_id else {fold(self._strip_det(body.text))}
            after = _ACRONYM_GAP.match(self.text, body.end, body.end + _ACRONYM_REACH)
            if after is not None and k + 1 < len(self.mentions) and self.mentions[k + 1].start == after.end():
                acronym = self.mentions[k + 1]
                names |= self._entity_names(acronym.entity_id) if acronym.entity_id else {fold(acronym.text)}
        found = self._body_names_at[(m.start, m.end)] = frozenset(names)
        return found

    def _entity_names(self, entity_id: str) -> set[str]:
        """``#`` and the id of a body the registry knows, and its name and aliases, folded."""
        entity = self.registry.get(entity_id) if self.registry is not None else None
        written = (entity.name, *getattr(entity, "aliases", ())) if entity is not None else ()
        return {f"#{entity_id}", *(fold(self._strip_det(x)) for x in written)}

    def _described_as(self, m: Mention, names: frozenset[str]) -> Callable[[_Binding], bool]:
        """Whether a binding gave its person the office ``m`` names (or one of the same body's,
        ``roles.json`` ``same_body_as``) in a body of one of ``names``."""
        same = getattr(self.registry, "same_office_in_body", None)

        def described(b: _Binding) -> bool:
            return (bool(names) and m.role is not None and b.office is not None and not names.isdisjoint(b.body_names)
                    and (b.office == m.role or (callable(same) and bool(same(m.role, b.office)))))
        return described

    def _described_people(self, m: Mention, described: Callable[[_Binding], bool]) -> set[str]:
        """The people a binding passing ``described`` gave an office in the body ``m``'s complement names."""
        return {b.person.name for name in self._body_names(m) for b in self._described_in.get(name, ()) if described(b)}

    def _of_other_body(self, person: Speaker, m: Mention) -> bool:
        """Whether ``m``'s complement names a body that someone else, not ``person``, was given an
        office in, while ``person`` was given offices in other bodies only: « le patron de la
        Ligue » after « Luigi X, chef de file du M5S » and « Matteo Y, chef de la Ligue »."""
        if m.complement_id is None and _the_body_before().match(self.text, m.end, m.end + _BODY_BEFORE_REACH) is not None:
            # « le président du parti » after « le président du Sénat, Paul X »: that office is a
            # public institution's, no party's or union's.
            bodies = [b.body for b in self.bindings[-_LOOKBACK:] if b.person.name == person.name and b.at < m.start
                      and b.office == m.role and b.body is not None]
            if bodies and self.registry is not None and all(
                    getattr(self.registry.get(x), "type", None) in _PUBLIC_BODY_TYPES for x in bodies):
                return True
        names = self._body_names(m)
        own = self._bodies_of.get(person.name)
        return (bool(names) and bool(own) and own is not None and names.isdisjoint(own)
                and any(b.person.name != person.name for name in names for b in self._described_in.get(name, ())))

    def _noun_role(self, key: str) -> bool:
        """Whether role ``key`` names a profession bound by its noun only (``by_noun``)."""
        known = getattr(self.registry, "is_noun_role", None)
        return bool(callable(known) and known(key))

    def _speaker_back(self, key: str) -> bool:
        """Whether role ``key`` bound by its noun also takes back the last speaker (``speaker_back``)."""
        known = getattr(self.registry, "takes_back_speaker", None)
        return bool(callable(known) and known(key))

    def _relational_role(self, key: str) -> bool:
        """Whether role ``key`` names a relation to someone else (``relational``)."""
        known = getattr(self.registry, "is_relational_role", None)
        return bool(callable(known) and known(key))

    def _complement_word(self, m: Mention) -> str:
        """The first word of the complement right after ``m`` (`` n-va`` for « le président de la
        N-VA »), folded, after a space; empty without one. Read once per end (a binding and its
        keys ask again)."""
        known = self._complement_words.get(m.end)
        if known is None:
            link = self.complement_after.match(self.text, m.end, m.end + _COMPLEMENT_REACH)
            word = _COMPLEMENT_WORD.match(self.text, link.end()) if link else None
            known = self._complement_words[m.end] = " " + fold(word.group(1)) if word else ""
        return known

    def _new_voice(self, m: Mention, person: Speaker) -> bool:
        """Whether the former office ``m`` (``l'ancien ministre``) names someone new rather than
        ``person``: it is set off by a lower-case apposition (``l'ancienne adjointe, partie civile,``),
        or it gives a quotation of its sentence to a new description while ``person`` gave the last
        one (« … », a écrit X. « … », s'interroge l'ancien président: two voices), unless the
        registry gives ``person`` that office (« Donald X a affirmé que… « … », a lancé l'ancien
        président »: the same voice, a lower-case aside after it too: « l'ancien président, très
        ému, » after Luiz Inácio X)."""
        if self._registry_holds(person, m.role):
            return False
        if _LOWER_APPOSITION.match(self.text, m.end):
            return True
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        opened = self.sentence_starts[k] if k >= 0 else 0
        j = bisect.bisect_left(self.quoted, (opened, -1))
        quoted_before = j < len(self.quoted) and self.quoted[j][1] <= m.start
        return quoted_before and bool(self.recent) and self.recent[-1][1].name == person.name

    def _elect(self, f: str) -> bool:
        """Whether the folded description ``f`` ends with an ``elect_markers`` word (« président
        élu »): an office not held yet, so its key is not the office's (the holder is someone else)."""
        return any(f.endswith(" " + x) for x in self.elect)

    def _former(self, m: Mention) -> bool:
        """``l'ancien ministre``, ``l'ex-président``: a role its holder no longer has."""
        return self._is_former(self._strip_det(m.text))

    def _same_former_office(self, b: _Binding, m: Mention) -> bool:
        """Whether a former office ``m`` (« l'ancien chef de l'État ») names the office of the former
        one ``b`` was bound by, when both have one (« l'ancien Premier ministre » is another office)."""
        return not (self._former(m) and m.role and b.former and b.former != m.role)

    def _strip_det_as_written(self, s: str) -> str:
        """``s`` without its determiner, in its own spelling."""
        return _restore(s, self._strip_det(s))

    def _strip_det(self, s: str) -> str:
        return self._strip_determiner(s)

    def _earlier_body(self, m: Mention, span: Span | None = None) -> Speaker | None:
        """``le ministère`` after ``le ministère français des Affaires étrangères``: a short
        description of a body named in full earlier (same head noun, and the same office when
        it names one) is that body (named by ``span``)."""
        head = self._head(m)
        if not head:
            return None
        k = bisect.bisect_left(self.body_starts, m.start) - 1
        floor = k - _LOOKBACK
        heads = self._body_heads  # the head nouns of bodies[k], computed once
        while k >= 0 and k > floor:
            body_heads = heads.get(k)
            if body_heads is None:
                body_heads = heads[k] = self._body_head_nouns(k)
            country = getattr(self.bodies[k][2], "country", None)
            # « la présidence syrienne » is not the Kremlin named before: a country of its own.
            if (head in body_heads and self._same_portfolio(m, self.bodies[k][2])
                    and (m.country is None or country in (None, m.country))
                    and self._named_words_fit(m, self.bodies[k][2])):
                entity = self.bodies[k][2]
                return self._speaker_from(entity.name, entity, entity.type, span)
            k -= 1
        return None

    def _bare_body_noun(self, m: Mention) -> bool:
        """Whether ``m`` is a determiner and a noun of ``body_nouns``, nothing more (``le ministère``)."""
        return fold(self._strip_det(m.text)) in self.body_nouns

    def _body_described_earlier(self, m: Mention, span: Span) -> Speaker | None:
        """``le ministère`` after ``le ministère de la Santé`` spoke (a body the registry does not
        know, its description as written): the last such speaker with the same head noun and a
        complement, within the lookback, named by ``span``."""
        if not self._bare_body_noun(m):
            return None
        head = fold(self._strip_det(m.text))
        for _, s in reversed(self.recent[-_LOOKBACK:]):
            if s.entity_id is None and s.type == "other" and " " in s.name and fold(s.name.split(" ", 1)[0]) == head:
                return self._with_mention(s, span)
        return None

    def _body_subject_earlier(self, m: Mention, span: Span) -> Speaker | None:
        """``un communiqué du ministère`` after ``Le ministère des Affaires étrangères et de la
        Communauté nationale à l'étranger a exprimé…`` (a body the registry does not know, named in
        full as a subject that has not spoken yet): the last earlier description of a body with the
        same head noun and a complement, no preposition governing it, within the lookback, as
        written and named by ``span``."""
        head = fold(self._strip_det(m.text))
        k = bisect.bisect_left(self.mention_starts, m.start) - 1
        floor = k - _LOOKBACK
        while k >= 0 and k > floor:
            x = self.mentions[k]
            k -= 1
            if x.kind not in ("role", "np") or x.after_preposition or x.parenthetical or _inside(self.quoted, x.start):
                continue
            words = self._strip_det(x.text).split()
            if len(words) > 1 and fold(words[0]) == head:
                return self._with_mention(self._as_written(x, "institution"), span)
        return None

    def _proper_body_name(self, m: Mention) -> bool:
        """Whether ``m`` is a determiner, a capitalised head noun (no people's name: not *le
        Danois*) and more words: a body's own name (``l'Union syndicale suisse``); or a determiner
        and a head in mixed case (``le cdH``)."""
        if m.kind != "np":
            return False
        written = self._strip_det_as_written(m.text).split()
        if not written or self._strip_det_as_written(m.text) == m.text or self._head(m) in self.collective_nouns:
            return False  # "l'ONG basée au Royaume-Uni": a body noun takes back the body that spoke
        if written[0][:1].islower() and any(c.isupper() for c in written[0][1:]):
            return True  # "le cdH": an acronym written in mixed case names a body (a party), no person
        if len(written) < 2 or not written[0][:1].isupper():
            return False
        noun = getattr(self.registry, "country_of_noun", None)
        return not (callable(noun) and noun(written[0]) is not None)

    def _named_words_fit(self, m: Mention, entity: Any) -> bool:
        """Whether the words after a capitalised head of ``m`` (``l'Union syndicale suisse``)
        all occur in ``entity``'s names: a body of its own otherwise, not the one with that head
        named before (*Union européenne*); a lower-case head (``le ministère français``) fits but for
        capitalised words no name of ``entity`` holds when ``m`` has no office the registry knows."""
        written = self._strip_det_as_written(m.text).split()
        if m.kind != "np" or not written:
            return True
        known = {w for n in (getattr(entity, "name", ""), *getattr(entity, "aliases", ())) for w in fold(n).split()}
        if not written[0][:1].isupper():
            # "le ministère de l'Equipement et de l'Eau" after "le ministère de l'Intérieur": an office
            # the registry does not know (no role), named by capitalised words of its own, is another body.
            names = [w.rsplit("'", 1)[-1].rsplit("\u2019", 1)[-1] for w in written[1:]]
            return m.role is not None or all(fold(w) in known for w in names if w[:1].isupper())
        words = written[1:]
        if not words:
            return True
        return all(fold(w) in known for w in words)

    def _earlier_state(self, m: Mention, span: Span) -> Speaker | None:
        """``le royaume`` after ``Riyad``, ``le pays`` after ``le Liban``: the last state named
        before ``m`` (of ``m``'s country when it has one) that the noun may name, a kingdom for
        ``royaume`` (``state_nouns`` of ``countries.json``), any state for ``pays``."""
        kinds = getattr(self.registry, "states_of_kind", None)
        codes = kinds(self._head(m)) if callable(kinds) else None

        def fits(j: int) -> bool:
            country = getattr(self.bodies[j][2], "country", None)
            return (getattr(self.bodies[j][2], "type", None) == "state" and (codes is None or country in codes)
                    and (m.country is None or country == m.country))

        k = bisect.bisect_left(self.body_starts, m.start) - 1
        floor = k - _LOOKBACK
        while k >= 0 and k > floor and not fits(k):
            k -= 1
        if k < 0 or k <= floor:
            return None
        # "L'Arabie saoudite, suivie de Bahreïn et de l'Égypte, a rompu… Le royaume": of several
        # states of that kind named in one sentence, its subject, not the last of the list.
        lo, j = self._start_of_sentence(self.bodies[k][0]), k - 1
        while j >= 0 and j > floor and self.bodies[j][0] >= lo:
            own = self.bodies[j][1]
            if fits(j) and own is not None and self._subject_like(own, self.sentence_starts, self.cue_ends):
                k = j
            j -= 1
        entity = self.bodies[k][2]
        return self._speaker_from(entity.name, entity, entity.type, span)

    def _same_portfolio(self, m: Mention, entity: Any) -> bool:
        """Whether the body ``m`` names by its office (``le ministère de la Défense``:
        ``defence_ministry``) may be ``entity``: not one the registry gives other offices only
        (the *ministère chinois des Affaires étrangères* named before is another ministry); one
        it gives no office may be it only when its names hold the capitalised words of ``m`` (the
        *ministère de l'Outre-mer* named before is another ministry)."""
        keys = {r.key for r in getattr(entity, "roles", ())}
        if m.role and not keys and m.kind == "role":
            known = {w for n in (getattr(entity, "name", ""), *getattr(entity, "aliases", ())) for w in fold(n).split()}
            names = [w.rsplit("'", 1)[-1].rsplit("\u2019", 1)[-1] for w in self._strip_det_as_written(m.text).split()[1:]]
            return all(fold(w) in known for w in names if w[:1].isupper())
        return not m.role or not keys or m.role in keys

    def _body_head_nouns(self, k: int) -> frozenset[str]:
        """The head noun of ``bodies[k]`` as written (none for a role's complement) and those of
        its entity's aliases (``le Quai d'Orsay`` is a ``ministère``: *ministère de l'Europe et
        des Affaires étrangères*)."""
        _, m, entity = self.bodies[k]
        heads = _alias_heads(tuple(getattr(entity, "aliases", ())), self._strip_determiner)
        return heads if m is None else heads | {self._head(m)}

    def _bodies_named(self, mentions: Sequence[Mention]) -> Iterator[tuple[int, Mention | None, Any]]:
        """The bodies named with their registry entity, for later short descriptions: a body's
        own mention, or the complement of a role (``la porte-parole du ministère de …``), placed
        at the role's last character and with no head of its own."""
        if self.registry is None:
            return
        for x in mentions:
            if x.entity_id and x.kind in ("entity", "role", "metonym"):
                entity = self.registry.get(x.entity_id)
                if entity is not None and entity.type != "person":
                    yield x.start, x, entity
            if x.kind == "role" and x.complement_id:
                entity = self.registry.get(x.complement_id)
                if entity is not None and entity.type != "person":
                    yield x.end - 1, None, entity

    def _singular(self, m: Mention) -> bool:
        """A description opened by a singular determiner (``la``, ``un``, ``l'``)."""
        f = fold(m.text)
        return f.split(" ", 1)[0] in self.det_gender or any(f.startswith(d) for d in self.determiners if d.endswith("'"))

    def _earlier_description(self, m: Mention) -> Speaker | None:
        """The description given earlier with the same head noun, when ``m`` adds nothing it lacks:
        ``la source`` after ``une source diplomatique``, not ``le diplomate allemand`` after
        ``le diplomate français``."""
        earlier = self.described.get(self._head(m))
        return earlier if earlier is not None and self._adds_nothing(m, earlier) else None

    def _described_otherwise(self, prev: Speaker, m: Mention) -> bool:
        """Whether ``prev`` is a description given as written (``un porte-parole``) that ``m`` does
        not take back: another role or head, or more said (``le porte-parole du ministère``); of a
        profession bound by its noun (``by_noun``), another noun (``la romancière`` after
        ``l'écrivain``: the role is one, the people two)."""
        return prev.name in self.written and (
            prev.role != m.role or not self._adds_nothing(m, prev)
            or ((m.role is None or self._noun_role(m.role)) and fold(prev.name).split(" ", 1)[0] != self._head(m))
        )

    def _adds_nothing(self, m: Mention, described: Speaker) -> bool:
        """Whether every word of ``m`` after its head is already in the description ``described``
        or belongs to the forms of ``m``'s role (``chef du gouvernement`` adds nothing to
        ``Premier ministre britannique``)."""
        known = set(fold(described.name).split())
        role_words = getattr(self.registry, "role_words", None)
        if m.role and callable(role_words):
            known |= role_words(m.role)
        return all(w in known for w in self._strip_det(m.text).split()[1:])

    def _body_spoke_after_publication(self, m: Mention) -> Speaker | None:
        """For a noun naming a publication or a body alike (``l'agence``): the organisation or
        institution that spoke last within the sentences before ``m`` (see _last_organisation),
        when it spoke after the last publication named before ``m``."""
        body = self._last_organisation(m)
        if body is None:
            return None
        spoke_at = next((at for at, s in reversed(self.recent[-_LOOKBACK:]) if s is body), None)
        k = bisect.bisect_left(self.publication_starts, m.start) - 1
        if k >= 0 and (spoke_at is None or self.publications[k].start > spoke_at):
            return None
        return body

    def _last_publication(self, m: Mention) -> Speaker | None:
        """``le journal``, ``le quotidien``: the publication named last before ``m`` of a kind the
        noun may describe (``publication_noun_kinds``: a daily is no news agency), within the
        last few named."""
        k = bisect.bisect_left(self.publication_starts, m.start) - 1
        kinds = _publication_noun_kinds().get(self._head(m))
        kind_of = getattr(self.registry, "publication_kind", None)
        for p in self.publications[max(0, k + 1 - _PUBLICATION_LOOKBACK) : k + 1][::-1]:
            kind = kind_of(p.text) if kinds is not None and callable(kind_of) else None
            if kind is None or (kinds is not None and kind in kinds):
                title = p.text[:1].upper() + p.text[1:]
                return Speaker(name=title, type="organisation", mention=self.span(m.start, m.end))
        return None

    def _private_person(self, person: Speaker) -> bool:
        """Whether ``person`` is named by one word alone (``Martine``, or ``Maite, 54 ans``: a
        witness in a report, known by a first name; a lone surname is read as no person's name
        there) and given no office by an apposition nor the registry."""
        name = person.name
        return (person.type == "person" and " " not in name and "-" not in name
                and (known_first_name(name) or (name[:1].isupper() and name[1:].islower()))
                and not self._offices_of.get(name) and not self._body_offices_of.get(name)
                and person.entity_id is None)

    def _holds_other_office(self, person: Speaker, m: Mention) -> bool:
        """Whether an apposition (or the registry) gave ``person`` another exclusive office or
        another country than the role ``m`` names: "le Premier ministre japonais, X" is not "le
        chef de la diplomatie sud-coréenne", and the holder of an international body's office is
        not "le président français"."""
        if m.country is not None and m.complement_id is None and person.name in self._international:
            return True
        exclusive = getattr(self.registry, "are_exclusive_roles", None)
        offices = self._offices_of.get(person.name, ())
        # One who holds the office ``m`` names as well (a head of government presiding over a
        # union in turn) is not barred by the other.
        holds_it = any(role == m.role and m.complement_id in (None, body) for role, _, body in offices)
        # « Le chef de la Ligue, Matteo X… a déclaré le ministre de l'Intérieur »: the registry
        # gives them that office too, which the text's other one does not bar.
        holds_it = holds_it or self._registry_holds_office(person, m)
        # « le président du groupe socialiste, X » holds no government office: « le ministre de
        # l'Intérieur » is someone else (a body's office gives its holder no role to bind by).
        if m.role and not holds_it and callable(exclusive) and any(
                exclusive(role, m.role) for role in self._body_offices_of.get(person.name, ())):
            return True
        # « le ministre de l'Énergie, X » holds a portfolio of his own: « le ministre des Finances » is someone else.
        if not holds_it and any(self._other_portfolio(role, m) for role in self._portfolios_of.get(person.name, ())):
            return True
        for role, country, body in offices:
            if (m.role and role and not holds_it and callable(exclusive) and exclusive(role, m.role)) or (
                m.country is not None and country is not None and country != m.country
            ) or (m.role and role == m.role and body is not None and m.complement_id not in (None, body)):
                return True
        return (callable(exclusive) and self._known_in_other_office(person, m, exclusive)) or self._serves_another_body(person, m)

    def _victim(self, person: Speaker, m: Mention) -> bool:
        """Whether the text names ``person`` as the victim of a harm (``victim_words`` of the role
        ``m`` names in ``roles.json``: « le policier qui a abattu X », « X a été tué », « X,
        blessé, »), whom a description of that role (``le tireur``) never takes back. Worked
        out once per role, one pass over the names, each reading a few words around it."""
        words_of = getattr(self.registry, "victim_words", None)
        if not m.role or not callable(words_of):
            return False
        victims = self._victims.get(m.role)
        if victims is None:
            words, found, avoir = words_of(m.role), set(), avoir_auxiliaries()
            for n, p in zip(self.all_names, self.all_people, strict=True) if words else ():
                before = fold(self.text[max(0, n.start - _VICTIM_REACH) : n.start]).split()
                after = fold(self.text[n.end : n.end + _VICTIM_REACH]).replace(",", " , ").split()[:_VICTIM_WORDS]
                # "X a été tué", "X, blessé": no form of avoir right before the participle ("X a abattu").
                if (before and before[-1] in words) or any(
                        w in words and (i == 0 or after[i - 1] not in avoir) for i, w in enumerate(after)):
                    found.add(p.name)
            victims = self._victims[m.role] = frozenset(found)
        return person.name in victims

    def _other_portfolio(self, general: str, m: Mention) -> bool:
        """Whether ``m`` names an exclusive office that the general role ``general`` covers
        (« le ministre des Finances » under « ministre »): held with another portfolio, it is another office."""
        covers = getattr(self.registry, "covers_role", None)
        exclusive = getattr(self.registry, "is_exclusive_role", None)
        return bool(m.role and m.role != general and callable(covers) and callable(exclusive)
                    and exclusive(m.role) and covers(general, m.role))

    def _known_antecedent(self, m: Mention) -> Speaker | None:
        """The antecedent a pronoun in ``m``'s place would take, when something ties it to the
        role: the registry gives them that office, the role has a nationality theirs does not
        contradict (« le chancelier allemand » after Olaf Scholz), or they were named as a subject
        (« le chef de l'État » is not the film director named in a complement just before)."""
        person = self._antecedent(m)
        if person is None:
            return None
        if self._registry_holds(person, m.role):
            return person
        # The antecedent already agrees with m's country where its own is known; a country the
        # role's complement gives (« le président de la FNSEA ») names an office, not a nationality.
        if m.country is not None and m.complement_id is None:
            return person
        # An exclusive office (« le juge », « le procureur ») names someone never described so
        # only with that evidence.
        exclusive = getattr(self.registry, "is_exclusive_role", None)
        if m.role and callable(exclusive) and exclusive(m.role):
            return None
        return person if self._named_as_subject(person) else None

    def _holder_named_before(self, m: Mention) -> Speaker | None:
        """The antecedent a pronoun in ``m``'s place would take when the registry gives them the
        office ``m`` names: « Emmanuel X avait appris la nouvelle. Le chef de l'État avait salué… »
        is him, not whoever spoke last."""
        if not m.role or self.registry is None or self._former(m):
            return None
        person = self._antecedent(m)
        if person is None:
            return None
        if self._registry_holds(person, m.role):
            return person
        # « Sergueï X s'est montré plus mesuré. Le ministre russe a dit… » after John Y spoke:
        # the role's country is the antecedent's, known, and nothing ties the last speaker to it.
        if m.country is None or m.complement_id is not None or self._known_country(person) != m.country:
            return None
        last = self._last(person_only=True, gender=self._gender(m))
        if last is not None and (last.name == person.name or self._known_country(last) == m.country):
            return None
        return None if self._holds_other_office(person, m) else person

    def _former_holder_named(self, m: Mention) -> Speaker | None:
        """The latest of the last persons named before the former role ``m`` (« l'ancien
        vice-président », « l'ex-procureure ») whom the registry gives that office with an end
        date (of the role's country, when it has one), genders agreeing: « Joe X a présenté Kamala Y… L'ex-procureure a dénoncé… » is her."""
        if not m.role or self.registry is None or not self._former(m):
            return None
        gender = self._gender(m)
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        for i in range(k, max(-1, k - _LOOKBACK), -1):
            p = self.all_people[i]
            if p.kind != "person" or p.entity is None or not self._compatible(p.name, gender):
                continue
            if any(r.key == m.role and r.until is not None and (m.country is None or r.country == m.country)
                   for r in p.entity.roles):
                return self._speaker_from(p.name, p.entity, "person", self.span(self.all_names[i].start, self.all_names[i].end))
        return None

    def _known_country(self, person: Speaker) -> str | None:
        """The country the registry or an apposition gives ``person``, if any."""
        return person.country or self._bound_country(person.name)

    def _heads_named_body(self, person: Speaker, m: Mention) -> bool:
        """Whether the registry gives ``person`` the office ``m`` names in a body whose name opens
        with the word of ``m``'s complement: « le président de la Commission » after Jean-Claude X,
        the Commission européenne's, takes him back (not the Conseil européen's president)."""
        word = self._complement_word(m).strip()
        entity = self.registry.get(person.entity_id) if word and m.role and person.entity_id and self.registry is not None else None
        for r in getattr(entity, "roles", ()):
            body = self.registry.get(r.institution) if r.key == m.role and r.institution and self.registry is not None else None
            if body is not None and word in {fold(a).split(" ", 1)[0] for a in (body.name, *body.aliases)}:
                return True
        return False

    def _later_holder_spoke(self, m: Mention, bound: Speaker) -> Speaker | None:
        """« Le président Donald X a confirmé… « … », a lancé Emmanuel Y. Le chef de l'État a
        estimé… »: an exclusive office named with no country, bound earlier to one holder, takes
        back the last speaker instead when the registry gives both that office and the last
        speaker spoke after the bound one last did."""
        exclusive = getattr(self.registry, "is_exclusive_role", None)
        if (not m.role or m.country is not None or m.complement_id is not None or self._former(m)
                or not callable(exclusive) or not exclusive(m.role)):
            return None
        prev = self._last(person_only=True, gender=self._gender(m), strict=True)
        # The bound holder may hold the office by the registry or by an apposition of the text
        # (« Le premier ministre pakistanais Imran X … Narendra Y a défendu… Le chef du gouvernement… »).
        if (prev is None or prev.type != "person" or prev.name == bound.name
                or not self._registry_holds(prev, m.role)
                or not (self._registry_holds(bound, m.role) or self._bound_to_role(bound, m.role))):
            return None
        spoke = self._last_spoke_at(bound.name)
        if spoke < 0:
            # « …le président bélarusse Alexandre X, qui a proposé sa médiation. Vladimir Y avait
            # dénoncé une « … ». « … », avait déclaré le chef de l'État »: a holder the text only
            # described, who never spoke, gives way to one that spoke since that description.
            k = bisect.bisect_left(self.bindings, m.start, key=_binding_at)
            spoke = max((b.at for b in self.bindings[max(0, k - _LOOKBACK) : k] if b.person.name == bound.name), default=-1)
        return prev if -1 < spoke < self._last_spoke_at(prev.name) else None

    def _bound_to_role(self, person: Speaker, role: str) -> bool:
        """Whether an apposition of the text gave ``person`` the office ``role``."""
        return any(b.role == role and b.person.name == person.name for b in self.bindings)

    def _last_spoke_at(self, name: str) -> int:
        """Where the speaker ``name`` last spoke before the mention being resolved, or -1."""
        return next((at for at, s in reversed(self.recent) if s.name == name), -1)

    def _not_holder_that_year(self, person: Speaker, role: str | None) -> bool:
        """Whether the registry gives ``person`` the office ``role``, but not in the year the
        article is dated by (Joe X, president from 2021, in an article of 2020)."""
        entity = self.registry.get(person.entity_id) if role and person.entity_id and self.registry is not None else None
        held = [r for r in getattr(entity, "roles", ()) if r.key == role]
        return self.year is not None and bool(held) and not any(r.active(self.year) for r in held)

    def _registry_holds(self, person: Speaker, role: str | None) -> bool:
        """Whether the registry gives ``person`` the office ``role``."""
        entity = self.registry.get(person.entity_id) if role and person.entity_id and self.registry is not None else None
        return any(r.key == role for r in getattr(entity, "roles", ()))

    def _registry_holds_office(self, person: Speaker, m: Mention) -> bool:
        """Whether the registry gives ``person`` the office the role ``m`` names, of its country
        and body when ``m`` names them (at any date: the text's year need not be known), or one
        it covers (« le ministre italien » for the interior minister the registry knows)."""
        entity = self.registry.get(person.entity_id) if m.role and person.entity_id and self.registry is not None else None
        covers = getattr(self.registry, "covers_role", None)
        return any((r.key == m.role or (callable(covers) and covers(m.role, r.key)))
                   and m.country in (None, r.country) and m.complement_id in (None, r.institution)
                   for r in getattr(entity, "roles", ()))

    def _named_as_subject(self, person: Speaker) -> bool:
        """Whether the words naming ``person`` are a name in subject position (« Kylian Mbappé a
        quitté le terrain… a expliqué l'attaquant »), not a complement (« le film de X »), or
        the complement of a noun of speech (« le discours de X… a déclaré l'actrice »): who spoke."""
        if person.mention is None:
            return False
        if person.type == "person" and self._spoke_as_pronoun(person.mention):
            return True  # "Elle a dit que…", "« … », a-t-elle dit": a pronoun subject of a cue, taken to be them
        start = person.mention.start
        k = bisect.bisect_left(self.all_name_starts, start)
        if k < len(self.all_names) and self.all_names[k].start == start and self._subject_name(k):
            return True
        return _speech_owner_before().search(self.text, max(0, start - _SPEECH_OWNER_REACH), start) is not None

    def _spoke_as_pronoun(self, span: Span) -> bool:
        """Whether ``span`` is a subject pronoun a recent quotation was given to."""
        k = bisect.bisect_left(self.subject_pronoun_starts, span.start)
        return (k < len(self.subject_pronouns) and self.subject_pronouns[k].start == span.start
                and any(s.mention == span for _, s in self.recent[-_LOOKBACK:]))

    def _serves_another_body(self, person: Speaker, m: Mention) -> bool:
        """Whether the role ``m`` is an office of a body (``le secrétaire général du PS``) that
        ``person`` cannot hold: the registry gives them the same office in another body
        (António Guterres, at the UN), or the body is international and they serve a country
        (Sergueï Lavrov is no « secrétaire général de l'Otan »)."""
        if m.complement_id is None or self.registry is None:
            return False
        body = self.registry.get(m.complement_id)
        entity = self.registry.get(person.entity_id) if person.entity_id else None
        roles = getattr(entity, "roles", ())
        if any(r.institution == m.complement_id for r in roles):
            # Jean-Claude X, the Commission's president, is « le chef de l'exécutif européen »:
            # an office of a body the registry has them serve, whatever its words.
            return False
        bodies = {r.institution for r in roles if r.key == m.role and r.institution}
        if bodies and m.complement_id not in bodies:
            return True
        national = self._known_country(person)
        return body is not None and getattr(body, "country", None) is None and national is not None

    def _known_in_other_office(self, person: Speaker, m: Mention, exclusive: Callable[[str, str], bool]) -> bool:
        """Whether the registry gives ``person`` offices, each exclusive of the one ``m`` names:
        Emmanuel Macron is never "le chancelier"; Boris Johnson, foreign minister then head of
        government, may be "le dirigeant conservateur"."""
        entity = self.registry.get(person.entity_id) if person.entity_id and self.registry is not None else None
        if not m.role or entity is None:
            return False
        keys = {r.key for r in getattr(entity, "roles", ())}
        return bool(keys) and m.role not in keys and all(exclusive(k, m.role) for k in keys)

    def _is_demonstrative(self, m: Mention) -> bool:
        """``ce diplomate``, ``cette source``: pointing back to a description given earlier."""
        return fold(m.text).split(" ", 1)[0] in self.demonstratives

    def _gender(self, m: Mention, *, premodifier: bool = True) -> str | None:
        """Grammatical gender of a mention: its own (pronouns), its determiner's, or after an
        elided one that of the word following it (``l'ancienne ministre``; not with
        ``premodifier`` false)."""
        if m.gender is not None and m.kind in ("pronoun", "anaphor"):
            return m.gender
        key = (m.text, m.kind == "pronoun", premodifier)  # all the rest reads: asked ~2,000 times a pass
        if key not in self._genders:
            self._genders[key] = self._gender_of(*key)
        return self._genders[key]

    def _gender_of(self, text: str, pronoun: bool, premodifier: bool) -> str | None:
        """:meth:`_gender` of the words ``text`` (of a pronoun or not), worked out."""
        first = fold(text).split(" ", 1)[0]
        if pronoun and first == fold(text) and first in _folded_names("possessives"):
            return None  # "son" alone standing for its possessor: it agrees with the possessed noun, not with them
        gender = self.det_gender.get(first)
        if first in self.euphonic and self.vowel_next.match(fold(text), len(first)):
            # "son épouse": before a vowel, the determiner says nothing; only a known noun does.
            gender = None
        if gender is None and premodifier:
            words = self._strip_det(text).split(" ", 2)
            found = self.premodifier_gender.get(words[0])
            if found is None and len(words) > 1 and self._is_former(" ".join(words)):
                # "l'ex-procureure": the noun after a former marker of no gender gives it.
                found = self.premodifier_gender.get(words[1]) or _gendered_role_heads().get(words[1])
            return found
        return gender

    def _holder_of_other_gender(self, m: Mention, ent: Entity) -> bool:
        """Whether the role mention ``m``, bound by the registry to the person ``ent`` who held the
        office that year, is of the other gender than that person's first name (``la cheffe de la
        diplomatie`` for a man, ``le ministre`` for a woman): the article speaks of someone else."""
        if ent.type != "person":
            return False
        given = first_names().get(ent.name.split(" ", 1)[0])
        gender = self._gender(m) if given is not None else None
        return gender is not None and gender != given

    def _learn_gender(self, person: Speaker, pronoun: Mention) -> None:
        """A singular pronoun that took back a person or a description of no known gender
        (``Son éditeur…, raconte-t-il``) gives it its own: a later pronoun of the other gender
        (``elle``) never takes it back."""
        gender = self._gender(pronoun)
        if gender is None or pronoun.number != "sg" or person.type not in ("person", "anonymous", "other"):
            return
        p = self.by_name.get(person.name)
        if p is not None:
            p.gender = p.gender or gender
        elif self.written.get(person.name) is None:
            self.written[person.name] = gender

    def _known_gender(self, name: str) -> str | None:
        """The gender the text or a first name gives the person ``name``, if any."""
        p = self.by_name.get(name)
        return p.gender if p is not None else self.written.get(name)

    def _compatible(self, name: str, gender: str | None) -> bool:
        if gender is None:
            return True
        p = self.by_name.get(name)
        if p is None:
            described = self.written.get(name)
            return described is None or described == gender
        return p.gender is None or p.gender == gender

    def _country_agrees(self, name: str, entity: Any, country: str | None) -> bool:
        """Whether neither the registry nor an apposition gives the person ``name`` a country
        other than ``country`` (« le Britannique » is not the American named as such before)."""
        return country is None or (self._same_country(entity, country) and self._bound_country(name) in (None, country))

    @staticmethod
    def _same_country(entity: Any, country: str | None) -> bool:
        known = getattr(entity, "country", None) if entity is not None else None
        return country is None or known is None or known == country

    def _translated_text(self, m: Mention) -> bool:
        """``une déclaration traduite de l'anglais``: a text noun of ``channel_nouns`` or
        ``text_nouns`` right before a participle of ``translation_participles``, a translation."""
        words = self._strip_det(m.text).split(maxsplit=2)
        return (len(words) > 1 and fold(words[1]) in _folded_names("translation_participles")
                and (fold(words[0]) in _folded_names("channel_nouns") or words[0] in self.text_nouns))

    def _of_other_region(self, prev: Speaker, m: Mention) -> bool:
        """Whether ``m`` names a regional office (its last word one of ``regional_adjectives``:
        « le premier ministre québécois ») that no recent binding gave ``prev`` with that adjective."""
        region = _regional_adjective(m.text)
        return region is not None and not any(
            b.person.name == prev.name and any(k.endswith(region) for k in b.keys) for b in self.bindings[-_LOOKBACK:])

    def _head(self, m: Mention) -> str:
        """The first noun of a description: its first word after the determiner, past a
        premodifier of ``grammar.json`` in a noun phrase the registry does not know (``le
        dernier rapport`` → ``rapport``; a role keeps its words: ``le Premier ministre``)."""
        key = (m.text, m.kind)  # all it reads: speaker asks a description's head many times
        head = self._heads.get(key)
        if head is None:
            words = self._strip_det(m.text).split()
            if m.kind in ("np", "anonymous") and len(words) > 1 and fold(words[0]) in _premodifiers():
                head = words[1]
            else:
                head = words[0] if words else ""
            self._heads[key] = head
        return head

    def _bound(self, m: Mention, span: Span | None = None, *, ahead: bool = True) -> Speaker | None:
        """The person a role refers back to, by the closest evidence first (named by ``span``);
        without ``ahead``, only by what was bound at or before ``m``; nobody for an indefinite
        one (« a indiqué un porte-parole »: someone new)."""
        if fold(m.text).split(" ", 1)[0] in self.indefinite_determiners:
            return None
        if not self.bindings:
            return self._registry_holder(m, span)  # nothing bound yet: the tests below would find nothing
        head = self._head(m)
        # « le vice-président du parti d'extrême droite »: the body the text has named, no other one.
        named_body = m.complement_id is None and _the_body_before().match(self.text, m.end, m.end + _BODY_BEFORE_REACH) is not None
        qualified = (bool(self.complement_after.match(self.text, m.end, m.end + _COMPLEMENT_REACH)) or m.complement_id is not None) and not named_body
        # A role with a complement of its own (« le président du FLNKS », « le président du
        # Parlement européen ») is not the same office as another holder's (« la présidente de la
        # province Sud », « le président français »): only its words bind it.
        keys = set(self._role_keys(m)[:1] if qualified else self._role_keys(m))
        # The same head noun names another office when the registry holds the two roles exclusive
        # ("le chef du gouvernement" is not "le chef de l'État"; "le ministre" may be "le ministre
        # des Affaires étrangères").
        exclusive = getattr(self.registry, "are_exclusive_roles", None)
        covers = getattr(self.registry, "covers_role", None)

        def same_office(b: _Binding) -> bool:
            # A possessive's role gives its holder no office (« Son président »), but its office still
            # names no other exclusive one: « Son avocat, Me X » is not « l'avocat général ».
            office = b.role or b.office
            return (not (m.role and office and callable(exclusive) and exclusive(m.role, office)) and same_body(b)
                    and not (b.portfolio and b.role is not None and self._other_portfolio(b.role, m)))

        def same_body(b: _Binding) -> bool:
            # « le président du RN » is not the holder of « le président du Sénat ».
            # nor the holder of another office with no body (« le président français »).
            return m.complement_id is None or b.body == m.complement_id or (b.body is None and b.role in (None, m.role))

        def other_office(b: _Binding) -> bool:
            return bool(m.role and b.role and m.role != b.role and callable(covers)
                        and not covers(m.role, b.role) and not covers(b.role, m.role))

        def narrower(b: _Binding) -> bool:
            # "l'élue de Seine-Saint-Denis" after "la députée X": a general role, whatever its
            # complement (a constituency), takes back a holder of a role it covers.
            return bool(m.role and b.role and callable(covers) and covers(m.role, b.role))

        # « le leader du M5S » after « Luigi X, chef de file du Mouvement 5 étoiles (M5S) »: the
        # office of the same body, named in full or by its acronym, given to one person only.
        names = self._body_names(m) if m.role else frozenset()
        described = self._described_as(m, names) if m.role else None
        described_one = described is not None and len(self._described_people(m, described)) == 1
        longer = len(self._strip_det(m.text).split()) > 1 and m.role is not None and not self._noun_role(m.role)
        tests: tuple[Callable[[_Binding], bool], ...] = (
            # The apposition of this very description ("le député RN de la Somme Hugo X").
            lambda b: b.at == m.start,
            lambda b: described_one and described is not None and described(b),
            # The same words, but never across countries: « le chef de la diplomatie américaine »
            # is not « le chef de la diplomatie russe, X » though both are « chef… diplomatie ».
            lambda b: not keys.isdisjoint(b.keys) and (m.country is None or b.country in (None, m.country)),
            lambda b: (m.role is not None and b.role == m.role and (m.country is None or b.country == m.country) and not qualified
                       and (b.head == head or not self._noun_role(m.role)) and same_body(b)),
            lambda b: narrower(b) and (m.country is None or b.country == m.country) and same_body(b),
            lambda b: m.country is not None and b.country == m.country and b.head == head and same_office(b),
            # Only for a bare role: "le ministre de la Santé" is not "le ministre de l'Intérieur".
            # A role of several words is not the same head in another office: « le chef de l'État »
            # is not « X, chef de file de l'opposition »; nor two offices the registry tells apart
            # (« le conseiller fédéral », a minister, is no « conseiller national », a deputy).
            lambda b: (b.head == head and m.country is None and not qualified and same_office(b) and not other_office(b)
                       and not (longer and m.role and b.role is None and b.office not in (None, m.role))
                       and self._same_former_office(b, m)),
        )
        # Its own apposition binds whatever the role's gender: the masculine of an office names a
        # woman too (« le procureur, Cécile X », « l'avocat de la victime, Me Chloé X »).
        k = bisect.bisect_left(self.bindings, m.start, key=_binding_at)
        if k < len(self.bindings) and self.bindings[k].at == m.start:
            own = self.bindings[k].person
            return self._speaker_from(own.name, own.entity, "person", span)
        gender = self._gender(m)
        # A role of the gender of the one bound, with its head (« le procureur » again), takes
        # that person back whatever theirs.
        # « l'ancien président » is not « le président Jair X » named anywhere: a former office
        # takes back only a holder a former office was bound to.
        former = self._former(m)
        # « le premier ministre québécois » is not « le premier ministre Justin X »: a regional
        # office takes back only a holder bound with the same region's adjective.
        region = _regional_adjective(m.text)
        recent = [b for b in self.bindings[-_LOOKBACK:]
                  if (b.former or not former) and (region is None or any(k.endswith(region) for k in b.keys))
                  and (self._compatible(b.person.name, gender) or (gender is not None and b.gender == gender and b.head == head))]
        marked = gender not in (None, _UNMARKED_GENDER)
        # Bindings are in text order: those made at or before m come first, latest last.
        split = bisect.bisect_right(recent, m.start, key=_binding_at)
        owners = self._owners(m)
        # « Leur avocat » is not « Son avocat, Me X »: a possessive of another number, another owner.
        owned_otherwise = {id(b.person) for b in recent if owners is not None and b.owners not in (None, owners)}

        seat = self._seat_word(m)
        # « l'avocat de Brigitte X » is not « Son avocat, Me Y » when the one named before that
        # possessive, its owner, is someone else (« …, a réagi Virginie Z. Son avocat, Me Y »).
        possessed = [b for b in recent if b.owners == "sg"] if owners is None and m.kind == "role" else []
        client = self._named_owner(m) if possessed else None
        if client is not None:
            owned_otherwise |= {id(b.person) for b in possessed if self._possessive_owner(b.at) not in (None, client)}
        owner = self._named_owner(m) if names and m.kind == "role" and m.role else None
        if owner is not None:
            # « l'avocat de Jérôme X » takes back only a holder given that owner: not « Me Jean Y »,
            # whom an apposition made « avocat de la Société Z » (whatever other binding names him),
            # nor one a title alone made a lawyer (« Me Paul Y ») further back than the last person
            # named in its sentence or the one before; « Son avocat, Me Y » after Jérôme X is his, by
            # its possessive's owner.
            mine = {id(b.person) for b in self.bindings
                    if (b.body_names and any(_same_body_name(a, c) for a in names for c in b.body_names))
                    or (b.owners == "sg" and self._possessive_owner(b.at) == owner)}
            # An apposition giving that office a complement of its own (« avocat de la mairie ») gives
            # it another owner too, whatever the complement names.
            own_key = self._role_keys(m)[0]
            held = [b for b in self.bindings if b.role == m.role or (b.role is None and b.head == head)]
            other = {id(b.person) for b in held if b.body_names or (b.keys and " " in b.keys[0] and b.keys[0] != own_key)} - mine
            near = self._possessive_owner(m.start)
            owned_otherwise |= {id(b.person) for b in held if b.owners is None
                                and id(b.person) not in mine and (id(b.person) in other or b.person.name != near)}

        def other_body(b: _Binding) -> bool:
            if id(b.person) in owned_otherwise:
                return True
            # « le maire de Lyon » is not « Jean X, maire de Chartres »: the same office, another seat.
            if self._seated_otherwise(b.person.name, m, seat):
                return True
            # « le dirigeant de Renault » is not « Paul X, chef de file des Verts »: another body.
            # « le président du parti » is no president of a public institution (« du Sénat, X »).
            if named_body and b.body is not None and self.registry is not None and getattr(
                    self.registry.get(b.body), "type", None) in _PUBLIC_BODY_TYPES:
                return True
            return bool(names) and bool(b.body_names) and not any(_same_body_name(a, c) for a in names for c in b.body_names)

        if self.elect and self._elect(self._strip_det(m.text)):
            # « le président élu » holds no office yet: not the holder an apposition bound (« le
            # président sortant, X »), only a binding of its own words (« le président élu, X »).
            own_words = self._role_keys(m)[0]
            tests = (tests[0], lambda b: own_words in b.keys)
        for test in tests:
            # The latest binding passing the test made at or before m, else the first one after it,
            # when no other person passes it after m (« Le député a dénoncé… Marc X, député du Nord,
            # … Paul Y, député du Gard »: either may be meant).
            # « La ministre » after « la ministre X » and « le ministre Y »: a woman the text made
            # known as one goes before someone of no known gender bound since. The bindings are
            # tested latest first and only until that one is found.
            b = None
            for c in reversed(recent[:split]):
                if not test(c) or other_body(c):
                    continue
                if b is None:
                    b = c
                    if not marked:
                        break
                if self._known_gender(c.person.name) == gender:
                    b = c
                    break
            if b is None and ahead:
                # « Le président, lui, a crié victoire… Jerry X, le président de la commission »: an
                # office a body's noun names further on is no holder of the bare office named first.
                # « Le président de la République a déroulé… » before « le président turc, X »: a role
                # named with no country is no holder of that office named later in another's.
                # « …, a déclaré la cheffe du gouvernement. … le premier ministre groenlandais, Kim X »:
                # a role marked feminine points forward to no holder a masculine role bound.
                after = (b for b in recent[split:] if test(b) and not other_body(b)
                         and not (marked and b.gender not in (None, gender))
                         and not (m.role and b.role is None and b.office not in (None, m.role))
                         and not (m.country is None and b.country is not None))
                first = next(after, None)
                b = first if first is not None and all(a.person is first.person for a in after) else None
                if (b is not None and not qualified and m.country is None and (b.portfolio or b.role != m.role)
                        and self._paragraph_between(m.end, b.at) and not self._live_entry_start(m.start)):
                    # « Le ministre a raillé… » then, a paragraph on, « Le ministre de l'Éducation,
                    # Marc X, … »: a bare role never points forward across a paragraph break to the
                    # holder of a narrower office (the same office may: « le Premier ministre » then
                    # « le Premier ministre X »; a role with its complement may, and a live page's
                    # entries run latest first).
                    b = None
            if b is not None:
                return self._speaker_from(b.person.name, b.person.entity, "person", span)
        return self._registry_holder(m, span) or self._holder_of_no_country(m, recent[:split], span, qualified=qualified)

    def _named_owner(self, m: Mention) -> str | None:
        """The person a name complement right after ``m`` names (« l'avocat |de Brigitte X| »), else None."""
        if m.kind != "role" or m.complement_id is not None:
            return None
        owner = self.name_complement.match(self.text, m.end, m.end + _COMPLEMENT_REACH)
        if owner is None:
            return None
        k = bisect.bisect_left(self.all_name_starts, m.end)
        if k >= len(self.all_names) or self.all_names[k].start >= owner.end() or self.all_people[k].kind != "person":
            return None
        return self.all_people[k].name

    def _possessive_owner(self, at: int) -> str | None:
        """The person a singular possessive at ``at`` most likely takes back: the last person
        named in its sentence before it or in the sentence before, else None."""
        s = bisect.bisect_right(self.sentence_starts, at) - 1
        lo = self.sentence_starts[s - 1] if s >= 1 else 0
        k = bisect.bisect_left(self.all_name_starts, at) - 1
        while k >= 0 and self.all_names[k].start >= lo:
            if self.all_people[k].kind == "person":
                return self.all_people[k].name
            k -= 1
        return None

    def _paragraph_between(self, lo: int, hi: int) -> bool:
        """Whether a paragraph (see :func:`~quotetrack.segment.paragraphs`) starts in ``text[lo:hi]``
        or right at ``hi``."""
        if self._breaks is None:
            self._breaks = [start for start, _ in paragraphs(self.text)]
        k = bisect.bisect_left(self._breaks, lo)
        return k < len(self._breaks) and self._breaks[k] <= hi

    def _later_holder(self, m: Mention) -> Speaker | None:
        """« La chancelière s'est dite soulagée. Angela X a remercié… »: an office named before any
        holder takes the one person of the text an apposition or the registry gives it, when that
        person is the next one named, for the first time and as a subject, and nobody else holds it."""
        if self._former(m) or not self._names_office(m) or not self._is_person_role(m) or not self._singular(m):
            return None
        if self._holders is None:
            self._holders = self._office_holders()
        found = {id(p): (k, p) for k, p, country, body in self._holders.get(m.role or "", ())
                 if (m.country is None or country in (None, m.country)) and self._within(body, m.complement_id)}
        if len(found) != 1:
            return None
        k, p = next(iter(found.values()))
        if self._other_form_of_office(m, p):
            return None
        # The first person named after the role, and first named there: nobody in between
        # (« Jean X a choisi l'offensive. … le député a dénoncé… » is not a deputy named further on).
        gender = self._gender(m)
        if k != bisect.bisect_left(self.all_name_starts, m.end) or not self._subject_name(k) or (
                gender not in (None, _UNMARKED_GENDER) and (not self._compatible(p.name, gender)
                                                            or self._bound_by_other_gender(p, m.end, self.all_names[k].end, gender))):
            return None
        # « Le chef de l'État a assuré… » then, a paragraph on, « Le président turc, Selim X »: an
        # office of no country is no holder of one named later in another country's and another paragraph.
        if m.country is None and self._country_of.get(p.name) is not None and "\n\n" in self.text[m.end : self.all_names[k].start]:
            return None
        return self._speaker_from(p.name, p.entity, "person", self.span(self.all_names[k].start, self.all_names[k].end))

    def _bound_by_other_gender(self, p: _Person, lo: int, hi: int, gender: str) -> bool:
        """Whether a role of another gender, between ``lo`` and ``hi``, binds ``p`` (« le premier
        ministre groenlandais, Kim X »: no holder for « la cheffe du gouvernement » named before)."""
        k = bisect.bisect_left(self.bindings, lo, key=_binding_at)
        while k < len(self.bindings) and self.bindings[k].at <= hi:
            b = self.bindings[k]
            if b.person is p and b.gender not in (None, gender):
                return True
            k += 1
        return False

    def _body_head_named(self, m: Mention) -> Speaker | None:
        """The latest person named before ``m`` whom the registry gives, in the year of the
        article, the office ``m`` names (or the same office under another name, ``same_body_as``)
        in the organisation its complement names: « le chef de la CFDT » after « Édouard X
        s'est dit… Une victoire pour Laurent Y » is Laurent Y, the union's secretary general."""
        body = self.registry.get(m.complement_id) if m.complement_id and m.role and self.registry is not None else None
        same = getattr(self.registry, "same_office_in_body", None)
        if body is None or body.type != "organisation" or not callable(same):
            return None
        k = bisect.bisect_left(self.all_name_starts, m.start)
        for i in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
            p = self.all_people[i]
            if p.kind == "person" and p.entity is not None and any(
                    r.institution == body.id and same(r.key, m.role) and r.active(self.year) for r in p.entity.roles):
                return self._speaker_from(p.name, p.entity, "person", self.span(self.all_names[i].start, self.all_names[i].end))
        return None

    def _titled_by_noun(self, m: Mention) -> Speaker | None:
        """« l'entraîneur nantais Paulo X … « … », a rétorqué l'entraîneur »: a definite team noun
        (``team_nouns``) nothing before resolves takes back the one person the text named right
        after that noun, as its title (an adjective maybe between: « le gardien Mathis Y »);
        nobody when it titled two."""
        head = self._head(m)
        if head not in self.team_nouns or not any(fold(m.text).startswith(d) for d in self.definite):
            return None
        found: dict[str, Mention] = {}
        for n in self.all_names[: bisect.bisect_left(self.all_name_starts, m.start)]:
            if n.kind != "name":
                continue
            words = fold(self.text[max(0, n.start - _TITLE_REACH) : n.start]).split()[-_TITLE_WORDS:]
            at = next((j for j, w in enumerate(words) if w.rsplit("'", 1)[-1] == head), -1)
            if at >= 0 and all(w.isalpha() and w.islower() for w in words[at + 1 :]):
                found.setdefault(n.text, n)
        if len(found) != 1:
            return None
        person = self.speaker(next(iter(found.values())))[0]
        return person if person is not None and person.type == "person" else None

    def _sole_holder_named(self, m: Mention) -> Speaker | None:
        """« … une enquête visant Donald X… « … », a tweeté le président »: a bare office nothing
        before resolves (no apposition, no antecedent) takes back the one person named before it,
        anywhere, whom the registry gives that office (of the role's country, when it names one;
        in the year the article is dated by, when known), genders agreeing; nobody when two are
        named (« Joe X… Donald Y… »)."""
        if (m.kind != "role" or not m.role or m.complement_id is not None or self._former(m)
                or self.complement_after.match(self.text, m.end, m.end + _COMPLEMENT_REACH) is not None  # « le président de la N-VA »
                or not self._names_office(m) or not self._is_person_role(m) or not self._singular(m)):
            return None
        if self._holders is None:
            self._holders = self._office_holders()
        k = bisect.bisect_left(self.all_name_starts, m.start)
        found = {id(p): (i, p) for i, p, country, body in self._holders.get(m.role, ())
                 if i < k and (m.country is None or country == m.country)
                 and p.entity is not None and any(r.key == m.role and (self.year is None or r.active(self.year))
                                                  for r in p.entity.roles)}
        if len(found) != 1:
            return None
        i, p = next(iter(found.values()))
        if not self._compatible(p.name, self._gender(m)):
            return None
        sole = self._speaker_from(p.name, p.entity, "person", self.span(self.all_names[i].start, self.all_names[i].end))
        # « le ministre de l'Intérieur, Christophe X »: the text gives them another office now.
        return None if self._holds_other_office(sole, m) else sole

    def _other_form_of_office(self, m: Mention, p: _Person) -> bool:
        """Whether the office ``m`` names is written in one gender's form (``gendered_role_heads`` in
        ``names.json``: « le sénateur ») and the text describes ``p`` in it with the other form
        only (« Hélène X, sénatrice socialiste »); a masculine form a woman's name bears (« le
        procureur, Cécile X ») still answers a feminine role."""
        forms = _gendered_role_heads()
        gender = forms.get(fold(self._head(m)))
        if gender is None:
            return False
        written = {forms.get(b.head) for b in self.bindings if b.person is p and b.role == m.role}
        other = written == {"f" if gender == "m" else "m"}
        return other and (gender == "m" or p.gender != gender)

    def _office_holders(self) -> dict[str, list[tuple[int, _Person, str | None, str | None]]]:
        """Each office, and the people of the text an apposition or the registry gives it, with the
        index in ``all_names`` of their first naming, their country and body there (one pass)."""
        holders: dict[str, list[tuple[int, _Person, str | None, str | None]]] = {}
        seen: set[int] = set()
        for k, p in enumerate(self.all_people):
            if id(p) in seen or p.kind != "person":
                continue
            seen.add(id(p))
            for role, country, body in self._apposed.get(p.name, ()):
                if role:
                    holders.setdefault(role, []).append((k, p, country, body))
            for r in getattr(p.entity, "roles", ()) if p.entity is not None else ():
                holders.setdefault(r.key, []).append((k, p, r.country, r.institution))
        return holders

    def _holder_of_no_country(self, m: Mention, before: Sequence[_Binding], span: Span | None, *,
                              qualified: bool) -> Speaker | None:
        """The latest holder of ``m``'s very role named before it with no country (« le président X »),
        whom nothing gives another country, for a role naming one (« le chef de l'État algérien »)."""
        if m.role is None or m.country is None or qualified:
            return None
        for b in reversed(before):
            if b.role != m.role or b.country is not None:
                continue
            known = getattr(b.person.entity, "country", None) or self._country_of.get(b.person.name)
            if known in (None, m.country):
                return self._speaker_from(b.person.name, b.person.entity, "person", span)
            return None
        return None

    def _registry_holder(self, m: Mention, span: Span | None) -> Speaker | None:
        """A person of this document whom the registry knows to hold the role (never one absent
        from it), in the body the role names when it names one: « le porte-parole du Kremlin » is
        not the foreign ministry's spokeswoman named further on; the one the registry bound the
        role to, when several are named."""
        if not m.role or not m.country:
            return None  # "notre Premier ministre": without a country the office names nobody
        found = [p for p in list(self.by_surname.values())[-_LOOKBACK:] if p.entity is not None and any(
            r.key == m.role and r.country == m.country and self._within(r.institution, m.complement_id) for r in p.entity.roles)]
        # "Joe X… Donald Y… le président américain" in an article of 2020: the holder the registry
        # bound the role to for the article's year, when named, over another holder named.
        p = next((p for p in found if p.entity is not None and p.entity.id == m.entity_id), found[0] if found else None)
        return self._speaker_from(p.name, p.entity, "person", span) if p is not None else None

    def _within(self, institution: str | None, body: str | None) -> bool:
        """Whether an office held in ``institution`` is one in ``body``: the same body or one it
        belongs to (the presidency is the state's: « le président des États-Unis »), a person's
        body (« le porte-parole de Vladimir Poutine »: the Kremlin), or either unknown."""
        if institution is None or body is None:
            return True
        owner = self.registry.get(body) if self.registry is not None else None
        bodies: set[str | None] = {body}
        if owner is not None and owner.type == "person":
            bodies.update(r.institution for r in owner.roles if r.institution)
            bodies.add(owner.parent)
        for _ in range(_LOOKBACK):  # a parent chain is short; a user registry's loop must end
            if institution in bodies:
                return True
            entity = self.registry.get(institution) if self.registry is not None else None
            institution = getattr(entity, "parent", None)
            if institution is None:
                return False
        return False

    def _lookup(self, name: str) -> Any:
        if self.registry is None:
            return None
        try:
            entity = self.registry.lookup(name)
        except Exception:  # a user registry must never break extraction
            return None
        if entity is None or entity.type == "person":
            return entity
        # Spelling tolerance is for people's names (Poutine/Putin); a body must be named as
        # registered, or "Canard" becomes "Canada".
        key = fold(name)
        return entity if any(fold(a) == key for a in (entity.name, *entity.aliases, *entity.metonyms)) else None

    # -- resolution -----------------------------------------------------------------------
    def speaker(self, m: Mention, *, answering: str | None = None) -> tuple[Speaker | None, tuple[str, ...]]:
        """The speaker a mention refers to, and the steps that led there; a description
        never goes back to ``answering``, the speaker a cue like ``a répondu`` answers."""
        if m.kind == "discourse":  # an empty mention: no span to give
            document = self._document_restated(m)
            if document is not None:
                return document, ("discourse→the document restated",)
            prev = self._focus(m)
            return prev, (("discourse→focus",) if prev is not None else ("discourse→none",))
        if m.kind in ("name", "np"):
            m = self._demonym(m) or m
        span = self.span(m.start, m.end)
        if m.kind == "role":
            # « a estimé le président du parti »: whoever it takes back, the role is named by its
            # words and the common-noun complement right after them.
            tail = self._lower_tail(m.end, m.end + _ROLE_TAIL_REACH)
            body = _the_body_before().match(self.text, m.end, m.end + _BODY_BEFORE_REACH)  # « du parti d'extrême droite »
            end = max(tail.end() if tail is not None else m.end, body.end() if body is not None else m.end)
            # Only a complement the description ends with: a mark, the text's end, a cue or a verb
            # after it (not « le chef de l'État d'extrême| droite », « les avocats de l'ancien| ministre »).
            closed = end >= len(self.text) or not self.text[end].isspace() or (
                end + 1 in self.cue_starts or _VERB_WORD.match(self.text, end + 1, end + _ROLE_TAIL_REACH) is not None)
            span = self.span(m.start, end) if end > m.end and closed else span
        if m.kind == "former":
            people = self._latest_people(m, 2, any_gender=True)
            if len(people) < 2 or not self._compatible(people[1].name, self._gender(m)):
                return None, ("former→none",)
            return self._with_mention(people[1], span), ("former→earlier of the last two named",)
        if m.kind == "anaphor":
            prev = self._latest_named(m) or self._antecedent(m)
            if prev is None:
                return None, ("anaphor→none",)
            return self._with_mention(prev, span), ("anaphor→latest person named",)
        if m.kind == "pronoun":
            if fold(m.text) in self.indefinite:
                return None, ("pronoun→indefinite",)  # "on entend le mot d'ordre": nobody named
            prev = self._antecedent(m)
            if prev is None:
                return None, ("pronoun→none",)
            self._learn_gender(prev, m)
            return self._with_mention(prev, span), (f"{m.kind}→antecedent",)
        if m.kind == "group":
            # « les trois pays| baltes », « les deux pays| du Golfe »: words after a counted group
            # say which ones it means; unless the text listed as many of them, it is those words,
            # never the last two speakers.
            space = self.text.rfind(" ", m.start, m.end)
            tail = self._group_tail_end(span.end, counted=space > m.start and _counted(self.text, space)) if span.end == m.end else span.end
            people = self._group_members(m, last_two=tail == span.end)
            if tail > span.end and len(people) < 2:
                span = self.span(span.start, tail)
                return Speaker(name=self._strip_det_as_written(span.text), type="group", mention=span), ("group→as written",)
            if len(people) < 2:
                # "ont indiqué les deux capitales": who they are is not known yet; the words are.
                return Speaker(name=self._strip_det_as_written(span.text), type="group", mention=span), ("group→as written",)
            # A group is named after its first member: whichever of them is meant, the words are all of theirs.
            group = self._made_speaker(people[0].name, None, "group", None, None, span, tuple(p.name for p in people))
            return group, ("group→last two speakers",)
        if m.kind == "organisation":
            return Speaker(name=span.text, type="organisation", mention=span), ("organisation→as written",)
        if m.kind == "publication":
            title = self._publication_title(span.text[:1].upper() + span.text[1:])
            return Speaker(name=title, type="organisation", mention=span), ("publication→as written",)
        if m.kind == "name":
            p = self._person_of(m)
            name = p.name if p else _restore(span.text, self._strip_det(span.text))
            ent = p.entity if p else None
            kind = p.kind if p else "person"
            if kind != "person" and ent is None and " " not in m.text and self._after_article(m.start):
                # "Le Fonds monétaire international… le Fonds estime": a body's capitalised head
                # noun alone after an article is the body named in full before with that head.
                body = self._earlier_body(m, span)
                if body is not None:
                    return body, ("name→body named earlier",)
            return self._speaker_from(name, ent, kind, span), (f"name→{kind}",)
        if m.kind == "role" and plurals.plural_phrases().pattern.match(m.text) is not None:
            # "les ministres des Affaires étrangères du G7": a group, never one office holder.
            written = self._as_written(m, "group").mention
            if written is not None and written.end > span.end:
                span = written  # "les ministres de la Santé": its complement too
            end = self._group_tail_end(span.end)
            if end > span.end:
                span = self.span(span.start, end)  # "… des Finances de la zone euro", "… de l'Intérieur et de la Justice"
            return Speaker(name=self._strip_det_as_written(span.text), type="group", mention=span), ("role→group as written",)
        if m.entity_id and self.registry is not None:
            ent = self.registry.get(m.entity_id)
            if ent is not None:
                if m.kind == "role":
                    bound = self._bound(m, span)
                    if bound is not None:
                        return bound, ("role→person (apposition)",)
                    named = self._named_instead_of_holder(m, ent) if ent.type == "person" else None
                    if named is not None:
                        return self._speaker_from(named.name, None, "person", span), ("role→person named as subject before",)
                return self._speaker_from(ent.name, ent, ent.type, span), (f"{m.kind}→entity",)
        if m.kind == "np" and m.country is None:
            m = self._with_country(m)
        if m.kind == "role" and m.country is None:
            m = self._with_reporter_country(m)
        entry = self._entry_speaker(m)
        if entry is not None:
            if entry.type == "person":
                self._bind_resolved(m, entry)
            return entry, (f"{m.kind}→label of its entry",)
        if m.kind == "np" and m.country is None and self._bare_counterpart(m):
            # "X a reçu son homologue Y. « … », a dit X. Son homologue a répondu : « … »": the
            # other one, the latest person named who did not speak last.
            other = self._named_not_last_speaker(m)
            if other is not None:
                return self._with_mention(other, span), ("counterpart→person named who did not speak last",)
        owned = self._possessed_role(m, span)
        if owned is not None and owned[0] is not None:
            return owned
        if m.kind in ("role", "np", "anonymous") and self._head(m) in self.same_markers and self.recent:
            # "Selon la même source", "a ajouté le même responsable": whoever spoke last.
            return self._with_mention(self.recent[-1][1], span), ("same→last speaker",)
        if m.kind in ("role", "np", "anonymous") and self._is_demonstrative(m):
            # "Selon ce responsable": the description with that head given earlier, before anyone named.
            earlier = self._earlier_description(m)
            if earlier is not None:
                return self._with_mention(earlier, span), ("demonstrative→earlier description",)
            source = self._anonymous_spoke_last(m)
            if source is not None:
                return self._with_mention(source, span), ("demonstrative→anonymous source that spoke last",)
        if m.kind in ("role", "np") and self._head(m) in _folded_names("colleague_nouns"):
            # "Selon nos confrères du Parisien": the publication the colleagues write for.
            k = bisect.bisect_left(self.publication_starts, m.start)
            if k < len(self.publications) and self.publications[k].end <= m.end:
                title = self._publication_title(self.publications[k].text[:1].upper() + self.publications[k].text[1:])
                return Speaker(name=title, type="organisation", mention=span), ("colleagues→their publication",)
        # "l'Agence nationale d'information": a capitalised head names a body of its own, no earlier publication.
        if (m.kind in ("role", "np") and self._head(m) in self.publication_nouns
                and not self._strip_det_as_written(m.text)[:1].isupper()):
            body = self._body_spoke_after_publication(m) if self._head(m) in self.organisation_nouns else None
            if body is not None:
                # "Le HCR s'est dit « préoccupé »… selon l'agence" after « la télévision RTB », "… a-t-il
                # dit sur France Inter. Selon Santé publique France, … L'agence souligne": the body
                # that spoke since the publication was named, not that publication.
                return self._with_mention(body, span), (f"{m.kind}→organisation that spoke",)
            named = self._last_publication(m)
            if named is not None:
                return named, ("description→publication named earlier",)
            if self.publication_described is not None:
                # "Le tabloïd révèle… Le journal note": a publication described, never a person.
                return self._with_mention(self.publication_described, span), ("description→publication described earlier",)
        state_noun = m.kind in ("role", "np") and self._head(m) in _folded_names("state_nouns")
        if state_noun and owned is None:
            # "Riyad a démenti… Le royaume affirme": the state of that kind named last; never a person.
            state = self._earlier_state(m, span)
            if state is not None:
                return state, (f"{m.kind}→state named earlier",)
        if m.kind in ("role", "np") and owned is None:
            # A binding made later in the text (« le chef intérimaire, Marc X » further on) comes
            # after the people named before: the first mention of a role may point back to one.
            bound = self._bound(m, span, ahead=False)
            if bound is not None:
                later = self._later_holder_spoke(m, bound)
                if later is not None:
                    return self._with_mention(later, span), (f"{m.kind}→last person",)
                nearer = self._nearer_holder(m, bound)
                if nearer is not None:
                    return self._with_mention(nearer, span), (f"{m.kind}→nearer office holder",)
                return bound, ("role→person (apposition)",)
            body = self._earlier_body(m, span)
            if body is not None:
                return body, (f"{m.kind}→body named earlier",)
            described = self._body_described_earlier(m, span)
            if described is not None:
                return described, (f"{m.kind}→body described earlier",)
            if self._proper_body_name(m):
                # "L'Union syndicale suisse a dénoncé…": a body's own name the registry does not know.
                return self._as_written(m, "other"), ("np→body name as written",)
            organisation = self._last_organisation(m) if self._head(m) in self.organisation_nouns else None
            if organisation is not None:
                # "Greenpeace juge… L'ONG réclame": the organisation that just spoke.
                return self._with_mention(organisation, span), (f"{m.kind}→organisation that spoke",)
            head = self._head(m)
            translated = head in _folded_names("translation_nouns") or self._translated_text(m)
            issuer = self._channel_issuer(m, translated=translated) if translated or (
                head in _folded_names("channel_nouns") and not self._takes_back(m)) else None
            if issuer is not None:
                # "Ankara a jugé « … » les sanctions, selon un communiqué": a channel no complement
                # says whose; the subject of the clause it is the source of put it out.
                return self._with_mention(issuer, span), ("channel→its clause's subject",)
            if translated:
                # "Le ministre a parlé longuement. « … », selon la traduction de l'AFP": no subject
                # of its own; the person in focus said the words, never the translation.
                prev = self._focus(m)
                return (self._with_mention(prev, span) if prev is not None else None), ("translation→focus",)
            owner = self._text_owner(m) if self._head(m) in self.text_nouns else None
            if owner is not None and (names_a_thing(owner.text) or is_thing_noun(next(iter(owner.text.split()), ""))
                                      or fold(owner.text.rsplit(None, 1)[-1]) in _folded_names("frequency_nouns")):
                # "le communiqué final du sommet": an event holds no pen; the text itself, or the
                # body that held the event, put it out, never the event ("un message partagé des
                # centaines de fois": how often it went round, no issuer either).
                owner = None
            if owner is not None:
                # "selon un communiqué de l'intersyndicale": the body the text comes from.
                known = self._body_at(owner.start, owner.end)
                if known is not None:
                    return self._speaker_from(known.name, known, known.type, owner), ("text→its issuer",)
                # "dans un communiqué du ministère": the ministry named or described before.
                bare = Mention(owner.start, owner.end, owner.text, "np")
                earlier = (self._earlier_body(bare, owner) or self._body_described_earlier(bare, owner)
                           or self._body_subject_earlier(bare, owner) if self._bare_body_noun(bare) else None)
                if earlier is not None:
                    return earlier, ("text→its issuer",)
                if fold(self._strip_det(owner.text)) in self.organisation_nouns | self.institution_nouns:
                    # "selon un communiqué du groupe", "un communiqué de l'institution": a bare noun of
                    # a body takes back the organisation that spoke, or is its sentence's subject.
                    organisation = self._last_organisation(bare, definite=True)
                    if organisation is not None:
                        return self._with_mention(organisation, owner), ("text→its issuer",)
                # "selon des informations du Parisien": a publication's name with its article.
                return Speaker(name=self._publication_title(self._strip_det_as_written(owner.text)), type="other",
                               mention=owner), ("text→its issuer",)
            publisher = self._text_agent(m) if self._head(m) in self.text_nouns else None
            if publisher is not None:
                # "indique le communiqué publié par le Kremlin": the agent put the text out.
                return self._with_mention(publisher, span), ("text→its publisher",)
            introducer = self._text_introducer(m) if self._head(m) in self.text_nouns else None
            if introducer is not None:
                # "Le ministère a publié un communiqué. « … », précise le texte": who put it out.
                return self._with_mention(introducer, span), ("text→who introduced it",)
            document = self._document_taken_back(m) if self._head(m) in _generic_texts() else None
            if document is not None:
                # "Les députés ont adopté un amendement. Selon ce texte, …": the amendment says it.
                return document, ("text→the document it takes back",)
            whole = self._possessed_text_part(m)
            if whole is not None:
                # "Le Kremlin a publié la déclaration. « … », stipule son premier point": the text whose part it is.
                found, chain = self.speaker(whole)
                return (self._with_mention(found, span) if found is not None else None), ("text part→its text", *chain)
            issuer = self._joint_issuers(m) if self._head(m) in self.text_nouns else None
            if issuer is not None:
                # "Les juntes ont annoncé… « … », indique le communiqué conjoint": the group.
                return self._with_mention(issuer, span), ("joint text→the group that spoke",)
            issuer = (self._channel_issuer(m) if self._head(m) in _folded_names("channel_nouns") and self._takes_back(m)
                      and not self._statement_named_before(m) else None)
            if issuer is not None:
                # "Selon le texte, il entend « … »": no statement named before says whose.
                return self._with_mention(issuer, span), ("channel→its clause's subject",)
            issuer = self._last_issuer(m) if self._head(m) in self.text_nouns else None
            if issuer is not None:
                # "précise le texte", "indique le communiqué": the body whose statement it is.
                return self._with_mention(issuer, span), ("text→the body that last spoke",)
            introducer = self._text_introducer(m, fronted=True) if self._head(m) in self.text_nouns else None
            if introducer is not None:
                # "Dans un communiqué, le secrétaire général « condamne » … Le texte rappelle que": no
                # body spoke; the subject after the phrase that named the text put it out.
                return self._with_mention(introducer, span), ("text→who introduced it",)
            # "La nouvelle loi prévoit que…": a document (``document_nouns``: loi, traité, accord) says
            # what it holds in its own name; it is no description of the last person named.
            # "la protection civile": a body noun of several words (``body_nouns``) is a body whole,
            # though its first word alone is none; never the last person named.
            if (m.kind == "np" and self._head(m) not in self.collective_nouns and not state_noun
                    and not self._bare_body_noun(m)
                    and self._head(m).lower() not in _document_heads()) or self._is_person_role(m):
                # "le représentant chinois" (a noun the registry does not know, with a nationality):
                # only someone known to be of that country.
                # "le Danois" itself: whoever was named last, unless known to be of another country.
                national = (m.kind == "np" and m.country is not None and self._head(m) not in self.publication_nouns
                            and not _past_premodifier(_restore(m.text, self._strip_det(m.text)))[:1].isupper())
                # "l'entraîneur de Servette", "le manager clermontois": a team member named as subject
                # since the last quote, if any (a match report moves from one camp to the other).
                # A profession bound by its noun (« l'actrice allemande ») likewise: the artist the
                # paragraph is about, not the minister who spoke last.
                # "Un couple de retraités… « … », explique le mari": a relation to someone else takes
                # back only the subject named since the last quote, never the last person named.
                relational = m.role is not None and self._relational_role(m.role)
                # "Le père d'un jeune marin ne cache pas son angoisse": a relative of someone the
                # text introduces with an indefinite is someone new too, no one named before; so is
                # the holder of a role over something so introduced ("le gérant d'une grande banque").
                # "a annoncé le président d'une voix posée": a manner (``manner_nouns``) is no complement.
                # "le dirigeant d'une PME": a common noun's acronym in capitals after the indefinite
                # introduces something new as well (the description stays as the mentions read it).
                complement = (_determined_complement().match(self.text, m.end, m.end + _COMPLEMENT_REACH)
                              or _determined_acronym().match(self.text, m.end, m.end + _COMPLEMENT_REACH)) if relational or m.kind == "role" else None
                introduced = complement is not None and not _folded_names("manner_nouns").intersection(fold(complement.group()).split())
                # "Lucie X est rentrée. Selon le gérant de son hôtel, …": the holder of a role over
                # something the possessive gives someone (the last person) is not that person.
                introduced = introduced or (m.kind == "role" and _possessed_complement().match(
                    self.text, m.end, m.end + _POSSESSED_REACH) is not None)
                # "Le député de 38 ans a dénoncé…": an age right after the role describes the person
                # in focus, whom a pronoun would take back, not whoever spoke last.
                prev = None if introduced else self._award_winner(m) or self._body_head_named(m) or (not national and (self._head(m) in self.team_nouns or (m.role is not None and self._noun_role(m.role)) or self._aged_role(m)
                                          or (m.kind == "np" and m.role is None and m.country is None))
                        and self._known_antecedent(m)) or self._holder_named_before(m) or self._former_holder_named(m) or (
                    None if relational or national or self._former(m) else self._announcer(m)) or (None if relational else self._last(
                    person_only=True, gender=self._gender(m), country=m.country, known=national, strict=m.kind == "role",
                    since=self._live_entry_start(m.start))) or (
                    None if national else self._known_antecedent(m))
                if (prev is not None and m.kind == "np" and m.country is not None and not national
                        and self._known_country(prev) != m.country):
                    # "Le ministre (italien) Paolo X a reçu son homologue espagnol Luis Y. L'Espagnol a
                    # jugé…": the subject a pronoun would take is of another country, or of none known
                    # when someone named is known to be of that one, so not him.
                    prev = None if self._known_country(prev) is not None else (self._named_of_country(m, since=prev.name) or prev)
                if prev is None and national and fold(m.text).split(" ", 1)[0] in _folded_names("possessives"):
                    # "Vladimir X et Recep Y se sont entendus… Son homologue turc a estimé": a
                    # counterpart owned by someone points back to the person named of that
                    # country, who need not have spoken yet (the registry or an apposition says it).
                    prev = self._named_of_country(m)
                if prev is None and m.kind == "np" and m.country is not None and not national:
                    # "Le Britannique" when neither the last speaker nor the subject since is of
                    # that country: the latest person named who is, else who may be.
                    prev = self._named_of_country(m) or self._named_not_of_other_country(m)
                if ((prev is None or self._known_country(prev) not in (None, m.country)) and m.kind == "role"
                        and m.country is not None and m.complement_id is None and not self._former(m)):
                    # "Le ministre belge Paul X a reçu son homologue allemand Karl Y. « … », a déclaré le
                    # ministre allemand": not the subject of another country but the latest person named
                    # of that one, given no office of their own (a nationality adjective only).
                    named = self._named_of_country(m)
                    if (named is not None and prev is not None and named.name not in self._offices_of
                            and self._compatible(named.name, self._gender(m)) and self._named_together(named.name, prev.name, m.start)):
                        prev = named
                if (prev is not None and m.kind == "role" and m.country is not None and m.complement_id is None
                        and not self._former(m) and self._known_country(prev) is None):
                    prev = self._national_holder_over(prev, m)
                owned_by = self._owner_word(m)
                if owned_by and self._taken.get(self._role_keys(m)[0]) is not None:
                    # "le patron d'OpenAI" again: whom the same words took back before.
                    prev = self._taken[self._role_keys(m)[0]]
                elif owned_by and prev is not None and self._apposed_otherwise(prev, m, owned_by):
                    # "Son patron, Satya X… Selon le patron d'OpenAI": the holder of another
                    # body's office, set in apposition to the same noun, is someone else.
                    prev = None
                if prev is not None and self._described_otherwise(prev, m):
                    # "« … », a dit son entraîneur. Didier X, lui, … le sélectionneur a lâché":
                    # not the other description, maybe the person named since.
                    prev = None if relational else self._antecedent(m)
                if prev is not None and self._of_other_body(prev, m):
                    prev = None  # the office of another body, that someone else holds
                if prev is not None and self._of_other_region(prev, m):
                    prev = None  # « le premier ministre québécois » is no national head of government
                if prev is not None and self._office_of_known_others(prev, m):
                    prev = None  # « le secrétaire général de l'Otan » is not the general who spoke last
                if prev is not None and self._victim(prev, m):
                    prev = None  # « le tueur » is never the one the text says was shot: as written
                if (prev is not None and m.kind == "np" and prev.type == "person" and self._head(m) in _trade_noun_words()
                        and prev.name.split(None, 1)[0] in first_names()):
                    # « Chez le transporteur, on a indiqué… »: a company's trade, never a person named
                    # before by a first name (a firm the registry types a person may still be taken back).
                    prev = None
                if (prev is not None and m.kind == "role" and prev.type == "person" and self._head(m) not in self.field_nouns
                        and self._set_off_with_field(prev.name)):
                    # "Selon Paul X, chercheur au CNRS, … Le ministre a dénoncé « … »": one described
                    # by a trade of expertise (``field_nouns``) set off after the name, and given no
                    # office, is not the holder of another role.
                    prev = None
                if prev is not None and m.role is not None and not self._noun_role(m.role) and self._private_person(prev):
                    # "« … », confie Maite. La garde des Sceaux a indiqué…": one named by a first
                    # name alone (a witness) holds no office, unless an apposition gave them one.
                    prev = None
                # "L'Estonienne" names a nationality, no office: an international one held is no bar;
                # nor is an office held now to "l'ancien Premier ministre portugais", no longer held.
                unbarred = (m.kind == "np" and m.country is not None and not national) or self._former(m)
                if prev is not None and self._former(m) and self._new_voice(m, prev):
                    prev = None
                if (prev is not None and self.recent and self.recent[-1][1].name == prev.name
                        and self.recent[-1][1].mention != span and self._contrasted(m)
                        and self._sentences_since(self.recent[-1][0], m.start) <= 1):
                    # "X a reconnu… Le procureur a pour sa part estimé que…": someone else (not when
                    # these very words gave the last quote, the clause around a partial one; nor past
                    # a sentence between, where the contrast is with another subject).
                    prev = None
                if prev is not None and not unbarred and not national and self._holds_other_office(prev, m):
                    # The last speaker holds another office: maybe the subject named just before holds this one.
                    prev = self._known_antecedent(m)
                if prev is not None and m.kind == "role" and self._not_holder_that_year(prev, m.role):
                    # "Donald X… Joe Y s'exprime… Le président sortant écrit" (2020): not Joe Y, whom the
                    # registry gives that office only later, but the one holder that year named before.
                    prev = self._sole_holder_named(m) or prev
                takes_back = prev is not None and (self._is_role_like(m) or self._heads_named_body(prev, m))
                # "le député du Nord" taken to be the subject before: bound by no key (its seat is its own).
                seated = prev is not None and not takes_back and self._seat_of_antecedent(m, prev)
                if (prev is not None and (takes_back or seated) and prev.name != answering
                        and (unbarred or not self._holds_other_office(prev, m)) and not self._described_otherwise(prev, m)
                        and not self._seated_otherwise(prev.name, m, self._seat_word(m))):
                    if not seated:
                        self._bind_resolved(m, prev)
                    if m.kind == "np" and m.country is not None and prev.type == "person":
                        # "l'Allemand" taken to be Olaf X: later, « le Français » is someone else.
                        self._country_of.setdefault(prev.name, m.country)
                    if owned_by:
                        self._taken.setdefault(self._role_keys(m)[0], prev)
                    if prev.mention is not None and prev.mention.start == span.start and prev.mention.end > span.end:
                        # « Le président du club a fait part de sa « tristesse » et de sa « fierté » »:
                        # the same words, written out with their complement for the first quote.
                        span = prev.mention
                    return self._with_mention(prev, span), (f"{m.kind}→last person",)
            bound = self._bound(m, span)
            if bound is not None:
                return bound, ("role→person (apposition)",)
            later = self._later_holder(m) if m.kind == "role" and m.role else None
            if later is not None and later.name != answering and not self._of_other_region(later, m):
                self._bind_resolved(m, later)
                return self._with_mention(later, span), ("role→its holder named later",)
            sole = self._sole_holder_named(m)
            if sole is not None and sole.name != answering and not self._of_other_region(sole, m):
                self._bind_resolved(m, sole)
                return self._with_mention(sole, span), ("role→the one holder named before",)
            titled = self._titled_by_noun(m)
            if titled is not None and titled.name != answering:
                return self._with_mention(titled, span), ("team noun→the one person it titled",)
        demonstrative = self._is_demonstrative(m)
        if m.kind == "anonymous" and (self._is_role_like(m) if not demonstrative else len(fold(m.text).split()) <= 4):
            # "le responsable iranien": a definite description points back, to the same
            # description given earlier ("un responsable iranien") or to the last person; so does
            # a demonstrative one no description nor anonymous source before explains ("Ce
            # responsable en exil affirme…" after a name).
            earlier = self._earlier_description(m)
            if earlier is not None:
                return self._with_mention(earlier, span), ("anonymous→earlier description",)
            prev = self._last(person_only=True, gender=self._gender(m), country=m.country)
            if prev is not None and prev.name != answering:
                return self._with_mention(prev, span), ("anonymous→last person",)
        etype: EntityType = "anonymous" if m.kind == "anonymous" else "other"
        if m.kind in ("role", "np", "anonymous"):
            described = self._as_written(m, etype)
            self.described[self._head(m)] = described  # the latest description of a head: « cette source » is the last one
            if self._head(m) in self.publication_nouns:
                self.publication_described = described
            # A description left as written agrees by its determiner only: « l'ancien président »
            # is no bar to « la sénatrice » taking back someone named before it.
            self.written.setdefault(described.name, self._gender(m, premodifier=False))
            return described, (f"{m.kind}→as written",)
        return Speaker(name=span.text, type=etype, mention=span, role=m.role, country=m.country), (f"{m.kind}→as written",)

    def _body_at(self, start: int, end: int) -> Any:
        """The registry entity of a body named in ``text[start:end]`` right at its start (an
        article aside), or None."""
        k = bisect.bisect_left(self.body_starts, start)
        if k < len(self.bodies) and self.bodies[k][0] < end and len(self.text[start : self.bodies[k][0]].split()) <= 1:
            return self.bodies[k][2]
        return None

    def _publication_title(self, title: str) -> str:
        """``Parisien`` after a fused preposition (*selon des informations du Parisien*): the
        publication's name with the article it opens with (``Le Parisien``), when the registry
        knows that one and not the bare name."""
        is_publication = getattr(self.registry, "is_publication", None)
        if not callable(is_publication) or is_publication(title):
            return title
        for article in channel.outlet_articles():
            named = f"{article}{title}" if article.endswith(("'", "’")) else f"{article} {title}"
            if is_publication(named):
                return named
        return title

    def _text_owner(self, m: Mention) -> Span | None:
        """``un communiqué de l'intersyndicale``: the issuer a statement noun's complement names
        (after an article or as a capitalised name, so not ``un communiqué de presse``)."""
        owner = self.owner_complement.search(self.text, m.start, m.end)
        if owner is None:
            return None
        end = _before_trailing_participle(self.text, owner.start("owner"), m.end)
        if end < m.end and self._known_publication(owner.start("owner"), m.end):
            end = m.end  # "du Canard enchaîné": the participle is in a publication's title
        return self.span(owner.start("owner"), end)

    def _known_publication(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` past its article is a publication the registry knows (maybe with its article)."""
        is_publication = getattr(self.registry, "is_publication", None)
        return callable(is_publication) and bool(
            is_publication(self._publication_title(self._strip_det_as_written(self.text[start:end]))))

    def _channel_issuer(self, m: Mention, *, translated: bool = False) -> Speaker | None:
        """``Ankara a jugé « … » les sanctions, selon un communiqué``: a channel noun (``channel_nouns``)
        right after a prepositional cue, with no complement or agent naming its issuer, ends a
        clause whose reporting verb has a subject of its own: that subject put the text out. Set
        before the clause (``D'après un tweet, il entend « … »``), only a subject with a cue after
        it; with no cue, only a subject that is whoever spoke last (``Selon un communiqué, le suspect
        a été écroué``: no issuer). A translation (``translated``, ``translation_nouns``) is such a
        channel whoever its complement or agent names (``selon la traduction de l'AFP``: the
        translator said nothing)."""
        j = bisect.bisect_right(self.cue_ends, m.start) - 1
        before = self.text[max(0, m.start - _DETERMINER_REACH) : m.start].split()
        if (j < 0 or self.text[self.cue_ends[j] : m.start].strip() or not before
                or fold(regex.split(r"['’]", before[-1])[-1]) not in _folded_names("prepositions")
                or (not translated and (self.owner_complement.search(self.text, m.start, m.end) is not None
                                        or self.text_agent.match(self.text, m.end) is not None))):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        s_start = self.sentence_starts[k] if k >= 0 else 0
        s_end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        i = bisect.bisect_left(self.mention_starts, s_start)
        while i < len(self.mentions) and (_inside(self.quoted, self.mentions[i].start) or self.mentions[i].parenthetical
                                          or self.mentions[i].after_preposition):
            i += 1
        b = self.mentions[i] if i < len(self.mentions) and self.mentions[i].start < s_end else None
        if b is None or b is m:
            # "« … », selon un tweet": no subject of its own; a post, not a text (``text_nouns``,
            # which speak for the body that last spoke), is whoever spoke within the sentences before.
            if self._head(m) in self.text_nouns or not self.recent:
                return None
            spoke_at, last = self.recent[-1]
            return last if spoke_at >= self.sentence_starts[max(k - _ISSUER_SENTENCES, 0)] else None
        if b.kind in _NO_ISSUERS or not self._subject_like(b, self.sentence_starts, self.cue_ends):
            return None
        found = self.speaker(b)[0]
        if found is None:
            return None
        if b.start < m.start:
            # A reporting verb between the subject and the cue before the channel.
            if j > 0 and b.end <= self.cue_ends[j - 1]:
                return found
        else:
            c = bisect.bisect_left(self.cue_ends, b.end)
            if c < len(self.cue_ends) and self.cue_ends[c] < s_end:
                return found
        return found if self.recent and self.recent[-1][1].name == found.name else None

    def _statement_named_before(self, m: Mention) -> bool:
        """Whether a statement noun (``text_nouns``) stands outside quotation marks in ``m``'s
        sentence before it or in the sentences before (``indique le communiqué conjoint publié
        par la présidence égyptienne. … selon le texte``): ``m`` takes that statement back."""
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        lo = self.sentence_starts[max(k - _ISSUER_SENTENCES, 0)] if k >= 0 else 0
        return any(not _inside(self.quoted, f.start()) for f in self.text_noun_last.finditer(self.text, lo, m.start))

    def _takes_back(self, m: Mention) -> bool:
        """Whether ``m`` opens with a definite or demonstrative determiner (``le texte``, ``ce
        communiqué``): it may take back a statement named before."""
        return any(fold(m.text).startswith(d) for d in (*self.definite, *self.demonstratives))

    def _text_agent(self, m: Mention) -> Speaker | None:
        """``le communiqué publié par le Kremlin``: the speaker a participle's agent right after
        a statement noun names (not a publication: ``un document publié par Le Monde`` is not its)."""
        agent = self.text_agent.match(self.text, m.end)
        if agent is None:
            return None
        k = bisect.bisect_left(self.mention_starts, agent.end())
        owner = self.mentions[k] if k < len(self.mentions) else None
        if owner is None or owner.start != agent.end():
            # "diffusé par le groupe.": a body noun alone, ending the clause, put the text out (the
            # body it takes back, or the noun as written).
            np = self.body_opening.match(self.text, agent.end(), agent.end() + _BODY_OPENING_REACH)
            if np is not None and np.end() < len(self.text) and self.text[np.end()] in _CLAUSE_ENDS:
                body = Mention(agent.end(), np.end(), self.text[agent.end() : np.end()], "np", head_start=agent.end())
                found = self.speaker(body)[0]
                if found is not None:
                    self._publishers.add(found.name)
                return found
        if owner is None or owner.kind in ("publication", "pronoun", "np"):
            return None
        if owner.start != agent.end() and (owner.kind != "name" or not (
                self._article_only(agent.end(), owner.start) or self._article_and_title(agent.end(), owner.start))) \
                and not self._named_organisation(agent.end(), owner):
            # "publié par le Château de Prague": a capitalised name after its article is the body
            # that put the text out (a person's name takes no article, but after a title: "lu par
            # le colonel Paul X").
            return None
        found = self.speaker(owner)[0]
        if found is not None:
            self._publishers.add(found.name)  # put a text out: the text nouns after it take it back
        return found

    def _named_organisation(self, start: int, owner: Mention) -> bool:
        """Whether ``text[start:owner.start]`` is an organisation noun of ``names.json`` after its
        article, naming ``owner`` (``diffusé par l'agence| Amaq``, ``par le groupe| X``)."""
        return len(self.text[start : owner.start].split()) <= 2 and self._after_organisation_noun(owner.start)

    def _article_and_title(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a definite article and a title of ``apposition_titles``
        (``le colonel ``, ``l'amiral ``)."""
        raw = self.text[start:end].replace("’", "'")
        cut = raw.find("'") + 1 or raw.find(" ") + 1
        return cut > 0 and self._article_only(start, start + cut) and fold(raw[cut:].strip()) in self.apposition_titles

    def _article_only(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a definite article alone (``le ``, ``l'``)."""
        raw = self.text[start:end].replace("’", "'")
        word = fold(raw.rstrip())
        return word in self.definite and (word.endswith("'") or raw[len(raw.rstrip()):] != "")

    def _possessed_text_part(self, m: Mention) -> Mention | None:
        """``son premier point``: a part of a text (``text_part_nouns``) after a possessive, the
        last statement noun named before it, within the sentences before and outside the marks
        (the text whose part it is), as a mention; else None."""
        if fold(m.text).split(" ", 1)[0] not in _folded_names("possessives") or self._head(m) not in _folded_names("text_part_nouns"):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        lo = self.sentence_starts[max(k - _ISSUER_SENTENCES, 0)] if k >= 0 else 0
        found = None
        for f in self.text_noun_last.finditer(self.text, lo, m.start):
            if not _inside(self.quoted, f.start()):
                found = f
        if found is None:
            return None
        # With its determiner, when one stands right before, and the complement naming whose
        # text it is (« le texte de la déclaration finale »), up to the clause's next punctuation.
        lead = self.text[max(lo, found.start() - _DETERMINER_REACH) : found.start()]
        stripped = lead.rstrip()
        word = stripped.split()[-1] if stripped.split() else ""
        start, end = found.start(), found.end()
        if fold(word) in self.definite or fold(word) in self.demonstratives or fold(word) in self.introducing:
            start -= len(lead) - len(stripped) + len(word)
        if self.owner_complement.match(self.text, end, m.start) is not None:
            end = _PHRASE_RUN.match(self.text, end, min(m.start, end + _COMPLEMENT_REACH)).end()
        return Mention(start, end, self.text[start:end], "np", head_start=found.start())

    def _text_introducer(self, m: Mention, *, fronted: bool = False) -> Speaker | None:
        """``Le ministère a publié un communiqué. « … », précise le texte``: the subject of the
        sentence that last named a statement (any statement noun), within the sentences before
        the definite or demonstrative one ``m``, when that subject is a name or a known body;
        ``fronted``: the subject after the short phrase opening that sentence that names the
        statement (``Dans un communiqué publié samedi, le secrétaire général …``)."""
        if not any(fold(m.text).startswith(d) for d in (*self.definite, *self.demonstratives)):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 1:
            return None
        lo = self.sentence_starts[max(k - _ISSUER_SENTENCES, 0)]
        used = next((f for f in self.text_noun_last.finditer(self.text, lo, self.sentence_starts[k])
                     if self._introduces(f.start()) and not _inside(self.quoted, f.start())), None)
        if used is None:
            return None
        agent = self.text_agent.match(self.text, used.end())
        if agent is not None:  # "un communiqué publié par le Kremlin"
            return self._text_agent(Mention(used.start(), used.end(), used.group(), "np"))
        issuer = self._issuer_complement(used.end())
        if issuer is not None:  # "selon un compte rendu de la présidence française": the body it names
            return issuer
        if self._after_place_relative(used.start()):
            # "L'ambassadeur a été convoqué au ministère, où une note lui a été remise": the text is
            # the subject of a relative of place; the sentence's subject received it, never put it out.
            return None
        s_start = self.sentence_starts[bisect.bisect_right(self.sentence_starts, used.start()) - 1]
        j = bisect.bisect_right(self.cue_ends, used.start()) - 1
        if j >= 0 and self.cue_ends[j] >= s_start:
            # "…, a annoncé le Conseil dans un communiqué": the subject of the postposed cue.
            c = bisect.bisect_left(self.mention_starts, self.cue_ends[j])
            after = self.mentions[c] if c < len(self.mentions) and self.mentions[c].start < used.start() else None
            if after is not None and after.kind in _INTRODUCERS and not _more_words(self.text, self.cue_ends[j], after.start, 2):
                return self.speaker(after)[0]
            if after is not None:
                # "X « … », a indiqué le service de presse du Kremlin dans un communiqué": the cue's
                # subject (a phrase the mentions do not hold whole) put the text out, never X.
                return None
        i = bisect.bisect_left(self.mention_starts, s_start)
        # "NUSA DUA (Indonésie) - Les dirigeants ont adopté une déclaration": not the dateline's place.
        while i < len(self.mentions) and (_inside(self.quoted, self.mentions[i].start) or self.mentions[i].parenthetical):
            i += 1
        b = self.mentions[i] if i < len(self.mentions) and (self._after_fronted_text(s_start, used.start(), self.mentions[i].start)
                                                            if fronted else self.mentions[i].start < used.start()) else None
        if b is None or b.kind not in _INTRODUCERS or not self._subject_like(b, self.sentence_starts, self.cue_ends):
            return None
        return self.speaker(b)[0]

    def _after_fronted_text(self, s_start: int, used: int, start: int) -> bool:
        """``Dans un communiqué publié samedi, le ministère …``: whether the statement noun at
        ``used`` stands in a short phrase opening its sentence (a preposition and a determiner
        before it), closed by the comma right before the mention at ``start``."""
        if start - used > _FRONTED_TEXT_REACH or len(self.text[s_start:used].split()) > 2:
            return False
        comma = self.text.rfind(",", used, start)
        return comma >= 0 and not self.text[comma + 1 : start].strip() and self.text.find(",", used, comma) < 0

    def _document_restated(self, m: Mention) -> Speaker | None:
        """``Le projet de loi énonce plusieurs principes. Il s'agit de « … »``: words in marks with no
        cue in a sentence opening with ``Il s'agit`` restate the document (``document_nouns``) that
        opens the previous sentence as its subject, not whoever spoke last."""
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 1:
            return None
        if _restating_opening().match(self.text, self.sentence_starts[k], m.start) is None:
            return None
        found = _document_subject().match(self.text, self.sentence_starts[k - 1], self.sentence_starts[k])
        if found is None or _inside(self.quoted, found.start("noun")):
            return None
        return Speaker(name=found.group("noun"), type="other", mention=self.span(found.start("noun"), found.end("noun")))

    def _document_taken_back(self, m: Mention) -> Speaker | None:
        """``Les députés ont adopté un amendement. Selon ce texte, …``: a definite or demonstrative
        ``texte`` or ``document`` no one introduced takes back the document (``document_nouns`` of
        ``names.json``: amendement, projet de loi, résolution) named with an indefinite determiner in
        its sentence before it or in the one before, and speaks by that noun."""
        if not any(fold(m.text).startswith(d) for d in (*self.definite, *self.demonstratives)):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        lo = self.sentence_starts[k - 1] if k >= 1 else 0
        found = None
        goals = _document_goal_links()
        for hit in _document_named().finditer(self.text, lo, m.start):
            if goals and _ends_with_word(self.text[max(lo, hit.start() - _GOAL_LINK_REACH) : hit.start()].rstrip(" \u00a0").lower(), goals):
                continue  # "des progrès vers un accord": a document not yet written says nothing
            found = hit  # the last one named
        if found is None or _inside(self.quoted, found.start()):
            return None
        noun = found.group("noun")
        return Speaker(name=noun, type="other", mention=self.span(found.start("noun"), found.end("noun")))

    def _issuer_complement(self, end: int) -> Speaker | None:
        """The known body a complement right after a statement noun ending at ``end`` names
        (``un compte rendu| de la présidence française``), if any."""
        link = self.complement_after.match(self.text, end, end + _COMPLEMENT_REACH)
        if link is None:
            return None
        k = bisect.bisect_left(self.mention_starts, end)
        if k >= len(self.mentions) or self.mentions[k].start >= link.end() + _ISSUER_LINK_REACH:
            return None
        issuer = self.speaker(self.mentions[k])[0]
        return issuer if issuer is not None and issuer.type in ("institution", "state", "organisation") else None

    def _after_place_relative(self, start: int) -> bool:
        """Whether the two words before ``start`` are a relative of place (``place_relatives`` of
        ``names.json``) and a determiner: the noun at ``start`` opens that relative's subject (``où une note``)."""
        before = self.text[max(0, start - _DETERMINER_REACH) : start].split()[-2:]
        return len(before) == 2 and fold(before[0]) in _place_relative_words()

    def _introduces(self, start: int) -> bool:
        """Whether one of the two words before ``start`` is an indefinite or possessive determiner:
        a statement named for the first time (``publié un communiqué``, ``un nouveau rapport``),
        also past a draft's words (``un projet de décision``: ``draft_links`` of ``names.json``)."""
        lead = self.text[max(0, start - _DETERMINER_REACH) : start]
        drafts = _draft_links()
        if drafts and lead.rstrip().endswith(drafts):
            cut = lead.rstrip()
            start -= len(lead) - len(cut) + len(next(d for d in drafts if cut.endswith(d)))
        before = self.text[max(0, start - _DETERMINER_REACH) : start].split()[-2:]
        return any(fold(w) in self.introducing for w in before)

    def _group_tail_end(self, end: int, *, counted: bool = False) -> int:
        """Where the complements and adjectives after a plural role's words ending at ``end`` end
        (``end``: none), up to the last of them that a mark, a punctuation, a cue or a verb word
        follows (« les ministres des Finances| de la zone euro| ont jugé »). ``counted``: the
        words end with a noun a number counts (« les trois pays| baltes »), whose next word
        qualifies it, unless a cue or a verb word (« les deux pays| ont »)."""
        best = pos = end
        after_count = counted
        for _ in range(_GROUP_TAIL_UNITS):
            unit = _group_tail_unit().match(self.text, pos, pos + _ROLE_TAIL_REACH)
            adjective = unit.group("adjective") if unit is not None else None
            if adjective is not None and after_count and (unit is not None and unit.start("adjective") in self.cue_starts or (
                    _VERB_WORD.match(self.text, unit.start("adjective"), unit.end()) is not None)):
                break
            counted = adjective is not None and _counted(self.text, pos)
            if unit is not None and adjective is not None and not after_count and (
                    qualified := _participle_qualifier(self.text, unit)) is not None:
                # « les juges de la section| spécialisée en immigration| ont estimé »: a past
                # participle and its own complement (en, à + a common noun) say which body.
                unit = qualified
                counted = False
            elif unit is None or (adjective is not None and not counted and not institutions.is_adjective(adjective) and (
                    self.registry is None or self.registry.country_of_adjective(adjective) is None)
                    # « des trois pays| baltes », « des 27 pays| membres »: one word after a
                    # counted noun qualifies it, whether the lexicon knows it or not, unless an adverb.
                    and not (after_count and adjective.lower() not in one_word_adverbs())):
                if adjective is not None and adjective.lower() in one_word_adverbs():
                    best = pos  # « les présidents des 12 clubs| ensuite »: an adverb of the verb group ends the role
                break
            after_count = counted
            pos = unit.end()
            if pos >= len(self.text) or not self.text[pos].isspace() or pos + 1 in self.cue_starts or (
                    _VERB_WORD.match(self.text, pos + 1, pos + _ROLE_TAIL_REACH) is not None):
                best = pos
        return best

    def _complement_at(self, end: int) -> regex.Match[str] | None:
        """A common-noun complement, else a name's, right after ``end`` (read within ``_COMPLEMENT_REACH``)."""
        return (self.lower_complement.match(self.text, end, end + _COMPLEMENT_REACH)
                or self.name_complement.match(self.text, end, end + _COMPLEMENT_REACH))

    def _lower_tail(self, start: int, end: int) -> regex.Match[str] | None:
        """The common-noun complement right after ``start`` (``lower_complement``), stopping
        before a cue it would run over (``un serveur du café| raconte : « … »``)."""
        tail = self.lower_complement.match(self.text, start, min(end, start + _COMPLEMENT_REACH))
        if tail is None:
            return None
        last = self.text.rfind(" ", start, tail.end())
        # Its second word only may be the verb: a space then a cue's first letter.
        if last > start and last + 1 in self.cue_starts and self.text[start : last].strip().count(" ") >= 1:
            return self.lower_complement.match(self.text, start, last)
        return tail

    def _past_ordinal(self, end: int) -> int:
        """``end``, or past the noun after it when it ends an ordinal in Roman figures (``du
        commissariat du XVIIIe| arrondissement``): the ordinal qualifies the noun, no name."""
        if self.text[end - 1 : end] not in ("e", "r", "s") or (noun := _ORDINAL_NOUN.match(self.text, end)) is None:
            return end  # a cheap last character: most names end otherwise
        if _roman_ordinal().fullmatch(self.text, self.text.rfind(" ", 0, end) + 1, end) is None \
                or noun.start() + 1 in self.cue_starts or _VERB_WORD.match(self.text, noun.start() + 1) is not None:
            return end
        return int(noun.end())

    def _trade_tail(self, start: int) -> regex.Match[str] | None:
        """The complement of a profession bound by its noun (`` de rue``), short of the reporting
        verb it would run into (``un chauffeur de taxi| raconte :``)."""
        tail = _trade_complement().match(self.text, start)
        if tail is not None and tail.group("second") and tail.start("second") in self.cue_starts:
            return _trade_complement(two=False).match(self.text, start, tail.start("second"))
        return tail if tail is not None else self._trade_then_complement(start)

    def _trade_then_complement(self, start: int) -> regex.Match[str] | None:
        """A profession's bound complement of one word, then the complement of the whole trade
        (``un agent de maîtrise| de l'usine``, ``un ouvrier de maintenance| du dépôt``): the
        common-noun complement read on as after any description (:meth:`_complement_run`)."""
        one = _trade_complement(two=False).match(self.text, start, start + _COMPLEMENT_REACH)
        if one is None:
            return None
        rest = self._lower_tail(one.end(), len(self.text))
        return self._complement_run(one.end(), rest) if rest is not None and not _ends_with_determiner(rest) else None

    def _as_written(self, m: Mention, etype: EntityType) -> Speaker:
        """A description as the speaker, in its own words: ``un responsable des opérations`` (a
        common-noun complement included), without its determiner."""
        tail = self._lower_tail(m.end, len(self.text))
        if tail is not None:
            tail = self._complement_run(m.end, tail)
            if _ends_with_determiner(tail):
                tail = None  # "un diplomate d'un| Etat membre": no common noun read after the determiner
        else:
            tail = self.name_complement.match(self.text, m.end, m.end + _COMPLEMENT_REACH)
        partitive = _partitive_complement().match(self.text, m.end, m.end + _PARTITIVE_REACH)
        if partitive is not None and (tail is None or partitive.end() > tail.end()):
            tail = partitive  # "la sœur d'une des victimes": one of them, the noun after it included
        if tail is None and (pointed := _pointed_complement().match(self.text, m.end, m.end + _COMPLEMENT_REACH)) is not None and (
                _CLOSING_CHARS.match(self.text, pointed.end()) is not None or pointed.end() + 1 in self.cue_starts):
            # "le porte-parole de leur association a reconnu": a complement whose possessive or
            # demonstrative takes back what the text named, its one noun included when a
            # punctuation mark or the reporting verb closes it (not « de ce petit| royaume »).
            tail = pointed
        trade = bool(m.role and self._noun_role(m.role))
        if tail is None and trade:
            tail = self._trade_tail(m.end)  # "un éducateur de rue"
        end = self._past_family_name(self._past_name(tail.end())) if tail is not None else m.end
        if tail is not None and tail.re is not self.name_complement and tail.re is not _partitive_complement() \
                and end == tail.end() and (owner := self.name_complement.match(self.text, end, end + _COMPLEMENT_REACH)) is not None:
            # "le directeur de la salle de presse| du Saint-Siège", "le président de la commission| des Lois"
            end = self._past_ordinal(self._past_name(owner.end()))
        elif tail is not None and tail.re is _determined_complement() and end == tail.end():
            end = self._nationality_before_cue(end)  # "un dirigeant d'une milice| pro-iranienne| a affirmé"
            if end == tail.end() and _CLOSING_CHARS.match(self.text, adjectives := self._adjectives_after(end)) is not None:
                # "un ingénieur d'un groupe| chimique bâlois|, qui a requis l'anonymat": the adjectives
                # of the noun an indefinite determiner opens, closed by a punctuation mark (as the
                # complement after them is, below: « d'une marque| chinoise| de smartphones, »).
                end = adjectives
        elif tail is not None and tail.re is _chained_complement() and end == tail.end():
            end = self._named_place_after(end)  # "le président de la communauté d'agglomération| Pays basque"
            end = self._nationality_before_cue(end)  # "le président de l'union des hôteliers| grecs| a dit"
        if (tail is not None and end == tail.end() and tail.re is self.name_complement
                and _jurisdiction_after().fullmatch(self.text, tail.start(), tail.end()) is not None
                and (place := self.name_complement.match(self.text, end, end + _COMPLEMENT_REACH)) is not None):
            # "la police de l'État| de New York", "le gouverneur de l'Etat| du Texas": État, capitalised
            # by convention, is the common noun of a jurisdiction, which the name after it says.
            end = self._past_name(place.end())
        if (tail is not None and end == tail.end() and self.text[end : end + 1] == " "
                and (adj := _LOWER_WORD.match(self.text, end)) is not None and adj.start() + 1 not in self.cue_starts
                and _VERB_WORD.match(self.text, adj.start() + 1) is None
                and (owner := self.name_complement.match(self.text, adj.end(), adj.end() + _COMPLEMENT_REACH)) is not None):
            end = self._past_name(owner.end())  # "le porte-parole de la branche| armée| du Hamas"
        elif (tail is not None and end == tail.end() and tail.re is _determined_complement() and self.text[end : end + 1] == " "
                and (adj := _LOWER_WORD.match(self.text, end)) is not None and adj.start() + 1 not in self.cue_starts
                and _VERB_WORD.match(self.text, adj.start() + 1) is None
                and (more := _chained_complement().match(self.text, adj.end())) is not None
                and _CLOSING_CHARS.match(self.text, more.end()) is not None):
            # "le dirigeant d'une marque| chinoise| de smartphones": the noun an indefinite
            # determiner opens, its adjective, then its own complement, closed by a punctuation mark.
            end = more.end()
        if (tail is not None and end == tail.end() and tail.re is not self.name_complement
                and (adj := _ONE_ADJECTIVE.match(self.text, end)) is not None
                and adj.group("adj") in institutions.head_adjectives()):
            # "l'état-major des forces| armées| dans un communiqué", "le chef de l'aviation| civile| a
            # démenti": an adjective a body's common noun takes in its very name belongs to the
            # complement, whatever follows it (no verb nor participle opening a clause of its own;
            # a capitalised complement's tail is read by institutions.head_tail_end below).
            end = adj.end()
        if not trade and (accredited := _accredited_to().match(self.text, end, end + _ACCREDITED_REACH)) is not None \
                and not self._publication_at(accredited.start("name")):
            end = self._adjectives_after(accredited.end())  # "un ancien ambassadeur de France| auprès de l'Otan"
        if tail is not None and end == tail.end() and tail.re is self.lower_complement \
                and (named := self._apposed_body_name(end)) > end:
            # "un porte-parole du bookmaker| australien| Sportsbet": the body's own name in apposition.
            end = named
        elif tail is not None and end == tail.end() and tail.re is self.name_complement \
                and (whole := institutions.head_tail_end(self.text, end)) > end:
            # "un responsable de l'Agence| française de développement": a complement ending at an
            # institution's capitalised head takes its lower-case tail, the body's whole name.
            end = whole
        elif tail is not None and end == tail.end() and tail.re in (self.name_complement, self.lower_complement):
            # "le ministre de la Transition| écologique et solidaire", "le patron de l'entreprise|
            # familiale| a répété": adjectives closed by a cue, a verb or a punctuation mark.
            end = self._adjectives_after(end, postposed=self._right_after_cue(m.start))
        if trade and tail is not None and (place := self.name_complement.match(self.text, end, end + _COMPLEMENT_REACH)) is not None:
            end = self._past_name(place.end())  # "un infirmier du CHU de Nantes"
        elif trade and tail is not None:
            end = self._named_place_after(end)  # "un commerçant de la rue| Félix-Poulat"
            if end == tail.end() and (adj := _LOWER_WORD.match(self.text, end)) is not None \
                    and _subject_relative_word().match(self.text, adj.start(), adj.end()) is None and (
                    adj.end() + 1 in self.cue_starts or _VERB_WORD.match(self.text, adj.end() + 1) is not None
                    or _subject_relative_word().match(self.text, adj.end(), adj.end() + _RELATIVE_WORD_REACH) is not None):
                # "une habitante de la tour| voisine| raconte": the verb follows; "un officier de la
                # marine| grecque| qui a requis l'anonymat": a subject relative on the whole description.
                end = adj.end()
        if trade and (origin := _origin_after().match(self.text, end, end + _COMPLEMENT_REACH)) is not None and self.name_complement.match(
                self.text, origin.end(), origin.end() + _COMPLEMENT_REACH) is None:
            end = self._past_name(origin.end())  # "une retraitée| venue de Lyon"
        if trade and tail is None:
            # "un militant CGT": the union or party qualifying the profession is part of it.
            k = bisect.bisect_left(self.mention_starts, m.end)
            after = self.mentions[k] if k < len(self.mentions) else None
            if after is not None and after.kind == "entity" and after.start == m.end + 1 and self.text[m.end].isspace():
                end = after.end
        if tail is not None:
            # "le porte-parole du premier ministre", "du ministre de la Santé": a role the
            # complement opens is part of it, with its own complement.
            k = bisect.bisect_left(self.mention_starts, m.end)
            inner = self.mentions[k] if k < len(self.mentions) else None
            if inner is not None and inner.kind == "role" and inner.start < tail.end() <= inner.end:
                more = (self.lower_complement.match(self.text, inner.end, inner.end + _COMPLEMENT_REACH)
                        or self.name_complement.match(self.text, inner.end, inner.end + _COMPLEMENT_REACH))
                # "le père d'un jeune officier| mécanicien|": the inner role's adjectives too.
                end = self._past_name(more.end()) if more is not None else self._adjectives_after(inner.end)
                if (more is None and end == inner.end and m.role is not None and is_body_role_key(m.role)
                        and (holder := self._titled_name_at(inner)) is not None):
                    # "le gouvernement du président| Jean X": a body (a role marked institution)
                    # named by its leader's title takes the name glued to that title, the
                    # leader's, as part of its own name (a person's role does not: "l'avocate
                    # de l'ancien maire| Paul X").
                    end = holder.end
            elif inner is not None and inner.kind == "entity" and inner.start == end + 1 and self.text[end].isspace():
                # "le président du groupe| MoDem": the party whose body the complement names.
                end = inner.end
            elif inner is not None and inner.kind in _BODY_NAME_KINDS and inner.start < end < inner.end:
                # "le chef de l'Union| nationale pour le développement": the body's whole name.
                end = inner.end
        if tail is not None:
            # "une source au ministère des Affaires locales| et de l'Environnement": the ministry's
            # other portfolios, listed after the first, are part of its name.
            end = institutions.portfolios_end(self.text, m.start, end)
        end = self._field_after(end)
        if (named := _named_by_acronym().match(self.text, end, end + _ACRONYM_NAME_REACH)) is not None and not any(
                w.lower() in one_word_adverbs() or w.lower() in _time_prepositions() or _VERB_WORD.fullmatch(w) is not None for w in named.group("words").split()):
            # "la police et garde-frontière estonienne (PPA)": lower-case words then an acronym in
            # brackets are the rest of the body's name, which the acronym abbreviates (not "la
            # direction lors d'un comité central (CCE)": a preposition of time opens an adverbial).
            end = named.end("words")
        span = self.span(m.start, end)
        return Speaker(name=self._strip_det_as_written(span.text), type=etype, mention=span, role=m.role, country=m.country)

    def _field_after(self, end: int) -> int:
        """Past the field a description ending at ``end`` with a participle of ``field_participles``
        names after one of ``field_participle_links`` (``un gérant spécialisé| dans les valeurs
        asiatiques``), or past such a participle right after ``end`` and its field (``le dirigeant
        d'une société| spécialisée dans l'audit``): up to ``_FIELD_WORDS`` lower-case words (elided articles glued), closed by a
        punctuation mark, a cue or a verb; else ``end``."""
        last = _LAST_WORD.search(self.text, max(0, end - _LAST_WORD_REACH), end)
        link = _WORD_AT.match(self.text, end)
        if last is None or last.group().lower() not in _field_participles():
            # "le dirigeant d'une société| spécialisée dans l'audit": the participle right after
            # the noun the description ends with, then its link.
            if link is None or link.group("w").lower() not in _field_participles():
                return end
            link = _WORD_AT.match(self.text, link.end())
        if link is None or link.group("w").lower() not in _field_participle_links():
            return end
        pos = link.end()
        for _ in range(_FIELD_WORDS):
            word = _WORD_AT.match(self.text, pos)
            if word is None or not word.group("w")[:1].islower():
                return end
            pos = int(word.end())
            if (_CLOSING_CHARS.match(self.text, pos) is not None or pos + 1 in self.cue_starts
                    or _VERB_WORD.match(self.text, pos + 1, pos + _ROLE_TAIL_REACH) is not None):
                return pos
        return end

    def _apposed_body_name(self, end: int) -> int:
        """Past the name of a body that a complement ending at ``end`` with a noun of
        ``organisation_nouns`` or ``trade_nouns`` names, maybe after one or two adjectives, when a punctuation mark,
        a cue or a verb closes it (``un porte-parole du constructeur| allemand| Volkswagen|,``,
        ``de l'équipementier| Head| a dit``): French apposes a company's name to the noun of its
        trade. Never a person's name (a known first name: ``le porte-parole du groupe Paul X``
        is the role's holder); else ``end``."""
        if not _ends_with_word(self.text[max(0, end - _BODY_NOUN_CHARS) : end].lower(), _organisation_noun_words()):
            return end
        pos = end
        run = _ADJECTIVE_RUN.match(self.text, pos)
        if run is not None and run.group("link") is None and (
                institutions.is_adjective(adj := run.group("adj")) or adj in _role_adjective_words()
                or (self.registry is not None and self.registry.country_of_adjective(adj) is not None)):
            pos = run.end()
        k = bisect.bisect_left(self.mention_starts, pos + 1)
        name = self.mentions[k] if k < len(self.mentions) else None
        if name is None or name.start != pos + 1 or not self.text[pos : pos + 1].isspace() \
                or name.kind not in _APPOSED_BODY_KINDS or known_first_name(name.text.split(" ", 1)[0]):
            return end
        after = name.end
        closed = _CLOSING_CHARS.match(self.text, after) is not None or (
            after + 1 in self.cue_starts or _VERB_WORD.match(self.text, after + 1, after + _ROLE_TAIL_REACH) is not None)
        return after if closed else end

    def _publication_at(self, pos: int) -> bool:
        """Whether a publication's mention starts at ``pos`` (« auprès du| Parisien »: an outlet)."""
        k = bisect.bisect_left(self.mention_starts, pos)
        return k < len(self.mentions) and self.mentions[k].start == pos and self.mentions[k].kind == "publication"

    def _adjectives_after(self, end: int, *, postposed: bool = False) -> int:
        """Past the lower-case adjectives (by their endings, one or two joined by a coordinator)
        that qualify a capitalised complement ending at ``end`` (``de la Transition| écologique et
        solidaire``), when a punctuation mark, a cue or a verb closes them; else ``end``. A word
        of ``role_adjectives`` counts whatever its ending (``du mouvement| chiite``, ``copte``).
        A description ``postposed`` right after its cue is the whole subject, so a preposition
        opening the verb's adverbial closes the adjectives too (``a déclaré le patron du groupe|
        pétrolier| devant la presse``)."""
        for pattern in (_ADJECTIVE_RUN, _ADJECTIVE_PAIR, _ONE_ADJECTIVE):
            # the longest reading first: two adjectives joined by a coordinator or side by side
            # (``du service| diplomatique européen``), then one (``du ministère| français``)
            run = pattern.match(self.text, end)
            if run is None or any(not institutions.is_adjective(w) and w not in _role_adjective_words()
                                  for w in run.captures("adj")) \
                    or (run.groupdict().get("link") is not None and fold(run.group("link")) not in _coordinators()):
                continue
            after: int = run.end()
            if after >= len(self.text) or not self.text[after].isspace() or (
                    after + 1 in self.cue_starts or _VERB_WORD.match(self.text, after + 1, after + _ROLE_TAIL_REACH) is not None
                    or _origin_word_after().match(self.text, after, after + _COMPLEMENT_REACH) is not None
                    or (postposed and _adverbial_preposition_after().match(self.text, after, after + _COMPLEMENT_REACH) is not None)):
                # "un diplomate d'Asie| centrale| en poste à Genève": a word of where the holder
                # comes from or is posted (``origin_words``) closes the adjectives too; after a
                # postposed subject, so does a preposition opening the verb's adverbial, no
                # complement link (« a déclaré le patron du groupe| pétrolier| devant la presse »).
                return after
        return end

    def _right_after_cue(self, start: int) -> bool:
        """Whether a cue ends right before ``start``, only spaces between: a description there is
        the postposed subject of that cue (« …, a déclaré| le patron du groupe »)."""
        k = bisect.bisect_right(self.cue_ends, start) - 1
        return k >= 0 and not self.text[self.cue_ends[k] : start].strip(" \u00a0\u202f")

    def _complement_run(self, start: int, tail: regex.Match[str]) -> regex.Match[str]:
        """A lower-case complement ``tail`` read at ``start`` (see :func:`_lower_complement`), or a
        longer reading: an indefinite determiner it ends with opens its noun (``un diplomate d'un|
        pays nordique``), and up to two complements more may follow it (``un responsable des
        services| de sécurité| ukrainiens``) when a punctuation mark or a bracket closes them."""
        text = self.text
        indefinite = False
        if _ends_with_determiner(tail):
            determined = _determined_complement().match(text, start)
            if determined is not None:
                tail, indefinite = determined, True
        qualified = indefinite  # the first noun is an indefinite's or took an adjective
        run = tail
        for _ in range(_COMPLEMENT_RUN):
            end = run.end()
            # "un dirigeant d'une société| irlandaise| de location d'avions", "un responsable
            # de la fédération| kényane| d'athlétisme": the adjective of the complement's noun,
            # then the complement that carries on (kept only when one does, see below); a
            # later complement's too ("un officier de l'escadrille des sous-marins| nucléaires|
            # d'attaque").
            adjective = _LOWER_WORD.match(text, end)
            if adjective is not None and (
                    institutions.is_adjective(adj := adjective.group()[1:]) or adj in _role_adjective_words()
                    or (self.registry is not None and self.registry.country_of_adjective(adj) is not None)):
                end = adjective.end()
                qualified = True
            if text[end : end + 1] != " " or text[end + 1 : end + 2].lower() not in _complement_initials():
                break
            more = _chained_complement().match(text, end)
            if more is None:
                break
            if _ends_with_determiner(more) and (determined := _determined_complement().match(text, end)) is not None:
                # "la directrice des ressources humaines| d'un grand groupe audiovisuel": a later
                # complement's indefinite determiner opens its noun too, as the first one's does.
                more, qualified = determined, True
            run = more
        if run is tail:
            return tail
        if _CLOSING_CHARS.match(text, run.end()) is None and self.name_complement.match(text, run.end()) is None \
                and self._named_place_after(run.end()) == run.end() and not (qualified and run.end() + 1 in self.cue_starts) \
                and self._nationality_before_cue(run.end()) == run.end():
            # neither closed nor completed by a name (« de la salle de presse| du Saint-Siège »,
            # « de la communauté d'agglomération| Pays basque »); a noun an indefinite determiner
            # opens, or a noun an adjective qualifies, says whom only with the complement after it,
            # which the reporting verb it is the subject of closes too (« la mère d'un membre
            # d'équipage| a confié », « un cadre de la fédération kényane| d'athlétisme| a dit »,
            # never « le directeur de la salle| de presse| a dit »), as it closes
            # a nationality adjective the last noun takes (« de l'union des hôteliers| grecs| a dit »)
            return tail
        return run

    def _nationality_before_cue(self, end: int) -> int:
        """Past one lower-case nationality adjective right after ``end`` (``grecs``, or a hyphenated
        pair of them: ``chypriotes-turcs``) when a reporting verb follows it; else ``end``."""
        word = _LOWER_WORD.match(self.text, end)
        if word is None or word.end() + 1 not in self.cue_starts:
            return end
        parts = word.group()[1:].split("-")
        if len(parts) == 2 and parts[0] in _allegiance_prefixes():
            parts = parts[1:]  # "une milice pro-iranienne": the side it takes, a nationality still
        if len(parts) > 2 or not all(institutions.is_nationality_adjective(p) for p in parts):
            return end
        end_of_word: int = word.end()
        return end_of_word

    def _named_place_after(self, pos: int) -> int:
        """Past a name right after ``pos`` and one space, the proper name of the common noun a
        complement ends with (``de la rue| Félix-Poulat``, ``du quartier| Mistral``): hyphenated
        or a single word that is no known first name; else ``pos``."""
        k = bisect.bisect_left(self.all_name_starts, pos + 1)
        if k >= len(self.all_names) or self.all_names[k].start != pos + 1 or self.text[pos] != " ":
            return pos
        name = self.all_names[k]
        if " " in name.text or ("-" not in name.text and known_first_name(name.text)):
            return pos
        return name.end

    def _titled_name_at(self, title: Mention) -> Mention | None:
        """The name right after the title ``title`` (one space away) that the title, governed by a
        preposition, is glued to (``du président| Jean X``: see ``titled_complement``), else None."""
        k = bisect.bisect_left(self.all_name_starts, title.end + 1)
        name = self.all_names[k] if k < len(self.all_names) else None
        if name is None or name.start != title.end + 1 or not titled_complement(self.text, title, name):
            return None
        return name

    def _past_family_name(self, pos: int) -> int:
        """``pos``, or the end of the family phrase whose family noun ends right at it (``l'avocat
        de la famille| Ardilly``): the surname after the noun says whose family."""
        k = bisect.bisect_right(self.mention_starts, pos) - 1
        if k < 0:
            return pos
        m = self.mentions[k]
        if m.kind != "np" or m.head_start is None or not m.head_start < pos < m.end:
            return pos
        return m.end if is_family_noun(self.text[m.head_start : pos]) else pos

    def _past_name(self, pos: int) -> int:
        """``pos``, or the end of the name it falls inside (``le gouvernement de Michel| Barnier``)."""
        k = bisect.bisect_left(self.all_name_starts, pos) - 1
        return self.all_names[k].end if k >= 0 and pos < self.all_names[k].end else pos

    def _antecedent(self, m: Mention) -> Speaker | None:
        """The person ``m`` refers back to: the only person named before it in its sentence
        (a subject pronoun) or in the previous one, else the latest of the last person named in
        subject position, the previous quote's speaker (a body too, for an inverted pronoun) and
        a role opening the previous sentence; never one whose known gender or country
        contradicts ``m``."""
        topic = self._topic_before(m) or self._dislocated_subject(m)
        if topic is not None:
            return topic
        if m.number == "pl":
            plural = self._plural_antecedent(m)
            if plural is not None:
                return plural
        body = (self._reporting_body(m) or self._body_subject_before(m) or self._own_body_subject(m)
                or self._acronym_object_before(m))
        if body is not None:
            return body
        prompted = self._prompted_role_before(m) if self._inverted(m) else None
        if prompted is not None:
            return prompted
        only = self._only_person_in_previous_sentence(m)
        if only is not None:
            return only
        last_name = self._last_subject_name(m)
        gender = self._gender(m)
        # "« … », a précisé le Quai d'Orsay. « … », a-t-il ajouté": an inverted pronoun may
        # take back a body that just spoke.
        kinds = ("person", "other", "anonymous", "institution", "organisation", "state") if self._inverted(m) else ("person", "other", "anonymous")
        last_quote = next(
            (
                (at, s)
                for at, s in reversed(self.recent[-_LOOKBACK:])
                if s.type in kinds and self._compatible(s.name, gender)
                and (m.country is None or self._known_country(s) in (None, m.country))
                and not (m.kind == "pronoun" and m.number == "sg" and _plural_description(s))
            ),
            None,
        )
        if (last_quote is not None and last_name is not None and last_name[1].name != last_quote[1].name
                and not self._inverted(m) and self._spoke_in_relative(last_quote[1], last_name[0])):
            # "Il s'en est pris au conseiller John X, qui avait évoqué un « … ». Il a exprimé…":
            # words given in a relative clause after an object are no new subject for the pronoun.
            last_quote = None
        candidates = [c for c in (last_name, last_quote, self._role_subject_before(m), self._anaphor_subject_before(m),
                                  self._anonymous_subject_before(m), self._demonym_subject_before(m),
                                  self._field_subject_before(m), self._pronoun_subject_before(m))
                      if c is not None]
        if len(candidates) > 1 and any(self._absolute_role_at(c[0]) for c in candidates):
            # "Elle vit la grève à double titre, sa mère étant enseignante. « … », soupire-t-elle":
            # the subject of an absolute clause is no subject of the sentence; another is taken.
            candidates = [c for c in candidates if not self._absolute_role_at(c[0])]
        if m.kind == "pronoun" and m.number == "sg":
            # "Paul X a reçu les ministres. Les ministres ont quitté la salle. « … », a-t-il confié":
            # a singular pronoun never takes back a plural description.
            candidates = [c for c in candidates if not _plural_description(c[1])]
        elif m.kind == "pronoun" and m.number == "pl":
            # "Claire X a parlé longuement. À les écouter, …": a plural pronoun takes back no one person.
            candidates = [c for c in candidates if c[1].type != "person" or c[1].members]
        if not candidates and self._inverted(m):
            # "La direction invoque… « … », a-t-elle justifié": no one else agrees, the body does.
            return self._body_subject_before(m, inverted=True) or self._only_role_of_gender_before(m)
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def _dislocated_subject(self, m: Mention) -> Speaker | None:
        """``… : la Cnil, elle, a déjà reçu 3.000 réclamations, a-t-elle indiqué``: an inverted
        pronoun takes back the subject its own sentence sets off before a pronoun of the same
        gender and number between commas (the pronoun stressing that subject), the mention
        right before that comma; not when a person of that gender spoke last (she may go on)."""
        if not self._inverted(m):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        own = self.sentence_starts[k] if k >= 0 else 0
        i = bisect.bisect_left(self.mention_starts, m.start) - 1
        gender = self._gender(m)
        stop = max(0, i - _DISLOCATION_MENTIONS)  # a few mentions back: no scan of a long sentence per pronoun
        while i >= 1 and i > stop and self.mentions[i].start >= own:
            p = self.mentions[i]
            if (p.kind == "pronoun" and p.number == m.number and not self._inverted(p) and self._gender(p) == gender
                    and self.text[p.end : p.end + 1] == "," and self.text[max(own, p.start - 3) : p.start].rstrip(" \u00a0").endswith(",")):
                prev = self.mentions[i - 1]
                if prev.start < own or self.text[prev.end : p.start].strip(" \u00a0") != ",":
                    return None
                last = self.recent[-1][1] if self.recent else None
                if last is not None and last.type == "person" and self._compatible(last.name, gender):
                    return None  # "« … », a dit Anne X. La Cnil, elle, …, a-t-elle ajouté": she may go on
                return self.speaker(prev)[0]
            i -= 1
        return None

    def _pronoun_subject_before(self, m: Mention) -> tuple[int, Speaker] | None:
        """``… avec Inès. Elle vit la grève à double titre, sa mère étant enseignante. « … »,
        soupire-t-elle``: an inverted singular pronoun takes back what the same pronoun opening
        the previous sentence as its subject took back (a chain of one subject)."""
        if not self._inverted(m) or m.number == "pl":
            return None
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if s < 1:
            return None
        lo, hi = self.sentence_starts[s - 1], self.sentence_starts[s]
        k = bisect.bisect_left(self.mention_starts, lo)
        if k >= len(self.mentions) or self.mentions[k].start >= hi:
            return None
        p = self.mentions[k]
        if (p.kind != "pronoun" or p.text.casefold() != m.text.casefold() or self._inverted(p)
                or _inside(self.quoted, p.start) or not self._opens_sentence(p.start, self.sentence_starts)):
            return None
        found = self.speaker(p)[0]
        return (p.start, found) if found is not None else None

    def _prompted_role_before(self, m: Mention) -> Speaker | None:
        """``« … », lui a lancé un élu, contraignant la présidente de séance à intervenir. « … »,
        a-t-elle réclamé``: the one person's role of the inverted pronoun's gender that the
        sentence right before makes speak, the object of a ``prompting_participles`` word
        before one of ``prompting_links``, as written."""
        lo, hi, roles = self._roles_of_sentence_before(m.start)
        if not roles:
            return None  # most sentences name no role: nothing more is read
        gender = self._gender(m)
        participles, links = _prompting()
        found = []
        for r in roles:
            before = self.text[max(lo, r.start - _PROMPT_REACH) : r.start].split()
            if not before or before[-1].lower() not in participles:
                continue
            # "la présidente de séance à intervenir": the role's bare complement runs to the link.
            end, pos = -1, r.end
            for i, w in enumerate(self.text[r.end : min(hi, r.end + _PROMPT_REACH)].split()[:_PROMPT_WORDS]):
                pos = self.text.index(w, pos)
                if w.lower() in links:
                    end = pos
                    break
                if not w.isalpha() or not w.islower() or (i == 0 and w not in _complement_links()):
                    break  # a comma, a name, a coordinator: no complement of the role
                pos += len(w)
            if end >= 0 and self._is_person_role(r) and gender is not None and self._gender(r) == gender:
                found.append(replace(r, end=r.end + len(self.text[r.end : end].rstrip()),
                                     text=self.text[r.start : end].rstrip()))
        return self._as_written(found[0], "other") if len(found) == 1 else None

    def _only_role_of_gender_before(self, m: Mention) -> Speaker | None:
        """``« … », lui a lancé un élu, contraignant la présidente de séance à intervenir. « … »,
        a-t-elle réclamé``: when nobody else agrees with the inverted pronoun ``m``, the one
        person's role of its gender the previous sentence names, subject or not, as written."""
        gender = self._gender(m)
        if gender is None:
            return None
        found = [r for r in self._roles_of_sentence_before(m.start)[2]
                 if self._is_person_role(r) and self._gender(r) == gender and not _inside(self.quoted, r.start)]
        return self._as_written(found[0], "other") if len(found) == 1 else None

    def _roles_of_sentence_before(self, pos: int) -> tuple[int, int, list[Mention]]:
        """The span of the sentence before the one holding ``pos``, and the roles it names
        (none when ``pos`` is in the first sentence)."""
        s = bisect.bisect_right(self.sentence_starts, pos) - 1
        if s < 1:
            return 0, 0, []
        lo, hi = self.sentence_starts[s - 1], self.sentence_starts[s]
        return lo, hi, self.roles[bisect.bisect_left(self.role_starts, lo) : bisect.bisect_left(self.role_starts, hi)]

    def _spoke_in_relative(self, speaker: Speaker, subject_at: int) -> bool:
        """Whether ``speaker`` was named, after the subject named at ``subject_at``, in no subject
        position and right before a subject relative pronoun (``au conseiller John X, qui avait
        évoqué « … »``): the words are given in that relative clause."""
        mention = speaker.mention
        if mention is None or mention.start <= subject_at or subject_relative_after().match(self.text, mention.end) is None:
            return False
        k = bisect.bisect_left(self.all_name_starts, mention.start)
        return k < len(self.all_names) and self.all_names[k].start == mention.start and not self._subject_name(k)

    def _last_subject_name(self, m: Mention) -> tuple[int, Speaker] | None:
        """The latest of the last _LOOKBACK names in subject position before ``m`` that is a person
        whose gender and country agree with ``m``'s, and where it is named."""
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        gender = self._gender(m)
        seen = 0
        while k >= 0 and seen < _LOOKBACK:
            if not self._subject_name(k):
                k -= 1
                continue
            seen += 1
            n, p = self.all_names[k], self.all_people[k]
            if (p.kind == "person" and self._compatible(p.name, gender) and not self._reported_name(n, p.name, m)
                    and not self._introduced_in_report(n, p.name, m)
                    and self._country_agrees(p.name, p.entity, m.country)
                    and not self._object_after_subject(self._start_of_sentence(n.start), n, m)):
                return n.start, self._speaker_from(p.name, p.entity, "person", self.span(n.start, n.end))
            k -= 1
        return None

    def _demonym_subject_before(self, m: Mention) -> tuple[int, Speaker] | None:
        """The person a nationality noun opening the previous (or this) sentence as its subject
        takes back, the last one of that country named before it: "Sergueï X a reçu Rex Y.
        L'Américain s'est montré inflexible. « … », a-t-il martelé" → Rex Y."""
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        floor = self.sentence_starts[s - 1] if s >= 1 else 0
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        low = max(-1, k - _LOOKBACK)
        while k > low and self.all_names[k].start >= floor:
            d = self._demonym(self.all_names[k])
            if d is not None and d.country is not None and self._subject_like(d, self.sentence_starts, self.cue_ends):
                person = self._named_of_country(d)
                if person is None or not self._compatible(person.name, self._gender(m)):
                    return None
                return d.start, person
            k -= 1
        return None

    def _anaphor_subject_before(self, m: Mention) -> tuple[int, Speaker] | None:
        """The person an anaphor opening the previous (or this) sentence takes back: "Le principal
        intéressé balaie les critiques. « … », a-t-il répondu"."""
        k = bisect.bisect_left(self.anaphor_starts, m.start) - 1
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        floor = self.sentence_starts[s - 1] if s >= 1 else -1
        if k < 0 or self.anaphors[k].start < floor:
            return None
        a = self.anaphors[k]
        if not self._subject_like(a, self.sentence_starts, self.cue_ends):
            return None
        person = self._latest_named(a)
        if person is None or not self._compatible(person.name, self._gender(m)):
            return None
        return a.start, person

    def _field_subject_before(self, m: Mention) -> tuple[int, Speaker] | None:
        """The person a definite description headed by a noun of ``field_nouns`` (``le chercheur``)
        opening the previous sentence, past a connector, takes back: the one last set off with that
        noun in apposition (« Bertrand X, chercheur à la FRS, … »), whoever spoke since: "Le Quai
        d'Orsay a dénoncé… Mais le chercheur doute de leur effet. …, rappelle-t-il" → Bertrand X."""
        if m.kind != "pronoun" or m.number == "pl":
            return None
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if s < 1:
            return None
        lo = self.sentence_starts[s - 1]
        start, noun = self._field_opening(s - 1)
        if not noun:
            return None  # most sentences open with no field noun
        gender = self._gender(m)
        k = bisect.bisect_left(self.all_name_starts, lo) - 1
        while k >= 0:
            n, p = self.all_names[k], self.all_people[k]
            apposed = _APPOSED_WORD.match(self.text, n.end, n.end + _APPOSED_WORD_REACH) if p.kind == "person" else None
            if apposed is not None and fold(apposed.group(1)) == noun:
                if not self._compatible(p.name, gender):
                    return None
                return start, self._speaker_from(p.name, p.entity, "person", self.span(n.start, n.end))
            k -= 1
        return None

    def _set_off_with_field(self, name: str) -> bool:
        """Whether person ``name`` was set off with a noun of ``field_nouns`` in apposition after
        one of their names (« Paul X, chercheur au CNRS »), or introduced by one right before it
        (« le sociologue Paul X »), and given no office by an apposition."""
        known = self._field_set_off.get(name)
        if known is None:
            known = not self._offices_of.get(name) and any(
                p.name == name and (
                    ((a := _APPOSED_WORD.match(self.text, n.end, n.end + _APPOSED_WORD_REACH)) is not None
                     and fold(a.group(1)) in self.field_nouns)
                    or ((b := _HEAD_BEFORE_NAME.search(self.text, max(0, n.start - _APPOSED_WORD_REACH), n.start)) is not None
                        and fold(b.group(1)) in self.field_nouns))
                for n, p in zip(self.all_names, self.all_people, strict=True))
            self._field_set_off[name] = known
        return known

    def _field_opening(self, j: int) -> tuple[int, str]:
        """Where sentence ``j`` opens past a connector and the folded noun of ``field_nouns`` its
        definite description there is headed by (``le chercheur`` → ``chercheur``), else an
        empty noun; read once a sentence (several pronouns may ask about the same one)."""
        known = self._field_openings.get(j)
        if known is None:
            end = self.sentence_starts[j + 1] if j + 1 < len(self.sentence_starts) else len(self.text)
            start = past_connector(self.text, self.sentence_starts[j], end)
            opening = fold(self.text[start : start + _FIELD_OPENING_CHARS])
            det = next((d for d in self.definite if opening.startswith(d if d.endswith("'") else d + " ")), None)
            words = opening[len(det) :].split(None, 1) if det is not None else []
            noun = words[0].rstrip(",;:.!?") if words else ""
            known = self._field_openings[j] = (start, noun if noun in self.field_nouns else "")
        return known

    def _anonymous_spoke_last(self, m: Mention) -> Speaker | None:
        """``Selon une source diplomatique, … « … », confie ce diplomate``: a demonstrative
        description with no earlier one of its head takes back the anonymous source that spoke
        last, in its sentence or the one before, when nobody was named since (the source's
        grammatical gender, ``une source``, says nothing of the person's)."""
        last = self.recent[-1][1] if self.recent else None
        if last is None or last.type != "anonymous" or last.mention is None or last.mention.start >= m.start:
            return None
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        if k >= 0 and self.all_name_starts[k] > last.mention.start:
            return None
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        floor = self.sentence_starts[s - 1] if s >= 1 else 0
        return last if last.mention.start >= floor else None

    def _anonymous_subject_before(self, m: Mention) -> tuple[int, Speaker] | None:
        """The anonymous source a singular pronoun takes back when it is the subject of the
        previous (or this) sentence, genders agreeing: "Un responsable sécuritaire a confirmé
        l'attaque. « … », a-t-il affirmé"; for an inverted pronoun, not one inside the clause it
        reports (past the last closing mark of its sentence)."""
        if m.number == "pl":
            return None
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        floor = self.sentence_starts[s - 1] if s >= 1 else -1
        if s >= 2 and self._opens_with_thing(s - 1):
            floor = self.sentence_starts[s - 2]  # "Un responsable a confirmé l'attaque. L'explosion a fait trois morts."
        ceiling = m.start
        if self._inverted(m):
            ceiling = self._reported_clause_start(self.sentence_starts[s] if s >= 0 else 0, m.start)
        k = bisect.bisect_left(self.anonymous_starts, ceiling) - 1
        while k >= 0 and self.anonymous[k].start >= floor:
            a = self.anonymous[k]
            if self._subject_like(a, self.sentence_starts, self.cue_ends):
                if self._gender(a) not in (None, self._gender(m)):
                    return None
                found, _ = self.speaker(a)
                return (a.start, found) if found is not None and self._compatible(found.name, self._gender(m)) else None
            k -= 1
        return None

    def _topic_before(self, m: Mention) -> Speaker | None:
        """``Quant au Rassemblement national, il a annoncé…``: a subject pronoun right after the
        comma that closes the topic its sentence opens with (a mention after a topic marker)
        takes back that topic, when the genders agree."""
        if m.kind != "pronoun":
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        opening = self.sentence_starts[k] if k >= 0 else 0
        # A bounded window: ``regex`` looks for a pattern's required words up to endpos before
        # it tries the anchored match, and a sentence may run for the whole text.
        marker = self.topic_opening.match(self.text, opening, min(m.start, opening + _OPENING_REACH))
        if marker is None:
            return None
        i = bisect.bisect_left(self.mention_starts, marker.end())
        topic = self.mentions[i] if i < len(self.mentions) and self.mentions[i].start == marker.end() else None
        if topic is None or topic.end >= m.start or self.text[topic.end : m.start].strip(" \u00a0\u202f") != ",":
            return None
        if self._gender(topic) not in (None, self._gender(m)):
            return None
        found, _ = self.speaker(topic)
        return found

    def _reporting_body(self, m: Mention) -> Speaker | None:
        """``La Russie a indiqué qu'elle jugeait le texte « équilibré »``: a singular subject
        pronoun opening a reported clause takes back the state or body that reports it, genders
        agreeing."""
        if m.kind != "pronoun" or m.number == "pl" or self._inverted(m) or self._report is None:
            return None
        start, _, speaker = self._report
        span = speaker.mention
        if m.start != start or speaker.type not in _BODY_TYPES or span is None or span.end > m.start:
            return None
        if _complementizer_before().search(self.text, max(0, m.start - 8), m.start) is None:
            return None  # "Selon l'agence APS, il aurait…": a source's clause, its subject someone else
        said = Mention(span.start, span.end, span.text, "np", head_start=span.start)
        return speaker if self._gender(said) in (None, self._gender(m)) else None

    def _body_subject_before(self, m: Mention, inverted: bool = False) -> Speaker | None:
        """``Le ministère du Travail a contesté… Dans un communiqué, il juge``: a singular subject
        pronoun takes back a body that is the subject of the previous sentence, or of its own
        sentence when it is no subject (``Le ministère a rejeté un texte qui selon lui…``), when
        no person is named from there to the pronoun and the genders agree; an inverted pronoun
        (``a-t-elle justifié``) only when asked, once nobody else can be meant."""
        if m.kind != "pronoun" or m.number == "pl" or (self._inverted(m) and not inverted):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 0:
            return None
        own = self.sentence_starts[k]
        if inverted:  # the words before the quotation, else the sentence before it
            return self._body_subject_from(own, m.start, m) or (
                self._body_subject_from(self.sentence_starts[k - 1], own, m) if k >= 1 else None) or self._body_past_thing(k, m)
        # "Dans un arrêt rendu à l'unanimité de ses neuf juges, elle estime…": a subject pronoun
        # right after the comma closing an adverbial that opens the sentence is its subject.
        subject = self._subject_like(m, self.sentence_starts, self.cue_ends) or after_fronted_frame(
            self.text, past_dateline(self.text, own, m.start), m.start)
        if not subject or _object_relative_before().search(self.text, max(own, m.start - _RELATIVE_REACH), m.start):
            # "La junte rejette ces accusations, qu'elle qualifie de…": a relative's subject
            # pronoun takes back the subject of the sentence it belongs to.
            return self._body_subject_from(own, m.start, m)
        return (self._body_subject_from(self.sentence_starts[k - 1], own, m) if k >= 1 else None) or self._body_past_thing(k, m)

    def _acronym_object_before(self, m: Mention) -> Speaker | None:
        """``… laisse sceptique la Fédération française des constructeurs automobiles (FFCA). Dans
        un communiqué, elle rappelle que …``: a singular subject pronoun takes back the organisation
        spelled out with its acronym in brackets closing the previous sentence, as its verb's object,
        when the genders agree and nobody is named between."""
        if m.kind != "pronoun" or m.number == "pl" or self._inverted(m):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 1:
            return None
        own = self.sentence_starts[k]
        lo = max(self.sentence_starts[k - 1], own - _ACRONYM_REACH)
        close = self.text[lo:own].rstrip(_OPENING_SPACE + ".")
        if not close.endswith(")"):
            return None  # most sentences: no bracket closing them
        gap = _ACRONYM_GAP.search(close)
        if gap is None or not _is_acronym(close[gap.end() : -1].strip(_OPENING_SPACE)):
            return None
        if not self._subject_like(m, self.sentence_starts, self.cue_ends):
            return None
        j = bisect.bisect_left(self.all_name_starts, own)
        if j < len(self.all_names) and self.all_names[j].start < m.start:
            return None  # someone is named since
        hi = lo + close.rfind("(")  # the bracket opening the acronym
        spelled = self._spelled_organisation(self.sentence_starts[k - 1], hi)
        if spelled is None or self.text[spelled.end : hi].strip(_OPENING_SPACE):
            return None
        if self._gender(spelled) not in (None, self._gender(m)):
            return None
        if spelled.after_preposition:
            # "…, relève Paul X, chercheur à l'Institut … (IHEID). Selon lui, …": a body after a
            # preposition, a person named before it in that sentence, is the complement of his
            # role, no verb's object: the pronoun takes back the person.
            i = bisect.bisect_left(self.all_name_starts, self.sentence_starts[k - 1])
            if i < len(self.all_names) and self.all_names[i].start < spelled.start:
                return None
        return self._spelled_speaker(spelled)

    def _body_past_thing(self, k: int, m: Mention) -> Speaker | None:
        """``Le Kremlin a réagi. La crise dure depuis trois mois. Il a estimé…``: past one or two
        sentences opening with a thing of ``thing_nouns`` (which says nothing), the body subject
        of the sentence before them, on the same terms."""
        j = k - 1
        while j >= 1 and k - j <= _THING_SENTENCES:
            if not self._opens_with_thing(j):
                return None
            found = self._body_subject_from(self.sentence_starts[j - 1], self.sentence_starts[j], m)
            if found is not None:
                return found
            j -= 1
        return None

    def _opens_with_thing(self, j: int) -> bool:
        """Whether sentence ``j`` opens with a noun phrase of a thing (``La crise dure…``); read
        once a sentence (many pronouns ask about the same few)."""
        known = self._thing_openings.get(j)
        if known is None:
            start = self.sentence_starts[j]
            end = self.sentence_starts[j + 1] if j + 1 < len(self.sentence_starts) else len(self.text)
            known = self._thing_openings[j] = names_a_thing(" ".join(self.text[start : min(end, start + _THING_REACH)].split(None, 3)[:3]))
        return known

    def _own_body_subject(self, m: Mention) -> Speaker | None:
        """``Le syndicat X ne dit pas autre chose : « … », écrit-il``: an inverted singular pronoun
        takes back the body opening its own sentence before a quotation that a colon introduces there,
        when no person is named from there to the pronoun (a person named in an earlier sentence
        comes second); not a body inside the words reported (``Le gouvernement reste mobilisé,
        a-t-il précisé``)."""
        if m.kind != "pronoun" or m.number == "pl" or not self._inverted(m):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 0:
            return None
        own = self.sentence_starts[k]
        j = bisect.bisect_left(self.quoted, (own, -1))
        if j >= len(self.quoted) or not own < self.quoted[j][0] < m.start:
            return None
        if not self.text[own : self.quoted[j][0]].rstrip(" \u00a0\u202f").endswith(":"):
            return None  # "Berlin restera « ferme », a-t-il prévenu": the body is the reported clause's
        return self._body_subject_from(own, self.quoted[j][0], m)

    def _body_subject_from(self, prev_start: int, own: int, m: Mention, *, any_gender: bool = False) -> Speaker | None:
        """The body subject opening the sentence at ``prev_start`` (which ends at ``own``) that
        ``m`` takes back, when no person is named from there to ``m`` (see _body_subject_before);
        of any gender for a possessive's possessor (``any_gender``)."""
        j = bisect.bisect_left(self.all_name_starts, prev_start)
        while j < len(self.all_names) and self.all_names[j].start < m.start:
            n = self.all_names[j]
            if not n.after_preposition:
                if n.end <= own and self.all_people[j].kind == "organisation" and _is_acronym(n.text):
                    # "L'agence britannique de sécurité maritime UKMTO a fait état… Elle a appelé":
                    # the acronym closing the body's description opening the sentence names it.
                    np = self.body_opening.match(self.text, prev_start, min(n.start, prev_start + _BODY_OPENING_REACH))
                    if np is not None and _LOWER_RUN.fullmatch(self.text, np.end(), n.start) is not None:
                        start = np.end() - len(np.group().lstrip(_OPENING_SPACE))
                        body = Mention(start, np.end(), self.text[start : np.end()], "np", head_start=start)
                        return self.speaker(n)[0] if any_gender or self._gender(body) in (None, self._gender(m)) else None
                if n.end <= own and self.all_people[j].kind == "organisation":
                    return self._organisation_opening(j, prev_start, m, any_gender=any_gender)
                if not (n.end <= own and self._lone_body_noun(n)):
                    return None  # someone is named since: the pronoun's other readings decide
                # "La Cour a rejeté le recours. Elle estime…": a body noun capitalised alone after
                # its article names a body, no person; the subject opening the sentence decides.
            j += 1  # a complement's name (« le ministère du Travail ») is no subject
        # "BERNE, 12 mars (ATS) - Le DFAE…", "16h40 – Le DFAE…": a dateline or a live blog's time is no subject
        prev_start = past_dateline(self.text, prev_start, own)
        i = bisect.bisect_left(self.mention_starts, prev_start)
        if i < len(self.mentions) and self.mentions[i].start < own and self.mentions[i].after_preposition and fold(
                self.text[prev_start : self.mentions[i].start].strip(_OPENING_SPACE)) in _folded_names("source_openers"):
            return None  # "Selon la ministre, Ottawa « … ». Elle a dit…": the subject is in the words reported
        while i < len(self.mentions) and self.mentions[i].start < own and self.mentions[i].after_preposition:
            i += 1  # "A Kiev, l'armée refuse…": a fronted complement is no subject
        b = self.mentions[i] if i < len(self.mentions) and self.mentions[i].start < own else None
        if b is not None and not any_gender and m.number != "pl" and self._chain_from(i) is not None:
            # "…promis par Paris, Berlin et Londres « tarde trop ». Interrogé…, il a répondu": one
            # member of a list is no singular pronoun's antecedent.
            return None
        if b is None or b.kind == "pronoun" or not self._subject_like(b, self.sentence_starts, self.cue_ends):
            # "La direction, elle, propose…": a pronoun stressing the subject before it is none.
            # "Contactée, la direction régionale justifie…": past a fronted participle's aside.
            aside = self._opening_aside(prev_start, own)
            opening = aside.end() if aside is not None else prev_start
            np = self.body_opening.match(self.text, opening, min(own, opening + _BODY_OPENING_REACH))
            if np is None:
                return None
            start = np.end() - len(np.group().lstrip(_OPENING_SPACE))
            b = Mention(start, np.end(), self.text[start : np.end()], "np", head_start=start)
        if _inside(self.quoted, b.start):
            return None  # « Le gouvernement ferait bien… », a-t-il lancé: the quotation's words, no subject
        if not any_gender and self._gender(b) not in (None, self._gender(m)):
            return None
        if not any_gender and m.number != "pl" and (b.number == "pl" or fold(b.text).split(" ", 1)[0] in _plural_determiners()):
            return None  # "Pour X, les Vingt-Sept restent unis. Il a rappelé…": a plural subject is no « il »
        entity = self.registry.get(b.entity_id) if b.entity_id and self.registry is not None else None
        if entity is not None and entity.type not in ("person", "group") and b.kind in ("entity", "metonym", "role"):
            return self._speaker_from(entity.name, entity, entity.type, None)
        if b.kind in ("role", "np") and self._head(b) in self.body_nouns:
            return self._earlier_body(b) or self._spoke_from(b.start) or self._as_written(b, "other")
        if b.kind == "organisation":  # "Le Syndicat des travailleurs du rail (STR) a appelé… il dénonce"
            return self.speaker(b)[0]
        if b.kind == "name" and self._lone_body_noun(b):
            # "La Commission a tranché. Elle juge…": the body noun capitalised alone (its gender the article's).
            article = self._article_before(b.start)
            lead = Mention(b.start - article, b.end, self.text[b.start - article : b.end], "np", head_start=b.start)
            return self.speaker(b)[0] if any_gender or self._gender(lead) in (None, self._gender(m)) else None
        return None

    def _lone_body_noun(self, n: Mention) -> bool:
        """``la Cour``, ``la Commission``, ``le Conseil``: a noun of ``body_nouns`` capitalised
        alone right after its article, the short name of a body (no person: « M. Bureau » has no article)."""
        return fold(n.text) in self.body_nouns and self._article_before(n.start) > 0

    def _organisation_opening(self, j: int, prev_start: int, m: Mention, *, any_gender: bool) -> Speaker | None:
        """``La CLCV a lancé une action de groupe… Elle estime que…``: the organisation's name
        ``all_names[j]`` opening the sentence at ``prev_start`` as its subject, past its article
        only, is what ``m`` takes back, when nobody else is named from there to ``m`` and the
        genders agree (the article's, when there is one)."""
        n = self.all_names[j]
        length = self._article_before(n.start)
        if self.text[past_dateline(self.text, prev_start, n.start) : n.start - length].strip(_OPENING_SPACE):
            return None  # "Selon X, …", "Après l'annonce de X, …": no subject opening the sentence
        if not self._subject_name(j):
            return None
        if j + 1 < len(self.all_names) and self.all_names[j + 1].start < m.start and not self.all_names[j + 1].after_preposition:
            return None  # someone else is named since
        lead = Mention(n.start - length, n.end, self.text[n.start - length : n.end], "np", head_start=n.start)
        if not any_gender and length and self._gender(lead) not in (None, self._gender(m)):
            return None
        return self.speaker(n)[0]

    def _plural_antecedent(self, m: Mention) -> Speaker | None:
        """What a plural pronoun takes back: a plural noun phrase in its own sentence before it,
        else in the previous sentence (``Les syndicats ont rejeté le texte. « … », ont-ils dit``),
        the first one opening the sentence or a clause after a comma, else the last one with a
        definite determiner; neither governed by a preposition; else the group that spoke last.
        An inverted pronoun looks at its own sentence only past a colon: before a postposed
        incise stand the words it reports."""
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        own = self.sentence_starts[k] if k >= 0 else 0
        windows = [(max(own, m.start - _PLURAL_REACH), m.start)]
        if self._inverted(m) and ":" not in self.text[own : m.start]:
            # "Les polyphénols pourraient jouer un rôle, avancent-ils": the words before a postposed
            # incise are what it reports, not who says it (a colon would introduce them).
            windows = []
        if k >= 1:
            windows.append((max(self.sentence_starts[k - 1], own - _PLURAL_REACH), own))
        # "D'après les chercheurs, les enfants sont les plus exposés. Ils soulignent…": the plural
        # phrases of a clause reported by a plural description are what it said; it speaks on.
        report = self._report if (self._report is not None and self._report[1] <= m.start
                                  and _plural_description(self._report[2])) else None
        for lo, hi in windows:
            pair = self._coordinated_subjects(lo, hi)
            if pair is not None:
                return pair
            found = [p for p in plurals.plural_phrases().find(self.text, lo, hi) if not _inside(self.quoted, p.start)
                     and not (report is not None and report[0] <= p.start < report[1])]
            things = [p for p in found if names_a_thing(self.text[p.start : p.end])] if found else []
            if things:
                found = [p for p in found if p not in things]
            subject = next((p for p in found if not p.governed and self._opens_clause(p.start, lo)), None)
            if subject is None:
                # "…, elles remercient les habitants « … ». Elles demandent que…": the same pronoun
                # as the subject of the clause before carries its antecedent on, not an object.
                chained = self._chained_pronoun(m, lo, hi)
                if chained is not None:
                    return chained
            pick = subject or next((p for p in reversed(found) if p.definite and not p.governed), None)
            if pick is not None:
                return self._plural_speaker(pick)
            if things and k >= 2 and hi == own and self._opens_sentence(things[0].start, self.sentence_starts):
                # "Les syndicats ont vu le ministre. Les discussions ont duré trois heures. « … »,
                # ont-ils regretté": talks say nothing; past a sentence they open, the one before.
                windows.append((max(self.sentence_starts[k - 2], lo - _PLURAL_REACH), lo))
        if report is not None and (not windows or report[1] >= windows[-1][0]):
            return report[2]
        if self._inverted(m) and k >= 1:
            # "… signé par X, Y et Z. « … », écrivent-ils": no plural subject before, the people
            # the sentence before lists (after a preposition too) are the group that speaks.
            listed = self._listed_group(max(self.sentence_starts[k - 1], own - _PLURAL_REACH), own)
            if listed is not None:
                return listed
        if not self._inverted(m) and k >= 2:
            # "Les cinq candidats ont rejeté les résultats. « … », a lancé X, l'un d'eux. Dans un
            # communiqué, ils ont réclamé …": a singular speaker's sentences in between, the plural
            # subject opening a sentence a little further back is still what ils takes back.
            opener = self._plural_sentence_subject(k, own)
            if opener is not None:
                return opener
        return next((s for _, s in reversed(self.recent[-_LOOKBACK:]) if s.type == "group"), None)

    def _plural_sentence_subject(self, k: int, own: int) -> Speaker | None:
        """The plural noun phrase opening one of the few sentences (``_PLURAL_BACK_SENTENCES``)
        before the sentence before sentence ``k`` (which starts at ``own``), within reach, the
        latest first: not governed, outside quotation marks, no thing."""
        for j in range(k - 2, max(-1, k - 1 - _PLURAL_BACK_SENTENCES), -1):
            lo, hi = self.sentence_starts[j], self.sentence_starts[j + 1]
            if own - lo > _PLURAL_BACK_REACH:
                return None
            for p in plurals.plural_phrases().find(self.text, lo, hi):
                if p.start > lo + _PLURAL_OPENING_REACH:
                    break
                if (not p.governed and not _inside(self.quoted, p.start) and self._opens_sentence(p.start, self.sentence_starts)
                        and not names_a_thing(self.text[p.start : p.end])):
                    return self._plural_speaker(p)
        return None

    def _listed_group(self, lo: int, hi: int) -> Speaker | None:
        """The group of the last list of speakers (mentions joined by commas and a coordinator, see
        :meth:`_chain_from`) in ``text[lo:hi]``, wherever it stands; each mention tried once."""
        k = bisect.bisect_left(self.mention_starts, lo)
        found: Speaker | None = None
        while k < len(self.mentions) and self.mentions[k].start < hi:
            chain = self._chain_from(k) if self.mentions[k].kind in _NAMING_KINDS else None
            if chain is None or self.mentions[chain[-1]].end > hi:
                k += 1
                continue
            group = self._group_of(k, chain)
            found = group or found
            k = chain[-1] + 1
        return found

    def _chained_pronoun(self, m: Mention, lo: int, hi: int) -> Speaker | None:
        """The antecedent of the last subject pronoun in ``text[lo:hi]`` written as ``m`` is
        (``elles`` before ``Elles``), opening a clause there and not inverted."""
        k = bisect.bisect_left(self.mention_starts, hi) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            p = self.mentions[k]
            if (p.kind == "pronoun" and p.number == "pl" and p.text.casefold() == m.text.casefold()
                    and not self._inverted(p) and not _inside(self.quoted, p.start) and self._opens_clause(p.start, lo)):
                return self.speaker(p)[0]
            k -= 1
        return None

    def _opens_clause(self, pos: int, lo: int) -> bool:
        """Whether ``pos`` opens a sentence, maybe past a connector (``Mais des élus l'accusent``),
        or a clause after a fronted adverbial and its comma (``Dans une tribune publiée mardi,
        une centaine d'économistes…``)."""
        if self._opens_sentence(pos, self.sentence_starts) or self.text[lo:pos].rstrip(" \u00a0\u202f").endswith(","):
            return True
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        lead = _WORDS.findall(self.text, self.sentence_starts[k] if k >= 0 else 0, pos)
        return len(lead) == 1 and lead[0].lower() in clause_connectors()

    def _coordinated_subjects(self, lo: int, hi: int) -> Speaker | None:
        """``La chancelière et le président français se sont entretenus``, ``Paris, Londres et
        Berlin ont appelé``: mentions joined by commas and a last coordinator, opening the
        sentence in ``text[lo:hi]`` (maybe past a fronted adverbial and its comma: ``À Bruxelles,
        X et Y ont fait savoir``), as one group named after them all."""
        k = self._past_fronted_places(bisect.bisect_left(self.mention_starts, lo), hi)
        if k >= len(self.mentions) or not self._opens_clause(self.mentions[k].start, lo):
            return None
        chain = self._chain_from(k)
        if chain is None or self.mentions[chain[-1]].end > hi:
            return None
        return self._group_of(k, chain)

    def _past_fronted_places(self, k: int, hi: int) -> int:
        """The index of the first mention from ``k`` on that no preposition governs (``À
        Bruxelles,| X``), past at most ``_FRONTED_MENTIONS`` of them before ``hi``."""
        for _ in range(_FRONTED_MENTIONS):
            if k >= len(self.mentions) or self.mentions[k].start >= hi or not self.mentions[k].after_preposition:
                break
            k += 1
        return k

    def coordinated(self, m: Mention) -> Speaker | None:
        """The group a subject ``m`` of a plural cue is one member of (``Paris, Londres et Berlin
        ont appelé``, ``ont déclaré la France et l'Allemagne``): mentions joined by commas and a
        last coordinator, none after a preposition; None when ``m`` stands alone."""
        k = bisect.bisect_left(self.mention_starts, m.start)
        while k < len(self.mentions) and self.mentions[k].start == m.start and self.mentions[k].end != m.end:
            k += 1
        if k >= len(self.mentions) or self.mentions[k].start != m.start or m.kind not in _NAMING_KINDS:
            return None
        first = k
        while first > 0:
            # The member before: a role whose complement's mentions come between, else the mention before.
            steps = [(p, self._step(p)) for p in range(first - 1, max(-1, first - 2 - _MEMBER_COMPLEMENT_MENTIONS), -1)]
            back = [p for p, (join, j) in steps if j == first and join is not None]
            if not back:
                break
            first = next((p for p, (join, j) in steps if j == first and join == "unit" and p < first - 1), back[0])
        chain = self._chain_from(first)
        if chain is None or k > chain[-1]:
            return None
        return self._group_of(first, chain)

    def _join(self, a: Mention, b: Mention) -> str | None:
        """How mention ``a`` joins ``b`` in a list of subjects: ``unit`` (a role and the name
        after it, one member), ``comma``, ``and`` (a coordinator), or None."""
        if (a.kind not in _NAMING_KINDS or b.kind not in _NAMING_KINDS or a.after_preposition or b.after_preposition
                or a.parenthetical or b.parenthetical or a.end > b.start or _inside(self.quoted, a.start)):
            return None
        if _UNIT_GAP.fullmatch(self.text, a.end, b.start) is not None:
            return "unit" if a.kind in _ROLE_KINDS else None
        if _COMMA_GAP.fullmatch(self.text, a.end, b.start) is not None:
            return "comma"
        if self.subject_coordinator.fullmatch(self.text, a.end, b.start) is not None:
            return "and"
        if b.kind == "name" and b.start - a.end <= _COUNTERPART_GAP_REACH and _counterpart_gap().fullmatch(self.text, a.end, b.start):
            return "and"  # "Jean-Yves Le Drian et son homologue allemand Heiko Maas ont appelé…"
        if (b.start - a.end <= _POSSESSED_MEMBER_REACH and self.text.find(",", a.end, b.start) >= 0
                and _possessed_member_gap().fullmatch(self.text, a.end, b.start)):
            return "and"  # "la France, ses partenaires européens et le Canada estiment…"
        return None

    def _step(self, i: int) -> tuple[str | None, int]:
        """How ``mentions[i]`` joins the next member of a list of subjects, and that member's index:
        a role, past the mentions of its complement (« la présidente de la Fenvac »; « de la
        région »), then a comma and a name is one member with it (``unit``: « Le maire de Paris,
        Anne X, et la présidente de la région, Valérie Y »); else :meth:`_join` with the next mention."""
        a = self.mentions[i]
        if a.kind in _ROLE_KINDS and not a.after_preposition:
            end, j = a.end, i + 1
            while (j < len(self.mentions) and j - i <= _MEMBER_COMPLEMENT_MENTIONS
                   and self.mentions[j].start - end <= _MEMBER_COMPLEMENT_GAP
                   and self.complement_after.match(self.text, end, self.mentions[j].start) is not None
                   and not regex.search(r"[,.;:!?«»\"]", self.text[end : self.mentions[j].start])):
                end, j = self.mentions[j].end, j + 1
            b = self.mentions[j] if j < len(self.mentions) else None
            if (b is not None and b.kind == "name" and not b.after_preposition and not b.parenthetical
                    and not _inside(self.quoted, a.start)
                    and (_COMMA_GAP.fullmatch(self.text, end, b.start) is not None
                         or (j == i + 1 and self._lower_complement_then_link(a.end, b.start, link=",")))):
                return "unit", j
        if i + 1 >= len(self.mentions):
            return None, i + 1
        b = self.mentions[i + 1]
        comma = _COMMA_GAP.match(self.text, a.end, b.start)
        if (a.kind == "name" and comma is not None and self._join(a, b) is None
                and self.subject_coordinator.fullmatch(self.text, comma.end() - 1, b.start) is not None
                and b.kind in _NAMING_KINDS and not b.after_preposition and not _inside(self.quoted, a.start)):
            return "and", i + 1  # « …, Anne X, et la présidente… »: the comma closes an apposition
        return self._join(a, b), i + 1

    def _chain_from(self, k: int) -> list[int] | None:
        """The indices of the mentions of a list of subjects opening at ``mentions[k]``: members
        joined by commas, the last two by a coordinator; each member's last mention (a role
        then its name is one member); None without a coordinator."""
        members = [k]
        i = k
        closed = False
        while i + 1 < len(self.mentions):
            join, j = self._step(i)
            if join is None or (closed and join != "unit"):
                break
            if join == "unit":
                members[-1] = j
            else:
                members.append(j)
                closed = join == "and"
            i = j
        return members if closed and len(members) >= 2 else None

    def _group_of(self, first: int, chain: Sequence[int]) -> Speaker | None:
        """The group of a list of subjects whose members ``chain`` gives (see :meth:`_chain_from`),
        the first opening at ``mentions[first]``: named after its first member (whichever of them
        is meant, the words are all of theirs), by the whole list; None when fewer than two
        distinct speakers are found (an apposition, « le ministre, Marc X »)."""
        members: list[Speaker] = []
        end = self.mentions[chain[-1]].end
        for i in chain:
            found = self.speaker(self.mentions[i])[0]
            if found is None:
                return None
            if i == first and self.mentions[i].kind == "group" and not found.members:
                continue  # "les deux ministres, X et Y": the names after the group are its members
            if all(found.name != m.name for m in members):
                members.append(found)
            # "… et la présidente de la Commission": the last member's words run past its
            # mention to the complement its speaker is named with.
            if i == chain[-1] and found.mention is not None and found.mention.start <= self.mentions[i].start < found.mention.end:
                end = max(end, found.mention.end)
        if len(members) < 2:
            return None
        span = self.span(self.mentions[first].start, end)
        return self._made_speaker(members[0].name, None, "group", None, None, span, tuple(m.name for m in members))

    def _plural_speaker(self, p: plurals.PluralPhrase) -> Speaker:
        """The speaker a plural noun phrase names: what a mention opening it (right after its
        determiner at most) resolves to, else the words as written (a group)."""
        k = bisect.bisect_left(self.mention_starts, p.start)
        if k < len(self.mentions) and self.mentions[k].start <= p.head and self.mentions[k].kind in _NAMING_KINDS:
            found, _ = self.speaker(self.mentions[k])
            if found is not None:
                return found
        span = self.span(p.start, p.end)
        return self._made_speaker(self._strip_det_as_written(span.text), None, "group", None, None, span)

    def _named_of_country(self, r: Mention, *, since: str | None = None) -> Speaker | None:
        """The last person named before ``r`` whom the registry gives ``r``'s country (named after
        the person ``since`` last was, when given)."""
        k = bisect.bisect_left(self.all_name_starts, r.start) - 1
        floor = k - _LOOKBACK
        while k >= 0 and k > floor:
            p = self.all_people[k]
            if p.name == since:
                return None
            if p.kind == "person" and (getattr(p.entity, "country", None) or self._bound_country(p.name)) == r.country:
                return self._speaker_from(p.name, p.entity, "person", None)
            k -= 1
        return None

    def _national_holder_over(self, prev: Speaker, m: Mention) -> Speaker:
        """« Le Premier ministre slovène Janez X a reçu Manfred Y. « … », a déclaré Manfred Y. Le
        dirigeant slovène a assuré… »: the latest person an apposition or the registry gives the
        country of the role ``m``, rather than ``prev``, of no known country, when nothing bars
        that person from the office (a gender, another office)."""
        named = self._named_of_country(m)
        if (named is None or named.name == prev.name or not self._compatible(named.name, self._gender(m))
                or self._holds_other_office(named, m)):
            return prev
        return named

    def _bare_counterpart(self, m: Mention) -> bool:
        """Whether ``m`` is a possessive and a noun of ``counterpart_nouns`` in ``names.json``
        alone (``son homologue``), the counterpart of someone the text has named."""
        words = fold(m.text).split()
        return (len(words) == 2 and words[0] in _folded_names("possessives")
                and words[1] in _folded_names("counterpart_nouns"))

    def _named_not_last_speaker(self, m: Mention) -> Speaker | None:
        """The last person named before ``m`` (within _LOOKBACK names) who is not the last speaker."""
        last = self.recent[-1][1].name if self.recent else None
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        floor = k - _LOOKBACK
        while k >= 0 and k > floor:
            p = self.all_people[k]
            if p.kind == "person" and p.name != last:
                return self._speaker_from(p.name, p.entity, "person", None)
            k -= 1
        return None

    def _named_together(self, a: str, b: str, before: int) -> bool:
        """Whether the people ``a`` and ``b`` were last named before ``before`` in one sentence
        (« Le ministre belge Paul X a reçu son homologue allemand Karl Y »)."""
        k = bisect.bisect_left(self.all_name_starts, before) - 1
        floor = k - _LOOKBACK
        last: dict[str, int] = {}
        while k >= 0 and k > floor and len(last) < 2:
            name = self.all_people[k].name
            if name in (a, b) and name not in last:
                last[name] = self._start_of_sentence(self.all_names[k].start)
            k -= 1
        return len(last) == 2 and last[a] == last[b]

    def _named_not_of_other_country(self, r: Mention) -> Speaker | None:
        """The last person named before ``r`` (no preposition governing the name) whom neither the
        registry nor an apposition gives another country than ``r``'s."""
        k = bisect.bisect_left(self.all_name_starts, r.start) - 1
        floor = k - _LOOKBACK
        gender = self._gender(r)
        while k >= 0 and k > floor:
            p = self.all_people[k]
            if (p.kind == "person" and not self.all_names[k].after_preposition and self._compatible(p.name, gender)
                    and self._country_agrees(p.name, p.entity, r.country)):
                return self._speaker_from(p.name, p.entity, "person", None)
            k -= 1
        return None

    def _inverted(self, m: Mention) -> bool:
        """A pronoun inverted after its verb (a-t-il dit)."""
        return m.kind == "pronoun" and m.start > 0 and self.text[m.start - 1] == "-"

    def _opens_sentence(self, pos: int, sentence_starts: Sequence[int]) -> bool:
        """Whether only spaces and punctuation stand between the sentence start and ``pos``, past
        a dateline opening it (``BRUXELLES, 23 mars 2018 - Les Vingt-Sept ont adopté…``)."""
        k = bisect.bisect_right(sentence_starts, pos) - 1
        start = sentence_starts[k] if k >= 0 else 0
        if not _WORDS.search(self.text, start, pos):
            return True
        lead = past_dateline(self.text, start, pos)
        return lead > start and not _WORDS.search(self.text, lead, pos)

    def _reported_clause_start(self, own: int, end: int) -> int:
        """Where the clause an inverted incise at ``end`` reports starts in its sentence (opening at
        ``own``): past the last closing mark, else past a colon of the writer's after it (``Le
        ministre a défendu sa stratégie : la doctrine a évolué, a-t-il plaidé``), else ``own``."""
        mark = _LAST_CLOSING_MARK.search(self.text, own, end)
        clause = mark.end() if mark is not None else own
        colon = self.text.rfind(":", clause, end)
        return colon + 1 if colon >= 0 else clause

    def _role_subject_before(self, m: Mention) -> tuple[int, Speaker] | None:
        """The person a role opening the previous (or this) sentence names, by an apposition or
        as the last person of its country: "Le dirigeant américain s'en est pris… « … », a-t-il dit"."""
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        floor = self.sentence_starts[s - 1] if s >= 1 else -1  # a role older than the previous sentence is not taken
        if s >= 2 and self._opens_with_thing(s - 1):
            floor = self.sentence_starts[s - 2]  # "La chancelière est arrivée. La crise dure. « … », a-t-elle dit"
        floor = max(floor, m.start - _ROLE_SUBJECT_REACH)  # one endless sentence: the walks below stay bounded
        k = bisect.bisect_left(self.role_starts, m.start) - 1
        if self._inverted(m):
            # "Une mère dont le fils est détenu attend…, explique-t-il": the reported clause's
            # words, past the last closing mark of the pronoun's sentence, name no antecedent.
            clause = self._reported_clause_start(self.sentence_starts[s] if s >= 0 else 0, m.start)
            while k >= 0 and self.roles[k].start >= max(floor, clause):
                k -= 1
        # "Le père a dénoncé l'inaction des autorités. « … », a-t-il dit": a body in the
        # sentence (a complement, or a subject the body rules take) is no person's role.
        while k >= 0 and self.roles[k].start >= floor and not self._subject_person_role(k):
            k -= 1
        if k < 0 or self.roles[k].start < floor:
            return None
        # "Le juge a entendu le père de la victime": the role opening the sentence is its
        # subject, one after it an object.
        opening = self.sentence_starts[bisect.bisect_right(self.sentence_starts, self.roles[k].start) - 1] if self.sentence_starts else 0
        # "Le porte-parole … a indiqué que la chancelière … et qu'elle avait plaidé…": a role of
        # the other gender opening the sentence leaves the pronoun the one of its own after it.
        gender = self._gender(m)
        j = k - 1
        while j >= 0 and self.roles[j].start >= max(floor, opening):
            if self._subject_person_role(j) and (gender is None or self._gender(self.roles[j]) in (None, gender)):
                k = j
            j -= 1
        while k > 0 and self._apposed_roles(self.roles[k - 1], self.roles[k]):
            k -= 1  # "Le Premier ministre néerlandais, chef de file des libéraux, a réagi": the first
        r = self.roles[k]
        person = self._entry_speaker(r) or self._bound(r)
        if person is None and (held := self._holder_entity(r)) is not None:
            person = self._named_instead_of_holder(r, held) or self._speaker_from(held.name, held, "person", self.span(r.start, r.end))
        if person is None and r.country is not None:
            person = next((sp for _, sp in reversed(self.recent[-_LOOKBACK:])
                           if sp.type == "person" and sp.country == r.country), None) or self._named_of_country(r)
        if person is None and self._is_person_role(r) and (gender is None or self._gender(r) in (None, gender)):
            # "Emmanuel X et Angela Y… La chancelière s'est montrée prudente. « … », a-t-elle dit":
            # the person named before whom the registry gives the office, as for the role itself.
            person = self._role_holder_named_before(r) or self._role_taken_back(r)
        if (person is None and r.role is not None and self._noun_role(r.role) and self._is_role_like(r)
                and (gender is None or self._gender(r) in (None, gender))):
            # "Carla X et Nicolas Y forment un couple… Invitée de l'émission, la chanteuse est revenue…
            # « … », a-t-elle raconté": a profession bound by its noun takes back the person a pronoun in
            # its place would, named as subject, as it does when it is the cue's own subject; never
            # the one who spoke last when a stressed pronoun sets it apart (« … », confie Léa X. La
            # cinéaste, elle, … is someone else; « … », a réagi Paul X. Le syndicaliste a appelé… is him).
            person = self._known_antecedent(r)
            if person is not None and self.recent and self.recent[-1][1].name == person.name and self._stressed_after(r):
                person = None
        if person is None and self._former(r) and (gender is None or self._gender(r) in (None, gender)):
            # "Nicolas X revient sur… En 2018, l'ancien ministre avait annoncé… « … », avait-il déclaré":
            # a former office nobody was given takes back the person named as subject before it.
            named = self._last_subject_name(r)
            person = named[1] if named is not None else None
        if person is None and (gender is None or self._gender(r) in (None, gender)):
            person = self._sole_holder_named(r)
        if person is None and self._is_person_role(r) and (gender is None or self._gender(r) in (None, gender)):
            # "Le président du Conseil européen s'est montré conciliant. « … », a-t-il déclaré":
            # nobody known holds the role; the description itself speaks.
            person = self._as_written(r, "other")
            self.written.setdefault(person.name, self._gender(r))
        if person is None or not self._compatible(person.name, gender):
            return None
        return r.start, person

    def _role_holder_named_before(self, r: Mention) -> Speaker | None:
        """:meth:`_holder_named_before` for a role a pronoun takes back, looked for one level deep
        only: the antecedent of that role never goes on from role to earlier role (linear, bounded)."""
        if self._holder_lookup:
            return None
        self._holder_lookup = True
        try:
            return self._holder_named_before(r)
        finally:
            self._holder_lookup = False

    def _subject_person_role(self, k: int) -> bool:
        """Whether ``roles[k]`` is a person's role in subject position (one the registry binds to
        a person too, when it opens its sentence: « Le Premier ministre italien a promis… »)."""
        r = self.roles[k]
        if not self._subject_role(k):
            return False
        if self._is_person_role(r):
            return True
        if self._holder_entity(r) is None:
            return False
        lo = self._start_of_sentence(r.start)
        return not self.text[past_dateline(self.text, lo, r.start):r.start].strip()

    def _named_instead_of_holder(self, r: Mention, held: Entity) -> Speaker | None:
        """« Dmitri X a fait le reste. L'ambassadeur russe à l'ONU a justifié… « … », a-t-il
        lancé »: a role opening its sentence right after one whose subject is a person the registry
        does not know, given no office and no other country, describes that person, not the
        registry's holder of the office, whom the text never names."""
        if any(a in self.text for a in (held.name, *held.aliases)):
            return None  # the holder is named: the usual rules decide
        s = bisect.bisect_right(self.sentence_starts, r.start) - 1
        if s < 1 or self.text[self.sentence_starts[s] : r.start].strip():
            return None
        named = self._last_subject_name(r)
        if named is None or named[0] < self.sentence_starts[s - 1]:
            return None
        p = named[1]
        if p.entity_id is not None or p.name in self._offices_of or self._known_country(p) not in (None, r.country):
            return None
        return p

    def _holder_entity(self, m: Mention) -> Entity | None:
        """The person the registry binds role ``m`` to (its office's only holder, or the one of
        the year the article is dated by), else ``None``."""
        if m.kind != "role" or not m.entity_id or self.registry is None:
            return None
        ent = self.registry.get(m.entity_id)
        return ent if ent is not None and ent.type == "person" else None

    def _role_taken_back(self, r: Mention) -> Speaker | None:
        """The person who spoke last, whom the bare role ``r`` opening a sentence takes back
        (« … », explique X. Le romancier, qui vit à Paris, dit… « … », ajoute-t-il: X); never
        someone who holds another office: only a role no other office excludes (or one the
        registry gives that person: « …, a martelé Volodymyr Zelensky. Le chef de l'État a
        salué… »), neither a former one nor a profession bound by its noun (``by_noun``: « la
        cinéaste » is not the actress who spoke last)."""
        exclusive = getattr(self.registry, "is_exclusive_role", None)
        if not r.role or self._former(r) or (self._noun_role(r.role) and not self._speaker_back(r.role)) or not self._is_role_like(r):
            return None
        prev = self._last(person_only=True, gender=self._gender(r), strict=True)
        if prev is None or prev.type != "person" or self._holds_other_office(prev, r):
            return None
        if callable(exclusive) and exclusive(r.role) and not self._registry_holds(prev, r.role):
            return None
        return prev

    def _stressed_after(self, r: Mention) -> bool:
        """Whether a pronoun set off by commas follows ``r`` (« La cinéaste, elle, reste discrète »):
        the stress that sets its subject against the one who spoke last."""
        k = bisect.bisect_left(self.mention_starts, r.end)
        return (k < len(self.mentions) and self.mentions[k].kind == "pronoun" and self.mentions[k].parenthetical
                and self.text[r.end : self.mentions[k].start].strip() == ",")

    def _contrasted(self, m: Mention) -> bool:
        """Whether a contrast marker or a stressed pronoun follows the subject ``m`` in its clause
        (« Le procureur a pour sa part estimé que… », « L'avocat général a jugé au contraire
        que… », « Le procureur, lui, … »): it sets ``m`` against the one who spoke last."""
        return self._stressed_after(m) or _contrast_after().match(self.text, m.end, m.end + 80) is not None

    def _apposed_roles(self, first: Mention, second: Mention) -> bool:
        """Whether ``second`` is an apposition of ``first``: only a comma between them."""
        return self.text[first.end : second.start].strip(" \u00a0") == ","

    def _focus(self, m: Mention) -> Speaker | None:
        """Who the discourse is about at ``m``: the later of the last quote's speaker (a
        person or a body) and the last person named in subject position."""
        answerer = self._answerer(m)
        if answerer is not None:
            return answerer
        person = self._antecedent(m)
        last = next(((at, s) for at, s in reversed(self.recent[-_LOOKBACK:]) if s.type != "group"), None)
        if (since := self._live_entry_start(m.start)) > 0:
            # "10 h 40. … a déclaré ce dernier. ⏎ 10 h 15. « … »": a live page's entry is a post of
            # its own; who spoke in another one is no focus of this one.
            last = last if last is not None and last[0] >= since else None
            person = person if person is None or person.mention is None or person.mention.start >= since else None
        if last is None or (person is not None and person.type == "person" and last[1].name == person.name):
            return person
        if person is None:
            return last[1]
        named_at = person.mention.start if person.mention is not None else -1
        # "« … », a lancé X en ouvrant la réunion à Lancaster House. « … »": a name after the
        # last speaker in the sentence of their incise completes it; the speaker stays in focus.
        same_sentence = bisect.bisect_right(self.sentence_starts, named_at) == bisect.bisect_right(self.sentence_starts, last[0])
        return last[1] if last[0] >= named_at or same_sentence else person

    def _answerer(self, m: Mention) -> Speaker | None:
        """An interview's answer in marks opening its paragraph right after a question (a
        paragraph ending with ``?``) that follows another answer in marks: the interviewer asks,
        so whom the question names or quotes (« Le président a salué une « réussite ». Est-ce
        mérité ? ») never answers; the speaker of the answer before the question does."""
        if self._breaks is None:
            self._breaks = [start for start, _ in paragraphs(self.text)]
        k = bisect.bisect_right(self._breaks, m.start) - 1
        if k < 2 or self.text[self._breaks[k] : m.start].strip() not in _OPENING_MARK_TEXTS:
            return None
        ask, answered = self._breaks[k - 1], self._breaks[k - 2]
        if (self.text[ask : self._breaks[k]].rstrip()[-1:] != "?"
                or self.text[answered : ask].rstrip()[-1:] not in _CLOSING_MARK_TEXTS
                or self.text[answered : answered + 1] not in _OPENING_MARK_TEXTS):
            return None
        return next((s for at, s in reversed(self.recent[-_LOOKBACK:]) if answered <= at <= ask and s.type != "group"), None)

    def _only_person_in_previous_sentence(self, m: Mention) -> Speaker | None:
        """The one person named earlier in the pronoun's own sentence ("La visite de Luigi Di
        Maio, où il a lancé que…"), else, when it names nobody before it, the one person the
        previous sentence names ("Geert Bourgeois plaide… Afin d'éviter le chaos, a-t-il estimé")."""
        if m.number == "pl":
            return None  # "Claire X a parlé. À les écouter, …": a plural pronoun takes back no one person
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        own = self.sentence_starts[k] if k >= 0 else 0
        j = bisect.bisect_left(self.all_name_starts, own)
        # "Interrogé par Patrick Cohen, il assure": the agent of a fronted participle is not who
        # the pronoun is, nor what "À propos de Jean X, il…" is about; the sentence names nobody else before it.
        # (Asked only when the sentence names someone before the pronoun: most pronouns open theirs.)
        if (j < len(self.all_names) and self.all_names[j].start < m.start
                and self._opening_aside(own, m.start, whole=True) is None):
            # Only for a subject pronoun: for an inverted one (« … », a-t-il dit) or a quote
            # without a cue, what the sentence names before is the reported content.
            if m.kind == "pronoun" and self._inverted(m) and self._speech_owner_opens(own, self.all_names[j]):
                # "La réponse de Marie X a été claire : « … », a-t-elle dit": the owner of the
                # words the sentence opens on is no content, but who the pronoun takes back.
                return self._only_person_between(own, m.start, m)
            return None if m.kind != "pronoun" or self._inverted(m) else self._only_person_between(own, m.start, m)
        if k < 1:
            return None
        # "Interpellé par Olivier X sur…, le ministre a assuré… « … », a-t-il insisté": the names of
        # the previous sentence's opening aside are not its subject.
        prev = self.sentence_starts[k - 1]
        aside = self._opening_aside(prev, own)
        return self._only_person_between(aside.end() if aside is not None else prev, own, m)

    def _speech_owner_opens(self, own: int, n: Mention) -> bool:
        """Whether the sentence at ``own`` opens on a determiner, a noun of speech and the
        complement link before ``n`` (``La réponse de Marie X``, ``Le message du ministre``)."""
        if n.start - own > _SPEECH_OWNER_REACH:
            return False
        owner = _speech_owner_before().search(self.text, own, n.start)
        if owner is None:
            return False
        lead = self.text[own : owner.start()].strip(_OPENING_PUNCT).lower()
        return lead in self.definite or (lead[-1:] in "'’" and lead[:-1] + "'" in self.definite)

    def _only_person_between(self, lo: int, hi: int, m: Mention) -> Speaker | None:
        """The one person named in ``[lo, hi)``, when their gender agrees with ``m``."""
        people: dict[str, tuple[Mention, _Person]] = {}  # the last naming of each person
        i = bisect.bisect_left(self.all_name_starts, lo)
        while i < len(self.all_names) and self.all_names[i].start < hi:
            n, p = self.all_names[i], self.all_people[i]
            if p.kind == "person" and not self._reported_name(n, p.name, m):
                people[p.name] = (n, p)
            i += 1
        if len(people) != 1:
            return None
        ((n, p),) = people.values()
        if (not self._compatible(p.name, self._gender(m)) or not self._country_agrees(p.name, p.entity, m.country)
                or self._completes_role(n, lo)):
            return None
        if self._apposed_to_governed_role(n) and self._role_after_comma(n.end, hi, m):
            # "Interrogé par le président de la commission, Philippe X, sur…, le haut fonctionnaire
            # a expliqué": the name set off after a governed role is a complement; the role after it is the subject.
            return None
        if self._apposed_to_governed_team_noun(n, self._start_of_sentence(n.start)):
            # "Interrogé sur l'état de santé de son capitaine, Yanis X, …, le technicien a…": the
            # name set off after a team noun in the fronted aside is its apposition, no subject.
            return None
        if n.after_preposition and any(lo <= at < hi and s.name != p.name for at, s in reversed(self.recent[-_LOOKBACK:])):
            # "Une amie de Léa affirme que… « … », dit-elle": a name a preposition governs in a
            # sentence someone else spoke in is not who the pronoun takes back.
            return None
        if self._governed_with_title(n, lo) and any(
                s.name != p.name and s.mention is not None and s.mention.start <= n.start < s.mention.end
                for _, s in reversed(self.recent[-_LOOKBACK:])):
            # "…, se réjouit un conseiller du président X. D'après lui, …": nor a name glued to a
            # title a preposition governs, inside the description of someone else who spoke.
            return None
        if self._anonymous_spoke_before(lo, n.start, m) or self._source_spoke_before(lo, n.start, m):
            # "Un diplomate européen a jugé que X « … ». « … », a-t-il ajouté": the one person the
            # sentence names is what the anonymous source spoke about, the source its subject.
            return None
        if institutions.after_head(self.text, n.start) and self._role_subject_between(lo, n.start, m):
            # "Un syndicaliste, croisé devant l'usine Stellantis, partage ce constat. Il raconte…":
            # the name of a place or a body after a person's role opening the sentence is no
            # subject; the role is.
            return None
        described = _described_subject().match(self.text, lo, n.start)
        if described is not None and described.end() <= n.start:
            # "Le communiste s'en prend aussi à Bruno X. Selon lui, …": a role adjective standing
            # as a noun is the subject, the name after its verb an object, not whom "lui" takes back.
            return None
        if self._national_subject_before(lo, n) or self._object_after_subject(lo, n, m):
            # "Le Slovène a lâché Jonas X. « … », a expliqué le maillot jaune": the object named
            # after a nationality noun (or a person's role, a pronoun) as subject is not who the
            # sentence is about.
            # "Le Slovène a lâché Jonas X. « … », a expliqué le maillot jaune": the object named
            # after a nationality noun (or a person's role) as subject is not who the sentence is about.
            return None
        return self._speaker_from(p.name, p.entity, "person", self.span(n.start, n.end))

    def _start_of_sentence(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        s = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[s] if s >= 0 else 0

    def _object_after_subject(self, lo: int, n: Mention, m: Mention | None = None) -> bool:
        """Whether the name ``n`` is the object of a verb whose subject stands in ``[lo, n.start)``:
        a person's role in subject position or a singular personal pronoun, of a known gender (the
        same as ``m``'s, if given), with a verb between it and the name, past the role's own
        complement (« le gouverneur du Minnesota Tim X » is no verb): an auxiliary's finite form, a
        negation, a reflexive (« Le ministre a rencontré son homologue chinois, Wang Yi »), or words
        with no comma (an apposition: « Le président colombien, Ivan X ») nor coordinator (a second
        subject: « Le ministre et Jean X »): « Le président colombien accuse Nicolás X… »."""
        gender = None if m is None else self._gender(m)
        k = bisect.bisect_left(self.role_starts, n.start) - 1
        while k >= 0 and self.roles[k].start >= lo:
            r = self.roles[k]
            if r.end <= n.start and (g := self._gender(r)) is not None and (m is None or g == gender) \
                    and self._subject_person_role(k):
                break
            k -= 1
        role = self.roles[k] if k >= 0 and self.roles[k].start >= lo else None
        k = bisect.bisect_left(self.subject_pronoun_starts, n.start) - 1
        while k >= 0 and self.subject_pronouns[k].start >= lo:
            p = self.subject_pronouns[k]
            if (m is None or p.gender == gender) and self._subject_like(p, self.sentence_starts, self.cue_ends):
                break
            k -= 1
        pronoun = self.subject_pronouns[k] if k >= 0 and self.subject_pronouns[k].start >= lo else None
        if role is None and pronoun is None and gender is not None and self._object_of_named_subject(lo, n, gender):
            return True
        if pronoun is not None and (role is None or pronoun.start > role.start):
            return self._verb_between(pronoun.end, pronoun.end, n.start) or self._verb_right_after(pronoun.end, n.start)
        if role is None:
            return False
        # the role's own complement is no verb, nor its leaning or compound nationality
        # (« le militant d'extrême droite suédo-danois Rasmus X »)
        end = self._past_epithets(role.end, n.start)
        while (tail := self._complement_at(end)) is not None and tail.end() > end:
            end = tail.end()
        party = self._party_after(end, n.start)
        if party is not None:
            # "la députée LFI de Seine-Saint-Denis Léa X": a party glued to the role qualifies it,
            # and its seat after it completes it; no verb.
            end = party
            while (tail := self._complement_at(end)) is not None and tail.end() > end:
                end = tail.end()
        return end < n.start and self._verb_between(role.end, end, n.start)

    def _past_epithets(self, end: int, hi: int) -> int:
        """Past the leanings and compound nationality adjectives (:func:`_epithet_after_role`)
        glued after a role's words at ``end``, before ``hi``."""
        country_of = getattr(self.registry, "country_of_adjective", None)
        for _ in range(_ROLE_EPITHETS):
            e = _epithet_after_role().match(self.text, end, hi)
            if e is None or (e.group("adj") is not None and (country_of is None or country_of(e.group("adj")) is None)):
                break
            end = e.end()
        return end

    def _party_after(self, end: int, hi: int) -> int | None:
        """Where an organisation the registry knows, glued after ``end`` (a role's words) and
        ending before ``hi``, ends (« la députée LFI », « le sénateur Les Républicains »); else None."""
        start = end + (len(self.text[end:hi]) - len(self.text[end:hi].lstrip(" \u00a0")))
        if start >= hi or not self.text[start].isupper():
            return None  # the cheap test: a capital right after the role's words
        k = bisect.bisect_left(self.mention_starts, start)
        if k >= len(self.mentions) or self.mentions[k].start != start or self.mentions[k].end > hi:
            return None
        b = self.mentions[k]
        entity = self.registry.get(b.entity_id) if self.registry is not None and b.kind == "entity" and b.entity_id else None
        return b.end if getattr(entity, "type", None) == "organisation" else None

    def _award_winner(self, m: Mention) -> Speaker | None:
        """``Le prix a été attribué mercredi à Hélène X. « … », a déclaré la présidente du jury,
        Marguerite Y. … la lauréate dit…``: a noun of ``award_nouns`` takes back the person last
        named as the prize's recipient, of its gender, not whoever was named or spoke since."""
        if self._head(m) not in _award_nouns():
            return None  # the cheap test: the description's noun
        before, after = _award_patterns()
        gender = self._gender(m)
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        for i in range(k, max(-1, k - _LOOKBACK), -1):
            n, p = self.all_names[i], self.all_people[i]
            if p.kind != "person" or not self._compatible(p.name, gender):
                continue
            if (before.search(self.text, max(0, n.start - _AWARD_REACH), n.start) is not None
                    or after.match(self.text, n.end) is not None):
                return self._speaker_from(p.name, p.entity, "person", self.span(n.start, n.end))
        return None

    def _object_of_named_subject(self, lo: int, n: Mention, gender: str) -> bool:
        """Whether the name ``n`` comes after a verb whose subject is a person named before it in
        ``[lo, n.start)``, in subject position, of the pronoun's known ``gender``: « Sophie X a
        battu Chen Y. « … », a-t-elle dit » (Chen Y is no subject the pronoun takes back)."""
        k = bisect.bisect_left(self.all_name_starts, n.start) - 1
        if k < 0 or self.all_names[k].start < lo or self.all_names[k].end > n.start:
            return False  # the cheap test: another name before it in its sentence
        p = self.all_people[k]
        if p.kind != "person" or p.name == self.all_people[k + 1].name:
            return False
        known = self._known_gender(p.name)
        if known != gender:
            return False
        first = self.all_names[k]
        return self._subject_name(k) and self._verb_between(first.end, first.end, n.start)

    def _verb_word_after(self, end: int) -> bool:
        """Whether a space and a word that only stands in a verb group (an auxiliary's finite
        form, a negation, a reflexive) follow a mention ending at ``end``: « l'actrice a prolongé »,
        the mention is that verb's subject, no apposition of the name before its comma."""
        return self.text[end : end + 1] in (" ", "\u00a0") and end + 1 < len(self.text) \
            and _VERB_WORD.match(self.text, end + 1) is not None

    def _verb_right_after(self, start: int, name_start: int) -> bool:
        """Whether a subject pronoun ending at ``start`` has its verb right after it (a lower-case
        word, no comma between), with no coordinator before the name at ``name_start``: « Elle
        affrontera jeudi, en soirée, l'Américaine Kayla X » (the commas of an adverbial after the
        verb make no apposition)."""
        text = self.text
        return (start + 1 < name_start and text[start] in " \u00a0" and text[start + 1].islower()
                and self.subject_coordinator.search(text, start, name_start) is None)

    def _verb_between(self, start: int, end: int, name_start: int) -> bool:
        """Whether a verb stands between a subject ending at ``start`` (its complement at ``end``)
        and a name at ``name_start``: a verb word, or words with neither comma nor coordinator."""
        if _VERB_WORD.search(self.text, end, name_start) is not None:
            return True
        gap = self.text[end:name_start]
        return ("," not in gap and any(map(str.isalpha, gap))
                and self.subject_coordinator.search(self.text, start, name_start) is None)

    def _announcer(self, m: Mention) -> Speaker | None:
        """``Luigi X a répliqué sèchement. « … », a assuré le chef du M5S``: the person named as the
        subject of a cue that ends the sentence before the quotation ``m`` gives (nothing reported
        after it, two words at most), when a pronoun in ``m``'s place takes them back."""
        s = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if s < 1:
            return None
        own, prev = self.sentence_starts[s], self.sentence_starts[s - 1]
        opening = _OPENING_MARK.match(self.text, own, m.start)
        j = bisect.bisect_right(self.cue_ends, own) - 1
        if opening is None or j < 0 or self.cue_ends[j] <= prev:
            return None
        end = self.cue_ends[j]
        if not self.text[end:own].rstrip().endswith(".") or _more_words(self.text, end, own, 2):
            return None
        person = self._antecedent(m)
        if person is None or person.type != "person" or person.mention is None or not prev <= person.mention.start < end:
            return None
        return person

    def _anonymous_spoke_before(self, lo: int, hi: int, m: Mention) -> bool:
        """Whether the last speaker is an anonymous source (``un diplomate européen``) in subject
        position in ``[lo, hi)``, of a gender agreeing with ``m``'s."""
        last = self.recent[-1][1] if self.recent else None
        a = last.mention if last is not None and last.type == "anonymous" else None
        if a is None or not lo <= a.start < hi:
            return False
        k = bisect.bisect_left(self.anonymous_starts, a.start)
        if k >= len(self.anonymous) or self.anonymous[k].start != a.start:
            return False
        found = self.anonymous[k]
        return (self._subject_like(found, self.sentence_starts, self.cue_ends)
                and self._gender(found) in (None, self._gender(m)))

    def _source_spoke_before(self, lo: int, hi: int, m: Mention) -> bool:
        """Whether the last speaker, an anonymous source described with an indefinite determiner,
        is the source of a prepositional cue opening its sentence in ``[lo, hi)`` (``Selon un
        ancien conseiller, X aurait exigé que …``), of a gender agreeing with ``m``'s: X is whom
        the source spoke about."""
        last = self.recent[-1][1] if self.recent else None
        a = last.mention if last is not None and last.type in ("anonymous", "other") else None
        if a is None or not lo <= a.start < hi or fold(a.text).split(" ", 1)[0] not in self.indefinite_determiners:
            return False  # an indefinite description is an anonymous source; « le journal » is not
        if not self._fronted_source(a):
            return False
        return self._gender_of(a.text, False, True) in (None, self._gender(m))

    def _fronted_source(self, a: Any) -> bool:
        """Whether ``a`` is the source of a prepositional cue opening its sentence (``Selon un
        ancien conseiller, …``): it speaks the clause after, as a subject would."""
        k = bisect.bisect_right(self.sentence_starts, a.start) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        lead = self.text[lo : a.start]
        start = lo + len(lead) - len(lead.lstrip())
        return start in self.cue_starts and len(lead.split()) <= _FRONTED_CUE_WORDS

    def _role_subject_between(self, lo: int, hi: int, m: Mention) -> bool:
        """Whether a person's role in subject position, of a gender agreeing with ``m``'s,
        stands in ``[lo, hi)``."""
        k = bisect.bisect_left(self.role_starts, lo)
        while k < len(self.roles) and self.roles[k].start < hi:
            if self._subject_person_role(k) and self._gender(self.roles[k]) in (None, self._gender(m)):
                return True
            k += 1
        return False

    def _after_governed_apposition(self, lo: int, r: Mention) -> bool:
        """Whether role ``r``, no preposition governing it, opens a phrase after a comma in a
        sentence opening at ``lo`` with an aside whose governed role has a name set off after it."""
        if r.after_preposition or not self.text[lo : r.start].rstrip().endswith(",") or self._opening_aside(lo, r.start) is None:
            return False
        i = bisect.bisect_left(self.all_name_starts, lo)
        while i < len(self.all_names) and self.all_names[i].start < r.start:
            if self._apposed_to_governed_role(self.all_names[i]):
                return True
            i += 1
        return False

    def _role_after_comma(self, lo: int, hi: int, m: Mention | None) -> bool:
        """Whether a person's role no preposition governs, of a gender agreeing with ``m``'s,
        opens a phrase right after a comma in ``[lo, hi)`` (« …, le haut fonctionnaire a expliqué »)."""
        k = bisect.bisect_left(self.role_starts, lo)
        while k < len(self.roles) and self.roles[k].start < hi:
            r = self.roles[k]
            if (not r.after_preposition and self.text[lo : r.start].rstrip().endswith(",") and self._is_person_role(r)
                    and (m is None or self._gender(r) in (None, self._gender(m)))):
                return True
            k += 1
        return False

    def _national_subject_before(self, lo: int, n: Mention) -> bool:
        """Whether a nationality noun after its article (``Le Slovène``, ``La Savoyarde``) is the
        subject of the sentence before the name ``n``, which is then no subject of its own."""
        i = bisect.bisect_left(self.all_name_starts, lo)
        while i < len(self.all_names) and self.all_names[i].end <= n.start:
            d = self._demonym(self.all_names[i])
            if d is not None and self._subject_like(d, self.sentence_starts, self.cue_ends):
                # Its verb stands between them: not an apposition (« Le Slovène Tadej X ») nor a
                # second subject (« Le Slovène et Jonas X »).
                gap = self.text[d.end : n.start]
                return ("," not in gap and any(map(str.isalpha, gap))
                        and self.subject_coordinator.search(self.text, d.end, n.start) is None)
            i += 1
        return False

    def _governed_with_title(self, n: Mention, lo: int) -> bool:
        """Whether the name ``n`` is glued to a title a preposition governs, in ``[lo, n.start)``
        (``un conseiller du président Jean X``): the name is governed with it."""
        k = bisect.bisect_left(self.role_starts, n.start) - 1
        return k >= 0 and self.roles[k].start >= lo and titled_complement(self.text, self.roles[k], n)

    def _completes_role(self, n: Mention, lo: int) -> bool:
        """Whether the name ``n`` is the complement of a person's role right before it, in
        ``[lo, n.start)`` (``Le père de Lucas a porté plainte``): the role heads the phrase, so
        the name is not who a pronoun after it takes back."""
        k = bisect.bisect_left(self.role_starts, n.start) - 1
        if k < 0 or self.roles[k].start < lo or not self._is_person_role(self.roles[k]):
            return False
        tail = self.name_complement.match(self.text, self.roles[k].end, self.roles[k].end + _COMPLEMENT_REACH)
        return tail is not None and tail.end() > n.start

    def _latest_named(self, m: Mention) -> Speaker | None:
        """``ce dernier``: the person named last before ``m``, wherever in its sentence, or the
        person's role mentioned since (« … avec le chancelier allemand. Ce dernier … »), or the
        anonymous source that spoke since (« Selon un diplomate, … Ce dernier estime… »)."""
        people = self._latest_people(m, 1)
        named = people[0] if people else None
        if fold(m.text) in self.named_anaphors:
            return named  # "lâche un ministre. Le principal intéressé dément": not the minister
        name_at = self.all_name_starts[bisect.bisect_left(self.all_name_starts, m.start) - 1] if named else -1
        k = bisect.bisect_left(self.role_starts, m.start) - 1
        if k >= 0 and self._opens_sentence_of(self.roles[k], m):
            k -= 1  # « Le souverain pontife « … », a précisé ce dernier »: not its own sentence's subject
        if (k >= 0 and self._is_person_role(role := self.roles[k]) and self._compatible_role(role, m)
                and role.start > name_at):
            # Someone new to the text as far as the role goes (« avec le chancelier
            # autrichien »): the person an apposition or the registry gives it, else its words.
            bound = self._bound(role)
            if bound is None and self._head(role) in self.team_nouns and any(fold(role.text).startswith(d) for d in self.definite):
                # « Son voisin, Gérard X, … Le retraité a pu… Ce dernier assure »: a definite
                # local or team description takes back whom it describes, as when it speaks.
                bound = self.speaker(role)[0]
            return bound or self._as_written(role, "other")
        last = self.recent[-1][1] if self.recent else None
        if (last is not None and last.type == "anonymous" and last.mention is not None
                and name_at < last.mention.start <= m.start and self._compatible(last.name, self._gender(m))):
            # « Selon un diplomate joint par l'AFP, … Ce dernier estime… »: the anonymous source
            # that spoke since the last name.
            return self._with_mention(last, self.span(m.start, m.end))
        return named

    def _opens_sentence_of(self, x: Mention, m: Mention) -> bool:
        """Whether ``x`` opens the sentence ``m`` stands in (only spaces or marks before it)."""
        j = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if j < 0 or not self.sentence_starts[j] <= x.start < m.start:
            return False
        return not self.text[self.sentence_starts[j] : x.start].strip(_OPENING_SPACE)

    def _compatible_role(self, role: Mention, m: Mention) -> bool:
        """Whether ``role``'s gender (its determiner's) does not contradict ``m``'s."""
        mine, theirs = self._gender(m), self._gender(role)
        return mine is None or theirs is None or mine == theirs

    def _latest_people(self, m: Mention, n: int, *, any_gender: bool = False, free: bool = False) -> list[Speaker]:
        """The last ``n`` distinct persons named before ``m``, latest first (agreeing in gender with ``m``
        unless ``any_gender``: "le premier" picks the earlier of a man and a woman; only names no
        preposition governs when ``free``: « à Lancaster House » is a place)."""
        out: list[Speaker] = []
        gender = None if any_gender else self._gender(m)
        k = bisect.bisect_left(self.all_name_starts, m.start) - 1
        floor = k - _LOOKBACK
        while k >= 0 and k > floor and len(out) < n:
            p = self.all_people[k]
            if (p.kind == "person" and self._compatible(p.name, gender)
                    and not (free and self.all_names[k].after_preposition)
                    and all(o.name != p.name for o in out)):
                out.append(self._speaker_from(p.name, p.entity, "person", None))
            k -= 1
        return out

    def _possessed_role(self, m: Mention, span: Span) -> tuple[Speaker | None, tuple[str, ...]] | None:
        """« Le ministère a réagi. Sa porte-parole a assuré… », « « … », a indiqué son
        porte-parole »: a person's office opened by a singular possessive, in a speaker's place,
        whose possessor (see _possessor) is a body, is that body's: its holder named in its own
        apposition or bound to that office in that body, else the body itself speaks through it.
        Whatever the possessor, never one an apposition gave that office in a named body
        (« le porte-parole de la CGT, X » before « Pierre Y a réagi… son porte-parole »): no
        speaker then, the description stays as written."""
        if m.kind != "role" or m.complement_id is not None:
            return None
        word = fold(m.text).split(" ", 1)[0]
        if word not in _folded_names("possessives") or word in _folded_names("plural_possessives"):
            return None
        if not self._is_person_role(m) or (m.role is not None and self._noun_role(m.role)):
            return None  # « sa sœur »: a relation, no office of a body
        if not self._subject_like(replace(m, after_preposition=False), self.sentence_starts, self.cue_ends):
            return None  # « les propos de son ministre »: a complement, no one who speaks here
        owner = self._possessor(m)
        if owner is None:
            bound = self._bound(m, span, ahead=False)
            if bound is not None and self._office_in_a_body(bound.name, m):
                return None, ()
            held = self._office_of(m, self._headed_body(m))
            return (held, ("possessive role→its head's body's holder",)) if held is not None and span is not None else None
        for b in reversed(self.bindings[-_LOOKBACK:]):
            if b.at == m.start or (b.at < m.start and owner.entity_id is not None and b.role == m.role
                                   and b.body == owner.entity_id):
                return self._speaker_from(b.person.name, b.person.entity, "person", span), ("possessive role→its body's holder",)
        held = self._office_of(m, owner.entity_id)
        if held is not None:
            return held, ("possessive role→its body's holder",)
        return self._with_mention(owner, span), ("possessive role→its body",)

    def _office_of_known_others(self, prev: Speaker, m: Mention) -> bool:
        """Whether role ``m`` names an office of a body the registry knows the holders of, none of
        them ``prev``, whom no apposition gave that office either (« Le général Pierre X… « … »,
        a déclaré le secrétaire général de l'Otan »: not the general)."""
        holders = getattr(self.registry, "office_holders", None)
        if m.kind != "role" or not m.role or m.complement_id is None or not callable(holders):
            return False
        known = holders(m.role, m.complement_id)
        if not known or prev.entity_id in known:
            return False
        return not any(b.person.name == prev.name and b.role == m.role for b in self.bindings[-_LOOKBACK:])

    def _office_of(self, m: Mention, body: str | None) -> Speaker | None:
        """The person the registry gives the office ``m`` names in ``body`` in the article's year
        (« Le Kremlin a démenti, a indiqué son porte-parole » in 2019: Dmitri X), else ``None``
        (and in an undated article)."""
        holder = getattr(self.registry, "office_holder", None)
        if not m.role or body is None or self.year is None or not callable(holder):
            return None  # an undated article: today's holder may be years too late
        ent = holder(m.role, body, self.year)
        return self._speaker_from(ent.name, ent, "person", self.span(m.start, m.end)) if ent is not None else None

    def _headed_body(self, m: Mention) -> str | None:
        """The body whose office the one person named in ``m``'s sentence and the one before
        holds in the article's year, when no body is named between (« Le secrétaire général de
        l'ONU, António X, s'est dit préoccupé, a indiqué son porte-parole »: the ONU)."""
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 0:
            return None
        lo = self.sentence_starts[max(k - 1, 0)]
        people = {self.all_people[i].name: self.all_people[i]
                  for i in range(bisect.bisect_left(self.all_name_starts, lo), bisect.bisect_left(self.all_name_starts, m.start))
                  if self.all_people[i].kind == "person" and not _inside(self.quoted, self.all_names[i].start)}
        ent = next(iter(people.values())).entity if len(people) == 1 else None
        if ent is None or getattr(ent, "type", None) != "person":
            return None
        bodies = {r.institution for r in ent.roles if r.institution and r.active(self.year)}
        return next(iter(bodies)) if len(bodies) == 1 else None

    def _possessor(self, m: Mention) -> Speaker | None:
        """The body a possessive opening ``m`` takes back, as a subject pronoun in its place would
        (any gender: the possessive agrees with its noun): the body subject of its own sentence
        before it, else of the previous one, else the body whose words were reported last, in
        either; nobody when a person is named in between."""
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if k < 0:
            return None
        own = self.sentence_starts[k]
        body = self._body_subject_from(own, m.start, Mention(m.start, m.end, m.text, "pronoun", head_start=m.start), any_gender=True)
        if body is not None and _holds_offices(body):
            return body
        if self._person_named(own, m.start):
            return None
        # The previous sentence's subject, whatever is quoted in this one before the possessive.
        body = self._body_subject_from(self.sentence_starts[k - 1], own, Mention(own, own, "", "pronoun", head_start=own),
                                       any_gender=True) if k >= 1 else None
        if body is not None and _holds_offices(body):
            return body
        floor = self.sentence_starts[k - 1] if k >= 1 else own
        for lo, hi in ((own, m.start), (floor, own)) if k >= 1 else ((own, m.start),):
            # « Leur syndicat, Alliance, a appelé à la grève. Son président a jugé… »: a body a
            # possessive opens as the subject of this sentence or the one before, nobody named since.
            held = _possessive_body_opening().match(self.text, lo, hi)
            if held is not None and not self._person_named(lo, m.start):
                start = held.end() - len(held.group().lstrip(_OPENING_SPACE))
                return self._as_written(Mention(start, held.end(), self.text[start : held.end()], "np", head_start=start), "other")
        if not self.recent or self.recent[-1][0] < floor or self.recent[-1][1].type not in _BODY_TYPES:
            return None
        at, last = self.recent[-1]
        return None if self._person_named(at, own) else last

    def _office_in_a_body(self, name: str, m: Mention) -> bool:
        """Whether an apposition before ``m`` gave ``name`` the office ``m`` names in a body it
        names too (« le porte-parole de la CGT, X »): words beyond the bare office."""
        bare = self._role_keys(m)[0]
        return any(b.person.name == name and b.role == m.role and b.at < m.start and (b.body is not None or (bool(b.keys) and b.keys[0] != bare))
                   for b in self.bindings[-_LOOKBACK:])

    def _person_named(self, lo: int, hi: int) -> bool:
        """Whether a person is named in ``text[lo:hi]``, outside quotation marks."""
        return any(self.all_people[i].kind == "person" and not _inside(self.quoted, self.all_names[i].start)
                   for i in range(bisect.bisect_left(self.all_name_starts, lo), bisect.bisect_left(self.all_name_starts, hi)))

    def _is_person_role(self, m: Mention) -> bool:
        """A role that names a person (minister, spokesperson), not a body (parquet, gouvernement)."""
        return m.kind == "role" and not m.entity_id and not self._body_role(m)

    def _body_role(self, m: Mention) -> bool:
        """Whether the role ``m`` names a body (``gouvernement``, ``parquet``), not a person."""
        is_body = getattr(self.registry, "is_body_role", None)
        return bool(m.role and callable(is_body) and is_body(m.role))

    def _place_after(self, end: int) -> bool:
        """Whether a place or body the description serves follows it (``le maire de Lyon``,
        ``la mission américaine à l'ONU``); not an outlet the words were told to (``a confié
        l'actrice à l'AFP``, ``a dit le ministre au Parisien``)."""
        place = self.place_complement.match(self.text, end)
        if place is None:
            return False
        k = bisect.bisect_left(self.publication_starts, end)
        return not (k < len(self.publications) and self.publications[k].start < place.end())

    def _seat_of_antecedent(self, m: Mention, prev: Speaker) -> bool:
        """``Fabien X a appelé… « … », a déclaré le député du Nord``: an elected office named by
        its seat (``seat`` in ``roles.json``), a capitalised place after it, is ``prev`` when a
        pronoun in its place would take them back, no person is named before it in its sentence,
        and no binding gives that seat to someone else or another seat of that office to them."""
        seat = getattr(self.registry, "is_seat_role", None)
        if (m.kind != "role" or not m.role or not callable(seat) or not seat(m.role) or prev.type != "person"
                or " " not in prev.name or self._former(m)
                or not (self._place_after(m.end) or self.name_complement.match(self.text, m.end, m.end + _COMPLEMENT_REACH))):
            return False
        if self._person_named(self._start_of_sentence(m.start), m.start):
            return False  # "Évoquant Paul X, le maire de Nantes a salué…": someone else named beside it
        antecedent = self._antecedent(m)
        if antecedent is None or antecedent.name != prev.name or self._bars_seat(prev, m.role):
            return False
        key = self._role_keys(m)[0]
        return not any(b.role == m.role and (b.keys[:1] == [key]) != (b.person.name == prev.name)
                       for b in self.bindings[-_LOOKBACK:])

    def _seated_otherwise(self, name: str, m: Mention, seat: str | None) -> bool:
        """Whether the bindings give ``name`` the office of ``m`` with seats only other than
        ``seat`` (« Jean X, maire de Chartres » is not « le maire de Lyon »); False when ``m`` names no
        seat or no seat was named for them (« le maire, Jean X »)."""
        if seat is None:
            return False
        # The recent bindings only, as ``_bound`` reads them: the cost per mention stays bounded.
        named = {b.seat for b in self.bindings[-_LOOKBACK:]
                 if b.person.name == name and b.seat is not None and (b.role or b.office) == m.role}
        return bool(named) and seat not in named

    def _seat_word(self, m: Mention) -> str | None:
        """The place a seat office (``seat`` in ``roles.json``) names right after ``m``, its last word
        folded (``lyon`` for « le maire de Lyon »); None for another role or without one."""
        seat = getattr(self.registry, "is_seat_role", None)
        if not m.role or not callable(seat) or not seat(m.role) or not self._place_after(m.end):
            return None
        place = self.place_complement.match(self.text, m.end)
        return fold(place.group(0)).rsplit(" ", 1)[-1] if place is not None else None

    def _bars_seat(self, person: Speaker, role: str) -> bool:
        """Whether an office the text or the registry gives ``person`` bars the seat office
        ``role``: an exclusive one (``le préfet``, ``le ministre de l'Intérieur``), a profession or
        situation (``by_noun``: ``retraité``), one held apart (``distinct_from``), or a general one
        that does not cover it (``ministre``)."""
        if self.registry is None:
            return True
        offices = {r for r, _, _ in self._offices_of.get(person.name, ())} | set(self._body_offices_of.get(person.name, ()))
        entity = self.registry.get(person.entity_id) if person.entity_id else None
        offices |= {h.key for h in getattr(entity, "roles", ()) if self.year is None or h.active(self.year)}
        reg = self.registry
        if person.mention is not None and self._described_by_noun(person.mention.end):
            return True
        return any(r is not None and r != role and (
            reg.is_exclusive_role(r) or reg.is_noun_role(r) or reg.are_exclusive_roles(r, role)
            or (reg.is_general_role(r) and not reg.covers_role(r, role))) for r in offices)

    def _described_by_noun(self, end: int) -> bool:
        """Whether the name ending at ``end`` is set off by a comma before a noun of a profession
        or situation (``by_noun`` in ``roles.json``: « Jacques X, retraité, »): a witness."""
        word = _APPOSED_WORD.match(self.text, end, end + _APPOSED_WORD_REACH)
        if word is None or self.registry is None:
            return False
        known = getattr(self.registry, "is_noun_role_word", None)
        return callable(known) and bool(known(fold(word.group(1))))

    def _owner_word(self, m: Mention) -> str:
        """The first word of the capitalised complement naming whose ``m`` is, inside it or right
        after it (``openai`` for « le patron d'OpenAI »), folded; empty for another description
        and for a plural complement (« l'entraîneur des Parisiens » may be the PSG's, named so before)."""
        if self._head(m) not in self.team_nouns:
            return ""
        head = _word_at(self.text, m.start, m.end, self._head(m))
        owner = self.name_complement.match(self.text, head, head + _COMPLEMENT_REACH) if head >= 0 else None
        if owner is None or fold(owner.group(0)).split(" ", 1)[0] in _plural_determiners():
            return ""
        return fold(owner.group(0)).rsplit(" ", 1)[-1]

    def _apposed_otherwise(self, person: Speaker, m: Mention, owner: str) -> bool:
        """Whether ``person`` was named right after the same noun as ``m``'s head with no complement
        or another one, and a comma (« Son patron, Satya X », « le patron de Renault, Luca X »)."""
        at = person.mention.start if person.mention is not None else -1
        if at < 0 or at >= m.start:
            return False
        lo = max(self._start_of_sentence(at), at - _APPOSED_REACH)
        head = _word_at(self.text, lo, at, self._head(m), last=True)
        if head < 0 or not self.text[head:at].rstrip(" \u00a0").endswith(",") or self.text.count(",", head, at) != 1:
            return False
        other = self.name_complement.match(self.text, head, head + _COMPLEMENT_REACH)
        if other is None:
            return self.text[head:at].strip(" ,\u00a0") == ""
        return fold(other.group(0)).rsplit(" ", 1)[-1] != owner

    def _aged_role(self, m: Mention) -> bool:
        """Whether the role ``m`` is completed right after by an age (``le député de 38 ans``,
        ``la juge de 45 ans``): a description of someone the article is about, no one new."""
        return m.kind == "role" and age_complement().match(self.text, m.end, m.end + _COMPLEMENT_REACH) is not None

    def _team_member(self, m: Mention) -> bool:
        """Whether ``m`` is a team noun (``team_nouns``) whose complement, inside or right after
        it, is a capitalised name or an age (``le capitaine des Dragons``, ``le pivot de 21 ans``)."""
        if self._head(m) not in self.team_nouns:
            return False
        return any(p.search(self.text, m.start, m.end) or p.match(self.text, m.end, m.end + _COMPLEMENT_REACH)
                   for p in (self.name_complement, age_complement()))

    def _jurisdiction_of_holder(self, m: Mention) -> bool:
        """``le premier ministre de la province`` after ``Le premier ministre néo-écossais, X``: a
        complement of ``jurisdiction_complements`` names the place of the holder of that office
        described before, no one new (with no such office before, ``le maire de la commune`` is
        someone new)."""
        if m.role is None or self.first_role_at.get(m.role, m.start) >= m.start:
            return False
        return _jurisdiction_after().match(self.text, m.end, m.end + _JURISDICTION_REACH) is not None

    def _is_role_like(self, m: Mention) -> bool:
        """A definite noun phrase (``l'expert``, ``le ministre``) that points back to someone;
        not one qualified by a complement (``le maire de Lyon`` introduces someone new)."""
        # "le spécialiste de l'Iran": a field, no one new; "l'entraîneur des Celtics": a team's.
        field = self._head(m) in self.field_nouns or self._team_member(m) or self._jurisdiction_of_holder(m)
        if (not field and (self.complement_after.match(self.text, m.end, m.end + _COMPLEMENT_REACH) or self._place_after(m.end))
                and not _the_body_before().match(self.text, m.end, m.end + _BODY_BEFORE_REACH)):
            # "le président du parti", "le vice-président du parti d'extrême droite": the body the
            # article is about, a common noun no name follows; its office points back like a bare role.
            return False
        if self.possessive_relative.search(self.text, max(0, m.start - _RELATIVE_REACH), m.start):
            return False  # "Force ouvrière, dont le leader juge": the leader of what comes before
        f = fold(m.text)
        if f.startswith(_partitive_openers()):
            return False  # "a raconté l'un de leurs secouristes": one of several, someone new
        if f.split(" ", 1)[0] in self.demonstratives and m.kind == "np":
            # "ce jeune homme": someone the article has been about; a past participle and its
            # complement after the noun ("cet ingénieur installé à Firminy") only say more of him.
            return _words_before_participle(m.text) <= 4
        if f.split(" ", 1)[0] in self.demonstratives and m.kind == "role":
            # "ce père de famille": the person named just before, unless a description of the
            # same role was given ("un diplomate français… a souligné ce diplomate").
            return len(f.split()) <= 4 and self._earlier_description(m) is None
        if m.kind == "np" and not field and self.complement_inside.search(self.text, m.start, m.end):
            return False  # "l'avocat du plaignant": a complement of its own introduces someone
        if m.kind == "np" and _restore(m.text, self._strip_det(m.text))[:1].isupper() and m.country is None:
            return False  # "selon l'Insee": a body's own name after its article, no description
        if m.kind == "np" and m.country is not None and f.split(" ", 1)[0] in _folded_names("possessives"):
            return len(f.split()) <= 4  # "son homologue français": someone of that country named before
        words = len(f.split())
        if words > 4 and (aged := age_complement().search(self.text, m.start, m.end)) is not None:
            words -= len(aged.group(0).split())  # "l'ancien sous-traitant de 65 ans": an age says who, like "le retraité"
        return (words <= 4 or m.role is not None or field) and any(f.startswith(d if d.endswith("'") else d + " ") for d in self.definite)

    def _speaker_from(self, name: str, ent: Any, etype: str, span: Span | None) -> Speaker:
        if ent is not None:
            return self._made_speaker(ent.name, ent.id, ent.type, None, getattr(ent, "country", None), span)
        return self._made_speaker(name, None, etype if etype in _TYPES else "other", None, None, span)

    def _with_mention(self, s: Speaker, span: Span) -> Speaker:
        """``s`` named by ``span``: the value ``s.model_copy(update={"mention": span})`` gives."""
        return self._made_speaker(s.name, s.entity_id, s.type, s.role, s.country, span, s.members)

    def _made_speaker(self, name: str, entity_id: str | None, etype: str, role: str | None,
                      country: str | None, span: Span | None, members: tuple[str, ...] = ()) -> Speaker:
        """The :class:`Speaker` with these fields, made once per document: the same few people
        speak again and again (a text asks for ~1.7 speakers per distinct one), and a
        speaker is frozen, so sharing it is safe. The key holds every field's value."""
        key = (name, entity_id, etype, role, country, None if span is None else (span.start, span.end, span.text), members)
        speaker = self._speakers.get(key)
        if speaker is None:
            speaker = self._speakers[key] = Speaker(name=name, entity_id=entity_id, type=etype,  # type: ignore[arg-type]
                                                    mention=span, role=role, country=country, members=members)
        return speaker

    def name_role(self, role: Mention, person: Speaker) -> bool:
        """``« … », a déclaré la porte-parole. « … », a ajouté Agnès Martin.``: a role left
        unnamed, followed by a continuing cue that names a person, was that person. Binds
        the role to them for later mentions; False when the role cannot be theirs."""
        if not (self._is_person_role(role) or role.kind == "np") or person.type != "person" or not self._singular(role):
            return False
        p = self.by_name.get(person.name)
        if p is None or not self._compatible(p.name, self._gender(role)) or " " not in p.name:
            return False
        p.gender = p.gender or self._gender(role)
        self._bind_role(role, p)
        return True

    def note_report(self, start: int, end: int, speaker: Speaker | None) -> None:
        """Record the words of a reported clause (an ``indirect`` quote) and who reports them:
        a plural noun phrase inside them is what was said, not who says more next."""
        self._report = (start, end, speaker) if speaker is not None else None

    def _reported_name(self, n: Mention, name: str, m: Mention) -> bool:
        """Whether the name ``n`` (of the person ``name``), before the pronoun ``m``, lies in the
        last reported clause, which someone else reports (``Selon le procureur, l'assaillant, Jean
        X, était fiché. « … », a-t-il ajouté``): a person the words speak about, not who the
        pronoun takes back."""
        if m.kind != "pronoun" or self._report is None:
            return False
        start, end, speaker = self._report
        return start <= n.start < end <= m.start and speaker.name != name

    def _introduced_in_report(self, n: Mention, name: str, m: Mention) -> bool:
        """Whether the name ``n`` first names its person inside the clause an inverted pronoun
        ``m`` reports, in its own sentence with no closing mark or colon between them (``Le
        suspect, Paul X, était fiché S, a-t-il précisé``): someone the words introduce, not who
        says them (one named before may be: ``X a, quant à lui, refusé…, a-t-il déclaré``)."""
        if not self._inverted(m) or n.start < self._start_of_sentence(m.start) or self._first_named.get(name) != n.start:
            return False
        return _MARK_OR_COLON.search(self.text, n.end, m.start) is None

    def _spoke_from(self, start: int) -> Speaker | None:
        """The speaker a recent quote gave the words opening at ``start`` (« Le ministère chinois du
        Commerce a salué « … ». Il a prévenu… »: the whole description, not its head noun alone)."""
        return next((s for _, s in reversed(self.recent[-_LOOKBACK:])
                     if s.mention is not None and s.mention.start == start), None)

    def remember(self, at: int, speaker: Speaker | None) -> None:
        """Record a quote's speaker for later pronouns and runs."""
        if speaker is not None and speaker.type != "group":
            self.recent.append((at, speaker))
        elif speaker is not None:
            self.recent_groups.append((at, speaker))

    def _last(
        self, *, person_only: bool, gender: str | None, country: str | None = None, known: bool = False, strict: bool = False,
        since: int = 0,
    ) -> Speaker | None:
        """The latest speaker whose known gender and country agree with the mention's (with
        ``known``, whose country is known to be ``country``; with ``strict``, never a name read
        as no person, « les Sept »; with ``person_only``, never a description headed by a noun
        of a body, « son équipe de campagne »); one who spoke at ``since`` or after."""
        for at, s in reversed(self.recent[-8:]):
            if at < since:
                break
            if person_only and (s.type not in ("person", "other") or (strict and self._names_no_person(s.name))
                                or (s.type == "other" and fold(s.name).split(" ", 1)[0] in self.collective_nouns)):
                # "son équipe de campagne", "l'entourage du ministre": a description of a body is no person.
                continue
            of_country = self._known_country(s)
            if not self._compatible(s.name, gender) or (country and (of_country or known) and of_country != country):
                continue
            return s
        return None

    def _live_entry_start(self, pos: int) -> int:
        """Where the entry of a live blog holding ``pos`` starts: the last paragraph before it
        that opens with a time (« 15h41 - »), when two paragraphs at least open with one; else 0.
        Each entry is a post of its own: a description there takes back no one who spoke in
        another (« … », raconte Erwan X. ⏎ 15h41 - Le ministre de l'Intérieur appelle…)."""
        if self._live_entries is None:
            # The cheap test first: a digit opening the paragraph.
            self._live_entries = [start for start, end in paragraphs(self.text)
                                  if self.text[start : start + 1].isdigit() and past_timestamp(self.text, start, end) > start]
            if len(self._live_entries) < _LIVE_ENTRIES:
                self._live_entries = []
        k = bisect.bisect_right(self._live_entries, pos) - 1
        return self._live_entries[k] if k >= 0 else 0

    def _names_no_person(self, name: str) -> bool:
        """Whether ``name`` is a name of the text read as no person (« les Sept », « Liga »)."""
        p = self.by_name.get(name)
        return p is not None and p.kind == "other"

    def _bound_country(self, name: str) -> str | None:
        """The country the latest apposition gave the person ``name`` (``son homologue russe, X``)."""
        return self._country_of.get(name)

    def _joint_issuers(self, m: Mention) -> Speaker | None:
        """``le communiqué conjoint``, ``la déclaration commune`` (a ``joint_markers`` adjective
        right after the statement noun): the latest group that spoke (a plural subject, or a
        group of known members) within the sentences before ``m``."""
        words = [fold(w) for w in self._strip_det(m.text).split()]
        head = words.index(fold(self._head(m))) if fold(self._head(m)) in words else -1
        if head < 0 or head + 1 >= len(words) or words[head + 1] not in _folded_names("joint_markers"):
            return None
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        recent_from = self.sentence_starts[k - _ISSUER_SENTENCES] if k >= _ISSUER_SENTENCES else 0
        plural = (next(((at, s) for at, s in reversed(self.recent[-_LOOKBACK:]) if s.members or (
            s.mention is not None and fold(s.mention.text).split(" ", 1)[0] in _plural_determiners())), None))
        group = self.recent_groups[-1] if self.recent_groups else None
        latest = max((x for x in (plural, group) if x is not None), key=lambda x: x[0], default=None)
        if latest is not None and latest[0] >= recent_from:
            return latest[1]
        # "La France et l'Allemagne ont appelé… « … », peut-on lire dans la déclaration commune":
        # no group spoke; names joined as the subject opening a sentence before put the text out.
        for j in range(k, max(k - _ISSUER_SENTENCES, 0) - 1, -1):
            hi = min(self.sentence_starts[j + 1] if j + 1 < len(self.sentence_starts) else m.start, m.start)
            pair = self._coordinated_subjects(self.sentence_starts[j], hi) if j >= 0 else None
            if pair is not None:
                return pair
        return None

    def _last_issuer(self, m: Mention) -> Speaker | None:
        """The latest speaker that is a body (an institution, organisation, state or group, or a
        body's description as written: ``le ministère de la Défense``, one headed by a noun of
        ``body_nouns``: ``le ministère de la Santé``). When the text named no
        such statement before (``dans un communiqué``), only one that spoke last or within the
        sentences before ``m``: a text three paragraphs on is another text. A text first named in
        an earlier sentence where a body spoke (``Dans leur communiqué final, les dirigeants
        exigent « … »``) is that body's, whoever spoke since."""
        is_body = getattr(self.registry, "is_body_role", None)
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        recent_from = self.sentence_starts[k - _ISSUER_SENTENCES] if k >= _ISSUER_SENTENCES else 0
        first = self._first_use(m)
        named_before = first < m.start
        if named_before and (k > 0 and first < self.sentence_starts[k]):
            # "Dans leur communiqué final, les dirigeants africains exigent « … » … Le communiqué
            # final consacre… « … », peut-on y lire": the body that spoke where the text was first
            # named, before bodies that spoke since.
            issuer = self._issuer_at_first_use(first)
            if issuer is not None:
                return issuer
        # "adoptée par les chefs d'État": a group that put a text out is its issuer too.
        group = next(((at, g) for at, g in reversed(self.recent_groups[-_LOOKBACK:]) if g.name in self._publishers), None)
        for n, (spoke_at, s) in enumerate(reversed(self.recent[-_LOOKBACK:])):
            if group is not None and group[0] > spoke_at:
                break
            if (s.type in ("institution", "organisation", "state", "group") or (s.role and callable(is_body) and is_body(s.role))
                    or s.name in self._publishers or (s.type == "other" and fold(s.name.split(" ", 1)[0]) in self.body_nouns)):
                # "le ministère de la Santé" the registry does not know: a body by its head noun.
                return s if named_before or n == 0 or spoke_at >= recent_from else None
        if group is not None and (named_before or group[0] >= recent_from):
            return group[1]
        return None

    def _issuer_at_first_use(self, first: int) -> Speaker | None:
        """The body or group that spoke in the sentence where a text noun is first used (at
        ``first``), when one did: the first such speaker there."""
        j = bisect.bisect_right(self.sentence_starts, first) - 1
        lo = self.sentence_starts[j] if j >= 0 else 0
        hi = self.sentence_starts[j + 1] if j + 1 < len(self.sentence_starts) else len(self.text)
        is_body = getattr(self.registry, "is_body_role", None)
        found = [(at, s) for at, s in (*self.recent[-_LOOKBACK:], *self.recent_groups[-_LOOKBACK:]) if lo <= at < hi
                 and (s.type in ("institution", "organisation", "state", "group") or (s.role and callable(is_body) and is_body(s.role)))]
        return min(found, key=lambda f: f[0])[1] if found else None

    def _last_organisation(self, m: Mention, *, definite: bool = False) -> Speaker | None:
        """The organisation that spoke last, when it spoke within the sentences before the
        definite description ``m`` (``l'ONG``, ``le syndicat``); ``definite``: ``m`` is one
        whatever its text (a text's owner after a fused article: ``du groupe``)."""
        if not definite and not any(fold(m.text).startswith(d) for d in self.definite):
            return None
        head = self._strip_det_as_written(m.text)
        if head[:1].isupper() and head[1:2].islower():
            # "l'Agence nationale d'information": a name of its own, no description taking one
            # back (an acronym noun, « l'ONG », still is one).
            return None
        if self.owner_complement.search(self.text, m.start, m.end) is not None:
            return None  # "la fédération départementale du PS": its complement says whose it is
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        recent_from = self.sentence_starts[k - _ISSUER_SENTENCES] if k >= _ISSUER_SENTENCES else 0
        # "La Cour des comptes juge… L'institution réclame": a public institution too.
        types = {"organisation", "institution"} if self._head(m) in self.institution_nouns else {"organisation"}
        lo = self.sentence_starts[k] if k >= 0 else 0
        own = self._organisation_subject_before(lo, m, types)
        spelled = self._spelled_organisation(lo, m.start)
        if spelled is not None and self._subject_like(spelled, self.sentence_starts, self.cue_ends) and (
                own is None or spelled.start < self._first_body_at(lo)):
            # "Le Front national pour la défense de la Constitution (FNDC) appelle…, a dit le mouvement".
            return self._spelled_speaker(spelled)
        if own is not None:
            return own
        other_body = False
        is_publication = getattr(self.registry, "is_publication", None)
        for spoke_at, s in reversed(self.recent[-_LOOKBACK:]):
            if spoke_at < recent_from:
                break
            if callable(is_publication) and s.type != "person" and is_publication(s.name):
                continue  # "Le syndicat a dénoncé « … », selon le Parisien": a paper is no union
            if s.type != "person" and s.mention is not None and self._publication_mention_at(s.mention.start, s.mention.end):
                continue  # "Le quotidien « X » rapporte… La société a assuré": a paper the registry does not know is no firm
            if s.type in types or (s.entity_id is None and " " not in s.name and self._names_no_person(s.name)):
                # "Chez Airbus, on se dit « déçu ». Le constructeur rappelle…": a one-word name the
                # registry does not know, read as no person, is a body too.
                return s
            other_body = other_body or s.type != "person"
        # "Selon l'Unédic, … L'organisme estime": another body that spoke is the one described.
        if other_body:
            return None
        named = self._organisation_named_since(recent_from, m.start)
        if named is None:
            named = self._company_named_since(recent_from, m.start)
        spelled = self._spelled_organisation(recent_from, m.start)
        if spelled is not None and (named is None or spelled.start > self._last_organisation_at(recent_from, m.start)):
            # "Le Mouvement pour la libération du Congo (MLC) conteste… Le parti a réagi".
            return self._spelled_speaker(spelled)
        return named or self._named_after_noun(recent_from, m) or self._lone_word_subject(recent_from, m)

    def _lone_word_subject(self, lo: int, m: Mention) -> Speaker | None:
        """``Enedis a mobilisé 3 000 techniciens. « … », indique l'entreprise``: the one
        capitalised word the registry and the mentions do not know (no pronoun nor function word,
        no first name, no person of the text) that opens a sentence between ``lo`` and the
        description ``m`` (past a dateline or a live blog's time), right before a word of a verb
        group, the subject the organisation's description takes back; the latest such."""
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        while k >= 0 and self.sentence_starts[k] >= lo:
            start = past_dateline(self.text, self.sentence_starts[k], m.start)
            k -= 1
            if start >= m.start or not self.text[start].isupper():
                continue  # the cheap test: a capital opens the sentence's words
            word = _CAPITALISED_WORD.match(self.text, start, m.start)
            if word is None or _VERB_WORD.match(self.text, word.end() + 1, m.start) is None:
                continue
            name = word.group()
            known = self.by_surname.get(fold(name))
            if (fold(name) in _not_company_words() or known_first_name(name) or (known is not None and known.kind == "person"
                                                                                   and known.name != name)
                    or any(c.start == start and (c.entity_id is not None or c.kind != "name")
                           for c in self.mentions[bisect.bisect_left(self.mention_starts, start):][:1])):
                continue
            return self._made_speaker(name, None, "organisation", None, None, None)
        return None

    def _named_after_noun(self, lo: int, m: Mention) -> Speaker | None:
        """``Le syndicat Alliance a réclamé des renforts. « … », a déclaré le syndicat``: the last
        name the registry does not know written right after the head noun of the description
        ``m`` (its article elided or not) between ``lo`` and ``m``, an organisation."""
        head = fold(self._head(m))
        k = bisect.bisect_left(self.mention_starts, m.start) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            c = self.mentions[k]
            k -= 1
            if c.kind != "name" or c.entity_id is not None:
                continue
            before = self.text[max(lo, c.start - _NOUN_BEFORE_NAME_REACH) : c.start].split()
            if before and fold(_past_elided_head(before[-1])) == head:
                return self._made_speaker(c.text, None, "organisation", None, None, None)
        return None

    def _spelled_organisation(self, lo: int, hi: int) -> Mention | None:
        """The last organisation spelled out before its acronym (a mention of kind
        ``organisation``: ``Union pour la démocratie et le progrès social (UDPS)``) between ``lo`` and
        ``hi``, the registry knowing none of it."""
        k = bisect.bisect_left(self.mention_starts, hi) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            if self.mentions[k].kind == "organisation" and self.mentions[k].entity_id is None:
                return self.mentions[k]
            k -= 1
        return None

    def _spelled_speaker(self, m: Mention) -> Speaker:
        """The organisation ``m`` spells out, as written (no entity of the registry)."""
        return self._made_speaker(m.text, None, "organisation", None, None, None)

    def _first_body_at(self, lo: int) -> int:
        """Where the first body of the registry named from ``lo`` on starts."""
        k = bisect.bisect_left(self.body_starts, lo)
        return self.bodies[k][0] if k < len(self.bodies) else len(self.text)

    def _publication_mention_at(self, start: int, end: int) -> bool:
        """Whether a publication mention (``Le quotidien « X »``) spans ``text[start:end]``."""
        k = bisect.bisect_left(self.publication_starts, start)
        return k < len(self.publications) and self.publications[k].start == start and self.publications[k].end == end

    def _last_organisation_at(self, lo: int, hi: int) -> int:
        """Where the last organisation of the registry named between ``lo`` and ``hi`` starts (-1: none)."""
        k = bisect.bisect_left(self.body_starts, hi) - 1
        while k >= 0 and self.bodies[k][0] >= lo:
            if self.bodies[k][2].type == "organisation":
                return self.bodies[k][0]
            k -= 1
        return -1

    def _organisation_subject_before(self, lo: int, m: Mention, types: set[str]) -> Speaker | None:
        """``Le Medef « prend acte », a indiqué l'organisation``: the organisation that is the
        subject of ``m``'s own sentence, before ``m`` (the clause its postposed cue reports)."""
        k = bisect.bisect_left(self.body_starts, lo)
        if k >= len(self.bodies) or self.bodies[k][0] >= m.start:
            return None
        _, first, entity = self.bodies[k]
        if first is None or entity.type not in types or not self._subject_like(first, self.sentence_starts, self.cue_ends):
            return None  # a role's complement (first is None) is no subject
        return self._speaker_from(entity.name, entity, entity.type, None)

    def _company_named_since(self, lo: int, hi: int) -> Speaker | None:
        """The last name between ``lo`` and ``hi`` the registry does not know that its last word
        (``organisation_suffixes``: ``Dassault Aviation``) or first word (``organisation_prefixes``)
        makes a company's, speaker or not (``… Dassault Aviation a confirmé la vente. « … », a
        déclaré l'avionneur``)."""
        k = bisect.bisect_left(self.mention_starts, hi) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            c = self.mentions[k]
            words = c.text.split()
            if (c.kind == "name" and c.entity_id is None and len(words) > 1
                    and (words[-1] in self.organisation_suffixes or _past_elided_head(words[0]) in self.organisation_prefixes)):
                return self._made_speaker(c.text, None, "organisation", None, None, None)
            k -= 1
        return None

    def _organisation_named_since(self, lo: int, hi: int) -> Speaker | None:
        """The last organisation of the registry named between ``lo`` and ``hi``, speaker or not
        (``… des positions du Hezbollah. Le mouvement chiite a assuré…``)."""
        k = bisect.bisect_left(self.body_starts, hi) - 1
        while k >= 0 and self.bodies[k][0] >= lo:
            entity = self.bodies[k][2]
            if entity.type == "organisation":
                return self._speaker_from(entity.name, entity, entity.type, None)
            k -= 1
        return None

    def _first_use(self, m: Mention) -> int:
        """Where the text first uses the head noun of ``m`` as written (any case), looked for
        once per noun and text."""
        head = self._head(m)
        written = next((w for w in WORD.findall(m.text) if fold(w) == head), head)
        key = written.lower()
        if key not in self._first_uses:
            found = regex.search(rf"(?i)(?<!\w){regex.escape(written)}(?!\w)", self.text)
            self._first_uses[key] = found.start() if found is not None else len(self.text)
        return self._first_uses[key]

    def _group_members(self, m: Mention, *, last_two: bool = True) -> list[Speaker]:
        """Who a group expression stands for: one of persons (``les deux hommes``, ``pronouns.json``'s
        ``refers_to``) the last persons named before it, as many as it counts (``size``, else two),
        in text order, when there are that many; one of states, institutions or organisations the
        members :meth:`_joint_members` finds; else (never for organisations, nor without
        ``last_two``) the last two speakers."""
        refers_to = _group_refers_to().get(fold(m.text))
        size = _group_sizes().get(fold(m.text)) or 2
        if refers_to == "person":
            named = self._latest_people(m, size, any_gender=True, free=True)
            if len(named) == size:
                return named[::-1]  # in the order the text named them
        elif refers_to is not None:
            joint = self._joint_members(m, refers_to)
            if joint:
                return joint
            if refers_to == "organisation":
                return []  # "les deux syndicats": never the last two speakers, whoever they are
        return self._last_two() if last_two else []

    def _joint_members(self, m: Mention, refers_to: str) -> list[Speaker]:
        """``Paris et Berlin ont affirmé… Selon les deux pays, …``: the members of the latest group
        that spoke with as many members as the group expression ``m`` counts (``size`` in
        ``pronouns.json``), each an entity of the kind it names (``_GROUP_MEMBER_TYPES``), or a
        list of as many of them named since; the last two speakers may be others (the two leaders who
        spoke in between)."""
        size = _group_sizes().get(fold(m.text))
        kinds = _GROUP_MEMBER_TYPES.get(refers_to)
        if size is None or kinds is None or self.registry is None:
            return []
        spoken: list[Speaker] = []
        spoken_at = -1
        for _, group in reversed(self.recent_groups[-_LOOKBACK:]):
            if len(group.members) != size:
                continue
            found = [self.registry.lookup(name) for name in group.members]
            if all(e is not None and e.type in kinds for e in found):
                spoken = [self._speaker_from(e.name, e, e.type, None) for e in found if e is not None]
                spoken_at = group.mention.start if group.mention is not None else 0
                break
        # « La France et l'Allemagne ont signé un accord. Les deux pays ont annoncé… »: the latest
        # list of that many entities of that kind (commas, a coordinator before the last) within
        # the sentences before, quoted or not, when named after that group.
        k = bisect.bisect_right(self.sentence_starts, m.start) - 1
        lo = max(self.sentence_starts[k - _ISSUER_SENTENCES] if k >= _ISSUER_SENTENCES else 0, spoken_at + 1)
        unknown = refers_to == "organisation"  # "les syndicats Alliance et Unsa-Police": names the registry does not know
        j = bisect.bisect_left(self.mention_starts, m.start) - 1
        while j >= 1 and self.mentions[j - 1].start >= lo:
            run, i = [self.mentions[j]], j - 1
            j -= 1
            if not self._listed(self.mentions[i], run[0], self.subject_coordinator, unknown=unknown):
                continue
            while i >= 0 and self.mentions[i].start >= lo and self._listed(
                    self.mentions[i], run[0], _COMMA_GAP if len(run) > 1 else None, unknown=unknown):
                run.insert(0, self.mentions[i])
                i -= 1
            if len(run) != size or (i >= 0 and self._listed(self.mentions[i], run[0], _COMMA_GAP, unknown=unknown)):
                continue  # not that many, or a longer list whose first items come before the window
            found = [self.registry.get(x.entity_id) if x.entity_id is not None else None for x in run]
            if any(e is None for e in found) and not self._organisation_noun_before(run[0].start):
                continue  # an unknown name is an organisation only after such a noun
            if all(e is None or e.type in kinds for e in found):
                return [self._speaker_from(e.name, e, e.type, None) if e is not None
                        else self._made_speaker(x.text, None, "organisation", None, None, None) for e, x in zip(found, run, strict=True)]
        return spoken

    def _organisation_noun_before(self, start: int) -> bool:
        """Whether the word right before ``start`` is a noun of ``organisation_nouns`` in ``names.json``,
        singular or plural (``les syndicats| Alliance et …``)."""
        before = self.text[max(0, start - _NOUN_BEFORE_NAME_REACH) : start].split()
        if not before:
            return False
        word = fold(_past_elided_head(before[-1]))
        nouns = _folded_names("organisation_nouns")
        return word in nouns or any(word.endswith(e) and word[: -len(e)] in nouns for e in _folded_names("plural_endings"))

    def _listed(self, a: Mention, b: Mention, gap: regex.Pattern[str] | None, *, unknown: bool = False) -> bool:
        """Whether the entity mentions ``a`` and ``b`` are two items of one list, ``gap`` between
        them (a coordinator when None: the last two items); with ``unknown``, a name the registry
        does not know may be one."""
        if not all(x.entity_id is not None or (unknown and x.kind == "name") for x in (a, b)):
            return False
        if (a.entity_id is not None and a.entity_id == b.entity_id) or a.end >= b.start or b.start - a.end > _PAIR_GAP:
            return False
        return (gap or self.subject_coordinator).fullmatch(self.text, a.end, b.start) is not None

    def _last_two(self) -> list[Speaker]:
        out: list[Speaker] = []
        for _, s in reversed(self.recent[-_LOOKBACK:]):
            if all(o.name != s.name for o in out):
                out.append(s)
            if len(out) == 2:
                break
        return out


# Characters before a name read for the noun of speech it completes (« le discours de »).
_SPEECH_OWNER_REACH = 40


_MARK_OR_COLON = regex.compile(r"[»”\":]")
"""A closing mark or a colon: the words after it are no longer those before it, which it closes or introduces."""


@cache
def _coordinator_before() -> regex.Pattern[str]:
    """A ``subject_coordinators`` word of ``names.json`` between spaces, ending the window searched."""
    coordinator = trie_alternation(tuple(names_data()["subject_coordinators"]))
    return regex.compile(rf"(?i)[ \u00a0]++(?:{coordinator})[ \u00a0]++$")


# Most words of a remit after a mandate link (`` pour les affaires étrangères et la politique de sécurité``).
_MANDATE_WORDS = 8


@cache
def _name_titles() -> frozenset[str]:
    """The ``titles`` of ``names.json`` (``Dr``, ``P.``) a name mention may open with."""
    return frozenset(names_data()["titles"])


@cache
def _article_title_gap() -> regex.Pattern[str]:
    """A comma and a definite article of ``names.json`` (``, le ``) before a titled name in apposition."""
    dets = trie_alternation(names_data()["definite_determiners"])
    return regex.compile(rf"(?i)[ \u00a0]*+,[ \u00a0]*+(?:{dets})(?:(?<=['’])|[ \u00a0]++)")


@cache
def _mandate_gap() -> regex.Pattern[str]:
    """`` pour les affaires étrangères, ``: a ``mandate_links`` word of ``names.json``, an article of
    ``articles``, up to ``_MANDATE_WORDS`` words of no stop nor mark, then the comma setting off the
    holder's name: the remit of a role (l'envoyé spécial de l'ONU pour la Syrie, Name); never
    without an article (``pour sa part``), so no match without data."""
    raw = names_data()
    links, articles = tuple(raw.get("mandate_links", ())), tuple(raw["articles"])
    if not links:
        return regex.compile(r"(?!)")
    article = rf"(?:{trie_alternation(articles)})(?:(?<=['’])|[ \u00a0]++)"
    word = r"[\p{L}\d][\p{L}\d\-'’]*+"
    return regex.compile(rf"[ \u00a0]++(?i:{trie_alternation(links)})[ \u00a0]++(?i:{article}){word}"
                         rf"(?:[ \u00a0]++{word}){{0,{_MANDATE_WORDS - 1}}}[ \u00a0]*+,[ \u00a0]*+")


@cache
def _portfolio_chain() -> regex.Pattern[str]:
    """`` de l'Éducation nationale ``, `` des Solidarités et de la Santé ``: up to three
    portfolios, each a complement link (``links`` in ``grammar.json``, ``portfolio_links`` in
    ``names.json``) and a capitalised noun with up to two lower-case words after it, joined by a
    ``subject_coordinators`` word, between a role and its holder's name; or an enumeration of
    them, commas and then that word joining them, closed by a comma before the name."""
    links = tuple(lexicon.read_json("grammar.json")["links"]) + tuple(names_data().get("portfolio_links", ()))
    link = rf"(?i:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)"
    unit = rf"{link}\p{{Lu}}[\p{{L}}\-]*+(?:[ \u00a0]++(?P<adj>\p{{Ll}}[\p{{L}}\-]*+)){{0,2}}"
    coordinator = rf"(?:{trie_alternation(tuple(names_data()['subject_coordinators']))})"
    # "de la Culture, des Arts et du Patrimoine, ": an enumeration its coordinator closes, set off by its comma.
    listed = rf"{unit}(?:[ \u00a0]*+,[ \u00a0]++{unit}){{1,2}}[ \u00a0]++{coordinator}[ \u00a0]++{unit}[ \u00a0]*+,"
    return regex.compile(rf"[ \u00a0]++(?:{listed}|{unit}(?:[ \u00a0]++{coordinator}[ \u00a0]++{unit}){{0,2}}+)[ \u00a0]++")


# Longest gap a portfolio chain may fill between a role and its holder's name (characters).
_PORTFOLIO_CHAIN_REACH = 90


def _portfolio_chain_gap(text: str, start: int, end: int, country_of: Callable[[str], str | None] | None = None) -> bool:
    """Whether ``text[start:end]`` is a chain of portfolios (:func:`_portfolio_chain`) whose
    lower-case words are all adjectives by their ending (``nationale``; not ``reçoit``) or, with
    ``country_of``, nationality adjectives (« le ministre de l'Énergie belge Tinne X »)."""
    if end - start > _PORTFOLIO_CHAIN_REACH:
        return False
    found = _portfolio_chain().fullmatch(text, start, end)
    return found is not None and all(institutions.is_adjective(w) or (country_of is not None and country_of(w) is not None)
                                     for w in found.captures("adj"))


@cache
def _speech_owner_before() -> regex.Pattern[str]:
    """A noun of speech (``speech_nouns`` in ``detection.json``) and a complement link
    (``links`` in ``grammar.json``) ending the searched text: ``le discours de ``."""
    links = lexicon.read_json("grammar.json")["links"]
    return regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(detection_grammar().speech_nouns)})[ \u00a0]++"
                         rf"(?:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)$")


# Fewest paragraphs opening with a time that make a live blog (see Resolver._live_entry_start).
_LIVE_ENTRIES = 2
# A word that only stands in a verb group (an auxiliary's finite form, a negation, a reflexive).
_VERB_WORD = regex.compile(rf"(?<![\w'’])(?i:{alternation(sorted(verb_words()))})(?:(?<=['’])|(?![\w'’]))")
# One capitalised word then a space (« Enedis a mobilisé… »).
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\p{L}\-]*+(?=[ \u00a0])")


@cache
def _not_company_words() -> frozenset[str]:
    """Folded words that open a sentence before a verb and name no company: the subject
    pronouns and group expressions of ``pronouns.json`` and the function words of
    ``stopwords_fr.json`` (« Il a… », « Cela a… »)."""
    return frozenset(fold(p.form) for p in pronouns()) | frozenset(fold(w) for w in lexicon.read_json("stopwords_fr.json")["words"])


def _plural_description(s: Speaker) -> bool:
    """Whether ``s`` is a description named by a plural noun phrase (``plusieurs diplomates``),
    never what a singular pronoun takes back."""
    return (s.entity_id is None and s.mention is not None
            and plurals.plural_phrases().pattern.match(s.mention.text) is not None)


@cache
def _group_refers_to() -> dict[str, str | None]:
    """The kind of entity each group expression of ``pronouns.json`` names, by folded form."""
    return {fold(p.form): p.refers_to for p in pronouns() if p.kind == "group"}


@cache
def _group_sizes() -> dict[str, int | None]:
    """How many members each group expression of ``pronouns.json`` counts, by folded form."""
    return {fold(p.form): p.size for p in pronouns() if p.kind == "group"}


# Characters read back from a name for the organisation noun written right before it (« l'association Attac »).
_NOUN_BEFORE_NAME_REACH = 20
# Most characters between two items of a list of entities (« la France et l'Allemagne »: a coordinator).
_PAIR_GAP = 6
# Most characters of a coordinator and a counterpart between two subjects (see _counterpart_gap).
_COUNTERPART_GAP_REACH = 60


@cache
def _possessed_member_gap() -> regex.Pattern[str]:
    """``, ses partenaires européens et ``: between two members of a list of subjects, a comma,
    a possessive and up to three lower-case words, then a ``subject_coordinators`` word: a member
    the first one's possessive names (its partners, its allies), no mention of its own."""
    raw = names_data()
    return regex.compile(
        rf"[ \u00a0]*+,[ \u00a0]++(?i:{trie_alternation(tuple(raw['possessives']))})[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+"
        rf"(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}[ \u00a0]++(?i:{trie_alternation(tuple(raw['subject_coordinators']))})[ \u00a0]++"
    )


# Most characters between two members a possessed member stands between (see _possessed_member_gap).
_POSSESSED_MEMBER_REACH = 60


@cache
def _counterpart_gap() -> regex.Pattern[str]:
    """`` et son homologue allemand, ``: between two names, a ``subject_coordinators`` word, a
    possessive and a noun of ``counterpart_nouns`` (``names.json``), up to two lower-case words
    (a nationality), a comma maybe: the second name is the first's counterpart, one more subject."""
    raw = names_data()
    return regex.compile(
        rf"[ \u00a0]++(?i:{trie_alternation(tuple(raw['subject_coordinators']))})[ \u00a0]++"
        rf"(?i:{trie_alternation(tuple(raw['possessives']))})[ \u00a0]++(?i:{trie_alternation(tuple(raw.get('counterpart_nouns', ())) or ('(?!)',))})"
        rf"(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}+(?:[ \u00a0]*+,)?[ \u00a0]++"
    )


# Most complements and adjectives read after a plural role (see Resolver._group_tail_end).
_GROUP_TAIL_UNITS = 4


@cache
def _participle_qualifier_pattern() -> regex.Pattern[str]:
    """A past participle, then a link of ``participle_links`` (``grammar.json``: en, à) and one
    lower-case word, maybe after l' (`` spécialisée en immigration``, `` chargés de| à l'asile``)."""
    links = trie_alternation(tuple(lexicon.read_json("grammar.json")["participle_links"]))
    verb = rf"(?i:{alternation(sorted(verb_words()))})(?![\w'’])"
    return regex.compile(
        rf"[ \u00a0]++(?P<participle>\p{{Ll}}[\p{{L}}\-]*+)[ \u00a0]++(?:{links})[ \u00a0]++(?:l['’])?+(?!{verb})\p{{Ll}}[\p{{L}}\-]*+(?![\p{{L}}'’])"
    )


def _participle_qualifier(text: str, unit: regex.Match[str]) -> regex.Match[str] | None:
    """The past participle that ``unit`` reads as an adjective, with its complement (a link of
    ``participle_links`` and a common noun), read from the unit's start; none for another word
    (a participle told by its ending, :func:`telling_participle_endings`: é, ée, és, ées…)."""
    q = _participle_qualifier_pattern().match(text, unit.start(), unit.start() + _ROLE_TAIL_REACH)
    if q is None or q.start("participle") != unit.start("adjective"):
        return None
    return q if q.group("participle").lower().endswith(telling_participle_endings()) else None


@cache
def _cardinal_words() -> frozenset[str]:
    """The ``cardinals`` of ``names.json``, folded."""
    return _folded_names("cardinals")


def _counted(text: str, pos: int) -> bool:
    """Whether the word ending at ``pos`` is a figure or a number word (``cardinals`` of
    ``names.json``: ``27``, ``trente-deux``) after a complement link, so that the lower-case word
    after it is the noun it counts (``les dirigeants des trente-deux| pays``), no adjective."""
    if pos == 0 or not text[pos - 1].isalnum():
        return False
    start = pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    word = text[start:pos]
    if word.isdigit():
        return True
    cardinals = _cardinal_words()
    # « les Vingt-Sept »: capitalised, the number names a group, no noun after it is counted.
    return bool(cardinals) and word.islower() and all(p in cardinals for p in fold(word).replace("-", " ").split())


@cache
def _group_tail_unit() -> regex.Pattern[str]:
    """One complement after a plural role, maybe after a coordinator (`` de la zone euro``, `` et
    de la Justice``, `` de l'Otan``: a link of ``grammar.json`` and a capitalised name, a figure
    or one or two lower-case words, the second no verb word), or one lower-case word, maybe
    after a coordinator (an adjective, checked by the caller: `` parlementaires``, `` et allemand``)."""
    links = trie_alternation(tuple(lexicon.read_json("grammar.json")["links"]))
    coordinator = trie_alternation(tuple(names_data()["subject_coordinators"]))
    verb = rf"(?i:{alternation(sorted(verb_words()))})(?![\w'’])"
    lower = r"\p{Ll}[\p{L}\-]*+"
    return regex.compile(
        rf"[ \u00a0]++(?:(?:(?i:{coordinator})[ \u00a0]++)?(?i:{links})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?:\p{{Lu}}[\p{{L}}\d\-]*+(?:[ \u00a0]++\p{{Lu}}[\p{{L}}\d\-]*+)*+|\d++"
        rf"|{lower}(?:[ \u00a0]++(?!{verb}){lower})?)"
        rf"|(?:(?i:{coordinator})[ \u00a0]++)?(?P<adjective>{lower}))(?![\p{{L}}'’])"
    )


# The kinds of entity a group expression's members may be, by the kind it names (``refers_to``
# in ``pronouns.json``): « les deux gouvernements » after « Paris et Berlin » are the two states.
_GROUP_MEMBER_TYPES: dict[str, frozenset[str]] = {
    "state": frozenset({"state"}),
    "institution": frozenset({"state", "institution"}),
    "organisation": frozenset({"organisation"}),
    "other": frozenset({"state", "institution", "organisation"}),  # « les deux parties », « les deux camps »
}


# An aside in parentheses, dropped from the gap between a name and its role.
_ASIDE = regex.compile(r"[ \u00a0]*+\([^()\n]{0,40}+\)")
# A nationality noun after a short article, set off by a comma between a role and a name (« la
# cheffe de la diplomatie européenne, l'Estonienne Kaja X »): the word is checked by the registry;
# a lower-case one, a title (« le guide suprême, l'ayatollah Ali X »), by names.json.
_NOUN_ADJECTIVE_BEFORE = regex.compile(
    r"(?<![\p{L}\-])\p{Ll}[\p{L}\-]*+[ \u00a0]++(?P<adjective>\p{Ll}[\p{L}\-]*+)(?:[ \u00a0]*+,)?[ \u00a0]++\Z"
)
_NOUN_ADJECTIVE_REACH = 60
_NOUN_ADJECTIVE_RUNS = 4
"""Runs of spaces back from a name past which _NOUN_ADJECTIVE_BEFORE (two words, a comma maybe,
three runs at most) cannot start: its search starts there (a lookbehind still reads before it)."""


def _after_space_runs(text: str, lo: int, end: int, runs: int) -> int:
    """Where the ``runs``-th run of spaces (plain or no-break) back from ``end`` in
    ``text[lo:end]`` opens, or ``lo`` when there are fewer: a match ending at ``end`` holding
    fewer runs starts after it, so a search from there finds what one from ``lo`` finds."""
    k = end
    for _ in range(runs):
        k = max(text.rfind(" ", lo, k), text.rfind("\u00a0", lo, k))
        if k < 0:
            return lo
        while k > lo and text[k - 1] in " \u00a0":
            k -= 1
    return k
_DEMONYM_GAP = regex.compile(r"[ \u00a0]*+,[ \u00a0]*+(?P<article>\p{Ll}{1,3}[ \u00a0]++|\p{Ll}['’]|)(\p{L}[\p{L}\-]*+)[ \u00a0]++")
_COMPLEMENT_TAIL = regex.compile(r"(?:[ \u00a0]++\p{Ll}[\p{L}\-]*+){1,2}+[ \u00a0]*+,[ \u00a0]*+")
"""One or two lower-case words ending a complement before its comma (`` sociaux, ``)."""
_LONE_WORD = regex.compile(r"[ \u00a0]++(\p{Ll}[\p{L}\-]*+)[ \u00a0]++")
"""One lower-case word between spaces (`` européennes ``)."""


@cache
def _portfolio_gap(links: tuple[str, ...], portfolio_links: tuple[str, ...] = (), web_domains: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """``le ministre| de la Santé |Roman Prymula``, ``le député| de Seine-Saint-Denis |Name``: a
    complement with one capitalised word, maybe one or two lower-case words after it before a
    comma (``le président| de l'Autorité palestinienne, |Name``); or one or two lower-case words set off by a comma
    (``le président| de la commission, |Name``); or one lower-case word right before the name,
    as papers that write portfolios in lower case do (``le ministre| de la santé |Roman Prymula``;
    not two: ``le ministre de la santé reçoit Name``); after a link of ``portfolio_links`` only
    the capitalised word (``le ministre délégué| aux Transports |Name``; ``le président| au député
    |Name`` addresses someone else). A site's name keeps its top-level domain (``web_domains``:
    ``le rédacteur en chef| d'Aktuality.sk, |Peter X``)."""
    domain = rf"(?:\.(?:{alternation(web_domains)})(?![\p{{L}}\d]))?+" if web_domains else ""
    portfolio = (rf"|[ \u00a0]++(?i:{alternation(portfolio_links)})(?:(?<=['’])|[ \u00a0]++)\p{{Lu}}[\p{{L}}\-]*+[ \u00a0]*+,?[ \u00a0]*+"
                 if portfolio_links else "")
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(links)})[ \u00a0]*+(?:\p{{Lu}}[\p{{L}}\-]*+{domain}(?:{_COMPLEMENT_TAIL.pattern}|[ \u00a0]*+,?)"
        rf"|\p{{Ll}}[\p{{L}}\-]*+(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-'’]*+)?+[ \u00a0]*+,"
        rf"|\p{{Ll}}[\p{{L}}\-]*+)[ \u00a0]*+{portfolio}"
    )


def _body_opening(determiners: tuple[str, ...], nouns: tuple[str, ...]) -> regex.Pattern[str]:
    """A definite determiner and a body noun opening the text searched (``Le ministère``)."""
    det = words_then_space(determiners, r"[ \u00a0]")
    return regex.compile(rf"(?i)[\s\"«“—–\-]*+(?:{det})(?:{trie_alternation(nouns)})(?![\w'’])")


def _holds_offices(body: Speaker) -> bool:
    """Whether ``body`` may own a person's office: not a description of a text, a figure or a plan
    (``officeless_body_nouns`` of ``names.json``: « Le projet est mauvais, estime son avocat »)."""
    if body.entity_id is not None:
        return True
    words = fold(body.name).split(" ", 2)
    head = words[1] if len(words) > 1 and words[0] in _premodifiers() else words[0]
    return head not in _folded_names("officeless_body_nouns")


@cache
def _possessive_body_opening() -> regex.Pattern[str]:
    """A singular possessive and a body noun opening the text searched (``Leur syndicat``):
    ``possessives`` that are no ``plural_possessives`` but ``leur``, and ``body_nouns`` of ``names.json``."""
    words = names_data()
    singular = tuple(w for w in words["possessives"] if w.endswith("r") or w not in words.get("plural_possessives", ()))
    return _body_opening(tuple(w for w in singular if not w.endswith("s")), tuple(words["body_nouns"]))


# How far before a name an award participle and its link are looked for (characters).
_AWARD_REACH = 60


@cache
def _award_nouns() -> frozenset[str]:
    """The folded ``award_nouns`` of ``names.json`` (``lauréate``)."""
    return frozenset(fold(w) for w in names_data().get("award_nouns", ()))


@cache
def _award_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An award participle, two words at most and its link, ending right before a name
    (``attribué mercredi à``); a crowning participle right after one (`` couronnée``)."""
    raw = names_data()
    blank = r"[ \u00a0]"
    participles, links, crowned = (
        trie_alternation(raw[key]) if raw.get(key) else "(?!)" for key in ("award_participles", "award_links", "crowned_participles"))
    before = regex.compile(rf"(?i)(?<![\w'’])(?:{participles})(?:{blank}++[\w'’-]++){{0,2}}{blank}++(?:{links}){blank}++$")
    after = regex.compile(rf"(?i),?{blank}++(?:{crowned})(?![\w'’])")
    return before, after


@cache
def _gendered_role_heads() -> dict[str, str]:
    """Each folded head of ``gendered_role_heads`` in ``names.json`` and the gender of its form."""
    words: dict[str, list[str]] = names_data().get("gendered_role_heads", {})
    return {fold(w): g for g, ws in words.items() for w in ws}


# Longest complement of a body already named, from its link to the word after its noun (characters).
_BODY_BEFORE_REACH = 60


@cache
def _the_body_before() -> regex.Pattern[str]:
    """`` du parti``, `` du mouvement chiite`` right after a role: a complement link and a
    lower-case noun of a presided body (``presided_bodies`` in ``institution_names.json``) that
    neither a capitalised word nor a complement link follows, right after it or past one lower-case
    word (not `` du groupe LR``, `` de la région Grand Est``, `` de la commission des finances``,
    `` du syndicat national des journalistes``): the body the text has named, no new one; a
    leaning may close it (`` du parti d'extrême droite``)."""
    links = trie_alternation(tuple(names_data()["complement_links"]))
    bodies = trie_alternation(institutions.presided_bodies())
    stop = rf"\s++(?:(?i:{links})(?:(?<=['’])|\s)|\p{{Lu}})"
    after = rf"(?!{stop}|\s++\p{{Ll}}[\p{{L}}\-]*+{stop})"
    # « du parti| d'extrême droite »: a leaning of ``body_leanings`` in ``names.json`` may close it.
    leanings = names_data().get("body_leanings", ())
    leaning = rf"(?:\s++(?i:{trie_alternation(tuple(leanings))})(?!\w))?+" if leanings else ""
    return regex.compile(rf"\s++(?i:{links})\s*+(?:{bodies})(?!\w){leaning}{after}")


@cache
def _epithet_after_role() -> regex.Pattern[str]:
    """`` d'extrême droite`` (``body_leanings`` of ``names.json``) or `` suédo-danois`` (a compound
    nationality adjective: a first part in -o and a hyphen before the last, group ``adj``) right
    after a role's words."""
    leanings = names_data().get("body_leanings", ())
    leaning = trie_alternation(tuple(leanings)) if leanings else "(?!)"
    return regex.compile(rf"[ \u00a0]++(?:(?i:{leaning})(?!\w)|\p{{Ll}}++(?<=o)-(?P<adj>\p{{Ll}}++)(?![\p{{L}}\-]))")


@cache
def _trailing_participle() -> regex.Pattern[str]:
    """A lower-case word with a past participle's ending closing the searched window, after a
    word and its space (``du FSB| diffusé``), the word before it in group ``before``."""
    endings = trie_alternation(telling_participle_endings())
    return regex.compile(rf"(?P<before>\p{{L}}[\p{{L}}\-]*+)[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*?(?:{endings})$")


def _before_trailing_participle(text: str, start: int, end: int) -> int:
    """``le communiqué du FSB diffusé dans la soirée``: a past participle closing the issuer's
    complement of a text noun agrees with the text, not the issuer; where the issuer ends
    without it (``end`` when none, or when a link or a determiner governs it: ``du Conseil de
    sécurité``, ``de l'Union des professionnels de la santé``)."""
    if not text[start:end].endswith(telling_participle_endings()):
        return end
    found = _trailing_participle().search(text, start, end)
    before = fold(found.group("before")) if found is not None else ""
    if found is None or before in _folded_names("prepositions") or before in _folded_names("determiners"):
        return end
    return int(found.end("before"))


@cache
def _folded_names(key: str) -> frozenset[str]:
    """The words of the ``names.json`` list ``key``, folded (``possessives``, ``prepositions`` —
    ``selon``, ``après`` of *d'après* —, ``channel_nouns``, ``joint_markers``…)."""
    return frozenset(fold(w) for w in names_data().get(key, ()))


@cache
def _partitive_openers() -> tuple[str, ...]:
    """The ``partitive_pronouns`` phrases of ``names.json``, folded, each with the space after it."""
    return tuple(sorted(p + " " for p in _folded_names("partitive_pronouns")))


# Characters after a description read for a partitive complement (`` de l'un de ses anciens élèves``).
_PARTITIVE_REACH = 60


@cache
def _partitive_complement() -> regex.Pattern[str]:
    """A complement link, a ``partitive_pronouns`` phrase of ``names.json`` and a common noun
    (`` d'une des victimes``, `` de l'un des blessés``); never matches without data."""
    data = names_data()
    phrases = data.get("partitive_pronouns", ())
    if not phrases:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(data['complement_links'])})[ \u00a0]*+(?i:{trie_alternation(tuple(phrases))})"
        rf"[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+(?![\p{{L}}'’])"
    )


# Characters after a role read for a jurisdiction complement (`` de la municipalité``).
_JURISDICTION_REACH = 24


@cache
def _jurisdiction_after() -> regex.Pattern[str]:
    """A ``jurisdiction_complements`` phrase of ``names.json`` right after a role, a whole word
    (`` de la province``); never matches without data."""
    phrases = names_data().get("jurisdiction_complements", ())
    if not phrases:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(tuple(phrases))})(?![\p{{L}}\-])")


@cache
def _contrast_after() -> regex.Pattern[str]:
    """A contrast marker of ``names.json`` (``pour sa part``, ``au contraire``) in the words after a
    subject, before its verb's que, a mark or a stop: « Le procureur a pour sa part estimé que… »."""
    markers = trie_alternation(tuple(names_data().get("contrast_markers", ())))
    if not markers:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"(?i)(?:(?!(?<!\p{{L}})qu(?:e(?!\p{{L}})|['’]))[^«»\"“”:;.!?\n]){{0,40}}?(?<!\p{{L}})(?:{markers})(?!\p{{L}})"
    )


@cache
def _verb_group_after_comma() -> regex.Pattern[str]:
    """A comma and a word that only stands in a verb group (an auxiliary, a negation, a reflexive
    pronoun: ``, a appris``, ``, n'a pas``): the words before the comma are that verb's subject."""
    return regex.compile(rf",[ \u00a0]++(?i:{alternation(verb_words())})(?:(?<=['’])|(?![\p{{L}}]))")


@cache
def _regional_adjectives() -> frozenset[str]:
    """The ``regional_adjectives`` of ``grammar.json``, folded."""
    return frozenset(fold(a) for a in lexicon.read_json("grammar.json").get("regional_adjectives", ()))


def _regional_adjective(description: str) -> str | None:
    """The regional adjective (``québécois``) closing ``description`` after its noun (``le premier
    ministre québécois``), folded, if any; a capitalised noun of the same word (``le Flamand``)
    names a person, no office. Only the last two words are read."""
    words = description.rsplit(None, 2)
    if len(words) < 2 or not words[-1][:1].islower() or (len(words) == 2 and words[0].lower() in _determiner_words()):
        return None
    last = fold(words[-1])
    return last if last in _regional_adjectives() else None


@cache
def _determiner_words() -> frozenset[str]:
    """The ``determiners`` of ``grammar.json``, in lower case."""
    return frozenset(d.lower() for d in lexicon.read_json("grammar.json")["determiners"])


@cache
def _described_subject() -> regex.Pattern[str]:
    """A sentence opening with a definite determiner of ``names.json`` and a ``role_adjectives``
    word of ``grammar.json`` standing as a noun (``Le communiste``, ``L'insoumise``), then a word
    of a verb group: a person described as the subject, whatever the sentence names after it."""
    dets = "|".join(regex.escape(d).replace("'", "['’]") for d in names_data()["definite_determiners"])
    grammar = lexicon.read_json("grammar.json")
    adjectives = (*grammar.get("role_adjectives", ()), *grammar.get("regional_adjectives", ())) or ("(?!)",)
    return regex.compile(
        rf"[\s\"«“—–\-]*+(?i:{dets})(?:(?<=['’])|[ \u00a0]++)(?:{alternation(adjectives)})[ \u00a0]++"
        rf"(?i:{alternation(sorted(verb_words()))})(?:(?<=['’])|(?![\w'’]))"
    )


@cache
def _trade_complement(two: bool = True) -> regex.Pattern[str]:
    """`` de rue``, `` en théâtre``: the complement of a profession or a relation bound by its
    noun, after a link of ``trade_links`` in ``names.json``, ending at a punctuation mark or
    before a word of a verb group (``Un chauffeur de taxi| a dénoncé``, ``Une mère de famille|
    n'a pas…``), of ``origin_words`` (``Un gérant de fonds| basé à Londres``) or of
    ``presence_participles`` (``Un agent de sécurité| posté avenue X``); with ``two`` false, its
    one word before a space (``Un chauffeur de taxi| raconte :``)."""
    links = tuple(names_data().get("trade_links", ())) or ("(?!)",)
    origins = (*names_data().get("origin_words", ()), *names_data().get("presence_participles", ())) or ("(?!)",)
    verb = rf"[ \u00a0]++(?i:{alternation(sorted(verb_words()))})(?:(?<=['’])|(?![\w'’]))"
    origin = rf"[ \u00a0]++(?i:{alternation(origins)})[ \u00a0]"
    head = rf"[ \u00a0]++(?i:{alternation(links)})[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+"
    if not two:
        return regex.compile(rf"{head}(?=[ \u00a0])")
    return regex.compile(rf"{head}(?:[ \u00a0]++(?P<second>\p{{Ll}}[\p{{L}}\-]*+))?(?=[ \u00a0]*+[,.;:!?)]|{verb}|{origin})")


# The lower-case noun an ordinal qualifies, whatever follows it (`` arrondissement.``).
_ORDINAL_NOUN = regex.compile(r"[ \u00a0]\p{Ll}[\p{L}\-]*+(?![\p{L}'’])")


@cache
def _roman_ordinal() -> regex.Pattern[str]:
    """``XVIIIe``: an ordinal in Roman figures, with an ending of ``roman_ordinal_suffixes`` of ``names.json``."""
    suffixes = tuple(names_data().get("roman_ordinal_suffixes", ())) or ("(?!)",)
    return regex.compile(rf"[IVX]++(?:{alternation(suffixes)})")


@cache
def _origin_after() -> regex.Pattern[str]:
    """`` venue de Lyon``, `` routier originaire d'Issoire``: a word of ``origin_words`` in
    ``names.json`` (a lower-case adjective may come first), then a place named with a capital
    after a link of ``name_complement_links``: part of a description bound by its noun."""
    words = names_data()
    origins = tuple(words.get("origin_words", ())) or ("(?!)",)
    links, articles = tuple(words["name_complement_links"]), tuple(words.get("articles", ()) or ("(?!)",))
    return regex.compile(
        rf"(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+)?[ \u00a0]++(?i:{alternation(origins)})"
        rf"[ \u00a0]++(?i:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{alternation(articles)})[ \u00a0]*+)?"
        rf"\p{{Lu}}[\p{{L}}\-]*+"
    )


@cache
def _origin_word_after() -> regex.Pattern[str]:
    """`` en poste à``, `` basé à``, `` originaire de``: a word of ``origin_words`` in ``names.json``
    right after a space, then another: where a description's holder comes from or is posted,
    which closes the lower-case adjectives of the complement before it."""
    origins = tuple(names_data().get("origin_words", ())) or ("(?!)",)
    return regex.compile(rf"[ \u00a0]++(?i:{alternation(origins)})[ \u00a0]")


@cache
def _adverbial_preposition_after() -> regex.Pattern[str]:
    """`` devant``, `` à``, `` lors``: a space and one of ``prepositions`` in ``names.json`` that is
    no complement link (``de``, ``du``, ``des``), the word ending there: an adverbial of the
    clause opens, which closes the lower-case adjectives of a description before it."""
    raw = names_data()
    links = {w.casefold() for w in (*raw["complement_links"], *raw["name_complement_links"])}
    preps = tuple(w for w in raw["prepositions"] if w.casefold() not in links) or ("(?!)",)
    return regex.compile(rf"[ \u00a0]++(?i:{alternation(preps)})(?![\p{{L}}'’\-])")


def _complement_after(links: tuple[str, ...]) -> regex.Pattern[str]:
    """A complement link right after a description: a link of one word (`` du``, `` de la``),
    an elided link of its own (`` d'``) before a capital only (not `` d'abord``), an article
    elided after its preposition (`` de l'``) before any word (``le dirigeant| de l'|aile droite``)."""
    elided = tuple(x for x in links if x[-1:] in "'’" and " " in x)
    rest = tuple(x for x in links if x not in elided)
    own = rf"(?:{trie_alternation(elided)})(?=\w)|" if elided else ""
    return regex.compile(rf"(?i)\s++(?:{own}(?:{trie_alternation(rest)})(?:(?<=['’])(?=(?-i:\p{{Lu}}))|(?!\w)))")


@cache
def _accredited_to() -> regex.Pattern[str]:
    """`` auprès de l'Otan``, `` auprès du Saint-Siège``: a link of ``place_links`` in
    ``names.json`` that opens with ``de_prepositions`` (auprès) and the capitalised name of the
    body or state a description's holder is posted to: part of the description."""
    data = names_data()
    heads = tuple(data.get("de_prepositions", ()))
    links = tuple(x for x in data["place_links"] if x.split(" ", 1)[0] in heads and " " in x) or ("(?!)",)
    articles = tuple(a for a in data.get("articles", ()) if a[-1:] in "'’") or ("(?!)",)
    capital = r"\p{Lu}[\p{L}\-]*+"
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{alternation(articles)}))?"
        rf"(?P<name>{capital}(?:[ \u00a0]++{capital})*+)(?![\p{{L}}'’])"
    )


# How far ``auprès de`` and the body a holder is posted to may run (a bound: the pattern needs words
# that are mostly absent, and the engine would look for them to the end of the text on each call).
_ACCREDITED_REACH = 120

# One or two lower-case words, the second after a short linking word (« écologique et solidaire »).
_ADJECTIVE_RUN = regex.compile(r"[ \u00a0](?P<adj>\p{Ll}[\p{L}\-]*+)(?:[ \u00a0](?P<link>\p{Ll}{2,4}+)[ \u00a0](?P<adj>\p{Ll}[\p{L}\-]*+))?(?![\p{L}'’])")
# Two lower-case words side by side (« diplomatique européen »), and one alone, whatever follows
# it (« français », « armées »).
_ADJECTIVE_PAIR = regex.compile(r"[ \u00a0](?P<adj>\p{Ll}[\p{L}\-]*+)[ \u00a0](?P<adj>\p{Ll}[\p{L}\-]*+)(?![\p{L}'’])")
_ONE_ADJECTIVE = regex.compile(r"[ \u00a0](?P<adj>\p{Ll}[\p{L}\-]*+)(?![\p{L}'’])")


@cache
def _role_adjective_words() -> frozenset[str]:
    """The ``role_adjectives`` of ``grammar.json`` (``chiite``, ``druze``, ``socialiste``): adjectives
    of a description's complement whatever their ending."""
    return frozenset(lexicon.read_json("grammar.json").get("role_adjectives", ()))


@cache
def _coordinators() -> frozenset[str]:
    """The one-word ``coordinators`` of ``names.json`` (et, ou), folded."""
    return frozenset(fold(w) for w in names_data()["coordinators"] if " " not in w)


# Complements more a description's lower-case complement may run into (see _Resolver._complement_run).
_COMPLEMENT_RUN = 2

# What closes a run of complements: a punctuation mark, a bracket or the end of the text.
_CLOSING_CHARS = regex.compile(r"[ \u00a0]*+(?:[,.;:!?()]|$)")

# Mention kinds of a body's own name set in apposition after the noun of its trade.
_APPOSED_BODY_KINDS = frozenset({"name", "organisation", "entity"})
# Characters read back from a complement's end for a noun of ``organisation_nouns``.
_BODY_NOUN_CHARS = 16


@cache
def _trade_noun_words() -> frozenset[str]:
    """The one-word nouns of ``trade_nouns`` (``names.json``: transporteur, opérateur), lower case:
    a company's trade, which never takes back a person."""
    return frozenset(w.lower() for w in names_data().get("trade_nouns", ()) if " " not in w)


@cache
def _organisation_noun_words() -> tuple[str, ...]:
    """The one-word nouns of ``organisation_nouns`` and ``trade_nouns`` (``names.json``), lower case:
    a body's kind or a company's trade."""
    raw = names_data()
    return tuple(sorted({w.lower() for w in (*raw.get("organisation_nouns", ()), *raw.get("trade_nouns", ())) if " " not in w}))


@cache
def _indefinite_words() -> frozenset[str]:
    """``indefinite_determiners`` of ``names.json``, folded (``un``, ``une``)."""
    return frozenset(fold(d) for d in names_data().get("indefinite_determiners", ()))


@cache
def _indefinite_endings() -> frozenset[str]:
    """The last three letters, lower-case, a word ending with an indefinite determiner may have
    (`` d'un``, `` une``): a cheap test before :func:`_indefinite_words`."""
    return frozenset(e for d in names_data().get("indefinite_determiners", ())
                     for e in {d.lower()[-3:], ("'" + d.lower())[-3:], ("’" + d.lower())[-3:], (" " + d.lower())[-3:]})


@cache
def _complement_initials() -> frozenset[str]:
    """The first letters, lower-case, of the complement links of ``names.json``."""
    data = names_data()
    return frozenset(x[:1].lower() for x in (*data["complement_links"], *data["name_complement_links"]))


def _ends_with_determiner(tail: regex.Match[str]) -> bool:
    """Whether a complement ``tail`` ends with an indefinite determiner (`` d'un``), its noun not read."""
    last = tail.group().rsplit(None, 1)[-1]
    return last[-3:].lower() in _indefinite_endings() and fold(last.replace("’", "'").rsplit("'", 1)[-1]) in _indefinite_words()


@cache
def _possessed_complement() -> regex.Pattern[str]:
    """`` de son hôtel``, `` de leur parti``: a complement link (``name_complement_links`` of
    ``names.json``), a possessive (``possessives``) and a lower-case word."""
    raw = names_data()
    return regex.compile(rf"[ \u00a0]++(?i:{alternation(tuple(raw['name_complement_links']))})[ \u00a0]*+"
                         rf"(?i:{alternation(tuple(raw['possessives']))})[ \u00a0]++\p{{Ll}}")


@cache
def _pointed_complement() -> regex.Pattern[str]:
    """`` de leur association``, `` de cet archipel``: the link ``de`` (first of
    ``name_complement_links`` of ``names.json``), a possessive or a demonstrative (``possessives``,
    ``demonstratives``) and one lower-case noun, a whole word."""
    raw = names_data()
    return regex.compile(rf"[ \u00a0]++(?i:{regex.escape(raw['name_complement_links'][0])})[ \u00a0]++"
                         rf"(?i:{alternation((*raw['possessives'], *raw['demonstratives']))})[ \u00a0]++"
                         r"\p{Ll}[\p{L}\-]*+(?![\p{L}'’])")


@cache
def _allegiance_prefixes() -> frozenset[str]:
    """``pro``, ``anti`` (``allegiance_prefixes`` of ``names.json``): before a hyphen and a
    nationality adjective, the side a group takes (``pro-iranienne``)."""
    return frozenset(w.lower() for w in names_data().get("allegiance_prefixes", ()))


@cache
def _determined_complement() -> regex.Pattern[str]:
    """`` d'un pays nordique``, `` d'une grande banque``: a complement link, an indefinite
    determiner, maybe an adjective of ``indefinite_premodifiers`` (`` d'un grand musée bruxellois``),
    a common noun and, before a punctuation mark or a bracket, lower-case words;
    a one-word ``qualifiers`` adjective of ``anonymous.json`` (``balte``, ``européen``) is the
    noun's whatever follows it (« un diplomate d'un pays balte à la sortie de la réunion »)."""
    data = names_data()
    dets = tuple(data.get("indefinite_determiners", ())) or ("(?!)",)
    adjectives = tuple(q for q in lexicon.read_json("anonymous.json")["qualifiers"] if q.isalpha()) or ("(?!)",)
    premodifiers = trie_alternation(data.get("indefinite_premodifiers", ())) or "(?!)"
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(tuple(data['complement_links']))})[ \u00a0]*+(?i:{alternation(dets)})[ \u00a0]++"
        rf"(?:(?:{premodifiers})[ \u00a0]++(?=\p{{Ll}}))?\p{{Ll}}[\p{{L}}\-]*+(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+(?=[ \u00a0]*+(?:[,.;:!?()]|$))"
        rf"|[ \u00a0]++(?:{alternation(adjectives)})(?![\p{{L}}'’\-]))?(?![\p{{L}}'’])"
    )


@cache
def _determined_acronym() -> regex.Pattern[str]:
    """`` d'une PME``, `` d'une ONG``: a complement link, an indefinite determiner and a common
    noun's acronym, two to five capitals making a whole word."""
    data = names_data()
    dets = tuple(data.get("indefinite_determiners", ())) or ("(?!)",)
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(tuple(data['complement_links']))})[ \u00a0]*+(?i:{alternation(dets)})[ \u00a0]++"
        rf"\p{{Lu}}{{2,5}}+(?![\p{{L}}'’\-])"
    )


@cache
def _chained_complement() -> regex.Pattern[str]:
    """`` de sécurité ukrainiens``: one more complement of common nouns after a description's
    complement, its link a complement link or a name's (``de``) of ``names.json``, a lower-case
    word closing it before a punctuation mark or a bracket; or a preposition of
    ``complement_phrase_prepositions`` and its bare noun closing it there (`` de sauvetage en
    mer``, `` de secours en montagne``)."""
    data = names_data()
    links = tuple(dict.fromkeys((*data["complement_links"], *data["name_complement_links"])))
    phrases = data.get("complement_phrase_prepositions", ())
    # an adverbial of the verb (``en personne``, ``en soirée``: ``cue_adverbs``) is no complement
    adverbs = [a for a in cue_adverbs() if a.split(" ", 1)[0] in phrases]
    not_adverb = rf"(?!(?:{alternation(adverbs)})(?!\p{{L}}))" if adverbs else ""
    phrase = rf"{not_adverb}(?:{alternation(phrases)})" if phrases else "(?!)"
    word = r"\p{Ll}[\p{L}\-]*+"
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(links)})(?:(?<=['’])|[ \u00a0]++){word}"
        rf"(?:(?:[ \u00a0]++{phrase})?[ \u00a0]++{word}(?=[ \u00a0]*+(?:[,.;:!?()]|$)))?(?![\p{{L}}'’])"
    )


def _lower_complement(links: tuple[str, ...]) -> regex.Pattern[str]:
    """`` des opérations``, `` de la défense``: a complement of common nouns (one or two words)."""
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(links)})[ \u00a0]*+\p{{Ll}}[\p{{L}}\-]*+"
        rf"(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+(?=[ \u00a0]*+[,.;:!?)]|$))?(?![\p{{L}}'’])"
    )


# Characters read after a description for the rest of a body's name and its acronym in brackets.
_ACRONYM_NAME_REACH = 80


@cache
def _time_prepositions() -> frozenset[str]:
    """The prepositions of time (``lors``, ``pendant``, ``après``): the ``frame_prepositions`` of
    ``detection.json`` that also open a clause of time with que (``que_conjunctions``)."""
    g = detection_grammar()
    return frozenset(g.frame_prepositions).intersection(g.que_conjunctions)


@cache
def _named_by_acronym() -> regex.Pattern[str]:
    """`` et garde-frontière estonienne (PPA)``: up to five lower-case words (group ``words``), no
    punctuation between them, then an acronym of capitals in brackets right after."""
    word = r"[ \u00a0]++\p{Ll}[\p{Ll}\-'’]*+"
    return regex.compile(rf"(?P<words>(?:{word}){{1,5}})[ \u00a0]++\(\p{{Lu}}{{2,8}}\)")


# One lower-case word after a space (an adjective closing a description's complement).
_LOWER_WORD = regex.compile(r"[ \u00a0]\p{Ll}[\p{L}\-]*+(?= )")
# The last word of a description, read back over a few characters; a space then one word (an
# elided article glued to the word after it: `` l'énergie``) right at a position.
_LAST_WORD = regex.compile(r"[\p{L}\-]++$")
_LAST_WORD_REACH = 30
_WORD_AT = regex.compile(r"[ \u00a0]++(?P<w>(?:\p{Ll}['’])?[\p{L}\-]++)")
# Words of a trade's field after its participle and link (`` dans les marchés frontières``).
_FIELD_WORDS = 6


@cache
def _field_participles() -> frozenset[str]:
    """The ``field_participles`` of ``names.json`` (``spécialisé``)."""
    return frozenset(w.lower() for w in names_data().get("field_participles", ()))


@cache
def _field_participle_links() -> frozenset[str]:
    """The ``field_participle_links`` of ``names.json`` (``dans``, ``en``)."""
    return frozenset(w.lower() for w in names_data().get("field_participle_links", ()))


@cache
def _subject_relative_word() -> regex.Pattern[str]:
    """A space and one of ``subject_relatives`` of ``names.json`` (`` qui``) as a whole word."""
    return regex.compile(rf"[ \u00a0](?i:{alternation(names_data()['subject_relatives'])})(?![\p{{L}}'’])")


# Characters read for a subject relative right after a description's adjective (`` qui``).
_RELATIVE_WORD_REACH = 8

# Lower-case words only (a description's adjectives and common-noun complements).
_LOWER_RUN = regex.compile(r"[\p{Ll}'’\- \u00a0]*+")

# A closing quotation mark: what stands before it is no reported clause's words.
_LAST_CLOSING_MARK = regex.compile(r"(?r)[»”\"]")

# Attributed quotes a continuing cue looks back over for a role it names, and quotes renamed.
_CONTINUATION_LOOKBACK = 3
# Characters past a statement noun's complement link (an article) to the body it names.
_ISSUER_LINK_REACH = 5
# Sentences before a statement's text (« précise le texte ») in which the body it speaks for
# may have spoken, when someone else spoke since.
_ISSUER_SENTENCES = 2
# Most characters from a statement noun in a fronted phrase to the subject after its comma.
_FRONTED_TEXT_REACH = 60


@cache
def _plural_determiners() -> frozenset[str]:
    """The plural determiners of ``names.json`` (``les``, ``des``), folded."""
    dets = names_data()["plural_determiners"]
    return frozenset(fold(d) for d in (*dets["definite"], *dets["indefinite"]))
# Characters before a statement noun read for its determiner (and an adjective).
_DETERMINER_REACH = 20
# Words of a noun phrase's complement, up to the clause's next punctuation or marks.
_PHRASE_RUN = regex.compile(r"[^,.;:!?«»“”\"()\n]*+")
# Mention kinds that may be the subject who puts a text out (``Le Kremlin a publié un communiqué``).
_INTRODUCERS = frozenset({"name", "entity", "metonym", "role", "organisation"})
# Kinds of mention that never put out a statement a channel noun names.
_NO_ISSUERS = frozenset({"publication", "discourse", "former"})

_RENAME_LOOKBACK = 64


@cache
def _complement_links() -> frozenset[str]:
    """The one-word ``links`` of ``grammar.json`` (de, du, des): what opens a role's complement."""
    return frozenset(w for w in lexicon.read_json("grammar.json")["links"] if " " not in w and w.isalpha())


@cache
def _prompting() -> tuple[frozenset[str], frozenset[str]]:
    """The ``prompting_participles`` and ``prompting_links`` of ``names.json``, in lower case."""
    raw = names_data()
    return (frozenset(w.lower() for w in raw.get("prompting_participles", ())),
            frozenset(w.lower() for w in raw.get("prompting_links", ())))


def last_speaker_name(out: Sequence[Quote]) -> str | None:
    """The name of the last quote's speaker: the one an answering cue (``a rétorqué``) answers."""
    return next((q.speaker.name for q in reversed(out) if q.speaker is not None), None)


def rename_unnamed_role(out: list[Quote], assigned: Sequence[Mention | None], person: Speaker, resolver: Resolver) -> None:
    """The quotes given to a role still unnamed (``le ministre``) go to the person a continuing
    cue names right after (``…, a ajouté Laurent Martin``); the role is bound to them for the
    rest of the text. Looks back over the last few attributed quotes, none named by a person."""
    seen = 0
    for i in range(len(out) - 1, -1, -1):
        q, m = out[i], assigned[i]
        if q.speaker is None or q.attribution is None or m is None:
            continue
        if q.speaker.type == "person" or seen == _CONTINUATION_LOOKBACK:
            return
        seen += 1
        if q.attribution.chain[-1:] in (("role→as written",), ("np→as written",)) and resolver.name_role(m, person):
            _rename(out, q.speaker.name, q.attribution.chain[-1], person)
            return


def _rename(out: list[Quote], unnamed: str, step: str, person: Speaker) -> None:
    """Give the recent quotes attributed to the description ``unnamed`` (reached by ``step``, or
    taken back from it: a fragment inside its clause) to ``person`` (a bounded look back:
    linear on any text)."""
    for i in range(max(0, len(out) - _RENAME_LOOKBACK), len(out)):
        q = out[i]
        if (q.speaker is not None and q.attribution is not None and q.speaker.name == unnamed
                and q.attribution.chain[-1:] in ((step,), ("role→last person",), ("np→last person",))):
            out[i] = q.model_copy(update={
                "speaker": person.model_copy(update={"mention": q.speaker.mention}),
                "attribution": q.attribution.model_copy(update={"chain": (*q.attribution.chain, "role→person named by the next cue")}),
            })


def _past_premodifier(words: str) -> str:
    """``words`` past a first word of ``premodifiers`` when one word follows it (« jeune
    Français » → « Français »: a nationality noun so described is still one); else ``words``."""
    first, space, rest = words.partition(" ")
    return rest if space and " " not in rest and fold(first) in _premodifiers() else words


@cache
def _premodifiers() -> frozenset[str]:
    """The one-word premodifiers of ``grammar.json`` (``ancien``, ``dernier``), folded; not the
    cardinals among them (``sept pays``: a count of several, whose noun is no single one's head)."""
    words = lexicon.read_json("grammar.json")["premodifiers"]
    return frozenset(fold(w) for w in words if " " not in w) - _cardinal_words()


# Characters before a person's name searched for a description it is set in apposition to.
_APPOSED_REACH = 80
_WORD = regex.compile(r"\w[\w-]*+")


def _word_at(text: str, start: int, end: int, folded: str, *, last: bool = False) -> int:
    """Where the first (or ``last``) word of ``text[start:end]`` that folds to ``folded`` ends, or -1."""
    found = -1
    for w in _WORD.finditer(text, start, end):
        if fold(w.group(0)) == folded:
            found = w.end()
            if not last:
                break
    return found


def _is_acronym(name: str) -> bool:
    """``M5S``, ``CNRI``: one word of capitals (and digits)."""
    return " " not in name and sum(map(str.isupper, name)) >= 2 and not any(map(str.islower, name[1:]))


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the sorted, non-overlapping ``spans``."""
    k = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


# How many publications named before a publication noun it may look back over for one of its kind.
_PUBLICATION_LOOKBACK = 4
# How far into its line a dateline's agency may stand (``NEW YORK, 12 mars (AFP) - ``).
_DATELINE_REACH = 60


def _dateline_credit(text: str, m: Mention) -> bool:
    """Whether publication ``m`` is the agency a dateline credits (``TÉHÉRAN (AFP) - ``): the
    article's own source, no outlet a later ``l'agence`` or ``le journal`` takes back."""
    line = text.rfind("\n", 0, m.start) + 1
    if m.start - line > _DATELINE_REACH or m.start == 0 or text[m.start - 1] != "(":
        return False
    dateline = DATELINE.match(text, line, min(len(text), m.end + _DATELINE_REACH))
    return dateline is not None and dateline.end() > m.end


@cache
def _publication_noun_kinds() -> dict[str, frozenset[str]]:
    """The kinds of publication each noun of ``publication_noun_kinds`` describes, by folded noun."""
    return {fold(n): frozenset(k) for n, k in names_data().get("publication_noun_kinds", {}).items()}


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The folded word lists and the patterns a resolver needs, derived from its word list."""

    determiners: tuple[str, ...]
    """Folded, longest first."""
    det_gender: dict[str, str]
    premodifier_gender: dict[str, str]
    """Folded words after a determiner that give a description's gender (``l'ancienne ministre``)."""
    euphonic: frozenset[str]
    """Folded masculine determiners also written before a feminine noun opening with a vowel (``son épouse``)."""
    vowel_next: regex.Pattern[str]
    """A space, then a word opening with one of ``euphonic_initials`` (folded, so unaccented)."""
    demonstratives: frozenset[str]
    definite: tuple[str, ...]
    complement_after: regex.Pattern[str]
    body_link: regex.Pattern[str]
    """A complement link right after a role, ``de`` before a name too (« le dirigeant| de |Syriza »)."""
    body_link_inside: regex.Pattern[str]
    """Such a link inside a description, up to the first letter of what follows (« le patron| de N|uova »)."""
    complement_inside: regex.Pattern[str]
    """A complement link between two words of a description (``l'avocat| du |plaignant``)."""
    portfolio_gap: regex.Pattern[str]
    lower_complement: regex.Pattern[str]
    place_complement: regex.Pattern[str]
    name_complement: regex.Pattern[str]
    former: tuple[str, ...]
    indefinite: frozenset[str]
    indefinite_determiners: frozenset[str]
    """``un``, ``une``: a description they open introduces someone new."""
    body_nouns: frozenset[str]
    text_nouns: frozenset[str]
    """First words of the nouns for a statement's text (communiqué, compte rendu)."""
    publication_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    """Nouns that take back an organisation that spoke (``l'ONG``, ``le syndicat``)."""
    field_nouns: frozenset[str]
    """Nouns whose complement is a field of knowledge (``le spécialiste de l'Iran``), folded."""
    team_nouns: frozenset[str]
    """Nouns of a team's staff or players (``l'entraîneur``), folded."""
    organisation_suffixes: frozenset[str]
    """Last words that make a name a company's (``Mistral AI``, ``Airbus Group``), as written."""
    organisation_prefixes: frozenset[str]
    """First words that make a name a club's or a company's (``FC Nantes``), as written."""
    same_markers: frozenset[str]
    """Words after a determiner that point back to the last speaker (``la même source``), folded."""
    body_opening: regex.Pattern[str]
    """A definite body noun opening a sentence (``Le ministère`` du Travail a contesté)."""
    topic_opening: regex.Pattern[str]
    """A topic marker opening a sentence (``Quant au`` Rassemblement national, il…), with the space after it."""
    cleft_lead: regex.Pattern[str]
    """A cleft opening a sentence up to its ``que`` (``C'est sous les applaudissements que``), matched whole."""
    possessive_relative: regex.Pattern[str]
    """``dont`` (and a determiner) ending the text before a description: ``dont le leader``."""
    article_ends: tuple[str, ...]
    """An article and what follows it (a space, or nothing after an elided one), lower case."""
    subject_coordinator: regex.Pattern[str]
    """What joins two subjects into a group (`` et ``), matched whole between them."""
    owner_complement: regex.Pattern[str]
    """A complement link, then an article or a capital: whom a statement noun's text is from
    (``un communiqué| de |l'intersyndicale``, not ``de presse``)."""
    text_agent: regex.Pattern[str]
    """A past participle (or none) and an agent preposition right after a statement noun:
    who put the text out (``le communiqué| publié par |le Kremlin``)."""
    text_noun_last: regex.Pattern[str]
    """Any statement noun as a whole word, searched from the right (the last one before a point)."""
    introducing: frozenset[str]
    """Determiners that name a statement for the first time (``un``, ``sa``), folded."""
    strip_determiner: Callable[[str], str]
    """:func:`_strip_determiner` with these determiners, memoised by the string alone (a key
    holding the determiners would hash their tuple at every call)."""
    is_former: Callable[[str], bool]
    """:func:`_is_former` with these markers, likewise."""
    named_anaphors: frozenset[str]
    """Anaphors that take back the person last named by name, never a role mentioned since
    (``le principal intéressé``: ``refers: named``), folded."""
    opening_aside: regex.Pattern[str]
    """What a sentence opening with an ``about_markers`` word (``À propos de Jean X,``) or a
    capitalised past participle (``Interrogé sur…,``) sets off up to its comma, with the spaces after it."""
    place_opening: regex.Pattern[str]
    """A ``place_prepositions`` word opening a sentence, with the spaces after it (``À`` Nice, …), matched whole."""
    place_bracket: regex.Pattern[str]
    """A ``place_qualifiers`` word in brackets right after a name (`` (Eure)``): the name is a place's."""
    institution_nouns: frozenset[str]
    apposition_titles: frozenset[str]
    regnal_titles: frozenset[str]
    case_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    vessel_nouns: frozenset[str]
    """These ``names.json`` lists, folded."""
    ship_words: tuple[str, ...]
    """The vessel nouns folded and case-folded as written: one in a case-folded text may name a ship."""
    collective_nouns: frozenset[str]
    """``body_nouns``, ``organisation_nouns`` and ``crowd_nouns``, folded (see :attr:`Resolver.collective_nouns`)."""
    elect: tuple[str, ...] = ()
    """``elect_markers``, folded: written after a role, an office not held yet (« le président élu »)."""


# Lexicons built, by the identity of their word list (kept alive here, so the id stays its own).
_LEXICONS: dict[int, tuple[dict[str, Any], _Lexicon]] = {}
_LEXICONS_KEPT = 8


def _cleft_lead(openers: tuple[str, ...], links: tuple[str, ...]) -> regex.Pattern[str]:
    """A cleft opener, at most ``_LEAD_CHARS`` characters of no other clause, then its link word
    (``C'est dans la salle des fêtes, sous les applaudissements, que ``); never matches without data."""
    if not openers or not links:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"(?i)[\s\"«“—–\-]*+(?:{trie_alternation(openers)})[ \u00a0][^;:.!?«»\"\n]{{1,{_LEAD_CHARS}}}?"
        rf"[ \u00a0,](?:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)"
    )


def _lexicon(words: dict[str, Any]) -> _Lexicon:
    """The lexicon of ``words``, built once per word list (the pipeline passes the same one for
    every text): folding and compiling it again cost a resolver more than some texts' resolving."""
    known = _LEXICONS.get(id(words))
    if known is not None and known[0] is words:
        return known[1]
    links, articles = tuple(words["complement_links"]), tuple(words["articles"])
    determiners = tuple(sorted((fold(d) for d in words["determiners"]), key=len, reverse=True))
    former = tuple(fold(x) for x in words["former_markers"])
    elect = tuple(fold(x) for x in words.get("elect_markers", ()))
    vessels = frozenset(fold(n) for n in words.get("vessel_nouns", ()))
    bodies = frozenset(fold(x) for x in words["body_nouns"])
    organisations = frozenset(fold(n) for n in words.get("organisation_nouns", ()))
    lex = _Lexicon(
        determiners,
        {fold(d): g for g, ds in words["gendered_determiners"].items() for d in ds},
        {fold(d): g for g, ds in words.get("gendered_premodifiers", {}).items() for d in ds},
        frozenset(fold(d) for d in words.get("euphonic_determiners", ())),
        _initial_after_space(words.get("euphonic_initials", "")),
        frozenset(fold(d) for d in words["demonstratives"]),
        tuple(fold(d) for d in words["definite_determiners"]),
        _complement_after(links),
        _complement_after(tuple(dict.fromkeys(links + tuple(words["name_complement_links"])))),
        regex.compile(rf"(?i)\s(?:{trie_alternation(tuple(dict.fromkeys(links + tuple(words['name_complement_links']))))})(?:(?<=['’])|\s)\w"),
        regex.compile(rf"(?i)\s(?:{trie_alternation(links)})(?:(?<=['’])|\s)\w"),
        _portfolio_gap(tuple(dict.fromkeys(links + tuple(words["name_complement_links"]))),
                       tuple(words.get("portfolio_links", ())), tuple(words.get("web_domains", ()))),
        _lower_complement(links),
        place_complement(tuple(words["place_links"]), articles),
        place_complement(tuple(words["name_complement_links"]), articles),
        former,
        frozenset(fold(p["form"]) for p in words["subject_pronouns"] if p.get("indefinite")),
        frozenset(fold(x) for x in words.get("indefinite_determiners", ())),
        bodies,
        frozenset(fold(x).split(" ", 1)[0] for x in words["text_nouns"]),
        frozenset(fold(n) for n in words["publication_nouns"]),
        organisations,
        frozenset(fold(n) for n in words.get("field_nouns", ())),
        frozenset(fold(n) for n in (*words.get("team_nouns", ()), *words.get("local_nouns", ()))),
        frozenset(words.get("organisation_suffixes", ())),
        frozenset(words.get("organisation_prefixes", ())),
        frozenset(fold(w) for w in words.get("same_markers", ())),
        _body_opening(tuple(words["definite_determiners"]), tuple(words["body_nouns"])),
        regex.compile(rf"(?i)[\s\"«“—–\-]*+(?:{trie_alternation(words.get('topic_markers', ()))})(?:(?<=['’])|[ \u00a0]++)"),
        _cleft_lead(tuple(words.get("cleft_openers", ())), tuple(words.get("cleft_links", ()))),
        ending_with(words.get("possessive_relatives", ())),
        _article_ends(articles),
        # "Le PLR et l'UDC": the article of a name left out of its mention may follow the coordinator.
        regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(words['subject_coordinators'])})[ \u00a0]++"
                      rf"(?:(?:{trie_alternation(articles)})(?:(?<=['’])|[ \u00a0]++)"
                      # "… et le général Jean X": a title no mention holds between the article and the name.
                      rf"(?:(?:{trie_alternation(words.get('apposition_titles', ()))})[ \u00a0]++)?)?"),
        _owner_complement(tuple(words["name_complement_links"]), articles, tuple(words.get("contracted_prepositions", ()))),
        _text_agent_pattern(tuple(words["agent_prepositions"]),
                            (*words.get("language_phrases", ()), *words.get("medium_phrases", ()),
                             *words.get("time_phrases", ()))),
        regex.compile(rf"(?ri)(?<!\w)(?:{trie_alternation(words['text_nouns'])})(?!\w)"),
        frozenset(fold(x) for x in (*words.get("indefinite_determiners", ()), *words["possessives"])),
        # Role and noun-phrase texts recur across articles: bounded caches.
        lru_cache(maxsize=4096)(partial(_strip_determiner, determiners=determiners)),
        lru_cache(maxsize=4096)(partial(_is_former, former=former)),
        frozenset(fold(p["form"]) for p in words["anaphors"] if p.get("refers") == "named"),
        _opening_aside(tuple(words.get("about_markers", ())), tuple(words.get("aside_openers", ())),
                       tuple(words.get("topic_markers", ()))),
        regex.compile(rf"(?i)[\s\"«“—–\-]*+(?:{trie_alternation(words.get('place_prepositions', ()))})[ \u00a0]++"
                      if words.get("place_prepositions") else r"(?!)"),
        regex.compile(rf"[ \u00a0]\((?:{trie_alternation(words['place_qualifiers'])})\)"
                      if words.get("place_qualifiers") else r"(?!)"),
        frozenset(fold(n) for n in words.get("institution_nouns", ())),
        frozenset(fold(n) for n in words.get("apposition_titles", ())),
        frozenset(fold(n) for n in words.get("regnal_titles", ())),
        frozenset(fold(n) for n in words.get("case_nouns", ())),
        frozenset(fold(n) for n in words.get("facility_nouns", ())),
        vessels,
        tuple(vessels | {n.casefold() for n in words.get("vessel_nouns", ())}),
        bodies | organisations | _folded_names("crowd_nouns"),
        elect,
    )
    if len(_LEXICONS) >= _LEXICONS_KEPT:
        _LEXICONS.clear()
    _LEXICONS[id(words)] = (words, lex)
    return lex


@cache
def _about_opening() -> regex.Pattern[str]:
    """An ``about_markers`` or ``aside_openers`` word of ``names.json`` opening a sentence
    (``Concernant``, ``À propos de``, ``Face à``), not a capitalised word ending like a
    present participle (``L'attaquant Paul X, …`` is the subject)."""
    words = names_data()
    return regex.compile(rf"[\s\"«“—–\-]*+(?i:{trie_alternation((*words.get('about_markers', ()), *words.get('aside_openers', ())))})"
                         rf"(?:(?<=['’])|[ \u00a0]++)")


@cache
def _reported_clause_lead() -> regex.Pattern[str]:
    """A body's verb group and the relative pronoun of ``names.json`` opening the clause it
    reports, with no mark, comma or stop (``a fait savoir que ``, ``assure qu'``)."""
    relatives = names_data()["relative_pronouns"]
    return regex.compile(rf"(?i)[^«»\"“”,;:.!?()\n]{{1,{_REPORTER_REACH}}}?(?<!\p{{L}})(?:{trie_alternation(relatives)})(?:(?<=['’])|[ \u00a0]++)")


@cache
def _complementizer_before() -> regex.Pattern[str]:
    """A complementizer of ``detection.json`` (``que``, ``qu'``) ending right before a position."""
    return regex.compile(rf"(?i)(?<!\w)(?:{alternation(detection_grammar().complementizers)})[ \u00a0]*+$")


@cache
def _object_relative_before() -> regex.Pattern[str]:
    """A comma or a demonstrative (``ce qu'``) and a relative pronoun of ``names.json`` that is no
    subject (``, qu'``, ``, que``) ending the searched text, right before a pronoun: that pronoun is the subject of a relative clause."""
    words = names_data()
    relatives = [w for w in words["relative_pronouns"] if w not in set(words["subject_relatives"])]
    if not relatives:
        return regex.compile(r"(?!)")
    # "dénonce ce qu'elle qualifie de": a demonstrative antecedent stands for the comma.
    demonstratives = trie_alternation(words["demonstratives"])
    return regex.compile(rf"(?i)(?:,[ \u00a0]*+|(?<!\p{{L}})(?:{demonstratives})[ \u00a0]++)(?:{trie_alternation(relatives)})(?:(?<=['’])|[ \u00a0]++)$")


# Characters read after a mention for the participle of an absolute clause (``étant``).
_ABSOLUTE_REACH = 12


def _opening_aside(about: tuple[str, ...], openers: tuple[str, ...] = (), topics: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """A sentence's opening aside: an ``about_markers`` word and a few words (``À propos de Jean X``),
    an ``aside_openers`` word and a few words (``Sans jamais nommer Donald X``, ``Face à Vladimir X``),
    a capitalised present participle and a few words (``Évoquant Volodymyr X``; no ``topic_markers``
    word, ``Quant à Jean X``), or a capitalised past participle and a few words (``Interrogé sur
    l'absence de Jean X``), then the comma closing them and the spaces after it."""
    words = (*about, *openers)
    # "Concernant Kylian X, touché à la cuisse, il…": a past participle's aside may follow.
    participle = (rf"(?:\p{{Ll}}[\p{{L}}\-]*?(?:{trie_alternation(telling_participle_endings())})(?!\p{{L}})"
                  rf"[^,;:.!?«»\"\n]{{0,{_ASIDE_REACH}}},[ \u00a0]*+)?")
    marker = (rf"(?i:{trie_alternation(words)})(?:(?<=['’])|[ \u00a0]++)[^,;:.!?«»\"\n]{{0,{_ASIDE_REACH}}},[ \u00a0]*+{participle}"
              if words else r"(?!)")
    endings = trie_alternation(present_participle_endings())
    # Not a topic ending like a participle (« Quant à Jean X, il… »: see ``topic_markers``).
    topic = rf"(?!(?i:{trie_alternation(topics)})(?:(?<=['’])|[ \u00a0]))" if topics else ""
    present = rf"{topic}(?:\p{{Lu}}['’]\p{{Ll}}|\p{{Lu}})[\p{{L}}\-]*?(?:{endings})[ \u00a0]++[^,;:.!?«»\"\n]{{1,{_ASIDE_REACH}}},[ \u00a0]*+"
    return regex.compile(rf"[\s\"«“—–\-]*+(?:{marker}|{present})|{fronted_participle().pattern}")


def _article_ends(articles: tuple[str, ...]) -> tuple[str, ...]:
    """Each article as it ends the text before a word: with a space or a no-break space after
    it, or an apostrophe of either kind after an elided one (``la ``, ``l’``)."""
    out = []
    for a in (x.lower() for x in articles):
        if a.endswith(("'", "’")):
            out += [a[:-1] + "'", a[:-1] + "’"]
        else:
            out += [a + " ", a + "\u00a0"]
    return tuple(out)


def _initial_after_space(letters: str) -> regex.Pattern[str]:
    """A space, then a word opening with one of ``letters`` (any case); never, without any."""
    return regex.compile(rf"(?i)[ \u00a0]++[{regex.escape(letters)}]" if letters else "(?!)")


def _owner_complement(links: tuple[str, ...], articles: tuple[str, ...], fused: tuple[str, ...]) -> regex.Pattern[str]:
    """A complement naming whose a text is: a link then an article (``d'un``), a preposition
    fused with its article (``du syndicat``) or a capital (``de Renault``); not ``de presse``."""
    after_fused = rf"(?<=(?<!\p{{L}})(?i:{trie_alternation(fused)})[ \u00a0]++)\p{{L}}" if fused else "(?!)"
    return regex.compile(
        rf"[ \u00a0]++(?i:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?P<owner>(?i:{trie_alternation(articles)})[ \u00a0]*+\w|\p{{Lu}}|{after_fused})"
    )


def _text_agent_pattern(agents: tuple[str, ...], languages: tuple[str, ...] = ()) -> regex.Pattern[str]:
    # "un rapport publié mercredi matin par X": up to two adverbs of cue_words.json after the participle;
    # "diffusé en anglais par X": the language it was put out in (language_phrases of names.json);
    # "lu à la télévision par X": where it was read out (medium_phrases);
    # "remis en janvier par X": when it was put out (time_phrases).
    adverbs = trie_alternation(cue_adverbs())
    forms = sorted({f for w in languages for f in (w, w.replace("'", "’"))})
    language = rf"(?:[ \u00a0]++(?:{trie_alternation(forms)})(?![\p{{L}}'’]))?" if languages else ""
    return regex.compile(rf"(?i)(?:[ \u00a0]++\p{{L}}[\p{{L}}\-]*+(?:[ \u00a0]++(?:{adverbs})(?![\p{{L}}'’])){{0,2}})?{language}"
                         rf"[ \u00a0]++(?:{alternation(agents)})[ \u00a0]++")


def _is_former(f: str, former: tuple[str, ...]) -> bool:
    """Whether the folded description ``f`` opens with one of the ``former`` markers."""
    return any(f.startswith(x) and (x.endswith("-") or f[len(x) : len(x) + 1] in (" ", "-")) for x in former)


def _strip_determiner(s: str, determiners: tuple[str, ...]) -> str:
    """``s`` folded, without its leading determiner (``determiners`` folded, longest first)."""
    f = fold(s)
    for d in determiners:
        if f.startswith(d + " ") or (d.endswith("'") and f.startswith(d)):
            return f[len(d) :].strip()
    return f


_TYPES = {"person", "institution", "state", "organisation", "anonymous", "group", "other"}
_BODY_TYPES = frozenset({"institution", "state", "organisation"})


def _restore(original: str, folded_tail: str) -> str:
    """The tail of ``original`` that ``folded_tail`` (its folded form) corresponds to; trailing
    white space the fold dropped is no part of it."""
    if folded_tail == folded_tail.rstrip():
        original = original.rstrip()
    n = len(folded_tail)
    return original[len(original) - n :] if n <= len(original) else original


def _words_before_participle(phrase: str) -> int:
    """The words of a noun phrase before a past participle that follows its determiner and noun
    (``telling_participle_endings``: ``cet ingénieur installé à Firminy`` → 2), or all of them."""
    words = phrase.split()
    for i, w in enumerate(words[2:], 2):
        if w[:1].islower() and w.endswith(telling_participle_endings()):
            return i
    return len(words)


@cache
def _object_relatives() -> frozenset[str]:
    """Relatives whose clause puts its subject after the verb (``où``, ``que``, ``dont``: ``où
    l'attendaient le chef de l'armée et …``), lower case, from ``names.json``."""
    raw = names_data()
    words = (*raw["place_relatives"], *raw["possessive_relatives"], *(w for w in raw["relative_pronouns"] if w not in raw["subject_relatives"]))
    return frozenset(w.lower() for w in words if " " not in w)


def _opens_with_relative(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a relative of :func:`_object_relatives` (elided
    ``qu'`` glued to its verb too): a mention after it is the relative's inverted subject."""
    head = text[start:end].lstrip(" \u00a0\u202f")
    word = head.split(None, 1)[0].lower().replace("’", "'") if head else ""
    elided = word.find("'")
    return word in _object_relatives() or (elided > 0 and word[: elided + 1] in _object_relatives())
