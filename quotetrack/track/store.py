"""The SQLite store: connection settings, ordered schema migrations, transactions.

Migrations are the ``NNNN_name.sql`` files of ``quotetrack/track/migrations``, applied in
order, each in its own transaction, the schema version kept in ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import regex

__all__ = ["StoreError", "connect", "migrations", "transaction"]

_MIGRATION_NAME = regex.compile(r"^(\d{4})_[\w-]++\.sql$")
_FTS_MIGRATION = "fts"


class StoreError(RuntimeError):
    """The database cannot be used: newer schema, missing SQLite feature, corrupt file."""


def migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` of every bundled migration, in order."""
    found = []
    for entry in resources.files("quotetrack.track.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the store at ``path`` (``":memory:"`` for a scratch store)."""
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    # Autocommit mode: transactions are explicit (see `transaction`), so a batch is exactly one.
    conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False, timeout=30.0)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if target != ":memory:":
            # WAL lets readers query while a writer ingests; NORMAL sync keeps every committed
            # transaction across a process kill (only an OS crash may lose the last ones).
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{target}: could not switch to WAL journal (got {mode!r})")
            conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, target)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{target}: not a usable quotetrack database ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def has_fts(conn: sqlite3.Connection) -> bool:
    """Whether the full-text index over quoted words exists in this store."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'fts'").fetchone()
    return row is not None and row[0] == "1"


def fts5_available(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite build has the FTS5 extension."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp._qt_probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp._qt_probe")
    return True


def _migrate(conn: sqlite3.Connection, target: str) -> None:
    steps = migrations()
    latest = steps[-1][0]
    for version, name, sql in steps:
        with transaction(conn):
            # Re-read inside the write lock: another process may have migrated meanwhile.
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current > latest:
                raise StoreError(
                    f"{target}: schema version {current} is newer than this quotetrack ({latest})"
                )
            if current >= version:
                continue
            if _FTS_MIGRATION in name and not fts5_available(conn):
                # The store stays usable; only text= queries fail, with a message saying why.
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('fts', '0')")
            else:
                for statement in _split(sql):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")


def _split(script: str) -> Iterator[str]:
    # sqlite3.complete_statement understands trigger bodies, so BEGIN…END stays whole.
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str = "item") -> Iterator[sqlite3.Connection]:
    """A nested step inside a transaction that rolls back alone on error."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield conn
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")
