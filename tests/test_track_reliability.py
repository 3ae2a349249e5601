"""Reliability of the store: a killed writer, readers during ingest, malformed input lines."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from test_track_support import fake_extract

from quotetrack.track import Article, Tracker
from quotetrack.track.files import read_articles

TESTS = Path(__file__).parent
BATCH = 20

CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
from test_track_support import fake_extract
from quotetrack.track import Article, Tracker

def slow(text):
    time.sleep(0.002)  # keep the child mid-batch most of the time
    return fake_extract(text)

def articles():
    for i in range(1_000_000):
        yield Article(id=f"a{{i}}", text=f"« Nous tiendrons la séance numéro {{i}} », a dit le maire.")

with Tracker({db!r}, extract=slow) as t:
    t.add_many(articles(), batch_size={batch}, on_batch=lambda s: print(s.added, flush=True))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_during_add_many_loses_no_committed_article(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    script = CHILD.format(tests=str(TESTS), db=str(db), batch=BATCH)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    committed = 0
    try:
        for _ in range(6):
            line = child.stdout.readline()
            assert line, "the child stopped before committing batches"
            committed = int(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT id FROM articles")}
        assert {f"a{i}" for i in range(committed)} <= stored
        assert len(stored) % BATCH == 0  # whole batches only: nothing half-written
        n_statements = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        assert n_statements == len(stored)
    finally:
        conn.close()
    with Tracker(db, extract=fake_extract) as t:  # and the store takes new work
        t.add("« Encore une séance », a dit le maire.", id="after")
        assert len(t.statements(speaker="le maire")) == len(stored) + 1


def test_a_reader_queries_while_a_writer_ingests(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Tracker(db).close()
    total = 300
    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[int] = []

    def slow(text: str) -> Any:
        time.sleep(0.001)
        return fake_extract(text)

    def write() -> None:
        try:
            with Tracker(db, extract=slow) as t:
                t.add_many(
                    (Article(id=f"w{i}", text=f"« Le chantier numéro {i} avance », a dit le maire.") for i in range(total)),
                    batch_size=10,
                )
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            done.set()

    def read() -> None:
        try:
            with Tracker(db, extract=fake_extract) as t:
                while not done.is_set():
                    seen.append(len(t.statements(speaker="le maire")))
                seen.append(len(t.statements(speaker="le maire")))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write), threading.Thread(target=read)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert errors == []
    assert seen == sorted(seen) and seen[-1] == total
    assert len(set(seen)) > 2  # the reader saw the store grow batch by batch


def test_a_malformed_line_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    good = [{"id": f"g{i}", "text": f"« Nous validerons le budget {i} », a dit le maire."} for i in range(4)]
    lines = [json.dumps(good[0], ensure_ascii=False), '{"id": "cut", "text": "« Nous vali', json.dumps(good[1], ensure_ascii=False),
             "[1, 2]", "", json.dumps(good[2], ensure_ascii=False), '{"id": 5, "text": null}', json.dumps(good[3], ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Tracker(":memory:", extract=fake_extract) as t:
        summary = t.add_many(read_articles([path]), batch_size=100)
        assert (summary.added, summary.failed) == (4, 3)
        assert [e.where for e in summary.errors] == [f"{path}:2", f"{path}:4", f"{path}:7"]
        assert "invalid JSON" in summary.errors[0].message
        assert "expected a JSON object" in summary.errors[1].message
        assert "text" in summary.errors[2].message
        assert sorted(s.article_id for s in t.statements()) == ["g0", "g1", "g2", "g3"]


def test_unreadable_files_are_reported(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("« Déjà ? »".encode("latin-1"))
    items = list(read_articles([latin, tmp_path / "missing.jsonl"]))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError"]
    assert "cannot read" in items[0].message and "no such file" in items[1].message


@pytest.mark.parametrize(("given", "stored"), [("2019-12", "2019-12-01"), ("2019", "2019-01-01"), ("2019-12-24", "2019-12-24")])
def test_dates_known_to_the_month_or_year_are_kept(tmp_path: Path, given: str, stored: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "« Oui », a dit le maire.", "meta": {"date": given}}) + "\n", encoding="utf-8")
    [item] = list(read_articles([path]))
    assert isinstance(item, Article) and item.published is not None and item.published.isoformat() == stored
