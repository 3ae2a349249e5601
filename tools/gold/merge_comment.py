"""Resolve a merge conflict confined to a data file's long ``_comment`` line, word by word.

    python tools/gold/merge_comment.py quotetrack/data/names.json [...]

Two branches that each document a new key both rewrite the one-line ``_comment`` of a data file, so git sees one
conflicting line. This merges the three versions (base, ours, theirs) of the comment a word a line with
``git merge-file`` and writes the merged comment in place of the conflict block; it stops if the words themselves
conflict or if the file holds another conflict.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def stage(path: str, n: int) -> str:
    return subprocess.run(["git", "show", f":{n}:{path}"], capture_output=True, text=True, check=True).stdout


def comment(text: str) -> str:
    return str(json.loads(text)["_comment"])


def merge_words(base: str, ours: str, theirs: str) -> str:
    with tempfile.TemporaryDirectory() as d:
        files = []
        for name, s in (("ours", ours), ("base", base), ("theirs", theirs)):
            p = Path(d) / name
            p.write_text("\n".join(s.split(" ")) + "\n", encoding="utf-8")
            files.append(str(p))
        r = subprocess.run(["git", "merge-file", "-p", *files], capture_output=True, text=True)
        if r.returncode != 0:  # both sides wrote at one place (a new key's description each): keep both
            r = subprocess.run(["git", "merge-file", "-p", "--union", *files], capture_output=True, text=True)
            print("both sides changed the comment at one place: both kept, ours first; read the result")
        return " ".join(r.stdout.rstrip("\n").split("\n"))


def main() -> None:
    for path in sys.argv[1:]:
        merged = merge_words(comment(stage(path, 1)), comment(stage(path, 2)), comment(stage(path, 3)))
        text = Path(path).read_text(encoding="utf-8")
        block = re.compile(r"<<<<<<< [^\n]*\n(\s*)\"_comment\": [^\n]*\n=======\n\s*\"_comment\": [^\n]*\n>>>>>>> [^\n]*\n")
        m = block.search(text)
        if not m:
            sys.exit(f"{path}: no conflict on the _comment line alone")
        line = f'{m.group(1)}"_comment": {json.dumps(merged, ensure_ascii=False)},\n'
        text = text[: m.start()] + line + text[m.end():]
        if "<<<<<<<" in text:
            sys.exit(f"{path}: another conflict remains")
        json.loads(text)
        Path(path).write_text(text, encoding="utf-8")
        print(f"{path}: comment merged")


if __name__ == "__main__":
    main()
