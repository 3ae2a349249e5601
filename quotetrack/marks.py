"""Stage 2 — pair quotation marks into spans, in one linear scan.

Each mark gets a role from its neighbours (opening, closing, or both possible: straight
marks), pairs are made with one stack, a paragraph reopened with an opening mark continues
the quotation, and a mark left open at the end of a paragraph is closed there — recorded
as a repair with a lower confidence, so broken copy never swallows the rest of the text.

>>> [(s.inner_start, s.inner_end) for s in find_marked("Il dit « oui » puis « non ».")]
[(9, 12), (22, 25)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import regex
from pydantic import field_validator

from quotetrack import lexicon
from quotetrack.lexicon import Record


class Family(Record):
    """One family of quotation marks (guillemets, curly, straight…)."""

    id: str
    open: tuple[str, ...]
    close: tuple[str, ...]
    straight: bool = False
    strength: float = 1.0
    weak: bool = False
    """Weak families (single quotes) double as apostrophes: unpaired marks are dropped silently."""


class Typography(Record):
    """Schema of ``data/typography.json``."""

    families: tuple[Family, ...]
    inner_spaces: tuple[str, ...]
    sentence_end: tuple[str, ...]
    glued_openers: tuple[str, ...] = ()
    """Words that open a sentence glued to a lower-case letter (``brûlésEn outre``), where web
    copy lost the line break after a subheading."""
    dialogue_dashes: tuple[str, ...]
    closing_abbreviations: tuple[str, ...] = ()
    """Abbreviations of ``abbreviations.json`` that close a list (``etc.``): a capitalised word
    after them opens a new sentence."""
    word_abbreviations: tuple[str, ...] = ()
    """Abbreviations that also spell a plain word (``vol.``, ``art.``, ``sept.``): a capitalised
    word after them opens a new sentence; a number follows the abbreviation."""
    list_bullets: tuple[str, ...] = ()
    """Characters opening a list item (``- « … » ;``)."""
    ellipses: tuple[str, ...]
    question_ends: tuple[str, ...] = ()
    """Question marks ending a sentence (``?``): after marks alone on their line, the writer asks
    about the words (a subhead ``« Pas de risque » ?``)."""
    inverted_openers: tuple[str, ...] = ()
    """Marks Spanish sets before an exclamation or a question (``¡``, ``¿``): words in marks
    that open with one still open with the capital after it (« ¡Fuera Duque! »)."""
    folds: dict[str, str] = {}
    """Typographic variants read as one character (thin space as narrow no-break space,
    non-breaking hyphen as hyphen…), see :mod:`quotetrack.fold`: one character to one."""

    @field_validator("folds")
    @classmethod
    def _one_to_one(cls, folds: dict[str, str]) -> dict[str, str]:
        bad = [f"{k!r}->{v!r}" for k, v in folds.items() if len(k) != 1 or len(v) != 1 or k == v]
        if bad:
            raise ValueError(f"each fold maps one character to another single character: {', '.join(bad)}")
        return folds


@cache
def typography() -> Typography:
    """The typographic data, validated once."""
    typo: Typography = lexicon.load("typography.json", Typography)
    return typo


@cache
def opening_marks() -> frozenset[str]:
    """Every character that can open a quotation, from the typographic data."""
    return frozenset(c for f in typography().families for m in f.open for c in m)


@cache
def closing_marks() -> frozenset[str]:
    """Every character that can close a quotation, from the typographic data."""
    return frozenset(c for f in typography().families for m in f.close for c in m)


def left_open(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leaves a quotation open at ``end``: more opening marks than
    closing ones (an apostrophe is neither; a straight mark that does both opens and closes in
    turn). For a short stretch only: it reads every character."""
    opening, closing = opening_marks() - {"'", "\u2019"}, closing_marks() - {"'", "\u2019"}
    depth = 0
    for ch in text[start:end]:
        if ch in opening and ch in closing:
            depth = 0 if depth else 1
        elif ch in opening:
            depth += 1
        elif ch in closing and depth:
            depth -= 1
    return depth > 0


