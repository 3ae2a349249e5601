"""The entity registry: diplomatic actors, their names, metonyms and roles, and the gazetteer.

Everything French lives in ``quotetrack/data/`` (``countries.json``, ``institutions.json``,
``organisations.json``, ``persons.json``, ``roles.json``, ``anonymous.json``, ``grammar.json``,
``publications.json``, ``abbreviations.json``, ``pronouns.json``); this module only knows how to
index them and match them in one linear pass.

>>> reg = Registry.default()
>>> [(h.text, h.kind, h.entity_id) for h in reg.find("« Non », a tranché le Kremlin.")]
[('le Kremlin', 'alias', 'ru-kremlin')]
>>> h = reg.find("Le chef de la diplomatie française a parlé.")[0]
>>> (h.text, h.role, h.country)
('Le chef de la diplomatie française', 'foreign_minister', 'FR')
>>> reg.lookup("Putin").id
'person-vladimir-poutine'
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, count
from pathlib import Path
from typing import Any, Literal, NamedTuple

import regex
from pydantic import Field, ValidationError
from rapidfuzz import fuzz, process

from quotetrack import institutions, lexicon
from quotetrack.lexicon import WORD, DataError, Record, load, token_at, trie_alternation
from quotetrack.models import EntityType

__all__ = [
    "CountryRecord",
    "Entity",
    "FirstNames",
    "GazetteerHit",
    "HitKind",
    "PronounRecord",
    "Registry",
    "RoleHolding",
    "abbreviations",
    "article_year",
    "check_entities",
    "fold",
    "pronouns",
    "read_entity_file",
    "shared_names",
]

HitKind = Literal["alias", "metonym", "role", "anonymous"]
_ISO2 = r"^[A-Z]{2}$"
_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

# Tuning of the fuzzy fallback of Registry.lookup (see _compatible for the guards).
_FUZZY_CUTOFF = 80.0  # full-string fuzz.ratio; Peskow/Peskov and Putin/Poutine score 83
_SURNAME_CUTOFF = 75.0  # fuzz.ratio between the last name tokens
_TIE_MARGIN = 3.0  # two different entities this close: refuse rather than guess
_SUFFIX_MIN = 2  # a surname extended by this many letters is another surname
_FUZZY_MIN_LEN = 4  # shorter queries (acronyms, initials) only match exactly
# the groups of an anonymous head's qualifiers (adjectives, complements) in the registry's pattern
_QUALIFIER_GROUPS = ("aq1", "aq2", "aq3", "aadj", "aadj2", "aadj3", "aadj4", "alink")


# --------------------------------------------------------------------------- records


class RoleHolding(Record):
    """An office held by a person (or the office an institution is), loosely dated."""

    key: str = Field(min_length=1)
    """Role key from ``roles.json`` (``head_of_state``, ``spokesperson``, ``foreign_ministry``…)."""
    country: str | None = Field(default=None, pattern=_ISO2)
    institution: str | None = None
    """Entity id of the body the role belongs to (``ru-kremlin`` for the Kremlin's spokesman)."""
    since: str | None = Field(default=None, pattern=_DATE)
    until: str | None = Field(default=None, pattern=_DATE)

    def active(self, year: int | None) -> bool:
        """Whether the role was held in ``year`` (``None``: now, i.e. no end date)."""
        if year is None:
            return self.until is None
        start = int(self.since[:4]) if self.since else -10_000
        end = int(self.until[:4]) if self.until else 10_000
        return start <= year <= end


class Entity(Record):
    """A speaker the registry knows: a person, institution, state, organisation…"""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    """Stable id (``ru-kremlin``, ``state-ru``, ``person-vladimir-poutine``)."""
    name: str = Field(min_length=1)
    """Canonical display name, in French."""
    type: EntityType
    aliases: tuple[str, ...] = ()
    """Names of the entity as written, with or without article."""
    metonyms: tuple[str, ...] = ()
    """Places standing for the entity (a capital, a building: ``Moscou``, ``Quai d'Orsay``)."""
    country: str | None = Field(default=None, pattern=_ISO2)
    roles: tuple[RoleHolding, ...] = ()
    parent: str | None = None
    """Id of the body the entity belongs to (Peskov → ``ru-kremlin`` → ``state-ru``)."""
    ambiguous: bool = False
    """Some of its names may also name another entity."""


class CountryRecord(Record):
    """A state with its names, capitals and nationality adjectives (``countries.json``)."""

    code: str = Field(pattern=_ISO2)
    name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...] = ()
    adjectives: tuple[str, str, str, str]
    """Masculine, feminine, masculine plural, feminine plural."""
    other_adjectives: tuple[str, ...] = ()
    """Other adjectives naming the same country, in any gender and number (``nippon``, ``helvétique``)."""
    regional_nouns: tuple[str, ...] = ()
    """Nouns for someone from one of its regions or cities, written capitalised after an article
    (``le Vaudois``, ``la Havraise``): a description of a person, like a nationality noun, but no
    adjective of a role (``le président lyonnais`` names no head of state)."""
    state_nouns: tuple[str, ...] = ()
    """Nouns for the kind of state it is (``royaume``, ``émirat``): ``le royaume`` takes back
    the last state named that is one, not any other state named since."""


class _RoleRecord(Record):
    key: str
    forms: tuple[str, ...]
    """``head`` or ``head|tail``: a nationality adjective may sit after the head or after the tail."""
    institution: bool = False
    """The noun names a body (``gouvernement``, ``diplomatie``), not a person."""
    on_body: str | None = None
    """Role key to use when the complement is a body rather than a state (président de la Commission)."""
    exclusive: bool = False
    """One of the distinct offices nobody holds two of (head of state, foreign minister, lawyer,
    prosecutor…): a person an apposition or a title gave one of them is not the holder of another
    in the same text."""
    titles: tuple[str, ...] = ()
    """Titles written before a name that give its bearer this role (``Me`` for a lawyer)."""
    determined: bool = False
    """The forms are also verb forms (``qui juge que``, ``a prévenu``): a role only after a
    determiner or a pre-modifier (``le juge``, ``l'ancien prévenu``)."""
    distinct_from: tuple[str, ...] = ()
    """Keys of offices the holder of this one does not also hold in the same text, though
    neither is ``exclusive`` (a deputy mayor is not the mayor)."""
    covers: tuple[str, ...] = ()
    """Keys of the narrower roles this one also names (``l'élu`` for a deputy or a mayor): a
    holder of one of them bound earlier is who it refers back to."""
    same_body_as: tuple[str, ...] = ()
    """Keys of roles naming the same office as this one when their complement names the same
    body (``le chef de Syriza`` is ``le président de Syriza``): a description of the one given
    to a person earlier takes that person back."""
    by_noun: bool = False
    """A family of professions, no office (``le photographe``, ``la romancière``): a description
    takes back only someone named by the same noun, not any holder of the key."""
    speaker_back: bool = False
    """With ``by_noun``: a description also takes back the person who spoke last, when they hold
    no office it excludes (``l'opposant`` after Alexeï X spoke is him)."""
    victim_words: tuple[str, ...] = ()
    """Participles of harm (``abattu``, ``tué``) that, right before a name (``qui a abattu X``) or
    after it (``X a été tué``, ``X, blessé``), mark that person as the victim, whom a description
    of this role never takes back (``le tireur`` is not the ambassador shot)."""
    relational: bool = False
    """A relation to someone else (``le mari``, ``la mère``): a description takes back the
    subject named since the last quote, never merely the last person the text named."""
    seat: bool = False
    """An elected office named by its seat (``le député du Nord``, ``le maire de Bordeaux``):
    with a capitalised place after it, it still takes back the person a pronoun in its place
    would, when nothing in the text gives that seat or that person's seat to someone else."""
    collegial: bool = False
    """An office many hold at once in one country (a government's ministers, a chamber's
    deputies, a capital's ambassadors): a phrase naming it is bound to no person by the
    article's date, even when the registry knows a single holder that year."""
    accented: tuple[str, ...] = ()
    """Forms whose accents the text must write (but on a capital): without them they spell
    another noun (``retraité``: ``sa retraite`` names no pensioner)."""


class _AnonymousHead(Record):
    form: str
    bare: bool
    """Whether the head alone, without qualifier or adjective, already marks an anonymous source."""
    determined: bool = False
    """The form is also an adjective (``Le quotidien, proche du pouvoir, estime``): an anonymous
    source only after a determiner (``un proche du pouvoir``)."""
    adverbial: bool = False
    """The head is a source on its own, with no determiner, right after a word of
    ``adverbial_links`` (``De bonne source, on indiquait…``, ``a-t-on appris de bonne source``)."""


class _AnonymousData(Record):
    heads: tuple[_AnonymousHead, ...]
    qualifiers: tuple[str, ...]
    anaphoric_determiners: tuple[str, ...] = ()
    adverbial_links: tuple[str, ...] = ()
    """The prepositions right before an ``adverbial`` head (``de``: ``de bonne source``)."""
    """Determiners that make a head that is not ``bare`` a source on their own, taking back the
    one described before (``a précisé cette source``)."""
    body_links: tuple[str, ...] = ()
    """Links before the body a source belongs to (``au sein de la``): with any lower-case noun
    after them they qualify the source (``une source au sein de la gendarmerie``)."""
    body_adjectives: tuple[str, ...] = ()
    """Lower-case adjectives that may follow the noun of the body after one of ``body_links``
    (``une source au sein de la police nationale``, ``au sein de l'administration pénitentiaire``),
    besides the nationality, role and regional adjectives: they still name that body."""
    possessive_body_links: tuple[str, ...] = ()
    """Links with a possessive before the body an institution named earlier owns (``au sein de sa``):
    with a capitalised noun after them they qualify the source (``une source au sein de sa Commission``)."""
    qualifier_coordinators: tuple[str, ...] = ()
    """Words that join a second qualifier to the first (``et``: ``des sources humanitaires et militaires``)."""
    place_links: tuple[str, ...] = ()
    """Prepositions of a city after the complement closing a source's description (``à``: ``une
    source à l'ambassade du Royaume à Tachkent``): the capitalised place still describes the source."""
    ministry_qualifiers: tuple[str, ...] = ()
    """Qualifiers (among ``qualifiers``) that name a ministry: a minister's portfolio (a role's tail,
    ``des Affaires étrangères``) completes them, maybe past the nationality adjective, as it completes
    the minister's title (``une source au ministère népalais des Affaires étrangères``)."""


class _Grammar(Record):
    determiners: tuple[str, ...]
    indefinite: tuple[str, ...]
    links: tuple[str, ...]
    prepositions: tuple[str, ...]
    particles: tuple[str, ...]
    premodifiers: tuple[str, ...] = ()
    """Words between a determiner and a role noun (``l'ancien ministre``, ``l'ex-président``)."""
    role_adjectives: tuple[str, ...] = ()
    """Adjectives that may stand where a nationality does, naming no country (``le ministre
    fédéral de la Justice``)."""
    agent_participles: tuple[str, ...] = ()
    """Passive participles among ``role_adjectives`` (``désigné``): before one of ``agent_prepositions``
    (``le ministère désigné par la junte``) they govern an agent, no adjective of the role's."""
    agent_prepositions: tuple[str, ...] = ()
    """Prepositions of a passive's agent (``par``)."""
    participle_links: tuple[str, ...] = ()
    """Prepositions of a past participle's complement qualifying a body after a plural role
    (``les juges de la section spécialisée en immigration``)."""
    regional_adjectives: tuple[str, ...] = ()
    """Adjectives of a region or a federated state (``québécois``, ``bavarois``, ``écossais``): a role
    they qualify (``le premier ministre québécois``) is that region's office, never the national one."""
    city_adjectives: tuple[str, ...] = ()
    """Adjectives of a city (``parisien``, ``londonien``): read after a role or its tail as part of the
    description (``un courtier parisien``, ``les juges d'instruction parisiennes``), naming no country
    and, unlike ``regional_adjectives``, no office of its own (``l'entraîneur lyonnais`` is a club's)."""
    months: tuple[str, ...] = ()
    """Month names, for a date written in words on a dateline (``Paris, le 3 mars 2018``)."""


PublicationKind = Literal["newspaper", "magazine", "website", "agency", "tv", "radio", "programme", "journal"]
"""The kinds of publication ``publications.json`` knows."""


class _Publication(Record):
    name: str
    kind: PublicationKind


class PronounRecord(Record):
    """A subject pronoun or a group expression (``pronouns.json``)."""

    form: str
    kind: Literal["pronoun", "group"]
    gender: Literal["m", "f"] | None = None
    number: Literal["sg", "pl"]
    size: int | None = Field(default=None, ge=2)
    """How many members a group expression stands for (``les deux dirigeants`` → 2)."""
    refers_to: EntityType | None = None


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    """One gazetteer mention; ``text == source[start:end]``, ``start`` includes the determiner."""

    start: int
    end: int
    text: str
    entity_id: str | None
    kind: HitKind
    role: str | None = None
    country: str | None = None
    article_start: int = 0
    """Start of the determiner (same as ``start``; equals ``head_start`` when there is none)."""
    head_start: int = 0
    """Start of the head noun or name, after the determiner."""
    after_preposition: bool = False
    """The mention directly follows a preposition (``à Moscou``, ``de l'Élysée``): maybe a place."""
    complement_id: str | None = None
    """For roles: the entity named by the complement (``porte-parole du Kremlin`` → ``ru-kremlin``)."""


