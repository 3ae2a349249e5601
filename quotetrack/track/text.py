"""Language-neutral text keys: normalised words, alias keys, shingle buckets and sentences.

Nothing here knows French: words are Unicode letter/digit runs, case-folded and
stripped of accents, so ``Élysée`` and ``elysee`` share a key.

>>> words("« L'Élysée a DIT non »")
['l', 'elysee', 'a', 'dit', 'non']
>>> alias_key("  Vladimir  POUTINE ")
'vladimir poutine'
"""

from __future__ import annotations

import unicodedata
import zlib
from itertools import chain

import regex

__all__ = ["alias_key", "bucket_keys", "bucket_keys_many", "sentences", "words"]

_WORD = regex.compile(r"[\p{L}\p{N}]++")
_MARKS = regex.compile(r"\p{Mn}++")
# A sentence ends at . ! ? … (possibly followed by closing marks) then space and a capital
# or an opening mark. A lone capital before the stop is an initial or an abbreviated title
# ("J.", "M."), not a sentence end.
_SENTENCE_END = regex.compile(
    r"(?<!(?:^|[\s(])\p{Lu})[.!?…]++[»”\"')\]]*+\s++(?=[\p{Lu}\p{N}«“\"])"
)

SHINGLE = 3
"""Words per shingle: long enough to be specific, short enough to survive small edits."""
SKETCH = 4
"""Bottom-k sketch size: buckets per statement (near-identical texts share most of them)."""


def fold(text: str) -> str:
    """Case-fold and strip combining accents."""
    folded: str = _MARKS.sub("", unicodedata.normalize("NFD", text.casefold()))
    return folded


def _fold_words(text: str) -> list[str]:
    found: list[str] = _WORD.findall(fold(text))
    return found


class _TokenWords(dict[str, tuple[str, ...]]):
    """Words of a white-space-free token, computed once per distinct token (bounded memory).

    Splitting at white space first changes nothing: white space is neither a letter nor a
    digit, folds to itself and is a starter (accents never reorder across it), so the words
    of a text are the words of its tokens, in order. News vocabulary repeats, so most
    tokens are one dict lookup instead of a fold and a regex scan.
    """

    limit = 50_000

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= self.limit:
            self.clear()
        found = self[token] = tuple(_fold_words(token))
        return found


_TOKEN_WORDS = _TokenWords()


def words(text: str) -> list[str]:
    """Normalised words of ``text`` (folded, accents stripped, punctuation dropped)."""
    return list(chain.from_iterable(map(_TOKEN_WORDS.__getitem__, text.split())))


def alias_key(name: str) -> str:
    """Comparison key of a speaker name, id or alias."""
    return " ".join(words(name))


def _hash(s: str) -> int:
    # Stable across processes (Python's hash() is salted) and cheap: a bucket only proposes
    # a candidate pair, so a rare CRC collision costs one extra comparison, never a wrong answer.
    return zlib.crc32(s.encode("utf-8", "surrogatepass"))


def bucket_keys(text: str) -> list[int]:
    """Candidate buckets of a statement: its ``SKETCH`` smallest word-shingle hashes, distinct.

    Two statements are compared only when they share a bucket, so clustering never
    looks at all pairs. Short statements get one bucket for their whole wording.
    """
    return _sketch(words(text))


def bucket_keys_many(texts: list[str]) -> list[list[int]]:
    """:func:`bucket_keys` of each text."""
    return [_sketch(words(t)) for t in texts]


def _sketch(ws: list[str]) -> list[int]:
    if not ws:
        return []
    if len(ws) < SHINGLE + 1:
        return [_hash(" ".join(ws))]
    shingles = {  # SHINGLE (3) words each
        f"{a} {b} {c}".encode("utf-8", "surrogatepass") for a, b, c in zip(ws, ws[1:], ws[2:], strict=False)
    }
    smallest = sorted(map(zlib.crc32, shingles))[:SKETCH]
    return list(dict.fromkeys(smallest))  # a CRC collision inside one statement: one bucket


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` as (start, end) offsets, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out
