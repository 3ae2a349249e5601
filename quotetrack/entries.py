"""Round-up entries: paragraphs introduced by a subhead naming their speaker.

    Olaf X : « Un mauvais résultat »
    Le chancelier allemand n'a pas caché sa déception. « … », a-t-il reconnu.

A reaction round-up (or a live blog) gives each voice an entry: a subhead made of a label (a
name, maybe a role in brackets or after a comma, past a live blog's time), a colon and words in
marks; then the body paragraphs, up to the next subhead or a line without final punctuation (a
title). The body's descriptions of a person (*le chancelier allemand*, *l'artisan*) are the
label's person (see :meth:`quotetrack.resolve.Resolver`). The layout is believed only where two
subheads at least follow it: one headline of that form opens an article about anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from quotetrack.classify import grammar, past_timestamp
from quotetrack.marks import closing_marks, opening_marks

# Fewest subheads that make a round-up.
_MIN_ENTRIES = 2
# Longest label before a subhead's colon (characters).
_LABEL_MAX = 80
# Final punctuation of a body paragraph (a title line has none).
_STOPS = ".!?…:"


@dataclass(frozen=True, slots=True)
class Entry:
    label: tuple[int, int]
    """The words before the subhead's colon, past a time."""
    body: tuple[int, int]
    """From the paragraph after the subhead to the end of the entry's last paragraph."""


@cache
def _subhead() -> regex.Pattern[str]:
    """A label opening with a capital, a colon, then an opening mark."""
    opening = "".join(regex.escape(c) for c in sorted(opening_marks()) if c not in "'’‘")
    space = r"[ \u00a0\u202f]"
    return regex.compile(rf"(?P<label>\p{{Lu}}[^:\n{opening}{''.join(regex.escape(c) for c in sorted(closing_marks()))}]{{0,{_LABEL_MAX}}}?){space}*+:{space}*+[{opening}]")


def entries(text: str, paragraphs: list[tuple[int, int]]) -> list[Entry]:
    """The entries of a round-up, in text order; none when fewer than two subheads open one."""
    max_chars = grammar().headline_max_chars
    closers = closing_marks()
    heads: list[tuple[int, tuple[int, int]]] = []  # (paragraph index, label span)
    for k, (start, end) in enumerate(paragraphs):
        if end - start > max_chars or text[end - 1] not in closers:
            continue
        found = _subhead().match(text, past_timestamp(text, start, end), end)
        if found is not None:
            heads.append((k, found.span("label")))
    if len(heads) < _MIN_ENTRIES:
        return []
    out = []
    next_heads = [k for k, _ in heads[1:]] + [len(paragraphs)]
    for (k, label), stop in zip(heads, next_heads, strict=True):
        last = k
        for j in range(k + 1, stop):
            tail = text[paragraphs[j][1] - 1]
            if tail not in _STOPS and not (tail in closers and _stop_before_close(text, paragraphs[j])):
                break  # a title line without final punctuation closes the entry
            last = j
        if last > k:
            out.append(Entry(label, (paragraphs[k + 1][0], paragraphs[last][1])))
    return out


def _stop_before_close(text: str, para: tuple[int, int]) -> bool:
    """Whether a stop stands before the paragraph's closing mark (``… patience. »``)."""
    inner = text[para[0] : para[1] - 1].rstrip(" \u00a0\u202f")
    return inner[-1:] in _STOPS
