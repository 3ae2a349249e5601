"""The channel a statement went through, when its sentence names one.

``« … », a indiqué le Kremlin dans un communiqué`` → ``communiqué``; ``a tweeté`` or
``sur Twitter`` → ``réseau social``; ``dans un entretien au Monde`` → ``entretien (Le Monde)``
when the registry knows the outlet. Forms live in ``data/channels.json``.

>>> text = "« Non », a dit le ministre dans un entretien téléphonique."
>>> find_channel(text, 0, len(text), (2, 5))
'téléphone'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import regex

from quotetrack import lexicon
from quotetrack.classify import grammar
from quotetrack.lexicon import Record, alternation, trie_alternation


class _Channel(Record):
    channel: str
    forms: tuple[str, ...]


class _Channels(Record):
    channels: tuple[_Channel, ...]
    outlet_links: tuple[str, ...]
    outlet_articles: tuple[str, ...]
    cue_lemmas: dict[str, str]
    broadcast_links: tuple[str, ...] = ()
    broadcast_kinds: tuple[str, ...] = ()
    broadcast_channel: str | None = None
    complement_lead_ins: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Compiled:
    pattern: regex.Pattern[str]
    folded: re.Pattern[str]
    channel_of: dict[str, str]
    outlet: regex.Pattern[str]
    outlet_articles: tuple[str, ...]
    cue_lemmas: dict[str, str]
    broadcast: regex.Pattern[str]
    broadcast_kinds: frozenset[str]
    broadcast_channel: str | None
    clause: regex.Pattern[str]
    complement: regex.Pattern[str]


@cache
def _compiled() -> _Compiled:
    data: _Channels = lexicon.load("channels.json", _Channels)
    channel_of = {f.casefold().replace("’", "'"): c.channel for c in data.channels for f in c.forms}
    forms = trie_alternation(channel_of)
    pattern = regex.compile(rf"(?i){_word_start(channel_of)}(?:{forms})(?!\w)")
    # The same forms, case-sensitive, for stdlib ``re`` on case-folded text: a fast scan for
    # the places the pattern may match (see _window_hits). Its boundary holds only characters
    # that ``\w`` of ``regex`` holds too (ASCII, Latin letters, combining marks), so that it
    # never rejects a place the pattern accepts. It matches the character before a form too,
    # as a class rather than a lookbehind: ``re`` then skips in C to the characters of that
    # class and tries the forms only after them (not at every character).
    edge = r"0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f"
    folded = re.compile(rf"[^{edge}](?:{forms})(?![{edge}])")
    outlet = regex.compile(rf"(?i)\s*+(?:{alternation(list(data.outlet_links))})\s*+")
    # "a-t-il lancé sur CNN": a preposition, then a capital that may open a broadcaster's name.
    links = alternation(list(data.broadcast_links)) if data.broadcast_links else "(?!)"
    broadcast = regex.compile(rf"(?<!\w)(?i:{links})[ \u00a0]++(?=\p{{Lu}})")
    # ", tandis que": a clause of its own, whose channel is not the other clause's.
    clause = regex.compile(rf"(?i),[ \u00a0]*+(?:{alternation(list(grammar().clause_conjunctions)) or '(?!)'})(?!\w)")
    # "en conférence de presse", "lors d'un point de presse": a form after a preposition of manner or time.
    leads = alternation(data.complement_lead_ins)
    complement = regex.compile(rf"(?i)(?:(?:{leads})(?:[ \u00a0]++|(?<=['’])))?(?:{forms})(?!\w)")
    return _Compiled(pattern, folded, channel_of, outlet, data.outlet_articles, data.cue_lemmas, broadcast,
                     frozenset(data.broadcast_kinds), data.broadcast_channel, clause, complement)


def _word_start(forms: Iterable[str]) -> str:
    """The assertion a form needs before it: no word character.

    When every form starts with a word character, ``\\b(?<!\\w)`` says the same as ``(?<!\\w)``
    and the engine rejects a position inside a word faster (about 1.5x on a whole scan).
    """
    if all(_WORD_CHAR.match(f) for f in forms):
        return r"\b(?<!\w)"
    return r"(?<!\w)"


_WORD_CHAR = regex.compile(r"\w")


def channel_of_cue(lemma: str | None) -> str | None:
    """The channel a reporting verb itself implies (``tweeter`` → ``réseau social``)."""
    return _compiled().cue_lemmas.get(lemma or "")


def channel_end(text: str, start: int, end: int) -> int | None:
    """Where the last channel form named in ``text[start:end]`` ends (``dans un entretien|
    au Monde``), if any."""
    span = channel_span(text, start, end)
    return None if span is None else span[1]


def channel_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the last channel form named in ``text[start:end]`` starts and ends (``|sur
    Twitter|``), if any."""
    last = None
    for m in _compiled().pattern.finditer(text, start, end):
        last = m.span()
    return last


