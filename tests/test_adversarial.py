"""Hostile inputs: extract() must return a valid Document, never crash or hang.

Sizes are small enough for CI (up to a few hundred KB); the 1-10 MB runs only with
``QUOTETRACK_FULL_ADVERSARIAL=1``, and timing lives in benchmarks/, never here.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from reference import check_document

import quotetrack
from quotetrack.link import Source, link

FULL = os.environ.get("QUOTETRACK_FULL_ADVERSARIAL") == "1"
full_only = pytest.mark.skipif(not FULL, reason="1-10 MB inputs (and a quadratic title-case run), slow: set QUOTETRACK_FULL_ADVERSARIAL=1")

ARTICLE = (
    "« Nous ne céderons rien », a déclaré le ministre de l'Intérieur. Selon lui, la situation "
    "reste calme. Marie Durand a affirmé qu'elle attendait des précisions.\n"
)

CASES: dict[str, Callable[[], str]] = {
    "nested-1000-guillemets": lambda: "« " * 1000 + "fin" + " »" * 1000,
    "nested-1000-mixed-families": lambda: "« “ " * 500 + "fin" + " ” »" * 500,
    "nested-unclosed-1000": lambda: "« “ ‹ " * 333 + "fin",
    "only-punctuation-200k": lambda: (".,;:!?…—–-()[]{}/*" * 12_000)[:200_000],
    "html-tags-entities-200k": lambda: (
        '<p class="a">&laquo;&nbsp;Nous verrons&nbsp;&raquo;, a dit <b>Paul&nbsp;Martin</b> &amp; co.</p>\n<br/>'
        * 2_000
    )[:200_000],
    "html-with-real-marks": lambda: "<p>« Nous verrons », a <i>dit</i> le maire.</p>" * 500,
    "mixed-scripts-200k": lambda: (
        "« Мы увидим », a dit 李明. قال الوزير « نعم ». שלום עולם 😀🇫🇷 \u200f« Oui »\u200e. " * 3_000
    )[:200_000],
    "nul-and-controls-200k": lambda: ("\x00« a\x00 »\x01\x02\x1b[31m\x7f\x85\u2028\ufeff\u200b " * 10_000)[:200_000],
    "word-100k": lambda: "anticonstitutionnellement" * 4_000,
    "capital-run-100k": lambda: "A" * 100_000,
    "hyphenated-name-100k": lambda: "-".join(["Jean"] * 20_000),
    "dots-and-initials": lambda: "M. J.-P. Dupont a dit. " * 5_000,
    "cue-forms-only-20k": lambda: "a déclaré, a-t-il ajouté, selon lui, estime-t-elle, " * 400,
    "que-run": lambda: "que " * 20_000,
    "spaces-only-nbsp": lambda: " \u00a0\u202f\t" * 25_000,
    "newlines-only": lambda: "\n\r\n\u2028" * 25_000,
    "article-500k": lambda: (ARTICLE * 4_000)[:500_000],
    "straight-and-apostrophes-20k": lambda: "l'\"a\" ' d'\"" * 2_000,
    "reopened-paragraphs": lambda: "« Oui,\n« encore,\n« toujours.\n" * 2_000,
    # The sizes issue 7 names: 100,000 unbalanced marks.
    "unbalanced-guillemets-100k": lambda: "« mot " * 100_000,
    "unbalanced-guillemets-and-straight-100k": lambda: '« a " b ' * 50_000,
    "unopened-closers-100k": lambda: "mot » " * 100_000,
    "closers-of-another-family-100k": lambda: "“ a " * 50_000 + "» b " * 50_000,
    "run-of-dots-200k": lambda: "." * 200_000,
    "many-quotes-one-sentence-2k": lambda: "il a dit « oui » et " * 2_000,
    # Quadratic today in mentions._as_publication (one prefix test per word): 3 KB here, 200 KB below.
    "title-case-run-3k": lambda: ("Le Ministre Des Affaires Étrangères A Déclaré Que " * 60)[:3_000],
}

# About 1 MB and more: several seconds each, so only on demand.
FULL_CASES: dict[str, Callable[[], str]] = {
    "many-quotes-one-sentence-1m": lambda: "il a dit « oui » et " * 50_000,
    "cue-forms-only-1m": lambda: "a déclaré, a-t-il ajouté, selon lui, estime-t-elle, " * 20_000,
    "straight-and-apostrophes-1m": lambda: "l'\"a\" ' d'\"" * 100_000,
    "article-10m": lambda: (ARTICLE * 70_000)[:10_000_000],
    "title-case-run-200k": lambda: ("Le Ministre Des Affaires Étrangères A Déclaré Que " * 4_000)[:200_000],
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_gives_a_valid_document(name: str) -> None:
    text = CASES[name]()
    doc = quotetrack.extract(text)
    check_document(doc, text)


@full_only
@pytest.mark.parametrize("name", list(FULL_CASES))
def test_hostile_input_full_size(name: str) -> None:
    text = FULL_CASES[name]()
    check_document(quotetrack.extract(text), text)


def test_nested_quotes_keep_the_outermost() -> None:
    text = "Elle a déclaré : « " + "« " * 200 + "Nous verrons." + " »" * 200 + " »"
    doc = quotetrack.extract(text)
    check_document(doc, text)
    assert all(q.depth == 0 for q in doc.quotes)


def test_html_does_not_shift_offsets() -> None:
    text = "<p>« Nous verrons », a déclaré <b>le maire</b>.</p>"
    doc = quotetrack.extract(text)
    check_document(doc, text)
    assert [q.text for q in doc.quotes if q.marks is not None] == ["Nous verrons"]


def test_a_nul_inside_a_quote_stays_in_its_text() -> None:
    text = "« Nous\x00 partirons demain », a déclaré le ministre."
    doc = quotetrack.extract(text)
    check_document(doc, text)
    assert [q.text for q in doc.quotes] == ["Nous\x00 partirons demain"]


@pytest.mark.parametrize("name", ["only-punctuation-200k", "html-with-real-marks", "nul-and-controls-200k"])
def test_link_survives_hostile_text(name: str) -> None:
    text = CASES[name]()[:20_000]
    source = Source(id="c", text="Nous verrons. Nous ne céderons rien.")
    for lk in link(text, source):
        assert text[lk.start : lk.end] == lk.text


def test_garbage_collector_state_is_restored_after_a_long_text() -> None:
    import gc

    text = "« Nous partirons demain », a déclaré le ministre. " * 3000
    assert gc.isenabled()
    quotetrack.extract(text)
    assert gc.isenabled()
    gc.disable()
    try:
        quotetrack.extract(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
