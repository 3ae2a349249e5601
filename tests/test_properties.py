"""Properties of the public API on generated text (hypothesis).

Any ``str`` goes in, a valid :class:`Document` comes out: offsets index the original text,
the JSON round-trips, and the fast mark pairing agrees with the slow reference in
``tests/reference.py`` on the simple case it covers.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference import check_document, reference_pairs

import quotetrack
from quotetrack import lexicon
from quotetrack.link import Source, link
from quotetrack.marks import find_marked
from quotetrack.mentions import _patterns

# Modest budgets: the suite must stay quick on a shared two-core machine.
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "le", "ministre", "a", "déclaré", "que", "la", "France", "ne", "cédera", "pas", "selon",
    "lui", "Élysée", "porte-parole", "l'ambassadeur", "aujourd'hui", "Marie", "Durand",
    "a-t-il", "ajouté", "estime", "président", "Nous", "partirons", "demain", "rien",
    "n'est", "décidé", "qu'il", "Kremlin", "annoncé", "d'après", "elle", "affirmé",
]
MARKS = ["«", "»", "“", "”", '"', "'", "‘", "’", "„", "‹", "›", "« ", " »", "«\u00a0", "\u00a0»", "\u202f»"]
SPACES = [" ", " ", " ", "\u00a0", "\u202f", "\n", "\n\n", "\r\n", "\t", "\u2028"]
PUNCT = [".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]", "...", ", a-t-il dit"]
ODD = ["\x00", "\x01", "\x1b", "\x7f", "\ufeff", "\u200b", "😀", "👍🏽", "مرحبا", "שלום", "中文", "Привет", "\U0010ffff", "\ud800"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(SPACES),
    st.sampled_from(PUNCT),
    st.sampled_from(ODD),
    st.text(max_size=4),
)
# Mostly tokens glued with spaces, sometimes glued directly (run-together copy).
french_mess = st.lists(st.tuples(token, st.sampled_from([" ", "", " ", "\n"])), max_size=60).map(
    lambda parts: "".join(t + sep for t, sep in parts)
)
any_text = st.one_of(french_mess, st.text(max_size=200))


def _no_surrogate(text: str) -> bool:
    return not any("\ud800" <= ch <= "\udfff" for ch in text)


@FAST
@given(any_text.filter(_no_surrogate))
def test_extract_never_raises_and_offsets_hold(text: str) -> None:
    doc = quotetrack.extract(text)
    check_document(doc, text)


@FAST
@given(french_mess.filter(_no_surrogate))
def test_json_round_trip(text: str) -> None:
    doc = quotetrack.extract(text)
    assert quotetrack.Document.model_validate_json(doc.model_dump_json()) == doc


@FAST
@given(any_text)
def test_any_str_gives_a_document_or_a_clear_value_error(text: str) -> None:
    try:
        doc = quotetrack.extract(text)
    except ValueError as exc:
        assert not _no_surrogate(text) and "surrogate" in str(exc)
        return
    check_document(doc, text)


def test_lone_surrogate_is_rejected_with_its_offset() -> None:
    # Found by hypothesis: a lone surrogate could not be written out as JSON afterwards.
    with pytest.raises(ValueError, match=r"surrogate \(U\+D800\) at offset 0"):
        quotetrack.extract("\ud800 « Oui », a dit Marie.")


@pytest.mark.parametrize("bad", [None, b"\xc2\xab oui \xc2\xbb", 3, 2.5, ["« oui »"], bytearray(b"x")])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        quotetrack.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u00a0\u202f", "\x00"])
def test_blank_text_gives_an_empty_document(text: str) -> None:
    doc = quotetrack.extract(text)
    assert doc.text == text
    assert doc.quotes == ()


# --------------------------------------------------------------------- idempotence

CONTENTS = [
    "Nous ne céderons rien",
    "La paix reste possible",
    "Il faut agir vite, et ensemble",
    "Rien n'est décidé pour l'instant",
    "Nous partirons dès demain matin",
]
SPEAKERS = ["le ministre", "Marie Durand", "la porte-parole du gouvernement", "le maire de Lille"]
TEMPLATES = [
    "« {c} », a déclaré {s}.",
    "{S} a affirmé : « {c}. »",
    "« {c} », a-t-elle ajouté.",
    "Selon {s}, « {c} ».",
]

sentence = st.builds(
    lambda t, c, s: t.format(c=c, s=s, S=s[:1].upper() + s[1:]),
    st.sampled_from(TEMPLATES),
    st.sampled_from(CONTENTS),
    st.sampled_from(SPEAKERS),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=6), st.sampled_from([" ", "\n", "\n\n"]))
def test_a_quote_is_found_again_in_its_own_sentence(sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    doc = quotetrack.extract(text)
    check_document(doc, text)
    bounds = []
    pos = 0
    for s in sentences:
        bounds.append((pos, pos + len(s)))
        pos += len(s) + len(sep)
    for q in doc.quotes:
        if q.marks is None:
            continue
        start, end = next(b for b in bounds if b[0] <= q.start <= b[1])
        alone = quotetrack.extract(text[start:end])
        # Same span, not necessarily same kind: kind may depend on the rest of the document
        # (a quote repeated from an earlier sentence is read differently).
        again = {(a.start + start, a.end + start) for a in alone.quotes}
        assert (q.start, q.end) in again


# Same-length typographic variants (see quotetrack.fold): a thin or figure space for a narrow
# no-break space, a non-breaking hyphen for a hyphen, a modifier-letter apostrophe for ’.
VARIANTS = str.maketrans({"\u202f": "\u2009", "\u00a0": "\u2007", "-": "\u2011", "\u2019": "\u02bc"})
TYPESET = [*TEMPLATES, "«\u202f{c}\u202f», a-t-il précisé.", "{S} l’a dit aujourd’hui : «\u00a0{c}\u00a0»."]


def _spans(doc: quotetrack.Document) -> list[tuple[int, int, str, str | None, str | None]]:
    return [(q.start, q.end, q.kind.value, q.speaker_name, q.speaker.mention.text if q.speaker and q.speaker.mention else None)
            for q in doc.quotes]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.builds(lambda t, c, s: t.format(c=c, s=s, S=s[:1].upper() + s[1:]), st.sampled_from(TYPESET),
                          st.sampled_from(CONTENTS), st.sampled_from(SPEAKERS)), min_size=1, max_size=4))
def test_typographic_variants_give_the_same_quotes_at_the_same_offsets(sentences: list[str]) -> None:
    text = " ".join(sentences)
    variant = text.translate(VARIANTS)
    doc, other = quotetrack.extract(text), quotetrack.extract(variant)
    check_document(other, variant)
    # Same offsets, same kinds and speakers; each mention's text is read from its own input.
    assert [s[:4] for s in _spans(other)] == [s[:4] for s in _spans(doc)]
    assert [s[4] for s in _spans(other)] == [m.translate(VARIANTS) if m else m for m in (s[4] for s in _spans(doc))]


def test_every_template_sentence_is_found() -> None:
    # Guards the property above against passing vacuously on an engine that finds nothing.
    for t in TEMPLATES:
        text = t.format(c=CONTENTS[0], s=SPEAKERS[0], S="Le ministre")
        assert any(q.text.startswith(CONTENTS[0]) for q in quotetrack.extract(text).quotes), text


# ---------------------------------------------------------- fast pairing vs reference

SIMPLE_WORDS = st.sampled_from(WORDS[:20] + ["Oui", "non", "peut-être", "2024", "Paris"])
SIMPLE_GAP = st.sampled_from([" ", " ", "\u00a0", "\u202f", ", ", ". ", " : ", " ; ", "! ", "? ", " — ", ""])


def _nested(depth: int) -> st.SearchStrategy[str]:
    """Text whose « » and “ ” marks are properly nested, with words and punctuation between."""
    leaf = st.lists(st.tuples(SIMPLE_WORDS, SIMPLE_GAP), max_size=4).map(
        lambda parts: "".join(w + g for w, g in parts)
    )
    if depth == 0:
        return leaf

    def quoted(pair: tuple[str, str, str]) -> str:
        o, inner, c = pair
        return o + inner + c

    inner = _nested(depth - 1)
    marked = st.tuples(
        st.sampled_from(["«", "« ", "«\u00a0", "“"]), inner, st.sampled_from(["»", " »", "\u202f»", "”"])
    ).map(lambda t: (t[0], t[1], ("”" if t[0] == "“" else ("»" if t[2] == "”" else t[2]))))
    return st.lists(st.one_of(leaf, marked.map(quoted)), max_size=4).map(" ".join)


balanced = _nested(3)


def test_reference_pairs_itself() -> None:
    assert reference_pairs("« a “ b ” c » d «e»") == [(0, 12, 2, 11, 0), (4, 8, 6, 7, 1), (16, 18, 17, 18, 0)]


@settings(max_examples=200, deadline=None)
@given(balanced)
def test_find_marked_agrees_with_reference(text: str) -> None:
    expected = reference_pairs(text)
    spans = find_marked(text)
    got = sorted((s.open_start, s.close_start, s.inner_start, s.inner_end, s.depth) for s in spans)
    assert got == expected
    assert all(not s.repairs for s in spans)


# ------------------------------------------------------------------------- linking

@settings(max_examples=40, deadline=None)
@given(french_mess.filter(_no_surrogate), french_mess)
def test_link_never_raises_and_offsets_hold(article: str, source: str) -> None:
    for lk in link(article, Source(id="s", text=source)):
        assert 0 <= lk.start <= lk.end <= len(article)
        assert article[lk.start : lk.end] == lk.text
        if lk.source_start is not None and lk.source_end is not None:
            assert 0 <= lk.source_start <= lk.source_end <= len(source)
            assert source[lk.source_start : lk.source_end] == lk.source_text


@pytest.mark.parametrize("items", [r"\p{L}", r"\p{Lu}", r"\p{L}\d", r"\s", r"\w"])
def test_bmp_class_holds_what_the_regex_class_holds(items: str) -> None:
    plane = lexicon._characters(0x10000)
    assert re.findall(lexicon.bmp_class(items), plane) == regex.findall(f"[{items}]", plane)


@FAST
@given(french_mess)
def test_name_pattern_is_the_same_for_both_engines(text: str) -> None:
    pats = _patterns()
    if not lexicon.in_bmp(text):
        return
    for i in range(len(text)):
        a, b = pats.name.match(text, i), pats.name_bmp.match(text, i)
        assert (a and a.span()) == (b and b.span())


@given(st.text(max_size=40))
def test_an_alternation_of_no_words_matches_nothing(text: str) -> None:
    for source in (lexicon.alternation([]), lexicon.trie_alternation([])):
        assert regex.search(source, text) is None
    assert lexicon.ending_with([]).search(text) is None
