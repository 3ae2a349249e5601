"""Stage 3b — interview layout: paragraphs opened by a speaker's label and a colon (or a stop).

    Le Quotidien : Comment jugez-vous la situation ?
    Claire Dumont : Elle est grave. Nous agirons.

Each answer is a direct quotation of its own words, and its label names the speaker (the
``colon-name`` rule reads it). The layout is only believed where a question turn is followed
by a turn with another label: a single "Crédit photo : …" or a "Syrie : …" headline is no
interview. Labels and their limits are data (``data/interview.json``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import regex

from quotetrack import lexicon
from quotetrack.channel import channel_end
from quotetrack.classify import Candidate, CueLike
from quotetrack.lexicon import Record, trie_alternation
from quotetrack.marks import MarkedSpan, closing_marks, opening_marks, typography
from quotetrack.models import Kind
from quotetrack.segment import Spans, trimmed_end


class InterviewData(Record):
    """Schema of ``data/interview.json``."""

    question_labels: tuple[str, ...]
    answer_labels: tuple[str, ...]
    label_max_words: int
    question_words: tuple[str, ...] = ()
    """Words of the interviewer addressing the person (``vous``): with a final ``?``, a
    paragraph is a question of an interview without labels."""
    answer_words: tuple[str, ...] = ()
    """Words of a speaker talking of themselves (``je``, ``nous``, ``j'``): the first paragraph
    after such a question must hold one to be its answer."""
    question_max_chars: int = 400
    """Longest question paragraph of an interview without labels."""
    markers: tuple[str, ...] = ()
    """Words that say the text is an interview (``Propos recueillis par``, ``répond aux
    questions``): there, a question answered in the first person counts towards the layout
    without words addressing someone (« Ont-ils raison ? »)."""
    presenters: tuple[str, ...] = ()
    """Words by which an introduction hands over to the person interviewed, named right after
    them (``Décryptage avec``, ``Entretien avec``): the answers without labels are theirs."""
    separators: tuple[str, ...] = (":",)
    """What ends a label (``:``, or ``.`` in « Le Parisien. Faut-il… »); a label ending with
    one already (``A. P.-R.``) needs no other."""
    analyst_verbs: tuple[str, ...] = ()
    """Present-tense verbs whose subject, in an interview's introduction, is the person
    interviewed (« Le politiste Jean X, auteur de …, décrypte la crise. »)."""
    greetings: tuple[str, ...] = ()
    """Words greeting the person interviewed by name at the start of the first question (« Claire
    X, bonjour. », « Bonjour Claire X. »): the first answer is theirs."""
    signatures: tuple[str, ...] = ()
    """Words opening a paragraph that signs an interview (``Recueilli par``): a marker there only."""
    label_dashes: tuple[str, ...] = ()
    """Dashes that may follow a label's separator before the turn's words
    (« Le Figaro. – Avez-vous… », « Emmanuel Macron. – Non. »)."""
    verdicts: tuple[str, ...] = ()
    """Words by which a fact-check column rates a claim under a question subhead (« Vrai. La
    préfecture a confirmé… »), or a bare reply (« Oui. Nous… »): never a speaker's label."""


# Longest word in capitals still read as a label (an acronym: ONU); a longer one (ENTRETIEN,
# INTERVIEW) is a rubric.
_ACRONYM_LABEL_MAX = 3
# Questions each answered in the first person that establish an interview without labels.
_ANSWERED_QUESTIONS = 2
# How an answer's paragraph ends (a stop, or a closing mark after one).
_ANSWER_ENDS = ".!…»\"”"
# What may close a turn after its final punctuation (a closing mark, spaces).
_CLOSERS = " \u00a0\u202f»\"”"
# The next non-blank line after a position, trimmed.
_NEXT_LINE = regex.compile(r"[^\S\n]*+\n\s*+([^\n]*?)[^\S\n]*+(?:\n|$)")


# What ends a sentence before the closing mark that ends an answer's paragraph.
_STOPS = ".!?…"


def _unstopped_heading(text: str, start: int, end: int) -> bool:
    """``Des salariés « dans le brouillard »``: a paragraph its closing mark ends with no stop
    before the mark, nor anywhere in it: a sub-heading quoting a few words, no answer."""
    inner = text[start:end].rstrip(_CLOSERS)
    return inner[-1:] not in _STOPS and not any(c in _STOPS for c in inner)


@dataclass(frozen=True, slots=True)
class _Turn:
    label: str
    start: int
    """Where the turn's words start (after the colon)."""
    end: int
    question: bool
    stop: bool = False
    """The label is one word ended by a stop (« L'Hebdo. », « Jamais. »)."""


@cache
def _data() -> tuple[InterviewData, regex.Pattern[str]]:
    data: InterviewData = lexicon.load("interview.json", InterviewData)
    words = trie_alternation([*data.question_labels, *data.answer_labels])
    # A capitalised word, or initials (« A. P.-R. », « M. »): a stop ends a label's word otherwise.
    name_word = r"(?:\p{Lu}{1,2}\.(?:-?\p{Lu}\.)*+(?!\p{L})|\p{Lu}[\p{L}'’\-]*+)"
    # A label opening its paragraph: a known word or a capitalised name (particles allowed
    # between its words), a colon, then the turn's words starting with a capital.
    separator = regex.escape("".join(data.separators))
    dash = rf"(?:[ \u00a0\u202f]*+[{regex.escape(''.join(data.label_dashes))}])?" if data.label_dashes else ""
    # « — Paris Match : Vous… »: a dialogue dash may open the labelled paragraph.
    dashes = regex.escape("".join(typography().dialogue_dashes))
    pattern = regex.compile(
        rf"[ \t]*+(?:[{dashes}][ \t\u00a0\u202f]*+)?(?P<label>(?:{words})|{name_word}(?:[ \u00a0]++(?:\p{{Ll}}{{1,3}}+[ \u00a0]++)?{name_word}){{0,{data.label_max_words - 1}}})"
        rf"(?:[ \u00a0\u202f]*+[{separator}]|(?<=[{separator}])){dash}[ \u00a0\u202f]++(?=\p{{Lu}}|\d)"
    )
    return data, pattern


def interview_turns(text: str, paragraphs: Spans, kept: Sequence[Candidate]) -> list[Candidate]:
    """The turns of an interview laid out as ``Label : words``, as direct quotes (the
    interviewer's questions left out), and the unlabelled answers that follow a question once
    the layout is established; none when the text has no question answered."""
    turns = _turns(text, paragraphs)
    labelled: set[tuple[int, int]] = set()
    if _exchange(turns):
        labelled = {(t.start, t.end) for t in turns if not t.question}
        answers = [*labelled, *_unlabelled_answers(text, paragraphs, turns)]
    elif answerers := _answering_labels(text, paragraphs, turns):
        # « Cette trêve peut-elle tenir ? ⏎ Claire X : Elle a le mérite… »: the questions go
        # unlabelled, each answer opens with the name of the person interviewed.
        answers = [(t.start, t.end) for t in turns if t.label in answerers and not t.question]
    elif "?" in text:
        answers = _answers_without_labels(text, paragraphs, [c.marks or (c.start, c.end) for c in kept],
                                          sorted(c.start for c in kept if c.cue is not None))
    else:
        return []
    taken = [c.marks or (c.start, c.end) for c in kept]
    # An answer wholly in quotation marks (« Recueilli par … »: a question, then « … ») is the
    # quotation those marks hold, now the interview's answer.
    whole = {c.marks: c for c in kept if c.marks is not None and c.kind == Kind.DIRECT}
    # An answer that quotes someone inside its words, labelled or not (« Nadia X. – … Les
    # habitants le disent : « … » », « Quand un promoteur m'explique que « … », je… ») is an
    # answer still; one that opens with quotation marks, or one overlapping a quotation that
    # runs past it, speaks for itself.
    return [
        replace(whole[(start, end)], rule="direct-interview") if (start, end) in whole
        else Candidate(start, end, Kind.DIRECT, "direct-interview", 0.7, (start, end))
        for start, end in sorted(answers)
        if (start, end) in whole or not any(s < end and e > start and not (start < s and e <= end) for s, e in taken)
    ]


def _exchange(turns: Sequence[_Turn]) -> bool:
    """Whether labelled turns make an interview's layout: a question answered by another label."""
    return any(a.question and b.label != a.label and not b.question for a, b in zip(turns, turns[1:], strict=False))


def _answering_labels(text: str, paragraphs: Spans, turns: Sequence[_Turn]) -> set[str]:
    """The labels that answer unlabelled questions: those opening, at least twice each
    (``_ANSWERED_QUESTIONS``), the paragraph right after one that ends with ``?`` and opens with
    no label (a radio's transcript: « Cette trêve peut-elle tenir ? ⏎ Claire X : Elle… »)."""
    if len(turns) < _ANSWERED_QUESTIONS:
        return set()
    by_start = {t.start: t for t in turns}
    starts = sorted(by_start)
    counts: dict[str, int] = {}
    asked = False  # the paragraph before ends with « ? » and opens with no label
    for p_start, p_end in paragraphs.spans:
        end = trimmed_end(text, p_start, p_end)
        if end <= p_start:
            continue
        k = bisect.bisect_left(starts, p_start)
        turn = by_start[starts[k]] if k < len(starts) and starts[k] <= end else None
        if turn is not None and asked and not turn.question:
            counts[turn.label] = counts.get(turn.label, 0) + 1
        asked = turn is None and text[end - 1] == "?"
    return {label for label, n in counts.items() if n >= _ANSWERED_QUESTIONS}


def labelled_layout(text: str, paragraphs: Spans) -> bool:
    """Whether the text is an interview laid out with labels (:func:`_turns`, a question answered
    by another label): a one-word answer opening a turn (« — Mal. Très mal. ») is no label then."""
    return _exchange(_turns(text, paragraphs))


def without_nested(kept: Sequence[Candidate], answers: Sequence[Candidate]) -> list[Candidate]:
    """The candidates but the quotations inside an interview's answer: a quote inside a quote,
    part of the answer's words (« … Quand un promoteur m'explique que « … », je… »)."""
    spans = [a.marks or (a.start, a.end) for a in answers]

    def nested(c: Candidate) -> bool:
        lo, hi = c.marks or (c.start, c.end)
        return any(s <= lo and hi <= e for s, e in spans)

    return [c for c in kept if c.rule == "direct-interview" or not nested(c)]


def labelled(text: str, start: int, end: int) -> bool:
    """Whether the paragraph running from ``start`` to ``end`` opens with an interview label and
    its colon, maybe after a dialogue dash (« — Paris Match : Vous sentez-vous prête ? »)."""
    _, pattern = _data()
    return pattern.match(text, start, end) is not None


def without_questions(text: str, turns: Sequence[Candidate]) -> list[Candidate]:
    """Dialogue turns (``— Avez-vous eu peur ?`` / ``— Pas vraiment.``) without the
    interviewer's questions, when they make an interview: at least two turns ending with ``?``
    that address someone (``question_words``: *vous*), each answered by the next turn, which
    asks nothing, or by the line under it, opened by no dash (``— Que demandez-vous ?⏎Des
    moyens.``; such an answer in the first person makes its question count too; in a text that
    says it is an interview, ``markers``: *Propos recueillis par*, any question so answered
    counts, the answer in the first person or not: « — Est-ce le bon terme ? » / « — Le mot
    est faible. »), the turns left read as interview answers (``direct-interview``). Then every
    turn ending with ``?`` that such an answer follows is a question, not the words of the person interviewed; otherwise the turns are kept as they are."""
    asks, tells = person_words()
    ordered = sorted(turns, key=lambda c: c.start)
    dashes = "".join(typography().dialogue_dashes)

    def question(c: Candidate) -> bool:
        return text[c.start : c.end].rstrip(_CLOSERS)[-1:] == "?"

    def answered_below(c: Candidate) -> bool:
        """``— Que demandez-vous ?⏎Des moyens.``: the next line, no turn of its own, answers."""
        nxt = _NEXT_LINE.match(text, c.end)
        return nxt is not None and nxt.group(1)[:1] not in dashes and nxt.group(1)[-1:] in _ANSWER_ENDS

    answered = [(a, b) for a, b in zip(ordered, [*ordered[1:], None], strict=False)
                if question(a) and (answered_below(a) or (b is not None and not question(b)))]

    def addressed(c: Candidate) -> bool:
        """The question addresses someone, or the line under it answers in the first person."""
        if asks.search(text, c.start, c.end) is not None:
            return True
        nxt = _NEXT_LINE.match(text, c.end)
        return answered_below(c) and nxt is not None and tells.search(nxt.group(1)) is not None

    if sum(addressed(a) for a, _ in answered) < _ANSWERED_QUESTIONS and not (
            len(answered) >= _ANSWERED_QUESTIONS and _marker().search(text) is not None):
        return list(turns)
    dropped = {id(a) for a, _ in answered}
    # The turns left are the answers of an interview: each carries the speaker of the one before.
    return [replace(c, rule="direct-interview") for c in turns if id(c) not in dropped]


def _answers_without_labels(text: str, paragraphs: Spans, quoted: Sequence[tuple[int, int]] = (),
                            reported: Sequence[int] = ()) -> list[tuple[int, int]]:
    """The answers of an interview laid out without labels: the paragraphs after a short
    question (a final ``?``, or words addressing someone and none in the first person), up to
    the next question or a line without final punctuation; believed only when two questions
    at least address someone (``Comment jugez-vous… ?``) and are each answered in the first
    person (rhetorical questions in an article are not); in a text that says it is an interview
    (``markers``: *Propos recueillis par*), any two questions so answered. Words addressing
    someone inside a quotation (``quoted``: the marks' spans) are the quoted speaker's, no
    interviewer's (« Le député reprend : « Vous l'avez réécrite ! » »). A paragraph after an
    answer that reports someone's words through a cue of its own (``reported``: where the
    quotations a cue decided start) without a word in the first person is the writer's again
    (« Jeudi, le ministre s'est dit « favorable »… »): it ends the interview."""
    data, _ = _data()
    asks, tells = person_words()
    marked: bool | None = None  # whether the text holds a marker: a search of the whole text, when first needed
    dashes = "".join(typography().dialogue_dashes)
    out: list[tuple[int, int]] = []
    answered = pairs = 0
    answering = addressed = False
    continued = False  # the paragraph before was an answer
    spans = paragraphs.spans
    # Where the marks opening a paragraph close, when they close past it: « … ⏎ « … » », an
    # answer of several paragraphs, each reopened by a mark, the last one closing them.
    runs = {lo: hi for lo, hi in quoted}
    past = 0  # the end of such an answer: the paragraphs before it are its own
    for i, (p_start, p_end) in enumerate(spans):
        start = p_end - len(text[p_start:p_end].lstrip())
        end = trimmed_end(text, start, p_end)
        if start >= end or start < past:
            continue
        short = end - start <= data.question_max_chars
        # "Le ministre assurait pourtant que …" after answers laid out in marks: a short bare
        # paragraph trailing off in a suspension mark is the interviewer's follow-up, no answer;
        # so is one ending with a stop between an answer its marks close and the next answer
        # opened by marks (« … » ⏎ Le parquet assure pourtant que … ⏎ « … »): where the
        # answers are all in marks, a bare paragraph between two of them is the writer's.
        follow_up = (continued and short and text[out[-1][0]] in opening_marks() and text[start] not in opening_marks()
                     and (text[end - 1] == "…" or text.endswith("...", start, end)
                          or (text[out[-1][1] - 1] in closing_marks() and _opens_with_mark(text, spans, i + 1))))
        if short and (text[end - 1] == "?" or follow_up
                      or (_addresses(text, start, end, asks, quoted) and not tells.search(text, start, end))):
            # "Certains vous reprochent un jeu trop défensif…": addressing someone, not answering;
            # a question opened by a dialogue dash is the interviewer's turn.
            answering = True
            if marked is None:
                marked = _marker().search(text) is not None
            addressed = marked or text[start] in dashes or _addresses(text, start, end, asks, quoted)
        elif marked and answering and runs.get(start, 0) > end and text[runs[start] - 1] in closing_marks():
            # « Sur le papier, oui. … ⏎ « Des juristes … défense. »: one answer up to its closing mark.
            end = past = runs[start]
            answered += addressed and tells.search(text, start, end) is not None
            pairs += addressed
            addressed = False
            out.append((start, end))
            continued = True
            continue
        elif (answering and text[end - 1] in _ANSWER_ENDS
              and (text[start] not in opening_marks() or (marked and text[end - 1] in closing_marks()))
              and not (text[start] not in opening_marks() and text[end - 1] in closing_marks() and _unstopped_heading(text, start, end))
              and not (marked and _marker().match(text, start, end))
              and not (continued and _reports(reported, start, end) and not tells.search(text, start, end))):
            # « Propos recueillis par H. M. »: the interview's signature, no answer.
            answered += addressed and tells.search(text, start, end) is not None
            pairs += addressed
            addressed = False
            # « — Mal. Très mal. »: the dialogue dash opening an answer is layout, no word of it.
            out.append((end - len(text[start:end].lstrip(dashes).lstrip()), end) if text[start] in dashes else (start, end))
            continued = True
            continue
        else:
            answering = addressed = False
        continued = False
    # In a text that says it is an interview, questions answered in turn make the layout, the
    # answers in the first person or not (« Pourquoi Moscou intervient-il ? » / « Parce que… »).
    return out if answered >= _ANSWERED_QUESTIONS or (marked and pairs >= _ANSWERED_QUESTIONS) else []


def _opens_with_mark(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether the first paragraph holding words from ``spans[i]`` on opens with a quotation mark."""
    for p_start, p_end in spans[i:]:
        words = text[p_start:p_end].lstrip()
        if words:
            return words[0] in opening_marks()
    return False


def _reports(reported: Sequence[int], start: int, end: int) -> bool:
    """Whether a quotation a cue decided (``reported``: their starts, sorted) starts from ``start`` to ``end``."""
    k = bisect.bisect_left(reported, start)
    return k < len(reported) and reported[k] < end


def _addresses(text: str, start: int, end: int, asks: regex.Pattern[str], quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether the words from ``start`` to ``end`` address someone outside the quotations
    ``quoted`` (spans of marks): inside them, the words are a quoted speaker's."""
    for m in asks.finditer(text, start, end):
        if not any(lo <= m.start() < hi for lo, hi in quoted):
            return True
    return False


@cache
def _marker() -> regex.Pattern[str]:
    """Any of the ``markers`` of an interview, whole words in any case."""
    data, _ = _data()
    signatures = trie_alternation(data.signatures) if data.signatures else "(?!)"
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(data.markers) if data.markers else '(?!)'})(?!\p{{L}})"
                         rf"|(?m:^)[ \u00a0\u202f]*+(?:{signatures})(?!\p{{L}})")


