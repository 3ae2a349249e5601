"""Stage 6 — every expression that may name a speaker, as a span.

Four sources, merged with the longest span winning where two overlap:

- the registry's gazetteer (institutions, states and their metonyms, roles, anonymous sources);
- capitalised name sequences with their particles and titles (``M. Di Maio``, ``Bachar al-Assad``,
  ``Claire von der Linde``);
- subject pronouns and anaphors (``il``, ``elle``, ``ce dernier``);
- group expressions (``les deux dirigeants``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress, count, filterfalse
from typing import Any, Literal

import regex
from pydantic import Field

from quotetrack import cues, institutions, lexicon, marks, segment
from quotetrack.lexicon import Record, alternation, trie_alternation
from quotetrack.registry import (
    FirstNames,
    PublicationKind,
    Registry,
    article_before_mark,
    capital_cities,
    country_names,
    is_body_role_key,
    opens_elided,
)
from quotetrack.registry import months as registry_months
from quotetrack.registry import pronouns as registry_pronouns


@dataclass(slots=True)
class Mention:
    """A span that may name a speaker.

    The hot paths (every gazetteer hit, every name) pass every field by position, in this
    order: a class called with keywords costs about twice as much."""

    start: int
    end: int
    text: str
    kind: str
    """``entity``, ``metonym``, ``role``, ``anonymous``, ``name``, ``publication``, ``pronoun``,
    ``anaphor`` (ce dernier), ``former`` (le premier), ``group``, ``np``, ``discourse``,
    ``organisation`` (a name spelled out before its acronym)."""
    entity_id: str | None = None
    role: str | None = None
    country: str | None = None
    after_preposition: bool = False
    gender: str | None = None
    number: str = "sg"
    head_start: int = -1
    """Start of the head word (after a determiner or a title)."""
    parenthetical: bool = False
    """An aside, never a subject: in parentheses (« Kris Peeters (CD&V) »), a dateline, or a
    pronoun set off by commas (« Le Quai d'Orsay, lui, juge »)."""
    complement_id: str | None = None
    """The registry entity a role's complement names (``le secrétaire général du PS``: the PS)."""


@dataclass(frozen=True, slots=True)
class _Patterns:
    name: regex.Pattern[str]
    name_bmp: re.Pattern[str]
    """``name`` for the standard engine (three times faster), exact on a text of the Basic
    Multilingual Plane (:func:`lexicon.in_bmp`): its classes are those of :func:`lexicon.bmp_class`."""
    capital_bmp: re.Pattern[str]
    """``_CAPITAL`` for the standard engine, likewise."""
    name_prefixes: tuple[str, ...] | None
    """Lower-case ways a name may start (``al-``), each ending with a hyphen; ``None`` when a title starts with no capital."""
    pronoun: regex.Pattern[str]
    pronoun_forms: tuple[str, ...]
    """The forms ``pronoun`` matches (in any case), for :func:`_pronoun_words`."""
    not_names: frozenset[str]
    titles: frozenset[str]
    pronoun_info: dict[str, tuple[str, str, str]]
    preposition_before: regex.Pattern[str]
    impersonal: regex.Pattern[str]
    impersonal_pronouns: frozenset[str]
    elided_article: regex.Pattern[str]
    elided_first_name: regex.Pattern[str]
    elided_apostrophe: bool
    """Every elided article ends with an apostrophe: a string with none holds no elided article."""
    after_link: regex.Pattern[str]
    article_before: regex.Pattern[str]
    article_tails: _Tails
    """What every match of ``article_before`` ends with."""
    publication_before: regex.Pattern[str]
    portfolio_link: regex.Pattern[str]
    """A link of ``portfolio_links`` (aux) right after a word of ``portfolio_role_endings``
    (d'État, délégué), ending the searched text: a portfolio's capitalised word comes next."""


@cache
def _patterns() -> _Patterns:
    raw: dict[str, Any] = _raw_names()
    name = regex.compile(_name_source(raw, "[{}]".format))
    pron_items = [(p["form"], p.get("gender", "m"), p.get("number", "sg"), "pronoun") for p in raw["subject_pronouns"]]
    pron_items += [
        (p["form"], p.get("gender", "m"), p.get("number", "sg"), "former" if p.get("refers") == "former" else "anaphor")
        for p in raw["anaphors"]
    ]
    pron_items += [(grp, "m", "pl", "group") for grp in raw["groups"]]
    # "le Premier ministre lui-même": an intensifier after a noun, no subject of its own; but a
    # capitalised form with one opens its sentence as its subject ("Lui-même s'est borné à
    # déclarer que…"). The capital is looked at only where an intensifier follows.
    # ``(?:\b|(?<=[^\W\p{L}]))`` only restates the lookbehind (a letter starts every form), but
    # lets the engine reject a position inside a word sooner.
    intensifier = alternation(raw["intensifiers"])
    pronoun = regex.compile(
        rf"(?i)(?:\b|(?<=[^\W\p{{L}}]))(?<![\p{{L}}\-])(?:{trie_alternation(p[0] for p in pron_items)})(?![\p{{L}}])"
        rf"(?:(?!(?:{intensifier})(?!\p{{L}}))|(?<=(?<![\p{{L}}\-])(?-i:\p{{Lu}})\p{{L}}{{1,3}}))"
    )
    info = {p[0].replace("’", "'").lower(): (p[1], p[2], p[3]) for p in pron_items}
    # "par l'AFP", "de la Commission": an article may sit between the preposition and the mention.
    prep = regex.compile("(?i)" + _preposition_source(raw, "[{}]".format))
    impersonal = regex.compile(rf"(?i)\s++(?:{trie_alternation(raw['impersonal_after_il'])})(?!\w)")
    # A name starts with a capital (its own or its title's) or a hyphenated particle.
    capital_titles = all(_CAPITAL.match(t) for t in raw["titles"])
    prefixes = tuple(f"{h}-" for h in raw["hyphen_particles"]) if capital_titles else None
    return _Patterns(
        name, re.compile(_name_source(raw, lexicon.bmp_class)), re.compile(lexicon.bmp_class(r"\p{Lu}")), prefixes, pronoun, tuple(p[0] for p in pron_items), frozenset(raw["not_names"]), frozenset(raw["titles"]), info, prep, impersonal,
        frozenset(raw["impersonal_pronouns"]),
        # "L'UJFP": an elided article glued to an acronym.
        regex.compile(rf"(?i:{trie_alternation(raw['elided_articles'])})(?=\p{{Lu}}\.?+\p{{Lu}})"),
        # "d'Édouard| Philippe": a capitalised word glued to an elided article, right before a name.
        regex.compile(rf"(?<!\p{{L}})(?i:{trie_alternation(raw['elided_articles'])})(\p{{Lu}}[\p{{L}}\-]*+)[ \u00a0]++$"),
        all(a[-1:] in "'’" for a in raw["elided_articles"]),
        # "ministre de l'Intérieur Matteo Salvini": the name follows a complement link.
        regex.compile("(?i)" + _link_source(raw, "[{}]".format)),
        regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(raw['articles'])})\s*+$"),
        _tails(tuple(raw["articles"])),
        # "le quotidien allemand Handelsblatt": a publication noun and up to two adjectives (no
        # article: "répète à la télévision le président Maduro" names a person, no channel).
        regex.compile(
            rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw['publication_nouns'])})"
            rf"(?:\s++(?!(?:{trie_alternation([*raw['prepositions'], *raw['articles']])})(?!\p{{L}}))\p{{Ll}}[\p{{L}}\-]*+){{0,2}}\s++$"
        ),
        # "secrétaire d'État aux Transports Dominique X": the portfolio's word opens no name.
        regex.compile(
            rf"(?<=(?<![\p{{L}}'’])(?:{trie_alternation(raw.get('portfolio_role_endings', ())) or '(?!)'})[ \u00a0]++)"
            rf"(?:{trie_alternation(raw.get('portfolio_links', ())) or '(?!)'})(?:(?<=['’])|[ \u00a0]++)$"
        ),
    )


def _name_source(raw: dict[str, Any], cls: Callable[[str], str]) -> str:
    r"""The name pattern, each character class written by ``cls`` from what a ``regex`` class holds
    (``[\p{L}\d]`` for the ``regex`` engine, or :func:`lexicon.bmp_class` for the standard one)."""
    particles = trie_alternation(raw["name_particles"])
    # An elided particle glues to the name after it (Giscard d'Estaing).
    elided = [p[:-1] for p in raw["name_particles"] if p.endswith(("'", "’"))]
    glued = rf"|(?:{trie_alternation(elided)})['’]" if elided else ""
    hyphen = trie_alternation(raw["hyphen_particles"])
    titles = trie_alternation(raw["titles"])
    upper, letter, word, space = cls(r"\p{Lu}"), cls(r"\p{L}"), cls(r"\p{L}\d"), cls(r"\s")
    # Nor a digit: a capital glued to digits is a clock time's or a code's (18H40, 3G), no name.
    no_letter_before = cls(r"\p{L}\d\-'’")
    # A capital, then letters or digits (M5S), hyphenated parts (Jean-Yves) and, after an
    # apostrophe, only a capital (O'Neill, not L'ambassadeur); or an initial (J.).
    # Optional parts are written ``(?:…|)`` and a pair ``\p{Lu}\p{Lu}``, not ``(?:…)?`` and
    # ``\p{Lu}{2}``: the same matches, without a repeat the engine sets up on every attempt.
    # Initials (``J.D. Vance``, ``George W. Bush``, ``J. D. Vance``) open a token only before a
    # capitalised word that is no not-name: ``Nicolas B. Le suspect`` ends at the initial.
    not_names = trie_alternation(raw["not_names"])
    blank = r"[ \t\u00a0\u202f]"
    initials = rf"(?:{upper}\.(?:{blank}?+{upper}\.)*+{blank}*+(?={upper})(?!(?:{not_names})(?!{letter}))|)"
    # A letter pair joined by an apostrophe (the Breton c'h: Le Floc'h) belongs to the word too.
    inner = "".join(rf"|(?<={regex.escape(t[0])})['’]{regex.escape(t[-1])}{letter}*+"
                    for t in raw.get("name_inner_apostrophes", ()))
    # A Polynesian glottal stop written as an apostrophe between two vowels (Tu'ivakano, Nuku'alofa,
    # Hawai'i): French elides only after a consonant or the u of qu' (Qu'il, Lorsqu'elle), never
    # after another vowel, so the apostrophe and the letters after it stay in the word.
    vowels = "".join(raw.get("name_glottal_vowels", ()))
    if vowels:
        inner += rf"|(?<=(?<![qQ])[{regex.escape(vowels)}])['’][{regex.escape(vowels.lower())}]{letter}*+"
    # An English genitive ending a word of a company's or a title's name (Lloyd's List,
    # McDonald's): French elides before a word, never at its end, so the ending is the name's.
    possessive = "".join(rf"|['’]{regex.escape(e)}(?!{letter})" for e in raw.get("name_possessive_endings", ()))
    # A brand's closing sign (Canal+, Disney+): glued to the token's end, nothing of a word or another sign after it.
    closing = alternation(raw.get("name_closing_marks", ()))
    closing = rf"(?:(?:{closing})(?!{word}|{closing})|)" if closing else ""
    # An ampersand joins capitals in a company's name (S&P, AT&T, H&M): one word; between
    # spaces (Marks & Spencer, Procter & Gamble) it joins two names into one, below.
    token = rf"{initials}(?:(?:{hyphen})-|){upper}(?:{word}*+(?:-{word}++|&{upper}{word}*+|['’]{upper}{letter}*+{inner}{possessive})*+){closing}"
    # An acronym older copy dots (U.N.F.P., C.G.T.), its last period its own: no initials, since
    # no name but a not-name (a sentence's first word) follows it (J.D. Vance is initials); the
    # name ends with its period (au M.R.P. Le candidat…: no continuation after a period).
    dotted = rf"{upper}\.(?:{upper}\.)++(?!{blank}*+(?!(?:{not_names})(?!{letter})){upper})"
    token = rf"(?:{dotted}|{token})"
    # A year may close a name (Paris 2024: an edition's name, its organisers'): four digits that no
    # other digit or word follows; find_mentions keeps it only after a place (see _edition_names).
    digit = cls(r"\d")
    year = rf"(?:{blank}(?:19|20){digit}{digit}(?!{blank}?+{digit}|{word})|)"
    return (
        rf"(?:(?<!{no_letter_before})|(?<={letter}['’])(?={upper}\.?+{upper}))(?:(?:{titles}){space}++|){token}"
        rf"(?:(?<!\.){blank}++(?:&{blank}++|)(?:(?:{particles}){blank}++{glued})*+{token})*+{year}(?!{letter})"
    )


def _preposition_source(raw: dict[str, Any], cls: Callable[[str], str]) -> str:
    """A preposition (and an article) ending the searched text; classes written by ``cls`` (see _name_source)."""
    space, before = cls(r"\s"), cls(r"\s(")
    opening = rf"(?:^|{before})(?:{trie_alternation(raw['prepositions'])})"
    if raw.get("sentence_prepositions"):
        # "A Washington, …": only where a sentence starts, as written (the verb "a" is lower case),
        # a live blog's time and its dash before it too ("14h20 - A Matignon, on indique…").
        opening = rf"(?:{opening}|(?:^|(?<=\n)|(?<=[.!?] )|(?<=\d [-–—] ))(?-i:{trie_alternation(raw['sentence_prepositions'])}))"
    return rf"{opening}{space}*+(?:(?:{trie_alternation(raw['articles'])}){space}*+)?$"


def _link_source(raw: dict[str, Any], cls: Callable[[str], str]) -> str:
    """A complement link ending the searched text; classes written by ``cls`` (see _name_source)."""
    word, space = cls(r"\w"), cls(r"\s")
    return rf"(?<!{word})(?:{trie_alternation(raw['complement_links'])}){space}*+$"


class _Pronoun(Record):
    """A pronoun, an anaphor (ce dernier) or a former (le premier) of ``names.json``."""

    form: str
    gender: Literal["f", "m"] = "m"
    number: Literal["sg", "pl"] = "sg"
    indefinite: bool = False
    refers: str | None = None


