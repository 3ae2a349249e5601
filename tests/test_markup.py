"""HTML input: quotes found in the text of the page, offsets into the page as given."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference import check_document

import quotetrack
from quotetrack import markup
from quotetrack.pipeline import Config

PAGE = (
    "<article><h1>Visite reportée</h1>"
    "<p>« Nous partirons demain », a <b>déclaré</b> le ministre.</p>"
    "<script>var x = '« pas une citation », a dit Paul';</script>"
    "<p>Selon le Quai d&#8217;Orsay, la visite est &laquo;&nbsp;reportée&nbsp;&raquo;.</p></article>"
)


def test_quotes_of_a_page_index_the_page_itself() -> None:
    doc = quotetrack.extract(PAGE)
    check_document(doc, PAGE)
    assert doc.meta == {"markup": "html"}
    assert [(q.kind.value, q.text, q.speaker_name) for q in doc.quotes] == [
        ("direct", "Nous partirons demain", "ministre"),
        ("indirect", "la visite est &laquo;&nbsp;reportée&nbsp;&raquo;", "Quai d'Orsay"),
        ("partial", "reportée", "Quai d'Orsay"),
    ]
    assert doc.quotes[1].speaker is not None and doc.quotes[1].speaker.mention is not None
    assert doc.quotes[1].speaker.mention.text == "le Quai d&#8217;Orsay"


def test_block_tags_end_paragraphs_and_scripts_are_dropped() -> None:
    plain, _ = markup.to_plain("<p>Un.</p><p>Deux<br>trois</p><script>x</script><style>y</style>fin")
    assert plain == "\nUn.\n\nDeux\ntrois\nfin"


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("Le prix a baissé de 3 < 5 & plus.", False),
        ("Une seule entité &amp; rien d'autre.", False),
        ("<p>Un paragraphe</p>", True),
        ("Texte &laquo; cité &raquo; ici.", True),
    ],
)
def test_markup_is_recognised_only_when_there_is_some(text: str, is_html: bool) -> None:
    assert markup.looks_like_html(text) is is_html


def test_markup_can_be_forced_or_refused() -> None:
    text = "<p>« Oui », a dit Paul Martin.</p>"
    as_text = quotetrack.extract(text, config=Config(markup="text"))
    as_html = quotetrack.extract(text, config=Config(markup="html"))
    assert as_text.meta == {} and as_html.meta == {"markup": "html"}
    assert [q.text for q in as_html.quotes] == ["Oui"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<br/>", "<!-- c -->", "&laquo;", "&raquo;",
                             "&nbsp;", "&#8217;", "&amp;", "&bogus;", "<script>", "</script>", "<", ">"]),
            st.sampled_from(["« ", " »", "Oui", "a dit", "le ministre", "Selon lui,", ".", " ", "\n"]),
            st.text(max_size=3),
        ),
        max_size=40,
    ).map("".join)
)
def test_any_markup_gives_offsets_into_the_original(text: str) -> None:
    try:
        doc = quotetrack.extract(text, config=Config(markup="html"))
    except ValueError:
        return  # a lone surrogate: rejected with a clear error, as for plain text
    check_document(doc, text)
