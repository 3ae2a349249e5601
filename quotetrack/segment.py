"""Stage 1 — paragraphs and sentences over the original string.

Offsets always index the text as given. Sentence boundaries are never placed inside a
protected span (a quotation), never after an abbreviation or an initial, and are found
even when the writer's copy ran two sentences together (``…à Idleb.Cette rencontre…``).

>>> text = "M. Dupont est arrivé.Il a parlé.\\n\\nFin."
>>> [text[s:e] for s, e in paragraphs(text)]
['M. Dupont est arrivé.Il a parlé.', 'Fin.']
>>> [text[s:e] for s, e in sentences(text)]
['M. Dupont est arrivé.', 'Il a parlé.', 'Fin.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

import regex

from quotetrack import lexicon

# A line (no break inside) from its first to its last non-space character: what str.strip()
# leaves of it (the stdlib's \s is str.isspace()), found in one scan without slicing each line.
_PARAGRAPH = re.compile(r"\S(?:[^\n\r\u2028\u2029]*\S)?")

# A candidate boundary: sentence punctuation, optional closing marks or brackets, then either
# white space or (run-together copy) directly a capital letter or an opening mark.
_BOUNDARY = regex.compile(
    # The lookbehind starts a match only at the first mark of a run: "......" costs one try.
    # Closing marks may follow the stop, after the space French typesetting puts before them.
    # (only a typographic closer: a straight mark after a space opens the next quotation).
    # A figure glued to the stop after a word opens a sentence too (« …des Affaires étrangères.2 209
    # Français… »): a decimal point has a figure before it.
    r"(?<![.!?…])[.!?…]++(?:[ \u00a0\u202f]*+[»”]|[\"’)\]])*+(?:[ \t\u00a0\u202f]++|(?=[\p{Lu}«“])|(?<=\p{Ll}[.!?])(?=\p{N}))"
    # Web copy that lost a line break keeps two spaces between a heading and the text.
    r"|(?<=[\p{L}\d»”\"])  ++(?=[\p{Lu}«“]|\"\p{Lu})"
)
# Where a boundary can start: a stop, or the first of two spaces. Every match of _BOUNDARY
# starts there, so it is only tried at these places, found in one fast pass of the stdlib
# engine: it skips ahead in C to the characters an alternation may start with, but only when
# every branch opens with a literal (so not [.!?…]|␣␣, which it tries at every character).
# A space inside a longer run needs no try: the lookbehind before two spaces wants a letter,
# a digit or a closing mark.
_BOUNDARY_START = re.compile(r"\.|!|\?|…|  ")
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}.\-]*+)\.?$")
_NEXT_START = regex.compile(r"[\p{Lu}\p{N}«“\"—–(\[]")


@cache
def _listed_abbreviations() -> frozenset[str]:
    """The abbreviations of ``abbreviations.json`` as written, without their final period."""
    try:
        from quotetrack.registry import abbreviations as registry_abbreviations
    except ImportError:  # registry not built yet: read the raw data if present
        try:
            raw = lexicon.read_json("abbreviations.json")
        except FileNotFoundError:
            return frozenset()
        items = raw.get("abbreviations", raw) if isinstance(raw, dict) else raw
        return frozenset(str(a).rstrip(".") for a in items)
    return frozenset(a.rstrip(".") for a in registry_abbreviations())


@cache
def abbreviations() -> frozenset[str]:
    """Lower-cased abbreviations (without their final period) that do not end a sentence."""
    return frozenset(a.lower() for a in _listed_abbreviations())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` (a line break ends a paragraph)."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return [m.span() for m in _PARAGRAPH.finditer(text)]
    # Only \n breaks lines: what _PARAGRAPH finds, from the text's lines stripped in C (a scan by
    # the pattern costs ~60 instructions a character, its repeat walking every line to its end).
    out = []
    at = 0  # where the line starts
    for line in text.split("\n"):
        body = line.lstrip()
        if body:
            start = at + len(line) - len(body)
            out.append((start, start + len(body.rstrip())))
        at += len(line) + 1
    return out


def sentences(
    text: str,
    protected: Sequence[tuple[int, int]] = (),
    paras: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Sentence spans, paragraph by paragraph, never cutting inside a ``protected`` span."""
    paras = paragraphs(text) if paras is None else paras
    guard = _Protected(protected)
    abbrevs = abbreviations()
    out: list[tuple[int, int]] = []
    for p_start, p_end in paras:
        start = p_start
        for b_start, cut in _boundaries(text, p_start, p_end):
            if cut >= p_end or not _starts_sentence(text[cut]):
                continue
            # Protected when the cut falls inside a quotation (its closing mark is not inside).
            end = b_start + len(text[b_start:cut].rstrip())
            if guard.covers(end - 1) or _after_abbreviation(text, b_start, p_start, abbrevs):
                continue
            out.append((start, end))
            start = cut
        if start < p_end:
            out.append((start, p_end))
    return out


