"""Instructions of one warm extraction pass, counted by callgrind: deterministic where time is not.

    python benchmarks/instructions.py             # the working tree
    PYTHONPATH=/path/to/other/tree python benchmarks/instructions.py

Starts a child Python under ``valgrind --tool=callgrind`` with instrumentation off, lets it
import quotetrack and make one whole warm-up pass over the texts (patterns compiled, caches
filled), then turns instrumentation on with ``callgrind_control`` and counts one more pass.
Two runs of the same tree agree to about 0.1%, whatever else the machine is doing, so a change
of a few tenths of a per cent (which interleaved timing cannot see on a shared host) shows.
One run takes about a minute. Needs valgrind (Debian package ``valgrind``); run by hand.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run import dev_texts  # noqa: E402  (the same texts as run.py and ab.py)


def child(ready: Path, go: Path) -> None:
    """In the child: warm up, say so, wait for instrumentation, make the counted pass."""
    import quotetrack

    texts, _ = dev_texts()
    for t in texts:
        quotetrack.extract(t)
    ready.write_text(str(os.getpid()))
    while not go.exists():
        time.sleep(0.05)
    # The only collected function is deque's constructor: the pass runs inside it.
    collections.deque(map(quotetrack.extract, texts), maxlen=0)


def count() -> int:
    """Run the child under callgrind and return the instructions of its counted pass."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed (Debian package 'valgrind')")
    with tempfile.TemporaryDirectory() as tmp:
        ready, go, out = Path(tmp, "ready"), Path(tmp, "go"), Path(tmp, "callgrind.out")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
               "--toggle-collect=deque_init", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--child", str(ready), str(go)]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not ready.exists():
            if proc.poll() is not None:
                raise SystemExit("the child under valgrind ended before its warm-up pass was done")
            time.sleep(0.5)
        subprocess.run(["callgrind_control", "-i", "on", ready.read_text()], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        go.touch()
        proc.wait()
        totals = re.search(r"^(?:summary|totals):\s*(\d+)", out.read_text(), re.M)
        if totals is None:
            raise SystemExit(f"no instruction total in {out}")
        return int(totals.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child", nargs=2, metavar=("READY", "GO"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    texts, where = dev_texts()
    n = count()
    chars = sum(len(t) for t in texts)
    print(f"texts: {where}, {chars:,} chars")
    print(f"one warm pass: {n:,} instructions ({n / chars:,.0f} a character)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