class _Hit(NamedTuple):
    """A :class:`GazetteerHit`'s fields, in its order: a named tuple is built ~5x faster than the
    frozen dataclass, for the pipeline's own use (:meth:`Registry._scan`)."""

    start: int
    end: int
    text: str
    entity_id: str | None
    kind: HitKind
    role: str | None
    country: str | None
    article_start: int
    head_start: int
    after_preposition: bool
    complement_id: str | None


# --------------------------------------------------------------------------- text helpers

_APOSTROPHES = "'’ʼ´`"
# Lower-case adjectives that may stand between a noun and the contracted preposition of its
# complement (``le consul honoraire des Pays-Bas``).
_NOUN_ADJECTIVES = 1
_DASHES = "-‐‑‒–"


_GLUED_WORD = regex.compile(r"\w++")


def _glued_after(text: str, end: int, keys: Mapping[str, str]) -> bool:
    """Whether a hyphen and a word no phrase of the registry opens follow ``end``
    (``Bruxelles-Propreté``, ``Moscou-Ville``): the known name ending there opens a longer
    one, no mention of its own (not ``Macron-Zelensky``, ``Paris-Berlin``: two names)."""
    if end + 1 >= len(text) or text[end] not in _DASHES:
        return False
    word = _GLUED_WORD.match(text, end + 1)
    return word is not None and word.group() not in keys
_FOLD_TABLE = str.maketrans({**{c: "'" for c in _APOSTROPHES}, **{c: " " for c in _DASHES}})


class _AccentTable(dict[int, str]):
    """``str.translate`` table dropping accents, filled one character at a time as met."""

    def __missing__(self, code: int) -> str:
        bare = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        self[code] = bare
        return bare


_ACCENTS = _AccentTable()


def _strip_accents(s: str) -> str:
    return s.translate(_ACCENTS)


def fold_text(s: str) -> str:
    """:func:`fold` without its cache, for long texts that would only fill it."""
    return " ".join(_strip_accents(s).casefold().translate(_FOLD_TABLE).split())


def extended_surname(a: str, b: str) -> bool:
    """Whether one folded surname is the other plus an ending of at least ``_SUFFIX_MIN`` letters
    (``martin``, ``martinez``): another family name, not a spelling of it (``zelensky``,
    ``zelenskyy`` differ by one letter)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(long_) - len(short) >= _SUFFIX_MIN and long_.startswith(short)


@lru_cache(maxsize=8192)  # gazetteer strings repeat a lot; bounded, keyed by the string only
def fold(s: str) -> str:
    """Comparison key: no accents, case-folded, one apostrophe, hyphens and spaces alike.

    >>> fold("l’Élysée") == fold("l'Elysee"), fold("Maison-Blanche") == fold("maison blanche")
    (True, True)
    """
    return fold_text(s)


def _solid_length(s: str) -> int:
    """Characters of ``s`` left by :func:`_case_key` once its spaces are taken out.

    The key of a string is at least this long for any prefix of it: folding works one
    character at a time and a key only ever gains the spaces between its words.
    """
    return sum(map(len, _strip_accents(s).translate(_FOLD_TABLE).split()))


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _case_key(s: str) -> str:
    """Like :func:`fold` but keeping case, except the first letter (``Le Monde`` = ``le Monde``)."""
    s = " ".join(_strip_accents(s).translate(_FOLD_TABLE).split())
    return s[:1].lower() + s[1:]


# One to three separators, possessively: what ``[…]{1,3}+`` matches, written without a
# counted repeat. The regex engine sets up every repeat of a pattern on each match attempt,
# so a trie holding hundreds of them costs microseconds per call even when it fails at once.
_SEP_CHAR = r"[\s\u2010\u2011\-]"
_SEP = f"(?>{_SEP_CHAR}(?:{_SEP_CHAR}(?:{_SEP_CHAR}|)|))"
# The same for the standard engine, whose possessive repeat of one character sets nothing up
# (see _std_compile): a third of the characters and classes to compile.
_SEP_STD = _SEP_CHAR + "{1,3}+"
_APOS_CLASS = "['’ʼ]"


def _char_class(chars: Iterable[str]) -> str:
    uniq = sorted(set(chars))
    if len(uniq) == 1:
        return str(regex.escape(uniq[0]))
    return "[" + "".join(regex.escape(c) for c in uniq) + "]"


@lru_cache(maxsize=16384)  # the matcher reads a phrase's fragments twice: its patterns, its candidates
def _tokens(phrase: str, *, case_words: bool) -> tuple[str, ...]:
    """One regex fragment per character of ``phrase``, tolerant of typography.

    Spaces and hyphens are interchangeable, apostrophes of every shape match, accents may be
    missing; with ``case_words`` the first letter of each word may be upper or lower case.
    """
    out: list[str] = []
    word_start = True
    for c in phrase:
        if c.isspace() or c in _DASHES:
            out.append(_SEP)
            word_start = True
            continue
        if c in _APOSTROPHES:
            out.append(_APOS_CLASS)
            word_start = True
            continue
        out.append(_char_token(c, word_start and case_words and c.isalpha()))
        word_start = False
    return tuple(out)


@cache
def _char_token(c: str, cased: bool) -> str:
    """The fragment of :func:`_tokens` for letter ``c``, of either case when ``cased``: made
    once a character (~40,000 times for the ~3,500 phrases of a first build, ~0.1 s)."""
    return _char_class(_letter_variants(c, cased))


def _letter_variants(c: str, cased: bool) -> set[str]:
    """What the fragment of letter ``c`` reads: ``c`` and ``c`` unaccented, in either case when ``cased``."""
    variants = {c, _strip_accents(c) or c}
    if cased:
        variants |= {v.swapcase() for v in variants}
    return variants


@cache
def _mark_articles() -> dict[str, str]:
    """The article a publication's name opens with (``Le ``, ``L'``) for each article that may be
    written before its marks as a word of the writer's sentence (``au « Journal du dimanche »``,
    ``selon l'« Humanité »``), folded to lower case: the ``articles`` of ``names.json`` and the
    contracted ones of ``contracted_articles`` (``au`` → ``Le ``)."""
    raw = lexicon.read_json("names.json")
    forms = {a: a for a in raw["articles"]} | dict(raw["contracted_articles"])
    out: dict[str, str] = {}
    for word, article in forms.items():
        article = article.replace("\u2019", "'").capitalize()
        opening = article if article.endswith("'") else article + " "
        for variant in {word, word.replace("'", "\u2019"), word.replace("\u2019", "'")}:
            out[variant.casefold()] = opening
    return out


@cache
def _article_before_mark() -> regex.Pattern[str]:
    """An article of :func:`_mark_articles` (a contracted or elided one too) and spaces ending the
    text searched: the article of a publication's name written before its marks."""
    raw = lexicon.read_json("names.json")
    words = trie_alternation([*raw["articles"], *raw["contracted_articles"]])
    return regex.compile(rf"(?i)(?<![\w'’])({words})[ \u00a0\u202f]*+$")


def people_noun(word: str) -> bool:
    """Whether ``word`` is a plural noun of nationality (``Chiliens``, ``Français``: the plural of
    an adjective of ``countries.json``, capitalised as French writes a people): a group of people."""
    folded = fold(word)
    return folded.endswith(("s", "x")) and folded in _language().noun_country


def article_before_mark(text: str, mark: int, name: str, is_publication: Callable[[str], object]) -> str | None:
    """The article (folded to lower case) right before the opening mark at ``mark`` when, put
    back before ``name``, it makes the name of a publication (``au « Parisien »`` for ``Le
    Parisien``); None otherwise. ``name`` must open with a capital."""
    if not name[:1].isupper():
        return None
    art = _article_before_mark().search(text, max(0, mark - 6), mark)
    if art is None:
        return None
    word: str = art.group(1).casefold()
    opening = _mark_articles()[word]
    if is_publication(opening + name):
        return word
    # "selon le « Times »": an English title's own article is The (never after an elided one).
    if opening.endswith("'"):
        return None
    return word if any(is_publication(f"{a} {name}") for a in _foreign_outlet_articles()) else None


@cache
def _foreign_outlet_articles() -> tuple[str, ...]:
    """The ``outlet_articles`` of ``channels.json`` that are no French article of ``names.json``
    (``The``): a title in another language keeps its own article (le « Times »: The Times)."""
    french = {a.lower().replace("\u2019", "'") for a in lexicon.read_json("names.json")["articles"]}
    return tuple(a for a in lexicon.read_json("channels.json")["outlet_articles"] if a.lower().replace("\u2019", "'") not in french)


@cache
def _elided_articles() -> tuple[str, ...]:
    """The elided ``articles`` of ``names.json`` (``l'``), in lower case, with either apostrophe."""
    elided = [a.lower() for a in lexicon.read_json("names.json")["articles"] if a.endswith(("'", "\u2019"))]
    return tuple(sorted({v for a in elided for v in (a.replace("\u2019", "'"), a.replace("'", "\u2019"))}))


