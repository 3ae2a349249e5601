"""A spaCy pipeline component that puts quotetrack's quotes in ``doc.spans["quotes"]``.

Optional (``pip install 'quotetrack[spacy]'``); the core never imports this module.
Importing it registers the factory ``"quotetrack"``, which works on any pipeline,
``spacy.blank("fr")`` included, because quotetrack does its own analysis on ``doc.text``::

    import spacy
    import quotetrack.spacy  # registers the factory

    nlp = spacy.blank("fr")
    nlp.add_pipe("quotetrack")
    doc = nlp("« Nous partirons demain », a déclaré le ministre.")
    for span in doc.spans["quotes"]:
        print(span.label_, span.text, span._.speaker, span._.rule, span._.confidence)
    doc._.quotetrack  # the quotetrack Document

Each span's label is the quote's kind; quote offsets are mapped to tokens with
``alignment_mode="expand"``, so a span covers every token the quote touches.
"""

# This module shadows the name ``spacy`` inside the package: absolute imports only, and the real
# spaCy is imported inside functions so that importing quotetrack never pulls it in by accident.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from quotetrack.models import Document, Quote
from quotetrack.pipeline import Config, extract

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["SPAN_ATTRIBUTES", "QuotetrackComponent", "make_component", "register"]

FACTORY = "quotetrack"
SPANS_KEY = "quotes"
# Span attributes live in doc.user_data under this prefix, keyed by the span's offsets and label:
# spaCy keys plain span extensions by offsets only, so a partial quote covering a whole indirect
# clause would otherwise overwrite the clause's attributes.
_DATA_KEY = "quotetrack"

SPAN_ATTRIBUTES: tuple[str, ...] = ("speaker", "speaker_id", "cue", "rule", "confidence")
"""Extension attributes of every span in ``doc.spans["quotes"]`` (``span._.speaker`` …).

``speaker`` is the canonical name, ``cue`` the reporting expression as written, ``rule`` the id of
the attribution rule (the detection rule when the quote has no speaker), ``confidence`` its confidence.
"""


class QuotetrackComponent:
    """Runs :func:`quotetrack.extract` on ``doc.text`` and records the quotes as spans."""

    def __init__(self, *, spans_key: str = SPANS_KEY, config: Config | None = None) -> None:
        self.spans_key = spans_key
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        result = extract(doc.text, config=self.config)
        spans = []
        for q in result.quotes:
            span = doc.char_span(q.start, q.end, label=q.kind.value, alignment_mode="expand")
            if span is None:  # an empty quote covers no token
                continue
            _user_data(doc)[(_DATA_KEY, span.start_char, span.end_char, span.label_)] = _attributes(q)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        # Stored as JSON data, not as the model, so that Doc.to_bytes and DocBin still work.
        _user_data(doc)[(_DATA_KEY, "document")] = result.model_dump(mode="json")
        return doc


def _user_data(doc: Doc) -> dict[Any, Any]:
    # spaCy annotates user_data as dict[str, Any], yet keys it by tuples itself.
    return cast(dict[Any, Any], doc.user_data)


def _attributes(q: Quote) -> dict[str, Any]:
    """The span attributes of one quote, as plain JSON values."""
    return {
        "speaker": q.speaker.name if q.speaker else None,
        "speaker_id": q.speaker.entity_id if q.speaker else None,
        "cue": q.cue.text if q.cue else None,
        "rule": q.attribution.rule if q.attribution else q.rule,
        "confidence": q.attribution.confidence if q.attribution else q.confidence,
    }


def _span_getter(name: str) -> Any:
    def get(span: Span) -> Any:
        data = _user_data(span.doc).get((_DATA_KEY, span.start_char, span.end_char, span.label_))
        return data.get(name) if data else None

    get.__name__ = f"get_{name}"
    return get


def _document(doc: Doc) -> Document | None:
    data = _user_data(doc).get((_DATA_KEY, "document"))
    return Document.model_validate(data) if data is not None else None


def make_component(nlp: Language, name: str, spans_key: str = SPANS_KEY) -> QuotetrackComponent:
    """spaCy factory of the ``quotetrack`` component (``nlp.add_pipe("quotetrack")``)."""
    return QuotetrackComponent(spans_key=spans_key)


def register() -> None:
    """Register the ``quotetrack`` factory and the extension attributes with spaCy (idempotent)."""
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    for attr in SPAN_ATTRIBUTES:
        if not Span.has_extension(attr):
            Span.set_extension(attr, getter=_span_getter(attr))
    if not Doc.has_extension("quotetrack"):
        Doc.set_extension("quotetrack", getter=_document)
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, default_config={"spans_key": SPANS_KEY}, func=make_component)


register()
