"""A cross-language lexical scorer, no model: names, numbers, glossary translations and cognates.

A French statement and an English (or Russian) sentence it translates share few surface
words, but they share names, numbers, words the glossary maps and cognates
(*sanctions*, *coopération/cooperation*). That is enough to pick the right sentence of a
readout; the link is then a paraphrase (a translation counts as one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from quotetrack.link import resources
from quotetrack.link.candidates import Prepared, prepare
from quotetrack.link.models import Source
from quotetrack.link.normalise import Tokens, digit_value, named_number, stem, tokenize

__all__ = ["Glossary", "glossary_index", "score_sentences"]

_NAME_RATIO = 85.0  # names transliterate (Poutine/Putin, Riyad/Riyadh) but stay close


@dataclass(frozen=True, slots=True)
class Glossary:
    """French stems → English stems, for single words and for phrases (all stems must occur)."""

    words: dict[str, frozenset[str]]
    phrases: tuple[tuple[frozenset[str], frozenset[str]], ...]


def _content_stems(text: str, lang: str) -> list[str]:
    words = tokenize(text).words
    stops = resources.stopwords(lang)
    content = [w for w in words if w not in stops] or words
    return [stem(w, lang) for w in content]


@cache
def glossary_index() -> Glossary:
    """The glossary, stemmed on both sides (built once)."""
    words: dict[str, set[str]] = defaultdict(set)
    phrases: list[tuple[frozenset[str], frozenset[str]]] = []
    for pair in resources.glossary().pairs:
        fr = _content_stems(pair.fr, "fr")
        en = frozenset(_content_stems(pair.en, "en"))
        if len(fr) == 1:
            words[fr[0]] |= en
        elif fr:
            phrases.append((frozenset(fr), en))
    return Glossary({k: frozenset(v) for k, v in words.items()}, tuple(phrases))


@dataclass(slots=True)
class _Sentence:
    stems: frozenset[str]
    words: list[str]
    lower: frozenset[str]
    """Stems of its lower-case words: what is said, not who or where."""
    said: frozenset[str]
    """The same without modality and negation markers (*must*, *not*): how it is said."""
    lower_words: list[str]
    names: frozenset[str]
    entities: frozenset[str | None]
    """Registry ids of its capitalised words (*Putin* and *Poutine* are one person)."""
    numbers: frozenset[float]


def _sentences(p: Prepared) -> list[_Sentence]:
    """The source's sentences as the scorer reads them, built once per text and language."""
    return _sentences_of(p.source.text, p.lang)


@lru_cache(maxsize=128)
def _sentences_of(text: str, lang: str) -> list[_Sentence]:
    return _build_sentences(prepare(Source(id="_", text=text, lang=lang)))


def _build_sentences(p: Prepared) -> list[_Sentence]:
    stops = resources.stopwords(p.lang)
    numbers = resources.language(p.lang).numbers
    manner = resources.language(p.lang).modality | resources.language(p.lang).negation
    out = []
    for u in p.sentences:
        idx = [i for i in range(u.first, u.last) if p.tokens.words[i] not in stops]
        out.append(
            _Sentence(
                stems=frozenset(p.stems[i] for i in idx),
                words=[p.tokens.words[i] for i in idx if len(p.tokens.words[i]) >= 4],
                lower=frozenset(p.stems[i] for i in idx if not p.tokens.raw[i][:1].isupper()),
                said=frozenset(p.stems[i] for i in idx if not p.tokens.raw[i][:1].isupper() and p.tokens.words[i] not in manner),
                lower_words=[p.tokens.words[i] for i in idx if len(p.tokens.words[i]) >= 4 and not p.tokens.raw[i][:1].isupper()],
                names=frozenset(p.tokens.words[i] for i in idx if p.tokens.raw[i][:1].isupper()),
                entities=frozenset(_entity(p.tokens.raw[i]) for i in idx if p.tokens.raw[i][:1].isupper()) - {None},
                numbers=frozenset(v for i in range(u.first, u.last) if (v := _number(p, i, numbers)) is not None),
            )
        )
    return out