@dataclass(slots=True)
class MarkedSpan:
    """A pair of quotation marks and what lies between them."""

    open_start: int
    open_end: int
    close_start: int
    close_end: int
    family: str
    inner_start: int = 0
    inner_end: int = 0
    depth: int = 0
    confidence: float = 1.0
    repairs: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Open:
    pos: int
    family: Family
    repairs: list[tuple[str, int]]


@dataclass(frozen=True, slots=True)
class _Scanner:
    """Everything compiled once from the typography data."""

    pattern: re.Pattern[str]
    words_skipped: re.Pattern[str]
    """``pattern`` without the weak marks standing between two letters or digits (the
    apostrophes of l'État, aujourd'hui), which :meth:`_Scan._mark` ignores."""
    openers: dict[str, tuple[Family, ...]]
    closers: dict[str, tuple[Family, ...]]
    spaces: str


@cache
def _scanner() -> _Scanner:
    typo = typography()
    chars = sorted({c for f in typo.families for c in f.open + f.close})
    openers: dict[str, list[Family]] = {}
    closers: dict[str, list[Family]] = {}
    for fam in typo.families:
        for c in fam.open:
            openers.setdefault(c, []).append(fam)
        for c in fam.close:
            closers.setdefault(c, []).append(fam)
    # A class of literal characters: the stdlib engine finds them ~3x faster than regex, same matches.
    pattern = re.compile("[" + "".join(re.escape(c) for c in chars) + r"\n\r\u2028\u2029]")
    strong = "".join(re.escape(c) for c in chars if not (openers.get(c) or closers[c])[0].weak)
    # Any mark, then: a strong one or a break, or a letter or digit missing on one side
    # ([^\W_] is what str.isalnum() accepts, the test _mark makes of a weak mark's neighbours).
    # Opening with the class keeps the engine's fast skip to the next candidate character.
    words_skipped = re.compile(
        pattern.pattern + f"(?:(?<=[{strong}\\n\\r\\u2028\\u2029])|(?<![^\\W_].)|(?![^\\W_]))"
    )
    return _Scanner(
        pattern,
        words_skipped,
        {k: tuple(v) for k, v in openers.items()},
        {k: tuple(v) for k, v in closers.items()},
        "".join(typo.inner_spaces),
    )


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, spaces: str, *, spaced: bool = False) -> tuple[bool, bool]:
    """Whether the mark at ``i`` may open and may close, judged from its two neighbours;
    ``spaced``: whether it may open with a space inside, as guillemets do (see _spaced_opening)."""
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    left_open = left in spaces or left in "\n\r([{—–-/:'’«“" or left.isspace()
    right_close = right in spaces or right.isspace() or right in ".,;:!?…)]}»”-—–"
    # "…les Etats-Unis."Il y a…": run-together copy opens a quotation right after a full stop,
    # or right after the mark closing the quotation before ("…italien.""Nous avons…").
    left_open = left_open or (left in ".!?…\"»”" and right.isupper())
    can_open = left_open and (not (right in spaces or right.isspace()) or (spaced and _spaced_opening(text, i, spaces)))
    can_close = not (left in spaces or left.isspace()) or right_close
    if _is_letter(left) and _is_letter(right):
        return True, True
    return can_open, can_close


def _spaced_opening(text: str, i: int, spaces: str) -> bool:
    """``" Nous partirons "``: a straight mark set with the space French typesetting puts inside
    guillemets, a word right after one or two spaces, and the same mark again before the line
    ends (its closing one: a stray mark opens nothing)."""
    j = i + 1
    while j < len(text) and j <= i + 2 and text[j] in spaces:
        j += 1
    if j >= len(text) or not text[j].isalnum():
        return False
    # The next mark first, then no break before it: each scan stops at the next mark, so a
    # line of a million marks costs one pass, not one per mark.
    k = text.find(text[i], j)
    return k >= 0 and text.find("\n", j, k) < 0


def find_marked(text: str) -> list[MarkedSpan]:
    """Every paired quotation, outermost first at equal start, with depth and repairs."""
    sc = _scanner()
    scan = _Scan(text, sc)
    pos = 0
    # Apostrophes inside words are no marks and are skipped, except as the first mark after a
    # paragraph break, which decides whether the quotation goes on (half the marks of French copy).
    while (m := (sc.pattern if scan.pending_reopen else sc.words_skipped).search(text, pos)) is not None:
        scan.feed(m.group(), m.start())
        pos = m.end()
    return scan.finish()


