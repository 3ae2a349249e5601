"""Linking stored statements to registered sources through ``quotetrack.link`` (when installed).

Each statement keeps its best link: a found passage beats ``not_found``, then the
higher score. The ``linked`` table records which (article, source) pairs went through
the linker, so a source added later is linked only to what it has not seen.
"""

from __future__ import annotations

import json
import sqlite3
import warnings
from datetime import date
from typing import Any

from quotetrack.models import Document, Kind, Quote, Speaker

__all__ = ["link_article", "sources", "stored_document"]


def sources(conn: sqlite3.Connection, linker: Any) -> list[Any]:
    """Every registered source as the linker's ``Source``."""
    rows = conn.execute("SELECT id, text, lang, author, published FROM sources ORDER BY id")
    out = []
    for sid, text, lang, author, published in rows:
        kwargs = {"id": sid, "text": text, "lang": lang, "author": author,
                  "published": date.fromisoformat(published) if published else None}
        try:
            out.append(linker.Source(**kwargs))
        except TypeError:  # a Source without some optional fields
            out.append(linker.Source(id=sid, text=text))
    return out


def stored_document(conn: sqlite3.Connection, rowid: int, text: str) -> Document:
    """The article as stored (same spans as its statements), for linking."""
    quotes = []
    for qstart, qend, qtext, kind, name, eid in conn.execute(
        "SELECT s.qstart, s.qend, s.text, s.kind, sp.name, sp.entity_id FROM statements s"
        " LEFT JOIN speakers sp ON sp.id = s.speaker WHERE s.article = ? ORDER BY s.qstart",
        (rowid,),
    ):
        speaker = Speaker(name=name, entity_id=eid) if name else None
        quotes.append(Quote(start=qstart, end=qend, text=qtext, kind=Kind(kind), rule="stored", speaker=speaker))
    return Document(text=text, quotes=tuple(quotes))


def link_article(
    conn: sqlite3.Connection, linker: Any, rowid: int, doc: Document, sources: list[Any]
) -> int:
    """Link one stored article's statements to ``sources``; return how many links were stored."""
    if not sources:
        return 0
    spans = conn.execute("SELECT id, qstart, qend FROM statements WHERE article = ?", (rowid,)).fetchall()
    made = 0
    try:
        links = list(linker.link(doc, sources)) if spans else []
    except Exception as exc:  # a linker bug must not lose the article: warn, keep it unlinked
        warnings.warn(f"linking article row {rowid} failed: {type(exc).__name__}: {exc}", stacklevel=2)
        links = []
    for link in links:
        sid = _statement_for(spans, int(link.start), int(link.end))
        if sid is not None and _store_link(conn, sid, link):
            made += 1
    conn.executemany(
        "INSERT OR IGNORE INTO linked(article, source) VALUES (?, ?)", [(rowid, s.id) for s in sources]
    )
    return made


def _statement_for(spans: list[tuple[int, int, int]], start: int, end: int) -> int | None:
    """The statement a link's article span belongs to: same span, else the largest overlap."""
    best, best_overlap = None, 0
    for sid, qs, qe in spans:
        if (qs, qe) == (start, end):
            return sid
        overlap = min(qe, end) - max(qs, start)
        if overlap > best_overlap:
            best, best_overlap = sid, overlap
    return best


def _store_link(conn: sqlite3.Connection, sid: int, link: Any) -> bool:
    """Keep the best link per statement: a found passage beats not_found, then the higher score."""
    fidelity = str(getattr(link.fidelity, "value", link.fidelity))
    score = float(getattr(link, "score", 0.0) or 0.0)
    found = fidelity != "not_found" and getattr(link, "source_id", None) is not None
    old = conn.execute("SELECT fidelity, score FROM links WHERE statement = ?", (sid,)).fetchone()
    if old is not None:
        old_found = old[0] != "not_found"
        if (old_found, old[1] or 0.0) >= (found, score):
            return False
    flags = [str(getattr(f, "value", f)) for f in (getattr(link, "flags", ()) or ())]
    conn.execute(
        "INSERT OR REPLACE INTO links(statement, source, source_start, source_end, fidelity, score, flags)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sid, link.source_id if found else None, getattr(link, "source_start", None),
         getattr(link, "source_end", None), fidelity, score, json.dumps(flags, ensure_ascii=False)),
    )
    return True
