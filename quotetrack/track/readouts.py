"""Readout comparison: two accounts of one event aligned sentence by sentence.

The default scorer is lexical and language-neutral, so a French and an English
readout of one call can still be aligned: words are matched exactly or as close
spellings (cognates, names, transliterations: rapidfuzz on folded words), numbers
must agree, and short words (mostly grammar) are ignored. When the linking package is
installed, each sentence of A is also linked to B as if quoted (its cross-language
scorer uses a bilingual glossary), and the better of the two scores is kept.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from quotetrack.models import Document, Kind, Quote
from quotetrack.track import _optional
from quotetrack.track.models import ReadoutComparison, ReadoutPair, ReadoutSentence
from quotetrack.track.text import sentences, words

__all__ = ["MIN_SCORE", "compare", "lexical_scorer"]

Scorer = Callable[[str, str], float]

MIN_SCORE = 0.3
"""Score (0–1) from which two sentences are taken to say the same thing."""
MIN_WORD = 4
"""Shorter words are mostly grammar in French and English and carry no content; numbers always count."""
COGNATE = 80.0
"""rapidfuzz ratio from which two content words count as the same word (négociations/negotiations)."""


def _content(text: str) -> list[str]:
    return [w for w in words(text) if len(w) >= MIN_WORD or w.isdigit()]


def lexical_scorer(a_texts: list[str], b_texts: list[str]) -> list[list[float]]:
    """Dice overlap of content words (exact or cognate) for every sentence pair."""
    a_words = [_content(t) for t in a_texts]
    b_words = [_content(t) for t in b_texts]
    vocab_a = sorted({w for ws in a_words for w in ws})
    vocab_b = sorted({w for ws in b_words for w in ws})
    close: dict[str, set[str]] = {w: set() for w in vocab_a}
    if vocab_a and vocab_b:
        # One vectorised pass over the two vocabularies instead of a ratio per sentence pair.
        matrix = cdist(vocab_a, vocab_b, scorer=fuzz.ratio, score_cutoff=COGNATE)
        for i, wa in enumerate(vocab_a):
            for j, wb in enumerate(vocab_b):
                if matrix[i][j] and (wa == wb or not (wa.isdigit() or wb.isdigit())):
                    close[wa].add(wb)
    scores = []
    for wa_list in a_words:
        row = []
        for wb_list in b_words:
            if not wa_list or not wb_list:
                row.append(0.0)
                continue
            bset = set(wb_list)
            hit_a = sum(1 for w in wa_list if close[w] & bset)
            matched_b = set().union(*(close[w] for w in wa_list)) if wa_list else set()
            hit_b = sum(1 for w in wb_list if w in matched_b)
            row.append((hit_a + hit_b) / (len(wa_list) + len(wb_list)))
        scores.append(row)
    return scores


def _split(text: str) -> list[ReadoutSentence]:
    return [ReadoutSentence(start=s, end=e, text=text[s:e]) for s, e in sentences(text)]


def compare(
    a_id: str,
    a_text: str,
    b_id: str,
    b_text: str,
    *,
    min_score: float = MIN_SCORE,
    scorer: Scorer | None = None,
    b_lang: str | None = None,
) -> ReadoutComparison:
    """Align the sentences of two sources one-to-one (best pairs first) and list what each omits.

    ``scorer(a_sentence, b_sentence) -> 0..1`` replaces the linker's contribution.
    """
    sa, sb = _split(a_text), _split(b_text)
    matrix = lexical_scorer([s.text for s in sa], [s.text for s in sb])
    if scorer is not None:
        for i, x in enumerate(sa):
            for j, y in enumerate(sb):
                matrix[i][j] = max(matrix[i][j], min(1.0, max(0.0, float(scorer(x.text, y.text)))))
    else:
        for (i, j), score in _linker_scores(sa, sb, b_id, b_text, b_lang).items():
            matrix[i][j] = max(matrix[i][j], score)
    ranked = sorted(
        ((matrix[i][j], i, j) for i in range(len(sa)) for j in range(len(sb)) if matrix[i][j] >= min_score),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j in ranked:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append(ReadoutPair(a=sa[i], b=sb[j], score=round(score, 3)))
    pairs.sort(key=lambda p: p.a.start)
    return ReadoutComparison(
        source_a=a_id,
        source_b=b_id,
        pairs=tuple(pairs),
        only_in_a=tuple(s for i, s in enumerate(sa) if i not in used_a),
        only_in_b=tuple(s for j, s in enumerate(sb) if j not in used_b),
    )


def _linker_scores(
    sa: list[ReadoutSentence], sb: list[ReadoutSentence], b_id: str, b_text: str, b_lang: str | None
) -> dict[tuple[int, int], float]:
    """Scores from linking each sentence of A, as a quote, to the B sentence holding its source passage."""
    mod = _optional.linker()
    if mod is None or not sa or not sb:
        return {}
    source = mod.Source(id=b_id, text=b_text, lang=b_lang)
    found: dict[tuple[int, int], float] = {}
    for i, x in enumerate(sa):
        quote = Quote(start=0, end=len(x.text), text=x.text, kind=Kind.INDIRECT, rule="readout")
        try:
            links = mod.link(Document(text=x.text, quotes=(quote,)), [source])
        except Exception as exc:  # the linker is optional help: fall back to the lexical score
            warnings.warn(f"readout linking failed: {type(exc).__name__}: {exc}", stacklevel=2)
            return found
        for link in links:
            start, end = getattr(link, "source_start", None), getattr(link, "source_end", None)
            if getattr(link, "source_id", None) != b_id or start is None or end is None:
                continue
            overlaps = [(min(end, y.end) - max(start, y.start), j) for j, y in enumerate(sb)]
            overlap, j = max(overlaps)
            if overlap > 0:
                found[(i, j)] = max(found.get((i, j), 0.0), float(link.score))
    return found
