"""HTML and terminal rendering: escaped, well-formed, faithful to the text, nested where quotes nest."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotetrack
from quotetrack import render
from quotetrack.models import Attribution, Cue, Document, Kind, Quote, Span, Speaker

VOID = {"br", "img", "meta", "input", "hr"}


class _Tree(HTMLParser):
    """Checks that tags nest properly; collects the text of the article and the quote marks' contents."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.article: list[str] = []
        self.quote_text: dict[str, list[str]] = {}
        self.nesting: list[tuple[str, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append((tag, dict(attrs)))
            quotes = tuple(a["data-quote"] or "" for t, a in self.stack if "data-quote" in a)
            if tag == "mark" and "data-quote" in dict(attrs):
                self.nesting.append(quotes)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unexpected </{tag}> with open {[t for t, _ in self.stack]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any(a.get("class") == "qt-text" for _, a in self.stack):
            self.article.append(data)
            for _, a in self.stack:
                if "data-quote" in a:
                    self.quote_text.setdefault(a["data-quote"] or "", []).append(data)


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert tree.errors == []
    assert tree.stack == [], "unclosed tags"
    return tree


def quote(text: str, words: str, kind: str = "direct", *, speaker: str | None = None,
          mention: str | None = None, marks: bool = True, cue: str | None = None) -> Quote:
    start = text.index(words)
    end = start + len(words)
    spk = None
    if speaker is not None:
        m = None
        if mention is not None:
            ms = text.index(mention)
            m = Span(start=ms, end=ms + len(mention), text=mention)
        spk = Speaker(name=speaker, mention=m)
    c = None
    if cue is not None:
        cs = text.index(cue)
        c = Cue(start=cs, end=cs + len(cue), text=cue, lemma="déclarer")
    outer = None
    if marks and kind != "indirect":
        outer = (text.rindex("«", 0, start), text.index("»", end) + 1)
    return Quote(start=start, end=end, text=words, kind=Kind(kind), speaker=spk, marks=outer, rule="test-rule",
                 cue=c, attribution=Attribution(rule="incise-postposed", confidence=0.87) if spk else None)


NASTY = [
    pytest.param("<script>alert('x')</script>", id="script-tag"),
    pytest.param('"><img src=x onerror=alert(1)>', id="attribute-breakout"),
    pytest.param("Paris & Berlin &amp; Rome", id="ampersands"),
    pytest.param("</mark></div><div>", id="closing-tags"),
]


@pytest.mark.parametrize("words", NASTY)
def test_quote_content_is_escaped_never_markup(words: str) -> None:
    text = f"« {words} », a déclaré le porte-parole du ministère."
    doc = Document(text=text, quotes=(quote(text, words, speaker=words, mention="le porte-parole"),))
    out = render.html(doc)
    tree = parse(out)
    assert "".join(tree.article) == text
    assert "<script" not in out and "<img" not in out
    card = render.quote_html(doc.quotes[0])
    assert "<script" not in card and "<img" not in card
    parse(card)


DOCS = [
    pytest.param("« Nous partirons demain », a déclaré le ministre.", "Nous partirons demain", "direct", id="direct"),
    pytest.param("Le diplomate a dénoncé une « provocation inutile » à Genève.", "provocation inutile", "partial",
                 id="partial"),
    pytest.param("La ministre a assuré que les négociations reprendraient lundi.",
                 "les négociations reprendraient lundi", "indirect", id="indirect"),
    pytest.param("Premier paragraphe.\n\n« Nous verrons », a tranché l'ambassadeur.\n", "Nous verrons", "direct",
                 id="paragraphs-kept"),
]


@pytest.mark.parametrize(("text", "words", "kind"), DOCS)
def test_article_text_survives_and_quote_is_highlighted(text: str, words: str, kind: str) -> None:
    doc = Document(text=text, quotes=(quote(text, words, kind, speaker="Quai d'Orsay"),))
    tree = parse(render.html(doc))
    assert "".join(tree.article) == text
    highlighted = "".join(tree.quote_text["0"])
    assert words in highlighted
    assert f"qt-{kind}" in render.html(doc)
    assert "white-space:pre-wrap" in render.html(doc)


def test_partial_inside_indirect_nests_markup() -> None:
    text = "Le ministre a estimé que Moscou cherchait « une issue honorable » au conflit, selon son entourage."
    outer = quote(text, "Moscou cherchait « une issue honorable » au conflit", "indirect", speaker="Ministre")
    inner = quote(text, "une issue honorable", "partial", speaker="Ministre")
    tree = parse(render.html(Document(text=text, quotes=(outer, inner))))
    assert ("0", "1") in tree.nesting
    assert "".join(tree.quote_text["1"]) == "« une issue honorable »"
    assert "".join(tree.quote_text["0"]) == outer.text


def test_crossing_spans_are_split_into_well_formed_markup() -> None:
    text = "abcdefghij"
    a = Quote(start=1, end=6, text=text[1:6], kind="indirect", rule="r")
    b = Quote(start=4, end=9, text=text[4:9], kind="indirect", rule="r")
    tree = parse(render.html(Document(text=text, quotes=(a, b))))
    assert "".join(tree.quote_text["0"]) == text[1:6]
    assert "".join(tree.quote_text["1"]) == text[4:9]


def test_hover_names_speaker_cue_rule_and_confidence() -> None:
    text = "« Rien n'est décidé », a déclaré le porte-parole de l'Élysée."
    q = quote(text, "Rien n'est décidé", speaker="Élysée", mention="le porte-parole de l'Élysée",
              cue="a déclaré")
    out = render.html(Document(text=text, quotes=(q,)))
    for expected in ("speaker: Élysée", "cue: a déclaré", "rule: test-rule", "incise-postposed", "0.87"):
        assert render._esc(expected) in out
    assert 'class="qt-speaker"' in out
    assert "Élysée (1)" in out  # legend


def test_speaker_colour_is_stable_and_from_palette() -> None:
    assert render.speaker_colour("Kremlin") == render.speaker_colour("Kremlin")
    assert render.speaker_colour("Kremlin") in render.PALETTE
    assert render.speaker_colour(None) == render.UNKNOWN_COLOUR
    assert len({render.speaker_colour(n) for n in ("Kremlin", "Élysée", "ONU", "OTAN", "Matignon", "Pékin")}) > 1


def test_document_and_quote_repr_html_use_render() -> None:
    doc = quotetrack.extract("« Nous partirons demain », a déclaré le ministre.")
    assert doc._repr_html_() == render.html(doc)
    for q in doc.quotes:
        assert q._repr_html_() == render.quote_html(q)


def test_empty_document_renders() -> None:
    out = render.html(Document(text=""))
    parse(out)
    assert "0 quotes" in out
    assert "no quotation found" in render.terminal(Document(text="Rien à signaler."))


def test_offsets_outside_the_text_do_not_crash() -> None:
    q = Quote(start=5, end=500, text="x", kind="direct", rule="r", marks=(3, 600))
    tree = parse(render.html(Document(text="court texte", quotes=(q,))))
    assert "".join(tree.article) == "court texte"
    render.terminal(Document(text="court texte", quotes=(q,)))


@pytest.mark.parametrize("bad", [None, "texte", 3, b"bytes"])
def test_wrong_types_raise_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        render.html(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        render.terminal(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        render.quote_html(bad)  # type: ignore[arg-type]


def test_terminal_colours_quotes_and_neutralises_escape_sequences() -> None:
    text = "« Nous refusons \x1b[31m », a déclaré le ministre."
    doc = Document(text=text, quotes=(quote(text, "Nous refusons \x1b[31m", speaker="Ministre",
                                            mention="le ministre"),))
    coloured = render.terminal(doc)
    assert "\x1b[38;2;" in coloured and "\x1b[4m" in coloured
    assert "\x1b[31m" not in coloured
    plain = render.terminal(doc, colour=False)
    assert "\x1b" not in plain
    assert "Ministre" in plain


def test_table_html_escapes_and_orders_columns() -> None:
    rows = [{"speaker": "<b>Kremlin</b>", "n": 3, "score": 0.5}, {"speaker": None, "extra": "x"}]
    out = render.table_html(rows)
    parse(out)
    assert "&lt;b&gt;Kremlin&lt;/b&gt;" in out
    assert out.index(">speaker<") < out.index(">n<") < out.index(">score<") < out.index(">extra<")
    assert "<td>0.50</td>" in out
    only = render.table_html(rows, columns=["n"])
    assert ">speaker<" not in only


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
    n = len(text)
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, n))
        outer = (draw(st.integers(0, start)), draw(st.integers(end, n)))
        mention = None
        if draw(st.booleans()):
            ms = draw(st.integers(0, n))
            me = draw(st.integers(ms, n))
            mention = Span(start=ms, end=me, text=text[ms:me])
        speaker = Speaker(name=draw(st.text(max_size=8)), mention=mention) if draw(st.booleans()) else None
        quotes.append(Quote(start=start, end=end, text=text[start:end], kind=draw(st.sampled_from(list(Kind))),
                            rule="r", marks=outer, speaker=speaker))
    return Document(text=text, quotes=tuple(quotes))


@settings(max_examples=150, deadline=None)
@given(documents())
def test_any_document_gives_well_formed_html_with_the_exact_text(doc: Document) -> None:
    tree = parse(render.html(doc))
    assert "".join(tree.article) == doc.text
    for i, q in enumerate(doc.quotes):
        shown = "".join(tree.quote_text.get(str(i), []))
        lo, hi = q.marks or (q.start, q.end)
        assert shown == doc.text[max(lo, 0) : hi]
    assert "\x1b" not in render.terminal(doc, colour=False)


def test_tracker_results_render_as_escaped_tables() -> None:
    from quotetrack.track import Tracker

    with Tracker(":memory:") as t:
        t.add("« Nous partirons <script>x</script> demain », a déclaré le Kremlin.", id="a1", outlet="La Gazette")
        html_table = t.statements(speaker="Kremlin")._repr_html_()
    assert "<table" in html_table and "&lt;script&gt;" in html_table and "<script>" not in html_table
