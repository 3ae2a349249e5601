"""quotetrack: find, attribute and source quotations in French news text.

>>> import quotetrack
>>> doc = quotetrack.extract("« Nous partirons demain », a déclaré le ministre.")
>>> [(q.kind.value, q.text) for q in doc.quotes]
[('direct', 'Nous partirons demain')]
"""

from quotetrack.models import Attribution, Cue, Document, Kind, Quote, Repair, Span, Speaker
from quotetrack.pipeline import Config, extract

__all__ = [
    "Attribution",
    "Config",
    "Cue",
    "Document",
    "Kind",
    "Quote",
    "Repair",
    "Span",
    "Speaker",
    "extract",
]
__version__ = "0.1.0"