class _Scan:
    """The state of one left-to-right scan: the open marks (one stack, indexed by family
    so that finding what a closing mark closes costs O(1)) and the spans made so far.
    Every mark is pushed and popped at most once: the scan is linear in the text."""

    def __init__(self, text: str, sc: _Scanner) -> None:
        self.text = text
        self.sc = sc
        self.stack: list[_Open] = []
        self.by_family: dict[str, list[int]] = {}
        self.spans: list[MarkedSpan] = []
        self.para_start = 0
        self.pending_reopen = False

    def feed(self, ch: str, i: int) -> None:
        if ch in "\n\r\u2028\u2029":
            if self.stack and not self.pending_reopen:
                self.pending_reopen = self._wait_for_reopening(i)
            self.para_start = i + 1
            return
        if self.pending_reopen:
            # The first mark after the break: a reopening mark continues the quotation.
            self.pending_reopen = False
            if self.stack and _first_visible(self.text, i) and _reopens(ch, self.stack[-1].family):
                self.stack[-1].repairs.append(("reopened_paragraph", i))
                return
            self._close_all_at(_para_end_before(self.text, i))
        self._mark(ch, i)

    def finish(self) -> list[MarkedSpan]:
        if self.stack:
            self._close_all_at(_para_end_before(self.text, len(self.text)))
        self.spans.sort(key=lambda s: (s.open_start, -s.close_end))
        _set_depths(self.spans)
        return self.spans

    def _mark(self, ch: str, i: int) -> None:
        """Give the mark at ``i`` its role and update the stack (or the spans) accordingly."""
        text, sc = self.text, self.sc
        opens = sc.openers.get(ch, ())
        closes = sc.closers.get(ch, ())
        fam = (opens or closes)[0]
        k = self._matching_open(closes) if closes else None
        if fam.straight or fam.weak:
            # Straight and single marks look alike open or closed: the neighbours decide.
            left = text[i - 1] if i > 0 else " "
            right = text[i + 1] if i + 1 < len(text) else " "
            if fam.weak and left.isalnum() and right.isalnum():
                return  # an apostrophe
            can_open, can_close = _role(text, i, sc.spaces, spaced=not fam.weak)
            if k is not None and can_close:
                self._close(i, k)
            elif opens and can_open:
                self._push(i, opens[0])
            return
        # Typographic marks carry their role; “ closes only what „ opened.
        if k is not None and not (opens and text[self.stack[k].pos] == ch):
            self._close(i, k)
        elif opens:
            self._push(i, opens[0])
        elif self.stack and not self.stack[-1].family.weak:
            # "Nous devons être prêts au cas où». : web copy closes with another family's mark.
            self.stack[-1].repairs.append(("mismatched", i))
            self._close(i, len(self.stack) - 1)
        else:
            self._unopened(i, ch)

    def _push(self, i: int, fam: Family) -> None:
        self.by_family.setdefault(fam.id, []).append(len(self.stack))
        self.stack.append(_Open(i, fam, []))

    def _matching_open(self, closes: tuple[Family, ...]) -> int | None:
        """Index in the stack of the innermost open mark this closer can close."""
        best = None
        for fam in closes:
            idx = self.by_family.get(fam.id)
            if idx and (best is None or idx[-1] > best):
                best = idx[-1]
        return best

    def _truncate(self, k: int) -> None:
        """Drop stack entries from ``k`` on, and their family indexes."""
        for o in self.stack[k:]:
            self.by_family[o.family.id].pop()
        del self.stack[k:]

    def _close(self, i: int, k: int) -> None:
        opened = self.stack[k]
        repairs = list(opened.repairs)
        # Marks opened inside and never closed are dropped: record the repair on the outer quote.
        repairs += [("unclosed_inner", o.pos) for o in self.stack[k + 1 :] if not o.family.weak]
        self._truncate(k)
        self.spans.append(_make(self.text, opened.pos, i, i, i + 1, opened.family, repairs, self.sc))

    def _wait_for_reopening(self, i: int) -> bool:
        """At a paragraph break: True to wait for a reopening mark, else close everything now."""
        nxt = _next_visible(self.text, i)
        if nxt is not None and _reopens(self.text[nxt], self.stack[-1].family):
            return True
        self._close_all_at(_para_end_before(self.text, i))
        return False

    def _close_all_at(self, end: int) -> None:
        """Close the outermost open strong mark at ``end`` (a paragraph end): a repair with a
        lower confidence; marks left open inside it are recorded on it, not made into spans."""
        strong = [o for o in self.stack if not o.family.weak and end > o.pos + 1]
        if strong:
            outer = strong[0]
            repairs = [*outer.repairs, *(("unclosed_inner", o.pos) for o in strong[1:]), ("unclosed", end)]
            span = _make(self.text, outer.pos, end, end, end, outer.family, repairs, self.sc)
            span.confidence = 0.5
            self.spans.append(span)
        self._truncate(0)

    def _unopened(self, i: int, ch: str) -> None:
        """A closing mark nobody opened: the quote runs from its paragraph start (a repair)."""
        text = self.text
        start = self.para_start
        while start < i and text[start].isspace():
            start += 1
        if i - start < 2 or any(s.close_end > start and s.open_start < i for s in self.spans[-3:]):
            return
        fam = self.sc.closers[ch][0]
        last = self.spans[-1] if self.spans else None
        if (last is not None and last.family == fam.id and last.repairs[-1:] == [("unclosed", last.close_start)]
                and start - last.close_end <= _CONTINUED_REACH):
            # « … (no closing mark, no reopening one) … », explique X: one quotation running
            # over paragraphs whose breaks dropped the reopening mark.
            repairs = [*last.repairs[:-1], ("continued_paragraph", start)]
            span = _make(text, last.open_start, i, i, i + 1, fam, repairs, self.sc)
            span.confidence = last.confidence
            self.spans[-1] = span
            return
        span = _make(text, start, start, i, i + 1, fam, [("unopened", start)], self.sc)
        span.confidence = 0.5
        self.spans.append(span)


