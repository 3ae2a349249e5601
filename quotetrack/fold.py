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


def folded_at(text: str) -> list[int]:
    """The offsets of the characters :func:`fold` replaces in ``text``, in order."""
    return [m.start() for m in _tables()[0].finditer(text)]


def fold(text: str) -> str:
    """``text`` with each character of ``folds`` replaced by its fold; ``text`` itself (the
    same object) when none occurs, which one scan in C tells."""
    found, table = _tables()
    if found.search(text) is None:
        return text
    return text.translate(table)
