"""Words with their offsets, folded and stemmed views, ellipsis fragments, sentence units.

Comparison happens on folded words (case and accents dropped, apostrophes, marks and
spaces skipped), but every word keeps its start and end in the original string: the
token list *is* the offset map, so no offset into the originals is ever lost.

>>> t = tokenize("« L’accord  tient », dit-il.")
>>> t.words
['l', 'accord', 'tient', 'dit', 'il']
>>> t.span_text(1, 3)
'accord  tient'
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from quotetrack.link import resources

__all__ = [
    "Tokens",
    "Unit",
    "detect_lang",
    "digit_value",
    "named_number",
    "fold",
    "fragments",
    "stem",
    "tokenize",
    "tokenize_spans",
    "units",
]

# Letters, marks and digits make words; apostrophes, hyphens, quotation marks and
# spaces separate them, so typography never reaches a comparison.
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]++")
# An ellipsis inside a quote: three dots or the character, bare or in brackets or
# guillemets ((...), […], «...»). Possessive so a run of dots cannot backtrack.
# A try never starts on a space that follows a space (unless the scan starts there, \G):
# it would read the same run as the try one character before it, and fail the same way;
# without this a long run of spaces made the scan quadratic.
_ELLIPSIS = regex.compile(
    r"(?:(?![ \u00a0\u202f])|(?<![ \u00a0\u202f])|\G)"
    r"[\(\[«]?+[ \u00a0\u202f]*+(?:…|\.{3,}+)[ \u00a0\u202f]*+[\)\]»]?+"
)
# A sentence may end after terminal punctuation (and closing marks) followed by space,
# or at a line break.
# An incise between a closing and a reopening mark inside one quotation (bounded, lazy).
_INCISE = regex.compile(r"»[^«»]{1,120}?«|”[^“”]{1,120}?“")
# The lookbehinds start a match only at the first mark of a run ("......", blank lines).
_SENT_END = regex.compile(r"(?<![.!?…])[.!?…]++[\"»”’)\]]*+(?=\s)|(?<!\n)\n++")
# Quoted passages inside a source: the source's own quotations are units too.
_SOURCE_QUOTE = regex.compile(r"«([^«»\n]++)»|“([^“”\n]++)”|\"([^\"\n]++)\"")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents (``État`` → ``etat``); a bounded cache since words repeat."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def stem(word: str, lang: str = "fr") -> str:
    """A light suffix-stripping stem of a folded word, suffixes from data (longest first)."""
    data = resources.language(lang)
    for suffix in _suffixes(lang):
        if word.endswith(suffix) and len(word) - len(suffix) >= data.min_stem:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=8)
def _suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted(resources.language(lang).suffixes, key=len, reverse=True))


@dataclass(slots=True)
class Tokens:
    """The words of a text: folded form, original form and offsets, in parallel lists."""

    text: str
    words: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.words)

    def stems(self, lang: str) -> list[str]:
        """Stems of every word, in order."""
        return [stem(w, lang) for w in self.words]

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        """Character span covering words ``i`` to ``j`` (exclusive); empty at the gap when ``i == j``."""
        if i < j:
            return self.starts[i], self.ends[j - 1]
        if i < len(self.starts):
            return self.starts[i], self.starts[i]
        pos = self.ends[-1] if self.ends else 0
        return pos, pos

    def span_text(self, i: int, j: int) -> str:
        """Original text covering words ``i`` to ``j``."""
        a, b = self.char_span(i, j)
        return self.text[a:b]

    def index_at(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect_left(self.starts, offset)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """The words of ``text[start:end]`` with offsets into ``text``."""
    found = list(_WORD.finditer(text, start, len(text) if end is None else end))
    raw = [m.group() for m in found]
    return Tokens(text, list(map(fold, raw)), raw, [m.start() for m in found], [m.end() for m in found])


def tokenize_spans(text: str, spans: Iterable[tuple[int, int]]) -> Tokens:
    """The words inside the given spans only (merged), with offsets into ``text``.

    An article's quotes are a fraction of it: only their words are ever compared.
    """
    tokens = Tokens(text)
    last = 0
    for a, b in sorted(spans):
        a = max(a, last)
        if b <= a:
            continue
        part = tokenize(text, a, b)
        tokens.words += part.words
        tokens.raw += part.raw
        tokens.starts += part.starts
        tokens.ends += part.ends
        last = b
    return tokens


def fragments(text: str, tokens: Tokens, start: int, end: int) -> list[list[int]]:
    """Indexes of the words of ``text[start:end]``, split where an ellipsis or an incise cuts the quote.

    An incise inside the marks (« Nous partirons, a-t-il dit, dès demain ») is the writer's,
    not the speaker's: its words are left out, and the pieces around it are fragments.
    """
    lo = bisect_left(tokens.starts, start)
    hi = bisect_left(tokens.starts, end)
    piece = text[start:end]
    # Cheap tests first: most quotes have neither an ellipsis nor a reopened mark.
    cuts = []
    if "…" in piece or ".." in piece:
        cuts += [(m.start(), m.end()) for m in _ELLIPSIS.finditer(text, start, end)]
    if "»" in piece or "”" in piece:
        # A closing mark that closes a quotation opened inside the span (an indirect clause
        # quoting « two » separate « fragments ») ends a quoted fragment, not the speaker's
        # words before an incise: the writer's words after it stay.
        seen = start
        opened = 0
        for m in _INCISE.finditer(text, start, end):
            opener, closer = ("«", "»") if m.group()[0] == "»" else ("“", "”")
            opened += text.count(opener, seen, m.start()) - text.count(closer, seen, m.start())
            seen = m.end()
            if opened <= 0:
                cuts.append((m.start(), m.end()))
                opened = 0
            else:
                # The mark at the match's end opens the next quoted fragment.
                opened = 1
    if not cuts:
        i = hi
        while i > lo and tokens.ends[i - 1] > end:
            i -= 1
        return [list(range(lo, i))] if i > lo else []
    cuts.sort()
    groups: dict[int, list[int]] = {}
    for i in range(lo, hi):
        if tokens.ends[i] > end:
            break
        pos = tokens.starts[i]
        if any(a <= pos < b for a, b in cuts):
            continue
        groups.setdefault(sum(1 for _, b in cuts if b <= pos), []).append(i)
    return [groups[k] for k in sorted(groups)]


def _joined(tokens: Tokens, i: int, separators: frozenset[str]) -> bool:
    """Whether digit word ``i`` goes on the group before it (*6,700*, *500 000*, *500'000*)."""
    if i <= 0 or len(tokens.words[i]) != 3 or not tokens.words[i].isdecimal():
        return False
    before = tokens.words[i - 1]
    return (
        before.isdecimal()
        and (len(before) <= 3 or _joined(tokens, i - 1, separators))
        and tokens.text[tokens.ends[i - 1] : tokens.starts[i]] in separators
    )


def digit_value(tokens: Tokens, i: int, lang: str) -> float | None:
    """The value of the number written in digits from word ``i`` on, its groups of thousands joined.

    *6,700* in English and *6 700* or *6700* in French are one number; ``None`` for a word that
    is no digit or that continues a group begun before it (its value is the first group's).
    """
    words = tokens.words
    if not words[i].isdecimal():
        return None
    separators = resources.language(lang).thousands
    if _joined(tokens, i, separators):
        return None
    value = float(words[i])
    j = i + 1
    while j < len(words) and _joined(tokens, j, separators):
        value = value * 1000 + float(words[j])
        j += 1
    return value


def named_number(tokens: Tokens, i: int) -> bool:
    """Whether word ``i``, a number word, is capitalised inside its sentence: a name, no count.

    *les Vingt-Sept* are the member states, while *Trois soldats…* opening a sentence counts.
    """
    if i <= 0 or not tokens.raw[i][:1].isupper():
        return False
    gap = tokens.text[tokens.ends[i - 1] : tokens.starts[i]]
    return len(gap) <= 2 and not any(c in gap for c in ".!?…:«»\"“”")


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence of a source, or a quotation inside one, as a word range."""

    first: int
    last: int
    """Exclusive."""
    sentence: int
    """Index of the sentence it belongs to."""
    quoted: bool = False


def _sentence_ends(text: str, tokens: Tokens, lang: str) -> Iterator[int]:
    abbreviations = resources.language(lang).abbreviations
    for m in _SENT_END.finditer(text):
        if m.group().startswith("."):
            before = tokens.index_at(m.start()) - 1
            if before >= 0 and tokens.ends[before] == m.start():
                word = tokens.raw[before]
                # An initial (M., J.) or an abbreviation does not end a sentence.
                if (len(word) == 1 and word.isupper()) or tokens.words[before] in abbreviations:
                    continue
            nxt = m.end()
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt < len(text) and text[nxt].islower():
                continue
        elif m.group() == "\n":
            # A hard-wrapped line (a PDF or a mail): a lone line break before a lower-case
            # word goes on with the sentence.
            nxt = m.end()
            while nxt < len(text) and text[nxt] in " \t\u00a0":
                nxt += 1
            if nxt < len(text) and text[nxt].islower():
                continue
        yield m.end()


def units(text: str, tokens: Tokens, lang: str = "fr") -> list[Unit]:
    """Sentences of a source as word ranges, then the quotations inside them.

    In a press-briefing transcript a journalist's question (its labelled paragraph) is a
    quoted unit, not the author's words, and an answer's label is no word of its sentence.
    """
    out: list[Unit] = []
    first = 0
    for end in _sentence_ends(text, tokens, lang):
        last = tokens.index_at(end)
        if last > first:
            out.append(Unit(first, last, len(out)))
            first = last
    if first < len(tokens):
        out.append(Unit(first, len(tokens), len(out)))
    labels = _transcript_labels(lang)
    if labels is not None:
        starts = [u.first for u in out]
        for m in labels.finditer(text):
            k = bisect_left(starts, tokens.index_at(m.start()))
            if k == len(out) or out[k].first != tokens.index_at(m.start()):
                continue
            if m.group("answer") is not None:
                body = tokens.index_at(m.end())
                if body < out[k].last:
                    out[k] = Unit(body, out[k].last, k)
                continue
            stop = text.find("\n", m.end())
            stop = len(tokens) if stop < 0 else tokens.index_at(stop)
            while k < len(out) and out[k].first < stop:
                out[k] = Unit(out[k].first, out[k].last, k, quoted=True)
                k += 1
    sentences = list(out)
    for m in _SOURCE_QUOTE.finditer(text):
        a = tokens.index_at(m.start())
        b = tokens.index_at(m.end())
        if b > a:
            owner = next((s.sentence for s in sentences if s.first <= a < s.last), 0)
            out.append(Unit(a, b, owner, quoted=True))
    return out


@lru_cache(maxsize=8)
def _transcript_labels(lang: str) -> regex.Pattern[str] | None:
    """A line opening with a question or answer label of ``lang`` and its dash or colon (*Q -*, *R :*)."""
    data = resources.language(lang)
    if not data.question_labels and not data.answer_labels:
        return None

    def alternatives(labels: Sequence[str]) -> str:
        return "|".join(regex.escape(x) for x in sorted(labels, key=len, reverse=True)) or "(?!)"

    return regex.compile(
        rf"(?m)^[ \t]*+(?:(?P<question>{alternatives(data.question_labels)})|(?P<answer>{alternatives(data.answer_labels)}))"
        r"[ \t]*+[-–—:][ \t]++"
    )


def detect_lang(text: str, words: Sequence[str] | None = None) -> str:
    """``fr``, ``en`` or ``ru`` from script and stop-word ratio (cheap: the first few hundred words).

    ``words``, when the caller has already folded the text's words, saves tokenising again.
    """
    sample = text[:3000]
    if _CYRILLIC.search(sample) and len(_CYRILLIC.findall(sample)) > sum(1 for c in sample if c.isalpha()) / 3:
        return "ru"
    head = words[:500] if words is not None else tokenize(sample).words
    fr = resources.stopwords("fr")
    en = resources.stopwords("en")
    n_fr = sum(1 for w in head if w in fr)
    n_en = sum(1 for w in head if w in en)
    return "en" if n_en > n_fr else "fr"
