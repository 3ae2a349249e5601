"""Scoring quotetrack against gold annotations (the format of the gold GUIDE).

Matching rules, all on spans trimmed of white space (incl. U+00A0, U+202F) and
quotation marks on both sides:

- ``direct`` and ``partial`` match when the trimmed spans are equal;
- ``indirect`` match when the overlap covers at least half of the longer span;
- matching is one-to-one, greedy by best overlap (ties: text order).

Figures, micro-averaged over every document:

- per kind (``direct``, ``partial``, ``indirect``): the kind must agree;
- ``direct_partial``: direct and partial pooled, **kind-agnostic** — a gold
  ``direct`` found as a ``partial`` with the same span counts here, not in the
  per-kind figures (the span was found; only its label is wrong);
- ``attribution_accuracy``: share of matched gold quotes with a speaker whose
  predicted speaker is right (matched = in the pooled direct+partial matching
  or the indirect matching);
- ``end_to_end``: a prediction is right only when its span matches and its
  speaker is right; a gold quote whose speaker is ``null`` is right only when
  the prediction has no speaker either.

Zero divisions: precision is 1.0 when nothing was predicted, recall 1.0 when
there was nothing to find (so an empty gold scored on an empty output is
perfect, and any miss or extra still pulls F1 down); accuracies are ``None``
when there is nothing to count.

>>> doc = GoldDocument(id="d", text="Il a dit « oui ».", quotes=[
...     {"start": 10, "end": 14, "kind": "direct", "speaker": ["Il"]}])
>>> evaluate([doc], extract=lambda text: Document(text=text)).direct.recall
0.0
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from rapidfuzz import fuzz

from quotetrack.lexicon import jsonl_objects
from quotetrack.models import Document, Kind, Quote, Value

__all__ = [
    "GoldDocument",
    "GoldLink",
    "GoldLinkPair",
    "GoldQuote",
    "GoldSet",
    "GoldSpan",
    "LinkScores",
    "Mismatch",
    "DocumentResult",
    "Report",
    "Scores",
    "digest",
    "evaluate",
    "fold",
    "load_gold",
    "load_links",
    "read_gold",
    "speaker_matches",
]

# Typography, not language: what the GUIDE says to ignore at a span's edges.
_TRIM = frozenset(" \t\r\n\f\v\u00a0\u202f\u2009\u2007\u2002\u2003" "«»“”„\"'‘’‹›")
_FUZZY_MIN = 90.0
"""rapidfuzz ``fuzz.ratio`` from which two speaker names are the same (GUIDE, Scoring)."""
_INDIRECT_MIN = 0.5
"""Share of the longer span the overlap must cover for indirect quotes (GUIDE, Scoring)."""

Extractor = Callable[[str], Document]
Fidelity = Literal["verbatim", "trimmed", "altered", "paraphrase"]


# ---------------------------------------------------------------- gold format


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldQuote(_Strict):
    """One annotation of a gold document (strict: unknown fields are errors)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: Kind
    speaker: tuple[str, ...] | None = None
    """Acceptable names, preferred first; ``None`` when the text does not say."""
    mention: tuple[int, int] | None = None
    cue: str | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> GoldQuote:
        if self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")
        if self.speaker is not None and not self.speaker:
            raise ValueError("speaker must be null or a non-empty list of names")
        return self


class GoldDocument(BaseModel):
    """A gold document: tolerant of extra keys (kept out of scoring), strict on annotations."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    text: str
    lang: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
    quotes: tuple[GoldQuote, ...] = ()

    @model_validator(mode="after")
    def _inside(self) -> GoldDocument:
        n = len(self.text)
        for i, q in enumerate(self.quotes):
            if q.end > n:
                raise ValueError(f"quotes.{i}: end {q.end} beyond the text ({n} characters)")
            if q.mention is not None and not 0 <= q.mention[0] <= q.mention[1] <= n:
                raise ValueError(f"quotes.{i}: mention {list(q.mention)} outside the text")
        return self


class GoldSpan(_Strict):
    """A span of an article (``unlinked`` statements)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class GoldLink(GoldSpan):
    """An article span and the source words it comes from."""

    source_start: int = Field(ge=0)
    source_end: int = Field(ge=0)
    fidelity: Fidelity


