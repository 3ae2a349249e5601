"""Plural noun phrases a plural pronoun takes back.

``Les syndicats de cheminots ont rejeté la proposition. « … », ont-ils prévenu``: *ils* is the
unions, not the last person named. :class:`PluralPhrases` finds, in a stretch of text, the
noun phrases that open with a plural determiner (``names.json`` ``plural_determiners``) and
ends each where its verb group starts: an auxiliary, a negation or reflexive pronoun, a word
with a third-person plural ending (``conjugation.json``) that no complement link introduces,
a stop word, or punctuation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from quotetrack import cues
from quotetrack.lexicon import ending_with, words_then_space
from quotetrack.mentions import names_data

# Most words a plural noun phrase holds after its determiner (« les représentants des syndicats de cheminots »).
_MAX_WORDS = 6
# Characters before a phrase read for a preposition (« auprès »).
_PREPOSITION_REACH = 10
_WORD = regex.compile(r"\S++")
# The spaces of a noun phrase (a line break ends it).
_SPACE = r"[ \u00a0]"


@dataclass(frozen=True, slots=True)
class PluralPhrase:
    """A plural noun phrase: ``text[start:end]``, opening with its determiner."""

    start: int
    end: int
    head: int
    """Where the word after the determiner starts."""
    definite: bool
    """Opened by a definite determiner (``les``, ``ces``, ``leurs``): one that points back."""
    governed: bool
    """A preposition stands right before it (``aux yeux des manifestants``)."""


@dataclass(frozen=True, slots=True)
class PluralPhrases:
    """The plural noun phrases of a text (see the module)."""

    pattern: regex.Pattern[str]
    definite: frozenset[str]
    stops: frozenset[str]
    links: frozenset[str]
    endings: tuple[str, ...]
    preposition_before: regex.Pattern[str]
    trailing: frozenset[str]
    """Small words a noun phrase never ends with (articles, object pronouns)."""

    def _kept(self, det: str, words: list[str]) -> int:
        """How many of ``words`` (lower case) after ``det`` belong to the noun phrase: up to its
        verb group, without the small words (an article, a clitic) it ends with."""
        kept, previous = 0, det
        for word in words:
            if word in self.stops or (kept and previous not in self.links and word.endswith(self.endings)):
                break
            kept, previous = kept + 1, word
        while kept and words[kept - 1] in self.trailing:
            kept -= 1
        return kept

    def find(self, text: str, lo: int, hi: int) -> list[PluralPhrase]:
        """The plural noun phrases in ``text[lo:hi]``, in order."""
        out = []
        pos = lo
        while (m := self.pattern.search(text, pos, hi)) is not None:
            words = list(_WORD.finditer(m.group("rest")))
            det = _fold_space(m.group("det")).lower()
            kept = self._kept(det, [w.group().lower() for w in words])
            # The next phrase may start in the words this one did not keep (« … et pour ces juges »).
            pos = m.start("rest") + (words[kept - 1].end() if kept else 0)
            if kept == 0:
                continue
            governed = self.preposition_before.search(text, max(0, m.start() - _PREPOSITION_REACH), m.start()) is not None
            out.append(PluralPhrase(m.start(), m.start("rest") + words[kept - 1].end(), m.start("rest"),
                                    det in self.definite, governed))
        return out


def _fold_space(s: str) -> str:
    """``s`` with each run of white space as one space, none at its ends."""
    return " ".join(s.split())


@cache
def plural_phrases() -> PluralPhrases:
    """The :class:`PluralPhrases` of the package's data, built once."""
    raw = names_data()
    dets = raw["plural_determiners"]
    definite, indefinite = dets["definite"], dets["indefinite"]
    word = r"[\p{L}\d][\p{L}\d'’\-]*+"
    det = words_then_space([*definite, *indefinite], _SPACE)
    # « Plus de 700 salariés »: a figure after a word of number stands for the determiner.
    figure = rf"{words_then_space(raw.get('number_openers', ()), _SPACE)}\d++(?:[{_SPACE[1:-1]}\u202f]\d{{3}})*+{_SPACE}++(?=\p{{Ll}})"
    pattern = regex.compile(
        rf"(?i)(?<![\p{{L}}'’])(?P<det>{det}|{figure})"
        rf"(?P<rest>{word}(?:{_SPACE}++{word}){{0,{_MAX_WORDS - 1}}})"
    )
    endings = sorted(cues.verb_endings_plural(), key=len)
    minimal = tuple(e for i, e in enumerate(endings) if not any(e.endswith(x) for x in endings[:i]))
    stops = frozenset(w.lower() for w in (*raw["np_stops"], *raw["prepositions"], *cues.verb_words(),
                                          *(p["form"] for p in raw["subject_pronouns"])))
    links = frozenset(link.split()[0] for link in raw["complement_links"])
    trailing = frozenset(w.lower() for w in (*raw["articles"], *links, *cues.clitics()))
    return PluralPhrases(pattern, frozenset(definite), stops - links, links, minimal,
                         ending_with(raw["prepositions"]), trailing)
