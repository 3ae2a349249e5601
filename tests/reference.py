"""Slow, obviously-correct references the fast engine is checked against.

``reference_pairs`` pairs typographic quotation marks in the simple case — a text made only
of properly nested « » and “ ” marks, words, punctuation and spaces (no newline, no straight
quote, no apostrophe mark) — with nothing cleverer than a stack. ``check_document`` states
every invariant a :class:`quotetrack.Document` must satisfy for the text it came from.
"""

from __future__ import annotations

from typing import Any

import quotetrack

OPENERS = {"«": "»", "“": "”"}
CLOSERS = {"»", "”"}
# Characters trimmed from the inside of a quotation (they mirror data/typography.json's inner_spaces).
INNER_SPACES = " \u00a0\u202f\u2009\u2007\t"

Pair = tuple[int, int, int, int, int]
"""(open mark, close mark, inner start, inner end, depth)."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces on both sides, one character at a time."""
    while start < end and (text[start] in INNER_SPACES or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in INNER_SPACES or text[end - 1].isspace()):
        end -= 1
    return start, end


def reference_pairs(text: str) -> list[Pair]:
    """Every pair of marks in a properly nested text, sorted by opening position.

    >>> reference_pairs("Il dit « oui “ bon ” » .")
    [(7, 21, 9, 20, 0), (13, 19, 15, 18, 1)]
    """
    stack: list[int] = []
    pairs: list[Pair] = []
    for i, ch in enumerate(text):
        if ch in OPENERS:
            stack.append(i)
        elif ch in CLOSERS:
            if not stack or OPENERS[text[stack[-1]]] != ch:
                raise ValueError(f"not properly nested at {i}: {text!r}")
            o = stack.pop()
            inner_s, inner_e = _trim(text, o + 1, i)
            pairs.append((o, i, inner_s, inner_e, len(stack)))
    if stack:
        raise ValueError(f"unclosed mark at {stack[-1]}: {text!r}")
    return sorted(pairs)


def _check_span(text: str, obj: Any, what: str) -> None:
    assert 0 <= obj.start <= obj.end <= len(text), f"{what} [{obj.start}:{obj.end}] out of range"
    assert text[obj.start : obj.end] == obj.text, f"{what} text differs from text[start:end]"


def check_document(doc: quotetrack.Document, text: str) -> None:
    """Assert every offset of ``doc`` indexes ``text`` and every span's text is its slice."""
    assert doc.text == text
    previous = -1
    for q in doc.quotes:
        _check_span(text, q, "quote")
        assert q.start >= previous, "quotes are not in text order"
        previous = q.start
        if q.marks is not None:
            o, c = q.marks
            assert 0 <= o <= q.start <= q.end <= c <= len(text), f"marks {q.marks} do not hold the quote"
        if q.cue is not None:
            _check_span(text, q.cue, "cue")
        if q.speaker is not None and q.speaker.mention is not None:
            _check_span(text, q.speaker.mention, "speaker mention")
        if q.attribution is not None:
            assert 0.0 <= q.attribution.confidence <= 1.0
            for ev in q.attribution.evidence:
                _check_span(text, ev, "evidence")
        for r in q.repairs:
            assert 0 <= r.at <= len(text), f"repair at {r.at} out of range"
        assert 0.0 <= q.confidence <= 1.0
        assert q.depth >= 0