def _boundaries(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans ``_BOUNDARY.finditer(text, start, end)`` yields, the pattern tried only where a
    match can start, and in order among them the empty spans of glued sentence starts."""
    all_glued = glued_starts(text)
    glued = all_glued[bisect.bisect_left(all_glued, start) : bisect.bisect_left(all_glued, end)] if all_glued else ()
    k = 0  # the next glued start to yield
    done = start
    match = _BOUNDARY.match
    for c in _BOUNDARY_START.finditer(text, start, end):
        i = c.start()
        if i >= done and (m := match(text, i, end)) is not None:
            while k < len(glued) and glued[k] < i:
                yield glued[k], glued[k]
                k += 1
            done = m.end()
            yield m.span()
    for g in glued[k:]:
        yield g, g


@lru_cache(maxsize=2)
def glued_starts(text: str) -> tuple[int, ...]:
    """Where web copy glued a sentence to the subheading before it: one of ``glued_openers``
    (``typography.json``) or an opening mark and a letter right after a lower-case letter
    (``ObamaAprès cette``, ``Moscou«Les``), or an opener right after a closing mark
    (``mimétisme»Après``). Remembered for the text's last two callers (segmentation, names).

    >>> glued_starts("Jean DupontLe 3 mai, il a parlé à M. LeBlanc.")
    (11,)
    """
    plain, elided = _glued_openers()
    out = []
    for m in _GLUED_CANDIDATE.finditer(text):
        i = m.start()
        if text[i] in _GLUED_OPENING:
            if text[i - 1] not in _GLUED_CLOSERS and text[i + 1 : i + 2].isalpha():
                out.append(i)
            continue
        word = _GLUED_WORD.match(text, i)
        if word is None:
            continue
        w = word.group()
        if (w in elided and text[word.end() : word.end() + 1].isalpha()) or (w in plain and text[word.end() : word.end() + 1] in _GLUED_AFTER):
            out.append(i)
    return tuple(out)


@cache
def _glued_openers() -> tuple[frozenset[str], frozenset[str]]:
    """``glued_openers`` split: whole words, and elided ones (ending with an apostrophe)."""
    from quotetrack.marks import typography

    words = typography().glued_openers
    return frozenset(w for w in words if w[-1] not in "'’"), frozenset(w for w in words if w[-1] in "'’")


# A capital or an opening mark right after a lower-case letter or a closing mark: what a glued
# sentence start looks like, rare enough in running text to check each one in Python. The
# capital comes first and the letter before it is a lookbehind: the engine then skips in C to
# the rare capitals, where a lower-case letter first would start a try at most characters
# (3x slower; the two classes share no character, so the matches are the same).
_GLUED_CANDIDATE = re.compile(r"[A-ZÀ-ÖØ-Þ«“](?<=[a-zß-öø-ÿ»”].)")
_GLUED_WORD = re.compile(r"[^\W\d_]+(?:['’])?")
_GLUED_OPENING = frozenset("«“")
_GLUED_CLOSERS = frozenset("»”")
_GLUED_AFTER = frozenset(" ,\u00a0")


# A symbol (a degree sign, a currency): glued to a capital, it makes a unit (°C), no initial.
_SYMBOL = regex.compile(r"\p{S}")

# Opening quotation marks, which never follow an initial's period.
_OPENING_QUOTES = frozenset("«\"“„")


@lru_cache(maxsize=1024)
def _starts_sentence(ch: str) -> bool:
    """Whether ``ch`` may open a sentence (``_NEXT_START``), remembered per character."""
    return _NEXT_START.match(ch) is not None


@cache
def _channel_letters() -> tuple[str, ...]:
    """The forms of ``channels.json`` that end with a one-letter name (``sur X``), case-folded."""
    raw = lexicon.read_json("channels.json")
    forms = (str(f) for c in raw.get("channels", ()) for f in c.get("forms", ()))
    return tuple(f.casefold() for f in forms if len(f) > 2 and f[-2] == " " and f[-1].isupper())


def _channel_letter(text: str, dot: int) -> bool:
    """Whether the letter before the period at ``dot`` closes a channel's form (``sur X``)."""
    for form in _channel_letters():
        lo = dot - len(form)
        if lo >= 0 and text[lo:dot].casefold() == form and not text[lo - 1 : lo].isalnum():
            return True
    return False


def _after_abbreviation(text: str, dot: int, floor: int, abbrevs: frozenset[str]) -> bool:
    """True when the period at ``dot`` closes an abbreviation or a one-letter initial."""
    if text[dot] != ".":
        return False
    lo = floor if floor >= dot - 20 else dot - 20
    # Mostly a plain word after a space: then it is what _WORD_BEFORE finds, without a search.
    word = text[text.rfind(" ", lo, dot) + 1 or lo : dot]
    if not word.isalpha():
        if any(ch.isdigit() for ch in word):
            return False  # "le chef de file du M5S.", "au G7.": a name with a digit is no initial
        if _SYMBOL.search(word):
            return False  # "atteindrait 2 °C.": a unit glued to its sign is no initial
        m = _WORD_BEFORE.search(text, lo, dot)
        if m is None:
            return False
        word = m.group(1)
    if word.isupper() and all(len(part) == 1 for part in word.split(".")):  # "J.", "J.D." (J.D. Vance)
        if len(word) == 1 and _channel_letter(text, dot):
            return False  # "par un message sur X. Le Rwanda…": a network's one-letter name, no initial
        if len(word) > 3 and _opens_no_name(text, dot + 1):
            return False  # "au M.R.P. Le candidat…": a dotted acronym, then a sentence's first word
        # "a réagi sur X. « … »": an initial is never followed by a quotation mark.
        return text[dot + 1 : dot + 4].lstrip(" \u00a0\u202f\n")[:1] not in _OPENING_QUOTES
    if word.lower() in _closing_abbreviations():
        # "mouvement de foule, etc. L'article 4 précise …": a list closed, then a new sentence.
        return not text[dot + 1 : dot + 4].lstrip(" \u00a0\u202f")[:1].isupper()
    if word.lower() in _word_abbreviations():
        # "avant leur vol. Selon la compagnie, …": a plain word (vol, art, sept) ending a sentence;
        # the abbreviation is followed by a number or a lower-case word (vol. 2, le 11 sept. 2001).
        return not text[dot + 1 : dot + 4].lstrip(" \u00a0\u202f")[:1].isupper()
    if len(word) > 1 and word.isupper() and word.lower() not in _capital_abbreviations():
        # "assemblé le 737 MAX. Le journal…", "le PP. Son chef…": a word of capitals is an acronym
        # or a name, not the lower-case abbreviation it spells (« max. », « pp. »); only forms the
        # list writes in capitals (« MM. ») are read so.
        return False
    return word.lower() in abbrevs or word.lower().rsplit(".", 1)[-1] in abbrevs


# The capitalised word after a period and its white space.
_NEXT_WORD = regex.compile(r"[ \u00a0\u202f\n]*+(\p{Lu}\p{L}*+)(?![\p{L}.'’\-])")


@cache
def _not_names() -> frozenset[str]:
    """``not_names`` of ``names.json``: capitalised words that open a sentence, never a name."""
    return frozenset(lexicon.read_json("names.json").get("not_names", ()))


def _opens_no_name(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` (after white space) is one of ``not_names`` (Le, Selon): after a
    dotted acronym (O.N.U., three letters or more, no initials), a new sentence's first word."""
    m = _NEXT_WORD.match(text, pos, pos + 24)
    return m is not None and m.group(1) in _not_names()


@cache
def _capital_abbreviations() -> frozenset[str]:
    """The abbreviations of ``abbreviations.json`` written in capitals, two letters or more (``MM.``), lower-cased."""
    return frozenset(a.lower() for a in _listed_abbreviations() if len(a) > 1 and a.isupper())


@cache
def _word_abbreviations() -> frozenset[str]:
    """``word_abbreviations`` of ``typography.json``, lower case, without their final period."""
    from quotetrack.marks import typography

    return frozenset(a.rstrip(".").lower() for a in typography().word_abbreviations)


@cache
def _closing_abbreviations() -> frozenset[str]:
    """``closing_abbreviations`` of ``typography.json``, lower case, without their final period."""
    from quotetrack.marks import typography

    return frozenset(a.rstrip(".").lower() for a in typography().closing_abbreviations)


def trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past the white space that ends ``text[start:end]``, without copying it:
    ``start + len(text[start:end].rstrip())``.

    >>> trimmed_end("Le ministre  , a dit", 0, 13)
    11
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones merged.

    >>> merge_spans([(5, 9), (0, 3), (2, 4)])
    [(0, 4), (5, 9)]
    """
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


class _Protected:
    """Membership test for a sorted list of non-overlapping-or-nested spans."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged = merge_spans(spans)
        self._starts = [s for s, _ in merged]
        self._spans = merged

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._spans[i][0] < pos < self._spans[i][1] - 1


class Spans:
    """Sorted spans with a fast "which one holds this offset" lookup."""

    __slots__ = ("spans", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._starts = [s for s, _ in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def index(self, pos: int) -> int:
        """Index of the last span starting at or before ``pos``; -1 if none."""
        return bisect.bisect_right(self._starts, pos) - 1

    def at(self, pos: int) -> tuple[int, int] | None:
        """The span starting at or before ``pos`` (it may end before ``pos``)."""
        i = bisect.bisect_right(self._starts, pos) - 1  # :meth:`index`, inlined: ~6,000 calls a pass
        return self.spans[i] if i >= 0 else None