class NamesData(Record):
    """Schema of ``data/names.json`` (each list is described in its ``_comment``)."""

    name_particles: tuple[str, ...]
    compound_heads: tuple[str, ...] = ()
    """First names that also open the second part of a compound name (``Abdel``): a person's
    name does not start at one after another capitalised word (``Manal Abdel Samad``)."""
    hyphen_particles: tuple[str, ...]
    name_inner_apostrophes: tuple[str, ...] = ()
    """Letter, apostrophe, letter written inside a name (the Breton ``c'h`` of ``Le Floc'h``)."""
    name_glottal_vowels: tuple[str, ...] = ()
    """Vowels an apostrophe standing for a Polynesian glottal stop joins inside a name (``Tu'i``)."""
    name_possessive_endings: tuple[str, ...] = ()
    """What an apostrophe glues to a name word's end in an English genitive (``Lloyd's List``)."""
    name_closing_marks: tuple[str, ...] = ()
    """Signs a brand glues to its name's last word (``Canal+``), no word or sign right after them."""
    titles: tuple[str, ...]
    plural_titles: tuple[str, ...] = ()
    """Titles of several people (``MM.``, ``Mmes``): a capitalised word after one opens a list of people."""
    groups: tuple[str, ...]
    not_names: tuple[str, ...]
    prepositions: tuple[str, ...]
    sentence_prepositions: tuple[str, ...] = ()
    """Prepositions written without their accent in capitals (``A``), read as such at a sentence start only."""
    contracted_prepositions: tuple[str, ...] = ()
    """A preposition fused with its article (``au``, ``du``): a noun follows with no determiner."""
    place_contracted_prepositions: tuple[str, ...] = ()
    """Those of ``contracted_prepositions`` that fuse à (``au``, ``aux``): opening a sentence before a
    capitalised name and the indefinite pronoun, they name the side it speaks for (``Au Modem, on``)."""
    place_article_prepositions: tuple[str, ...] = ()
    """The place preposition and the definite article after it (``à l'``, ``à la``): a capitalised
    name right after them, opening a sentence before a comma and the indefinite pronoun, names a body."""
    contracted_articles: dict[str, str] = {}
    """The article each preposition fused with one holds (``au``: ``le``), to read ``au Parisien``."""
    determiners: tuple[str, ...]
    gap_prepositions: tuple[str, ...] = ()
    """Prepositions a gapped clause keeps before its object in marks when its verb is left out
    (« X a parlé d'« une aberration », Y d'« une honte » »)."""
    np_stops: tuple[str, ...]
    np_stop_phrases: tuple[str, ...] = ()
    """Phrases opening with a word of ``np_stops`` that stay in the noun phrase (``un journaliste
    présent sur place``)."""
    impersonal_after_il: tuple[str, ...]
    demonstratives: tuple[str, ...]
    complement_links: tuple[str, ...]
    complement_phrase_prepositions: tuple[str, ...] = ()
    """A preposition and its bare noun that close a description's later complement (``de sauvetage en mer``)."""
    elided_articles: tuple[str, ...]
    articles: tuple[str, ...]
    definite_determiners: tuple[str, ...]
    indefinite_determiners: tuple[str, ...] = ()
    allegiance_prefixes: tuple[str, ...] = ()
    """Prefixes glued by a hyphen to a nationality adjective to say whose side a group takes
    (``pro-iranienne``, ``anti-américain``): the compound is still an adjective of the noun before it."""
    impersonal_pronouns: tuple[str, ...]
    impersonal_reports: tuple[str, ...] = ()
    """Forms after the impersonal pronoun that give words as nobody's (``Il est à noter que``,
    ``Il se dit que``): no speaker from the discourse's focus."""
    possessives: tuple[str, ...]
    plural_possessives: tuple[str, ...] = ()
    cue_clitics: dict[str, Literal["sg", "pl"]] = {}
    coordinators: tuple[str, ...]
    body_nouns: tuple[str, ...]
    fronted_body_nouns: tuple[str, ...] = ()
    territory_nouns: tuple[str, ...] = ()
    officeless_body_nouns: tuple[str, ...] = ()
    """Those of ``body_nouns`` naming a text, a figure or a plan (``le projet``, ``le rapport``):
    no owner of a person's office, whose possessive (``estime son avocat``) takes back someone else."""
    body_premodifiers: tuple[str, ...] = ()
    """Adjectives of rank between a determiner and a body noun (``la plus haute juridiction``)."""
    organisation_nouns: tuple[str, ...] = ()
    trade_nouns: tuple[str, ...] = ()
    """Nouns of a company's trade, beyond ``organisation_nouns``, that take its name in apposition
    (``le bookmaker Sportsbet``, ``l'assureur Allianz``): after a role's complement, the body's name."""
    association_nouns: tuple[str, ...] = ()
    """Organisation nouns after which a name may join two capitalised words with one of
    ``association_name_links`` (``l'ONG Terre et Échanges``); no company (``le groupe Total et EDF``)."""
    association_name_links: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    """What a plural noun adds to its singular (``syndicats``, ``réseaux``)."""
    institution_nouns: tuple[str, ...] = ()
    """Organisation nouns that take back a public institution too (``l'institution``)."""
    case_nouns: tuple[str, ...] = ()
    """Nouns naming a case after whom it is about (``l'affaire X``, ``le procès X``): the name
    right after one is never the antecedent of a role or pronoun."""
    facility_nouns: tuple[str, ...] = ()
    """Nouns naming a plant or works after its owner and place (``l'usine X de Y``): the name right
    after one is a site's, never the holder of a role set off after it (« À l'usine X, le ministre … »)."""
    counterpart_nouns: tuple[str, ...] = ()
    """Nouns naming someone's counterpart (``son homologue``): alone after a possessive, the
    person named last who did not speak last."""
    document_nouns: tuple[str, ...] = ()
    """Documents that say what they provide for (``un amendement``): what ``ce texte`` takes back."""
    document_premodifiers: tuple[str, ...] = ()
    indefinite_premodifiers: tuple[str, ...] = ()
    """Adjectives before the noun of an indefinite complement (``d'un grand musée bruxellois``)."""
    """Adjectives between an indefinite determiner and a document noun (``un nouvel amendement``)."""
    document_goal_links: tuple[str, ...] = ()
    """Prepositions of an aim right before a document's indefinite determiner (``des progrès vers
    un accord``): a document not yet written, which no ``ce texte`` takes back."""
    draft_links: tuple[str, ...] = ()
    """Words that make a statement noun right after them a draft of it (``un projet de décision``,
    ``un avant-projet de déclaration``): the determiner before them introduces that statement."""
    text_relatives: tuple[str, ...] = ()
    """Relatives of place opening on a text (``une lettre de X, dans laquelle il écrit``): the
    subject pronoun after one is the text's author."""
    restating_impersonals: tuple[str, ...] = ()
    """Forms after the impersonal pronoun that restate what the sentence before named (``Il s'agit``)."""
    negative_determiners: tuple[str, ...] = ()
    floor_links: tuple[str, ...] = ()
    """The preposition after a floor-giving phrase, and its contractions (``à``, ``au``, ``aux``)."""
    seat_town_links: tuple[str, ...] = ()
    """The preposition before the town a body sits in (``à``: le consulat général de X à Lille)."""
    plural_verb_endings: tuple[str, ...] = ()
    """Endings of a finite verb in the third person plural (``-ent``: « qui avaient demandé »)."""
    plural_presents: tuple[str, ...] = ()
    """Third person plural presents that end otherwise (``ont``, ``sont``, ``font``, ``vont``)."""
    """Open words in marks a negated verb governs (``n'avait adressé « aucun message »``): words the
    verb's subject never said, which the reporter of the clause they stand in uses."""
    excerpt_openers: tuple[str, ...] = ()
    """Open a sentence whose colon gives extracts of the text named last (``En voici les extraits :``)."""
    impersonal_judgement_links: tuple[str, ...] = ()
    """What follows an impersonal adjective of judgement (``que ``, ``d'``)."""
    impersonal_copulas: tuple[str, ...] = ()
    """Copulas after the impersonal pronoun before an adjective of judgement (``est``, ``semble``)."""
    impersonal_degrees: tuple[str, ...] = ()
    """Words of degree between such a copula and its adjective (``très``, ``peu``)."""
    impersonal_adjectives: tuple[str, ...] = ()
    """Adjectives of judgement whose subject before que or de is the impersonal pronoun
    (``Il est « hautement probable » que…``): nobody who speaks."""
    thing_nouns: tuple[str, ...] = ()
    finding_nouns: tuple[str, ...] = ()
    thing_links: tuple[str, ...] = ()
    """Prepositions joining a noun to its complement (``du``, ``de``): no bare thing's noun phrase."""
    thing_coordinators: tuple[str, ...] = ()
    """Words joining two nouns (``et``, ``ou``): the word after one is no thing's premodifier."""
    impersonal_links: tuple[str, ...] = ()
    """Words through which an impersonal form governs a reporting verb (``Il est à noter``)."""
    """Nouns of events, periods, things and notions (``l'opération``, ``les détails``): a noun
    phrase they head is nobody who speaks."""
    place_event_nouns: tuple[str, ...] = ()
    """Nouns of an event called after a place (``l'attaque de``, ``la bataille d'``): a name the
    registry does not know completing one, maybe past an adjective, is no antecedent either."""
    vessel_nouns: tuple[str, ...] = ()
    """Nouns of ships (``le navire humanitaire X``): the name after one, maybe past one
    lower-case adjective, is never the antecedent of a role or pronoun."""
    field_participles: tuple[str, ...] = ()
    """Participles of a trade's field (``spécialisé``): with one of ``field_participle_links``
    (``dans``, ``en``) after them, the few lower-case words of the field stay in the description."""
    field_participle_links: tuple[str, ...] = ()
    field_nouns: tuple[str, ...] = ()
    witness_nouns: tuple[str, ...] = ()
    """Nouns of people who watch an event for the public (journaliste, reporter), read only as the
    plural postposed subject of a plural reporting verb (``…, ont rapporté les journalistes
    présents``), never as a speaker's role elsewhere (``l'Association des journalistes``)."""
    """Nouns whose complement names a field of knowledge (``le spécialiste de l'Iran``), not
    whom they serve: such a description still points back to the expert named before."""
    team_nouns: tuple[str, ...] = ()
    staff_nouns: tuple[str, ...] = ()
    """Nouns of a team's staff or players (``l'entraîneur``, ``le capitaine``) whose complement, a
    capitalised name or an age (``des Celtics``, ``de 21 ans``), says which of the people the
    article is about is meant: such a description still points back to the one named before."""
    cardinals: tuple[str, ...] = ()
    """Number words (``deux``, ``trente``), alone or joined by hyphens (``trente-deux``): after a
    plural role's complement link, like a figure, they count the noun that follows (``les
    dirigeants des trente-deux pays de l'Alliance``), which is no adjective of the role."""
    origin_words: tuple[str, ...] = ()
    """Participles and adjectives of where a person comes from or lives (``venue``,
    ``originaire``), which before a place's name (``venue de Lyon``) belong to a description
    bound by its noun (``une retraitée venue de Lyon``)."""
    stressed_pronouns: tuple[str, ...] = ()
    """Stressed pronouns that, set off by commas right after a lone capitalised word opening a
    sentence (``Tesfay, lui, ne pense qu'à rentrer``), repeat that word as the subject: a name."""
    superlative_adverbs: tuple[str, ...] = ()
    """Adverbs of a superlative (``le |plus| jeune des accusés``): a contracted article after one,
    a definite article and an adjective opens the superlative's complement, no subject."""
    partitive_pronouns: tuple[str, ...] = ()
    """One of a group after a description's complement link (``d'|une des| victimes``): the noun
    after them is still the description's complement."""
    body_leanings: tuple[str, ...] = ()
    """A party's leaning after its lower-case noun (``du parti| d'extrême droite``, ``du
    mouvement| islamiste``): still the body the article has named, no new one."""
    jurisdiction_complements: tuple[str, ...] = ()
    """Complements after a role naming the place of the person the article is about, not another
    one (``le premier ministre| de la province``, ``le gouverneur| de l'État``): such a description
    still points back to the holder named before."""
    local_nouns: tuple[str, ...] = ()
    """Nouns of people local news quotes by their situation or trade (``le retraité``, ``la
    riveraine``): read as team nouns are, pointing back to the person named since the last quote."""
    organisation_suffixes: tuple[str, ...] = ()
    """Last words that make a capitalised name a company's (``Mistral AI``), never a person's."""
    organisation_prefixes: tuple[str, ...] = ()
    """First words that make a capitalised name a club's or a company's (``FC Nantes``,
    ``l'Olympique de Marseille``), never a person's."""
    side_markers: tuple[str, ...] = ()
    prompting_participles: tuple[str, ...] = ()
    """``contraignant``, ``obligeant``: before a person's role as their object and ``à`` (one
    of ``prompting_links``), they make that person speak next (contraignant la présidente de
    séance à intervenir. « … », a-t-elle réclamé): an inverted pronoun of their gender right
    after takes that role back, before the last speaker."""
    prompting_links: tuple[str, ...] = ()
    place_relatives: tuple[str, ...] = ()
    """``où``, ``où l'``: between a body's name and the ``on`` after its comma (``à FO, où l'on
    évoque…``): the ``on`` speaks for that body."""
    """``du côté de``, ``chez``: a sentence opening with one and a comma names who the ``on`` after it is."""
    same_markers: tuple[str, ...] = ()
    """Words after a determiner that point back to the last speaker (``la même source``)."""
    same_source_phrases: tuple[str, ...] = ()
    same_source_echoes: tuple[str, ...] = ()
    """Bare phrases after a verb that give the words to the last speaker (``indique-t-on de
    même source``, ``On apprend de même source que…``)."""
    read_on_phrases: tuple[str, ...] = ()
    """Adverbials right after a reading cue that point further into the text quoted before
    (``peut-on lire plus loin``): the words are that text's, its last speaker's."""
    incise_continuers: tuple[str, ...] = ()
    """Coordinators that, after an incise and its comma, carry its speaker's clause on to the
    marks (``Le texte est imparfait, concède la ministre, mais « … »``): the incise's subject
    speaks the words, not the subject of the clause before it."""
    contrast_markers: tuple[str, ...] = ()
    """Adverbials that set a subject against the one who spoke before (``pour sa part``, ``au
    contraire``): a role they follow, before its verb's que, is never the last speaker."""
    publication_heads: tuple[str, ...] = ()
    edition_kinds: tuple[PublicationKind, ...] = ()
    """Kinds of publication (of ``publications.json``) with local editions named by a place
    right after them (``France Bleu Isère``, ``France 3 Bretagne``)."""
    text_nouns: tuple[str, ...]
    self_naming_participles: tuple[str, ...] = ()
    speaking_aside_participles: tuple[str, ...] = ()
    """Reflexive participles by which a subject names itself (``se présentant comme``): the phrase
    they open before the verb is the subject's aside (``un groupe se présentant comme le « … » affirme``)."""
    gathered_text_nouns: tuple[str, ...] = ()
    """Nouns of what a newsroom found out (``les informations``): a news outlet their participle's
    agent names speaks (``les informations obtenues par l'agence X``)."""
    published_text_nouns: tuple[str, ...] = ()
    """Nouns of figures a body puts out (``les résultats``) that name a text only before a
    participle and its agent (``les résultats publiés par la commission électorale``): the agent speaks."""
    read_back_pronouns: tuple[str, ...] = ()
    """Adverbial pronouns inside a reading cue (``« … », peut-on y lire``) that take back the text
    the writer named last: that text wrote the words when no publication is named."""
    generic_text_nouns: tuple[str, ...] = ()
    """Generic nouns of a text (``ce texte``, ``le document``) that take back the document named before."""
    speaking_text_nouns: tuple[str, ...] = ()
    """Nouns of a statement's text that speak as the subject after a postposed cue (``…, précise la
    déclaration``), unlike text nouns that are mostly a verb's object there (``a jugé la décision``)."""
    ruling_text_nouns: tuple[str, ...] = ()
    """Nouns of a ruling's text (``la décision``, ``l'arrêt``) that speak as the subject right after a
    postposed cue with no auxiliary, the sentence ending there (``…, précise la décision.``); after
    an auxiliary they stay its object (``a jugé la décision``)."""
    award_nouns: tuple[str, ...] = ()
    """Nouns of whom a prize went to (``la lauréate``): they take back the person named as its
    recipient (``award_participles`` and a link before the name, ``crowned_participles`` after it)."""
    award_participles: tuple[str, ...] = ()
    """Participles of giving a prize (``attribué``, ``décerné``), then one of ``award_links`` (two
    words between at most) right before its recipient's name."""
    award_links: tuple[str, ...] = ()
    """The preposition between an ``award_participles`` word and the recipient (``à``)."""
    crowned_participles: tuple[str, ...] = ()
    """Participles right after a name that make that person a prize's recipient (``couronnée``)."""
    state_nouns: tuple[str, ...] = ()
    """Nouns naming a state by its kind (``le pays``, ``le royaume``, ``l'émirat``): such a
    description takes back the state named last, never a person."""
    channel_nouns: tuple[str, ...] = ()
    """Nouns naming only a statement's channel (``un communiqué``, ``un tweet``): with no issuer
    named after a prepositional cue, the subject of the clause they are the source of put them out."""
    translation_nouns: tuple[str, ...] = ()
    """A translation or an interpreter after a prepositional cue (``selon la traduction simultanée :
    « … »``): like ``channel_nouns``, how the words came, whoever its complement names; the
    subject of the clause it is the source of said them."""
    translation_participles: tuple[str, ...] = ()
    """Participles right after a text noun that make it a translation (``une déclaration traduite
    de l'anglais``): the language after them is no issuer; the text is read as a translation noun."""
    joint_markers: tuple[str, ...] = ()
    """Adjectives after a statement noun that make it several issuers' text (``le communiqué
    conjoint``, ``la déclaration commune``): it speaks for the group that spoke last."""
    relative_pronouns: tuple[str, ...]
    subject_relatives: tuple[str, ...]
    possessive_relatives: tuple[str, ...] = ()
    partitive_demonstratives: tuple[str, ...] = ()
    voice_markers: tuple[str, ...]
    agent_prepositions: tuple[str, ...]
    agent_participles: tuple[str, ...] = ()
    """Participles of the second conjugation (``établi``, ``fourni``) read before an agent as
    whole words only: their endings alone mark no participle (``le bilan établi par X``)."""
    language_phrases: tuple[str, ...] = ()
    """The language a text was put out in, between its participle and its agent (``le
    communiqué diffusé en anglais par le groupe``): the agent still put the text out."""
    text_part_nouns: tuple[str, ...] = ()
    """Parts of a text (``point``, ``alinéa``): after a possessive, the text named last says the words."""
    medium_phrases: tuple[str, ...] = ()
    """Where a text was read out or put out, between its participle and the agent (``le texte lu
    à la télévision par le colonel X``): the agent still put the text out."""
    time_phrases: tuple[str, ...] = ()
    """When a text was put out, between its participle and the agent (``le rapport remis en
    janvier par X``): the agent still wrote it."""
    said_by_subjects: tuple[str, ...] = ()
    """Subjects opening the sentence right after a quotation that take it back (``Elle``, ``Cette
    phrase``, ``Ces propos``) before a form of ``said_by_passives`` and its agent."""
    said_by_passives: tuple[str, ...] = ()
    """Passive forms of a verb of speech (``a été prononcée``, ``ont été tenus``): ``« … » Elle a été
    prononcée par X`` (a correction, a fact-check) makes the agent, not the one the text named
    before, the speaker."""
    interrupting_participles: tuple[str, ...] = ()
    """``interrompu``, ``coupée``: a participle of cutting in whose agent, right before a colon
    (``avant d'être interrompu par la ministre : « … »``), said the words after it."""
    voicing_participles: tuple[str, ...] = ()
    """``lancé``, ``formulé``: after a noun of speech (``le vœu lancé par X``, ``l'appel adressé
    par X``) and before the agent's preposition, they make the agent the speaker of a quotation
    after the colon that ends the clause, whoever the clause's subject is."""
    floor_giving_verbs: tuple[str, ...] = ()
    """Forms of a verb that hands someone the floor (``laisse``, ``donne``, ``cède``) before one of
    ``floor_nouns`` and ``à`` (``X laisse le dernier mot à Fadila, 72 ans : « … »``): the one given
    the floor said the words after the colon, not the clause's subject."""
    floor_nouns: tuple[str, ...] = ()
    """``le dernier mot``, ``la parole``: what a verb of ``floor_giving_verbs`` hands to someone."""
    voiced_nouns: tuple[str, ...] = ()
    """Nouns of a wish or a plea (``vœu``, ``prière``) read like the detection data's nouns of
    speech before one of ``voicing_participles``."""
    attribute_links: tuple[str, ...] = ()
    """``de``, ``comme``: the word a participle of judging governs before its attribute, after its
    agent (``accusé par X de « … »``, ``qualifié par X d'« … »``): that agent said the words."""
    topic_markers: tuple[str, ...] = ()
    """``quant à``: a sentence opening with one states its topic; the pronoun after its comma takes it back."""
    about_markers: tuple[str, ...] = ()
    aside_openers: tuple[str, ...] = ()
    """``à propos de``: a sentence opening with one and a comma names what it is about, never its
    subject (``À propos de Jean X, il…``, ``Concernant Jean X, le ministre…``)."""
    place_qualifiers: tuple[str, ...] = ()
    """Départements and regions a place name is qualified by in brackets (``Grand Bourgtheroulde
    (Eure)``): capitalised words always so qualified, no first name opening them, name a place."""
    place_prepositions: tuple[str, ...] = ()
    """``à``, ``en``: a sentence opening with one, a capitalised name and a comma says where
    (``À Nice, le président…``): that name is no one the role after the comma describes."""
    source_openers: tuple[str, ...] = ()
    """``selon``, ``d'après``: a sentence opening with one, a speaker and a comma reports that
    speaker's words; the subject after the comma belongs to them (``Selon la ministre, Ottawa…``),
    never the antecedent of the next sentence's pronoun."""
    cleft_openers: tuple[str, ...] = ()
    """``c'est``: a sentence opening with one and going on with a ``cleft_links`` word (``que``)
    puts a subject right after that word (``C'est à Lyon que Marie X a appris…``)."""
    cleft_links: tuple[str, ...] = ()
    name_complement_links: tuple[str, ...]
    place_links: tuple[str, ...]
    serving_links: tuple[str, ...] = ()
    """``auprès de``: links a description to the body it serves (``la mission permanente de
    l'Allemagne auprès de l'ONU``); a noun phrase opening a sentence runs on over it."""
    portfolio_links: tuple[str, ...] = ()
    portfolio_role_endings: tuple[str, ...] = ()
    """``aux``, ``à l'``: link a role to its portfolio, a capitalised word, with the holder's name
    right after (``le ministre délégué aux Transports Clément X``)."""
    mandate_links: tuple[str, ...] = ()
    """``pour``: link a role to its remit (``l'envoyé spécial de l'ONU pour la Syrie``), which with
    its article and words stands between the role and the comma before the holder's name."""
    status_phrases: tuple[str, ...] = ()
    """``à la retraite``, ``par intérim``: say where a role's holder stands (a lower-case phrase
    between the role and the holder's name: ``le général à la retraite Paul X``), no complement
    naming another body or person."""
    inside_name_adjectives: tuple[str, ...] = ()
    """``Grand``, ``Nouvelle``: not-names (an adjective opening a sentence) that open a name
    inside a sentence when a capitalised word follows (``l'ARS Grand Est``, ``la région Grand Est``)."""
    de_prepositions: tuple[str, ...] = ()
    learnt_from_links: tuple[str, ...] = ()
    """Links right after whoever learnt the words that open whom from (``a appris l'AFP de source
    diplomatique``, ``auprès du ministère``)."""
    addressee_links: tuple[str, ...] = ()
    """``à l'``, ``au``: before a publication right after an impersonal cue, say whom the words
    were told to (``a-t-on indiqué à l'AFP dans l'entourage du ministre``), not who spoke."""
    """``auprès``: a preposition that reaches its noun through ``de`` (``auprès de la préfecture``)."""
    intensifiers: tuple[str, ...]
    name_joiners: tuple[str, ...] = ()
    """Signs written between two names that make them one group's name (``le G77 + Chine``, the
    one without spaces only after a name with a figure: ``le G77/Chine``)."""
    former_markers: tuple[str, ...]
    elect_markers: tuple[str, ...] = ()
    """``élu``: written after a role (``le président élu``), it names an office not held yet, as
    ``futur`` before it does (``le futur président``): not its present holder's."""
    publication_nouns: tuple[str, ...]
    colon_document_nouns: tuple[str, ...] = ()
    """``note``, ``câble``: a document opening a sentence that a colon closes before a quotation
    (``Une note de 2008 dresse le portrait d'un président …: « … »``) wrote the words, not the
    person the clause describes."""
    seat_nouns: tuple[str, ...] = ()
    street_nouns: tuple[str, ...] = ()
    """``rue``, ``avenue``: a street noun and its capitalised name opening a sentence before a comma
    (``Avenue de la Grande-Armée, on fait valoir…``) name the seat of the body ``on`` speaks for."""
    """``siège``: in an apposition closing a fronted place (``À X, siège de la collectivité,
    on assure…``), the body its complement names speaks for the ``on`` after the comma."""
    programme_nouns: tuple[str, ...] = ()
    """``émission``, ``documentaire``: a programme named at the head of a clause, its complement
    the publication that broadcasts it (``l'émission « X » de la chaîne Y a révélé``): that
    publication is the clause's subject, though a preposition governs it."""
    publication_noun_kinds: dict[str, tuple[PublicationKind, ...]] = {}
    """The kinds of publication a noun of ``publication_nouns`` may point back to."""
    colleague_nouns: tuple[str, ...] = ()
    """A journalist's colleagues (``nos confrères du Parisien``): the publication named in their complement speaks."""
    quantifiers: tuple[str, ...]
    plural_determiners: dict[Literal["definite", "indefinite"], tuple[str, ...]]
    subject_coordinators: tuple[str, ...] = Field(min_length=1)
    lead_in_phrases: tuple[str, ...] = ()
    """Singular verb phrases of escalation a reporting verb follows after ``et`` (``va plus loin
    et accuse``, ``enfonce le clou et dénonce``): after a lone capitalised word opening a sentence
    they make it the reporting verb's subject, a name, as the verb alone right after it does."""
    lead_in_links: tuple[str, ...] = ()
    """``et``: joins a phrase of ``lead_in_phrases`` to the reporting verb after it."""
    apposition_titles: tuple[str, ...] = ()
    """Lower-case titles that may stand between a role's comma and the name it describes, after
    an article (``le guide suprême, l'ayatollah Ali X``, ``l'émir du Qatar, le cheikh Tamim X``)."""
    cited_object_leads: tuple[str, ...] = ()
    """Determiners and adverbs a verb of quoting's object may follow (``cite longuement le ministre :``)."""
    cited_excerpt_nouns: tuple[str, ...] = ()
    """What a verb of quoting takes from a text or from lore (``cite un passage du discours``, ``un
    proverbe``, ``une phrase``): no person quoted, so whoever cites speaks the words."""
    prepositional_articles: tuple[str, ...] = ()
    """Contracted articles that put a noun in a prepositional complement (``du``, ``au``, ``aux``)."""
    roman_ordinal_suffixes: tuple[str, ...] = ()
    """Endings of an ordinal in Roman figures (``XVIIIe``), which its noun follows."""
    absolute_participles: tuple[str, ...] = ()
    """Present participles that open an absolute clause after a noun set off by a comma (``…, sa
    mère étant enseignante``): that noun is the participle's subject, no subject of the sentence."""
    audience_participles: tuple[str, ...] = ()
    """Participles of how widely a post was seen or followed (``vue``, ``partagée``, ``suivi``): in a
    postposed subject, the noun phrase ends before them (``une vidéo| vue plus de 300 000 fois``)."""
    encounter_participles: tuple[str, ...] = ()
    """Participles of where the writer met a source (``croisé``, ``rencontrée``): in a postposed
    subject, the noun phrase ends before them (``un passant| croisé sur le quai``), as does one of
    ``origin_words`` an infinitive follows (``un homme| venu écouter le verdict``)."""
    perception_verbs: tuple[str, ...] = ()
    """Forms of verbs of perception after an indefinite ``on`` and an object clitic (``on le voit
    agiter son arme en hurlant : « … »``, ``on l'entend crier``): the one perceived speaks."""
    perceived_speech_infinitives: tuple[str, ...] = ()
    """Infinitives of saying after a verb of perception and whom it perceives, before a colon (``on
    entend un gendarme crier : « … »``): the one heard says the words, not ``on``."""
    hearing_stems: tuple[str, ...] = ()
    """Stems of a verb of hearing (``entend``) that a clause between an indefinite ``on`` and a colon
    must hold before the one heard is looked for (``on entend un gendarme crier :``)."""
    object_clitic_genders: dict[str, str] = {}
    """The direct object clitics (``le``, ``la``, ``l'``) and the gender each gives, empty when none."""
    regnal_titles: tuple[str, ...] = ()
    """Lower-case titles a sovereign's or a pontiff's first name follows (``le pape François``,
    ``le roi Philippe``): that lone first name is their own, not someone's named in full with it."""
    religious_titles: tuple[str, ...] = ()
    """Titles a priest, a nun or a monk is named by before a single name (``l'abbé Pierre``, ``sœur
    Emmanuelle``): part of that person's name (see resolve)."""
    possessive_determiners: tuple[str, ...] = ()
    """Possessive determiners (``son``, ``sa``): before a religious title, a relative (``son frère Pierre``)."""
    byline_openers: tuple[str, ...] = ()
    """Open a byline, a short line of its own (``Par Anne Martin``): its names are the authors'."""
    age_units: tuple[str, ...] = ()
    age_verbs: tuple[str, ...] = ()
    """Singular forms of *avoir* giving an age (``Yorgos a 61 ans et…``): after a lone capitalised
    word opening a sentence, with a number and one of ``age_units``, they make it a first name."""
    manner_nouns: tuple[str, ...] = ()
    """Nouns of a body part or a bearing heading an absolute phrase of manner set off right before
    a colon (``…, la voix blanche : « … »``, ``…, le regard fixe :``): never the speaker."""
    manner_degrees: tuple[str, ...] = ()
    """Words of degree opening an adjective of mood set off right before a colon (``…, un brin
    désabusé : « … »``, ``…, un peu amer :``): the phrase says how the subject spoke, never who."""
    web_domains: tuple[str, ...] = ()
    """Top-level web domains (``fr``, ``com``): a name glued to dotted lower-case words the last of
    which is one (``Cybermalveillance.gouv.fr``) is a site's or a service's, the domain in it."""
    presence_participles: tuple[str, ...] = ()
    """Adjectives of being on the spot (``présents``) that, ending a description, take a complement
    of place after a word of ``presence_links`` (``les journalistes présents dans la salle``): one
    description, its holders' place, as far as the clause's punctuation a few words on."""
    presence_links: tuple[str, ...] = ()
    """Prepositions opening the place after one of ``presence_participles`` (``dans``, ``sur``, ``à``)."""
    trade_links: tuple[str, ...] = ()
    """Link a profession bound by its noun to the lower-case complement that says which one
    (``un éducateur de rue``, ``une étudiante en théâtre``): part of its description as written."""
    number_openers: tuple[str, ...] = ()
    """Words of number before a figure opening a subject (``plus de`` 200 scientifiques)."""
    crowd_nouns: tuple[str, ...] = ()
    """Heads of a crowd whose slogans a sentence reports (``des milliers de manifestants``, ``la foule``)."""
    crowd_quantities: tuple[str, ...] = ()
    frequency_nouns: tuple[str, ...] = ()
    """Nouns counting times (``fois``, ``reprises``) that end a statement noun's complement
    (``un message partagé des centaines de fois``): how often the text went round, never its issuer."""
    family_nouns: tuple[str, ...] = ()
    """Nouns of a family or a clan that a surname follows (``la famille Dupont``, ``le clan Kennedy``):
    the phrase names the family, never the person the text named with that surname."""
    """Nouns of number before a crowd's head and its link (``plusieurs dizaines de milliers de personnes``)."""
    """After a lone capitalised word, a comma and a number (``Olena, 54 ans``): a person's first name."""
    subject_pronouns: tuple[_Pronoun, ...]
    anaphors: tuple[_Pronoun, ...]
    gendered_determiners: dict[Literal["f", "m"], tuple[str, ...]]
    gendered_premodifiers: dict[Literal["f", "m"], tuple[str, ...]] = {}
    """Words right after a determiner that give a description's gender (``l'ancienne ministre``)."""
    gendered_role_heads: dict[Literal["f", "m"], tuple[str, ...]] = {}
    """Heads of offices with a distinct feminine form (``sénateur``/``sénatrice``): a role written in
    one form never takes back a holder named later whom the text describes with the other."""
    euphonic_determiners: tuple[str, ...] = ()
    """Masculine determiners also written before a feminine noun opening with a vowel (``son
    épouse``): there, the noun alone gives the gender."""
    euphonic_initials: str = ""
    """The letters a word opens with for ``euphonic_determiners`` to stand before it: vowels and
    a mute h, unaccented (words are compared folded)."""
    title_gender: dict[str, Literal["f", "m"]]


