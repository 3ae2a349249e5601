"""The linker: for each quote of an article, the source passage it comes from and how faithfully.

Per quote, in this order (cheapest and surest first): the exact fast path (every fragment of
the quote found word for word, in order, in a source), then alignment of the few sentences
the inverted index proposes, then the cross-language scorer for foreign-language sources,
then, if asked, the semantic scorer.

>>> src = Source(id="quai", text="La France condamne cette attaque. Elle appelle au calme.")
>>> [l.fidelity for l in link("« Elle appelle au calme », dit le Quai.", src)]
['verbatim']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from quotetrack.link import resources
from quotetrack.link.align import diff, exact_chains, locate
from quotetrack.link.candidates import Prepared, SourceSet, prepare
from quotetrack.link.classify import chain as _chain
from quotetrack.link.classify import flags
from quotetrack.link.models import Alternative, DiffOp, Fidelity, Flag, Link, Source
from quotetrack.link.normalise import Tokens, fold, fragments, stem, tokenize, tokenize_spans
from quotetrack.link.settings import DEFAULT, LinkSettings
from quotetrack.models import Document, Kind, Quote, Speaker
from quotetrack.registry import Registry

__all__ = ["Linker", "as_sources", "link"]

_MARKS = "«»“”„\"‹›"
_ARTICLE_LANG = "fr"
# A run of capitalised words (a name inside a description: le porte-parole d'António Guterres).
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}\p{N}-]*+)*+")
# Straight marks too: AFP copy republished by Belgian, Swiss and Québec papers uses "…" as often as « ».
_INNER_QUOTE = regex.compile(r"«([^«»]++)»|“([^“”]++)”|\"([^\"]++)\"")


def as_sources(sources: str | Source | Iterable[str | Source]) -> list[Source]:
    """Sources from a string, a :class:`Source` or an iterable of them; strings get ids ``source-N``."""
    if isinstance(sources, str | Source):
        sources = [sources]
    try:
        items = list(sources)
    except TypeError:
        raise TypeError(f"sources must be str, Source or an iterable of them, not {type(sources).__name__}") from None
    out: list[Source] = []
    for n, s in enumerate(items, 1):
        if isinstance(s, str):
            out.append(Source(id=f"source-{n}", text=s))
        elif isinstance(s, Source):
            out.append(s)
        else:
            raise TypeError(f"source {n} must be str or Source, not {type(s).__name__}")
    ids = [s.id for s in out]
    if len(set(ids)) != len(ids):
        raise ValueError(f"source ids must be unique, got {ids}")
    return out


@dataclass(slots=True)
class _Found:
    """The best passage for one quote before it becomes a :class:`Link`."""

    fidelity: Fidelity
    source: int
    first: int
    last: int
    score: float
    method: str
    words: list[int]
    """Article word indexes compared (the quote minus incises)."""


class Linker:
    """Links articles to a fixed set of sources, prepared once.

    >>> linker = Linker([Source(id="s", text="Nous ne céderons pas.")])
    >>> linker.link("« Nous céderons », a-t-il dit.")[0].flags
    ('negation',)
    """

    def __init__(
        self,
        sources: str | Source | Iterable[str | Source] = (),
        *,
        semantic: bool = False,
        settings: LinkSettings | None = None,
        **overrides: Any,
    ) -> None:
        self.settings = (settings or DEFAULT).model_copy(update=overrides) if overrides else (settings or DEFAULT)
        self.semantic = semantic
        self.sources = as_sources(sources)
        self._set = SourceSet([prepare(s) for s in self.sources])

    def link(self, article: str | Document, sources: str | Source | Iterable[str | Source] | None = None) -> list[Link]:
        """One :class:`Link` per quote of ``article``, in text order."""
        if isinstance(article, str):
            from quotetrack import extract

            doc = extract(article)
        elif isinstance(article, Document):
            doc = article
        else:
            raise TypeError(f"article must be str or Document, not {type(article).__name__}")
        sset = self._set if sources is None else SourceSet([prepare(s) for s in as_sources(sources)])
        if not doc.quotes:
            return []
        tokens = tokenize_spans(doc.text, ((q.start, q.end) for q in doc.quotes))
        # Containers before what they hold: a quote inside another (a partial in an indirect
        # clause) prefers the source its container links to (« inacceptables » in a clause
        # restating one readout is that readout's word, whatever other text has it too).
        index = {p.source.id: k for k, p in enumerate(sset.prepared)}
        links: list[Link] = []
        open_: list[Link] = []
        for q in sorted(doc.quotes, key=lambda q: (q.start, -q.end)):
            while open_ and open_[-1].end <= q.start:
                open_.pop()
            holder = next((h for h in reversed(open_) if h.start <= q.start and q.end <= h.end and h.source_id), None)
            made = self._link_quote(doc.text, tokens, q, sset, index[holder.source_id] if holder and holder.source_id else None)
            links.append(made)
            open_.append(made)
        return sorted(links, key=lambda lk: (lk.start, lk.end))

    # -- one quote ----------------------------------------------------------------------

    def _link_quote(self, text: str, tokens: Tokens, quote: Quote, sset: SourceSet, prefer: int | None = None) -> Link:
        frags = _without_cue_incise(fragments(text, tokens, quote.start, quote.end), tokens, quote)
        words = [i for f in frags for i in f]
        base = {
            "start": quote.start,
            "end": quote.end,
            "text": text[quote.start : quote.end],
            "kind": quote.kind.value,
            "speaker": quote.speaker_name,
        }
        if not words:
            return Link(fidelity="not_found", **base)
        found, alternatives = self._search(text, tokens, quote, frags, sset, prefer)
        if found is None:
            return Link(fidelity="not_found", alternatives=alternatives, **base)
        p = sset.prepared[found.source]
        s0, s1 = p.tokens.char_span(found.first, found.last)
        return Link(
            fidelity=found.fidelity,
            source_id=p.source.id,
            source_start=s0,
            source_end=s1,
            source_text=p.source.text[s0:s1],
            score=round(min(1.0, max(0.0, found.score)), 4),
            alternatives=alternatives,
            diff=_diff(tokens, found, p),
            flags=_flags(tokens, found, p),
            method=found.method,
            **base,
        )

    def _search(
        self, text: str, tokens: Tokens, quote: Quote, frags: list[list[int]], sset: SourceSet, prefer: int | None = None
    ) -> tuple[_Found | None, tuple[Alternative, ...]]:
        cfg = self.settings
        foreign = [self._foreign(quote, p.source, text) for p in sset.prepared]
        exact = self._exact(tokens, frags, sset, foreign)
        words = [i for f in frags for i in f]
        if not exact and quote.kind == Kind.INDIRECT:
            exact = self._exact_inner(text, tokens, quote, len(words), sset, foreign)
        if exact:
            exact.sort(key=lambda f: foreign[f.source] or f.source != prefer)
            return exact[0], self._alternatives(exact[1:], sset)
        # An indirect clause made mostly of quoted words is presented as a quotation: a change
        # of its quoted words is an alteration, as an exact copy of them is a copy.
        marked = quote.kind != Kind.INDIRECT or _in_marks(text, quote.start, quote.end)
        inner = [i for f in _inner_fragments(text, tokens, quote) for i in f] if not marked else []
        if len(inner) >= cfg.inner_quote_share * len(words) > 0:
            # Its words outside the marks are the writer's (« les deux pays proposeront "…" »):
            # the quoted words alone are compared, as for an exact copy of them.
            found = self._aligned(tokens, inner, True, sset, foreign)
        else:
            found = self._aligned(tokens, words, marked, sset, foreign)
        cross = [self._cross(tokens, words, si, p, foreign[si]) for si, p in enumerate(sset.prepared) if p.lang != _ARTICLE_LANG]
        found += [f for f in cross if f is not None]
        if self.semantic and not any(f.fidelity == "altered" for f in found):
            from quotetrack.link.semantic import rescore

            found = rescore(tokens, words, found, sset, cfg.semantic_min)
        found = [f for f in found if f.fidelity != "not_found"]
        # As for copies, the author's own passages come before another voice's.
        found.sort(key=lambda f: (f.source != prefer, foreign[f.source], f.fidelity != "altered", -f.score, f.source, f.first))
        if not found:
            return None, ()
        return found[0], self._alternatives(found[1:], sset)

    def _exact(self, tokens: Tokens, frags: list[list[int]], sset: SourceSet, foreign: list[bool]) -> list[_Found]:
        """Placements where every fragment occurs word for word, in order: verbatim or trimmed."""
        keys = [[tokens.words[i] for i in f] for f in frags]
        if sum(len(k) for k in keys) < self.settings.min_exact_words:
            return []
        out = []
        for si, p in enumerate(sset.prepared):
            for chain in exact_chains(keys, p.positions, p.tokens.words):
                merged = _merge(chain)
                first, last = merged[0][0], merged[-1][1]
                # A stitched quote (pieces apart in the source) is trimmed even when its
                # pieces are whole sentences.
                whole = len(merged) == 1 and first in p.unit_starts and last in p.unit_ends
                out.append(
                    _Found("verbatim" if whole else "trimmed", si, first, last, 1.0, "exact", [i for f in frags for i in f])
                )
        # A copy attributed to someone else than the source's author still links (the
        # source may quote them), but after the author's own passages.
        # A whole-sentence placement beats the same words inside a longer sentence.
        out.sort(key=lambda f: (foreign[f.source], f.fidelity != "verbatim", f.last - f.first, f.source, f.first))
        return out

    def _exact_inner(
        self, text: str, tokens: Tokens, quote: Quote, n_words: int, sset: SourceSet, foreign: list[bool]
    ) -> list[_Found]:
        """Exact placements of the quoted words inside an indirect clause, when they make most of it.

        In « il a dit que "…", principale puissance de la région » the words outside the
        marks are the writer's: the statement is as faithful as its quoted part.
        """
        frags = _inner_fragments(text, tokens, quote)
        inside = sum(len(f) for f in frags)
        if not frags or inside < self.settings.inner_quote_share * n_words:
            return []
        return self._exact(tokens, frags, sset, foreign)

    def _aligned(
        self, tokens: Tokens, words: list[int], marked: bool, sset: SourceSet, foreign: list[bool]
    ) -> list[_Found]:
        """Candidate sentences from the index, aligned word by word, classified altered/paraphrase."""
        cfg = self.settings
        stops = resources.stopwords(_ARTICLE_LANG)
        q_words = [tokens.words[i] for i in words]
        q_stems = [stem(w, _ARTICLE_LANG) for w in q_words]
        q_content = frozenset(s for w, s in zip(q_words, q_stems, strict=True) if w not in stops)
        q_lower = frozenset(s for i, s in zip(words, q_stems, strict=True) if s in q_content and not tokens.raw[i][:1].isupper())
        out = []
        seen: set[tuple[int, int, int]] = set()
        for cand in sset.candidates(q_content, cfg.candidates, cfg.min_candidate):
            p = sset.prepared[cand.source]
            if p.lang != _ARTICLE_LANG:
                continue
            sents = p.sentences
            j = cand.sentence
            windows = [(sents[j].first, sents[j].last)]
            if len(q_words) > 0.8 * (sents[j].last - sents[j].first):
                # A quote longer than its sentence may run over into a neighbour (one next to
                # it: not over a journalist's question in between).
                before, after = sents[max(0, j - 1)], sents[min(len(sents) - 1, j + 1)]
                lo = before.first if before.last == sents[j].first else sents[j].first
                hi = after.last if after.first == sents[j].last else sents[j].last
                windows.append((lo, hi))
            best: tuple[float, int, int] | None = None
            for lo, hi in windows:
                placed = locate(q_stems, p.stems, lo, hi, stops, cfg.edge_gap)
                if placed is not None:
                    sim = Indel.normalized_similarity(q_words, p.tokens.words[placed[0] : placed[1]])
                    if best is None or sim > best[0]:
                        best = (sim, placed[0], placed[1])
            if best is None or (cand.source, best[1], best[2]) in seen:
                continue
            similarity, first, last = best
            seen.add((cand.source, first, last))
            need = cfg.foreign_speaker_min if foreign[cand.source] else 0.0
            fidelity: Fidelity = "not_found"
            if marked and q_words == p.tokens.words[first:last]:
                # The same words, too few for the exact path (« immédiate »): a copy, not a change.
                whole = first in p.unit_starts and last in p.unit_ends
                fidelity, score = ("verbatim" if whole else "trimmed"), similarity
            elif marked and similarity >= max(cfg.altered_min, need):
                fidelity, score = "altered", similarity
            else:
                # A paraphrase may reorder: its passage covers the shared content words of the
                # candidate sentence, not only the in-order ones.
                bag = [i for i in range(sents[j].first, sents[j].last) if p.content_mask[i] and p.stems[i] in q_content]
                tight = 0.0
                if bag:
                    # The source words the alignment pads at its edges for a quotation's
                    # changed words are no part of a restatement: its overlap is also
                    # measured on the span of the shared words alone.
                    tight = self._overlap(q_content, p, bag[0], bag[-1] + 1, sset)
                    first, last = min(first, bag[0]), max(last, bag[-1] + 1)
                score = self._overlap(q_content, p, first, last, sset)
                # A statement may restate neighbouring sentences at once: a neighbour joins
                # the passage when it brings words of the quote the passage lacks and the
                # overlap does not drop.
                have = {p.stems[i] for i in range(first, last)}
                a, b = first, last
                for k in (j - 1, j + 1):
                    if not 0 <= k < len(sents):
                        continue
                    near = [i for i in range(sents[k].first, sents[k].last) if p.content_mask[i] and p.stems[i] in q_content]
                    if len({p.stems[i] for i in near} - have) >= cfg.neighbour_words:
                        a, b = min(a, near[0]), max(b, near[-1] + 1)
                if (a, b) != (first, last) and (wider := self._overlap(q_content, p, a, b, sset)) >= score:
                    first, last, score = a, b, wider
                score = max(score, tight)
                shared = q_content & {p.stems[i] for i in range(first, last) if p.content_mask[i]}
                # Names say who and where: a restatement shares words of what was said, as
                # across languages (a statement on the poisoning of X is not every text naming X).
                claim = shared & q_lower
                # Another voice's one word (the ministry « préoccupé » by a law the EU's
                # declaration is « préoccupée » by) restates nothing: the full count is needed.
                words_needed = cfg.paraphrase_words if foreign[cand.source] else min(cfg.paraphrase_words, len(q_content))
                if (
                    score >= max(cfg.paraphrase_min, need)
                    and len(shared) >= words_needed
                    and len(claim) >= min(cfg.paraphrase_words, len(q_lower))
                ):
                    fidelity = "paraphrase"
                    # Words in marks that turn the source's negation or number around are
                    # a changed quotation, however few words differ besides.
                    if marked and _turned(tokens, words, p, first, last):
                        fidelity = "altered"
            out.append(_Found(fidelity, cand.source, first, last, score, "aligned", words))
        return out

    def _overlap(self, q_content: frozenset[str], p: Prepared, first: int, last: int, sset: SourceSet) -> float:
        """Weighted harmonic mean of the shares of content stems in common, the quote's side first.

        Harmonic, so that a tiny source span sharing two words with a long quote scores low.
        """
        s_content = {p.stems[i] for i in range(first, last) if p.content_mask[i]}
        if not q_content or not s_content:
            return 0.0
        shared = q_content & s_content
        if not shared:
            return 0.0
        q_cov = sum(sset.idf(s) for s in shared) / sum(sset.idf(s) for s in q_content)
        s_cov = sum(sset.idf(s) for s in shared) / sum(sset.idf(s) for s in s_content)
        return 1.0 / (0.6 / q_cov + 0.4 / s_cov)

    def _cross(self, tokens: Tokens, words: list[int], si: int, p: Prepared, foreign: bool) -> _Found | None:
        """The best sentence of a foreign-language source, as a paraphrase if it scores enough."""
        from quotetrack.link.crosslang import score_sentences

        scored = score_sentences(tokens, words, p, self.settings.cognate_ratio, self.settings.paraphrase_words)
        if not scored:
            return None
        j, score = scored[0]
        need = max(self.settings.crosslang_min, self.settings.foreign_speaker_min if foreign else 0.0)
        u = p.sentences[j]
        return _Found("paraphrase" if score >= need else "not_found", si, u.first, u.last, score, "crosslang", words)

    def _foreign(self, quote: Quote, source: Source, text: str = "") -> bool:
        """Whether the quote is attributed to someone other than the source's (known) author."""
        if source.author is None or quote.speaker is None:
            return False
        names = [quote.speaker.name]
        if quote.speaker.mention is not None:
            names.append(quote.speaker.mention.text)
        author = fold(source.author)
        if any(fuzz.token_set_ratio(fold(n), author) >= self.settings.author_match for n in names):
            return False
        if quote.speaker.entity_id is None and any(_text_noun(n) for n in names):
            # A text left unresolved (« souligne le texte », selon le communiqué) is the
            # statement the article reports: the source's own voice, also when the text is
            # read as its signatory's (« poursuit le texte » after the spokeswoman's words).
            return False
        return not _same_voice(quote.speaker, source.author, _year(source.published), text)

    def _alternatives(self, others: Sequence[_Found], sset: SourceSet) -> tuple[Alternative, ...]:
        out = []
        for f in others[: self.settings.max_alternatives]:
            p = sset.prepared[f.source]
            a, b = p.tokens.char_span(f.first, f.last)
            out.append(Alternative(source_id=p.source.id, source_start=a, source_end=b, score=round(min(1.0, f.score), 4)))
        return tuple(out)


