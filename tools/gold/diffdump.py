"""Compare two prediction dumps (``dump.py``): every document whose predictions changed, better or WORSE.

    python tools/gold/diffdump.py BASE.jsonl NEW.jsonl

A document is better when its end-to-end tp rises or its errors (fp + fn) fall at equal tp. Documents only in NEW
(new batches) are counted apart. Exit status 1 when any document is worse.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import read_jsonl  # noqa: E402


def main() -> None:
    base = {d["id"]: d for d in read_jsonl(Path(sys.argv[1]))}
    new = read_jsonl(Path(sys.argv[2]))
    tally = {"better": 0, "WORSE": 0, "same": 0}
    totals = [[0, 0, 0], [0, 0, 0]]
    fresh = 0
    for d in new:
        b = base.get(d["id"])
        if b is None:
            fresh += 1
            continue
        for i in range(3):
            totals[0][i] += b["e2e"][i]
            totals[1][i] += d["e2e"][i]
        if b["quotes"] == d["quotes"]:
            continue
        (tp0, fp0, fn0), (tp1, fp1, fn1) = b["e2e"], d["e2e"]
        key0, key1 = (tp0, -(fp0 + fn0)), (tp1, -(fp1 + fn1))
        verdict = "better" if key1 > key0 else "WORSE" if key1 < key0 else "same"
        tally[verdict] += 1
        print(f"{verdict:6} {d['id']}  e2e {tp0}/{fp0}/{fn0} -> {tp1}/{fp1}/{fn1}")
    print(f"changed: {tally}; new documents: {fresh}; e2e over common documents "
          f"{'/'.join(map(str, totals[0]))} -> {'/'.join(map(str, totals[1]))}")
    sys.exit(1 if tally["WORSE"] else 0)


if __name__ == "__main__":
    main()
