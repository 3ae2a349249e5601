"""Loading the package's language data (``quotetrack/data/*.json``), once, validated by pydantic.

The engine never spells a French word: verbs, roles, institutions, abbreviations and
every other piece of language live in data files read through this module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from itertools import product
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
        return json.load(fh, object_pairs_hook=lambda pairs: _unique_keys(pairs, name))


def _unique_keys(pairs: list[tuple[str, Any]], origin: str) -> dict[str, Any]:
    """One JSON object's members, refusing a key written twice (the JSON reader would keep the
    last value and silently drop the first list)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DataError(f"{origin}: the key {key!r} is written twice in one object")
        seen[key] = value
    return seen


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


# A pattern that matches nothing: the alternation of no words.
NOTHING = r"(?!)"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, with either apostrophe (' or ’).

    >>> alternation(["l'État", "le"])
    "l['’]État|le"
    """
    escaped = {regex.escape(w.replace("’", "'")).replace("\\'", "'").replace("'", "['’]") for w in words}
    # No words: an alternation that matches nothing (an empty one would match everywhere).
    return "|".join(sorted(escaped, key=len, reverse=True)) if escaped else NOTHING


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
    if not words:
        return NOTHING
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w.replace("’", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str | None:
        chars = sorted(k for k in node if k)
        for i, a in enumerate(chars):
            if any(_same_char(a, b) for b in chars[i + 1 :]):
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


@cache
def _same_char(a: str, b: str) -> bool:
    """Whether ``(?i)`` makes data character ``a``'s pattern match ``b`` (asked once a pair: a
    first build of the tries asks ~16,000 times, each a lookup in ``regex``'s own cache)."""
    return regex.compile("(?i)" + _char_pattern(a)).fullmatch(b) is not None


def suffix_trie_alternation(words: Iterable[str]) -> str:
    """What :func:`trie_alternation` matches, factored on the words' ends: a suffix trie, for
    patterns matched backwards (``classify._AtEnd``). The engine reads a REVERSE pattern from its
    end, so a trie of prefixes makes it try nearly every branch at the last character, where
    this one dispatches on that character first (a third of the time over the dev articles).
    The branches' order differs: use it only where whether a match exists counts,
    which no order changes (the engine backtracks into every branch).

    >>> suffix_trie_alternation(["dit", "dite", "édit"])
    '(?:dite|(?:é|)dit)'
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in reversed(w.replace("’", "'")):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return NOTHING

    def emit(node: dict[str, Any]) -> str:
        alts = [emit(node[ch]) + _char_pattern(ch) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body}|)" if "" in node else body

    return emit(root)


def words_then_space(words: Iterable[str], space: str = r"\s") -> str:
    """One of ``words`` (determiners, quantities) and the space that parts it from the next
    word: a run of ``space`` (a character class) after a full word (« sa mère », not « samedi »),
    any after an elided one (« l'État »); the spaces inside a word of several (« de nombreux »)
    are any run of ``space`` too."""
    words = list(words)
    elided = [w for w in words if w.endswith(("'", "’"))]
    full = [w for w in words if not w.endswith(("'", "’"))]
    run = space + "++"

    def trie(ws: list[str]) -> str:
        return trie_alternation(ws).replace("\\ ", run)  # the trie escapes a word's inner spaces

    return rf"(?:(?:{trie(full)}){run}|(?:{trie(elided)}){space}*+)"


# Word tokens. The standard library's engine: its findall is ~1.6x faster than regex's on this
# trivial pattern, and it runs over every character of a text. Written ``\w\w*`` (the matches of
# ``\w+``): a pattern opening with a character class lets the engine skip to a word in its own
# loop instead of trying a match at every character between words.
WORD = re.compile(r"\w\w*")
_last_words: tuple[str, list[str]] = ("", [])


def ending_with(words: Iterable[str]) -> regex.Pattern[str]:
    """A pattern for one of ``words`` (whole, any case) and spaces ending the searched text, as
    ``pattern.search(text, lo, hi)`` finds it right before ``hi``; it never matches without words."""
    return regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(words)})\s++$")


def words(text: str) -> list[str]:
    r"""``re.findall(r"\w+", text)``, kept for the last text: the stages scanning one text's words
    share one list (which they must not change)."""
    global _last_words
    last = _last_words
    if last[0] is text:
        return last[1]
    found = WORD.findall(text)
    _last_words = (text, found)
    return found


def token_at(text: str, word: str, pos: int) -> int:
    r"""Offset of the next whole-word (``\w+``) occurrence of ``word`` at or after ``pos``.

    Walking a text's :func:`words` in order, and calling this for every word equal to ``word``,
    finds each one's offset: no other word equal to it lies between ``pos`` and the next.
    """
    n = len(word)
    while True:
        i = text.find(word, pos)
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return i
        pos = i + 1


# Most spellings case_spellings() makes of one word, beyond which it gives up.
_MAX_SPELLINGS = 4096


def case_spellings(words: Iterable[str]) -> frozenset[str] | None:
    """Every string a ``regex`` pattern of one of ``words`` matches under ``(?i)``: each letter
    in each case the engine takes for it (``s``, ``S`` and ``ſ`` for ``s``); ``None`` when a word
    has more than a few thousand spellings.

    >>> sorted(case_spellings(["il"]))
    ['IL', 'Il', 'iL', 'il', 'İL', 'İl']
    """
    each = spellings_of(words)
    if any(v is None for v in each.values()):
        return None
    return frozenset(x for v in each.values() if v is not None for x in v)


def spellings_of(words: Iterable[str]) -> dict[str, frozenset[str] | None]:
    """:func:`case_spellings` of each of ``words`` (the engine is asked once for all their letters)."""
    words = list(words)
    if not words:
        return {}  # (no character class to ask the engine about)
    classes = _case_classes(frozenset(c for w in words for c in w))
    out: dict[str, frozenset[str] | None] = {}
    for w in words:
        count = 1
        for c in w:
            count *= len(classes[c])
        out[w] = frozenset(map("".join, product(*(classes[c] for c in w)))) if count <= _MAX_SPELLINGS else None
    return out


@cache
def _case_classes(chars: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each character with every character ``(?i)`` matches for it (itself included).

    Found by trying the engine on every character of the Basic Multilingual Plane: no character
    beyond it has a case partner inside it (nor the reverse), so a character of the plane has all
    its partners there; the other planes are tried only for a character of theirs.
    """
    every = regex.compile("(?i)[" + "".join(regex.escape(c) for c in sorted(chars)) + "]")
    planes = 0x110000 if any(ord(c) > 0xFFFF for c in chars) else 0x10000
    found = every.findall(_characters(planes))
    return {
        c: tuple(x for x in found if regex.fullmatch("(?i)" + regex.escape(c), x)) or (c,) for c in chars
    }


@cache
def _characters(end: int) -> str:
    """Every character below ``end`` but the surrogates."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, end)))


# The end of the Basic Multilingual Plane, and the surrogates inside it (no characters).
_BMP_END = 0x10000
_SURROGATES = (0xD800, 0xE000)


@cache
def bmp_class(items: str) -> str:
    r"""A stdlib ``re`` character class matching the characters of the Basic Multilingual Plane
    that the ``regex`` class ``[items]`` matches (``\p{L}``, ``\p{L}\d``, ``\s``).

    The ``regex`` engine is asked for each character, so the two agree on every character of the
    plane whatever Unicode version each knows; beyond it (see :func:`in_bmp`) they may differ.
    The stdlib engine runs simple patterns over Unicode classes several times faster.
    """
    ranges = []
    for run in regex.finditer(f"[{items}]++", _characters(_BMP_END)):
        first, last = ord(run.group()[0]), ord(run.group()[-1])
        if first < _SURROGATES[0] and last >= _SURROGATES[1]:  # a run over the gap they leave
            ranges += [(first, _SURROGATES[0] - 1), (_SURROGATES[1], last)]
        else:
            ranges.append((first, last))
    return f"[{_ranges_source(ranges)}]"


def _ranges_source(ranges: Iterable[tuple[int, int]]) -> str:
    """The inside of a character class holding the code points of the (first, last) ``ranges``."""
    return "".join(_class_char(a) if a == b else f"{_class_char(a)}-{_class_char(b)}" for a, b in ranges)


def _class_char(code: int) -> str:
    """One code point in a class: itself when a letter or digit (the stdlib parser reads it
    several times faster than a ``\\u`` escape: the name pattern's classes, 112K characters
    escaped, compiled in 0.11 s, 28K in 0.04 s), else its escape."""
    c = chr(code)
    return c if c.isalnum() and not 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


_last_in_bmp: tuple[str, bool] = ("", True)


def in_bmp(text: str) -> bool:
    """Whether every character of ``text`` is in the Basic Multilingual Plane, where the classes of
    :func:`bmp_class` are exact (UTF-16 takes two bytes for such a character, four for the others).
    Kept for the last text, as :func:`words` is: the stages ask it several times of one text."""
    global _last_in_bmp
    last = _last_in_bmp
    if last[0] is text:
        return last[1]
    found = len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
    _last_in_bmp = (text, found)
    return found


def std_classes_exact(text: str) -> bool:
    r"""Whether the standard engine's ``\w`` and ``\s`` match the same characters of ``text`` as
    the ``regex`` module's: a pattern using no other class then matches alike in both engines
    (the standard one is about twice as fast per call). They differ on combining marks, a few
    numerals and separators, and may beyond the Basic Multilingual Plane: one C scan looks for them
    (:func:`in_bmp` for the characters beyond it: a class holding none compiles to a bitmap)."""
    return in_bmp(text) and _std_class_gaps().search(text) is None


# The letter :func:`std_stand_in` writes for a character only ``regex`` reads as ``\w``: a letter of
# no case (its own fold), ``\w`` and no ``\s`` in both engines (checked by :func:`_word_only_gaps`).
STAND_IN = "\ua66e"


def std_stand_in(text: str) -> str | None:
    r"""``text`` with every character that ``regex``'s ``\w`` holds and the standard engine's
    does not (a combining mark, the emoji selector U+FE0F), neither ``\s`` holding it, written
    :data:`STAND_IN`: same offsets, and :func:`std_classes_exact` holds of it. A pattern using no
    class but ``\w`` and ``\s``, whose literal characters and sets hold no such character nor
    ``STAND_IN``, then matches it with the standard engine where it matches ``text`` with
    ``regex``, with the same group spans. ``None`` when ``text`` goes beyond the Basic
    Multilingual Plane or holds another gap (a numeral or a separator the engines class apart)."""
    if not in_bmp(text):
        return None
    gaps = set(_std_class_gaps().findall(text))
    word_only = _word_only_gaps()
    if not gaps or word_only is None or not gaps <= word_only:
        return None
    return text.translate(dict.fromkeys(map(ord, gaps), STAND_IN))


@cache
def _word_only_gaps() -> frozenset[str] | None:
    r"""The characters of the plane that ``regex``'s ``\w`` holds and the standard engine's does
    not, that neither ``\s`` holds (``None`` when :data:`STAND_IN` is not the letter both
    engines read alike, as it must be to stand for them)."""
    probe = STAND_IN
    if not (re.fullmatch(r"\w", probe) and regex.fullmatch(r"\w", probe) and probe.casefold() == probe
            and probe.upper() == probe and not re.match(r"\s", probe) and not regex.match(r"\s", probe)):
        return None
    chars = _characters(_BMP_END)
    spaces = set(regex.findall(r"\s", chars)) | set(re.findall(r"\s", chars))
    # A character with case variants (U+0345 folds to a Greek letter) may match a letter of a
    # ``(?i)`` pattern: it is left out (a text holding it keeps ``regex``).
    return frozenset(c for c in set(regex.findall(r"\w", chars)) - set(re.findall(r"\w", chars)) - spaces
                     if c.lower() == c.upper() == c.casefold() == c)


@cache
def _std_class_gaps() -> re.Pattern[str]:
    r"""A character of the plane where :func:`std_classes_exact` may fail: one that the two engines'
    ``\w`` or ``\s`` disagree on (each engine asked for each character), or a surrogate."""
    chars = _characters(_BMP_END)
    gaps: set[str] = set()
    for cls in (r"\w", r"\s"):
        gaps |= set(regex.findall(cls, chars)) ^ set(re.findall(cls, chars))
    runs: list[tuple[int, int]] = []
    for c in sorted(map(ord, gaps)):
        if runs and c == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], c)
        else:
            runs.append((c, c))
    return re.compile(f"[{_ranges_source(runs)}\\ud800-\\udfff]")


def _char_pattern(ch: str) -> str:
    return "['’]" if ch == "'" else str(regex.escape(ch))


class Record(BaseModel):
    """Base for data records: unknown keys are errors, values immutable."""

    model_config = {"frozen": True, "extra": "forbid"}
