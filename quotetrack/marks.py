"""Stage 2 — pair quotation marks into spans, in one linear scan.

Each mark gets a role from its neighbours (opening, closing, or both possible: straight
marks), pairs are made with one stack, a paragraph reopened with an opening mark continues
the quotation, and a mark left open at the end of a paragraph is closed there — recorded
as a repair with a lower confidence, so broken copy never swallows the rest of the text.

>>> [(s.inner_start, s.inner_end) for s in find_marked("Il dit « oui » puis « non ».")]
[(9, 12), (22, 25)]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

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
    dialogue_dashes: tuple[str, ...]
    ellipses: tuple[str, ...]


@cache
def typography() -> Typography:
    """The typographic data, validated once."""
    raw = {k: v for k, v in lexicon.read_json("typography.json").items() if not k.startswith("_")}
    return lexicon.validate(Typography, raw, origin="quotetrack/data/typography.json")


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
    paragraph: int
    repairs: list[tuple[str, int]]


@dataclass(frozen=True, slots=True)
class _Scanner:
    """Everything compiled once from the typography data."""

    pattern: regex.Pattern[str]
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
    pattern = regex.compile("[" + "".join(regex.escape(c) for c in chars) + r"\n\r\u2028\u2029]")
    return _Scanner(
        pattern,
        {k: tuple(v) for k, v in openers.items()},
        {k: tuple(v) for k, v in closers.items()},
        "".join(typo.inner_spaces),
    )


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, spaces: str) -> tuple[bool, bool]:
    """Whether the mark at ``i`` may open and may close, judged from its two neighbours."""
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    left_open = left in spaces or left in "\n\r([{—–-/:'’«“" or left.isspace()
    right_close = right in spaces or right.isspace() or right in ".,;:!?…)]}»”-—–"
    can_open = left_open and not (right in spaces or right.isspace())
    can_close = not (left in spaces or left.isspace()) or right_close
    if _is_letter(left) and _is_letter(right):
        return True, True
    return can_open, can_close


def find_marked(text: str) -> list[MarkedSpan]:
    """Every paired quotation, outermost first at equal start, with depth and repairs."""
    sc = _scanner()
    stack: list[_Open] = []
    spans: list[MarkedSpan] = []
    paragraph = 0
    pending_reopen = False
    n = len(text)
    for m in sc.pattern.finditer(text):
        ch = m.group()
        i = m.start()
        if ch in "\n\r\u2028\u2029":
            if stack and not pending_reopen:
                pending_reopen = _close_or_continue(text, i, stack, spans, sc)
            paragraph += 1
            continue
        if pending_reopen:
            # The first mark after the break: a reopening mark continues the quotation.
            pending_reopen = False
            if _first_visible(text, i) and stack and _reopens(ch, stack[-1].family):
                stack[-1].repairs.append(("reopened_paragraph", i))
                for o in stack:
                    o.paragraph = paragraph
                continue
            _close_all_at(text, _para_end_before(text, i), stack, spans, sc)
        _scan_mark(text, i, ch, paragraph, stack, spans, sc)
    if pending_reopen or stack:
        _close_all_at(text, _para_end_before(text, n), stack, spans, sc)
    spans.sort(key=lambda s: (s.open_start, -s.close_end))
    _set_depths(spans)
    return spans


def _scan_mark(
    text: str, i: int, ch: str, paragraph: int, stack: list[_Open], spans: list[MarkedSpan], sc: _Scanner
) -> None:
    """Give the mark at ``i`` its role and update the stack (or the spans) accordingly."""
    opens = sc.openers.get(ch, ())
    closes = sc.closers.get(ch, ())
    fam = (opens or closes)[0]
    k = _matching_open(stack, closes, paragraph) if closes else None
    if fam.straight or fam.weak:
        # Straight and single marks look alike open or closed: the neighbours decide.
        left = text[i - 1] if i > 0 else " "
        right = text[i + 1] if i + 1 < len(text) else " "
        if fam.weak and left.isalnum() and right.isalnum():
            return  # an apostrophe
        can_open, can_close = _role(text, i, sc.spaces)
        if k is not None and can_close:
            _close(text, i, k, stack, spans, sc)
        elif opens and can_open:
            stack.append(_Open(i, opens[0], paragraph, []))
        return
    # Typographic marks carry their role; “ closes only what „ opened.
    if k is not None and not (opens and text[stack[k].pos] == ch):
        _close(text, i, k, stack, spans, sc)
    elif opens:
        stack.append(_Open(i, opens[0], paragraph, []))
    elif not fam.weak:
        _unopened(text, i, ch, spans, sc)


def _matching_open(stack: list[_Open], closes: tuple[Family, ...], paragraph: int) -> int | None:
    """Index in the stack of the innermost open mark this closer can close."""
    ids = {f.id for f in closes}
    for k in range(len(stack) - 1, -1, -1):
        if stack[k].family.id in ids and stack[k].paragraph == paragraph:
            return k
    return None


def _close(text: str, i: int, k: int, stack: list[_Open], spans: list[MarkedSpan], sc: _Scanner) -> None:
    opened = stack[k]
    repairs = list(opened.repairs)
    # Marks opened inside and never closed are dropped: record the repair on the outer quote.
    for inner in stack[k + 1 :]:
        if not inner.family.weak:
            repairs.append(("unclosed_inner", inner.pos))
    del stack[k:]
    spans.append(_make(text, opened.pos, i, i, i + 1, opened.family, repairs, sc))


def _close_or_continue(
    text: str, i: int, stack: list[_Open], spans: list[MarkedSpan], sc: _Scanner
) -> bool:
    """At a paragraph break: True to wait for a reopening mark, else close everything now."""
    nxt = _next_visible(text, i)
    if nxt is not None and any(_reopens(text[nxt], o.family) for o in stack[-1:]):
        return True
    _close_all_at(text, _para_end_before(text, i), stack, spans, sc)
    return False


def _close_all_at(text: str, end: int, stack: list[_Open], spans: list[MarkedSpan], sc: _Scanner) -> None:
    """Close every open strong mark at ``end`` (a paragraph end): a repair, lower confidence."""
    for opened in stack:
        if opened.family.weak or end <= opened.pos + 1:
            continue
        repairs = [*opened.repairs, ("unclosed", end)]
        span = _make(text, opened.pos, end, end, end, opened.family, repairs, sc)
        span.confidence = 0.5
        spans.append(span)
    stack.clear()


def _unopened(text: str, i: int, ch: str, spans: list[MarkedSpan], sc: _Scanner) -> None:
    """A closing mark nobody opened: the quote runs from its paragraph start (a repair)."""
    start = _para_start_before(text, i)
    if i - start < 2 or any(s.close_end > start and s.open_start < i for s in spans[-3:]):
        return
    fam = sc.closers[ch][0]
    span = _make(text, start, start, i, i + 1, fam, [("unopened", start)], sc)
    span.confidence = 0.5
    spans.append(span)


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


def _para_start_before(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1] not in "\n\r\u2028\u2029":
        j -= 1
    while j < i and text[j].isspace():
        j += 1
    return j


def _set_depths(spans: list[MarkedSpan]) -> None:
    """Nesting depth of each span (spans sorted by start, longest first)."""
    open_ends: list[int] = []
    for s in spans:
        while open_ends and open_ends[-1] <= s.open_start:
            open_ends.pop()
        s.depth = len(open_ends)
        open_ends.append(s.close_end)