def _same_voice(speaker: Speaker, author: str, year: int | None = None, text: str = "") -> bool:
    """Whether the registry puts the speaker and the source's author in one chain of bodies.

    A readout of the Élysée speaks for the president, a UN statement for its Secretary-General,
    a Quai d'Orsay communiqué for France: one of the two belongs (``parent``, or an office
    held when the source was published, or now when it gives no date) to the other. Two
    bodies side by side (the Élysée and the Quai) are two voices.
    """
    reg = Registry.default()
    own = _author_entity(author)
    if own is None:
        return False
    ids = [speaker.entity_id] if speaker.entity_id else []
    if not ids:
        # A description's complement names whom it serves (le porte-parole d'António Guterres).
        texts = [speaker.name] + ([speaker.mention.text] if speaker.mention is not None else [])
        ids = [e.id for t in texts for m in _NAME_RUN.finditer(t, 1) if (e := reg.lookup(m.group())) is not None]
        runs = [m.group() for t in texts for m in _NAME_RUN.finditer(t)]
        # The head of the author's name alone (le Conseil, after le Conseil de sécurité
        # in the same article) is the author named short.
        if not ids and any(_short_name(r, own, text) for r in runs):
            return True
    if not ids and speaker.role:
        # A role the article gives no country (« le chef de l'État ») is read in the author's.
        entity = reg.get(own)
        country = speaker.country or (entity.country if entity is not None else None)
        body = reg.role(speaker.role, country)
        ids = [body.id] if body is not None else []
    return any(own in _chain(reg, i, year) or i in _chain(reg, own, year) for i in ids)


@lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """Nouns for a statement's text (le communiqué, le texte), folded, from ``names.json``."""
    from quotetrack.mentions import names_data

    return frozenset(fold(w) for w in names_data()["text_nouns"])


def _text_noun(name: str) -> bool:
    """Whether a speaker's name or mention is a statement's text (*le communiqué*, *texte*)."""
    key = fold(name).strip()
    return key in _text_nouns() or key.partition(" ")[2] in _text_nouns()


@lru_cache(maxsize=256)
def _author_entity(author: str) -> str | None:
    """The registry id of a source's author, read in French or through the glossary's English.

    A body named after its parent's short name (*UN Security Council*, *EU Council*) is the
    body when the rest names it and the prefix names a body above it.
    """
    reg = Registry.default()
    found = _named(author)
    if found is not None:
        return found
    words = author.split()
    for k in range(1, len(words)):
        body, parent = _named(" ".join(words[k:])), _named(" ".join(words[:k]))
        if body is not None and parent is not None and parent in _chain(reg, body):
            return body
    return None


def _named(name: str) -> str | None:
    """The registry id of a name, as written or through the glossary's English."""
    reg = Registry.default()
    found = reg.lookup(name)
    if found is None:
        key = fold(name).strip()
        for pair in resources.glossary().pairs:
            if fold(pair.en) == key and (found := reg.lookup(pair.fr)) is not None:
                break
    return found.id if found is not None else None


