"""Loading the package's language data (``quotetrack/data/*.json``), once, validated by pydantic.

The engine never spells a French word: verbs, roles, institutions, abbreviations and
every other piece of language live in data files read through this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import regex
from pydantic import BaseModel, TypeAdapter, ValidationError

T = TypeVar("T")


class DataError(ValueError):
    """A data file (built-in or a user's) does not match its schema; the message lists every problem."""


def read_json(name: str) -> Any:
    """The parsed content of ``quotetrack/data/<name>``."""
    return _read_json_cached(name)


@cache
def _read_json_cached(name: str) -> Any:
    with resources.files("quotetrack.data").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def validate(schema: type[T] | Any, payload: Any, *, origin: str) -> T:
    """Validate ``payload`` against ``schema`` and raise one :class:`DataError` listing every problem."""
    adapter = schema if isinstance(schema, TypeAdapter) else TypeAdapter(schema)
    try:
        return adapter.validate_python(payload)  # type: ignore[no-any-return]
    except ValidationError as exc:
        problems = "\n".join(
            f"  - {'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise DataError(f"{origin}: {exc.error_count()} problem(s)\n{problems}") from None


def load(name: str, schema: Any) -> Any:
    """Read and validate a built-in data file (cached by name)."""
    return _load_cached(name, schema)


@cache
def _load_cached(name: str, schema: Any) -> Any:
    raw = read_json(name)
    if isinstance(raw, dict):
        raw = {k: v for k, v in raw.items() if not k.startswith("_")}  # "_comment" keys document the file
    return validate(schema, raw, origin=f"quotetrack/data/{name}")


def jsonl_objects(lines: Iterable[str], origin: str) -> Iterator[tuple[int, Any]]:
    """The JSON values of JSON Lines with their line numbers; blank lines skipped; a line that
    is not JSON raises :class:`ValueError` naming ``origin:line``.

    >>> list(jsonl_objects(['{"id": 1}', "", "[2]"], "f.jsonl"))
    [(1, {'id': 1}), (3, [2])]
    """
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{origin}:{lineno}: not JSON ({exc.msg})") from None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, with either apostrophe (' or ’).

    >>> alternation(["l'État", "le"])
    "l['’]État|le"
    """
    escaped = {regex.escape(w.replace("’", "'")).replace("\\'", "'").replace("'", "['’]") for w in words}
    return "|".join(sorted(escaped, key=len, reverse=True))


def trie_alternation(words: Iterable[str]) -> str:
    """What :func:`alternation` matches, factored as a trie: the engine tests a shared prefix
    once instead of once per word.

    Two words that both match at one place are a word and a longer one it begins, which
    :func:`alternation` (longest first) tries first, as the trie's greedy branches do: the
    same text is matched, with or without ``(?i)``. When two branches of a node could match
    the same character (a word in two cases), the plain alternation is returned instead.

    >>> trie_alternation(["le", "les", "la"])
    'l(?:a|e(?:s|))'
    """
    words = list(words)
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w.replace("’", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str | None:
        chars = sorted(k for k in node if k)
        for i, a in enumerate(chars):
            same = regex.compile("(?i)" + _char_pattern(a))
            if any(same.fullmatch(b) for b in chars[i + 1 :]):
                return None
        alts = []
        for ch in chars:
            rest = emit(node[ch])
            if rest is None:
                return None
            alts.append(_char_pattern(ch) + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # ``(?:body|)``: ``(?:body)?`` without a counted repeat, which the regex engine sets
        # up on every match attempt (microseconds for a big trie); same order, same matches.
        return f"(?:{body}|)" if "" in node else body

    pattern = emit(root) if root else None
    return pattern if pattern is not None else alternation(words)


def _char_pattern(ch: str) -> str:
    return "['’]" if ch == "'" else str(regex.escape(ch))


class Record(BaseModel):
    """Base for data records: unknown keys are errors, values immutable."""

    model_config = {"frozen": True, "extra": "forbid"}
