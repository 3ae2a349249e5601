"""Check a batch file written for the gold before it is appended (run by its writer; never runs the extractor).

    python tools/gold/checkbatch.py /work/batches/b609.py

The file is Python in the style of tests/data/make_written_gold.py: texts, speaker lists and ``art(...)`` calls.
Checks: five documents with the batch's ids, every annotated string found, kinds and speakers valid, no span twice,
no identifier already used by the gold, no 60-character run copied from the reference gold.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import MAKER, REFERENCE, first_doc, read_jsonl  # noqa: E402


def preamble() -> str:
    """The maker's imports, constants and ``art`` function (everything before its first article)."""
    text = MAKER.read_text(encoding="utf-8")
    return text[: text.index("\n# 1. ")]


def main() -> None:
    path = Path(sys.argv[1])
    m = re.search(r"b(\d+)", path.stem)
    if not m:
        sys.exit("the file's name must hold its batch number: b609.py")
    batch = int(m.group(1))
    src = path.read_text(encoding="utf-8")
    ns: dict[str, object] = {}
    exec(compile(preamble(), str(MAKER), "exec"), ns)  # noqa: S102
    before = set(ns)
    exec(compile(src, str(path), "exec"), ns)  # noqa: S102
    arts = ns["arts"]
    assert isinstance(arts, list)
    problems = []
    want = [f"w{first_doc(batch) + i}_" for i in range(5)]
    if len(arts) != 5:
        problems.append(f"{len(arts)} documents, 5 expected")
    for a, prefix in zip(arts, want, strict=False):
        if not a["id"].startswith(prefix):
            problems.append(f"id {a['id']} should start with {prefix}")
    maker = MAKER.read_text(encoding="utf-8")
    for name in set(ns) - before:
        if not re.fullmatch(r"t\d+|[A-Z][A-Z0-9_]*\d+[a-e]?", name):
            continue  # marks (o, c) and helpers are redefined freely, as in the maker
        if re.search(rf"^{re.escape(name)} = ", maker, re.M):
            problems.append(f"the name {name} is already used in the maker: suffix it with the batch number")
    ids = set(re.findall(r'art\("(w\d+[^"]*)"', maker))
    for a in arts:
        if a["id"] in ids:
            problems.append(f"id {a['id']} already in the gold")
        spans = set()
        for q in a["quotes"]:
            if q["kind"] not in ("direct", "partial", "indirect"):
                problems.append(f"{a['id']}: kind {q['kind']}")
            sp = q["speaker"]
            if not sp or not all(isinstance(s, str) and s.strip() for s in sp):
                problems.append(f"{a['id']}: empty speaker at {a['text'][q['start']:q['end']][:40]!r}")
            key = (q["start"], q["end"])
            if key in spans:
                problems.append(f"{a['id']}: span twice {a['text'][q['start']:q['end']][:40]!r}")
            spans.add(key)
            s = a["text"][q["start"]:q["end"]]
            if s != s.strip():
                problems.append(f"{a['id']}: span with outer spaces {s[:40]!r}")
        if not a["meta"].get("date") or not re.fullmatch(r"\d{4}-\d\d-\d\d", a["meta"]["date"]):
            problems.append(f"{a['id']}: date must be YYYY-MM-DD")
    ref = "\n".join(d["text"] for p in REFERENCE if p.exists() for d in read_jsonl(p))
    if ref:
        shingles = {ref[i:i + 60] for i in range(0, max(len(ref) - 60, 0), 20)}
        for a in arts:
            t = a["text"]
            if any(t[i:i + 60] in shingles for i in range(len(t) - 60)):
                problems.append(f"{a['id']}: text copied from the reference gold")
    n = sum(len(a["quotes"]) for a in arts)
    for p in problems:
        print("PROBLEM:", p)
    print(f"batch {batch}: {len(arts)} documents, {n} quotes, {sum(len(a['text']) for a in arts)} characters; "
          f"{'OK' if not problems else f'{len(problems)} problems'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
