import quotetrack


def test_extract_returns_document_with_valid_offsets() -> None:
    text = "« Nous partirons demain », a déclaré le ministre."
    doc = quotetrack.extract(text)
    assert doc.text == text
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