def signature(text: str, start: int, end: int) -> bool:
    """Whether the paragraph from ``start`` to ``end`` is an interview's signature (``Recueilli
    par Anne X``, ``Propos recueillis par …``): one of ``signatures`` or ``markers`` opening it."""
    return _marker().match(text, start, end) is not None


@cache
def _presenter() -> regex.Pattern[str]:
    """Any of the ``presenters`` of an interview, whole words in any case, then spaces."""
    data, _ = _data()
    words = trie_alternation(data.presenters) if data.presenters else "(?!)"
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{words})[ \u00a0\u202f]++")


def presented_at(text: str, start: int, end: int) -> int | None:
    """Where the name of the person interviewed starts, when the words from ``start`` to ``end``
    (an interview's introduction) hand over to them (« Décryptage avec Claire X. »): right after
    the last of the ``presenters``; None without one."""
    last = None
    for m in _presenter().finditer(text, start, end):
        last = m.end()
    return last


@cache
def _analyst_verb() -> regex.Pattern[str]:
    """Any of the ``analyst_verbs``, a whole word in lower case, after a comma or a space."""
    data, _ = _data()
    words = trie_alternation(data.analyst_verbs) if data.analyst_verbs else "(?!)"
    return regex.compile(rf"(?<=[\p{{L}},»\"”][ \u00a0\u202f]++)(?:{words})(?!\p{{L}})")


