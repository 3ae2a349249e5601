"""Misattribution alerts: one repeated statement credited to different speakers.

Built on the repeat clusters. When every pair of the speakers involved is an
institution and its head (the registry's ``parent`` ids, e.g. a president and the
presidency), the milder severity ``institution_vs_head`` is reported.
"""

from __future__ import annotations

from collections.abc import Callable

from quotetrack.track import _optional
from quotetrack.track.models import Cluster, Conflict, Statement
from quotetrack.track.text import alias_key

__all__ = ["find_conflicts", "related"]

ParentOf = Callable[[str], str | None]
_MAX_DEPTH = 8  # a registry chain deeper than this is treated as unrelated (and guards cycles)


def _ancestors(entity_id: str, parent_of: ParentOf) -> list[str]:
    chain: list[str] = []
    current: str | None = entity_id
    for _ in range(_MAX_DEPTH):
        current = parent_of(current) if current is not None else None
        if current is None or current in chain or current == entity_id:
            break
        chain.append(current)
    return chain


def related(a: str, b: str, parent_of: ParentOf) -> bool:
    """Whether entity ``a`` is an ancestor of ``b`` or the reverse in the registry."""
    return a in _ancestors(b, parent_of) or b in _ancestors(a, parent_of)


def _speaker_key(s: Statement) -> str | None:
    if s.speaker_id:
        return "id:" + s.speaker_id
    if s.speaker:
        return "name:" + alias_key(s.speaker)
    return None


def find_conflicts(clusters: list[Cluster], *, parent_of: ParentOf | None = None) -> list[Conflict]:
    """A conflict per cluster whose statements name different speakers in different articles."""
    lookup = parent_of if parent_of is not None else _optional.parent_of
    out = []
    for cluster in clusters:
        firsts: dict[str, Statement] = {}
        for m in cluster.members:
            key = _speaker_key(m.statement)
            if key is not None and key not in firsts:
                firsts[key] = m.statement
        if len(firsts) < 2:
            continue
        chosen = list(firsts.values())
        if len({s.article_id for s in chosen}) < 2:
            continue  # two speakers within one article is a dialogue, not a misattribution
        ids = [s.speaker_id for s in chosen]
        mild = all(ids) and all(
            related(a, b, lookup) for i, a in enumerate(ids) for b in ids[i + 1 :] if a and b
        )
        out.append(
            Conflict(
                cluster_id=cluster.id,
                text=cluster.first.text,
                severity="institution_vs_head" if mild else "different_speaker",
                speakers=tuple(s.speaker or s.speaker_id or "?" for s in chosen),
                statements=tuple(chosen),
            )
        )
    return out
