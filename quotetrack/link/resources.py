"""The linker's language data, loaded once and validated: stop words, markers, stemmer, glossary."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from pydantic import Field

from quotetrack.lexicon import Record, load


class _Commented(Record):
    """A data file whose top level may carry a ``_comment``."""

    comment: str = Field(default="", alias="_comment")


class StopWords(_Commented):
    """``stopwords_<lang>.json``."""

    words: tuple[str, ...]


class Language(Record):
    """One language of ``link_lexicon.json``."""

    negation: frozenset[str]
    modality: frozenset[str]
    numbers: dict[str, float]
    suffixes: tuple[str, ...]
    min_stem: int = 3
    abbreviations: frozenset[str] = frozenset()
    group_determiners: frozenset[str] = frozenset()
    """Before a number word, the number names a known group (*les deux dirigeants*), no count."""
    pronouns: frozenset[str] = frozenset()
    """Subject pronouns a quotation may replace by the name they stand for (*elle* → *la France*)."""
    thousands: frozenset[str] = frozenset()
    """What may stand between groups of three digits of one number (*6,700*, *500 000*, *500'000*)."""
    titles: frozenset[str] = frozenset()
    """Two-word titles opening with a number word (*premier ministre*, *first lady*): no count."""
    question_labels: tuple[str, ...] = ()
    """Labels opening a journalist's question in a press-briefing transcript (*Q -*): not the author's words."""
    answer_labels: tuple[str, ...] = ()
    """Labels opening the spokesperson's answer (*R -*): not words of the sentence."""

    def opens_title(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]`` opens one of the ``titles`` with the word after it (*premier ministre*)."""
        return i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in self.titles


class LinkLexicon(_Commented):
    """``link_lexicon.json``: per-language word lists, keyed by ISO code."""

    languages: dict[str, Language]


class GlossaryPair(Record):
    """One French–English correspondence."""

    fr: str
    en: str


class Glossary(_Commented):
    """``glossary_fr_en.json``."""

    pairs: tuple[GlossaryPair, ...]


@cache
def lexicon() -> LinkLexicon:
    """The per-language lists (validated once)."""
    return load("link_lexicon.json", LinkLexicon)  # type: ignore[no-any-return]


@cache
def language(code: str) -> Language:
    """The lists of one language; unknown languages fall back to empty lists."""
    langs = lexicon().languages
    if code in langs:
        return langs[code]
    return Language(negation=frozenset(), modality=frozenset(), numbers={}, suffixes=())


@cache
def stopwords(code: str) -> frozenset[str]:
    """Function words of a language, accent-folded; empty for a language without a list."""
    from quotetrack.link.normalise import fold

    try:
        data = load(f"stopwords_{code}.json", StopWords)
    except FileNotFoundError:
        return frozenset()
    return frozenset(fold(w) for w in data.words)


@cache
def glossary() -> Glossary:
    """The French–English glossary."""
    return load("glossary_fr_en.json", Glossary)  # type: ignore[no-any-return]
