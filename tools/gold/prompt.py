"""Write the prompt a helper follows to write one blind batch of the gold, and record the batch's meta.

    python tools/gold/prompt.py 609 B "the sinking of the Prestige off Galicia (November 2002)"

Five outlets of one group (A-D, below) retell one real episode in the project's own words; the prompt goes to
``$QT_GOLDWORK/prompt_b609.txt`` and the episode to ``$QT_GOLDWORK/meta.json`` (read by ``append.py`` for the docs).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import MAKER, REPO, WORK, WRITTEN, first_doc  # noqa: E402

GROUPS = {
    "A": ["a French 24-hour news channel's web article", "a daily's fact-checking column",
          "a public radio's press review (newspapers as speakers)", "a Maghreb francophone daily",
          "a Swiss or Belgian news agency's wire copy"],
    "B": ["AFP-style wire copy", "a French reference daily", "a Swiss daily", "a news magazine in straight marks",
          "a Belgian daily in curly marks"],
    "C": ["a Québec daily", "a public radio's international service", "a French regional daily (a local angle)",
          "a pan-African weekly in curly marks", "a news site's live page in straight marks"],
    "D": ["AFP-style wire copy", "a business daily in straight marks", "a Swiss daily",
          "a Catholic daily (an interview in questions and answers)", "a Belgian daily in curly marks"],
}

TEMPLATE = """You are writing one batch of the hand-annotated gold of quotetrack, a Python library that finds quotations in
French news and attributes them to their speakers. The repository is {repo}. Work only in the file named below.

THE TASK. Batch {batch}: five French news articles about one real episode, {episode}, each written by a different
kind of outlet:
{outlets}
Write them in your own words, as those outlets would have written them at the time (real people and bodies may
speak; their words are yours, plausible, never copied from anywhere). Each article 2,500-4,000 characters, with
12-20 annotated quotes, mixing direct quotes, partial quotes and indirect (reported) speech, many speakers
(people by name and role, institutions, anonymous sources, newspapers, crowds), and the conventions and
typography of that kind of outlet (its marks: « » with no-break spaces, narrow no-break spaces, plain spaces or no
space inside; curly “ ”; straight " "; its headline, standfirst, byline, dateline, captions, "Lire aussi" lines,
time stamps...). Vary where the cue stands (before, postposed incise, inside the marks, selon X fronted or
postposed, a-t-il ajouté, pour X, d'après X, à X on ..., de source ..., relative clauses, pronouns and roles that
refer back across sentences). Put in some marks that are NOT quotes (titles of works, names of operations, plans,
nicknames, labels and scare quotes that report nobody's words) and leave them unannotated.

BLIND. Do not run quotetrack (no `import quotetrack`, no `python -m quotetrack`) on your texts and do not read its
rules: the batch is scored as written, before any rule sees it. Never copy text from /work/shared.

THE FORMAT. Read first: {repo}/docs/evaluation.md sections "The gold format" and "Scoring", /work/shared/gold/GUIDE.md
(what is annotated and how), then the last ten documents of {maker} (from the line `t{prev} = (` on: their comment
headers, texts and art() calls) and copy their conventions exactly: span limits (direct/partial: the words inside
the marks; indirect: the reported clause after que/qu', after a fronted "Selon X,", or the clause before a
postposed ", a annoncé X"; a partial inside an indirect clause is annotated twice), speaker lists (every acceptable
name: full name, surname, role phrases, the mention the text uses, pronoun where the text uses one), headlines that
only repeat a body quote are not annotated, a quote inside a quote is not annotated, a communiqué's own voice is
not a quote unless someone in it is quoted.

THE FILE. Write {work}/b{batch}.py: Python in the maker's style, appended to it later as is, holding for each of the
five documents, in order, a comment header (`# NNNN. the outlet, its typography, the episode's dates, then each
annotated construction and why it is annotated so, and each unannotated mark and why`), a line setting the marks
(e.g. `o, c = "«" + NB, NB + "»"`), the text `t{first} = (...)` ... `t{last} = (...)`, speaker lists named with the
batch's suffix (`OBA{batch}a`, `KRE{batch}b`: the letter is the document's, a to e) and one
`art("wNNNN_short_ascii_slug", "outlet description", "YYYY-MM-DD", tNNNN, [...])` call. The ids are w{first} to
w{last} in order. Use NB and NN (defined by the maker) for no-break and narrow no-break spaces. When a string to
annotate occurs more than once in the text, give the occurrence as a fourth element (0-based), as the maker does.

CHECK. Run `python {repo}/tools/gold/checkbatch.py {work}/b{batch}.py` until it prints OK. Then reread each article
once against its annotations: every reported statement annotated, every span exact, every speaker list complete.
Your last message: the number of quotes, and any annotation you were unsure of and why.
"""


def main() -> None:
    batch, group, episode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    first = first_doc(batch)
    WORK.mkdir(parents=True, exist_ok=True)
    outlets = "\n".join(f"  {i + 1}. (w{first + i}) {o}" for i, o in enumerate(GROUPS[group]))
    text = TEMPLATE.format(repo=REPO, batch=batch, episode=episode, outlets=outlets, maker=MAKER,
                           prev=min(first, len(WRITTEN.read_text(encoding="utf-8").splitlines())) - 10, work=WORK, first=first, last=first + 4)
    (WORK / f"prompt_b{batch}.txt").write_text(text, encoding="utf-8")
    meta_path = WORK / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta[str(batch)] = {"group": group, "episode": episode}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print(WORK / f"prompt_b{batch}.txt")


if __name__ == "__main__":
    main()
