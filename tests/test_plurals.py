"""Plural noun phrases, the antecedents of ils / elles / eux (sentences written for the project)."""

from __future__ import annotations

import pytest

from quotetrack.plurals import plural_phrases


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Les syndicats de cheminots ont rejeté la proposition.", ["Les syndicats de cheminots"]),
        ("Les habitants du quartier dénoncent le projet.", ["Les habitants du quartier"]),
        ("Les membres du gouvernement se sont réunis.", ["Les membres du gouvernement"]),
        ("Les enseignants mobilisés la vivent comme une injustice.", ["Les enseignants mobilisés"]),
        ("De nombreux élus locaux ne cachent pas leur colère.", ["De nombreux élus locaux"]),
        ("Le maire a reçu les représentants des commerçants à la mairie.", ["les représentants des commerçants"]),
        ("Une centaine d'économistes dénoncent une fuite en avant.", ["Une centaine d'économistes"]),
        ("La plupart des élus ont voté le texte.", ["La plupart des élus"]),
        ("Plus de 1 200 médecins ont signé la tribune.", ["Plus de 1 200 médecins"]),
        ("Le 12 mars, le ministre a reçu 40 élus.", []),
        ("Ils ont parlé pendant une heure.", []),
    ],
)
def test_plural_phrases_end_where_the_verb_group_starts(text: str, phrases: list[str]) -> None:
    assert [text[p.start : p.end] for p in plural_phrases().find(text, 0, len(text))] == phrases


def test_definite_and_governed_phrases_are_told_apart() -> None:
    text = "Des experts ont rendu leur avis auprès des ministres et pour ces juges."
    found = {text[p.start : p.end]: (p.definite, p.governed) for p in plural_phrases().find(text, 0, len(text))}
    assert found["Des experts"] == (False, False)
    assert found["des ministres"] == (False, True)
    assert found["ces juges"] == (True, True)
