"""Stage 3b — interview layout: paragraphs opened by a speaker's label and a colon (or a stop).

    Le Quotidien : Comment jugez-vous la situation ?
    Claire Dumont : Elle est grave. Nous agirons.

Each answer is a direct quotation of its own words, and its label names the speaker (the
``colon-name`` rule reads it). The layout is only believed where a question turn is followed
by a turn with another label: a single "Crédit photo : …" or a "Syrie : …" headline is no
interview. Labels and their limits are data (``data/interview.json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from quotetrack import lexicon
from quotetrack.classify import Candidate
from quotetrack.lexicon import Record, trie_alternation
from quotetrack.models import Kind
from quotetrack.segment import Spans


class InterviewData(Record):
    """Schema of ``data/interview.json``."""

    question_labels: tuple[str, ...]
    answer_labels: tuple[str, ...]
    label_max_words: int
    separators: tuple[str, ...] = (":",)
    """What ends a label (``:``, or ``.`` in « Le Parisien. Faut-il… »); a label ending with
    one already (``A. P.-R.``) needs no other."""


# Longest word in capitals still read as a label (an acronym: ONU); a longer one (ENTRETIEN,
# INTERVIEW) is a rubric.
_ACRONYM_LABEL_MAX = 3


@dataclass(frozen=True, slots=True)
class _Turn:
    label: str
    start: int
    """Where the turn's words start (after the colon)."""
    end: int
    question: bool


@cache
def _data() -> tuple[InterviewData, regex.Pattern[str]]:
    data: InterviewData = lexicon.load("interview.json", InterviewData)
    words = trie_alternation([*data.question_labels, *data.answer_labels])
    # A capitalised word, or initials (« A. P.-R. », « M. »): a stop ends a label's word otherwise.
    name_word = r"(?:\p{Lu}{1,2}\.(?:-?\p{Lu}\.)*+(?!\p{L})|\p{Lu}[\p{L}'’\-]*+)"
    # A label opening its paragraph: a known word or a capitalised name (particles allowed
    # between its words), a colon, then the turn's words starting with a capital.
    separator = regex.escape("".join(data.separators))
    pattern = regex.compile(
        rf"[ \t]*+(?P<label>(?:{words})|{name_word}(?:[ \u00a0]++(?:\p{{Ll}}{{1,3}}+[ \u00a0]++)?{name_word}){{0,{data.label_max_words - 1}}})"
        rf"(?:[ \u00a0\u202f]*+[{separator}]|(?<=[{separator}]))[ \u00a0\u202f]++(?=\p{{Lu}}|\d)"
    )
    return data, pattern


def interview_turns(text: str, paragraphs: Spans, kept: Sequence[Candidate]) -> list[Candidate]:
    """The turns of an interview laid out as ``Label : words``, as direct quotes (the
    interviewer's questions left out); none when the text has no question answered."""
    turns = _turns(text, paragraphs)
    if not any(a.question and b.label != a.label and not b.question for a, b in zip(turns, turns[1:], strict=False)):
        return []
    taken = [c.marks or (c.start, c.end) for c in kept]
    return [
        Candidate(t.start, t.end, Kind.DIRECT, "direct-interview", 0.7, (t.start, t.end))
        for t in turns
        if not t.question and not any(s < t.end and e > t.start for s, e in taken)
    ]


def _turns(text: str, paragraphs: Spans) -> list[_Turn]:
    """Every paragraph that opens with a label and a colon, in text order."""
    data, pattern = _data()
    questions = {w.casefold() for w in data.question_labels}
    out: list[_Turn] = []
    for p_start, p_end in paragraphs.spans:
        m = pattern.match(text, p_start, p_end)
        if m is None:
            continue
        end = p_end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        label = m.group("label")
        word = label.rstrip(".")
        if word.isupper() and len(word) > _ACRONYM_LABEL_MAX and not any(c in word for c in ". "):
            continue  # « ENTRETIEN. La ministre… »: a rubric, not a speaker
        asks = label.casefold() in questions or text[end - 1] == "?"
        out.append(_Turn(label, m.end(), end, asks))
    return out