class GoldLinkPair(_Strict):
    """One (article, communiqué) pair of a ``links*.jsonl`` file."""

    article: str
    source: str
    links: tuple[GoldLink, ...] = ()
    unlinked: tuple[GoldSpan, ...] = ()


class GoldSet(BaseModel):
    """Everything read from a set of gold files."""

    model_config = ConfigDict(frozen=True)

    documents: tuple[GoldDocument, ...] = ()
    links: tuple[GoldLinkPair, ...] = ()
    files: tuple[str, ...] = ()
    digest: str | None = None


def _read_objects(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSON Lines file, with their line numbers."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, obj in jsonl_objects(fh, str(path)):
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}")
            out.append((lineno, obj))
    return out


def _is_link_pair(obj: dict[str, Any]) -> bool:
    return "article" in obj and "source" in obj


def _parse(model: type[Any], obj: dict[str, Any], where: str) -> Any:
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors()
        )
        raise ValueError(f"{where}: {problems}") from None


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold documents file; a bad line raises ``ValueError`` naming file and line."""
    p = Path(path)
    return [_parse(GoldDocument, obj, f"{p}:{n}") for n, obj in _read_objects(p)]


def load_links(path: str | Path) -> list[GoldLinkPair]:
    """Read a gold links file (``links*.jsonl``)."""
    p = Path(path)
    return [_parse(GoldLinkPair, obj, f"{p}:{n}") for n, obj in _read_objects(p)]


def read_gold(paths: Iterable[str | Path]) -> GoldSet:
    """Read documents and links files, told apart by their content, not their names."""
    docs: list[GoldDocument] = []
    pairs: list[GoldLinkPair] = []
    files = [Path(p) for p in paths]
    for p in files:
        for n, obj in _read_objects(p):
            if _is_link_pair(obj):
                pairs.append(_parse(GoldLinkPair, obj, f"{p}:{n}"))
            else:
                docs.append(_parse(GoldDocument, obj, f"{p}:{n}"))
    return GoldSet(
        documents=tuple(docs),
        links=tuple(pairs),
        files=tuple(str(p) for p in files),
        digest=digest(files) if files else None,
    )


def digest(paths: Iterable[str | Path]) -> str:
    """sha256 of the gold files' bytes (order-independent), so silent edits to the gold show.

    Each file contributes the sha256 of its content; the sorted file hashes are hashed again.
    """
    parts = sorted(hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


# -------------------------------------------------------------------- figures


class Scores(Value):
    """Detection counts and the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> Scores:
        """Scores from counts (zero divisions as documented in the module)."""
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(tp=tp, fp=fp, fn=fn, precision=p, recall=r, f1=f)

    def __add__(self, other: Scores) -> Scores:
        return Scores.of(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


class Mismatch(Value):
    """A difference between the gold and the prediction, with its text."""

    doc: str
    what: Literal["miss", "extra", "kind", "speaker"]
    """``miss``: gold not found; ``extra``: predicted, not in gold; ``kind``: span found, label wrong;
    ``speaker``: span found, speaker wrong."""
    kind: Kind
    start: int
    end: int
    text: str
    expected: str | None = None
    got: str | None = None


class DocumentResult(Value):
    """Figures and mismatches of one document."""

    id: str
    gold: int
    predicted: int
    direct_partial: Scores
    indirect: Scores
    end_to_end: Scores
    mismatches: tuple[Mismatch, ...] = ()


class LinkScores(Value):
    """Link figures (GUIDE, links Scoring)."""

    links: Scores
    fidelity_right: int = 0
    fidelity_accuracy: float | None = None
    """Over matched links; ``None`` when none matched."""
    unlinked: int = 0
    unlinked_kept: int = 0
    unlinked_share: float | None = None
    """Share of gold ``unlinked`` statements left unlinked; ``None`` when there are none."""


class Report(Value):
    """The result of :func:`evaluate`."""

    documents: int
    direct: Scores
    partial: Scores
    indirect: Scores
    direct_partial: Scores
    """Direct and partial pooled, kind-agnostic (see the module docstring)."""
    attribution_right: int
    attribution_total: int
    attribution_accuracy: float | None
    end_to_end: Scores
    links: LinkScores | None = None
    links_note: str | None = None
    """Why links were not scored, when they were not."""
    details: tuple[DocumentResult, ...] = ()
    files: tuple[str, ...] = ()
    digest: str | None = None

    def mismatches(self, *what: str) -> list[Mismatch]:
        """Every mismatch, or those of the given sorts (``miss``, ``extra``, ``kind``, ``speaker``)."""
        return [m for d in self.details for m in d.mismatches if not what or m.what in what]

    def misses(self) -> list[Mismatch]:
        """Gold quotes the prediction did not find."""
        return self.mismatches("miss")

    def extras(self) -> list[Mismatch]:
        """Predicted quotes absent from the gold."""
        return self.mismatches("extra")

    def format(self, *, show: bool = False) -> str:
        """A readable table of the figures; with ``show``, every mismatch after it."""
        return _format(self, show=show)


# ------------------------------------------------------------------- matching


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space and quotation marks."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap as a share of the longer span (1.0 for two equal empty spans)."""
    longer = max(a[1] - a[0], b[1] - b[0])
    if longer == 0:
        return 1.0 if a == b else 0.0
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / longer


def _greedy(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs from (score, gold index, pred index), best score first, ties in text order."""
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _match(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, exact: bool
) -> list[tuple[int, int]]:
    """Matched (gold index, pred index): equal spans when ``exact``, else half-overlap of the longer."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = _overlap(g, p)
            if (g == p) if exact else score >= _INDIRECT_MIN:
                candidates.append((score, gi, pi))
    return _greedy(candidates)


def fold(name: str) -> str:
    """Case-folded, accent-stripped, space-collapsed form of a name; typographic apostrophes made straight."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def speaker_matches(predicted: Iterable[str | None], acceptable: Iterable[str]) -> bool:
    """True when one predicted string (name or mention text) is one acceptable name (GUIDE rule)."""
    wanted = [fold(a) for a in acceptable]
    for cand in predicted:
        if not cand:
            continue
        c = fold(cand)
        if any(c == w or fuzz.ratio(c, w) >= _FUZZY_MIN for w in wanted):
            return True
    return False


def _speaker_right(gold: GoldQuote, pred: Quote) -> bool:
    if gold.speaker is None:
        return pred.speaker is None
    if pred.speaker is None:
        return False
    mention = pred.speaker.mention.text if pred.speaker.mention else None
    return speaker_matches((pred.speaker.name, mention), gold.speaker)


def _gold_speaker(g: GoldQuote) -> str | None:
    return " | ".join(g.speaker) if g.speaker else None


def _pred_speaker(p: Quote) -> str | None:
    if p.speaker is None:
        return None
    if p.speaker.mention is not None and p.speaker.mention.text != p.speaker.name:
        return f"{p.speaker.name} (via '{p.speaker.mention.text}')"
    return p.speaker.name


def _zero() -> Scores:
    return Scores.of(0, 0, 0)


@dataclass
class _DocCounts:
    """Mutable tallies for one document, frozen into a :class:`DocumentResult` at the end."""

    per_kind: dict[Kind, Scores] = field(default_factory=dict)
    pooled: Scores = field(default_factory=_zero)
    indirect: Scores = field(default_factory=_zero)
    attribution_right: int = 0
    attribution_total: int = 0
    e2e: Scores = field(default_factory=_zero)
    mismatches: list[Mismatch] = field(default_factory=list)


def _score_document(gold: GoldDocument, doc: Document) -> _DocCounts:
    """Match one document's predictions against its gold and tally everything."""
    text = gold.text
    preds = list(doc.quotes)
    out = _DocCounts()

    def spans_of(items: Sequence[GoldQuote | Quote]) -> list[tuple[int, int]]:
        return [_trim(text, q.start, q.end) for q in items]

    # Per kind: the label must agree.
    for kind in Kind:
        g = [q for q in gold.quotes if q.kind == kind]
        p = [q for q in preds if q.kind == kind]
        tp = len(_match(spans_of(g), spans_of(p), exact=kind != Kind.INDIRECT))
        out.per_kind[kind] = Scores.of(tp, len(p) - tp, len(g) - tp)

    # Pooled direct+partial (kind-agnostic) and indirect: the matching attribution rides on.
    marked = (Kind.DIRECT, Kind.PARTIAL)
    e2e_tp = 0
    for group, exact in ((marked, True), ((Kind.INDIRECT,), False)):
        g = [q for q in gold.quotes if q.kind in group]
        p = [q for q in preds if q.kind in group]
        pairs = _match(spans_of(g), spans_of(p), exact=exact)
        scores = Scores.of(len(pairs), len(p) - len(pairs), len(g) - len(pairs))
        if exact:
            out.pooled = scores
        else:
            out.indirect = scores
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            gq, pq = g[gi], p[pi]
            right = _speaker_right(gq, pq)
            e2e_tp += right
            if gq.speaker is not None:
                out.attribution_total += 1
                out.attribution_right += right
            if gq.kind != pq.kind:
                out.mismatches.append(
                    Mismatch(doc=gold.id, what="kind", kind=gq.kind, start=gq.start, end=gq.end,
                             text=text[gq.start:gq.end], expected=gq.kind.value, got=pq.kind.value)
                )
            if not right:
                out.mismatches.append(
                    Mismatch(doc=gold.id, what="speaker", kind=gq.kind, start=gq.start, end=gq.end,
                             text=text[gq.start:gq.end], expected=_gold_speaker(gq),
                             got=_pred_speaker(pq))
                )
        for gi, gq in enumerate(g):
            if gi not in matched_g:
                out.mismatches.append(
                    Mismatch(doc=gold.id, what="miss", kind=gq.kind, start=gq.start, end=gq.end,
                             text=text[gq.start:gq.end], expected=_gold_speaker(gq))
                )
        for pi, pq in enumerate(p):
            if pi not in matched_p:
                out.mismatches.append(
                    Mismatch(doc=gold.id, what="extra", kind=pq.kind, start=pq.start, end=pq.end,
                             text=text[pq.start:pq.end], got=_pred_speaker(pq))
                )
    out.e2e = Scores.of(e2e_tp, len(preds) - e2e_tp, len(gold.quotes) - e2e_tp)
    out.mismatches.sort(key=lambda m: (m.start, m.end, m.what))
    return out


# ---------------------------------------------------------------------- links


class _Source(Value):
    """Stand-in for ``quotetrack.Source`` when the link package is not there (custom linkers)."""

    id: str
    text: str
    lang: str | None = None


Linker = Callable[[str, list[Any]], Iterable[Any]]
_NO_LINKER = "links not scored: quotetrack.link is not available"


def _default_linker() -> tuple[Linker | None, Callable[..., Any]]:
    """``quotetrack.link`` and ``quotetrack.Source``, imported lazily (another package, maybe absent)."""
    import importlib

    import quotetrack

    try:
        module = importlib.import_module("quotetrack.link")
    except ImportError:
        return None, _Source
    fn = getattr(quotetrack, "link", None)
    if not callable(fn):
        fn = getattr(module, "link", None)
    source = getattr(quotetrack, "Source", None) or getattr(module, "Source", None) or _Source
    return (fn if callable(fn) else None), source


def _real(link: Any) -> bool:
    """A predicted link that points at source words (``not_found`` or a missing source is no link)."""
    return (
        getattr(link, "fidelity", None) != "not_found"
        and getattr(link, "source_id", None) is not None
        and getattr(link, "source_start", None) is not None
        and getattr(link, "source_end", None) is not None
    )


def _score_pair(
    pair: GoldLinkPair, article: GoldDocument, predicted: list[Any]
) -> tuple[int, int, int, int, int]:
    """(tp, fp, fn, fidelity right, unlinked kept) for one article–source pair."""
    text = article.text
    real = [p for p in predicted if _real(p) and p.source_id == pair.source]
    pspans = [_trim(text, p.start, p.end) for p in real]
    candidates = []
    for gi, g in enumerate(pair.links):
        gspan = _trim(text, g.start, g.end)
        for pi, p in enumerate(real):
            score = _overlap(gspan, pspans[pi])
            src_overlap = min(g.source_end, p.source_end) - max(g.source_start, p.source_start)
            if score >= _INDIRECT_MIN and src_overlap > 0:
                candidates.append((score, gi, pi))
    pairs = _greedy(candidates)
    fidelity_right = sum(pair.links[gi].fidelity == real[pi].fidelity for gi, pi in pairs)
    kept = 0
    for u in pair.unlinked:
        uspan = _trim(text, u.start, u.end)
        kept += not any(_overlap(uspan, ps) >= _INDIRECT_MIN for ps in pspans)
    tp = len(pairs)
    return tp, len(real) - tp, len(pair.links) - tp, fidelity_right, kept


def _score_links(
    pairs: Sequence[GoldLinkPair], docs: Sequence[GoldDocument], link: Linker | None
) -> tuple[LinkScores | None, str | None]:
    """Link figures over every pair, or ``None`` and the reason they could not be computed."""
    if not pairs:
        return None, None
    by_id = {d.id: d for d in docs}
    missing = sorted({i for p in pairs for i in (p.article, p.source) if i not in by_id})
    if missing:
        raise ValueError(
            f"links refer to documents absent from the gold files given: {', '.join(missing)}"
        )
    default, make_source = _default_linker()
    fn = link or default
    if fn is None:
        return None, _NO_LINKER
    tp = fp = fn_ = right = kept = 0
    for pair in pairs:
        article, src = by_id[pair.article], by_id[pair.source]
        source = make_source(id=src.id, text=src.text, lang=src.lang)
        counts = _score_pair(pair, article, list(fn(article.text, [source])))
        tp, fp, fn_ = tp + counts[0], fp + counts[1], fn_ + counts[2]
        right, kept = right + counts[3], kept + counts[4]
    unlinked = sum(len(p.unlinked) for p in pairs)
    return (
        LinkScores(
            links=Scores.of(tp, fp, fn_),
            fidelity_right=right,
            fidelity_accuracy=right / tp if tp else None,
            unlinked=unlinked,
            unlinked_kept=kept,
            unlinked_share=kept / unlinked if unlinked else None,
        ),
        None,
    )


# ------------------------------------------------------------------- evaluate


GoldInput = str | Path | GoldDocument | GoldLinkPair | GoldSet | dict[str, Any]


def _gather(gold: GoldInput | Iterable[GoldInput]) -> GoldSet:
    """Documents and link pairs from paths, parsed objects, or plain dicts."""
    if isinstance(gold, GoldSet):
        return gold
    items: Iterable[Any] = [gold] if isinstance(gold, str | Path | BaseModel | dict) else gold
    docs: list[GoldDocument] = []
    pairs: list[GoldLinkPair] = []
    paths: list[Path] = []
    for item in items:
        if isinstance(item, str | Path):
            paths.append(Path(item))
        elif isinstance(item, GoldSet):
            docs.extend(item.documents)
            pairs.extend(item.links)
        elif isinstance(item, GoldDocument):
            docs.append(item)
        elif isinstance(item, GoldLinkPair):
            pairs.append(item)
        elif isinstance(item, dict):
            if _is_link_pair(item):
                pairs.append(_parse(GoldLinkPair, item, "links"))
            else:
                docs.append(_parse(GoldDocument, item, f"document {item.get('id', '?')!r}"))
        else:
            raise TypeError(
                f"evaluate() takes gold file paths, GoldDocument or GoldLinkPair objects, not {type(item).__name__}"
            )
    read = read_gold(paths) if paths else GoldSet()
    return GoldSet(
        documents=read.documents + tuple(docs),
        links=read.links + tuple(pairs),
        files=read.files,
        digest=read.digest,
    )


def _year(meta: dict[str, Any]) -> int | None:
    """The year of a gold document's ``meta["date"]`` (``2016-03-14``), else ``None``."""
    date = meta.get("date")
    head = date[:4] if isinstance(date, str) else ""
    return int(head) if len(head) == 4 and head.isdigit() else None


def evaluate(
    gold_paths_or_docs: GoldInput | Iterable[GoldInput],
    *,
    extract: Extractor | None = None,
    link: Linker | None = None,
) -> Report:
    """Score ``extract`` (default :func:`quotetrack.extract`) on gold documents, and links if any.

    ``link`` (default ``quotetrack.link`` when installed) is called as ``link(article_text, [source])``.
    The built-in extractor is told each document's publication year from ``meta["date"]``
    (``Config.year``); another ``extract`` is called with the text alone.
    """
    import quotetrack
    from quotetrack import pipeline

    gold = _gather(gold_paths_or_docs)
    if extract is None:
        extract = quotetrack.extract  # looked up now: a caller may have replaced it
    dated = extract is pipeline.extract  # the built-in one is told each document's year
    per_kind = {k: _zero() for k in Kind}
    pooled = indirect = e2e = _zero()
    right = total = 0
    details = []
    for g in gold.documents:
        doc = pipeline.extract(g.text, config=pipeline.Config(year=_year(g.meta))) if dated else extract(g.text)
        c = _score_document(g, doc)
        for k in Kind:
            per_kind[k] = per_kind[k] + c.per_kind[k]
        pooled, indirect, e2e = pooled + c.pooled, indirect + c.indirect, e2e + c.e2e
        right, total = right + c.attribution_right, total + c.attribution_total
        details.append(
            DocumentResult(id=g.id, gold=len(g.quotes), predicted=len(doc.quotes),
                           direct_partial=c.pooled, indirect=c.indirect, end_to_end=c.e2e,
                           mismatches=tuple(c.mismatches))
        )
    links, note = _score_links(gold.links, gold.documents, link)
    return Report(
        documents=len(gold.documents),
        direct=per_kind[Kind.DIRECT],
        partial=per_kind[Kind.PARTIAL],
        indirect=per_kind[Kind.INDIRECT],
        direct_partial=pooled,
        attribution_right=right,
        attribution_total=total,
        attribution_accuracy=right / total if total else None,
        end_to_end=e2e,
        links=links,
        links_note=note,
        details=tuple(details),
        files=gold.files,
        digest=gold.digest,
    )


# --------------------------------------------------------------------- format


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def _row(label: str, s: Scores) -> str:
    return f"{label:<16}{s.tp:>6}{s.fp:>6}{s.fn:>6}   {s.precision:.3f}  {s.recall:.3f}  {s.f1:.3f}"


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _format(r: Report, *, show: bool) -> str:
    lines = [f"quotetrack eval: {r.documents} documents"]
    if r.digest:
        lines.append(f"gold sha256 {r.digest[:16]} ({', '.join(Path(f).name for f in r.files)})")
    lines += ["", f"{'':<16}{'tp':>6}{'fp':>6}{'fn':>6}   {'P':<5}  {'R':<5}  {'F1':<5}"]
    lines += [_row("direct", r.direct), _row("partial", r.partial), _row("indirect", r.indirect)]
    lines += [_row("direct+partial", r.direct_partial), _row("end-to-end", r.end_to_end), ""]
    lines.append(
        f"attribution accuracy {_pct(r.attribution_accuracy)} ({r.attribution_right}/{r.attribution_total} matched gold quotes with a speaker)"
    )
    if r.links is not None:
        ls = r.links
        lines += ["", _row("links", ls.links)]
        lines.append(f"fidelity accuracy {_pct(ls.fidelity_accuracy)} ({ls.fidelity_right}/{ls.links.tp} matched links)")
        lines.append(f"unlinked left unlinked {_pct(ls.unlinked_share)} ({ls.unlinked_kept}/{ls.unlinked})")
    elif r.links_note:
        lines += ["", r.links_note]
    if show:
        lines += ["", "mismatches:"]
        doc = None
        for m in r.mismatches():
            if m.doc != doc:
                doc = m.doc
                lines.append(f"  {doc}")
            lines.append(f"    {m.what:<7} {m.kind.value:<8} [{m.start}:{m.end}] « {_short(m.text)} »")
            if m.expected or m.got:
                lines.append(f"            expected {m.expected or '-'}; got {m.got or '-'}")
    return "\n".join(lines)


from quotetrack._callable import make_callable  # noqa: E402

make_callable(__name__, evaluate)
