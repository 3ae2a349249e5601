"""The pipeline wired together: text in, :class:`~quotetrack.models.Document` out.

(markup →) segment → marks → cues → classify (and interview turns) → mentions → indirect → attribute → resolve (and round-up entries) → channel
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

from quotetrack import (
    attribute,
    channel,
    classify,
    cues,
    fold,
    indirect,
    interview,
    marks,
    markup,
    mentions,
    resolve,
    segment,
)
from quotetrack.lexicon import Record
from quotetrack.models import Attribution, Cue, Document, Kind, Quote, Repair, Span, Speaker
from quotetrack.registry import Registry

_SpanT = TypeVar("_SpanT", mentions.Mention, classify.Candidate)


class Config(Record):
    """Options for :func:`extract`; every field has a documented default."""

    indirect: bool = True
    """Detect reported speech without quotation marks."""
    attribute: bool = True
    """Attribute quotes to speakers."""
    markup: Literal["auto", "html", "text"] = "auto"
    """``html``: read ``text`` as HTML (tags out, entities decoded, offsets still into ``text``);
    ``text``: never; ``auto``: as HTML when it holds tags or entities."""
    year: int | None = None
    """The year the article was published (``published.year``): a role the registry knows
    (*le président brésilien*) is bound to the one holder of its office that year. ``None``:
    the year of a dateline near the top of the text (``BRASILIA, 18 mars 2020 (AFP) -``), if any."""


def extract(
    text: str,
    *,
    config: Config | None = None,
    registry: Registry | None = None,
    rules: Sequence[attribute.Rule] | None = None,
) -> Document:
    """Find every quotation in ``text`` and attribute it to its speaker.

    ``registry`` replaces the built-in entities (build one with
    ``Registry.default().with_entities([...])``); ``rules`` replaces the built-in
    attribution rules (``attribute.validate_rules([...])``, alone or with ``builtin_rules()``).
    Raises :class:`TypeError` for a non-``str`` and :class:`ValueError` for text that is not
    valid Unicode (a lone surrogate); an empty text gives an empty :class:`Document`.

    >>> doc = extract("« Nous partirons demain », a déclaré le ministre.")
    >>> [(q.kind.value, q.text) for q in doc.quotes]
    [('direct', 'Nous partirons demain')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    _check_unicode(text)
    config = config or Config()
    registry = registry if registry is not None else Registry.default()
    with _collector_paused():
        if config.markup == "html" or (config.markup == "auto" and markup.looks_like_html(text)):
            return _extract_markup(text, config, registry, rules)
        folded = fold.fold(text)
        doc = _extract(folded, config, registry, rules)
        return doc if folded is text else _unfolded(doc, text)


def _unfolded(doc: Document, text: str) -> Document:
    """``doc``, found in the folded copy of ``text``, with every span's text read from ``text``.
    Same length, same offsets: only a quote with a folded character inside one of its spans
    (its words, cue, speaker's mention, evidence) is made again."""
    at = fold.folded_at(text)
    same = markup.identity(len(text))

    def touched(start: int, end: int) -> bool:
        return bisect.bisect_left(at, start) < bisect.bisect_left(at, end)

    quotes = []
    for q in doc.quotes:
        spans = [(q.start, q.end)]
        if q.cue is not None:
            spans.append((q.cue.start, q.cue.end))
        if q.speaker is not None and q.speaker.mention is not None:
            spans.append((q.speaker.mention.start, q.speaker.mention.end))
        if q.attribution is not None:
            spans += [(e.start, e.end) for e in q.attribution.evidence]
        if any(touched(s, e) for s, e in spans):
            q = Quote.model_validate(markup.remap(q.model_dump(mode="json"), text, same))
        quotes.append(q)
    return Document(text=text, quotes=tuple(quotes), meta=doc.meta)


def _extract_markup(text: str, config: Config, registry: Registry, rules: Sequence[attribute.Rule] | None) -> Document:
    """:func:`_extract` on the plain, folded copy of an HTML text, every offset mapped back to ``text``."""
    plain, offsets = markup.to_plain(text)
    doc = _extract(fold.fold(plain), config, registry, rules)
    dumped = markup.map_back(doc.model_dump(mode="json"), text, offsets)
    dumped["meta"] = {**dumped.get("meta", {}), "markup": "html"}
    return Document.model_validate(dumped)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs) for the block, and restore it after.

    Its passes rescan every live object: on a 1 MB text they made the cost grow faster than
    the length, and at article size they cost ~3% of an extraction. What extraction builds
    holds no cycles, so nothing is left for the collector meanwhile."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(text: str, config: Config, registry: Registry, rules: Sequence[attribute.Rule] | None) -> Document:
    """The stages of :func:`extract` on a checked text."""
    paras = segment.Spans(segment.paragraphs(text))
    found_cues = _not_in_titles(text, cues.find_cues(text), registry)
    marked = classify.split_before_quotation(text, marks.find_marked(text), found_cues, interview.person_words()[1])
    marked = classify.split_at_new_speaker(text, marked, found_cues)
    sents = segment.Spans(
        segment.sentences(text, [(m.open_start, m.close_end) for m in marked if m.depth == 0], paras.spans)
    )
    kept, dropped = classify.classify(text, marked, sents, paras, found_cues, registry.is_publication)
    closed = {c.marks[0]: c.marks[1] for c in kept
              if c.repairs and c.marks is not None and c.repairs[-1][0] == "closed_before_incise"}
    if any(rule == "not-label-open" for _, rule in dropped):
        # "Alors que les «gilets jaunes s'étaient donné rendez-vous…. Selon X, …": marks that
        # hold a label alone, their closing mark lost; the sentences after it are the writer's.
        closed.update((span.open_start, span.inner_start) for span, rule in dropped if rule == "not-label-open")
    if closed:
        # "«Nous demandons…, a réclamé X, président de Y. Selon lui, …": a quotation left open,
        # closed before its incise; the sentences after it are the writer's again.
        sents = segment.Spans(segment.sentences(
            text, [(m.open_start, closed.get(m.open_start, m.close_end)) for m in marked if m.depth == 0], paras.spans))
    repeats = {s.open_start: s.close_end for s, rule in dropped if rule == "not-headline-repeat"}
    kept += interview.unopened_quotes(text, paras, marked, found_cues)
    quoted = len(kept)
    dash_turns = classify.dialogue_turns(text, paras, marks.typography().dialogue_dashes, kept, found_cues)
    if any(t.marks is not None and interview.labelled(text, t.marks[0], t.end) for t in dash_turns) \
            and interview.labelled_layout(text, paras):
        # "— Paris Match : Vous… ? / — Charlène X : Oui.": labelled turns behind dashes are an
        # interview's; its layout gives the answers their label's speaker, the questions none.
        dash_turns = [t for t in dash_turns if t.marks is None or not interview.labelled(text, t.marks[0], t.end)]
    kept += interview.without_questions(text, dash_turns)
    answers = interview.interview_turns(text, paras, kept)
    # The turns found without marks (dialogue turns, answers): dropping the quotations nested in
    # the answers shifts the list, so they are kept by identity.
    turns = [*kept[quoted:], *answers]
    if answers:
        kept = [*interview.without_nested(kept, answers), *answers]
        still = {id(c) for c in kept}
        turns = [t for t in turns if id(t) in still]
    answered = classify.without_turn_repeats(text, kept, turns, paras)
    if len(answered) < len(kept):
        still = {id(c) for c in answered}
        repeats.update((c.marks[0], c.marks[1]) for c in kept if c.marks is not None and id(c) not in still)
        kept = answered
    if "(@" in text:
        # "Pensées pour les habitants…⏎— Rémi X (@RemiX) August 14, 2026": a post embedded in
        # web copy, signed on the line after it.
        kept += interview.posted_marks(text, dropped)
        kept += interview.embedded_posts(text, kept)
    if not kept and not (config.indirect and found_cues):
        return Document(text=text)  # no quotation and no reporting cue: nothing more to read
    found_mentions = _not_in_titles_of_works(
        _not_verbs(mentions.find_mentions(text, registry, config.year), found_cues),
        sorted((span.open_start, span.close_end) for span, rule in dropped if rule in _WORK_RULES),
    )
    links = classify.related_link_paragraphs(text, paras)
    found_mentions = _not_unknown_in_related_links(found_mentions, links)
    if config.indirect:
        reported = _not_in_related_links(indirect.find_indirect(
            text, found_cues, sents, kept, [m.start for m in found_mentions], sorted(m.end for m in found_mentions),
            repeats,
        ), links)
        kept = [*indirect.without_source_labels(text, kept, reported, found_cues), *reported]
    kept.sort(key=lambda c: (c.start, -c.end))
    quotes = _attribute(text, kept, found_cues, found_mentions, sents, registry, rules, config)
    if any(c.echoes is not None for c in kept):
        quotes = _echo_speakers(kept, quotes)
    return Document(text=text, quotes=tuple(_without_nested_reports(quotes)))