def analyst_verbs_at(text: str, start: int, end: int) -> list[int]:
    """Where the ``analyst_verbs`` of an interview's introduction from ``start`` to ``end`` start
    (« …, décrypte la crise »): the person interviewed is their subject."""
    return [m.start() for m in _analyst_verb().finditer(text, start, end)]


@cache
def _greeting() -> regex.Pattern[str]:
    """A name greeted by one of ``greetings`` opening a paragraph, maybe after a dialogue dash: the
    name, a comma, the greeting (« – Claire X, bonjour. »), or the greeting, the name and a
    stop or comma (« Bonjour Claire X. »); the name in group ``name`` or ``after``."""
    data, _ = _data()
    words = trie_alternation(data.greetings) if data.greetings else "(?!)"
    dashes = regex.escape("".join(typography().dialogue_dashes))
    word = r"\p{Lu}[\p{L}'’\-]*+"
    name = rf"{word}(?:[ \u00a0]++(?:\p{{Ll}}{{1,3}}+[ \u00a0]++)?{word}){{0,{data.label_max_words - 1}}}"
    return regex.compile(
        rf"[ \t]*+(?:[{dashes}][ \t\u00a0\u202f]*+)?(?:(?P<name>{name})[ \u00a0]*+,[ \u00a0]*+(?i:{words})(?!\p{{L}})"
        rf"|(?i:{words})[ \u00a0]*+,?[ \u00a0]*+(?P<after>{name})[ \u00a0]*+[.,!])"
    )


