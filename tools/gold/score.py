"""Score batches FIRST..LAST of the written gold with the quotetrack on PYTHONPATH, as one table row.

    PYTHONPATH=TREE python tools/gold/score.py 597 603 "batches 597–603 (35), as written" [--big]

The default order is the session notes' (direct, partial, indirect, d+p, e2e, attribution, then e2e counts);
``--big`` prints the docs table's order (direct, partial, indirect, d+p, e2e, attribution) as a markdown row.
"""
from __future__ import annotations

import argparse
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from _common import batch_docs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("label", nargs="?", default="")
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    from quotetrack.evaluate import evaluate
    docs = batch_docs(a.first, a.last)
    r = evaluate(docs)
    e = r.end_to_end
    cells = [r.direct.f1, r.partial.f1, r.indirect.f1, r.direct_partial.f1, e.f1, r.attribution_accuracy or 0.0]
    label = a.label or f"batches {a.first}–{a.last} ({len(docs)})"
    if a.big:
        print("| " + label + " | " + " | ".join(f"{x:.3f}" for x in cells) + " |")
    else:
        print(label + "  " + "  ".join(f"{x:.3f}" for x in cells) + f"  e2e {e.tp}/{e.fp}/{e.fn}")
    if a.show:
        print(r.format(show=True))


if __name__ == "__main__":
    main()
