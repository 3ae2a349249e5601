"""The tracker: ingest articles into the store and answer questions about their statements.

>>> t = Tracker(":memory:")
>>> first = t.add("« Nous verrons », a dit le maire.", id="a1", outlet="La Gazette")
>>> t.add("« Nous verrons », a dit le maire.", id="a1") == first   # same article again: no-op
True
>>> t.counts()["articles"]
1
>>> t.close()
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError

from quotetrack.models import Document, Kind
from quotetrack.track import _optional, clusters, conflicts, linking, queries, readouts, store
from quotetrack.track.models import (
    Article,
    Cluster,
    Conflict,
    IngestError,
    IngestSummary,
    ReadoutComparison,
    Results,
    Statement,
    TimelineDay,
    content_hash,
)
from quotetrack.track.records import check_offsets, record_values, statement_values
from quotetrack.track.text import alias_key
from quotetrack.track.writer import BatchWriter, SpeakerCache

__all__ = ["ArticleChangedError", "Tracker"]

Extractor = Callable[[str], Document]
DateLike = date | datetime | str | None


class ArticleChangedError(ValueError):
    """An article id is already stored with different content (pass ``replace=True`` to version it)."""


def _default_extract(text: str, published: date | None = None) -> Document:
    """:func:`quotetrack.extract` of an article published on ``published`` (``Config.year``)."""
    from quotetrack.pipeline import Config, extract

    return extract(text, config=Config(year=published.year if published is not None else None))


_DATED_EXTRACT = _default_extract  # the built-in extractor, told each article's publication date


def _day(value: DateLike) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(queries.iso_day(value, "published") or "")
    return value


class Tracker:
    """Statements of a corpus in one SQLite file (``":memory:"`` for a scratch store).

    ``extract`` turns an article's text into a :class:`~quotetrack.Document`
    (default :func:`quotetrack.extract`); it must be deterministic. Use one tracker per
    thread or process: SQLite's WAL lets one writer and many readers work at once.
    """

    def __init__(self, path: str | Path = ":memory:", *, extract: Extractor | None = None) -> None:
        if not isinstance(path, str | Path):
            raise TypeError(f"path must be a str or Path, not {type(path).__name__}")
        self.path = str(path)
        self._extract: Extractor = extract if extract is not None else _default_extract
        self._conn: sqlite3.Connection | None = store.connect(self.path)
        self._fts = store.has_fts(self._conn)
        self._lock = threading.RLock()
        self._speakers = SpeakerCache()

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """The open SQLite connection (for inspection; write through the tracker's methods)."""
        if self._conn is None:
            raise ValueError("this Tracker is closed")
        return self._conn

    def close(self) -> None:
        """Close the database; further calls raise ValueError."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Tracker:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Tracker({self.path!r})"

    def counts(self) -> dict[str, int]:
        """How many articles, statements, speakers, sources and links are stored."""
        return {
            t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "statements", "speakers", "sources", "links")
        }

    # -- ingest ------------------------------------------------------------------------------

    def add(
        self,
        text: str,
        *,
        id: str,
        outlet: str | None = None,
        published: DateLike = None,
        url: str | None = None,
        lang: str = "fr",
        replace: bool = False,
    ) -> list[Statement]:
        """Extract and store one article's statements, in one transaction; return them.

        Adding the same id with the same content again is a no-op returning the stored
        statements. The same id with different content raises :class:`ArticleChangedError`,
        unless ``replace=True``: then the old version and its statements are replaced.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        article = Article(
            id=id, text=text, outlet=outlet, published=_day(published), url=url, lang=lang
        )
        with self._lock:
            summary = self._ingest([(article.id, article)], replace=replace, strict=True)
            if summary.errors:
                raise ValueError(summary.errors[0].message)
            return list(queries.select(self.conn, article=article.id))

    def add_many(
        self,
        articles: Iterable[Article | Mapping[str, Any] | IngestError],
        *,
        batch_size: int = 500,
        replace: bool = False,
        on_batch: Callable[[IngestSummary], None] | None = None,
    ) -> IngestSummary:
        """Ingest articles, one transaction per batch of ``batch_size``; return the counts.

        A bad item (invalid mapping, an :class:`IngestError` from a file reader, an
        extractor failure, a changed article without ``replace``) is counted as failed
        with its reason, and the batch goes on. ``on_batch`` gets the running summary
        after each commit.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        total = IngestSummary()
        batch: list[tuple[str, Article | IngestError]] = []
        for n, item in enumerate(articles, 1):
            batch.append(_as_article(item, n))
            if len(batch) >= batch_size:
                total += self._locked_ingest(batch, replace)
                batch = []
                if on_batch is not None:
                    on_batch(total)
        if batch:
            total += self._locked_ingest(batch, replace)
            if on_batch is not None:
                on_batch(total)
        return total

    def _locked_ingest(self, batch: list[tuple[str, Article | IngestError]], replace: bool) -> IngestSummary:
        with self._lock:
            return self._ingest(batch, replace=replace, strict=False)

    def _ingest(
        self, batch: list[tuple[str, Article | IngestError]], *, replace: bool, strict: bool
    ) -> IngestSummary:
        errors: list[IngestError] = []
        known = self._stored_hashes([a.id for _, a in batch if isinstance(a, Article)])
        work: list[tuple[str, Article, str, Document]] = []
        skipped = 0
        for where, item in batch:
            if isinstance(item, IngestError):
                errors.append(item)
                continue
            digest = content_hash(item.text)
            if known.get(item.id) == digest:
                skipped += 1
                continue
            if item.id in known and not replace:
                if strict:
                    raise ArticleChangedError(_changed(item.id))
                errors.append(IngestError(where=where, message=_changed(item.id)))
                continue
            try:
                doc = (_DATED_EXTRACT(item.text, item.published) if self._extract is _DATED_EXTRACT
                       else self._extract(item.text))
                check_offsets(item.text, doc)
            except Exception as exc:  # the extractor is user code: report, never abort the batch
                if strict:
                    raise
                errors.append(IngestError(where=where, message=f"extraction failed: {type(exc).__name__}: {exc}"))
                continue
            known[item.id] = digest  # a repeat later in this batch is a skip
            work.append((where, item, digest, doc))
        added = stored = 0
        linker = _optional.linker() if work else None
        with self._batch() as w:
            sources = linking.sources(self.conn, linker) if linker is not None else []
            rows = self._stored_rows([a.id for _, a, _, _ in work])  # re-read: another writer may have stored some
            for where, article, digest, doc in work:
                try:
                    with w.step():
                        row = rows.get(article.id)
                        if row is not None and row[1] == digest:
                            skipped += 1  # another writer stored it meanwhile
                            continue
                        if row is not None:
                            if not replace:
                                raise ArticleChangedError(_changed(article.id))
                            w.delete_article(row[0])
                        rowid = w.insert_article(article, digest, statement_values(doc))
                        if sources:
                            linking.link_article(w.conn, linker, rowid, doc, sources)
                    rows[article.id] = (rowid, digest)  # counted once its step is committed
                    stored += len(doc.quotes)
                    added += 1
                except (sqlite3.IntegrityError, ArticleChangedError) as exc:
                    if strict:
                        raise
                    errors.append(IngestError(where=where, message=str(exc)))
        return IngestSummary(
            added=added, skipped=skipped, failed=len(errors), statements=stored, errors=tuple(errors)
        )

    def _stored_hashes(self, ids: list[str]) -> dict[str, str]:
        return {k: v[1] for k, v in self._stored_rows(ids).items()}

    def _stored_rows(self, ids: list[str]) -> dict[str, tuple[int, str]]:
        """``id -> (rowid, hash)`` of the stored articles among ``ids``."""
        out: dict[str, tuple[int, str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT id, rowid, hash FROM articles WHERE id IN ({marks})", chunk)
            out.update((r[0], (r[1], r[2])) for r in rows)
        return out

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with store.transaction(self.conn) as conn:
                yield conn
        except BaseException:
            self._forget()
            raise

    @contextmanager
    def _batch(self) -> Iterator[BatchWriter]:
        """One write transaction for a batch of articles; the full-text index is filled before it commits."""
        with self._write() as conn:
            writer = BatchWriter(conn, self._speakers, fts=self._fts)
            yield writer
            writer.flush()

    def _forget(self) -> None:
        # Rolled-back speaker rows may be cached: drop the caches rather than trust them.
        self._speakers.clear()

    def add_alias(self, alias: str, speaker: str) -> int:
        """Make ``alias`` match every stored speaker that ``speaker`` matches; return how many."""
        if not isinstance(alias, str) or not alias_key(alias):
            raise ValueError(f"alias {alias!r} has no words")
        with self._lock, self._write() as conn:
            ids = queries.resolve_speaker(conn, speaker)
            conn.executemany(
                "INSERT OR IGNORE INTO speaker_aliases(alias, speaker) VALUES (?, ?)",
                [(alias_key(alias), i) for i in ids],
            )
        return len(ids)

    # -- sources and links ---------------------------------------------------------------------

    def add_source(self, source: Any) -> int:
        """Register a source (a communiqué, a readout) and link stored statements to it.

        ``source``: a ``quotetrack.link.Source`` or any object or mapping with ``id`` and
        ``text`` (optionally ``lang``, ``author``, ``published``). Re-adding the same
        content is a no-op; new content under the same id replaces it and its links.
        Without the linking package the source is only stored, and linked later by
        :meth:`link_pending`. Returns the number of links stored by this call.
        """
        fields = _source_fields(source)
        digest = content_hash(fields["text"])
        with self._lock:
            with self._write() as conn:
                row = conn.execute("SELECT hash FROM sources WHERE id = ?", (fields["id"],)).fetchone()
                if row is None or row[0] != digest:
                    conn.execute("DELETE FROM sources WHERE id = ?", (fields["id"],))
                    conn.execute(
                        "INSERT INTO sources(id, hash, text, lang, author, published) VALUES (?, ?, ?, ?, ?, ?)",
                        (fields["id"], digest, fields["text"], fields["lang"], fields["author"], fields["published"]),
                    )
            return self.link_pending()

    def sources(self) -> list[dict[str, Any]]:
        """Registered sources (id, lang, author, published, text)."""
        rows = self.conn.execute("SELECT id, lang, author, published, text FROM sources ORDER BY id")
        return [dict(zip(("id", "lang", "author", "published", "text"), r, strict=True)) for r in rows]

    def link_pending(self, *, batch_size: int = 200) -> int:
        """Link every stored article to the sources it has not been linked to; return links stored.

        Does nothing (returns 0) while ``quotetrack.link`` is not importable.
        """
        linker = _optional.linker()
        if linker is None:
            return 0
        made = 0
        last = 0
        with self._lock:
            while True:
                rows = self.conn.execute(
                    "SELECT a.rowid, a.text FROM articles a WHERE a.rowid > ? AND a.text IS NOT NULL"
                    " AND EXISTS (SELECT 1 FROM sources s WHERE NOT EXISTS"
                    " (SELECT 1 FROM linked l WHERE l.article = a.rowid AND l.source = s.id))"
                    " ORDER BY a.rowid LIMIT ?",
                    (last, batch_size),
                ).fetchall()
                if not rows:
                    return made
                with self._write() as conn:
                    for rowid, text in rows:
                        missing = [
                            r[0] for r in conn.execute(
                                "SELECT id FROM sources s WHERE NOT EXISTS"
                                " (SELECT 1 FROM linked l WHERE l.article = ? AND l.source = s.id)",
                                (rowid,),
                            )
                        ]
                        sources = [s for s in linking.sources(self.conn, linker) if getattr(s, "id", None) in missing]
                        made += linking.link_article(conn, linker, rowid, linking.stored_document(conn, rowid, text), sources)
                last = rows[-1][0]

    # -- questions ---------------------------------------------------------------------------

    def statements(
        self,
        speaker: str | None = None,
        *,
        since: DateLike = None,
        until: DateLike = None,
        outlet: str | None = None,
        kind: Kind | str | None = None,
        text: str | None = None,
        article: str | None = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> Results[Statement]:
        """Stored statements matching every given filter, in date order.

        ``speaker`` matches a canonical name, an entity id or any alias seen (case and
        accents ignored, close spellings accepted); ``text`` needs every word in the
        quote (full-text index); ``since``/``until`` are inclusive dates.
        """
        with self._lock:
            ids = queries.resolve_speaker(self.conn, speaker) if speaker is not None else None
            return Results(
                queries.select(
                    self.conn,
                    speaker_ids=ids,
                    since=queries.iso_day(since, "since"),
                    until=queries.iso_day(until, "until"),
                    outlet=outlet,
                    kind=Kind(kind).value if kind is not None else None,
                    text=text,
                    fts=self._fts,
                    article=article,
                    source=source,
                    limit=limit,
                )
            )

    def timeline(
        self, speaker: str | None = None, *, since: DateLike = None, until: DateLike = None
    ) -> Results[TimelineDay]:
        """A speaker's statements in date order, one entry per day (undated ones last)."""
        days: Results[TimelineDay] = Results()
        current: list[Statement] = []
        for s in self.statements(speaker, since=since, until=until):
            if current and current[0].published != s.published:
                days.append(TimelineDay(day=current[0].published, statements=tuple(current)))
                current = []
            current.append(s)
        if current:
            days.append(TimelineDay(day=current[0].published, statements=tuple(current)))
        return days

    def repeats(
        self,
        *,
        speaker: str | None = None,
        min_ratio: float = clusters.MIN_RATIO,
        min_articles: int = 2,
        min_words: int = clusters.MIN_WORDS,
    ) -> Results[Cluster]:
        """Statements repeated across articles (near-identical words, or one source passage), biggest first.

        ``min_ratio``: word-level rapidfuzz ratio (0–100) to the nearest member;
        statements shorter than ``min_words`` words are left out.
        """
        with self._lock:
            keep = None
            if speaker is not None:
                keep = {s.id for s in self.statements(speaker)}
            return Results(
                clusters.find_clusters(
                    self.conn, min_ratio=min_ratio, min_articles=min_articles, min_words=min_words, keep=keep
                )
            )

    def conflicts(
        self,
        *,
        min_ratio: float = 90.0,
        min_words: int = clusters.MIN_WORDS,
        parent_of: Callable[[str], str | None] | None = None,
    ) -> Results[Conflict]:
        """The same words credited to different speakers in different articles.

        ``parent_of`` maps an entity id to its parent's (default: the registry's, when
        installed); related speakers get severity ``institution_vs_head``.
        """
        found = self.repeats(min_ratio=min_ratio, min_words=min_words)
        return Results(conflicts.find_conflicts(list(found), parent_of=parent_of))

    def compare_readouts(
        self,
        source_a: str,
        source_b: str,
        *,
        min_score: float = readouts.MIN_SCORE,
        scorer: Callable[[str, str], float] | None = None,
    ) -> ReadoutComparison:
        """Align two registered sources' sentences and list what each says that the other leaves out."""
        found = {}
        for sid in (source_a, source_b):
            row = self.conn.execute("SELECT text, lang FROM sources WHERE id = ?", (sid,)).fetchone()
            if row is None:
                raise KeyError(f"no source {sid!r}: register it with add_source() first")
            found[sid] = row
        return readouts.compare(
            source_a, found[source_a][0], source_b, found[source_b][0],
            min_score=min_score, scorer=scorer, b_lang=found[source_b][1],
        )

    # -- Parquet from quotetrack.dask ---------------------------------------------------------------

    def load_parquet(self, path: str | Path, *, batch_size: int = 2000) -> IngestSummary:
        """Store statement records written by :func:`quotetrack.dask.to_parquet` (needs pyarrow).

        Articles already stored with the same content hash are skipped; their text is not
        in the Parquet records, so sources registered later do not link them.
        """
        from quotetrack.dask import read_records

        total = IngestSummary()
        batch: list[tuple[Article, str, list[dict[str, Any]]]] = []
        for article, digest, records in read_records(path):
            batch.append((article, digest, records))
            if len(batch) >= batch_size:
                total += self._store_records(batch)
                batch = []
        if batch:
            total += self._store_records(batch)
        return total

    def _store_records(self, batch: list[tuple[Article, str, list[dict[str, Any]]]]) -> IngestSummary:
        added = skipped = stored = 0
        errors = []
        with self._lock, self._batch() as w:
            known = self._stored_hashes([a.id for a, _, _ in batch])
            for article, digest, records in batch:
                if article.id in known:
                    if known[article.id] == digest:
                        skipped += 1
                    else:
                        errors.append(IngestError(where=article.id, message=_changed(article.id)))
                    continue
                w.insert_article(article, digest, [record_values(r) for r in records], keep_text=False)
                known[article.id] = digest
                added += 1
                stored += len(records)
        return IngestSummary(added=added, skipped=skipped, failed=len(errors), statements=stored, errors=tuple(errors))


def _changed(article_id: str) -> str:
    return f"article {article_id!r} is already stored with different content (use replace=True to replace it)"


def _as_article(item: Any, n: int) -> tuple[str, Article | IngestError]:
    if isinstance(item, Article | IngestError):
        return (item.id if isinstance(item, Article) else item.where), item
    if isinstance(item, Mapping):
        where = str(item.get("id") or f"item {n}")
        try:
            return where, Article.model_validate(dict(item))
        except ValidationError as exc:
            return where, IngestError(where=where, message=_short(exc))
    return f"item {n}", IngestError(where=f"item {n}", message=f"not an Article: {type(item).__name__}")


def _short(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors())


def _source_fields(source: Any) -> dict[str, Any]:

    def get(key: str) -> Any:
        return source.get(key) if isinstance(source, Mapping) else getattr(source, key, None)

    sid, text = get("id"), get("text")
    if not isinstance(sid, str) or not sid:
        raise ValueError("a source needs a non-empty str id")
    if not isinstance(text, str):
        raise TypeError(f"source {sid!r}: text must be a str")
    published = get("published")
    return {
        "id": sid,
        "text": text,
        "lang": get("lang"),
        "author": get("author"),
        "published": queries.iso_day(published, "published") if published is not None else None,
    }
