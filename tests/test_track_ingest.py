"""The tracker's write path: batched statements, full-text rows per batch, buckets in the row, migration 3."""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_track_support import fake_extract

from quotetrack.track import Article, Tracker, linking, store
from quotetrack.track import text as text_keys
from quotetrack.track.records import (
    QUOTE_FIELDS,
    record_values,
    statement_records,
    statement_values,
)
from quotetrack.track.text import SHINGLE, SKETCH, bucket_keys, bucket_keys_many, words

SAID = "« {} », a dit le maire."


def _text_ids(t: Tracker, text: str) -> list[str]:
    return sorted(s.article_id for s in t.statements(text=text))


def _fts_rows(t: Tracker) -> int:
    return int(t.conn.execute("SELECT count(*) FROM statement_fts_docsize").fetchone()[0])


def test_every_statement_of_a_batch_is_in_the_full_text_index(tmp_path: Path) -> None:
    with Tracker(tmp_path / "s.db", extract=fake_extract) as t:
        t.add_many(Article(id=f"a{i}", text=SAID.format(f"le marché numéro {i} ouvrira")) for i in range(30))
        t.add(SAID.format("le marché numéro 99 fermera"), id="single")
        assert _fts_rows(t) == t.counts()["statements"] == 31
        assert len(t.statements(text="marché ouvrira")) == 30
        assert _text_ids(t, "numéro 7") == ["a7"]
        assert _text_ids(t, "fermera") == ["single"]


def test_replacing_an_article_in_the_same_batch_keeps_the_index_exact() -> None:
    with Tracker(":memory:", extract=fake_extract) as t:
        items = [
            Article(id="x", text=SAID.format("les travaux commenceront lundi")),
            Article(id="y", text=SAID.format("le budget est voté")),
            Article(id="x", text=SAID.format("les travaux sont reportés")),
        ]
        summary = t.add_many(items, replace=True)
        assert (summary.added, summary.failed) == (3, 0)
        assert [s.text for s in t.statements(article="x")] == ["les travaux sont reportés"]
        assert _text_ids(t, "commenceront") == []
        assert _text_ids(t, "travaux") == ["x"]
        assert _fts_rows(t) == t.counts()["statements"] == 2
        t.add(SAID.format("les travaux sont annulés"), id="y", replace=True)  # replace a flushed one
        assert _text_ids(t, "budget") == [] and _text_ids(t, "annulés") == ["y"]
        assert _fts_rows(t) == 2


def test_an_article_failing_mid_batch_rolls_back_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    real = linking.link_article

    def fussy(conn: sqlite3.Connection, linker: Any, rowid: int, doc: Any, sources: list[Any]) -> int:
        if "refusé" in doc.text:
            raise sqlite3.IntegrityError("refused for the test")
        return real(conn, linker, rowid, doc, sources)

    monkeypatch.setattr(linking, "link_article", fussy)
    with Tracker(":memory:", extract=fake_extract) as t:
        t.add_source({"id": "src", "text": "Un communiqué sans rapport."})
        items = [Article(id=f"a{i}", text=SAID.format(f"le projet {i} est {'refusé' if i == 2 else 'accepté'}"))
                 for i in range(5)]
        summary = t.add_many(items, batch_size=10)
        assert (summary.added, summary.failed) == (4, 1)
        assert "refused for the test" in summary.errors[0].message
        stored = t.statements()
        assert [s.article_id for s in stored] == ["a0", "a1", "a3", "a4"]
        assert _text_ids(t, "projet") == ["a0", "a1", "a3", "a4"] and _text_ids(t, "refusé") == []
        assert _fts_rows(t) == 4
        assert len(t.statements(speaker="le maire")) == 4  # the speaker cache survived the rollback


def test_statement_rows_carry_their_buckets(tracker_db: Path) -> None:
    with Tracker(tracker_db, extract=fake_extract) as t:
        t.add(SAID.format("nous ne céderons rien sur les retraites") + " " + SAID.format("non"), id="a")
        rows = t.conn.execute("SELECT text, bucket1, bucket2, bucket3, bucket4 FROM statements ORDER BY id").fetchall()
    for text, *stored in rows:
        keys = bucket_keys(text)
        assert stored == keys + [None] * (SKETCH - len(keys))


@pytest.fixture
def tracker_db(tmp_path: Path) -> Path:
    return tmp_path / "s.db"


