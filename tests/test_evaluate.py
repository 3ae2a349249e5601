"""The evaluation harness, with fake extractors so the figures do not move with the detector."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotetrack import evaluate as ev
from quotetrack.evaluate import GoldDocument, Scores, evaluate, load_gold, read_gold
from quotetrack.models import Document, Kind, Quote, Span, Speaker

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold_small.jsonl"
LINKS = DATA / "links_small.jsonl"


def quote(text: str, words: str, kind: str = "direct", *, speaker: str | None = None,
          mention: str | None = None, nth: int = 0) -> Quote:
    """A predicted quote over the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    spk = None
    if speaker is not None:
        m = None
        if mention is not None:
            ms = text.index(mention)
            m = Span(start=ms, end=ms + len(mention), text=mention)
        spk = Speaker(name=speaker, mention=m)
    return Quote(start=start, end=start + len(words), text=words, kind=Kind(kind), speaker=spk, rule="fake")


def fixed(*quotes: Quote) -> Callable[[str], Document]:
    """An extractor that returns the same quotes whatever the text."""
    return lambda text: Document(text=text, quotes=quotes)


def gold(text: str, *annotations: tuple[str, str, list[str] | None]) -> GoldDocument:
    """A one-document gold from (words, kind, speaker names) triples."""
    quotes = []
    for words, kind, speaker in annotations:
        s = text.index(words)
        quotes.append({"start": s, "end": s + len(words), "kind": kind, "speaker": speaker})
    return GoldDocument(id="t", text=text, quotes=quotes)


def oracle(docs: list[GoldDocument]) -> Callable[[str], Document]:
    """A perfect extractor: the gold itself, preferred speaker names as canonical names."""
    by_text = {d.text: d for d in docs}

    def run(text: str) -> Document:
        d = by_text[text]
        return Document(text=text, quotes=tuple(
            Quote(start=q.start, end=q.end, text=text[q.start:q.end], kind=q.kind, rule="oracle",
                  speaker=Speaker(name=q.speaker[0]) if q.speaker else None)
            for q in d.quotes))

    return run


# ------------------------------------------------------------------ gold files


def test_fixture_loads_with_extra_meta_keys() -> None:
    docs = load_gold(GOLD)
    assert [d.id for d in docs][:3] == ["fx-conference", "fx-chantier", "fx-vide"]
    assert docs[0].meta["note"] == "écrit pour les tests"
    for d in docs:
        for q in d.quotes:
            assert 0 <= q.start <= q.end <= len(d.text)


def test_links_files_are_recognised_by_content(tmp_path: Path) -> None:
    renamed = tmp_path / "pairs.jsonl"
    renamed.write_bytes(LINKS.read_bytes())
    gs = read_gold([GOLD, renamed])
    assert len(gs.documents) == 5 and len(gs.links) == 1
    assert gs.links[0].links[0].fidelity == "trimmed"


@pytest.mark.parametrize(
    "annotation, message",
    [
        pytest.param({"start": 0, "end": 4, "kind": "direct", "speaker": None, "speakr": "x"},
                     "speakr", id="unknown-annotation-field"),
        pytest.param({"start": 0, "end": 99, "kind": "direct"}, "beyond the text", id="end-past-text"),
        pytest.param({"start": 3, "end": 1, "kind": "direct"}, "before start", id="reversed"),
        pytest.param({"start": 0, "end": 4, "kind": "citation"}, "kind", id="unknown-kind"),
    ],
)
def test_bad_annotations_name_file_and_line(tmp_path: Path, annotation: dict[str, Any], message: str) -> None:
    path = tmp_path / "bad.jsonl"
    good = {"id": "a", "text": "Oui, bien sûr.", "quotes": []}
    bad = {"id": "b", "text": "Non, jamais.", "quotes": [annotation]}
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"bad.jsonl:3: .*{message}"):
        load_gold(path)


def test_not_json_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "a", "text": \n', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.jsonl:1: not JSON"):
        load_gold(path)