def _short_name(run: str, author_id: str, text: str) -> bool:
    """Whether ``run`` is the first word of a longer name of the author that ``text`` also uses."""
    entity = Registry.default().get(author_id)
    if entity is None or " " in run.strip():
        return False
    head = fold(run).strip()
    folded = _folded(text)
    for name in (entity.name, *entity.aliases):
        key = fold(name)
        if " " in key and key.split()[0] == head and key in folded:
            return True
    return False


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return fold(text)


def _year(published: object) -> int | None:
    """The year of a source's publication date (a ``date`` or an ISO string), if it has one."""
    if published is None:
        return None
    found = regex.match(r"\d{4}", str(published))
    return int(found.group()) if found else None


def _diff(tokens: Tokens, found: _Found, p: Prepared) -> tuple[DiffOp, ...]:
    """Word operations from source to article; one ``equal`` for an exact copy, none across languages."""
    if p.lang != _ARTICLE_LANG:
        return ()
    n = len(found.words)
    if found.method == "exact" and found.last - found.first == n == found.words[-1] - found.words[0] + 1:
        a, b = tokens.starts[found.words[0]], tokens.ends[found.words[-1]]
        s0, s1 = p.tokens.char_span(found.first, found.last)
        return (DiffOp(op="equal", start=a, end=b, source_start=s0, source_end=s1, words=tokens.text[a:b], source_words=p.source.text[s0:s1]),)
    return diff(tokens, found.words, p.tokens, found.first, found.last)