@cache
def _broadcast_after() -> regex.Pattern[str]:
    """Spaces, a link of ``broadcast_links``, maybe an article (of ``outlet_articles``, any case)
    and a capital: ``sur France Inter``, ``sur la RTBF``."""
    data: _Channels = lexicon.load("channels.json", _Channels)
    if not data.broadcast_links:
        return regex.compile(r"(?!)")
    articles = alternation([a.lower() for a in data.outlet_articles]) if data.outlet_articles else "(?!)"
    return regex.compile(rf"[ \u00a0\u202f]*+(?i:{alternation(list(data.broadcast_links))})[ \u00a0]++"
                         rf"(?:(?i:{articles})(?:(?<=['’])|[ \u00a0]++))?\p{{Lu}}")


def broadcast_after(text: str, pos: int) -> bool:
    """Whether a broadcaster's name after a link of ``broadcast_links`` follows ``pos`` (``»
    sur France Inter``, ``» sur la RTBF``): marks before it may hold a programme's title."""
    return _broadcast_after().match(text, pos, min(len(text), pos + 40)) is not None


def names_only_channel(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, spaces aside, is one channel form and nothing else (`` par
    courriel ``, `` par téléphone ``), maybe after one of ``complement_lead_ins`` (`` en conférence
    de presse ``): a manner complement an incise may put between its verb and its inverted subject
    (« … », a répondu par courriel le service de presse)."""
    while start < end and text[start] in " \u00a0\u202f":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f":
        end -= 1
    return start < end and _compiled().complement.fullmatch(text, start, end) is not None


def outlet_articles() -> tuple[str, ...]:
    """Articles that may open a publication's name (Le Monde, La Repubblica)."""
    return _compiled().outlet_articles


def find_channel(
    text: str,
    start: int,
    end: int,
    quote: tuple[int, int],
    outlet_of: Callable[[str], str | None] | None = None,
) -> str | None:
    """The channel named in ``text[start:end]`` outside the quoted span ``quote``, if any."""
    return ChannelIndex(text, outlet_of, start, end).for_quote(start, end, quote)


class ChannelIndex:
    """Every channel form of a text, found in one pass, then looked up per quote."""

    def __init__(
        self,
        text: str,
        outlet_of: Callable[[str], str | None] | None = None,
        start: int = 0,
        end: int | None = None,
        *,
        windows: Iterable[tuple[int, int]] | None = None,
        kind_of: Callable[[str], str | None] | None = None,
    ) -> None:
        """Index the channel forms of ``text[start:end]``, or only of the sorted ``windows``
        (the sentences that hold quotes: the rest of an article never needs a channel); with
        ``kind_of`` (a publication's kind), a broadcaster after ``broadcast_links`` too."""
        c = _compiled()
        self.text = text
        self.outlet_of = outlet_of
        spans = list(windows) if windows is not None else [(start, len(text) if end is None else end)]
        self.hits = [h for w_start, w_end in spans for h in _window_hits(c, text, w_start, w_end)]
        if outlet_of is not None and kind_of is not None and c.broadcast_channel:
            aired = [h for w_start, w_end in spans for h in _broadcast_hits(c, text, w_start, w_end, outlet_of, kind_of)]
            if aired:
                self.hits = sorted(self.hits + aired)
        self.starts = [h[0] for h in self.hits]

    def for_quote(self, start: int, end: int, quote: tuple[int, int]) -> str | None:
        """The first channel named in ``text[start:end]`` outside ``quote``."""
        k = bisect.bisect_left(self.starts, start)
        while k < len(self.hits) and self.hits[k][0] < end:
            h_start, h_end, channel = self.hits[k]
            k += 1
            if quote[0] <= h_start < quote[1]:
                continue
            lo, hi = (h_end, quote[0]) if h_end <= quote[0] else (quote[1], h_start)
            if _compiled().clause.search(self.text, lo, hi) is not None:
                continue  # "a réagi sur Twitter X, tandis que Y a salué dans un communiqué « … »"
            if channel == "entretien" and self.outlet_of is not None:
                link = _compiled().outlet.match(self.text, h_end, end)
                if link is not None:
                    outlet = self.outlet_of(self.text[link.end() : min(end, link.end() + 40)])
                    if outlet:
                        return f"{channel} ({outlet})"
            return channel
        return None


def _window_hits(c: _Compiled, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The channel forms in ``text[start:end]``, with their offsets and channels.

    ``c.pattern`` is case-insensitive, which makes its scan slow; instead the window is
    case-folded and ``c.folded`` finds where it may match, and there ``c.pattern`` decides.
    Every match of ``c.pattern`` is found so: a character matches a letter of the forms
    case-insensitively exactly when it folds to it (checked over every code point for the
    letters they use today), and the boundary of ``c.folded`` rejects nothing that
    ``c.pattern`` accepts. The fold starts one character early so that the character before a
    form is the one before it in the text (a space before the text's start); ``folded[i]``
    stands for ``text[lo + i]``.
    """
    lo = start - 1
    folded = text[lo:end].casefold() if lo >= 0 else " " + text[:end].casefold()
    if len(folded) != end - lo:  # a character folds to several ("ß" → "ss"): offsets would drift
        found = list(c.pattern.finditer(text, start, end))
    else:
        found = []
        pos = start  # where the next form may start, in the text
        while (maybe := c.folded.search(folded, pos - 1 - lo)) is not None:
            at = maybe.start() + 1 + lo  # the form starts after the character before it
            m = c.pattern.match(text, at, end)
            if m is not None:
                found.append(m)
            pos = m.end() if m is not None else at + 1  # as finditer goes on
    return [
        (m.start(), m.end(), ch)
        for m in found
        if (ch := c.channel_of.get(m.group().casefold().replace("’", "'"))) is not None
    ]


def _broadcast_hits(
    c: _Compiled, text: str, start: int, end: int, outlet_of: Callable[[str], str | None], kind_of: Callable[[str], str | None],
) -> list[tuple[int, int, str]]:
    """``sur CNN``, ``sur France Inter``: a link of ``broadcast_links`` before a publication of
    ``broadcast_kinds``, an interview on it (its name given)."""
    found = []
    for m in c.broadcast.finditer(text, start, end):
        outlet = outlet_of(text[m.end() : min(end, m.end() + 40)])
        if outlet and kind_of(outlet) in c.broadcast_kinds:
            found.append((m.start(), m.end() + len(outlet), f"{c.broadcast_channel} ({outlet})"))
    return found


# Capitalised words, or a number after one (France 3, Europe 1).
_OUTLET_NAME = regex.compile(r"\p{Lu}[\w'’\-]*+(?:\s++(?:\p{Lu}[\w'’\-]*+|\d++(?![\w\-]))){0,3}")


def outlet_finder(is_publication: Callable[[str], bool], articles: tuple[str, ...]) -> Callable[[str], str | None]:
    """A function naming the publication at the start of a string (``Monde``, ``Figaro``), if any."""

    def outlet_of(s: str) -> str | None:
        m = _OUTLET_NAME.match(s)
        if m is None:
            return None
        words = m.group().split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            for candidate in (name, *(f"{a} {name}" for a in articles)):
                if is_publication(candidate):
                    return candidate
        return None

    return outlet_of
