"""Reading articles from files: plain text, JSON Lines, or directories of both.

A bad line or file never stops the stream: it comes out as an
:class:`~quotetrack.track.models.IngestError` naming ``file:line``, which
:meth:`Tracker.add_many` counts as failed and reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError

from quotetrack.track.models import Article, IngestError

__all__ = ["SUFFIXES", "read_articles"]

SUFFIXES = (".txt", ".jsonl")
"""File types read inside directories; other files there are ignored."""
_META_KEYS = {"outlet": "outlet", "date": "published", "published": "published", "url": "url"}


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | IngestError]:
    """Articles from each path: a ``.txt`` file is one article (id: its path), a ``.jsonl`` file one a line.

    JSON objects need ``id`` and ``text``; ``outlet``, ``published`` (or ``date``), ``url``
    and ``lang`` are read at top level or inside ``meta``; other keys are ignored. A date
    known only to the month or year (``2019-12``, ``2019``) is stored as the first day of
    that period, so the article keeps its place in date ranges instead of being refused.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
                yield from _read_file(child)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield IngestError(where=str(path), message="no such file or directory")


def _read_file(path: Path) -> Iterator[Article | IngestError]:
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield IngestError(where=str(path), message=f"cannot read: {exc}")
        return
    yield Article(id=path.as_posix(), text=text)


def _read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    try:
        fh = path.open(encoding="utf-8", errors="strict")
    except OSError as exc:
        yield IngestError(where=str(path), message=f"cannot read: {exc}")
        return
    with fh:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = fh.readline()
            except UnicodeDecodeError as exc:
                # The rest of the file cannot be decoded reliably: report where and stop here.
                yield IngestError(where=f"{path}:{lineno}", message=f"not UTF-8: {exc}")
                return
            if not line:
                return
            if line.strip():
                yield _parse(line, f"{path}:{lineno}")


_PARTIAL_DATE = regex.compile(r"^\s*+(\d{4})(?:-(\d{2}))?\s*+$")


def _first_day(value: str) -> str:
    m = _PARTIAL_DATE.match(value)
    if m is None:
        return value  # a full date, or garbage the model will report
    return f"{m.group(1)}-{m.group(2) or '01'}-01"


def _parse(line: str, where: str) -> Article | IngestError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError(where=where, message=f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(obj, dict):
        return IngestError(where=where, message=f"expected a JSON object, got {type(obj).__name__}")
    fields: dict[str, Any] = {k: obj[k] for k in ("id", "text", "lang") if k in obj}
    meta = obj.get("meta")
    for source in (meta if isinstance(meta, dict) else {}, obj):
        for key, field in _META_KEYS.items():
            if source.get(key) is not None:
                fields[field] = source[key]
    if isinstance(fields.get("published"), str):
        fields["published"] = _first_day(fields["published"])
    if isinstance(fields.get("id"), int):
        fields["id"] = str(fields["id"])
    try:
        return Article.model_validate(fields)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}" for e in exc.errors())
        return IngestError(where=where, message=problems)