def greeted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name a question running from ``start`` to ``end`` greets as it opens
    (« – Claire X, bonjour. Faut-il… ? », « Bonjour Claire X. … ? »: a radio's first question
    to the person interviewed); None without a greeting."""
    if not _data()[0].greetings:
        return None
    m = _greeting().match(text, start, end)
    if m is None:
        return None
    group = "name" if m.group("name") is not None else "after"
    return m.start(group), m.end(group)


@cache
def person_words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Patterns of ``question_words`` and ``answer_words``, whole words in any case (an elided
    one, ``j'``, ends at its apostrophe)."""
    data, _ = _data()

    def whole(words: Sequence[str]) -> regex.Pattern[str]:
        plain = [w for w in words if not w.endswith(("'", "’"))]
        elided = [w[:-1] for w in words if w.endswith(("'", "’"))]
        parts = [rf"(?:{trie_alternation(plain)})(?!\p{{L}})"] if plain else []
        parts += [rf"(?:{trie_alternation(elided)})['’]"] if elided else []
        return regex.compile(rf"(?i)(?<!\p{{L}})(?:{'|'.join(parts) or '(?!)'})")

    return whole(data.question_words), whole(data.answer_words)


@cache
def _verdicts() -> frozenset[str]:
    """The ``verdicts`` of a fact-check column, case-folded."""
    return frozenset(w.casefold() for w in _data()[0].verdicts)


