"""Open a fix round: a git worktree on its own branch and the prompt a helper follows in it.

    python tools/gold/round.py jj1 BASE_DUMP MINUTES "the task: which documents or which leftovers"

The worktree is /work/wt/NAME on branch NAME from main; the prompt goes to ``$QT_GOLDWORK/prompt_NAME.txt``. The
helper checks each change against BASE_DUMP (``dump.py`` of main's tree) with ``diffdump.py``.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import REPO, WORK  # noqa: E402

TEMPLATE = """You are an engineer of quotetrack, a Python library that finds quotations in French news text (direct,
partial and indirect speech) and attributes each to its speaker, rule-based and fast. You work in the git worktree
{wt} (branch {name}), already created from main. Never touch /work/main or another worktree. Run everything with
PYTHONPATH={wt} so that Python imports this worktree's package, from inside {wt}.

THE TASK. {task}

HOW. Look at a document's errors with
  PYTHONPATH={wt} python {tools}/score.py FIRST LAST --show      (batches FIRST..LAST of the written gold)
or, for one document, load it from tests/data/gold_written.jsonl and call quotetrack.extract(text) yourself.
Annotation conventions: docs/evaluation.md ("The gold format") and /work/shared/gold/GUIDE.md. For each error,
find the stage that makes it (quotetrack/classify.py marks that are no quotes, cues.py reporting cues,
indirect.py reported clauses, mentions.py and attribute.py and resolve.py speakers; language data in
quotetrack/data/*.json) and fix it the way French journalism works in general, never for one text: a rule must
hold for any well-written French article. Words of the language go in the data files (with the file's _comment
updated), not in the engine. Guard every new rule with a cheap string test so the common case costs nothing (the
project's speed matters). Keep functions small; reuse the module's helpers rather than writing a second copy.
If an annotation looks wrong against the conventions, do not edit the gold: say so in your report.

TESTS. Every fix gets rows in the test table of its stage (tests/test_detection.py, test_cues.py,
test_attribution.py...: natural French sentences you write yourself, never gold text), including one row where
the new rule must not fire. Run the test files you touched, then before each commit the whole-gold check:
  PYTHONPATH={wt} python {tools}/dump.py /tmp/dumps/{name}.jsonl && python {tools}/diffdump.py {base} /tmp/dumps/{name}.jsonl
(about a minute): no document may be WORSE; if one is, fix the rule or drop it. Then `ruff check quotetrack tests`
and `mypy quotetrack`, and commit that fix alone with an honest message (what the rule does, with an example;
end it with "(golden check: N documents better, none worse)"). Before your last commit run the whole suite once:
`python -m pytest -q -x` (about 5 minutes; the written-gold floors are in tests/test_written_gold.py, whose
figures move with your fixes: do not edit its numbers).

TIME. You have {minutes} minutes. Commit what is done and tested; leave the rest. Your last message: each commit
(one line each), the final diffdump summary line, and what you diagnosed but did not fix (the words, the stage, why).
"""


def main() -> None:
    name, base, minutes, task = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    wt = Path("/work/wt") / name
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "-b", name, str(wt), "main"], check=True)
    WORK.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(wt=wt, name=name, task=task, tools=REPO / "tools" / "gold", base=base, minutes=minutes)
    (WORK / f"prompt_{name}.txt").write_text(text, encoding="utf-8")
    print(WORK / f"prompt_{name}.txt")


if __name__ == "__main__":
    main()
