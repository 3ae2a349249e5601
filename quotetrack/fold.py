"""Stage 0b — a same-length copy of the text with typographic variants folded.

Outlets set the same words with different characters: a thin space (U+2009) or a figure space
where others put a narrow no-break space, a non-breaking hyphen in *a‑t‑il*, a modifier-letter
apostrophe (U+02BC) in *aujourdʼhui*. The stages after this one read the folded copy, so every
rule sees one spelling. Each character folds to exactly one character: the copy has the
length of the text, offsets into it are offsets into the text, and every span's ``text`` is
read back from the text as given (see :func:`quotetrack.pipeline.extract`). The pairs are
data: ``folds`` in ``data/typography.json``.

>>> fold("« Oui\\u2009», a\\u2011t\\u2011il dit.") == "« Oui\\u202f», a-t-il dit."
True
>>> s = "Rien à plier."
>>> fold(s) is s
True
"""

from __future__ import annotations

from functools import cache

import regex

from quotetrack import marks


@cache
def _tables() -> tuple[regex.Pattern[str], dict[int, str]]:
    """A pattern finding any folded character, and the table :meth:`str.translate` folds with."""
    folds = marks.typography().folds
    if not folds:
        return regex.compile(r"(?!)"), {}
    found = regex.compile("[" + "".join(regex.escape(c) for c in folds) + "]")
    return found, str.maketrans(folds)


@cache
def _pairs() -> tuple[tuple[str, str], ...] | None:
    """The folds as (character, fold) pairs, for one ``in`` test and one ``str.replace`` each;
    None when a fold is itself folded (a chain, which only :meth:`str.translate`'s single pass
    reads as one step)."""
    folds = marks.typography().folds
    if set(folds.values()) & folds.keys():
        return None
    return tuple(folds.items())


def folded_at(text: str) -> list[int]:
    """The offsets of the characters :func:`fold` replaces in ``text``, in order."""
    return [m.start() for m in _tables()[0].finditer(text)]


def fold(text: str) -> str:
    """``text`` with each character of ``folds`` replaced by its fold; ``text`` itself (the
    same object) when none occurs. A ``in`` test per folded character finds them (a search
    in C, instant in a Latin-1 text for the characters past U+00FF, as most are), and
    ``str.replace`` folds each one found: both far cheaper than a pattern's scan and
    :meth:`str.translate`, which looks every character up in its table."""
    pairs = _pairs()
    if pairs is None:
        found, table = _tables()
        return text if found.search(text) is None else text.translate(table)
    out = text
    for char, folded in pairs:
        if char in out:
            out = out.replace(char, folded)
    return out