def _flags(tokens: Tokens, found: _Found, p: Prepared) -> tuple[Flag, ...]:
    """Meaning-changing differences; none for an exact copy with no source word skipped."""
    if found.method == "exact" and found.last - found.first == len(found.words):
        return ()
    return flags(
        tokens,
        found.words,
        _ARTICLE_LANG,
        p.tokens,
        range(_source_from(tokens, found.words, found.first, p), found.last),
        p.lang,
        loose=found.fidelity == "paraphrase",
    )


def _turned(tokens: Tokens, words: list[int], p: Prepared, first: int, last: int) -> bool:
    """Whether the article's words change the source passage's negation or numbers."""
    lead = _source_from(tokens, words, first, p)
    found = flags(tokens, words, _ARTICLE_LANG, p.tokens, range(lead, last), p.lang)
    return "negation" in found or "number" in found


def _negated_from(first: int, p: Prepared, reach: int = 2) -> int:
    """Where the source passage starts for the flags: back over a negation right before it.

    An alignment keeps the matched words; in « ne sauraient accepter » rendered as
    « acceptent », the negation the quote dropped stands just before the passage.
    """
    negation = resources.language(p.lang).negation
    i = first
    while i > 0 and first - i < reach and i not in p.unit_starts:
        i -= 1
    lead = next((j for j in range(i, first) if p.tokens.words[j] in negation), None)
    return first if lead is None else lead


