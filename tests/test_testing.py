"""The rule authors' assertions, on a fake extractor so they test the helpers, not the detector."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.models import Attribution, Document, Kind, Quote, Span, Speaker
from quotetrack.testing import assert_attributed, assert_no_quote, assert_quotes

SENTENCE = "« Nous verrons », a tranché le porte-parole de l'Élysée, qui évoque une « piste sérieuse »."


def fake_extract(text: str, **options: object) -> Document:
    """Two quotes of SENTENCE attributed to the Élysée by a rule called 'incise-postposed'."""
    if text != SENTENCE:
        return Document(text=text)
    m = text.index("le porte-parole")
    speaker = Speaker(name="Élysée", entity_id="fr-elysee", type="institution",
                      mention=Span(start=m, end=m + 15, text=text[m:m + 15]))
    quotes = []
    for words, kind in (("Nous verrons", Kind.DIRECT), ("piste sérieuse", Kind.PARTIAL)):
        s = text.index(words)
        quotes.append(Quote(start=s, end=s + len(words), text=words, kind=kind, rule="marks",
                            speaker=speaker,
                            attribution=Attribution(rule="incise-postposed", confidence=0.9)))
    return Document(text=text, quotes=tuple(quotes), meta={"options": sorted(options)})


@pytest.fixture(autouse=True)
def _fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotetrack, "extract", fake_extract)


@pytest.mark.parametrize("speaker", ["Élysée", "elysee", "FR-ELYSEE"])
def test_assert_attributed_passes(speaker: str) -> None:
    q = assert_attributed(SENTENCE, quote="Nous verrons", speaker=speaker, kind="direct",
                          rule="incise-postposed")
    assert q.text == "Nous verrons"


def test_kind_chooses_among_several_quotes() -> None:
    assert assert_attributed(SENTENCE, kind="partial").text == "piste sérieuse"


def test_failure_message_explains_the_whole_document() -> None:
    with pytest.raises(AssertionError) as info:
        assert_attributed(SENTENCE, quote="piste sérieuse", speaker="Matignon", kind="direct")
    message = str(info.value)
    assert "speaker: expected 'Matignon', got 'Élysée'" in message
    assert "kind: expected 'direct', got 'partial'" in message
    for q in fake_extract(SENTENCE).quotes:
        assert q.explain() in message


def test_ambiguous_or_absent_quote_fails() -> None:
    with pytest.raises(AssertionError, match="2 quotes found"):
        assert_attributed(SENTENCE, speaker="Élysée")
    with pytest.raises(AssertionError, match="no quote with text 'Rien'"):
        assert_attributed(SENTENCE, quote="Rien")


def test_registry_is_passed_only_when_given(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, object]] = []

    def spy(text: str, **options: object) -> Document:
        seen.append(options)
        return fake_extract(text, **options)

    monkeypatch.setattr(quotetrack, "extract", spy)
    assert_attributed(SENTENCE, quote="Nous verrons")
    assert_attributed(SENTENCE, quote="Nous verrons", registry="my-registry")
    assert seen == [{}, {"registry": "my-registry"}]


def test_assert_no_quote() -> None:
    assert_no_quote("Le conseil se réunira jeudi.")
    with pytest.raises(AssertionError, match="expected no quote, found 2"):
        assert_no_quote(SENTENCE)


def test_assert_quotes() -> None:
    assert_quotes(SENTENCE, [("direct", "Nous verrons"), (Kind.PARTIAL, "piste sérieuse")])
    with pytest.raises(AssertionError, match="missing \\[\\('indirect'"):
        assert_quotes(SENTENCE, [("direct", "Nous verrons"), ("indirect", "piste sérieuse")])
