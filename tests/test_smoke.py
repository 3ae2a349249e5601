import quotetrack


def test_extract_returns_document_with_valid_offsets() -> None:
    text = "« Nous partirons demain », a déclaré le ministre."
    doc = quotetrack.extract(text)
    assert doc.text == text
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text


def test_every_public_name_is_listed_and_importable() -> None:
    # Some load on first use (the tracker, the linker, the evaluation): dir() and getattr still see them.
    assert set(quotetrack.__all__) <= set(dir(quotetrack))
    for name in quotetrack.__all__:
        assert getattr(quotetrack, name) is not None
