"""Scoring links against gold links (``links*.jsonl``, format in the gold GUIDE).

A predicted link is right when its article span matches a gold link's (quote rules:
equal after trimming spaces and marks, or overlapping at least half the longer span)
and its source span overlaps the gold source span.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from quotetrack.link.linker import Linker
from quotetrack.link.models import Link, Source
from quotetrack.models import Document, Kind, Quote, Speaker, Value

__all__ = ["LinkScores", "evaluate_links", "gold_document", "read_jsonl"]

_TRIM = " \t\n\u00a0\u202f«»“”„\"'‹›"


class LinkScores(Value):
    """Link precision, recall, fidelity accuracy and unlinked statements left unlinked."""

    pairs: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    fidelity_accuracy: float
    unlinked: int
    unlinked_left: int
    unlinked_share: float
    confusion: dict[str, dict[str, int]]
    """gold fidelity → predicted fidelity → count, over matched links."""

    def summary(self) -> str:
        """The figures on one line."""
        return (
            f"links: P={self.precision:.3f} R={self.recall:.3f} fidelity={self.fidelity_accuracy:.3f} "
            f"unlinked-left={self.unlinked_share:.3f} ({self.matched}/{self.gold} gold, "
            f"{self.predicted} predicted, {self.pairs} pairs)"
        )


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_document(doc: Mapping[str, Any]) -> Document:
    """A :class:`Document` whose quotes are a gold document's annotations (the oracle mode)."""
    text = doc["text"]
    quotes = []
    for q in doc.get("quotes", ()):
        names = q.get("speaker") or []
        quotes.append(
            Quote(
                start=q["start"],
                end=q["end"],
                text=text[q["start"] : q["end"]],
                kind=Kind(q["kind"]),
                speaker=Speaker(name=names[0]) if names else None,
                rule="gold",
            )
        )
    return Document(text=text, quotes=tuple(sorted(quotes, key=lambda q: (q.start, q.end))))


def spans_match(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """The GUIDE's quote rules: equal after trimming spaces and marks, or half-overlapping."""
    if _trim(a, text) == _trim(b, text):
        return True
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and overlap >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def _trim(span: tuple[int, int], text: str) -> tuple[int, int]:
    a, b = span
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def evaluate_links(
    gold_links: Iterable[Mapping[str, Any]] | str | Path,
    documents: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]] | str | Path,
    *,
    oracle: bool = False,
    linker: Linker | None = None,
) -> LinkScores:
    """Score :func:`quotetrack.link.link` on gold links.

    ``oracle=True`` takes the article's quote spans from its gold annotations instead of
    :func:`quotetrack.extract`, which isolates linking from detection.
    """
    if isinstance(gold_links, str | Path):
        gold_links = read_jsonl(gold_links)
    if isinstance(documents, str | Path):
        documents = read_jsonl(documents)
    docs = dict(documents) if isinstance(documents, Mapping) else {d["id"]: d for d in documents}
    linker = linker or Linker()
    pairs = gold = predicted = matched = right = unlinked = left = 0
    confusion: dict[str, dict[str, int]] = {}
    for pair in gold_links:
        pairs += 1
        article, source = docs[pair["article"]], docs[pair["source"]]
        text = article["text"]
        src = Source(id=source["id"], text=source["text"], lang=source.get("lang"))
        links = [
            lk for lk in linker.link(gold_document(article) if oracle else text, [src]) if lk.found
        ]
        predicted += len(links)
        used: set[int] = set()
        for g in pair.get("links", ()):
            gold += 1
            k = _match(g, links, used, text)
            if k is None:
                continue
            used.add(k)
            matched += 1
            got = links[k].fidelity
            right += got == g["fidelity"]
            row = confusion.setdefault(g["fidelity"], {})
            row[got] = row.get(got, 0) + 1
        for u in pair.get("unlinked", ()):
            unlinked += 1
            left += not any(spans_match((u["start"], u["end"]), (lk.start, lk.end), text) for lk in links)
    return LinkScores(
        pairs=pairs,
        gold=gold,
        predicted=predicted,
        matched=matched,
        precision=matched / predicted if predicted else 1.0,
        recall=matched / gold if gold else 1.0,
        fidelity_accuracy=right / matched if matched else 0.0,
        unlinked=unlinked,
        unlinked_left=left,
        unlinked_share=left / unlinked if unlinked else 1.0,
        confusion=confusion,
    )


def _match(g: Mapping[str, Any], links: list[Link], used: set[int], text: str) -> int | None:
    for k, lk in enumerate(links):
        if k in used or lk.source_start is None or lk.source_end is None:
            continue
        if not spans_match((g["start"], g["end"]), (lk.start, lk.end), text):
            continue
        if min(lk.source_end, g["source_end"]) > max(lk.source_start, g["source_start"]):
            return k
    return None