def _without_nested_reports(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (sorted by start, the longer first) but the indirect ones inside an indirect one
    given the same speaker: in « X a expliqué qu'elle souhaitait que sa vie soit respectée », the
    wish is part of X's report, not a second one (a clause another speaker reports inside it,
    « …, qui réclament que … », stays its own quote, and so does a report by a participle,
    « estimant que … et affirmant que … »: the first report ends where the second begins)."""
    out: list[Quote] = []
    outer: Quote | None = None  # the indirect quote reaching furthest so far
    for q in quotes:
        if q.kind is Kind.INDIRECT:
            if (outer is not None and q.end <= outer.end and q.speaker is not None
                    and (q.cue is None or q.cue.form != "gerund")
                    and outer.speaker is not None and q.speaker.name == outer.speaker.name):
                continue
            if outer is None or q.end > outer.end:
                outer = q
        out.append(q)
    return out


def _echo_speakers(kept: list[classify.Candidate], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (one per candidate of ``kept``), the scare quotes taking up words of a whole
    quotation elsewhere (``partial-echo``) given that quotation's speaker: « puissance régionale »
    in a standfirst is the words of whoever says « La Russie est une puissance régionale » below."""
    whole = {(q.start, q.end): q for q in quotes if q.kind is Kind.DIRECT and q.speaker is not None}
    out = list(quotes)
    for i, c in enumerate(kept):
        source = whole.get(c.echoes) if c.echoes is not None else None
        if source is not None and source.attribution is not None:
            out[i] = out[i].model_copy(update={"speaker": source.speaker, "attribution": Attribution(
                rule="echo-of-quote", confidence=source.attribution.confidence,
                evidence=(Span(start=source.start, end=source.end, text=source.text),), chain=("echoed quotation",))})
    return out