def _turns(text: str, paragraphs: Spans) -> list[_Turn]:
    """Every paragraph that opens with a label and a colon, in text order."""
    data, pattern = _data()
    questions = {w.casefold() for w in data.question_labels}
    verdicts = _verdicts()
    out: list[_Turn] = []
    for p_start, p_end in paragraphs.spans:
        m = pattern.match(text, p_start, p_end)
        if m is None:
            continue
        end = trimmed_end(text, m.end(), p_end)
        label = m.group("label")
        word = label.rstrip(".")
        if word.isupper() and len(word) > _ACRONYM_LABEL_MAX and not any(c in word for c in ". "):
            continue  # « ENTRETIEN. La ministre… »: a rubric, not a speaker
        if word.casefold() in verdicts:
            continue  # « A-t-elle menti ? ⏎ Faux. Le rapport… »: a fact-check's verdict, no speaker
        asks = label.casefold() in questions or text[end - 1] == "?"
        stop = " " not in label.strip() and "." in text[m.start("label") : m.end()].rstrip()[-1:]
        out.append(_Turn(label, m.end(), end, asks, stop))
    return _interviewer_labels(_recurring_stop_labels(out))


def _interviewer_labels(turns: list[_Turn]) -> list[_Turn]:
    """The turns with every turn of a label asking questions half the time at least read as a
    question: the interviewer's label (« Le JDD : Olivier X vous reproche… », « Regards. – Vous
    êtes sévère… ») opens prompts without a final ``?`` too, and none of them is an answer;
    unless every label asks so much (nobody's label is then known for the interviewer's)."""
    asked: dict[str, int] = {}
    counts: dict[str, int] = {}
    for t in turns:
        counts[t.label] = counts.get(t.label, 0) + 1
        asked[t.label] = asked.get(t.label, 0) + t.question
    interviewers = {label for label, n in counts.items() if asked[label] and 2 * asked[label] >= n}
    if not interviewers or len(interviewers) == len(counts):
        return turns
    return [replace(t, question=True) if t.label in interviewers and not t.question else t for t in turns]


