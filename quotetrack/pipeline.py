"""The pipeline wired together: text in, :class:`~quotetrack.models.Document` out.

PLACEHOLDER: a bare guillemet scan until the real stages land.
"""

from __future__ import annotations

import regex

from quotetrack.models import Document, Kind, Quote
from quotetrack.lexicon import Record


class Config(Record):
    """Options for :func:`extract`; every field has a documented default."""

    indirect: bool = True
    """Detect reported speech without quotation marks."""
    attribute: bool = True
    """Attribute quotes to speakers."""


_PLACEHOLDER = regex.compile(r"«\s*([^«»]*?)\s*»")


def extract(text: str, *, config: Config | None = None) -> Document:
    """Find every quotation in ``text`` and attribute it."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    quotes = tuple(
        Quote(start=m.start(1), end=m.end(1), text=m.group(1), kind=Kind.DIRECT, rule="placeholder",
              marks=(m.start(), m.end()))
        for m in _PLACEHOLDER.finditer(text)
    )
    return Document(text=text, quotes=quotes)
