"""The spaCy component on a blank French pipeline: spans, attributes, the Document, serialisation."""

from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

import quotetrack  # noqa: E402
import quotetrack.spacy as qt_spacy  # noqa: E402
from quotetrack.models import Attribution, Cue, Document, Quote, Span, Speaker  # noqa: E402


@pytest.fixture(scope="module")
def nlp() -> object:
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("quotetrack")
    return pipeline


SENTENCES = [
    pytest.param("« Nous partirons demain », a déclaré le ministre.", id="direct-incise"),
    pytest.param("L'ambassadeur a répété : « La porte reste ouverte. »", id="direct-colon"),
    pytest.param("Premier paragraphe sans citation.\n\n« Rien n'est acquis », a prévenu la diplomate.", id="paragraphs"),
    pytest.param("Aucune citation dans ce texte sur la conférence de Genève.", id="none"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_spans_match_extract(nlp: object, text: str) -> None:
    doc = nlp(text)  # type: ignore[operator]
    expected = quotetrack.extract(text)
    spans = list(doc.spans["quotes"])
    assert doc._.quotetrack == expected
    assert len(spans) == len([q for q in expected.quotes if q.start < q.end])
    for span, q in zip(spans, (q for q in expected.quotes if q.start < q.end), strict=True):
        assert span.label_ == q.kind.value
        # "expand" alignment: the span covers the quote, possibly a little more at token edges.
        assert span.start_char <= q.start and q.end <= span.end_char
        assert q.text in span.text
        assert span._.speaker == (q.speaker.name if q.speaker else None)
        assert span._.rule in {q.rule, q.attribution.rule if q.attribution else q.rule}
        assert 0.0 <= span._.confidence <= 1.0


def _fake_extract(text: str, *, config: object = None) -> Document:
    """A fixed result, so that the mapping to spans is tested whatever the detector does today."""
    clause = "la porte restait « ouverte »"
    c0 = text.index(clause)
    p0 = text.index("ouverte")
    cue = text.index("a assuré")
    speaker = Speaker(name="Quai d'Orsay", entity_id="fr-mfa", type="institution",
                      mention=Span(start=0, end=15, text=text[:15]))
    return Document(text=text, quotes=(
        Quote(start=c0, end=c0 + len(clause), text=clause, kind="indirect", rule="que-clause", speaker=speaker,
              cue=Cue(start=cue, end=cue + 8, text="a assuré", lemma="assurer"),
              attribution=Attribution(rule="subject-cue-que", confidence=0.9)),
        Quote(start=p0, end=p0 + 7, text="ouverte", kind="partial", rule="marks-embedded", speaker=speaker,
              marks=(p0 - 2, p0 + 9), attribution=Attribution(rule="inherit-clause", confidence=0.8)),
        Quote(start=0, end=0, text="", kind="direct", rule="empty"),
    ))


def test_quotes_become_labelled_spans_with_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qt_spacy, "extract", _fake_extract)
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("quotetrack")
    doc = pipeline("Le Quai d'Orsay a assuré que la porte restait « ouverte » aux discussions.")
    spans = list(doc.spans["quotes"])
    assert [(s.label_, s.text) for s in spans] == [
        ("indirect", "la porte restait « ouverte »"),
        ("partial", "ouverte"),
    ]
    indirect, partial = spans
    assert (indirect._.speaker, indirect._.speaker_id, indirect._.cue) == ("Quai d'Orsay", "fr-mfa", "a assuré")
    assert (indirect._.rule, indirect._.confidence) == ("subject-cue-que", 0.9)
    assert (partial._.rule, partial._.confidence, partial._.cue) == ("inherit-clause", 0.8, None)
    assert doc._.quotetrack == _fake_extract(doc.text)


def test_same_offsets_different_kinds_keep_their_own_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    def both(text: str, *, config: object = None) -> Document:
        return Document(text=text, quotes=(
            Quote(start=2, end=14, text=text[2:14], kind="indirect", rule="clause"),
            Quote(start=2, end=14, text=text[2:14], kind="partial", rule="marks"),
        ))

    monkeypatch.setattr(qt_spacy, "extract", both)
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("quotetrack")
    doc = pipeline("« Paix durable », selon lui.")
    assert [(s.label_, s._.rule) for s in doc.spans["quotes"]] == [("indirect", "clause"), ("partial", "marks")]


def test_attributes_and_document_survive_docbin(nlp: object) -> None:
    from spacy.tokens import DocBin

    doc = nlp("« La porte reste ouverte », a assuré le porte-parole.")  # type: ignore[operator]
    blob = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(blob).get_docs(doc.vocab)
    assert [s.text for s in back.spans["quotes"]] == [s.text for s in doc.spans["quotes"]]
    assert [s._.rule for s in back.spans["quotes"]] == [s._.rule for s in doc.spans["quotes"]]
    assert back._.quotetrack == doc._.quotetrack


def test_custom_spans_key_and_config_round_trip() -> None:
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("quotetrack", config={"spans_key": "citations"})
    rebuilt = spacy.util.load_model_from_config(pipeline.config, auto_fill=True)
    doc = rebuilt("« Nous verrons », a tranché le diplomate.")
    assert "citations" in doc.spans and "quotes" not in doc.spans


def test_doc_not_run_through_component_has_no_document() -> None:
    assert spacy.blank("fr")("Un texte.")._.quotetrack is None


def test_registration_is_idempotent() -> None:
    qt_spacy.register()
    qt_spacy.register()
    assert spacy.language.Language.has_factory("quotetrack")


def test_quotetrack_spacy_module_attributes() -> None:
    assert qt_spacy.SPAN_ATTRIBUTES == ("speaker", "speaker_id", "cue", "rule", "confidence")


def test_core_import_does_not_import_spacy() -> None:
    code = "import sys, quotetrack; quotetrack.extract('« Oui », a dit X.'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
