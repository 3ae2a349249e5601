"""Flat statement records: what the tracker stores for one quote, shared with the Dask adapter.

A record is a plain ``dict`` (picklable, Parquet-friendly) made from a
:class:`~quotetrack.models.Quote`; building one keeps no state.
"""

from __future__ import annotations

from typing import Any

from quotetrack.models import Document, Quote

__all__ = ["QUOTE_FIELDS", "check_offsets", "quote_record", "statement_records"]

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


def quote_record(q: Quote) -> dict[str, Any]:
    """The record of one quote.

    ``alias`` is the mention text when it names the speaker directly (no resolution
    chain): it is remembered so later speaker queries match it. Pronouns and roles
    resolved through the document carry a chain and are not aliases.
    """
    sp = q.speaker
    mention = sp.mention.text if sp is not None and sp.mention is not None else None
    direct = q.attribution is None or not q.attribution.chain
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind.value,
        "speaker": sp.name if sp is not None else None,
        "speaker_id": sp.entity_id if sp is not None else None,
        "speaker_type": sp.type if sp is not None else None,
        "mention": mention,
        "alias": mention if direct else None,
        "cue": q.cue.text if q.cue is not None else None,
        "cue_lemma": q.cue.lemma if q.cue is not None else None,
        "channel": q.channel,
        "confidence": q.attribution.confidence if q.attribution is not None else q.confidence,
    }


def check_offsets(text: str, doc: Document) -> None:
    """Raise ValueError when an extractor returned a quote whose offsets do not fit ``text``."""
    if doc.text != text:
        raise ValueError("the extractor returned a Document for a different text")
    for q in doc.quotes:
        if not (0 <= q.start <= q.end <= len(text)) or text[q.start : q.end] != q.text:
            raise ValueError(f"the extractor returned a quote with bad offsets [{q.start}:{q.end}]")


def statement_records(doc: Document) -> list[dict[str, Any]]:
    """One record per quote of ``doc``, in text order."""
    return [quote_record(q) for q in doc.quotes]