def capitals_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a label of two words or more written in capitals that opens the line at
    ``start`` (``end``: the end of the turn's words) (« GABRIEL ATTAL. – Non. »): a name the
    gazetteer cannot read in capitals; None for another label."""
    _, pattern = _data()
    m = pattern.match(text, start, end)
    if m is None:
        return None
    label = m.group("label")
    words = label.split()
    if len(words) < 2 or not label.isupper() or "." in label:
        return None
    return m.start("label"), m.end("label")


def _recurring_stop_labels(turns: list[_Turn]) -> list[_Turn]:
    """The turns without the one-word labels ended by a stop that no other turn repeats:
    « L'Hebdo. » opening two questions is a label, « Jamais. » opening an answer is a word."""
    counts: dict[str, int] = {}
    for t in turns:
        counts[t.label] = counts.get(t.label, 0) + 1
    return [t for t in turns if not (t.stop and counts[t.label] < 2)]


def _unlabelled_answers(text: str, paragraphs: Spans, turns: Sequence[_Turn]) -> list[tuple[int, int]]:
    """Paragraphs without a label after a question (labelled, or a paragraph ending with
    ``?`` once the first labelled question is past), up to the next question: the answers of
    an interview whose labels stop after its first turns. A line without final punctuation (a
    signature, « Recueilli par … ») ends the interview."""
    labelled = {t.start: t for t in turns}
    first_question = next((t.start for t in turns if t.question), None)
    out: list[tuple[int, int]] = []
    answering = False
    for p_start, p_end in paragraphs.spans:
        start = len(text) - len(text[p_start:].lstrip()) if p_start < len(text) else p_start
        end = trimmed_end(text, start, p_end)
        if first_question is None or end <= first_question or start >= end:
            continue
        turn = next((t for at, t in labelled.items() if start <= at <= end), None)
        if turn is not None:
            answering = turn.question
            continue
        if text[end - 1] == "?":
            answering = True
        elif answering and text[end - 1] in _ANSWER_ENDS:
            out.append((start, end))
        else:
            answering = False
    return out


# The longest post (characters) a signature line gives to its author: a tweet, a short post.
_POST_MAX = 600


@cache
def _signature() -> regex.Pattern[str]:
    """The line that signs a post embedded in web copy, as its fallback text keeps it:
    ``— Name (@handle) August 14, 2026`` (a dialogue dash, the author's name, the handle in
    brackets, a date); the ``name`` group is the author's."""
    dashes = regex.escape("".join(typography().dialogue_dashes))
    return regex.compile(
        rf"[ \t]*+[{dashes}][ \t\u00a0\u202f]*+(?P<name>[^\n()@«»\"“”]{{2,80}}?)[ \t\u00a0\u202f]*+\(@\w{{1,30}}\)[^\n]{{0,60}}(?=\n|$)"
    )


def embedded_posts(text: str, kept: Sequence[Candidate]) -> list[Candidate]:
    """Posts embedded in web copy (a tweet as its fallback text) that a sentence of the writer
    introduces with a colon: the line right before a signature line (``— Name (@handle)
    date``) is its author's words, a direct quote; none where that line ends with a colon
    itself (an introduction) or holds a quotation already, nor where no colon introduces it."""
    if "(@" not in text:
        return []
    taken = [c.marks or (c.start, c.end) for c in kept]
    out: list[Candidate] = []
    at = text.find("(@")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if _signature().match(text, line) is not None:
            end = line
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = text.rfind("\n", 0, end) + 1
            while start < end and text[start] in " \t\u00a0\u202f":
                start += 1
            if (0 < end - start <= _POST_MAX and text[end - 1] != ":" and _introduced(text, start)
                    and not any(s < end and e > start for s, e in taken)):
                out.append(Candidate(start, end, Kind.DIRECT, "direct-embed", 0.75, (start, end)))
        nl = text.find("\n", at)
        at = text.find("(@", nl) if nl >= 0 else -1
    return out


# What a post's own line holds besides its words in marks when the post is its author's own
# words: hashtags, handles and links (``#manif``, ``@jroux``, ``pic.twitter.com/AbC``).
_POST_TAG = regex.compile(r"[#@]\w++|[^\s/]*+/\S*+")


def posted_marks(text: str, dropped: Sequence[tuple[MarkedSpan, str]]) -> list[Candidate]:
    """Marks on the line of a post embedded in web copy, right before its signature line
    (``— Name (@handle) date``), that detection dropped as a short line's headline: the post's
    quotation, direct. Rule ``direct-post`` when the line holds nothing but the marks, hashtags
    and links (the author's own words, given to the signature's name); ``direct-post-quoted``
    when the author's words introduce them (« À la gare : « … » »: someone the post quotes)."""
    out: list[Candidate] = []
    for s, rule in dropped:
        if rule != "not-headline" or s.depth > 0:
            continue
        line = text.rfind("\n", 0, s.open_start) + 1
        end = text.find("\n", s.close_end)
        if end < 0 or "\n" in text[s.open_start : s.close_end] or signature_name(text, s.close_end) is None:
            continue
        if end - line > _POST_MAX or "(@" in text[line:end]:
            continue
        rest = _POST_TAG.sub("", text[line : s.open_start] + " " + text[s.close_end : end])
        own = not any(ch.isalnum() for ch in rest)
        out.append(Candidate(s.inner_start, s.inner_end, Kind.DIRECT, "direct-post" if own else "direct-post-quoted",
                             0.75, (s.open_start, s.close_end), 0, list(s.repairs)))
    return out


class _SpanIndex:
    """Marked spans sorted by start, with the furthest end reached by each prefix: whether some
    span overlaps a stretch, in logarithmic time."""

    def __init__(self, marked: Sequence[MarkedSpan]) -> None:
        pairs = sorted((m.open_start, m.close_end) for m in marked)
        self.starts = [a for a, _ in pairs]
        self.reach: list[int] = []
        far = -1
        for _, b in pairs:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


# A colon opening an utterance: the colon, spaces, a capital (``sur Twitter: Le gouvernement``).
_COLON_CAPITAL = regex.compile(r":[ \u00a0\u202f]++(?=\p{Lu})")
# Fewest words from the colon to a lone closing mark read as a quotation whose opening mark was lost.
_UNOPENED_MIN_WORDS = 4
_UNOPENED_WORD = regex.compile(r"\w++")


def unopened_quotes(text: str, paragraphs: Spans, marked: Sequence[MarkedSpan], cues: Sequence[CueLike]) -> list[Candidate]:
    """``Le Premier ministre s'est exprimé sur Twitter: Le gouvernement regrette … des résidents"⏎``:
    a closing mark ending a paragraph, paired with none, where the paragraph holds no other mark
    of its family, after a colon and a capital, that colon right after a reporting cue's clause
    or a channel (``sur Twitter``, ``dans un communiqué``): the opening mark was lost after the
    colon, the words from the colon to the mark a direct quote (``direct-unopened``)."""
    closing = closing_marks()
    closes: set[int] | None = None
    spans: _SpanIndex | None = None
    cue_starts = [c.start for c in cues]
    out: list[Candidate] = []
    for p_start, p_end in paragraphs.spans:
        end = trimmed_end(text, p_start, p_end)
        if end <= p_start or text[end - 1] not in closing:
            continue  # the common case: a paragraph that ends with no closing mark
        if closes is None:
            closes = {m.close_end for m in marked}
        if end in closes:
            continue
        mark = text[end - 1]
        family = next(f for f in typography().families if any(mark in c for c in f.close))
        body = text[p_start : end - 1]
        if any(ch in body for m in (*family.open, *family.close) for ch in m):
            continue  # another mark of its family in the paragraph: no lone mark
        if spans is None:
            spans = _SpanIndex(marked)
        if spans.overlaps(p_start, end):
            continue
        colon = _COLON_CAPITAL.search(text, p_start, end - 1)
        if colon is None or len(_UNOPENED_WORD.findall(text, colon.end(), end - 1)) < _UNOPENED_MIN_WORDS:
            continue
        clause = max(p_start, text.rfind(". ", p_start, colon.start()) + 2)
        cue = next((i for i in range(bisect.bisect_left(cue_starts, colon.start()) - 1, -1, -1)
                    if cues[i].start < clause or cues[i].end <= colon.start()), None)
        if cue is not None and cues[cue].start < clause:
            cue = None
        channel = channel_end(text, clause, colon.start())
        if cue is None and (channel is None or text[channel : colon.start()].strip()):
            continue
        out.append(Candidate(colon.end(), end - 1, Kind.DIRECT, "direct-unopened", 0.7, (colon.start(), end), cue=cue))
    return out


def _introduced(text: str, start: int) -> bool:
    """Whether the line before the one opening at ``start`` ends with a colon, the writer's
    sentence introducing the post (« Le maire a réagi sur X : »); a post shown with no such
    sentence illustrates the text (a live blog's embedded tweets), nobody quoted."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] == ":"


def signature_name(text: str, end: int) -> tuple[int, int] | None:
    """The span of the author's name on the signature line right after a post ending at ``end``
    (see :func:`embedded_posts`), else None."""
    line = text.find("\n", end)
    if line < 0:
        return None
    while line + 1 < len(text) and text[line + 1] == "\n":
        line += 1  # blank lines between the post and its signature
    m = _signature().match(text, line + 1)
    return m.span("name") if m is not None else None