@cache
def _elided_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The forms of :func:`_elided_articles` grouped by length (one group, ``l'``/``l’``, in French)."""
    groups: dict[int, set[str]] = {}
    for a in _elided_articles():
        groups.setdefault(len(a), set()).add(a)
    return tuple((n, frozenset(forms)) for n, forms in sorted(groups.items()))


def after_elided(word: str) -> str:
    """``word`` without the elided article it opens with (``l'expression`` → ``expression``), or
    ``word`` itself when it opens with none."""
    for n, forms in _elided_by_length():
        if word[:n].lower() in forms:
            return word[n:]
    return word


def opens_elided(word: str) -> bool:
    """Whether ``word`` opens with the elided article a publication's name may be written with
    (``l'AFP``): :meth:`Registry.publication_kind` reads the name without it."""
    groups = _elided_by_length()
    if len(groups) == 1:  # the common case, without a generator
        n, forms = groups[0]
        return word[:n].lower() in forms
    return any(word[:n].lower() in forms for n, forms in groups)


@lru_cache(maxsize=16384)
def _token_reads(token: str, char: str) -> bool:
    """Whether a fragment of :func:`_tokens` matches the character ``char``."""
    return regex.fullmatch(token, char) is not None


def _phrase_reads(phrase: str, word: str, *, tolerant: bool) -> bool:
    """Whether the pattern of ``phrase`` (its case tolerance :func:`_case_tolerant`'s when
    ``tolerant``, else none, as ``_trie_pattern`` makes it) may read ``word`` as a whole word."""
    toks = _tokens(phrase, case_words=_case_tolerant(phrase) if tolerant else False)
    n = len(word)
    return any(
        (a == 0 or _may_read_no_word(phrase[a - 1]))
        and (a + n == len(phrase) or _may_read_no_word(phrase[a + n]))
        and all(_token_reads(t, c) for t, c in zip(toks[a : a + n], word, strict=True))
        for a in range(len(phrase) - n + 1)
    )


def _accents_written(written: str, accented: tuple[str, ...]) -> bool:
    """Whether ``written`` spells each of its accents when it folds to one of the ``accented``
    forms (a capital may drop its accent: ``ETUDIANT``); ``True`` when it folds to none."""
    key = fold(written)
    for form in accented:
        if fold(form) == key and len(form) == len(written):
            return all(w.lower() == f or (w.isupper() and (_strip_accents(f) or f) == w.lower())
                       for w, f in zip(written, form, strict=True))
    return True


def _may_read_no_word(c: str) -> bool:
    """Whether the fragment :func:`_tokens` makes of the phrase character ``c`` may match a
    character that is no word character (a separator, an apostrophe, ``c`` or its bare form)."""
    return c.isspace() or c in _DASHES or c in _APOSTROPHES or not WORD.fullmatch(c) or not WORD.fullmatch(_strip_accents(c) or c)


def _case_tolerant(phrase: str) -> bool:
    """Whether the case of word-initial letters may vary.

    A single capitalised word is a proper name ("Vienne", "Nice"): its lower-case twin is usually
    an ordinary word, so it must keep its capital; acronyms keep their case too.
    """
    words = phrase.replace("-", " ").split()
    if len(words) == 1 and phrase[:1].isupper():
        return False
    return not (phrase.isupper() and len(phrase) > 1)


def _trie_pattern(phrases: Iterable[str], *, case: bool | None = None) -> str:
    """One regex matching any of ``phrases``, factored as a trie (longest first, no blow-up)."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        phrase = phrase.strip()
        if not phrase:
            continue
        node = trie
        tolerant = _case_tolerant(phrase) if case is None else case
        for tok in _tokens(phrase, case_words=tolerant):
            node = node.setdefault(tok, {})
        node[""] = {}

    depths: dict[int, int] = {}  # by node: each node's depth is read once, not again at every level above it

    def depth(node: dict[str, Any]) -> int:
        found = depths.get(id(node))
        if found is None:
            found = depths[id(node)] = 1 + max((depth(child) for tok, child in node.items() if tok), default=0)
        return found

    def emit(node: dict[str, Any]) -> str:
        # Deeper branches first: "France" and "[Ff]rance insoumise" are different tokens (the
        # case tolerance differs), and the first branch that matches wins.
        branches = sorted(((tok, child) for tok, child in node.items() if tok), key=lambda tc: -depth(tc[1]))
        alts = [tok + emit(child) for tok, child in branches]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # The end marker makes the rest optional; greedy so the longest phrase is tried first.
        # ``(?:body|)`` is ``(?:body)?`` without a repeat (see _SEP): same order, same matches.
        return f"(?:{body}|)" if "" in node else body

    pattern = emit(trie)
    return pattern or lexicon.NOTHING


def _initials(words: Iterable[str]) -> frozenset[str] | None:
    """Every character a match of :func:`_words_pattern` of ``words`` may open with: what the
    first fragment of :func:`_tokens` reads (the letter, accented or not, in either case);
    ``None`` when a word opens with no letter (its fragment reads white space or apostrophes)."""
    out: set[str] = set()
    for w in words:
        w = w.strip()
        if not w[:1].isalpha():
            return None
        out.update("".join(_letter_variants(w[0], True)))
    return frozenset(out)


def _words_pattern(words: Iterable[str]) -> str:
    """Function words each followed by their separator (none needed after an elided form)."""
    words = list(words)
    elided = [w for w in words if w[-1:] in _APOSTROPHES + _DASHES]
    full = [w for w in words if w[-1:] not in _APOSTROPHES + _DASHES]
    parts = []
    if full:
        parts.append(f"(?:{_trie_pattern(full, case=True)})\\s++")
    if elided:
        parts.append(f"(?:{_trie_pattern(elided, case=True)})\\s*+")
    return "(?:" + "|".join(parts) + ")" if parts else lexicon.NOTHING


# --------------------------------------------------------------------------- language data


class FirstNames(Record):
    """Schema of ``data/first_names.json``: common first names by gender."""

    f: tuple[str, ...]
    m: tuple[str, ...]


@dataclass(frozen=True)
class _Language:
    """The built-in, registry-independent language resources, validated and indexed."""

    countries: tuple[CountryRecord, ...]
    roles: tuple[_RoleRecord, ...]
    anonymous: _AnonymousData
    grammar: _Grammar
    publications: tuple[_Publication, ...]
    adjective_country: dict[str, str]
    noun_country: dict[str, str]
    """``adjective_country`` and the regional nouns: whom ``le Danois``, ``le Vaudois`` may describe."""
    state_kinds: dict[str, frozenset[str]]
    """Each folded state noun of ``countries.json`` and the codes of the countries it names."""
    role_forms: dict[tuple[str, str], _RoleRecord]
    office_forms: dict[tuple[str, str], _RoleRecord]
    anon_heads: dict[str, _AnonymousHead]
    anon_anaphoric: frozenset[str]
    publication_keys: frozenset[str]
    publication_kinds: dict[str, str]
    """The kind of each publication (``agency``, ``newspaper``…), by its key."""
    publication_longest: int
    """Characters in the longest of ``publication_keys``."""
    publication_last: frozenset[str]
    """The last word of each of ``publication_keys``."""
    publication_first: frozenset[str]
    """The first word of each of ``publication_keys``."""
    publication_uncased: frozenset[str]
    """The ``publication_keys`` of names written without a capital (``franceinfo``)."""
    particles: frozenset[str]
    exclusive_roles: frozenset[str]
    """Keys of the roles marked ``exclusive``."""
    role_covers: dict[str, frozenset[str]]
    """The narrower role keys each role ``covers``."""
    role_same_body: frozenset[tuple[str, str]]
    """Pairs of role keys naming the same office in the same body (``same_body_as``), both ways round."""
    role_distinct: frozenset[tuple[str, str]]
    """Pairs of role keys one holds apart (``distinct_from``), both ways round."""
    noun_roles: frozenset[str]
    speaker_back_roles: frozenset[str]
    """Keys of the roles marked ``by_noun``."""
    relational_roles: frozenset[str]
    """Keys of the roles marked ``relational``."""
    role_victim_words: dict[str, frozenset[str]]
    """The folded ``victim_words`` of each role that has some."""
    seat_roles: frozenset[str]
    collegial_roles: frozenset[str]
    """Keys of the roles marked ``collegial``."""
    """Keys of the roles marked ``seat``."""
    noun_role_heads: frozenset[str]
    """The folded first word of every form of a role marked ``by_noun`` (``retraite``, ``infirmier``)."""
    title_roles: dict[str, str]
    """The role key each title gives (``Me``: ``lawyer``)."""
    body_roles: frozenset[str]
    """Keys of the roles that name a body (``institution``)."""
    role_words: dict[str, frozenset[str]]
    """The folded words of each role key's forms."""
    first_names: frozenset[str]
    """The folded first names of ``first_names.json``: a lone one is matched exactly, never fuzzily."""

    def state_entities(self) -> list[Entity]:
        return [
            Entity(
                id=f"state-{c.code.lower()}",
                name=c.name,
                type="state",
                aliases=c.aliases,
                metonyms=c.capitals,
                country=c.code,
            )
            for c in self.countries
        ]


@cache
def _agent_participle() -> tuple[frozenset[str], regex.Pattern[str] | None]:
    """The folded ``agent_participles`` of ``grammar.json`` and the agent's preposition after a space."""
    g = _language().grammar
    if not g.agent_participles or not g.agent_prepositions:
        return frozenset(), None
    return frozenset(fold(w) for w in g.agent_participles), regex.compile(rf"[ \u00a0]++(?i:{trie_alternation(g.agent_prepositions)})(?!\w)")


# Characters after a role phrase read for an agent's preposition (`` par``).
_AGENT_REACH = 8


def _before_agent_participle(text: str, head_start: int, end: int) -> int:
    """``end``, or where the role phrase ending there ends before its last word when that word is a
    passive participle and an agent's preposition follows (``le ministère| désigné par la junte``)."""
    participles, agent = _agent_participle()
    if agent is None or text[end : end + 1] not in (" ", "\u00a0") or agent.match(text, end, end + _AGENT_REACH) is None:
        return end
    lo = max(text.rfind(" ", head_start, end), text.rfind("\u00a0", head_start, end))
    return lo if lo > head_start and fold(text[lo + 1 : end]) in participles else end


def is_body_role_key(role_key: str) -> bool:
    """Whether a role key of ``roles.json`` names a body (``presidency``, ``government``: marked
    ``institution``), not a person, without a registry at hand."""
    return role_key in _language().body_roles


def is_nationality_adjective(word: str) -> bool:
    """Whether lower-case ``word`` is a nationality adjective of ``countries.json`` in any gender and
    number (``argentine``, ``grecque``, ``belges``), without a registry at hand."""
    return word[:1].islower() and fold(word) in _language().adjective_country


@cache
def role_adjectives() -> frozenset[str]:
    """The folded ``role_adjectives`` of ``grammar.json`` (``général``, ``départementale``,
    ``adjoint``): a word after a role's head that still belongs to the role."""
    return frozenset(fold(a) for a in _language().grammar.role_adjectives)


@cache
def _language() -> _Language:
    countries = load("countries.json", tuple[CountryRecord, ...])
    roles = load("roles.json", tuple[_RoleRecord, ...])
    anonymous = load("anonymous.json", _AnonymousData)
    grammar = load("grammar.json", _Grammar)
    publications = load("publications.json", tuple[_Publication, ...])
    first = load("first_names.json", FirstNames)
    role_forms: dict[tuple[str, str], _RoleRecord] = {}
    office_forms: dict[tuple[str, str], _RoleRecord] = {}
    for r in roles:
        for form in r.forms:
            head, _, tail = form.partition("|")
            role_forms.setdefault((fold(head), fold(tail)), r)
            if r.institution:
                office_forms.setdefault((fold(head), fold(tail)), r)
    return _Language(
        countries=countries,
        roles=roles,
        anonymous=anonymous,
        grammar=grammar,
        publications=publications,
        adjective_country={fold(a): c.code for c in countries for a in (*c.adjectives, *c.other_adjectives)},
        noun_country={fold(a): c.code for c in countries for a in (*c.adjectives, *c.other_adjectives, *c.regional_nouns)},
        state_kinds={k: frozenset(c.code for c in countries if k in {fold(n) for n in c.state_nouns})
                     for k in {fold(n) for c in countries for n in c.state_nouns}},
        role_forms=role_forms,
        office_forms=office_forms,
        anon_heads={fold(h.form): h for h in anonymous.heads},
        anon_anaphoric=frozenset(fold(d) for d in anonymous.anaphoric_determiners),
        publication_keys=frozenset(_case_key(p.name) for p in publications),
        publication_kinds={_case_key(p.name): p.kind for p in publications},
        publication_longest=max((len(_case_key(p.name)) for p in publications), default=0),
        publication_last=frozenset(_case_key(p.name).rsplit(" ", 1)[-1] for p in publications),
        publication_first=frozenset(_case_key(p.name).split(" ", 1)[0] for p in publications),
        publication_uncased=frozenset(_case_key(p.name) for p in publications if p.name == p.name.lower()),
        particles=frozenset(fold(p) for p in grammar.particles),
        exclusive_roles=frozenset(r.key for r in roles if r.exclusive),
        role_covers={r.key: frozenset(r.covers) for r in roles if r.covers},
        role_same_body=frozenset(p for r in roles for d in r.same_body_as for p in ((r.key, d), (d, r.key))),
        role_distinct=frozenset(p for r in roles for d in r.distinct_from for p in ((r.key, d), (d, r.key))),
        noun_roles=frozenset(r.key for r in roles if r.by_noun),
        speaker_back_roles=frozenset(r.key for r in roles if r.speaker_back),
        relational_roles=frozenset(r.key for r in roles if r.relational),
        role_victim_words={r.key: frozenset(fold(w) for w in r.victim_words) for r in roles if r.victim_words},
        seat_roles=frozenset(r.key for r in roles if r.seat),
        collegial_roles=frozenset(r.key for r in roles if r.collegial),
        noun_role_heads=frozenset(fold(f.split()[0]) for r in roles if r.by_noun for f in r.forms if f.split()),
        title_roles={t: r.key for r in roles for t in r.titles},
        body_roles=frozenset(r.key for r in roles if r.institution),
        role_words=_role_words(roles),
        first_names=frozenset(fold(n) for n in (*first.f, *first.m)),
    )


@cache
def capital_cities() -> frozenset[str]:
    """The one-word capitals of ``countries.json`` that name no country too (``Paris``, not
    ``Luxembourg``): cities, which French writes without an article (``de Paris``), so a capital
    right after ``du`` opens a longer name (``du Paris Saint-Germain``)."""
    countries = _language().countries
    states = {a for c in countries for a in (c.name, *c.aliases)}
    return frozenset(cap for c in countries for cap in c.capitals if " " not in cap and cap not in states)


@cache
def country_names() -> frozenset[str]:
    """The one-word names and aliases of the states of ``countries.json`` (``Indonésie``,
    ``Belgique``): right after an organisation's name, its national branch (``Caritas Indonésie``)."""
    return frozenset(a for c in _language().countries for a in (c.name, *c.aliases) if " " not in a)


@cache
def profession_nouns() -> frozenset[str]:
    """The one-word forms of the professions and situations bound by their noun (``by_noun``
    roles of ``roles.json``: ``éducatrice``, ``retraité``), lower-case: alone between commas after
    a name, a description of that person (``Pour Amina, éducatrice, …``)."""
    return frozenset(f.lower() for r in _language().roles if r.by_noun for f in r.forms if " " not in f and "|" not in f)


@cache
def role_heads() -> frozenset[str]:
    """The folded first word of every form of ``roles.json`` (``presidente``, ``porte-parole``):
    the head a description in apposition opens with after its definite article (``Marie X, la
    présidente de …, qui``)."""
    return frozenset(fold(f.replace("|", " ").split()[0]) for r in _language().roles for f in r.forms if f.split())


def _role_words(roles: Iterable[_RoleRecord]) -> dict[str, frozenset[str]]:
    """Folded words of the forms of each role key."""
    out: dict[str, set[str]] = {}
    for r in roles:
        for form in r.forms:
            out.setdefault(r.key, set()).update(fold(form.replace("|", " ")).replace("'", "' ").split())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _builtin_entities() -> tuple[Entity, ...]:
    people_and_bodies = [
        e
        for name in ("institutions.json", "organisations.json", "persons.json")
        for e in load(name, tuple[Entity, ...])
    ]
    return tuple(_language().state_entities() + people_and_bodies)


def abbreviations() -> frozenset[str]:
    """French abbreviations, each with its final period, after which a sentence does not end.

    >>> {"M.", "etc.", "J.-C."} <= abbreviations()
    True
    """
    return frozenset(load("abbreviations.json", tuple[str, ...]))


def pronouns() -> tuple[PronounRecord, ...]:
    """Subject pronouns and group expressions (``les deux dirigeants``), with gender and number.

    >>> [p.size for p in pronouns() if p.form == "les deux dirigeants"]
    [2]
    """
    return load("pronouns.json", tuple[PronounRecord, ...])  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- the matcher


# How far past a role noun « de l'Énergie belge » may reach for the holder's nationality.
_PORTFOLIO_ADJ_CHARS = 60
# Longest link (« de la », « des ») and the white space before it that name_after reads.
_LINK_REACH = 12


class _Matcher:
    """The gazetteer patterns of one registry, one small pattern per phrase-initial word.

    A single pattern holding every phrase costs ~30 µs per attempt (the engine tries the
    branches of a big alternation one by one); keyed by the word that starts the phrase, an
    attempt only sees the few phrases that can match there. Patterns are compiled on first use.
    """

    def __init__(self, reg: Registry) -> None:
        lang = reg._lang
        g = lang.grammar
        self._dets = {fold(d).rstrip("'") for d in g.determiners}
        names = [n for e in reg.entities for n in (e.name, *e.aliases, *e.metonyms)]
        heads = {f.partition("|")[0] for r in lang.roles for f in r.forms}
        self._groups: dict[str, dict[str, list[str]]] = {}
        self.keys: dict[str, str] = {}
        for cat, phrases in (
            ("name", names),
            ("head", heads),
            ("anon", [h.form for h in lang.anonymous.heads]),
            ("pub", [p.name for p in lang.publications]),
        ):
            for phrase in phrases:
                word = self._first_word(phrase)
                if word is None:
                    continue
                key = fold(word)
                self._groups.setdefault(key, {}).setdefault(cat, []).append(phrase)
                for v in _accent_variants(word):
                    for variant in (v, v.lower(), v[:1].upper() + v[1:], v[:1].lower() + v[1:], v.upper()):
                        self.keys[variant] = key
        adjectives = [a for c in lang.countries for a in (*c.adjectives, *c.other_adjectives)] + list(g.role_adjectives) + list(g.regional_adjectives) + list(g.city_adjectives)
        tails = {f.partition("|")[2] for r in lang.roles for f in r.forms} - {""}
        offices = {f.partition("|")[0] for r in lang.roles if r.institution for f in r.forms}
        self.det = _words_pattern(g.determiners)
        self.anaph = _words_pattern(lang.anonymous.anaphoric_determiners)
        # « de bonne source »: an adverbial head right after its preposition, in either case.
        self.adverbial_heads = frozenset(h.form for h in lang.anonymous.heads if h.adverbial)
        self.adverbial_link = "|".join(f"(?<=(?<!\\w){re.escape(w)} )" for link in lang.anonymous.adverbial_links
                                       for w in {link, link[:1].upper() + link[1:]})
        self.indef = _words_pattern(g.indefinite)
        link = _words_pattern(g.links)
        # « les autorités chypriotes-turques »: two nationality adjectives joined by a hyphen are
        # one compound adjective, read whole (a word of no list after the hyphen is left out).
        one_adj = f"(?:{_trie_pattern(adjectives, case=True)})(?!\\w)"
        self.adj = f"{one_adj}(?:[\\-\u2011]{one_adj}|)"
        name = f"(?:{_trie_pattern(names)})(?!\\w)"
        # « l'ancien chef d'état-major »: a tail glued by a hyphen to a word is another word.
        self.tail = f"(?:{_trie_pattern(tails)})(?![\\w]|[\\-\u2011]\\w)"
        office = f"(?:{_trie_pattern(offices)})(?!\\w)"
        # « une source au sein de la gendarmerie »: a body link and any lower-case noun.
        body_adj = (f"(?:{self.adj}|{_trie_pattern(lang.anonymous.body_adjectives)})(?!\\w)"
                    if lang.anonymous.body_adjectives else f"{self.adj}(?!\\w)")
        body = (f"|(?:{_trie_pattern(lang.anonymous.body_links)})\\s*+\\p{{Ll}}[\\w\\-]*+(?:\\s++(?:de\\s++la\\s++|de\\s++l['’]|du\\s++|des\\s++|de\\s++|d['’])\\p{{Ll}}[\\w\\-]*+(?!['’])|)"
                if lang.anonymous.body_links else "")
        # « une source au sein de sa Commission »: a possessive link and the owner's capitalised body.
        if lang.anonymous.possessive_body_links:
            body += f"|(?:{_trie_pattern(lang.anonymous.possessive_body_links)})\\s*+\\p{{Lu}}[\\w\\-]*+"
        # « une source au ministère népalais des Affaires étrangères »: a ministry and its portfolio,
        # a capitalised one (never « au maire », a lower-case tail of another title).
        portfolios = [t for t in tails if any(c.isupper() for c in t)]
        ministry = (f"(?:{_trie_pattern(lang.anonymous.ministry_qualifiers)})(?:\\s++{self.adj}|)"
                    f"\\s++(?:{_trie_pattern(portfolios)})|"
                    if lang.anonymous.ministry_qualifiers else "")
        # « une source au sein de la police nationale »: the body's noun and its adjective, tried
        # before the listed qualifiers, which hold the noun alone (« au sein de la police »).
        body_with_adj = (f"(?:{_trie_pattern(lang.anonymous.body_links)})\\s*+\\p{{Ll}}[\\w\\-]*+\\s++{body_adj}|"
                         if lang.anonymous.body_links else "")
        self.qual = f"(?:{ministry}{body_with_adj}{_trie_pattern(lang.anonymous.qualifiers)}{body})(?!\\w)"
        s = r"\s++"
        # Optional parts are written ``(?:…|)``, not ``(?:…)?``: the same order and matches,
        # without a repeat the engine sets up on every match attempt (see _SEP).
        # « le président de la Commission »: a capitalised head of an institution the registry
        # does not know (institution_names.json) makes the role that body's office (``on_body``).
        # « le président du parti »: a lower-case noun of a presided body does the same.
        self.body_after = regex.compile(
            f"\\s++{link}(?:{_trie_pattern(institutions.heads(), case=False)}"
            f"|{_trie_pattern(institutions.presided_bodies(), case=False)})(?!\\w)"
        )
        # « le président des Républicains », « le président de Renault »: a capitalised name after
        # the link that is no state (a state's name is read into the role itself) names a body.
        self.name_after = regex.compile(f"\\s++{link}\\p{{Lu}}")
        # « le ministre de l'Énergie belge »: a capitalised portfolio (one lower-case word may
        # follow it) and then the holder's nationality adjective (see _PORTFOLIO_ADJ_CHARS).
        self.portfolio_adj = regex.compile(
            f"{s}{link}\\p{{Lu}}[\\w'’-]*+(?:{s}\\p{{Ll}}[\\w-]*+|){s}(?P<padj>{self.adj})"
        )
        self.link_initials = _initials(g.links)
        self.complement = (
            f"(?P<link>{link})(?:(?P<cname>{name})|(?P<coffice>{office})(?:{s}(?P<cadj>{self.adj})|)"
            f"(?:{s}(?P<ctail>{self.tail})|)(?:{s}(?P<cadj2>{self.adj})|))"
        )
        # What may follow a role noun whose tail belonged to another head (re-read from there).
        self.role_rest = f"(?:{s}(?P<radj2>{self.adj})|)(?:{s}{self.complement}|)"
        # Continuations shared by every key's pattern (see _compile).
        self.role_cont = (
            f"(?:{s}(?P<radj1>{self.adj})|)(?:{s}(?P<rtail>{self.tail})|)"
            f"(?:{s}(?P<radj2>{self.adj})|)(?:{s}{self.complement}|)"
        )
        acomp = self.complement.replace("?P<", "?P<a")  # group names must differ from the role's
        # « des sources humanitaires et militaires »: a second qualifier joined to the first.
        joined = (f"(?:{s}{_words_pattern(lang.anonymous.qualifier_coordinators)}{self.qual}|)"
                  if lang.anonymous.qualifier_coordinators else "")
        # « une source à l'ambassade de France à Kiev »: the city after the complement, capitalised.
        place = (f"(?:{s}{_words_pattern(lang.anonymous.place_links)}\\p{{Lu}}[\\w'’-]*+(?![\\w'’-])|)"
                 if lang.anonymous.place_links else "")
        # « certains responsables politiques espagnols »: a second adjective (a nationality's) after the
        # first (the role's domain) or a qualifier, as after a definite head (anon_rest2).
        self.anon_rest = (
            f"(?:{s}(?P<aq1>{self.qual}))*+{joined}(?:{s}(?P<aadj>{self.adj})|)(?:{s}(?P<aq2>{self.qual}))*+"
            f"(?:{s}(?P<aadj4>{self.adj})|)(?:{s}{acomp}{place}|)"
        )
        # « la responsable du service de réanimation »: after a definite head, a complement whose noun
        # is a body's (names.json ``body_nouns``), maybe with one lower-case complement of its own,
        # names the body the source serves; any other (« le responsable de l'attentat ») leaves the
        # head alone, no mention.
        bodies = lexicon.read_json("names.json").get("body_nouns", ())
        body = f"{link}(?:{_trie_pattern(bodies, case=False)})(?![\\w\\-])" if bodies else "(?!)"
        # « du service diplomatique européen »: the body's own adjectives or qualifiers stay in it.
        served = (f"(?:{s}(?P<abody>{body})(?:{s}(?:{self.adj}|{self.qual})){{0,2}}"
                  f"(?:{s}{link}\\p{{Ll}}[\\w\\-]*+(?![\\w'’])|)|)") if bodies else ""
        self.anon_rest2 = (
            f"(?=\\s++(?:{self.adj}|{self.qual}|{body}))(?:{s}(?P<aadj2>{self.adj})|)"
            f"(?:{s}(?P<aq3>{self.qual}))*+{joined}(?:{s}(?P<aadj3>{self.adj})|){served}"
        )
        self.dets = _spellings(g.determiners)
        self.premods = _spellings(g.premodifiers)
        self.premod = _words_pattern(g.premodifiers) if g.premodifiers else ""
        self.preps = _spellings(g.prepositions)
        # Determiners that are also contracted prepositions ("des"): governed after a noun.
        self.det_preps = frozenset(w for w in self.dets & self.preps if w.isalpha())
        # Pre-modifiers that are cardinals (names.json ``cardinals``: « les deux juges »): after such a
        # determiner (« l'un des trois magistrats ») they open a partitive's complement, no role phrase.
        self.cardinal_premods = self.premods & _spellings(lexicon.read_json("names.json").get("cardinals", ()))
        # Their letters (what _word_before reads, apostrophe or dash dropped): the only words
        # before a candidate that the scan needs to read.
        self.function_words = frozenset(w.rstrip("' ") for w in self.dets | self.premods | self.preps)
        self._engines: dict[bool, _Engine] = {}
        self._stand_in_safe: bool | None = None
        # Words that are a whole name on their own and start no longer phrase ("Moscou", "ONU"):
        # found without running a pattern, the commonest case. Spellings follow _tokens().
        # For groups of names and newspapers only, the folded second words of their longer
        # phrases: when the text's next word is none of them, no pattern needs to run.
        self.single: dict[str, str] = {}
        self.second: dict[str, frozenset[str]] = {}
        for key, group in self._groups.items():
            if not set(group) <= {"name", "pub"}:
                continue
            seconds = set()
            after_determiner = False  # "Le Caire": one word after a determiner, read by the pattern
            for phrase in (*group.get("name", ()), *group.get("pub", ())):
                words = WORD.findall(phrase)
                if len(words) > 1 and fold(words[0]) in self._dets:
                    words = words[1:]
                    after_determiner = after_determiner or len(words) == 1
                if len(words) > 1:
                    seconds.add(fold(words[1]))
            if not after_determiner:
                self.second[key] = frozenset(seconds)
            for phrase in group.get("name", ()):
                if not WORD.fullmatch(phrase):
                    continue
                for v in _accent_variants(phrase):
                    self.single[v] = key
                    if _case_tolerant(phrase):
                        self.single[v[:1].swapcase() + v[1:]] = key
        # Only the spellings a pattern may read (about half of them): a word in a case no phrase
        # writes it in is not stopped at, nor looked for by token_at (≈800 candidates per pass).
        self._phrase_words: dict[str, frozenset[str]] = {}
        function_words = {fold(w) for w in WORD.findall(" ".join((*g.determiners, *g.indefinite, *g.premodifiers)))}
        self.keys = {w: key for w, key in self.keys.items() if key in function_words or self._may_read(w, key)}

    def link_may_follow(self, text: str, end: int) -> bool:
        r"""``False`` when no match of ``\s++{link}`` (how ``portfolio_adj`` opens) starts at ``end``:
        the first character past the white space after ``end`` can open no link (:func:`_initials`).
        Every ``\s`` of ``regex`` is ``str.isspace``, and no link opens with white space."""
        j, n = end, len(text)
        while j < n and text[j].isspace():
            j += 1
        return j > end and (self.link_initials is None or (j < n and text[j] in self.link_initials))

    def _words_of(self, key: str) -> frozenset[str]:
        """The words of the phrases of ``key``, as written (kept while ``keys`` is pruned)."""
        found = self._phrase_words.get(key)
        if found is None:
            phrases = (p for group in self._groups[key].values() for p in group)
            found = self._phrase_words[key] = frozenset(WORD.findall(" ".join(phrases)))
        return found

    def _may_read(self, word: str, key: str) -> bool:
        """Whether a pattern of ``key`` may read the text's word ``word`` (a spelling of ``keys``)
        as one of a phrase's words, or ``single`` finds it: else the scan needs not stop there.

        A whole word of the text (``\\w+``) is read by as many one-character fragments of
        :func:`_tokens` (a separator matches no word character), between fragments that may
        read a character that is no word's (or the phrase's ends); the word's case variants that
        no phrase of ``key`` spells that way (``est`` for the name ``Est``, kept capitalised) are
        no candidates. A function word's key keeps every spelling (the function-word parts of
        the patterns may read it instead, see ``__init__``).
        """
        if word in self.single or word in self._words_of(key):
            return True  # the word as a phrase writes it
        return any(
            _phrase_reads(phrase.strip(), word, tolerant=cat != "pub")
            for cat, phrases in self._groups[key].items()
            for phrase in phrases
        )

    def _first_word(self, phrase: str) -> str | None:
        words = WORD.findall(phrase)
        if len(words) > 1 and fold(words[0]) in self._dets:
            words = words[1:]
        return words[0] if words else None

    def probe(self, text: str) -> tuple[bool, str]:
        """Which engine scans ``text`` (``True``: the standard one, see :meth:`engine`), and the
        text its patterns read: ``text``, or :func:`lexicon.std_stand_in` of it, which the standard
        engine reads as ``regex`` reads ``text`` (so one text with an emoji selector or a combining
        mark needs no ``regex`` build of every pattern, the most costly of a first pass).

        The stand-in holds when no phrase nor shared pattern holds :data:`lexicon.STAND_IN` or a
        character it stands for (the key patterns spell their phrases, in case and accent variants
        of Latin letters, which have case and so are none of them)."""
        if lexicon.std_classes_exact(text):
            return True, text
        if self._stand_in_safe is None:
            gaps = lexicon._word_only_gaps()
            sources = (self.det, self.indef, self.premod, self.role_rest, self.role_cont, self.anon_rest, self.anon_rest2)
            chars = set("".join(sources))
            chars.update(c for group in self._groups.values() for phrases in group.values() for p in phrases for c in p)
            self._stand_in_safe = gaps is not None and chars.isdisjoint(gaps | {lexicon.STAND_IN})
        probe = lexicon.std_stand_in(text) if self._stand_in_safe else None
        return (False, text) if probe is None else (True, probe)

    def engine(self, std: bool) -> _Engine:
        """The patterns compiled by the standard engine (``std``, for a text on which it matches
        as ``regex`` does, see :func:`lexicon.std_classes_exact`) or by ``regex``; made on first use."""
        found = self._engines.get(std)
        if found is None:
            found = self._engines[std] = _Engine(self, _std_compile if std else regex.compile)
        return found

    def compile_group(self, key: str, engine: _Engine) -> tuple[Any, Any]:
        """The full pattern and the entity-only pattern for phrases starting with word ``key``."""
        # Each alternative is a small pattern for its first words, followed (when it has one)
        # by a continuation shared by every key and compiled once: compiling the adjectives,
        # tails and complements into every key's pattern cost ~0.2 s per key on first use.
        group, compile = self._groups[key], engine.compile
        det, look = self.det, r"(?<![\w\-\u2011])"
        alts: list[tuple[str, Any, Any]] = []
        if "pub" in group:
            pub = f"(?:{det}|)(?:{_trie_pattern(group['pub'], case=False)})(?!\\w)"
            alts.append(("pub", compile(look + pub), None))
        if "anon" in group:
            head = f"(?:{_trie_pattern(group['anon'])})(?!\\w)"
            alts.append(("anon", compile(f"{look}{self.indef}(?P<ahead>{head})"), engine.anon_rest))
            alts.append(("anon", compile(f"{look}(?:{det}|)(?P<ahead2>{head})"), engine.anon_rest2))
            if self.anaph != lexicon.NOTHING:
                alts.append(("anon", compile(f"{look}{self.anaph}(?P<ahead2>{head})"), engine.anon_rest3))
            adverbial = [h for h in group["anon"] if h in self.adverbial_heads]
            if adverbial and self.adverbial_link:
                head = f"(?:{_trie_pattern(adverbial)})(?!\\w)"
                alts.append(("anon", compile(f"(?:{self.adverbial_link})(?P<ahead2>{head})"), engine.anon_rest3))
        if "head" in group:
            head = f"(?:{_trie_pattern(group['head'])})(?!\\w)"
            role = f"{look}(?:{det}|)(?:{self.premod}|)(?P<rhead>{head})"
            alts.append(("role", compile(role), engine.role_cont))
        entity = None
        if "name" in group:
            # "Bruxelles-Propreté", "Moscou-Ville": a known name glued by a hyphen to a word
            # opens a longer name, no mention of the body or place on its own.
            entity = compile(f"{look}(?P<ent>(?:{det}|)(?P<ename>(?:{_trie_pattern(group['name'])})(?![\\w]|[\\-\u2011]\\w)))")
            alts.append(("ent", entity, None))
        return _Alternation(alts), entity


def _std_compile(source: str) -> Any:
    """``source`` compiled by the standard engine, or by ``regex`` if the standard one refuses it
    (``regex`` is the reference: its pattern is always right).

    Each separator of the gazetteer's phrases (:data:`_SEP`, ~1,200 in a continuation pattern)
    is written :data:`_SEP_STD` for it, what it matches: the first compile of the registry's
    patterns took ~2x as long with three classes a separator (each a table of 256 blocks)."""
    try:
        return re.compile(source.replace(_SEP, _SEP_STD))
    except re.error:
        return regex.compile(source)


class _Engine:
    r"""The gazetteer patterns of one :class:`_Matcher` compiled by one engine.

    The patterns use no character class but ``\w`` and ``\s`` (the rest are literal characters
    and sets of them), so the standard engine, about twice as fast per match, finds what ``regex``
    finds on a text where their ``\w`` and ``\s`` agree (:func:`lexicon.std_classes_exact`).
    """

    __slots__ = ("compile", "role_rest", "role_cont", "anon_rest", "anon_rest2", "anon_rest3", "_matcher", "_keys")

    # Compiled on first read (see __getattr__): each is ~20-130K characters (the names, roles and
    # adjectives), a text with no role nor anonymous source needs none, most need some only.
    _LAZY = ("role_rest", "role_cont", "anon_rest", "anon_rest2")

    def __init__(self, matcher: _Matcher, compile: Callable[[str], Any]) -> None:
        self.compile = compile
        self._matcher = matcher
        self.anon_rest3 = compile("")  # « cette source »: the determiner is all its qualification
        self._keys: dict[str, tuple[Any, Any]] = {}

    def __getattr__(self, name: str) -> Any:
        """A continuation not read yet (an unset slot): compiled now, then read as a plain slot."""
        if name not in _Engine._LAZY:
            raise AttributeError(name)
        found = self.compile(getattr(self._matcher, name))
        setattr(self, name, found)
        return found

    def patterns(self, key: str) -> tuple[Any, Any]:
        """The full pattern and the entity-only pattern for phrases starting with word ``key``, compiled on first use."""
        found = self._keys.get(key)
        if found is None:
            found = self._keys[key] = self._matcher.compile_group(key, self)
        return found


# The word before a hit (``_word_before(text, start, 0)``), or ``False`` when not read yet.
_Before = tuple[int, str] | None | bool

# A match of one key's alternation: the alternative's name, the match of its first words and
# the match of its continuation (``None`` when it has none). Read by Registry._read.
_Found = tuple[str, Any, Any]


class _Alternation:
    """The alternatives of one key, tried in order like a regex alternation."""

    __slots__ = ("_alts",)

    def __init__(self, alts: list[tuple[str, Any, Any]]) -> None:
        self._alts = alts

    def match(self, text: str, pos: int) -> _Found | None:
        found: _Found | None = None
        for name, head, rest in self._alts:
            if found is not None and name != "role":
                continue
            m = head.match(text, pos)
            if m is None:
                continue
            r = rest.match(text, m.end()) if rest is not None else None
            if rest is not None and r is None:
                continue
            if found is None:
                if name != "anon":
                    return name, m, r
                found = (name, m, r)
            elif m.end("rhead") > found[1].end():
                # « le conseiller fédéral »: a role's form of several words beats the bare
                # anonymous noun it opens with (« un conseiller »).
                return name, m, r
        return found


def _accent_variants(word: str) -> set[str]:
    """``word`` with any subset of its accents dropped ("Élysée", "Elysée", "Elysee"…)."""
    out = {""}
    for c in word:
        bare = _strip_accents(c) or c
        out = {v + c for v in out} | {v + bare for v in out}
        if len(out) > 64:  # a long word full of accents: keep the two extremes only
            return {word, _strip_accents(word)}
    return out


# A comma too: a street number before its street (au 16, rue de la Loi) goes on with the address.
_NEXT_WORD = re.compile(r"[\s\u2010\u2011'’ʼ,-]{1,3}(\w+)")

# The year an article is dated by: in a dateline (``BRASILIA, 18 mars 2020 (AFP) -``, a year then
# an agency in brackets and a dash, on one of the first lines) or in a numeric date
# (``12/03/2020``) near its top. The role phrases of an article so dated are bound to the holder
# of that year (see Registry._dated_holders).
_HEAD_CHARS = 600
_ARTICLE_YEAR = regex.compile(
    r"(?m)^[^\n]{0,60}?\b(?P<year>(?:19|20)\d\d)\b[^\n\d]{0,12}?\([^()\n]{1,20}\)[ \u00a0]*+[\-–—|]"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?P<year>(?:19|20)\d\d)\b"
)