def _inner_fragments(text: str, tokens: Tokens, quote: Quote) -> list[list[int]]:
    """The word fragments of the quotation marks inside a quote's span (an indirect clause's quoted words)."""
    return [
        f
        for m in _INNER_QUOTE.finditer(text, quote.start, quote.end)
        for g in (m.lastindex or 1,)
        for f in fragments(text, tokens, m.start(g), m.end(g))
    ]


def _source_from(tokens: Tokens, words: list[int], first: int, p: Prepared, reach: int = 2) -> int:
    """Where the source passage starts for the flags: ``_negated_from``, unless the article kept that negation.

    In « de ne "ménager aucun effort" » for « ne ménagera aucun effort » the writer left the
    negation just outside the marks: it is not dropped, and the source is read from ``first``.
    """
    lead = _negated_from(first, p, reach)
    if lead == first or not words or p.lang != _ARTICLE_LANG:
        return lead
    start = tokens.starts[words[0]]
    before = tokenize(tokens.text, max(0, start - 40), start)
    negation = resources.language(_ARTICLE_LANG).negation
    k = len(before.words)
    while k > 0 and len(before.words) - k < reach:
        gap = tokens.text[before.ends[k - 1] : start if k == len(before.words) else before.starts[k]]
        if any(c in gap for c in ".!?…"):
            break
        k -= 1
        if before.words[k] in negation:
            return first
    return lead


