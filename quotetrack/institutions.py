"""Unknown institutions: a capitalised head noun and its lower-case tail.

``la Fédération française de football``, ``l'Agence régionale de santé``: French writes the
words after an institution's head in lower case, so the name finder stops at the head. This
step extends such a name over adjectives (known by their endings) and up to two complements
(``de la santé``), never over a reporting verb or a function word, and makes it an
organisation. The heads, endings and links are data (``data/institution_names.json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

import regex

from quotetrack import lexicon
from quotetrack.lexicon import Record

if TYPE_CHECKING:
    from quotetrack.mentions import Mention


class InstitutionNames(Record):
    """Schema of ``data/institution_names.json``."""

    heads: tuple[str, ...]
    portfolio_bodies: tuple[str, ...] = ()
    """Lower-case nouns of a body named after its portfolios (``ministère``): the capitalised
    complements a writer lists after one (``de l'Agriculture et de la Pêche``) all belong to its name."""
    place_heads: tuple[str, ...] = ()
    venue_heads: tuple[str, ...] = ()
    """Nouns of ``place_heads`` whose place is run by a staff that speaks for it (``stade``,
    ``hôpital``, ``lycée``): named by a capitalised word after them and fronted before an
    indefinite pronoun (``Au stade Louis-II, on …``), the place speaks; a street or a district
    (``rue``, ``quartier``) names only where its people live."""
    """Lower-case nouns of places (``lycée``, ``rue``): a name right after one is the place's."""
    led_bodies: tuple[str, ...] = ()
    """Lower-case nouns of a body (``gouvernement``, ``administration``): a name right after one
    is its leader's, qualifying the body (``l'administration Trump``), never the speaker."""
    qualified_bodies: tuple[str, ...] = ()
    """Lower-case nouns of a body a lower-case role noun right after them qualifies as an adjective
    (``le ministère délégué``, ``le comité directeur``): that noun names no person."""
    presided_bodies: tuple[str, ...] = ()
    """Lower-case nouns of a body a president heads (``parti``, ``groupe``): a head of state's noun
    before one (``le président du parti``) is that body's president (``on_body``), no head of state."""
    adjective_endings: tuple[str, ...]
    not_adjective_endings: tuple[str, ...]
    """Endings of words that end like adjectives but are not (adverbs: ``fortement``)."""
    max_complements: int
    max_adjectives: int
    tail_adjectives: tuple[str, ...] = ()
    """Adjectives no ending of ``adjective_endings`` tells (``automobiles``, ``publics``) that close a
    complement's noun in a tail (``des constructeurs automobiles``); read only after a complement."""
    head_premodifiers: tuple[str, ...] = ()
    """Capitalised adjectives opening a name before its head in lower case (``le Haut comité des
    négociations``): alone, never a name; with that head, the name runs on over its tail."""
    head_adjectives: tuple[str, ...] = ()
    """Adjectives no ending tells that may follow the head itself (``civile``: ``la Sécurité
    civile``), and a complement's noun too."""
    purpose_links: tuple[str, ...] = ()
    """Links of a complement of purpose or opposition, with the article after them (``pour le``:
    ``l'Agence pour le commerce extérieur``; ``contre la``: ``le Comité contre la torture``), read as the complement links of ``names.json`` are."""
    remit_links: tuple[str, ...] = ()
    """Links of a complement naming an institution's remit (``aux``: ``le Comité d'Etat aux
    frontières``, ``à l'``: ``le Haut Conseil à l'égalité``), read as the complement links are."""
    not_remit_nouns: tuple[str, ...] = ()
    """Nouns of whom words are told to (``journalistes``, ``presse``): after a remit link, the
    addressee of a postposed subject (``a répondu l'Agence aux journalistes``), no remit."""
    topic_links: tuple[str, ...] = ()
    """Links of the subject a body inquires into or studies, with their article (``sur les``: ``le
    Bureau d'enquête sur les accidents aériens``, ``le Centre de recherche sur le cancer``): read as
    the complement links are, but only after the head's own complement (``d'enquête``, ``de
    recherche``); right after the head or its adjective (``la Commission européenne sur les
    migrants``) they open the topic of the sentence, no part of the name."""
    foreign_links: tuple[str, ...] = ()
    """Lower-case function words an English name runs through (``for``: ``l'Alliance for Shared
    Values``): after a head and one of them, the capitalised words are the institution's own."""
    abroad_links: tuple[str, ...] = ()
    """Prepositions of the country a body represents its state in (``en``, ``au``: ``le Bureau de
    représentation de Taipei en France``): right after the state its complement names, then a
    state's name, the name runs on over both; other prepositions (``auprès de l'UE``) stay out."""
    complement_coordinators: tuple[str, ...] = ()
    """Words that join a second complement to the first (``et``: ``le Conseil de paix et de sécurité``)."""
    coordinated_links: tuple[str, ...] = ()
    """The links a coordinated complement opens with (``de``, ``d'``), an article maybe after them."""
    compound_tails: tuple[str, ...] = ()
    """Words that close a complement's noun into one compound noun (``à feu``: ``des
    propriétaires d'armes à feu``): read as part of that noun, no complement of their own."""
    purpose_coordinated_endings: tuple[str, ...] = ()
    """Endings of an abstract noun (``restauration``, ``défense``) that, after a purpose complement,
    the coordinator and a bare article (``pour la transition et la restauration des institutions``),
    make a second complement of purpose when a complement link follows it."""


@cache
def _data() -> InstitutionNames:
    data: InstitutionNames = lexicon.load("institution_names.json", InstitutionNames)
    return data


@cache
def _tail_adjectives() -> frozenset[str]:
    return frozenset((*_data().tail_adjectives, *_data().head_adjectives))


@cache
def _head_adjectives() -> frozenset[str]:
    return frozenset(_data().head_adjectives)


def head_adjectives() -> frozenset[str]:
    """The ``head_adjectives`` of ``institution_names.json`` (civile, armées, suprême): adjectives a
    body's noun takes in its very name (``l'aviation civile``, ``les forces armées``)."""
    return _head_adjectives()


@cache
def _heads() -> frozenset[str]:
    return frozenset(_data().heads)


@cache
def _lower_heads() -> frozenset[str]:
    """The heads in lower case (``comité``), as written after a premodifier (``le Haut comité``)."""
    return frozenset(h.lower() for h in _data().heads)


def _premodified_head_end(text: str, m: Mention) -> int:
    """Where the head ends of ``le Haut comité``, ``la Haute autorité``: a mention whose last word
    is one of ``head_premodifiers``, a space, then a head in lower case; ``m.end`` otherwise."""
    if m.text.rsplit(" ", 1)[-1] not in _data().head_premodifiers:
        return m.end
    w = _WORD.match(text, m.end)
    if w is None or w.start(1) == m.end or w.group(1) not in _lower_heads():
        return m.end
    end: int = w.end()
    return end


def heads() -> tuple[str, ...]:
    """The capitalised head nouns of institutions (``Commission``, ``Fédération``)."""
    return _data().heads


def place_heads() -> tuple[str, ...]:
    """The lower-case nouns of places (``gare``, ``aéroport``, ``quartier``)."""
    return _data().place_heads


def venue_heads() -> tuple[str, ...]:
    """The lower-case nouns of places run by a staff (``stade``, ``hôpital``, ``lycée``)."""
    return _data().venue_heads


def led_bodies() -> tuple[str, ...]:
    """The lower-case nouns of bodies named after their leader (``gouvernement``, ``camp``, ``clan``)."""
    return _data().led_bodies


@cache
def qualified_bodies() -> frozenset[str]:
    """The ``qualified_bodies`` nouns (``ministère``, ``comité``), lower case."""
    return frozenset(w.lower() for w in _data().qualified_bodies)


def presided_bodies() -> tuple[str, ...]:
    """The lower-case nouns of bodies a president heads (``parti``, ``groupe``, ``région``)."""
    return _data().presided_bodies


@cache
def _place_ends() -> frozenset[str]:
    """The last words of the place heads (``arrêt`` of ``maison d'arrêt``) and of the led
    bodies, with a capital too (a sentence may open with one)."""
    last = {h.replace("’", "'").split(" ")[-1].split("'")[-1] for h in (*_data().place_heads, *_data().led_bodies)}
    return frozenset(last | {w[:1].upper() + w[1:] for w in last})


@cache
def _links() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a complement (``de``, ``du``, ``d'``) and the articles that may follow
    one (``la``, ``l'``): ``names.json``'s complement links (``de la``) split in two, with either
    apostrophe."""
    # Imported here: the mention finder imports this module.
    from quotetrack.mentions import names_data

    def spellings(words: set[str]) -> frozenset[str]:
        return frozenset(w2 for w in words for w2 in (w.replace("’", "'"), w.replace("'", "’")))

    parts = [link.split() for link in (*names_data()["complement_links"], *_data().purpose_links, *_data().remit_links,
                                          *_data().topic_links)]
    return spellings({p[0] for p in parts}), spellings({p[1] for p in parts if len(p) > 1})


def portfolio_bodies() -> tuple[str, ...]:
    """The lower-case nouns of a body named after its portfolios (``ministère``)."""
    return _data().portfolio_bodies


def complement_links() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a complement (``de``, ``du``, ``d'``) and the articles that may follow one."""
    return _links()


# One lower-case word after optional spaces; an elided one keeps its apostrophe (``d'``, ``l'``).
_WORD = regex.compile(r"[ \u00a0]*+(\p{Ll}[\p{Ll}\-]*+['’]?)")


@cache
def _not_tail_words() -> frozenset[str]:
    """Words a tail never holds: reporting verb forms (``l'Agence indique``) and the words that
    end a noun phrase (``names.json``'s ``np_stops``)."""
    # Imported here: the mention finder imports this module.
    from quotetrack.cues import CueLexicon
    from quotetrack.mentions import names_data

    words = set(CueLexicon.default().single_word_forms())
    words.update(names_data()["np_stops"])
    return frozenset(words)


def purpose_links() -> tuple[str, ...]:
    """The links of purpose or opposition that go on a body's name with their article (``pour la``,
    ``contre la``: ``Comité contre la torture``)."""
    return _data().purpose_links


@cache
def _purpose_words() -> frozenset[str]:
    """The first words of ``purpose_links`` (``pour``)."""
    return frozenset(link.split()[0] for link in _data().purpose_links)


@cache
def _topic_words() -> frozenset[str]:
    """The first words of ``topic_links`` (``sur``)."""
    return frozenset(link.split()[0] for link in _data().topic_links)


@cache
def _remit_words() -> frozenset[str]:
    """The first words of ``remit_links`` (``aux``, ``à``)."""
    return frozenset(link.split()[0] for link in _data().remit_links)


@cache
def _not_complement_words() -> frozenset[str]:
    """Words a tail's complement noun never is, right after its link: those ending a noun phrase
    (``np_stops``); a reporting verb's form there is a noun (``le Fonds de garantie``), no verb."""
    from quotetrack.mentions import names_data

    return frozenset(names_data()["np_stops"])


def is_adjective(word: str) -> bool:
    """Whether a lower-case ``word`` may be an adjective of a name's tail (by its ending; no verb form)."""
    data = _data()
    return (word.endswith(data.adjective_endings) and not word.endswith(data.not_adjective_endings)
            and word not in _not_tail_words())


@cache
def _coordination() -> tuple[frozenset[str], frozenset[str]]:
    """The words that join a second complement (``et``) and the links it opens with (``de``, ``d'``),
    with either apostrophe."""
    data = _data()
    links = frozenset(w2 for w in data.coordinated_links for w2 in (w.replace("’", "'"), w.replace("'", "’")))
    return frozenset(data.complement_coordinators), links


def is_nationality_adjective(word: str) -> bool:
    """Whether ``word`` is a nationality adjective of ``countries.json`` (``argentine``, ``grecque``)."""
    from quotetrack.registry import is_nationality_adjective as nationality

    return nationality(word)


def _closes_coordination(word: str | None, links: frozenset[str]) -> bool:
    """Whether a coordinated complement may end right before ``word`` (``None``: no lower-case word
    follows): a verb group, a word ending a noun phrase or another complement's link does, not a
    noun (``et de nombreux élus``: a second subject, no complement)."""
    from quotetrack.cues import verb_words

    return word is None or word in links or word in _not_tail_words() or word in verb_words()


@cache
def _bare_links() -> frozenset[str]:
    """The complement links that hold no article (``de``, ``d'``; ``du``, ``des`` do): the first word
    of ``names.json``'s two-word links (``de la``) and its elided ones (``d'``), with either apostrophe."""
    from quotetrack.mentions import names_data

    parts = [link.split() for link in names_data()["complement_links"]]
    bare = {p[0] for p in parts if len(p) > 1} | {p[0] for p in parts if p[0].endswith(("'", "’"))}
    return frozenset(w2 for w in bare for w2 in (w.replace("’", "'"), w.replace("'", "’")))


def _is_verb(word: str) -> bool:
    """Whether ``word`` only stands in a verb group (an auxiliary, a negation: ``et a``, ``et ne``)."""
    from quotetrack.cues import verb_words

    return word in verb_words()


def tail_end(text: str, end: int) -> int:
    """Where the lower-case tail of an institution name ending at ``end`` ends (``end``: none)."""
    data = _data()
    links, articles = _links()
    coordinators, coordinated_links = _coordination()
    best = pos = end
    adjectives = complements = 0
    purpose = False  # the last link is one of ``purpose_links`` (``pour``)
    remit = False  # the last link is one of ``remit_links`` (``aux``)
    state = "after_noun"  # after the head, an adjective or a complement's noun
    joined = -1  # where the tail ended before a coordinated complement while it is read (``de paix| et de sécurité``)
    bare = False  # the coordinated complement opens with a bare article after a purpose link (``et la``)
    unarticled = False  # the last complement's noun follows its link with no article (``de vérité``)
    link = ""  # the last link read
    word: str | None = None
    while (m := _WORD.match(text, pos)) is not None or state == "after_link":
        if (state == "after_link" and not complements and not adjectives
                and (date := _date_complement().match(text, pos)) is not None):
            # "le Comité du 8 décembre", "le Mouvement du 22 mars": a body named after a date, the
            # day and the month its complement right after the head, which closes the name (not
            # "le Conseil européen du 3 mars": a meeting of the body the adjective names).
            best = date.end()
            word = None
            break
        if m is None:
            word = None
            break
        word = m.group(1)
        if m.start(1) == pos and text[pos - 1] not in "'’":
            break  # glued to the previous word without a space or an apostrophe
        if state == "after_coordinated":
            if not (word in links if bare else _closes_coordination(word, links)):
                best = joined
                break
            joined = -1
            state = "after_noun"
        if state == "after_noun" and complements and (tail := _compound_tail().match(text, pos)) is not None:
            best = pos = tail.end()  # "d'armes| à feu": the compound noun's own words
            continue
        if state == "after_noun" and complements and joined < 0 and word in coordinators:
            state, joined = "after_coordinator", best
        elif state == "after_coordinator" and adjectives and is_adjective(word):
            # "sur les accidents aériens et ferroviaires": a second adjective coordinated with the
            # complement's, the tail's end right after it.
            adjectives += 1
            state, joined = "after_noun", -1
            best = m.end()
        elif state == "after_coordinator" and word in coordinated_links:
            state = "after_coordinated_link"
        elif state == "after_coordinator" and purpose and word in articles:
            state, bare = "after_coordinated_link", True  # "pour la transition et la restauration des …"
        elif (state == "after_coordinator" and unarticled and word not in articles and word not in links
              and word not in _not_complement_words() and not is_adjective(word) and not _is_verb(word)):
            # "la Commission de vérité et réconciliation": a bare noun coordinated with a bare
            # complement shares its link; the tail ends after it if a verb, a link or nothing follows.
            state = "after_coordinated"
            best = m.end()
        elif state == "after_coordinated_link" and word in articles:
            pass
        elif (state == "after_coordinated_link" and word not in _not_complement_words() and not is_adjective(word)
              and (not bare or _purpose_coordinated(word))):
            # "le Conseil de paix et de sécurité": a second complement, the tail's end right after it.
            state = "after_coordinated"
            best = m.end()
        elif state == "after_noun" and word in links and (complements or word not in _topic_words()):
            state = "after_link"
            link = word
            purpose = word in _purpose_words()
            remit = word in _remit_words()
        elif state == "after_link" and word in articles:
            state = "after_article"
            unarticled = False
        elif state == "after_noun" and adjectives < data.max_adjectives and (
                is_adjective(word) or word in _head_adjectives() or (complements and word in _tail_adjectives())
                or is_nationality_adjective(word)):
            # "la Conférence épiscopale argentine", "la Chambre argentine de commerce": a nationality
            # adjective whatever its ending (argentin, grec, belge), as français or italien.
            adjectives += 1
            best = m.end()
        elif (state in ("after_link", "after_article") and complements < data.max_complements and word not in _not_complement_words()
              and not (purpose and is_adjective(word)) and not (remit and word in data.not_remit_nouns)):
            # "le Conseil pour la première fois": a purpose link's complement opens with its noun.
            unarticled = state == "after_link" and link in _bare_links()  # not « des », « du »: an article's in them
            complements += 1
            adjectives = 0
            state = "after_noun"
            best = m.end()
        else:
            break
        pos = m.end()
    else:
        word = None
    if state == "after_coordinated" and not (word in links if bare else _closes_coordination(word, links)):
        best = joined
    return best


@cache
def _date_complement() -> regex.Pattern[str]:
    """Spaces, a day's number, maybe with its ordinal ending (``8``, ``1er``: ``day_ordinal_suffixes``
    of ``detection.json``), and a month of ``grammar.json``, a whole word."""
    # Imported here: the registry imports the mention finder, which imports this module.
    from quotetrack.registry import months

    suffixes = lexicon.trie_alternation(lexicon.read_json("detection.json")["day_ordinal_suffixes"])
    return regex.compile(rf"(?i)[ \u00a0]++[0-3]?[0-9](?:{suffixes})?[ \u00a0]++"
                         rf"(?:{lexicon.trie_alternation(months())})(?![\p{{L}}'’\-])")


@cache
def _compound_tail() -> regex.Pattern[str]:
    """Spaces and one of ``compound_tails`` (``à feu``), a whole word's end after it."""
    tails = _data().compound_tails
    return regex.compile(rf"[ \u00a0]++(?:{lexicon.trie_alternation(tails)})(?![\p{{L}}'’\-])") if tails else regex.compile(r"(?!)")


def _purpose_coordinated(word: str) -> bool:
    """Whether ``word`` ends as an abstract noun of ``purpose_coordinated_endings`` (``restauration``)."""
    endings = _data().purpose_coordinated_endings
    return bool(endings) and word.endswith(endings)


def head_tail_end(text: str, end: int) -> int:
    """Where the tail of an institution name whose capitalised head ends at ``end`` ends
    (``l'Agence| pour le commerce extérieur``); ``end`` when no head ends there."""
    lo = end
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
        lo -= 1
    return tail_end(text, end) if lo < end and text[lo:end] in _heads() else end


def head_then_adjective(text: str, end: int) -> bool:
    """Whether an institution head ends at ``end`` and a lower-case adjective of a name's tail
    follows it (``du Conseil| central des musulmans``, ``du Conseil| scientifique``): the head opens
    a body's longer name, not the fixed tail of a role (``président du Conseil``); a nationality
    adjective (``du Conseil| italien``) says whose the role is and leaves it whole."""
    lo = end
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
        lo -= 1
    if lo == end or text[lo:end] not in _heads():
        return False
    w = _WORD.match(text, end)
    if w is None or w.start(1) == end:
        return False
    word = w.group(1)
    return word[:1].islower() and is_adjective(word) and not is_nationality_adjective(word)


def after_head(text: str, start: int) -> bool:
    """Whether an institution head (``la Mission| Old Brewery``), a place noun (``le lycée|
    Victor-Hugo``) or a led body (``l'administration| Trump``) ends, a space away, right before
    ``start``: the name after it is the institution's, the place's or the body's own, no speaker."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if end == start or end == 0:
        return False
    lo = end - 1
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
        lo -= 1
    word = text[lo:end]
    return word in _heads() or word in _place_ends()


# Words of ``foreign_links`` read back from a name, at most (``of the``).
_FOREIGN_LINK_WORDS = 2


def _foreign_head_start(text: str, start: int) -> int:
    """Where a head starts that ends right before ``start`` past one or two words of
    ``foreign_links`` (``l'|Alliance for |Shared Values``): the name after them is that
    institution's own, written in English; ``-1`` when none does (at most three words are read)."""
    end, links = start, 0
    while True:
        while end > 0 and text[end - 1] in " \u00a0":
            end -= 1
        lo = end
        while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] == "-"):
            lo -= 1
        word = text[lo:end]
        if links and word in _heads():
            return lo
        if links == _FOREIGN_LINK_WORDS or word not in _data().foreign_links:
            return -1
        end, links = lo, links + 1


def place_noun_before(text: str, end: int) -> bool:
    """Whether a place noun of ``place_heads``, singular or plural, ends right before ``end``
    (spaces aside): ``les rues| d'El Alto``, ``la ville| de San Pedro``."""
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    lo = end
    while lo > 0 and text[lo - 1].isalpha():
        lo -= 1
    word = text[lo:end]
    return word in _place_ends() or (word[-1:] in _PLURAL_ENDS and word[:-1] in _place_ends())


# The endings of a French plural noun (``rues``, ``châteaux``).
_PLURAL_ENDS = frozenset("sx")


def _opened_by_head(name: str, heads: frozenset[str]) -> bool:
    """Whether an institution head, maybe after an elided article, opens ``name`` of two words at
    least (``L'Université d'Europe``, whose tail may go on: ``centrale``)."""
    first, _, rest = name.partition(" ")
    # The word after the last apostrophe of either kind, if any (``L'Université``: ``Université``).
    return bool(rest) and first.replace("’", "'").rpartition("'")[2] in heads


def extend_institutions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every name ending in an institution head extended over its tail, as an
    organisation (the tail never runs into the next mention)."""
    heads = _heads()
    out = list(mentions)
    drop: set[int] = set()
    foreign = _data().foreign_links
    for k, m in enumerate(out):
        if m.kind == "entity" and (opened := _premodifier_start(text, m)) >= 0 and (k == 0 or out[k - 1].end <= opened):
            # "le Haut Conseil de sécurité": another body than the "Conseil de sécurité" the
            # gazetteer knows; its name opens on the premodifier and is no known entity's.
            end = tail_end(text, m.end)
            out[k] = replace(m, start=opened, end=end, head_start=opened, text=text[opened:end], kind="organisation",
                             entity_id=None, role=None, country=None)
            continue
        if m.kind != "name":
            continue
        if foreign and text[m.start - 1 : m.start] in (" ", "\u00a0") and (opened := _foreign_head_start(text, m.start)) >= 0 \
                and (k == 0 or out[k - 1].end <= opened):
            # "l'Alliance for Shared Values": the head and its English links open the name.
            out[k] = m = replace(m, start=opened, head_start=opened, text=text[opened : m.end], kind="organisation")
            continue
        head_end = _premodified_head_end(text, m)
        if head_end == m.end and m.text.rsplit(" ", 1)[-1] not in heads and not _opened_by_head(m.text, heads):
            continue
        end = tail_end(text, head_end)
        inside = k + 1
        while inside < len(out) and out[inside].end <= end and _inside_tail(out[inside]):
            inside += 1  # "la Cour de justice européenne": the role "justice" goes with the tail
        if inside < len(out) and out[inside].start < end < out[inside].end and _inside_tail(out[inside]):
            end = out[inside].end  # "le Cabinet du premier ministre": the office the complement names, whole
            inside += 1
        if end > head_end and inside < len(out) and (_state_complement(text, end, out[inside], out[inside + 1] if inside + 1 < len(out) else None)
                                                      or _place_complement(text, end, out[inside])
                                                      or _paired_name(text, end, out[inside])
                                                      or _branch_complement(text, head_end, end, out[inside])):
            # "la Fédération nationale des boulangers du Sénégal": the state it serves, whole;
            # "le Forum des îles du Pacifique": a place's name no gazetteer knows closes the tail.
            end = out[inside].end
            inside += 1
            if inside < len(out) and _abroad_state(text, end, out[inside]):
                end = out[inside].end  # "le Bureau de représentation de Taipei en France": the state it sits in
                inside += 1
            if out[inside - 1].text.rsplit(" ", 1)[-1] in heads and (nested := tail_end(text, end)) > end:
                # "la Chambre des mines de la Fédération des entreprises du Congo": a body the
                # complement names, its head closing it, has its own tail, and the state it serves.
                end = nested
                if inside < len(out) and out[inside].start >= end and (_state_complement(text, end, out[inside])
                                                                       or _place_complement(text, end, out[inside])):
                    end = out[inside].end
                    inside += 1
        if end > head_end and (placed := _elided_place_end(text, end)) > end and (inside == len(out) or out[inside].start >= placed):
            # "la Mission ouvrière du diocèse d'Amiens": a place after an elided link is no mention
            # of its own, yet closes the tail as a place's name does after a full link.
            end = placed
        if end > head_end and inside < len(out) and (cut := _holder_complement_start(text, head_end, end, out[inside])) >= 0:
            # "le Parti des socialistes de l'ancien président Igor X": the last complement is the
            # title of the person named right after it, who leads the body: the name ends before it.
            end = cut
            if end == m.end:
                out[k] = replace(m, kind="organisation")  # "la Fondation du président X": the body alone
                continue
        if end > m.end and (inside == len(out) or out[inside].start >= end):
            out[k] = replace(m, end=end, text=text[m.start : end], kind="organisation")
            drop.update(range(k + 1, inside))
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


def _premodifier_start(text: str, m: Mention) -> int:
    """Where a capitalised premodifier of ``head_premodifiers`` starts that stands, one space away,
    right before a gazetteer hit opening with an institution head (``le Haut| Conseil de
    sécurité``, ``la Haute| Cour de justice``): French names a distinct body so, never the one the
    hit knows; ``-1`` when none does (a word glued to a letter or a hyphen before it is no such
    premodifier)."""
    if m.start < 2 or text[m.start - 1] not in " \u00a0" or m.text.split(" ", 1)[0] not in _heads():
        return -1
    end = m.start - 1
    lo = end
    while lo > 0 and text[lo - 1].isalpha():
        lo -= 1
    if lo == end or text[lo:end] not in _data().head_premodifiers or (lo > 0 and text[lo - 1] in "-'’"):
        return -1
    return lo


@cache
def _former_markers() -> frozenset[str]:
    """The ``former_markers`` of ``names.json`` (``ancien``, ``ex-``), lower case."""
    from quotetrack.mentions import names_data

    return frozenset(w.lower() for w in names_data().get("former_markers", ()))


def _holder_complement_start(text: str, head_end: int, end: int, nxt: Mention) -> int:
    """Where the last complement of a tail (``head_end`` to ``end``) starts, its link's first
    letter, when that complement opens with a role's head (``roles.json``), maybe after a former
    marker (``de l'ancien président``, ``du secrétaire général``), and ``nxt``, a person's name, follows it one
    space away: the title of the body's leader named right after it, no part of the body's name;
    ``-1`` otherwise (``l'Institut de recherche Jean X`` keeps its tail: no role)."""
    if nxt.kind != "name" or nxt.start != end + 1 or text[end] not in " \u00a0":
        return -1
    from quotetrack.registry import fold, role_heads

    links, articles = _links()
    start, words = -1, list[str]()
    pos = head_end
    while pos < end and (m := _WORD.match(text, pos, end)) is not None:
        word = m.group(1)
        if word in links:
            start, words = m.start(1), []
        elif word not in articles:
            words.append(word)
        pos = m.end()
    if start < 0 or not words or len(words) > 2:
        return -1
    role = words[1] if len(words) == 2 and words[0] in _former_markers() else words[0]
    cut = start
    while cut > head_end and text[cut - 1] in " \u00a0":
        cut -= 1
    return cut if fold(role) in role_heads() else -1


def _state_complement(text: str, end: int, nxt: Mention, abroad: Mention | None = None) -> bool:
    """Whether ``nxt``, a state's name (or its capital standing for it, one word: ``de Taipei``),
    is the complement of an institution's tail ending at ``end``, a complement link (maybe with
    its article) all that stands between them; ``abroad``, the mention after it, is the state the
    body sits in when an ``abroad_links`` word stands between (``de Taipei en France``)."""
    if (nxt.kind not in ("entity", "metonym") or nxt.country is None or nxt.entity_id != f"state-{nxt.country.lower()}"
            or nxt.kind == "metonym" and not _capital_word(nxt.text)):
        return False
    gap = text[end : nxt.start]
    if len(gap) > _STATE_GAP_MAX:
        return False
    links, articles = _links()
    words = gap.replace("'", "' ").replace("’", "’ ").split()
    if not (0 < len(words) <= 2 and words[0] in links and (len(words) == 1 or words[1] in articles)):
        return False
    after = _WORD.match(text, nxt.end)
    # "la Chambre de commerce de Chine auprès de l'UE": a preposition goes on with the name.
    return (after is None or after.start(1) > nxt.end + 1 or after.group(1).rstrip("'’") not in _name_prepositions()
            or abroad is not None and _abroad_state(text, nxt.end, abroad))


def _capital_word(name: str) -> bool:
    """One capitalised word and no article (``Taipei``, ``Pékin``): a capital's name standing for
    its state, not a seat of power (``l'Élysée``)."""
    return name[:1].isupper() and " " not in name and "'" not in name and "’" not in name


def _abroad_state(text: str, end: int, m: Mention) -> bool:
    """Whether ``m``, a state's name, follows ``end`` past one ``abroad_links`` word alone
    (`` en France``, `` au Japon``): the state a body of another sits in, part of its name."""
    if m.kind != "entity" or m.country is None or m.entity_id != f"state-{m.country.lower()}":
        return False
    gap = text[end : m.start]
    return gap[:1] in " \u00a0" and gap[-1:] in " \u00a0" and gap.strip(" \u00a0") in _data().abroad_links


@cache
def _name_prepositions() -> frozenset[str]:
    """The prepositions of ``names.json``, with no apostrophe."""
    # Imported here: the mention finder imports this module.
    from quotetrack.mentions import names_data

    return frozenset(w.rstrip("'’") for w in names_data()["prepositions"])


# Most characters between an institution's tail and the state its complement names (`` de la ``).
_STATE_GAP_MAX = 8


@cache
def _complement_gap() -> regex.Pattern[str]:
    """Spaces and a complement link of ``names.json`` (``du``, ``de la``, ``d'``) before a name, or
    the bare ``de`` of ``name_complement_links`` that a city's or a canton's name takes with no
    article (``le Ministère public| de Bâle-Ville``, ``le Conseil d'Etat| de Genève``)."""
    from quotetrack.mentions import names_data

    raw = names_data()
    links = {v for link in (*raw["complement_links"], *raw["name_complement_links"])
             for v in (link.replace("’", "'"), link.replace("'", "’"))}
    return regex.compile(rf"[ \u00a0]++(?:{lexicon.trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)")


@cache
def _elided_place() -> regex.Pattern[str]:
    """Spaces, a complement link of ``names.json`` ending with an apostrophe (``d'``, ``de l'``)
    and one capitalised word, maybe hyphenated, that no other capitalised word follows."""
    from quotetrack.mentions import names_data

    raw = names_data()
    links = {v for link in (*raw["complement_links"], *raw["name_complement_links"]) if link.endswith(("'", "’"))
             for v in (link.replace("’", "'"), link.replace("'", "’"))}
    return regex.compile(rf"[ \u00a0]++(?:{lexicon.trie_alternation(links)})\p{{Lu}}[\p{{L}}\-]*+(?![\p{{L}}\d'’])"
                         rf"(?![ \u00a0]++\p{{Lu}})")


def _elided_place_end(text: str, end: int) -> int:
    """The end of a place's one capitalised word after an elided complement link right at ``end``
    (`` d'Amiens``, `` de l'Ain``), else -1."""
    if "'" not in text[end : end + _COMPLEMENT_GAP] and "’" not in text[end : end + _COMPLEMENT_GAP]:
        return -1
    found = _elided_place().match(text, end)
    return -1 if found is None else int(found.end())


def _place_complement(text: str, end: int, m: Mention) -> bool:
    """Whether ``m``, one capitalised word no gazetteer knows, is a complement glued by a link to a
    tail ending at ``end`` (``le Forum des îles| du Pacifique``, ``le Conseil des ministres| de
    l'Ouganda``): the institution's name goes on over it."""
    return (m.kind == "name" and " " not in m.text and m.start - end <= _COMPLEMENT_GAP
            and _complement_gap().fullmatch(text, end, m.start) is not None)


def _branch_complement(text: str, head_end: int, end: int, m: Mention) -> bool:
    """Whether ``m``, a body of no state the gazetteer knows (an international movement: la
    Croix-Rouge), is the complement a link glues to a tail of one lower-case adjective ending at
    ``end`` (``la Société canadienne| de la Croix-Rouge``): a national branch of that movement, its
    name going on over the movement's, no speaker of its own."""
    return (m.kind == "entity" and m.country is None and m.entity_id is not None and not m.entity_id.startswith("state-")
            and m.start - end <= _COMPLEMENT_GAP and text[head_end : end].strip().isalpha()
            and text[head_end : end].strip().islower() and _complement_gap().fullmatch(text, end, m.start) is not None)


def _paired_name(text: str, end: int, m: Mention) -> bool:
    """Whether ``m``, one word of capitalised parts joined by hyphens, stands right after a tail
    ending at ``end``, one space between (``la Conférence épiscopale| Burkina-Niger``, ``la
    Chambre de commerce| France-Chine``): the pair of places the body joins ends its name."""
    return (m.kind == "name" and m.start == end + 1 and text[end] in " \u00a0" and "-" in m.text
            and " " not in m.text and all(p[:1].isupper() for p in m.text.split("-")))


# Most characters of a complement link between a tail and a name (`` de l'``, `` de la ``).
_COMPLEMENT_GAP = 7


def _inside_tail(m: Mention) -> bool:
    """Whether ``m`` may lie inside an institution's lower-case tail and go with it: a role
    written in lower case (``justice`` of ``la Cour de justice européenne``)."""
    return m.kind == "role" and m.text[:1].islower()


@cache
def _portfolio_list() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A noun of ``portfolio_bodies`` (maybe its nationality adjective after it) and its capitalised
    complement, up to two lower-case words after it (``ministère de l'Education nationale``),
    ending the text searched; and the rest of a list of such complements after it (maybe after the
    first's adjectives), its last one after a coordinator (``, du Préscolaire et des Sports``,
    `` et de la Pêche``)."""
    # Imported here: the mention finder imports this module.
    from quotetrack.mentions import names_data

    raw = names_data()
    links = lexicon.trie_alternation([*raw["complement_links"], *raw["name_complement_links"]])
    arts = lexicon.trie_alternation(raw["articles"])
    cap = r"(?-i:\p{Lu})[\p{L}'’\-]*+"
    low = r"(?-i:\p{Ll})[\p{L}\-]*+"
    item = (rf"(?:{links})(?:(?<=['’])|[ \u00a0]++)(?:(?:{arts})(?:(?<=['’])|[ \u00a0]++))?"
            rf"{cap}(?:[ \u00a0]++{cap}){{0,2}}")
    bodies = lexicon.trie_alternation(_data().portfolio_bodies) if _data().portfolio_bodies else "(?!)"
    coord = lexicon.trie_alternation(raw["subject_coordinators"])
    return (regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{bodies})(?:[ \u00a0]++{low})?[ \u00a0]++{item}"
                          rf"(?P<adjectives>(?:[ \u00a0]++{low}){{0,2}})$"),
            regex.compile(rf"(?i)(?P<adjectives>(?:[ \u00a0]++{low}){{0,2}}?)(?:,[ \u00a0]++{item})*+[ \u00a0]++(?:{coord})[ \u00a0]++"
                          rf"{item}(?![\p{{L}}'’])"))


# Up to two lower-case words after the last portfolio, and the punctuation mark closing them if any.
_PORTFOLIO_TAIL = regex.compile(r"(?P<words>(?:[ \u00a0]++\p{Ll}[\p{L}\-]*+){1,2}?)(?![\p{L}'’])(?P<close>[ \u00a0]*+[,.;:)]|)")
# Characters before a description's end read for the body noun and its first portfolio.
_PORTFOLIO_REACH = 90


def portfolios_end(text: str, start: int, end: int) -> int:
    """Where the list of portfolios of a body named in ``text[start:end]`` ends
    (``une source au ministère des Affaires locales| et de l'Environnement``): a noun of
    ``portfolio_bodies`` and a capitalised complement end the description or run on to it over
    adjectives (by their ending), and the writer goes on with the others; ``end`` otherwise."""
    if not any(b in text[start:end] for b in _data().portfolio_bodies):
        return end  # (the cheap test first: no ministry named)
    last, rest = _portfolio_list()
    found = last.search(text, max(start, end - _PORTFOLIO_REACH), end)
    if found is None or not all(is_adjective(w) for w in found.group("adjectives").split()):
        return end
    listed = rest.match(text, end)
    if listed is None or not all(is_adjective(w) for w in listed.group("adjectives").split()):
        return end
    last_end = int(listed.end())
    # "…, des Mines et du Développement| durable,": the last portfolio's own lower-case words,
    # adjectives by their ending or closed by a punctuation mark.
    tail = _PORTFOLIO_TAIL.match(text, last_end)
    if tail is not None and (tail.group("close") or all(is_adjective(w) for w in tail.group("words").split())):
        return int(tail.end("words"))
    return last_end
