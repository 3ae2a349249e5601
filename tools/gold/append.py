"""Append written batch files to the gold and update every count that names its size.

    python tools/gold/append.py 609 610 ...

For each batch in order: its file ``$QT_GOLDWORK/b609.py`` goes before the maker's final loop; then
tests/data/gold_written.jsonl is rebuilt, the batch's quote count joins the test's per-batch tuple, the number of
documents, batches and quotes is rewritten in the maker's and the test's docstrings, the test's assert and
docs/evaluation.md, and each batch's item (from ``$QT_GOLDWORK/meta.json``) joins the docs' list.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import MAKER, REPO, WORK, WRITTEN, first_doc, number_words, read_jsonl  # noqa: E402
from prompt import GROUPS  # noqa: E402

TEST = REPO / "tests" / "test_written_gold.py"
DOCS = REPO / "docs" / "evaluation.md"
TUPLE_ANCHOR = ", 3, 1, 6, 3, 1, 3, 4, 2, 2, 11, 5, 6, 1, -1, 10, -4,"
"""Where the per-batch counts end and the corrections' terms begin in the test's tuple."""


def replace_once(text: str, old: str, new: str, where: str) -> str:
    if text.count(old) != 1:
        sys.exit(f"{where}: {old!r} found {text.count(old)} times, expected once")
    return text.replace(old, new)


def docs_item(batch: int, meta: dict[str, dict[str, str]]) -> str:
    m = meta[str(batch)]
    outlets = GROUPS[m["group"]]
    body = f"{batch}. one real episode ({m['episode']}): " + ", ".join(outlets[:-1]) + " and " + outlets[-1] + "."
    return textwrap.fill(body, width=116, subsequent_indent="   ", break_on_hyphens=False)


def main() -> None:
    batches = [int(b) for b in sys.argv[1:]]
    old_docs = len(read_jsonl(WRITTEN))
    if first_doc(batches[0]) != old_docs:
        sys.exit(f"batch {batches[0]} should start at document {first_doc(batches[0])}; the gold has {old_docs}")
    old_quotes = sum(len(d["quotes"]) for d in read_jsonl(WRITTEN))
    old_batches = batches[0] - 1
    maker = MAKER.read_text(encoding="utf-8")
    for b in batches:
        src = (WORK / f"b{b}.py").read_text(encoding="utf-8").rstrip("\n") + "\n"
        maker = replace_once(maker, "\nfor a in arts:\n", "\n" + src + "\nfor a in arts:\n", "maker")
    MAKER.write_text(maker, encoding="utf-8")
    with open(WRITTEN, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(MAKER)], stdout=f, check=True)
    docs = read_jsonl(WRITTEN)
    counts = [sum(len(d["quotes"]) for d in docs[first_doc(b):first_doc(b) + 5]) for b in batches]
    new_docs, new_batches = len(docs), batches[-1]
    new_quotes = sum(len(d["quotes"]) for d in docs)
    w_old, w_new = number_words(old_docs - 1), number_words(new_docs - 1)
    b_old, b_new = number_words(old_batches), number_words(new_batches)

    maker = MAKER.read_text(encoding="utf-8")
    maker = replace_once(maker, f'"""{w_old.capitalize()} news articles and one communiqué ({b_old} batches)',
                         f'"""{w_new.capitalize()} news articles and one communiqué ({b_new} batches)', "maker")
    MAKER.write_text(maker, encoding="utf-8")

    test = TEST.read_text(encoding="utf-8")
    test = replace_once(test, f"Quality floors on {w_old} articles", f"Quality floors on {w_new} articles", "test")
    test = replace_once(test, f"report.documents == {old_docs}", f"report.documents == {new_docs}", "test")
    test = replace_once(test, TUPLE_ANCHOR, "".join(f", {n}" for n in counts) + TUPLE_ANCHOR, "test")
    TEST.write_text(test, encoding="utf-8")

    text = DOCS.read_text(encoding="utf-8")
    head = re.search(r"holds (.+?) articles and one\ncommuniqué (.+?)\n\((\d[\d,]*) quotes\), in (.+?) batches:", text)
    if not head or head.group(1) != w_old or head.group(3) != f"{old_quotes:,}" or head.group(4) != b_old:
        sys.exit(f"docs header not as expected: {head.group(0) if head else None!r}")
    new_head = head.group(0).replace(f"holds {w_old} articles", f"holds {w_new} articles").replace(
        f"({old_quotes:,} quotes), in {b_old} batches", f"({new_quotes:,} quotes), in {b_new} batches")
    text = text.replace(head.group(0), new_head)
    meta = json.loads((WORK / "meta.json").read_text(encoding="utf-8"))
    last = re.search(rf"^{old_batches}\. .*?\n\n", text, re.M | re.S)
    if not last:
        sys.exit(f"docs item {old_batches}. not found")
    items = "".join(docs_item(b, meta) + "\n" for b in batches)
    text = text[: last.end() - 1] + items + text[last.end() - 1:]
    DOCS.write_text(text, encoding="utf-8")
    print(f"appended {batches}: {counts} quotes; {new_docs} documents, {new_quotes:,} quotes, {new_batches} batches")


if __name__ == "__main__":
    main()
