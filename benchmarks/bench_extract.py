"""Regex audit and adversarial linearity: does time grow linearly with the input?

    python benchmarks/bench_extract.py            # both parts
    python benchmarks/bench_extract.py --regex    # every compiled pattern, 1x vs 10x
    python benchmarks/bench_extract.py --extract  # extract() on hostile inputs, 1x vs 10x

Part 1 records every pattern quotetrack compiles (``regex.compile`` is wrapped before the
package is imported, then the pipeline and the linker are warmed up), so a new pattern is
audited without editing this file. Each pattern runs over inputs built to expose
catastrophic backtracking — long runs of the characters it repeats, its own literal words
repeated, near-misses (a word cut short, a particle with no name after it) — at 1x and 10x.
Anchored patterns (``$``/``\\Z``) are also timed with ``search`` over the whole input, the
worst case of how the engine uses them. Times are the best of a few runs (noise on a\nshared machine only adds time). Linear is a ratio near 10; above 20 is flagged; ``inf`` means\nthe run was cut off by ``regex``'s timeout (1x: 2 s; 10x: 40 times the 1x time).

Part 2 does the same for ``quotetrack.extract`` on whole hostile texts.
Figures are medians of a few runs; no assertion — read the table.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex

# ``run`` (for median_time) imports quotetrack: it is imported inside extract_linearity(), never
# at the top, because the regex audit must import quotetrack itself with regex.compile wrapped.

# -------------------------------------------------------------------- pattern capture

_REAL_COMPILE = regex.compile


@dataclass
class Compiled:
    where: str
    pattern: Any


CAPTURED: list[Compiled] = []


def _recording_compile(pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
    """regex.compile, remembering the pattern and the quotetrack line that compiled it."""
    compiled = _REAL_COMPILE(pattern, flags, **kwargs)
    frame = sys._getframe(1)
    while frame is not None and "quotetrack" not in frame.f_code.co_filename:
        frame = frame.f_back  # type: ignore[assignment]
    if frame is not None:
        path = frame.f_code.co_filename
        where = path[path.rindex("quotetrack") :] + f":{frame.f_lineno}"
        CAPTURED.append(Compiled(where, compiled))
    return compiled


def capture_patterns() -> list[Compiled]:
    """Import quotetrack with regex.compile wrapped, warm every stage, return unique patterns."""
    if "quotetrack" in sys.modules:
        raise RuntimeError("capture_patterns() must run before quotetrack is imported")
    regex.compile = _recording_compile
    try:
        import quotetrack
        from quotetrack.link import Source, link

        warm = (
            "Le porte-parole du Kremlin, Dmitri Martin, a déclaré : « Nous verrons. » "
            "Selon lui, « rien n'est joué », a-t-il ajouté. Elle estime qu'il faut attendre… "
            "D'après des sources diplomatiques, le président français a affirmé que « tout va bien ».\n"
            "« Oui,\n« encore », a dit M. J.-P. de La Tour. Pour le ministre, c'est « non »."
        )
        quotetrack.extract(warm)
        link(warm, Source(id="s", text="Nous verrons. Rien n'est joué (...) « Tout va bien » dit-il."))
        link(warm, Source(id="e", text="We shall see. Nothing is decided.", lang="en"))
    finally:
        regex.compile = _REAL_COMPILE
    seen: dict[tuple[str, int], Compiled] = {}
    for c in CAPTURED:
        seen.setdefault((c.pattern.pattern, c.pattern.flags), c)
    return list(seen.values())


# ----------------------------------------------------------------------- inputs

GENERIC_RUNS = [
    "a", "A", "é", " ", "\u00a0", "\t", "\n", ".", ",", "-", "'", "’", "«", "»", "“", "”", '"',
    "…", ":", "1", "a ", "A ", "a-", "a'", "A.", ". ", "« ", " »", "( ", "—", "\u202f»",
]

_LITERAL = regex.compile(r"(?<![\\\w])\p{L}[\p{L}'’\-]{1,}")


def literal_words(source: str, limit: int = 4) -> list[str]:
    """A few literal words written in a pattern's source (verb forms, particles, titles)."""
    words: list[str] = []
    for m in _LITERAL.finditer(source):
        w = m.group()
        if w[0] in "pPdDwWsSbBnrtuxN" and len(w) <= 2:
            continue  # escapes like \p, \d, \w
        if w not in words:
            words.append(w)
        if len(words) >= limit:
            break
    return words