# Most characters between a quotation left open at a paragraph's end and the closing mark that
# ends it in a later paragraph.
_CONTINUED_REACH = 1500


def _make(
    text: str, o: int, c: int, close_start: int, close_end: int, fam: Family, repairs: list[tuple[str, int]], sc: _Scanner
) -> MarkedSpan:
    open_end = o + 1 if o < len(text) and text[o] in sc.openers else o
    inner_s, inner_e = open_end, close_start
    while inner_s < inner_e and (text[inner_s] in sc.spaces or text[inner_s].isspace()):
        inner_s += 1
    while inner_e > inner_s and (text[inner_e - 1] in sc.spaces or text[inner_e - 1].isspace()):
        inner_e -= 1
    return MarkedSpan(o, open_end, close_start, close_end, fam.id, inner_s, inner_e,
                      confidence=fam.strength, repairs=repairs)


def _reopens(ch: str, fam: Family) -> bool:
    return ch in fam.open or (fam.id == "guillemet" and ch in fam.close)


def _first_visible(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] not in "\n\r\u2028\u2029":
        if not text[j].isspace():
            return False
        j -= 1
    return True


def _next_visible(text: str, i: int) -> int | None:
    m = _NEXT_VISIBLE.search(text, i)
    return m.start() if m else None


_NEXT_VISIBLE = regex.compile(r"\S")


def _para_end_before(text: str, i: int) -> int:
    """End of the paragraph that holds ``i`` or ends just before it, trailing spaces trimmed."""
    j = i
    while j > 0 and text[j - 1] in "\n\r\u2028\u2029":
        j -= 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j


def _set_depths(spans: list[MarkedSpan]) -> None:
    """Nesting depth of each span (spans sorted by start, longest first)."""
    open_ends: list[int] = []
    for s in spans:
        while open_ends and open_ends[-1] <= s.open_start:
            open_ends.pop()
        s.depth = len(open_ends)
        open_ends.append(s.close_end)