# The last text article_year read and its answer: the registry's scan and the resolver ask it of
# the same text.
_last_year: tuple[str, int | None] = ("", None)


def article_year(text: str) -> int | None:
    """The year ``text`` is dated by near its top (a dateline, a numeric date, a date in words
    ending its line or before a dash or a time), else ``None``. Kept for the last text (see
    ``_last_year``).

    >>> article_year("BRASILIA, 18 mars 2020 (AFP) - Le président a parlé.")
    2020
    >>> article_year("Bruxelles, le 23 mars 2018 - Les Vingt-Sept ont tranché.")
    2018
    >>> article_year("En 2003, Lula est élu.") is None
    True
    >>> article_year("Le 3 mars 2003, Lula est élu.") is None
    True
    """
    global _last_year
    if _last_year[0] is text:
        return _last_year[1]
    head = min(len(text), _HEAD_CHARS)
    # Every date's year opens with 19 or 20: most texts hold neither near their top.
    m = None
    if text.find("19", 0, head) >= 0 or text.find("20", 0, head) >= 0:
        m = _ARTICLE_YEAR.search(text, 0, head) or _worded_date().search(text, 0, head)
    year = int(m.group("year")) if m is not None else None
    _last_year = (text, year)
    return year


def months() -> tuple[str, ...]:
    """The months of ``grammar.json`` (``janvier`` … ``décembre``)."""
    return tuple(load("grammar.json", _Grammar).months)