def _repeat(unit: str, n: int) -> str:
    """``unit`` repeated to ``n`` characters, then a NUL so an anchored pattern near-misses."""
    return (unit * (n // len(unit) + 1))[:n] + "\x00"


def inputs_for(pattern_source: str) -> dict[str, Callable[[int], str]]:
    """Input builders (size in characters → text) for one pattern."""
    out: dict[str, Callable[[int], str]] = {}
    for run in GENERIC_RUNS:
        out[f"run {run!r}"] = functools.partial(_repeat, run)
    for w in literal_words(pattern_source):
        for name, unit in (
            ("repeat", w + " "),
            ("hyphen", w + "-"),
            ("cut", w[:-1] + " "),
            ("cap", w[:1].upper() + w[1:] + " "),
            ("then-nbsp", w + "\u00a0\u00a0"),
        ):
            out[f"{name} {w!r}"] = functools.partial(_repeat, unit)
    out["french prose"] = lambda n: (
        ("Le ministre a déclaré que « rien n'est joué », a-t-il ajouté. " * (n // 60 + 1))[:n]
    )
    return out


def _best_time(fn: Callable[[], Any], runs: int) -> float:
    # The minimum, not the median: on a shared machine noise only ever adds time.
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _consume(pattern: Any, text: str, anchored: bool, timeout: float) -> None:
    for _ in pattern.finditer(text, timeout=timeout):
        pass
    if anchored:
        pattern.search(text, timeout=timeout)


@dataclass
class Row:
    where: str
    source: str
    worst_input: str
    t1: float
    t10: float

    @property
    def ratio(self) -> float:
        return self.t10 / self.t1 if self.t1 > 0 else float("inf")


def _time_pair(pattern: Any, small: str, big: str, anchored: bool, runs: int) -> tuple[float, float]:
    """Best times at 1x and 10x; 10x is cut off (inf) once it passes 40x the 1x time."""
    try:
        t1 = max(_best_time(lambda: _consume(pattern, small, anchored, 2.0), runs), 2e-5)
    except TimeoutError:
        return float("inf"), float("inf")
    try:
        t10 = _best_time(lambda: _consume(pattern, big, anchored, max(0.5, 40 * t1)), 1 if t1 > 0.01 else runs)
    except TimeoutError:
        t10 = float("inf")
    return t1, t10


def audit(base: int = 4_000, runs: int = 3) -> list[Row]:
    """For each captured pattern, the input with the worst 1x→10x ratio."""
    rows = []
    for c in capture_patterns():
        src = c.pattern.pattern
        anchored = src.endswith("$") or src.endswith("\\Z")
        worst: Row | None = None
        for name, build in inputs_for(src).items():
            t1, t10 = _time_pair(c.pattern, build(base), build(base * 10), anchored, runs)
            row = Row(c.where, src, name, t1, t10)
            if worst is None or row.ratio > worst.ratio or (t1 == float("inf")):
                worst = row
                if t1 == float("inf"):
                    break
        if worst is not None:
            rows.append(worst)
    return rows


# -------------------------------------------------------------- extract linearity

HOSTILE: dict[str, Callable[[int], str]] = {
    "french article": lambda n: (
        "« Nous ne céderons rien », a déclaré le ministre. Selon lui, la situation reste calme. "
        "Marie Durand a affirmé qu'elle attendait des précisions.\n" * (n // 150 + 1)
    )[:n],
    "unbalanced «": lambda n: ("« mot " * (n // 6 + 1))[:n],
    'unbalanced « and "': lambda n: ('« a " b ' * (n // 8 + 1))[:n],
    "unopened »": lambda n: ("mot » " * (n // 6 + 1))[:n],
    "nested « « « … » » »": lambda n: "« " * (n // 4) + "x" + " »" * (n // 4),
    "quotes in one sentence": lambda n: ("il a dit « oui » et " * (n // 20 + 1))[:n],
    "roles and quotes in one sentence": lambda n: ("le ministre a dit « oui » et le président a confié « non » et " * (n // 60 + 1))[:n],
    "cues in one sentence": lambda n: ("a déclaré, a-t-il ajouté, selon lui, " * (n // 37 + 1))[:n],
    "straight marks/apostrophes": lambda n: ("l'\"a\" ' d'\"" * (n // 11 + 1))[:n],
    "punctuation only": lambda n: (".,;:!?…—–-()[]" * (n // 14 + 1))[:n],
    "one long word": lambda n: "a" * n,
    "run of dots": lambda n: "." * n,
    "capitalised names": lambda n: ("Jean de La " * (n // 11 + 1))[:n],
    "title case, no stop": lambda n: ("Le Ministre A Déclaré Que La France " * (n // 36 + 1))[:n],
    "HTML": lambda n: ('<p class="x">&laquo;&nbsp;Oui&nbsp;&raquo;, a dit <b>Paul</b>.</p>' * (n // 60 + 1))[:n],
    "lone closing marks after colons": lambda n: (
        'Le ministre a dit sur Twitter: Nous partirons demain matin sans faute"\n' * (n // 72 + 1))[:n],
    "labels left open": lambda n: (
        "Il a parlé des «gilets jaunes» hier.\nAlors que les «bonnets rouges s'étaient donné rendez-vous. "
        "Le gouvernement a réagi.\n" * (n // 120 + 1))[:n],
    "controls and NUL": lambda n: ("\x00« a\x01 »\x1b[0m\x7f " * (n // 14 + 1))[:n],
}


def extract_linearity(base: int = 5_000, runs: int = 3, budget: float = 20.0) -> list[tuple[str, float, float]]:
    """(input, time 1x, time 10x) for extract(); 10x is skipped (inf) when 1x already exceeds budget/100."""
    from run import median_time  # benchmarks/ is on the path when this script runs

    import quotetrack

    quotetrack.extract("« Oui », a dit Marie.")
    out = []
    for name, build in HOSTILE.items():
        small, big = build(base), build(base * 10)
        t1 = median_time(functools.partial(quotetrack.extract, small), runs)
        if t1 * 100 > budget:
            out.append((name, t1, float("inf")))  # quadratic would take ~100x: not worth waiting
            continue
        t10 = median_time(functools.partial(quotetrack.extract, big), 1 if t1 > 0.05 else runs)
        out.append((name, t1, t10))
    return out


# ------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--regex", action="store_true", help="only the regex audit")
    ap.add_argument("--extract", action="store_true", help="only extract() linearity")
    ap.add_argument("--base", type=int, default=0, help="1x size in characters")
    args = ap.parse_args(argv)
    both = not (args.regex or args.extract)
    if args.regex or both:
        rows = audit(base=args.base or 4_000)
        print(f"Regex audit: {len(rows)} patterns, worst input of each, 1x = {args.base or 4_000} chars")
        print(f"{'pattern (compiled at)':42} {'worst input':28} {'1x ms':>8} {'10x ms':>9} {'ratio':>7}")
        for r in sorted(rows, key=lambda r: (-r.t1 if r.t1 == float("inf") else 0, -r.ratio)):
            flag = "  SUPERLINEAR" if r.ratio > 20 or r.t1 == float("inf") else ""
            print(f"{r.where:42} {r.worst_input[:28]:28} {r.t1 * 1e3:8.2f} {r.t10 * 1e3:9.2f} {r.ratio:7.1f}{flag}")
            if flag:
                print(f"    pattern: {r.source[:110]!r}")
    if args.extract or both:
        base = args.base or 5_000
        print(f"\nextract() linearity, 1x = {base} chars (10x skipped when 1x is already slow)")
        print(f"{'input':30} {'1x ms':>9} {'10x ms':>10} {'ratio':>7}")
        for name, t1, t10 in extract_linearity(base=base):
            ratio = t10 / t1 if t1 else float("inf")
            flag = "  SUPERLINEAR" if ratio > 11 else ""
            print(f"{name:30} {t1 * 1e3:9.1f} {t10 * 1e3:10.1f} {ratio:7.1f}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
