"""Flat statement records: what the tracker stores for one quote, shared with the Dask adapter.

A record is a plain ``dict`` (picklable, Parquet-friendly) made from a
:class:`~quotetrack.models.Quote`; building one keeps no state.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quotetrack.models import Document, Quote

__all__ = [
    "QUOTE_FIELDS",
    "check_offsets",
    "quote_record",
    "quote_values",
    "record_values",
    "statement_records",
    "statement_values",
]

QUOTE_FIELDS: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "text": "string",
    "kind": "string",
    "speaker": "string",
    "speaker_id": "string",
    "speaker_type": "string",
    "mention": "string",
    "alias": "string",
    "cue": "string",
    "cue_lemma": "string",
    "channel": "string",
    "confidence": "float64",
}
"""Record fields and their pandas dtypes, in column order."""
_DEFAULTS: dict[str, Any] = {"confidence": 1.0}


def quote_values(q: Quote) -> tuple[Any, ...]:
    """The record of one quote as a tuple of values in :data:`QUOTE_FIELDS` order.

    ``alias`` is the mention text when it names the speaker directly (no resolution
    chain): it is remembered so later speaker queries match it. Pronouns and roles
    resolved through the document carry a chain and are not aliases.
    """
    sp, att, cue = q.speaker, q.attribution, q.cue
    if sp is None:
        name = entity_id = kind = mention = None
    else:
        name, entity_id, kind = sp.name, sp.entity_id, sp.type
        mention = sp.mention.text if sp.mention is not None else None
    direct = att is None or not att.chain
    return (
        q.start, q.end, q.text, q.kind.value, name, entity_id, kind, mention, mention if direct else None,
        cue.text if cue is not None else None, cue.lemma if cue is not None else None, q.channel,
        att.confidence if att is not None else q.confidence,
    )


def quote_record(q: Quote) -> dict[str, Any]:
    """The record of one quote: :func:`quote_values` keyed by field name."""
    return dict(zip(QUOTE_FIELDS, quote_values(q), strict=True))


def record_values(r: Mapping[str, Any]) -> tuple[Any, ...]:
    """A record's values in :data:`QUOTE_FIELDS` order (missing fields None, confidence 1.0)."""
    return tuple(r.get(f, _DEFAULTS.get(f)) for f in QUOTE_FIELDS)


def check_offsets(text: str, doc: Document) -> None:
    """Raise ValueError when an extractor returned a quote whose offsets do not fit ``text``."""
    if doc.text != text:
        raise ValueError("the extractor returned a Document for a different text")
    n = len(text)
    for q in doc.quotes:
        start, end, quoted = q.start, q.end, q.text
        if not (0 <= start <= end <= n and end - start == len(quoted) and text.startswith(quoted, start)):
            raise ValueError(f"the extractor returned a quote with bad offsets [{start}:{end}]")


def statement_records(doc: Document) -> list[dict[str, Any]]:
    """One record per quote of ``doc``, in text order."""
    return [quote_record(q) for q in doc.quotes]


def statement_values(doc: Document) -> list[tuple[Any, ...]]:
    """:func:`quote_values` of each quote of ``doc``, in text order (what the tracker stores)."""
    return [quote_values(q) for q in doc.quotes]