@cache
def place_complement(links: tuple[str, ...], articles: tuple[str, ...]) -> regex.Pattern[str]:
    """`` de Lyon``, `` à l'ONU``: the place or body a description serves, named with a capital,
    after one of ``links`` (and an article); figures may end the name's word (`` de M6``, `` du G7``)."""
    return regex.compile(
        rf"[ \u00a0]++(?i:{alternation(links)})(?:(?<=['’])|[ \u00a0]++)(?:(?i:{alternation(articles)})[ \u00a0]*+)?\p{{Lu}}[\p{{L}}\d\-]*+"
    )


@cache
def status_gap() -> regex.Pattern[str]:
    """`` à la retraite ``, `` par intérim, ``: a ``status_phrases`` phrase of ``names.json`` between
    a role and its holder's name, maybe set off by a comma; no match without data."""
    phrases = tuple(names_data().get("status_phrases", ()))
    if not phrases:
        return regex.compile(r"(?!)")
    return regex.compile(rf"[ \u00a0]++(?:{trie_alternation(phrases)})[ \u00a0]*+,?[ \u00a0]*+")


@cache
def _same_source() -> regex.Pattern[str]:
    """A phrase of ``same_source_phrases`` in ``names.json`` (``de même source``), maybe after white space."""
    blank = "[ \u00a0\u202f]"
    return regex.compile(rf"(?i){blank}*+(?:{trie_alternation(names_data().get('same_source_phrases', ()))})(?!\p{{L}})")


def same_source_at(text: str, pos: int, end: int) -> int | None:
    """The end of a phrase of ``same_source_phrases`` (``de même source``) right at ``pos``
    (white space before it allowed, not past ``end``), else None."""
    found = _same_source().match(text, pos, end)
    return None if found is None else int(found.end())


@cache
def _read_on() -> regex.Pattern[str]:
    """A phrase of ``read_on_phrases`` in ``names.json`` (``plus loin``), maybe after white space,
    then the end of the clause."""
    blank = "[ \u00a0\u202f]"
    return regex.compile(rf"(?i){blank}*+(?:{trie_alternation(names_data().get('read_on_phrases', ()))}){blank}*+[.,;!?\n]")


def read_on_at(text: str, pos: int, end: int) -> bool:
    """Whether a phrase of ``read_on_phrases`` (``plus loin``) stands right at ``pos`` and ends
    the clause (white space before it allowed, not past ``end``)."""
    return _read_on().match(text, pos, min(len(text), end + 1)) is not None


@cache
def _same_source_echo() -> regex.Pattern[str]:
    """A phrase of ``same_source_echoes`` in ``names.json`` (``selon la même source``); no match without data."""
    phrases = tuple(names_data().get("same_source_echoes", ()))
    if not phrases:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(phrases)})(?!\p{{L}})")


def same_source_echo_in(text: str, start: int, end: int) -> bool:
    """Whether a phrase of ``same_source_echoes`` (``selon la même source``) stands in ``text[start:end]``."""
    return _same_source_echo().search(text, start, end) is not None


def same_source_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every phrase of ``same_source_phrases`` in ``text[start:end]``, as (start, end)."""
    return [found.span() for found in _same_source().finditer(text, start, end)]


@cache
def names_data() -> dict[str, Any]:
    """The content of ``data/names.json``, validated once (one error lists every problem)."""
    raw: dict[str, Any] = lexicon.read_json("names.json")
    lexicon.validate(NamesData, {k: v for k, v in raw.items() if not k.startswith("_")}, origin="quotetrack/data/names.json")
    return raw


@cache
def place_relative_words() -> frozenset[str]:
    """The relatives of place of ``names.json`` written as one word (``où``), in lower case."""
    return frozenset(w.lower() for w in names_data()["place_relatives"] if " " not in w and w[-1:].isalpha())


@cache
def impersonal_opening() -> regex.Pattern[str]:
    """The impersonal pronoun and a form of ``impersonal_after_il`` (``Il faut``, ``Il est à
    noter``, ``Il se dit que``), matched where the pronoun starts."""
    raw = names_data()
    return regex.compile(rf"(?i)(?:{trie_alternation(raw['impersonal_pronouns'])})\s++(?:{trie_alternation(raw['impersonal_after_il'])})(?!\w)")


@cache
def impersonal_judgement() -> regex.Pattern[str]:
    """Right after the impersonal pronoun: a copula of ``impersonal_copulas``, maybe an opening
    mark and words of degree (``impersonal_degrees`` or an adverb of detection.json
    ``degree_adverb_endings``), an adjective of ``impersonal_adjectives``, maybe a closing mark, then
    que or de (``impersonal_judgement_links``) (`` est « hautement probable » que``, `` serait très difficile de``)."""
    raw = names_data()
    if not raw.get("impersonal_adjectives"):
        return regex.compile("(?!)")
    endings = lexicon.read_json("detection.json").get("degree_adverb_endings", ())
    adverb = rf"|\p{{L}}++(?<=(?:{trie_alternation(endings)}))" if endings else ""
    opens = regex.escape("".join(sorted(marks.opening_marks())))
    closes = regex.escape("".join(sorted(marks.closing_marks())))
    return regex.compile(
        rf"(?i)[ \u00a0]++(?:{trie_alternation(raw['impersonal_copulas'])})[ \u00a0]++(?:[{opens}][ \u00a0\u202f]*+)?"
        rf"(?:(?:{trie_alternation(raw.get('impersonal_degrees', ()))}{adverb})[ \u00a0]++){{0,2}}"
        rf"(?:{trie_alternation(raw['impersonal_adjectives'])})(?:[ \u00a0\u202f]*+[{closes}])?[ \u00a0]++"
        rf"(?:{trie_alternation(raw.get('impersonal_judgement_links', ()))})"
    )


@cache
def impersonal_heads() -> frozenset[str]:
    """The first two letters of each impersonal pronoun, lower-case and capitalised (``il``, ``Il``):
    a cheap test before :func:`impersonal_report` or :func:`impersonal_opening`."""
    heads = [p[:2] for p in names_data()["impersonal_pronouns"]]
    return frozenset([*heads, *(h.capitalize() for h in heads)])


@cache
def impersonal_report() -> regex.Pattern[str]:
    """The impersonal pronoun and a form of ``impersonal_reports`` (``Il est à noter``, ``Il se
    dit que``, ``Il lui est reproché``), matched where the pronoun starts."""
    raw = names_data()
    return regex.compile(rf"(?i)(?:{trie_alternation(raw['impersonal_pronouns'])})\s++(?:{trie_alternation(raw.get('impersonal_reports', ()))})(?!\w)")


@cache
def _thing_words() -> frozenset[str]:
    """Nouns of events, periods, things and notions (``thing_nouns`` of ``names.json``): nobody who speaks."""
    return frozenset(w.lower() for w in names_data().get("thing_nouns", ()))


def is_family_noun(word: str) -> bool:
    """Whether ``word`` is a noun of ``family_nouns`` (``famille``, ``clan``): the surname after it
    names the family."""
    return word.lower() in _names_set("family_nouns")


def is_thing_noun(word: str) -> bool:
    """Whether ``word`` is a noun of ``thing_nouns`` (``sympathie``, ``crise``): nobody who speaks."""
    return word.lower() in _thing_words()


@cache
def thing_links() -> frozenset[str]:
    """Prepositions that join a noun to its complement (``thing_links`` of ``names.json``:
    ``de``, ``du``, ``aux``): a short noun phrase holding one is no bare thing's."""
    return frozenset(names_data().get("thing_links", ()))


@cache
def _thing_joins() -> frozenset[str]:
    """``thing_links`` and ``thing_coordinators`` of ``names.json`` (``de``, ``et``): the word
    after one is no premodifier of a thing noun."""
    return thing_links() | frozenset(names_data().get("thing_coordinators", ()))


@cache
def _thing_compounds() -> tuple[str, ...]:
    """The ``thing_nouns`` of several words (``bras de fer``), lower case, each with a space after it."""
    return tuple(f"{w.lower()} " for w in names_data().get("thing_nouns", ()) if " " in w)


def names_a_thing(np: str) -> bool:
    """Whether a noun phrase's first noun, past its determiner (an elided one too) and maybe
    one premodifier (``une vaste opération``), is a thing, no speaker (``les détails``); a
    capitalised one names something (``L'Avenir``, a newspaper); so is a noun of several words
    right after the determiner (``ce bras de fer``)."""
    words = np.replace("’", "'").split()
    if words and "'" in words[0]:
        words = ["", words[0][words[0].index("'") + 1 :], *words[1:]]
    if len(words) > 2 and (compounds := _thing_compounds()) and f"{' '.join(words[1:]).lower()} ".startswith(compounds):
        return True
    words = [w if w[:1].islower() else "" for w in words[:3]]
    things = _thing_words()
    return len(words) > 1 and (words[1] in things or (len(words) > 2 and words[2] in things and words[1] not in _thing_joins()
                                                      and not words[1].endswith("'")))


def names_findings_of(np: str) -> bool:
    """Whether a noun phrase that :func:`names_a_thing` opens on a noun of ``finding_nouns``
    (``constatations``, ``vérifications``) and goes on with a complement (a word of
    ``thing_links``) after it: an inquiry's findings and who made them (``les premières
    constatations des légistes``), a source after a prepositional cue."""
    words = np.replace("’", "'").casefold().split()
    findings = _names_set("finding_nouns")
    at = next((i for i, w in enumerate(words[:3]) if w in findings), None)
    if at is None:
        return False
    links = thing_links()
    return any(w in links or ("'" in w and w[: w.index("'") + 1] in links) for w in words[at + 1 :])


@cache
def subject_relative_after() -> regex.Pattern[str]:
    """A comma and a subject relative pronoun of ``names.json`` and the spaces after it (``, qui ``),
    read from a name's or a noun's end: a relative clause whose subject that word is."""
    return regex.compile(rf"(?i)[ \u00a0]*+,[ \u00a0]*+(?:{trie_alternation(names_data()['subject_relatives'])})(?!\p{{L}})[ \u00a0]*+")


@cache
def perception_verbs() -> frozenset[str]:
    """The ``perception_verbs`` of ``names.json`` (voit, entend), in lower case."""
    return frozenset(w.lower() for w in names_data().get("perception_verbs", ()))


@cache
def object_clitic_genders() -> dict[str, str]:
    """The ``object_clitic_genders`` of ``names.json`` (``le``: ``m``, ``l'``: none)."""
    return dict(names_data().get("object_clitic_genders", {}))


@cache
def absolute_participles() -> frozenset[str]:
    """The ``absolute_participles`` of ``names.json`` (étant, ayant), in lower case."""
    return frozenset(w.lower() for w in names_data().get("absolute_participles", ()))


@cache
def audience_participles() -> frozenset[str]:
    """The ``audience_participles`` of ``names.json`` (vue, partagée, suivi), in lower case."""
    return frozenset(w.lower() for w in names_data().get("audience_participles", ()))


@cache
def encounter_participles() -> frozenset[str]:
    """The ``encounter_participles`` of ``names.json`` (croisé, rencontrée), in lower case."""
    return frozenset(w.lower() for w in names_data().get("encounter_participles", ()))


@cache
def origin_words() -> frozenset[str]:
    """The one-word ``origin_words`` of ``names.json`` (venu, originaire), in lower case."""
    return frozenset(w.lower() for w in names_data().get("origin_words", ()) if " " not in w)


@cache
def first_names() -> dict[str, str]:
    """Known first names and their gender (``f`` or ``m``), from ``data/first_names.json``."""
    data: FirstNames = lexicon.load("first_names.json", FirstNames)
    return {**{name: "f" for name in data.f}, **{name: "m" for name in data.m}}


# The asterisk a changed first name carries (``Julie*, 24 ans``), its note at the foot of the article.
_PSEUDONYM_MARK = "*"
_ARTICLE_WINDOW = 4
"""Characters before a name that may hold the article of a nationality noun opening it (``les ``)."""


def _first_name_then_comma(text: str, end: int, token: str) -> bool:
    """``Ahmed, 54 ans, vit ici``: a known first name opening a sentence, set off by a comma
    (after the asterisk of a changed name, ``Julie*, qui…``)."""
    if text[end : end + 1] == _PSEUDONYM_MARK:
        end += 1
    return text[end : end + 1] == "," and known_first_name(token)


def _first_name_then_clause(text: str, end: int, token: str) -> bool:
    """``Aminata a rouvert son étal``: a known first name opening a sentence, then the rest of
    a clause it is the subject of (a lower-case word that opens no noun phrase)."""
    return known_first_name(token) and _clause_after_lone_word().match(text, end, end + _LONE_REACH) is not None


def names_person(text: str) -> bool:
    """Whether the name ``text`` opens with a known first name (:func:`known_first_name`), or
    with a title of ``names.json`` (``M.``, ``Mgr``, ``P.``) and another word: a person's name
    (« le P. Jean X », « Mgr Y »), not a place's or a thing's."""
    first, _, rest = text.partition(" ")
    return known_first_name(first) or (first in _patterns().titles and bool(rest))


def known_first_name(token: str) -> bool:
    """Whether ``token`` is a known first name, or a compound one: a known first name and
    capitalised words joined to it by hyphens (``Marie-Claude``, ``Marc-André``)."""
    first, _, rest = token.partition("-")
    return token in first_names() or (first in first_names() and bool(rest)
                                       and all(part[:1].isupper() and part.isalpha() for part in rest.split("-")))


def _age_pattern(prefix: str) -> regex.Pattern[str]:
    """``prefix``, a number and an age unit of ``names.json``: the shape every age pattern shares."""
    units = names_data().get("age_units", [])
    return regex.compile(rf"{prefix}\d{{1,3}}[ \u00a0]++(?:{alternation(units) if units else '(?!)'})(?!\w)")


@cache
def age_after() -> regex.Pattern[str]:
    """A comma, a number and an age unit of ``names.json`` right after a name (``, 54 ans``)."""
    return _age_pattern(r",[ \u00a0]*+")


@cache
def _indefinite_apposition() -> regex.Pattern[str]:
    """A comma, an indefinite determiner of ``names.json``, one to three words and an age
    complement right after a name (``, un étudiant de 24 ans``): an apposition describing the
    person the name gives."""
    words = names_data().get("indefinite_determiners", [])
    links = alternation(names_data()["name_complement_links"])
    return _age_pattern(rf",[ \u00a0]*+(?:{alternation(words) if words else '(?!)'})(?:[ \u00a0]++\p{{L}}[\p{{L}}'’\-]*+){{1,3}}?"
                        rf"[ \u00a0]++(?i:{links})[ \u00a0]++")


@cache
def age_predicate() -> regex.Pattern[str]:
    """One of ``age_verbs``, a number and an age unit of ``names.json`` right after a name (`` a 54 ans``)."""
    verbs = names_data().get("age_verbs", [])
    return _age_pattern(rf"[ \u00a0]++(?:{alternation(verbs)})[ \u00a0]++") if verbs else regex.compile(r"(?!)")


@cache
def age_complement() -> regex.Pattern[str]:
    """A complement giving an age (`` de 21 ans``): a link of ``names.json``, a number, an age unit."""
    return _age_pattern(rf"[ \u00a0]++(?i:{alternation(names_data()['name_complement_links'])})[ \u00a0]++")


# Characters read after a lone word opening a sentence for the age a verb gives it (`` a 54 ans``).
_AGE_REACH = 16

# Characters read after a lone word opening a sentence for the clause it is the subject of.
_LONE_REACH = 24

# Characters read back from a capitalised word for a role's ending and its portfolio link (`` déléguées à la ``).
_PORTFOLIO_LINK_REACH = 24

# "Kommersant, plus prudent, rappelle que …": after a known publication's lone name opening a
# sentence, an aside set off by commas (no quotation mark, no end of sentence in it) and a
# lower-case word: the clause the name is the subject of, as with no aside (a description with
# its complement may run long: « Témoignages, le quotidien proche du Parti communiste réunionnais, juge … »).
_ASIDE_THEN_CLAUSE = regex.compile(r",[ \u00a0]++[^,.;:!?«»\"“”\n]{1,80}+,[ \u00a0]++\p{Ll}")
# Characters read after a lone word opening a sentence for an aside and the clause after it.
_LONE_ASIDE_REACH = 100


def _lone_publication_subject(text: str, start: int, end: int, is_publication: Callable[[str], bool]) -> bool:
    """Whether the lone capitalised word ``text[start:end]`` opening a sentence names a publication,
    maybe with the number after it (``Europe 1``, ``France 2``), that is the subject of the clause
    after it (``Télérama juge…``, ``Europe 1, la station …, a annoncé…``)."""
    if text[end + 1 : end + 2].isdigit():  # a cheap first character: "Europe 1"
        end = next((e for e in reversed(_trailing_ends(text, end)) if e > end and is_publication(text[start:e])), end)
    return bool((_clause_after_lone_word().match(text, end, end + _LONE_REACH)
                 or _ASIDE_THEN_CLAUSE.match(text, end, end + _LONE_ASIDE_REACH))
                and is_publication(text[start:end]))


@cache
def _clause_after_lone_word() -> regex.Pattern[str]:
    """White space and a lower-case word that is no preposition, determiner, coordinator or name
    particle of ``names.json`` (an elided object pronoun stays: ``l'a``): after a lone capitalised
    word opening a sentence, the rest of a clause it is the subject of (``Télérama juge…``), not
    of a noun phrase it opens (``Libération des otages``)."""
    raw = names_data()
    stops = {w.lower() for key in ("prepositions", "determiners", "coordinators", "name_particles") for w in raw[key]}
    whole = [w for w in stops if not w.endswith(("'", "’"))]
    elided = [w[:-1] for w in stops if w.endswith(("'", "’")) and w[:-1] not in {d[:-1] for d in raw["determiners"] if d.endswith("'")}]
    alts = [rf"(?:{alternation(whole)})(?![\p{{L}}])"] + ([rf"(?:{alternation(elided)})['’]"] if elided else [])
    return regex.compile(rf"[ \u00a0]++(?!(?i:{'|'.join(alts)}))\p{{Ll}}")


def _singular_cue_after(text: str, end: int) -> bool:
    """``Huawei a dénoncé…``, ``Airbus s'est dit…``: a singular finite reporting verb right after a
    lone capitalised word opening a sentence (one space between) makes that word its subject, a
    name (a company's, a body's the registry does not know); not an inverted cue (``Ainsi
    a-t-il dit``), nor a plural one (``Beaucoup estiment``)."""
    if end >= len(text) or text[end] != " ":
        return False
    window = text[end : end + _LONE_CUE_REACH]
    if (lead := _lead_in().match(window)) is not None:
        # "Libero va plus loin et accuse la juge de « … »": the verb after the lead-in is the word's.
        window = window[lead.end() - 1 :]
    cue_lexicon = cues.CueLexicon.default()
    if not cue_lexicon.may_find_at(window, 1):
        return False  # no cue at the word after the space (most windows): no search of the window
    found = cue_lexicon.find(window)
    return bool(found) and found[0].start == 1 and found[0].form == "finite" and not cues.plural_cue(found[0])


@cache
def _lead_in() -> regex.Pattern[str]:
    """`` va plus loin et ``: a space, one of ``lead_in_phrases`` (``names.json``), one of
    ``lead_in_links`` (``et``), a space."""
    phrases = names_data().get("lead_in_phrases", ()) or ("\x00",)
    links = names_data().get("lead_in_links", ()) or ("\x00",)
    return regex.compile(rf" (?:{trie_alternation(phrases)}) (?:{trie_alternation(links)}) ")


# An elided article's apostrophe: the word after it is a noun (« L'Espagnol a jugé »), no lone name.
_APOSTROPHES = ("'", "’")


@cache
def _pronoun_forms() -> frozenset[str]:
    """The case-folded forms of ``pronouns.json`` (``celle-ci``, ``lui``): never a name before a verb."""
    return frozenset(p.form.casefold() for p in registry_pronouns())


# Characters after a lone word opening a sentence read for a stressed pronoun set off by commas (« , elles, n »).
_STRESSED_REACH = 12
# Characters after a lone word opening a sentence searched for its reporting verb.
_LONE_CUE_REACH = 40


@cache
def stressed_subject_after() -> regex.Pattern[str]:
    """A comma, a pronoun of ``stressed_pronouns``, a comma and a lower-case word, right after
    a lone capitalised word opening a sentence (``Tesfay, lui, ne pense…``): the word is the
    subject the pronoun stresses, a name."""
    stressed = names_data().get("stressed_pronouns", ())
    if not stressed:
        return regex.compile("(?!)")
    return regex.compile(rf",[ \u00a0]++(?:{alternation(stressed)}),[ \u00a0]++\p{{Ll}}")


@cache
def _apposition_then_verb() -> regex.Pattern[str]:
    """``Greenwood, auteur du but égalisateur, a raté…``: after a lone capitalised word opening a
    sentence, a comma, a description without a determiner (no pronoun and no word of a verb
    group in it, seven words at most), a comma and a word of a verb group: the word is the
    subject that description is set off from, a name (an adverb or a preposition opening the
    sentence is never the subject of the verb). So does a relative clause opened by ``qui`` or
    ``dont`` (``Glencore, dont le titre a reculé de 2,1 %, a fait savoir…``): a relative needs an
    antecedent, and its own verb group (twelve words at most) is no verb of the sentence."""
    raw = names_data()
    verbs = alternation(cues.verb_words())
    banned = alternation([*cues.verb_words(), *(d.strip() for d in raw["determiners"]),
                          *(p["form"] for p in raw["subject_pronouns"])])
    inner = alternation([*cues.verb_words(), *(p["form"] for p in raw["subject_pronouns"])])
    first = rf"(?!(?i:{banned})(?![\p{{L}}'’]))\p{{Ll}}[\p{{L}}\d'’\-]*+"
    word = rf"(?!(?i:{inner})(?![\p{{L}}'’]))[\p{{L}}\d][\p{{L}}\d'’\-]*+"
    relatives = alternation([*raw["subject_relatives"], *raw.get("possessive_relatives", ())])
    # In the relative, any word (its verb group too), a decimal figure (2,1) or a percent sign.
    any_word = r"(?:[\p{L}\d][\p{L}\d'’\-]*+(?:,\d++)?+|%)"
    relative = rf"(?:{relatives})(?:[ \u00a0]++{any_word}){{1,12}}"
    return regex.compile(
        rf",[ \u00a0]++(?:{first}(?:[ \u00a0]++{word}){{0,6}}|{relative}),[ \u00a0]++(?i:{verbs})(?:(?<=['’])|(?![\p{{L}}]))"
    )


