"""Fuzz extract() and link() for crashes and broken offsets.

With atheris (optional: ``pip install atheris``), coverage-guided::

    python fuzz/fuzz_extract.py -max_len=4096 -max_total_time=600 fuzz/corpus

Without atheris, a hypothesis-driven random fuzz for a fixed time::

    python fuzz/fuzz_extract.py --hypothesis --seconds 300

Either way a finding is an exception other than TypeError/ValueError, or a result whose
offsets do not index the input. atheris stops at the first one and writes ``crash-*``.
"""

from __future__ import annotations

import contextlib
import sys
import time

try:  # atheris is optional: without it the hypothesis fallback runs
    import atheris
except ImportError:
    atheris = None

# Coverage guidance needs the package instrumented as it is imported.
with atheris.instrument_imports() if atheris is not None else contextlib.nullcontext():
    import quotetrack
    from quotetrack.link import Source, link

# One short source shared by every run: linking is exercised, not the source loader.
SOURCE = Source(id="fuzz", text="Nous ne céderons rien. La paix reste possible (…) « Rien n'est joué ».")

# Prepended by the harness so short fuzz inputs still reach the detector's interesting paths.
SEEDS = [
    "",
    "« Nous verrons », a déclaré le ministre. ",
    "Selon la porte-parole, ",
    "Il a affirmé que « ",
]


def check(text: str) -> None:
    """Run extract and link on ``text`` and assert every offset holds."""
    doc = quotetrack.extract(text)
    assert doc.text == text
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text, q
        for span in (q.cue, q.speaker.mention if q.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text, span
    for lk in link(doc, SOURCE):
        assert text[lk.start : lk.end] == lk.text, lk
        if lk.source_start is not None and lk.source_end is not None:
            assert SOURCE.text[lk.source_start : lk.source_end] == lk.source_text, lk


def one_input(data: bytes) -> None:
    """atheris entry point: the first byte picks a seed prefix, the rest is decoded leniently."""
    if not data:
        return
    text = SEEDS[data[0] % len(SEEDS)] + data[1:].decode("utf-8", errors="replace")
    check(text)


def run_atheris(argv: list[str]) -> None:
    if atheris is None:
        sys.exit("atheris is not installed: pip install atheris, or run with --hypothesis")
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(seconds: float) -> int:
    """Random fuzzing with the property suite's generators until ``seconds`` have passed."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "tests"))
    from test_properties import any_text  # the mixed French/marks/controls/scripts generator

    count = 0

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.tuples(st.sampled_from(SEEDS), any_text))
    def fuzz(pair: tuple[str, str]) -> None:
        nonlocal count
        if time.monotonic() > stop:
            raise _Done
        count += 1
        text = pair[0] + pair[1]
        check(text)

    stop = time.monotonic() + seconds
    try:
        fuzz()
    except _Done:
        pass
    except BaseExceptionGroup as exc:  # hypothesis may wrap the stop signal
        if not all(isinstance(e, _Done) for e in exc.exceptions):
            raise
    print(f"hypothesis fuzz: {count} inputs in {seconds:.0f} s, no finding")
    return 0


class _Done(Exception):
    """Raised to end the time-boxed hypothesis run."""



if __name__ == "__main__":
    if "--hypothesis" in sys.argv:
        secs = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 300.0
        sys.exit(run_hypothesis(secs))
    run_atheris(sys.argv)