@cache
def _worded_date() -> regex.Pattern[str]:
    """A date in words (a day, a month of ``grammar.json``, a year) on one of the first lines,
    within sixty characters of its start, that ends the line or comes before a dash or a short
    word and a time (``Publié le mardi 12 juin 2018 à 14h05``); never one a comma
    follows, a date the article's first sentence tells of (``Le 3 mars 2003, Lula…``)."""
    months = "|".join(sorted((regex.escape(m) for m in load("grammar.json", _Grammar).months), key=len, reverse=True))
    return regex.compile(
        rf"(?mi)^[^\n]{{0,60}}?(?<!\w)\d{{1,2}}\p{{Ll}}{{0,2}}[ \u00a0]++(?:{months})[ \u00a0]++(?P<year>(?:19|20)\d\d)(?!\w)"
        rf"(?=[ \u00a0]*+(?:$|[\-–—|]|\p{{Ll}}{{1,3}}[ \u00a0]++\d{{1,2}}[h:]))"
    )


# --------------------------------------------------------------------------- the registry


# What Registry.is_publication strips from both ends of a string (quotation marks, punctuation).
_PUBLICATION_STRIP = " \t\r\n\u00a0\u202f«»\"“”„‘’'‹›.,;:"

# How many lookup() answers a registry keeps.
_LOOKUP_CACHE = 4096