def score_sentences(
    article: Tokens, idx: Sequence[int], source: Prepared, cognate_ratio: float, min_words: int = 1
) -> list[tuple[int, float]]:
    """Each source sentence's cross-language score against the selected article words, best first.

    A sentence matching fewer than ``min_words`` of them scores 0: one word in common is chance.
    """
    stops = resources.stopwords("fr")
    french = resources.language("fr")
    fr_numbers = french.numbers
    gloss = glossary_index()
    groups = french.group_determiners
    markers = french.modality | french.negation
    # A number word after a group determiner (« les deux dirigeants ») names a known pair:
    # it says who, like the determiner, and weighs nothing.
    # A number word opening a title (« premier ministre ») is part of the title, no count.
    items = [
        i
        for i in idx
        if article.words[i] not in stops
        and not (article.words[i] in fr_numbers and i > 0 and article.words[i - 1] in groups)
        and not (article.words[i] in fr_numbers and (french.opens_title(article.words, i) or named_number(article, i)))
        # The groups after the first of a number in digits (6 700) are part of its value.
        and not (article.words[i].isdecimal() and digit_value(article, i, "fr") is None)
    ]
    if not items:
        return []
    stems = {article.words[i]: stem(article.words[i], "fr") for i in items}
    present = set(stems.values())
    # A phrase's translation belongs to the words of the phrase only.
    phrase_en: dict[str, frozenset[str]] = defaultdict(frozenset)
    # A name a phrase holds (« Corée du Nord ») matches only that phrase's translation whole:
    # the word alone (Korea) would also match another name (Republic of Korea).
    whole: dict[str, list[frozenset[str]]] = defaultdict(list)
    for fr, en in gloss.phrases:
        if fr <= present:
            for s in fr:
                phrase_en[s] |= en
                whole[s].append(en)
    scored = []
    for j, sent in enumerate(_sentences(source)):
        if not sent.stems:
            continue
        got = total = 0.0
        hits = plain = 0
        for i in items:
            w = article.words[i]
            if w.isdecimal() or w in fr_numbers:
                weight = 2.0
                ok = (digit_value(article, i, "fr") if w.isdecimal() else fr_numbers[w]) in sent.numbers
            elif article.raw[i][:1].isupper():
                weight = 2.0
                st = stems[w]
                translated = (
                    any(en <= sent.stems for en in whole[st])
                    if st in whole
                    else bool(gloss.words.get(st, frozenset()) & sent.stems)
                )
                ok = (
                    w in sent.names
                    or _close(w, sent.words, _NAME_RATIO)
                    or translated
                    or _entity(article.raw[i]) in sent.entities
                )
            else:
                weight = 1.0
                en = gloss.words.get(stems[w], frozenset()) | phrase_en[stems[w]]
                ok = bool(en & sent.stems) or (len(w) >= 5 and _close(w, sent.words, cognate_ratio))
                # English capitalises nationalities and titles (French, President): who, not what.
                # A modal or a negation (doit/must, pas/not) says how, not what; in an idiom the
                # glossary translates (« tout ce qu'il faut », *whatever it takes*) it says what.
                plain += ok and (
                    bool(en & sent.said)
                    or (w not in markers and len(w) >= 5 and _close(w, sent.lower_words, cognate_ratio))
                )
            total += weight
            if ok:
                got += weight
                hits += 1
        q_cov = got / total
        s_cov = min(1.0, hits / len(sent.stems))
        # Names and numbers say who and where; without one word of what was said in
        # common, a sentence is on the same subject, not the same claim.
        scored.append((j, 0.6 * q_cov + 0.4 * s_cov if plain and hits >= min(min_words, len(items)) else 0.0))
    scored.sort(key=lambda t: (-t[1], t[0]))
    return scored


def _number(p: Prepared, i: int, numbers: dict[str, float]) -> float | None:
    """The value of the number the source's word ``i`` writes or begins (*6,700*, *ten*), if any."""
    w = p.tokens.words[i]
    if w.isdecimal():
        return digit_value(p.tokens, i, p.lang)
    return numbers[w] if w in numbers and not _titled(p, i) else None


def _titled(p: Prepared, i: int) -> bool:
    """Whether the number word at ``i`` opens a title of the source's language (*Prime Minister*)."""
    return resources.language(p.lang).opens_title(p.tokens.words, i)


@lru_cache(maxsize=4096)
def _entity(word: str) -> str | None:
    """The registry entity a capitalised word names on its own, if any."""
    from quotetrack.registry import Registry

    found = Registry.default().lookup(word)
    return found.id if found is not None else None


def _close(word: str, candidates: list[str], cutoff: float) -> bool:
    return bool(candidates) and process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff) is not None