# Titles spelled like a middle initial (« John P. Smith »), which open no name inside a run of capitals.
_INITIAL_TITLES = frozenset({"P."})


def _first_name_at(tokens: list[str], titles: frozenset[str]) -> int:
    """Index of the known first name or the title a name really starts at, when the words before
    it are not a first name or a title (0: keep the name whole)."""
    if len(tokens) < 3:
        return 0
    known = first_names()
    if tokens[0] in known or tokens[0] in titles:
        return 0
    inner = _names_set("compound_heads")
    for i in range(1, len(tokens) - 1):
        if tokens[i] in known and tokens[i] not in inner:
            return i
        if tokens[i] in titles and tokens[i] not in _INITIAL_TITLES and tokens[i + 1][:1].isupper():
            return i  # "à Genève M. Paul X": a title opens the name, the words before it are a place's
    return 0


def _raw_names() -> dict[str, Any]:
    return names_data()


@cache
def _names_set(key: str) -> frozenset[str]:
    """The list ``key`` of ``names.json`` as a set (``compound_heads``: first names that also open
    a compound name's second half, ``Manal Abdel Samad``; ``inside_name_adjectives``;
    ``publication_heads``: words that open a publication's name; ``edition_kinds``)."""
    return frozenset(_raw_names().get(key, ()))


def find_mentions(text: str, registry: Any = None, year: int | None = None) -> list[Mention]:
    """All candidate speaker mentions in ``text``, in order, non-overlapping; ``year``: the year the
    article is dated by, which binds the registry's roles to that year's holders."""
    pats = _patterns()
    found: list[Mention] = []
    if registry is not None:
        found.extend(_registry_mentions(text, registry, year))
    # Nationality nouns are language data: the default registry's when no registry is given.
    country_of_noun = getattr(registry if registry is not None else Registry.default(), "country_of_noun", None)
    lone_publication = getattr(registry, "is_publication", None) if registry is not None else None
    names = _names(text, pats, country_of_noun, lone_publication if callable(lone_publication) else None)
    found.extend(_past_known(text, _edition_names(names, found), found))
    found.extend(_acronym_organisations(text, [(m.start, m.end, m.kind) for m in found if m.kind != "name"]))
    found.extend(_pronouns(text, pats))
    merged = _acronym_qualified(text, _merge(found))
    if any(j in text for j in _name_joiners()):
        merged = _joined_names(text, merged)
    if registry is not None:
        merged = _national_branches(text, merged, registry)
        merged = _adjective_branches(text, merged, registry, pats)
    if registry is not None and callable(getattr(registry, "is_publication", None)):
        memo: dict[str, bool] = {}

        def is_publication(s: str) -> bool:
            if s not in memo:
                memo[s] = bool(registry.is_publication(s))
            return memo[s]

        may_begin = _publication_starts(registry)
        kind_of = getattr(registry, "publication_kind", None)
        if callable(kind_of) and _names_set("edition_kinds"):
            # "France Bleu Gard Lozère": a local edition, not a publication and a person's name.
            # A name whose first word opens no publication's name is no local edition (see _local_edition_name).
            opens = may_begin if getattr(type(registry), "publication_kind", None) is Registry.publication_kind else None
            merged = [_local_edition_name(m, kind_of, opens) if m.kind == "name" else m for m in merged]
        merged = [_as_publication(text, m, is_publication, may_begin) if m.kind == "name" else m for m in merged]
        merged = _joined_publications(text, merged, is_publication)
        if "«" in text or '"' in text or "“" in text:
            merged = _marked_publications(text, merged, is_publication)
        if callable(kind_of):
            merged = _local_editions(text, merged, kind_of)
    merged = [_announced_publication(text, m, pats) if m.kind == "name" else m for m in merged]
    merged = _drop_covered([_announced_organisation(text, m) if m.kind == "name" else m for m in merged])
    merged = institutions.extend_institutions(text, merged)
    if registry is not None and ", " in text:
        merged = _listed_roles(text, merged, registry)
    merged = _surnames_read_as_roles(merged)
    if _names_set("family_nouns"):
        merged = [_family_phrase(text, m) if m.kind == "name" else m for m in merged]
    before = _preposition_or_link_before()
    pattern = before.for_text(text)
    prev: Mention | None = None
    for k, m in enumerate(merged):
        m.after_preposition = m.after_preposition or before.found(text, m.start, pattern) and not (
            _after_adverbial(text, m.start) and not _run_into_next(text, m, merged[k + 1] if k + 1 < len(merged) else None)) or (
            m.kind == "name" and institutions.after_head(text, m.start) and not _role_tail_before(text, prev, m)) or (
            m.kind == "publication" and _governed_publication(text, m.start, pats, before, pattern)) or (
            _governed_conjunct(text, prev, m, merged[k + 1] if k + 1 < len(merged) else None)) or (
            _superlative_complement(text, m))
        prev = m
        m.parenthetical = (
            (m.start > 0 and text[m.start - 1] == "(") or _is_dateline(text, m)
            or (m.kind == "pronoun" and _emphatic(text, m))
        )
    if "(" in text:
        _mark_aside_lines(_bracketed_lines(text), merged)
        _mark_bracketed(text, merged)
    _mark_aside_lines(_byline_lines(text), merged)
    if "/" in text:
        _mark_aside_lines(_credit_tails(text), merged)
    return merged


@cache
def _family_before() -> regex.Pattern[str]:
    """A determiner and a ``family_nouns`` noun right before a surname, read backwards from it
    (at most a few words): ``la famille `` before ``Caruana Galizia``."""
    raw = _raw_names()
    return regex.compile(
        rf"(?i)(?<!\w)(?:{alternation(raw['determiners'])})(?:(?<=['’])|[ \u00a0]++)(?P<noun>{alternation(raw['family_nouns'])})[ \u00a0]++$")


# Most characters a determiner and a family noun take before the surname they head.
_FAMILY_REACH = 24


def _family_phrase(text: str, m: Mention) -> Mention:
    """``la famille Caruana Galizia``, ``le clan Kennedy``: a surname right after a determiner and
    a ``family_nouns`` noun names the family, not the person named with it: the whole phrase,
    a noun phrase the resolver keeps as written; ``m`` otherwise."""
    lo = m.start - _FAMILY_REACH if m.start > _FAMILY_REACH else 0
    found = _family_before().search(text, lo, m.start)
    if found is None:
        return m
    return Mention(found.start(), m.end, text[found.start() : m.end], "np", None, None, None, False, None, "sg", found.start("noun"))


@cache
def _name_joiners() -> tuple[str, ...]:
    return tuple(_raw_names().get("name_joiners", ()))


_JOINED_KINDS = frozenset({"name", "entity", "organisation"})


def _joined_names(text: str, found: list[Mention]) -> list[Mention]:
    """``le G77 + Chine``: two names with a joiner of ``name_joiners`` between them are one
    group's name, an organisation; a joiner with no space only after a name holding a figure
    (``le G77/Chine``; ``Paris/Berlin`` stays two)."""
    out: list[Mention] = []
    joiners = _name_joiners()
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in _JOINED_KINDS and m.kind in _JOINED_KINDS
                and (joiner := text[prev.end : m.start]) in joiners
                and (joiner != joiner.strip() or any(c.isdigit() for c in prev.text))):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "organisation", head_start=prev.start)
            continue
        out.append(m)
    return out


# A word of a list of adjectives after a role (``, allemande et polonaise``).
_LIST_WORD = regex.compile(r"\p{L}[\p{L}\-]*+")


@cache
def _listed_complements() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """A capitalised complement ending a role (``… du Mali``), the rest of a list of such
    complements after it, its last one after a coordinator (``, du Niger et du Burkina Faso``),
    and the rest of a list of lower-case adjectives (``, allemande et polonaise``)."""
    raw = names_data()
    links = trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    arts = trie_alternation(raw["articles"])
    cap = r"(?-i:\p{Lu})[\p{L}'’\-]*+"
    item = (rf"(?:{links})(?:(?<=['’])|[ \u00a0]++)(?:(?:{arts})(?:(?<=['’])|[ \u00a0]++))?"
            rf"{cap}(?:[ \u00a0]++{cap}){{0,2}}")
    coord = trie_alternation(raw["subject_coordinators"])
    word = r"(?-i:\p{Ll})[\p{L}\-]*+"
    return (regex.compile(rf"(?i)(?<![\p{{L}}'’]){item}$"),
            regex.compile(rf"(?i)(?:,[ \u00a0]++{item})*+[ \u00a0]++(?:{coord})[ \u00a0]++{item}(?![\p{{L}}'’])"),
            regex.compile(rf"(?i)(?:,[ \u00a0]++{word})*+[ \u00a0]++(?:{coord})[ \u00a0]++{word}(?![\p{{L}}'’])"))


def _listed_roles(text: str, found: list[Mention], registry: Any) -> list[Mention]:
    """``Les présidents du Mali, du Niger et du Burkina Faso``, ``les chefs de la diplomatie
    française, allemande et polonaise``: a plural role (opening with a plural determiner) whose
    capitalised complement or nationality adjective is the first of a comma list runs on to the
    list's last item, one group; the names inside it are no mentions of their own."""
    country_of_adjective = getattr(registry, "country_of_adjective", None)
    out: list[Mention] = []
    plural = _plural_determiner_words()
    for m in found:
        if out and out[-1].start <= m.start and m.end <= out[-1].end:
            continue  # a country inside the list
        if m.kind == "role" and text[m.end : m.end + 1] == "," and m.text.split(None, 1)[0].lower() in plural:
            complement, names, adjectives = _listed_complements()
            listed = names.match(text, m.end) if complement.search(m.text) else None
            if listed is None and callable(country_of_adjective) and country_of_adjective(m.text.rsplit(None, 1)[-1]):
                listed = adjectives.match(text, m.end)
                if listed is not None and not all(
                        country_of_adjective(w) for w in _LIST_WORD.findall(listed.group())
                        if w.lower() not in names_data()["subject_coordinators"]):
                    listed = None
            if listed is not None:
                m = Mention(m.start, listed.end(), text[m.start : listed.end()], m.kind, m.entity_id, m.role, m.country,
                            m.after_preposition, m.gender, "pl", m.head_start, m.parenthetical, m.complement_id)
        out.append(m)
    return out


@cache
def _plural_determiner_words() -> frozenset[str]:
    """The one-word plural determiners of ``names.json`` (``les``, ``des``, ``ces``)."""
    raw = names_data()["plural_determiners"]
    return frozenset(w for ws in raw.values() for w in ws if " " not in w)


def _governed_publication(text: str, start: int, pats: _Patterns, before: _WordBefore,
                          pattern: re.Pattern[str] | regex.Pattern[str]) -> bool:
    """Whether a preposition governs the publication noun announcing the name at ``start`` (``a
    déclaré au quotidien allemand| Handelsblatt le ministre``): the publication is told the words."""
    noun = pats.publication_before.search(text, max(0, start - _ANNOUNCE_REACH), start)
    return noun is not None and before.found(text, noun.start(), pattern)


def _drop_covered(found: list[Mention]) -> list[Mention]:
    """``found`` (in text order) without the mentions lying inside the one kept before them, as
    an organisation's name grown over its lower-case words covers a role among them (``le
    syndicat Alliance police nationale``: no role ``police``)."""
    keep: list[Mention] = []
    for m in found:
        if keep and keep[-1].start <= m.start and m.end <= keep[-1].end:
            continue
        if keep and keep[-1].start == m.start and keep[-1].kind == "pronoun" and m.kind == "publication":
            # "selon Il Messaggero": a title grown back over its foreign article, which the
            # pronoun pass read as "il", covers it; the pronoun goes.
            keep[-1] = m
            continue
        keep.append(m)
    return keep


def titled_complement(text: str, title: Mention, name: Mention) -> bool:
    """Whether ``name`` follows the title ``title`` glued to it, a preposition or a complement
    link governing the title (``le porte-parole du ministre Jean X``, ``la fille de l'ancien
    président Jean X``): the name is governed with it, no subject of its own."""
    return (name.kind == "name" and title.kind == "role" and title.after_preposition and not name.after_preposition
            and title.end < name.start and not text[title.end : name.start].strip()
            and not _office_sought(text, title, name))


# Characters read back from a title's head for the portfolio link before it (``à la``, ``aux``).
_PORTFOLIO_REACH = 8


def _office_sought(text: str, title: Mention, name: Mention) -> bool:
    """Whether ``title`` is a body's office (a role marked ``institution``: ``présidence``,
    ``gouvernement``) a link of ``portfolio_links`` ties to the role before it, and ``name`` a
    first name and a surname (``l'ancienne candidate à la présidence Beatriz X``): the office is what the role is held for or sought, and the name is
    that role's holder in apposition, not the body's (a body named by its leader takes the surname
    alone: ``le porte-parole du gouvernement Borne``, and ``de`` links it, no portfolio link)."""
    if title.role is None or " " not in name.text.strip() or not is_body_role_key(title.role):
        return False
    before = text[max(0, title.start - _PORTFOLIO_REACH) : title.head_start].rstrip(" \u00a0").casefold()
    for link in names_data().get("portfolio_links", ()):
        k = len(before) - len(link)
        if before.endswith(link) and (k == 0 or not before[k - 1].isalpha()):
            return True
    return False


def _role_tail_before(text: str, prev: Mention | None, m: Mention) -> bool:
    """Whether the led body before the name ``m`` ends a role's complement (``le chef du
    gouvernement| Jan X``, ``le président du Conseil| Mario X``): the name is the role holder's,
    set in apposition, not the body's (``le gouvernement| Borne``, where the body heads the role;
    ``le porte-parole du gouvernement| Borne``: a led body is named by a surname alone)."""
    if prev is None or prev.kind != "role" or " " not in m.text or text[prev.end : m.start].strip(" \u00a0"):
        return False
    last = text.rfind(" ", prev.head_start, prev.end)
    return last > prev.head_start and bool(text[prev.head_start : last].strip())


# Quotation marks a title or a nickname stands between (not the apostrophes that also serve as marks).
_CLOSERS = marks.closing_marks() - {"'", "’"}


def all_in_marks(text: str, m: Mention) -> bool:
    """``De « Plein Soleil » au « Guépard »``: capitalised words that are all their quotation
    marks hold name a work or give a nickname, no antecedent of a pronoun."""
    before = text[m.start - 3 if m.start > 3 else 0 : m.start].rstrip(" \u00a0\u202f")
    after = text[m.end : m.end + 3].lstrip(" \u00a0\u202f")
    return before[-1:] in _OPENERS and after[:1] in _CLOSERS


def _surnames_read_as_roles(found: list[Mention]) -> list[Mention]:
    """Roles written in capitals only (``Le Maire``) that end a name of the text (``Bruno Le
    Maire``): that person's surname, a name."""
    capitals = [m for m in found if m.kind == "role" and all(w[:1].isupper() for w in m.text.split())]
    if not capitals:
        return found
    longest = max(len(m.text.split()) for m in capitals)  # no tail longer than a role is asked for
    tails = {" ".join(words[-j:]) for m in found if m.kind == "name" and len(words := m.text.split()) > 2
             for j in range(2, min(longest, len(words) - 1) + 1)}
    if not tails:
        return found
    return [
        Mention(m.start, m.end, m.text, "name", None, None, None, False, None, "sg", m.start)
        if m.kind == "role" and m.text in tails and all(w[:1].isupper() for w in m.text.split()) else m
        for m in found
    ]


def _mark_bracketed(text: str, found: list[Mention]) -> None:
    """Mark every mention inside a short aside in brackets with no quotation marks in it, not only
    the first (« les coprésidents du groupe de Minsk (France, Russie, Etats-Unis) ont appelé »):
    none is the subject of the verb after the brackets."""
    starts = [m.start for m in found]
    for aside in _SHORT_ASIDE.finditer(text):
        k = bisect.bisect_left(starts, aside.start())
        while k < len(found) and found[k].start < aside.end():
            if found[k].end <= aside.end():
                found[k].parenthetical = True
            k += 1


# A short aside in brackets on one line, with no quotation marks nor brackets inside.
_SHORT_ASIDE = regex.compile(r"\([^()«»\"“”\n]{1,80}+\)")


def _bracketed_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line that is all one aside in brackets: a photo credit, a caption
    (« (Photo : AFP / X) »). What ``(?m)^[ \\t]*\\([^\\n]*\\)[ \\t]*$`` finds, read line by line:
    a pattern opening with ``^`` has no first character for the engine to skip ahead to, so
    its search tries every offset of the text."""
    return _lines_where(text, _all_in_brackets)


def _all_in_brackets(line: str) -> bool:
    inner = line.strip(" \t")
    return len(inner) > 1 and inner[0] == "(" and inner[-1] == ")"


def _lines_where(text: str, keep: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` (broken at ``\\n``) that ``keep`` accepts."""
    out = []
    start = 0
    for line in text.split("\n"):
        if keep(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# Longest byline (``Par Jean Dupont, envoyé spécial à Kiev``), in characters.
_BYLINE_MAX_CHARS = 120
# Characters that end a sentence, which a byline never ends with.
_SENTENCE_END = ".!?:»\""


def _byline_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each byline: a short line opened by a ``byline_openers`` word that
    is no sentence (``Par Marine Dupont et Paul Roy``)."""
    openers = tuple(w + " " for w in _raw_names().get("byline_openers", ()))
    if not any(o in text for o in openers):
        return []  # no line can open with one (most texts): no line read

    def byline(line: str) -> bool:
        inner = line.strip(" \t\u00a0")
        return len(inner) <= _BYLINE_MAX_CHARS and inner.startswith(openers) and not inner.endswith(tuple(_SENTENCE_END))

    return _lines_where(text, byline)


# Longest photo credit closing a caption (``REUTERS/Jean Dupont``, ``© Anne Roy / AFP``), in characters.
_CREDIT_MAX_CHARS = 60
# Most words between two slashes of a credit (a photographer's full name, an agency's).
_CREDIT_MAX_WORDS = 4


def _credit_tails(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each photo credit closing a line (a caption's ``… le 3 août à Harare.
    REUTERS/Jean Dupont``, ``JEAN DUPONT / AFP``, ``© Anne Roy / Belga``): after the line's last
    full stop, a short run of capitalised words that slashes cut into a photographer's and an
    agency's names. The names in it took the picture; none of them speaks."""
    out = []
    start = 0
    for line in text.split("\n"):
        cut = line.rfind(". ")
        head = cut + 2 if cut >= 0 else 0
        tail = line[head:].rstrip(" \t\u00a0")
        if "/" in tail and len(tail) <= _CREDIT_MAX_CHARS and _is_credit(tail):
            out.append((start + head, start + head + len(tail)))
        start += len(line) + 1
    return out


def _is_credit(tail: str) -> bool:
    """Whether every part of ``tail`` between slashes is a few capitalised words (``©`` aside)."""
    for part in tail.split("/"):
        words = part.replace("©", " ").split()
        if not words or len(words) > _CREDIT_MAX_WORDS or not all(w[0].isupper() for w in words):
            return False
    return True


def _mark_aside_lines(lines: list[tuple[int, int]], found: list[Mention]) -> None:
    """Mark the mentions on the given lines (a credit in brackets, a byline) as asides: never a subject."""
    if not lines:
        return
    starts = [a for a, _ in lines]
    for m in found:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.end <= lines[k][1]:
            m.parenthetical = True


# Characters before a mention read for a preposition or a complement link.
_PREPOSITION_REACH = 12
# Longest aside a fronted past participle opens a sentence with (characters after the participle).
_FRONTED_PARTICIPLE_REACH = 60
# Quotation marks a name may open with, after its preposition (not the apostrophes that also
# serve as marks: « d'Édouard » elides the preposition).
_OPENERS = marks.opening_marks() - {"'", "’"}


@dataclass(frozen=True, slots=True)
class _Tails:
    r"""Words that end every match of a pattern ending in ``\s*+$`` (articles, prepositions…):
    a window whose text, its white space stripped, ends with none of them holds no match.
    Python's white space holds the engine's (``\s``), so a match's spaces are all stripped."""

    last3: frozenset[str]
    """The last three letters of the longer words, in every case ``(?i)`` admits."""
    short: frozenset[str]
    """The words of one or two letters, in every case ``(?i)`` admits."""
    usable: bool
    """Whether ``last3`` and ``short`` hold every word (else no window is ruled out)."""

    def may_end(self, window: str) -> bool:
        """``False`` when ``window`` holds no match of the pattern (see the class)."""
        if not self.usable:
            return True
        s = window.rstrip()
        return s[-3:] in self.last3 or s[-2:] in self.short or s[-1:] in self.short


@cache
def _tails(words: tuple[str, ...]) -> _Tails:
    """The :class:`_Tails` of ``words``, with either apostrophe (as the patterns take them)."""
    ends = {w.replace("’", "'") for w in words}
    ends |= {w.replace("'", "’") for w in ends}
    last3 = lexicon.case_spellings({w[-3:] for w in ends if len(w) >= 3})
    short = lexicon.case_spellings({w for w in ends if len(w) < 3})
    usable = last3 is not None and short is not None and all(w and not w[-1].isspace() for w in ends)
    return _Tails(last3 or frozenset(), short or frozenset(), usable)


@dataclass(frozen=True, slots=True)
class _WordBefore:
    """``preposition_before`` or ``after_link`` in one pattern (one search finds either), and the
    words its matches end with (an article, a preposition, a link's last word)."""

    pattern: regex.Pattern[str]
    pattern_std: re.Pattern[str]
    """``pattern`` for the standard engine (twice as fast per search), its classes written by
    :func:`lexicon.bmp_class`: exact on a text of the Basic Multilingual Plane holding none of
    ``case_gaps``."""
    case_gaps: frozenset[str]
    """The characters that the two engines' ``(?i)`` match differently to a letter of the pattern (ı)."""
    tails: _Tails

    def for_text(self, text: str) -> re.Pattern[str] | regex.Pattern[str]:
        """The pattern to search ``text`` with (see ``pattern_std``)."""
        if lexicon.in_bmp(text) and not any(c in text for c in self.case_gaps):
            return self.pattern_std
        return self.pattern

    def found(self, text: str, start: int, pattern: re.Pattern[str] | regex.Pattern[str]) -> bool:
        """Whether a preposition or a link stands right before ``start`` (``pattern``: :meth:`for_text`),
        or before the quotation mark a name opens with (``publiée par "Le Monde"``)."""
        if start > 0 and text[start - 1] in _OPENERS:
            start -= 1
            while start > 0 and text[start - 1] in " \u00a0\u202f":
                start -= 1
        lead = start - _PREPOSITION_REACH if start > _PREPOSITION_REACH else 0
        return self.tails.may_end(text[lead:start]) and bool(pattern.search(text, lead, start))


def _word_before_source(raw: dict[str, Any], cls: Callable[[str], str]) -> str:
    return f"(?i)(?:{_preposition_source(raw, cls)})|(?:{_link_source(raw, cls)})"


@cache
def _adverbials_ending_in_prepositions() -> tuple[str, ...]:
    """The ``contrast_markers`` of ``names.json`` whose last word is also one of its
    ``prepositions`` (``de son côté``), with each inline space they may be typeset with."""
    raw = _raw_names()
    prepositions = frozenset(raw["prepositions"])
    found = [m for m in raw.get("contrast_markers", ()) if m.split()[-1] in prepositions]
    return tuple(m.replace(" ", sp) for m in found for sp in (" ", "\u00a0"))


@cache
def _contracted_openers() -> tuple[str, ...]:
    """The ``contracted_articles`` of ``names.json`` (``des``, ``du``), each with a space after it."""
    return tuple(f"{a} " for a in names_data().get("contracted_articles", {}))


@cache
def _superlative_before() -> regex.Pattern[str]:
    """A definite article, an adverb of ``superlative_adverbs`` and one lower-case word (an
    adjective), ending the searched span (``le plus jeune ``)."""
    adverbs = names_data().get("superlative_adverbs", ())
    definites = [a for a in names_data().get("articles", ()) if not a.endswith(("'", "’"))]
    if not adverbs or not definites:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?<!\w)(?:{alternation(definites)})[ \u00a0]++(?:{alternation(adverbs)})[ \u00a0]++"
                         rf"(?-i:\p{{Ll}})[\p{{L}}-]*+[ \u00a0]++$")


