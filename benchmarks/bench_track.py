"""Tracker figures, run by hand (not a test): ingest rate and speaker-query time.

    python benchmarks/bench_track.py                      # both, defaults below
    python benchmarks/bench_track.py --articles 2000 --statements 1000000

1. Ingest: synthetic ~3 KB French articles (templates written for this benchmark, with
   quotes and speakers) through ``Tracker.add_many`` with the real ``quotetrack.extract``,
   into a fresh SQLite file. Target: >= 200 articles/s on one core. Reported with it:
   extraction alone (``extract`` over every article) and the tracker's own overhead per
   article, extraction excluded: ``add_many`` again into a fresh file with an extractor
   returning the precomputed Documents (median of 3 runs, wall and CPU time: on a shared
   machine the CPU time is the steadier figure). Goal: < 1 ms per article.
2. Query: a store of N generated statements bulk-inserted through the tracker's own insert
   path (buckets and full-text index included), then ``statements(speaker=…)`` timed for a
   frequent speaker, a rare one, with a date range, and with a limit. Target: <= 50 ms.
   Then the ingest articles are added to that store with their precomputed Documents: the
   tracker's overhead when the indexes are big.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from quotetrack.models import Document
from quotetrack.track import Article, Tracker
from quotetrack.track.models import content_hash
from quotetrack.track.records import record_values

SPEAKERS = [
    ("le Kremlin", "Kremlin", "ru-kremlin"),
    ("l'Élysée", "Élysée", "fr-elysee"),
    ("la Maison-Blanche", "Maison-Blanche", "us-white-house"),
    ("le Quai d'Orsay", "Quai d'Orsay", "fr-mfa"),
    ("le porte-parole du gouvernement", "porte-parole du gouvernement", None),
]
CUES = ["a déclaré", "a affirmé", "a indiqué", "a souligné", "a estimé", "a précisé"]
SUBJECTS = ["la délégation", "le cessez-le-feu", "l'accord commercial", "la conférence", "le sommet",
            "la mission d'observation", "le corridor humanitaire", "la rencontre bilatérale"]
PREDICATES = ["doit reprendre dès la semaine prochaine", "reste la priorité absolue des deux parties",
              "ne pourra pas être signé sans garanties", "sera examiné par les ministres lundi",
              "exige un calendrier clair et vérifiable", "n'a jamais été remis en cause"]
FILLER = [
    "Les discussions se sont poursuivies tard dans la soirée, selon plusieurs participants.",
    "La réunion s'est tenue à huis clos dans un hôtel du centre-ville.",
    "Les observateurs notent une évolution du ton depuis le mois dernier.",
    "Aucune date n'a encore été fixée pour la prochaine session de travail.",
    "Les marchés ont réagi avec prudence à l'annonce faite en fin de matinée.",
    "Plusieurs organisations ont salué une étape importante, tout en restant vigilantes.",
]


def article(i: int, rng: random.Random, size: int = 3000) -> Article:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        if rng.random() < 0.35:
            mention, _, _ = rng.choice(SPEAKERS)
            quote = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(PREDICATES)}"
            parts.append(f"« {quote} », {rng.choice(CUES)} {mention}.")
        else:
            parts.append(rng.choice(FILLER))
    return Article(id=f"bench-{i}", text=" ".join(parts), outlet=f"Outlet {i % 12}",
                   published=date(2015, 1, 1) + timedelta(days=i % 3000))


Sample = tuple[list[Article], dict[str, Document]]


def timed_add(db: Path, sample: Sample) -> tuple[float, float, int]:
    """Wall and CPU seconds per article of ``add_many`` with precomputed Documents, and statements stored."""
    items, docs = sample
    with Tracker(db, extract=docs.__getitem__) as t:
        t0, c0 = time.perf_counter(), time.process_time()
        summary = t.add_many(items, batch_size=500)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return wall / summary.added, cpu / summary.added, summary.statements


def bench_ingest(n: int, workdir: Path) -> Sample:
    rng = random.Random(1)
    items = [article(i, rng) for i in range(n)]
    mean_kb = statistics.mean(len(a.text.encode()) for a in items) / 1024
    from quotetrack import extract

    for a in items[:50]:
        extract(a.text)  # load the data files and compile the patterns built on first use
    t0 = time.perf_counter()
    docs = {a.text: extract(a.text) for a in items}
    extract_s = (time.perf_counter() - t0) / n
    runs = [timed_add(workdir / f"overhead-{run}.db", (items, docs)) for run in range(3)]
    overheads = [r[0] for r in runs]
    overhead_s = statistics.median(overheads)
    with Tracker(workdir / "ingest.db") as t:
        t0 = time.perf_counter()
        summary = t.add_many(items, batch_size=500)
        elapsed = time.perf_counter() - t0
    print(f"extraction alone: {1 / extract_s:.0f} articles/s ({extract_s * 1000:.2f} ms/article)")
    print(f"tracker overhead, extraction excluded: {overhead_s * 1000:.2f} ms/article "
          f"(runs {', '.join(f'{o * 1000:.2f}' for o in overheads)}; "
          f"CPU time {statistics.median(r[1] for r in runs) * 1000:.2f}; {runs[0][2]} statements)")
    print(f"ingest: {summary.added} articles of {mean_kb:.1f} KB ({summary.statements} statements) "
          f"in {elapsed:.2f} s = {summary.added / elapsed:.0f} articles/s, extraction included")
    return items, docs


def bench_query(n_statements: int, workdir: Path, per_article: int = 10, sample: Sample | None = None) -> None:
    rng = random.Random(2)
    db = workdir / "million.db"
    # A long tail of speakers plus a few frequent ones, as in a news corpus.
    people = [(f"Personne {k}", f"person-{k}") for k in range(5000)]
    with Tracker(db) as t:
        t0 = time.perf_counter()
        n_articles = n_statements // per_article
        for start in range(0, n_articles, 5000):
            with t._batch() as w:
                for i in range(start, min(n_articles, start + 5000)):
                    day = date(2010, 1, 1) + timedelta(days=i % 5000)
                    a = Article(id=f"m{i}", text="", outlet=f"Outlet {i % 40}", published=day)
                    records = []
                    for j in range(per_article):
                        if rng.random() < 0.05:
                            _, name, eid = SPEAKERS[0]
                        elif rng.random() < 0.3:
                            _, name, eid = rng.choice(SPEAKERS[1:])
                        else:
                            name, eid = rng.choice(people)
                        text = f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)} {i} {j}"
                        records.append({"start": 0, "end": 0, "text": text, "kind": "direct", "speaker": name,
                                        "speaker_id": eid, "speaker_type": "other", "mention": None, "alias": None,
                                        "cue": None, "cue_lemma": None, "channel": None, "confidence": 1.0})
                    w.insert_article(a, content_hash(a.id), [record_values(r) for r in records], keep_text=False)
        build = time.perf_counter() - t0
        total = t.counts()["statements"]
        print(f"store: {total} statements bulk-inserted in {build:.0f} s ({db.stat().st_size / 2**20:.0f} MiB)")
    with Tracker(db) as t:
        cases = [
            ("frequent speaker (Kremlin), one year", dict(speaker="Kremlin", since="2012-01-01", until="2012-12-31")),
            ("frequent speaker (Kremlin), first 100", dict(speaker="kremlin", limit=100)),
            ("rare speaker, all", dict(speaker="Personne 1234")),
            ("rare speaker by entity id", dict(speaker="person-4321")),
            ("frequent speaker, all", dict(speaker="Kremlin")),
        ]
        for label, kwargs in cases:
            t.statements(**kwargs)  # warm the page cache once
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                found = t.statements(**kwargs)
                runs.append((time.perf_counter() - t0) * 1000)
            print(f"query {label}: {len(found)} statements, median {statistics.median(runs):.1f} ms")
    if sample is not None:  # after the queries: the ingest articles go into this big store
        wall, cpu, _ = timed_add(db, sample)
        print(f"tracker overhead into this store, extraction excluded: {wall * 1000:.2f} ms/article "
              f"(CPU time {cpu * 1000:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--skip-query", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sample = bench_ingest(args.articles, Path(tmp))
        if not args.skip_query:
            bench_query(args.statements, Path(tmp), sample=sample)


if __name__ == "__main__":
    main()
