"""A fake extractor and fake linker for the tracker tests, so they control speakers and links.

The fake extractor reads « quote », a <verb> <speaker>. with a table of speakers;
it stands in for quotetrack.extract, whose attribution is developed elsewhere.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import regex

from quotetrack.models import Attribution, Document, Kind, Quote, Span, Speaker

SPEAKERS: dict[str, tuple[str, str | None, str]] = {
    "le Kremlin": ("Kremlin", "ru.kremlin", "institution"),
    "la présidence russe": ("Kremlin", "ru.kremlin", "institution"),
    "Vladimir Poutine": ("Vladimir Poutine", "ru.putin", "person"),
    "l'Élysée": ("Élysée", "fr.elysee", "institution"),
    "le maire": ("le maire", None, "person"),
    "la Maison-Blanche": ("Maison-Blanche", "us.white_house", "institution"),
}
PARENTS = {"ru.putin": "ru.kremlin"}

_QUOTE = regex.compile(r"«\s*+([^«»]*?)\s*+»(?:,\s*+a(?:-t-il)?\s++\w+\s++(?P<who>[^.,]+))?")


def fake_extract(text: str) -> Document:
    """Quotes between guillemets, attributed to the speaker named after the verb."""
    quotes = []
    for m in _QUOTE.finditer(text):
        speaker = None
        who = m.group("who")
        if who is not None and who.strip() in SPEAKERS:
            name, eid, kind = SPEAKERS[who.strip()]
            mention = Span(start=m.start("who"), end=m.end("who"), text=who)
            speaker = Speaker(name=name, entity_id=eid, type=kind, mention=mention)  # type: ignore[arg-type]
        quotes.append(
            Quote(
                start=m.start(1),
                end=m.end(1),
                text=m.group(1),
                kind=Kind.DIRECT,
                rule="fake",
                speaker=speaker,
                attribution=Attribution(rule="fake", confidence=0.9) if speaker else None,
                marks=(m.start(), m.end()),
            )
        )
    return Document(text=text, quotes=tuple(quotes))


def fake_linker(find: dict[str, tuple[str, int, int]]) -> Any:
    """A stand-in for quotetrack.link: quote text → (source id, start, end) when that source is offered."""

    def link(doc: Document, sources: list[Any]) -> list[Any]:
        offered = {s.id for s in sources}
        out = []
        for q in doc.quotes:
            hit = find.get(q.text)
            if hit and hit[0] in offered:
                out.append(SimpleNamespace(start=q.start, end=q.end, source_id=hit[0], source_start=hit[1],
                                           source_end=hit[2], fidelity="verbatim", score=1.0, flags=()))
        return out

    def source(**kw: Any) -> Any:
        return SimpleNamespace(**kw)

    return SimpleNamespace(link=link, Source=source)


def test_fake_extract_finds_speaker_and_valid_offsets() -> None:
    text = "« Nous ne bougerons pas », a déclaré le Kremlin."
    doc = fake_extract(text)
    assert [(q.text, q.speaker_name) for q in doc.quotes] == [("Nous ne bougerons pas", "Kremlin")]
    q = doc.quotes[0]
    assert q.speaker is not None and q.speaker.mention is not None
    assert text[q.speaker.mention.start : q.speaker.mention.end] == q.speaker.mention.text