def _superlative_complement(text: str, m: Mention) -> bool:
    """Whether ``m`` opens with a contracted article right after a superlative (``le plus jeune
    des accusés``): the superlative's complement, governed like a preposition's, no subject."""
    return (m.start > 0 and m.text[:4].lower().startswith(_contracted_openers())
            and _superlative_before().search(text, m.start - 40 if m.start > 40 else 0, m.start) is not None)


def _after_adverbial(text: str, start: int) -> bool:
    """Whether an adverbial of ``contrast_markers`` ending in a preposition's word ends, a space
    away, right before ``start`` (``a réagi de son côté Jean X``): the name after it is the
    inverted subject, no complement of that word."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0\u202f":
        end -= 1
    markers = _adverbials_ending_in_prepositions()
    return end < start and bool(markers) and text.endswith(markers, end - 20 if end > 20 else 0, end)


@cache
def _noun_coordinators() -> frozenset[str]:
    """The ``thing_coordinators`` of ``names.json`` (``et``, ``ou``), each with a space either side."""
    return frozenset(f" {w} " for w in names_data().get("thing_coordinators", ()))


# Most characters from a sentence's start to a governed first item of a list for it to be a fronted one.
_FRONTED_LIST_LEAD = 12


def _governed_conjunct(text: str, prev: Mention | None, m: Mention, nxt: Mention | None) -> bool:
    """``des aéroports de Wilmington, Myrtle Beach et Charleston``: a name in a list of names
    whose first item a preposition governs is governed too, after ``et``/``ou``, or after a comma
    when the list goes on after it; not past a fronted first item (``Après Paris, Berlin et Rome
    ont rappelé…``: the comma closes the fronted phrase, a subject follows)."""
    if prev is None or not prev.after_preposition or m.kind != "name" or prev.kind != "name":
        return False
    gap = text[prev.end : m.start]
    coordinators = _noun_coordinators()
    if gap not in coordinators and not (gap == ", " and nxt is not None and nxt.kind == "name"
                                        and (text[m.end : nxt.start] in coordinators or text[m.end : nxt.start] == ", ")):
        return False
    lead = text[max(0, prev.start - _FRONTED_LIST_LEAD) : prev.start]
    return not any(c in lead for c in ".!?\n:") and prev.start >= _FRONTED_LIST_LEAD


def _run_into_next(text: str, m: Mention, nxt: Mention | None) -> bool:
    """Whether the next mention follows ``m`` a space away, no comma between (``a réagi de son
    côté Twitter le porte-parole…``): ``m`` is then no inverted subject of its own."""
    return nxt is not None and nxt.start > m.end and not text[m.end : nxt.start].strip(" \u00a0\u202f")


@cache
def _preposition_or_link_before() -> _WordBefore:
    raw = _raw_names()
    links = tuple(link.split()[-1] for link in raw["complement_links"])
    words = (*raw["prepositions"], *raw.get("sentence_prepositions", ()), *raw["articles"], *links)
    return _WordBefore(
        regex.compile(_word_before_source(raw, "[{}]".format)), re.compile(_word_before_source(raw, lexicon.bmp_class)),
        _case_gaps("".join(words)), _tails(words),
    )


def _case_gaps(letters: str) -> frozenset[str]:
    """The characters of the Basic Multilingual Plane that one engine's ``(?i)`` matches to one of
    ``letters`` and the other's does not (``re`` takes ı for i; ~25 ms, once)."""
    chars = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))  # no surrogates
    gaps: set[str] = set()
    for c in set(letters):
        gaps |= set(re.findall("(?i)" + re.escape(c), chars)) ^ set(regex.findall("(?i)" + regex.escape(c), chars))
    return frozenset(gaps)


def _registry_mentions(text: str, registry: Any, year: int | None = None) -> list[Mention]:
    if type(registry).find is not Registry.find:
        return _found_mentions(text, registry)
    # The built-in gazetteer's hits as named tuples (_Hit): the same fields as a GazetteerHit (a
    # frozen dataclass, slower to make), every one of them there; fields by position (see Mention).
    return [
        Mention(h.start, h.end, h.text, _hit_kind(h.kind, h.entity_id, registry), h.entity_id, h.role, h.country,
                h.after_preposition, None, "sg", h.head_start, False, h.complement_id)
        for h in registry._scan(text, year)
    ]


def _hit_kind(kind: str, entity_id: str | None, registry: Any) -> str:
    """The mention kind of a gazetteer hit: an alias names an entity, or a name when the entity is
    a known person (a name like any other, clustered by surname)."""
    if kind == "alias":
        kind = "entity"
    if kind == "entity" and entity_id and getattr(registry.get(entity_id), "type", None) == "person":
        return "name"
    return kind


def _found_mentions(text: str, registry: Any) -> list[Mention]:
    """The mentions of what ``registry.find`` gives (hits of the fields it may have)."""
    out = []
    for h in registry.find(text):
        out.append(
            Mention(h.start, h.end, text[h.start : h.end], _hit_kind(h.kind, h.entity_id, registry), h.entity_id, getattr(h, "role", None),
                    getattr(h, "country", None), bool(getattr(h, "after_preposition", False)),
                    head_start=getattr(h, "head_start", h.start), complement_id=getattr(h, "complement_id", None))
        )
    return out


# Longest all-capital word still read as a name (an acronym: ONU, OTAN, CNRI).
_ACRONYM_MAX = 5
_SENTENCE_START = regex.compile(r"(?:^|[\n.!?…:»\"”«“]\s*+|[—–]\s++|\s-\s++)$")
# The characters one of which _SENTENCE_START needs in its window (after the text's start).
_SENTENCE_MARKS = frozenset("\n.!?…:»\"”«“—–-")


def _inside_name_adjective(text: str, start: int, tokens: list[str]) -> bool:
    """Whether the first of ``tokens`` (at ``start``) is an adjective opening a name inside its
    sentence, another capitalised word after it: ``la région Grand Est``, not ``Grand Est : …``
    nor ``Nouvelle hausse des prix``, nor before a word that names no one (``la Grande Guerre``)."""
    return (len(tokens) > 1 and tokens[0] in _names_set("inside_name_adjectives") and tokens[1][:1].isupper()
            and tokens[1] not in _patterns().not_names and not _sentence_start(text, start))


@cache
def _months() -> frozenset[str]:
    """The month names of ``grammar.json``, lower case."""
    return frozenset(registry_months())


def _month_first_name(text: str, start: int, tokens: list[str]) -> bool:
    """Whether the first of ``tokens`` (at ``start``) is a month's name that is a person's first
    name: French writes months in lower case, so a capitalised one inside its sentence, right
    before another capitalised word that names someone, opens a name (``a affirmé Mai Ahmad
    Fatty``, ``Avril Haines``), not ``Mai 68`` nor ``Mai`` opening a sentence."""
    return (len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0].lower() in _months()
            and tokens[1][:1].isupper() and _strip_apos(tokens[1]) not in _patterns().not_names
            and not _sentence_start(text, start))


def _sentence_start(text: str, start: int) -> bool:
    """Whether a sentence, or the text, starts right before ``start`` (``_SENTENCE_START`` in the
    three characters before it, searched only when they hold one of its marks)."""
    lead = start - 3 if start > 3 else 0
    if lead > 0 and _SENTENCE_MARKS.isdisjoint(text[lead:start]):
        return False
    return bool(_SENTENCE_START.search(text, lead, start))


def _may_elide(s: str, pats: _Patterns) -> bool:
    """``False`` when ``s`` holds no elided article (see ``_Patterns.elided_apostrophe``)."""
    return not pats.elided_apostrophe or "'" in s or "’" in s


def _city_after_article(link: str, word: str) -> bool:
    """Whether ``word``, a capital city (:func:`quotetrack.registry.capital_cities`), follows a link
    holding an article (``du``, not ``d'``): a city takes none, so it opens a longer name there
    (``le club du Paris Saint-Germain``), unlike ``le maire d'Alger Jean X``."""
    return word in capital_cities() and link.strip().casefold().replace("’", "'") not in _names_set("elided_articles")


@cache
def _elided_before_capital() -> regex.Pattern[str]:
    """An elided article of ``names.json`` glued to a capitalised word (``D'Emmanuel``)."""
    return regex.compile(rf"(?i:{trie_alternation(_raw_names()['elided_articles'])})(?=\p{{Lu}})")


def _elided_first_name(token: str) -> regex.Match[str] | None:
    """The elided article glued to a known first name opening ``token`` (``D'Emmanuel`` at a
    sentence start, ``D'Emmanuel Macron à…``): no part of the name. ``D'Alema`` stays whole."""
    glued = _elided_before_capital().match(token)
    return glued if glued is not None and token[glued.end() :] in first_names() else None


def _glued_first_name(text: str, start: int, pats: _Patterns) -> regex.Match[str] | None:
    r"""``pats.elided_first_name`` in the characters before ``start``, searched only when they end
    with a space (or a final newline, which ``$`` may precede) and a capital follows their last
    apostrophe: a match's elided article ends with it (``_Patterns.elided_apostrophe``), and
    only letters, hyphens and spaces stand after it. Every ``\p{Lu}`` letter is ``isupper``."""
    if start == 0 or text[start - 1] not in " \u00a0\n":
        return None
    window = start - _GLUED_REACH if start > _GLUED_REACH else 0
    if pats.elided_apostrophe:
        straight, curly = text.rfind("'", window, start), text.rfind("’", window, start)
        last = straight if straight >= curly else curly
        if last < 0 or not text[last + 1].isupper():
            return None
    return pats.elided_first_name.search(text, window, start)


def _nationality_before_name(
    text: str, start: int, tokens: list[str], pats: _Patterns, country_of_noun: Callable[[str], str | None]
) -> Mention | None:
    """``le Danois Holger Rune``, ``l'Argentin Lionel Messi``: a name opening on a nationality
    noun (the registry's ``country_of_noun``) after an article starts after the noun, which
    describes the person; the description (a noun phrase with its country, from the article
    on), or None."""
    if len(tokens) < 2 or not tokens[1][:1].isupper():
        return None
    country = country_of_noun(tokens[0])
    if country is None:
        return None
    window = text[max(0, start - _ARTICLE_WINDOW) : start].replace("\u2019", "'")
    article = pats.article_before.search(window)
    if article is None:
        return None
    begin = start - len(window) + article.start()
    end = start + len(tokens[0])
    return Mention(begin, end, text[begin:end], "np", None, None, country, False, None, "sg", start)


def _elided_nationality(
    text: str, start: int, end: int, country_of_noun: Callable[[str], str | None]
) -> Mention | None:
    """``L'Américain``, ``l'Iranienne``: an elided article of ``names.json`` glued to a
    capitalised nationality noun (the registry's ``country_of_noun``), read as ``Russe`` is in
    ``le Russe``: the noun alone, which resolution takes with its article as a description of
    a person of that country; None for anything else (``L'Élysée``)."""
    glued = _elided_before_capital().match(text, start, end)
    if glued is None or glued.end() == end or country_of_noun(text[glued.end() : end]) is None:
        return None
    return Mention(glued.end(), end, text[glued.end() : end], "name", None, None, None, False, None, "sg", glued.end())


@cache
def _channel_forms() -> dict[str, frozenset[str]]:
    """The capitalised last word of each channel form of ``channels.json`` that a lower-case
    preposition opens (``sur X``), with the prepositions it comes after."""
    out: dict[str, set[str]] = {}
    for entry in lexicon.read_json("channels.json")["channels"]:
        for form in entry["forms"]:
            words = form.split()
            if len(words) == 2 and words[0].islower() and words[1][:1].isupper():
                out.setdefault(words[1], set()).add(words[0])
    return {k: frozenset(v) for k, v in out.items()}


def _channel_before(text: str, start: int, word: str) -> bool:
    """``a écrit sur X Mathis Roux``: the network a channel form names (``sur X``) opens the
    capitalised words after its preposition; the name starts after it."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in _channel_forms()[word]


@cache
def _lone_not_names() -> frozenset[str]:
    """The not-names that, matched alone, :func:`_names` drops whole (about a third of the
    matches): one word with no white space (its only token) and no apostrophe (no elided
    article to cut off when every one ends with an apostrophe, nor one to normalise)."""
    pats = _patterns()
    if not pats.elided_apostrophe:
        return frozenset()
    return frozenset(w for w in pats.not_names if not any(c.isspace() or c in "'’" for c in w))


def _names(text: str, pats: _Patterns, country_of_noun: Callable[[str], str | None] | None = None,
           is_publication: Callable[[str], bool] | None = None) -> list[Mention]:
    """Capitalised name sequences, without the function words and sentence-initial words they
    swallow; with ``country_of_noun`` (the registry's), a nationality noun opening one is cut off
    as the person's description; with ``is_publication``, a lone word opening a sentence that
    names a publication and is the subject of the clause after it (``Télérama l'a qualifié…``) stays."""
    raw: list[tuple[int, int, list[str], bool]] = []
    described: list[Mention] = []
    seen_inside: set[str] = set()
    lone = _lone_not_names()
    glued_at = segment.glued_starts(text)
    for start, end in _name_spans(text, pats, country_of_noun):
        if text[start:end] in lone:
            continue  # "Le", "Selon": a match of one word that the loop below would drop whole
        tokens = text[start:end].split()
        if glued_at and (cut_at := _glued_inside(glued_at, start, end)) is not None:
            end = cut_at  # "Jean DupontLe 3 mai": a subheading's name ends where the glued sentence starts
            tokens = text[start:end].split()
        # A company's suffix alone after a capitalised word glued to an elided article (« un
        # porte-parole d'Asiana Airlines »): the glued word opens the company's name, as it would
        # after a space (no name starts right after an apostrophe, so the match began past it).
        # So does one a team's member or staff noun governs (« le coureur d'Ineos Grenadiers »).
        if (len(tokens) == 1
                and (glued := _glued_first_name(text, start, pats)) is not None
                and not known_first_name(glued.group(1))
                and (tokens[0] in _names_set("organisation_suffixes") or _team_noun_before(text, glued.start(1)))):
            start, tokens = glued.start(1), [glued.group(1), *tokens]
        # An elided article glued to the name ("L'UJFP", "D'Alema" stays) is not part of it.
        may_elide = bool(tokens) and _may_elide(tokens[0], pats)
        elided = (pats.elided_article.match(tokens[0]) or _elided_first_name(tokens[0])) if may_elide else None
        if elided is not None:
            start += elided.end()
            tokens[0] = tokens[0][elided.end() :]
        # Leading capitalised function words ("Selon", "Mais", "Le") are not part of a name.
        # Leading capitalised function words ("Selon", "Le", "Boulevard"), the particles they
        # leave ("de Courcelles") and an acronym before a name of two words or more ("ONU
        # Vassily Nebenzia"; "BNP Paribas" is one name) go.
        # A title that is also a word of address (« Madame », « Monsieur ») stays before a name.
        month_name = _month_first_name(text, start, tokens)
        while tokens and ((_strip_apos(tokens[0]) in pats.not_names and not _inside_name_adjective(text, start, tokens)
                           and not month_name
                           and not (len(tokens) > 1 and tokens[0] in pats.titles and tokens[1][:1].isupper()
                                    and _strip_apos(tokens[1]) not in pats.not_names))
                          or _hanging_particle(tokens[0])
                          or (len(tokens) > 1 and tokens[0] in _channel_forms() and _channel_before(text, start, tokens[0]))
                          or (len(tokens) > 1 and tokens[0] not in pats.titles and _is_acronym(tokens[0]) and not _is_acronym(tokens[1])
                              and tokens[1] not in _names_set("inside_name_adjectives")
                              and (len(tokens) > 2 or tokens[1] in first_names())
                              and not _acronym_opens_organisation(text, start, tokens))):
            start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else end
            tokens = tokens[1:]
        if not tokens:
            continue
        # "ministre de l'Intérieur Matteo Salvini": the first word belongs to the institution.
        # Not when a particle follows the first word: "du Corriere della Sera" is one name; nor
        # when a company's suffix ends two words ("porte-parole d'Asiana Airlines"): one name.
        # Not an adjective that opens a name ("du Grand Est", "de la Nouvelle Aquitaine").
        if (len(tokens) > 1 and tokens[0] not in pats.titles and tokens[1][:1].isupper()
                and _strip_apos(tokens[0]) not in first_names() and tokens[0] not in _names_set("inside_name_adjectives")
                and (len(tokens) > 2 or tokens[1] in first_names() or not _is_acronym(tokens[0]))
                and not _name_goes_on_past_particle(tokens)
                and not (len(tokens) == 2 and _company_after_place(tokens[1]))
                and (link := (pats.after_link.search(text, max(0, start - 8), start)
                              or pats.portfolio_link.search(text, max(0, start - _PORTFOLIO_LINK_REACH), start)))
                and not institutions.place_noun_before(text, link.start())
                and not _city_after_article(link.group(), tokens[0])
                and not (tokens[1] not in first_names()
                         and ((len(tokens) == 2 and _speech_noun_before(text, link.start()))
                              or _team_word_before(text, link.start())))):
            start = text.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        # "Dassault Aviation Éric Trappier", "Mouvement 5 Étoiles Luigi Di Maio": a person's
        # name starts at a known first name; the capitalised words before it are something else.
        # (The one token is ``text[start:end]`` without white space: the elided article's apostrophe is in it.)
        if (len(tokens) == 1 and country_of_noun is not None and _may_elide(tokens[0], pats)
                and (by_nation := _elided_nationality(text, start, end, country_of_noun))):
            raw.append((by_nation.start, end, [by_nation.text], False))  # "L'Américain s'est montré…"
            continue
        cut = 0 if _month_first_name(text, start, tokens) else _first_name_at(tokens, pats.titles)
        nationality = None if cut or country_of_noun is None else _nationality_before_name(text, start, tokens, pats, country_of_noun)
        if nationality is not None:
            described.append(nationality)  # "le Danois": the person's nationality, bound to the name
            cut = 1
        if cut:
            start = text.index(tokens[cut], start + len(tokens[0]))
            tokens = tokens[cut:]
        initial = _sentence_start(text, start)
        if not initial:
            seen_inside.update(tokens)
        elif len(tokens) > 1 and _strip_apos(tokens[0]) in first_names():
            # "Christophe Castaner n'a pas mâché ses mots" opening a paragraph: a known first name
            # makes the words after it a name, so "Castaner" alone opening a headline is his.
            seen_inside.update(tokens[1:])
        raw.append((start, end, tokens, initial))
    inside_names = {" ".join(t) for _, _, t, initial in raw if not initial}
    # A lone first word of a sentence given an age ("Samia, 42 ans, …") is a first name, and so
    # is the same word opening another sentence ("Samia ne mâche pas ses mots").
    # So is one given its age by a verb ("Yorgos a 61 ans et il pêche…").
    seen_inside.update(t[0] for _, end, t, initial in raw if initial and len(t) == 1
                       and (age_after().match(text, end) or age_predicate().match(text, end, end + _AGE_REACH)))
    out = []
    for start, end, tokens, initial in raw:
        # A lone capitalised first word of a sentence ("Reprenant", "Conflit") is a name only
        # if the text also capitalises it elsewhere; "Bientôt Theresa May" is "Theresa May"
        # when the text names her so elsewhere (a known first name is no such word).
        if (initial and len(tokens) == 1 and tokens[0] not in seen_inside and not _first_name_then_comma(text, end, tokens[0])
                and not _first_name_then_clause(text, end, tokens[0])
                and _apposition_then_verb().match(text, end) is None
                and stressed_subject_after().match(text, end, end + _STRESSED_REACH) is None
                and not (is_publication is not None and _lone_publication_subject(text, start, end, is_publication))
                and not (not any(a in text[max(0, start - 1) : end] for a in _APOSTROPHES) and tokens[0].casefold() not in _pronoun_forms()
                         and _singular_cue_after(text, end))):
            continue
        if (initial and len(tokens) > 1 and tokens[0] not in seen_inside and " ".join(tokens[1:]) in inside_names
                and tokens[0] not in first_names() and not _is_acronym(tokens[0])
                and not (len(tokens) == 2 and tokens[1] in country_names())):
            # "Julien Moreau le sait", then "Moreau": a first name stays; so does an acronym, no
            # word a sentence opens with ("SOS Méditerranée" after "en Méditerranée"); so does a
            # word right before a country's bare name, which French writes with an article: an
            # organisation's national branch ("Caritas Indonésie" after "en Indonésie").
            start = text.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        if (initial and len(tokens) > 2 and tokens[1] in name_particles() and tokens[0] not in seen_inside
                and tokens[0] not in first_names() and tokens[0] not in pats.titles
                and (" ".join(tokens[2:]) in inside_names or tokens[2] in first_names())):
            # "Démission de Carrie Lam réclamée…": a headline's capitalised noun and its
            # complement, the name after the particle (a first name keeps "Charles de Gaulle").
            start = text.index(tokens[2], start + len(tokens[0]) + len(tokens[1]))
            tokens = tokens[2:]
        head = start
        if tokens[0] in pats.titles:
            if len(tokens) == 1:
                continue
            head = text.index(tokens[1], start + len(tokens[0]))
        if len(tokens) == 1 and (len(tokens[0]) < 2 or not any(map(str.isalpha, tokens[0]))):
            continue  # "prix Nobel 1987": a year left once the word before it went is no name
        if all(map(str.isupper, tokens)) and (len(tokens) > 1 or _letters(tokens[0]) > _ACRONYM_MAX):
            continue  # "LIRE AUSSI", "EN IMAGES": typographic shouting, not a name
        if head == start:
            # "d'Édouard Philippe": a first name glued to an elided preposition is the name's start.
            glued = _glued_first_name(text, start, pats)
            if glued is not None and (glued.group(1) in first_names() or institutions.place_noun_before(text, glued.start())
                                      or glued.group(1) in _names_set("organisation_prefixes")
                                      or len(tokens) == 1 and _is_acronym(tokens[0]) and _letters(tokens[0]) <= _ACRONYM_MAX
                                      and glued.group(1) not in pats.not_names
                                      or len(tokens) == 1 and tokens[0] in country_names()
                                      and glued.group(1) not in pats.not_names and glued.group(1) not in country_names()):
                # also "les rues d'El Alto": the place's name, whole; and "d'Amplitude FM",
                # "d'Orange SA": a word and the acronym after it name one station or company
                # (not a common noun: "la télévision d'Etat MRTV" names "MRTV"); "d'Unilever
                # France": a country after the word names the firm's national branch, as after a
                # space (Caritas Indonésie), not the country; "l'Olympique Lyonnais", "l'Equipe
                # Cousteau": a club's or a team's first word (organisation_prefixes) opens its name.
                start = head = glued.start(1)
        if text[end : end + 1] == "." and (domain := _web_domain().match(text, end)) is not None:
            end = domain.end()  # "Cybermalveillance.gouv.fr": the service's name holds its domain
        out.append(Mention(start, end, text[start:end], "name", None, None, None, False, None, "sg", head))  # by position (see Mention)
    return sorted([*out, *described], key=lambda m: m.start) if described else out


@cache
def _web_domain() -> regex.Pattern[str]:
    """Dotted lower-case words ending in a top-level domain of ``web_domains`` (``.gouv.fr``)."""
    domains = _raw_names().get("web_domains", ())
    if not domains:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?:\.\p{{Ll}}[\p{{Ll}}\d\-]*+)*?\.(?:{trie_alternation(domains)})(?![\p{{L}}\d])")


def _glued_inside(glued: tuple[int, ...], start: int, end: int) -> int | None:
    """The first of the sorted ``glued`` sentence starts strictly inside ``start``–``end``, or None."""
    k = bisect.bisect_right(glued, start)
    return glued[k] if k < len(glued) and glued[k] < end else None


def _edition_names(names: list[Mention], known: list[Mention]) -> list[Mention]:
    """The names, a year closing one kept only after a place of the registry: a city or a state
    and a year name an edition and its organisers (``Paris 2024``, ``Qatar 2022``), not the state;
    after any other name the year is no part of it (``prix Cervantes 2017``)."""
    places = {(m.start, m.end) for m in known if m.kind in _BODY_KINDS_OF_PLACES}
    out: list[Mention] = []
    for m in names:
        cut = m.end - 5
        if m.kind == "name" and cut > m.start and m.text[-5].isspace() and m.text[-4:].isdigit() and (m.start, cut) not in places:
            m = replace(m, end=cut, text=m.text[:-5])
        out.append(m)
    return out


_BODY_KINDS_OF_PLACES = frozenset({"metonym", "entity"})


def _past_known(text: str, names: list[Mention], known: list[Mention]) -> list[Mention]:
    """The names, each starting past a place or a role of the registry it swallowed when two
    capitalised words at least follow it (``le maire de Varsovie| Rafal Trzaskowski``, ``Le
    maire de Kiev| Vitali Klitschko``; ``Paris Saint-Germain`` stays one name)."""
    out = list(names)
    starts = [n.start for n in names]
    for j, m in enumerate(known):
        if m.kind not in _SWALLOWED_KINDS:
            continue
        # The names starting inside m (names are in text order): few, most often none.
        for k in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)):
            n = out[k]
            rest = _CAPITALISED_WORDS.match(text, m.end, n.end) if m.end < n.end else None
            if (rest is None or rest.end() != n.end) and m.kind != "role" and m.start == n.start and m.end < n.end:
                # "témoigne depuis Mogadiscio| Hassan": a known place (no first name itself) and
                # one known first name after it: the person is named there, not a longer name.
                rest = _ONE_CAPITALISED_WORD.match(text, m.end, n.end)
                if rest is not None and (not known_first_name(rest.group(1)) or known_first_name(m.text.split()[0])):
                    rest = None
            if rest is None or rest.end() != n.end:
                continue
            if not _company_after_place(rest.group(1)):
                start = rest.start(1)
                out[k] = Mention(start, n.end, text[start : n.end], "name", None, None, None, False, None, "sg", max(start, n.head_start))
            elif m.kind == "role" and n.start > m.start and (link := _LINK_BEFORE_PLACE.search(text, m.start, n.start)) is not None:
                # "un porte-parole de| Tokyo Electric Power": the role ends before the company's
                # complement link, the company its complement, no place of its own.
                known[j] = replace(m, end=link.start(), text=text[m.start : link.start()], complement_id=None)
    return out