def test_digest_changes_when_the_gold_is_edited(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes(GOLD.read_bytes())
    before = ev.digest([path])
    assert before == ev.digest([path]) and len(before) == 64
    path.write_bytes(GOLD.read_bytes().replace(b"mardi", b"jeudi"))
    assert ev.digest([path]) != before
    assert evaluate(path, extract=fixed()).digest == ev.digest([path])


def test_evaluate_rejects_what_is_not_gold() -> None:
    with pytest.raises(TypeError, match="int"):
        evaluate([3], extract=fixed())  # type: ignore[list-item]


# ----------------------------------------------------------------- span rules

TEXT = "Le préfet a prévenu : « Les routes resteront fermées jusqu'à lundi. »"
WORDS = "Les routes resteront fermées jusqu'à lundi."


@pytest.mark.parametrize(
    "predicted",
    [
        pytest.param(WORDS, id="exact"),
        pytest.param("« Les routes resteront fermées jusqu'à lundi. »", id="with-guillemets-and-spaces"),
        pytest.param(" Les routes resteront fermées jusqu'à lundi. ", id="with-spaces"),
    ],
)
def test_marked_spans_match_after_trimming_marks_and_spaces(predicted: str) -> None:
    r = evaluate([gold(TEXT, (WORDS, "direct", ["préfet"]))], extract=fixed(quote(TEXT, predicted)))
    assert (r.direct.tp, r.direct.fp, r.direct.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Il a lancé :\u00a0«\u00a0Nous tiendrons.\u00a0»", id="nbsp"),
        pytest.param("Il a lancé : «\u202fNous tiendrons.\u202f»", id="narrow-nbsp"),
        pytest.param("Il a lancé : “Nous tiendrons.”", id="curly"),
        pytest.param("Il a lancé : \"Nous tiendrons.\"", id="straight"),
        pytest.param("Il a lancé : ‹ Nous tiendrons. ›", id="single-angle"),
    ],
)
def test_gold_with_marks_inside_matches_bare_prediction(text: str) -> None:
    # The annotator's span includes the marks here; the GUIDE trims both sides.
    start = text.index(":") + 2
    doc = GoldDocument(id="t", text=text, quotes=[{"start": start, "end": len(text), "kind": "direct"}])
    r = evaluate([doc], extract=fixed(quote(text, "Nous tiendrons.")))
    assert r.direct.tp == 1


def test_marked_spans_one_word_short_do_not_match() -> None:
    r = evaluate([gold(TEXT, (WORDS, "direct", None))],
                 extract=fixed(quote(TEXT, "Les routes resteront fermées jusqu'à lundi")))
    assert (r.direct.tp, r.direct.fp, r.direct.fn) == (0, 1, 1)


INDIRECT = "Après deux heures de discussion avec la direction régionale, le syndicat a assuré que la grève serait suspendue dès demain matin."
CLAUSE = "la grève serait suspendue dès demain matin."


