"""The statement tracker: ingest, queries, timelines, repeats, conflicts, links, readouts."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_track_support import PARENTS, SPEAKERS, fake_extract, fake_linker

from quotetrack.track import (
    Article,
    ArticleChangedError,
    IngestError,
    Statement,
    StoreError,
    Tracker,
    _optional,
    clusters,
    store,
)

KREMLIN_1 = (
    "Moscou a réagi lundi. « Nous ne retirerons aucune troupe sans garanties écrites », "
    "a déclaré le Kremlin. Les discussions reprendront."
)
KREMLIN_2 = (
    "Selon l'agence, le ton reste ferme. « Nous ne retirerons aucune troupe sans garanties écrites », "
    "a affirmé la présidence russe."
)
POUTINE_3 = (
    "Au sommet, « nous ne retirerons aucune troupe sans des garanties écrites », a dit Vladimir Poutine."
)
ELYSEE = "« La France restera aux côtés de ses partenaires », a indiqué l'Élysée."
MAIRE = "« Nous rouvrirons la piscine en juin », a annoncé le maire. « Déjà ? », a demandé un élu."


@pytest.fixture
def tracker() -> Any:
    with Tracker(":memory:", extract=fake_extract) as t:
        yield t


@pytest.fixture
def corpus(tracker: Tracker) -> Tracker:
    tracker.add(KREMLIN_1, id="k1", outlet="Le Quotidien", published=date(2016, 3, 14))
    tracker.add(KREMLIN_2, id="k2", outlet="La Dépêche", published="2016-03-15")
    tracker.add(POUTINE_3, id="p3", outlet="L'Hebdo", published=date(2016, 3, 15))
    tracker.add(ELYSEE, id="e1", outlet="Le Quotidien", published=date(2017, 1, 2))
    tracker.add(MAIRE, id="m1", outlet="La Gazette")
    return tracker


# -- ingest ----------------------------------------------------------------------------------


def test_add_returns_statements_with_offsets_into_the_article(tracker: Tracker) -> None:
    stored = tracker.add(KREMLIN_1, id="k1", outlet="Le Quotidien", published=date(2016, 3, 14), url="http://x.test/1")
    assert len(stored) == 1
    s = stored[0]
    assert isinstance(s, Statement)
    assert KREMLIN_1[s.start : s.end] == s.text
    assert (s.article_id, s.outlet, s.published, s.kind) == ("k1", "Le Quotidien", date(2016, 3, 14), "direct")
    assert (s.speaker, s.speaker_id, s.speaker_name, s.entity_id) == ("Kremlin", "ru.kremlin", "Kremlin", "ru.kremlin")
    assert s.mention == "le Kremlin"


def test_re_adding_the_same_article_is_a_no_op(tracker: Tracker) -> None:
    first = tracker.add(KREMLIN_1, id="k1")
    again = tracker.add(KREMLIN_1, id="k1")
    assert again == first
    assert tracker.counts()["statements"] == 1


def test_same_id_with_new_content_is_an_error_unless_replaced(tracker: Tracker) -> None:
    tracker.add(KREMLIN_1, id="k1")
    with pytest.raises(ArticleChangedError, match="different content"):
        tracker.add(ELYSEE, id="k1")
    assert [s.speaker for s in tracker.statements()] == ["Kremlin"]
    replaced = tracker.add(ELYSEE, id="k1", replace=True)
    assert [s.speaker for s in replaced] == ["Élysée"]
    assert tracker.counts() | {"speakers": 0} == {"articles": 1, "statements": 1, "speakers": 0, "sources": 0, "links": 0}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": b"bytes", "id": "x"}, TypeError),
        ({"text": None, "id": "x"}, TypeError),
        ({"text": "« Oui. »", "id": ""}, ValueError),
        ({"text": "« Oui. »", "id": "x", "published": "hier"}, ValueError),
    ],
    ids=["bytes", "none", "empty-id", "bad-date"],
)
def test_bad_input_raises_clear_errors(tracker: Tracker, kwargs: dict[str, Any], error: type[Exception]) -> None:
    text = kwargs.pop("text")
    with pytest.raises(error):
        tracker.add(text, **kwargs)


@pytest.mark.parametrize(("published", "speaker"), [
    pytest.param(date(2019, 5, 2), "Donald Trump", id="the-publication-date-binds-the-holder-of-that-year"),
    pytest.param(date(2022, 5, 2), "Joe Biden", id="another-year-another-holder"),
])
def test_the_default_extractor_dates_the_article_by_its_publication(published: date, speaker: str) -> None:
    with Tracker(":memory:") as t:
        added = t.add("« Nous ne céderons pas », a lancé le président américain.", id="a", published=published)
    assert [s.speaker for s in added] == [speaker]


def test_article_without_quotes_is_stored_with_no_statements(tracker: Tracker) -> None:
    assert tracker.add("Il pleut sur la ville depuis trois jours.", id="meteo") == []
    assert tracker.counts()["articles"] == 1


def test_add_many_counts_added_skipped_failed(tracker: Tracker) -> None:
    items: list[Any] = [
        Article(id="k1", text=KREMLIN_1, outlet="Le Quotidien"),
        {"id": "k2", "text": KREMLIN_2, "published": "2016-03-15"},
        Article(id="k1", text=KREMLIN_1),  # same again: skipped
        {"id": "broken"},  # no text
        IngestError(where="in.jsonl:4", message="invalid JSON"),
        Article(id="e1", text=ELYSEE),
    ]
    seen: list[int] = []
    summary = tracker.add_many(items, batch_size=2, on_batch=lambda s: seen.append(s.added))
    assert (summary.added, summary.skipped, summary.failed, summary.statements) == (3, 1, 2, 3)
    assert {e.where for e in summary.errors} == {"broken", "in.jsonl:4"}
    assert seen == [2, 2, 3]


def test_add_many_reports_a_failing_extraction_and_goes_on() -> None:
    def fragile(text: str) -> Any:
        if "piscine" in text:
            raise RuntimeError("boom")
        return fake_extract(text)

    with Tracker(":memory:", extract=fragile) as t:
        summary = t.add_many([Article(id="m1", text=MAIRE), Article(id="e1", text=ELYSEE)])
    assert (summary.added, summary.failed) == (1, 1)
    assert "RuntimeError: boom" in summary.errors[0].message


def test_an_extractor_with_wrong_offsets_is_refused() -> None:
    def liar(text: str) -> Any:
        doc = fake_extract(text)
        return doc.model_copy(update={"quotes": tuple(q.model_copy(update={"start": q.start + 1}) for q in doc.quotes)})

    with Tracker(":memory:", extract=liar) as t, pytest.raises(ValueError, match="bad offsets"):
        t.add(ELYSEE, id="e1")


# -- queries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "articles"),
    [
        ("Kremlin", ["k1", "k2"]),
        ("KREMLIN", ["k1", "k2"]),
        ("ru.kremlin", ["k1", "k2"]),
        ("la présidence russe", ["k1", "k2"]),  # an alias seen as a mention
        ("la presidence russe", ["k1", "k2"]),  # accents ignored
        ("Vladimir Poutine", ["p3"]),
        ("Vladimir Poutin", ["p3"]),  # a close spelling
        ("Elysee", ["e1"]),
        ("Angela Merkel", []),
    ],
)
def test_speaker_filter_matches_name_id_alias(corpus: Tracker, speaker: str, articles: list[str]) -> None:
    assert [s.article_id for s in corpus.statements(speaker=speaker)] == articles


def test_filters_combine(corpus: Tracker) -> None:
    assert [s.article_id for s in corpus.statements(since="2016-03-15")] == ["k2", "p3", "e1"]
    assert [s.article_id for s in corpus.statements(until=date(2016, 3, 14))] == ["k1"]
    assert [s.article_id for s in corpus.statements(outlet="Le Quotidien")] == ["k1", "e1"]
    assert [s.article_id for s in corpus.statements("Kremlin", since=date(2016, 3, 15), outlet="La Dépêche")] == ["k2"]
    assert corpus.statements(kind="indirect") == []
    assert len(corpus.statements(kind="direct")) == 6
    assert len(corpus.statements(limit=2)) == 2


@pytest.mark.parametrize(
    ("words", "count"),
    [("garanties écrites", 3), ("GARANTIES ecrites", 3), ("deja", 1), ("piscine juin", 1), ("piscine troupe", 0), ("« »", 0)],
)
def test_text_filter_uses_full_text_search(corpus: Tracker, words: str, count: int) -> None:
    assert len(corpus.statements(text=words)) == count


def test_text_query_cannot_inject_fts_syntax(corpus: Tracker) -> None:
    assert corpus.statements(text='NEAR(" OR *') == []


def test_statements_are_in_date_order_undated_last(corpus: Tracker) -> None:
    days = [s.published for s in corpus.statements()]
    dated = [d for d in days if d is not None]
    assert dated == sorted(dated) and days[-1] is None


def test_timeline_groups_a_speakers_statements_by_day(corpus: Tracker) -> None:
    timeline = corpus.timeline(speaker="Kremlin")
    assert [(d.day, len(d.statements)) for d in timeline] == [(date(2016, 3, 14), 1), (date(2016, 3, 15), 1)]
    everyone = corpus.timeline()
    assert [d.day for d in everyone] == [date(2016, 3, 14), date(2016, 3, 15), date(2017, 1, 2), None]


def test_results_convert_to_frames(corpus: Tracker) -> None:
    pytest.importorskip("pandas")
    frame = corpus.statements().to_frame()
    assert len(frame) == 6 and {"article_id", "speaker", "speaker_id", "text", "start", "end"} <= set(frame.columns)
    assert len(corpus.timeline("Kremlin").to_frame()) == 2
    assert len(corpus.repeats().to_frame()) == 3


def test_statements_round_trip_through_json(corpus: Tracker) -> None:
    for s in corpus.statements():
        assert Statement.model_validate(json.loads(s.model_dump_json())) == s


# -- repeats and conflicts ---------------------------------------------------------------------


def test_repeats_cluster_near_identical_quotes_across_outlets(corpus: Tracker) -> None:
    found = corpus.repeats()
    assert len(found) == 1
    c = found[0]
    assert [m.statement.article_id for m in c.members] == ["k1", "k2", "p3"]
    assert c.first_seen == date(2016, 3, 14)
    assert c.outlets == ("Le Quotidien", "La Dépêche", "L'Hebdo")
    assert [m.via for m in c.members] == ["first", "words", "words"]
    assert c.members[1].ratio == 100.0
    drifted = c.members[2]
    assert drifted.ratio < 100.0 and drifted.added == ("des",) and drifted.removed == ()


def test_repeats_need_two_articles_and_respect_speaker(corpus: Tracker) -> None:
    corpus.add("« La France restera aux côtés de ses partenaires », a indiqué l'Élysée. Encore : "
               "« La France restera aux côtés de ses partenaires », a indiqué l'Élysée.", id="e2")
    assert [len(c.members) for c in corpus.repeats(speaker="Élysée")] == [3]
    assert corpus.repeats(min_articles=4) == []


def test_repeats_never_compare_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = clusters.similarity

    def counting(a: list[str], b: list[str]) -> float:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(clusters, "similarity", counting)
    subjects = ["le vieux port de pêche", "la gare routière du centre", "le pont suspendu sur le fleuve",
                "la route départementale du col", "le marché couvert des halles", "l'école primaire du quartier",
                "le stade municipal de rugby", "la mairie annexe du village"]
    verbs = ["rouvrira ses portes aux habitants", "fermera définitivement pour travaux",
             "sera entièrement rénové par la région", "coûtera bien plus cher que prévu",
             "attend toujours des fonds de l'État", "changera de nom après un vote"]
    months = ["dès le mois de janvier", "vers la mi-mars prochaine", "juste avant les vacances de mai",
              "pendant tout l'été prochain", "à la rentrée de septembre", "avant les fêtes de novembre"]
    with Tracker(":memory:", extract=fake_extract) as t:
        n = 0
        for s in subjects:
            for v in verbs:
                for mo in months:
                    n += 1
                    t.add(f"« {s} {v} {mo} », a annoncé le maire.", id=f"a{n}")
        t.add(f"« {subjects[0]} {verbs[0]} {months[0]} », a annoncé le maire.", id="again")
        # The sentences share clauses by design; a strict ratio keeps this test about candidates.
        found = t.repeats(min_ratio=92)
    assert [len(c.members) for c in found] == [2]
    # A hard case: every statement shares two of its three clauses with 12 others.
    assert calls < n * (n - 1) / 2 / 10, calls


def test_conflict_between_institution_and_its_head_is_mild(corpus: Tracker) -> None:
    found = corpus.conflicts(parent_of=PARENTS.get)
    assert len(found) == 1
    assert found[0].severity == "institution_vs_head"
    assert found[0].speakers == ("Kremlin", "Vladimir Poutine")


def test_conflict_without_registry_knowledge_is_different_speaker(corpus: Tracker) -> None:
    assert [c.severity for c in corpus.conflicts(parent_of=lambda _e: None)] == ["different_speaker"]


def test_conflict_between_unrelated_speakers(tracker: Tracker) -> None:
    tracker.add("« Le dialogue reste ouvert », a déclaré le Kremlin.", id="a", published="2020-01-01")
    tracker.add("« Le dialogue reste ouvert », a déclaré l'Élysée.", id="b", published="2020-01-02")
    tracker.add("« Rien ne change », a déclaré l'Élysée.", id="c")
    tracker.add("« Rien ne change », a déclaré l'Élysée.", id="d")
    found = tracker.conflicts(parent_of=PARENTS.get)
    assert [(c.severity, c.speakers) for c in found] == [("different_speaker", ("Kremlin", "Élysée"))]


def test_registry_parent_lookup_degrades_gracefully() -> None:
    assert _optional.parent_of("no.such.entity") is None


# -- sources and links -----------------------------------------------------------------------

COMMUNIQUE = "Le président a reçu son homologue. Nous ne retirerons aucune troupe sans garanties écrites."


def test_add_source_without_linker_stores_it_and_links_later(corpus: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_optional, "linker", lambda: None)
    assert corpus.add_source({"id": "kremlin-1", "text": COMMUNIQUE, "lang": "fr"}) == 0
    assert [s["id"] for s in corpus.sources()] == ["kremlin-1"]
    assert all(s.source_id is None for s in corpus.statements())
    passage = (COMMUNIQUE.index("Nous"), len(COMMUNIQUE))
    fake = fake_linker({"Nous ne retirerons aucune troupe sans garanties écrites": ("kremlin-1", *passage)})
    monkeypatch.setattr(_optional, "linker", lambda: fake)
    assert corpus.link_pending() == 2
    linked = corpus.statements(source="kremlin-1")
    assert [(s.article_id, s.fidelity, s.source_start, s.source_end) for s in linked] == [
        ("k1", "verbatim", *passage),
        ("k2", "verbatim", *passage),
    ]
    assert corpus.link_pending() == 0  # every pair is done


def test_new_articles_link_to_stored_sources(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = fake_linker({"Nous ne retirerons aucune troupe sans garanties écrites": ("kremlin-1", 35, 90)})
    monkeypatch.setattr(_optional, "linker", lambda: fake)
    tracker.add_source({"id": "kremlin-1", "text": COMMUNIQUE})
    stored = tracker.add(KREMLIN_1, id="k1")
    assert [(s.source_id, s.fidelity) for s in stored] == [("kremlin-1", "verbatim")]


def test_translations_of_one_source_passage_cluster_together(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    one = "« Nous attendons des actes concrets », a déclaré la Maison-Blanche."
    two = "« Nous espérons voir des mesures tangibles », a déclaré la Maison-Blanche."
    readout = "The President spoke with his counterpart. We expect concrete steps."
    fake = fake_linker({
        "Nous attendons des actes concrets": ("wh-1", 42, 66),
        "Nous espérons voir des mesures tangibles": ("wh-1", 42, 66),
    })
    monkeypatch.setattr(_optional, "linker", lambda: fake)
    tracker.add_source({"id": "wh-1", "text": readout, "lang": "en"})
    tracker.add(one, id="t1", published="2021-05-01")
    tracker.add(two, id="t2", published="2021-05-02")
    found = tracker.repeats()
    assert len(found) == 1
    assert [m.via for m in found[0].members] == ["first", "source"] and found[0].source_id == "wh-1"


def test_replacing_a_source_drops_its_links(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = fake_linker({"Nous ne retirerons aucune troupe sans garanties écrites": ("kremlin-1", 35, 90)})
    monkeypatch.setattr(_optional, "linker", lambda: fake)
    tracker.add(KREMLIN_1, id="k1")
    assert tracker.add_source({"id": "kremlin-1", "text": COMMUNIQUE}) == 1
    assert tracker.add_source({"id": "kremlin-1", "text": COMMUNIQUE}) == 0  # same content: nothing to do
    monkeypatch.setattr(_optional, "linker", lambda: fake_linker({}))
    assert tracker.add_source({"id": "kremlin-1", "text": "Un autre texte."}) == 0
    assert tracker.statements()[0].source_id is None


def test_real_linker_when_available(tracker: Tracker) -> None:
    link = pytest.importorskip("quotetrack.link")
    if not callable(getattr(link, "link", None)):
        pytest.skip("quotetrack.link has no link() yet")
    tracker.add_source(link.Source(id="kremlin-1", text=COMMUNIQUE, lang="fr"))
    stored = tracker.add(KREMLIN_1, id="k1")
    assert stored[0].source_id == "kremlin-1"
    assert stored[0].fidelity == "verbatim"


@pytest.mark.parametrize("bad", [{"id": "", "text": "x"}, {"text": "x"}, {"id": "s", "text": 3}])
def test_add_source_rejects_bad_sources(tracker: Tracker, bad: dict[str, Any]) -> None:
    with pytest.raises((TypeError, ValueError)):
        tracker.add_source(bad)


# -- readouts --------------------------------------------------------------------------------

READOUT_FR = (
    "Le président a eu un entretien téléphonique avec le président Joseph Martin le 12 mars. "
    "Les deux dirigeants ont discuté de la sécurité énergétique en Europe. "
    "Le président a souligné l'importance des négociations sur le nucléaire. "
    "Ils sont convenus de se revoir à Genève en avril."
)
READOUT_EN = (
    "President Joseph Martin spoke by phone with the French president on March 12. "
    "The leaders discussed European energy security. "
    "They agreed to meet again in Geneva in April. "
    "President Martin raised the situation of detained journalists."
)


@pytest.mark.parametrize("with_linker", [False, True], ids=["lexical-only", "with-linker"])
def test_compare_readouts_aligns_and_lists_omissions(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, with_linker: bool
) -> None:
    if not with_linker:
        monkeypatch.setattr(_optional, "linker", lambda: None)
    elif _optional.linker() is None:
        pytest.skip("quotetrack.link is not importable")
    tracker.add_source({"id": "fr", "text": READOUT_FR, "lang": "fr"})
    tracker.add_source({"id": "us", "text": READOUT_EN, "lang": "en"})
    cmp = tracker.compare_readouts("fr", "us")
    pairs = [(p.a.text[:20], p.b.text[:20]) for p in cmp.pairs]
    assert pairs == [
        ("Le président a eu un", "President Joseph Mar"),
        ("Les deux dirigeants ", "The leaders discusse"),
        ("Ils sont convenus de", "They agreed to meet "),
    ]
    assert [s.text for s in cmp.only_in_a] == ["Le président a souligné l'importance des négociations sur le nucléaire."]
    assert [s.text for s in cmp.only_in_b] == ["President Martin raised the situation of detained journalists."]
    for p in cmp.pairs:
        assert READOUT_FR[p.a.start : p.a.end] == p.a.text and READOUT_EN[p.b.start : p.b.end] == p.b.text


def test_compare_readouts_with_a_custom_scorer(tracker: Tracker) -> None:
    tracker.add_source({"id": "fr", "text": READOUT_FR, "lang": "fr"})
    tracker.add_source({"id": "us", "text": READOUT_EN, "lang": "en"})
    nothing = tracker.compare_readouts("fr", "us", scorer=lambda a, b: 0.0, min_score=0.99)
    assert nothing.pairs == () and len(nothing.only_in_a) == 4 and len(nothing.only_in_b) == 4
    pytest.importorskip("pandas")
    assert list(nothing.to_frame()["status"]) == ["only_a"] * 4 + ["only_b"] * 4


def test_compare_readouts_needs_registered_sources(tracker: Tracker) -> None:
    with pytest.raises(KeyError, match="add_source"):
        tracker.compare_readouts("a", "b")


# -- store -----------------------------------------------------------------------------------


def test_store_schema_is_versioned_and_reopens(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Tracker(db, extract=fake_extract) as t:
        t.add(ELYSEE, id="e1")
    with Tracker(db, extract=fake_extract) as t:
        assert t.conn.execute("PRAGMA user_version").fetchone()[0] == len(store.migrations())
        assert t.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert len(t.statements()) == 1


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Tracker(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Tracker(db)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    db.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError):
        Tracker(db)


def test_without_fts5_the_store_works_but_text_queries_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "fts5_available", lambda conn: False)
    with Tracker(":memory:", extract=fake_extract) as t:
        t.add(ELYSEE, id="e1")
        assert len(t.statements(speaker="Élysée")) == 1
        with pytest.raises(StoreError, match="FTS5"):
            t.statements(text="France")


def test_closed_tracker_raises(tracker: Tracker) -> None:
    tracker.close()
    with pytest.raises(ValueError, match="closed"):
        tracker.statements()


# -- properties ------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30), min_size=1, max_size=4))
def test_any_text_stores_valid_offsets(parts: list[str]) -> None:
    text = "".join(f"{p} « {p} », a dit le maire. " for p in parts)
    with Tracker(":memory:", extract=fake_extract) as t:
        stored = t.add(text, id="x")
        for s in stored:
            assert text[s.start : s.end] == s.text
        assert t.add(text, id="x") == stored


def test_registry_knows_heads_and_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("quotetrack.registry")
    if _optional.parent_of("person-vladimir-poutine") != "ru-kremlin":
        pytest.skip("the registry does not know this person yet")
    monkeypatch.setitem(SPEAKERS, "le Kremlin", ("Kremlin", "ru-kremlin", "institution"))
    monkeypatch.setitem(SPEAKERS, "Vladimir Poutine", ("Vladimir Poutine", "person-vladimir-poutine", "person"))
    with Tracker(":memory:", extract=fake_extract) as t:
        t.add(KREMLIN_1, id="k1", published="2016-03-14")
        t.add(POUTINE_3, id="p3", published="2016-03-15")
        assert [c.severity for c in t.conflicts()] == ["institution_vs_head"]
        assert [s.article_id for s in t.statements("Putin")] == ["p3"]  # a spelling only the registry knows


def test_short_fragments_are_not_repeats(tracker: Tracker) -> None:
    tracker.add("Le mouvement des « bonnets verts », a dit le maire.", id="a")
    tracker.add("Les « bonnets verts », a dit le Kremlin.", id="b")
    assert tracker.repeats() == [] and tracker.conflicts() == []
    assert [len(c.members) for c in tracker.repeats(min_words=2)] == [2]


VOCAB = ("nous", "la", "paix", "demain", "accord", "reste", "possible", "sans", "garanties", "les", "troupes",
         "partiront", "le", "dialogue", "continue", "malgré", "tensions", "frontière", "sera", "ouverte")


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(VOCAB), min_size=4, max_size=25),
    st.lists(st.lists(st.sampled_from(VOCAB), min_size=4, max_size=25), max_size=15),
)
def test_a_copied_statement_is_always_found_as_a_repeat(quote: list[str], others: list[list[str]]) -> None:
    text = " ".join(quote)
    with Tracker(":memory:", extract=fake_extract) as t:
        for i, words in enumerate(others):
            t.add(f"« {' '.join(words)} », a dit le maire.", id=f"o{i}")
        t.add(f"« {text} », a dit le maire.", id="first")
        t.add(f"Hier : « {text} », a dit le maire.", id="copy")
        clusters_with_copy = [c for c in t.repeats() if "copy" in {m.statement.article_id for m in c.members}]
        assert len(clusters_with_copy) == 1
        assert "first" in {m.statement.article_id for m in clusters_with_copy[0].members}


def test_add_alias_makes_a_new_name_match(corpus: Tracker) -> None:
    assert corpus.statements("la présidence") == []
    assert corpus.add_alias("la présidence", "Kremlin") == 1
    assert [s.article_id for s in corpus.statements("La Présidence")] == ["k1", "k2"]
    with pytest.raises(ValueError, match="no words"):
        corpus.add_alias("«  »", "Kremlin")