_TRICKY = st.sampled_from(["\u0301", "\u0327", "\u00a0", "\u202f", "\u2009", "\t", "\n", "\x1c", "ß", "İ", "œ", "É", "’", "-", "1"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=8), _TRICKY), max_size=12))
def test_words_by_token_are_the_words_of_the_folded_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert words(text) == text_keys._WORD.findall(text_keys.fold(text))
    assert words(text) == words(text)  # a cached token gives the same words


def test_the_token_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_keys._TokenWords, "limit", 10)
    cache = text_keys._TokenWords()
    for i in range(25):
        assert cache[f"Mot{i}"] == (f"mot{i}",)
        assert len(cache) <= 10


def _naive_keys(text: str) -> list[int]:
    ws = text_keys._WORD.findall(text_keys.fold(text))
    if not ws:
        return []
    if len(ws) < SHINGLE + 1:
        return [zlib.crc32(" ".join(ws).encode("utf-8", "surrogatepass"))]
    shingles = {" ".join(ws[i : i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}
    return sorted({zlib.crc32(s.encode("utf-8", "surrogatepass")) for s in shingles})[:SKETCH]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60), max_size=6))
def test_bucket_keys_are_the_smallest_shingle_hashes(texts: list[str]) -> None:
    many = bucket_keys_many(texts)
    assert many == [bucket_keys(t) for t in texts]
    for text, keys in zip(texts, many, strict=True):
        naive = _naive_keys(text)
        assert set(keys) <= set(naive) and keys == sorted(set(keys))
        assert len(keys) == len(naive) or len(keys) < SKETCH  # fewer only when CRCs collide


# -- migration 3 on a store written by the previous schema ----------------------------------------------


def _version_2_store(db: Path, texts: dict[str, str]) -> None:
    """A store as the previous release wrote it: statement_buckets table, per-row full-text trigger."""
    conn = sqlite3.connect(db, isolation_level=None)
    for version, _, sql in store.migrations()[:2]:
        for statement in store._split(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO speakers(id, key, name, type) VALUES (1, 'name:le maire', 'le maire', 'person')")
    conn.execute("INSERT INTO speaker_aliases(alias, speaker) VALUES ('le maire', 1)")
    for n, (aid, text) in enumerate(texts.items(), 1):
        conn.execute("INSERT INTO articles(rowid, id, hash, text) VALUES (?, ?, ?, ?)", (n, aid, f"h{n}", text))
        for r in statement_records(fake_extract(text)):
            cur = conn.execute(
                "INSERT INTO statements(article, qstart, qend, text, kind, speaker) VALUES (?, ?, ?, ?, ?, 1)",
                (n, r["start"], r["end"], r["text"], r["kind"]),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO statement_buckets(bucket, statement) VALUES (?, ?)",
                [(b, cur.lastrowid) for b in bucket_keys(r["text"])],
            )
    conn.close()


def test_migration_3_moves_buckets_into_statements_and_keeps_search(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    repeated = "nous ne fermerons pas la maternité cette année"
    _version_2_store(db, {"old1": SAID.format(repeated), "old2": SAID.format("la piscine rouvrira en juin prochain")})
    with Tracker(db, extract=fake_extract) as t:
        assert t.conn.execute("PRAGMA user_version").fetchone()[0] == len(store.migrations())
        tables = {r[0] for r in t.conn.execute("SELECT name FROM sqlite_master")}
        assert "statement_buckets" not in tables and "statements_fts_insert" not in tables
        for text, *stored in t.conn.execute("SELECT text, bucket1, bucket2, bucket3, bucket4 FROM statements"):
            keys = bucket_keys(text)
            assert stored == keys + [None] * (SKETCH - len(keys))
        t.add("Hier : " + SAID.format(repeated), id="new")
        assert _text_ids(t, "maternité") == ["new", "old1"]  # old rows indexed by the trigger, new by the batch
        assert _text_ids(t, "piscine") == ["old2"]
        [cluster] = t.repeats()
        assert sorted(m.statement.article_id for m in cluster.members) == ["new", "old1"]
        t.add(SAID.format("la piscine restera fermée"), id="old2", replace=True)
        assert _text_ids(t, "piscine") == ["old2"] and _text_ids(t, "juin") == []


def test_statement_values_are_the_records_in_field_order() -> None:
    doc = fake_extract(SAID.format("la piscine rouvrira") + " « Déjà ? », a demandé un élu.")
    assert [record_values(r) for r in statement_records(doc)] == statement_values(doc)
    assert [dict(zip(QUOTE_FIELDS, v, strict=True)) for v in statement_values(doc)] == statement_records(doc)
    assert record_values({"start": 0, "end": 2, "text": "ok", "kind": "direct"})[-1] == 1.0  # confidence default
