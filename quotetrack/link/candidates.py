"""Prepared sources and the cheap candidate step: an inverted index of content stems per source set.

A quote is compared in detail only with the few source sentences that share most of its
weighted content stems, so linking stays linear in the size of the texts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from quotetrack.link import resources
from quotetrack.link.models import Source
from quotetrack.link.normalise import Tokens, Unit, detect_lang, stem, tokenize, units

__all__ = ["Prepared", "SourceSet", "prepare"]


@dataclass(slots=True)
class Prepared:
    """One source, tokenised and indexed for exact search and alignment."""

    source: Source
    lang: str
    tokens: Tokens
    stems: list[str]
    units: list[Unit]
    sentences: list[Unit]
    unit_starts: frozenset[int]
    unit_ends: frozenset[int]
    positions: dict[str, list[int]]
    """Folded word → its indexes, for the exact fast path."""
    content: list[frozenset[str]]
    """Content stems of each sentence."""
    content_mask: list[bool] = field(default_factory=list)
    """Whether each word is a content word (not a stop word)."""


def prepare(source: Source) -> Prepared:
    """Tokenise, split and index one source (cached on its text and language, bounded)."""
    return _prepare_cached(source.text, source.lang).with_source(source)


@dataclass(slots=True)
class _Shared:
    """The text-dependent part of a prepared source, shared by sources with the same text."""

    lang: str
    tokens: Tokens
    stems: list[str]
    units: list[Unit]
    positions: dict[str, list[int]]
    content: list[frozenset[str]]
    content_mask: list[bool]

    def with_source(self, source: Source) -> Prepared:
        sentences = [u for u in self.units if not u.quoted]
        return Prepared(
            source=source,
            lang=self.lang,
            tokens=self.tokens,
            stems=self.stems,
            units=self.units,
            sentences=sentences,
            unit_starts=frozenset(u.first for u in self.units),
            unit_ends=frozenset(u.last for u in self.units),
            positions=self.positions,
            content=self.content,
            content_mask=self.content_mask,
        )


@lru_cache(maxsize=128)
def _prepare_cached(text: str, lang: str | None) -> _Shared:
    tokens = tokenize(text)
    code = lang or detect_lang(text, tokens.words)
    stops = resources.stopwords(code)
    stems = [stem(w, code) for w in tokens.words]
    mask = [w not in stops for w in tokens.words]
    positions: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(tokens.words):
        positions[w].append(i)
    found = units(text, tokens, code)
    content = [
        frozenset(stems[i] for i in range(u.first, u.last) if mask[i]) for u in found if not u.quoted
    ]
    return _Shared(code, tokens, stems, found, dict(positions), content, mask)


@dataclass(slots=True)
class Candidate:
    """A source sentence and its share of the quote's weighted content stems."""

    source: int
    sentence: int
    score: float


class SourceSet:
    """Several prepared sources behind one inverted index (stem → sentences) with idf weights."""

    def __init__(self, prepared: Sequence[Prepared]) -> None:
        self.prepared = list(prepared)
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        n = 0
        for si, p in enumerate(self.prepared):
            for sj, stems in enumerate(p.content):
                n += 1
                for s in stems:
                    self.postings[s].append((si, sj))
        self.n_sentences = max(n, 1)
        self._idf: dict[str, float] = {}

    def idf(self, stem_: str) -> float:
        """Inverse sentence frequency: a stem in every sentence weighs little, an absent one most."""
        w = self._idf.get(stem_)
        if w is None:
            df = len(self.postings.get(stem_, ()))
            w = self._idf[stem_] = math.log(1.0 + self.n_sentences / (1.0 + df)) + 0.1
        return w

    def candidates(self, query: frozenset[str], limit: int, floor: float) -> list[Candidate]:
        """Sentences sharing at least ``floor`` of the query's idf weight, best first."""
        if not query:
            return []
        total = 0.0
        acc: dict[tuple[int, int], float] = defaultdict(float)
        for s in query:
            w = self.idf(s)
            total += w
            for key in self.postings.get(s, ()):
                acc[key] += w
        ranked = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))
        return [Candidate(k[0], k[1], v / total) for k, v in ranked[:limit] if v / total >= floor]
