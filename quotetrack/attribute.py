"""Stage 7 — for each quote, the cue that reports it and the mention that names its speaker.

Attribution rules are records (``data/rules.json``): an id, the geometry they match
(where the cue stands relative to the quote, which cue forms qualify, where to look for
the speaker) and a confidence. The first rule that finds a mention wins; its id, cue and
evidence are kept for :meth:`quotetrack.Quote.explain`. Users build their own rule lists
with :func:`validate_rules` (checked when made, never while matching) and pass them to
``quotetrack.extract(text, rules=...)``, alone or with :func:`builtin_rules`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

import regex
from pydantic import Field

from quotetrack import lexicon
from quotetrack.classify import Candidate, is_connector
from quotetrack.lexicon import Record, trie_alternation
from quotetrack.mentions import Mention
from quotetrack.models import Kind
from quotetrack.segment import Spans


class Rule(Record):
    """One attribution rule: where the cue stands, and where its speaker is looked for."""

    id: str
    cue: Literal["incise", "inside", "before", "after", "sentence-incise", "none"]
    """``incise``: the cue that classify saw right after the closing mark; ``before``/``after``:
    the nearest cue before/after the quote in its sentence; ``inside``: an incise within the
    quotation marks (``« …, a-t-il dit, … »``); ``sentence-incise``: a postposed
    incise ending the sentence; ``none``: no cue at all."""
    forms: tuple[str, ...] = ()
    """Cue forms the rule accepts (empty: any)."""
    speaker: Literal[
        "after-cue", "before-cue", "nearest-before-cue", "in-cue", "previous-quote", "before-colon", "nearest",
        "discourse", "sentence-subject",
    ]
    kinds: tuple[Kind, ...] = (Kind.DIRECT, Kind.PARTIAL, Kind.INDIRECT)
    detected_by: tuple[str, ...] = ()
    """Detection rule ids the quote must come from (empty: any)."""
    confidence: float = Field(ge=0.0, le=1.0)
    description: str = ""


class RuleSet(Record):
    rules: tuple[Rule, ...]


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """The rules shipped in ``data/rules.json``, in priority order."""
    rules: tuple[Rule, ...] = lexicon.load("rules.json", RuleSet).rules
    return rules


def validate_rules(records: Iterable[dict[str, Any] | Rule]) -> tuple[Rule, ...]:
    """Rules from user records; one :class:`~quotetrack.lexicon.DataError` lists every problem."""
    payload = [r.model_dump() if isinstance(r, Rule) else r for r in records]
    rules: tuple[Rule, ...] = lexicon.validate(tuple[Rule, ...], payload, origin="user rules")
    ids = [r.id for r in rules]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise lexicon.DataError(f"user rules: duplicate id(s): {', '.join(dup)}")
    return rules


@dataclass(slots=True)
class Assignment:
    """What attribution decided for one quote."""

    mention: Mention | None
    cue: Any
    rule: str
    confidence: float
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Words:
    np: regex.Pattern[str]
    pronoun_in_cue: regex.Pattern[str]
    preposition: regex.Pattern[str]
    pronouns: dict[str, dict[str, Any]]
    np_before: regex.Pattern[str]
    possessive: regex.Pattern[str]
    coordinator: regex.Pattern[str]
    relative_end: regex.Pattern[str]


@cache
def _words() -> _Words:
    raw = lexicon.read_json("names.json")
    elided = [d for d in raw["determiners"] if d.endswith("'")]
    full = [d for d in raw["determiners"] if not d.endswith("'")]
    # A full determiner needs a space after it ("sa mère", not "samedi"); an elided one none.
    dets = rf"(?:(?:{trie_alternation(full)})\s++|(?:{trie_alternation(elided)})\s*+)"
    stops = trie_alternation(raw["np_stops"])
    word = r"[\p{L}\d][\p{L}\d'’\-]*+"
    np = regex.compile(
        rf"(?i)(?<!\p{{L}}){dets}(?!(?:{stops})\b){word}"
        rf"(?:[ \u00a0]++(?!(?:{stops})(?!\p{{L}})){word}){{0,5}}"
    )
    prons = trie_alternation(p["form"] for p in raw["subject_pronouns"])
    # An inverted subject (a-t-il dit) or a pronoun closing a prepositional cue (selon lui).
    pronoun_in_cue = regex.compile(rf"(?i)(?:-(?:t-)?|\s)({prons})\b")
    preposition = regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw['prepositions'])})(?!\p{{L}})")
    pronouns = {p["form"].lower(): p for p in raw["subject_pronouns"]}
    # A determiner and up to three words ending right before the cue ("le ministère a indiqué");
    # the caller checks that it opens its clause.
    quantifiers = trie_alternation(raw["quantifiers"])
    np_before = regex.compile(
        rf"(?i)(?<![\p{{L}}'’])(?:{dets}{word}(?:[ \u00a0]++{word}){{0,2}}"
        # "certains évoquaient", "de nombreux observateurs jugent": a quantifier as subject.
        rf"|(?:{quantifiers})(?:[ \u00a0]++{word}){{0,2}})[ \u00a0]*+$"
    )
    possessive = regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw['possessives'])})(?!\p{{L}})")
    coordinator = regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(raw['coordinators'])})(?!\p{{L}})")
    # A clause opened by que/qu'/qui ("un scandale que les marcheurs qualifieront…").
    relative_end = regex.compile(r"(?i)(?<!\p{L})(?:que|qui|qu['’])$")
    return _Words(np, pronoun_in_cue, preposition, pronouns, np_before, possessive, coordinator, relative_end)


def _ends_clause(text: str, end: int, s_end: int) -> bool:
    """A noun phrase that runs to a comma, the sentence end, or a closing bracket."""
    rest = text[end : min(s_end, end + 2)].lstrip(" \u00a0\u202f")
    return end >= s_end or not rest or rest[0] in ",.;:!?)»\"”"


_GAP_WORD = regex.compile(r"\w+")
# Words allowed between a subject and its verb (adverbs, clitics: "a ainsi dit", "l'a").
_SUBJECT_GAP_WORDS = 3
# How far before a cue a noun-phrase subject is looked for (characters).
_NP_BEFORE_REACH = 60
# How far before and after a quote its cue and speaker are looked for (characters).
_REACH = 600
# How far after a cue its postposed subject may start (characters).
_SUBJECT_WINDOW = 70
# How far after a cue the comma closing a description may stand ("a dit le porte-parole du
# ministère iranien, Bahram X").
_DESCRIPTION_REACH = 110


class Attributor:
    """Applies the rules to the quotes of one document."""

    def __init__(
        self,
        text: str,
        cues: Sequence[Any],
        mentions: Sequence[Mention],
        sentences: Spans,
        quotes: Sequence[Candidate],
        rules: Sequence[Rule],
    ) -> None:
        self.text = text
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.mentions = list(mentions)
        self.m_starts = [m.start for m in mentions]
        self.sentences = sentences
        self.rules = rules
        marked = [q.marks for q in quotes if q.marks is not None]
        self.marked = sorted(marked)
        self.marked_starts = [s for s, _ in self.marked]
        # _opening_np answers by (pos, limit): _after asks the same twice for each cue.
        self._opening: dict[tuple[int, int], regex.Match[str] | None] = {}

    def assign(self, q: Candidate, previous: Assignment | None) -> Assignment:
        """The first rule that finds a speaker mention for ``q``."""
        sent = self.sentences.at(q.start) or (q.start, q.end)
        # Rules look within reach of the quote only, whatever the sentence's length.
        s_start = max(sent[0], q.start - _REACH)
        s_end = min(max(sent[1], q.end), q.end + _REACH)
        for rule in self.rules:
            if q.kind not in rule.kinds or (rule.detected_by and q.rule not in rule.detected_by):
                continue
            cue = self._cue(rule, q, s_start, s_end)
            if cue is None and rule.cue != "none":
                continue
            if cue is not None and rule.forms and cue.form not in rule.forms:
                continue
            mention = self._speaker(rule, q, cue, s_start, s_end, previous)
            if mention is None:
                continue
            evidence = [(mention.start, mention.end)] if mention.end > mention.start else []
            evidence += [(cue.start, cue.end)] if cue is not None else []
            return Assignment(mention, cue, rule.id, rule.confidence, evidence)
        return Assignment(None, self._cue_any(q, s_start, s_end), "unattributed", 0.0)

    # -- where is the cue --------------------------------------------------------------
    def _cue(self, rule: Rule, q: Candidate, s_start: int, s_end: int) -> Any:
        if rule.cue == "none":
            return None
        if rule.cue == "incise":
            return self.cues[q.cue] if q.cue is not None and self.cues[q.cue].start >= q.end else None
        if rule.cue == "sentence-incise":
            return self._sentence_incise(q, s_start, s_end)
        if rule.cue == "inside":
            return self._inside_incise(q)
        if rule.cue == "before":
            if q.kind == Kind.INDIRECT and q.cue is not None:
                c = self.cues[q.cue]
                return c if c.end <= q.start + 1 else None
            k = bisect.bisect_left(self.cue_starts, q.start) - 1
            while k >= 0 and self.cues[k].start >= s_start:
                if not self._in_marks(self.cues[k].start):
                    return self.cues[k]
                k -= 1
            return None
        k = bisect.bisect_left(self.cue_starts, q.end)
        while k < len(self.cues) and self.cues[k].start < s_end:
            if not self._in_marks(self.cues[k].start):
                return self.cues[k]
            k += 1
        return None

    def _sentence_incise(self, q: Candidate, s_start: int, s_end: int) -> Any:
        """A cue after a comma, after the quote, whose clause runs to the sentence end."""
        k = bisect.bisect_left(self.cue_starts, q.end)
        while k < len(self.cues) and self.cues[k].start < s_end:
            c = self.cues[k]
            before = self.text[max(s_start, c.start - 3) : c.start]
            if "," in before and c.form in ("finite", "inverted") and not self._in_marks(c.start):
                return c
            k += 1
        return None

    def _inside_incise(self, q: Candidate) -> Any:
        """A cue set off by a comma inside the quotation marks: « …, a-t-il dit, … »."""
        k = bisect.bisect_left(self.cue_starts, q.start)
        while k < len(self.cues) and self.cues[k].end <= q.end:
            c = self.cues[k]
            if "," in self.text[max(q.start, c.start - 3) : c.start]:
                return c
            k += 1
        return None

    def _cue_any(self, q: Candidate, s_start: int, s_end: int) -> Any:
        if q.cue is not None:
            return self.cues[q.cue]
        k = bisect.bisect_left(self.cue_starts, s_start)
        return self.cues[k] if k < len(self.cues) and self.cues[k].start < s_end else None

    def _in_marks(self, pos: int) -> bool:
        k = bisect.bisect_right(self.marked_starts, pos) - 1
        return k >= 0 and self.marked[k][0] < pos < self.marked[k][1]

    # -- where is the speaker ------------------------------------------------------------
    def _speaker(
        self, rule: Rule, q: Candidate, cue: Any, s_start: int, s_end: int, previous: Assignment | None
    ) -> Mention | None:
        where = rule.speaker
        if where == "in-cue":
            return self._pronoun_in_cue(cue) or (self._after(cue.end, s_end, allow_prep=True) if self._impersonal(cue) else None)
        if where == "after-cue":
            prep = cue.form == "preposition" or self._impersonal(cue)
            return self._pronoun_in_cue(cue) or self._after(cue.end, s_end, allow_prep=prep)
        if where == "before-cue":
            # A gerund ("…, rappelant que") shares the subject of the main clause, not the
            # words just before its comma.
            return self._subject(cue.start, s_start, exclude=(q.start, q.end), adjacent=cue.form != "gerund")
        if where == "nearest-before-cue":
            return self._before(cue.start, s_start, exclude=(q.start, q.end))
        if where == "before-colon":
            colon = self.text.rfind(":", s_start, q.start)
            return self._before(colon, s_start, exclude=(q.start, q.end)) if colon >= 0 else None
        if where == "previous-quote":
            return previous.mention if previous is not None else None
        if where == "sentence-subject":
            return self._subject(q.start, s_start, exclude=(q.start, q.end))
        if where == "discourse":
            # Resolved later against the document's focus: the last speaker or subject named.
            return Mention(q.start, q.start, "", "discourse", head_start=q.start)
        return self._before(q.start, s_start, exclude=(q.start, q.end)) or self._after(q.end, s_end)

    def _impersonal(self, cue: Any) -> bool:
        """An inversion with the impersonal pronoun (souligne-t-on de source diplomatique)."""
        pronoun = (getattr(cue, "subject_pronoun", "") or "").lower()
        return cue.form == "inverted" and bool(_words().pronouns.get(pronoun, {}).get("indefinite"))

    def _pronoun_in_cue(self, cue: Any) -> Mention | None:
        w = _words()
        owner = w.possessive.search(self.text, cue.start, cue.end) if cue.form == "preposition" else None
        if owner is not None:  # "à ses yeux", "à son avis": whose eyes, whose opinion
            return Mention(owner.start(), owner.end(), owner.group(), "pronoun", head_start=owner.start())
        m = w.pronoun_in_cue.search(self.text, cue.start, cue.end)
        if m is None or (m.group()[0] != "-" and m.end() != cue.end):
            return None  # a bare pronoun counts only as the last word of the cue ("selon lui")
        form = m.group(1)
        info = _words().pronouns.get(form.lower())
        if info is None or info.get("indefinite"):
            return None  # "souligne-t-on": nobody in particular
        return Mention(m.start(1), m.end(1), form, "pronoun", gender=info.get("gender"),
                       number=info.get("number", "sg"), head_start=m.start(1))

    def _after(self, pos: int, s_end: int, *, allow_prep: bool = False) -> Mention | None:
        """The subject after a cue: the first mention, or a noun phrase that ends the clause."""
        limit = min(s_end, pos + _SUBJECT_WINDOW)
        named = self._name_after_description(pos, s_end)
        if named is not None:
            return named
        np = self._np_after(pos, limit, s_end)
        k = bisect.bisect_left(self.m_starts, pos)
        first = True
        while k < len(self.mentions) and self.mentions[k].start < limit:
            m = self.mentions[k]
            if (allow_prep and first or not m.after_preposition) and not self._in_marks(m.start):
                if np is not None and np.end() <= m.start:
                    break  # "a poursuivi la porte-parole, puis …": the noun phrase comes first
                return self._apposed_name(m)
            first = False
            k += 1
        return self._apposed_name(self._np_mention(np)) if np is not None else None

    def _name_after_description(self, pos: int, s_end: int) -> Mention | None:
        """``a réagi un porte-parole du ministère iranien, Bahram X.``: a description opening
        right after the cue, however long, whose comma gives way to a full name ending the clause."""
        np = self._opening_np(pos, min(s_end, pos + _SUBJECT_WINDOW))
        if np is None:
            return None
        comma = self.text.find(",", np.start(), min(s_end, np.start() + _DESCRIPTION_REACH))
        if comma < 0:
            return None
        k = bisect.bisect_left(self.m_starts, comma)
        if k >= len(self.mentions):
            return None
        n = self.mentions[k]
        if n.kind != "name" or n.start - comma > 3 or self.text[comma + 1 : n.start].strip() or " " not in n.text:
            return None
        rest = self.text[n.end : min(s_end, n.end + 2)].lstrip(" \u00a0")
        return n if n.end >= s_end or not rest or rest[0] in ",.;:!?()" else None

    def _np_after(self, pos: int, limit: int, s_end: int) -> regex.Match[str] | None:
        """A noun phrase right after a cue (a short adverbial may come first) ending its clause."""
        np = self._opening_np(pos, limit)
        return np if np is not None and _ends_clause(self.text, np.end(), s_end) else None

    def _opening_np(self, pos: int, limit: int) -> regex.Match[str] | None:
        """A noun phrase opening at ``pos``, after at most a short adverbial (``mardi soir``)."""
        key = (pos, limit)
        if key not in self._opening:
            self._opening[key] = self._find_opening_np(pos, limit)
        return self._opening[key]

    def _find_opening_np(self, pos: int, limit: int) -> regex.Match[str] | None:
        w = _words()
        np = w.np.search(self.text, pos, limit)
        if np is None or self._in_marks(np.start()):
            return None
        gap = self.text[pos : np.start()]
        if len(_GAP_WORD.findall(gap)) > 2 or w.preposition.search(gap):
            return None
        return np

    def _np_mention(self, np: regex.Match[str]) -> Mention:
        """An unknown noun phrase (``l'expert européen``): kept as a role-like mention."""
        k = bisect.bisect_left(self.m_starts, np.start())
        end = np.end()
        if k < len(self.mentions) and self.mentions[k].start < end:
            end = max(end, self.mentions[k].end)
        text = self.text[np.start() : end].rstrip(" ,.")
        return Mention(np.start(), np.start() + len(text), text, "np", head_start=np.start())

    def _subject(self, pos: int, s_start: int, exclude: tuple[int, int], *, adjacent: bool = True) -> Mention | None:
        """The subject of a cue: the mention right before it (``le Quai d'Orsay déplore``), else
        the first mention of its sentence not governed by a preposition."""
        k = bisect.bisect_left(self.m_starts, pos) - 1 if adjacent else -1
        while k >= 0 and self.mentions[k].parenthetical:
            k -= 1
        if k >= 0 and self.mentions[k].start >= s_start:
            m = self.mentions[k]
            gap = self.text[m.end : pos].split(")")[-1] if ")" in self.text[m.end : pos] else self.text[m.end : pos]
            # No clause boundary between them, except the comma closing an apposition
            # ("le ministre, Matteo Salvini, réagit").
            comma_ok = "," not in gap or gap.strip(" \u00a0\u202f") == ","
            # "La France a reçu Angela Merkel et a estimé": a second verb shares the first one's subject.
            coordinated = _words().coordinator.search(gap) is not None
            if (not m.after_preposition and comma_ok and not coordinated
                    and len(_GAP_WORD.findall(gap)) <= _SUBJECT_GAP_WORDS
                    and not (exclude[0] <= m.start < exclude[1]) and not self._in_marks(m.start)):
                return m
        k = bisect.bisect_left(self.m_starts, s_start)
        while k < len(self.mentions) and self.mentions[k].start < pos:
            m = self.mentions[k]
            if (not m.after_preposition and not m.parenthetical and not (exclude[0] <= m.start < exclude[1])
                    and not self._in_marks(m.start)):
                return self._apposed_name(m)
            k += 1
        return self._before(pos, s_start, exclude) or self._np_before(pos, s_start)

    def _np_before(self, pos: int, s_start: int) -> Mention | None:
        """``le ministère a indiqué``: a noun phrase right before the cue, when no mention is."""
        lo = max(s_start, pos - _NP_BEFORE_REACH)
        m = _words().np_before.search(self.text, lo, pos)
        if m is None or self._in_marks(m.start()):
            return None
        lead = self.text[s_start : m.start()].rstrip()
        opens_clause = not lead or lead[-1] in ",;:" or _words().relative_end.search(lead) or is_connector(lead)
        if not opens_clause:
            return None  # not opening its clause (or a relative one): an object, not the subject
        return self._np_mention(m)

    def _apposed_name(self, m: Mention) -> Mention:
        """``le gouverneur de l'île, Ricardo Rossello``: a description's name, when it follows."""
        if m.kind not in ("role", "np", "anonymous"):
            return m
        k = bisect.bisect_right(self.m_starts, m.start)
        if k < len(self.mentions):
            n = self.mentions[k]
            if n.kind == "name" and self.text[m.end : n.start].strip(" ,\u00a0") == "" and n.start - m.end <= 3:
                return n
        return m

    def _before(self, pos: int, s_start: int, exclude: tuple[int, int]) -> Mention | None:
        k = bisect.bisect_left(self.m_starts, pos) - 1
        fallback = None
        while k >= 0 and self.mentions[k].start >= s_start:
            m = self.mentions[k]
            inside = exclude[0] <= m.start < exclude[1] or self._in_marks(m.start)
            if not inside:
                if not m.after_preposition:
                    return m
                fallback = fallback or None
            k -= 1
        return fallback
