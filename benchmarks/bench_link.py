"""Linking speed: article–communiqué pairs per second on one core, extraction excluded.

Run by hand: ``python benchmarks/bench_link.py [--pairs N] [--gold DIR]``. Articles are
generated from sentences written for this benchmark (a few KB each, a dozen quotes of every
fidelity); with ``--gold`` the project's dev link pairs are timed as well. Each article is
extracted once beforehand and linked as a Document, so only linking is timed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import quotetrack
from quotetrack.link import Source, link
from quotetrack.models import Document

SUBJECTS = ["La France", "Le gouvernement", "Le ministère", "La présidence", "Paris", "La diplomatie"]
VERBS = ["appelle", "condamne", "salue", "soutient", "rappelle", "demande", "examine", "encourage"]
OBJECTS = [
    "toutes les parties à la retenue",
    "les frappes qui ont visé des civils",
    "la reprise du dialogue politique",
    "le travail des organisations humanitaires",
    "son attachement au droit international",
    "une enquête indépendante et transparente",
    "la libération immédiate des otages",
    "le respect du cessez-le-feu conclu en mars",
]
TAILS = ["dans le nord du pays", "depuis plusieurs semaines", "avec ses partenaires européens", "sans délai", "au Conseil de sécurité"]
FILLER = (
    "Les discussions se sont poursuivies tard dans la soirée entre les délégations. "
    "Plusieurs observateurs jugent la situation encore fragile sur le terrain. "
)


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."


def make_pair(rng: random.Random) -> tuple[Document, Source]:
    """A communiqué of ~12 sentences and an article of a few KB quoting it a dozen ways."""
    source_sentences = [sentence(rng) for _ in range(12)]
    source = Source(id="communique", text=" ".join(source_sentences))
    parts = []
    for k in range(12):
        s = rng.choice(source_sentences)[:-1]
        words = s.split()
        style = k % 4
        if style == 0:
            parts.append(f"« {s} », a déclaré le porte-parole.")
        elif style == 1:
            parts.append(f"Le ministère affirme que « {' '.join(words[2:])} ».")
        elif style == 2:
            parts.append(f"« {' '.join(words[:3])} […] {' '.join(words[-3:])} », selon le communiqué.")
        else:
            parts.append(f"« {sentence(rng)[:-1]} », a ajouté un diplomate.")
        parts.append(FILLER)
    article = " ".join(parts)
    return quotetrack.extract(article), source


def gold_pairs(folder: Path) -> list[tuple[Document, Source]]:
    docs = {}
    with open(folder / "dev_articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["id"]] = d
    out = []
    with open(folder / "links_dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            a, s = docs[g["article"]], docs[g["source"]]
            out.append((quotetrack.extract(a["text"]), Source(id=s["id"], text=s["text"])))
    return out


def bench(pairs: list[tuple[Document, Source]], rounds: int) -> tuple[float, int]:
    """Pairs per second (best of ``rounds``) and links per pass."""
    best = float("inf")
    n_links = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        n_links = sum(len(link(doc, src)) for doc, src in pairs)
        best = min(best, time.perf_counter() - t0)
    return len(pairs) / best, n_links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    args = parser.parse_args()
    # The machine is shared: print its load and a fixed pure-Python loop to compare runs.
    t0 = time.perf_counter()
    for _ in range(2000):
        sum(range(1000))
    ref = (time.perf_counter() - t0) / 2000 * 1e6
    print(f"load average {os.getloadavg()[0]:.2f}; reference loop {ref:.1f} µs (about 10 µs on an idle modern core)")
    rng = random.Random(4)
    pairs = [make_pair(rng) for _ in range(args.pairs)]
    size = sum(len(d.text) for d, _ in pairs) / len(pairs)
    quotes = sum(len(d.quotes) for d, _ in pairs) / len(pairs)
    rate, n = bench(pairs, args.rounds)
    print(f"generated: {rate:,.0f} pairs/s ({len(pairs)} pairs, {size:,.0f} chars and {quotes:.1f} quotes per article, {n} links)")
    if (args.gold / "links_dev.jsonl").exists():
        gold = gold_pairs(args.gold) * 50
        rate, n = bench(gold, args.rounds)
        print(f"gold dev pairs: {rate:,.0f} pairs/s ({len(gold)} pairs, {n} links)")


if __name__ == "__main__":
    main()
