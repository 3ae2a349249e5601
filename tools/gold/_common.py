"""Paths and helpers shared by the gold-maintenance scripts (run by hand, never imported by the package)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
WRITTEN = REPO / "tests" / "data" / "gold_written.jsonl"
MAKER = REPO / "tests" / "data" / "make_written_gold.py"
REFERENCE = [Path(p) for p in os.environ.get(
    "QT_REFERENCE_GOLD", "/work/shared/gold/dev.jsonl:/work/shared/gold/dev_articles.jsonl").split(":") if p]
WORK = Path(os.environ.get("QT_GOLDWORK", "/work/batches"))
"""Where batch prompts, batch files and their meta live while a session writes them."""

FIRST_FIVE = 144
"""From this batch on every batch holds five documents."""


def first_doc(batch: int) -> int:
    """The 0-based line of the written gold where ``batch`` starts (batches of five from 144 on)."""
    return 724 + (batch - FIRST_FIVE) * 5


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every object of a JSON-lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def batch_docs(first: int, last: int, gold: Path = WRITTEN) -> list[dict[str, Any]]:
    """The gold documents of batches ``first`` to ``last`` inclusive."""
    return read_jsonl(gold)[first_doc(first):first_doc(last) + 5]


def number_words(n: int) -> str:
    """English words for 0 <= n < 1,000,000, British style (three thousand and forty-eight)."""
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_hundred(k: int) -> str:
        if k < 20:
            return ones[k]
        return tens[k // 10] + ("-" + ones[k % 10] if k % 10 else "")

    def below_thousand(k: int) -> str:
        h, r = divmod(k, 100)
        if not h:
            return below_hundred(r)
        return ones[h] + " hundred" + (" and " + below_hundred(r) if r else "")

    t, r = divmod(n, 1000)
    if not t:
        return below_thousand(r)
    head = below_thousand(t) + " thousand"
    if not r:
        return head
    return head + (" and " if r < 100 else " ") + below_thousand(r)