def _not_verbs(found: list[mentions.Mention], found_cues: Sequence[Any]) -> list[mentions.Mention]:
    """The mentions but those holding the first word of a finite verbal cue past their own
    first word (``X les juge « … »``: an object pronoun and the verb, no role noun)."""
    starts = sorted(c.start for c in found_cues if c.form == "finite" and not c.aux)
    if not starts:
        return found
    kept = []
    for m in found:
        k = bisect.bisect_right(starts, m.start)
        if k < len(starts) and starts[k] < m.end:
            continue
        kept.append(m)
    return kept


def _not_in_titles_of_works(found: list[mentions.Mention], titles: list[tuple[int, int]]) -> list[mentions.Mention]:
    """The mentions but those inside the marks of a work's title or a name (sorted ``titles``,
    dropped by a rule of ``_WORK_RULES``): « La Révolution trahie » names a book, never who
    speaks after it."""
    # (a publication named in marks, le magazine « Society », still speaks)
    return _drop_inside(found, titles, lambda m: m.kind != "publication")


def _not_unknown_in_related_links(found: list[mentions.Mention], links: list[tuple[int, int]]) -> list[mentions.Mention]:
    """The mentions but the names no gazetteer knows inside a paragraph linking another article
    (``links``, sorted): ``Lire aussi : Coup d'Etat au Gabon : …`` names nobody of this one, though a
    known person it names (the article's subject) may still stand for a role after it."""
    return _drop_inside(found, links, lambda m: m.kind == "name" and m.entity_id is None)


def _not_in_related_links(found: list[classify.Candidate], links: list[tuple[int, int]]) -> list[classify.Candidate]:
    """The unquoted reports but those inside a paragraph linking another article (``links``,
    sorted): ``Lire aussi : « Attaque du Thalys : le parcours d'un suspect »`` is a headline whose
    first word may read as a verb (attaque) and its colon as a report's, nobody's words here."""
    return _drop_inside(found, links, lambda c: True)


