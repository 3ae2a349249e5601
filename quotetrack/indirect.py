"""Stage 5 — reported speech without quotation marks, found around reporting cues.

Its shapes, each a rule id:

- ``indirect-que``: a cue followed by *que*/*qu'* (``a déclaré que…``, ``ajoutant que…``);
  the content runs from *que* to the end of the clause.
- ``indirect-relative``: ``un rapport selon lequel …`` — the clause after the relative cue.
- ``indirect-colon``: ``La France prévient : …`` — an unquoted clause after a cue and a colon.
- ``indirect-selon``: ``Selon X, …`` / ``D'après X, …`` / ``Pour X, …`` — the content
  runs from the comma to the end of the sentence; and the postposed ``…, selon X.``
- ``indirect-incise``: ``…, a annoncé le Kremlin.`` — a finite cue after a comma, its
  subject after it, ending the sentence; the content is the clause before the comma. A
  comparative connector may open it (``…, comme l'a indiqué le ministère.``).
- ``indirect-comme``: ``Comme l'a rappelé X, …`` — the same aside opening the sentence; the
  content runs from the comma after its subject to the end of the sentence.
- ``indirect-back``: ``La réforme sera votée. C'est ce qu'a affirmé X.`` — the sentence before,
  which the words opening the cue's sentence refer back to.

Cues inside a direct quotation belong to the quoted speaker's own words and are skipped.
"""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import regex

from quotetrack import channel, cues, lexicon, registry
from quotetrack.classify import (
    DATELINE,
    Candidate,
    CueLike,
    above_title,
    after_fronted_frame,
    comparative_connector,
    function_words,
    generalising_quantifier,
    generic_pronoun_before,
    generic_subject_before,
    grammar,
    holds_verb,
    indefinite_determiners,
    past_dateline,
    past_timestamp,
    relative_words,
    time_anchor_source,
    title_cased,
)
from quotetrack.cues import (
    CueLexicon,
    act_gerund_frame,
    act_gerunds,
    applauding_verb,
    future_endings,
    learning_verb,
    prospective_report,
    purpose_governors,
    reading_verb,
    subject_pronouns,
    telling_participle_endings,
)
from quotetrack.institutions import purpose_links
from quotetrack.lexicon import alternation, trie_alternation, words_then_space
from quotetrack.marks import closing_marks, left_open, opening_marks
from quotetrack.marks import typography as marks_typography
from quotetrack.mentions import (
    _elided_particles,
    _pronoun_forms,
    impersonal_opening,
    name_particles,
    names_a_thing,
    names_data,
    place_relative_words,
    same_source_spans,
    thing_links,
    unaccented,
)
from quotetrack.models import Kind
from quotetrack.segment import Spans, trimmed_end


@dataclass(frozen=True, slots=True)
class _Patterns:
    relative: regex.Pattern[str]
    coordinated_que: regex.Pattern[str]
    """A verb coordinator right before a complementizer ending the gap (``… et qu'``)."""
    indirect_object_link: regex.Pattern[str]
    """An ``indirect_object_links`` word, maybe a definite article, ending the searched span."""
    appositive_relative: regex.Pattern[str]
    """A comma and a subject relative pronoun opening an appositive relative (``, qui ``)."""
    audience_phrase: regex.Pattern[str]
    """An ``audience_prepositions`` word, a determiner and, within a few words, an ``audience_nouns`` one."""
    object_relative_lead: regex.Pattern[str]
    """A relative que and a subject pronoun, maybe a negation's particle, right before a cue (``qu'il juge``)."""
    relative_end: regex.Pattern[str]
    subject_relative_end: regex.Pattern[str]
    compared_participle: regex.Pattern[str]
    newsroom_subject: regex.Pattern[str]
    correction_subject: regex.Pattern[str]
    expletive_ne: regex.Pattern[str]
    audience: regex.Pattern[str]
    """A determiner and one of ``audience_nouns``, then que, the whole gap after an audience verb."""
    """A conjunction of ``expletive_ne_subordinators`` and the words after it up to the cue, no stop between."""
    """An earlier version of the outlet's text opening the words right before a cue (``correction_subjects``)."""
    que_nearby: regex.Pattern[str]
    que_past_channel: regex.Pattern[str]
    """Up to ``_CHANNEL_GAP_WORDS`` words without punctuation, then que/qu'."""
    object_first: regex.Pattern[str]
    complement_first: regex.Pattern[str]
    time_word: regex.Pattern[str]
    time_opener: regex.Pattern[str]
    """One of ``time_openers`` (dès, lors de) right after a cue, its noun and that noun's complement
    the whole gap before que (``a promis dès l'annonce de sa mort que``): an adverbial of time."""
    date_word: regex.Pattern[str]
    time_comparison: regex.Pattern[str]
    learning_que: regex.Pattern[str]
    audience_aside_que: regex.Pattern[str]
    circumstance_que: regex.Pattern[str]
    """A circumstance preposition ending in de (lors de), a determiner, a noun or two, then que."""
    relative_opener: regex.Pattern[str]
    object_relative_opener: regex.Pattern[str]
    np_then_relative: regex.Pattern[str]
    ne_before: regex.Pattern[str]
    ne_after: regex.Pattern[str]
    noun_before_que: regex.Pattern[str]
    content_gap: regex.Pattern[str]
    impersonal_opener: regex.Pattern[str]
    coordinator: regex.Pattern[str]
    verb_coordinator: regex.Pattern[str]
    """A coordinator ending the words before a second cue of the same subject (``… et réclame``)."""
    que_blocker: regex.Pattern[str]
    que_conjunction: regex.Pattern[str]
    back_report: regex.Pattern[str]
    """The words opening a sentence before its cue that refer the report back (``C'est ce qu'``)."""
    """A word that makes a conjunction of the que right after it (``lors que``, ``avant que``)."""
    negation: regex.Pattern[str]
    breaker: regex.Pattern[str]
    continuation: regex.Pattern[str]
    """A comma and a concessive or causal conjunction (``, même si``, ``, car``): the clause goes on
    past it, unless another cue stands after it."""
    contrast: regex.Pattern[str]
    """A comma and a conjunction of contrast (``, quand``): the clause ends there before another
    party's cue in a simple tense."""
    aside_adverb: regex.Pattern[str]
    adverb_run: regex.Pattern[str]
    fronted_adverb: regex.Pattern[str]
    time_frame_end: regex.Pattern[str]
    """An adverbial of ``cue_words.json`` and its comma opening a sentence (``De son côté,``)."""
    voice_marker: regex.Pattern[str]
    """An adverbial set off by commas ending the words before a cue (``Le Pentagone, de son côté,``)."""
    prepositional_aside: regex.Pattern[str]
    voice_aside: regex.Pattern[str]
    """A short subject, then an aside opened by a voice marker (« Moscou, par la voix de sa
    porte-parole X, »), up to the comma before a cue: who spoke for the subject."""
    """A short subject, then an aside opened by a preposition, up to the comma before a cue
    (``Berlin, lors d'une conférence de presse,``)."""
    place_link: regex.Pattern[str]
    """A word linking a noun to its complement (``spécialiste de``, ``chercheuse au``)."""
    affiliation: regex.Pattern[str]
    """A complement link and capitalised words only, the whole aside: the body a source
    belongs to (``de Forrester``, ``de l'Ifri``)."""
    agent: regex.Pattern[str]
    """Spaces, a preposition of ``agent_prepositions`` and a space: the agent of a participle
    before it (``reconnu| par |cinquante pays``)."""


@cache
def _new_clause_opener() -> regex.Pattern[str]:
    """A ``verb_coordinators`` word or a ``repeated_subjects`` clitic opening what follows a comma
    (``–, puis il …``): a new clause of the writer's, from ``detection.json``."""
    g = grammar()
    return regex.compile(rf"(?i)[ \u00a0\u202f]*+(?:{trie_alternation(g.verb_coordinators)}|{trie_alternation(g.repeated_subjects)})(?!\w)")


def _new_clause_after(text: str, pos: int, s_end: int) -> bool:
    """Whether a new clause of the writer's opens at ``pos``, right after an aside's closing dash and its comma."""
    return _new_clause_opener().match(text, pos, s_end) is not None


@cache
def _aside_coordinator() -> regex.Pattern[str]:
    """An ``aside_coordinators`` word (``et``, ``mais``, ``ou``) as a whole word, from ``detection.json``."""
    return regex.compile(rf"(?i)(?:{trie_alternation(grammar().aside_coordinators)})(?!\w)")


@cache
def _comma_coordinator() -> regex.Pattern[str]:
    """A comma, an ``aside_coordinators`` word and a word after it, from ``detection.json``."""
    return regex.compile(rf"(?i)[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?:{trie_alternation(grammar().aside_coordinators)})[ \u00a0\u202f]++\p{{L}}")


def coordinated_clause_after(text: str, close_end: int, cue_start: int) -> bool:
    """Whether a comma and a coordinator (``aside_coordinators``) right after the closing mark at
    ``close_end`` open, before a cue at ``cue_start``, a clause of its own: ``… d'« absurdes », et
    son porte-parole a accusé X …``; a postposed incise never follows a coordinator, so that cue's
    subject stands before it, and it reports nothing of the marks."""
    m = _comma_coordinator().match(text, close_end, cue_start)
    return m is not None and m.end() < cue_start


@cache
def _dash_aside_then_que() -> regex.Pattern[str]:
    """An aside closed by a spaced dash, then an ``aside_coordinators`` word and a complementizer
    (``– sinon qu'il le révoquerait – et qu'``), from ``detection.json``."""
    g = grammar()
    coordinators, que = trie_alternation(g.aside_coordinators), trie_alternation(g.complementizers)
    return regex.compile(rf"[^—–;\n]{{1,120}}?\s[—–]\s++(?:{coordinators})\s++(?:{que})(?:(?<=['’])|\b)")


@cache
def articles() -> tuple[str, ...]:
    """The ``articles`` of ``names.json`` (le, la, les, l'), an elided one with either apostrophe."""
    articles = names_data()["articles"]
    return tuple(sorted({*articles, *(a.replace("'", "’") for a in articles)}))


@cache
def _patterns() -> _Patterns:
    g = grammar()
    alt = trie_alternation
    article = words_then_space(articles(), space=r"[ \u00a0]")

    return _Patterns(
        relative=regex.compile(rf"(?i)\s*+(?:{alt(g.relative_cues)})(?!\w)\s*+"),
        coordinated_que=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.verb_coordinators)})\s++(?:{alt(g.complementizers)})\s*+$"),
        indirect_object_link=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.indirect_object_links) if g.indirect_object_links else '(?!)'})[ \u00a0]++"
            rf"(?:{article})?$"),
        appositive_relative=regex.compile(rf"(?i),[ \u00a0]*+(?:{alt(g.subject_relatives)})[ \u00a0]++"),
        audience_phrase=regex.compile(
            rf"(?i)[ \u00a0]++(?:{alt(g.audience_prepositions) if g.audience_prepositions else '(?!)'})[ \u00a0]++"
            rf"(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)(?:[\w\-]++(?:['’]|[ \u00a0]++)){{0,{_AUDIENCE_WORDS}}}?"
            rf"(?:{alt(g.audience_nouns) if g.audience_nouns else '(?!)'})(?!\w)"),
        object_relative_lead=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.complementizers)})(?:(?<=['’])|\s++)"
            rf"(?:{alt([p['form'] for p in names_data()['subject_pronouns']])})\s++"
            rf"(?:(?:{alt(g.negation_particles)})(?:(?<=['’])|\s++))?$"),
        relative_end=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.relative_cues)})$"),
        # "plus durement jugées que": a degree word, maybe an adverb, then the participle.
        compared_participle=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.participle_comparatives) if g.participle_comparatives else '(?!)'})(?:[ \u00a0]++\w+(?:{alt(g.degree_adverb_endings) if g.degree_adverb_endings else '(?!)'}))?[ \u00a0]++$"),
        # "a informé la famille le 2 juillet que", "a prévenu les élus mardi que": a date or a
        # day (time_phrases of names.json) between whom it told and que still dates the report.
        audience=regex.compile(
            rf"(?i)[ \u00a0]++(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)(?:{alt(g.audience_nouns) if g.audience_nouns else '(?!)'})"
            rf"(?:[ \u00a0]++(?:(?:{alt(names_data()['time_phrases'])})|(?:[\w\-]++[ \u00a0]++)?[0-3]?\d"
            rf"(?:{alt(g.day_ordinal_suffixes) if g.day_ordinal_suffixes else '(?!)'})?[ \u00a0]++(?:{alt(registry.months())}))(?!\w))?"
            rf"[ \u00a0]++(?:{alt(g.complementizers)})[ \u00a0]*+"),
        expletive_ne=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.expletive_ne_subordinators) if g.expletive_ne_subordinators else '(?!)'})(?:(?<=['’])|(?!\w))[^.;:!?«»\"“”]*+$"),
        correction_subject=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.correction_subjects) if g.correction_subjects else '(?!)'})(?!\w)[^,;:.!?«»\"“”]*+$"),
        newsroom_subject=regex.compile(
            rf"(?i)[ \u00a0]++(?:{alt(g.newsroom_subjects) if g.newsroom_subjects else '(?!)'})(?!\w)"),
        subject_relative_end=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.subject_relatives)})[ \u00a0]*+$"),
        # Up to seven words without punctuation, then que/qu' (a complementizer from data).
        negation=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.negation_words)})(?!\w)"),
        que_blocker=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.que_blockers)})(?!\w)"),
        back_report=_back_report_pattern(g.back_reports),
        # "pour que", "afin d'éviter que": a conjunction, or a verb of prevention whose object the que opens.
        que_conjunction=regex.compile(rf"(?i)(?<!\w)(?:{alt([*g.que_conjunctions, *g.purpose_verbs])})\s++(?:{alt(g.complementizers)})\s*+$"),
        # "relève, par ailleurs, que": an adverbial set off by commas may come first.
        que_nearby=regex.compile(
            # "explique au « Monde » que", "sur le plateau de "Soir Info" que": a capitalised name in
            # marks, straight ones too (a publication's, a programme's "Questions & Réponses"),
            # counts as one word.
            # "a dit « très clairement » à son interlocuteur que", "s'est dit "convaincu" que": a short
            # lower-case adverbial or attribute in marks too, straight ones included; not a determiner
            # opening an object in marks ("a critiqué « les lettres » que": a relative).
            # "a exigé de M. Durand qu'il": a civility's or an initial's period before a capitalised name.
            # "a fait savoir sur X (ex-Twitter) que", "a déclaré à l'Agence France-Presse (AFP) qu'": a gloss
            # of a few words in brackets, an acronym too, counts as one word.
            rf"(?i)(?:(?:\s++[\w\-]++(?:['’][\w\-]++)?|\s++\((?:[\w\-]++(?:['’][\w\-]++)?[ \u00a0]*+){{1,{_GLOSS_WORDS}}}\)"
            rf"|\s++(?-i:\p{{Lu}}\p{{Ll}}{{0,2}})\.(?=\s++(?-i:\p{{Lu}}))"
            rf"|\s++[«“\"]\s*+(?-i:\p{{Lu}})[\w\-'’]*+(?:\s++[\w\-&]++){{0,3}}?\s*+[»”\"]"
            rf"|\s++[«“\"]\s*+(?!(?:{alt(g.object_determiners)})\s)(?-i:\p{{Ll}})[\w\-]*+(?:\s++[\w\-]++)?\s*+[»”\"]){{1,7}}?"
            # "a annoncé dans l'émission "Weekend Live", sur la chaîne MBC, que": a capitalised name in
            # marks counts as one word before the aside too.
            rf"|(?:\s++[\w\-]++(?:['’][\w\-]++)?|\s++[«“\"]\s*+(?-i:\p{{Lu}})[\w\-'’]*+(?:\s++[\w\-&]++){{0,3}}?\s*+[»”\"]){{0,7}}?\s*+,(?:\s++[\w\-]++(?:['’][\w\-]++)?){{1,{_ASIDE_WORDS}}}?\s*+,"
            # "a fait savoir par la voix de son porte-parole Dmitri X qu'": the voice's noun phrase
            # and the name glued to it, up to _VOICE_WORDS words after the marker (a role with its
            # portfolio: "du ministre des Affaires étrangères Sergueï X").
            # "ont estimé par la voix de leur spécialiste, Jean X, que", "tout en rappelant, par la voix
            # du porte-parole, Jean X, que": the voice set off by a comma, its name by commas too.
            rf"|(?:\s*+,)?\s++(?:{alt(names_data()['voice_markers'])})(?:(?<=['’])[\w\-]++)?(?:\s++[\w\-]++(?:['’][\w\-]++)?|{_BRACKETED_ACRONYM}){{1,{_VOICE_WORDS}}}?"
            rf"(?:\s*+,(?:\s++(?-i:\p{{Lu}})[\w\-]*+(?:['’][\w\-]++)?){{1,{_VOICE_NAME_WORDS}}}?\s*+,)?)"
            rf"\s++{_complementizer(g.complementizers)}\s*+"
        ),
        # "a annoncé dimanche dans un entretien au Journal du dimanche que": more words, when
        # they name the channel the words went through (checked by the caller).
        que_past_channel=regex.compile(
            rf"(?i)(?:\s++[\w\-]++(?:['’][\w\-]++)?){{1,{_CHANNEL_GAP_WORDS}}}?"
            rf"\s++(?P<que>{_complementizer(g.complementizers)})\s*+"
        ),
        # "énonce les domaines que": an object opens the words before que, which is relative.
        # "a dit regretter « profondément » l'impression qu'il a donnée": past a lower-case adverb in marks too;
        # "a qualifié de « fable » l'idée qu'il …": past the attribute in marks its link opens (names.json attribute_links).
        object_first=regex.compile(rf"(?i)[\s,]*+(?:(?:(?:{alt(names_data()['attribute_links'])})(?:(?<=['’])|\s++))?"
                                   rf"[«“\"][\s\u202f]*+(?-i:\p{{Ll}})[\w\-]*+[\s\u202f]*+[»”\"][\s,]*+)?"
                                   rf"(?:{alt(g.object_determiners)})(?:(?<=['’])|\s)"),
        # "parle d'une « zone grise » que …": a complement link and its noun (du, de la, des, de l',
        # or d' before an object determiner) opening the words before que.
        complement_first=regex.compile(
            rf"(?i)[\s,]*+(?:{alt(names_data()['complement_links'])})"
            rf"(?:(?<=['’])(?:{alt(g.object_determiners)})(?:(?<=['’])|\s)|(?<!['’])\s)"),
        time_word=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.time_words)})(?!\w)"),
        time_opener=regex.compile(
            rf"(?i)[ \u00a0]*+(?:{alt(g.time_openers)})(?:(?<=['’])|[ \u00a0]++)(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?-i:\p{{Ll}})[\w\-]*+[ \u00a0]++(?:{alt(g.noun_complement_links)})[ \u00a0]++(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?-i:\p{{Ll}})[\w\-]*+[ \u00a0]++(?:{alt(g.complementizers)})[ \u00a0]*+"
        ) if g.time_openers else regex.compile(r"(?!)"),
        # "a assuré le 6 avril que", "dès le 1er mai": a date (a day's number and a month of
        # grammar.json) right after the cue, at most two short words before it (not "le plan du 3 mars").
        date_word=regex.compile(
            rf"(?i)(?:[ \u00a0]++[\w\-]++){{0,2}}?[ \u00a0]++[0-3]?\d(?:{alt(g.day_ordinal_suffixes) if g.day_ordinal_suffixes else '(?!)'})?[ \u00a0]++"
            rf"(?:{alt(registry.months())})(?!\w)"),
        # "Quelques heures plus tard,": a noun of time (maybe plural) and a comparative of time ending a fronted adverbial.
        time_frame_end=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.time_words)})s?+[ \u00a0]++(?:{alt(g.time_comparatives)})[ \u00a0]*+$"
        ) if g.time_comparatives else regex.compile(r"(?!)"),
        # "quelques jours plus tôt que": a noun of time (maybe plural) and a comparative of time before que.
        time_comparison=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.time_words)})s?+[ \u00a0]++(?:{alt(g.time_comparatives)})[ \u00a0]++(?:{alt(g.complementizers)})\s*+$"
        ) if g.time_comparatives else regex.compile(r"(?!)"),
        # "a affirmé le 30 mars, devant des étudiants de l'université de Lyon, que": an audience
        # set off by commas (one of ``audience_prepositions``, or of ``circumstance_prepositions``:
        # "après l'entretien …", and a determiner) right before que,
        # maybe past a date or a short adverbial (set off by commas too).
        audience_aside_que=regex.compile(
            rf"(?i)(?:(?:[ \u00a0]*+,)?(?:[ \u00a0]++[\w\-]++(?:['’][\w\-]++)?){{1,{_ASIDE_WORDS}}}?)?[ \u00a0]*+,[ \u00a0]*+"
            rf"(?:{alt((*g.audience_prepositions, *g.circumstance_prepositions))})(?:(?<=['’])|[ \u00a0]++)(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?:[\w\-]++(?:['’][\w\-]++)?[ \u00a0]*+){{1,{_AUDIENCE_ASIDE_WORDS}}}?,[ \u00a0]*+{_complementizer(g.complementizers)}\s*+"
        ),
        # "a déclaré lors de la cérémonie que", "a affirmé au cours du débat que": the occasion
        # the words were said on (a ``circumstance_prepositions`` one ending in de, a determiner,
        # a lower-case noun or two) right before que, the cue's own complementizer; the de is
        # the preposition's, no noun's complement link ("sur la possibilité que").
        circumstance_que=regex.compile(
            rf"(?i)[ \u00a0]++(?:{alt(tuple(p for p in g.circumstance_prepositions if ' ' in p))})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?:(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++))?"
            rf"(?-i:\p{{Ll}})[\w\-]*+(?:[ \u00a0]++(?-i:\p{{Ll}})[\w\-]*+)?[ \u00a0]++(?:{alt(g.complementizers)})\s*+"
        ),
        # "a cru à une blague avant de comprendre que": an infinitive of knowing after de takes the que.
        learning_que=regex.compile(
            rf"(?i)(?<!\w)(?:{alt(g.learning_links)})(?:(?<=['’])|[ \u00a0]++)(?:{alt(g.learning_infinitives)})[ \u00a0]++"
            rf"(?:{alt(g.complementizers)})[ \u00a0]*+$"
        ) if g.learning_infinitives else regex.compile(r"(?!)"),
        # "a insisté sur le fait que", "a exprimé l'espoir que": the whole gap a noun whose
        # que-clause is what was said (neither an object nor a noun's complement), maybe past a
        # short adverbial ("a insisté en juin sur le fait que").
        content_gap=regex.compile(
            rf"(?i)(?:\s++[\w\-]++){{0,{_CONTENT_LEAD_WORDS}}}?\s*+(?:(?:{alt(g.noun_complement_links)})[ \u00a0]++)?(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?:{alt(g.content_nouns)})[ \u00a0]++(?:{alt(g.complementizers)})[ \u00a0]*+"
        ) if g.content_nouns else regex.compile(r"(?!)"),
        # "sur la possibilité que", "sur les mesures sociales qu'": a noun, then que, ending the gap;
        # in marks too ("a insisté sur les « immenses défis » que": a relative).
        # "réclamant le départ de celui qu'elles jugent": a demonstrative pronoun (``partitive_demonstratives``
        # of ``names.json``) right before que, always a relative's antecedent.
        noun_before_que=regex.compile(
            rf"(?i)(?<!\w)(?:(?:{alt(g.noun_complement_links)})[ \u00a0]++(?:{alt(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?:[«“\"][ \u00a0\u202f]*+)?(?-i:\p{{Ll}})[\w\-]*+(?:[ \u00a0]++(?-i:\p{{Ll}})[\w\-]*+)?(?:[ \u00a0\u202f]*+[»”\"])?"
            rf"|(?:{alt(names_data()['partitive_demonstratives'])}))"
            rf"[ \u00a0]++(?:{alt(g.complementizers)})[ \u00a0]*+$"
        ),
        # "n'avoir été prévenu": ne a few words before the cue (its auxiliaries between); never a
        # capital after it, a name that opens with N' (le maire de N'Djamena rapporte que …).
        ne_before=regex.compile(rf"(?i)(?<!\w)(?:{alt(g.negation_particles)})(?:(?<=['’])|[ \u00a0]++)(?-i:(?!\p{{Lu}}))"
                                rf"(?:[\w\-]++[ \u00a0]++){{0,2}}$"),
        # "affirme n'avoir visé que": ne right after the cue, opening the infinitive it governs;
        # "lui reproche de n'avoir agi qu'en mars": after the infinitive's de too.
        ne_after=regex.compile(rf"(?i)[ \u00a0]++(?:(?:{alt(g.negated_infinitive_links)})(?:(?<=['’])|[ \u00a0]++))?"
                               rf"(?:{alt(g.negation_particles)})(?:(?<=['’])|[ \u00a0]++)"),
        # "tout porte à croire": the opener, then at most a short preposition before the cue, or a
        # short adverbial of time ("rien ne permet à ce stade d'affirmer", "pour l'heure", "aujourd'hui", "actuellement"): a few short words,
        # maybe set off by commas ("rien ne permet, à ce stade, d'affirmer").
        # "Rien, à ce stade, ne permet d'affirmer": the same aside set off after the opener's first word.
        impersonal_opener=regex.compile(
            rf"(?i)(?<!\w)(?:{_opener_with_aside(g.impersonal_openers)})(?:,?+[ \u00a0]++[\w'’]{{1,12}}){{0,3}},?+[ \u00a0]*+$"
        ),
        coordinator=regex.compile(rf"(?i)[ \u00a0]++(?:{alt(g.coordinators)})[ \u00a0]++"),
        # "… et réclame", "…, mais estime": a coordinator and spaces only, right before a second cue.
        # "… et on précise": a subject clitic said again may stand before the second cue.
        verb_coordinator=regex.compile(
            rf"(?i)[ \u00a0]*+,?[ \u00a0]*+(?<!\w)(?:{alt(g.verb_coordinators)})[ \u00a0]++(?:(?:{alt(g.repeated_subjects)})[ \u00a0]++)?$"
        ),
        # "Le club de Lens, où …": after a mention, a relative of place opens the subject's aside too.
        relative_opener=regex.compile(
            rf"(?i)[ \u00a0]*+,[ \u00a0]*+(?:{alt([*g.relative_openers, *g.place_relative_openers])})(?!\w)"),
        # "Paul X, que la rédaction a refusé de rencontrer, a dit…": an object relative after a named subject.
        object_relative_opener=regex.compile(
            rf"(?i)[ \u00a0]*+,[ \u00a0]*+(?:{alt(g.object_relative_openers) or '(?!)'})(?:(?<=['’])|(?!\w))"),
        # "Le parti, qui …", "Plusieurs ONG, dont …": a determiner or a quantifier and up to four
        # words, then a comma and a relative pronoun.
        np_then_relative=regex.compile(
            rf"(?i)(?:{alt([*names_data()['determiners'], *names_data()['quantifiers']])})(?:(?<=['’])|[ \u00a0]++)(?:[\w\-]++(?:[ \u00a0]++[\w\-]++){{0,3}}"
            # "L'Union des loueurs de vélos, qui …": a capitalised head, maybe an adjective, and
            # complements of a few words each (``complement_links``, ``name_complement_links``), a body's longer name.
            rf"|(?-i:\p{{Lu}})[\w\-]*+(?:[ \u00a0]++[\w\-]++)?(?:[ \u00a0]++(?:{alt([*names_data()['complement_links'], *names_data()['name_complement_links']])})"
            rf"(?:(?<=['’])|[ \u00a0]++)[\w\-]++(?:[ \u00a0]++[\w\-]++)?){{1,{_RELATIVE_COMPLEMENTS}}})"
            rf"[ \u00a0]*+,[ \u00a0]*+(?:{alt([*g.relative_openers, *g.place_relative_openers])})(?!\w)"
        ),
        # A comma then a word that opens an apposition or another clause ends a content clause.
        breaker=regex.compile(rf"(?i),\s*+(?:(?:{alt(g.clause_breakers)})(?!\w){time_anchor_source()})"),
        continuation=regex.compile(rf"(?i),\s*+(?:{alt(g.clause_continuations)})(?:(?<=['’])|(?!\w))")
        if g.clause_continuations else regex.compile(r"(?!)"),
        contrast=regex.compile(rf"(?i),\s*+(?:{alt(g.contrast_continuations)})(?!\w)")
        if g.contrast_continuations else regex.compile(r"(?!)"),
        aside_adverb=regex.compile(rf"(?i),[ \u00a0]*+(?:{alt(cues.cue_adverbs())})[ \u00a0]*+$"),
        # "a indiqué hier le ministère …": adverbs around cues between a postposed verb and its subject.
        adverb_run=regex.compile(rf"(?i)(?:(?:{alt(cues.cue_adverbs())})[ \u00a0]++){{1,2}}"),
        fronted_adverb=regex.compile(rf"(?i)[\s\"«“—–\-]*+(?:{alt(cues.cue_adverbs())})[ \u00a0]*+,"),
        # "a rappelé, par la voix de son porte-parole, que": the marker may follow a comma.
        voice_marker=regex.compile(rf"(?i)(?:[ \u00a0]*+,)?[ \u00a0]*+(?:{alt(names_data()['voice_markers'])})(?:(?<=['’])|(?=[ \u00a0]))"),
        prepositional_aside=regex.compile(
            rf"(?i)[\s\"«“—–\-]*+[\w'’\-]++(?:[ \u00a0]++[\w'’\-]++){{0,{_SHORT_SUBJECT - 1}}}[ \u00a0]*+,[ \u00a0]*+"
            rf"(?:{alt(names_data()['prepositions'])})(?:(?<=['’])|(?=[ \u00a0]))[^,]*+$"
        ),
        voice_aside=regex.compile(
            rf"(?i)[\s\"«“—–\-]*+[\w'’\-]++(?:[ \u00a0]++[\w'’\-]++){{0,{_SHORT_SUBJECT - 1}}}[ \u00a0]*+,[ \u00a0]*+"
            rf"(?:{alt(names_data()['voice_markers'])})(?:(?<=['’])|(?=[ \u00a0]))[^,]*+(?:,[^,]*+)?$"
        ),
        place_link=regex.compile(
            rf"(?i)(?<!\w)(?:{alt([*names_data()['place_links'], *names_data()['complement_links']])})(?:(?<=['’])|(?=[ \u00a0]))"
        ),
        # "de Forrester", also through a body's noun: "de l'université de Virginie", "du cabinet Eurasia";
        # a capitalised name may go on with a few words of its own, no figure nor preposition but
        # a complement link: "de l'Académie chinoise des sciences sociales", not "de Paris à Berlin";
        # its acronym in brackets may close it: "de l'Observatoire des prix (OP)".
        affiliation=regex.compile(
            rf"(?:{alt([*names_data()['complement_links'], *names_data()['name_complement_links']])})(?:(?<=['’])|[ \u00a0]++)"
            rf"(?:(?:{alt(names_data()['body_nouns'])})[ \u00a0]++"
            rf"(?:(?:{alt(names_data()['name_complement_links'])})(?:(?<=['’])|[ \u00a0]++))?)?"
            r"\p{Lu}[\w\-&.’']*+(?:[ \u00a0]++\p{Lu}[\w\-&.’']*+)*+"
            # « de l'Organisation mondiale contre la torture »: a link of purpose and its article
            # (institution_names.json ``purpose_links``) goes on a body's name, no other preposition.
            rf"(?:[ \u00a0]++(?!(?!(?i:{alt(purpose_links())})(?:(?<=['’])|(?=[ \u00a0])))(?i:{alt(_tail_prepositions())})(?![\p{{L}}'’]))"
            rf"(?:\p{{L}}++['’])?\p{{L}}[\p{{L}}\-]*+){{0,{_AFFILIATION_TAIL}}}"
            r"(?:[ \u00a0]++\(\p{Lu}[\p{Lu}\d\-&]*+\))?[ \u00a0]*+$"
        ),
        agent=regex.compile(rf"(?i)[ \u00a0]++(?:{alt(names_data()['agent_prepositions'])})[ \u00a0]"),
    )


# Characters read after a fronted phrase's comma for a predicate of ``pour_governing_predicates``.
_TIMING_PREDICATE_REACH = 160


@cache
def _set_off_contrast() -> regex.Pattern[str]:
    """A contrast marker of ``contrast_markers`` (``names.json``: ``en revanche``, ``au contraire``)
    and the comma setting it off, at a clause's start."""
    markers = trie_alternation(tuple(names_data().get("contrast_markers", ()))) or "(?!)"
    return regex.compile(rf"(?i)(?:{markers})[ \u00a0]*+,")


def _timing_predicate_after(text: str, comma: int, s_end: int) -> bool:
    """Whether a predicate of timing that governs a complement in ``pour``
    (``pour_governing_predicates``: ``tombe mal``) stands in the sentence within
    ``_TIMING_PREDICATE_REACH`` characters after the fronted phrase's ``comma``."""
    predicates = grammar().pour_governing_predicates
    if not predicates:
        return False
    window = text[comma : min(s_end, comma + _TIMING_PREDICATE_REACH)].lower()
    # "Pour X, la crise « tombe au plus mal »": in marks, the predicate is the source's own words.
    return any(_has_phrase(window, p) and not left_open(window, 0, window.find(p)) for p in predicates)


def _has_phrase(window: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``window`` as whole words."""
    at = window.find(phrase)
    while at >= 0:
        after = at + len(phrase)
        if (at == 0 or not window[at - 1].isalpha()) and (after >= len(window) or not window[after].isalpha()):
            return True
        at = window.find(phrase, at + 1)
    return False


@cache
def _complementizer_opening() -> regex.Pattern[str]:
    """A complementizer (``que``, ``qu'``) right where the search starts: after an incise set in a
    clause (``Il est peu probable, ajoute le texte, qu'une telle zone…``), the clause going on."""
    return regex.compile(rf"(?i){_complementizer(grammar().complementizers)}")


@cache
def complementizer_word() -> str:
    """The ``complementizers`` (``que``, ``qu'``) as a pattern: a full one as a whole word, an
    elided one with either apostrophe."""
    words = grammar().complementizers
    full = [w for w in words if not w.endswith(("'", "’"))]
    elided = sorted({w[:-1] + a for w in words if w.endswith(("'", "’")) for a in "'’"})
    return rf"(?:(?:{alternation(full)})(?!\p{{L}})|(?:{alternation(elided)}))"


def _tail_prepositions() -> list[str]:
    """Prepositions that are no complement link (``à``, ``sur``): none goes on a body's name."""
    raw = names_data()
    links = {*raw["complement_links"], *raw["name_complement_links"]}
    return [p for p in raw["prepositions"] if p not in links]


def _complementizer(words: Sequence[str]) -> str:
    """``que`` as a whole word (not the start of *question*), or an elided ``qu'`` before a word
    or an opening quotation mark (``qu'« il n'y avait``)."""
    elided = [w for w in words if w.endswith("'")]
    full = [w for w in words if not w.endswith("'")]
    return rf"(?:(?:{trie_alternation(full)})(?!\w)|(?:{trie_alternation(elided)})(?=\w|[ \u00a0\u202f]*+[«\"“„]))"


# A semicolon, a spaced dash, a line break, or a colon opening a quotation ("que X : « … »").
# A colon opening a quotation: what stands before it introduces the quotation.
# An acronym in brackets after a body's name (« du Département fédéral des affaires étrangères (DFAE) »).
_BRACKETED_ACRONYM = r"\s++\((?-i:\p{Lu})(?-i:[\p{Lu}\d\-])++\)"
_COLON_BEFORE_QUOTE = r"[ \u00a0\u202f]*+:[ \u00a0\u202f]*+(?=[«\"“„])"
_CLAUSE_STOP = regex.compile(rf"[;]|\s[—–]\s|\n|{_COLON_BEFORE_QUOTE}")
# An aside between spaced dashes closed by a dash right before a comma: the clause goes on past it.
_DASH_ASIDE_COMMA = regex.compile(r"[^—–;:\n«»\"“”]{1,120}?\s[—–],")
# An aside between spaced dashes closed by a spaced dash, a lower-case word right after it: the
# clause goes on past the aside (« la stratégie – frappes et soutien au sol – restait la bonne »).
_DASH_ASIDE_LOWER = regex.compile(r"[^—–;:\n«»\"“”]{1,120}?\s[—–][ \u00a0\u202f]++(?=\p{Ll})")
_COLON_QUOTE = regex.compile(_COLON_BEFORE_QUOTE)
_DASHES = "—–"
_WORD = regex.compile(r"\w+")
# A number glued to letters, part of a description's complement: an ordinal (« 14e ») or a
# capitalised name that ends in it (« COP21 », « G20 », « Covid-19 »); or a number of one or two
# figures set after a capitalised word, closing the words or before another capitalised word, that
# numbers a name (« l'université Lyon 2 », « Paris 1 Panthéon-Sorbonne », « France 2 »).
_GLUED_NUMBER = regex.compile(
    r"(?<!\w)(?:\d++\p{L}++|\p{Lu}[\p{L}\-]*+\d++\p{L}*+|\p{Lu}[\p{L}\-]*+[ \u00a0]\d{1,2}(?=[ \u00a0]*+$|[ \u00a0]\p{Lu}))(?![\w\-])"
)


def _only_named_numbers(segment: str) -> bool:
    """Whether every figure of ``segment`` belongs to a name or an ordinal (see ``_GLUED_NUMBER``);
    a segment with no figure at all is read with no regex."""
    if not any(c.isdigit() for c in segment):
        return True
    return not any(c.isdigit() for c in _GLUED_NUMBER.sub("", segment))
# Longest content clause read on either side of a cue (characters).
_MAX_CLAUSE = 1500
# How far after a cue a delayed "que" is looked for (characters).
_QUE_REACH = 65
# Words of an adverbial between a cue and the noun of content its que completes ("a insisté en juin sur le fait que").
_CONTENT_LEAD_WORDS = 3
# Most words, and characters, between a cue and its que when they name a channel
# (``a estimé mardi dans une interview à la chaîne LCI que``).
_CHANNEL_GAP_WORDS = 12
_CHANNEL_QUE_REACH = 110
# Characters from a cue to que when an audience set off by commas stands before que, and its words.
_AUDIENCE_QUE_REACH = 160
_AUDIENCE_ASIDE_WORDS = 16
# Words of the voice's noun phrase after a voice marker before que (the reach is then the channel's).
_VOICE_WORDS = 10
# Most capitalised words of the name set off by commas after a voice's noun phrase (« , Jean X, que »).
_VOICE_NAME_WORDS = 4
# Words between the determiner of an audience phrase and its audience noun (``devant un groupe de journalistes``).
_AUDIENCE_WORDS = 3
# Most words of an aside set off by commas between a cue and its que (``a estimé, lors d'une
# conférence de presse à Genève, que``); the reach (_QUE_REACH) still bounds it.
_ASIDE_WORDS = 10
# Most words of a gloss in brackets read as one word between a cue and its que (« sur X (ex-Twitter) »).
_GLOSS_WORDS = 3
# The most words before an inverted incise for the clause to run on past it (see _interposed).
_SHORT_LEAD = 4
# Characters read for a subject pronoun or group expression opening a clause (« les deux dirigeants »).
_PRONOUN_CHARS = 40
# Words before a source set off inside a phrase read for an auxiliary (a compound verb group).
_VERB_GROUP_REACH = 3
# Most characters between a complement preposition and its infinitive (« à « protéger »).
_INFINITIVE_GAP = 3
# Words after an incise's subject read for a verb group carrying the clause on.
_GOES_ON_WORDS = 6
_CLAUSE_WORD = regex.compile(r"\w+['’]?")
# Most characters of a short aside in brackets closing a name (« (GSIM) », « (PS) »).
_BRACKET_ASIDE_MAX = 32
# Most words of a subject before an aside set off by commas (« Le Kremlin, par la voix de … , »).
_SHORT_SUBJECT = 6
# Most complements of a capitalised head before a comma and a relative pronoun opening a subject
# (« L'Union des loueurs de vélos, qui … »).
_RELATIVE_COMPLEMENTS = 3
# Most words of a name set off by commas after a role (``Le ministre, Jean-Marc Dupont,``).
_NAME_WORDS = 4
# Most words of a subject with no comma before an auxiliary and a source set off by commas.
_LONG_SUBJECT = 12
# Characters read before a cue for a negation or an impersonal opener.
_LEAD_CHARS = 30
# Characters read back from a cue for an impersonal opener, an aside maybe inside it (« Rien, à ce stade, ne permet d'»).
_IMPERSONAL_OPENER_LEAD = 60
# Most characters read back from a glued source to the relative opening its clause.
_GLUED_RELATIVE_CHARS = 90
# Min words of content for an indirect clause to be worth reporting.
_MIN_WORDS = 3
# Holds at least _MIN_WORDS words (runs of \w): a word character, then for each further word
# the rest of the current one, a gap and its first character. One search answers what counting
# _WORD's matches would (a clause may be long: neither reads past the third word).
_ENOUGH_WORDS = regex.compile(rf"\w(?:\w*+\W++\w){{{_MIN_WORDS - 1}}}")


@cache
def _more_words(n: int) -> regex.Pattern[str]:
    """A search that finds more than ``n`` words (runs of ``\\w``, what ``_WORD.findall``
    counts): a word character, then ``n`` times the rest of a word, a gap and the next word's
    first character. It stops at the word past ``n``, where counting reads the whole span."""
    return regex.compile(rf"\w(?:\w*+\W++\w){{{n}}}")


# Max characters between a fronted "selon X" and its comma.
_SELON_MAX = 90
# Characters read after a source's closing comma for a complementizer (que, qu').
_QUE_LOOK = 4
# How far after a postposed cue its subject must start (skipping "jeudi", "dans la foulée"…).
_SUBJECT_REACH = 40
# Max characters for the subject of a postposed incise (", a annoncé le ministère … .").
_INCISE_SUBJECT_MAX = 110
# The same, up to a comma or the sentence's end, when a mention opens right after the cue (its postposed subject).
_INCISE_NAMED_SUBJECT_MAX = 180
# Fewest words before such a cue (a clause, not a subject and its aside: « La fédération, reçue mardi, »).
_LONG_TAIL_CLAUSE_WORDS = 8
# Most characters of an apposition between "Selon X," and the quotation after it (", député LR,").
_APPOSITION_MAX = 40
# Most words of a description's complement its mention leaves out (``un chauffeur| de taxi``).
_APPOSITION_COMPLEMENT_WORDS = 4
# Most words after the capitalised name of the body a source belongs to (``de l'Académie
# chinoise des sciences sociales``).
_AFFILIATION_TAIL = 5
# Most characters of a bare description in apposition (", porte-parole du ministère de la Santé,"),
# a role and a body's full name with its acronym in brackets included (", spécialiste de la Russie à
# l'Institut français des relations internationales (Ifri),").
_BARE_APPOSITION_MAX = 120
# Most characters from a participle cue to the complementizer of its own clause (« ajoutant que », « précisant encore qu' »).
_PARTICIPLE_QUE_REACH = 30
# Characters a bracketed acronym may add past that reach (``… et du développement (IHEID),``).
_BRACKETED_EXTRA = 16
# Most characters of a relative aside on a fronted source, which may carry a whole clause
# (« Pour Paris, qui plaide depuis 2013 pour un encadrement du droit de veto en cas d'atrocités, … »).
_RELATIVE_ASIDE_MAX = 160
# Most characters of a description in apposition to a fronted source, which may coordinate a second
# role with a work's title (« Pour X, chercheuse associée à l'Institut de … et autrice de « … », … »).
_DESCRIBED_ASIDE_MAX = 160
# Longest aside opening with a past participle after a fronted source (characters).
_PARTICIPLE_ASIDE_MAX = 50
# Most characters of such an aside when its participle's agent follows it (accusé par …).
_AGENT_ASIDE_MAX = 120
# Longest aside opening with a past participle cue after a content clause's short subject (characters).
_SUBJECT_ASIDE_MAX = 130
# Most words of a content clause's subject before a participle aside set off by commas.
_ASIDE_SUBJECT_WORDS = 16
# A colon right after a cue: the cue introduces the words after it, no postposed incise.
_COLON_AFTER = regex.compile(r"[ \u00a0\u202f]*+:")
# Words up to a colon opening a quotation (`` dans son livre : «``).
# A source's words, then the colon after them (« selon le ministère : »).
_WORDS_COLON = regex.compile(r"[^,.;:!?«»\"“”\n]*+:")
_WORDS_COLON_QUOTE = regex.compile(rf"[^,.;:!?«»\"“”\n]*+{_COLON_BEFORE_QUOTE}")
# A description opening with a determiner and a lower-case word (``le président du Medef``).
# A clause's first word and the spaces after it (``l'``, ``le ``).
_FIRST_WORD = regex.compile(r"(\p{L}++['’]?)[ \u00a0]*+")
# A lower-case word and the spaces after it (a noun after its determiner: « accusation »).
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\-]*+[ \u00a0]++")
_DESCRIPTION = regex.compile(r"[ \u00a0]*+(\p{L}++['’]?)[ \u00a0]*+\p{Ll}")
# A determiner and a capitalised word, a role's head as the press often writes it (``le Premier
# ministre``, ``la Présidente``): a description of the source like a lower-case noun.
_CAPITALISED_DESCRIPTION = regex.compile(r"[ \u00a0]*+(\p{L}++['’]?)[ \u00a0]*+(\p{Lu}\p{L}*+)")
# A full name set off by commas: two to four capitalised words, then the comma (``Patrick Martin,``).
_LAST_WORD = regex.compile(r"(?<!\w)(\p{L}++['’]?)[ \u00a0]*+$")
_LAST_WORD_REACH = 12
# The word a stretch of text ends with.
_TRAILING_WORD = regex.compile(r"(?<!\p{L})\p{L}++$")
_JOINT_REACH = 16
_LOWER_NEXT = regex.compile(r"[ \u00a0]*+\p{Ll}")
# The same, maybe past an opening mark: the speaker's words going on the clause (« , « court … »).
_LOWER_NEXT_QUOTED = regex.compile(r"[ \u00a0]*+(?:[«“\"][ \u00a0\u202f]*+)?\p{Ll}")
# A name in apposition (one to four capitalised words) and its closing comma.
# A rubric before a headline's colon: at most these words and characters (« Brexit : »).
_RUBRIC_WORDS = 3
_RUBRIC_MAX = 40
# A longer topic before a colon opening a quotation: « Accord russo-américain sur la Syrie : « … » ».
_RUBRIC_QUOTE_WORDS = 7
_RUBRIC_QUOTE_MAX = 60
# Spaces alone between two mentions: one names the other (``le président américain Donald Trump``).
_SPACE_ONLY = regex.compile(r"[ \u00a0]++")
_COMMA_ONLY = regex.compile(r"[ \u00a0]*+,[ \u00a0]*+")
# What may stand between a clause's edge or a closing mark and a quotation or its incise.
_QUOTE_LEAD = " ,\u00a0\u202f«»\"“”"
# What may stand before a sentence's first word.
_OPENING = " \u00a0\u202f\t\n\"«“—–-"
# Share of a postposed incise's clause in direct quotations above which the incise reports them.
_MOSTLY_QUOTED = 0.5


def find_indirect(
    text: str,
    cues: Sequence[CueLike],
    sentences: Spans,
    marked: Sequence[Candidate],
    mention_starts: Sequence[int] = (),
    mention_ends: Sequence[int] = (),
    repeats: Mapping[int, int] | None = None,
) -> list[Candidate]:
    """Indirect-speech candidates, each pointing to the cue that introduced it; ``repeats``: the
    opening marks of a headline's quotations that only repeat the body's (``Budget : pour X,
    « … »``), which a fronted source reports no more than the marks, each with its closing
    mark's end (a cue inside them, « On a cru que… » : des rescapés racontent, reports nothing)."""
    repeats = repeats or {}
    repeat_spans = sorted(repeats.items())
    repeat_starts = [s for s, _ in repeat_spans]
    # Sorted: dialogue turns come after the marked quotes in ``marked``, and spans are bisected.
    direct_spans = sorted((c.marks or (c.start, c.end)) for c in marked if c.kind == Kind.DIRECT)
    direct_starts = [s for s, _ in direct_spans]
    partial = sorted(c.marks for c in marked if c.kind == Kind.PARTIAL and c.marks is not None)
    partial_starts = [s for s, _ in partial]
    headline_partials = [c.marks for c in marked if c.rule == "partial-headline" and c.marks is not None]
    # Marks a glued sub-heading runs into (see classify._glued_heading): an incise's clause
    # ending with them is the heading and the quotation, no clause of anyone's.
    headed = [c.marks for c in marked if c.rule == "direct-heading" and c.marks is not None]
    cue_starts = [c.start for c in cues]
    # The end of the title's line when it is short enough for a title, read once.
    title_start = _title_start(text)
    title_break = text.find("\n", title_start, title_start + grammar().headline_repeat_chars + 1)
    out: list[Candidate] = []
    replaced: set[int] = set()
    for i, cue in enumerate(cues):
        # "des faits « pour lesquels il a purgé ses peines »": a preposition in a partial quote's marks
        # is the quoted words' own (a verb there still reports: La France « exige que … »).
        if _inside(direct_spans, direct_starts, cue.start) or _inside(repeat_spans, repeat_starts, cue.start) or (
                cue.form == "preposition" and _inside(partial, partial_starts, cue.start)):
            continue
        sent = sentences.at(cue.start)
        if sent is None:
            continue
        # A content clause is read within reach of its cue: an unpunctuated 10 MB text must
        # not cost its length for every cue in it.
        s_start = sent[0] if sent[0] >= cue.start - _MAX_CLAUSE else cue.start - _MAX_CLAUSE
        s_end = sent[1] if sent[1] >= cue.end else cue.end
        s_end = s_end if s_end <= cue.end + _MAX_CLAUSE else cue.end + _MAX_CLAUSE
        cand: Candidate | None = None
        que_end = cue.que_end if cue.que_end is not None else _que_nearby(text, cue, s_end)
        if cue.que_end is None and que_end is not None and _owned_by_next_verb(cues, i, que_end):
            que_end = None  # "Un diplomate interrogé par l'AFP estime que": the que is the next cue's
        if (que_end is not None and cue.form == "finite" and _patterns().coordinated_que.search(text, cue.end, que_end)
                and _in_object_relative(text, cue, sent[0], cues[i - 1].end if i > 0 else -1)):
            que_end = None  # "ces appels, qu'il juge « … » et qu'il attribue à …": a second relative
        # "plus que", "sans que": a blocker before que, not inside an adverbial set off by commas
        # ("affirmant, sans preuve, que").
        blocker_from = max(cue.end, _rcomma(text, cue.end, que_end) + 1) if que_end is not None else cue.end
        if que_end is not None and cue.que_end is not None:
            # Only known adverbs stand between the cue and its own que ("estime pour sa part
            # que"): only the word right before que can make it a comparison ("plus que").
            words = list(_WORD.finditer(text, blocker_from, que_end))
            blocker_from = words[-2].start() if len(words) >= 2 else que_end
            if len(words) == 2 and cue.form == "finite" and words[0].group().lower() in grammar().adverb_complementizer_blockers:
                blocker_from = que_end  # "X estime ainsi que …": the adverb, then the cue's own que
        if que_end is not None and cue.que_end is None and cue.form == "participle" and _in_cleft_focus(text, sent[0], cue.start):
            que_end = None  # "C'est par un communiqué lu à la radio que la nouvelle est tombée": the cleft's que
        # "a averti quelques jours plus tôt que": a comparative of time after a noun of time dates the report.
        dated = _patterns().time_comparison.search(text, blocker_from, que_end) if que_end is not None else None
        if dated is not None and not _opens_subject(text, dated.end()):
            dated = None  # "trois jours plus tôt que prévu": a comparison still
        if que_end is not None and getattr(cue, "stance", None) == "directive" and text[cue.end : que_end].strip(" \u00a0\u202f").lower().replace(
                "’", "'") in grammar().directive_complementizers:
            pass  # "a appelé à ce que toute la lumière soit faite": the directive's own complementizer
        elif que_end is not None and (_que_blocked(text, blocker_from, dated.start() if dated else que_end)
                                    or (_patterns().que_conjunction.search(text, cue.end, que_end)
                                        and not _adverb_before_own_que(text, cue, que_end))
                                    or _restrictive(text, cue, que_end)):
            que_end = None  # "plus que jamais", "n'a dit que": a comparison or a restriction
        if que_end is not None and cue.form == "participle" and _patterns().compared_participle.search(
                text, cue.start - _LEAD_CHARS if cue.start > _LEAD_CHARS else 0, cue.start):
            que_end = None  # "plus durement jugées que leurs homologues": a comparison
        if que_end is not None and _denied(text, cue, que_end):
            continue  # "X n'a pas dit que …": a denied report, nobody's words
        if que_end is not None and cue.form == "finite" and (generic_subject_before(text, cue.start) or (
                generic_pronoun_before(text, cue.start, cue.end, sent[0], que_end, fronted=learning_verb(cue.lemma))
                and not reading_verb(cue.lemma))):
            # "et chacun jure que …", "puis on s'étonne que …": the writer's generalisation, nobody's
            # words; "En 2013, on apprenait que …": what came to light, nobody's report either.
            continue
        if que_end is not None and learning_verb(cue.lemma) and text[cue.end : que_end].strip(" \u00a0\u202f").lower().replace(
                "’", "'") in grammar().complementizers:
            # "Le maire a appris que …", "en apprenant que …": whoever learns with no source named
            # between the verb and its que (de source policière, via l'AFP, aux habitants) reports nobody's words.
            continue
        if que_end is not None and cue.form == "finite" and _postposed_hypothesis(text, sent[0], cue.start):
            continue  # "… pour saisir le tribunal s'il estime que …": a condition, nobody's words
        if que_end is not None and prospective_report(text, cue):
            continue  # "X devrait annoncer que …": a report still to come, nothing said yet
        if que_end is not None and cue.form == "finite" and _relative_fear(text, cue):
            continue  # "les riverains, qui craignent que …": the writer describes them, nobody's report
        if que_end is not None and cue.form == "finite" and _thing_subject(text, sent[0], cue.start):
            continue  # "Un panneau indique que la route est fermée": a thing, nobody who speaks
        if cue.form == "finite" and _patterns().correction_subject.search(text, sent[0] if sent[0] >= cue.start - _CORRECTION_LEAD else cue.start - _CORRECTION_LEAD, cue.start):
            continue  # "une version précédente de cet article indiquait que …": the outlet's own correction
        if que_end is not None and cue.form not in ("preposition", "noun"):
            cand = _que_clause(text, i, que_end, s_end, cues, cue_starts)
        elif cue.form == "preposition":
            lo, hi = bisect.bisect_left(cue_starts, s_start), bisect.bisect_left(cue_starts, s_end)
            cand = _relative(text, i, cue, s_end, cues, cue_starts) or _selon(
                text, i, cue, s_start, s_end, mention_starts, cues[i + 1].start if i + 1 < len(cues) else None,
                cue_starts[lo:hi], [c.form for c in cues[lo:hi]],
            )
            if (cand is not None and cand.rule == "indirect-selon" and cand.end <= cue.start
                    and _speaker_s_own_marks(text, cand, cue, cues[lo:hi], s_end, mention_starts)):
                # "X a jugé les résultats « positifs », selon les agences", "X dénonçait, selon Y,
                # « … »": the subject's own verb governs the marks; the source relays the quoted
                # words only, no clause of the writer's.
                cand = None
            if (cand is not None and cand.rule == "indirect-selon" and cand.start > cue.end
                    and cue.lemma in grammar().fronted_only_prepositions
                    and _subject_reports(text, cand.start, cues, cue_starts, mention_starts, mention_ends)
                    and not _named_holder_after(text, cue.end, cand.start)):
                # "Pour la France, l'OCDE table sur 1 %": a topic; the clause reports its own subject's
                # words ("Pour l'analyste X Y, Moscou craint …": a named person is no topic, his view).
                cand = None
            if (cand is not None and cand.rule == "indirect-selon" and cand.end <= cue.start and i > 0 and out
                    and out[-1].rule == "indirect-incise" and out[-1].cue == i - 1 and _incise_before_source(text, cues[i - 1], cue, s_start)):
                # "Le texte ne sera jamais reconnu, a-t-il affirmé, selon l'agence Tanjug": the
                # postposed incise right before the source reports the clause; the source (an
                # agency, a paper) only relays that report.
                cand = None
        elif cue.form == "finite" and (connector := comparative_connector(text, cue.start, s_start)) is not None:
            cand = _as_reported(text, i, cue, connector, s_start, s_end, mention_starts)
        elif cue.form == "finite" and not text[past_dateline(text, s_start, cue.start) : cue.start].strip(_OPENING):
            # "Attaque au couteau à Annecy : le fil…", "EN DIRECT - Tempête X : …": a noun opening a
            # title (past a rubric in capitals), no verb without its subject
            pass
        elif cue.form in ("finite", "inverted"):
            cand = _reported_back(text, i, cue, sentences, sent[0]) or _colon(text, i, cue, s_end, cues[i + 1] if i + 1 < len(cues) else None) or _postposed(
                text, i, cue, s_start, s_end, mention_starts, mention_ends,
                cues[i + 1].start if i + 1 < len(cues) else None, cues[i + 1].form if i + 1 < len(cues) else None,
                cues[i - 1] if i > 0 else None,
            )
        if (cand is not None and cand.rule == "indirect-selon" and cand.end <= cue.start and i > 0
                and (joined := _past_earlier_source(text, cues[i - 1], cand.start, cand.end)) is not None):
            # "A, selon des sources humanitaires, et B, selon le HCR": each postposed source reports
            # the clause before it, the second one no further back than the first source.
            cand = _make(text, joined, cand.end, i, cand.rule, cand.confidence)
        if (cand is not None and cand.rule == "indirect-colon" and _inside(partial, partial_starts, cue.start)
                and _inside(partial, partial_starts, cand.start)):
            cand = None  # "(« Je les appelle : venez… »)": a colon inside the quoted words is theirs
        if (cand is not None and cand.rule == "indirect-incise" and cue.form == "inverted" and cand.end <= cue.start and out
                and out[-1].rule == "indirect-selon" and out[-1].start <= cand.end and cue.end <= out[-1].end):
            # "Pour la ministre, la crise rejoindra ces jours où, a-t-elle dit, le monde a …": an
            # incise inside the clause a fronted source opened interrupts it, no clause of its own.
            cand = None
        if cand is not None and partial:
            cand = _fit_to_marks(text, cand, partial)
        if (cand is not None and (cand.rule == "indirect-incise" and cand.start < cue.start or cand.rule == "indirect-selon" and (
                    cand.end <= cue.start or cand.start in repeats))
                and _only_marks(text, cand.start, cand.end)):
            # "18h45 - « Nous ne lâcherons rien », promet X", "« … », selon X" as a headline, or
            # "Budget : pour X, « … »": words in marks that are no quotation of their own (a title
            # or a subhead repeating the body's) are not reported speech either; a relative's
            # predicate after its incise is (« un élu qui, a-t-elle rappelé, « a tout remboursé » »).
            cand = None
        if (cand is not None and repeat_starts and cand.rule in ("indirect-incise", "indirect-selon", "indirect-que")
                and (k := bisect.bisect_left(repeat_starts, cand.start)) < len(repeat_starts) and repeat_starts[k] < cand.end
                and cand.end <= title_break and _in_title_line(text, title_start, cand.end)):
            # "Usine X : l'État « ne lâchera rien », promet Y" or "Y assure que l'État « ne lâchera
            # rien »" as the title: the marks repeat the body's quotation, and the title around them
            # reports no words of its own either.
            cand = None
        if (cand is not None and cand.rule == "indirect-selon" and cand.start > cue.end and cand.end <= title_break
                and cue.lemma in grammar().fronted_only_prepositions and _in_title_line(text, title_start, cand.end)):
            # "Syrie : pour Moscou, la trêve n'aura duré que onze semaines" as the title: the
            # headline sums up the stance the body reports, no report of its own (neither gold
            # annotates one; "Selon X, …" as a title still reports).
            cand = None
        if (cand is not None and cand.rule == "indirect-selon" and (cand.start > cue.end or cand.end <= cue.start)
                and _determiner_then_marks(text, cand.start, cand.end, complement=cand.end <= cue.start)):
            # "16h05 - Pour le ministère, une « attaque contre la souveraineté »", "Une « victoire »
            # pour Kiev, selon son ministre": a noun phrase, its determiner and the marks (maybe a
            # short complement), no verb: the partial quote alone, no clause around it. Before a
            # postposed source, marks alone may hold a clause (Cette « colère s'exprime partout »).
            cand = None
        if (cand is not None and cand.rule == "indirect-selon" and headline_partials
                and _covered_by_marks(cand, headline_partials, [h[0] for h in headline_partials], text)):
            # "Pour la mairie, « un pas dans la bonne direction »": a noun phrase in marks after the
            # source, the partial quote alone; no clause around it.
            cand = None
        if cand is not None and not _covered_by_marks(cand, direct_spans, direct_starts, text):
            plain_que = _plain_que_cue(text, cues, cue_starts, cand) if cand.rule == "indirect-incise" else None
            if plain_que is not None and (
                    _comma(text, cues[plain_que].que_end or cand.end, cand.end) >= 0
                    or not (any(c.cue == plain_que and c.rule == "indirect-que" and c.end == cand.end for c in out)
                            or generic_subject_before(text, cues[plain_que].start))):
                # "révèle que des cadres de Vectis, sous-traitant de X, auraient alerté leur direction":
                # a comma inside the que-clause may close an apposition, the verb after it the clause's own
                # ("Tout le monde sait que …, a raconté X": a generic subject's que-clause, dropped, is part of it).
                plain_que = None
            alleged = _alleged_report(text, cue, cues, cue_starts, cand) if cand.rule == "indirect-selon" else None
            if alleged is not None:
                # "Selon un ancien conseiller, le directeur aurait exigé que …": the source reports
                # the demand, its que-clause included, in the conditional of the unconfirmed.
                replaced.add(alleged)
            elif plain_que is not None and cand.rule == "indirect-incise" and _relaying_outlet_after(text, cue.end):
                # "X a assuré que …, a rapporté l'agence Ria Novosti": a news outlet after the incise
                # only relays the words; the que-clause is X's, as after "selon l'agence …".
                continue
            elif plain_que is not None:
                # "Paris souhaite que l'égalité progresse, a souligné X": the incise reports the whole
                # sentence, the que-clause of the verb inside it included.
                replaced.add(plain_que)
            elif cand.rule in ("indirect-incise", "indirect-selon") and (
                _quoted_share(cand, direct_spans, direct_starts) >= _MOSTLY_QUOTED
                or _holds_que_cue(text, cues, cue_starts, cand.start, cand.end,
                                  *((partial, partial_starts) if cand.rule == "indirect-incise" else ((), ())))
                or _opens_with_incise_quote(text, cand, direct_spans, direct_starts, cue_starts)
                or cand.rule == "indirect-selon" and cand.end <= cue.start and _holds_gerund_report(cues, out, cand)
                or headed and cand.rule == "indirect-incise" and any(cand.start < o and cand.end - 1 <= e <= cand.end + 1 for o, e in headed)
                or cand.rule == "indirect-incise" and text[cand.end - 1] in closing_marks() and _framed_quotation(text, cand)
            ):
                # "… « Il faut espérer … », a dit X": the incise reports the quotation;
                # "X relève que … : « … », insiste-t-il": the clause has its own cue;
                # "Respect des victimes « La France … », a dit X": a glued sub-heading, then the quotation;
                # "Un appel à « un coup d'État », a dénoncé X": a noun phrase framing the quoted words.
                continue
            if (cand.rule == "indirect-incise" or cand.rule == "indirect-que" and text[cand.start : cand.start + 1] in opening_marks()) and (
                    partial and _holds_opening_mark(text, cand.start, cand.end)):
                # "Le président « n'a jamais dit que …, il a dit qu'elle … », a plaidé X": the incise
                # reports the marks whole; a que-clause of a verb inside them is no report of its own;
                # so does a que-clause opening with marks ("a affirmé que « les éléments indiquent que … »").
                k = bisect.bisect_left(cue_starts, cand.start)
                while k < len(cues) and cues[k].start < cand.end:
                    if _inside(partial, partial_starts, cues[k].start):
                        replaced.add(k)
                    k += 1
            if cand.rule == "indirect-selon" and cand.start > cue.end and (thing := _thing_opened_cue(text, cues, cue_starts, cand)) is not None:
                # "Pour X, le drame des Alpes-Maritimes rappelle que …": a thing's verb, no report of
                # its own; the fronted source's clause holds its que-clause.
                replaced.add(thing)
            out.append(cand)
    if replaced:
        out = [c for c in out if not (c.rule == "indirect-que" and c.cue in replaced)]
    incise_starts: dict[int, int] = {}  # where an incise's clause ends -> its earliest start
    for c in out:
        if c.rule == "indirect-incise":
            incise_starts[c.end] = min(c.start, incise_starts.get(c.end, c.start))
    if incise_starts:
        # "Il existe des « informations » selon lesquelles l'avion a été abattu, a affirmé X": the
        # incise reports the whole sentence; the relative's clause ending with it is part of that
        # report, no claim of its own (as a que-clause inside it, see _plain_que_cue).
        out = [c for c in out if not (c.rule == "indirect-relative" and incise_starts.get(c.end, c.start) < c.start)]
    ques = [(c.start, c.end) for c in out if c.rule == "indirect-que"]
    if ques:
        # "X a affirmé que les tireurs roulaient vers l'Ukraine, où une fenêtre avait, selon lui,
        # été préparée": a personal pronoun's source set off inside a que-clause already reported
        # stands for the reporter; the clause it sits in is part of that one report, no second.
        out = [c for c in out if not (c.rule == "indirect-selon" and c.cue is not None
                                      and _pronoun_source(text, cues[c.cue])
                                      and any(s < c.start and c.end <= e for s, e in ques))]
    if len(ques) > 1:
        out = _without_purpose_reports(text, out, cues, ques)
        out = _within_outer_clause(out, cues)
    return _dedupe(out)


def _without_purpose_reports(text: str, out: list[Candidate], cues: Sequence[CueLike],
                             ques: Sequence[tuple[int, int]]) -> list[Candidate]:
    """``a annoncé qu'il écrirait au ministre pour demander que …``: a que-clause whose cue is a
    reporting infinitive after a preposition of purpose (``purpose_governors`` of
    ``cue_words.json``), the cue inside a que-clause already reported, says what the reported act
    is for: part of that one report, no second."""
    return [c for c in out if not (c.rule == "indirect-que" and c.cue is not None and cues[c.cue].form == "infinitive"
                                   and any(s < cues[c.cue].start < e for s, e in ques)
                                   and _purpose_opened(text, cues[c.cue]))]


def _purpose_opened(text: str, cue: CueLike) -> bool:
    """Whether ``cue`` opens with a preposition of purpose (``pour demander``, ``afin de dire``)."""
    head = text[cue.start : cue.end].casefold()
    return any(head.startswith(w) and not head[len(w) : len(w) + 1].isalpha() for w in purpose_governors())


def without_source_labels(text: str, marked: list[Candidate], found: Sequence[Candidate],
                          cues: Sequence[CueLike]) -> list[Candidate]:
    """``marked`` but the fragments in marks that a fronted source's own cue took, standing in the
    source's description between that cue and the clause it reports right after a determiner or a
    contracted article (``Pour X, chef de file des « anti-Pacs », le texte …``): the writer's label of
    the source, no one's words; not past another cue (``Pour X, qui dénonce « … », le texte …`` are X's
    words), nor an adjective's words (``président d'une association « très remontée »``)."""
    asides = {c.cue: (cues[c.cue].end, c.start) for c in found
              if c.rule == "indirect-selon" and c.cue is not None and cues[c.cue].end < c.start}
    if not asides:
        return marked
    cue_starts = [c.start for c in cues]

    def label(c: Candidate) -> bool:
        aside = asides.get(c.cue) if c.kind == Kind.PARTIAL and c.cue is not None else None
        return (aside is not None and c.marks is not None and aside[0] <= c.marks[0] and c.marks[1] <= aside[1]
                and bisect.bisect_left(cue_starts, aside[0]) == bisect.bisect_left(cue_starts, c.marks[0])
                and _after_determiner(text, c.marks[0]))
    return [c for c in marked if not label(c)]


def _after_determiner(text: str, at: int) -> bool:
    """Whether the word right before ``at`` is a determiner (``des``, ``la``, ``l'``) or ``du``."""
    words = text[max(0, at - 12):at].replace("’", "'").split()
    last = words[-1].lower() if words else ""
    if "'" in last:
        last = last[last.rindex("'") - 1:]
    return last in _determiners() or last == "du"


def _within_outer_clause(out: list[Candidate], cues: Sequence[CueLike]) -> list[Candidate]:
    """``a estimé que ces déclarations confirmaient qu'il n'y avait eu …, et a appelé X à …``: a
    que-clause whose cue stands inside another que-clause ends with it at the latest; the outer
    clause's end (a second verb of the outer subject) ends both."""
    outer = sorted((c.start, c.end) for c in out if c.rule == "indirect-que")
    fixed: list[Candidate] = []
    for c in out:
        if c.rule == "indirect-que" and c.cue is not None:
            at = cues[c.cue].start
            for s, e in outer:
                if s < at < e and s < c.start < e < c.end:
                    c = replace(c, end=e)
                    break
        fixed.append(c)
    return fixed


@cache
def _source_pronouns() -> frozenset[str]:
    """The personal pronouns of ``pronouns.json`` (``lui``, ``elle``, ``eux``), lower case."""
    return frozenset(p.form.lower() for p in registry.pronouns() if p.kind == "pronoun" and " " not in p.form)


def _pronoun_source(text: str, cue: CueLike) -> bool:
    """Whether a source's last word (``selon lui``) is a personal pronoun."""
    words = text[cue.start : cue.end].split()
    return bool(words) and words[-1].lower() in _source_pronouns()


# Characters read after an incise's verb for the news outlet relaying the words.
_OUTLET_REACH = 60


@cache
def _relaying_outlet() -> regex.Pattern[str]:
    """A determiner, a news agency or one of ``publication_naming_words`` (``detection.json``), at most two
    lower-case words (``officielle``, ``russe``) and a capitalised name: ``l'agence Ria Novosti``,
    ``le quotidien Kommersant``."""
    nouns = ["agence", *lexicon.read_json("detection.json")["publication_naming_words"]]
    return regex.compile(rf"[ \u00a0]*+(?:l['’]|le[ \u00a0]++|la[ \u00a0]++)(?:{trie_alternation(nouns)})"
                         rf"(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+){{0,2}}[ \u00a0]++\p{{Lu}}")


# Most characters between a postposed incise's verb and the comma before a source set off after it
# (« a-t-il affirmé », « a déclaré le ministre serbe des Affaires étrangères »).
_INCISE_BEFORE_SOURCE = 70


def _incise_before_source(text: str, incise: CueLike, cue: CueLike, s_start: int) -> bool:
    """Whether the postposed incise at ``incise`` (its verb, maybe its subject, no comma) ends
    right before the comma setting off the source at ``cue``, in the source's sentence (opening
    at ``s_start``): an incise closing the sentence before (« …, ont indiqué les pompiers.
    Quelque 80 personnes ont survécu, selon la même source. ») leaves the next clause to its source."""
    comma = len(text[: cue.start].rstrip(" \u00a0\u202f")) - 1
    return (incise.form in ("finite", "inverted") and s_start <= incise.start < comma and text[comma] == ","
            and comma - incise.start <= _INCISE_BEFORE_SOURCE and "," not in text[incise.start : comma])


def _relaying_outlet_after(text: str, pos: int) -> bool:
    """Whether a news outlet named by its kind and its name follows ``pos`` (an incise's verb)."""
    return _relaying_outlet().match(text, pos, min(len(text), pos + _OUTLET_REACH)) is not None


def _past_earlier_source(text: str, prev: CueLike, start: int, end: int) -> int | None:
    """Where the clause after ``prev``, a postposed source set off by commas inside
    ``text[start:end]`` (``…, selon X, et …``), opens: past its closing comma and a coordinator
    right after it; ``None`` when ``prev`` is no such source."""
    if prev.form != "preposition" or not start < prev.start or prev.end >= end:
        return None
    if not text[start : prev.start].rstrip(" \u00a0\u202f").endswith(","):
        return None  # "A selon X": no source set off
    comma = text.find(",", prev.end, end)
    if comma < 0:
        return None
    joint = _patterns().coordinator.match(text, comma + 1, end)
    return joint.end() if joint is not None else comma + 1


def _framed_quotation(text: str, cand: Candidate) -> bool:
    """``Un appel à « un coup d'État fasciste », a dénoncé X.``: an incise's clause that is a
    determiner, one word and a preposition, then words in marks to its end, is a noun phrase with no
    verb, the object the incise's verb reports; the partial quote in the marks carries the words."""
    framed = _framed_marks().match(text, cand.start, cand.end)
    return framed is not None and _only_marks(text, framed.end(), cand.end)


@cache
def _framed_marks() -> regex.Pattern[str]:
    """A determiner, one word and a ``quote_complement_prepositions`` preposition (``Un appel à ``)."""
    g = grammar()
    full = [d for d in g.object_determiners if not d.endswith(("'", "’"))]
    elided = [d for d in g.object_determiners if d.endswith(("'", "’"))]
    preps = [p for p in g.quote_complement_prepositions if not p.endswith(("'", "’"))]
    elided_preps = [p for p in g.quote_complement_prepositions if p.endswith(("'", "’"))]
    return regex.compile(
        rf"(?i)(?:(?:{alternation(full)})[ \u00a0]++|(?:{alternation(elided)}))\p{{L}}[\p{{L}}\-]*+"
        rf"(?:[ \u00a0]++(?:{alternation(preps)})[ \u00a0\u202f]*+|[ \u00a0]++(?:{alternation(elided_preps)})[ \u00a0\u202f]*+)"
    )


def _title_start(text: str) -> int:
    """Where the text's title starts: its first line, or the next one when the first is a rubric
    or a kicker (``Monde``, ``SYRIE``) above it."""
    first = text.find("\n", 0, _RUBRIC_LINE_MAX + 1)
    if first <= 0 or not above_title(text, (0, first)):
        return 0
    return _skip_space(text, first, min(len(text), first + _RUBRIC_LINE_MAX))


def _in_title_line(text: str, start: int, end: int) -> bool:
    """Whether ``end`` falls in the title's line opening at ``start``: a line break closes it,
    and no sentence's final stop."""
    line_end = text.find("\n", end)
    return line_end >= 0 and "\n" not in text[start:end] and text[start:line_end].rstrip()[-1:] not in _FINAL_STOPS


# Most characters of a rubric's or a kicker's line above a title.
_RUBRIC_LINE_MAX = 40


# What ends a sentence, not a title.
_FINAL_STOPS = frozenset(".!?…")


# Most characters of a short subject read before a cue for a thing (``un panneau``).
_THING_SUBJECT_CHARS = 40
# Characters read back from a cue for an earlier version of the outlet's text as its subject.
_CORRECTION_LEAD = 80


def _relative_fear(text: str, cue: CueLike) -> bool:
    """A verb of fear or doubt right after a subject relative (``les riverains, qui craignent que``):
    the writer's description of the antecedent, no report (see :attr:`Grammar.relative_fears`)."""
    return cue.lemma in grammar().relative_fears and _patterns().subject_relative_end.search(
        text, max(0, cue.start - _LEAD_CHARS), cue.start) is not None


def _thing_subject(text: str, s_start: int, cue_start: int) -> bool:
    """Whether the words before ``cue_start``, from the sentence's start or its last comma, are a
    short noun phrase naming a thing (``thing_nouns``: ``Un panneau indique que``, ``À l'entrée,
    le thermomètre indiquait que``), with no complement link (``Le sommet du G7 a estimé``)."""
    lead = text[max(s_start, cue_start - _THING_SUBJECT_CHARS) : cue_start]
    comma = lead.rfind(",")
    if comma < 0 and cue_start - s_start > _THING_SUBJECT_CHARS:
        return False
    words = lead[comma + 1 :].strip(_OPENING).split()
    return 2 <= len(words) <= 3 and names_a_thing(" ".join(words)) and not any(w in thing_links() for w in words[1:])


def _subject_reports(
    text: str, start: int, cues: Sequence[CueLike], cue_starts: Sequence[int],
    mention_starts: Sequence[int], mention_ends: Sequence[int],
) -> bool:
    """Whether the clause at ``start`` opens with a mention that a finite cue follows right
    after (``l'OCDE table sur…``, ``le ministre assure que…``): it reports its subject's words.
    The mention before the cue must be that opening one (mentions never overlap, so the sorted
    starts and ends pair up): in ``Londres a obtenu ce que Berne réclame`` the cue's subject is
    another's, inside a relative, and the clause is no report of its own subject."""
    first = _FIRST_WORD.match(text, start)  # "l'OCDE", "le FMI": a determiner before the name
    skip = first.end() if first is not None and first.group(1).lower() in grammar().object_determiners else start
    if not _mention_at(mention_starts, start, skip + 1):
        return False
    j = bisect.bisect_left(cue_starts, start)
    if j >= len(cues) or cues[j].form not in ("finite", "inverted") or cues[j].start - start > _SUBJECT_REACH:
        return False
    end = len(text[start : cues[j].start].rstrip(" \u00a0\u202f")) + start
    k = bisect.bisect_left(mention_ends, end)
    return (k < len(mention_ends) and mention_ends[k] == end and _comma(text, start, end) < 0
            and (k >= len(mention_starts) or mention_starts[k] <= skip))


# Words read after a fronted preposition for a holder noun and the name after it.
_HOLDER_REACH = 40


@cache
def _named_holder() -> regex.Pattern[str]:
    """A determiner (``object_determiners`` of ``grammar.json``), a noun of who holds opinions
    (see :func:`cues._holder_nouns`: ``analyste``, ``politologue``, ``ministre``) and a capitalised
    word: a person named with the role (``l'analyste Jonathan Pryke``)."""
    return regex.compile(
        rf"[ \u00a0\u202f]++(?i:{trie_alternation(sorted(grammar().object_determiners))})(?:(?<=['’])|[ \u00a0\u202f]++)"
        rf"(?:{trie_alternation(sorted(cues._holder_nouns()))})[ \u00a0\u202f]++\p{{Lu}}")


def _named_holder_after(text: str, start: int, end: int) -> bool:
    """Whether the fronted source ``text[start:end]`` opens with a holder noun and a name."""
    return _named_holder().match(text, start, min(end, start + _HOLDER_REACH)) is not None


def _owned_by_next_verb(cues: Sequence[CueLike], i: int, que_end: int) -> bool:
    """Whether the cue after ``cues[i]`` is a finite verb before ``que_end`` with a que of its own."""
    if i + 1 >= len(cues):
        return False
    after = cues[i + 1]
    return after.form == "finite" and after.que_end is not None and after.start < que_end


def _concessive_cue(text: str, cue: CueLike) -> bool:
    """Whether a word of ``concessive_governor_links`` (``detection.json``) stands inside the
    cue's words (``a eu beau répéter``): a report conceded before the sentence's main clause."""
    links = grammar().concessive_governor_links
    words = text[cue.start : cue.end].lower().split()
    return any(w in links for w in words[:-1])


def _que_clause(
    text: str, i: int, start: int, s_end: int, cues: Sequence[CueLike], cue_starts: Sequence[int]
) -> Candidate | None:
    if _concessive_cue(text, cues[i]) and (comma := _comma(text, start, s_end)) >= 0:
        s_end = comma  # "a eu beau répéter que la piscine rouvrirait, personne ne l'a cru": the main clause after the comma
    end = _clause_end(text, start, s_end, cues, cue_starts, cues[i])
    if "," in text[start:end]:
        end = _relative_close(text, cues[i], start, end, cues[i - 1] if i > 0 else None)
    return _make(text, start, end, i, "indirect-que", 0.85)


def _relative_close(text: str, cue: CueLike, start: int, end: int, previous: CueLike | None = None) -> int:
    """``Le maire, qui réclame que l'État « paie sa part », s'apprête à …``: a cue in a subject
    relative set off by a comma; its content clause ends at the comma closing the relative, a word
    of the main clause's verb group right after it (``s'``, ``a``, ``n'``); else ``end``."""
    lo = max(0, cue.start - _LEAD_CHARS)
    rel = _patterns().subject_relative_end.search(text, lo, cue.start)
    if rel is None or not text[lo : rel.start()].rstrip(" \u00a0\u202f").endswith(","):
        return end
    if previous is not None and previous.end < rel.start():
        gap = text[previous.end : rel.start()].rstrip(" \u00a0\u202f")
        if gap.endswith(",") and len(gap) <= _ANTECEDENT_REACH and not _GAP_BREAK.search(gap, 0, len(gap) - 1):
            # "…, a précisé M. X, qui admet que les propos, en 2015, n'avaient …", "…, selon un
            # diplomate, qui rappelle que la France, comme ses voisins, aura …": the relative
            # hangs on the subject or source of the cue right before it, the sentence's verb
            # behind; its clause runs on past the commas of its own asides.
            return end
    comma = _comma(text, start, end)
    while comma >= 0:
        word = _CLAUSE_WORD.match(text, _skip_space(text, comma + 1, end), end)
        if word is not None and word.group().casefold().replace("’", "'") in _verb_words():
            return comma
        comma = _comma(text, comma + 1, end)
    return end


# Most characters between a cue and the comma before a relative on its subject or source
# (« , a précisé M. Castaner, qui », « selon un diplomate en poste à Bruxelles, qui »).
_ANTECEDENT_REACH = 60
# A break no noun phrase holds: punctuation, marks, a sentence's stop (not an initial's: « M. X »).
_GAP_BREAK = regex.compile(r"[,;:!?«»\"“”()\n]|(?<!(?<!\p{L})\p{Lu})\.")


def _opener_with_aside(openers: Sequence[str]) -> str:
    """The alternation of ``openers`` (``rien ne permet``), each maybe with a short aside set off
    by commas after its first word (``rien, à ce stade, ne permet``)."""
    aside = r"(?:[ \u00a0]*+,[^,.;:!?\n]{1,24}+,)?+"
    forms = (o.partition(" ") for o in sorted(openers, key=len, reverse=True))
    return "|".join(rf"{regex.escape(head)}{aside}[ \u00a0]++{regex.escape(rest)}" if rest else regex.escape(head)
                    for head, _, rest in forms) or "(?!)"


def _denied(text: str, cue: CueLike, que_end: int) -> bool:
    """Whether ``cue`` is a verb of plain saying negated by a word in the cue or before its que
    (``n'a pas dit``, ``n'a jamais affirmé``, ``ne dit pas que``): it denies the report."""
    return (bool(getattr(cue, "negated", False)) and cue.lemma in grammar().denied_when_negated
            and _patterns().negation.search(text, cue.start, que_end) is not None)


def _restrictive(text: str, cue: CueLike, que_end: int) -> bool:
    """``n'a dit que quelques mots``, ``n'avoir été prévenu que``: ne without pas/jamais (in the
    cue or between it and que: ``n'exclut pas que`` is a report) is ne … que, "only";
    ``tout porte à croire que``: nobody's report."""
    lead = text[max(0, cue.start - _LEAD_CHARS) : cue.start]
    if _patterns().impersonal_opener.search(text, max(0, cue.start - _IMPERSONAL_OPENER_LEAD), cue.start) or _impersonal_cue(text, cue, lead):
        return True
    if getattr(cue, "negated", False) and _negative_subject(text, cue.start):
        return True  # "Rien n'indique que …", "Personne n'a dit que …": nobody says it, nobody's report
    if _comment_frame().search(text, max(0, cue.start - _LEAD_CHARS), cue.start):
        return True  # "Une façon de dire que …": the writer's comment, nobody's report
    # "affirme n'avoir visé que des cibles militaires": ne opening the infinitive the cue governs.
    negated = (bool(getattr(cue, "negated", False)) or _patterns().ne_before.search(lead) is not None
               or _patterns().ne_after.match(text, cue.end, que_end) is not None)
    return (negated and not _patterns().negation.search(text, _clause_lead_start(text, cue.start), max(cue.end, que_end))
            and not _patterns().expletive_ne.search(text, max(0, cue.start - _EXPLETIVE_LEAD), cue.start))


def _clause_lead_start(text: str, pos: int) -> int:
    """Where the ``_LEAD_CHARS`` read back from ``pos`` for a negation word start, cut after the
    last stop, colon, semicolon or line break there: a pas or a plus of the sentence before
    (``… bien plus nombreux. La CFDT n'y voit qu'un …``) negates nothing in the cue's clause."""
    lo = max(0, pos - _LEAD_CHARS)
    return max(lo, *(text.rfind(ch, lo, pos) + 1 for ch in ".!?:;\n"))


@cache
def _comment_frame() -> regex.Pattern[str]:
    """One of ``comment_frames`` (``detection.json``: ``Une façon``) opening a sentence (the
    text's start, or a final stop and maybe a closing mark before it) right before the cue, maybe
    one of ``impersonal_links`` (``de``) between, when the cue does not hold it."""
    links = alternation(names_data().get("impersonal_links", ()))
    return regex.compile(rf"(?i)(?:^|[.!?…\n][»\"”)\s]*+)(?:{alternation(grammar().comment_frames)})"
                         rf"[ \u00a0]++(?:(?:{links})(?:(?<=['’])|[ \u00a0]++))?$")


# Characters read back from a negated cue for a conjunction making its ne expletive (« avant que X, Y, ne précise »).
_EXPLETIVE_LEAD = 100


# Characters read before a cue for the impersonal pronoun and its form (« Il est à noter »).
_IMPERSONAL_LEAD = 24


def _impersonal_cue(text: str, cue: CueLike, lead: str) -> bool:
    """``Il est à noter que``, ``Il convient de rappeler que``, ``Il importe de souligner que``:
    a cue the impersonal pronoun and one of its forms (``impersonal_after_il``) open or govern
    (through à or de) is the writer's remark, nobody's report (not ``Il reste persuadé que``)."""
    low = lead[-_IMPERSONAL_LEAD:].lower()
    pronouns = names_data()["impersonal_pronouns"]
    at = max((low.rfind(pronoun + space) for pronoun in pronouns for space in " \u00a0"), default=-1)
    if at < 0 or (at > 0 and low[at - 1].isalpha()):
        return False
    m = impersonal_opening().match(text, cue.start - len(low) + at, cue.end)
    if m is None or (m.end() < cue.start and text[m.end() : cue.start].strip(" \u00a0")):
        return False
    links = _impersonal_links()
    return m.end() >= cue.end or text[cue.start : cue.start + max(map(len, links), default=0)].lower().startswith(links)


@cache
def _impersonal_links() -> tuple[str, ...]:
    """The ``impersonal_links`` of ``names.json`` as a cue may open (``à ``, ``de ``, ``d'``): a
    full word with its space, an elided one as is."""
    return tuple(w if w.endswith(("'", "’")) else w + " " for w in names_data().get("impersonal_links", ()))


def _que_nearby(text: str, cue: CueLike, s_end: int) -> int | None:
    """``a affirmé début novembre que``, ``a rappelé à la France qu'``: *que* a few words
    after the cue (a time, a date such as ``le 6 avril``, an indirect object or an adverbial
    set off by commas between)."""
    hint = _complementizer_hint()
    if hint and hint not in text[cue.end : s_end if s_end <= cue.end + _AUDIENCE_QUE_REACH else cue.end + _AUDIENCE_QUE_REACH].lower():
        return None  # no complementizer within any pattern's reach: none can match
    reach = _CHANNEL_QUE_REACH if _patterns().voice_marker.match(text, cue.end, s_end) else _QUE_REACH
    m = _patterns().que_nearby.match(text, cue.end, s_end if s_end <= cue.end + reach else cue.end + reach) or _que_past_channel(text, cue, s_end)
    if m is None and reach < _CHANNEL_QUE_REACH:
        # "a affirmé jeudi, dans un communiqué relayé par l'agence officielle, que": an aside set
        # off by commas that names the channel may run as far as a channel before que does.
        m = _patterns().que_nearby.match(text, cue.end, s_end if s_end <= cue.end + _CHANNEL_QUE_REACH else cue.end + _CHANNEL_QUE_REACH)
        if (m is not None and channel.channel_end(text, cue.end, m.start() + len(m.group().rstrip())) is None
                and not _frame_aside(text, cue.end, m.end())):
            m = None
    if m is None and "," in text[cue.end : s_end if s_end <= cue.end + _AUDIENCE_QUE_REACH else cue.end + _AUDIENCE_QUE_REACH] and _takes_que(cue.lemma):
        # "a affirmé le 30 mars, devant des étudiants venus de toute la région, que": an audience aside.
        m = _patterns().audience_aside_que.match(text, cue.end, s_end if s_end <= cue.end + _AUDIENCE_QUE_REACH else cue.end + _AUDIENCE_QUE_REACH)
    if m is None:
        return None
    end: int = m.end()
    if _patterns().coordinated_que.search(text, cue.end, end) is not None:
        return None  # "parti sans prévenir et qu'elle …": a que after et joins an earlier clause, no cue's own
    if _patterns().learning_que.search(text, cue.end, end) is not None:
        return None  # "a cru à une blague avant de comprendre que": the infinitive's que, what was learnt
    if _patterns().content_gap.fullmatch(text, cue.end, end) is not None:
        # "a insisté sur le fait que": a report, unless the cue asks ("interrogé sur le fait que"),
        # or que is a relative with its subject after the verb ("a évoqué l'espoir que portent les familles").
        if getattr(cue, "stance", None) == "question":
            return None
        after = _skip_space(text, end, s_end)
        return end if text[after : after + 1] in opening_marks() or _opens_subject(text, end) else None
    # "a défendu le 16 août une décision qu'il assume": past a date, an object may still open the gap.
    dated = _patterns().date_word.match(text, cue.end, end)
    lead = dated.end() if dated is not None else cue.end
    # "a défendu lundi à Marrakech un texte que ses alliés jugent dangereux": past an adverb of
    # time and a place where the verb was said (a preposition of place, capitalised words), the
    # object may open the gap too; its que is a relative, no report of the words after it.
    run = _past_adverb_run(text, lead, end)
    if (ran := text[lead:run].split()) and ran[-1].casefold() in names_data()["prepositions"]:
        run = lead  # "qui réclame depuis son élection que": an adverb that governs a noun, no object after it
    if (said := _past_said_where(text, run, end)) > _skip_space(text, lead, end):
        lead = said
        while text[lead - 1].isspace():
            lead -= 1  # the gap's patterns open with the spaces before their first word
    if (_patterns().object_first.match(text, lead, end) and not _patterns().time_word.search(text, lead, end)
            and not _comma_aside(text[lead:end])
            and not (cue.lemma in grammar().audience_verbs and _patterns().audience.fullmatch(text, lead, end))):
        return None  # "énonce les domaines que": a relative; not "a prévenu les journalistes que": whom it told
    if _infinitive_object_que(text, lead, end):
        # "dit vouloir étudier une proposition qu'elle n'a pas demandée": the verb governs a bare
        # infinitive, whose object, right before que, is the relative's antecedent; no report.
        return None
    if not _takes_que(cue.lemma) and _patterns().complement_first.match(text, lead, end):
        # "Le juriste parle d'une « zone grise » que l'OMI devrait combler": a verb that takes no
        # content clause (``que: false`` of verbs.json), its complement's noun right after it: the
        # que is a relative of that noun, no report (parle de ce que …, a word with que, still may be).
        return None
    past = channel.channel_end(text, lead, end)
    if past is not None and _object_past_channel(text, cue, past, end):
        return None  # "a annoncé sur Twitter le report de la visite qu'il devait effectuer": a relative
    if (_patterns().noun_before_que.search(text, cue.end, end) and not _patterns().voice_marker.match(text, cue.end, end)
            # "a promis dès l'annonce de sa mort que": the noun completes the adverbial of time
            # the gap opens with, the que is the cue's own.
            and not _patterns().time_opener.fullmatch(text, cue.end, end)
            and not _channel_right_before_que(text, cue, past, end)
            and not (_takes_que(cue.lemma) and _patterns().circumstance_que.fullmatch(text, lead, end))):
        # "interrogé sur la possibilité que": the que completes the noun; not the voice the
        # words went through ("a fait savoir par la voix de son chef qu'il…"), nor a time
        # ("a promis dès l'annonce de sa mort que").
        return None
    return end


# Most words (a time, a date) between a cue and the comma opening a frame aside before its que.
_FRAME_ASIDE_LEAD = 3
# Most words (the recipient, a time) between a cue and the comma opening a relative aside before its que.
_RELATIVE_ASIDE_LEAD = 5


# Most characters from a sentence's start to a participle cue inside a cleft's focus.
_CLEFT_FOCUS_CHARS = 120


@cache
def _cleft_opening() -> regex.Pattern[str]:
    """A sentence's opening quotation mark or dash maybe, then one of ``cleft_openers``
    (``names.json``: ``C'est``, ``Ce fut``) and a space."""
    openers = names_data().get("cleft_openers", [])
    if not openers:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)[\s\"«“—–\-]*+(?:{trie_alternation(openers)})[ \u00a0]++")


def _in_cleft_focus(text: str, s_start: int, pos: int) -> bool:
    """Whether ``pos`` stands in the focus of a cleft opening its sentence, no complementizer
    before it (« C'est par un communiqué lu à la radio que … »): the que after it is the cleft's."""
    if pos - s_start > _CLEFT_FOCUS_CHARS:
        return False
    opening = _cleft_opening().match(text, s_start, pos)
    return opening is not None and _complementizer_anywhere().search(text, opening.end(), pos) is None


@cache
def _complementizer_anywhere() -> regex.Pattern[str]:
    """A complementizer as a word of its own (not the end of *chaque*, *lorsque*)."""
    return regex.compile(rf"(?i)(?<![\w'’]){complementizer_word()}")


def _frame_aside(text: str, start: int, end: int) -> bool:
    """Whether the words from a cue's end ``start`` to its complementizer ending at ``end`` are an
    aside set off by two commas opening with one of ``frame_prepositions`` (``detection.json``),
    at most ``_FRAME_ASIDE_LEAD`` words before it (« a affirmé mercredi, lors d'une conférence sur … à X, que »):
    the circumstance of the words, the que after it the cue's. So is a relative aside on the words
    before it (``relative_openers``: « a confié au Progrès, dont il est l'actionnaire, que »)."""
    first = text.find(",", start, end)
    if first < 0 or _more_words(_RELATIVE_ASIDE_LEAD).search(text, start, first) is not None:
        return False
    word = _WORD.match(text, _skip_space(text, first + 1, end), end)
    if word is None:
        return False
    if word.group().lower() in grammar().relative_openers:
        pass  # "a confié au quotidien Le Progrès, dont il est l'actionnaire, que": on the recipient
    elif word.group().lower() not in grammar().frame_prepositions or _more_words(_FRAME_ASIDE_LEAD).search(text, start, first) is not None:
        return False
    last = text.rfind(",", first + 1, end)
    que = text[last + 1 : end].strip(" \u00a0\u202f").lower().replace("’", "'")
    return last > first and text.find(",", first + 1, last) < 0 and que in grammar().complementizers


def _in_object_relative(text: str, cue: CueLike, s_start: int, previous_end: int) -> bool:
    """Whether a relative que and a subject pronoun stand right before ``cue`` (``ces appels,
    qu'il juge``), the que no other cue's complementizer (``dit qu'il juge``): the cue's object
    is the relative pronoun, and a coordinated que after it (``et qu'il attribue``) another relative."""
    lead = _patterns().object_relative_lead.search(text, max(s_start, cue.start - _LEAD_CHARS), cue.start)
    return lead is not None and not (0 <= previous_end <= lead.start() and not text[previous_end : lead.start()].strip())


def _anaphoric_noun_then_marks(text: str, start: int, end: int) -> bool:
    """``a déclaré sur ce même site que « … »``: the words before *que* hold one of
    ``anaphoric_noun_openers`` and an opening mark follows *que*: the verb's complementizer, its
    *même* no comparison."""
    if text[end : end + 1] not in opening_marks():
        return False  # the common case: no mark right after que
    gap = " " + text[start:end].lower().replace("\u00a0", " ") + " "
    return any(f" {o} " in gap for o in grammar().anaphoric_noun_openers)


def _comma_aside(gap: str) -> bool:
    """Whether ``gap``, the words between a cue and its complementizer, is an aside set off by
    commas (``a ajouté, un brin provocateur, que``): a determiner opening it opens no object."""
    if gap.lstrip()[:1] != ",":
        return False  # the common case: no comma right after the cue
    last = gap.rfind(",")
    return last > gap.find(",") and len(gap[last + 1 :].split()) == 1


@cache
def _complementizer_hint() -> str:
    """The letters every complementizer opens with, lower case (``qu``): a window whose lower
    case lacks them holds no match of ``que_nearby`` or ``que_past_channel`` (their ``(?i)``
    matches ``q`` and ``u`` only as Q/q and U/u, which ``str.lower`` folds alike); empty when
    the words share no such prefix (no check then)."""
    words = [w.lower() for w in grammar().complementizers]
    hint = os.path.commonprefix(words) if words else ""
    return "".join(itertools.takewhile(str.isalpha, hint))


def _que_past_channel(text: str, cue: CueLike, s_end: int) -> regex.Match[str] | None:
    """``a annoncé dimanche dans un entretien au Journal du dimanche que``: *que* further after
    the cue, when the words between name the channel (``channels.json``) and *que* does not
    follow its noun right away (``dans l'entretien qu'il a accordé``: a relative)."""
    m = _patterns().que_past_channel.match(text, cue.end, min(s_end, cue.end + _CHANNEL_QUE_REACH))
    if m is None:
        return None
    que = m.start("que")
    channel_end = channel.channel_end(text, cue.end, que)
    if channel_end is None and (audience := _patterns().audience_phrase.match(text, cue.end, que)) is not None:
        channel_end = audience.end()  # "estimant devant un groupe de journalistes reçus au palais que"
    if channel_end is None or not (text[channel_end:que].strip() or _bare_channel_end(text, cue.end, channel_end)):
        return None
    return m


# The last two words before a position (group 1: the one before the last), and the characters read for them.
_LAST_TWO_WORDS = regex.compile(r"(?<![\w'’])([\w'’\-]++)[ \u00a0]++([\w'’\-]++)[ \u00a0]*+$")
_LAST_TWO_REACH = 40


def _bare_channel_end(text: str, lo: int, end: int) -> bool:
    """Whether the channel named right before ``end`` is a noun no determiner opens (``par
    téléphone``, ``sur Twitter``): a que right after it is the cue's, no relative of the noun."""
    m = _LAST_TWO_WORDS.search(text, max(lo, end - _LAST_TWO_REACH), end)
    if m is None or any(a in m.group(2) for a in "'’"):
        return False  # "dans l'entretien qu'il a accordé": an elided article, a relative may follow
    before = m.group(1).lower()
    return before not in grammar().object_determiners and before not in cues.contracted_links()


def _channel_right_before_que(text: str, cue: CueLike, past: int | None, end: int) -> bool:
    """``a assuré sur les médias officiels que``: a channel (``channels.json``) whose last word no
    determiner opens ends right before *que*: the cue's complementizer, no complement of its noun.
    So does one a possessive opens (``a assuré sur son site qu'il``): the subject's own channel,
    which names where the words went out, unlike a notion (``a insisté sur son idée que``)."""
    if past is None or len(text[past:end].split()) != 1:
        return False
    return _bare_channel_end(text, cue.end, past) or _possessive_channel_end(text, cue.end, past)


def _possessive_channel_end(text: str, lo: int, end: int) -> bool:
    """Whether a possessive (``names.json`` ``possessives``) opens the channel's last word right
    before ``end`` (``sur son site``, ``sur leur site``)."""
    m = _LAST_TWO_WORDS.search(text, max(lo, end - _LAST_TWO_REACH), end)
    return m is not None and m.group(1).lower() in names_data()["possessives"]


def _object_past_channel(text: str, cue: CueLike, channel_end: int, que: int) -> bool:
    """Whether a determiner opens the words between the channel and *que* (``sur Twitter le
    report de la visite qu'``): the verb's object, whose relative que is; not a time or a date
    (``à la radio la veille que``), nor the audience of a verb of telling (``les journalistes``)."""
    p = _patterns()
    return (p.object_first.match(text, channel_end, que) is not None and not p.time_word.search(text, channel_end, que)
            and p.date_word.match(text, channel_end, que) is None
            and not (cue.lemma in grammar().audience_verbs and p.audience.match(text, channel_end, que) is not None))


# Words (an adverb, a day) between a verb of denial and the noun phrase it takes as object.
_DISPUTED_GAP_WORDS = 4


@cache
def _unowned_antecedent() -> regex.Pattern[str]:
    """Up to ``_DISPUTED_GAP_WORDS`` lower-case words, then a determiner that is no possessive and
    a common noun, maybe an adjective after it: all the words from a verb to a relative cue."""
    raw = names_data()
    owners = {w.casefold() for w in raw["possessives"]}
    dets = trie_alternation([d for d in raw["determiners"] if d.casefold() not in owners])
    word = r"\p{Ll}[\p{L}\-]*+"
    return regex.compile(
        rf"[ \u00a0]*+(?:{word}[ \u00a0]++){{0,{_DISPUTED_GAP_WORDS}}}(?i:{dets})(?:(?<=['’])|[ \u00a0]++)"
        rf"{word}(?:[ \u00a0]++{word})?[ \u00a0]*+"
    )


def _disputed_antecedent(text: str, i: int, cue: CueLike, cues: Sequence[CueLike]) -> bool:
    """``X a rejeté les critiques selon lesquelles …``: the relative cue takes back a noun that is
    the object of the verb of denial (stance ``denial``) right before it, with no owner (no
    possessive, no complement, no agent): the words are the critics', whom the text leaves
    unnamed, and its subject disputes them; nobody's report to give."""
    if i == 0:
        return False
    prev = cues[i - 1]
    return (getattr(prev, "stance", None) == "denial" and prev.form != "preposition"
            and _unowned_antecedent().fullmatch(text, prev.end, cue.start) is not None)


def _question_after_verb(text: str, i: int, cue: CueLike, cues: Sequence[CueLike]) -> bool:
    """``refuse de dire pour qui il a voté``, ``a demandé à qui profitait…``: a relative cue right
    after a verb cue (spaces only between) has no antecedent; it opens an indirect question,
    the verb's object, never the opinion of someone named before (``X, pour qui …``)."""
    if i == 0:
        return False
    prev = cues[i - 1]
    return prev.form != "preposition" and prev.end <= cue.start and not text[prev.end : cue.start].strip()


def _relative(
    text: str, i: int, cue: CueLike, s_end: int, cues: Sequence[CueLike], cue_starts: Sequence[int]
) -> Candidate | None:
    """``…, selon lequel la France …`` / ``…, pour qui discuter …``: the clause after the relative."""
    p = _patterns()
    if _disputed_antecedent(text, i, cue, cues):
        return None
    if _question_after_verb(text, i, cue, cues):
        return None
    if p.relative_end.search(text, cue.start, cue.end):
        start = cue.end  # the cue phrase already holds the relative ("selon lequel")
    else:
        m = p.relative.match(text, cue.end, s_end)
        if m is None:
            return None
        g = grammar()
        if cue.lemma in g.fronted_only_prepositions and m.group().strip().casefold() not in g.opinion_relatives:
            return None  # "l'attentat pour lequel X a été condamné": a thing's purpose or charge, no source
        start = m.end()
    return _make(text, start, _clause_end(text, start, s_end, cues, cue_starts), i, "indirect-relative", 0.8)


@cache
def _object_relative_gap() -> regex.Pattern[str]:
    """Between a cue and a colon: up to two adverbs, a complement link of ``names.json``
    (``du``, ``de la``) opening the cue's object, then a relative pronoun of ``subject_relatives``
    (``s'inquiète surtout du froid qui arrive :``): the words after the colon say what that
    object is, no report; a cue with no such object before its colon still reports."""
    links = trie_alternation(tuple(names_data()["complement_links"]))
    relatives = trie_alternation(tuple(grammar().subject_relatives))
    return regex.compile(rf"(?i)[ \u00a0]*+(?:\p{{Ll}}++[ \u00a0]++){{0,2}}?(?:{links})(?:(?<=['’])|[ \u00a0]++)"
                         rf"[^,:]*?[ \u00a0](?:{relatives})[ \u00a0]")


# Characters read back from a cue for a noun, an object relative and its subject (see _noun_relative_lead).
_NOUN_RELATIVE_CHARS = 80


@cache
def _noun_relative_lead() -> regex.Pattern[str]:
    """Right before a cue: a determiner and a noun, the relative que, its subject (a determiner
    and one word) and maybe a negation particle (« une transition que la Constitution ne »): the
    cue's object is the relative pronoun, the cue no report of what follows it."""
    dets = trie_alternation(sorted(_determiners()))
    que = trie_alternation(grammar().complementizers)
    neg = trie_alternation(grammar().negation_particles)
    gap = r"(?:(?<=['’])|[ \u00a0]++)"
    return regex.compile(rf"(?i)(?<![\w'’])(?:{dets}){gap}\p{{L}}[\p{{L}}\-]*+[ \u00a0]++(?:{que}){gap}"
                         rf"(?:{dets}){gap}\p{{L}}[\p{{L}}\-]*+[ \u00a0]++(?:(?:{neg}){gap})?$")


# Characters read back from a negated cue for the subject that opens its clause (see _negative_subject).
_NEGATIVE_SUBJECT_REACH = 60


def _negative_subject(text: str, pos: int) -> bool:
    """Whether the clause ending at ``pos`` (a negated cue) opens with one of ``negative_subjects``
    (``Aucun texte commun n'a``, ``Personne n'a``), its first word after the last stop, colon,
    semicolon, comma (``Aucun doute, le ministre n'a…``: an aside) or line break within ``_NEGATIVE_SUBJECT_REACH`` characters,
    maybe past one of ``clause_connectors`` (``Mais personne n'a``)."""
    lo = max(0, pos - _NEGATIVE_SUBJECT_REACH)
    head = text[lo:pos]
    cut = max(head.rfind(ch) for ch in ".!?:;,\n")
    if cut < 0 and lo > 0:
        return False  # the clause opens further back: too long a subject to read
    words = head[cut + 1 :].split(None, 2)
    if len(words) > 1 and words[0].casefold() in cues.clause_connectors():
        words = words[1:]  # "Mais rien n'indique que …": past a connector opening the sentence
    return bool(words) and words[0].casefold() in grammar().negative_subjects


def _correlative_negation(text: str, cue: CueLike) -> bool:
    """Whether a cue opening with a negation particle (``ne se sont prononcées``) follows, in its
    clause (back to the last stop, colon, semicolon or line break within ``_NEGATIVE_SUBJECT_REACH``
    characters), two of ``negative_correlatives`` (``ni la fédération ni l'agence ne …``)."""
    g = grammar()
    if not g.negative_correlatives:
        return False
    head = text[cue.start : cue.start + 3].casefold().replace("’", "'")
    if not any(head.startswith(p if p.endswith("'") else p + " ") for p in g.negation_particles):
        return False
    lead = text[max(0, cue.start - _NEGATIVE_SUBJECT_REACH) : cue.start]
    lead = lead[max(lead.rfind(ch) for ch in ".!?:;\n") + 1 :]
    return sum(1 for w in lead.split() if w.casefold() in g.negative_correlatives) >= 2


def _answer_before_colon(gap: str) -> bool:
    """Whether ``gap`` (between a cue and its colon) opens with one of ``answer_words`` and one of
    ``answer_links`` (`` non au Mercosur ``): the cue takes a stand on an object, reports nothing."""
    words = gap.split(None, 2)
    g = grammar()
    return len(words) > 1 and words[0].casefold() in g.answer_words and words[1].casefold() in g.answer_links


def _language_before_colon(cue: CueLike, gap: str) -> bool:
    """Whether ``gap`` (between a cue and its colon) opens with one of ``language_objects`` after a
    cue of ``language_verbs`` (`` anglais ``): the cue says which language is spoken, reports nothing."""
    g = grammar()
    if cue.lemma not in g.language_verbs:
        return False
    words = gap.split(None, 1)
    return bool(words) and words[0].casefold().rstrip(",") in g.language_objects


# Most words of the subject opening the words after a colon, and between the cue after it and its
# own marks (``le Kremlin parle de « … »``, ``le porte-parole dénonce une « … »``), and the
# characters read for them.
_COLON_SUBJECT_WORDS = 4
_COLON_OBJECT_WORDS = 3
_COLON_OBJECT_CHARS = 40
_COLON_WORD = regex.compile(r"[\p{L}\d'’-]++")


def _another_report_after_colon(text: str, start: int, next_cue: CueLike, s_end: int) -> bool:
    """Whether the words after a colon (from ``start``) open with a short subject, no comma nor
    subject pronoun (which takes back the speaker named before the colon), and a finite cue of their own that reports words in marks a few words after it or a que clause
    (``Moscou persiste : le Kremlin parle de « fake »``): the colon introduces the writer's account
    of another report, with its own speaker, no indirect quote of the cue before the colon."""
    if next_cue.form != "finite" or not start < next_cue.start < s_end:
        return False
    subject = text[start : next_cue.start]
    words = _COLON_WORD.findall(subject)
    if any(ch in subject for ch in ",;:()") or not 0 < len(words) <= _COLON_SUBJECT_WORDS:
        return False
    if words[0].lower() in subject_pronouns():
        return False  # "un docker se montre prudent : il redoute que …": the pronoun takes back the speaker before the colon
    after = _skip_space(text, next_cue.end, s_end)
    if _complementizer_opening().match(text, after, s_end):
        return True
    at = _first_opening_mark(text, next_cue.end, min(s_end, next_cue.end + _COLON_OBJECT_CHARS))
    if at < 0:
        return False
    gap = text[next_cue.end : at]
    return not any(ch in gap for ch in ",;:.!?") and len(_COLON_WORD.findall(gap)) <= _COLON_OBJECT_WORDS


def _colon(text: str, i: int, cue: CueLike, s_end: int, next_cue: CueLike | None = None) -> Candidate | None:
    """``La France prévient : c'est désormais à Rome d'agir.``: unquoted words after a colon;
    none when a prepositional cue opens them (``… son collègue : selon lui, X …``), whose
    fronted source reports the clause after its comma."""
    colon = text.find(":", cue.end, min(s_end, cue.end + grammar().colon_window))
    if colon < 0 or any(ch in text[cue.end : colon] for ch in ".;!?«»\"“”"):
        return None
    if any(r in text[cue.end : colon] for r in grammar().subject_relatives) and _object_relative_gap().match(text, cue.end, colon):
        return None  # "s'inquiète du froid qui arrive : …": the colon explains the object, the writer's words
    if _noun_relative_lead().search(text, cue.start - _NOUN_RELATIVE_CHARS if cue.start > _NOUN_RELATIVE_CHARS else 0, cue.start) is not None:
        return None  # "Une transition que la Constitution ne prévoyait pas : …": the cue's object is the relative, the colon the writer's
    if applauding_verb(cue.lemma):
        return None  # "La Bourse a applaudi : le titre a bondi": the reaction described, the writer's words
    if _answer_before_colon(text[cue.end : colon]):
        return None  # "Les Pays-Bas disent non au Mercosur : …": a stand on the object, the writer's words
    if _language_before_colon(cue, text[cue.end : colon]):
        return None  # "Le podium parle anglais : …": the language spoken, the writer's words
    start = _skip_space(text, colon + 1, s_end)
    if _counted_object().fullmatch(text, cue.end, colon) is not None and not _holds_verb_word(text[start:s_end]):
        # "L'entreprise a reconnu deux infractions : fraude fiscale et faux en écriture": the colon
        # lists the items of the cue's counted object, noun phrases with no verb, no words reported.
        return None
    if start >= s_end or text[start] in opening_marks():
        return None
    if _indefinite_phrase_alone(text, start, s_end):
        # "l'Américain a chiffré le coût de sa chute : une « journée à 75 millions », celle où …":
        # a noun phrase with no verb of its own names the cue's object, no clause reported.
        return None
    if getattr(cue, "negated", False) and _negative_subject(text, cue.start):
        return None  # "Aucun texte commun n'a conclu la rencontre : …": nobody spoke, the writer's words
    if _correlative_negation(text, cue):
        return None  # "ni la fédération ni l'agence ne se sont prononcées : …": neither spoke
    if _imperative_at(text, start, s_end):
        return None  # "Notre campagne continue : signez la pétition": a call to the reader, the writer's words
    if cue.form == "finite" and generic_subject_before(text, cue.start):
        return None  # "chacune d'entre nous a reconnu la scène : …": a generalisation, the writer's words
    if next_cue is not None and next_cue.start == start and next_cue.form == "preposition":
        return None
    if next_cue is not None and _another_report_after_colon(text, start, next_cue, s_end):
        return None  # "Moscou persiste : le Kremlin parle de « fake »": another report, the writer's account of it
    end = s_end
    if next_cue is not None and start < next_cue.start < s_end and next_cue.form in ("finite", "inverted"):
        comma = _rcomma(text, start, next_cue.start)
        if comma > start and not text[comma + 1 : next_cue.start].strip(" \u00a0\u202f"):
            if (next_cue.form == "inverted" and (after := _LOWER_AFTER_COMMA.match(text, next_cue.end, s_end))
                    and _verb_word_at(text, after.end() - 1, s_end) == after.end() - 1):
                # "… moins serein : les magasins, dit-il, ont perdu …": an incise between the
                # clause's subject and its verb reports all of it, across the incise; no fragment
                # of its own before it.
                return None
            if next_cue.form == "finite" and _complementizer_opening().match(text, _skip_space(text, next_cue.end, s_end), s_end):
                # "Pékin a réagi : le porte-parole, Wang X, a déclaré que …": the words after the colon
                # are the subject of a verb with its own que clause, no postposed incise.
                return None
            end = comma  # "… sa stratégie : la doctrine a évolué, a-t-il plaidé": the incise is no part of it
    if text[start:end].rstrip(" \u00a0\u202f\n").endswith("?"):
        return None  # "Le journal s'interroge : l'Europe en a-t-elle les moyens ?": a question put, nothing asserted
    return _make(text, start, end, i, "indirect-colon", 0.75)


def _indefinite_phrase_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with an indefinite determiner of ``names.json`` (``une``),
    maybe an opening mark after it, and holds no verb group before a relative (``relative_words``,
    ``own_subject_relatives``: ``où``, ``dont``): a noun phrase with no verb, its apposition and
    relative aside, no clause."""
    first = _WORD.match(text, start)
    if first is None or first.group().lower() not in names_data()["indefinite_determiners"]:
        return False
    stop = end
    relatives = grammar().own_subject_relatives
    for w in _CLAUSE_WORD.finditer(text, first.end(), end):
        if w.group().casefold() in relatives:
            stop = w.start()
            break
    return not _holds_verb_word(text[start:stop])


# Most words of the noun after a counted object (``trois chefs d'accusation``) before a colon.
_COUNTED_NOUN_WORDS = 4


@cache
def _counted_object() -> regex.Pattern[str]:
    """The whole gap between a cue and its colon: a cardinal of ``names.json`` (``trois``) or a
    figure, then a few lower-case words (a noun and its complement: ``trois chefs d'accusation``):
    the cue's object, counted before the colon lists it; after a restrictive ne … que the noun may
    be left out, an en before the verb standing for it (``n'en a retenu que quatre : …``)."""
    counts = trie_alternation(names_data()["cardinals"])
    word = r"\p{Ll}[\p{Ll}'’-]*+"
    que = trie_alternation([c for c in grammar().complementizers if not c.endswith(("'", "’"))])
    return regex.compile(rf"[ \u00a0\u202f]*+(?:(?i:{que})[ \u00a0]++(?i:{counts}|\d++)(?:[ \u00a0]++{word}){{0,{_COUNTED_NOUN_WORDS}}}"
                         rf"|(?i:{counts}|\d++)(?:[ \u00a0]++{word}){{1,{_COUNTED_NOUN_WORDS}}})[ \u00a0\u202f]*+")


# A comma right after an incise, then the clause going on in lower case (« , dit-il, ont perdu »).
_LOWER_AFTER_COMMA = regex.compile(r"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+\p{Ll}")


def _imperative_at(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word with an ``imperative_endings`` ending (no preposition: ``chez``)
    and a determiner open ``text[start:end]`` (``signez la pétition``)."""
    endings = grammar().imperative_endings
    word = _WORD.match(text, start, end) if endings and text[start : start + 1].islower() else None
    if word is None or not word.group().endswith(endings) or word.group() in _prepositions():
        return False
    nxt = _CLAUSE_WORD.match(text, _skip_space(text, word.end(), end), end)
    return nxt is not None and nxt.group().lower().replace("’", "'") in _determiners()


def _colon_opening_marks(text: str, lo: int, hi: int) -> int:
    """The first colon in ``text[lo:hi]``, when the next character but spaces opens quotation
    marks; ``-1`` otherwise."""
    colon = text.find(":", lo, hi)
    if colon < 0:
        return -1
    after = _skip_space(text, colon + 1, hi)
    return colon if after < hi and text[after] in opening_marks() else -1


@cache
def _evidence_source() -> regex.Pattern[str]:
    """Right after a prepositional cue: a determiner of ``object_determiners``, maybe one
    lower-case adjective, then a noun of ``evidence_source_nouns`` (`` des images``, `` les
    premières vidéos``): pictures cited as evidence, nobody who speaks."""
    g = grammar()
    if not g.evidence_source_nouns:
        return regex.compile(r"(?!)")
    full = [d for d in g.object_determiners if not d.endswith(("'", "’"))]
    elided = [d[:-1] for d in g.object_determiners if d.endswith(("'", "’"))]
    return regex.compile(
        rf"(?i)[ \u00a0]++(?:(?:{alternation(full)})[ \u00a0]++|(?:{alternation(elided)})['’])"
        rf"(?:(?-i:\p{{Ll}})\p{{L}}*+[ \u00a0]++)?(?:{alternation(g.evidence_source_nouns)})(?!\p{{L}})"
    )


# Characters read back from a cue for the full name of its subject (see _full_name_before).
_FULL_NAME_REACH = 60
# Two capitalised words (a first name and a surname), maybe a bracketed party and a comma, ending the text.
_FULL_NAME_END = regex.compile(r"\p{Lu}[\p{L}'’\-]++[ \u00a0]++\p{Lu}[\p{L}'’\-]++(?:[ \u00a0]*+\([^()]{1,12}\))?[ \u00a0,]*+$")


def _full_name_before(text: str, lo: int, cue_start: int) -> bool:
    """Whether a person's full name (``Berta Soler``, ``Charles Michel (MR)``) ends the text right
    before the cue at ``cue_start``, read back to ``lo``: the verb's subject is named in full."""
    if text[cue_start - 1 : cue_start] not in " ,\u00a0":
        return False
    m = _FULL_NAME_END.search(text, lo, cue_start)
    # "Le Kremlin a exigé": a capitalised determiner opening the sentence starts no first name.
    return m is not None and m.group().split(None, 1)[0].casefold() not in function_words()


def _speaker_s_own_marks(
    text: str, cand: Candidate, selon: CueLike, sentence_cues: Sequence[CueLike], s_end: int, mention_starts: Sequence[int],
) -> bool:
    """Whether the clause ``cand`` before a postposed source ``selon`` is a named subject's own
    report of words in marks through its finite verb: a verb of judging (``judging_verbs``) with
    its object and marks (``Le ministre X a jugé les résultats « positifs »``), any verb with marks
    after it whose subject is named in full (``Berta Soler a dénoncé une répression « … »``), or any verb right
    before the source, the marks right after it (``X dénonçait, selon Y, « … »``), or any verb with
    marks after it, not in the conditional, when the source is a news outlet named by its kind
    (``Pékin a salué un scrutin « … », selon l'agence Chine nouvelle``: the agency relays the
    subject's words, as after an incise, see ``_relaying_outlet_after``; ``X aurait exigé « … »,
    selon le quotidien Y`` stays the paper's allegation). Reads the sentence's cues and the few characters after
    the source only."""
    outlet: bool | None = None
    for c in sentence_cues:
        if c.form != "finite" or not cand.start <= c.start < cand.end or not _mention_at(mention_starts, cand.start, c.start):
            continue
        if getattr(c, "que_end", None) is None and _holds_opening_mark(text, c.end, cand.end) and (
                c.lemma in grammar().judging_verbs or _full_name_before(text, max(cand.start, c.start - _FULL_NAME_REACH), c.start)
                or not cues.conditional_cue(c)  # type: ignore[arg-type]
                and (outlet := _relaying_outlet_after(text, selon.end) if outlet is None else outlet)):
            return True
        if text[c.end : selon.start].strip(" \u00a0\u202f") == ",":
            comma = text.find(",", selon.end, min(s_end, selon.end + _SELON_MAX))
            after = _skip_space(text, comma + 1, s_end) if comma >= 0 else s_end
            if after < s_end and text[after] in opening_marks():
                return True
    return False


def _selon(
    text: str, i: int, cue: CueLike, s_start: int, s_end: int, mention_starts: Sequence[int], next_cue: int | None = None,
    sentence_cues: Sequence[int] = (), sentence_forms: Sequence[str] = (),
) -> Candidate | None:
    """``sentence_forms``: the forms of ``sentence_cues``, a bare participle no postposed incise
    (« Pour X, … : dans la clause, glissée au point 31, … »)."""
    if cue.lemma not in grammar().fronted_only_prepositions and _evidence_source().match(text, cue.end, s_end) is not None:
        return None  # "…, selon des images diffusées par la télévision": pictures cited, no one's words
    # "BRUXELLES (AFP) - Selon X, content.": a dateline opening the sentence leaves selon fronted.
    before = text[past_dateline(text, s_start, cue.start) : cue.start].strip(" ,\u00a0\u202f")
    if before.endswith((":", ";")):
        # "… : selon l'ONG, content.", "… ; selon ce document, content.": a colon or a semicolon
        # opens a clause, where selon is fronted.
        before = ""
    elif _connector_after_comma(before) and _comma_past_brackets(text, cue.end, min(s_end, cue.end + _SELON_MAX)) >= 0:
        # "La présidence proteste, et selon l'armée, les vols sont suspendus": a connector after
        # a comma opens a clause of its own, where the source stands fronted.
        before = ""
    if _more_words(1).search(before) is None:
        # Fronted: "Selon X, content." (a connector like "Mais" may precede); a comma inside
        # brackets is the source's aside: "Selon l'agence X (ANI, officielle), content."
        comma = _comma_past_brackets(text, cue.end, min(s_end, cue.end + _SELON_MAX))
        if comma < 0:
            return None
        if cue.lemma in grammar().fronted_only_prepositions and names_a_thing(text[cue.end : comma].strip(" \u00a0\u202f")):
            return None  # "pour sa première visite d'État, X a eu droit à …": an event, no source
        if cue.lemma in grammar().fronted_only_prepositions and _purpose_infinitive().match(text, cue.end, comma):
            return None  # "Pour comprendre ce choix, nous avons interrogé X, …": a purpose, no source
        if cue.lemma in grammar().fronted_only_prepositions and generalising_quantifier().match(text, cue.end, comma):
            return None  # "Pour nombre d'observateurs à Alger, …": the writer's generalisation, no source
        if cue.lemma in grammar().fronted_only_prepositions and _generic_demonym(text, cue.end, comma):
            return None  # "Pour un Suisse, boucler le tour du monde reste un exploit": anyone of that country, no source
        if cue.lemma in grammar().fronted_only_prepositions and _timing_predicate_after(text, comma, s_end):
            return None  # "Pour X, l'affaire tombe mal": the phrase is the timing predicate's complement, no source
        if (cue.lemma in grammar().fronted_only_prepositions and not _mention_at(mention_starts, cue.end, comma)
                and _opinion_source().match(text, cue.end, comma) is None
                and not (text[comma - 1] in closing_marks() and CueLexicon.default().pour_names_publication(text, cue.end))
                and not _role_then_apposed_name(text, cue.end, comma, s_end, mention_starts)):
            # "Pour l'entreprise, c'est un gain": no name, nor a noun of who holds opinions, nor a
            # publication's name in marks ("Pour le quotidien libéral « Le Matin », …"), nor a
            # role whose holder's name follows in apposition ("Pour leur capitaine, Paul X, …").
            return None
        end = s_end
        # "Pour X, Kiev « n'a aucune marge » : l'opinion rejette tout compromis, selon les
        # sondages": a source set off after a colon reports the clause that colon opens.
        postposed = next((c for k, c in enumerate(sentence_cues) if comma < c < s_end
                          and text[comma:c].rstrip(" \u00a0\u202f").endswith(",")
                          and (k >= len(sentence_forms) or sentence_forms[k] != "participle")), None)
        colon = _clause_colon(text, comma, postposed) if postposed is not None else -1
        if colon >= 0:
            end = colon
        elif (quoting := _colon_opening_marks(text, comma, s_end)) >= 0:
            # "Selon un connaisseur du régime, Alger n'a aucun intérêt à rompre : « … »": the
            # quotation the colon opens is one of its own; the source's clause ends before it.
            if any(comma < c < quoting and f in ("finite", "inverted") for c, f in zip(sentence_cues, sentence_forms, strict=False)):
                # "Selon la presse, le ministre aurait lancé à son homologue : « … »": the clause is
                # the quotation's frame, its verb the cue of the words in marks; the source relays them.
                return None
            end = quoting
        elif (cue.lemma in grammar().fronted_only_prepositions and next_cue is not None and comma < next_cue < s_end
                and text[comma:next_cue].rstrip(" \u00a0\u202f").endswith(",") and text.find(",", next_cue, s_end) < 0):
            # "Pour une mère, c'est une épreuve, souligne l'avocat": a postposed incise reports
            # the whole sentence, the phrase in pour included; no opinion of its own.
            return None
        if (cue.lemma in grammar().fronted_only_prepositions
                and _own_finite_report(text, comma, end, mention_starts, sentence_cues, sentence_forms)):
            # "Pour les ressortissants installés à Doha, le ministère recommande de …": the clause
            # is its own subject's report; the phrase in pour says for whom, no source.
            return None
        end = min(end, _participle_report_cut(text, comma, end, sentence_cues, sentence_forms))
        end = min(end, _coordinated_report_cut(text, comma, end, mention_starts, sentence_cues, sentence_forms))
        # "Pour X, l'accord rapportera des milliards, un argument que l'opposition balaie": the
        # writer's apposition summing up the source's claim ends it, as after a que clause.
        end = _summary_apposition(text, _skip_space(text, comma + 1, end), end)
        opened = _skip_space(text, comma + 1, end)
        start = _past_second_apposition(text, opened, _past_apposition(text, opened, end, mention_starts), end, mention_starts)
        if (start > opened and (apposed := text.rfind(",", opened, start)) >= 0
                and _patterns().relative_opener.match(text, comma) is None):
            # "Pour X, chercheuse au Cevipol, le centre d'étude de …, l'escalade…": a second
            # description after the source's apposition, a definite noun phrase, is the writer's too
            # (after a relative, "Pour X, qui quittera son poste, la crise …", the clause starts).
            start = _past_description_of_name(text, cue.end, apposed, start, end, apposed=True)
        start = _past_name_of_source(text, cue.end, start, end, mention_starts)
        start = _past_description_of_name(text, cue.end, comma, start, end)
        if (contrast := _set_off_contrast().match(text, start, end)) is not None:
            # "Pour les riverains, en revanche, le projet …": the writer's contrast marker set off
            # by commas links the sentence to the one before; the source's clause starts after it.
            start = _skip_space(text, contrast.end(), end)
        return _make(text, start, end, i, "indirect-selon", 0.85)
    # Postposed: "content, selon X."
    if (marked := _marks_after_set_off_source(text, s_start, cue, s_end)) is not None:
        # "une alliance qui demeure, selon lui, « … »", "ces textes que, selon lui, « … »", "un
        # président incapable, selon lui, « d'éviter … »": the source owns the marked words only.
        return _make(text, marked[0], marked[1], i, "indirect-selon", 0.8)
    relative = _after_subject_relative(text, s_start, cue, s_end, mention_starts)
    if relative is not None:
        # "des frappes contre une milice qui, selon elle, préparait une attaque": the relative's
        # predicate is the source's claim, not the clause before it.
        return _make(text, relative, s_end, i, "indirect-selon", 0.8)
    if (que_clause := _relative_verb_then_que(text, s_start, cue, s_end, sentence_cues)) is not None:
        # "une barbarie qui prouve, selon lui, que la Russie ment": the que clause is the claim.
        return _make(text, que_clause, s_end, i, "indirect-selon", 0.8)
    prefix = text[cue.start - 2 : cue.start] if cue.start >= 2 else ""
    if "," not in prefix and "(" not in prefix:
        # "…, où la menace n'est selon lui « pas moindre »": a pronoun's source glued to the verb
        # of a relative with its own subject, marks to the sentence's end: the relative's clause.
        glued = _glued_source_in_relative(text, s_start, cue, s_end) or _glued_source_in_clause(text, s_start, cue, s_end, next_cue)
        return _make(text, glued[0], glued[1], i, "indirect-selon", 0.8) if glued is not None else None
    if cue.lemma in grammar().fronted_only_prepositions:
        return None
    if (relative_start := _relative_before_source(text, s_start, cue)) is not None:
        # "Les ministres ont condamné l'opération, qui « compromet … », selon leurs conclusions": the
        # source set off after an appositive relative reports the relative's predicate, the main
        # clause is the writer's narration (marks alone there stay a partial quote).
        return _make(text, relative_start, _rcomma(text, s_start, cue.start), i, "indirect-selon", 0.8)
    if (text[cue.start : cue.end].lower().replace("’", "'").startswith(grammar().stock_phrase_sources)
            and (text[max(s_start, cue.start - 8) : cue.start - 2].rstrip(" \u00a0\u202f")[-1:] in closing_marks()
                 or not _named_source_set_off(text, s_start, cue, s_end))):
        # "la « crise vénézuélienne », selon la formule consacrée dans les chancelleries, change…":
        # the milieu's set phrase is in the marks only; the sentence is the writer's. Set off
        # inside the clause after its subject and verb (« L'accord n'est, selon le mot d'un
        # diplomate, qu'« un début » »), the source reports the clause, as any named source.
        return None
    if (":" in text[cue.end : s_end]
            and _WORDS_COLON_QUOTE.match(text, cue.end, min(s_end, cue.end + _SELON_MAX + 3)) is not None):
        # "Une aînée a résumé le sentiment général, selon la traduction fournie par le conseil :
        # « … »": the source and its colon frame the quotation after them, and the clause before
        # is the writer's introduction of it, nobody's report.
        return None
    if (":" in text[cue.end : s_end] and _WORDS_COLON.match(text, cue.end, min(s_end, cue.end + _SELON_MAX + 3)) is not None
            and _more_words(_SHORT_LEAD).search(text, s_start, cue.start) is None):
        # "Prochaine étape, selon le ministère : l'examen de deux dossiers": a short lead, the
        # source set off before a colon, then what the source says to the sentence's end.
        return _make(text, s_start, s_end, i, "indirect-selon", 0.8)
    # "Des élus l'accusent de partialité : il aurait, selon eux, pris parti": a source set off
    # inside a clause a colon of the writer's opens reports that clause only.
    colon = _clause_colon(text, s_start, cue.start)
    clause = _skip_space(text, colon + 1, cue.start) if colon >= 0 else s_start
    pronoun_set_off = _interposed().match(text, cue.end, s_end) is not None
    if (pronoun_set_off or _named_source_set_off(text, clause, cue, s_end)) and (next_cue is None or next_cue >= s_end):
        # "Mais elles ne toléreront plus, selon lui, les intrusions": a connector opening the
        # sentence (one of clause_connectors) is the writer's link, no word of the short lead;
        # "Quant aux cibles, il s'agit, selon lui, de …": a fronted topic is the writer's.
        lead = _past_opening_connector(text, _past_lead_frame(text, clause, cue.start), cue.start)
        if _verbless_frame_of_marks(text, lead, cue, s_end):
            # "Une façon, selon lui, de « marquer sa différence »": a noun of the writer's framing
            # the quoted words, no verb: the source owns the marks only, no clause.
            return None
        if _more_words(_SHORT_LEAD).search(text, lead, cue.start) is None:
            # "Les deux accusés sont, selon lui, poursuivis pour espionnage": a pronoun's selon set
            # off by commas after a few words, the clause going on to the sentence's end (no other
            # cue in it).
            return _make(text, lead, s_end, i, "indirect-selon", 0.8)
    if _cue_then_complementizer(text, clause, cue, s_end, sentence_cues):
        # "M. Mbala a réaffirmé, selon ce texte, que Kinshasa …": a source set off between a
        # reporting verb and its que-clause names where the report was read; the verb reports
        # the clause, and the words before the source are no content of their own.
        return None
    if _interposed_in_verb(text, clause, cue, s_end):
        # "Le sénateur aurait, selon une source proche du dossier, reconnu …": a source set off by
        # commas between an auxiliary and its participle; the clause is the whole sentence, past
        # a sentence adverb of the writer's (« Reste que … »).
        return _make(text, _past_writer_que_opener(text, clause, cue.start), s_end, i, "indirect-selon", 0.8)
    joined = _coordinated_clause(text, clause, cue.start)
    if joined > clause and _interposed_in_verb(text, joined, cue, s_end):
        # "Bucarest a regretté …, et le président aurait, selon un diplomate, exprimé sa colère":
        # a source set off after the auxiliary of a clause a connector joins after a comma
        # reports that clause only, not the one before the connector.
        return _make(text, joined, s_end, i, "indirect-selon", 0.8)
    conjunction = _conjunction_end(text, clause, cue.start) if "," in text[clause : cue.start - 1] else -1
    if conjunction >= 0 and (next_cue is None or next_cue >= s_end):
        if (end := _rcomma(text, conjunction, cue.start)) > conjunction and _conditional_in(text, conjunction, end) and not _conditional_in(
                text, clause, conjunction):
            # "Le prix n'a pas été communiqué, mais il avoisinerait 900 millions, selon la presse": a
            # postposed source reports the clause in the conditional of hearsay the conjunction
            # opens, not the writer's statement before it.
            return _make(text, _skip_space(text, conjunction, end), end, i, "indirect-selon", 0.8)
        # A clause a conjunction opens after a comma is the source's, not the one before the
        # conjunction (whatever participle that one holds: « a critiqué le RN, alors que … »):
        # "…, alors que, selon elle, les députés étaient absents": the source fronted in it;
        # "…, alors que ses députés, selon elle, n'avaient pas voté": set off after its subject,
        # its verb group going on past the source.
        if not text[conjunction : cue.start].strip(" \u00a0\u202f,") and "," in text[conjunction : cue.start]:
            comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
            if comma >= 0 and _more_words(_SHORT_LEAD - 1).search(text, comma + 1, s_end) is not None:
                return _make(text, _skip_space(text, comma + 1, s_end), s_end, i, "indirect-selon", 0.8)
        opened = _skip_space(text, conjunction, cue.start)
        if (set_off := _set_off_source(text, opened, cue, s_end, next_cue)) is not None:
            return _make(text, set_off, s_end, i, "indirect-selon", 0.8)
        if _interposed().match(text, cue.end, s_end) and _more_words(_SHORT_LEAD).search(text, opened, cue.start) is None:
            # "…, alors que les députés ont voté, selon elle, contre le texte": a pronoun's source set
            # off inside the conjunction's clause after a few words, the clause going on past it,
            # as in a sentence of its own ("Les députés ont voté, selon elle, contre le texte").
            return _make(text, opened, s_end, i, "indirect-selon", 0.8)
    if _inside_phrase(text, clause, cue, s_end) or _inside_participle_phrase(text, clause, cue, s_end, sentence_cues):
        # "une opération destinée, selon lui, à « protéger … »": the source qualifies the phrase
        # it stands in; the clause before it is the writer's.
        return None
    set_off = _set_off_source(text, s_start, cue, s_end, next_cue)
    if set_off is not None:
        # "Sur le terrain, selon l'ONU, 500 civils ont fui": the clause after the source;
        # "Le chômage, selon l'Insee, a baissé": the whole sentence.
        return _make(text, set_off, s_end, i, "indirect-selon", 0.8)
    end = _rcomma(text, s_start, cue.start)
    end = end if end > s_start else cue.start
    first = sentence_cues[0] if sentence_cues else None
    if first is not None and s_start <= first < end and (colon := _clause_colon(text, first, end)) >= 0:
        # "Pour X, Kiev « n'a aucune marge » : l'opinion rejette tout compromis, selon les
        # sondages": what comes before the colon is another source's report.
        s_start = _skip_space(text, colon + 1, end)
    elif (colon := _clause_colon(text, s_start, end)) >= 0 and _more_words(1).search(text, colon + 1, end) is not None:
        # "Les purges ont commencé dans l'appareil d'Etat : 2.745 juges ont été démis, selon
        # l'agence": the writer's lead ending in a colon announces the source's clause after it.
        s_start = _skip_space(text, colon + 1, end)
    return _make(text, _past_open_aside(text, _past_rubric(text, s_start, end), end), end, i, "indirect-selon", 0.8)


@cache
def _participle_que() -> regex.Pattern[str]:
    """A participle, maybe one lower-case adverb, then a complementizer (``ajoutant que``,
    ``précisant toutefois qu'``): the participle opens a report of its own."""
    return regex.compile(rf"\p{{Ll}}++[ \u00a0\u202f]++(?:\p{{Ll}}++[ \u00a0\u202f]++)?{complementizer_word()}")


def _own_finite_report(
    text: str, comma: int, end: int, mention_starts: Sequence[int], sentence_cues: Sequence[int], sentence_forms: Sequence[str],
) -> bool:
    """Whether a finite cue stands in ``text[comma:end]`` after a subject of a few words that names
    someone and holds no comma, opening the clause (``, le Quai d'Orsay recommande``): the clause
    reports its own subject; not a subject naming a thing (``, la crise rappelle que``)."""
    for c, f in zip(sentence_cues, sentence_forms, strict=False):
        if c >= end:
            break
        if (f == "finite" and comma < c and text.find(",", comma + 1, c) < 0 and _few_words(text, comma + 1, c)
                and _mention_at(mention_starts, comma + 1, c)
                and not names_a_thing(text[comma + 1 : c].strip(" \u00a0\u202f"))):
            # "Pour le syndicat, la crise rappelle que …": a thing (``thing_nouns``) speaks for
            # nobody; the clause is the fronted source's opinion, its verb included.
            return True
    return False


# Most characters from the start of a coordinated clause's subject to its reporting verb.
_COORDINATED_SUBJECT_REACH = 80


def _coordinated_report_cut(
    text: str, lo: int, end: int, mention_starts: Sequence[int], sentence_cues: Sequence[int], sentence_forms: Sequence[str],
) -> int:
    """``Selon X, 500 civils ont fui, et le HCR a averti que …``: the comma before one of
    ``clause_connectors`` opening a clause whose subject, a mention standing right after the
    connector with no comma before the verb (at most ``_COORDINATED_SUBJECT_REACH`` characters), reports with
    a finite cue of its own: the fronted source's clause ends there, the next clause is its
    subject's report; else ``end``. A pronoun subject (``…, mais elle révèle …``) is the source
    going on: its clause stays the source's."""
    for c, f in zip(sentence_cues, sentence_forms, strict=False):
        if c >= end:
            break
        if f != "finite" or c <= lo:
            continue
        comma = _rcomma(text, lo + 1, c)
        if comma <= lo:
            continue
        opened = _coordinated_clause(text, comma, c)
        if (opened > comma and c - opened <= _COORDINATED_SUBJECT_REACH and _mention_at(mention_starts, opened, opened + 1)
                and text.find(",", opened, c) < 0 and not _opens_with_pronoun(text, opened, c)):
            return comma
    return end


def _participle_report_cut(text: str, lo: int, end: int, sentence_cues: Sequence[int], sentence_forms: Sequence[str]) -> int:
    """``Selon X, trois soldats ont été blessés, ajoutant que …``: the comma before a present participle cue
    whose que-clause is a second report of the fronted source, where the first clause ends; else ``end``."""
    for c, f in zip(sentence_cues, sentence_forms, strict=False):
        if f != "gerund" or not lo < c < end:
            continue
        before = text[lo:c].rstrip(" \u00a0\u202f")
        if before.endswith(",") and _participle_que().match(text, c, min(end, c + _PARTICIPLE_QUE_REACH)) is not None:
            return lo + len(before) - 1
    return end


@cache
def _named_then_attribute() -> regex.Pattern[str]:
    """Capitalised words, then a link of ``attribute_links`` (``names.json``) and an opening mark
    before a lower-case word: the object of a verb of naming and its attribute (``qualifié Emmanuel X
    de « menteur »``), no subject (a publication's capitalised name may follow one: ``X de « Libération »``)."""
    links = trie_alternation(names_data().get("attribute_links", ())) or "(?!)"
    return regex.compile(rf"(?:\p{{Lu}}[\p{{L}}\-'’.]*+[ \u00a0]++){{1,4}}(?:{links})(?:(?<=['’])|[ \u00a0]++)[«\"“][ \u00a0\u202f]*+\p{{Ll}}")


@cache
def _relative_lead() -> regex.Pattern[str]:
    """The end of the words before a source set off by commas that leaves it inside a relative: a
    subject relative and its one verb (``qui demeure``), or a determiner, one or two words and an
    object relative (``ces textes fleuves que``), from ``names.json``."""
    raw = names_data()
    subject, relative = trie_alternation(raw["subject_relatives"]), trie_alternation(raw["relative_pronouns"])
    dets = trie_alternation(raw["determiners"])
    return regex.compile(
        rf"(?i)(?:(?<![\p{{L}}'’])(?:{subject})[ \u00a0]++(?-i:\p{{Ll}})[\p{{L}}\-]++"
        rf"|(?<![\p{{L}}'’])(?:{dets})(?:(?<=['’])|[ \u00a0]++)[\p{{L}}\-]++(?:[ \u00a0]++[\p{{L}}\-]++)?[ \u00a0]++(?:{relative}))"
        r"[ \u00a0]*+,[ \u00a0]*+$"
    )


@cache
def _complement_openers() -> frozenset[str]:
    """The prepositions opening an adjective's complement (``incapable de``, ``prêt à``): the
    ``complement_prepositions`` of ``detection.json``."""
    return frozenset(w.casefold() for w in grammar().complement_prepositions)


@cache
def _own_subject_relative() -> regex.Pattern[str]:
    """A comma, one of ``own_subject_relatives`` and words with no comma nor mark up to the end:
    ``, où la menace terroriste n'est``; group ``clause`` the words after the relative."""
    rel = trie_alternation(grammar().own_subject_relatives) if grammar().own_subject_relatives else "(?!)"
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{rel})[ \u00a0]++(?P<clause>[^,;:«»\"“”()]++)$")


@cache
def _opening_own_subject_relative() -> regex.Pattern[str]:
    """One of ``own_subject_relatives`` opening a relative, its words with no mark up to its comma:
    ``où l'opposant est plongé dans le coma,``."""
    rel = trie_alternation(grammar().own_subject_relatives) if grammar().own_subject_relatives else "(?!)"
    return regex.compile(rf"(?i)(?:{rel})[ \u00a0]++[^,;:«»\"“”()]++,[ \u00a0\u202f]*+")


def _past_framed_relative(text: str, start: int, end: int) -> int:
    """``À l'hôpital, où l'opposant est plongé dans le coma, son état reste « grave », a dit X``:
    past a fronted place or time frame (or a side in ``pour``) and the relative of its own subject
    hanging on it (the writer's setting), where the reported clause starts; else ``start``."""
    framed = _past_frame(text, start, end)
    if framed == start:
        framed = _past_fronted_side(text, start, end)  # "Pour la Suisse, dont le mandat …, X, a dit Y"
    relative = _opening_own_subject_relative().match(text, framed, end) if framed > start else None
    return relative.end() if relative is not None and relative.end() < end else start


def _past_fronted_side(text: str, start: int, end: int) -> int:
    """Past a phrase that opens ``text[start:end]`` with one of ``fronted_only_prepositions``
    (« Pour la Suisse, ») and a few words up to its comma: where the words after it start;
    ``start`` when there is none. Only a relative hanging on it makes it the writer's setting."""
    first = _skip_space(text, start, end)
    word = _WORD.match(text, first, end)
    if word is None or word.group().lower() not in grammar().fronted_only_prepositions:
        return start
    comma = text.find(",", word.end(), end)
    if comma < 0 or len(_WORD.findall(text, word.end(), comma)) > _FRAME_WORDS:
        return start
    return _skip_space(text, comma + 1, end)


def _glued_source_in_relative(text: str, s_start: int, cue: CueLike, s_end: int) -> tuple[int, int] | None:
    """``…, où la menace n'est selon lui « … ».``: a cue holding its pronoun right after the verb of
    a relative with its own subject (``own_subject_relatives``), marks right after it closing at
    the sentence's end: the span from the relative's subject to the closing mark; else None. Reads
    back at most ``_GLUED_RELATIVE_CHARS`` characters."""
    if cue.end - cue.start <= len(cue.lemma):
        return None  # "selon lui": only a cue holding its pronoun
    opening = _skip_space(text, cue.end, s_end)
    if opening >= s_end or text[opening] not in opening_marks():
        return None
    close = _closing_mark().search(text, opening + 1, s_end)
    if close is None or text[close.end() : s_end].strip(" \u00a0\u202f.!?…"):
        return None
    found = _own_subject_relative().search(text, max(s_start, cue.start - _GLUED_RELATIVE_CHARS), cue.start)
    if found is None or len(_WORD.findall(found.group("clause"))) < 2:
        return None
    return found.start("clause"), close.end()


def _glued_source_in_clause(text: str, s_start: int, cue: CueLike, s_end: int, next_cue: int | None) -> tuple[int, int] | None:
    """``… : les manifestants étaient selon lui des « extrémistes » venus de Serbie.``: a cue holding
    its pronoun glued after a few words with a verb (the clause's subject and verb, at the sentence's
    start or past a colon of the writer's), the clause going on after it with no other cue: the
    clause to the sentence's end, as when commas set the source off; else None."""
    if cue.end - cue.start <= len(cue.lemma) or (next_cue is not None and next_cue < s_end):
        return None  # "selon lui": only a cue holding its pronoun, the only report of the clause
    if _more_words(1).search(text, cue.end, s_end) is None:
        return None  # "… a été prise selon eux.": the clause ends at the source
    colon = _clause_colon(text, s_start, cue.start)
    clause = _skip_space(text, colon + 1, cue.start) if colon >= 0 else s_start
    lead = _past_opening_connector(text, _past_lead_frame(text, clause, cue.start), cue.start)
    if ("," in text[lead : cue.start] or _more_words(_SHORT_LEAD).search(text, lead, cue.start) is not None
            or not _holds_verb_word(text[lead : cue.start])):
        return None
    return lead, s_end


def _marks_after_set_off_source(text: str, s_start: int, cue: CueLike, s_end: int) -> tuple[int, int] | None:
    """``une alliance qui demeure, selon lui, « … »``, ``ces textes que, selon lui, « … »``, ``un
    président incapable, selon lui, « d'éviter … »``: a source set off by commas inside a relative
    (see :func:`_relative_lead`) or between an adjective and its complement opening the marks right
    after it: the span of those marks, marks included, what the source said; else None."""
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0:
        return None
    opening = _skip_space(text, comma + 1, s_end)
    if opening >= s_end or text[opening] not in opening_marks():
        return None
    lo = max(s_start, cue.start - _LEAD_CHARS)
    if _relative_lead().search(text, lo, cue.start) is None:
        first = _FIRST_WORD.match(text, _skip_space(text, opening + 1, s_end), s_end)
        last = _LAST_WORD.search(text[lo : cue.start].rstrip(" ,\u00a0\u202f"))
        adjectives = grammar().complement_adjectives
        if (first is None or last is None or first.group(1).casefold().replace("’", "'") not in _complement_openers()
                or not text[lo : cue.start].rstrip(" \u00a0\u202f").endswith(",")
                or (last.group(1) not in adjectives and last.group(1).removesuffix("s") not in adjectives)):
            return None
    close = _closing_mark().search(text, opening + 1, s_end)
    return (opening, close.end()) if close is not None else None


@cache
def _closing_mark() -> regex.Pattern[str]:
    """A closing quotation mark, not an apostrophe (see :func:`_closing_not_apostrophes`)."""
    return regex.compile(f"[{regex.escape(''.join(sorted(_closing_not_apostrophes())))}]")


@cache
def _indefinite_capitalised() -> regex.Pattern[str]:
    """An indefinite determiner of ``opinion_source_indefinite_determiners`` and one capitalised
    word, nothing after it (`` un Suisse``)."""
    dets = grammar().opinion_source_indefinite_determiners
    words = words_then_space(dets) if dets else "(?!)"
    return regex.compile(rf"[ \u00a0]++(?i:{words})(\p{{Lu}}[\p{{Ll}}\-]++)[ \u00a0]*+")


def _generic_demonym(text: str, lo: int, comma: int) -> bool:
    """Whether ``text[lo:comma]`` after a fronted_only preposition is an indefinite determiner and
    a bare nationality noun (``Pour un Suisse,``): anyone of that country, the writer's
    generalisation, no source (``Pour un Suisse interrogé par l'AFP,`` still names one)."""
    m = _indefinite_capitalised().fullmatch(text, lo, comma) if comma - lo < _DEMONYM_PHRASE_CHARS else None
    return m is not None and registry.Registry.default().country_of_adjective(m.group(1)) is not None


# Most characters of a determiner and a nationality noun after a fronted preposition.
_DEMONYM_PHRASE_CHARS = 30


@cache
def _opinion_source() -> regex.Pattern[str]:
    """Right after a fronted_only preposition: a definite or demonstrative determiner, maybe one
    lower-case adjective, and a noun of who holds opinions (``opinion_source_nouns``: `` l'opposition
    de gauche``, `` les historiens``, `` ce fin connaisseur``); or an indefinite one and a noun of
    expertise (``opinion_source_indefinite_nouns``: `` un analyste``)."""
    g = grammar()
    determiners = words_then_space(g.opinion_source_determiners) if g.opinion_source_determiners else "(?!)"
    nouns = trie_alternation(g.opinion_source_nouns) if g.opinion_source_nouns else "(?!)"
    # "Pour l'organisation, …" (the body), not "Pour l'organisation du sommet, …" (the act).
    bare = (rf"|(?:{trie_alternation(g.opinion_source_bare_nouns)})(?![ \u00a0]*+[^ \u00a0,])"
            if g.opinion_source_bare_nouns else "")
    # "Pour un analyste de la place, …": an expert, even indefinite, gives an opinion.
    indefinite = (rf"|(?i:{words_then_space(g.opinion_source_indefinite_determiners)})"
                  rf"(?:{trie_alternation(g.opinion_source_indefinite_nouns)})(?![\p{{L}}'’\-])"
                  if g.opinion_source_indefinite_determiners and g.opinion_source_indefinite_nouns else "")
    return regex.compile(rf"[ \u00a0]++(?:(?i:{determiners})(?:\p{{Ll}}++[ \u00a0]++)?(?:(?:{nouns})(?![\p{{L}}'’\-]){bare}){indefinite})")


def _clause_colon(text: str, lo: int, hi: int) -> int:
    """The last colon in ``text[lo:hi]`` that opens a clause of the writer's own: followed by a
    space and no opening mark, outside any marks; else -1."""
    colon = text.rfind(":", lo, hi)
    if colon < 0 or colon + 1 >= len(text) or text[colon + 1] not in " \u00a0\u202f":
        return -1
    after = _skip_space(text, colon + 1, hi)
    if after >= hi or text[after] in opening_marks():
        return -1
    # Marks that open or close only (not the apostrophe, nor a straight mark, which do both).
    opened = sum(text.count(c, lo, colon) for c in opening_marks() - closing_marks())
    closed = sum(text.count(c, lo, colon) for c in _closing_not_apostrophes() - opening_marks())
    return colon if opened == closed else -1


def _own_verb_group(text: str, cue: CueLike, next_cue: int, s_end: int) -> bool:
    """Whether the cue at ``next_cue`` is the participle of the verb group going on right after
    the source ``cue`` set off by commas, only auxiliaries and adverbs (``one_word_adverbs``) and
    an opening mark between (« Les deux Français, selon leur avocat, ont été informés… », « ont
    « toujours nié » les faits »): the clause's own verb, no other report stopping it."""
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0 or comma > next_cue:
        return False
    words = [w.lower() for w in _WORD.findall(text, comma + 1, next_cue)]
    verbs, adverbs, passive = cues.verb_words(), cues.one_word_adverbs(), grammar().passive_participles
    # "n'ont jamais été informés": the elided negation is a verb word with its apostrophe.
    words = [w + "'" if w + "'" in verbs else w for w in words]
    return bool(words) and words[0] in verbs and all(w in verbs or w in adverbs or w in passive for w in words)


def _set_off_source(text: str, s_start: int, cue: CueLike, s_end: int, next_cue: int | None) -> int | None:
    """Where the clause starts that a source set off by commas after a short verbless lead
    reports, no other cue in the sentence after it: after the source when the lead is a fronted
    adverbial (one of ``frame_prepositions``: « Dans la nuit, selon la police, trois voitures… »),
    the sentence's start when the lead is its subject and a verb group goes on after the source
    (« Le chômage, selon l'Insee, a baissé »); else None."""
    if next_cue is not None and cue.end <= next_cue < s_end and not _own_verb_group(text, cue, next_cue, s_end):
        return None
    lead_comma = _rcomma(text, s_start, cue.start)
    if lead_comma <= s_start or text.find(",", s_start, lead_comma) >= 0 or text[lead_comma:cue.start].strip(" \u00a0\u202f,"):
        return None
    lead = [w.lower() for w in _WORD.findall(text, s_start, lead_comma)]
    verbs = cues.verb_words()
    if not lead or len(lead) > _SHORT_SUBJECT + 2 or any(w in verbs for w in lead):
        return None
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0:
        return None
    rest = _skip_space(text, comma + 1, s_end)
    first = _WORD.match(text, rest, s_end)
    if first is None or _more_words(_SHORT_LEAD - 1).search(text, rest, s_end) is None:
        return None
    if first.group().casefold() in relative_words():
        return None  # "…, selon la compagnie, qui a perdu le contact …": a relative describes the source
    if text[s_start:lead_comma].split(None, 1)[0].lower() in grammar().frame_prepositions or (
            _time_lead(lead) and first.group().lower() not in verbs):
        return rest
    if text[first.end() : first.end() + 1] in ("'", "’") and first.group().lower() + "'" in grammar().negation_particles:
        # "Les deux Français, selon leur avocat, n'ont jamais été informés…", "Le chômage, selon l'Insee, n'a pas
        # baissé": the verb group opens past the negation's ne.
        first = _WORD.match(text, first.end() + 1, s_end)
    elif first.group().lower() in grammar().negation_particles:
        first = _WORD.match(text, _skip_space(text, first.end(), s_end), s_end)
    return s_start if first is not None and first.group().lower() in verbs and len(lead) <= _SHORT_SUBJECT else None


def _time_lead(lead: Sequence[str]) -> bool:
    """Whether the lower-cased words ``lead`` (at most ``_SHORT_SUBJECT`` + 2) date what follows:
    one adverb (``one_word_adverbs``: « Lundi, selon X, … »), or a determiner and a noun of time
    (``time_words``: « Ce jour-là, selon X, … », « La veille, selon X, … »), no subject."""
    if len(lead) == 1:
        return lead[0] in cues.one_word_adverbs()
    return lead[0] in _determiners() and any(w in grammar().time_words for w in lead[1:3])


# Characters a fronted adverbial of time may run to its comma (« La semaine dernière, »).
_TIME_LEAD_REACH = 40


def fronted_time_end(text: str, start: int, end: int) -> int:
    """« La veille, », « Ce jour-là, », « Le lendemain matin, », « Lundi, »: where a clause starts past a
    determiner and a noun of time (``time_words``, see :func:`_time_lead`), or one adverb
    (``one_word_adverbs``), opening it and set off by a comma, an adverbial that dates it and is
    never its subject; else ``start``."""
    comma = text.find(",", start, min(end, start + _TIME_LEAD_REACH))
    if comma < 0:
        return start
    words = _WORD.findall(text, start, comma)
    if not words or len(words) > 4 or not all(w[:1].islower() for w in words[1:]):
        return start  # "La Veille citoyenne, …": a capitalised name, no time
    if not _time_lead([w.lower() for w in words]):
        return start
    return _skip_space(text, comma + 1, end)


def _after_subject_relative(
    text: str, s_start: int, cue: CueLike, s_end: int, mention_starts: Sequence[int]
) -> int | None:
    """Where the predicate starts of a subject relative (``subject_relatives`` in ``names.json``)
    right before a prepositional cue: past the source set off by commas (``une milice qui, selon
    elle, préparait…``, or the clause of a relative of place, ``place_relatives``: ``un nœud où,
    selon X, des soldats sont encerclés``) or past a one-word source glued to the verb (``qui selon lui contient…``),
    a lower-case word going on after it; else None."""
    lo = max(s_start, cue.start - _LAST_WORD_REACH)
    lead = text[lo : cue.start].rstrip(" \u00a0\u202f")
    set_off = lead.endswith(",")
    last = _TRAILING_WORD.search(lead.removesuffix(",").rstrip(" \u00a0\u202f"))
    if set_off and last is not None and last.group().lower() in cues.verb_words():
        # "des policiers qui ont, selon lui, évité un carnage": a source set off after the
        # relative's auxiliary reports the predicate as one set off right after the relative does.
        aux = lo + last.start()
        last = _TRAILING_WORD.search(text[max(s_start, aux - _LAST_WORD_REACH) : aux].rstrip(" \u00a0\u202f"))
    if last is None or last.group().lower() not in names_data()["subject_relatives"] and not (
            set_off and last.group().lower() in names_data()["place_relatives"]):
        # "un nœud ferroviaire où, selon Moscou, des milliers de soldats sont pris au piège": the
        # relative of place, its subject and verb after the source set off by commas.
        return None
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if set_off:
        source = _skip_space(text, cue.end, s_end)
        holds_source = cue.end - cue.start > len(cue.lemma)  # "selon elle", "d'après lui": the cue holds its pronoun
        if comma < 0 or _interposed().match(text, comma, s_end) is None or not (
                holds_source or _mention_at(mention_starts, source, source + 1) or _body_subject().match(text, source, comma)):
            return None  # "un restaurant qui, selon les mesures en vigueur, devrait être fermé": no source
        return _skip_space(text, comma + 1, s_end)
    source = _skip_space(text, cue.end, s_end)
    if source < s_end and text[source].islower() and not _mention_at(mention_starts, source, source + 1):
        return source  # "qui selon lui contient…": the cue phrase holds its pronoun
    word = _WORD.match(text, source, s_end)
    if word is None or not _mention_at(mention_starts, source, source + 1):
        return None
    after = _skip_space(text, word.end(), s_end)
    return after if after < s_end and text[after].islower() and after > word.end() else None


# Most characters read back from a postposed source for a subject relative and its verb.
_RELATIVE_VERB_REACH = 40
def _relative_verb_then_que(
    text: str, s_start: int, cue: CueLike, s_end: int, sentence_cues: Sequence[int]
) -> int | None:
    """Where the que clause starts after a source set off by commas between a subject relative's
    verb (no reporting cue) and its complementizer (``une barbarie qui prouve, selon lui, que …``);
    else None."""
    if not source_before_que(text, cue.start, cue.end, s_end):
        return None
    lo = max(s_start, cue.start - _RELATIVE_VERB_REACH)
    verb = _word_ending(text, lo, cue.start)
    word = _word_ending(text, lo, verb.start()) if verb is not None else None
    if word is not None and word.group().lower() in cues.verb_words():
        word = _word_ending(text, lo, word.start())  # "qui a montré, selon lui, que": past the auxiliary
    if word is None or word.group().lower() not in names_data()["subject_relatives"]:
        return None
    if any(word.start() <= c < cue.start for c in sentence_cues):
        return None  # "un texte qui affirme, selon lui, que …": the verb reports the clause
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    que = _WORD.match(text, _skip_space(text, comma + 1, s_end), s_end)
    if que is None:
        return None
    after = que.end() + 1 if text[que.end() : que.end() + 1] in ("'", "\u2019") else que.end()
    return _skip_space(text, after, s_end)


def _word_ending(text: str, lo: int, end: int) -> regex.Match[str] | None:
    """The last word of ``text[lo:end]`` past the spaces and commas that close it, or None."""
    while end > lo and text[end - 1] in " ,\u00a0\u202f":
        end -= 1
    return _TRAILING_WORD.search(text, lo, end)


# Most characters of an appositive relative's predicate read back from a postposed source.
_RELATIVE_PREDICATE_MAX = 240


def _relative_before_source(text: str, s_start: int, cue: CueLike) -> int | None:
    """Where the predicate starts of an appositive relative (a comma, ``subject_relatives``) that
    runs with no other comma to the comma right before a postposed prepositional cue, its words
    all in marks (``… l'opération, qui « compromet … », selon X``); else None. Reads back at most
    ``_RELATIVE_PREDICATE_MAX`` characters."""
    comma = _rcomma(text, s_start, cue.start)
    if comma < s_start or text[comma + 1 : cue.start].strip(" \u00a0\u202f"):
        return None
    lo = max(s_start, comma - _RELATIVE_PREDICATE_MAX)
    inner = _rcomma(text, lo, comma)
    if inner < lo:
        return None
    found = _patterns().appositive_relative.match(text, inner, comma)
    # Only a predicate wholly in marks (…, qui « compromet … », selon X): with words of the
    # writer's (…, qui ne prend pas ses appels, selon la presse) the source reports the sentence.
    close = comma
    while close > inner and text[close - 1] in " \u00a0\u202f":
        close -= 1
    if found is None or found.end() >= close or not _only_marks(text, int(found.end()), close):
        return None
    return int(found.end())


@cache
def _determiners() -> frozenset[str]:
    """The ``determiners`` of ``grammar.json`` (notre, leur: no infinitive for all their ending)."""
    return frozenset(w.lower() for w in lexicon.read_json("grammar.json")["determiners"])


def _inside_phrase(text: str, s_start: int, cue: CueLike, s_end: int) -> bool:
    """Whether a postposed source set off by commas stands between a word closing a noun phrase
    (no auxiliary among the last words before it) and a preposition opening that word's
    complement (``destinée, selon lui, à``, one of ``complement_prepositions``)."""
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0 or _interposed().match(text, comma, s_end) is None:
        return False
    g = grammar()
    first = _WORD.search(text, comma, s_end)
    if first is None:
        return False
    word = first.group().lower()
    if text[first.end() : first.end() + 1] in ("'", "’"):
        word += "'"
    if word not in g.complement_prepositions:
        return False
    verb = _WORD.search(text, first.end(), s_end)
    if verb is None or verb.start() - first.end() > _INFINITIVE_GAP or not verb.group().islower() or not verb.group().endswith(g.infinitive_endings) or (
            verb.group() in _determiners()):
        return False
    lead = _WORD.findall(text, s_start, cue.start)
    verbs = cues.verb_words()
    return len(lead) > _SHORT_LEAD and not any(w.lower() in verbs for w in lead[-_VERB_GROUP_REACH:])


def _inside_participle_phrase(text: str, s_start: int, cue: CueLike, s_end: int, sentence_cues: Sequence[int]) -> bool:
    """Whether a postposed source set off by commas, lower-case words going on after it, stands
    right after a past participle (``phrase_participle_endings``) that opens a phrase on a noun,
    no auxiliary among the last words before it, in a clause a reporting verb before the
    participle already reports (``X a dénoncé une crise devenue, à l'en croire, le premier
    souci``): the source qualifies the participle's phrase, the clause before it is no report."""
    g = grammar()
    if not g.phrase_participle_endings or text[cue.start - 2 : cue.start] != ", ":
        return False
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0 or _interposed().match(text, comma, s_end) is None:
        return False
    lead = list(_WORD.finditer(text, s_start, cue.start))
    if len(lead) <= _SHORT_LEAD:
        return False
    last = lead[-1]
    word = last.group()
    if (not word.islower() or not word.endswith(g.phrase_participle_endings) or word in function_words()
            or text[last.end() : cue.start].strip(" ,\u00a0\u202f")):
        return False  # "ainsi, selon lui,": a function word (lui, aussi) is no participle
    verbs = cues.verb_words()
    if any(w.group().lower() in verbs for w in lead[-_VERB_GROUP_REACH:]):
        return False
    return any(s_start <= c < lead[-2].start() for c in sentence_cues if c != cue.start)


def _named_source_set_off(text: str, clause: int, cue: CueLike, s_end: int) -> bool:
    """Whether a source named after a bare prepositional cue (``selon le gouvernement turc``) is
    set off by commas right after a lead of the clause's subject and verb (no comma in it but a
    fronted frame's, no frame preposition opening it) and lower-case words go on after its comma
    (« Le chasseur bombardait, selon Ankara, des villages »): the source is interposed in the
    clause, as a pronoun's (``selon lui``) is. Reads at most ``_SELON_MAX`` characters past the cue."""
    if text[cue.start - 2 : cue.start] != ", ":
        return False
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0 or not text[cue.end : comma].strip(" \u00a0\u202f") or _interposed().match(text, comma, s_end) is None:
        return False
    if any(c in text[cue.end : comma] for c in "«»\"“”()"):
        return False
    lead = _past_opening_connector(text, _past_lead_frame(text, clause, cue.start), cue.start)
    first = _WORD.match(text, lead, cue.start)
    if first is None or text.find(",", lead, cue.start - 2) >= 0 or first.group().lower() in grammar().frame_prepositions:
        return False
    # "Ce jour-là, selon Paris, la frégate …": a lead that dates the clause after the source is no part of it.
    return not _time_lead([w.lower() for w in _WORD.findall(text, lead, cue.start - 2)][: _SHORT_SUBJECT + 3])


@cache
def _topic_marker() -> regex.Pattern[str]:
    """One of ``topic_markers`` (``names.json``: « Quant aux cibles, ») opening a clause."""
    return regex.compile(rf"(?i)(?:{trie_alternation(names_data()['topic_markers'])})(?:(?<=['’])|[ \u00a0]++)")


def _past_lead_frame(text: str, lead: int, cue_start: int) -> int:
    """Past a topic the writer fronts (``topic_markers``: « Quant aux cibles, ») and its comma,
    opening ``text[lead:cue_start]``, when words go on after it before the cue; else ``lead``.
    A frame of circumstance (« Sur le fond, ») stays in the clause."""
    if _topic_marker().match(text, lead, cue_start) is None:
        return lead
    comma = _comma(text, lead, cue_start)
    past = _skip_space(text, comma + 1, cue_start) if comma >= 0 else cue_start
    return past if past < cue_start and _rcomma(text, lead, cue_start) > comma else lead


def _coordinated_clause(text: str, clause: int, cue_start: int) -> int:
    """Where the clause starts that one of ``clause_connectors`` (``et``, ``mais``) opens after the
    last comma of ``text[clause:cue_start]`` before the source's own (``…, et le président
    aurait, selon X,``); else ``clause``."""
    comma = _rcomma(text, clause, cue_start - 2)
    if comma < 0:
        return clause
    word = _WORD.match(text, _skip_space(text, comma + 1, cue_start), cue_start)
    if word is None or word.group().lower() not in cues.clause_connectors():
        return clause
    return _skip_space(text, word.end(), cue_start)


def _connector_after_comma(before: str) -> bool:
    """Whether the words before a source end with a comma and one of ``clause_connectors``
    (« …, et selon X, … », « …, mais d'après lui, … »)."""
    head, _, last = before.rpartition(" ")
    return last.lower() in cues.clause_connectors() and head.rstrip(" \u00a0\u202f").endswith(",")


def _conjunction_end(text: str, clause: int, cue_start: int) -> int:
    """Where one of ``clause_conjunctions`` (``alors que``, ``mais``) ends that opens a clause
    after the last comma of ``text[clause:cue_start]`` before the source's own; else -1."""
    comma = _rcomma(text, clause, cue_start - 2)
    if comma < 0:
        return -1
    after = _skip_space(text, comma + 1, cue_start)
    for conjunction in grammar().clause_conjunctions:
        end = after + len(conjunction)
        if text.startswith(conjunction, after) and end < cue_start and text[end] in " ,\u00a0":
            return end
    return -1


def _conditional_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb in the conditional (``aurait``, ``avoisinerait``:
    ``conditional_auxiliaries``, :func:`cues.conditional_endings`)."""
    auxiliaries, endings = cues.conditional_auxiliaries(), cues.conditional_endings()
    for w in _WORD.finditer(text, start, end):
        word = w.group().lower()
        if word in auxiliaries or (len(word) > 5 and word.endswith(endings)):
            return True
    return False


@cache
def _writer_que_opener() -> regex.Pattern[str]:
    """One of ``writer_que_openers`` (``detection.json``: « Reste que », « Toujours est-il qu' »)."""
    words = [w for g in grammar().writer_que_openers for w in {g, g.replace("'", "’")}]
    return regex.compile(rf"(?i)(?:{trie_alternation(words)})(?:(?<=['’])|(?!\w))")


def _past_writer_que_opener(text: str, clause: int, cue_start: int) -> int:
    """Where the clause's words start past one of ``writer_que_openers`` opening it (``Reste
    que``); else ``clause``."""
    opener = _writer_que_opener().match(text, clause, cue_start)
    return clause if opener is None else _skip_space(text, opener.end(), cue_start)


def _past_opening_connector(text: str, clause: int, cue_start: int) -> int:
    """Where the clause's words start past one of ``clause_connectors`` opening it (``Mais``,
    ``Et``, ``Or``) and the space or comma after it, or one of ``writer_que_openers`` (``Reste
    que``); else ``clause``."""
    if (past := _past_writer_que_opener(text, clause, cue_start)) > clause:
        return past
    word = _WORD.match(text, clause, cue_start)
    if word is None or word.group().lower() not in cues.clause_connectors():
        return clause
    after = word.end()
    if after >= cue_start or text[after] not in " ,\u00a0":
        return clause
    return _skip_space(text, after + (text[after] == ","), cue_start)


def source_before_que(text: str, start: int, end: int, s_end: int) -> bool:
    """Whether the prepositional cue ``text[start:end]`` opens a source set off by commas that a
    complementizer follows right after its closing comma (``…, selon ce texte, que``)."""
    if text[start - 2 : start] != ", ":
        return False
    comma = _comma(text, end, min(s_end, end + _SELON_MAX))
    if comma < 0:
        return False
    after = _skip_space(text, comma + 1, s_end)
    hint = _complementizer_hint()
    if not hint or text[after : after + len(hint)].lower() != hint:
        return False  # cheap: no que or qu' after the source
    word = _WORD.match(text, after, s_end)
    low = text[after : after + _QUE_LOOK].lower().replace("’", "'")
    return word is not None and any(
        low.startswith(c) and (c.endswith("'") or word.group().lower() == c) for c in grammar().complementizers)


def _cue_then_complementizer(text: str, s_start: int, cue: CueLike, s_end: int, sentence_cues: Sequence[int]) -> bool:
    """Whether a postposed source set off by commas stands between a reporting cue that ends at
    most ``_VERB_GROUP_REACH`` words before it and a complementizer right after its comma
    (``a réaffirmé, selon ce texte, que``)."""
    if not source_before_que(text, cue.start, cue.end, s_end):
        return False
    return any(s_start <= c < cue.start and len(_WORD.findall(text, c, cue.start)) <= _VERB_GROUP_REACH
               for c in sentence_cues if c != cue.start)


def _interposed_in_verb(text: str, s_start: int, cue: CueLike, s_end: int) -> bool:
    """Whether a postposed source (``, selon X,``) stands right after a short subject and an
    auxiliary (``Le ministre aurait,``) or an auxiliary and a past participle
    (``phrase_participle_endings``: ``Les deux hommes ont salué,``), set off by commas, a
    lower-case word going on after it."""
    lead = _WORD.findall(text, s_start, cue.start)
    if len(lead) > 1 and lead[-1].lower() in cues.one_word_adverbs():
        lead.pop()  # "Les Européens sont désormais, selon lui, « assez forts »": an adverb after the verb
    endings = grammar().phrase_participle_endings
    participle = (len(lead) > 1 and bool(endings) and lead[-1].islower() and lead[-1].endswith(endings)
                  and lead[-2].lower() in cues.verb_words())
    if participle and lead[-1] in grammar().passive_participles:
        # "X a été, selon une source, « informée » de …": the passive's été is the auxiliary, its
        # participle comes after the source, as after "aurait,".
        lead.pop()
        participle = False
    if participle:
        lead.pop()
        frame = _rcomma(text, s_start, cue.start - 2)
        if frame > s_start and text[s_start:frame].split(None, 1)[0].lower() in grammar().frame_prepositions:
            lead = _WORD.findall(text, frame + 1, cue.start)[:-1]  # "Sur le volet économique, …": a fronted frame
    if not lead or lead[-1].lower() not in cues.verb_words():
        return False
    # "Une explosion survenue mercredi dans une maison d'Alcanar aurait, selon lui, été…": a longer
    # subject with no comma of its own before the source's.
    if len(lead) > (_SHORT_SUBJECT if _comma(text, s_start, cue.start - 2) >= 0 else _LONG_SUBJECT) + 1:
        return False
    comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
    if comma < 0:
        return False
    if participle:
        # "Les deux hommes ont salué, selon Washington, "des progrès"": the object, opening with a
        # determiner, goes on after the source, in marks or not (straight ones too); not an
        # adjunct (« Le sommet aura lieu, selon elle, en juin »), nor a clause a connector opens.
        rest = _skip_space(text, comma + 1, s_end)
        while rest < s_end and (text[rest] in opening_marks() or text[rest] in " \u00a0\u202f"):
            rest += 1
        nxt = _WORD.match(text, rest, s_end)
        word = nxt.group() + ("'" if text[nxt.end() : nxt.end() + 1] in ("'", "’") else "") if nxt is not None else ""
        return word in _determiners()
    return _interposed().match(text, comma, s_end) is not None


def _as_reported(
    text: str, i: int, cue: CueLike, connector: int, s_start: int, s_end: int, mention_starts: Sequence[int]
) -> Candidate | None:
    """``Comme l'a rappelé X, content.`` (the shape of a fronted *selon*) and ``content, comme
    l'a indiqué X.`` (a postposed incise): the connector makes the cue an aside on the rest of
    the sentence."""
    lead = text[s_start:connector].strip(" ,\u00a0\u202f")
    if _more_words(1).search(lead) is None:
        comma = _comma(text, cue.end, min(s_end, cue.end + _SELON_MAX))
        if comma < 0:
            return None
        start = _past_apposition(text, _skip_space(text, comma + 1, s_end), s_end, mention_starts)
        start = _past_name_of_source(text, cue.end, start, s_end, mention_starts)
        return _make(text, start, s_end, i, "indirect-comme", 0.8)
    end = _rcomma(text, s_start, connector)
    if end < 0 or text[end + 1 : connector].strip():
        return None  # the connector must open the aside, right after a comma
    return _make(text, s_start, end, i, "indirect-incise", 0.8)


def _past_second_apposition(text: str, opened: int, start: int, s_end: int, mention_starts: Sequence[int]) -> int:
    """``Pour X, chercheuse spécialiste du Sahel, autrice de « … », la crise…``: past a second
    apposition to the source, set off by a comma right after the first one skipped (``opened`` to
    ``start``), read as :func:`_past_apposition` reads the first; else ``start``. A verb right
    after it makes what was skipped the clause's subject and its aside (``Selon X, plus de mille
    personnes, dont cent enfants, ont été évacuées``)."""
    if start <= opened or start >= s_end or text[start] in opening_marks():
        return start
    after = _past_apposition(text, start, s_end, mention_starts)
    verb = _WORD.match(text, after, s_end) if after > start else None
    return start if verb is not None and verb.group().lower() in cues.verb_words() else after


def _past_apposition(text: str, start: int, s_end: int, mention_starts: Sequence[int]) -> int:
    """Where the content starts once an apposition to the source, opening with a mention and
    set off by a comma, is skipped: before a quotation (``Pour X, député LR, « … »``), or when
    it is a bare description (``Selon X, porte-parole du syndicat, la grève…``); else ``start``."""
    if not _mention_at(mention_starts, start, start + 1):
        return _past_unnamed_aside(text, start, s_end)
    if _opens_with_pronoun(text, start, s_end):
        return start  # "Selon le ministère, ceux-ci ont été soignés, …": the clause's subject, no aside
    comma = _comma(text, start, min(s_end, start + _BARE_APPOSITION_MAX))
    if comma < 0 or _holds_opening_mark(text, start, comma) and (
            _holds_unclosed_mark(text, start, comma) or _holds_verb_word(text[start:comma])):
        # "Pour X, directeur de la revue « Arsenal », la Russie…", "Selon X, président du club « Les
        # Aigles », …": a title or a name closed inside the description leaves it one; "Pour X,
        # l'Iran va toucher « un jackpot », …" is a clause.
        return start
    after = _skip_space(text, comma + 1, s_end)
    if after >= s_end:
        return start
    if text[after] in opening_marks():
        # "Pour X, président de l'association qui gère le lieu de culte, « … »": a bare description
        # (a role with no determiner) may run longer, its relative included. A verb group in it
        # makes it the clause, the marks its end: "Pour X, historienne, la France a choisi une
        # voie médiane, « entre l'aveu et le déni »".
        if _holds_verb_word(text[start:comma]):
            return start
        return after if comma - start <= _APPOSITION_MAX or bare_description(text[start:comma]) else start
    described = bare_description(text[start:comma]) or _source_kind(text[start:comma]) or _definite_source_kind(text, start, comma, s_end)
    return after if described and _ENOUGH_WORDS.search(text, after, s_end) else start


def _holds_verb_word(segment: str) -> bool:
    """Whether ``segment`` holds, before any relative (``un centre qui a publié…``), a word of a verb
    group, a future or conditional form (see :func:`_verb_goes_on`) or a finite form of a governor
    (``devrait``, ``peut``): a clause. A capitalised word glued by a hyphen is a compound name's
    (``l'Asie du Sud-Est``), no verb, nor any capitalised word past the first (a name: ``de Vienne``); nor is a reflexive before an infinitive
    (``reflexive_infinitive_endings``: ``étudiante venue se recueillir devant la mosquée``)."""
    words = list(_CLAUSE_WORD.finditer(segment))
    for k, w in enumerate(words):
        if _in_compound_name(segment, w.start()) or (k > 0 and w.group()[:1].isupper()):
            # "à l'université de Vienne", "le maire de Tours": a capitalised word inside the
            # segment is a name, never a verb form it may spell (vienne, tours).
            continue
        word = w.group().casefold()
        if word in relative_words() and not (k > 0 and f"{words[k - 1].group().casefold()} {word}" in _joining_coordinators()):
            return False  # "Paul X ainsi que deux soldats ont été libérés": a coordinator (ainsi que), no relative
        if _reflexive_before_infinitive(word, words[k + 1].group() if k + 1 < len(words) else ""):
            continue
        if word in _verb_words() or (len(word) > 5 and word.endswith(future_endings())) or cues.governor_finite_word(word):
            return True
    return False


@cache
def _joining_coordinators() -> frozenset[str]:
    """The ``subject_coordinators`` of two words (``names.json``: ``ainsi que``), case-folded: their
    last word spells a relative pronoun but joins two noun phrases."""
    return frozenset(c.casefold() for c in names_data()["subject_coordinators"] if " " in c)


def _reflexive_before_infinitive(word: str, following: str) -> bool:
    """Whether ``word`` is a reflexive (``se``, ``s'``) and ``following`` a lower-case infinitive
    with an ending no finite form has (``reflexive_infinitive_endings``: ``se recueillir``)."""
    endings = grammar().reflexive_infinitive_endings
    return (bool(endings) and word.replace("’", "'") in cues.reflexives() and following.islower()
            and following.endswith(endings))


def _in_compound_name(segment: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised and glued by a hyphen to the word before it
    (``Sud-Est``, ``Nord-Est``): part of a compound name."""
    return start > 0 and segment[start - 1] == "-" and segment[start : start + 1].isupper()


def _holds_opening_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an opening quotation mark: not an apostrophe after a
    letter (``adjoint de l'Otan``)."""
    marks = opening_marks()
    return any(ch in marks and not (i > 0 and text[i - 1].isalpha()) for i, ch in enumerate(text[start:end], start))


def _holds_unclosed_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a quotation it does not close: a work's title in marks
    closed inside an apposition (``directeur de la revue « Arsenal »,``) leaves it a description,
    while a comma inside open marks is no apposition's end."""
    opening, closing = opening_marks(), closing_marks() - {"'", "’"}
    inside = False
    for i in range(start, end):
        ch = text[i]
        after_letter = i > 0 and text[i - 1].isalpha()
        if not inside and ch in opening and not after_letter:
            inside = True
        elif inside and ch in closing and (ch not in opening or not text[i - 1].isspace()):
            inside = False
    return inside


def _role_then_apposed_name(text: str, source: int, comma: int, s_end: int, mention_starts: Sequence[int]) -> bool:
    """Whether the fronted phrase ``text[source:comma]`` is a determiner of
    ``opinion_source_determiners`` and a role's head (``roles.json``), maybe with a few words of
    complement, whose holder's full name (maybe after a title: ``l'amiral``) follows its comma in
    apposition (``Pour leur commandant, l'amiral Paul X, …``): a named person, a source."""
    described = _DESCRIPTION.match(text, source, comma)
    if described is None or described.group(1).lower().replace("’", "'") not in grammar().opinion_source_determiners:
        return False
    head = _WORD.match(text, described.end() - 1, comma)
    if head is None or registry.fold(head.group()) not in registry.role_heads():
        return False
    # The head ends the phrase, or a complement link (``leur commandant de bord``) or an adjective
    # of the role (``sa secrétaire départementale``) follows it, not a noun it qualifies.
    tail = _WORD.match(text, _skip_space(text, head.end(), comma), comma)
    if (tail is not None and tail.group().lower().replace("’", "'") not in cues.contracted_links()
            and registry.fold(tail.group()) not in registry.role_adjectives()):
        return False
    opened = _skip_space(text, comma + 1, s_end)
    return _past_name_of_source(text, source, opened, s_end, mention_starts) > opened


def _past_name_of_source(text: str, source: int, start: int, s_end: int, mention_starts: Sequence[int]) -> int:
    """``Pour le président du Medef, Patrick Martin, la réforme…``: where the content starts
    past the full name that a description of the source (a determiner and a lower-case noun)
    is given in apposition; else ``start``."""
    described = _DESCRIPTION.match(text, source)
    if described is None and (capitalised := _CAPITALISED_DESCRIPTION.match(text, source)) is not None:
        # "Pour le Premier ministre bahamien, Philip X, …": a role's head capitalised, still a description.
        described = capitalised if registry.fold(capitalised.group(2)) in registry.role_heads() else None
    if described is None or described.group(1).lower() not in grammar().object_determiners:
        last = _LAST_WORD.search(text, max(0, source - _LAST_WORD_REACH), source)
        if last is None or last.group(1).lower() not in cues.contracted_links() or not _LOWER_NEXT.match(text, source):
            return start  # "Selon les mots du gouverneur, X, …": the cue's contracted link holds the determiner
    titled = title_before_name().match(text, start, s_end)
    if titled is not None and titled.end() < s_end and text[titled.end()].isupper():
        # "Selon le préfet maritime, l'amiral Jean X, …": the name given with its rank or title.
        name = _full_name().match(text, titled.end(), s_end)
        if not _mention_at(mention_starts, start, titled.end() + 1):
            return start
    else:
        if not _mention_at(mention_starts, start, start + 1):
            return start
        name = _full_name().match(text, start, s_end)
        if name is None and (courtesy := _courtesy_title().match(text, start, s_end)) is not None:
            # "Selon le maire, M. Paul X, …", "…, Mme X, …": the name given with its courtesy title.
            name = _surname().match(text, courtesy.end(), s_end)
    if name is None:
        return start
    after = _skip_space(text, name.end(), s_end)
    if after < s_end and (relative := _patterns().relative_opener.match(text, name.end() - 1, s_end)) is not None:
        # "Marc Dupont, qui …, a démissionné": the name is the clause's subject; "Pour le
        # sélectionneur, Paul X, qui a dirigé le club, ce match sera …": its relative aside ends at
        # a comma, a new subject after it opens the source's clause.
        return _past_relative_aside(text, relative.end(), s_end, start)
    if after >= s_end or text[after].isdigit():
        return start  # "Marc Dupont, 45 ans, …": the name is the clause's subject
    if text[after].isupper() and _listed_name().match(text, after, s_end) is not None:
        return start  # "Selon une source, Paul X, Anne Y et Marc Z ont …": the name opens a list of subjects
    aside = past_participle_aside(text, after, s_end)
    if aside != after:
        # "Pour le président de la commission, Oleg X, cité par l'agence Y, Paris…": the name's aside;
        # a verb right after it ("Selon le ministère, Paul X, accusé par …, a démissionné") makes the
        # name the clause's subject.
        verb = _WORD.match(text, _skip_space(text, aside, s_end))
        return aside if _ENOUGH_WORDS.search(text, aside, s_end) and not (
            verb is not None and verb.group().lower() in cues.verb_words()) else start
    comma = _comma(text, after, min(s_end, after + _BARE_APPOSITION_MAX))
    if comma >= 0 and (bare_description(text[after:comma])
                       or _verb_opens(text, comma + 1, s_end) and not _holds_verb_word(text[after:comma])):
        # "Selon le ministère, Pierre X, chef d'état-major, a démissionné", "Selon la police, M. X,
        # le chauffeur du car, a perdu …": the subject and its apposition.
        return start
    return after if _ENOUGH_WORDS.search(text, after, s_end) else start


def _verb_opens(text: str, at: int, s_end: int) -> bool:
    """Whether a verb word (``a``, ``est``) is the first word from ``at``."""
    verb = _WORD.match(text, _skip_space(text, at, s_end))
    return verb is not None and verb.group().lower() in cues.verb_words()


def _past_relative_aside(text: str, relative: int, s_end: int, start: int) -> int:
    """After a source's name in apposition and the subject relative opening at ``relative``
    (``Pour le ministre, Paul X, qui …``): where the clause starts past the comma closing the
    relative, when the relative holds no quotation mark and a lower-case subject opener that is
    no verb word follows that comma (a determiner, a subject pronoun: ``ce match sera``); else
    ``start`` (``Selon X, Paul Y, qui dirigeait l'usine, a démissionné``: the name is the subject)."""
    comma = _comma(text, relative, min(s_end, relative + _BARE_APPOSITION_MAX))
    if comma < 0 or _holds_opening_mark(text, relative, comma):
        return start
    after = _skip_space(text, comma + 1, s_end)
    word = _CLAUSE_WORD.match(text, after, s_end)
    if word is None or not word.group()[:1].islower() or word.group().lower() in cues.verb_words():
        return start
    return after if _opens_subject(text, after) and _ENOUGH_WORDS.search(text, after, s_end) else start


def _past_description_of_name(text: str, source: int, comma: int, start: int, s_end: int, apposed: bool = False) -> int:
    """``Selon Theo X, le secrétaire d'État à l'Asile, la Belgique…``: where the content starts
    past a definite description (a definite determiner and a lower-case noun, no verb) that a
    source given by its full name, or a body by its one proper name (``Pour Eurofret, la
    fédération des transporteurs, la mesure…``), has in apposition, when a clause's subject
    follows its comma; else ``start``. ``apposed``: ``comma`` closes an apposition to the source
    already skipped, after which any such description is one more (``Pour X, chercheuse au Y, le
    centre d'étude de …, la mesure…``), or a time adverb and a bare description (``aujourd'hui
    chercheur au Y``)."""
    named = _skip_space(text, source, comma)
    if start != _skip_space(text, comma + 1, s_end):
        return start
    opener = _definite_opener().match(text, start)
    timed_apposition = False
    if opener is None and apposed and (timed := _apposition_time_adverb().match(text, start, s_end)) is not None:
        # "Pour X, ancien secrétaire général de l'Otan, aujourd'hui chercheur au Y, Ankara…": a
        # time adverb and a bare description, one more apposition to the source.
        second = _comma(text, timed.end(), min(s_end, timed.end() + _BARE_APPOSITION_MAX))
        if second >= 0 and bare_description(text[timed.end() : second]):
            opener, timed_apposition = timed, True
    if opener is None:
        return _past_indefinite_description(text, start, s_end) if apposed else start
    if not apposed and not _full_name().fullmatch(text, named, comma + 1):
        # "Pour Eurofret, la fédération des transporteurs, …": a body's one name, a noun of a body after it.
        noun = _WORD.match(text, opener.end() - 1)
        if not _one_proper_name(text[named:comma]) or noun is None or noun.group().lower() not in _source_kind_nouns():
            return start
    second = _comma(text, start, min(s_end, start + _BARE_APPOSITION_MAX))
    if second < 0 or _holds_opening_mark(text, start, second):
        return start
    verbs = cues.verb_words()
    words = [w.lower() for w in _WORD.findall(text, start, second)]
    if any(w in verbs or w in _relatives() for w in words):
        return start  # "Selon X, le gouvernement, qui …": the subject and its relative
    if any(w in _copulas() for w in words):
        # "Pour X, l'issue du procès reste incertaine, la cour n'ayant pas statué": a copula
        # (reste, semble, devient) makes a clause, the source's claim, not a description of X.
        return start
    after = _skip_space(text, second + 1, s_end)
    if after >= s_end or not _opens_subject(text, after) or not _ENOUGH_WORDS.search(text, after, s_end):
        return start
    if apposed and not text[after].islower() and not timed_apposition:
        return start  # "Selon X, qui a requis l'anonymat, le directeur de l'époque, Paul Y, aurait…": the subject and its name
    if _resumptive_apposition().match(text, after, s_end) is not None:
        # "Pour X, juriste, la loi traduit une méfiance envers la rue, une méfiance qui …": an
        # indefinite noun and its subject relative take up the clause before the comma, the
        # writer's resumption of the source's claim, no subject of a clause of its own.
        return start
    return after


def _adverb_before_own_que(text: str, cue: CueLike, que_end: int) -> bool:
    """Whether one word of ``adverb_complementizer_conjunctions`` (``alors``) alone stands between a
    finite cue and its que (``Tunis assurait alors que …``): an adverb of time, the cue's own que."""
    if cue.form != "finite" or not _takes_que(cue.lemma):
        return False  # "Le ministre parlait alors que la salle se vidait": parler takes no que-clause
    words = _WORD.findall(text, cue.end, que_end)
    return len(words) == 2 and words[0].lower() in grammar().adverb_complementizer_conjunctions


@cache
def _resumptive_apposition() -> regex.Pattern[str]:
    """One of ``summary_determiners`` (``un``, ``une``), one lower-case noun and a subject relative
    of ``subject_relatives`` (``qui``): ``une tentation qui``."""
    g = grammar()
    if not g.summary_determiners or not g.subject_relatives:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?:{alternation(g.summary_determiners)})[ \u00a0]++(?-i:\p{{Ll}})[\p{{L}}\-]*+"
                         rf"[ \u00a0]++(?:{alternation(g.subject_relatives)})(?!\p{{L}})")


@cache
def _copulas() -> frozenset[str]:
    """The finite copulas of ``names.json`` (``impersonal_copulas``: ``est``, ``reste``,
    ``semble``), lower-case: a verb no noun phrase in apposition holds."""
    return frozenset(w.lower() for w in names_data()["impersonal_copulas"])


def _past_indefinite_description(text: str, start: int, s_end: int) -> int:
    """``Pour X, coordinatrice à Y, une ONG qui a envoyé deux logisticiens, l'urgence…``: where the
    content starts past an indefinite noun phrase (``un``, ``une``, no verb before its relative)
    that glosses the source's apposition already skipped, when a clause's subject follows its
    comma; else ``start``."""
    opener = _indefinite_opener().match(text, start, s_end)
    if opener is None:
        return start
    second = _comma(text, start, min(s_end, start + _BARE_APPOSITION_MAX))
    if second < 0 or _holds_opening_mark(text, start, second) or _holds_verb_word(text[start:second]):
        return start
    after = _skip_space(text, second + 1, s_end)
    if after >= s_end or not text[after].islower() or not _opens_subject(text, after) or not _ENOUGH_WORDS.search(text, after, s_end):
        return start
    return after


@cache
def _indefinite_opener() -> regex.Pattern[str]:
    """A singular indefinite determiner of ``names.json`` (``un``, ``une``) before a word (``une ONG``)."""
    dets = names_data()["indefinite_determiners"]
    return regex.compile(rf"(?i)(?:{trie_alternation(dets) if dets else '(?!)'})[ \u00a0]++\p{{L}}")


def _one_proper_name(words: str) -> bool:
    """Whether ``words`` is one capitalised word of letters (``Eurofret``, ``Greenpeace``)."""
    return words[:1].isupper() and words.replace("-", "").isalpha()


@cache
def _definite_opener() -> regex.Pattern[str]:
    """A definite determiner of ``names.json`` (``le``, ``la``, ``l'``) opening a description."""
    dets = names_data()["definite_determiners"]
    elided = [d[:-1] for d in dets if d.endswith(("'", "’"))]
    full = [d for d in dets if not d.endswith(("'", "’"))]
    return regex.compile(rf"(?i)(?:(?:{trie_alternation(elided)})['’]|(?:{trie_alternation(full)})[ \u00a0]++)(?-i:\p{{Ll}})")


@cache
def _relatives() -> frozenset[str]:
    """The relative pronouns of ``names.json`` (``qui``, ``dont``), lower-case."""
    return frozenset(w.lower() for w in names_data()["relative_pronouns"])


@cache
def _full_name() -> regex.Pattern[str]:
    """A full name set off by commas: two to four capitalised words (the last ones maybe after
    a hyphenated particle of ``names.json``: ``Mohammed Ali al-Houthi``, or after spaced or
    elided ``name_particles``: ``Marie-Thérèse de Givry``, ``Valéry Giscard d'Estaing``), maybe a
    short aside in brackets (a party: ``Jean-Pierre X (PS)``), then the comma."""
    particles = names_data()["hyphen_particles"]
    word = rf"(?:(?:{trie_alternation(particles)})-)?\p{{Lu}}[\p{{L}}\-]*+" if particles else r"\p{Lu}[\p{L}\-]*+"
    spaced = names_data().get("name_particles", ())
    lead = rf"(?:(?:{trie_alternation(spaced)})(?:(?<=['’])|[ \u00a0]++))*+" if spaced else ""
    return regex.compile(rf"\p{{Lu}}[\p{{L}}\-]*+(?:[ \u00a0]++{lead}{word}){{1,3}}(?:[ \u00a0]*+\([^()\n,]{{1,30}}\))?[ \u00a0]*+,")


@cache
def _courtesy_title() -> regex.Pattern[str]:
    """One of the ``titles`` of ``names.json`` (``M.``, ``Mme``, ``Dr``) and the spaces after it."""
    return regex.compile(rf"(?:{trie_alternation(names_data()['titles'])})[ \u00a0]++(?=\p{{Lu}})")


@cache
def _surname() -> regex.Pattern[str]:
    """A name after a courtesy title, set off by commas: one capitalised word or a full name
    (:func:`_full_name`), then the comma (``M. Dupont,``, ``Mme Anne Roux,``)."""
    return regex.compile(rf"(?:{_full_name().pattern}|\p{{Lu}}[\p{{L}}\-]*+[ \u00a0]*+,)")


@cache
def title_before_name() -> regex.Pattern[str]:
    """A determiner of ``object_determiners`` and one lower-case noun, the rank or title before a
    name (``l'amiral``, ``le général``), with the spaces around them."""
    dets = grammar().object_determiners
    elided = [d[:-1] for d in dets if d.endswith(("'", "’"))]
    full = [d for d in dets if not d.endswith(("'", "’"))]
    return regex.compile(
        rf"(?i)[ \u00a0]*+(?:(?:{trie_alternation(elided)})['’]|(?:{trie_alternation(full)})[ \u00a0]++)"
        rf"(?-i:\p{{Ll}})[\p{{L}}\-]*+[ \u00a0]++"
    )


def _past_unnamed_aside(text: str, start: int, s_end: int) -> int:
    """Where the content starts past an aside on the source that opens with no mention: a
    participle (see :func:`past_participle_aside`), an age (``Pour Samia, 23 ans, la méfiance…``),
    a relative (``Selon MSF, qui gère trois centres, la mortalité…``) or a description with its complement (``Pour l'analyste X,
    spécialiste de la Syrie, l'accord…``) or the body it belongs to (``Pour X, de Forrester,
    la marque…``); else ``start``."""
    after = past_participle_aside(text, start, s_end)
    if after != start:
        return after
    if _opens_with_pronoun(text, start, s_end):
        return start  # "Selon lui, ceux-ci escortaient un cargo vers X, où …": the content's own subject
    first = _WORD.match(text, start)
    if first is None:
        return start
    word = first.group()
    # "Selon un rapport, que Le Monde a pu consulter, …": an object relative, elided or not.
    folded = word.casefold().replace("’", "'")
    if folded in grammar().free_relative_heads and (following := _WORD.match(text, _skip_space(text, first.end(), s_end))) is not None \
            and _relative_word(following.group()):
        return start  # "Pour lui, ce qui est arrivé à X « arrive … »": a free relative, the clause's subject
    relative = folded in relative_words() or folded.split("'", 1)[0] + "'" in relative_words()
    reach = _RELATIVE_ASIDE_MAX if relative else _DESCRIBED_ASIDE_MAX
    comma = _comma(text, start, min(s_end, start + reach))
    if comma < 0 and (close := text.find(")", start, min(s_end, start + reach + _BRACKETED_EXTRA))) > start + reach // 2:
        # "chercheur à l'Institut de hautes études internationales et du développement (IHEID),":
        # a body's acronym in brackets closing a long description; the comma right after it.
        comma = _comma(text, close, min(s_end, close + 2))
    if comma < 0:
        return start
    if _age_aside().fullmatch(text, start, comma):
        # "Pour Samia, 23 ans, …", "Selon Karim, 41 ans, livreur, …"
        return _content_after(text, _past_profession(text, _skip_space(text, comma + 1, s_end), s_end), start, s_end)
    if not relative and _holds_verb_word(text[start:comma]):
        return start  # "Pour les associations, c'est « un pas en avant », rien de plus": a clause, no aside
    if (not relative and not _described(text[start:comma], word) and not _profession_alone(text[start:comma])
            and not _profession_with_relative(text[start:comma])
            and not _patterns().affiliation.fullmatch(text, start, comma) and not _source_kind(text[start:comma])
            and not _definite_source_kind(text, start, comma, s_end)):
        return start
    return _content_after(text, _past_place_aside(text, _skip_space(text, comma + 1, s_end), s_end), start, s_end)


def _relative_word(word: str) -> bool:
    """Whether ``word`` is a relative pronoun of ``relative_words``, maybe elided (``qu'``)."""
    folded = word.casefold().replace("’", "'")
    return folded in relative_words() or folded.split("'", 1)[0] + "'" in relative_words()


def _opens_with_pronoun(text: str, start: int, s_end: int) -> bool:
    """Whether a subject pronoun or group expression of ``pronouns.json`` (``ceux-ci``, ``ce
    dernier``, ``les deux hommes``) opens ``text`` at ``start``: a clause's subject, never an aside
    on the source; reads at most its first three words."""
    if not text[start : start + 1].islower():
        return False
    words = text[start : min(s_end, start + _PRONOUN_CHARS)].split(None, 3)[:3]
    forms = _pronoun_forms()
    return any(" ".join(words[:k]).casefold() in forms for k in range(1, len(words) + 1))


@cache
def _place_aside() -> regex.Pattern[str]:
    """A preposition of place (``place_prepositions`` of ``names.json``) in lower case, one to three
    capitalised words and a comma: ``à Genève,``, ``à New York,``."""
    preps = trie_alternation(names_data().get("place_prepositions", ()))
    word = r"\p{Lu}[\p{L}\-'’]*+"
    return regex.compile(rf"(?:{preps})[ \u00a0]++{word}(?:[ \u00a0]++{word}){{0,2}}[ \u00a0]*+,")


@cache
def _place_where_said() -> regex.Pattern[str]:
    """A preposition of place (``place_prepositions`` of ``names.json``) in lower case and one to
    three capitalised words, no comma: ``à Marrakech``, ``à New York``."""
    preps = trie_alternation(names_data().get("place_prepositions", ()))
    word = r"\p{Lu}[\p{L}\-'’]*+"
    return regex.compile(rf"(?:{preps})[ \u00a0]++{word}(?:[ \u00a0]++{word}){{0,2}}(?![\p{{L}}\-'’])")


def _past_said_where(text: str, at: int, end: int) -> int:
    """Past the place at ``at`` (spaces skipped) where a cue's words were said (``a défendu à
    Marrakech …``), else ``at``."""
    first = _skip_space(text, at, end)
    if first >= end or not text[first].islower():
        return at  # cheap: a place opens with a lower-case preposition
    m = _place_where_said().match(text, first, end)
    return m.end() if m is not None else at


def _past_place_aside(text: str, at: int, s_end: int) -> int:
    """Past a place set off after a description of the source (``Pour X, chercheur à l'IHEID, à
    Genève, l'accord…``): where the researcher works, no part of what was said; else ``at``."""
    if at >= s_end or not text[at].islower():
        return at  # cheap: a place aside opens with a lower-case preposition
    m = _place_aside().match(text, at, s_end)
    if m is None:
        return at
    after = _skip_space(text, m.end(), s_end)
    return after if after < s_end and (text[after] in opening_marks() or _ENOUGH_WORDS.search(text, after, s_end)) else at


def _past_profession(text: str, at: int, s_end: int) -> int:
    """Past a profession alone and its comma at ``at`` (``livreur, ``), else ``at``."""
    comma = _comma(text, at, min(s_end, at + _BARE_APPOSITION_MAX))
    return _skip_space(text, comma + 1, s_end) if comma >= 0 and _profession_alone(text[at:comma]) else at


def _profession_after_name(
    text: str, start: int, comma: int, mention_starts: Sequence[int], mention_ends: Sequence[int]
) -> bool:
    """``Johnny, pêcheur,`` before a cue: the last comma-set piece before ``comma`` is a profession
    alone (:func:`_profession_alone`) right after a piece that is mentions alone, a subject and its
    trade (as its age would be), no clause the cue reports."""
    inner = _rcomma(text, start, comma)
    if inner < 0 or not _profession_alone(text[inner + 1 : comma]):
        return False
    before = _rcomma(text, start, inner)
    return _mentions_only(text, _skip_space(text, before + 1 if before >= 0 else start, inner), inner, mention_starts, mention_ends)


def _profession_alone(segment: str) -> bool:
    """``éducatrice``, ``retraité``: one word, a profession or situation bound by its noun
    (:func:`quotetrack.registry.profession_nouns`), the whole aside on a fronted source."""
    return segment.strip(" \u00a0\u202f") in registry.profession_nouns()


# Most words of a bare profession (its noun and an adjective or two) before a relative in an aside.
_PROFESSION_HEAD_WORDS = 3


def _profession_with_relative(segment: str) -> bool:
    """``commerçant niçois dont la fille a été blessée``: a profession bound by its noun (see
    :func:`_profession_alone`), maybe an adjective or two after it, then a relative (``relative_openers``)
    describing that person: the whole aside on a fronted source, its relative's verb no clause."""
    words = segment.split(None, _PROFESSION_HEAD_WORDS + 1)
    if len(words) < 2 or words[0] not in registry.profession_nouns():
        return False
    openers = grammar().relative_openers
    return any(w.casefold() in openers for w in words[1 : _PROFESSION_HEAD_WORDS + 1])


def _content_after(text: str, after: int, start: int, s_end: int) -> int:
    """``after``, where the content starts past an aside on a fronted source, when enough words
    follow it or a quotation opens there (``Selon MSF, qui gère trois centres, « … »``: the
    quotation, no aside, is what the source said); else ``start``."""
    if after < s_end and (text[after] in opening_marks() or _ENOUGH_WORDS.search(text, after, s_end)):
        return after
    return start


def _described(segment: str, first: str) -> bool:
    """``spécialiste de la Syrie``, ``chercheuse au CNRS``: a bare description whose noun has a
    complement, not an adverbial (``dans la nuit``, ``mardi à Genève``); an ordinal past its
    noun is part of the complement (``éducateur de rue dans le 14e arrondissement``), and so is
    a name glued to its number (``président de la COP21``), no other number (``seuls 21 % des
    électeurs…``)."""
    ordinals_only = _only_named_numbers(segment)
    if (not bare_description(first) or not ordinals_only or first.lower() in _not_nouns()
            or (segment[len(first) : len(first) + 1] in ("'", "’") and not bare_description(segment))
            or _patterns().time_word.match(segment)):
        return False
    return _patterns().place_link.search(segment) is not None


@cache
def definite_initials() -> frozenset[str]:
    """The first letters of ``definite_determiners`` (``names.json``), both cases: a cheap test
    before reading a definite noun phrase."""
    return frozenset(c for d in names_data()["definite_determiners"] if d for c in (d[:1].lower(), d[:1].upper()))


def _definite_source_kind(text: str, start: int, comma: int, s_end: int) -> bool:
    """``l'ONG écologiste``, ``le syndicat majoritaire`` from ``start`` to ``comma``: a definite
    article (``definite_determiners`` of ``names.json``), a noun of the kind of source (see
    :func:`_source_kind`) and one or two lower-case adjectives, an apposition saying what the
    source is; not a bare noun (``le gouvernement``, maybe a clause's subject), nor a clause with
    its verb, nor a subject whose relative follows the comma (``le gouvernement français, qui…``)."""
    if text[start : start + 1].lower() not in definite_initials():
        return False  # a cheap first test: the first letters of the definite articles
    segment = text[start:comma]
    nxt = _WORD.match(text, _skip_space(text, comma + 1, s_end))
    if nxt is None or nxt.group().casefold().replace("’", "'") in relative_words():
        return False
    flat = segment.replace("’", "'").strip()
    dets = names_data()["definite_determiners"]
    det = next((d for d in dets if d.endswith("'") and flat[: len(d)].lower() == d), None)
    rest = flat[len(det) :] if det is not None else flat.split(None, 1)[1] if " " in flat and flat.split(None, 1)[0].lower() in dets else ""
    words = rest.split()
    return (2 <= len(words) <= 3 and words[0].lower() in _source_kind_nouns()
            and all(w.isalpha() and w.islower() for w in words[1:]) and not _holds_verb_word(segment))


def _source_kind(segment: str) -> bool:
    """``un centre de réflexion américain``, ``une ONG basée à Londres``, ``un politologue``: an
    indefinite determiner and a noun of a body or of expertise (``organisation_nouns``,
    ``body_nouns`` but the ``text_nouns``, ``field_nouns`` of ``names.json``), the kind of source
    an apposition says it is; not a clause's subject (``une frappe de missile``), nor a clause
    with its verb (``une majorité d'États membres devrait soutenir la Commission``)."""
    words = segment.split(None, 2)
    return (len(words) >= 2 and words[0].lower() in names_data()["indefinite_determiners"]
            and words[1].lower() in _source_kind_nouns() and not _holds_verb_word(segment))


@cache
def _source_kind_nouns() -> frozenset[str]:
    """Lower-case nouns naming what kind of source someone is (see :func:`_source_kind`)."""
    raw = names_data()
    texts = {w.lower() for w in raw["text_nouns"]}
    return frozenset(w.lower() for w in (*raw["organisation_nouns"], *raw["body_nouns"], *raw["field_nouns"])
                     if w.lower() not in texts)


@cache
def _not_nouns() -> frozenset[str]:
    """Words opening an adverbial, not a description: prepositions and the adverbs around cues
    (``mardi``, ``hier``)."""
    return frozenset(names_data()["prepositions"]) | frozenset(cues.cue_adverbs())


def past_participle_aside(text: str, start: int, s_end: int) -> int:
    """``Selon l'ordonnance, consultée par Le Progrès, le suspect…``: where the content starts
    past a short aside opening with a past participle (``conjugation.json``), or a present one
    (``Selon un policier, témoignant sous anonymat, …``); else ``start``."""
    comma = _comma(text, start, min(s_end, start + _PARTICIPLE_ASIDE_MAX))
    first = _WORD.match(text, start)
    if first is None or not first.group()[:1].islower() or not _participle(first.group()):
        return start
    if first.group().casefold() in _degree_adverbs():
        return start  # "Selon X, plus de 700 000 fidèles vivent au Canada, …": plus ends like lus, no participle
    if comma < 0 and _patterns().agent.match(text, first.end(), s_end) is not None:
        # "Pour X, accusé par une partie de ses élus d'avoir fait campagne sans conviction, le
        # vote…": a participle and its agent make a longer aside.
        comma = _comma(text, start, min(s_end, start + _AGENT_ASIDE_MAX))
    if comma < 0:
        return start
    if any(w.lower() in cues.verb_words() for w in _WORD.findall(text, first.end(), comma)):
        return start  # "Selon X, plus de 15 000 soldats ont défilé, qui …": a clause with its verb, no aside
    after = _skip_space(text, comma + 1, s_end)
    if (relative := _WORD.match(text, after, s_end)) is not None and relative.group().lower() in place_relative_words():
        # "Selon la fondation, créée en 1973 aux États-Unis, où l'explorateur était très populaire,
        # les dons affluent": a relative of place after the aside says more of the place it ends
        # on, the writer's too; the content starts past its comma.
        close = _comma(text, relative.end(), min(s_end, after + _RELATIVE_ASIDE_MAX))
        if close >= 0:
            after = _skip_space(text, close + 1, s_end)
    return _content_after(text, after, start, s_end)


# A capitalised word ending the words searched (a name closing a subject before its comma).
_NAME_LAST = regex.compile(r"\p{Lu}[\p{L}\-]*+[ \u00a0\u202f]*+$")
# Characters read back from a comma for the capitalised name before it.
_NAME_REACH = 40
# Words after an apposition's noun where a participle or a subject relative describes it (« la conférence
# surnommée », « la foire internationale qui »).
_DESCRIBING_WORDS = 2


@cache
def _degree_adverbs() -> frozenset[str]:
    """One-word adverbs of degree (``names.json`` ``impersonal_degrees``: très, peu, fort…)."""
    return frozenset(w for w in names_data().get("impersonal_degrees", []) if " " not in w)


def _degree_then_participle(text: str, start: int, j: int) -> bool:
    """``, très écouté dans le pays,``: an adverb of degree, then a past participle, opening the
    aside up to ``j``: a noun phrase's description (no clause), however long the noun phrase."""
    first = _WORD.match(text, _skip_space(text, start, j))
    if first is None or first.group() not in _degree_adverbs():
        return False
    nxt = _WORD.match(text, _skip_space(text, first.end(), j))
    return nxt is not None and nxt.group()[:1].islower() and nxt.group().endswith(telling_participle_endings())


def _subject_with_participle(text: str, s_start: int, j: int) -> bool:
    """``Le gouvernement soudanais, installé à Port-Soudan,`` before a cue: a short subject (maybe a
    role and its holder's name set off by commas), then one aside opened by a past participle up to
    the comma ``j``; words without a verb of their own.
    A word of ``origin_words`` (``issue``, ``originaire``) or with its agent after it is a participle whatever its ending (``reconnu par cinquante pays``)."""
    comma = _comma(text, s_start, j)
    if comma < 0:
        return False
    if _more_words(_SHORT_SUBJECT).search(text, s_start, comma) is not None and not (
            (_NAME_LAST.search(text, s_start, comma) is not None or _degree_then_participle(text, comma + 1, j))
            and _more_words(_LONG_SUBJECT).search(text, s_start, comma) is None
            and not _holds_verb_word(text[s_start:comma])):
        # "le nouveau ministre des Affaires étrangères Jean X,": a longer role ending with its holder's name.
        return False
    second = _comma(text, comma + 1, j)
    if second >= 0:
        # "Le ministre de l'Éducation, Jean X, qualifié par…,": a role, its holder's name set off by
        # commas (a capital opening a few words), then the participle's aside.
        name = text[comma + 1 : second].strip(" \u00a0\u202f")
        if (not name[:1].isupper() or _more_words(_NAME_WORDS).search(name) is not None
                or _comma(text, second + 1, j) >= 0):
            return False
        comma = second
    first = _WORD.match(text, _skip_space(text, comma + 1, j))
    for _ in range(2):
        # "X, lui aussi écarté du scrutin,": a stressed pronoun and an adverb before the participle.
        if first is None or not (first.group().lower() in _pronoun_forms() or first.group().lower() in cues.one_word_adverbs()
                                 or first.group().lower() in _degree_adverbs()):
            break
        first = _WORD.match(text, _skip_space(text, first.end(), j))
    return first is not None and first.group()[:1].islower() and (
        first.group().endswith(telling_participle_endings()) or _patterns().agent.match(text, first.end(), j) is not None
        or first.group().lower() in _origin_words() or _aside_participle(first.group()))


def _aside_participle(word: str) -> bool:
    """Whether ``word``, opening an aside right after a subject's comma, is a past participle in -du
    (``aside_participle_endings`` of ``detection.json``: ``rendu``, ``suspendue``, ``perdus``), an ending
    too short to tell a participle elsewhere (``du``, ``jeudi``); a stem is needed before it."""
    lower = word.lower()
    return any(lower.endswith(e) and len(lower) > len(e) + 1 for e in grammar().aside_participle_endings)


def _figure_then_participle(text: str, s_start: int, j: int) -> bool:
    """A short capitalised subject, an aside opened by a figure (its size or age: ``26 000
    habitants``, ``41 ans``) with no verb, then one aside opened by a past participle up to the
    comma ``j`` (``Lunel, 26 000 habitants, classée ville d'art en 2004,``): the words a
    journalist sets off after a place's or a person's name, a noun phrase, no clause of reported
    words."""
    comma = _comma(text, s_start, j)
    if comma < 0 or not text[s_start : s_start + 1].isupper() or _more_words(_SHORT_SUBJECT).search(text, s_start, comma) is not None:
        return False
    second = _comma(text, comma + 1, j)
    if second < 0 or _comma(text, second + 1, j) >= 0:
        return False
    figure = text[comma + 1 : second].strip(" \u00a0\u202f")
    if not figure[:1].isdigit() or _holds_verb_word(figure):
        return False
    first = _WORD.match(text, _skip_space(text, second + 1, j))
    return first is not None and first.group()[:1].islower() and (
        first.group().endswith(telling_participle_endings()) or _patterns().agent.match(text, first.end(), j) is not None
        or first.group().lower() in _origin_words())


@cache
def _origin_words() -> frozenset[str]:
    """The ``origin_words`` of ``names.json`` (``originaire``, ``issue``), lower case: opening an
    aside after a subject (``La présidente X, issue du parti …,``), a participle's whatever its ending."""
    return frozenset(w.lower() for w in names_data().get("origin_words", ()))


def _acronym_subject_aside(text: str, s_start: int, j: int) -> bool:
    """``Le Front de libération du Sahel central (FLSC), lié à Al-Qaïda,`` before a cue: a name
    its acronym in brackets closes, no verb before it, then one aside opening with a lower-case
    word up to the comma ``j``: a subject and its description, no clause."""
    comma = _comma(text, s_start, j)
    if comma < 0 or _comma(text, comma + 1, j) >= 0:
        return False
    if _BRACKETED_ACRONYM_END.search(text, s_start, comma) is None:
        return False
    if _holds_verb_word(text[s_start:comma]):
        # "X est mort devant le Tribunal pénal international (TPIY), quelques secondes après …, a
        # annoncé Y": a verb before the bracketed name makes it a clause's complement, no subject.
        return False
    first = _WORD.match(text, _skip_space(text, comma + 1, j))
    return first is not None and first.group()[:1].islower()


# An acronym in brackets ending a name: "(FLSC)", "(MNLA)", or one French spells as a word (Asean, Unicef).
_BRACKETED_ACRONYM_END = regex.compile(r"\(\p{Lu}(?:[\p{Lu}\d\-]++|\p{Ll}++)\)[ \u00a0\u202f]*+$")


def _participle(word: str) -> bool:
    """A past participle (``consultée``) or a present one (``témoignant``), not a preposition or
    an adverb that ends like one (``pendant``, ``cependant``)."""
    if word.endswith(telling_participle_endings()):
        return True
    return word.endswith(cues.present_participle_endings()) and word not in _not_nouns()


def bare_description(segment: str) -> bool:
    """``porte-parole du syndicat``: words opening with a lower-case noun, no determiner or
    pronoun before it, elided or not (a clause's subject has one, or is a name: ``l'opposant``), and no figure but one glued
    to a word (``adjointe au maire du 14e``, ``président de la COP21``)."""
    first = segment.split(" ", 1)[0].lower().replace("’", "'")
    elided = first[: first.find("'") + 1] if "'" in first else ""  # "l'opposant": a determiner glued to it
    return (segment[:1].islower() and first not in _not_bare_openers() and elided not in _not_bare_openers()
            and _only_named_numbers(segment))


def _colon_quotation(text: str, pos: int, s_end: int) -> bool:
    """``X, encore lui, écrivait dans L'Homme révolté : « … »``: a short complement after the cue,
    then a colon opening a quotation: the cue introduces that quotation, no postposed subject."""
    return _WORDS_COLON_QUOTE.match(text, pos, min(s_end, pos + grammar().colon_window + 3)) is not None


def _inverted_subject_then_colon(text: str, cue: CueLike, s_end: int, mention_starts: Sequence[int],
                                 mention_ends: Sequence[int]) -> bool:
    """``Une prudence de façade, juge Camille X : « … »``: a finite cue's postposed subject, one
    mention from right after the verb to right before a colon opening a quotation: the incise
    reports the words before its comma (a clause with no comma of its own: « Le maire, furieux,
    dénonce Jean X : » is a subject, its aside and an object) as well as introducing the quotation."""
    if cue.form != "finite":
        return False
    start = _skip_space(text, cue.end, s_end)
    k = bisect.bisect_left(mention_starts, start)
    if k >= len(mention_starts) or mention_starts[k] != start:
        return False
    colon = text.find(":", start, s_end)
    end = colon
    while end > start and text[end - 1] in " \u00a0\u202f":
        end -= 1
    j = bisect.bisect_left(mention_ends, end)
    return colon > start and j < len(mention_ends) and mention_ends[j] == end


def _opens_subject(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a clause's subject: a capitalised name, a determiner or
    a subject pronoun (``que le bureau``, ``qu'il``), an elided one with its apostrophe
    (``l'escalade``), not ``que prévu``."""
    word = _CLAUSE_WORD.match(text, _skip_space(text, pos, len(text)))
    return word is not None and (word.group()[:1].isupper() or word.group().lower().replace("’", "'") in _not_bare_openers())


@cache
def _not_bare_openers() -> frozenset[str]:
    """Determiners (the demonstrative ``ce`` and the possessive ``notre`` of ``names.json`` too),
    quantifiers (``toute tentative``) and subject pronouns: words that open a clause's
    subject, not an apposition (a plural indefinite one of one word too: ``plusieurs dirigeants, dont X, ont plaidé``);
    and the words of a verb group (``a répliqué aux propos de``: a predicate, no description)."""
    plural = (d for d in names_data()["plural_determiners"]["indefinite"] if " " not in d)
    return (frozenset(grammar().object_determiners) | frozenset(names_data()["determiners"])  # ce, notre: "ce jugement montre …"
            | {p["form"] for p in names_data()["subject_pronouns"]}
            | frozenset(plural) | frozenset(grammar().subject_quantifiers) | cues.verb_words())


@cache
def _read_back_before() -> regex.Pattern[str]:
    """A pronoun of ``read_back_pronouns`` (``names.json``) as the last word before a cue (``y``), after a comma."""
    forms = names_data().get("read_back_pronouns", ())
    return regex.compile(rf"(?i)(?<=,[ \u00a0\u202f]*+)(?:{alternation(forms) if forms else '(?!)'})$")


@cache
def _negation_next() -> regex.Pattern[str]:
    """A negation particle (``negation_particles``) opening the words right after a verb (``dit ne
    plus rien attendre``, ``assure n'avoir rien vu``), no idiom of ``negation_idiom_heads`` (``n'importe``)."""
    g = grammar()
    elided = [p.rstrip("'’") for p in g.negation_particles if p.endswith(("'", "’"))]
    whole = [p for p in g.negation_particles if not p.endswith(("'", "’"))]
    idioms = rf"(?!(?:{alternation(g.negation_idiom_heads)})(?!\w))" if g.negation_idiom_heads else ""
    forms = []
    if whole:
        forms.append(rf"(?:{alternation(whole)})[ \u00a0\u202f]")
    if elided:
        forms.append(rf"(?:{alternation(elided)})['’]{idioms}")
    return regex.compile(rf"[ \u00a0\u202f]++(?i:{'|'.join(forms) or '(?!)'})")


@cache
def _caption_aside() -> regex.Pattern[str]:
    """A photo caption's aside right before the comma ending a subject (``X, ici en 2019,``, ``X,
    ici lors d'un meeting à Lyon,``): a word of ``caption_aside_words``, then words with no comma."""
    words = grammar().caption_aside_words
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{alternation(words) if words else '(?!)'})[ \u00a0][^,]{{1,60}}+$")


def _postposed(
    text: str, i: int, cue: CueLike, s_start: int, s_end: int,
    mention_starts: Sequence[int], mention_ends: Sequence[int], next_cue: int | None = None, next_form: str | None = None,
    previous: CueLike | None = None,
) -> Candidate | None:
    """``content, a annoncé le Kremlin.``: a comma before the cue, the sentence ending soon after."""
    # "CARACAS (AFP) - Le président, entouré de…, a appelé…": the subject's tests start past a dateline.
    s_start = past_dateline(text, s_start, cue.start)
    j = cue.start - 1
    while j > s_start and text[j] in " \u00a0\u202f":
        j -= 1
    if cue.form == "inverted" and text[j : j + 1].isalpha() and (back := _read_back_before().search(text, s_start, j + 1)):
        # "Le Rwanda « soutient … », y écrit-il": a read-back pronoun between the comma and the cue.
        j = back.start() - 1
        while j > s_start and text[j] in " \u00a0\u202f":
            j -= 1
    if j <= s_start or text[j] != ",":
        return None
    if cue.form == "finite" and _bare_full_name(text, s_start, j):
        # "Teodoro Nguema Obiang Mangue, dit Teodorin, fils du président, …": a person's full
        # name alone before the comma is no clause; « dit » there gives the name he is known by
        # (an inverted incise may cut a clause after its subject: « La Chine, a-t-il dit, soutient … »).
        return None
    if getattr(cue, "negated", False) and cue.lemma in grammar().denied_when_negated:
        return None  # "X, qui fabrique les blindés, n'a pas répondu à nos questions": no incise is negated
    if cue.form == "finite" and CueLexicon.default().no_incise(cue.lemma):
        # "Le journal, qui consacre sa une à X, voit en Y une championne « … »": a verb never set
        # off as an incise is the verb of the subject before the comma, no postposed subject after it.
        return None
    if cue.form == "finite" and CueLexicon.default().marks_complement(cue.lemma):
        # "L'homme, que la presse a surnommé « … », se décrit comme un militant « athée »": the
        # verb's complement in marks follows it, no postposed subject.
        return None
    if cue.form == "finite" and _object_relative_after().match(text, cue.end, s_end):
        # "Le politiste X, auteur de …, analyse ce que l'affaire dit de …": a free relative right
        # after the verb opens its object; a postposed subject never stands there.
        return None
    if _noun_then_relative_in_marks(text, _past_opening_connector(text, s_start, j), j):
        # "Une thèse « qui ne tient pas debout », a tranché X.": a noun phrase whose relative the
        # marks hold, no verb of its own: the writer's verbless comment, the speaker's the marks only.
        return None
    if cue.form == "finite" and _negation_next().match(text, cue.end, s_end):
        # "Lorna, dont le fils a été abattu, dit ne plus rien attendre de la justice": a negation
        # right after the verb negates the infinitive it governs; a postposed incise has its
        # subject there, never a ne.
        return None
    if (cue.form == "finite" and previous is not None and previous.form == "inverted" and s_start <= previous.start
            and not text[previous.end : j].strip()):
        return None  # "Les rebelles, a-t-il prévenu, continueront…": the clause's verb after the incise
    subject_then_colon = False
    if _COLON_AFTER.match(text, cue.end, s_end) or (
            _colon_quotation(text, cue.end, s_end) and not (subject_then_colon := (
                "," not in text[s_start:j] and _inverted_subject_then_colon(text, cue, s_end, mention_starts, mention_ends)))):
        return None  # "Son collègue, Yannick, renchérit : « … »": the cue introduces what follows
    if cues.infinitive_report(text, cue.form, cue.end) or _infinitive_past_channel(text, cue, s_end):
        # "Une habitante, mère de trois enfants, raconte avoir déménagé", "Le Front X (FLX), lié
        # à Y, a affirmé dans un message avoir mené l'attaque": no incise
        return None
    # A long tail only after a clause of some words ("La fédération, reçue mardi, a averti le
    # ministre … ": a short subject and its aside, no clause).
    # "…, assure un diplomate européen : « … »": the subject ends at the colon, however long the quotation after it.
    if (not subject_then_colon and s_end - cue.end > _INCISE_SUBJECT_MAX and _comma(text, cue.end, cue.end + _INCISE_SUBJECT_MAX) < 0
            and not (len(text[s_start:j].split()) >= _LONG_TAIL_CLAUSE_WORDS
                     and _long_named_tail(text, cue, s_end, mention_starts))):
        return None
    reach = s_end if s_end <= cue.end + _SUBJECT_REACH else cue.end + _SUBJECT_REACH
    comma = _comma(text, cue.end, reach)
    if comma >= 0 and text[cue.end : comma].strip():
        reach = comma  # "…, raconte l'auteur, le chanteur aurait…": past its comma, another clause's subject
    if (colon := text.find(":", cue.end, reach)) >= 0:
        # "Lisbonne, ancienne puissance coloniale, se dit prête à aider : le ministre …": a colon
        # opens another clause; a postposed subject stands before it ("…, assure X : « … »").
        reach = colon
    after = _skip_space(text, cue.end, reach)
    if after < reach and text[after] in opening_marks():
        inner = _skip_space(text, after + 1, reach)
        if not (text[inner : inner + 1].isupper() and _mention_at(mention_starts, inner, inner + 1)):
            # "X, pourtant proche du président, a dénoncé « une erreur à la Obama »": marks right
            # after the verb are its object; only a capitalised name opening them may be a
            # postposed subject (« Le Canard enchaîné »), no lower-case description (« un dirigeant qui… »).
            reach = after
    elif after < reach and (det := _determiner_then_mark().match(text, after, reach)) is not None and text[det.end() : det.end() + 1].islower():
        # "X, qui avait présidé la commission, a dénoncé un « déni de justice »": a determiner and
        # marks opening on a lower-case word after the verb, its object; a postposed subject is
        # never written in marks after its determiner but a capitalised name's (le « Canard »).
        reach = after
    elif after < reach and _channel_then_mark(text, after, reach, mention_starts):
        # "X, présent dans le cortège, a dénoncé sur Twitter « un chantier … »": the same past
        # the channel; its name (Twitter) is no postposed subject.
        reach = after
    goes_on_past = (cue.form != "inverted" and 0 <= comma == reach and _few_words(text, s_start, j)
                    and (_verb_goes_on(text, comma + 1, s_end) or _lower_quotation(text, comma + 1, s_end)
                         or _complementizer_opening().match(text, _skip_space(text, comma + 1, s_end)) is not None
                         or _subject_then_lower_quotation(text, comma + 1, s_end)
                         or _cut_short(text, s_start, j, comma + 1, s_end)))
    if (cue.form != "inverted" and not _subject_mention_at(text, mention_starts, cue.end, reach)
            and not _body_subject_after(text, cue.end, reach)
            and _partitive_source().match(text, _skip_space(text, cue.end, reach), reach) is None
            and _same_source_subject().match(text, _skip_space(text, cue.end, reach), reach) is None
            and not _plural_body_after(text, s_start, j, cue, reach)
            and not (not getattr(cue, "aux", False) and getattr(cue, "stance", None) in _RULING_STANCES
                     and _ruling_subject().match(text, _skip_space(text, cue.end, s_end), s_end)
                     and not _short_aside_before(text, s_start, j))
            and not (goes_on_past and _determiner_first().match(text, cue.end, reach))):
        return None  # "…, a dénoncé une guerre": an object follows, not a postposed subject
    if cue.form != "inverted" and _charged_object(text, cue.end, reach):
        return None  # "…, accuse l'opposition d'avoir fomenté un coup": the verb's object, no postposed subject
    if _patterns().newsroom_subject.match(text, cue.end, s_end) and cue.lemma in grammar().newsroom_witness_verbs:
        # "…, a constaté notre rédaction": the outlet's own observation, nobody's report; "…, a
        # rapporté notre correspondant": the correspondent's report, as any source's.
        return None
    if cue.form != "inverted" and _named_then_attribute().match(text, _skip_space(text, cue.end, s_end), s_end):
        return None  # "…, a qualifié Emmanuel X de « … »": the name is the object, the marks its attribute
    if cue.form != "inverted" and names_a_thing(" ".join(_WORD.findall(text, (at := _past_adverb_run(text, cue.end, reach)), reach if reach <= at + _THING_SUBJECT_CHARS else at + _THING_SUBJECT_CHARS)[:3])):
        return None  # "…, a exprimé sa profonde gratitude au président": a thing, the verb's object
    if voice_follows(text, cue.end, s_end):
        return None  # "…, l'Espagne s'est réjouie par la voix de sa ministre X": the subject is before the verb
    if (cue.form == "finite" and getattr(cue, "aux", False)
            and (_singular_determiner_first().match(text, cue.end, reach) or _bare_name_first().match(text, cue.end, reach))
            and cues.plural_cue(cue) and not _coordinator_word().search(text, cue.end, s_end)):  # type: ignore[arg-type]
        # "Les organisateurs, un collectif…, ont annoncé leur intention de…", "Les îles, un
        # archipel…, avaient reconnu Pékin en 1980": a plural auxiliary's object, never its subject.
        return None
    if cue.form != "inverted" and _gerund().match(text, cue.end, s_end if s_end <= cue.end + _SUBJECT_REACH else cue.end + _SUBJECT_REACH):
        return None  # "Le Global Times, tabloïd …, a répliqué en comparant l'Australie à …": a gerund, no subject
    if cue.form != "inverted" and _infinitive_complement().match(text, cue.end, s_end if s_end <= cue.end + _SUBJECT_REACH else cue.end + _SUBJECT_REACH):
        return None  # "X, que ses partisans surnomment « Bally », a juré de défendre la Constitution": the verb's infinitive, no subject
    if cue.form != "inverted" and bare_infinitive_follows(text, cue.end, s_end):
        return None  # "L'Espagne, voisine du Maroc, a assuré respecter la décision": the verb's bare infinitive and its object, no subject
    closing = _subject_closes(text, cue.end, s_end)
    # Where the clause starts past a fronted frame (« En fin d'après-midi, »), read once for the
    # tests below; ``s_start`` when no frame opens the sentence.
    framed = _past_frame(text, s_start, j)
    if not _ends_enumeration(text, s_start, j, cue) and _is_apposition(text, s_start, j, mention_ends, mention_starts, closing) or (
            framed > s_start and _is_apposition(text, framed, j, mention_ends, mention_starts, closing)):
        # "Furieux, le ministre, Matteo Salvini, exige …": the clause is a noun phrase; past a
        # fronted frame, the same ("A Athènes, le Pasok, le parti socialiste, a annoncé l'exclusion de …").
        return None
    if _named_head_described(text, framed, j, mention_ends):
        return None  # "Le parti du Congrès, principale formation d'opposition, a accusé X de…": a subject and its apposition
    if _age_apposition().search(text, s_start, j):
        return None  # "Mélanie, 42 ans, raconte à La Voix du Nord avoir…": a subject and its age
    if _figure_then_participle(text, s_start, j):
        return None  # "Lunel, 26 000 habitants, classée ville d'art, a voté …": a name, its figure, a participle's aside
    if ((inner := _rcomma(text, s_start, j)) > s_start and _age_apposition().search(text, s_start, inner)
            and bare_description(piece := text[inner + 1 : j].strip(" \u00a0\u202f")) and not _holds_verb_word(piece)):
        return None  # "Karim, 41 ans, infirmier à Niort, s'inquiète…": a subject, its age and its trade
    if _age_then_asides(text, s_start, j):
        return None  # "Le Lyonnais Paul X, 30 ans, originaire de Dijon, près de Beaune, tente sa chance…": the same, several asides
    if _profession_after_name(text, s_start, j, mention_starts, mention_ends):
        return None  # "Sur le port, Johnny, pêcheur, constate les dégâts : …": a name and its bare trade
    if _patterns().aside_adverb.search(text, s_start, j):
        return None  # "Le Pentagone, de son côté, a annoncé la tenue …": the subject, then an aside
    if _caption_aside().search(text, s_start, j):
        # "Rodrigo Duterte, ici en 2019, a toujours revendiqué …": a photo caption's subject and
        # the aside of its picture (ici, then when or where it was taken), no clause.
        return None
    fronted = _patterns().fronted_adverb.match(text, s_start, j)
    if cue.form != "inverted" and _patterns().voice_aside.fullmatch(text, fronted.end() if fronted else s_start, j):
        return None  # "Moscou, par la voix de sa porte-parole X, a accusé Londres de…": the subject, then its voice
    if (cue.form != "inverted" and not _mention_at(mention_starts, cue.end, _skip_space(text, cue.end, s_end) + 1)
            and _patterns().prepositional_aside.fullmatch(
                _commas_in_marks_blanked(text[fronted.end() if fronted else framed : j]))):
        # "Berlin, lors d'une conférence de presse, a critiqué « … »": the subject, then an aside;
        # no subject right after the verb ("…, dans les prochains jours, a annoncé le Kremlin"),
        # past an adverbial opening the sentence ("De son côté, X, en visite à Varsovie, a assuré…")
        # or a fronted place or side frame ("En Turquie, le président, en visite à X, a admis…").
        return None
    if _subject_with_relative(text, s_start, j, mention_starts, mention_ends):
        return None  # "Les Etats-Unis, qui s'étaient retirés …, ont lancé": a subject, not content
    if framed > s_start and _subject_with_relative(text, framed, j, mention_starts, mention_ends):
        return None  # "En fin d'après-midi, Me X, qui représente la famille, a lu…": past a fronted frame, the same
    if (text[s_start : s_start + 1].isupper() and (apposed := _past_fronted_role(text, s_start, j)) > s_start
            and _subject_with_relative(text, apposed, j, mention_starts, mention_ends)):
        return None  # "Élu de la Somme, l'écologiste X, qui a voté contre, a dénoncé …": past a fronted role, the same
    if _subject_with_participle(text, s_start, j) or (
            framed > s_start and _subject_with_participle(text, framed, j)) or (
            (timed := _past_time_frame(text, s_start, j)) > s_start and _subject_with_participle(text, timed, j)):
        # "Le gouvernement, installé à Port-Soudan, a rejeté ces chiffres": no clause; past a
        # fronted frame, the same ("À Paris, le ministre X, nommé jeudi, a salué …").
        return None
    if _acronym_subject_aside(text, s_start, j) or (
            framed > s_start and _acronym_subject_aside(text, framed, j)):
        # "Le mouvement Tibet libre (MTL), proche des écologistes, a appelé…": no clause; past a
        # fronted place frame, the same ("A Berne, l'Office fédéral de la santé (OFSP), interrogé, a rappelé …").
        return None
    interposed = _interposed().match(text, cue.end, s_end)
    if interposed is None and cue.form == "inverted":
        # "Sa volonté, a-t-il dit en substance, était de …": a few lower-case words of manner or
        # time after the inverted verb, then the comma and the clause going on (no marks after it).
        interposed = _interposed_past_adverbial().match(text, cue.end, s_end)
    # "…, leur a-t-il dit, selon plusieurs participants": a second cue, not the clause going on.
    # "Les rebelles, a-t-il prévenu, continueront…": a finite verb right after the comma is the
    # clause's own verb going on, not a second cue.
    goes_on = interposed is not None and (next_cue is None or next_cue >= interposed.end()
                                          or (next_form == "finite" and next_cue == interposed.end() - 1))
    if cue.form == "inverted" and goes_on and (_few_words(text, s_start, j) or (
            interposed is not None and _verbless_subject(text, s_start, j, interposed.end() - 1))):
        # "Les principales victimes, a-t-il ajouté, sont les habitants": a few words (or a noun
        # phrase: "Les déclarations de M. Durand, a-t-il poursuivi, relèvent …"), the incise,
        # then the rest of the clause to the sentence's end.
        return _make(text, s_start, s_end, i, "indirect-incise", 0.8)
    if cue.form == "inverted" and goes_on and _frame_lead(text, s_start, j):
        # "Dans les usines comme dans les bureaux, a-t-il insisté, les salaires seront revalorisés":
        # a fronted place or time frame alone before the incise is no clause; the clause it frames
        # goes on after the incise to the sentence's end.
        return _make(text, s_start, s_end, i, "indirect-incise", 0.8)
    if (cue.form == "inverted" and goes_on and interposed is not None
            and _patterns().subject_relative_end.search(text, s_start if s_start >= j - _LEAD_CHARS else j - _LEAD_CHARS, j)):
        # "des équipes qui, a-t-elle précisé, ont suivi des formations": an incise inside a
        # relative; the relative's predicate after it is the reported clause, the rest the writer's.
        return _make(text, _skip_space(text, text.find(",", cue.end, interposed.end()) + 1, s_end), s_end, i, "indirect-incise", 0.8)
    if (cue.form == "inverted" and goes_on and interposed is not None
            and (joint := _patterns().continuation.search(text, s_start if s_start >= j - _LEAD_CHARS else j - _LEAD_CHARS, j + 1)) is not None
            and joint.end() == j):
        # "Il a salué un accord, même si, a-t-il prévenu, « tout n'est pas réglé »": an incise right
        # after a concessive or causal conjunction reports the clause it opens, not the one before.
        return _make(text, _skip_space(text, text.find(",", cue.end, interposed.end()) + 1, s_end), s_end, i, "indirect-incise", 0.8)
    if (cue.form == "inverted" and goes_on and (colon := _clause_colon(text, s_start, j)) >= 0
            and _few_words(text, colon + 1, j)):
        # "Il a fait bonne figure : l'essentiel, a-t-il dit, est que…": the same after a colon of
        # the writer's, which opens the reported clause.
        return _make(text, _skip_space(text, colon + 1, j), s_end, i, "indirect-incise", 0.8)
    if goes_on_past:
        # "Un matin de mars, se souvient sa sœur, Chahinez est arrivée…": a short lead, the
        # incise and its subject, then the clause going on with a verb of its own.
        return _make(text, s_start, s_end, i, "indirect-incise", 0.8)
    if (cue.form == "inverted" and goes_on and interposed is not None and (next_cue is None or next_cue >= s_end)
            and _incise_continuation().match(text, cue.end, s_end) is not None):
        # "La Russie n'exclut pas une rencontre, a-t-il ajouté, mais seulement lorsque…": a
        # coordinator after the incise carries the reported clause on to the sentence's end.
        start = _past_open_aside(text, _past_rubric(text, s_start, j), j)
        return _make(text, start, s_end, i, "indirect-incise", 0.8)
    if _COLON_QUOTE.search(text, s_start, j):
        return None  # "Un avis que ne partage pas la gauche : « … », tranche X": the incise reports the quotation
    if (cue.form == "inverted" and interposed is not None and _cut_auxiliary(text, s_start, j)
            and _lower_quotation(text, text.find(",", cue.end, interposed.end()) + 1, s_end)):
        # "… puis le tournage qui l'a, dit-elle, « cassée en deux »": an auxiliary before the incise,
        # its participle in the marks after it: the incise reports the marks, no clause before it.
        return None
    if interposed is not None and _purpose_cut(text, s_start, j):
        # "Il a annoncé une pause pour, a-t-il dit, éviter une « guerre civile »": the incise
        # cuts the writer's clause after its preposition of purpose, no clause before it reported
        # (at the sentence's end, « votera pour, a-t-elle dit. », the preposition is an adverb).
        return None
    start = _past_open_aside(text, _past_framed_relative(text, _past_rubric(text, s_start, j), j), j)
    if (previous is not None and previous.form != "preposition" and start <= previous.start
            and (colon := _clause_colon(text, previous.end, j)) >= 0):
        # "Le ministre a défendu sa stratégie : la doctrine a évolué, a-t-il plaidé": a cue before
        # a colon of the writer's is narration; the incise reports the clause that colon opens.
        start = _skip_space(text, colon + 1, j)
    elif _opens_with_mention(text, _past_frame(text, start, j), mention_starts) and (
            colon := _clause_colon(text, start, j)) >= 0:
        # "Le ministre est allé plus loin : X « paiera un lourd tribut », a-t-il averti": a clause
        # of the writer's on the speaker before a colon; the incise reports the clause it opens
        # (past a fronted adverbial too: « Dans son camp, la ministre a donné le ton : … »). So
        # before a postposed subject, the speaker or his side named before the colon ("Paris ferme
        # la porte : la France n'accueillera personne, a dit le ministre").
        start = _skip_space(text, colon + 1, j)
    elif (colon := _clause_colon(text, start, j)) >= 0 and not _holds_verb_word(text[start:colon]):
        # "Nouveau message du ministre, peu après : il n'y a « plus de menace », assure-t-il": a
        # verbless lead-in of the writer's before a colon; the incise reports the clause it opens.
        start = _skip_space(text, colon + 1, j)
    if (semi := text.rfind(";", start, j)) >= 0 and not _holds_unclosed_mark(text, start, semi) and _ENOUGH_WORDS.search(text, semi + 1, j):
        # "Les avocats ont fait appel ; la Cour l'examinera lundi, a précisé un porte-parole": a
        # semicolon joins two independent clauses, the first the writer's; the postposed
        # incise reports the one it closes.
        start = _skip_space(text, semi + 1, j)
    return _make(text, start, j, i, "indirect-incise", 0.8)


_APOSTROPHES = frozenset("'’‘")


def _commas_in_marks_blanked(piece: str) -> str:
    """``piece`` with every comma inside quotation marks turned into a space: a title in marks
    inside an aside (``dans un rapport intitulé « Ce que j'ai vu, c'est la mort »``) is one
    phrase of it, its commas no clause's."""
    if "," not in piece or not any(m in piece for m in opening_marks()):
        return piece
    out, depth = [], 0
    for ch in piece:
        if ch in _APOSTROPHES:
            pass  # an elision (j'ai, l'an), no mark
        elif ch in closing_marks() and depth:
            depth -= 1
        elif ch in opening_marks():
            depth += 1
        out.append(" " if ch == "," and depth else ch)
    return "".join(out)


def _verbless_subject(text: str, start: int, end: int, after: int) -> bool:
    """Whether ``text[start:end]``, before an inverted incise, is a noun phrase that a name
    completes (``Les déclarations de M. Durand``, see :func:`_named_complement_subject`) and the
    word at ``after``, past the incise, opens no relative: the subject of the clause that goes on
    after the incise."""
    if _named_complement_subject().fullmatch(text, start, end) is None:
        return False
    word = _CLAUSE_WORD.match(text, after, min(len(text), after + _LEAD_CHARS))
    return word is None or word.group().casefold().replace("’", "'") not in relative_words()


@cache
def _named_complement_subject() -> regex.Pattern[str]:
    """A determiner, a lower-case noun (maybe an adjective after it), a complement link
    (``names.json``: ``de``, ``du``, ``d'``) and capitalised words to the end (``Les
    déclarations de M. Durand``, ``La position de la France``): a noun phrase, no verb in it."""
    raw = names_data()
    dets = trie_alternation(raw["determiners"])
    links = alternation([*raw["complement_links"], *raw["name_complement_links"]])
    sp = r"[ \u00a0]"
    low = r"\p{Ll}[\p{L}\-]*+"
    return regex.compile(
        rf"(?i:[\s\"«“—–\-]*+(?:{dets}))(?:(?<=['’])|{sp}++){low}(?:{sp}++{low})?{sp}++(?i:{links})(?:(?<=['’])|{sp}++)"
        rf"(?:(?i:{dets})(?:(?<=['’])|{sp}++))?\p{{Lu}}[\p{{L}}\-.'’]*+(?:{sp}++\p{{Lu}}[\p{{L}}\-.'’]*+){{0,{_NAME_WORDS - 1}}}{sp}*+"
    )


def _infinitive_past_channel(text: str, cue: CueLike, s_end: int) -> bool:
    """``a affirmé dans un message sur les réseaux sociaux| avoir mené l'attaque``: a finite cue,
    a few words with no punctuation (a channel, a time), then an infinitive report, the word
    before it no preposition (``…, a dit le ministre avant de ne pas avoir…`` is no report)."""
    if cue.form != "finite":
        return False
    stop = _INFINITIVE_GAP_STOP.search(text, cue.end, min(s_end, cue.end + _QUE_REACH))
    limit = stop.start() if stop else min(s_end, cue.end + _QUE_REACH)
    preps = _prepositions()
    for space in _SPACE_RUN.finditer(text, cue.end + 1, limit):
        p = space.start()
        if cues.infinitive_report(text, cue.form, p):
            before = _WORD_BEFORE_GAP.search(text, cue.end, p)
            return before is None or before.group(0).casefold() not in preps
    return False


_INFINITIVE_GAP_STOP = regex.compile(r"[,;:.!?«»\"“”()]")
_SPACE_RUN = regex.compile(r"(?<=\w)[ \u00a0]++")
_WORD_BEFORE_GAP = regex.compile(r"[\w\-]++['’]?$")


@cache
def _prepositions() -> frozenset[str]:
    """Prepositions (names.json) whose infinitive is no report (``avant de``, ``pour``)."""
    return frozenset(w.casefold() for w in names_data()["prepositions"])


def _opens_with_mention(text: str, start: int, mention_starts: Sequence[int]) -> bool:
    """Whether a mention opens at ``start``, past a determiner (``Le ministre``, ``Wang Yi``)."""
    first = _FIRST_WORD.match(text, start)
    skip = first.end() if first is not None and first.group(1).lower() in grammar().object_determiners else start
    return _mention_at(mention_starts, start, skip + 1)


# A dash set off by spaces, opening or closing an aside (not the hyphen inside a word); a
# closing one may have a comma or a stop right after it (``— Belgique et Suisse —, selon X``).
# Web copy types the dash as a spaced hyphen-minus.
_ASIDE_DASH = regex.compile(r"(?<=\s)[—–\-](?=[\s,;:.])")


@cache
def _object_relative_after() -> regex.Pattern[str]:
    """Spaces and a free relative of ``object_free_relatives`` (``ce que``, ``ce qui``, ``ce dont``) right after a cue."""
    return regex.compile(rf"(?i)[ \u00a0\u202f]++(?:{alternation(grammar().object_free_relatives) or '(?!)'})(?:(?<=['’])|(?!\w))")


@cache
def _gerund() -> regex.Pattern[str]:
    """A gerund right after a verb (``a répliqué| en comparant``): a marker of
    ``gerund_markers`` and a word with a present participle's ending."""
    endings = trie_alternation(cues.present_participle_endings())
    return regex.compile(
        rf"(?i)[ \u00a0\u202f]*+(?:{trie_alternation(cues.gerund_markers())})[ \u00a0\u202f]++(?:\p{{L}}['’])?\p{{L}}[\p{{L}}\-]*?(?:{endings})(?!\p{{L}})"
    )


@cache
def _infinitive_complement() -> regex.Pattern[str]:
    """Right after a verb, ``de`` (or ``d'``), maybe a clitic, then a lower-case infinitive
    (``infinitive_endings``) that is no determiner (``notre``, ``leur``) and no noun in ``-ère``
    or ``-oire`` (``de manière``, ``de mémoire``): the verb's own infinitive complement (``a juré
    de défendre``, ``a promis d'y revenir``), whose object is no postposed subject; the
    infinitive maybe negated (``a promis de ne pas ratifier``, ``a juré de ne jamais céder``);
    ``de son côté`` opens no infinitive."""
    g = grammar()
    if not g.infinitive_endings:
        return regex.compile(r"(?!)")
    sp = r"[ \u00a0\u202f]"
    negation = (rf"(?:(?i:{trie_alternation(g.negation_particles)})(?:(?<=['’])|{sp}++)(?i:{trie_alternation(g.negation_words)}){sp}++)?"
                if g.negation_particles and g.negation_words else "")
    return regex.compile(
        rf"{sp}*+(?i:d(?:e{sp}++|['’]))(?!\p{{L}}*?(?:ère|oire)(?![\p{{L}}'’\-])){negation}"
        rf"{_clitic_then_infinitive(frozenset(_determiners()), sorted(_determiners()))}"
    )


@cache
def _bare_infinitive_complement() -> regex.Pattern[str]:
    """Right after a verb, a lower-case infinitive (``infinitive_endings``) with no ``de``, then a
    determiner opening its object (``a assuré respecter la décision``, ``a dit regretter le
    choix``): a verb of saying governs its infinitive bare, the subject's own act (not a postposed
    subject, which opens with a determiner or a capital); no determiner, adverb (``hier``),
    cardinal or quantifier ending so, nor a preposition (``quote_complement_prepositions``: ``contre``),
    nor a month after the clitic-like ``en`` (``a rappelé en novembre la FAO``: a date, no infinitive)."""
    g = grammar()
    if not g.infinitive_endings:
        return regex.compile(r"(?!)")
    names = names_data()
    not_verbs = sorted({*_determiners(), *cues.one_word_adverbs(), *names["cardinals"], *registry.months(),
                        *(q.split()[0] for q in names["quantifiers"]),
                        *lexicon.read_json("detection.json")["quote_complement_prepositions"]})
    sp = r"[ \u00a0\u202f]"
    dets = trie_alternation(names["determiners"])
    return regex.compile(rf"{sp}*+{_clitic_then_infinitive(frozenset(_determiners()), not_verbs)}{sp}++(?i:{dets})(?:(?<=['’])|{sp}++)\p{{L}}")


def bare_infinitive_follows(text: str, pos: int, end: int) -> bool:
    """Whether a bare infinitive and a determiner opening its object follow ``pos`` (``a assuré|
    respecter la décision``, see :func:`_bare_infinitive_complement`): the verb before it has its
    subject before it, no postposed one."""
    return _bare_infinitive_complement().match(text, pos, end if end <= pos + _SUBJECT_REACH else pos + _SUBJECT_REACH) is not None


def voice_follows(text: str, pos: int, end: int) -> bool:
    """Whether a ``voice_markers`` phrase follows ``pos`` (``s'est réjouie| par la voix de sa
    ministre``): the verb before it has its subject before it, no postposed one."""
    return _patterns().voice_marker.match(text, pos, end) is not None


def _past_open_aside(text: str, start: int, end: int) -> int:
    """``…trois personnes — deux ont été libérées, selon une source —``: where the content of a
    cue inside an aside starts, past the dash or bracket opening that aside and not closed
    before ``end``; else ``start``."""
    bracket = text.rfind("(", start, end)
    if bracket >= 0 and text.find(")", bracket, end) < 0:
        return _skip_space(text, bracket + 1, end)
    # The character after ``end`` is read too: a closing dash may stand right before it.
    dashes = [m.end() for m in _ASIDE_DASH.finditer(text, start, end + 1) if m.start() < end]
    if len(dashes) % 2:
        return _skip_space(text, dashes[-1], end)
    return start


def _cut_short(text: str, start: int, end: int, rest: int, s_end: int) -> bool:
    """Whether ``text[start:end]`` ends in a word of a verb group (an auxiliary, a negation's
    second word after its particle: ``Le texte sera``, ``Moscou n'exclut pas``), a clause cut
    short whose words go on at ``rest``, after an incise set in it, in lower case and not with a
    relative pronoun (``…, dit le Kremlin, qui accuse Kiev``: the subject's relative)."""
    if _LOWER_NEXT.match(text, rest, s_end) is None:
        return False
    last = _LAST_WORD.search(text, max(start, end - _LAST_WORD_REACH), end)
    if last is None:
        return False
    word = last.group(1).casefold()
    if word in grammar().negation_words:
        # "Moscou n'exclut pas": the negation's second word, its particle before it.
        particles = grammar().negation_particles
        if not any(w.casefold() in particles for w in _CLAUSE_WORD.findall(text, start, last.start())):
            return False
    elif word not in _verb_words():
        return False
    following = _CLAUSE_WORD.match(text, _skip_space(text, rest, s_end), s_end)
    return following is not None and following.group().casefold() not in relative_words()


def _subject_before_dash(text: str, start: int, dash: int) -> bool:
    """Whether ``text[start:dash]`` is a few words (``_LONG_SUBJECT``) with no word of a verb
    group, a future or conditional, nor a relative (``la stratégie de l'alliance``): a subject
    whose verb comes after the aside the dash opens, not a clause the dash ends."""
    words = _CLAUSE_WORD.findall(text, start, dash)
    if not words or len(words) > _LONG_SUBJECT:
        return False
    verbs, relatives, future = _verb_words(), relative_words(), future_endings()
    return not any((w := word.casefold()) in verbs or w in relatives or (len(w) > 5 and w.endswith(future)) for word in words)


def _verb_goes_on(text: str, start: int, s_end: int) -> bool:
    """Whether the words after ``start`` hold a word of a verb group (an auxiliary, a negation,
    a reflexive pronoun: ``Chahinez est arrivée``, ``les cris n'ont pas cessé``) before any
    other comma, within a few words: a clause, not an apposition to the incise's subject."""
    return _verb_word_at(text, start, s_end) >= 0


def _verb_word_at(text: str, start: int, s_end: int) -> int:
    """Where the word of a verb group :func:`_verb_goes_on` finds after ``start`` stands; -1."""
    for n, w in enumerate(_CLAUSE_WORD.finditer(text, start, s_end)):
        if n >= _GOES_ON_WORDS or "," in text[start : w.start()]:
            return -1
        word = w.group().casefold()
        if word in relative_words():
            return -1  # "…, raconte Paul X, un voisin qui a tout vu": the subject's apposition
        if word in _verb_words() or (len(word) > 5 and word.endswith(future_endings())):
            return int(w.start())  # "Le gouvernement, a précisé X, présentera un projet": a future or conditional too
    return -1


def _main_clause_after_subordinate(text: str, start: int, end: int) -> int:
    """``Lorsque X a constaté qu'il « n'entendait pas d'objection », l'accord a été adopté``: in a
    content clause inside a fronted subordinate, the first comma followed by a subject (no word of
    a verb group opening it, no coordinator before its verb: not a list, ``que Paris, Londres et
    Berlin ont refusé``) and a word of a verb group a few words on closes the subordinate: the
    content clause ends there; else ``end``. Each comma reads a few words."""
    comma = _comma(text, start, end)
    while comma >= 0:
        after = _skip_space(text, comma + 1, end)
        word = _CLAUSE_WORD.match(text, after, end)
        if (word is not None and word.group().casefold() not in _verb_words() and _opens_subject(text, after)
                and _WORD.search(text, start, comma) is not None
                and (verb := _verb_word_at(text, after, end)) > after
                and _coordinator_word().search(text, after, verb) is None):
            return comma
        comma = _comma(text, comma + 1, end)
    return end


@cache
def _auxiliary_last_letters() -> frozenset[str]:
    """The last letters of the words of ``cues.verb_words`` (a cheap test before reading words)."""
    return frozenset(w[-1] for w in cues.verb_words() if w[-1].isalpha())


def _cut_auxiliary(text: str, s_start: int, j: int) -> bool:
    """Whether the words before the comma at ``j`` end with a word of a verb group (``cues.verb_words``:
    ``qui l'a``, ``elle est``): a verb cut off by an incise, no clause of its own."""
    if text[j - 1 : j].lower() not in _auxiliary_last_letters():
        return False  # most clauses: no auxiliary's last letter before the comma
    words = _WORD.findall(text, max(s_start, j - _AUXILIARY_REACH), j)
    return bool(words) and words[-1].lower() in cues.verb_words()


def _purpose_cut(text: str, s_start: int, j: int) -> bool:
    """Whether the words before the comma at ``j`` end with a preposition of purpose (``cues.purpose_governors``: ``pour``)."""
    if text[j - 1 : j].lower() not in _purpose_last_letters():
        return False  # most clauses: no such preposition's last letter before the comma
    tail = text[max(s_start, j - _AUXILIARY_REACH) : j].casefold()
    return any(tail.endswith(p) and not tail[-len(p) - 1 : -len(p)].isalnum() for p in _purpose_words())


@cache
def _purpose_words() -> tuple[str, ...]:
    return tuple(p.casefold() for p in cues.purpose_governors())


@cache
def _purpose_last_letters() -> frozenset[str]:
    """The last characters of the prepositions of purpose (a cheap test before reading words)."""
    return frozenset(p[-1] for p in _purpose_words())


def _lower_quotation(text: str, start: int, s_end: int) -> bool:
    """Whether an opening mark stands right after ``start`` and a lower-case word opens the
    quotation (``Pékin, a indiqué X, « défendra résolument » …``): the clause's predicate
    going on in marks, no quotation of its own."""
    at = _skip_space(text, start, s_end)
    if at >= s_end or text[at] not in opening_marks():
        return False
    inner = _skip_space(text, at + 1, s_end)
    return inner < s_end and text[inner].islower()


def _subject_then_lower_quotation(text: str, start: int, s_end: int) -> bool:
    """Whether a noun phrase opening with a determiner after ``start`` runs, with no punctuation,
    to an opening mark whose quotation opens in lower case (``En revanche, juge la haute juridiction,
    l'extension des pouvoirs des agents de sûreté « ne porte pas… »``): a subject, however long, and
    its predicate going on in marks, a clause."""
    at = _skip_space(text, start, s_end)
    if _determiner_first().match(text, at, s_end) is None:
        return False
    end = min(s_end, at + _SUBJECT_QUOTE_REACH)
    for i in range(at + 1, end):
        ch = text[i]
        if ch in opening_marks() and text[i - 1] in _INLINE_SPACE_CHARS:
            return _lower_quotation(text, i, s_end)  # a mark after a space: no apostrophe (l'extension)
        if ch in ",;:()":
            return False
    return False


# Most characters a subject may run before the quotation that goes on with its predicate.
_SUBJECT_QUOTE_REACH = 160
_INLINE_SPACE_CHARS = " \u00a0\u202f"


@cache
def _verb_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in cues.verb_words())


@cache
def _age_apposition() -> regex.Pattern[str]:
    """A comma, a figure and an age unit (``ans``) ending the words before a cue's comma: the
    age set off after a subject (``Mélanie, 42 ans,``), no clause of reported words."""
    units = trie_alternation(names_data().get("age_units", ())) or "(?!)"
    return regex.compile(rf",[ \u00a0\u202f]*+\d++[ \u00a0\u202f]++(?:{units})[ \u00a0\u202f]*+$")


def _age_then_asides(text: str, start: int, end: int) -> bool:
    """Whether an age set off by commas (``, 24 ans,``) stands in ``text[start:end]``, no verb
    before it, and only bare, verbless asides follow it to ``end`` (``originaire de Dijon, près de
    Beaune``): a subject, its age and its descriptions, no clause of reported words (« X a exprimé
    sa tristesse après la mort de Lola, 12 ans, à Paris, a indiqué… » is one)."""
    age = _age_aside().search(text, start, end) if "," in text[start:end] else None
    if age is None or not text.startswith(",", age.end()) or text[:age.start()].rstrip(" \u00a0\u202f")[-1:] != ",":
        return False
    piece = text[age.end() + 1 : end].strip(" \u00a0\u202f")
    return (bool(piece) and bare_description(piece) and not _holds_verb_word(piece)
            and not _holds_verb_word(text[start : age.start()])
            and not any(w.group().casefold() in relative_words() for w in _CLAUSE_WORD.finditer(piece)))


@cache
def _age_aside() -> regex.Pattern[str]:
    """A figure and an age unit alone, the age set off after a source (``Pour Samia, 23 ans,``)."""
    units = trie_alternation(names_data().get("age_units", ())) or "(?!)"
    return regex.compile(rf"\d++[ \u00a0\u202f]++(?:{units})[ \u00a0\u202f]*+")


@cache
def _determiner_then_mark() -> regex.Pattern[str]:
    """A determiner (``names.json``), an opening mark and the spaces after it (``un « ``): where
    the words in the marks start is the match's end."""
    dets = trie_alternation(names_data()["determiners"])
    marks = "".join(regex.escape(m) for m in sorted(opening_marks()))
    return regex.compile(rf"(?i)(?:{dets})(?:(?<=['’])|[ \u00a0]++)[{marks}][ \u00a0\u202f]*+")


@cache
def _determiner_first() -> regex.Pattern[str]:
    """Spaces, then a determiner opening a noun phrase (``un voisin``, ``l'enquêteur``)."""
    dets = trie_alternation(names_data()["determiners"])
    return regex.compile(rf"(?i)[ \u00a0]*+(?:{dets})(?:(?<=['’])|[ \u00a0]++)\p{{L}}")


@cache
def _charged_object_pattern() -> regex.Pattern[str]:
    """Spaces, a determiner and one noun, or one or two capitalised words, then a word of
    ``charged_links`` (``l'opposition d'avoir``, ``Washington d'avoir``)."""
    links = grammar().charged_links
    if not links:
        return regex.compile(r"(?!)")
    dets = trie_alternation(names_data()["determiners"])
    return regex.compile(
        rf"[ \u00a0]*+(?:(?i:{dets})(?:(?<=['’])|[ \u00a0]++)[\p{{L}}\-]++|\p{{Lu}}[\p{{L}}\-]*+(?:[ \u00a0]++\p{{Lu}}[\p{{L}}\-]*+)?)"
        rf"[ \u00a0]++(?i:{trie_alternation(links)})(?!\w)"
    )


def _charged_object(text: str, pos: int, end: int) -> bool:
    """Whether the words at ``pos`` are a finite cue's object charged with an infinitive
    (``accuse l'opposition d'avoir fomenté``): no postposed subject."""
    window = text[pos : min(end, pos + _CHARGED_REACH)].lower()
    if not any(link.lower() in window for link in grammar().charged_links):
        return False  # the common case: no link at all after the cue
    return _charged_object_pattern().match(text, pos, min(end, pos + _CHARGED_REACH)) is not None


# Characters read after a cue for its charged object (a determiner, a noun and the link).
_CHARGED_REACH = 60


@cache
def _singular_determiner_first() -> regex.Pattern[str]:
    """Spaces, then a singular determiner (``names.json`` determiners, not among its
    ``plural_determiners``) opening a noun phrase (``leur intention``), no plural quantity
    opening with one (``une dizaine de``): never the postposed subject of a plural verb."""
    data = names_data()
    plural = [*data["plural_determiners"]["definite"], *data["plural_determiners"]["indefinite"]]
    singular = [d for d in data["determiners"] if d not in plural and not d.endswith("s")]
    return regex.compile(rf"(?i)[ \u00a0]*+(?!(?:{trie_alternation(plural)})(?:(?<=['’])|[ \u00a0]))"
                         rf"(?:{trie_alternation(singular)})(?:(?<=['’])|[ \u00a0]++)\p{{L}}")


@cache
def _bare_name_first() -> regex.Pattern[str]:
    """Spaces, then a capitalised word opening no determiner (``names.json`` determiners)
    nor a plural title (``plural_titles`` of names.json: ``MM.``, ``Mmes``): a bare name
    (``Pékin``, ``Jean Dupont``) is singular, so never alone the postposed subject of a plural
    verb (a list of names is left to the coordinator test)."""
    determiners = names_data()["determiners"]
    return regex.compile(rf"[ \u00a0]*+(?!(?i:{trie_alternation(determiners)})(?:(?<=['’])|[ \u00a0]))"
                         rf"(?!(?:{alternation(names_data()['plural_titles'])})(?!\p{{L}}))\p{{Lu}}\p{{Ll}}")


@cache
def _listed_name() -> regex.Pattern[str]:
    """A name of two to four capitalised words, then a ``subject_coordinators`` word of
    ``names.json`` (``Anne Y et``): the name is a member of a list of subjects."""
    return regex.compile(rf"\p{{Lu}}[\p{{L}}\-]*+(?:[ \u00a0]++\p{{Lu}}[\p{{L}}\-]*+){{1,3}}[ \u00a0]++"
                         rf"(?i:{trie_alternation(names_data()['subject_coordinators'])})(?!\p{{L}})")


@cache
def _coordinator_word() -> regex.Pattern[str]:
    """A ``subject_coordinators`` word of ``names.json`` (``et``): subjects joined, a plural."""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(names_data()['subject_coordinators'])})(?!\p{{L}})")


@cache
def _interposed() -> regex.Pattern[str]:
    """An incise followed by a comma and more lower-case words of the same sentence, maybe
    opening quotation marks first (« L'Égypte, a-t-il rappelé, « n'acceptera aucun… » »), not
    those of a weak family, which double as apostrophes."""
    typo = marks_typography()
    marks = regex.escape("".join(sorted({c for f in typo.families if not f.weak for m in f.open for c in m})))
    spaces = regex.escape("".join(sorted(typo.inner_spaces)))
    return regex.compile(rf"[ \u00a0]*+,[ \u00a0]*+(?:[{marks}][{spaces}]*+)?\p{{Ll}}")


# Most lower-case words between an inverted incise's verb and the comma closing it (« a-t-il dit en substance, »).
_INCISE_ADVERBIAL_WORDS = 3


@cache
def _interposed_past_adverbial() -> regex.Pattern[str]:
    """Up to ``_INCISE_ADVERBIAL_WORDS`` lower-case words, none a relative pronoun (``relative_words``,
    ``apposition_relatives``: où too), then what
    :func:`_interposed` matches and the rest of its first word, no relative pronoun either
    (« …, a-t-il dit en substance, était de … », not « …, a-t-il dit devant les élus, qui … »)."""
    relatives = trie_alternation(sorted(relative_words() | {w.casefold() for w in grammar().apposition_relatives}))
    word = rf"(?!(?:{relatives})(?![\p{{L}}'’\-]))\p{{Ll}}[\p{{Ll}}'’\-]*+(?![\p{{L}}'’\-])"
    return regex.compile(rf"(?:[ \u00a0]++{word}){{1,{_INCISE_ADVERBIAL_WORDS}}}[ \u00a0]*+,[ \u00a0]*+(?={word})\p{{Ll}}")


@cache
def _incise_continuation() -> regex.Pattern[str]:
    """The comma closing an inverted incise and a coordinator of ``incise_continuations``
    (``detection.json``) not followed by one of ``incise_continuation_stops``: ``, mais seulement…``."""
    g = grammar()
    stops = alternation(g.incise_continuation_stops)
    return regex.compile(rf"(?i)[ \u00a0]*+,[ \u00a0]*+(?:{alternation(g.incise_continuations)})(?![\p{{L}}'’])"
                         rf"(?![ \u00a0]++(?:{stops})(?:(?<=['’])|(?![\p{{L}}'’])))")


# Most characters of a bare full name standing alone before a postposed cue's comma.
_BARE_NAME_CHARS = 60


def _bare_full_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a name of two words or more, each capitalised or a
    name particle (de, ben, van), with no other punctuation than a hyphen or an apostrophe and no
    determiner first (« La Chine » is a subject): a person's name, never a reported clause."""
    if end - start > _BARE_NAME_CHARS:
        return False
    words = text[start:end].split()
    return (len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in _determiners()
            and all(w[:1].isupper() and all(c.isalpha() or c in "-'’" for c in w) or w in name_particles() for w in words))


def _few_words(text: str, start: int, end: int, most: int = _SHORT_LEAD) -> bool:
    """Whether ``text[start:end]`` holds at most ``most`` words: read no further than the
    word after them, so a long clause costs no more than a short one."""
    return all(n < most for n, _ in enumerate(_WORD.finditer(text, start, end)))


# Most characters between a colon and the cue a back report after it may span (« : voilà, en substance, ce dont l' »).
_BACK_REPORT_REACH = 80


def _back_report_pattern(phrases: Sequence[str]) -> regex.Pattern[str]:
    """One of ``back_reports``, maybe an adverb of ``cue_words.json`` set off by commas after its
    first word (``voilà, en substance, ce que``), then maybe an object clitic before the cue
    (``ce dont l'accuse``), all that stands before the cue."""
    sp = r"[ \u00a0]"
    aside = rf"(?:{sp}*+,{sp}*+(?:{trie_alternation(cues.cue_adverbs())}){sp}*+,)?"
    forms = [f"{alternation([head])}{aside}{sp}*+{alternation([rest])}" if rest else alternation([head])
             for head, _, rest in (p.partition(" ") for p in phrases)]
    clitic = rf"(?:(?:{trie_alternation(cues.clitics())})(?:(?<=['’])|{sp}++))?"
    return regex.compile(rf"(?i)[\s\"«“—–\-]*+(?:{'|'.join(forms) or '(?!)'})\s*+{clitic}")


def _reported_back(text: str, i: int, cue: CueLike, sentences: Spans, s_start: int) -> Candidate | None:
    """``La réforme sera votée. C'est ce qu'a affirmé X``: the sentence before, in the same
    paragraph, when words referring back to it (``back_reports``) are all that stands before the cue;
    after a colon in the sentence, the clause before it (``Le pays ment : voilà ce que dit X``)."""
    if _patterns().back_report.fullmatch(text, s_start, cue.start) is None:
        colon = text.rfind(":", s_start if s_start >= cue.start - _BACK_REPORT_REACH else cue.start - _BACK_REPORT_REACH, cue.start)
        if colon <= s_start or colon - s_start > _MAX_CLAUSE or _patterns().back_report.fullmatch(text, colon + 1, cue.start) is None:
            return None
        end = trimmed_end(text, s_start, colon)
        return _make(text, _skip_space(text, s_start, end), end, i, "indirect-back", 0.75)
    k = sentences.index(s_start) - 1
    if k < 0:
        return None
    start, end = sentences.spans[k]
    if "\n" in text[end:s_start] or s_start - start > _MAX_CLAUSE:
        return None
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!…"):
        end -= 1
    return _make(text, _skip_space(text, start, end), end, i, "indirect-back", 0.75)


def _que_blocked(text: str, start: int, end: int) -> bool:
    """A comparison or restriction word in ``text[start:end]`` before a que (``plus que``,
    ``même que``), not one of a phrase naming the source (``indique de même source que``)."""
    blockers = [b for b in _patterns().que_blocker.finditer(text, start, end) if not _focus_adverb(text, b, end)]
    phrases = same_source_spans(text, start, end) if blockers else []
    if blockers and _anaphoric_noun_then_marks(text, start, end):
        # "a déclaré sur ce même site que « … »": a demonstrative's même points back, no comparison.
        phrases.append((start, end))
    return any(not any(a <= b.start() and b.end() <= z for a, z in phrases) for b in blockers)


def _focus_adverb(text: str, blocker: regex.Match[str], end: int) -> bool:
    """Whether the que blocker ``blocker`` is a word of ``focus_blockers`` right before a
    determiner (``avant même l'entretien``): it stresses that noun phrase, no comparison."""
    return (blocker.group().lower() in grammar().focus_blockers
            and _patterns().object_first.match(text, blocker.end(), end) is not None)


def _past_rubric(text: str, start: int, end: int) -> int:
    """``Brexit : l'UE est prête, assure X``: where the content starts past a rubric of a few
    words and its colon opening the clause (a headline's topic), or past a dateline
    (``LONDRES, 2 mars (AFP) - ``); else ``start``."""
    dateline = DATELINE.match(text, start, end)
    if dateline is not None:
        start = int(dateline.end())  # "EN DIRECT - Alep : la trêve prolongée, selon X": a rubric may follow
    colon = text.find(":", start, min(end, start + _RUBRIC_QUOTE_MAX))
    after = _skip_space(text, colon + 1, end) if colon >= 0 else end
    # « Accord russo-américain sur la Syrie : « la dernière chance », selon X »: before a
    # quotation, a headline's topic may be longer.
    quoted = after < end and text[after] in opening_marks()
    if colon < 0 or colon - start > (_RUBRIC_QUOTE_MAX if quoted else _RUBRIC_MAX) or len(
            _WORD.findall(text, start, colon)) > (_RUBRIC_QUOTE_WORDS if quoted else _RUBRIC_WORDS):
        return start
    return after


@cache
def _body_subject() -> regex.Pattern[str]:
    """``alerte le syndicat``, ``indique le communiqué``, ``précise la déclaration``, ``a rapporté la
    télévision d'État``, ``a confirmé l'exploitant``: a determiner and a body, trade (a company named by
    its trade: ``trade_nouns``), field, speaking text or publication noun (from ``names.json``), a
    postposed subject the gazetteer does not know; or an elided article glued to
    a capitalised name (``a indiqué l'Insee``)."""
    raw = names_data()
    elided = [a for a in raw["articles"] if a[-1:] in "'’"]
    nouns = [*raw["body_nouns"], *raw.get("trade_nouns", ()), *raw["field_nouns"], *raw["speaking_text_nouns"], *raw["publication_nouns"]]
    # A body noun may take an adjective of rank before it (la plus haute juridiction): ``body_premodifiers``.
    ranks = raw.get("body_premodifiers", ())
    rank = rf"(?:(?:{trie_alternation(ranks)})[ \u00a0]++(?=(?:{trie_alternation(raw['body_nouns'])})(?!\p{{L}}))|)" if ranks else ""
    return regex.compile(
        rf"(?i)(?<!\p{{L}})(?:(?:{trie_alternation(raw['determiners'])})(?:(?<=['’])|[ \u00a0]++){rank}"
        rf"(?:{trie_alternation(nouns)})(?!\p{{L}})"
        rf"|(?:{trie_alternation(elided)})(?-i:\p{{Lu}}\p{{Ll}}++)(?![\p{{L}}\-]))"
    )


def _body_subject_after(text: str, start: int, end: int) -> bool:
    """Whether a body noun (:func:`_body_subject`) stands in ``text[start:end]``, not governed
    by an ``indirect_object_links`` word opening the words after the cue (``…, a promis durant
    la campagne``: a complement of the verb, no postposed subject; ``…, a expliqué le
    sous-secrétaire à l'Intérieur`` still names one)."""
    return any((link := _patterns().indirect_object_link.search(text, max(start, b.start() - _OBJECT_LINK_CHARS), b.start())) is None
               or text[start : link.start()].strip(" \u00a0\u202f")
               for b in _body_subject().finditer(text, start, end))


@cache
def _same_source_subject() -> regex.Pattern[str]:
    """``…, précise la même source.``, ``…, a ajouté le même responsable``: a definite article, a
    word of ``same_markers`` (``names.json``) and a head of ``anonymous.json`` right after a
    postposed cue: the source that spoke last speaks again, the verb's subject, though the
    gazetteer reads no mention there (the article and « même » are all its qualification).
    A time noun (« le même jour ») is no head: no subject."""
    heads = [h["form"] for h in lexicon.read_json("anonymous.json")["heads"]]
    dets = [a.replace("'", "['’]") for a in map(regex.escape, articles()) if not a.endswith(("'", "’"))]
    return regex.compile(rf"(?i)(?:{'|'.join(dets)})[ \u00a0]++(?:{trie_alternation(names_data().get('same_markers', ()))})"
                         rf"[ \u00a0]++(?:{trie_alternation(heads)})(?!\p{{L}})")


@cache
def _partitive_source() -> regex.Pattern[str]:
    """``l'un de ses responsables``, ``une de leurs sources``: a partitive pronoun
    (``partitive_pronouns`` of ``names.json``) and a head of ``anonymous.json`` or a member noun
    (``member_nouns`` of ``detection.json``) right after a postposed cue, maybe past its indirect
    object (``a reconnu à l'AFP l'un de ses membres``): one of a body's people, its subject (``…, a reconnu l'un de ses
    responsables``), though no determiner of its own makes the head a mention."""
    heads = [h["form"] for h in lexicon.read_json("anonymous.json")["heads"]]
    # A body's own people (``l'un de ses membres``, ``l'une de ses figures``): ``member_nouns``
    # (the partitive takes a plural, so the singular siège of a city never follows it).
    members = list(grammar().member_nouns)
    partitives = [p.replace("'", "['’]") for p in map(regex.escape, names_data()["partitive_pronouns"])]
    # The verb's indirect object may come first, one word after its link (a reconnu à l'AFP l'un de …).
    told = (rf"(?:(?:{trie_alternation(grammar().indirect_object_links)})[ \u00a0]++"
            rf"(?:(?:{trie_alternation(articles())})(?:(?<=['’])|[ \u00a0]++))?[\w\-]++[ \u00a0]++)?")
    return regex.compile(rf"(?i){told}(?:{'|'.join(sorted(partitives, key=len, reverse=True))})[ \u00a0]++"
                         rf"(?:{trie_alternation([*heads, *members])})(?!\p{{L}})")


@cache
def _plural_body_subject() -> regex.Pattern[str]:
    """``estiment plusieurs analystes``, ``rapportent des médias turcs``: a plural determiner
    (``plural_determiners`` of ``names.json``: ``plusieurs``, ``certains``, ``de nombreux`` too)
    and a noun of ``_body_subject``, its plural -s included; read only after a plural verb,
    which agrees with it as its postposed subject (``a critiqué des médias``: an object)."""
    raw = names_data()
    dets = [*raw["plural_determiners"]["definite"], *raw["plural_determiners"]["indefinite"]]
    nouns = [*raw["body_nouns"], *raw["field_nouns"], *raw["speaking_text_nouns"], *raw["publication_nouns"],
             *raw.get("witness_nouns", ())]
    return regex.compile(
        rf"(?i)(?<!\p{{L}})(?:{trie_alternation(dets)})(?:(?<=['’])|[ \u00a0]++)(?:{trie_alternation(nouns)})s?+(?!\p{{L}})"
    )


def _plural_body_after(text: str, s_start: int, comma: int, cue: CueLike, reach: int) -> bool:
    """``Les pénalités pourraient atteindre 1 milliard, estiment plusieurs analystes``: a plural
    verb that neither blames nor denies (``_RULING_STANCES``), a plural body or source noun after
    it (:func:`_plural_body_subject`), and a clause with a verb of its own before the comma (not
    ``Les élus, furieux, évoquent des études``: a subject, its aside, then the verb's object);
    past a relative aside on its subject, the verb after the aside's comma (``L'accusée, qui
    n'avait pas parlé, est restée muette, ont rapporté les journalistes``)."""
    return (getattr(cue, "stance", None) in _RULING_STANCES and cues.plural_cue(cue)  # type: ignore[arg-type]
            and _plural_body_subject().search(text, cue.end, reach) is not None
            and (_holds_verb_word(text[s_start:comma])
                 or (inner := _rcomma(text, s_start, comma)) > s_start and _holds_verb_word(text[inner + 1 : comma])))


def _short_aside_before(text: str, start: int, comma: int) -> bool:
    """``Le ministre, prudent,`` before a cue: the last comma-set piece before ``comma`` has at most
    two words, an aside on a subject (``Le ministre, très prudent, commente la décision``), no clause."""
    inner = _rcomma(text, start, comma)
    return inner >= 0 and len(_WORD.findall(text, inner + 1, comma)) <= 2


# What a ruling's text does as a postposed subject (``précise``, ``souligne``, ``estime la décision``):
# never a blame or a denial, whose subject is one of the parties (``Le maire, furieux, dénonce la décision``).
_RULING_STANCES = frozenset({"neutral", "assertive", "opinion"})


@cache
def _ruling_subject() -> regex.Pattern[str]:
    """``la décision.``: a determiner and a ruling's text noun (``ruling_text_nouns`` of
    ``names.json``) ending the sentence, a postposed cue's subject (``…, précise la décision.``)."""
    raw = names_data()
    return regex.compile(
        rf"(?i)(?:{trie_alternation(raw['determiners'])})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?:{trie_alternation(raw.get('ruling_text_nouns', ()) or ['(?!)'])})[ \u00a0\u202f]*+(?:[.!?;]|$)"
    )


# Most words of an adverbial opening a sentence with a frame preposition (« En fin d'après-midi, »).
_FRAME_WORDS = 6


def _past_fronted_role(text: str, start: int, end: int) -> int:
    """Past a role that opens ``text[start:end]`` bare, a capitalised form of ``role_heads()``
    and a few words up to its comma (« Élu de la Somme, »): where the words after it start;
    ``start`` when there is none."""
    word = _WORD.match(text, start, end)
    if word is None or registry.fold(word.group()) not in registry.role_heads():
        return start
    comma = text.find(",", word.end(), end)
    if comma < 0 or len(_WORD.findall(text, word.end(), comma)) > _FRAME_WORDS:
        return start
    return _skip_space(text, comma + 1, end)


@cache
def _unaccented_frame_prepositions() -> frozenset[str]:
    """The ``frame_prepositions`` without their accents (``a`` for ``à``), as a capital is often written."""
    return frozenset(unaccented(w) for w in grammar().frame_prepositions)


def _past_frame(text: str, start: int, end: int) -> int:
    """Past an adverbial that opens ``text[start:end]`` with one of ``frame_prepositions``
    (``detection.json``) and a few words up to its comma (« En fin d'après-midi, »): where the
    clause after it starts; ``start`` when there is none."""
    first = _skip_space(text, start, end)
    word = _WORD.match(text, first, end)
    if word is None or (word.group().lower() not in grammar().frame_prepositions
                        and not (word.group()[:1].isupper() and word.group().lower() in _unaccented_frame_prepositions())):
        return start  # "A Paris, …": a capital written without its accent opens the frame too
    comma = text.find(",", word.end(), end)
    if comma < 0 or len(_WORD.findall(text, word.end(), comma)) > _FRAME_WORDS:
        return start
    return _skip_space(text, comma + 1, end)


def _past_time_frame(text: str, start: int, end: int) -> int:
    """Past a fronted adverbial of time with no preposition, a few words up to its comma ending
    with a noun of ``time_words`` (maybe plural) and one of ``time_comparatives`` (« Quelques
    heures plus tard, », « Deux jours plus tôt, »): where the clause after it starts; ``start``
    when there is none."""
    comma = text.find(",", start, end)
    if comma < 0 or len(_WORD.findall(text, start, comma)) > _FRAME_WORDS:
        return start
    if _patterns().time_frame_end.search(text, start, comma) is None:
        return start
    return _skip_space(text, comma + 1, end)


# Most words of a fronted frame standing alone before an inverted incise (« Dans les traités comme dans l'ordre protocolaire, »).
_INCISE_FRAME_WORDS = 10


def _frame_lead(text: str, start: int, comma: int) -> bool:
    """Whether ``text[start:comma]`` is only an adverbial opening with one of ``frame_prepositions``
    (``detection.json``), at most ``_INCISE_FRAME_WORDS`` words, no comma nor word of a verb group
    (« Dans les usines comme dans les bureaux »): a frame, no clause of its own."""
    first = _skip_space(text, start, comma)
    word = _WORD.match(text, first, comma)
    if word is None or word.group().lower() not in grammar().frame_prepositions:
        return False
    if _more_words(_INCISE_FRAME_WORDS).search(text, first, comma) is not None or "," in text[first:comma]:
        return False
    return not _holds_verb_word(text[first:comma])


def _subject_with_relative(
    text: str, start: int, comma: int, mention_starts: Sequence[int], mention_ends: Sequence[int]
) -> bool:
    """A clause that opens with a mention (or a determiner and a few words), a comma and a relative
    pronoun (qui, dont), the relative running to ``comma`` (``Le prévenu, qui nie tout, fera appel,
    a dit X``: a clause of its own). A relative of place (``place_relative_openers``: où) opens one
    only after words holding no verb (``Le club de Lens, où …``; not ``Les joueurs reprendront à
    Lens, où …``: a clause ending with a place)."""
    first = _skip_space(text, start, comma)
    opening = _patterns().np_then_relative.match(text, first, comma)
    if (opening is not None and _comma(text, opening.end(), comma) < 0
            and (text[opening.end() - 2 : opening.end()].casefold() not in grammar().place_relative_openers
                 or not _holds_verb_word(text[first : text.rfind(",", first, opening.end())]))):
        return True
    k = bisect.bisect_left(mention_starts, first)
    if k >= len(mention_starts) or mention_starts[k] != first:
        return False
    e = bisect.bisect_right(mention_ends, first)
    while e < len(mention_ends):
        joined = (_patterns().coordinator.match(text, mention_ends[e], comma) or _complement_link().match(text, mention_ends[e], comma)
                  or _SPACE_ONLY.match(text, mention_ends[e], comma) or _COMMA_ONLY.match(text, mention_ends[e], comma))
        if joined is None or not _starts_at(mention_starts, joined.end(), k):
            break  # "Le Mexique et l'Uruguay, qui …": two subjects joined; "Le président
            # américain Donald Trump, dont …": a role and its name; "Le ministre russe, Sergueï
            # X, qui …": a role and its name set off by commas; "Le maire de Rennes, X, qui …": a role and its place
        e = bisect.bisect_right(mention_ends, joined.end())
    if e >= len(mention_ends):
        return False
    relative = _patterns().relative_opener.match(text, mention_ends[e], comma) or (
        _patterns().object_relative_opener.match(text, mention_ends[e], comma) if mention_starts[k] == first else None)
    return relative is not None and _comma(text, relative.end(), comma) < 0


@cache
def _complement_link() -> regex.Pattern[str]:
    """A link of ``thing_links`` (``names.json``) between a role and the place or body it
    belongs to (``Le maire de Rennes``, ``le ministre des Affaires étrangères``): one noun phrase."""
    return regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(sorted(thing_links()))})(?:(?<=['’])|[ \u00a0]++)")


def _starts_at(starts: Sequence[int], pos: int, k: int) -> bool:
    """``pos in starts[k:]`` for sorted ``starts``, without the copy."""
    i = bisect.bisect_left(starts, pos, k)
    return i < len(starts) and starts[i] == pos


@cache
def _personal_subject_pronouns() -> frozenset[str]:
    """The subject pronouns of ``conjugation.json`` but the indefinite ones of ``names.json``
    (``il``, ``elles``; not ``on``): opening the words after a comma, a clause of its own, no apposition."""
    indefinite = {p["form"] for p in names_data()["subject_pronouns"] if p.get("indefinite")}
    return frozenset(p for p in subject_pronouns() if p not in indefinite)


def _is_apposition(text: str, start: int, comma: int, mention_ends: Sequence[int], mention_starts: Sequence[int],
                   closing: bool = False) -> bool:
    """``Le ministre, Jean Dupont, a déclaré``: the clause before the comma ends with a name set
    off by commas (an apposition to the subject), not with a full statement. ``closing``: the
    words after the cue close the sentence (no comma), as a postposed subject does."""
    inner = _rcomma(text, start, comma)
    if inner >= 0 and ")" in text[inner:comma] and "(" not in text[inner:comma] and (opening := text.rfind("(", start, inner)) >= 0:
        # "… de l'organisation Etat islamique (EI, Daech) en Syrie, a annoncé X": a comma inside
        # brackets sets off no apposition; the comma before the brackets may.
        inner = _rcomma(text, start, opening)
    if inner < 0:
        return False
    seg_start = _skip_space(text, inner + 1, comma)
    if text[seg_start:comma].rstrip(" \u00a0\u202f").endswith(")") and (opening := text.rfind("(", seg_start, comma)) > seg_start:
        # "L'homme fort du parti, le ministre Paul X (Ligue, droite), a réclamé": an aside in
        # brackets after the name, the apposition ending before it.
        comma = opening
    # "X a écrit au préfet Paul Y, son ancien adjoint, a annoncé Z.": a verb group right before the
    # name set off (no comma or colon between), the subject after the cue closing the sentence: the
    # apposition describes the clause's object, and the cue is an incise after that clause.
    lo = max(text.rfind(",", start, inner), text.rfind(":", start, inner), start - 1) + 1
    object_clause = closing and _holds_verb_word(text[lo:inner])
    if object_clause and (que := _last_complementizer(text, lo, inner)) is not None and not _holds_verb_word(text[que:inner]):
        # "… depuis que son ancienne cheffe, Eliane X, a fait état de …": a complementizer after
        # the verb group opens a clause whose subject the name describes, no object of that verb.
        object_clause = False
    if _described_name(text, start, inner, seg_start, comma, mention_starts, mention_ends) and not object_clause:
        return True  # "Marie Léon, son homologue de la CFDT, a déploré": a name and its description
    if _name_in_marks(text, seg_start, comma) and not _holds_verb_word(text[start:inner]):
        return True  # "Le quotidien du Parti, « Nhan Dan », saluait …": a noun phrase and its name in marks
    first = text[seg_start : seg_start + 7].split(None, 1)
    if first and first[0].casefold() in _personal_subject_pronouns():
        return False  # "Lors de ces échanges, il a été blessé par … l'opération Sentinelle,": a clause
    lead = text[start : min(inner, start + 8)].split(None, 1)
    if len(lead) == 2 and lead[0].casefold() in _personal_subject_pronouns():
        # "Elle sera reçue par la ministre, Hélène X, a fait savoir son cabinet": a subject pronoun
        # and a word after it open a clause; the name set off before the incise is an object's.
        return False
    k = bisect.bisect_left(mention_ends, comma - 1)
    if k < len(mention_ends) and abs(mention_ends[k] - comma) <= 1:
        if _holds_verb_word(text[seg_start:comma]):
            # "Quelques heures avant…, X s'était entretenu avec Y, a fait savoir Z": a name opening
            # a clause with its verb, another name ending it, no apposition.
            return False
        if object_clause:
            return False  # "X a écrit au préfet Y, son ancien adjoint, a annoncé Z.": an object's apposition, then an incise
        # "L'ancien chef d'état-major, le général Mark X, a regretté": a rank before the name.
        titled = title_before_name().match(text, seg_start, comma)
        return _mention_at(mention_starts, seg_start, seg_start + 1) or (
            titled is not None and _mention_at(mention_starts, titled.end(), titled.end() + 1))
    # "Son voisin, Luis, un chauffeur de taxi,": a name ending before the comma, then a
    # description whose mention stops before its complement (a link and a few words).
    n = bisect.bisect_left(mention_ends, trimmed_end(text, 0, inner))
    last = bisect.bisect_left(mention_ends, comma) - 1  # the last mention ending in the segment
    if (not _mention_at(mention_starts, seg_start, seg_start + 1) or n >= len(mention_ends)
            or mention_ends[n] != trimmed_end(text, 0, inner) or last < 0 or mention_ends[last] <= seg_start):
        return False
    rest = _skip_space(text, mention_ends[last], comma)
    return (_patterns().place_link.match(text, rest, comma) is not None
            and _more_words(_APPOSITION_COMPLEMENT_WORDS).search(text, rest, comma) is None)


@cache
def _complementizer_word() -> regex.Pattern[str]:
    """A complementizer of ``grammar.json`` (``que``, ``qu'``) as a word, followed by a space or elided."""
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{trie_alternation(grammar().complementizers)})(?:(?<=['’])|(?=[ \u00a0]))")


def _last_complementizer(text: str, lo: int, hi: int) -> int | None:
    """Where the words after the last complementizer of ``text[lo:hi]`` open; ``None`` when none
    stands there (a substring test first)."""
    if "qu" not in text[lo:hi].casefold():
        return None
    last = None
    for m in _complementizer_word().finditer(text, lo, hi):
        last = m
    return None if last is None else int(last.end())


def _subject_closes(text: str, cue_end: int, s_end: int) -> bool:
    """Whether the words after a postposed cue close its sentence as a postposed subject does: no
    comma after them, or only a relative pronoun (``relative_pronouns``) right after the first one
    (``…, a indiqué le parquet, qui souligne que …``): the relative describes that subject, and
    the sentence's main clause still ends with it."""
    comma = text.find(",", cue_end, s_end)
    if comma < 0:
        return True
    word = _WORD.match(text, _skip_space(text, comma + 1, s_end), s_end)
    if word is not None and word.group().lower() in _relatives():
        return True
    # "…, a annoncé Vivendi, maison mère de Canal+, dont …": a description of that subject (no
    # verb, no preposition opening it: « …, dit le Gitan, après une nuit d'émeutes » goes on with
    # the clause), running to the sentence's end or to a relative, closes the sentence too.
    after = text.find(",", comma + 1, s_end)
    if word is None or word.group().casefold() in _prepositions() or _holds_verb_word(text[comma + 1 : after if after >= 0 else s_end]):
        return False
    if after < 0:
        return True
    word = _WORD.match(text, _skip_space(text, after + 1, s_end), s_end)
    return word is not None and word.group().casefold() in relative_words()


def _ends_enumeration(text: str, s_start: int, comma: int, cue: CueLike) -> bool:
    """Whether the clause before a singular cue's ``comma`` ends with a list of examples its
    last comma splits (``Taïwan entretient des relations avec douze États, dont le Chili, le
    Pérou et le Ghana, a rappelé X``): one of ``enumeration_openers`` (``detection.json``) right
    after the comma before, and a clause before it (a verb word, or more words than a short
    subject's): the names after the last comma are the list's, no apposition to a subject. A
    plural cue (``Plusieurs pays, dont le Chili, le Pérou et le Ghana, ont …``) or a short
    subject before the opener (``L'équipe, dont …``) keeps them the subject's."""
    if cues.plural_cue(cue):  # type: ignore[arg-type]
        return False
    inner = _rcomma(text, s_start, comma)
    if inner > s_start and _name_list_end(text, s_start, inner, comma):
        return True
    lo = _rcomma(text, s_start, inner) if inner > s_start else -1
    if lo <= s_start:
        return False
    low = text[_skip_space(text, lo + 1, inner) : inner].casefold()
    if not any(low.startswith(w) and low[len(w) : len(w) + 1] in (" ", "\u00a0") for w in grammar().enumeration_openers):
        return False
    return _holds_verb_word(text[s_start:lo]) or not _few_words(text, s_start, lo)


@cache
def _name_list_tail() -> regex.Pattern[str]:
    """One or two capitalised words, a ``coordinators`` word (``detection.json``: et, ou) and one or
    two capitalised words: the last two names of a list (``Genève et Bâle``)."""
    name = r"\p{Lu}[\p{L}\-'’]*+(?:[ \u00a0]++\p{Lu}[\p{L}\-'’]*+)?+"
    return regex.compile(rf"[ \u00a0]*+{name}[ \u00a0]++(?i:{trie_alternation(grammar().coordinators)})[ \u00a0]++{name}[ \u00a0]*+")


def _name_list_end(text: str, s_start: int, inner: int, comma: int) -> bool:
    """``Ses inspecteurs contrôlent des avions à Zurich, Genève et Bâle, a-t-il ajouté``: a clause
    (a verb word, or more words than a short subject's) ending with a capitalised name, then after
    its ``inner`` comma the last two names of the same list (:func:`_name_list_tail`): no
    apposition to a subject. ``Le couple, Paul et Marie, a raconté``: a short subject keeps it one."""
    k = inner
    while k > s_start and (text[k - 1].isalpha() or text[k - 1] in "-'’"):
        k -= 1
    if k == inner or not text[k].isupper() or _name_list_tail().fullmatch(text, inner + 1, comma) is None:
        return False
    return _holds_verb_word(text[s_start:k]) or not _few_words(text, s_start, k)


# Most words of a noun phrase ending with a name before its apposition (« Le quotidien nationaliste chinois « Global Times » »).
_NAMED_HEAD_WORDS = 7


def _named_head_described(text: str, start: int, comma: int, mention_ends: Sequence[int]) -> bool:
    """``Le parti du Congrès, principale formation d'opposition, a accusé X de…``: the words before
    the incise's comma are a short noun phrase opening with a definite article and ending with a
    name (in marks or not: ``Le quotidien « Global Times »``), no verb in it, then a bare description
    set off by commas (``proche du pouvoir``): the clause's subject and its apposition, whatever the
    verb after them takes as object; no clause anyone reported."""
    inner = _rcomma(text, start, comma)
    if inner < 0:
        return False
    first = _skip_space(text, start, inner)
    article = _WORD.match(text, first, inner)
    if article is None:
        return False
    word = article.group().lower() + ("'" if text[article.end() : article.end() + 1] in _APOSTROPHES else "")
    if word not in names_data()["articles"]:
        return False
    head_end = trimmed_end(text, first, inner)
    if text[head_end - 1 : head_end] in closing_marks():
        head_end = trimmed_end(text, first, head_end - 1)  # « Global Times »: the name in its marks
    k = bisect.bisect_left(mention_ends, head_end)
    if k >= len(mention_ends) or mention_ends[k] != head_end:
        return False
    head = text[first:inner]
    if "," in head or len(_WORD.findall(head)) > _NAMED_HEAD_WORDS or _holds_verb_word(head):
        return False
    tail = text[_skip_space(text, inner + 1, comma) : comma].strip(" \u00a0\u202f")
    return bare_description(tail) and not _holds_verb_word(tail)


def _name_in_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is marks alone around a short name spelled with capitals
    (« Nhan Dan », « Le Monde », see :func:`classify.title_cased`): the name of a paper, a ship or
    a group set off after the noun phrase it names, no words of anyone's."""
    seg = text[start:end].rstrip(" \u00a0\u202f")
    if len(seg) < 3 or seg[0] not in opening_marks() or seg[-1] not in closing_marks():
        return False
    inner = seg[1:-1].strip(" \u00a0\u202f")
    return inner[:1].isupper() and title_cased(inner)


def _described_name(
    text: str, start: int, inner: int, seg_start: int, comma: int, mention_starts: Sequence[int], mention_ends: Sequence[int]
) -> bool:
    """The words before ``inner`` (a comma) are one mention alone, and the segment after it, up to
    ``comma``, opens with a determiner or is a bare description (``cofondateur de la start-up``,
    ``Le président X, hôte du sommet,``): a name and the description set off after it, no statement."""
    first = _skip_space(text, start, inner)
    # "le Pasok, le parti socialiste grec,": a definite article before a capitalised name is the name's.
    article = _article_before_name().match(text, first, inner)
    if "," in text[first:inner] or not _mention_at(mention_starts, first, (article.end() if article else first) + 1):
        return False
    # "Le Groupe de soutien … (GSIM), lié à …": a short aside in brackets (an acronym) may end the name.
    name_end = _before_bracket(text, first, trimmed_end(text, 0, inner))
    k = bisect.bisect_left(mention_ends, name_end)
    if k >= len(mention_ends) or mention_ends[k] != name_end:
        return False
    if _holds_verb_word(text[first:inner]):
        # "Le diplomate X devrait être nommé à Kigali, un poste vacant, a indiqué Y": a verb group
        # between the first mention and the last makes the words a clause, the segment after
        # its comma the writer's apposition to its object, no subject described.
        return False
    if (past := _apposition_time_adverb().match(text, seg_start, comma)) is not None:
        seg_start = past.end()  # "Paul X, alors porte-parole du parti,": a description still
    word = _WORD.match(text, seg_start)
    if word is None:
        return False
    if word.group().lower() in grammar().object_determiners:
        # "Ingrid X, les trois Américains et onze soldats ont été libérés par l'armée, a annoncé Y":
        # a determiner opening a clause with a verb of its own (past any relative) is no
        # description but the second item of an enumeration, its verb the clause's.
        return not _holds_verb_word(text[seg_start:comma])
    # "Arthur Dupont, cofondateur de la start-up Mistral, a plaidé": a full name alone, or mentions
    # alone (a role and its name: "Le président lituanien X, hôte du sommet,"), then a bare description.
    name = _full_name().match(text, first, inner + 1)
    alone = (name is not None and name.end() == inner + 1) or _mentions_only(text, first, name_end, mention_starts, mention_ends)
    return alone and _described(text[seg_start:comma].rstrip(), word.group())


@cache
def _article_before_name() -> regex.Pattern[str]:
    """A definite article (``names.json`` ``articles``: ``le``, ``la``, ``l'``) right before a capitalised word."""
    arts = names_data()["articles"]
    full = trie_alternation(a for a in arts if not a.endswith("'"))
    elided = trie_alternation(a[:-1] for a in arts if a.endswith("'")) or "(?!)"
    return regex.compile(rf"(?i:{full})[ \u00a0]++(?=\p{{Lu}})|(?i:{elided})['’](?=\p{{Lu}})")


@cache
def _apposition_time_adverb() -> regex.Pattern[str]:
    """One of ``apposition_time_adverbs`` (``alors``, ``désormais``), then spaces."""
    words = trie_alternation(grammar().apposition_time_adverbs) if grammar().apposition_time_adverbs else "(?!)"
    return regex.compile(rf"(?i)(?:{words})[ \u00a0]++")


def _before_bracket(text: str, start: int, end: int) -> int:
    """Where a name ends before the short aside in brackets closing ``text[start:end]`` (``(GSIM)``,
    ``(PS)``): the space before its opening bracket trimmed; ``end`` when none closes it."""
    if end <= start or text[end - 1] != ")":
        return end
    opening = text.rfind("(", max(start, end - _BRACKET_ASIDE_MAX), end - 1)
    if opening <= start or any(c in "(),\n" for c in text[opening + 1 : end - 1]):
        return end
    return trimmed_end(text, start, opening)


def _mentions_only(text: str, start: int, end: int, mention_starts: Sequence[int], mention_ends: Sequence[int]) -> bool:
    """Whether ``text[start:end]`` is mentions one after the other, spaces alone between them
    (mentions do not overlap: the k-th end is the k-th mention's)."""
    end = trimmed_end(text, 0, end)
    pos = start
    while pos < end:
        k = bisect.bisect_left(mention_starts, pos)
        if k >= len(mention_starts) or mention_starts[k] != pos or mention_ends[k] <= pos:
            return False
        pos = _skip_space(text, mention_ends[k], end)
    return pos == end


def _marks_object(text: str, cue_end: int, end: int) -> bool:
    """Whether the cue ending at ``cue_end`` takes a phrase in marks as its object (``exigé
    « autant de forages »``), not a clause: an opening mark right after it, spaces between."""
    pos = _skip_space(text, cue_end, end)
    return pos < end and text[pos] in opening_marks() and text[pos] not in "'’‘"


def _clause_end(
    text: str, start: int, s_end: int, cues: Sequence[CueLike], cue_starts: Sequence[int], own: CueLike | None = None
) -> int:
    """End of a content clause: the sentence end, a semicolon, or a comma or a colon right
    before another cue (``estime que « … » : selon l'ONG, …``); or, after a finite cue ``own``,
    a coordinator right before another finite cue in the same number, a second verb of the same
    subject (``déplore que … et réclame …``)."""
    end = s_end
    stop = _CLAUSE_STOP.search(text, start, s_end)
    while stop is not None and text[stop.start() + 1 : stop.start() + 2] in _DASHES and (
            (back := _dash_aside_then_que().match(text, stop.end(), s_end)) is not None
            or ((back := _DASH_ASIDE_COMMA.match(text, stop.end(), s_end)) is not None and not _new_clause_after(text, back.end(), s_end))
            or (_subject_before_dash(text, start, stop.start()) and (back := _DASH_ASIDE_LOWER.match(text, stop.end(), s_end)) is not None
                and not _new_clause_after(text, back.end(), s_end) and _aside_coordinator().match(text, back.end(), s_end) is None)):
        # "qu'il allait demander sa démission – sinon qu'il le révoquerait – et qu'il…": an
        # aside between dashes, then the clause goes on with a coordinated que; or the aside's
        # closing dash, then a comma (« aux « … » – troupes, armes, munitions –, le reste … »);
        # or, after a subject with no verb yet, a lower-case word going on the clause, no
        # coordinator (« la stratégie – frappes et soutien – restait »).
        stop = _CLAUSE_STOP.search(text, back.end(), s_end)
    if stop is not None:
        end = stop.start()
    brk = _patterns().breaker.search(text, start, end) if _comma(text, start, end) >= 0 else None
    if brk is not None:  # (a breaker opens with a comma)
        end = brk.start()
    if ((manner := _manner_after_marks().search(text, start, end) if _comma(text, start, end) >= 0 else None) is not None
            and (manner.group("gloss") is not None
                 or not any(ch in opening_marks() and ch not in "'’‘" for ch in text[manner.end() : end]))):
        # "… « n'est pas une politique », sans prendre la défense de X": the writer's remark; not
        # when the phrase quotes the speaker again (« seul », sans en informer « personne … »):
        # his own words go on the report. A gloss of the term's origin or allusion (clin d'œil à
        # « … »: a title, a model) is the writer's, marks and all.
        end = manner.start() + 1
    end = _summary_apposition(text, start, end)
    end = _name_apposition(text, start, end)
    if "," in text[start:end] and (cont := _patterns().continuation.search(text, start, end)) is not None:
        # "…, même si l'Alliance doit se ressaisir": the speaker's concession goes on the clause;
        # "…, même si l'opposition affirme que …": another cue after it, the clause ends there;
        # not a verb whose object is a phrase in marks ("…, car elle aurait exigé « autant de
        # forages » que …"): the speaker's reason, quoting a phrase, goes on the clause.
        k = bisect.bisect_left(cue_starts, cont.end())
        if k < len(cues) and cues[k].start < end and not _marks_object(text, cues[k].end, end):
            end = cont.start()
    if "," in text[start:end] and (contrast := _patterns().contrast.search(text, start, end)) is not None:
        # "…, quand les familles avancent une autre version": a contrast ends the clause only
        # before another party's cue in a simple tense, not a compound past dating the event
        # ("…, quand le juge a annoncé la peine").
        k = bisect.bisect_left(cue_starts, contrast.end())
        if (k < len(cues) and cues[k].start < end and cues[k].form == "finite" and not getattr(cues[k], "aux", False)
                and not _marks_object(text, cues[k].end, end) and not _holds_unclosed_mark(text, start, contrast.start())):
            # (not inside the speaker's own words in marks: « l'action diplomatique et, quand elle le décidera, militaire »)
            end = contrast.start()
    if own is not None and getattr(own, "aux", False):
        # "La gendarmerie a indiqué que …, et rappelé l'existence de…": a second participle of
        # the cue's auxiliary ends the clause; so it does with no comma when the clause holds no
        # auxiliary of its own ("a affirmé que la ville revenait « … » et appelé les soldats à …").
        lexicon = CueLexicon.default()
        second = lexicon.coordinated_participle(text, start, end) if _comma(text, start, end) >= 0 else -1
        if second <= start:
            second = lexicon.bare_coordinated_participle(text, start, end)
        if second <= start and (aux_word := _WORD.match(text, own.start)) is not None:
            second = lexicon.repeated_aux_participle(text, start, end, aux_word.group())
        if second > start:
            end = second
    end = _colon_before_source(text, start, end, cues, cue_starts)
    if (act := _act_gerund().search(text, start, end)) is not None and act.start() > start:
        end = act.start()  # "a fait savoir qu'il suivait la situation, tout en offrant ses condoléances": the reporter's act
    k = bisect.bisect_right(cue_starts, start)
    while k < len(cues) and cues[k].start < end and (_own_source_aside(text, cues[k], end) or _infinitive_past_aside(text, start, cues[k])):
        k += 1  # "a rappelé que le problème tenait, à ses yeux, aux frappes …": the clause goes on
    if k < len(cues) and cues[k].start < end:
        gap_start = max(_rcomma(text, start, cues[k].start), text.rfind(":", start, cues[k].start))
        if (gap_start > start and not text[gap_start + 1 : cues[k].start].strip(" \u00a0\u202f")
                and not _apposed_subject_verb(text, start, gap_start, cues[k])
                and not _participle_aside_on_subject(text, start, gap_start, cues[k], end)):
            end = gap_start
            if cues[k].form in ("finite", "inverted") and text[gap_start] == "," and (colon := _clause_colon(text, start, gap_start)) > start:
                end = colon  # "assure que … : elle « sera menée à son terme », a insisté X": the incise reports the clause after the colon
            elif own is not None and (main := _main_clause_comma(text, start, gap_start)) > start and _in_fronted_subordinate(text, own):
                end = main  # "Alors que Moscou affirme que …, le chef de l'Otan, X, a estimé": the main clause
        elif (own is not None and gap_start > start and not text[gap_start + 1 : cues[k].start].strip(" \u00a0\u202f")
              and (main := _main_clause_comma(text, start, gap_start)) > start and _in_fronted_subordinate(text, own)):
            end = main  # "Même si Paris répète que la porte reste ouverte, le Premier ministre, X, assure que": the main clause
        elif ((joint_end := _coordinated_gerund(text, start, end, cues[k])) >= 0
              or (joint_end := _second_verb_joint(text, start, end, cues, k, own)) >= 0
              or (joint_end := _coordinated_main_clause(text, start, end, cues[k])) >= 0):
            end = joint_end
        else:
            end = _postposed_preposition(text, start, _later_incise(text, start, end, cues, k + 1), cues, k + 1)
        end = _absolute_participle_clause(text, start, _gerund_after_comma(text, start, end, cues, k + 1), cues, k)
    if (own is not None and _comma(text, start, end) >= 0
            and ((own.form == "finite" and _in_fronted_subordinate(text, own)) or (own.form == "gerund" and _opens_sentence(text, own)))):
        # "Rappelant que la loi date de 2010, le ministre a estimé que …": a participle opening its
        # sentence is fronted like a subordinate; its clause ends before the main clause's subject.
        end = _main_clause_after_subordinate(text, start, end)
    if own is not None and getattr(own, "aux", False) and ", " in text[start:end]:
        end = _narration_after_backshift(text, start, end, own)
    first = _skip_space(text, start, end)
    if text[first : first + 1] in opening_marks():
        end = _apposition_after_marks(text, first, end)
    return end


# Most characters between the coordinator after a comma and the auxiliary of its clause's verb.
_NARRATION_SUBJECT_REACH = 90


@cache
def _narration_joint() -> regex.Pattern[str]:
    """A comma, a ``verb_coordinators`` word, an article (names.json) opening a subject, at most
    ``_NARRATION_SUBJECT_REACH`` characters with no sentence stop, then a present auxiliary of
    avoir (a, ont: a passé composé), maybe negated (n'a pas encore), and a lower-case word (its participle)."""
    g = grammar()
    # "…, mais l'Union n'a pas encore touché à …": a negation (the elided ne, then up to three of
    # negation_words and narration_negation_adverbs) may stand around the auxiliary.
    adverbs = trie_alternation((*g.negation_words, *g.narration_negation_adverbs))
    return regex.compile(
        rf"(?i),[ \u00a0]++(?:{trie_alternation(g.verb_coordinators)})[ \u00a0]++(?:{trie_alternation(articles())})(?:(?<=['’])|[ \u00a0]++)"
        rf"[^.;:!?«»\"“”]{{1,{_NARRATION_SUBJECT_REACH}}}?(?<![ \u00a0]y)[ \u00a0]++(?:n['’])?(?-i:a|ont)[ \u00a0]++"
        rf"(?:(?:{adverbs})[ \u00a0]++){{0,3}}(?P<participle>(?-i:\p{{Ll}})[\w\-]*+)")


def _narration_after_backshift(text: str, start: int, end: int, own: CueLike) -> int:
    """``Addis-Abeba a annoncé que le remplissage était achevé, et la communauté a tenu à fêter
    ça``: after a cue in the passé composé, a content clause in the imperfect or the conditional
    keeps the sequence of tenses; a clause a comma and a coordinator join to it, its subject
    opening with an article, in the passé composé breaks it, the writer's own narration: the
    content clause ends at the comma; ``end`` when nothing does."""
    g = grammar()
    if not g.backshifted_endings or not text[own.start : own.end].lower().startswith(tuple(f"{w} " for w in g.compound_past_auxiliaries)):
        return end
    joint = _narration_joint().search(text, start, end)
    if joint is None or not joint.group("participle").lower().endswith(tuple(cues.participle_endings())):
        return end
    words = _CLAUSE_WORD.findall(text, start, joint.start())
    if not any(w.lower().endswith(tuple(g.backshifted_endings)) for w in words):
        return end
    at: int = joint.start()
    return at


def _colon_before_source(text: str, start: int, end: int, cues: Sequence[CueLike], cue_starts: Sequence[int]) -> int:
    """``a fait savoir qu'elle soutenait cette « approche » : selon elle, …``: a colon right
    before a prepositional cue inside ``text[start:end]`` ends the content clause there, the
    source's next clause opening after it; else ``end``. Reads only the cues in the clause."""
    k = bisect.bisect_right(cue_starts, start)
    while k < len(cues) and cues[k].start < end:
        if cues[k].form == "preposition":
            colon = cues[k].start - 1
            while colon > start and text[colon] in " \u00a0\u202f":
                colon -= 1
            if colon > start and text[colon] == ":":
                return colon
        k += 1
    return end


def _own_source_aside(text: str, cue: CueLike, end: int) -> bool:
    """Whether ``cue`` is a prepositional cue that holds its own source (``selon lui``, ``à ses
    yeux``, ``d'après elle``) set off by commas inside a content clause, lower-case words going
    on after it before ``end``: the speaker's own aside, the clause goes on past it; not inside a
    relative (see :func:`_relative_lead`: « …, ces textes que, selon lui, « personne ne lit » »),
    whose words the source owns alone."""
    return (cue.form == "preposition" and text[cue.start - 2 : cue.start] == ", "
            and _interposed().match(text, cue.end, end) is not None
            and _relative_lead().search(text, max(0, cue.start - _LEAD_CHARS), cue.start) is None)


def _infinitive_past_aside(text: str, start: int, cue: CueLike) -> bool:
    """Whether ``cue`` is an infinitive cue opening with ``de`` (:func:`_infinitive_complement`) right
    after the comma closing a short lower-case aside (:func:`_interposed_past_adverbial`) inside the
    clause opened at ``start``: the complement of the clause's own verb, past the aside (« rien ne
    permettait, à ce stade, de parler d'un attentat »); the clause goes on."""
    if cue.form != "infinitive" or text[cue.start - 2 : cue.start] != ", ":
        return False
    opened = text.rfind(",", start, cue.start - 2)
    if opened <= start or not text[opened - 1 : opened].isalpha():
        return False
    aside = _interposed_past_adverbial().match(text, opened + 1, cue.end)
    return (aside is not None and aside.end() == cue.start + 1
            and _infinitive_complement().match(text, cue.start, cue.end + _INFINITIVE_GAP) is not None)


def _clitic_then_infinitive(leave_out: frozenset[str] = frozenset(), not_verbs: Sequence[str] = ()) -> str:
    """Maybe a clitic or reflexive pronoun (``cues.clitics``, ``cues.reflexives``) not in
    ``leave_out``, then a lower-case infinitive (``infinitive_endings``) that is none of
    ``not_verbs``: ``s'attarder``, ``y voir``, ``le nommer``."""
    sp = r"[ \u00a0\u202f]"
    clitic = rf"(?:{trie_alternation([c for c in (*cues.clitics(), *cues.reflexives()) if c not in leave_out])})(?:(?<=['’])|{sp}++)"
    guard = rf"(?!(?:{trie_alternation(sorted(not_verbs))})(?![\p{{L}}'’\-]))" if not_verbs else ""
    return (rf"(?i:{clitic})?{guard}"
            rf"\p{{Ll}}{{2,}}+(?<=(?:{alternation(grammar().infinitive_endings)}))(?![\p{{L}}'’\-])")


@cache
def _bare_infinitive_opening() -> regex.Pattern[str]:
    """Right after a verb, maybe a clitic, then a lower-case infinitive (``infinitive_endings``)
    that is no determiner, adverb (``hier``), cardinal, quantifier nor preposition (``contre``,
    ``entre``): the verb's bare infinitive complement (``dit vouloir``, ``assure étudier``)."""
    g = grammar()
    if not g.infinitive_endings:
        return regex.compile(r"(?!)")
    names = names_data()
    not_verbs = sorted({*_determiners(), *cues.one_word_adverbs(), *names["cardinals"], *names["prepositions"],
                        *(q.split()[0] for q in names["quantifiers"])})
    return regex.compile(rf"[ \u00a0\u202f]++{_clitic_then_infinitive(frozenset(_determiners()), not_verbs)}")


@cache
def _object_before_que() -> regex.Pattern[str]:
    """Ending a gap: a word (group ``before``), a determiner of ``object_determiners``, a
    lower-case noun and maybe an adjective, then que: an object noun, the relative's antecedent."""
    g = grammar()
    return regex.compile(
        rf"(?i)(?P<before>[\w\-]++)[ \u00a0]++(?:{alternation(g.object_determiners)})(?:(?<=['’])|[ \u00a0]++)"
        rf"(?-i:\p{{Ll}})[\w\-]*+(?:[ \u00a0]++(?-i:\p{{Ll}})[\w\-]*+)?[ \u00a0]++(?:{alternation(g.complementizers)})[ \u00a0]*+$"
    )


def _infinitive_object_que(text: str, lead: int, end: int) -> bool:
    """Whether the gap ``text[lead:end]`` between a cue and its que opens with a bare infinitive
    (:func:`_bare_infinitive_opening`) and ends with an object noun right before que
    (:func:`_object_before_que`), no preposition before its determiner (``rappeler à la
    population que`` names whom it is told, the que the infinitive's own): ``dit vouloir étudier
    une proposition qu'elle …``, a relative."""
    if _bare_infinitive_opening().match(text, lead, end) is None:
        return False
    found = _object_before_que().search(text, lead, end)
    return found is not None and found.group("before").casefold() not in names_data()["prepositions"]


@cache
def _purpose_infinitive() -> regex.Pattern[str]:
    """Right after a fronted ``pour``: maybe an object pronoun that is no determiner (``en``,
    ``y``, ``se``), then a lower-case infinitive (``infinitive_endings``) that is no determiner,
    number or quantifier (``notre``, ``quatre``, ``nombre``): a purpose (``Pour comprendre ce
    choix, …``, ``Pour y voir clair, …``), no source of an opinion."""
    g = grammar()
    if not g.infinitive_endings:
        return regex.compile(r"(?!)")
    names = names_data()
    not_verbs = sorted({*_determiners(), *names["cardinals"], *(q.split()[0] for q in names["quantifiers"])})
    return regex.compile(rf"[ \u00a0\u202f]*+{_clitic_then_infinitive(frozenset(_determiners()), not_verbs)}")


@cache
def _manner_after_marks() -> regex.Pattern[str]:
    """A closing mark, a comma, a ``manner_prepositions`` word (``sans``) and an infinitive
    (``infinitive_endings``), maybe after a clitic (``sans le nommer``, ``sans s'attarder``), or
    a few words and one of ``withheld_detail_nouns`` (``sans davantage de précisions``)."""
    g = grammar()
    if not g.manner_prepositions or not g.infinitive_endings:
        return regex.compile(r"(?!)")
    closers = regex.escape("".join(sorted(c for c in closing_marks() if c not in "'’")))
    sp = r"[ \u00a0\u202f]"
    # "…, sans davantage de précisions": a few words and a noun of what was left unsaid, no infinitive.
    withheld = (rf"|(?:[\p{{L}}'’]++{sp}++){{0,{_WITHHELD_WORDS}}}(?i:{trie_alternation(g.withheld_detail_nouns)})(?![\p{{L}}\-])"
                if g.withheld_detail_nouns else "")
    # "…, du nom des collaborateurs de 1971", "…, clin d'œil à « … »": the writer's gloss of where
    # the quoted term comes from or what it alludes to (group ``gloss``), marks in it too.
    origin = (rf"|(?P<gloss>[{closers}]{sp}*+,{sp}*+(?i:{trie_alternation(g.name_origin_glosses)})(?:(?<=['’])|(?![\p{{L}}\-])))"
              if g.name_origin_glosses else "")
    # "…, laissant planer le doute sur …": the writer's remark on what the words left open.
    act = (rf"|[{closers}]{sp}*+,{sp}*+(?i:{trie_alternation(g.speaker_act_participles)})(?![\p{{L}}\-])"
           if g.speaker_act_participles else "")
    return regex.compile(
        rf"[{closers}]{sp}*+,{sp}*+(?i:{trie_alternation(g.manner_prepositions)}){sp}++(?:{_clitic_then_infinitive()}{withheld}){origin}{act}"
    )


# Most words between sans and the noun of what was left unsaid (« sans davantage de précisions »).
_WITHHELD_WORDS = 2


@cache
def _summary_relative() -> regex.Pattern[str]:
    """A comma, one of ``summary_determiners`` (``detection.json``), one lower-case noun and an
    object relative's que: ``, un sujet qu'``."""
    dets = alternation(grammar().summary_determiners)
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{dets})[ \u00a0]++(?P<noun>(?-i:\p{{Ll}})[\p{{L}}\-]*+)[ \u00a0]++{complementizer_word()}")


@cache
def _received_summary() -> regex.Pattern[str]:
    """A comma, one of ``summary_determiners`` (``un``, ``une``), a one-word noun of what was said
    (``verdict_nouns``, ``speech_nouns``: explication, argument, réponse), a past participle (-é,
    -i, -u, agreed) and its agent or manner (par, avec): ``, une explication accueillie par un long
    silence``, ``, un argument balayé par l'opposition``: the writer's apposition on how the words
    were received, no more of them."""
    dets = alternation(grammar().summary_determiners)
    nouns = alternation(sorted(w for w in {*grammar().verdict_nouns, *grammar().speech_nouns} if w.isalpha()))
    return regex.compile(rf"(?i),[ \u00a0]*+(?:{dets})[ \u00a0]++(?:{nouns})[ \u00a0]++(?-i:\p{{Ll}})\p{{L}}*?[éiu]e?s?[ \u00a0]++(?:par|avec)\b")


def _summary_apposition(text: str, start: int, end: int) -> int:
    """``…, un sujet qu'il a abordé cet été``: the writer's apposition summing up the words ends the
    clause at its comma, unless marks stand in its relative (the speaker's words on it) or its noun
    is one of time (``time_words``: ``une fois que``); else ``end``. A relative whose subject is a
    noun after an article (``, un argument que l'opposition, qui le qualifie de « … », balaie``)
    gives its marks to that other subject: the apposition still ends the clause."""
    if "," not in text[start:end]:
        return end
    if (received := _received_summary().search(text, start, end)) is not None:
        return int(received.start())  # "…, une explication accueillie par un long silence": how others took the words
    m = _summary_relative().search(text, start, end)
    if m is None or m.group("noun").lower() in grammar().time_words:
        return end  # "…, une fois que les syndicats auront signé": a conjunction of time, the clause's own
    if _holds_opening_mark(text, m.end(), end) and _relative_noun_subject().match(text, m.end()) is None:
        return end  # "…, un sujet qu'il a qualifié de « … »": the speaker's words on it
    return int(m.start())


@cache
def _relative_noun_subject() -> regex.Pattern[str]:
    """Right after a relative's que: an article (``articles``) and a lower-case noun, its own subject
    (``que l'opposition``, ``que les syndicats``)."""
    article = words_then_space(articles(), space=r"[ \u00a0]")
    return regex.compile(rf"[ \u00a0]*+(?i:{article})\p{{Ll}}[\p{{L}}\-]*+")


@cache
def _definite_noun_phrase() -> regex.Pattern[str]:
    """Spaces, a definite article (``articles``) and a lower-case noun: ``la conférence``."""
    article = words_then_space(articles(), space=r"[ \u00a0]")
    return regex.compile(rf"[ \u00a0\u202f]*+(?i:{article})(?P<noun>\p{{Ll}}[\p{{L}}\-]*+)")


def _name_apposition(text: str, start: int, end: int) -> int:
    """``qu'il ne se rendrait pas au Forum de Riyad, la conférence surnommée « … » qui …``: the
    clause's last comma right after a capitalised name, then a definite noun phrase (no noun of
    time: ``à Paris, la semaine prochaine``) that a past participle or a subject relative describes
    within two words, with no verb before any relative of its own nor a present participle, to the
    clause's end: the writer's apposition describing the named thing ends the clause; else ``end``."""
    comma = text.rfind(",", start, end)
    if comma <= start or _NAME_LAST.search(text, max(start, comma - _NAME_REACH), comma) is None:
        return end
    m = _definite_noun_phrase().match(text, comma + 1, end)
    if m is None or m.group("noun").lower() in grammar().time_words or _holds_verb_word(text[m.end() : end]):
        return end
    words = [w.group().lower() for w in itertools.islice(_WORD.finditer(text, m.end(), min(end, m.end() + _APPOSITION_MAX)), _DESCRIBING_WORDS)]
    if any(len(w) > 4 and w.endswith(cues.present_participle_endings()) for w in words):
        return end  # "…, la mairie ayant levé son veto": an absolute participle clause, the speaker's reason
    if not any(w in grammar().subject_relatives or w.endswith(telling_participle_endings()) for w in words):
        return end  # "…, la milice hutue que Kigali combat": no participle or subject relative describing the name
    return comma


@cache
def _act_gerund() -> regex.Pattern[str]:
    """A comma, ``tout en``, maybe a reflexive pronoun, and one of ``act_gerunds`` (``cue_words.json``):
    the reporter's own act beside the report (``…, tout en offrant ses condoléances``), which the
    que-clause before it never holds."""
    openers, clitics = act_gerund_frame()
    if not openers or not act_gerunds():
        return regex.compile(r"(?!)")
    sp = r"[ \u00a0\u202f]"
    opener = "|".join(f"{sp}++".join(regex.escape(w) for w in o.split()) for o in openers)
    clitic = rf"(?:(?:{trie_alternation(clitics)})(?:(?<=['’])|{sp}++))?" if clitics else ""
    return regex.compile(rf"(?i),{sp}++(?:{opener}){sp}++{clitic}(?:{trie_alternation(act_gerunds())})(?!\p{{L}})")


def _gerund_after_comma(text: str, start: int, end: int, cues: Sequence[CueLike], j: int) -> int:
    """``a affirmé que le pays avait exigé leur départ, estimant que …``: a gerund cue right after a
    comma, past a reporting verb of the clause's own (``avait exigé``), is the main subject's second
    report and ends the clause at its comma; else ``end``. A gerund of two words or more (``tout en
    reconnaissant``) may go on with the clause's own subject: it ends it only with a que-clause of its
    own (``…, tout en reconnaissant que …``: a second report)."""
    while j < len(cues) and cues[j].start < end:
        if cues[j].form == "gerund" and (" " not in text[cues[j].start : cues[j].end] or cues[j].que_end is not None):
            comma = _rcomma(text, start, cues[j].start)
            if comma > start and not text[comma + 1 : cues[j].start].strip(" \u00a0\u202f"):
                return comma
        j += 1
    return end


def _absolute_participle_clause(text: str, start: int, end: int, cues: Sequence[CueLike], j: int) -> int:
    """``a promis que les alliés resteraient unis, le communiqué final évoquant des « menaces »``: a
    one-word gerund cue (from ``cues[j]`` on, before ``end``) with a subject of its own between it
    and the comma before it (an absolute participle clause) ends the clause at that comma; else ``end``."""
    while j < len(cues) and cues[j].start < end:
        if cues[j].form == "gerund" and " " not in text[cues[j].start : cues[j].end]:
            comma = _rcomma(text, start, cues[j].start)
            if comma > start and is_absolute_subject(text, comma + 1, cues[j].start):
                return comma
        j += 1
    return end


@cache
def absolute_subject() -> regex.Pattern[str]:
    """The subject of an absolute participle clause between its comma and the participle: a
    determiner (``names.json``) and at most ``_ABSOLUTE_SUBJECT_WORDS`` words, no punctuation."""
    dets = trie_alternation(names_data()["determiners"])
    word = r"[\p{L}\d][\p{L}\d'’\-]*+"
    return regex.compile(rf"[ \u00a0\u202f]*+(?i:{dets})(?:(?<=['’])|[ \u00a0]++){word}(?:[ \u00a0]++{word}){{0,{_ABSOLUTE_SUBJECT_WORDS - 1}}}[ \u00a0\u202f]*+")


# Most words of an absolute participle clause's subject (« le communiqué final du sommet »).
_ABSOLUTE_SUBJECT_WORDS = 6


def is_absolute_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an absolute participle clause's subject (:func:`absolute_subject`)
    holding no finite auxiliary: « le palais X avait publié un communiqué » is a clause, the
    participle after it that clause's (« …, exprimant sa « … » »), no noun phrase's of its own."""
    if absolute_subject().fullmatch(text, start, end) is None:
        return False
    verbs = _auxiliary_words()
    return not any(w.lower() in verbs for w in text[start:end].split())


@cache
def _auxiliary_words() -> frozenset[str]:
    """The words only a verb group holds (:func:`cues.verb_words`)."""
    return cues.verb_words()


def _apposition_after_marks(text: str, start: int, end: int) -> int:
    """``a estimé que "la paix passe par le démantèlement des FDLR", la milice hutue que…``: a
    content clause that is one quotation in marks, a comma and a noun phrase after it (a
    determiner of ``grammar.json`` and a lower-case word), ends at the closing mark: the noun
    phrase is the writer's apposition to the quotation's last words; else ``end``."""
    comma = _comma(text, start + 1, end)
    if comma < 0:
        return end
    close = len(text[:comma].rstrip(" \u00a0\u202f"))
    if not _only_marks(text, start, close):
        return end
    m = _WORD.match(text, _skip_space(text, comma + 1, end), end)
    if m is None or m.group() not in _determiners():
        return end
    noun = _WORD.match(text, _skip_space(text, m.end(), end), end)
    return close if noun is not None and noun.group().islower() else end


def _main_clause_comma(text: str, start: int, gap: int) -> int:
    """Where the main clause after a fronted subordinate's content clause opens, its verb's cue right
    after the comma at ``gap``: the comma before its subject and one apposition (``…, le chef de
    l'Otan, X, a estimé``, ``…, les syndicats, eux, affirment``), or before its subject alone; -1."""
    prev = _rcomma(text, start, gap)
    if prev <= start:
        return -1
    cut = _rcomma(text, start, prev)
    return cut if cut > start else prev


# Characters read back from a comma for the auxiliary ending the words before it.
_AUXILIARY_REACH = 16
# Characters read back from a cue for a hypothetical conjunction and the cue's subject.
_HYPOTHESIS_LEAD = 48
# Words a sentence holds before a hypothetical conjunction that does not open it (``Et si`` opens it).
_HYPOTHESIS_OPENING_WORDS = 2


@cache
def _hypothesis_subject() -> regex.Pattern[str]:
    """A hypothetical conjunction (``hypothetical_subordinators``), maybe after a blocker (group
    ``blocker``), then a subject pronoun or a determiner and at most three words, ending the text searched."""
    g = grammar()
    pronouns = [p["form"] for p in names_data()["subject_pronouns"]]
    sp = r"[ \u00a0\u202f]"
    return regex.compile(
        rf"(?i)(?<![\w'’])(?:(?P<blocker>{alternation(g.hypothetical_blockers)}){sp}++)?(?:{alternation(g.hypothetical_subordinators)})"
        rf"(?:(?<=['’])|{sp}++)(?:(?:{alternation(pronouns)})|(?:{alternation(names_data()['determiners'])})"
        rf"(?:(?<=['’])|{sp}++)[\w\-]++(?:{sp}++[\w\-]++){{0,2}}){sp}*+$"
    )


@cache
def _hypothetical_forms() -> tuple[str, ...]:
    """The ``hypothetical_subordinators``, lower case, an elided one with either apostrophe."""
    forms = {w.lower() for w in grammar().hypothetical_subordinators}
    return tuple(sorted(forms | {w.replace("'", "’") for w in forms} | {w.replace("’", "'") for w in forms}))


def _postposed_hypothesis(text: str, sent_start: int, cue_start: int) -> bool:
    """Whether the finite cue at ``cue_start`` has its subject right after a hypothetical conjunction
    that does not open its sentence (``Le préfet dispose de deux mois pour saisir le tribunal s'il
    estime que …``): a condition, nobody's words (``Si le préfet estime que …, il …`` may be a
    report; ``même si`` is a concession)."""
    lead_start = max(sent_start, cue_start - _HYPOTHESIS_LEAD)
    lead = text[lead_start:cue_start]
    lowered = lead.lower()
    if not any(w in lowered for w in _hypothetical_forms()):
        return False  # most cues: no hypothetical conjunction before them
    m = _hypothesis_subject().search(text, lead_start, cue_start)
    if m is None or m.group("blocker"):
        return False
    return len(text[sent_start : m.start()].strip(_OPENING).split()) >= _HYPOTHESIS_OPENING_WORDS


# Characters read back from a cue for a subordinator opening its sentence.
_FRONTED_LEAD = 80
# Most words of a frame (``Samedi soir,``) before a subordinator opening its sentence.
_FRONTED_FRAME_WORDS = 3


def _in_fronted_subordinate(text: str, cue: CueLike) -> bool:
    """Whether ``cue`` stands in a subordinate opening its sentence, no comma between
    (``Même si Paris répète que …``, ``Alors que Londres assure que …``: ``fronted_subordinators``)."""
    lead = text[max(0, cue.start - _FRONTED_LEAD) : cue.start]
    cut = max(lead.rfind("."), lead.rfind("!"), lead.rfind("?"), lead.rfind("\n"))
    if cut < 0 and cue.start > _FRONTED_LEAD:
        return False  # the sentence opens farther back: too far for a subordinate's subject
    lead = lead[cut + 1 :].lstrip(_OPENING).lower()
    frame, comma, rest = lead.rpartition(",")
    if comma and len(frame.split()) <= _FRONTED_FRAME_WORDS and "," not in frame:
        lead = rest.lstrip(_OPENING)  # "Samedi soir, lorsque X a constaté que …": a short frame before it
    return "," not in lead and lead.startswith(_fronted_openers())


def _opens_sentence(text: str, cue: CueLike) -> bool:
    """Whether ``cue`` opens its sentence (``Rappelant que …``, ``En rappelant que …``): only
    opening marks and spaces between it and the previous sentence's end, a few characters read."""
    lead = text[max(0, cue.start - _FRONTED_LEAD) : cue.start]
    cut = max(lead.rfind("."), lead.rfind("!"), lead.rfind("?"), lead.rfind("\n"))
    if cut < 0 and cue.start > _FRONTED_LEAD:
        return False
    return not lead[cut + 1 :].strip(_OPENING)


@cache
def _fronted_openers() -> tuple[str, ...]:
    """Each subordinator and a space, or its elided form (``lorsqu'``, ``même s'``)."""
    g = grammar()
    return tuple(f"{w} " for w in g.fronted_subordinators) + tuple(
        v for w in g.fronted_subordinators_elided for v in (w.replace("’", "'"), w.replace("'", "’")))


@cache
def _gerund_infinitive_link() -> regex.Pattern[str]:
    """Spaces and one of ``gerund_infinitive_links`` (``de``, ``d'``), a whole word or elided."""
    links = grammar().gerund_infinitive_links
    return regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(links) if links else '(?!)'})(?:(?<=['’])|[ \u00a0]++)")


# Characters after a participle cue read for the link of its infinitive.
_GERUND_LINK_REACH = 8


def _coordinated_gerund(text: str, start: int, end: int, cue: CueLike) -> int:
    """``ajoutant que … et précisant que …``: a coordinator right before a present participle
    cue with a que of its own, or the link of an infinitive (``et promettant de …``), ends the
    clause there, a second report of the sentence's subject (a participle never heads a clause
    of the words reported); -1 when none does."""
    if cue.form != "gerund" or not start < cue.start < end:
        return -1
    if cue.que_end is None and _gerund_infinitive_link().match(text, cue.end, min(end, cue.end + _GERUND_LINK_REACH)) is None:
        return -1
    joint = _patterns().verb_coordinator.search(text, max(start, cue.start - _JOINT_REACH), cue.start)
    return joint.start() if joint is not None and joint.start() > start else -1


@cache
def _relative_verb_before() -> regex.Pattern[str]:
    """A subject relative pronoun (``subject_relatives`` of detection.json) right before a finite
    verb (``…, qui demandait``)."""
    return regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(grammar().subject_relatives)})[ \u00a0]++$")


def _second_verb_joint(text: str, start: int, end: int, cues: Sequence[CueLike], k: int, own: CueLike | None) -> int:
    """Where a coordinator joins a second verb of ``own``'s subject to the clause (``déplore que
    … et réclame …``): before ``cues[k]``, or, when that is a bare participle no coordinator
    joins (``que la loi était mal écrite, mais elle a reconnu que``), before the first finite
    cue after it; -1 when none does. A cue right after a subject relative pronoun (``que la
    consigne, qui demandait …, aurait dû être levée, et qualifie …``) is the relative's own verb,
    never a second verb of ``own``'s subject: the search goes on past it."""
    while k < len(cues) and cues[k].start < end and _relative_verb_before().search(text, max(start, cues[k].start - 6), cues[k].start):
        k += 1
    for j in (k, _next_finite(cues, k + 1, end)):
        if j < 0 or j >= len(cues) or cues[j].start >= end:
            continue
        c = cues[j]
        joint = _patterns().verb_coordinator.search(text, max(start, c.start - _JOINT_REACH), c.start)
        if (_same_subject_verb(text, own, c) and joint is not None and joint.start() > start
                and not (c.form == "participle" and _ends_participle(text, start, joint.start()))):
            at: int = joint.start()
            return at
        if c.form != "participle":
            break
    first = cues[k] if k < len(cues) else None
    if first is not None and first.form == "finite" and first.start < end and _patterns().verb_coordinator.search(
            text, max(start, first.start - _JOINT_REACH), first.start) is None:
        # "Le texte affirme que ces transferts « menacent … » et prévient que …": past the clause's
        # own verb, no coordinator before it, a later finite cue with a que of its own that a
        # coordinator joins, in ``own``'s number, is a second verb of ``own``'s subject.
        # "L'UCI a estimé que ces déclarations confirmaient qu'il n'y avait eu …, et a appelé X à
        # …": a comma, a coordinator and ``own``'s auxiliary again, no subject between, repeat its
        # compound tense: a second verb of its subject too, with no que of its own.
        j = _next_finite(cues, k + 1, end)
        if j >= 0 and _same_subject_verb(text, own, cues[j]):
            joint = _patterns().verb_coordinator.search(text, max(start, cues[j].start - _JOINT_REACH), cues[j].start)
            if (joint is not None and joint.start() > first.end
                    and (cues[j].que_end is not None or _repeated_auxiliary(text, joint.start(), own, cues[j]))):
                return int(joint.start())
    return -1


def _repeated_auxiliary(text: str, joint: int, own: CueLike | None, other: CueLike) -> bool:
    """Whether the coordinator at ``joint`` opens with a comma and ``other`` is a compound tense
    whose auxiliary is ``own``'s word for word (``a estimé que …, et a appelé``): the same
    subject's second verb in the same tense, no subject of its own between."""
    if own is None or not getattr(own, "aux", False) or not getattr(other, "aux", False):
        return False
    if text[joint : other.start].lstrip(" \u00a0\u202f")[:1] != ",":
        return False
    own_aux = _WORD.match(text, own.start)
    other_aux = _WORD.match(text, other.start)
    return own_aux is not None and other_aux is not None and own_aux.group().lower() == other_aux.group().lower()


def _coordinated_main_clause(text: str, start: int, end: int, cue: CueLike) -> int:
    """``ont affirmé que la coupure était due à des tirs, et Moscou a accusé Kiev de « … »``: a
    comma, a coordinator and a short subject of its own (a name or a determiner opening it) right
    before a finite cue open a new clause of the writer's, another report: the content clause ends
    at the comma; -1 when none does."""
    if cue.form != "finite" or not start < cue.start < end:
        return -1
    comma = _rcomma(text, max(start, cue.start - _COORDINATED_SUBJECT_REACH), cue.start)
    if comma <= start:
        return -1
    joint = _coordinated_subject().fullmatch(text, comma, cue.start)
    if joint is None or not _opens_subject(text, joint.start("subject")) or _subject_pronoun_at(text, joint.start("subject")):
        return -1
    return comma


# Most characters between the comma before a coordinator and the finite cue its subject governs.
_COORDINATED_SUBJECT_REACH = 60


@cache
def _coordinated_subject() -> regex.Pattern[str]:
    """A comma, one of ``verb_coordinators`` (``detection.json``) and up to ``_SHORT_SUBJECT`` words
    (the subject), ending where the cue starts."""
    return regex.compile(rf"(?i),[ \u00a0\u202f]*+(?:{trie_alternation(grammar().verb_coordinators)})[ \u00a0\u202f]++"
                         rf"(?P<subject>(?:[\w\-]++(?:['’]|[ \u00a0\u202f]++)){{1,{_SHORT_SUBJECT}}})")


def _subject_pronoun_at(text: str, pos: int) -> bool:
    """Whether a subject pronoun (``conjugation.json``: il, elle, on) is the word at ``pos``: the same speaker
    going on maybe, no new subject of the writer's."""
    word = _CLAUSE_WORD.match(text, pos)
    return word is not None and word.group().lower() in subject_pronouns()


def _next_finite(cues: Sequence[CueLike], k: int, end: int) -> int:
    """Index of the first finite cue from ``k`` starting before ``end``, or -1."""
    while k < len(cues) and cues[k].start < end:
        if cues[k].form == "finite":
            return k
        k += 1
    return -1


def _later_incise(text: str, start: int, end: int, cues: Sequence[CueLike], k: int) -> int:
    """``souhaite que le dialogue reprenne au plus vite, a déclaré X``: past a first cue inside
    the clause (a verb of its own, ``reprenne``), a finite or inverted cue right after a comma
    still ends it at that comma, a postposed incise; not past a quotation in the clause, whose
    incise may go on with the quoted words (``déclare que « … », ajoute le responsable``); marks
    closed before the writer's words that end the clause do not (``entraînerait « une rupture
    complète » des relations, a déclaré X``: the first cue was the quoted words' own)."""
    while k < len(cues) and cues[k].start < end:
        c = cues[k]
        if c.form in ("finite", "inverted"):
            gap = _rcomma(text, start, c.start)
            if (gap > start and not text[gap + 1 : c.start].strip(" \u00a0\u202f")
                    and not _apposed_subject_verb(text, start, gap, c) and not _quotation_to_comma(text, start, gap)):
                return gap
        k += 1
    return end


def _quotation_to_comma(text: str, start: int, comma: int) -> bool:
    """Whether ``text[start:comma]`` holds an opening mark and ends with a closing one: the quoted
    words run up to the comma, an incise after it may go on with them."""
    return text[start:comma].rstrip(" \u00a0\u202f")[-1:] in closing_marks() and _holds_opening_mark(text, start, comma)


@cache
def _subject_determiners() -> frozenset[str]:
    """Determiners (``determiners`` of ``names.json``) that open a common noun's phrase, lower case."""
    return frozenset(w.casefold() for w in names_data()["determiners"])


@cache
def _name_apposed() -> regex.Pattern[str]:
    """A person's name set off by commas, up to its closing comma: capitalised words, a lower-case
    particle of ``name_particles`` (``names.json``) maybe before the last ones (Dominique de X,
    Ursula von der Y), or an elided one glued to the last (Valéry Giscard d'Estaing)."""
    particle = rf"(?:(?:{trie_alternation(sorted(name_particles()))})[ \u00a0]++){{0,2}}"
    elided = rf"(?:{alternation(sorted(_elided_particles()))})?"
    return regex.compile(rf"[ \u00a0]*+\p{{Lu}}[\p{{L}}\-'’.]*+(?:[ \u00a0]++{particle}{elided}\p{{Lu}}[\p{{L}}\-'’.]*+){{0,3}}[ \u00a0]*+,")


def _apposed_subject_verb(text: str, start: int, comma: int, cue: CueLike) -> bool:
    """``que le suspect, Chérif C., 29 ans, avait crié « … »``: the comma before ``cue`` closes an
    apposition to the clause's short subject (a few words, no verb word, up to its first comma),
    and the cue takes its own content right after it (an opening mark, its own que): the subject's
    verb, no postposed incise ending the clause (an incise's subject follows it: ``…, a ajouté X``)."""
    first = _comma(text, start, comma)
    if cue.form != "finite" or first < 0 or first >= comma:
        return False
    words = [w.group().casefold() for w in _CLAUSE_WORD.finditer(text, start, first)]
    if not words or len(words) > _SHORT_SUBJECT or any(w in _verb_words() for w in words):
        return False
    if cue.que_end is not None or _negated_by_subject(text, cue, words[0]):
        return True
    after = _skip_space(text, cue.end, len(text))
    if after < len(text) and text[after] in opening_marks():
        return True
    # "que ses parents, fonctionnaires à Lyon, lui ont demandé de …": a bare description (a role
    # or a trade set off after the short subject, no determiner, no verb word, no other comma) is
    # all that stands before the cue; the clause has no verb yet, the cue is its subject's verb.
    described = text[_skip_space(text, first + 1, comma) : comma]
    if ("," not in described and bare_description(described)
            and not any(w.casefold() in _verb_words() for w in _WORD.findall(described))):
        return True
    # "que le directeur adjoint, Paul X, assurerait l'intérim": a short subject opening with a
    # determiner and the person's name in apposition (capitalised words only) before the cue; the
    # clause has no verb yet, the cue is its subject's verb, no postposed incise.
    if (words[0] in _subject_determiners() and (named := _name_apposed().match(text, first + 1, comma + 1)) is not None
            and named.end() == comma + 1):
        return True
    # "que le groupe, détenu à 60 % par l'État, réclamerait des indemnités": a participle aside
    # (no verb word, no other comma) is all that stands between the short subject and the cue;
    # the clause has no verb before the cue, which is its own verb, no postposed incise.
    aside = _WORD.match(text, _skip_space(text, first + 1, comma))
    if aside is None or aside.end() > comma or not aside.group()[:1].islower() or not _participle(aside.group()):
        return False
    inner = _comma(text, aside.end(), comma)
    if inner >= 0 and (named := _name_apposed().match(text, inner + 1, comma + 1)) is not None and named.end() == comma + 1:
        inner = -1  # "que le préfet, informé par son directeur de cabinet, Marc X, a ordonné": the agent's name
    return inner < 0 and not any(w.lower() in _verb_words() for w in _WORD.findall(text, aside.end(), comma))


def _negated_by_subject(text: str, cue: CueLike, first_word: str) -> bool:
    """``que personne, dans son quartier, ne regrette l'ancien pouvoir``: a cue opening with a
    negation particle whose clause's subject opens with one of ``negative_subjects`` is that
    subject's own verb (ne … without pas), no postposed incise."""
    if first_word not in grammar().negative_subjects:
        return False
    head = text[cue.start : cue.start + 3].casefold().replace("’", "'")
    return any(head.startswith(p if p.endswith("'") else p + " ") for p in grammar().negation_particles)


def _noun_then_relative_in_marks(text: str, start: int, comma: int) -> bool:
    """``Une thèse « qui ne tient pas debout »`` from ``start`` to ``comma``: a short lead opening
    with a determiner, no verb word in it (not ``Cette thèse, qui « … »``, nor ``Il juge la thèse
    « … »``), then marks that open with a relative pronoun and close right before the comma: the
    relative completes the noun, a verbless noun phrase, no clause an incise reports."""
    end = trimmed_end(text, start, comma)
    open_at = max((text.rfind(m, start, end - 1) for m in opening_marks()), default=-1)
    if open_at < 0 or not _only_marks(text, open_at, end):
        return False
    first = _FIRST_WORD.match(text, start, open_at)
    if (first is None or first.group(1).lower() not in _determiners()
            or _more_words(_SHORT_LEAD).search(text, start, open_at) is not None
            or _holds_verb_word(text[start:open_at]) or "," in text[start:open_at]):
        return False
    inner = _WORD.match(text, _skip_space(text, open_at + 1, end))
    return inner is not None and _relative_word(inner.group())


def _verbless_frame_of_marks(text: str, lead: int, cue: CueLike, s_end: int) -> bool:
    """``Une façon, selon lui, de « … »``: a short lead opening with a determiner, a noun phrase
    without a verb word (not ``Elle vise, selon lui, à « … »``), the source set off by commas,
    then at most one word before marks running to the sentence's end."""
    comma = _comma(text, cue.end, s_end)
    first = _FIRST_WORD.match(text, lead, cue.start)
    if (comma < 0 or first is None or first.group(1).lower() not in _determiners()
            or _more_words(_SHORT_LEAD).search(text, lead, cue.start) is not None
            or _holds_verb_word(text[lead : cue.start])):
        return False
    rest = _skip_space(text, comma + 1, s_end)
    word = _FIRST_WORD.match(text, rest, s_end)
    if word is not None and word.end() < s_end and text[word.end()] in opening_marks():
        rest = word.end()
    end = trimmed_end(text, rest, s_end)
    while end > rest and text[end - 1] in _FINAL_STOPS:
        end = trimmed_end(text, rest, end - 1)
    return _only_marks(text, rest, end)


def _participle_aside_on_subject(text: str, start: int, comma: int, cue: CueLike, end: int) -> bool:
    """``que les données de santé, considérées comme « sensibles », imposent …``: a bare participle
    cue (or a gerund after an article and a noun alone) right after the comma closing the clause's short subject (a few words, no verb word) opens an
    aside that a comma closes soon after, a lower-case word going on: the clause's verb follows.
    A longer subject (up to ``_ASIDE_SUBJECT_WORDS`` words: ``que l'existence d'un accord oral entre les
    deux hommes, invoquée par la défense, était …``) when an auxiliary's finite form (``verb_words``)
    opens the words after the aside (at most ``_SUBJECT_ASIDE_MAX`` characters: a sentence and its
    circumstances, condamnés lundi à un an de prison pour …): the verb group of the subject, sure to follow it."""
    if cue.form not in ("participle", "gerund") or _comma(text, start, comma) >= 0:
        return False
    words = [w.group().casefold() for w in _CLAUSE_WORD.finditer(text, start, comma)]
    if not words or len(words) > _ASIDE_SUBJECT_WORDS or any(w in _verb_words() for w in words):
        return False
    if cue.form == "gerund" and not (len(words) == 2 and words[0] in articles()):
        # "que le gouvernement, en promettant de durcir les règles, « court … »": a gerund set off
        # right after a bare noun phrase (an article, a noun: no verb yet) is an aside on the
        # subject; after anything longer it may close the clause ("que l'usine fermera, en
        # précisant que …": the reporter's own act), so the clause ends at its comma.
        return False
    closing = _comma(text, cue.end, min(end, cue.end + _SUBJECT_ASIDE_MAX))
    if closing >= 0 and (named := _name_apposed().match(text, closing + 1, end)) is not None:
        # "que X, informé par sa conseillère, Susan Y, a appelé …": the agent's name in apposition
        # closes the aside, the clause's verb after it.
        closing = named.end() - 1
    if closing < 0 or _LOWER_NEXT_QUOTED.match(text, closing + 1, end) is None:
        return False
    if len(words) <= _SHORT_SUBJECT:
        return True
    verb = _CLAUSE_WORD.match(text, _skip_space(text, closing + 1, end), end)
    return verb is not None and verb.group().casefold() in _verb_words()


def _postposed_preposition(text: str, start: int, end: int, cues: Sequence[CueLike], k: int) -> int:
    """``qu'elle souhaitait récompenser des films audacieux, selon Variety``: a prepositional cue
    after a comma that closes the clause (no comma after it) past the first cue is a postposed
    source, no part of the content: the clause ends at its comma (not ``la réforme, selon lui
    indispensable, serait votée``, the clause going on)."""
    while k < len(cues) and cues[k].start < end:
        c = cues[k]
        if c.form == "preposition" and _comma(text, c.end, end) < 0:
            gap = _rcomma(text, start, c.start)
            if gap > start and not text[gap + 1 : c.start].strip(" \u00a0\u202f"):
                return gap
        k += 1
    return end


def joins_second_verb(text: str, end: int, cue_start: int) -> bool:
    """Whether only a coordinator of ``verb_coordinators`` (and a comma) stands between a content
    clause ending at ``end`` and a cue at ``cue_start``: a second verb of the clause's own subject
    (``juge que … et affirme avoir…``), no postposed incise."""
    if cue_start - end > _JOINT_REACH:
        return False
    return _patterns().verb_coordinator.fullmatch(text, end, cue_start) is not None


def coordinated_verb(text: str, start: int, cue_start: int) -> bool:
    """Whether a coordinator of ``verb_coordinators`` stands right before a cue at ``cue_start``,
    past ``start`` (``a « condamné » le putsch et exigé …``): a second verb of the subject before,
    whose subject does not follow it."""
    joint = _patterns().verb_coordinator.search(text, max(start, cue_start - _JOINT_REACH), cue_start)
    return joint is not None and joint.start() >= start


def coordinated_after_marks(text: str, closing: int, cue_form: str) -> bool:
    """Whether a ``verb_coordinators`` word opens the words right after the closing mark at
    ``closing`` and the cue after them is an infinitive (``célèbre le « retour d'un frère » et se
    garde bien d'évoquer les prisonniers``): a second verb group of the clause's own subject,
    which governs the infinitive; its object after it is no postposed subject, no incise (an
    infinitive incise follows a comma: ``« … », a tenu à préciser le ministre``)."""
    if cue_form != "infinitive":
        return False
    opener = _new_clause_opener().match(text, closing, min(len(text), closing + _JOINT_REACH))
    return opener is not None and opener.group().strip().casefold() in {w.casefold() for w in grammar().verb_coordinators}


def _same_subject_verb(text: str, own: CueLike | None, other: CueLike) -> bool:
    """Whether ``other`` may be a second verb of ``own``'s subject: both finite, in the same number;
    or a bare participle sharing ``own``'s auxiliary that takes an object, its own *que* or marks
    (``a estimé que … et réclamé des engagements``; not ``le texte adopté et publié hier``)."""
    if own is None or own.form != "finite":
        return False
    if other.form == "participle" and getattr(own, "aux", False):
        after = _skip_space(text, other.end, len(text))
        return (other.que_end is not None or (after < len(text) and text[after] in opening_marks())
                or _patterns().object_first.match(text, other.end, other.end + _OBJECT_REACH) is not None
                or _participle_complement().match(text, other.end, other.end + _OBJECT_REACH + 4) is not None)
    if other.form != "finite" or _imperfect_after_other_tense(own, other) or _conditional_after_other_mood(own, other):
        return False
    return cues.plural_cue(own) == cues.plural_cue(other)  # type: ignore[arg-type]


def _imperfect_after_other_tense(own: CueLike, other: CueLike) -> bool:
    """Whether ``other`` is in the imperfect and ``own`` is not: by the sequence of tenses, a verb
    of the clause ``own`` reports (``a estimé que l'accord comportait … mais ne répondait pas …``)."""
    return cues.imperfect_cue(other) and not cues.imperfect_cue(own)  # type: ignore[arg-type]


def _conditional_after_other_mood(own: CueLike, other: CueLike) -> bool:
    """Whether ``other`` is in the conditional and ``own`` is not: by the sequence of tenses, the
    future of a past, a verb of the clause ``own`` reports (``a indiqué qu'il accepterait cette
    offre et demanderait …``), not a second verb of ``own``'s subject (``a indiqué qu'il
    l'accepterait et a demandé …``)."""
    return cues.conditional_cue(other) and not cues.conditional_cue(own)  # type: ignore[arg-type]


def _ends_participle(text: str, start: int, end: int) -> bool:
    """Whether the last word of ``text[start:end]`` ends like a past participle: coordinated with
    the participle after it, an adjective of the clause's noun (``le plan présenté et annoncé la
    veille``), no verb sharing the cue's auxiliary."""
    words = _CLAUSE_WORD.findall(text, start, end)
    return bool(words) and words[-1].lower().endswith(cues.telling_participle_endings())


# Characters after a participle read for the determiner opening its object.
_OBJECT_REACH = 8


@cache
def _participle_complement() -> regex.Pattern[str]:
    """Spaces and a ``participle_complement_prepositions`` word (``detection.json``) opening the
    complement of a participle (``plaidé pour``, ``appelé à``), then a space or an elision."""
    preps = grammar().participle_complement_prepositions
    if not preps:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)[ \u00a0]++(?:{trie_alternation(preps)})(?:[ \u00a0]|(?<=['’]))")


def _fit_to_marks(text: str, c: Candidate, partial: Sequence[tuple[int, int]]) -> Candidate | None:
    """A content clause never ends inside quotation marks it does not start in: one that
    opens inside them ends at the closing mark (``« exige que toute la lumière soit faite »``),
    one that enters them runs on past it (``que l'individu était « connu …, pour lesquels … »``)."""
    k = bisect.bisect_right(partial, (c.start, len(text))) - 1
    if k >= 0 and partial[k][0] < c.start < partial[k][1] and c.cue is not None:  # opens inside the marks
        return _make(text, c.start, min(c.end, partial[k][1] - 1), c.cue, c.rule, c.confidence)
    k = bisect.bisect_right(partial, (c.end, len(text))) - 1
    if k >= 0 and c.start <= partial[k][0] < c.end < partial[k][1]:  # enters the marks (or opens with them)
        return replace(c, end=partial[k][1])
    return c


def _make(text: str, start: int, end: int, cue: int, rule: str, conf: float) -> Candidate | None:
    # "10h05 Un homme a attaqué…, selon une source policière": the time of a live blog's entry
    # is no part of what was reported.
    start = past_timestamp(text, _skip_space(text, start, end), end)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    if _ENOUGH_WORDS.search(text, start, end) is None:
        return None
    return Candidate(start, end, Kind.INDIRECT, rule, conf, None, 0, [], cue)


def _decimal(text: str, i: int) -> bool:
    """Whether the comma at ``i`` is a decimal one (``3,5 millions``, ``7,4 %``): no clause edge."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _comma(text: str, start: int, end: int) -> int:
    """The first comma of ``text[start:end]`` that is no decimal comma, or -1."""
    i = text.find(",", start, end)
    while i >= 0 and _decimal(text, i):
        i = text.find(",", i + 1, end)
    return i


def _comma_past_brackets(text: str, start: int, end: int) -> int:
    """The first comma of ``text[start:end]`` (see _comma) that no bracket opened before it
    and left open encloses, or -1."""
    i = _comma(text, start, end)
    while i >= 0:
        opened = text.rfind("(", start, i)
        if opened < 0 or text.find(")", opened, i) >= 0:
            return i
        closed = text.find(")", i, end)
        if closed < 0:
            return -1
        i = _comma(text, closed, end)
    return i


def _rcomma(text: str, start: int, end: int) -> int:
    """The last comma of ``text[start:end]`` that is no decimal comma, or -1."""
    i = text.rfind(",", start, end)
    while i >= 0 and _decimal(text, i):
        i = text.rfind(",", start, i)
    return i


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _past_adverb_run(text: str, i: int, end: int) -> int:
    """Past the spaces at ``i`` and an adverbial of time or manner of ``cue_adverbs`` after them
    (``…, a annoncé dans la soirée le service de presse``): where the words after a cue open
    that say whether a thing, its object, or a postposed subject follows; the noun of an
    adverbial (``soirée``) is none of them."""
    first = _skip_space(text, i, end)
    run = _patterns().adverb_run.match(text, first, end) if text[first : first + 1].islower() else None
    return run.end() if run is not None else first


def _long_named_tail(text: str, cue: CueLike, s_end: int, mention_starts: Sequence[int]) -> bool:
    """``…, a indiqué le ministre de l'Intérieur X dans la nuit de mardi à mercredi à la préfecture
    du Bas-Rhin à Strasbourg, où …``: a mention right after a verb of saying that takes a content
    clause, then up to ``_INCISE_NAMED_SUBJECT_MAX`` characters with no sentence stop nor mark to
    a comma or the sentence's end, is a postposed subject with a long tail (not ``…, a salué le
    maire de la ville pour …``: a verb without que, its object)."""
    first = _skip_space(text, cue.end, s_end)
    if not _mention_at(mention_starts, first, first + 1):
        # "…, a indiqué hier le ministère des Affaires étrangères et de … dans un communiqué":
        # the subject after a time or manner adverb of the verb's (``cue_words.json``).
        run = _patterns().adverb_run.match(text, first, s_end) if text[first : first + 1].islower() else None
        if run is None or not _mention_at(mention_starts, run.end(), run.end() + 1):
            return False
    if not _takes_que(cue.lemma):
        return False
    comma = _comma(text, cue.end, min(s_end, cue.end + _INCISE_NAMED_SUBJECT_MAX))
    end = comma if comma >= 0 else s_end
    if end - cue.end > _INCISE_NAMED_SUBJECT_MAX:
        return False
    tail = text[cue.end : end].rstrip(" \u00a0\u202f\n.!?…")
    return not any(c in tail for c in _TAIL_STOPS)


# What a postposed subject's long tail may not hold: a sentence's stop, a line break, a mark.
_TAIL_STOPS = ".!?;:\n«»“”\""


@cache
def _takes_que(lemma: str) -> bool:
    """Whether the reporting verb ``lemma`` commonly takes a content clause (``que`` of ``verbs.json``)."""
    entry = cues.CueLexicon.default().verb(lemma)
    return entry is not None and entry.que


@cache
def _opening_mark_pattern() -> regex.Pattern[str]:
    """One character of :func:`opening_marks`."""
    return regex.compile("[" + "".join(regex.escape(c) for c in sorted(opening_marks())) + "]")


def _first_opening_mark(text: str, lo: int, hi: int) -> int:
    """Where the first opening mark of ``text[lo:hi]`` stands, or -1."""
    m = _opening_mark_pattern().search(text, lo, hi)
    return m.start() if m is not None else -1


def _channel_then_mark(text: str, after: int, reach: int, mention_starts: Sequence[int]) -> bool:
    """Whether a channel (``channels.json``: ``sur Twitter``, ``dans un communiqué``) ends right
    before marks opening on a lower-case word in ``text[after:reach]``, with no mention before the
    channel (``a déclaré le ministre sur Twitter « … »``: the ministre may be the postposed subject)."""
    mark = _first_opening_mark(text, after, reach)
    if mark < 0:
        return False
    inner = _skip_space(text, mark + 1, reach)
    if not text[inner : inner + 1].islower():
        return False
    span = channel.channel_span(text, after, mark)
    return (span is not None and _skip_space(text, span[1], mark) == mark
            and not _subject_mention_at(text, mention_starts, after, span[0]))


def _subject_mention_at(text: str, mention_starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a mention starts in ``text[start:end]`` with no ``indirect_object_links`` word right
    before it (``…, y signale au parquet``: the verb's object; ``…, a déclaré à l'AFP le ministre``:
    the second mention is the subject). An adverbial of ``cue_adverbs`` opening the span is no
    part of it (``…, a précisé au téléphone le responsable``: no object link in ``au téléphone``)."""
    start = _past_adverb_run(text, start, end)
    k = bisect.bisect_left(mention_starts, start)
    while k < len(mention_starts) and mention_starts[k] < end:
        if (_patterns().indirect_object_link.search(text, max(start, mention_starts[k] - _OBJECT_LINK_CHARS), mention_starts[k]) is None
                and _described_object_link().search(text, max(start, mention_starts[k] - _DESCRIBED_OBJECT_CHARS), mention_starts[k]) is None):
            return True
        k += 1
    return False


# Characters read before a mention for a contracted link and the bare description it governs (« au géant minier »).
_DESCRIBED_OBJECT_CHARS = 40


@cache
def _described_object_link() -> regex.Pattern[str]:
    """A contracted ``indirect_object_links`` word (``au``, ``aux``: the article glued to it), then
    one to three lower-case words, none a determiner, ending the searched span: the description of
    the name after it (``a ordonné au géant agrochimique Monsanto de …``), all of it the verb's
    object; a determiner after the words (``a déclaré à l'AFP le ministre``) opens the subject."""
    contracted = names_data()["contracted_articles"]
    links = [w for w in grammar().indirect_object_links if w in contracted]
    dets = trie_alternation(sorted(_determiners() | set(grammar().object_determiners)))
    word = r"(?-i:\p{Ll})[\p{L}-]*+"
    return regex.compile(rf"(?i)(?<!\w)(?:{alternation(links) if links else '(?!)'})"
                         rf"(?:[ \u00a0]++(?!(?:{dets})[ \u00a0]){word}){{1,3}}[ \u00a0]++$")


# Characters read before a mention for a preposition making it an indirect object (« aux », « à la »).
_OBJECT_LINK_CHARS = 8


def _mention_at(mention_starts: Sequence[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(mention_starts, start)
    return k < len(mention_starts) and mention_starts[k] < end


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _covered_by_marks(c: Candidate, spans: Sequence[tuple[int, int]], starts: Sequence[int], text: str) -> bool:
    """An indirect clause that is only quotations in marks (and a connector) is those quotations."""
    k = bisect.bisect_left(starts, c.start)
    if k > 0 and spans[k - 1][1] > c.start:
        k -= 1
    outside, pos = [], c.start
    while k < len(spans) and spans[k][0] < c.end:
        outside.append(text[pos : max(pos, spans[k][0])])
        pos = max(pos, spans[k][1])
        k += 1
    if pos == c.start:
        return False
    outside.append(text[pos : c.end])
    return _more_words(1).search(" ".join(outside)) is None


def _determiner_then_marks(text: str, start: int, end: int, *, complement: bool = False) -> bool:
    """Whether ``text[start:end]`` is a determiner of ``grammar.json`` (``une``, ``des``) and one
    quotation in marks to its end, maybe with a short complement after them (``Une « victoire »
    pour Kiev``; with ``complement``, only then): a noun phrase with no verb."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.group(1).lower() not in _determiners():
        return False
    if first.group(1)[-1] in "'’":
        return False
    if text[end - 1] in closing_marks() and first.group(1).casefold() in indefinite_determiners():
        noun = _LOWER_WORD.match(text, first.end(), end)
        if (noun is not None and _only_marks(text, noun.end(), end)
                and not holds_verb(text[noun.end() + 1 : end - 1])):
            # "Une accusation « totalement fausse », selon le ministre": a singular indefinite
            # article, a noun and the words in marks that qualify it, no verb in them: an
            # apposition, no clause ("Un accord « sera signé »" holds one; after a definite
            # subject, "Le pays « va mal »", the marks hold the predicate, a clause).
            return True
    if complement or text[end - 1] not in closing_marks():
        tail = _marks_complement().search(text, first.end(), end)
        if tail is None:
            return False
        end = tail.start()
    return _only_marks(text, first.end(), end)


# Most words of the complement after a noun phrase's marks (``« victoire » pour Kiev``).
_MARKS_COMPLEMENT_WORDS = 3


@cache
def _marks_complement() -> regex.Pattern[str]:
    """A ``quote_complement_prepositions`` preposition and a few words closing a stretch right after
    a closing mark (`` pour Kiev``, `` contre la réforme``): a noun's complement, no verb."""
    preps = grammar().quote_complement_prepositions
    full = [p for p in preps if not p.endswith(("'", "’"))]
    elided = [p.rstrip("'’") for p in preps if p.endswith(("'", "’"))]
    word = r"\p{L}[\p{L}\-'’]*+"
    alternatives = [rf"(?:{alternation(full)})[ \u00a0]++"] + ([rf"(?:{alternation(elided)})['’]"] if elided else [])
    return regex.compile(
        rf"(?i)(?<=[{regex.escape(''.join(sorted(_closing_not_apostrophes())))}])[ \u00a0\u202f]*+(?:{'|'.join(alternatives)})"
        rf"{word}(?:[ \u00a0]++{word}){{0,{_MARKS_COMPLEMENT_WORDS - 1}}}[ \u00a0]*+$"
    )


def _only_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one quotation in marks, marks included (no closing mark
    but an apostrophe inside: one set test in C, not a test per character)."""
    return (end - start > 1 and text[start] in opening_marks() and text[end - 1] in closing_marks()
            and _closing_not_apostrophes().isdisjoint(text[start + 1 : end - 1]))


@cache
def _closing_not_apostrophes() -> frozenset[str]:
    """The closing marks but the apostrophes (``'`` and ``’`` close no quotation inside one)."""
    return closing_marks() - {"’", "'"}


def _holds_gerund_report(cues: Sequence[CueLike], found: Sequence[Candidate], cand: Candidate) -> bool:
    """Whether a gerund inside ``cand`` already reports its own que-clause (``X a rejeté toute
    ingérence, affirmant que …, selon l'agence Irna``): the source set off after the clause
    relays the subject's words, it reports no clause of its own."""
    return any(c.rule == "indirect-que" and c.cue is not None and cand.start <= c.start and c.end <= cand.end
               and cues[c.cue].form == "gerund" for c in found)


def _free_relative(text: str, cue_end: int, que_end: int) -> bool:
    """Whether the words from a cue to its *que* are only a relative of ``free_relatives``
    (``confirme ce que les gens pensent``): the verb's object, no que-clause it reports."""
    gap = text[cue_end:que_end]
    if "ce qu" not in gap.lower():
        return False  # the common case: a plain complementizer
    return gap.strip(" \u00a0\u202f").lower() in grammar().free_relatives


def _thing_opens_clause(text: str, start: int, c: CueLike) -> bool:
    """Whether the words from ``start`` to the finite cue ``c``, a few with no comma, are a noun
    phrase naming a thing (``thing_nouns``: ``Pour X, le drame rappelle que …``): a thing speaks
    for nobody, so its verb is no report of its own inside the clause a source reports."""
    return (c.form == "finite" and start < c.start and text.find(",", start, c.start) < 0
            and _few_words(text, start, c.start, _THING_SUBJECT_WORDS) and names_a_thing(text[start : c.start].strip(" \u00a0\u202f")))


# Most words of a thing's noun phrase opening a fronted source's clause, its complement included
# (``le drame des Alpes-Maritimes``: a hyphenated name counts its parts).
_THING_SUBJECT_WORDS = 6


def _thing_opened_cue(text: str, cues: Sequence[CueLike], cue_starts: Sequence[int], c: Candidate) -> int | None:
    """The finite cue right after the thing's noun phrase opening the clause ``c`` a fronted
    source reports (see :func:`_thing_opens_clause`), when there is one; else None."""
    k = bisect.bisect_left(cue_starts, c.start)
    if k < len(cues) and cues[k].start < c.end and _thing_opens_clause(text, c.start, cues[k]):
        return k
    return None


def _holds_que_cue(
    text: str, cues: Sequence[CueLike], cue_starts: Sequence[int], start: int, end: int,
    quoted: Sequence[tuple[int, int]] = (), quoted_starts: Sequence[int] = (),
) -> bool:
    """Whether a reporting verb with its own que-clause stands in ``[start, end)``; not one that
    denies the report (``Il n'a jamais dit que …, a assuré son équipe``: the team's words), nor
    one in ne … que, "only" (``Paris n'a demandé qu'une trêve, a-t-il dit``: the object, no
    clause; see ``_restrictive``), nor one whose que ends a comparison (``Selon lui, la
    France redoute moins X qu'une image …``: see ``_que_blocked``), nor one whose subject is generic (``Selon X, …, ce qui explique
    que …``: a cause the clause states, no report of its own), nor a fear after a subject relative
    (``Le tribunal a suivi le parquet, qui redoutait que …, a précisé X``: the writer's description,
    see ``_relative_fear``), nor one inside the marks of ``quoted`` (``Le président « n'a jamais dit que …, il a dit que … »,
    a plaidé X``: the quoted words' own verb, which the incise reports with them)."""
    k = bisect.bisect_left(cue_starts, start)
    while k < len(cues) and cues[k].start < end:
        c = cues[k]
        if (c.form in ("finite", "inverted") and not _inside(quoted, quoted_starts, c.start)
                and not _thing_opens_clause(text, start, c)):
            que_end = c.que_end if c.que_end is not None else _que_nearby(text, c, end)
            if (que_end is not None and not _denied(text, c, que_end) and not _free_relative(text, c.end, que_end)
                    and not _restrictive(text, c, que_end)
                    and not (c.que_end is None and _que_blocked(text, max(c.end, _rcomma(text, c.end, que_end) + 1), que_end))
                    and not (c.form == "finite" and (generic_subject_before(text, c.start) or _relative_fear(text, c)))
                    and not (_patterns().que_conjunction.search(text, c.end, que_end) is not None
                             and not _adverb_before_own_que(text, c, que_end))):
                # (not "Selon X, les doutes justifient de geler l'opération en attendant que …": a
                # conjunction's que, of que_conjunctions, no que-clause of the cue's own)
                return True
        k += 1
    return False


def _alleged_report(
    text: str, cue: CueLike, all_cues: Sequence[CueLike], cue_starts: Sequence[int], c: Candidate
) -> int | None:
    """The one finite cue with a que-clause of its own inside the clause a fronted source reports
    (``Selon X, Y aurait exigé que …``) when it is a demand (``alleged_demands``) in the compound
    conditional, the mood of what the source alleges (``conditional_auxiliaries``): X reports Y's
    act, the que-clause included; else None."""
    if c.start <= cue.end or cue.lemma in grammar().fronted_only_prepositions:
        return None
    found: int | None = None
    k = bisect.bisect_left(cue_starts, c.start)
    while k < len(all_cues) and all_cues[k].start < c.end:
        other = all_cues[k]
        if other.form in ("finite", "inverted"):
            que_end = other.que_end if other.que_end is not None else _que_nearby(text, other, c.end)
            if que_end is not None:
                first = _WORD.match(text, other.start)
                if (found is not None or first is None or first.group().lower() not in cues.conditional_auxiliaries()
                        or other.lemma not in grammar().alleged_demands):
                    return None
                found = k
        k += 1
    return found


def _plain_que_cue(text: str, cues: Sequence[CueLike], cue_starts: Sequence[int], c: Candidate) -> int | None:
    """The one finite cue with a que-clause of its own inside an incise's clause, when that clause
    holds no colon, no other cue and no quotation mark but between the cue and its que: ``Paris
    souhaite que l'égalité progresse, a souligné X`` (the whole sentence is what X said; so is
    ``X a fait part de sa « vive préoccupation » face aux risques que …, indique Y``); else None."""
    if ":" in text[c.start : c.end]:
        return None
    found: int | None = None
    found_que = c.end
    k = bisect.bisect_left(cue_starts, c.start)
    while k < len(cues) and cues[k].start < c.end:
        cue = cues[k]
        # "X a assuré à Y, au téléphone, que …": a que past an indirect object or an aside too
        que_end = cue.que_end if cue.que_end is not None or cue.form != "finite" else _que_nearby(text, cue, c.end)
        if found is not None or cue.form != "finite" or que_end is None or _denied(text, cue, que_end):
            return None
        found, found_que = k, que_end
        k += 1
    if found is not None and (_holds_opening_mark(text, c.start, cues[found].end) or _holds_opening_mark(text, found_que, c.end)):
        return None  # "Le président « n'a jamais dit que … »", "a affirmé que « … »": the marks' own words
    return found


def _opens_with_incise_quote(
    text: str, c: Candidate, spans: Sequence[tuple[int, int]], starts: Sequence[int], cue_starts: Sequence[int]
) -> bool:
    """``« … », a déclaré X lors d'un entretien avec Y, selon Z``: a clause that is a direct
    quotation (maybe after a fronted adverbial) and the incise reporting it, whatever the incise's length."""
    k = bisect.bisect_left(starts, c.start)
    if k >= len(starts) or starts[k] >= c.end:
        return False
    close = spans[k][1]
    if text[c.start : starts[k]].strip(_QUOTE_LEAD):
        # "En cas de rejet, « … », a prévenu X": a fronted adverbial and the quotation are all the clause.
        return (after_fronted_frame(text, c.start, _before_marks(text, c.start, starts[k]))
                and not text[close : c.end].strip(_QUOTE_LEAD))
    j = bisect.bisect_left(cue_starts, close)
    return j < len(cue_starts) and cue_starts[j] < c.end and not text[close : cue_starts[j]].strip(_QUOTE_LEAD)


def _before_marks(text: str, lo: int, pos: int) -> int:
    """``pos`` moved back past the spaces and opening marks right before it (not past a comma)."""
    while pos > lo and text[pos - 1] in _MARK_LEAD:
        pos -= 1
    return pos


_MARK_LEAD = frozenset(" \u00a0\u202f«“\"")


def _quoted_share(c: Candidate, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> float:
    """The share of a clause's characters inside direct quotations."""
    k = bisect.bisect_left(starts, c.start)
    if k > 0 and spans[k - 1][1] > c.start:
        k -= 1
    covered = 0
    while k < len(spans) and spans[k][0] < c.end:
        covered += max(0, min(spans[k][1], c.end) - max(spans[k][0], c.start))
        k += 1
    return covered / max(1, c.end - c.start)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One indirect clause per span: when two overlap by half, keep the earlier cue's."""
    cands.sort(key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for c in cands:
        if out:
            p = out[-1]
            overlap = min(p.end, c.end) - max(p.start, c.start)
            if overlap >= 0.5 * max(p.end - p.start, c.end - c.start):
                continue
        out.append(c)
    return out
