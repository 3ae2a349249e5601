"""quotetrack: find, attribute and source quotations in French news text.

>>> import quotetrack
>>> doc = quotetrack.extract("« Nous partirons demain », a déclaré le ministre.")
>>> [(q.kind.value, q.text) for q in doc.quotes]
[('direct', 'Nous partirons demain')]

The public names: :func:`extract` (→ :class:`Document`), :func:`link` with :class:`Source`
(→ :class:`Link`), :class:`Tracker` with :class:`Article` and :class:`Statement`, and
:func:`evaluate`. ``quotetrack.link`` and ``quotetrack.evaluate`` are also the modules
holding the rest of those features; both can be called directly.
"""

import importlib
from typing import TYPE_CHECKING, Any

from quotetrack.models import Attribution, Cue, Document, Kind, Quote, Repair, Span, Speaker
from quotetrack.pipeline import Config, extract

if TYPE_CHECKING:
    from quotetrack import evaluate, link
    from quotetrack.link import Link, Source
    from quotetrack.track import Article, Statement, Tracker

__all__ = [
    "Article",
    "Attribution",
    "Config",
    "Cue",
    "Document",
    "Kind",
    "Link",
    "Quote",
    "Repair",
    "Source",
    "Span",
    "Speaker",
    "Statement",
    "Tracker",
    "evaluate",
    "extract",
    "link",
]
__version__ = "0.1.0"

_TRACK = {"Tracker", "Article", "Statement"}
_LINK = {"Link", "Source"}


def __getattr__(name: str) -> Any:
    # The tracker (SQLite, clustering), the linker and the evaluation load on first use, not
    # with every `import quotetrack` (extract needs neither: ~0.1 s of import saved).
    if name in _TRACK:
        from quotetrack import track

        return getattr(track, name)
    if name in ("evaluate", "link"):
        # import_module sets the package attribute, so this runs once per name.
        return importlib.import_module(f"quotetrack.{name}")
    if name in _LINK:
        return getattr(importlib.import_module("quotetrack.link"), name)
    raise AttributeError(f"module 'quotetrack' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The names loaded on first use are listed too (tab completion in notebooks).
    return sorted(set(globals()) | set(__all__))