def _drop_inside(found: list[_SpanT], spans: list[tuple[int, int]], drops: Callable[[_SpanT], bool]) -> list[_SpanT]:
    """The mentions or candidates but those inside one of ``spans`` (sorted by start) that ``drops`` says go."""
    if not spans:
        return found
    starts = [start for start, _ in spans]
    kept = []
    for m in found:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.end <= spans[k][1] and drops(m):
            continue
        kept.append(m)
    return kept


def _not_in_titles(text: str, found_cues: list[Any], registry: Registry) -> list[Any]:
    """The cues but the participles ending a publication's name (``Le Canard enchaîné affirme,
    …, que …``: the name's word is no reporting verb, the verb after it is)."""
    return [c for c in found_cues if not (c.form == "participle" and _ends_publication(text, c.start, c.end, registry))]


# Detection rules dropping marks that hold a work's title or a name, no speaker of the text.
_WORK_RULES = frozenset({"not-title", "not-name"})
# Words before a participle tried as the start of a publication's name ending with it.
_TITLE_WORDS = 3
# Rules whose speaker is the agent of a participle aside in another subject's sentence.
_ASIDE_AGENT_RULES = frozenset({"participle-agent"})


def _ends_publication(text: str, start: int, end: int, registry: Registry) -> bool:
    """Whether a publication's name of ``registry`` opens at one of the few words before
    ``start`` (a capitalised one) and ends at ``end``."""
    pos = start
    for _ in range(_TITLE_WORDS):
        pos -= 1
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1  # the white space before the word
        if pos <= 0:
            return False
        while pos > 0 and not text[pos - 1].isspace():
            pos -= 1  # the word itself
        if text[pos : pos + 1].isupper() and registry.is_publication(text[pos:end]):
            return True
    return False


