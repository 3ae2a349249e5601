"""``quotetrack track``: ingest files into a statement store and query it from the shell.

Wired into ``quotetrack`` by :func:`add_subcommand`. Exit codes follow the main
command: 0 success, 2 a usage error or some input that could not be read (every bad
line is reported on stderr as ``file:line: reason`` and skipped; the rest is stored).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from quotetrack.track.files import read_articles
from quotetrack.track.models import IngestSummary
from quotetrack.track.store import StoreError
from quotetrack.track.tracker import Tracker

__all__ = ["add_subcommand"]

OK, USAGE = 0, 2
DEFAULT_DB = "statements.db"
_TABLE_COLUMNS = ("published", "outlet", "speaker", "kind", "text", "article_id")
_TABLE_WIDTH = 60  # quote text is cut to keep one statement on one terminal line


def add_subcommand(subparsers: Any) -> None:
    """Register ``track`` and its sub-commands on the main parser's subparsers."""
    track = subparsers.add_parser("track", help="store statements of many articles and query them")
    sub = track.add_subparsers(title="track commands", metavar="COMMAND")
    track.set_defaults(func=lambda _args: _usage(track))

    add = sub.add_parser("add", help="ingest .txt files, .jsonl articles or directories")
    add.add_argument("files", nargs="+", metavar="FILES")
    add.add_argument("--batch-size", type=int, default=500)
    add.add_argument("--replace", action="store_true", help="replace articles whose content changed")
    _db(add)
    add.set_defaults(func=run_add)

    query = sub.add_parser("query", help="statements by speaker, date, outlet, kind or words")
    query.add_argument("--speaker")
    query.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    query.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    query.add_argument("--outlet")
    query.add_argument("--kind", choices=("direct", "partial", "indirect"))
    query.add_argument("--text", help="words the quote must contain")
    query.add_argument("--limit", type=int)
    _db(query)
    _format(query)
    query.set_defaults(func=run_query)

    repeats = sub.add_parser("repeats", help="statements repeated across articles")
    repeats.add_argument("--speaker")
    repeats.add_argument("--min-ratio", type=float, default=85.0)
    _db(repeats)
    _format(repeats)
    repeats.set_defaults(func=run_repeats)

    conflicts = sub.add_parser("conflicts", help="the same words credited to different speakers")
    _db(conflicts)
    _format(conflicts)
    conflicts.set_defaults(func=run_conflicts)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")


def _format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return USAGE


def _open(args: argparse.Namespace) -> Tracker:
    return Tracker(args.db)


def _reported(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn a store that cannot be opened or queried into a message and exit code 2."""

    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except (StoreError, ValueError) as exc:
            return _fail(str(exc))

    return wrapper


def _fail(message: str) -> int:
    print(f"quotetrack track: {message}", file=sys.stderr)
    return USAGE


@_reported
def run_add(args: argparse.Namespace) -> int:
    """``track add``: ingest files, report bad lines, print a summary on stderr."""
    tty = sys.stderr.isatty()

    def progress(s: IngestSummary) -> None:
        if tty:
            print(f"\r{s.added} added, {s.skipped} skipped, {s.failed} failed", end="", file=sys.stderr, flush=True)

    with _open(args) as t:
        summary = t.add_many(read_articles(args.files), batch_size=args.batch_size, replace=args.replace, on_batch=progress)
    if tty:
        print(file=sys.stderr)
    for e in summary.errors:
        print(f"{e.where}: {e.message}", file=sys.stderr)
    print(
        f"{summary.added} added, {summary.skipped} skipped, {summary.failed} failed, "
        f"{summary.statements} statements",
        file=sys.stderr,
    )
    return USAGE if summary.failed else OK


@_reported
def run_query(args: argparse.Namespace) -> int:
    """``track query``: print matching statements."""
    with _open(args) as t:
        found = t.statements(args.speaker, since=args.since, until=args.until, outlet=args.outlet,
                             kind=args.kind, text=args.text, limit=args.limit)
    _print([s.model_dump(mode="json") for s in found], args.format)
    return OK


@_reported
def run_repeats(args: argparse.Namespace) -> int:
    """``track repeats``: one row per occurrence of each repeated statement."""
    with _open(args) as t:
        rows = [_jsonable(r) for c in t.repeats(speaker=args.speaker, min_ratio=args.min_ratio) for r in c.rows()]
    _print(rows, args.format, columns=("cluster", "ratio", "via", *_TABLE_COLUMNS))
    return OK


@_reported
def run_conflicts(args: argparse.Namespace) -> int:
    """``track conflicts``: one row per speaker of each conflicting statement."""
    with _open(args) as t:
        rows = [_jsonable(r) for c in t.conflicts() for r in c.rows()]
    _print(rows, args.format, columns=("cluster", "severity", *_TABLE_COLUMNS))
    return OK


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}


def _print(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str] = _TABLE_COLUMNS) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        _table(rows, columns)


def _table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    print(f"({len(rows)} rows)", file=sys.stderr)


def _cell(value: Any) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= _TABLE_WIDTH else text[: _TABLE_WIDTH - 1] + "…"
