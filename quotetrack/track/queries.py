"""Reading statements back: one SELECT, filters turned into indexed WHERE clauses, rows into values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from rapidfuzz import fuzz, process

from quotetrack.models import Kind
from quotetrack.track import _optional
from quotetrack.track.models import Statement
from quotetrack.track.store import StoreError
from quotetrack.track.text import alias_key, words

__all__ = ["by_ids", "iso_day", "resolve_speaker", "select", "to_statement"]

SELECT = """
SELECT s.id, a.id, s.outlet, s.published, s.qstart, s.qend, s.text, s.kind,
       sp.name, sp.entity_id, sp.type, s.mention, s.cue, s.cue_lemma, s.channel, s.confidence,
       l.source, l.source_start, l.source_end, l.fidelity, l.score
FROM statements s
JOIN articles a ON a.rowid = s.article
LEFT JOIN speakers sp ON sp.id = s.speaker
LEFT JOIN links l ON l.statement = s.id
"""

FUZZY_ALIAS = 90
"""rapidfuzz ratio a speaker query must reach against a stored alias when none matches exactly.

Plain ratio, not WRatio: a partial match would let « la présidence » match every
« la présidence … » of any country."""
_CHUNK = 500  # stay well below SQLite's bound-parameter limit


_FIELDS = tuple(Statement.model_fields)
_FIELDS_SET = frozenset(_FIELDS)


def to_statement(row: Sequence[Any]) -> Statement:
    """A result row of :data:`SELECT` as a :class:`Statement`.

    Rows come from our own schema, so they are not validated again: building the
    value directly is ~4x faster than validation, which matters for queries returning
    tens of thousands of rows. It sets the same attributes ``model_construct`` sets
    (pydantic v2); a test checks the result equals a validated ``Statement``.
    """
    values = dict(zip(_FIELDS, row, strict=True))
    if values["published"]:
        values["published"] = date.fromisoformat(values["published"])
    obj = Statement.__new__(Statement)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(_FIELDS_SET))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def iso_day(value: date | datetime | str | None, name: str) -> str | None:
    """A date bound as an ISO day string; ValueError naming the argument when it is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"{name} must be a date or an ISO string, not {type(value).__name__}")


def resolve_speaker(conn: sqlite3.Connection, speaker: str) -> list[int]:
    """Speaker row ids whose canonical name, entity id or a seen alias matches ``speaker``.

    Case and accents are ignored; when nothing matches exactly, a close spelling
    (rapidfuzz, :data:`FUZZY_ALIAS`) is accepted.
    """
    if not isinstance(speaker, str):
        raise TypeError(f"speaker must be a str, not {type(speaker).__name__}")
    key = alias_key(speaker)
    if not key:
        return []
    rows = conn.execute("SELECT speaker FROM speaker_aliases WHERE alias = ?", (key,)).fetchall()
    if rows:
        return sorted({r[0] for r in rows})
    # The registry knows spellings never seen in the corpus (Putin for Poutine): try its entity id.
    entity = _optional.entity_id_for(speaker)
    if entity is not None:
        rows = conn.execute("SELECT speaker FROM speaker_aliases WHERE alias = ?", (alias_key(entity),)).fetchall()
        if rows:
            return sorted({r[0] for r in rows})
    aliases = [r[0] for r in conn.execute("SELECT DISTINCT alias FROM speaker_aliases")]
    close = [m[0] for m in process.extract(key, aliases, scorer=fuzz.ratio, score_cutoff=FUZZY_ALIAS, limit=20)]
    ids: set[int] = set()
    for chunk in _chunks(close):
        marks = ",".join("?" * len(chunk))
        ids.update(r[0] for r in conn.execute(f"SELECT speaker FROM speaker_aliases WHERE alias IN ({marks})", chunk))
    return sorted(ids)


def fts_query(text: str) -> str:
    """An FTS5 query requiring every word of ``text`` (each quoted, so no operator is injected)."""
    ws = words(text)
    return " ".join(f'"{w}"' for w in ws)


def select(
    conn: sqlite3.Connection,
    *,
    speaker_ids: Sequence[int] | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    kind: str | None = None,
    text: str | None = None,
    fts: bool = True,
    article: str | None = None,
    source: str | None = None,
    limit: int | None = None,
) -> list[Statement]:
    """Statements matching every given filter, in date order (undated last), then by id."""
    where: list[str] = []
    params: list[Any] = []
    if speaker_ids is not None:
        if not speaker_ids:
            return []
        where.append(f"s.speaker IN ({','.join('?' * len(speaker_ids))})")
        params.extend(speaker_ids)
    filters = (
        ("s.published >= ?", since),
        ("s.published <= ?", until),
        ("s.outlet = ?", outlet),
        ("s.kind = ?", Kind(kind).value if kind is not None else None),
        ("a.id = ?", article),
        ("l.source = ?", source),
    )
    for clause, value in filters:
        if value is not None:
            where.append(clause)
            params.append(value)
    if text is not None:
        if not fts:
            raise StoreError("text= needs SQLite's FTS5 extension, which this Python's sqlite3 lacks")
        query = fts_query(text)
        if not query:
            return []
        where.append("s.id IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?)")
        params.append(query)
    if limit is not None and limit < 0:
        raise ValueError("limit must be >= 0")
    # Dated rows then undated ones, as two queries: each walks the (speaker, published)
    # index in order, so a LIMIT stops early instead of sorting every match.
    out: list[Statement] = []
    phases = ["s.published IS NOT NULL"]
    if since is None and until is None:  # a date bound excludes undated statements
        phases.append("s.published IS NULL")
    for phase in phases:
        left = None if limit is None else limit - len(out)
        if left == 0:
            break
        sql = SELECT + " WHERE " + " AND ".join([*where, phase]) + " ORDER BY s.published, s.id"
        if speaker_ids is not None:
            # (speaker, published) serves both the speaker and any date range; without
            # statistics the planner may pick the date index and scan a whole year instead.
            sql = sql.replace("FROM statements s", "FROM statements s INDEXED BY statements_speaker", 1)
        args = list(params)
        if left is not None:
            sql += " LIMIT ?"
            args.append(left)
        out.extend(to_statement(r) for r in conn.execute(sql, args))
    return out


def by_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Statement]:
    """Statements by row id."""
    out: dict[int, Statement] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(SELECT + f" WHERE s.id IN ({marks})", chunk):
            st = to_statement(row)
            out[st.id] = st
    return out


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]
