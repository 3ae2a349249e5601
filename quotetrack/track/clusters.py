"""Repeats: near-identical statements across articles, clustered without comparing all pairs.

Candidates come from the statements' ``bucket1``..``bucket4`` columns (bottom-k
word-shingle hashes written at ingest, see :func:`quotetrack.track.text.bucket_keys`): only statements
sharing a bucket are compared, with rapidfuzz on normalised words. Statements linked
to overlapping passages of one registered source join the same cluster too, which
groups different French translations of one foreign statement.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quotetrack.track.models import Cluster, ClusterMember, Statement
from quotetrack.track.queries import by_ids
from quotetrack.track.text import words

__all__ = ["find_clusters", "similarity"]

MIN_RATIO = 85.0
"""Similarity (0–100, see :func:`similarity`) from which two statements are one repeat."""
MIN_WORDS = 4
"""Shorter statements are left out of repeats: a two-word fragment in quotation marks (a
movement's name, a slogan) recurs across unrelated articles without being one statement."""
FULL_PAIRS_UP_TO = 12
"""Buckets up to this size compare all pairs; bigger ones (a common phrase) compare neighbours only."""
WINDOW = 3
"""In a big bucket, members sorted by wording are compared with this many following ones:
near-identical wordings sort next to each other, so the bucket costs a linear number of pairs."""


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.via: dict[int, str] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression keeps later finds near constant
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_BUCKET_GROUPS = (
    "SELECT group_concat(id) FROM ("
    + " UNION ALL ".join(f"SELECT bucket{k} AS bucket, id FROM statements WHERE bucket{k} IS NOT NULL" for k in range(1, 5))
    + ") GROUP BY bucket HAVING count(*) > 1"
)


def _bucket_groups(conn: sqlite3.Connection) -> Iterable[list[int]]:
    rows = conn.execute(_BUCKET_GROUPS)
    for (members,) in rows:
        yield sorted(int(x) for x in members.split(","))


def _source_groups(conn: sqlite3.Connection) -> Iterable[list[int]]:
    """Statements linked to overlapping spans of the same source."""
    rows = conn.execute(
        "SELECT source, source_start, source_end, statement FROM links "
        "WHERE source IS NOT NULL AND source_start IS NOT NULL AND fidelity != 'not_found' "
        "ORDER BY source, source_start"
    )
    group: list[int] = []
    current: tuple[str, int] | None = None
    for source, start, end, sid in rows:
        if current is not None and current[0] == source and start < current[1]:
            group.append(sid)
            current = (source, max(current[1], end))
            continue
        if len(group) > 1:
            yield group
        group, current = [sid], (source, end)
    if len(group) > 1:
        yield group


def _pairs(group: list[int], norm: dict[int, list[str]]) -> Iterable[tuple[int, int]]:
    group = [g for g in group if g in norm]
    if len(group) <= FULL_PAIRS_UP_TO:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                yield a, b
        return
    ordered = sorted(group, key=lambda g: norm[g])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + WINDOW]:
            yield min(a, b), max(a, b)


def similarity(a: list[str], b: list[str]) -> float:
    """Mean of the rapidfuzz ratios over normalised words and over their characters.

    Words alone punish a changed verb ending as a whole new word (« n'est » / « n'était »:
    80); characters alone forgive two statements sharing two of three clauses (87). The
    mean keeps inflection drift together (86) and different statements apart (83).
    """
    return (fuzz.ratio(a, b) + fuzz.ratio(" ".join(a), " ".join(b))) / 2


def _drift(first: list[str], other: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words added to and removed from ``first`` to get ``other``."""
    added: list[str] = []
    removed: list[str] = []
    for op in Levenshtein.opcodes(first, other):
        if op.tag in ("replace", "delete"):
            removed.extend(first[op.src_start : op.src_end])
        if op.tag in ("replace", "insert"):
            added.extend(other[op.dest_start : op.dest_end])
    return tuple(added), tuple(removed)


def _order(s: Statement) -> tuple[bool, str, int]:
    return (s.published is None, s.published.isoformat() if s.published else "", s.id)


def find_clusters(
    conn: sqlite3.Connection,
    *,
    min_ratio: float = MIN_RATIO,
    min_articles: int = 2,
    min_words: int = MIN_WORDS,
    keep: set[int] | None = None,
) -> list[Cluster]:
    """Clusters of one statement repeated in at least ``min_articles`` articles, biggest first.

    Statements of fewer than ``min_words`` words take no part; ``keep`` restricts to
    these statement ids (e.g. a speaker's), ``None`` keeps all.
    """
    if not 0 <= min_ratio <= 100:
        raise ValueError("min_ratio must be within 0..100")
    uf = _UnionFind()
    by_source: list[list[int]] = []
    candidates: list[list[int]] = []
    for group in _bucket_groups(conn):
        if keep is not None:
            group = [g for g in group if g in keep]
        if len(group) > 1:
            candidates.append(group)
    for group in _source_groups(conn):
        if keep is not None:
            group = [g for g in group if g in keep]
        if len(group) > 1:
            by_source.append(group)
    needed = {i for g in candidates for i in g} | {i for g in by_source for i in g}
    found = by_ids(conn, needed)
    norm = {i: ws for i, s in found.items() if len(ws := words(s.text)) >= min_words}
    checked: set[tuple[int, int]] = set()
    for group in candidates:
        for a, b in _pairs(group, norm):
            if (a, b) in checked:
                continue
            checked.add((a, b))
            if uf.find(a) != uf.find(b) and similarity(norm[a], norm[b]) >= min_ratio:
                uf.union(a, b)
    via_source: set[int] = set()
    for group in by_source:
        for other in group[1:]:
            if uf.find(group[0]) != uf.find(other):
                via_source.add(other)
                uf.union(group[0], other)
    components: dict[int, list[int]] = defaultdict(list)
    for i in norm:
        components[uf.find(i)].append(i)
    clusters = []
    for ids in components.values():
        members = sorted((found[i] for i in ids), key=_order)
        if len({m.article_id for m in members}) < min_articles:
            continue
        clusters.append(_cluster(members, norm, via_source))
    clusters.sort(key=lambda c: (-len(c.members), _order(c.first)))
    return [c.model_copy(update={"id": n}) for n, c in enumerate(clusters, 1)]


def _cluster(members: list[Statement], norm: dict[int, list[str]], via_source: set[int]) -> Cluster:
    first = members[0]
    first_words = norm[first.id]
    out = []
    for m in members:
        added, removed = _drift(first_words, norm[m.id])
        via = "first" if m is first else ("source" if m.id in via_source else "words")
        out.append(
            ClusterMember(
                statement=m,
                ratio=round(similarity(norm[first.id], norm[m.id]), 1),
                added=added,
                removed=removed,
                via=via,
            )
        )
    outlets: list[str] = []
    for m in members:
        if m.outlet and m.outlet not in outlets:
            outlets.append(m.outlet)
    sources = {m.source_id for m in members if m.source_id}
    return Cluster(
        id=0,
        first=first,
        members=tuple(out),
        outlets=tuple(outlets),
        first_seen=first.published,
        source_id=sources.pop() if len(sources) == 1 else None,
    )