# A complement link (and the spaces around it) right before a place a company's name opens with.
_LINK_BEFORE_PLACE = regex.compile(r"[ \u00a0]++(?:de|du|des|à|au)[ \u00a0]++$|[ \u00a0]++d['’]$")


def _company_after_place(rest: str) -> bool:
    """Whether ``rest``, the capitalised words after a place, ends with one of
    ``organisation_suffixes`` and opens with no known first name: a company named after its city
    (``un porte-parole de Tokyo Electric Power``, ``Singapore Airlines``), one name with the place,
    never the holder of a role of that place (``le maire de Tokyo Yuriko X``)."""
    words = rest.split()
    return words[-1] in _names_set("organisation_suffixes") and not known_first_name(words[0])


# Registry mentions a name may swallow at its start.
_SWALLOWED_KINDS = frozenset({"metonym", "entity", "role"})
# Two capitalised words or more, after spaces (what remains of a name past a place).
# One capitalised word, after spaces (a first name right after a known place).
_ONE_CAPITALISED_WORD = regex.compile(r"[ \u00a0]++(\p{Lu}[\p{L}\-'’]*+)")
_CAPITALISED_WORDS = regex.compile(r"[ \u00a0]++(\p{Lu}[\p{L}\-'’]*+(?:[ \u00a0]++\p{Lu}[\p{L}\-'’]*+)++)")


# Characters before a name read for a first name glued to an elided preposition.
_GLUED_REACH = 30


_CAPITAL = regex.compile(r"\p{Lu}")


def _name_spans(text: str, pats: _Patterns, country_of_noun: Callable[[str], str | None] | None) -> Iterator[tuple[int, int]]:
    """The spans of :func:`_name_matches`; one that runs over a definite article, a nationality
    noun and a capitalised word (``à Jeune Afrique le Malien Seyni X``) is two: what the article
    ends (a publication, a place) and the described person's name from the noun on."""
    articles = _definite_words()
    for m in _name_matches(text, pats):
        start, end = m.span()
        if country_of_noun is not None and (" le " in m.group() or " la " in m.group()):
            tokens = m.group().split()
            for k in range(1, len(tokens) - 2):
                if tokens[k] in articles and tokens[k + 2][:1].isupper() and country_of_noun(tokens[k + 1]) is not None:
                    cut = start + m.group().index(f" {tokens[k]} {tokens[k + 1]} ")
                    yield start, cut
                    start = cut + len(tokens[k]) + 2
                    break
        yield start, end


@cache
def _definite_words() -> frozenset[str]:
    """The definite determiners of ``names.json`` written as words of their own (``le``, ``la``)."""
    return frozenset(d for d in _raw_names()["definite_determiners"] if d[-1:].isalpha())


def _name_matches(text: str, pats: _Patterns) -> Iterator[re.Match[str] | regex.Match[str]]:
    """What ``pats.name.finditer(text)`` yields, the pattern tried only where a name can start
    (by the standard engine when the text is all in the Basic Multilingual Plane)."""
    name, capital = (pats.name_bmp, pats.capital_bmp) if lexicon.in_bmp(text) else (pats.name, _CAPITAL)
    if pats.name_prefixes is None:
        yield from name.finditer(text)
        return
    starts = [c.start() for c in capital.finditer(text)]
    extra = _hyphen_prefix_starts(text, pats.name_prefixes)
    if extra:
        starts = sorted({*starts, *extra})
    match = name.match
    done = 0
    for i in starts:
        if i >= done and (m := match(text, i)) is not None:
            done = m.end()
            yield m


