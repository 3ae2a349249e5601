"""Writing articles and their statements inside one write transaction, with few SQL calls.

An article costs one ``INSERT`` and one ``executemany`` of its statements, each
statement row carrying its candidate buckets (see :func:`~quotetrack.track.text.bucket_keys`).
Statement ids are given explicitly: the transaction holds the write lock, so the next
free ids are exactly those SQLite would pick. The full-text index is filled once per
batch by one ``INSERT … SELECT`` over the new ids (:meth:`BatchWriter.flush`): FTS5
writes a new index segment at every statement or savepoint that touches it, so
indexing row by row cost more than the rest of the insert.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from quotetrack.track import store
from quotetrack.track.models import Article
from quotetrack.track.text import SKETCH, alias_key, bucket_keys_many

__all__ = ["BatchWriter", "SpeakerCache"]

_INSERT_ARTICLE = (
    "INSERT INTO articles(id, hash, outlet, published, url, lang, text) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_STATEMENTS = (
    "INSERT INTO statements(id, article, published, outlet, qstart, qend, text, kind, speaker, mention, cue,"
    " cue_lemma, channel, confidence, bucket1, bucket2, bucket3, bucket4)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INDEX_TEXT = "INSERT INTO statement_fts(rowid, text) SELECT id, text FROM statements WHERE id >= ?"
_NO_BUCKETS: tuple[None, ...] = (None,) * SKETCH


class SpeakerCache:
    """Speaker rows and aliases already stored, so a known speaker costs one dict lookup.

    Cleared whenever a transaction or a step rolls back (rolled-back rows may be cached).
    """

    def __init__(self) -> None:
        self._rows: dict[str, int] = {}
        self._seen: dict[tuple[str | None, str, str | None], int] = {}  # (entity id, name, alias) -> row
        self._aliases: set[tuple[str, int]] = set()

    def clear(self) -> None:
        """Forget everything (after a rollback)."""
        self._rows.clear()
        self._seen.clear()
        self._aliases.clear()

    def ref(
        self, conn: sqlite3.Connection, name: str | None, eid: str | None, kind: str | None, alias: str | None
    ) -> int | None:
        """The speaker row (created if new, its aliases stored); None for an unattributed quote."""
        name = name or eid
        if not name:
            return None
        seen = (eid, name, alias)
        sid = self._seen.get(seen)
        if sid is None:
            sid = self._seen[seen] = self._store(conn, eid, name, alias, kind)
        return sid

    def _store(
        self, conn: sqlite3.Connection, eid: str | None, name: str, alias: str | None, kind: str | None
    ) -> int:
        key = f"id:{eid}" if eid else f"name:{alias_key(name) or name}"
        sid = self._rows.get(key)
        if sid is None:
            conn.execute(
                "INSERT OR IGNORE INTO speakers(key, name, entity_id, type) VALUES (?, ?, ?, ?)",
                (key, name, eid, kind),
            )
            sid = int(conn.execute("SELECT id FROM speakers WHERE key = ?", (key,)).fetchone()[0])
            self._rows[key] = sid
        for a in (name, eid, alias):
            if a and (a, sid) not in self._aliases:  # raw text: skips folding known aliases
                k = alias_key(a)
                if k:
                    conn.execute("INSERT OR IGNORE INTO speaker_aliases(alias, speaker) VALUES (?, ?)", (k, sid))
                self._aliases.add((a, sid))
        return sid


class BatchWriter:
    """Inserts and deletes articles in the open write transaction of ``conn``.

    Call :meth:`flush` before the transaction commits (``Tracker._batch`` does), so the
    full-text index covers every new statement.
    """

    def __init__(self, conn: sqlite3.Connection, speakers: SpeakerCache, *, fts: bool) -> None:
        self.conn = conn
        self._speakers = speakers
        self._fts = fts
        self._next = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM statements").fetchone()[0])
        self._unindexed = self._next  # first statement id not yet in the full-text index

    @contextmanager
    def step(self) -> Iterator[None]:
        """One article's writes: on error they roll back alone, and the batch goes on."""
        mark = (self._next, self._unindexed)
        try:
            with store.savepoint(self.conn):
                yield
        except BaseException:
            self._next, self._unindexed = mark
            self._speakers.clear()
            raise

    def insert_article(
        self, a: Article, digest: str, values: Sequence[Sequence[Any]], *, keep_text: bool = True
    ) -> int:
        """Store an article and its statements; return the article's row id.

        ``values``: one tuple per statement in ``QUOTE_FIELDS`` order (see
        :func:`~quotetrack.track.records.statement_values` and ``record_values``).
        """
        published = a.published.isoformat() if a.published else None
        cur = self.conn.execute(
            _INSERT_ARTICLE, (a.id, digest, a.outlet, published, a.url, a.lang, a.text if keep_text else None)
        )
        rowid = int(cur.lastrowid or 0)
        if values:
            self.conn.executemany(_INSERT_STATEMENTS, self._rows(rowid, published, a.outlet, values))
            self._next += len(values)
        return rowid

    def _rows(
        self, rowid: int, published: str | None, outlet: str | None, values: Sequence[Sequence[Any]]
    ) -> list[tuple[Any, ...]]:
        buckets = bucket_keys_many([v[2] for v in values])
        ref = self._speakers.ref
        conn = self.conn
        rows = []
        for sid, (v, keys) in enumerate(zip(values, buckets, strict=True), self._next):
            start, end, text, kind, name, eid, speaker_type, mention, alias, cue, lemma, channel, confidence = v
            rows.append(
                (sid, rowid, published, outlet, start, end, text, kind, ref(conn, name, eid, speaker_type, alias),
                 mention, cue, lemma, channel, confidence, *(*keys, *_NO_BUCKETS)[:SKETCH])
            )
        return rows

    def delete_article(self, rowid: int) -> None:
        """Delete a stored article and its statements (indexing pending ones first)."""
        self.flush()  # the full-text delete trigger needs every statement already indexed
        self.conn.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))

    def flush(self) -> None:
        """Index the quoted words of every statement inserted since the last flush."""
        if self._fts and self._next > self._unindexed:
            self.conn.execute(_INDEX_TEXT, (self._unindexed,))
        self._unindexed = self._next