def _without_cue_incise(frags: list[list[int]], tokens: Tokens, quote: Quote) -> list[list[int]]:
    """The quote's fragments minus an incise around its own cue (« Nous partirons, dit-il, demain »).

    The incise runs from the comma or dash before the cue to the one after it; its words
    are the writer's, and the quote's pieces on either side stay separate fragments.
    """
    cue = quote.cue
    if cue is None or not (quote.start < cue.start and cue.end < quote.end):
        return frags
    text = tokens.text
    left = max(text.rfind(c, quote.start, cue.start) for c in ",—–")
    rights = [k for k in (text.find(c, cue.end, quote.end) for c in ",—–") if k >= 0]
    if left < 0 or not rights:
        return frags
    right = min(rights)
    out: list[list[int]] = []
    for f in frags:
        before = [i for i in f if tokens.starts[i] < left]
        after = [i for i in f if tokens.starts[i] > right]
        out += [g for g in (before, after) if g]
    return out


def _merge(chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments placed end to end in the source are one passage (an incise cut, not an ellipsis)."""
    out = [chain[0]]
    for a, b in chain[1:]:
        if a == out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _in_marks(text: str, start: int, end: int) -> bool:
    """Whether a span is presented as a quotation: marks right around or at its edges."""
    before = text[max(0, start - 2) : start + 1]
    after = text[max(0, end - 1) : end + 2]
    return any(c in _MARKS for c in before) and any(c in _MARKS for c in after)


def link(
    article: str | Document,
    sources: str | Source | Iterable[str | Source],
    *,
    semantic: bool = False,
    settings: LinkSettings | None = None,
) -> list[Link]:
    """Link every quote of ``article`` to the passage of ``sources`` it comes from.

    ``article`` is a text (quotes found with :func:`quotetrack.extract`) or a
    :class:`~quotetrack.models.Document`; ``sources`` a text, a :class:`Source` or an
    iterable of them. Returns one :class:`Link` per quote, in text order.
    """
    return Linker(sources, semantic=semantic, settings=settings).link(article)
