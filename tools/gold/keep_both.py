"""Resolve merge conflicts in test tables by keeping both sides' rows, ours first.

    python tools/gold/keep_both.py tests/test_detection.py [...]

Two rounds that each append rows at the end of one table conflict there. When a block's two sides each end inside
a row whose closing line (``),``) follows the block, that closing line is repeated after our side, so both rows
stay whole. Check the result with pytest: a conflict inside one row needs a hand.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

BLOCK = re.compile(r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n", re.S)


def main() -> None:
    for path in sys.argv[1:]:
        text = Path(path).read_text(encoding="utf-8")

        def both(m: re.Match[str], text: str = text) -> str:
            ours, theirs = m.group(1), m.group(2)
            after = text[m.end():].split("\n", 1)[0]
            if after.strip() in {"),", ")", "},", "]"} and not ours.rstrip().endswith(after.strip()):
                ours += after + "\n"
            return ours + theirs

        new, n = BLOCK.subn(both, text)
        Path(path).write_text(new, encoding="utf-8")
        print(f"{path}: {n} conflicts resolved by keeping both sides")


if __name__ == "__main__":
    main()
