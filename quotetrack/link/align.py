"""Finding a quote's words in a source: the exact fast path and the rapidfuzz word alignment.

Both work on folded words (or stems) and return word ranges of the source; offsets into
the original texts come from the token lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Indel, Levenshtein

from quotetrack.link.models import DiffOp
from quotetrack.link.normalise import Tokens

__all__ = ["diff", "exact_chains", "find_all", "locate"]


def find_all(words: Sequence[str], positions: dict[str, list[int]], src: Sequence[str]) -> list[int]:
    """Every index of ``src`` where the word sequence ``words`` starts (via its rarest word)."""
    if not words:
        return []
    best = min(range(len(words)), key=lambda k: len(positions.get(words[k], ())))
    hits = []
    n = len(words)
    for p in positions.get(words[best], ()):
        start = p - best
        if start >= 0 and start + n <= len(src) and list(src[start : start + n]) == list(words):
            hits.append(start)
    return hits


def exact_chains(
    frags: Sequence[Sequence[str]], positions: dict[str, list[int]], src: Sequence[str]
) -> list[list[tuple[int, int]]]:
    """Placements of every fragment, in order, in ``src``; tightest first.

    A quote stitched with ellipses keeps its fragments' order, so each chain takes, for
    a placement of the first fragment, the next placement of each following fragment.
    """
    hits = [find_all(f, positions, src) for f in frags]
    if not hits or any(not h for h in hits):
        return []
    chains: list[list[tuple[int, int]]] = []
    for h0 in hits[0]:
        chain = [(h0, h0 + len(frags[0]))]
        for f, h in zip(frags[1:], hits[1:], strict=True):
            nxt = next((p for p in h if p >= chain[-1][1]), None)
            if nxt is None:
                break
            chain.append((nxt, nxt + len(f)))
        else:
            chains.append(chain)
    chains.sort(key=lambda c: (c[-1][1] - c[0][0], c[0][0]))
    return chains


def locate(
    query: Sequence[str], src: Sequence[str], lo: int, hi: int, stop: frozenset[str], edge_gap: int
) -> tuple[int, int, int] | None:
    """The source word range ``[a, b)`` within ``[lo, hi)`` best aligned with ``query``, and matched count.

    An LCS alignment (rapidfuzz Indel) gives matched blocks; the range runs from the first
    to the last block, minus edge blocks of stop words far from the rest (chance matches),
    plus as many source words at each edge as the quote has unmatched words there.
    """
    window = src[lo:hi]
    equal = [op for op in Indel.opcodes(window, query) if op.tag == "equal"]
    if not equal:
        return None
    blocks = [(op.src_start, op.src_end) for op in equal]
    ends = {(op.src_start, op.src_end): (op.dest_start, op.dest_end) for op in equal}

    def only_stops(b: tuple[int, int]) -> bool:
        return all(w in stop for w in window[b[0] : b[1]])

    while len(blocks) > 1 and only_stops(blocks[0]) and blocks[1][0] - blocks[0][1] > edge_gap:
        blocks.pop(0)
    while len(blocks) > 1 and only_stops(blocks[-1]) and blocks[-1][0] - blocks[-2][1] > edge_gap:
        blocks.pop()
    matched = sum(b - a for a, b in blocks)
    # Quote words left over at either edge replace as many source words there
    # (« … la retenue absolue » for « … la retenue maximale »).
    head = ends[blocks[0]][0]
    tail = len(query) - ends[blocks[-1]][1]
    first = max(0, blocks[0][0] - head)
    last = min(len(window), blocks[-1][1] + tail)
    return lo + first, lo + last, matched


def diff(
    article: Tokens, a_idx: Sequence[int], source: Tokens, s_first: int, s_last: int
) -> tuple[DiffOp, ...]:
    """Word-level operations turning the source range into the article's words (Levenshtein opcodes)."""
    a_words = [article.words[i] for i in a_idx]
    s_words = source.words[s_first:s_last]
    ops = []
    for op in Levenshtein.opcodes(s_words, a_words):
        a0, a1 = _chars(article, a_idx, op.dest_start, op.dest_end)
        s0, s1 = source.char_span(s_first + op.src_start, s_first + op.src_end)
        ops.append(
            DiffOp(
                op=op.tag,
                start=a0,
                end=a1,
                source_start=s0,
                source_end=s1,
                words=article.text[a0:a1],
                source_words=source.text[s0:s1],
            )
        )
    return tuple(ops)


def _chars(tokens: Tokens, idx: Sequence[int], i: int, j: int) -> tuple[int, int]:
    """Character span of the selected words ``idx[i:j]`` (empty, at the gap, when ``i == j``)."""
    if i < j:
        return tokens.starts[idx[i]], tokens.ends[idx[j - 1]]
    if i < len(idx):
        pos = tokens.starts[idx[i]]
    elif idx:
        pos = tokens.ends[idx[-1]]
    else:
        pos = 0
    return pos, pos
