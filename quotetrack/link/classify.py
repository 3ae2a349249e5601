"""Meaning-changing differences between a quote and its source passage: negation, numbers, names, modality.

>>> from quotetrack.link.normalise import tokenize
>>> a = tokenize("Nous ne retirerons pas 300 soldats")
>>> s = tokenize("Nous retirerons 3000 soldats")
>>> flags(a, range(len(a)), "fr", s, range(len(s)), "fr")
('negation', 'number')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from quotetrack.link import resources
from quotetrack.link.models import Flag
from quotetrack.link.normalise import Tokens, digit_value, named_number, stem
from quotetrack.registry import Registry

__all__ = ["chain", "entities", "flags", "markers", "numbers"]

_COGNATE = 80.0
"""How alike a word and its translation are to count as a cognate (as ``LinkSettings.cognate_ratio``)."""


def numbers(tokens: Tokens, idx: Iterable[int], lang: str, *, counts_only: bool = False) -> Counter[float]:
    """Numbers written in digits or words (as values) among the selected words.

    ``counts_only`` leaves out a number word after a group determiner (*les deux dirigeants*):
    it names a known group, and a restatement may drop it.
    """
    data = resources.language(lang)
    words = data.numbers
    out: Counter[float] = Counter()
    for i in idx:
        w = tokens.words[i]
        if w.isdecimal():
            # Groups of thousands are one number (6,700 / 6 700); a group going on one is no count.
            if (value := digit_value(tokens, i, lang)) is not None:
                out[value] += 1
        elif w in words:
            if data.opens_title(tokens.words, i) or named_number(tokens, i):
                continue
            if counts_only and i > 0 and tokens.words[i - 1] in data.group_determiners:
                continue
            out[words[w]] += 1
    return out


def markers(tokens: Tokens, idx: Iterable[int], vocabulary: frozenset[str]) -> list[str]:
    """Occurrences of the words of ``vocabulary`` (negation or modality markers), sorted."""
    words = tokens.words
    return sorted(w for w in (words[i] for i in idx) if w in vocabulary)


def entities(tokens: Tokens, idx: Iterable[int], *, resolve: bool = False) -> set[str]:
    """Folded capitalised words, except the first of the span and those after a sentence end.

    ``resolve`` gives a word the registry knows its entity's id instead, so that a capital
    and its country (*Kiev*, *l'Ukraine*) are one name.
    """
    out = set()
    previous = -1
    for i in idx:
        raw = tokens.raw[i]
        if previous >= 0 and raw[:1].isupper() and not raw.isdigit():
            gap = tokens.text[tokens.ends[previous] : tokens.starts[i]]
            if not any(c in gap for c in ".!?…:"):
                out.add((_entity_id(raw) if resolve else None) or tokens.words[i])
        previous = i
    return out


@lru_cache(maxsize=1024)
def chain(reg: Registry, entity_id: str, year: int | None = None) -> frozenset[str]:
    """The entity and every body above it: parents, and the bodies of the offices it holds in ``year`` (``None``: now)."""
    out: set[str] = set()
    todo = [entity_id]
    while todo:
        eid = todo.pop()
        if eid in out:
            continue
        out.add(eid)
        e = reg.get(eid)
        if e is None:
            continue
        if e.parent:
            todo.append(e.parent)
        todo += [h.institution for h in e.roles if h.institution and h.active(year)]
    return frozenset(out)


def _unrelated(names: set[str], others: set[str]) -> set[str]:
    """The names no name of ``others`` sits above or below in the registry (*la Suisse* for *le DFAE*)."""
    reg = Registry.default()
    return {n for n in names if not any(o in chain(reg, n) or n in chain(reg, o) for o in others)}


@lru_cache(maxsize=4096)
def _entity_id(word: str) -> str | None:
    """The registry entity a capitalised word names on its own, if any."""
    found = Registry.default().lookup(word)
    return found.id if found is not None else None


def flags(
    article: Tokens,
    a_idx: Iterable[int],
    a_lang: str,
    source: Tokens,
    s_idx: Iterable[int],
    s_lang: str,
    *,
    loose: bool = False,
) -> tuple[Flag, ...]:
    """The kinds of meaning-changing difference between the article's words and the source's.

    Within one language markers are compared word for word; across languages only their
    presence is, since translations do not keep word counts. ``loose`` (paraphrases) flags
    only a number, name or modal of the article missing from the source, since restating adds
    context and quotes part of its passage, and compares negation by presence, since restating
    changes its words.
    """
    a_idx = list(a_idx)
    s_idx = list(s_idx)
    la, ls = resources.language(a_lang), resources.language(s_lang)
    same = a_lang == s_lang
    out: list[Flag] = []
    neg_a, neg_s = markers(article, a_idx, la.negation), markers(source, s_idx, ls.negation)
    if not same and bool(neg_a) != bool(neg_s):
        neg_a, neg_s = _untranslated(neg_a, neg_s, article, a_idx, a_lang, source, s_idx, s_lang)
    if loose and not same and neg_s and not neg_a:
        # A restatement of part of the passage: the source's negation of a clause it does not
        # restate (*without grounds or explanation* left out of « violation flagrante… ») is no change.
        neg_s = _restated(source, s_idx, s_lang, article, a_idx, a_lang, ls.negation)
    # A paraphrase restates: « sans qu'aucun » for « aucun… n' » keeps the negation.
    if (neg_a != neg_s) if same and not loose else (bool(neg_a) != bool(neg_s)):
        out.append("negation")
    num_a = numbers(article, a_idx, a_lang, counts_only=loose)
    # A paraphrase is checked for numbers of its own the source lacks: every number the
    # source writes counts, a group's too (« la première fois » for *the first time*).
    num_s = numbers(source, s_idx, s_lang)
    if loose or not same:
        numbers_differ = bool(set(num_a) - set(num_s)) if loose else set(num_a) != set(num_s)
    else:
        numbers_differ = num_a != num_s
    if numbers_differ:
        out.append("number")
    if same:
        ent_a, ent_s = entities(article, a_idx, resolve=True), entities(source, s_idx, resolve=True)
        # A name dropped or added with the words around it is a trim; a name in place of
        # another is a change of who or where. A name in place of the source's pronoun
        # (« La France ménagera… » for « Elle ne ménagera… ») says who, it changes no one.
        named = sum((Counter(markers(source, s_idx, ls.pronouns)) - Counter(markers(article, a_idx, la.pronouns))).values())
        # A state for its ministry or a minister for his office names the same voice.
        added, dropped = _unrelated(ent_a - ent_s, ent_s), _unrelated(ent_s - ent_a, ent_a)
        if added and (dropped or not (loose or named >= len(added))):
            out.append("entity")
    mod_a, mod_s = markers(article, a_idx, la.modality), markers(source, s_idx, ls.modality)
    if not same and bool(mod_a) != bool(mod_s):
        mod_a, mod_s = _untranslated(mod_a, mod_s, article, a_idx, a_lang, source, s_idx, s_lang)
    # A paraphrase restates part of its passage: a modal of the source's other clause
    # (*serious questions it must answer* for « graves questions ») is no change; a modal
    # the restatement adds is one.
    if (mod_a and not mod_s) if loose else (mod_a != mod_s) if same else (bool(mod_a) != bool(mod_s)):
        out.append("modality")
    return tuple(out)


def _restated(
    source: Tokens, s_idx: list[int], s_lang: str, article: Tokens, a_idx: list[int], a_lang: str, vocabulary: frozenset[str]
) -> list[str]:
    """The source's markers whose next content word the article renders (by the glossary or a cognate)."""
    from rapidfuzz import fuzz

    from quotetrack.link.crosslang import glossary_index

    if (a_lang, s_lang) != ("fr", "en"):
        return markers(source, s_idx, vocabulary)
    gloss = glossary_index().words
    stops = resources.stopwords(s_lang)
    a_words = [article.words[i] for i in a_idx]
    rendered = frozenset().union(*(gloss.get(stem(w, a_lang), frozenset()) for w in a_words))
    long_words = [w for w in a_words if len(w) >= 5]
    out = []
    for k, i in enumerate(s_idx):
        w = source.words[i]
        if w not in vocabulary:
            continue
        nxt = next((source.words[j] for j in s_idx[k + 1 : k + 4] if source.words[j] not in stops and source.words[j] not in vocabulary), None)
        if nxt is None or stem(nxt, s_lang) in rendered or any(fuzz.ratio(nxt, a) >= _COGNATE for a in long_words):
            out.append(w)
    return sorted(out)


def _untranslated(
    found_a: list[str], found_s: list[str], article: Tokens, a_idx: list[int], a_lang: str, source: Tokens, s_idx: list[int], s_lang: str
) -> tuple[list[str], list[str]]:
    """The markers of each side the glossary does not render by a word of the other side.

    A marker inside an idiom the glossary translates (« tout ce qu'il faut », *whatever it
    takes*; « sans plus tarder », *without further delay*) is that idiom's word, not a modal
    or a negation the translation dropped or added.
    """
    if (a_lang, s_lang) != ("fr", "en"):
        return found_a, found_s
    from quotetrack.link.crosslang import glossary_index

    gloss = glossary_index().words
    present = {stem(source.words[i], s_lang) for i in s_idx}
    rendered = frozenset().union(*(gloss.get(stem(article.words[i], a_lang), frozenset()) for i in a_idx))
    return (
        [w for w in found_a if not gloss.get(stem(w, a_lang), frozenset()) & present],
        [w for w in found_s if stem(w, s_lang) not in rendered],
    )
