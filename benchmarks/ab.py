"""Interleaved A/B timing: the package at a git revision against the working tree, in one process.

    python benchmarks/ab.py b03c51e            # 10 alternating rounds over the dev articles
    python benchmarks/ab.py HEAD~5 --rounds 20

On a shared host the same code can read 1.5x slower from one minute to the next; timing the
two versions alternately in one process and reporting the ratio cancels most of that. The
revision's ``quotetrack/`` is exported (``git archive``) under the name ``qtbase`` in a
temporary folder. CPU time of one pass over the dev articles (generated text when the gold
folder is absent); nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from run import dev_texts

import quotetrack


def export_as(revision: str, root: Path, name: str) -> None:
    """Write ``quotetrack/`` of ``revision`` to ``root/name``, every import renamed."""
    archive = subprocess.run(["git", "archive", revision, "quotetrack"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    (root / "quotetrack").rename(root / name)
    for path in (root / name).rglob("*.py"):
        path.write_text(re.sub(r"\bquotetrack\b", name, path.read_text(encoding="utf-8")), encoding="utf-8")


def one_pass(extract: object, texts: list[str]) -> float:
    t0 = time.process_time()
    for t in texts:
        extract(t)  # type: ignore[operator]
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("revision", help="git revision to compare the working tree with")
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    texts, where = dev_texts()
    total = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        export_as(args.revision, Path(tmp), "qtbase")
        sys.path.insert(0, tmp)
        base = importlib.import_module("qtbase")
        one_pass(base.extract, texts), one_pass(quotetrack.extract, texts)  # warm-up
        best = {"base": float("inf"), "now": float("inf")}
        ratios = []
        for _ in range(args.rounds):
            t_base, t_now = one_pass(base.extract, texts), one_pass(quotetrack.extract, texts)
            best["base"], best["now"] = min(best["base"], t_base), min(best["now"], t_now)
            ratios.append(t_base / t_now)
    ratios.sort()
    print(f"texts: {where}, {total:,} chars; {args.rounds} alternating rounds, CPU time")
    for name, label in (("base", args.revision), ("now", "working tree")):
        print(f"{label:>14}: best {best[name] * 1000:.0f} ms a pass = {total / best[name] / 1e6:.3f} MB/s")
    print(f"speed-up: median {ratios[len(ratios) // 2]:.2f}x (min {ratios[0]:.2f}, max {ratios[-1]:.2f})")


if __name__ == "__main__":
    main()