def _hyphen_prefix_starts(text: str, prefixes: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``prefixes``, each ending with a hyphen, stands in ``text``: read
    at the text's hyphens (a few a paragraph), not by one search of the whole text a prefix."""
    if not prefixes:
        return []
    longest = max(map(len, prefixes))
    out: list[int] = []
    h = text.find("-")
    while h >= 0:
        window = text[h + 1 - longest if h + 1 > longest else 0 : h + 1]
        if window.endswith(prefixes):
            out.extend(h + 1 - len(p) for p in prefixes if window.endswith(p))
        h = text.find("-", h + 1)
    return out


# A lowercase word left at the head of a name (a particle: "de Courcelles"), unless it is a
# hyphenated prefix of the name itself ("al-Assad").
_HANGING_PARTICLE = regex.compile(r"\p{Ll}(?![\p{L}]*+-\p{Lu})")


@cache
def name_particles() -> frozenset[str]:
    """Lower-case particles inside a name (``de``, ``van``): after a capitalised noun opening a
    headline, the complement link before a name."""
    return frozenset(p for p in _raw_names()["name_particles"] if p[-1:].isalpha())


@cache
def _elided_particles() -> tuple[str, ...]:
    """The elided particles (``d'``), with either apostrophe."""
    elided = [p[:-1] for p in _raw_names()["name_particles"] if p.endswith(("'", "’"))]
    return tuple(f"{p}{a}" for p in elided for a in _APOSTROPHES)


def _name_goes_on_past_particle(tokens: list[str]) -> bool:
    """Whether the third word of ``tokens`` is a particle or glued to an elided one while the second
    is no known first name (``Security Lab d'Amnesty International``, ``Citizen Lab de Toronto``):
    the first two words are one name with its complement, no institution's last word before a
    person's name (``de l'Intérieur Matteo Salvini``)."""
    return (len(tokens) > 2 and _strip_apos(tokens[1]) not in first_names()
            and (tokens[2] in name_particles() or tokens[2].startswith(_elided_particles())))


def _hanging_particle(tok: str) -> bool:
    r"""``_HANGING_PARTICLE`` at the start of ``tok``, tried only on a lower-case first letter
    (every ``\p{Ll}`` letter is ``islower``)."""
    return tok[:1].islower() and _HANGING_PARTICLE.match(tok) is not None


def _is_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.isupper()


def _letters(tok: str) -> int:
    """The length of ``tok`` without the periods of a dotted acronym (``U.N.F.P.``: 4)."""
    return len(tok) - tok.count(".") if "." in tok else len(tok)


def _strip_apos(tok: str) -> str:
    return tok.replace("’", "'")


def _pronouns(text: str, pats: _Patterns) -> list[Mention]:
    out = []
    for m in _pronoun_matches(text, pats):
        if m.group().lower() in pats.impersonal_pronouns and (
                pats.impersonal.match(text, m.end()) or impersonal_judgement().match(text, m.end())):
            continue  # "il faut", "il y a", "il s'agit", "il est « très probable » que": nobody
        gender, number, kind = pats.pronoun_info.get(m.group().replace("’", "'").lower(), ("m", "sg", "pronoun"))
        if kind in ("anaphor", "former") and _noun_follows(text, m.end()):
            continue  # "le premier secrétaire", "ce dernier rapport": a determiner, no anaphor
        if kind == "anaphor" and m.group()[:1].isupper() and " " in m.group() and m.group().rsplit(None, 1)[-1].lower() in names_data()["subject_relatives"]:
            continue  # "Celui qui a fait X dénonce …": a headless relative opening its sentence takes back nobody
        out.append(Mention(m.start(), m.end(), m.group(), kind, gender=gender, number=number, head_start=m.start()))
    return out


_NEXT_WORD = regex.compile(r"[ \u00a0]++(\p{Ll}[\p{L}'’\-]*+)")
_NEXT_CAPITAL = regex.compile(r"[ \u00a0]++\p{Lu}\p{Ll}")


def _noun_follows(text: str, end: int) -> bool:
    """Whether a lower-case word that cannot go on a verb group (a noun: « le premier
    secrétaire ») follows ``end``, or a capitalised one, the rest of a name (« la Première
    Guerre mondiale », « le Premier Empire »)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return _NEXT_CAPITAL.match(text, end) is not None
    word = m.group(1).lower().replace("’", "'")
    # "l'intéressé s'en amuse": an elided clitic glued to the next word opens a verb group.
    elided = word[: word.find("'") + 1] if "'" in word else word
    return not ({word, elided} & cues.CueLexicon.default().verb_group_words())


@dataclass(frozen=True, slots=True)
class _PronounWords:
    """The words of a text (``lexicon.words``) at which a pronoun form (``il``, ``ce dernier``,
    ``celui-ci``, ``les deux dirigeants``) may start, each word in every case ``(?i)`` admits.

    A form's letter runs are whole words of the text (its separators are no word characters),
    unless a digit or an underscore is glued to one of them: ``risky`` finds such a run in a word.
    """

    alone: frozenset[str]
    """Spellings of the words that are a form on their own (``il``)."""
    pairs: dict[str, frozenset[str]]
    """Spelling of a form's second word → spellings of the first words it may follow (``dernier`` → ``ce``)."""
    walked: frozenset[str]
    """``alone`` and the keys of ``pairs``: the words whose every occurrence is looked at."""
    risky: regex.Pattern[str]


_LETTER_RUN = regex.compile(r"\p{L}++")


@cache
def _pronoun_words(forms: tuple[str, ...]) -> _PronounWords | None:
    """The index of ``forms``; ``None`` when a form is not made of letter runs between non-word
    characters, or has too many spellings (the text is then scanned whole)."""
    runs = [_LETTER_RUN.findall(f) for f in forms]
    if any(not r or lexicon.WORD.findall(f) != r for f, r in zip(forms, runs, strict=True)):
        return None
    spell = lexicon.spellings_of({w for r in runs for w in r[:2]})
    if any(v is None for v in spell.values()):
        return None
    alone = frozenset(x for r in runs if len(r) == 1 for x in spell[r[0]] or ())
    pairs: dict[str, set[str]] = {}
    for r in runs:
        if len(r) > 1:
            for second in spell[r[1]] or ():
                pairs.setdefault(second, set()).update(spell[r[0]] or ())
    every_run = trie_alternation({w for r in runs for w in r})
    return _PronounWords(
        alone, {k: frozenset(v) for k, v in pairs.items()}, alone | frozenset(pairs),
        regex.compile(rf"(?i)(?<!\p{{L}})(?:{every_run})(?!\p{{L}})"),
    )


def _pronoun_matches(text: str, pats: _Patterns) -> Iterator[regex.Match[str]]:
    """What ``pats.pronoun.finditer(text)`` yields, the pattern tried only where a form may start.

    Every occurrence of a word that is a form on its own, or may be a form's second word, is
    found in order (``lexicon.token_at``); a form of several words starts at the word before
    its second one. A word with digits glued to a form's run (``il2``) sends the text to the full scan.
    """
    index = _pronoun_words(pats.pronoun_forms)
    words = lexicon.words(text)
    if index is None or any(map(index.risky.search, filterfalse(str.isdigit, filterfalse(str.isalpha, words)))):
        yield from pats.pronoun.finditer(text)
        return
    match, alone, pairs = pats.pronoun.match, index.alone, index.pairs
    pos = done = 0
    for j in compress(count(), map(index.walked.__contains__, words)):
        word = words[j]
        i = lexicon.token_at(text, word, pos)
        pos = i + len(word)
        firsts = pairs.get(word)
        if firsts is not None and j > 0 and words[j - 1] in firsts:
            # The first word is the last occurrence of its text before this one: no word
            # character lies between them.
            start = text.rfind(words[j - 1], 0, i)
            if start >= done and (m := match(text, start)) is not None:
                done = m.end()
                yield m
        if word in alone and i >= done and (m := match(text, i)) is not None:
            done = m.end()
            yield m


# "(CNRI)", found from its opening parenthesis (a literal: the engine finds it fast); the
# spaces before it belong to the match, as in ``[ \u00a0]*+\((…)\)`` (see _acronyms_in_parens).
# Two acronyms joined by a hyphen are one: « (CNDD-FDD) », « (M5-RFP) »; a short lower-case
# qualifier may follow it after a comma: « (MSP, islamiste) », « (RCD, opposition laïque) ».
# An acronym read as a word is written with its initial capital only (« (Afsca) », « (Unesco) »):
# its letters, upper-cased, must spell the name before it all the same (see _spells).
_ACRONYM_IN_PARENS = regex.compile(r"\((\p{Lu}[\p{Lu}\d&]{1,9}+(?:-[\p{Lu}\d]{1,9}+)?|\p{Lu}\p{Ll}{2,7}+)(?:,[ \u00a0]++\p{Ll}[^()\n,;]{0,30}+)?\)")
_PAREN_SPACES = " \u00a0"
_NAME_WORD = regex.compile(r"[\p{L}\d][\p{L}\d\-]*+")
# Characters before "(ACRONYM)" read for the organisation's full name, and its most words.
_ORG_REACH = 90
_ORG_WORDS = 9
# A longer name, read only when none of those words opens it, opens right after its article.
_ORG_LONG_WORDS = 12
_LONG_NAME_ARTICLE = regex.compile(r"(?:^|[^\p{L}])(?:\p{L}{1,3}+[ \u00a0]|\p{L}['’])$")
_LONG_NAME_ARTICLE_REACH = 5
# A name with coordinated complements (``…, de la formation et de la recherche (DEFR)``) is longer.
_ORG_COORDINATED_REACH = 130
_ORG_COORDINATED_WORDS = 18


def _acronym_organisations(text: str, taken: list[tuple[int, int, str]]) -> list[Mention]:
    """``le Conseil national de la résistance iranienne (CNRI)``: a capitalised name spelled out
    before its acronym is an organisation, whatever its case inside. A shorter known name that
    only begins it (``le Front national| pour la défense de la Constitution (FNDC)``), or a
    place inside it (``du Congo``), does not keep it from being one (:func:`_runs_on`)."""
    out: list[Mention] = []
    spans = sorted(taken)
    starts = [a for a, _, _ in spans]
    reach: list[int] = []  # the furthest end among the first k spans
    far = -1
    for _, b, _ in spans:
        far = far if far >= b else b
        reach.append(far)
    for end, letters in _acronyms_in_parens(text):
        window = text[end - _ORG_REACH if end > _ORG_REACH else 0 : end]
        words = list(_NAME_WORD.finditer(window))[-_ORG_WORDS:]
        acronym = [c for c in letters if c.isalpha()]
        n = len(out)
        for i, w in enumerate(words):
            start = end - len(window) + w.start()
            between = text[start:end]
            if w.group()[0] != acronym[0] or any(c in between for c in _ORG_STOPS):
                continue
            if _spells(acronym, [x.group() for x in words[i:]]) and not _overlaps(starts, reach, start, end):
                out.append(Mention(start, end, between, "organisation", head_start=start))
            elif (start := _runs_on(text, spans, starts, reach, end, acronym, words, end - len(window))) >= 0:
                out.append(Mention(start, end, text[start:end], "organisation", head_start=start))
            break
        if len(out) == n and not any(w.group()[0] == acronym[0] for w in words) \
                and (found := _long_organisation(text, end, acronym, window)) is not None \
                and not _overlaps(starts, reach, found.start, end):
            out.append(found)
        if (len(out) == n and "," in window and (found := _coordinated_organisation(text, end, acronym)) is not None
                and not _overlaps(starts, reach, found.start, end)):
            out.append(found)
    return out


def _long_organisation(text: str, end: int, acronym: list[str], window: str) -> Mention | None:
    """``un chercheur du Groupe de recherche et d'information sur la paix et la sécurité (GRIP)``:
    a name of more than ``_ORG_WORDS`` words spelled out before its acronym, every letter spelled,
    opening right after its article or contracted link (not ``a estimé Gilles X du Groupe …``)."""
    words = list(_NAME_WORD.finditer(window))
    offset = end - len(window)
    for i in range(len(words) - _ORG_WORDS - 1, max(-1, len(words) - _ORG_LONG_WORDS - 1), -1):
        w = words[i]
        start = offset + w.start()
        if w.group()[0] != acronym[0] or any(c in text[start:end] for c in _ORG_STOPS):
            continue
        if _LONG_NAME_ARTICLE.search(text[max(0, start - _LONG_NAME_ARTICLE_REACH) : start]) is None:
            return None
        if _spells(acronym, [x.group() for x in words[i:]], 0):
            return Mention(start, end, text[start:end], "organisation", head_start=start)
        return None
    return None


@cache
def _coordinated_link() -> regex.Pattern[str]:
    """A comma, then a complement link of ``names.json`` (``, de la``, ``, des``): the next of a
    name's coordinated complements, no end of the name."""
    links, _ = institutions.complement_links()
    return regex.compile(rf",[ \u00a0]++(?=(?:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]))")


def _coordinated_organisation(text: str, end: int, acronym: list[str]) -> Mention | None:
    """``le Département fédéral de l'économie, de la formation et de la recherche (DEFR)``: a
    name spelled out before its acronym whose complements are coordinated, a comma before each
    link but the last; read over a longer window than a name of one complement, its commas
    before a link no stop."""
    window = text[max(0, end - _ORG_COORDINATED_REACH) : end]
    offset = end - len(window)
    words = list(_NAME_WORD.finditer(window))[-_ORG_COORDINATED_WORDS:]
    commas = {c.start() for c in _coordinated_link().finditer(window)}
    if not commas:
        return None
    for i, w in enumerate(words):
        if w.group()[0] != acronym[0]:
            continue
        inside = window[w.start() :]
        if any(c in inside for c in _ORG_STOPS if c != ",") or inside.count(",") != sum(1 for c in commas if c > w.start()):
            continue
        if _spells(acronym, [x.group() for x in words[i:]]):
            start = offset + w.start()
            return Mention(start, end, text[start:end], "organisation", head_start=start)
        return None
    return None


def _acronym_qualified(text: str, found: list[Mention]) -> list[Mention]:
    """``L'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes``: a name right after the
    acronym in brackets of an organisation spelled out before it, a space apart, says which
    branch of it speaks, and is no speaker of its own (the organisation is the subject); not one
    opening with a known first name (``… de l'Organisation des Nations unies (ONU) António X``)."""
    drop: set[int] = set()
    for i in range(2, len(found)):
        org, acronym, m = found[i - 2], found[i - 1], found[i]
        if (m.kind == "name" and m.entity_id is None and org.kind == "organisation" and acronym.kind == "name"
                and text[org.end : acronym.start].strip(_PAREN_SPACES) == "("
                and text[acronym.end : m.start] in (") ", ")\u00a0")
                and m.text.split()[0] not in first_names()):
            drop.add(i)
    return [m for i, m in enumerate(found) if i not in drop] if drop else found


# What no organisation's name spelled out before its acronym holds.
_ORG_STOPS = ".,;:!?()«»\"\n"
# An elided or short article before a name: « l'|Union », « le |Front ».
_ARTICLE_BEFORE = regex.compile(r"\p{L}{1,3}+['’ \u00a0]")
_ARTICLE_REACH = 4
# A lower-case word running on after a known name: « Front national| pour ».
_RUNS_ON = regex.compile(r"[ \u00a0]++\p{Ll}")
_RUNS_ON_REACH = 8
_BODY_KINDS = frozenset({"entity", "organisation"})


def _runs_on(text: str, spans: list[tuple[int, int, str]], starts: list[int], reach: list[int], end: int,
             acronym: list[str], words: list[regex.Match[str]], offset: int) -> int:
    """The start of the longer name a known one only begins, spelled out in full up to its acronym
    (``Front national pour la défense de la Constitution (FNDC)``, ``Mouvement pour la libération
    du Congo (MLC)``), else -1. Its start is the last capitalised word whose name spells every
    letter; the known names inside it lie wholly within it (an article before the first one
    aside), the one it starts with is a body's, run on by a lower-case word, none is all of it."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        start: int = offset + w.start()
        if any(c in text[start:end] for c in _ORG_STOPS):
            return -1
        if w.group()[0] != acronym[0] or not _spells(acronym, [x.group() for x in words[i:]], 0):
            continue
        k = bisect.bisect_left(starts, end)
        j = k - 1
        while j >= 0 and reach[j] > start - _ARTICLE_REACH:
            a, b, kind = spans[j]
            j -= 1
            if b <= start - _ARTICLE_REACH or (b <= start and a < start):
                continue
            head = a <= start
            if b > end or (a < start and _ARTICLE_BEFORE.fullmatch(text, a, start) is None):
                return -1
            if head and (kind not in _BODY_KINDS or b >= end or _RUNS_ON.match(text, b, b + _RUNS_ON_REACH) is None):
                return -1
        return start
    return -1


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """``any(a < end and start < b for a, b in taken)`` by bisection over the spans sorted by
    start (``starts``) and the running furthest end among the first k (``reach``)."""
    k = bisect.bisect_left(starts, end)
    return k > 0 and reach[k - 1] > start


def _acronyms_in_parens(text: str) -> Iterator[tuple[int, str]]:
    """(start, acronym) of each match of ``[ \\u00a0]*+`` and ``_ACRONYM_IN_PARENS`` in ``text``.

    A match starts where the run of spaces before its parenthesis starts, never before the
    previous match's end: what that pattern's own scan finds, without trying every position.
    """
    done = 0
    for m in _ACRONYM_IN_PARENS.finditer(text):
        start = m.start()
        while start > done and text[start - 1] in _PAREN_SPACES:
            start -= 1
        yield start, m.group(1).upper()
        done = m.end()


_ELIDED_PREFIX = regex.compile(r"^\p{L}['’]")


def _initials(word: str) -> list[str]:
    """The initial of ``word``, upper-cased, then that of each capitalised part after a hyphen."""
    return [word[:1].upper(), *(p[0] for p in word.split("-")[1:] if p[:1].isupper())]


def _spells(acronym: list[str], words: list[str], missing: int = 1) -> bool:
    """Whether the words' initials (after an elided article) give the acronym's letters in order, ``missing`` may be missing.
    A capitalised part after a hyphen has its initial too: « juin-|Rassemblement », « démocratie-|Forces ».
    A letter missing anywhere skips that letter only (« Groupe d'information et de soutien des
    immigrés (Gisti) », a word the name has dropped since); an acronym read as a word may take
    the letters after an initial too (« Fédération nationale … (Fenvac) »: :func:`_spells_syllables`)."""
    initials = [c for w in words for c in _initials(_ELIDED_PREFIX.sub("", w))]
    found, k = 0, 0
    for letter in acronym:
        j = k
        while j < len(initials) and initials[j] != letter:
            j += 1
        if j < len(initials):
            found += 1
            k = j + 1
    return found >= len(acronym) - missing or _spells_syllables(acronym, words, missing)


def _spells_syllables(acronym: list[str], words: list[str], missing: int) -> bool:
    """Whether the acronym spells the words by their initials and the letters right after an
    initial it has just taken (« FEdération Nationale des Victimes d'Attentats et d'accidents
    Collectifs (Fenvac) »), ``missing`` letters may be missing; read only when the initials alone fail."""
    bare = [unaccented(_ELIDED_PREFIX.sub("", w)).upper() for w in words]
    found, w, pos = 0, 0, 0  # the word after the last one taken from, and the next letter in it
    for letter in acronym:
        if w > 0 and pos and pos < len(bare[w - 1]) and bare[w - 1][pos] == letter:
            found += 1
            pos += 1
            continue
        j = w
        while j < len(bare) and bare[j][:1] != letter:
            j += 1
        if j < len(bare):
            found += 1
            w, pos = j + 1, 1
        else:
            pos = 0
    return found >= len(acronym) - missing


def unaccented(word: str) -> str:
    """``word`` without its accents (« Fédération » → « Federation »)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# "Washington | Donald Trump a…", "MOSCOU (AFP) - …": a place opening its paragraph, then a dash or bar.
_DATELINE_AFTER = regex.compile(r"[ \u00a0]*+(?:\([^()\n]{1,20}+\)[ \u00a0]*+)?[|—–\-][ \u00a0]")
_LINE_START = regex.compile(r"(?:^|\n)[ \t\u00a0]*+$")
# What _DATELINE_AFTER needs first (plain characters: the standard engine finds them faster).
_DATELINE_MARK = re.compile(r"[ \u00a0]*[(|—–\-]")


def _is_dateline(text: str, m: Mention) -> bool:
    """A mention that is the dateline of its paragraph: a place, never a subject."""
    # Only spaces, a parenthesis, a bar or a dash may follow a dateline: most mentions fail here.
    if _DATELINE_MARK.match(text, m.end) is None:
        return False
    return bool(_DATELINE_AFTER.match(text, m.end)) and bool(_LINE_START.search(text, max(0, m.start - 8), m.start))


def _emphatic(text: str, m: Mention) -> bool:
    """A pronoun set off by commas (``Le Quai d'Orsay, lui, juge``): it stresses the noun before."""
    if m.kind != "pronoun":
        return False
    before = text[max(0, m.start - 3) : m.start].rstrip(" \u00a0\u202f")
    after = text[m.end : m.end + 3].lstrip(" \u00a0\u202f")
    return before.endswith(",") and after.startswith(",")


def _merge(found: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions in text order: of two that overlap, the longer wins
    (at equal length the earlier source, the registry, which is listed first)."""
    # Sorted on plain tuples (their index breaks every tie): no key function called per mention.
    ranked = sorted([(m.start, m.start - m.end, k) for k, m in enumerate(found)])
    keep: list[Mention] = []
    for m in [found[k] for _, _, k in ranked]:
        if keep and m.start < keep[-1].end:
            if m.end - m.start > keep[-1].end - keep[-1].start:
                keep[-1] = m
            elif m.kind == "group" and keep[-1].kind == "role" and (m.start, m.end) == (keep[-1].start, keep[-1].end):
                # "les deux dirigeants": a counted group (pronouns.json) stands for the persons named
                # before it; the role phrase read over the same words (its cardinal a premodifier) yields.
                keep[-1] = m
            elif _role_complement_named(keep[-1], m):
                # "un porte-parole de Police Scotland": the role's complement ("de police") is
                # the first word of a body's proper name, which the role phrase takes whole.
                role = keep[-1]
                keep[-1] = replace(role, end=m.end, text=role.text + m.text[role.end - m.start :])
            continue
        keep.append(m)
    return keep


def _role_complement_named(role: Mention, name: Mention) -> bool:
    """Whether ``name`` starts on the capitalised last word of the role phrase ``role`` (its
    complement) and goes on past it: that word opens a proper name, not the role's common noun."""
    return (role.kind == "role" and name.kind == "name" and role.head_start < name.start
            and role.end < name.end and name.text[:1].isupper()
            and role.text[name.start - role.start : name.start - role.start + 1].isupper())


def _national_branches(text: str, found: list[Mention], registry: Any) -> list[Mention]:
    """``Greenpeace France``, ``MSF Belgique``: an organisation's name glued to a country's
    capitalised name is its national branch, one mention, no country speaking."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and m.kind == "entity" and prev.kind == "entity" and m.text[:1].isupper()
                and text[prev.end : m.start] == " " and _entity_type(registry, m) == "state"
                and _entity_type(registry, prev) == "organisation"):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], prev.kind, prev.entity_id, prev.role,
                              prev.country, prev.after_preposition, prev.gender, prev.number, prev.head_start)
            continue
        if prev is not None and _country_led_organisation(text, prev, m, registry):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "organisation", None, None, None,
                              prev.after_preposition, None, "sg", prev.start)
            continue
        out.append(m)
    return out


def _country_led_organisation(text: str, prev: Mention, m: Mention, registry: Any) -> bool:
    """``l'ONG Iran Human Rights``: a country's name glued to a capitalised name, right after a
    definite organisation noun, opens that organisation's name (no country speaking)."""
    if m.kind != "name" or prev.kind != "entity" or text[prev.end : m.start] != " ":
        return False
    lead = max(0, prev.start - 30)
    if not _organisation_noun_tails().may_end(text[lead : prev.start]):
        return False
    return _entity_type(registry, prev) == "state" and _organisation_before().search(text, lead, prev.start) is not None


# A capitalised word and one or more lower-case words, right before a country's name:
# ``Affaires mondiales |Canada``, ``Amnistie internationale |Canada``.
_BRANCH_BEFORE = regex.compile(
    r"(?:^|(?<=[\s'’(«\"\u2019]))(\p{Lu}[\p{L}\-]*+)((?:[ \u00a0]\p{Ll}[\p{Ll}\-]*+){1,3})[ \u00a0]$")
# Characters before a country's name read for such a name.
_BRANCH_REACH = 60


def _adjective_branches(text: str, found: list[Mention], registry: Any, pats: _Patterns) -> list[Mention]:
    """``Affaires mondiales Canada``, ``Amnistie internationale Canada``: a capitalised noun and
    its adjectives glued to a country's capitalised name, with no article, is a body's name (a
    national branch or a department named after the country), one organisation, no country
    speaking. The words between must all read as adjectives (``institutions.is_adjective``), so a
    verb never joins (``Washington soutient Israël``)."""
    out: list[Mention] = []
    for m in found:
        if m.kind == "entity" and m.text[:1].isupper() and _entity_type(registry, m) == "state":
            lo = max(0, m.start - _BRANCH_REACH)
            hit = _BRANCH_BEFORE.search(text[lo : m.start])
            if (hit is not None and _strip_apos(hit.group(1)) not in pats.not_names
                    and hit.group(1) not in first_names() and hit.group(1) not in pats.titles
                    and all(institutions.is_adjective(w) for w in hit.group(2).split())):
                start = lo + hit.start(1)
                while out and out[-1].end > start:
                    if out[-1].start < start:
                        break
                    out.pop()
                else:
                    out.append(Mention(start, m.end, text[start : m.end], "organisation", None, None, None,
                                       m.after_preposition, None, "sg", start))
                    continue
        out.append(m)
    return out


def _entity_type(registry: Any, m: Mention) -> str | None:
    """The registry type of the entity ``m`` names, if any."""
    entity = registry.get(m.entity_id) if m.entity_id else None
    return getattr(entity, "type", None)


# "de", "l'Ouest", "3" (France 3; not a score: la France 2-1)
_TRAILING_WORDS = regex.compile(r"\G[ \u00a0]++(?:\p{Ll}[\p{L}\-]*+(?:['’]\p{L}[\p{L}\-]*+)?|\d++(?![\p{L}\d\-–]|[.,]\d))")
# Most words a publication's name has (Le Journal du dimanche): prefixes tried, no more.
_PUBLICATION_WORDS = 5


# Characters before a name read for a publication noun announcing it.
_ANNOUNCE_REACH = 40


def _announced_publication(text: str, m: Mention, pats: _Patterns) -> Mention:
    """``le quotidien allemand Handelsblatt``, ``Radio Rythme Bleu``: a name a publication noun
    announces, or one opened by a capitalised one (``publication_heads``), is a publication.

    The noun ends one of the last three words before the name (two adjectives may follow it),
    so the pattern is searched only when one of them ends like a publication noun.
    """
    words = m.text.split(maxsplit=1)
    if len(words) > 1 and words[0] in _names_set("publication_heads"):
        # "Radio Rythme Bleu": a name opened by a publication noun is a publication.
        return Mention(m.start, m.end, m.text, "publication", after_preposition=m.after_preposition, head_start=m.start)
    lead = m.start - _ANNOUNCE_REACH if m.start > _ANNOUNCE_REACH else 0
    ends = _publication_noun_ends()
    if ends is not None:
        size, spellings = ends
        if spellings.isdisjoint([w[-size:] for w in text[lead : m.start].rsplit(None, 3)[-3:]]):
            return m
    if pats.publication_before.search(text, lead, m.start) is None:
        return m
    if age_after().match(text, m.end) is not None:
        # "confie au journal Frankie, 41 ans": an age set off after the name makes it a person's,
        # someone the paper quotes, never the paper's title (papers have no age).
        return m
    if len(words) > 1 and known_first_name(words[0]):
        # "l'historienne de la télévision Claire X", "a confié à notre journal Lucie X": a known
        # first name and a surname no gazetteer knows as a title (_as_publication has read the
        # known ones) are a person's, the noun the field or the outlet they speak in or to.
        return m
    return Mention(m.start, m.end, m.text, "publication", after_preposition=m.after_preposition, head_start=m.start)


# Most lower-case words an organisation's name runs on past its capitalised first word.
_ORGANISATION_TAIL_MAX = 4
_LOWER_WORD = regex.compile(r"[ \u00a0]++(\p{Ll}[\p{L}\-]*+(?:['’](?=\p{L}))?)")
_TAIL_END = regex.compile(r"[ \u00a0]*+(?:[,.;:!?()«»\"“”\n]|$)")


@cache
def _organisation_before() -> regex.Pattern[str]:
    """A definite organisation noun of ``names.json`` ending the searched window, then a space
    (``l'association |``, ``le collectif |``)."""
    raw = _raw_names()
    definite = [d for d in raw["definite_determiners"]]
    return regex.compile(
        rf"(?i)(?<!\p{{L}})(?:{trie_alternation(definite)})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?:{trie_alternation(raw.get('organisation_nouns', ()))})[ \u00a0]++$"
    )


@cache
def _organisation_noun_tails() -> _Tails:
    """What every match of :func:`_organisation_before` ends with: one of ``organisation_nouns``
    (the window before most names ends with none, and is then not searched)."""
    return _tails(tuple(_raw_names().get("organisation_nouns", ())))


@cache
def _tail_stops() -> tuple[frozenset[str], frozenset[str]]:
    """Words that end an organisation's name as a verb group or a relative opens (the
    auxiliaries, the one-word forms of reporting verbs, relative pronouns, coordinators), and
    words that show the name ended earlier (prepositions that are no complement link, adverbs)."""
    raw = _raw_names()
    verbs = set(cues.verb_words()) | set(cues.CueLexicon.default().single_word_forms())
    verbs |= set(raw["relative_pronouns"]) | set(raw["coordinators"])
    links = {w for link in raw["complement_links"] for w in link.split()}
    others = (set(raw["prepositions"]) - links) | set(cues.cue_adverbs())
    return frozenset(verbs), frozenset(others)


# The word right before a complement link, and how far back it is looked for.
_WORD_BEFORE_LINK = regex.compile(r"(\p{L}[\p{L}\-]*+)[ \u00a0]*+$")
_WORD_BEFORE_LINK_REACH = 30


@cache
def _speech_or_text_nouns() -> frozenset[str]:
    """The one-word nouns of speech (``detection.json`` ``speech_nouns``: appel, message) and of
    a statement's text (``names.json`` ``text_nouns``: communiqué, lettre), lower case."""
    words = [*lexicon.read_json("detection.json").get("speech_nouns", ()), *_raw_names()["text_nouns"]]
    return frozenset(w.lower() for w in words if " " not in w)


def _speech_noun_before(text: str, link: int) -> bool:
    """Whether a noun of speech or of a text stands right before the complement link at ``link``
    (``un appel du| Bugaled Breizh``, ``un communiqué du| Crédit Mutuel``): the two capitalised
    words after it name whoever spoke or wrote, one name; no role's portfolio opens them
    (``le ministre de l'Intérieur Salvini``)."""
    word = _WORD_BEFORE_LINK.search(text, max(0, link - _WORD_BEFORE_LINK_REACH), link)
    return word is not None and word.group(1).lower() in _speech_or_text_nouns()


def _acronym_opens_organisation(text: str, start: int, tokens: list[str]) -> bool:
    """Whether the acronym ``tokens[0]``, opening a name at ``start``, opens an organisation's
    name that a definite organisation noun announces right before it (``l'association SOS
    Bugaled Breizh``, ``l'association ATD Quart Monde``) or that a team's member or staff noun
    governs (``le coureur d'UAE Team Emirates``): the name is the organisation's whole,
    not a person's the acronym's body precedes (``l'ONU Vassily X``: a known first name after it)."""
    if tokens[1] in first_names():
        return False
    lead = start - 30 if start > 30 else 0
    if tokens[1][:1].isupper() and _team_noun_before(text, start):
        return True  # "d'UAE Team Emirates"; not "du XV de France", read as before
    return _organisation_noun_tails().may_end(text[lead:start]) and _organisation_before().search(text, lead, start) is not None


@cache
def _team_link_nouns() -> frozenset[str]:
    """``team_nouns`` and ``staff_nouns`` of ``names.json``, lower case: a team's members and
    staff, whose complement is the team's whole name."""
    raw = _raw_names()
    return frozenset(w.lower() for w in (*raw.get("team_nouns", ()), *raw.get("staff_nouns", ())))


def _team_noun_before(text: str, start: int) -> bool:
    """Whether a team's member or staff noun (``_team_link_nouns``) and a complement link stand
    right before ``start`` (``le coureur d'|Ineos Grenadiers``, ``un membre de l'encadrement
    d'|UAE Team Emirates``): the capitalised words after it name the team, one name; no role's
    portfolio opens them (``le ministre de l'Intérieur Salvini``)."""
    if start < 3 or text[start - 1] not in "'’  ":
        return False
    link = _patterns().after_link.search(text, max(0, start - 8), start)
    return link is not None and _team_word_before(text, link.start())


def _team_word_before(text: str, link: int) -> bool:
    """Whether one of ``_team_link_nouns`` stands right before the complement link at ``link``."""
    word = _WORD_BEFORE_LINK.search(text, max(0, link - _WORD_BEFORE_LINK_REACH), link)
    return word is not None and word.group(1).lower() in _team_link_nouns()


def _announced_organisation(text: str, m: Mention) -> Mention:
    """``l'association Sortir du nucléaire``, ``le collectif Nous toutes``: a capitalised name
    right after a definite organisation noun runs on over a few lower-case words, up to a
    punctuation mark or the verb group (or relative) that follows it; then it is that
    organisation's name. Past a preposition or an adverb the name ended (``l'association Attac
    dans un communiqué``, ``le collectif X mardi``): as found. After a noun of
    ``association_nouns``, a link of ``association_name_links`` and one more capitalised word
    join the name (``l'ONG Terre et Échanges``), unless another capitalised word follows."""
    lead = m.start - 30 if m.start > 30 else 0
    if not _organisation_noun_tails().may_end(text[lead : m.start]):
        return m
    noun = _organisation_before().search(text, lead, m.start)
    if noun is None:
        return m
    verbs, others = _tail_stops()
    links, associations = _association_links()
    end, words, joined = m.end, 0, 0
    ends: list[tuple[int, str]] = []  # each tail word's start and itself, to take back an object pronoun before the verb
    while words < _ORGANISATION_TAIL_MAX:
        w = _LOWER_WORD.match(text, end)
        if w is None:
            break
        word = w.group(1).lower()
        # "l'ONG Terre et Échanges": an association's name joins two capitalised words.
        if word in links and not joined and (cap := _JOINED_CAPITAL.match(text, w.end())) is not None \
                and _NEXT_CAPITAL_WORD.match(text, cap.end()) is None \
                and _LETTER_RUN.findall(noun.group())[-1].casefold() in associations:
            end, words, joined = cap.end(), words + 1, cap.end()
            continue
        if word in verbs:
            # "la compagnie X lui a répondu": an object pronoun right before the verb group is the verb's.
            object_pronouns = _object_pronouns()
            while ends and ends[-1][1].replace("’", "'") in object_pronouns and ends[-1][0] > joined:
                end, words = ends.pop()[0], words - 1
            break
        if word in others:
            if joined:
                end = joined
                break
            return m
        ends.append((end, word))
        end, words = w.end(), words + 1
    if words == 0:
        return m
    if _TAIL_END.match(text, end) is None and (w is None or w.group(1).lower() not in verbs) and end != joined:
        return m  # the words go on with no end in sight: maybe a verb of the sentence
    return Mention(m.start, end, text[m.start : end], "organisation", after_preposition=m.after_preposition, head_start=m.start)


@cache
def _object_pronouns() -> frozenset[str]:
    """The object pronouns of ``conjugation.json`` (``lui``, ``nous``, ``l'``), lower-cased."""
    return frozenset(c.lower().replace("’", "'") for c in cues.clitics())


# A capitalised word (no acronym: ``EDF``) after an association's name link.
_JOINED_CAPITAL = regex.compile(r"[ \u00a0]++\p{Lu}\p{Ll}[\p{L}\-]*+")
# A capitalised word after it: the two words start another name (``l'ONG Amnesty et Human Rights Watch``).
_NEXT_CAPITAL_WORD = regex.compile(r"[ \u00a0]++\p{Lu}")


@cache
def _association_links() -> tuple[frozenset[str], frozenset[str]]:
    """``association_name_links`` and ``association_nouns`` of ``names.json``, case-folded."""
    raw = _raw_names()
    return (frozenset(w.casefold() for w in raw.get("association_name_links", ())),
            frozenset(w.casefold() for w in raw.get("association_nouns", ())))


@cache
def _publication_noun_ends() -> tuple[int, frozenset[str]] | None:
    """How many letters end every publication noun, and those endings in every case ``(?i)``
    admits (``None`` when there are too many spellings)."""
    nouns = {n.replace("’", "'").split()[-1] for n in _raw_names()["publication_nouns"]}
    nouns |= {n.replace("'", "’") for n in nouns}  # the pattern takes either apostrophe
    if not nouns:
        return None
    size = min(4, *map(len, nouns))
    spellings = lexicon.case_spellings({n[-size:] for n in nouns})
    return None if spellings is None else (size, spellings)


def _publication_starts(registry: Any) -> Callable[[str], bool] | None:
    """``registry.may_begin_publication`` (it keeps its answers) when it answers for
    ``registry.is_publication``: not for a registry of another class, whose ``is_publication`` may differ."""
    if getattr(type(registry), "is_publication", None) is not Registry.is_publication:
        return None
    return registry.may_begin_publication  # type: ignore[no-any-return]


# A capitalised word and the spaces right before a name (``New`` before ``York Times``).
_LOST_WORD = regex.compile(r"(?<![\p{L}\-'’])\p{Lu}\p{L}*+[ \u00a0]++$")
_LOST_REACH = 20
# Lower-case letters (``\p{Ll}``) and characters that are no letter (no ``\p{L}``), in any
# version of Unicode: what _may_lose_word tells without the engine.
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿœ")
_NO_LETTERS = frozenset(chr(c) for c in range(128) if not chr(c).isalpha())


def _elided_lost_word(text: str, start: int) -> int | None:
    """The start of a capitalised word right after an elided article (``opens_elided``: ``l'``)
    or an elided ``de`` (``elided_articles`` of ``names.json``: ``d'``) and before the spaces
    before ``start`` (``l'Agence |France-Presse``, ``l'éditorial d'El |Watan``), else ``None``."""
    if start < 4 or text[start - 1] not in " \u00a0":
        return None
    j = start - 1
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    window = text[j - _ELIDED_WORD_REACH if j > _ELIDED_WORD_REACH else 0 : j]
    straight, curly = window.rfind("'"), window.rfind("’")
    cut = straight if straight >= curly else curly
    word = window[cut + 1 :]
    if cut < 1 or not word.isalpha() or not word[0].isupper():
        return None
    k = j - len(word)
    a = k - 1
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    elided = text[a:k].replace("’", "'")
    return k if opens_elided(elided) or elided.lower() in _names_set("elided_articles") else None


# Most letters of the capitalised word read after an elided article (``l'Agence``).
_ELIDED_WORD_REACH = 24


def _may_lose_word(text: str, lead: int, start: int) -> bool:
    """``False`` when ``_LOST_WORD`` finds nothing between ``lead`` and ``start``: a match
    ends at ``start`` (``$``; or before a final newline) with spaces after a run of letters
    that opens with a capital and starts the run (no letter before it). Most names follow a
    lower-case word (``de``, ``le``) or a punctuation mark."""
    if start == 0 or text[start - 1] not in " \u00a0":
        return start > 0 and text[start - 1] == "\n"  # "$" may stand before a final newline
    j = start - 1
    while j > lead and text[j - 1] in " \u00a0":
        j -= 1
    if j == lead or text[j - 1] in _NO_LETTERS:
        return False  # no letter before the spaces
    k = j - 1
    while k > lead and text[k - 1] in _LOWER_LETTERS:
        k -= 1
    # The run's first letter is lower case when no letter stands before a lower-case one.
    return not (text[k] in _LOWER_LETTERS and (k == lead or text[k - 1] in _NO_LETTERS))


def _trailing_ends(text: str, end: int) -> list[int]:
    """``end`` and the ends of the first two lower-case words (or a number) right after it: where
    a publication's name may end (``le Canard enchaîné``, ``Le Monde diplomatique``)."""
    ends = [end]
    if text[end : end + 1] not in (" ", "\u00a0"):
        return ends  # a comma or a stop: the name ends there (a cheap first character)
    for _ in range(2):  # the first two of _TRAILING_WORDS.finditer(text[end : end + 40])
        t = _TRAILING_WORDS.match(text, ends[-1], end + 40)
        if t is None:
            break
        ends.append(t.end())
    return ends


def _as_publication(text: str, m: Mention, is_publication: Any, may_begin: Callable[[str], bool] | None = None) -> Mention:
    """``le Monde``/``Le Point``: a name that is a publication becomes one, article included;
    ``La Repubblica Lucio Caracciolo``: the publication's words are cut off the person's name.

    Every string tried starts with the name's first word (then white space or nothing), or with
    an article before the name: ``may_begin`` (see :func:`_publication_starts`) rules out the
    former for most names, and without an article the name at once.
    """
    placed = _placed_publication(text, m, is_publication) if " l" in m.text else None
    if placed is not None:
        return placed
    # "du New York Times": the name lost its first word to the link before it (see _names).
    lead = m.start - _LOST_REACH if m.start > _LOST_REACH else 0
    lost = _LOST_WORD.search(text, lead, m.start) if _may_lose_word(text, lead, m.start) else None
    if lost is not None and is_publication(text[lost.start() : m.end]):
        # "La Presse canadienne", "Le Monde diplomatique": the longest title known wins, lower-case
        # words after the capital included (as for "le Canard enchaîné" below).
        end = next((e for e in reversed(_trailing_ends(text, m.end)) if is_publication(text[lost.start() : e])), m.end)
        return Mention(lost.start(), end, text[lost.start() : end], "publication",
                       after_preposition=m.after_preposition, head_start=lost.start())
    lost_start = lost.start() if lost is not None else None
    if lost is None:
        # "selon l'Agence France-Presse", "l'éditorial d'El Watan": the capitalised word after an
        # elided article or de, left out of the name, opens the publication's name.
        opened = _elided_lost_word(text, m.start)
        if opened is not None and is_publication(text[opened : m.end]):
            return Mention(opened, m.end, text[opened : m.end], "publication",
                           after_preposition=m.after_preposition, head_start=opened)
        lost_start = opened
    words = m.text.split()
    if lost_start is not None:
        # "le directeur de France Télévisions Rémy X", "l'éditorialiste d'El País Lucía X": the
        # lost word and the name's first words are the publication, cut off the person's name as below.
        for j in range(1, min(len(words) - 2, _PUBLICATION_WORDS) + 1):  # a first name and a surname left
            if is_publication(text[lost_start : m.start] + " ".join(words[:j])):
                cut = m.start + len(" ".join(words[:j])) + 1
                while cut < m.end and text[cut].isspace():
                    cut += 1
                return Mention(cut, m.end, text[cut : m.end], "name", after_preposition=False, head_start=cut)
    lead, pats = m.start - 4 if m.start > 4 else 0, _patterns()
    art = pats.article_before.search(text, lead, m.start) if pats.article_tails.may_end(text[lead : m.start]) else None
    name_may = may_begin is None or not words or not m.text.startswith(words[0]) or may_begin(words[0])
    acronym = _acronym_before(text, m.start) if art is None else ()
    if art is None and not acronym:
        held = _contracted_publication(text, m, is_publication)
        if held is not None or not name_may:
            return held or m
    article = art.group().strip() + " " if art is not None else ""
    # "la Tribune de Genève": a whole name that is a publication keeps its words, though its head
    # alone names another one (La Tribune).
    whole = (name_may and is_publication(m.text)) or (article and is_publication(article + m.text))
    # A person's name keeps a first name and a surname after the publication cut off it; one word
    # left will do when an age follows it ("a déclaré à l'AFP Nino, 24 ans": a first name alone),
    # or an apposition giving one ("a raconté à l'AFP Nino, un étudiant de 24 ans").
    left = 1 if age_after().match(text, m.end) or _indefinite_apposition().match(text, m.end) else 2
    for j in range(1, 0 if whole else min(len(words) - left + 1, _PUBLICATION_WORDS + 1)):
        head = " ".join(words[:j])
        if (name_may and is_publication(head)) or (article and is_publication(article + head)):
            cut = m.start + len(" ".join(words[:j])) + 1
            while cut < m.end and text[cut].isspace():
                cut += 1
            return Mention(cut, m.end, text[cut : m.end], "name", after_preposition=False, head_start=cut)
    start = art.start() if art is not None else m.start
    # "le Canard enchaîné": a publication's name may go on in lower case after the capital.
    ends = _trailing_ends(text, m.end)
    starts = (start, m.start) if art is not None else (m.start, *acronym)
    for end in reversed(ends):
        for s in starts:
            if (name_may or s != m.start) and is_publication(text[s:end]):
                return Mention(s, end, text[s:end], "publication", after_preposition=m.after_preposition, head_start=m.start)
    return m


def _placed_publication(text: str, m: Mention, is_publication: Callable[[str], bool]) -> Mention | None:
    """``à Moscou la Pravda``: after a place preposition (``place_prepositions`` of ``names.json``),
    a place then a lower-case article and a publication's name (the article its own or not): the
    publication alone, article included, the place where it is (the name finder ran the place into it through the article)."""
    words = m.text.split(" ")
    arts = _names_set("articles")
    at = next((j for j in range(1, len(words) - 1) if words[j] in arts), 0)
    if not at or not (is_publication(" ".join(words[at:])) or is_publication(" ".join(words[at + 1 :]))):
        return None
    before = text[m.start - _PLACE_PREPOSITION_REACH if m.start > _PLACE_PREPOSITION_REACH else 0 : m.start].split()
    last = before[-1].casefold().rsplit("'", 1)[-1].rsplit("\u2019", 1)[-1] if before else ""
    if last not in _names_set("place_prepositions"):
        return None
    cut = m.start + len(" ".join(words[:at])) + 1
    return Mention(cut, m.end, text[cut : m.end], "publication", after_preposition=False, head_start=cut)


# Characters read before a name for the place preposition before it (« qu'à »).
_PLACE_PREPOSITION_REACH = 8


# Most capitalised words a local edition's place has (France 3 Paris Île-de-France).
_EDITION_WORDS = 3


def _local_edition(words: list[str], kind_of: Callable[[str], str | None]) -> bool:
    """Whether ``words`` are a publication of ``edition_kinds`` and a place (``France Bleu
    Gard Lozère``), not a person's name after it: the place's first word is no known first name."""
    kinds = _names_set("edition_kinds")
    for j in range(1, len(words)):
        if len(words) - j <= _EDITION_WORDS and kind_of(" ".join(words[:j])) in kinds:
            return words[j] not in first_names()
    return False


def _local_editions(text: str, found: list[Mention], kind_of: Callable[[str], str | None]) -> list[Mention]:
    """``France Bleu Isère``, ``France 3 Bretagne``: a broadcaster of
    ``edition_kinds`` and the place of its local edition, one publication (the place is no
    speaker), whether the name finder read them as one name or as a publication and a name."""
    if not _names_set("edition_kinds"):
        return found
    out: list[Mention] = []
    for m in found:
        last = out[-1] if out else None
        if (m.kind == "name" and last is not None and last.kind == "publication"
                and text[last.end : m.start] in (" ", "\u00a0") and _local_edition([last.text, *m.text.split()], kind_of)):
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], "publication",
                              after_preposition=last.after_preposition, head_start=last.head_start)
            continue
        out.append(m)
    return out