@pytest.mark.parametrize(
    "predicted, matches",
    [
        pytest.param(CLAUSE, True, id="same"),
        pytest.param("que la grève serait suspendue dès demain matin.", True, id="longer-by-que"),
        pytest.param(CLAUSE[: len(CLAUSE) // 2 + 1], True, id="just-over-half"),
        pytest.param(CLAUSE[: len(CLAUSE) // 2], len(CLAUSE) % 2 == 0, id="exactly-half-or-less"),
        pytest.param("la grève", False, id="far-below-half"),
        pytest.param(INDIRECT, False,
                     id="whole-sentence-too-long"),
    ],
)
def test_indirect_spans_match_at_half_the_longer(predicted: str, matches: bool) -> None:
    r = evaluate([gold(INDIRECT, (CLAUSE, "indirect", ["syndicat"]))],
                 extract=fixed(quote(INDIRECT, predicted, "indirect")))
    assert r.indirect.tp == int(matches)


def test_matching_is_one_to_one() -> None:
    text = "La directrice a résumé : « Nous partirons tôt. »"
    words = "Nous partirons tôt."
    r = evaluate([gold(text, (words, "direct", None))],
                 extract=fixed(quote(text, words), quote(text, "« Nous partirons tôt. »")))
    assert (r.direct.tp, r.direct.fp, r.direct.fn) == (1, 1, 0)
    assert len(r.extras()) == 1


def test_greedy_matching_takes_the_best_overlap_first() -> None:
    text = "Elle a dit que le projet avancait bien et que les crédits suivraient sans retard."
    first, second = "le projet avancait bien", "les crédits suivraient sans retard."
    # One prediction covers both clauses (overlaps the second best), one is exactly the second.
    wide = quote(text, "le projet avancait bien et que les crédits suivraient sans retard.", "indirect")
    exact = quote(text, second, "indirect")
    r = evaluate([gold(text, (first, "indirect", None), (second, "indirect", None))],
                 extract=fixed(wide, exact))
    assert r.indirect.tp == 1
    assert [m.text for m in r.misses()] == [first]


def test_direct_partial_figure_ignores_the_label_but_per_kind_does_not() -> None:
    text = "Le ministre a promis des « mesures fortes » pour la rentrée."
    r = evaluate([gold(text, ("mesures fortes", "direct", ["ministre"]))],
                 extract=fixed(quote(text, "mesures fortes", "partial", speaker="ministre")))
    assert (r.direct.tp, r.direct.fn, r.partial.fp) == (0, 1, 1)
    assert (r.direct_partial.tp, r.direct_partial.fp, r.direct_partial.fn) == (1, 0, 0)
    assert r.end_to_end.tp == 1
    [m] = r.mismatches("kind")
    assert (m.expected, m.got, m.text) == ("direct", "partial", "mesures fortes")


def test_indirect_never_matches_a_marked_quote() -> None:
    text = "Le maire a déclaré : « Le marché restera ouvert. »"
    r = evaluate([gold(text, ("Le marché restera ouvert.", "direct", None))],
                 extract=fixed(quote(text, "Le marché restera ouvert.", "indirect")))
    assert r.direct_partial.fn == 1 and r.indirect.fp == 1


# ---------------------------------------------------------------- speakers

SAID = "« Nous serons là », a promis la Présidente du Sénat devant les élus."


@pytest.mark.parametrize(
    "name, mention, right",
    [
        pytest.param("Présidente du Sénat", None, True, id="same-name"),
        pytest.param("PRESIDENTE DU SENAT", None, True, id="case-and-accents"),
        pytest.param("inconnu", "Présidente du Sénat devant les élus", False, id="mention-below-90"),
        pytest.param("inconnu", "Présidente du Sénat", True, id="mention-text"),
        pytest.param("Presidente du Senat.", None, True, id="fuzzy-ratio-90"),
        pytest.param("Sénat", None, True, id="another-acceptable-name"),
        pytest.param("Présidente de l'Assemblée", None, False, id="wrong"),
    ],
)
def test_speaker_rules(name: str, mention: str | None, right: bool) -> None:
    g = gold(SAID, ("Nous serons là", "direct", ["Présidente du Sénat", "Sénat"]))
    r = evaluate([g], extract=fixed(quote(SAID, "Nous serons là", speaker=name, mention=mention)))
    assert r.attribution_accuracy == (1.0 if right else 0.0)
    assert r.end_to_end.tp == int(right)
    assert len(r.mismatches("speaker")) == int(not right)


@pytest.mark.parametrize(
    "candidate, right",
    [("Quai d’Orsay", True), ("quai d'orsay", True), ("Quai d Orsay", True), ("Matignon", False)],
)
def test_speaker_matches_folds_typography(candidate: str, right: bool) -> None:
    assert ev.speaker_matches([candidate], ["Quai d'Orsay"]) is right


def test_gold_without_speaker() -> None:
    text = "« Trop tard ! », entend-on dans la foule."
    g = gold(text, ("Trop tard !", "direct", None))
    silent = evaluate([g], extract=fixed(quote(text, "Trop tard !")))
    assert silent.attribution_total == 0 and silent.attribution_accuracy is None
    assert silent.end_to_end.tp == 1
    guessed = evaluate([g], extract=fixed(quote(text, "Trop tard !", speaker="la foule")))
    assert guessed.end_to_end.tp == 0 and guessed.direct.tp == 1


def test_prediction_without_speaker_is_wrong_when_gold_has_one() -> None:
    r = evaluate([gold(SAID, ("Nous serons là", "direct", ["Sénat"]))],
                 extract=fixed(quote(SAID, "Nous serons là")))
    assert r.attribution_accuracy == 0.0 and r.end_to_end.fn == 1


# --------------------------------------------------------- totals and edges


def test_empty_gold_and_empty_prediction_is_perfect() -> None:
    r = evaluate([GoldDocument(id="v", text="Il pleut.")], extract=fixed())
    for s in (r.direct, r.partial, r.indirect, r.direct_partial, r.end_to_end):
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert r.attribution_accuracy is None


def test_nothing_predicted_scores_zero_recall() -> None:
    r = evaluate(GOLD, extract=fixed())
    assert r.direct_partial.recall == 0.0 and r.direct_partial.f1 == 0.0
    assert r.end_to_end.fn == 8
    assert {m.text for m in r.misses()} >= {"Nous ne céderons rien.", "manœuvre grossière"}


@pytest.mark.parametrize(("date", "right"), [
    pytest.param("2019-02-07", True, id="the-meta-date-dates-the-article"),
    pytest.param(None, False, id="undated-the-role-stays-as-written"),
])
def test_the_default_extractor_reads_the_publication_year_from_meta(date: str | None, right: bool) -> None:
    text = "« Nous ne céderons pas », a lancé le président américain."
    g = GoldDocument(id="d", text=text, meta={"date": date} if date else {},
                     quotes=[{"start": 2, "end": 23, "kind": "direct", "speaker": ["Donald Trump"]}])
    r = evaluate([g])
    assert r.end_to_end.tp == int(right)


@pytest.mark.parametrize(("meta", "year"), [({"date": "2016-03-14"}, 2016), ({"date": "hier"}, None), ({}, None)])
def test_year_of_a_gold_document(meta: dict[str, Any], year: int | None) -> None:
    assert ev._year(meta) == year


def test_no_gold_at_all() -> None:
    r = evaluate([], extract=fixed())
    assert r.documents == 0 and r.direct_partial.f1 == 1.0 and r.digest is None


def test_perfect_extractor_on_the_fixture() -> None:
    docs = load_gold(GOLD)
    r = evaluate(docs, extract=oracle(docs))
    assert r.direct_partial.f1 == r.indirect.f1 == r.end_to_end.f1 == 1.0
    assert r.attribution_accuracy == 1.0
    assert r.misses() == [] and r.extras() == []


def test_counts_are_micro_averaged_over_documents() -> None:
    docs = load_gold(GOLD)
    perfect = oracle(docs)
    # Drop every quote of the first document only.
    run = lambda text: Document(text=text) if text == docs[0].text else perfect(text)  # noqa: E731
    r = evaluate(docs, extract=run)
    assert r.direct_partial.tp == 3 and r.direct_partial.fn == 2
    assert r.details[0].direct_partial.recall == 0.0 and r.details[1].direct_partial.recall == 1.0


def test_format_and_json() -> None:
    r = evaluate(GOLD, extract=fixed())
    table = r.format(show=True)
    assert "direct+partial" in table and "end-to-end" in table and "attribution accuracy" in table
    assert r.digest is not None and r.digest[:16] in table
    assert "miss" in table and "Nous ne céderons rien." in table
    again = ev.Report.model_validate_json(r.model_dump_json())
    assert again == r


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_scores_are_bounded(tp: int, fp: int, fn: int) -> None:
    s = Scores.of(tp, fp, fn)
    assert 0.0 <= s.precision <= 1.0 and 0.0 <= s.recall <= 1.0 and 0.0 <= s.f1 <= 1.0
    assert min(s.precision, s.recall) - 1e-9 <= s.f1 <= max(s.precision, s.recall) + 1e-9
    assert s + Scores.of(0, 0, 0) == s


# ------------------------------------------------------------------- links


def _link(start: int, end: int, s_start: int, s_end: int, fidelity: str,
          source_id: str | None = "fx-communique") -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, source_id=source_id, source_start=s_start,
                           source_end=s_end, fidelity=fidelity)


def _article_span(words: str) -> tuple[int, int]:
    text = next(d.text for d in load_gold(GOLD) if d.id == "fx-article")
    s = text.index(words)
    return s, s + len(words)


def test_links_scored_with_a_given_linker() -> None:
    s, e = _article_span("« la coopération sera renforcée dès cette année »")
    u0, u1 = _article_span("une aide immédiate aux éleveurs")
    seen: list[Any] = []

    def linker(article: str, sources: list[Any]) -> list[Any]:
        seen.append(sources[0])
        return [_link(s, e, 0, 20, "verbatim"), _link(u0, u1, 0, 0, "not_found", None)]

    r = evaluate([GOLD, LINKS], extract=fixed(), link=linker)
    assert r.links is not None
    assert (r.links.links.tp, r.links.links.fp, r.links.links.fn) == (1, 0, 0)
    assert r.links.fidelity_accuracy == 0.0  # gold says trimmed
    assert r.links.unlinked_share == 1.0
    assert seen[0].id == "fx-communique" and seen[0].lang == "fr"


def test_a_link_to_the_wrong_source_words_or_an_unlinked_statement_is_wrong() -> None:
    s, e = _article_span("la coopération sera renforcée dès cette année")
    u0, u1 = _article_span("une aide immédiate aux éleveurs")
    linker = lambda a, srcs: [_link(s, e, 50, 90, "trimmed"), _link(u0, u1, 47, 80, "paraphrase")]  # noqa: E731
    r = evaluate([GOLD, LINKS], extract=fixed(), link=linker)
    assert r.links is not None
    assert (r.links.links.tp, r.links.links.fp, r.links.links.fn) == (0, 2, 1)
    assert r.links.unlinked_share == 0.0 and r.links.fidelity_accuracy is None


def test_links_skipped_with_a_message_when_linking_is_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ev, "_default_linker", lambda: (None, ev._Source))
    r = evaluate([GOLD, LINKS], extract=fixed())
    assert r.links is None and r.links_note is not None and "quotetrack.link" in r.links_note
    assert r.links_note in r.format()


def test_links_need_their_documents() -> None:
    with pytest.raises(ValueError, match="fx-article"):
        evaluate([LINKS], extract=fixed(), link=lambda a, s: [])
