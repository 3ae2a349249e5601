"""Every threshold of the linker in one place, each with the reason for its value.

Scores are in [0, 1]. The values were set on the project's dev links and on the
test tables; change them here, never inline.
"""

from __future__ import annotations

from quotetrack.lexicon import Record


class LinkSettings(Record):
    """Thresholds and limits of :func:`quotetrack.link.link`; override by keyword."""

    candidates: int = 4
    """Source sentences kept per quote after the cheap overlap score: the right one is
    nearly always first or second, a few more keep stitched and repeated passages in reach."""
    min_candidate: float = 0.2
    """Weighted share of the quote's content stems a sentence must contain to be aligned at
    all: below it the alignment cannot reach even the paraphrase threshold."""
    min_exact_words: int = 2
    """Fewest words for the exact fast path: a single word occurs anywhere and proves nothing."""
    inner_quote_share: float = 0.5
    """Share of an indirect clause's words that must stand inside quotation marks for the clause
    to take the fidelity of its quoted part (the rest being the writer's own words)."""
    altered_min: float = 0.6
    """Word similarity (on accent-folded words) from which a marked quote that is not an exact
    copy is called ``altered`` rather than a paraphrase: a few changed or inflected words
    keep it well above, a rewording falls below."""
    paraphrase_min: float = 0.5
    """Combined content overlap from which a non-exact statement is a paraphrase; under it
    the statement is ``not_found``. Statements sharing a topic but not a claim (same names,
    same event) stay under it because their verbs and objects differ."""
    foreign_speaker_min: float = 0.85
    """When the source names its author and the quote's speaker is someone else, only
    near-copies link: a paraphrase must reach this much overlap."""
    author_match: float = 85.0
    """rapidfuzz ``token_set_ratio`` from which a quote's speaker is the source's author."""
    crosslang_min: float = 0.3
    """Cross-language lexical score (glossary, names, numbers, cognates) from which a
    statement is a paraphrase of a foreign-language sentence: translations share few
    surface words, so the bar is lower, and names and numbers carry most of it."""
    cognate_ratio: float = 80.0
    """rapidfuzz ratio from which two accent-folded words of different languages are
    cognates (sanction/sanctions, coopération/cooperation)."""
    semantic_min: float = 0.55
    """Cosine of multilingual sentence embeddings from which the optional semantic scorer
    calls a statement a paraphrase."""
    neighbour_words: int = 2
    """Content stems of the quote, absent from the passage so far, that a neighbouring source
    sentence must bring to join a paraphrase's passage (a statement restating two sentences
    at once); one word in common is chance."""
    paraphrase_words: int = 2
    """Content words (same language: stems; across languages: words matched) a paraphrase must
    share with its passage: one word in common (*bombardé le convoi* for *contre un convoi*)
    is chance, however short the statement."""
    edge_gap: int = 3
    """An alignment's matched run of only stop words at either end, separated from the rest by
    more than this many source words, is dropped: it is a chance match, not the passage."""
    max_alternatives: int = 3
    """Other candidate passages reported per link."""


DEFAULT = LinkSettings()