def _local_edition_name(m: Mention, kind_of: Callable[[str], str | None],
                        may_begin: Callable[[str], bool] | None = None) -> Mention:
    """A name that is a local edition (``France Bleu Isère``) as a publication, else ``m``.

    ``may_begin``: ``Registry.may_begin_publication``, given only when ``kind_of`` is
    ``Registry.publication_kind``. That finds a kind only for a string ``Registry.is_publication``
    takes, so for none of the name's first words when its first word may open no publication's
    name, unless that word holds an elided article (``l'AFP``), which ``publication_kind`` reads without.
    """
    words = m.text.split()
    if len(words) < 2:
        return m
    if may_begin is not None and not opens_elided(words[0]) and not may_begin(words[0]):
        return m
    if not _local_edition(words, kind_of):
        return m
    return Mention(m.start, m.end, m.text, "publication", after_preposition=m.after_preposition, head_start=m.start)


# Capitalised names a publication's name may run over, joined by short lower-case words or "&".
_JOINED_PUBLICATION_NAMES = 4
_PUBLICATION_JOIN = regex.compile(r"[ \u00a0]++(?:(?:\p{Ll}{1,3}+|&|\p{Nd}{1,4}+)[ \u00a0]++){1,2}")


def _joined_publications(text: str, found: list[Mention], is_publication: Callable[[str], bool]) -> list[Mention]:
    """``New England Journal of Medicine``, ``The Lancet Child & Adolescent Health``: capitalised
    names joined by short lower-case words or ``&``, which split them into several mentions,
    are one publication when the words from the first to the last name one."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        m = found[i]
        best = 0
        start = m.start
        if m.kind in ("name", "publication"):
            j = i
            starts: tuple[int, ...] | None = None
            while j + 1 < len(found) and j - i + 1 < _JOINED_PUBLICATION_NAMES:
                n = found[j + 1]
                if n.kind not in ("name", "publication") or _PUBLICATION_JOIN.fullmatch(text, found[j].end, n.start) is None:
                    break
                j += 1
                if starts is None:
                    # "Il Sole 24 Ore": a capitalised word before the first name, read as no name
                    # (the Italian article, a pronoun in French), may open the title.
                    lead = m.start - _LOST_REACH if m.start > _LOST_REACH else 0
                    lost = _LOST_WORD.search(text, lead, m.start) if _may_lose_word(text, lead, m.start) else None
                    starts = (m.start,) if lost is None else (m.start, lost.start())
                for s in starts:
                    if is_publication(text[s : n.end]):
                        best, start = j, s
        if best:
            end = found[best].end
            while out and out[-1].start >= start:
                out.pop()  # the lost word's own mention ("Il", a pronoun) is part of the title
            out.append(Mention(start, end, text[start : end], "publication",
                               after_preposition=m.after_preposition, head_start=start))
            i = best + 1
            continue
        out.append(m)
        i += 1
    return out


@cache
def _contracted_before() -> tuple[regex.Pattern[str], dict[str, str]]:
    """A preposition fused with its article right before a name (``au``, ``du``), and the article
    each holds (``contracted_articles`` of ``names.json``)."""
    held = {k.casefold(): v for k, v in _raw_names().get("contracted_articles", {}).items()}
    return regex.compile(rf"(?i)(?<!\p{{L}})({trie_alternation(held)})[ \u00a0]++$"), held


@cache
def _contracted_ends() -> frozenset[str] | None:
    """The last letters of the fused prepositions (``au``, ``du``), in every case ``(?i)`` admits
    (``None`` when there are too many spellings: every name is then searched)."""
    _, held = _contracted_before()
    return lexicon.case_spellings({k[-1] for k in held if k})


# "selon le « Canard enchaîné »", "au « Parisien »": a capitalised name in marks (searched from
# the mark, a cheap first character) after an article of the writer's sentence (see
# registry.article_before_mark); after a contracted one, governed by its preposition.
_MARKED_NAME_SOURCE = r"[«\"“][ \u00a0\u202f]*+(?P<name>{upper}[^«»\"“”\n.,;:!?]{{0,40}}?)[ \u00a0\u202f]*+[»\"”]"
_MARKED_NAME = regex.compile(_MARKED_NAME_SOURCE.format(upper=r"\p{Lu}"))


@cache
def _marked_name_bmp() -> re.Pattern[str]:
    """``_MARKED_NAME`` for the standard engine (twice as fast over a whole text), exact on a text
    of the Basic Multilingual Plane (:func:`lexicon.in_bmp`): its one class is :func:`lexicon.bmp_class`'s."""
    return re.compile(_MARKED_NAME_SOURCE.format(upper=lexicon.bmp_class(r"\p{Lu}")))


@cache
def _marked_fused() -> frozenset[str]:
    """The prepositions fused with their article (``contracted_prepositions`` of ``names.json``:
    ``au``, ``du``): a publication named in marks after one is governed by it."""
    return frozenset(names_data().get("contracted_prepositions", ()))


def _marked_publications(text: str, found: list[Mention], is_publication: Callable[[str], bool]) -> list[Mention]:
    """``found`` with the publications named in marks after an article outside them (``au «
    Parisien »`` for ``Le Parisien``), which no other pass reads as names, as publication mentions."""
    extra: list[Mention] = []
    starts = [m.start for m in found]
    pats = _patterns()
    for hit in (_marked_name_bmp() if lexicon.in_bmp(text) else _MARKED_NAME).finditer(text):
        word = article_before_mark(text, hit.start(), hit.group("name"), is_publication)
        if (word is None and pats.publication_before.search(text, max(0, hit.start() - _ANNOUNCE_REACH), hit.start()) is None
                and placed_publication_before().search(text, max(0, hit.start() - PLACED_REACH), hit.start()) is None
                and _source_article().search(text, max(0, hit.start() - _SOURCE_ARTICLE_REACH), hit.start()) is None
                and _colleague_before().search(text, max(0, hit.start() - _SOURCE_ARTICLE_REACH), hit.start()) is None
                and (_bare_source_before().search(text, max(0, hit.start() - _SOURCE_ARTICLE_REACH), hit.start()) is None
                     or not is_publication(hit.group("name")))):
            # neither the name's article nor a publication noun (le magazine « Society ») nor a
            # source preposition and its article (selon le « Solomon Star ») nor a colleague
            # (notre confrère « Le Maghreb ») before the marks, nor a source preposition right
            # before the marks of a publication the project knows (Pour « Libération », …)
            continue
        lo, hi = hit.span("name")
        k = bisect.bisect_left(starts, hi)
        if k > 0 and found[k - 1].end > lo:
            # mentions found there already: "le tabloïd « Nový Čas »", a name all the marks hold, or
            # "le quotidien « La Presse de Tunisie »", names inside them, are the publication's name
            j = _names_inside(found, k, lo, hi)
            if j is not None:
                extra.append(Mention(lo, hi, text[lo:hi], "publication", after_preposition=word in _marked_fused(), head_start=lo))
                found = [*found[:j], *found[k:]]
                starts = [*starts[:j], *starts[k:]]
            continue
        extra.append(Mention(lo, hi, text[lo:hi], "publication", after_preposition=word in _marked_fused(), head_start=lo))
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


def _names_inside(found: list[Mention], k: int, lo: int, hi: int) -> int | None:
    """The index of the first of the mentions before ``found[k]`` that overlap ``lo``–``hi`` when
    all of them are names lying inside it (a marked publication's words), or a place the gazetteer
    knows that fills only part of them (``le quotidien « Paris-Dakar »``: no metonym of Paris);
    None otherwise."""
    j = k
    while j > 0 and found[j - 1].end > lo:
        m = found[j - 1]
        if m.start < lo or m.end > hi or (m.kind != "name" and not _foreign_article(m, lo, j < k)
                                          and not (m.kind in _BODY_KINDS_OF_PLACES and (m.start > lo or m.end < hi))):
            return None
        j -= 1
    return j if j < k else None


def _foreign_article(m: Mention, lo: int, named_after: bool) -> bool:
    """``le quotidien « Il Secolo XIX »``: a capitalised pronoun opening the marks, a name after it,
    is a foreign title's article (Italian ``Il``), no subject."""
    return m.kind == "pronoun" and m.start == lo and named_after and m.text[:1].isupper()


# Characters before an opening mark read for a publication noun and the place it is from.
PLACED_REACH = 64


@cache
def placed_publication_before() -> regex.Pattern[str]:
    """A publication noun, up to two lower-case adjectives and a link to a capitalised place of one
    or two words (``complement_links`` or ``place_links`` of ``names.json``), right before an opening mark:
    the capitalised name in the marks (``le quotidien de Cochabamba « Los Tiempos »``) is the paper's."""
    raw = _raw_names()
    nouns = trie_alternation(raw["publication_nouns"])
    stops = trie_alternation([*raw["prepositions"], *raw["articles"]])
    links = "|".join(regex.escape(w).replace("'", "['’]") for w in sorted({*raw["complement_links"], *raw["place_links"]}, key=len, reverse=True))
    place = r"(?-i:\p{Lu}[\p{L}\-]*+)"
    return regex.compile(
        rf"(?i)(?<!\p{{L}})(?:{nouns})(?:\s++(?!(?:{stops})(?!\p{{L}}))\p{{Ll}}[\p{{L}}\-]*+){{0,2}}"
        rf"\s++(?:{links})(?:(?<=['’])|\s++){place}(?:\s++{place})?\s++$"
    )


@cache
def _source_article() -> regex.Pattern[str]:
    """A source preposition (``source_relative_cues`` of ``detection.json``: selon, d'après) and an
    article (``articles`` of ``names.json``) right before an opening mark: the capitalised name in
    the marks (``Selon le « Courrier du Pacifique », …``) names whom the words are from, an outlet."""
    preps = [p.replace("'", "['’]") for p in map(regex.escape, lexicon.read_json("detection.json")["source_relative_cues"])]
    arts = [a.replace("'", "['’]") for a in map(regex.escape, lexicon.read_json("names.json")["articles"])]
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{'|'.join(preps)})[ \u00a0]++(?:{'|'.join(arts)})(?:(?<=['’])|[ \u00a0]++)$")


@cache
def _bare_source_before() -> regex.Pattern[str]:
    """A source preposition (``source_relative_cues`` of ``detection.json``: selon, d'après) or a
    restricted one (``cue_words.json``: « Pour X, … ») right before an opening mark, no article:
    a known publication's name in the marks (``Selon « Libération », …``) names the outlet."""
    restricted = [c["phrase"] for c in lexicon.read_json("cue_words.json")["phrases"] if c.get("restricted")]
    words = [*lexicon.read_json("detection.json")["source_relative_cues"], *restricted]
    preps = [p.replace("'", "['’]") for p in map(regex.escape, words)]
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{'|'.join(preps)})[ \u00a0]++$")


@cache
def _colleague_before() -> regex.Pattern[str]:
    """A noun of ``colleague_nouns`` (``names.json``: confrère) right before an opening mark: the
    capitalised name in the marks (``notre confrère « Le Maghreb »``) is the colleagues' outlet."""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(_raw_names()['colleague_nouns'])})[ \u00a0]++$")


# Characters read back from an opening mark for a source preposition and its article (« d'après l' »).
_SOURCE_ARTICLE_REACH = 16


def _contracted_publication(text: str, m: Mention, is_publication: Any) -> Mention | None:
    """``au Parisien``, ``du Monde``: a name after a fused preposition that is a publication's
    name with the article the preposition holds, as a publication (the name alone)."""
    pattern, held = _contracted_before()
    # A match ends with a fused preposition's last letter, then spaces (then, as ``$`` admits, a
    # final newline): one test on the characters before the name rules out most names.
    window = text[m.start - 5 if m.start > 5 else 0 : m.start]
    window = window[:-1] if window.endswith("\n") else window
    word = window.rstrip(" \u00a0")
    ends = _contracted_ends()
    if ends is not None and (len(word) == len(window) or word[-1:] not in ends):
        return None
    fused = pattern.search(text, m.start - 5 if m.start > 5 else 0, m.start) if held else None
    article = held[fused.group(1).casefold()] if fused is not None else ""
    if fused is None or not is_publication(f"{article} {m.text}"):
        return None
    # "au Monde diplomatique": the longest title known wins (see _trailing_ends).
    end = next((e for e in reversed(_trailing_ends(text, m.end)) if is_publication(f"{article} {text[m.start : e]}")), m.end)
    return Mention(m.start, end, text[m.start : end], "publication", after_preposition=True, head_start=m.start)


def _acronym_before(text: str, start: int) -> tuple[int, ...]:
    """The start of an acronym or a number standing one space before ``start`` (``BFM Business``,
    ``20 Minutes``: the name finder leaves it out of the name that follows it), as a one-item
    tuple, else ``()``."""
    if start < 3 or text[start - 1] != " " or not (text[start - 2].isupper() or text[start - 2].isdigit()):
        return ()  # (most names follow a lower-case word: one test rules them out)
    i = start - 1
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    word = text[i : start - 1]
    return (i,) if word.isdigit() or _is_acronym(word) else ()


@cache
def fronted_participle() -> regex.Pattern[str]:
    """A sentence opening with a capitalised past participle (``Interrogée``, ``Contacté par
    nos soins``), its few words and the comma closing them, with the spaces after it; not a
    place a spaced dash follows, a dateline (``Yaoundé - ``)."""
    endings = trie_alternation(cues.telling_participle_endings())
    # A capitalised word its agent follows is a participle whatever its ending (``Saisi par X,``).
    agents = alternation(names_data().get("agent_prepositions", ())) or "(?!)"
    # Not a place opening a dateline with a dash (``Yaoundé - L'opposant X, …``, ``Lomé – Le…``).
    return regex.compile(
        rf"[\s\u00a0\"«“—–\-]*+(?:\p{{Lu}}[\p{{L}}\-]*?(?:{endings})(?!\p{{L}})|\p{{Lu}}\p{{Ll}}++(?=[ \u00a0]++(?:{agents})[ \u00a0]))"
        rf"(?![ \u00a0]++[—–\-][ \u00a0])"
        rf"(?:[^,;:.!?«»\"\n]|«[^«»,;:.!?\"\n]{{1,{_FRONTED_PARTICIPLE_REACH}}}»){{0,{_FRONTED_PARTICIPLE_REACH}}},[ \u00a0]*+"
    )