class Registry:
    """An immutable set of entities plus the built-in language resources.

    Build one with :meth:`default`, :meth:`from_file`, :meth:`with_entities` or
    :meth:`extend_file`; each returns a new registry and never changes an existing one.
    """

    __slots__ = (
        "_entities", "_by_id", "_names", "_role_index", "_lang", "_matcher", "_fuzzy", "_looked_up", "_name_info",
        "_holders", "_begins", "_tail_countries",
    )

    def __init__(self, entities: Iterable[Entity]) -> None:
        """Index ``entities`` (already validated); prefer the constructors below."""
        self._lang = _language()
        self._entities: tuple[Entity, ...] = tuple(entities)
        self._by_id: dict[str, Entity] = {e.id: e for e in self._entities}
        # fold(name) -> [(entity id, kind)]; a name with several owners resolves to none of them.
        self._names: dict[str, list[tuple[str, HitKind]]] = {}
        for e in reversed(self._entities):
            # Metonyms first: an entity named after its building (Matignon) stays a metonym.
            for kind, surfaces in (("metonym", e.metonyms), ("alias", (e.name, *e.aliases))):
                for surface in surfaces:
                    bucket = self._names.setdefault(fold(surface), [])
                    if all(eid != e.id for eid, _ in bucket):
                        bucket.append((e.id, kind))  # type: ignore[arg-type]
        self._role_index: dict[str, list[tuple[Entity, RoleHolding]]] = {}
        for e in self._entities:
            for h in e.roles:
                self._role_index.setdefault(h.key, []).append((e, h))
        self._matcher: _Matcher | None = None
        self._fuzzy: tuple[list[str], dict[str, list[str]]] | None = None
        # lookup() answers, bounded: the same names recur across articles; the registry never changes.
        self._looked_up: dict[str, Entity | None] = {}
        # What a gazetteer hit on each folded name says (entity id or None, kind, country), filled as met.
        self._name_info: dict[str, tuple[str | None, HitKind, str | None] | None] = {}
        # The entity a role phrase names, by (names a body, role key, country, complement), filled as met.
        self._holders: dict[tuple[bool, str, str | None, str | None], str | None] = {}
        # may_begin_publication() answers, bounded like lookup()'s: first words of names recur.
        self._begins: dict[str, bool] = {}
        # The country a role form's fixed complement names (see _tail_country), filled as met.
        self._tail_countries: dict[str, str | None] = {}

    # ---- constructors

    @staticmethod
    def default() -> Registry:
        """The built-in registry (loaded once, shared)."""
        return _default_registry()

    @classmethod
    def from_file(cls, path: str | Path, *, builtin: bool = True) -> Registry:
        """A registry of the entities in a JSON, TOML or YAML file, plus the built-in ones.

        With ``builtin=False`` only the states (part of the language data) are kept besides the file's.
        """
        base = cls.default() if builtin else cls(_language().state_entities())
        return base.extend_file(path)

    def extend_file(self, path: str | Path) -> Registry:
        """A new registry with the entities of a user file added (see :func:`read_entity_file`)."""
        path = Path(path)
        return self._extended(read_entity_file(path), origin=str(path))

    def with_entities(self, entities: Iterable[Entity | Mapping[str, Any]]) -> Registry:
        """A new registry with ``entities`` (models or plain dicts) added.

        Raises one :class:`~quotetrack.lexicon.DataError` listing every problem.
        """
        return self._extended(list(entities), origin="with_entities()")

    def _extended(self, items: list[Any], *, origin: str) -> Registry:
        problems: list[str] = []
        new: list[Entity] = []
        positions: list[int] = []  # index in the user's list of each valid entity, for messages
        for i, item in enumerate(items):
            try:
                new.append(item if isinstance(item, Entity) else Entity.model_validate(item))
                positions.append(i)
            except ValidationError as exc:
                for err in exc.errors():
                    loc = ".".join(str(p) for p in err["loc"]) or "<root>"
                    problems.append(f"entities.{i}.{loc}: {err['msg']}")
        problems += check_entities([*self._entities, *new], first_new=len(self._entities), positions=positions)
        problems.sort(key=_problem_order)
        if problems:
            listing = "\n".join(f"  - {p}" for p in problems)
            raise DataError(f"{origin}: {len(problems)} problem(s)\n{listing}")
        return Registry([*self._entities, *new])

    # ---- queries

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every entity, built-in first."""
        return self._entities

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or ``None``."""
        return self._by_id.get(entity_id)

    def lookup(self, name: str) -> Entity | None:
        """The entity a name refers to: exact alias first, then a guarded fuzzy match.

        The fuzzy step accepts transliteration variants (Putin/Poutine, Peskow/Peskov) but
        never picks between two different entities that score alike.
        """
        if not isinstance(name, str):
            raise TypeError(f"lookup() needs a str, not {type(name).__name__}")
        key = fold(name)
        if not key:
            return None
        if key in self._looked_up:
            return self._looked_up[key]
        hit = self._exact(key)
        if hit is None and key not in self._names:
            hit = self._fuzzy_lookup(key)
        if len(self._looked_up) >= _LOOKUP_CACHE:
            self._looked_up.clear()
        self._looked_up[key] = hit
        return hit

    def _exact(self, key: str) -> Entity | None:
        for k in (key, self._without_determiner(key)):
            bucket = self._names.get(k)
            if bucket:
                ids = {eid for eid, _ in bucket}
                return self._by_id[bucket[0][0]] if len(ids) == 1 else None
        return None

    def _without_determiner(self, key: str) -> str:
        for d in self._lang.grammar.determiners:
            d = fold(d)
            sep = "" if d.endswith("'") else " "
            if key.startswith(d + sep):
                return key[len(d + sep) :].strip()
        return key

    def _fuzzy_lookup(self, key: str) -> Entity | None:
        # A lone first name ("Marie, technicienne") is somebody's first name, not a misspelt
        # surname of the registry (Macri scores 80 against it).
        if len(key) < _FUZZY_MIN_LEN or key in self._lang.first_names:
            return None
        if self._fuzzy is None:
            owners: dict[str, list[str]] = {}
            for k, bucket in self._names.items():
                owners[k] = [eid for eid, _ in bucket]
            self._fuzzy = (list(owners), owners)
        choices, owners = self._fuzzy
        best: dict[str, float] = {}
        for cand, score, _ in process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=10
        ):
            if not self._compatible(key, cand):
                continue
            for eid in owners[cand]:
                best[eid] = max(best.get(eid, 0.0), score)
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _TIE_MARGIN:
            return None
        return self._by_id[ranked[0][0]]

    def _compatible(self, a: str, b: str) -> bool:
        """Guards against merging different people: same initials, close surnames and lengths."""
        ta = [t for t in a.replace("'", " ").split() if t not in self._lang.particles]
        tb = [t for t in b.replace("'", " ").split() if t not in self._lang.particles]
        if not ta or not tb:
            return False
        sa, sb = ta[-1], tb[-1]
        # A lone word ("Guerre" opening a headline) is held to one letter of difference.
        slack = 1 if len(ta) == 1 else max(2, len(sa) // 4)
        if sa[0] != sb[0] or abs(len(sa) - len(sb)) > slack:
            return False
        if extended_surname(sa, sb):
            return False
        if fuzz.ratio(sa, sb) < _SURNAME_CUTOFF:
            return False
        return not (len(ta) > 1 and len(tb) > 1 and ta[0][0] != tb[0][0])

    def role(self, role_key: str, country: str | None = None, *, at: int | None = None) -> Entity | None:
        """The one entity holding ``role_key`` (for ``country``) now, or in year ``at``.

        ``None`` when nobody or several hold it. Institutions hold the office they are:
        ``role("foreign_ministry", "FR")`` is the Quai d'Orsay.
        """
        found = {
            e.id: e
            for e, h in self._role_index.get(role_key, ())
            if self._holding_matches(h, country, None) and (h.active(at) or not self._dated(h))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _dated(h: RoleHolding) -> bool:
        return h.since is not None or h.until is not None

    def _holding_matches(self, h: RoleHolding, country: str | None, institution: str | None) -> bool:
        if institution is not None:
            return h.institution == institution or (h.institution is None and h.country == country)
        if country is None:
            return institution is None
        if h.country == country:
            return True
        body = self._by_id.get(h.institution) if h.institution else None
        return body is not None and body.country == country

    def _unique_holder(self, key: str, country: str | None, institution: str | None) -> str | None:
        """The only entity that ever held the role, if it still holds it; else ``None``.

        An article may be years old: a role noun is bound to a person only when the registry
        knows of no other holder, past or present.
        """
        if country is None and institution is None:
            return None
        found = [(e, h) for e, h in self._role_index.get(key, ()) if self._holding_matches(h, country, institution)]
        if len({e.id for e, _ in found}) != 1 or not any(h.active(None) for _, h in found):
            return None
        return found[0][0].id

    def office_holder(self, key: str, body_id: str, year: int | None) -> Entity | None:
        """The one person holding office ``key`` for the body ``body_id`` in ``year`` (now when
        ``None``): for a state, its country's holder (« l'Iran… son ministre des Affaires
        étrangères »); for another body, the holder it is given in (« l'ONU… son porte-parole »);
        ``None`` when the registry knows none or several."""
        body = self._by_id.get(body_id)
        if body is None or body.type == "person":
            return None
        state = body.type == "state"
        found = {e.id: e for e, h in self._role_index.get(key, ())
                 if e.type == "person" and h.active(year)
                 and (h.country == body.country and h.institution is None if state else h.institution == body_id)}
        return next(iter(found.values())) if len(found) == 1 else None

    def office_holders(self, key: str, body_id: str) -> frozenset[str]:
        """The ids of every person the registry gives office ``key`` in the international body
        ``body_id`` (of no country: « le secrétaire général de l'Otan »), at any date."""
        body = self._by_id.get(body_id)
        if body is None or body.type in ("person", "state") or body.country is not None:
            return frozenset()
        return frozenset(e.id for e, h in self._role_index.get(key, ()) if e.type == "person" and h.institution == body_id)

    def is_body_role(self, role_key: str) -> bool:
        """Whether a role key names a body (``government``, ``prosecution``), not a person."""
        return role_key in self._lang.body_roles

    def role_words(self, key: str) -> frozenset[str]:
        """The folded words of every form of role ``key`` (``chef``, ``du``, ``gouvernement``…)."""
        return self._lang.role_words.get(key, frozenset())

    def is_exclusive_role(self, key: str) -> bool:
        """Whether role ``key`` is an exclusive office (``roles.json``): one the holder is named by."""
        return key in self._lang.exclusive_roles

    def are_exclusive_roles(self, a: str, b: str) -> bool:
        """Whether role keys ``a`` and ``b`` are two different exclusive offices (``roles.json``),
        which one person does not hold both of, or two a role holds apart (``distinct_from``)."""
        return a != b and ((a in self._lang.exclusive_roles and b in self._lang.exclusive_roles)
                           or (a, b) in self._lang.role_distinct)

    def same_office_in_body(self, a: str, b: str) -> bool:
        """Whether role keys ``a`` and ``b`` name the same office of one body (``roles.json``
        ``same_body_as``: ``le dirigeant de Syriza`` and ``le chef du parti Syriza``)."""
        return a == b or (a, b) in self._lang.role_same_body

    def is_noun_role(self, key: str) -> bool:
        """Whether role ``key`` is marked ``by_noun`` (``roles.json``): only its noun binds it."""
        return key in self._lang.noun_roles

    def takes_back_speaker(self, key: str) -> bool:
        """Whether role ``key`` is marked ``speaker_back`` (``roles.json``): bound by its noun, it
        also takes back the person who spoke last."""
        return key in self._lang.speaker_back_roles

    def victim_words(self, key: str) -> frozenset[str]:
        """The folded participles of harm (``roles.json`` ``victim_words``) that mark a person as
        the victim a description of role ``key`` never takes back; empty for most roles."""
        return self._lang.role_victim_words.get(key, frozenset())

    def is_general_role(self, key: str) -> bool:
        """Whether role ``key`` covers narrower ones (``roles.json`` ``covers``: ``minister``)."""
        return bool(self._lang.role_covers.get(key))

    def is_relational_role(self, key: str) -> bool:
        """Whether role ``key`` is marked ``relational`` (``roles.json``): a relation to someone else."""
        return key in self._lang.relational_roles

    def is_noun_role_word(self, word: str) -> bool:
        """Whether the folded ``word`` opens a form of a role marked ``by_noun`` (a profession or
        situation: ``retraite``, ``infirmiere``)."""
        return word in self._lang.noun_role_heads

    def is_seat_role(self, key: str) -> bool:
        """Whether role ``key`` is marked ``seat`` (``roles.json``): an elected office named by its seat."""
        return key in self._lang.seat_roles

    def covers_role(self, general: str, narrower: str) -> bool:
        """Whether role ``general`` also names holders of role ``narrower`` (``roles.json`` ``covers``:
        ``elected_official`` covers ``deputy``)."""
        return narrower in self._lang.role_covers.get(general, ())

    def country_of_adjective(self, word: str) -> str | None:
        """The ISO code of the country a nationality adjective names (``countries.json``), or None.

        >>> Registry.default().country_of_adjective("chinois")
        'CN'
        """
        return self._lang.adjective_country.get(fold(word))

    def states_of_kind(self, noun: str) -> frozenset[str] | None:
        """The codes of the countries the state noun ``noun`` names (``royaume``: the kingdoms of
        ``countries.json``), or None for a noun no country claims (``pays``: any state).

        >>> "SA" in (Registry.default().states_of_kind("royaume") or ())
        True
        """
        return self._lang.state_kinds.get(fold(noun))

    def country_of_noun(self, word: str) -> str | None:
        """The ISO code of the country a capitalised noun for a person names: a nationality
        (``Danois``) or one of its regions or cities (``countries.json`` ``regional_nouns``), or None.

        >>> Registry.default().country_of_noun("Vaudois")
        'CH'
        """
        return self._lang.noun_country.get(fold(word))

    def title_role(self, title: str) -> str | None:
        """The role key a title before a name gives (``roles.json``), or None.

        >>> Registry.default().title_role("Me")
        'lawyer'
        """
        return self._lang.title_roles.get(title)

    def is_publication(self, s: str) -> bool:
        """Whether ``s`` (quotation marks allowed) names a newspaper, agency, channel or programme.

        >>> Registry.default().is_publication("« Le Monde »"), Registry.default().is_publication("le monde")
        (True, False)
        """
        if not isinstance(s, str):
            return False
        s = s.strip(_PUBLICATION_STRIP)
        if not s:
            return False
        # A cached answer per first word rules out about half the strings met (the quotations
        # classify asks about) before anything is folded; see may_begin_publication.
        if not self.may_begin_publication(s.split(None, 1)[0]):
            return False
        lang = self._lang
        if len(s) > lang.publication_longest and _solid_length(s[: lang.publication_longest + 1]) > lang.publication_longest:
            return False  # longer than any name, whatever the rest of it folds to (a quotation)
        # The key's last word is the folded last word of ``s`` (white space folds to white
        # space, so words never join across it); most strings end with no name's last word.
        last = _strip_accents(s.rsplit(None, 1)[-1]).translate(_FOLD_TABLE).split()
        if last and last[-1] not in lang.publication_last and _lower_first(last[-1]) not in lang.publication_last:
            return False
        key = _case_key(s)
        # « une “libération” », « la “nature” »: words without a capital are common nouns, no
        # name a capital begins (Libération, Nature), unless the name has none (franceinfo).
        return key in lang.publication_keys and (s != s.lower() or key in lang.publication_uncased)

    def publication_kind(self, s: str) -> str | None:
        """The kind of the publication ``s`` names (``agency``, ``newspaper``…), or None.

        >>> Registry.default().publication_kind("l'AFP"), Registry.default().publication_kind("Le Monde")
        ('agency', 'newspaper')
        """
        s = s.strip(_PUBLICATION_STRIP)
        kinds = self._lang.publication_kinds
        kind = kinds.get(_case_key(s))
        if kind is None and " " not in s and opens_elided(s):
            kind = kinds.get(_case_key(s[2:]))  # "l'AFP": the elided article is no part of the name
        return kind

    def may_begin_publication(self, word: str) -> bool:
        """``False`` when :meth:`is_publication` is ``False`` for every string that starts with
        ``word`` followed by white space or by nothing: a name can then be no publication's.

        The key :meth:`is_publication` looks up starts with the key of ``word`` (white space
        folds to white space) or, when the string is ``word`` and stripped punctuation, of
        ``word`` without it; a key is never found unless its first word is some name's first word.
        """
        known = self._begins.get(word)
        if known is None:
            if len(self._begins) >= _LOOKUP_CACHE:
                self._begins.clear()
            known = self._begins[word] = self._may_begin_publication(word)
        return known

    def _may_begin_publication(self, word: str) -> bool:
        """:meth:`may_begin_publication`, worked out."""
        if not word or word[0] in _PUBLICATION_STRIP:
            return True  # its stripping may reach past ``word``
        for w in (word, word.rstrip(_PUBLICATION_STRIP)):
            key = _case_key(w)
            if not key or key.split(" ", 1)[0] in self._lang.publication_first:
                return True
        return False

    # ---- the gazetteer

    def find(self, text: str, year: int | None = None) -> list[GazetteerHit]:
        """Every gazetteer mention in ``text``, in order, non-overlapping, longest first; a role
        bound to its holder in ``year`` (else the year of the text's dateline, if any)."""
        return [GazetteerHit(*h) for h in self._scan(text, year)]

    def _scan(self, text: str, year: int | None = None) -> list[_Hit]:
        """What :meth:`find` returns, as named tuples."""
        if not isinstance(text, str):
            raise TypeError(f"find() needs a str, not {type(text).__name__}")
        if self._matcher is None:
            self._matcher = _Matcher(self)
        matcher = self._matcher
        keys, dets, single, second = matcher.keys, matcher.dets, matcher.single, matcher.second
        std, probe = matcher.probe(text)
        engine = matcher.engine(std)
        function_words = matcher.function_words
        hits: list[_Hit] = []
        pos = 0  # where the next candidate word is searched for
        done = 0  # end of the last hit: hits never overlap
        words = lexicon.words(text)
        last = len(words) - 1
        # Prefilter: the full pattern is tried only where a word that can start a phrase stands
        # (about one word in twenty), instead of at every position.
        # compress() and map() with a bound C method keep the per-word test out of the interpreter loop.
        skipped: dict[str, int] = {}  # words passed over since the last offset found (see _past_skipped)
        for k in compress(count(), map(keys.__contains__, words)):
            word = words[k]
            key = keys[word]
            seconds = second.get(key)
            # What _NEXT_WORD reads, when it matches, is the next word: it is tried only
            # when that word may go on with a phrase.
            goes_on = seconds is not None and k < last and fold(words[k + 1]) in seconds
            if seconds is not None and not goes_on and word not in single:
                # Only longer phrases start with this word, and none is here (``de`` not before
                # ``Gaulle``, half the candidates): passed over without finding its offset.
                skipped[word] = skipped.get(word, 0) + 1
                continue
            if skipped:
                pos = _past_skipped(text, word, pos, skipped)
            i = token_at(text, word, pos)
            pos = i + len(word)
            if i < done:
                continue
            if seconds is not None:
                if goes_on and _NEXT_WORD.match(text, i + len(word)):
                    name_key = None
                else:
                    name_key = single.get(word)
                    if name_key is None:
                        continue  # only longer phrases start with this word, and none is here
            else:
                name_key = None
            # The word before, read back to the text's start: the same as read back to ``done``
            # when it starts at or after ``done`` or is none (see _word_before).
            before0 = _function_word_before(text, words, k, i, function_words)
            before = before0 if before0 is None or before0[0] >= done else _word_before(text, i, done)
            if name_key is not None:
                start = before[0] if before is not None and before[1] in dets else i
                if start == i and i > 0 and text[i - 1] in _DASHES:
                    continue
                if _glued_after(text, i + len(word), keys):
                    continue  # "Bruxelles-Propreté": the name opens a longer one
                # A determiner before the name is the previous word (see _starts).
                lead = before0 if start == i else _function_word_before(text, words, k - 1, start, function_words)
                hit = self._name_hit(text, start, i, i + len(word), name_key, lead)
                if hit is not None:
                    hits.append(hit)
                    done = hit.end
                continue
            pattern, entity_only = engine.patterns(key)
            found = None
            starts = self._starts(text, i, before, done, matcher)
            for start in starts:
                found = pattern.match(probe, start)
                if found is not None:
                    break
            if found is None:
                continue
            # The hit starts where the match does: at word k, or a word or two back (see _starts).
            j = k - (len(starts) - 1 - starts.index(start))
            lead = before0 if j == k else _function_word_before(text, words, j, start, function_words)
            hit, resume = self._read(text, found, entity_only, lead, engine.role_rest, probe)
            if hit is not None:
                hits.append(hit)
                done = hit.end
            else:
                done = max(done, resume)  # a swallowed newspaper name, a rejected phrase
        return self._dated_holders(text, hits, year)

    def _dated_holders(self, text: str, hits: list[_Hit], year: int | None) -> list[_Hit]:
        """``hits`` with each role phrase naming a person bound to the one holder of its office
        in ``year``, else the year the article is dated by (:func:`article_year`), or to nobody
        when the registry knows none or several; unchanged for an undated article."""
        if year is None and hits:
            year = article_year(text)
        if year is None:
            return hits
        skip = self._lang.body_roles | self._lang.collegial_roles
        return [self._holder_in(h, year) if h.kind == "role" and (h.role or "") not in skip else h
                for h in hits]

    def _holder_in(self, h: _Hit, year: int) -> _Hit:
        if h.country is None and h.complement_id is None:
            return h
        body = self._by_id.get(h.complement_id) if h.complement_id else None
        if body is not None and body.type != "state":
            return h  # "le président de l'Assemblée nationale": many states have one of that name
        ids = {e.id for e, held in self._role_index.get(h.role or "", ())
               if self._holding_matches(held, h.country, h.complement_id) and held.active(year)}
        entity_id = next(iter(ids)) if len(ids) == 1 else None
        return h if entity_id == h.entity_id else h._replace(entity_id=entity_id)

    @staticmethod
    def _starts(
        text: str, i: int, before: tuple[int, str] | None, done: int, matcher: _Matcher
    ) -> list[int]:
        """Where a phrase whose first word is at ``i`` may begin, earliest first.

        A determiner, a pre-modifier, or both ("l'ancien ministre") may stand before the word:
        each is a whole word of the text (letters with nothing but spaces, an apostrophe or a
        dash after them, see _word_before), so the words right before it.
        """
        if before is None:
            return [i]
        if before[1] in matcher.dets:
            return [before[0], i]
        if before[1] in matcher.premods:
            det = _word_before(text, before[0], done)
            if det is not None and det[1] in matcher.det_preps and before[1] in matcher.cardinal_premods:
                return [i]  # "l'un des trois magistrats": the partitive's complement, read whole elsewhere
            if det is not None and det[1] in matcher.dets:
                return [det[0], before[0], i]
            if before[1] in matcher.cardinal_premods:
                return [i]  # "Deux diplomates tchadiens": a bare count stays out of the role phrase
            return [before[0], i]
        return [i]

    def _read(
        self, text: str, found: _Found, entity_only: Any, before: _Before, role_rest: Any, probe: str | None = None
    ) -> tuple[_Hit | None, int]:
        """Turn one match into a hit; also says where the scan resumes. ``before`` is the word
        before the match (see :meth:`_make`), ``role_rest`` the engine's :attr:`_Matcher.role_rest`,
        ``probe`` the text the engine's patterns read (see :meth:`_Matcher.probe`; ``text`` when ``None``)."""
        which, m, rest = found
        if which == "pub":
            return None, m.end()  # a newspaper's name: swallow it so "Washington Post" is no hit
        if which == "anon":
            return self._anonymous_hit(text, m, rest, before)
        if which == "role":
            ent = entity_only.match(text if probe is None else probe, m.start()) if entity_only is not None else None
            if ent is not None and ent.end() >= rest.end():
                return self._entity_hit(text, ent, before), ent.end()
            return self._role_hit(text, m, rest, role_rest, before, probe)
        hit = self._entity_hit(text, m, before)
        if hit is not None and hit.country is not None and self._foreign_adjective_after(text, hit.end, hit.country):
            # "les services du Premier ministre arménien": an alias of one country's body (Matignon)
            # another country's nationality adjective qualifies names that country's body, not it.
            return None, 0
        return hit, m.end()

    def _foreign_adjective_after(self, text: str, end: int, country: str) -> bool:
        """Whether the word right after ``end``, one space away, is a nationality adjective of
        ``countries.json`` naming another country than ``country``."""
        if end >= len(text) or text[end] != " ":
            return False
        m = _NEXT_WORD.match(text, end)
        if m is None or not m.group(1)[:1].islower():
            return False
        other = self.country_of_adjective(m.group(1))
        return other is not None and other != country

    def _make(
        self, text: str, start: int, head: int, end: int, before: _Before = False, *,
        entity_id: str | None, kind: HitKind, role: str | None = None, country: str | None = None,
        complement_id: str | None = None,
    ) -> _Hit:
        """A hit from ``start`` to ``end``; ``before`` is ``_word_before(text, start, 0)`` when the
        caller has it (or ``None`` when that is no function word, see _function_word_before)."""
        if before is False:
            before = _word_before(text, start, 0)
        after = isinstance(before, tuple) and self._matcher is not None and before[1] in self._matcher.preps
        if not after and start < head <= start + _DET_PREP_REACH and self._matcher is not None and self._matcher.det_preps \
                and text[start:head].rstrip().translate(_FOLD_TABLE) in self._matcher.det_preps:
            after = self._governed_by_noun(text, start)
        return _Hit(start, end, text[start:end], entity_id, kind, role, country, start, head, after, complement_id)

    def _governed_by_noun(self, text: str, start: int) -> bool:
        """Whether a determiner that is also a contracted preposition, at ``start`` (``des``),
        follows a lower-case noun that a determiner or preposition opens (``au nom des Vingt-Sept``,
        ``la position des Vingt-Sept``): the preposition of the noun's complement, not the article
        of a subject (``ont dit des responsables``); one lower-case adjective may follow the noun
        (``le consul honoraire des Pays-Bas``, ``la position commune des Vingt-Sept``)."""
        noun = _word_before(text, start, 0)
        if noun is None or not text[noun[0]].islower() or self._matcher is None:
            return False
        for _ in range(_NOUN_ADJECTIVES + 1):
            if noun[1] in self._matcher.function_words:
                return False
            opener = _word_before(text, noun[0], 0)
            if opener is None:
                return False
            if opener[1] in self._matcher.dets or opener[1] in self._matcher.preps:
                return True
            if not text[opener[0]].islower():
                return False
            noun = opener  # "le consul| honoraire| des": the adjective's noun is one word back
        return False

    @staticmethod
    def _qualifies_body(text: str, start: int) -> bool:
        """Whether the word right before ``start``, one space away, is a noun of ``qualified_bodies``
        (``institution_names.json``): a lower-case role noun there is that body's adjective
        (``le ministère| délégué``, ``le comité| directeur``), no person."""
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
            return False
        word = _word_before(text, start, 0)
        return word is not None and word[1].lower() in institutions.qualified_bodies()

    def _entity_hit(self, text: str, m: Any, before: _Before = False) -> _Hit | None:
        return self._name_hit(text, m.start(), m.start("ename"), m.end(), fold(m.group("ename")), before)

    def _name_hit(self, text: str, start: int, head: int, end: int, key: str, before: _Before = False) -> _Hit | None:
        if key in self._name_info:
            info = self._name_info[key]
        else:
            info = self._name_info[key] = self._info(key)
        if info is None:
            return None
        eid, kind, country = info
        return self._make(text, start, head, end, before, entity_id=eid, kind=kind, country=country)

    def _info(self, key: str) -> tuple[str | None, HitKind, str | None] | None:
        """Entity id (``None`` when the name has several owners), kind and country of a hit on a folded name."""
        bucket = self._names.get(key)
        if not bucket:
            return None
        ids = {eid for eid, _ in bucket}
        return (bucket[0][0] if len(ids) == 1 else None), bucket[0][1], self._by_id[bucket[0][0]].country

    def _anonymous_hit(self, text: str, m: Any, rest: Any, before: _Before = False) -> tuple[_Hit | None, int]:
        """``m`` holds the head (group ``ahead`` or ``ahead2``), ``rest`` what follows it."""
        head_group = "ahead" if m.groupdict().get("ahead") is not None else "ahead2"
        head = self._lang.anon_heads.get(fold(m.group(head_group)))
        g = rest.groupdict()
        qualified = any(g.get(k) for k in (*_QUALIFIER_GROUPS, "abody")) or (
            fold(text[m.start() : m.start(head_group)].strip()) in self._lang.anon_anaphoric)
        if head is None or not (head.bare or qualified):
            return None, m.end(head_group)
        if head.determined and m.start() == m.start(head_group):
            return None, m.end(head_group)  # "Le quotidien, proche du pouvoir,": an adjective set off
        if g.get("abody") and m.start() == m.start(head_group) and not any(
                g.get(k) for k in _QUALIFIER_GROUPS):
            return None, m.end(head_group)  # "un ancien| responsable du service": only after its own determiner
        country = next((c for k in ("aadj", "aadj2", "aadj3", "aadj4") if g.get(k)
                        and (c := self._lang.adjective_country.get(fold(g[k]))) is not None), None)
        complement_id = None
        if g.get("alink"):
            complement_id, comp_country, _ = self._complement_of(
                {k[1:]: v for k, v in g.items() if k.startswith("a")}
            )
            country = country or comp_country
        hit = self._make(
            text, m.start(), m.start(head_group), rest.end(), before, entity_id=None, kind="anonymous",
            country=country, complement_id=complement_id,
        )
        return hit, rest.end()

    def _role_hit(
        self, text: str, m: Any, cont: Any, role_rest: Any, before: _Before = False, probe: str | None = None
    ) -> tuple[_Hit | None, int]:
        """``m`` holds the role noun (group ``rhead``), ``cont`` its continuation (_Matcher.role_cont),
        ``role_rest`` the compiled _Matcher.role_rest of the same engine, ``probe`` the text it reads."""
        lang = self._lang
        start, head_start = m.start(), m.start("rhead")
        if start < head_start and text[start].isupper():
            # A capitalised determiner right after a capitalised word is a surname particle
            # ("Bruno Le Maire"), not the start of a role phrase; a line's last word (a heading's)
            # is no first name.
            word = _word_before(text, start, 0)
            if word is not None and word[1][:1].isupper() and "\n" not in text[word[0] : start]:
                return None, start
        radj1, rtail = cont.group("radj1", "rtail")
        head, tail = fold(m.group("rhead")), fold(rtail or "")
        record = lang.role_forms.get((head, tail))
        rest = cont
        if tail and (head, "") in lang.role_forms:
            # The words after the head may be a complement rather than the tail: the tail may
            # belong to another head ("porte-parole de la diplomatie russe"), or a complement
            # be longer ("président du Conseil européen"). Read them again; the longest wins.
            after = cont.end("radj1") if radj1 else m.end("rhead")
            alt = role_rest.match(text if probe is None else probe, after)
            if record is None or alt.end() > cont.end():
                record, rest = lang.role_forms[(head, "")], alt
            elif rest.end() == cont.end("rtail") and institutions.head_then_adjective(text if probe is None else probe, rest.end()):
                # "le président du Conseil central des musulmans": the tail's head opens a
                # body's longer name, the role is the bare head's (that body's office).
                record, rest = lang.role_forms[(head, "")], alt
        if record is None or (record.determined and start == head_start):
            return None, m.end("rhead")
        if start == head_start and text[head_start].islower() and self._qualifies_body(text, start):
            return None, m.end("rhead")  # "le ministère délégué chargé de…": the body's adjective, no person
        if text[m.end("rhead") : m.end("rhead") + 1] == "-" and text[m.end("rhead") + 1 : m.end("rhead") + 2].isalpha():
            return None, m.end("rhead")  # "le ministre-président flamand": a compound title, not the role its head names
        if record.accented and not _accents_written(m.group("rhead"), record.accented):
            return None, m.end("rhead")  # "sa retraite": another noun than the pensioner's
        end = _before_agent_participle(text, head_start, rest.end())
        country = None
        radj2, link = rest.group("radj2", "link")
        for adj in (radj1, radj2):
            if adj:
                country = lang.adjective_country.get(fold(adj))
                break
        complement_id = None
        key = record.key
        if link:
            complement_id, comp_country, is_body = self._complement_of(rest.groupdict())
            country = country or comp_country
            if is_body and record.on_body:
                key = record.on_body
        elif record.on_body and self._matcher is not None and (
                self._matcher.body_after.match(text if probe is None else probe, end)
                or self._matcher.name_after.match(text, end, end + _LINK_REACH)):
            key = record.on_body
        if country is None and tail and not link:
            country = self._tail_country(tail)
        if country is None and not link and self._matcher is not None:
            read = text if probe is None else probe
            after = (self._matcher.portfolio_adj.match(read, end, end + _PORTFOLIO_ADJ_CHARS)
                     if self._matcher.link_may_follow(read, end) else None)
            country = lang.adjective_country.get(fold(after.group("padj"))) if after is not None else None
        entity_id = self._holder(record.institution, key, country, complement_id)
        # A role phrase that is also an entity's name (parquet de Paris) is that entity.
        bucket = self._names.get(fold(text[head_start:end]))
        if bucket and len({eid for eid, _ in bucket}) == 1:
            named = self._by_id[bucket[0][0]]
            hit = self._make(
                text, start, head_start, end, before, entity_id=named.id, kind=bucket[0][1], country=named.country,
            )
        else:
            hit = self._make(
                text, start, head_start, end, before, entity_id=entity_id, kind="role",
                role=key, country=country, complement_id=complement_id,
            )
        return hit, end

    def _tail_country(self, tail: str) -> str | None:
        """The country of the body a role form's fixed complement names (``de Matignon``,
        ``de Downing Street``): the longest run of its last words that is the name of one entity
        with a country; memoised."""
        if tail not in self._tail_countries:
            words = tail.split()
            country = None
            for i in range(1, len(words)):
                bucket = self._names.get(" ".join(words[i:]))
                if bucket and len({eid for eid, _ in bucket}) == 1:
                    country = self._by_id[bucket[0][0]].country
                    break
            self._tail_countries[tail] = country
        return self._tail_countries[tail]

    def _holder(self, body: bool, key: str, country: str | None, complement_id: str | None) -> str | None:
        """The entity a role phrase names: the body holding office ``key`` for ``country`` when the
        role names a body, else the role's only holder (see :meth:`_unique_holder`); memoised."""
        memo = (body, key, country, complement_id)
        if memo not in self._holders:
            if body:
                entity = self.role(key, country) if country else None
                self._holders[memo] = entity.id if entity else None
            else:
                self._holders[memo] = self._unique_holder(key, country, complement_id)
        return self._holders[memo]

    def _complement_of(self, g: dict[str, str | None]) -> tuple[str | None, str | None, bool]:
        if g.get("cname"):
            bucket = self._names.get(fold(g["cname"] or "")) or []
            ids = {eid for eid, _ in bucket}
            if len(ids) != 1:
                return None, None, False
            e = self._by_id[bucket[0][0]]
            return e.id, e.country, e.type != "state"
        office = self._lang.office_forms.get((fold(g.get("coffice") or ""), fold(g.get("ctail") or "")))
        adj = g.get("cadj") or g.get("cadj2")
        country = self._lang.adjective_country.get(fold(adj)) if adj else None
        body = self.role(office.key, country) if office and country else None
        return (body.id if body else None), country, True


def check_entities(
    entities: list[Entity], *, first_new: int = 0, positions: list[int] | None = None
) -> list[str]:
    """Integrity problems: duplicate ids, names shared without ``ambiguous``, unknown parents and
    role institutions, reversed dates.

    Only entities from ``first_new`` on are checked (the earlier ones are trusted); ``positions``
    gives their index in the user's file for the messages.
    """
    new = entities[first_new:]
    where = positions if positions is not None else list(range(len(new)))
    problems: list[str] = []
    seen: set[str] = {e.id for e in entities[:first_new]}
    owners: dict[str, Entity] = {}
    for e in entities[:first_new]:
        for surface in (e.name, *e.aliases, *e.metonyms):
            owners.setdefault(fold(surface), e)
    for i, e in zip(where, new, strict=True):
        if e.id in seen:
            problems.append(f"entities.{i}.id: duplicate id {e.id!r}")
        seen.add(e.id)
        for surface in dict.fromkeys((e.name, *e.aliases, *e.metonyms)):
            other = owners.setdefault(fold(surface), e)
            # Two entities may share a name only if one says so: never merge people silently.
            if other.id != e.id and not (other.ambiguous or e.ambiguous):
                problems.append(
                    f"entities.{i}.aliases: {surface!r} already names {other.id!r} "
                    "(mark one of them ambiguous)"
                )
    for i, e in zip(where, new, strict=True):
        if e.parent is not None and e.parent not in seen:
            problems.append(f"entities.{i}.parent: unknown entity id {e.parent!r}")
        for j, h in enumerate(e.roles):
            if h.institution is not None and h.institution not in seen:
                problems.append(f"entities.{i}.roles.{j}.institution: unknown entity id {h.institution!r}")
            if h.since and h.until and h.since > h.until:
                problems.append(f"entities.{i}.roles.{j}: since {h.since} is after until {h.until}")
    return problems


def _problem_order(problem: str) -> tuple[int, str]:
    """Problems sorted by the index of the entity they concern, then by text."""
    head = problem.split(".", 2)
    return (int(head[1]) if len(head) > 1 and head[1].isdigit() else -1, problem)


def shared_names(entities: Iterable[Entity]) -> dict[str, set[str]]:
    """Folded names used by more than one entity, with the ids using them."""
    owners: dict[str, set[str]] = {}
    for e in entities:
        for surface in (e.name, *e.aliases, *e.metonyms):
            owners.setdefault(fold(surface), set()).add(e.id)
    return {k: v for k, v in owners.items() if len(v) > 1}


def read_entity_file(path: Path) -> list[Any]:
    """The raw entity records of a user file: JSON, TOML (``[[entities]]``) or YAML.

    The file holds either a list of entities or a mapping with an ``entities`` list.
    """
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read the file ({exc.strerror})") from None
    try:
        if suffix == ".toml":
            payload: Any = tomllib.loads(raw.decode("utf-8"))
        elif suffix in (".yaml", ".yml"):
            try:
                import yaml
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise ImportError("YAML entity files need pyyaml: pip install 'quotetrack[yaml]'") from exc
            payload = yaml.safe_load(raw.decode("utf-8"))
        else:
            payload = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:  # tomllib, json and yaml errors are ValueErrors
        raise DataError(f"{path}: not valid {suffix.lstrip('.') or 'JSON'}: {exc}") from None
    except Exception as exc:  # yaml.YAMLError is not a ValueError
        if type(exc).__module__.startswith("yaml"):
            raise DataError(f"{path}: not valid YAML: {exc}") from None
        raise
    if isinstance(payload, Mapping):
        payload = payload.get("entities")
    if not isinstance(payload, list):
        raise DataError(f"{path}: 1 problem(s)\n  - <root>: expected a list of entities or an 'entities' list")
    return payload


def _spellings(words: Iterable[str]) -> frozenset[str]:
    """Function words as they may be written (first letter in either case, any apostrophe)."""
    out: set[str] = set()
    for w in words:
        w = w.translate(_FOLD_TABLE)
        out |= {w, w[:1].upper() + w[1:]}
    return frozenset(out)


# Letters that _FOLD_TABLE changes (ʼ): a word holding one reads otherwise once folded.
_FOLDED_LETTERS = frozenset(c for c in _APOSTROPHES + _DASHES if c.isalpha())


def _folds_a_letter(word: str) -> bool:
    return not word.isascii() and not _FOLDED_LETTERS.isdisjoint(word)


def _function_word_before(
    text: str, words: list[str], j: int, start: int, function_words: frozenset[str]
) -> tuple[int, str] | None:
    """``_word_before(text, start, 0)`` for ``words[j]``, which starts at ``start``, or ``None`` when
    ``words[j - 1]`` is no function word.

    The word _word_before reads, if any, is ``words[j - 1]`` (with an apostrophe or a dash) and is
    only ever looked up among function words: when it is none, it changes nothing a missing one
    does not. A word with a letter that folds (ʼ) is read all the same.
    """
    if not j:
        return None
    word = words[j - 1]
    if word in function_words:
        # The common case read without _word_before's loops: one space or apostrophe between the
        # two words (the previous word then ends one character before ``start``, as its letters
        # are word characters). A function word is made of letters none of which folds.
        if len(word) <= _WORD_BEFORE_LETTERS and text.endswith(word, 0, start - 1):
            gap = text[start - 1]
            if gap.isspace():
                return start - 1 - len(word), word
            if gap in _APOSTROPHES:
                return start - 1 - len(word), word + "'"
        return _word_before(text, start, 0)
    return _word_before(text, start, 0) if _folds_a_letter(word) else None


def _past_skipped(text: str, word: str, pos: int, skipped: dict[str, int]) -> int:
    """Where :meth:`Registry._scan` looks for ``word`` from (``token_at``): past the occurrences of
    it that the scan passed over since ``pos`` (counted in ``skipped``), which lie in between.
    ``skipped`` is emptied: every occurrence it counts stands before ``word``'s offset."""
    for _ in range(skipped.get(word, 0)):
        pos = token_at(text, word, pos) + len(word)
    skipped.clear()
    return pos


# Most letters _word_before reads back (a longer word is no function word).
_WORD_BEFORE_LETTERS = 12


def _word_before(text: str, i: int, floor: int) -> tuple[int, str] | None:
    """The word just before offset ``i`` (with its apostrophe if elided), not before ``floor``.

    Looks back over at most a few spaces, so a determiner or preposition is found without a
    regex search; apostrophes come back as ``'``.
    """
    j = i
    while j > floor and j > i - 3 and text[j - 1].isspace():
        j -= 1
    end = j
    if j > floor and (text[j - 1] in _APOSTROPHES or (j == i and text[j - 1] in _DASHES)):
        j -= 1
    k = j
    while k > floor and k > j - _WORD_BEFORE_LETTERS and text[k - 1].isalpha():
        k -= 1
    if k == j or (k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_")):
        return None
    return k, text[k:end].translate(_FOLD_TABLE)


# Most characters of a determiner that is also a contracted preposition, with its space (``des ``).
_DET_PREP_REACH = 5


@cache
def _default_registry() -> Registry:
    return Registry(_builtin_entities())