def _attribute(
    text: str,
    kept: list[classify.Candidate],
    found_cues: list[Any],
    found_mentions: list[mentions.Mention],
    sents: segment.Spans,
    registry: Registry,
    rules: Sequence[attribute.Rule] | None,
    config: Config,
) -> list[Quote]:
    rule_list = tuple(rules) if rules is not None else attribute.builtin_rules()
    attributor = attribute.Attributor(text, found_cues, found_mentions, sents, kept, rule_list)
    resolver = resolve.Resolver(
        text, found_mentions, registry, mentions.names_data(),
        [s for s, _ in sents.spans], sorted(c.end for c in found_cues),
        sorted(c.marks for c in kept if c.marks is not None and c.depth == 0),
        [c.start for c in found_cues], year=config.year,
    )
    outlet_of = channel.outlet_finder(registry.is_publication, channel.outlet_articles())
    sentence_of = [sents.at(c.start) or (c.start, c.end) for c in kept]
    channels = channel.ChannelIndex(text, outlet_of, windows=segment.merge_spans(sentence_of),
                                    kind_of=registry.publication_kind)
    out: list[Quote] = []
    assigned: list[mentions.Mention | None] = []  # the mention each quote of ``out`` was given
    cue_models: dict[tuple[int, int, str | None, str | None], Cue] = {}  # quotes reported by one cue share its model
    previous: attribute.Assignment | None = None
    answered: dict[int, Speaker] = {}  # the speaker given to each quote, by the id of its candidate
    # "Une habitante raconte avoir entendu des tirs. « … »": an infinitive report is no quote,
    # but its subject speaks: remembered, in text order, for the quotes after it.
    reports = [cue for cue in found_cues if cues.infinitive_report(text, cue.form, cue.end)] if config.attribute else []
    r = 0
    for c, sent in zip(kept, sentence_of, strict=True):
        speaker = None
        attribution = None
        cue_key = None
        while r < len(reports) and reports[r].end <= c.start:
            if (subject := attributor.reporter_of(reports[r])) is not None:
                resolver.remember(max(reports[r].end, subject.end), resolver.speaker(subject)[0])
            r += 1
        if config.attribute:
            a = attributor.assign(c, previous)
            if a.cue is not None:
                cue_key = (a.cue.start, a.cue.end, a.cue.lemma, a.cue.form)
            chain: tuple[str, ...] = ()
            if a.mention is not None:
                verb = _verb(a.cue)
                answering = resolve.last_speaker_name(out) if verb is not None and verb.answers else None
                carried = answered.get(id(a.carried)) if a.carried is not None else None
                # An interview's answer carries the speaker of the one before as resolved there,
                # whoever a question named between them.
                speaker, chain = (carried, ("previous answer",)) if carried is not None else resolver.speaker(
                    a.mention, answering=answering)
                plural = (cues.plural_cue(attributor.governing_cue(a.cue)) if a.cue is not None
                          else c.marks is not None and cues.plural_auxiliary_before_marks(text, a.mention.end, c.marks[0]))
                group = resolver.coordinated(a.mention) if plural else None
                if group is not None:
                    # "Paris, Londres et Berlin ont appelé…": the list of subjects speaks as one.
                    speaker, chain = group, ("coordinated→group",)
                if a.rule not in _ASIDE_AGENT_RULES:
                    # "Theresa May, qualifiée par l'opposition d'« irresponsable », a maintenu…": an
                    # agent inside an aside is no new topic for the pronouns after it.
                    resolver.remember((c.end if c.end >= speaker.mention.end else speaker.mention.end) if speaker and speaker.mention else c.end, speaker)
                resolver.note_report(c.start, c.end, speaker if c.kind is Kind.INDIRECT else None)
                if speaker is not None and verb is not None and verb.continues:
                    resolve.rename_unnamed_role(out, assigned, speaker, resolver)
            if speaker is not None:
                answered[id(c)] = speaker
                # Spans made once by the resolver (a mention's is often the speaker's own): a model passes
                # through validation as it is, where a dict of fields is validated again.
                attribution = {"rule": a.rule, "confidence": a.confidence, "chain": chain,
                               "evidence": tuple([resolver.span(s, e) for s, e in a.evidence])}
                previous = a
        said_via = channels.for_quote(sent[0], sent[1] if sent[1] >= c.end else c.end, (c.start, c.end)) or (
            channel.channel_of_cue(cue_key[2]) if cue_key is not None else None
        )
        assigned.append(previous.mention if speaker is not None and previous is not None else None)
        quote = _quote(text, c, speaker, cue_models, cue_key, attribution, said_via)
        if cue_key is not None and quote.cue is not None:
            cue_models.setdefault(cue_key, quote.cue)
        out.append(quote)
    return out


def _quote(
    text: str,
    c: classify.Candidate,
    speaker: Speaker | None,
    cue_models: dict[tuple[int, int, str | None, str | None], Cue],
    cue_key: tuple[int, int, str | None, str | None] | None,
    attribution: dict[str, Any] | None,
    said_via: str | None,
) -> Quote:
    """The :class:`Quote` of ``c``, validated in one call: its cue (the model already made for
    an earlier quote of the same cue, else its fields) and its attribution (its evidence the
    resolver's spans, models already) are validated inside it, which costs less than making them
    as models of their own first. Same values as making each model separately."""
    cue: Cue | dict[str, Any] | None = None
    if cue_key is not None:
        cue = cue_models.get(cue_key) or {"start": cue_key[0], "end": cue_key[1], "text": text[cue_key[0] : cue_key[1]],
                                          "lemma": cue_key[2], "form": cue_key[3]}
    return Quote.model_validate({
        "start": c.start, "end": c.end, "text": text[c.start : c.end], "kind": c.kind, "rule": c.rule,
        "confidence": c.confidence, "marks": c.marks, "depth": c.depth,
        "repairs": tuple([Repair(kind=k, at=at) for k, at in c.repairs]) if c.repairs else (),
        "speaker": speaker, "cue": cue, "attribution": attribution, "channel": said_via,
    })


def _verb(cue: Any) -> cues.VerbEntry | None:
    """The lexicon entry of a verbal cue's lemma."""
    return cues.CueLexicon.default().verb(cue.lemma) if cue is not None else None


def _check_unicode(text: str) -> None:
    """Reject lone surrogates: no result holding them could be written as JSON or UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"text holds an unpaired surrogate (U+{ord(text[exc.start]):04X}) at offset {exc.start}: "
            "it is not valid Unicode; decode the source bytes with errors='replace'"
        ) from None
