"""Tracker values: articles in, statements, clusters, conflicts and readout comparisons out.

All are frozen pydantic models (JSON-serialisable); collections returned by the
tracker are :class:`Results` lists that also convert to pandas with ``.to_frame()``.

>>> a = Article(id="a1", text="« Oui », a dit le maire.", outlet="Le Journal")
>>> a.model_dump()["lang"]
'fr'
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Literal, TypeVar

from pydantic import Field

from quotetrack.models import Value

__all__ = [
    "Article",
    "Cluster",
    "ClusterMember",
    "Conflict",
    "IngestError",
    "IngestSummary",
    "ReadoutComparison",
    "ReadoutPair",
    "ReadoutSentence",
    "Results",
    "Statement",
    "TimelineDay",
    "content_hash",
]

T = TypeVar("T", bound=Value)


def content_hash(text: str) -> str:
    """The identity of an article's content: SHA-256 of its UTF-8 text, hex."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Article(Value):
    """One article to ingest; ``id`` is the caller's stable identifier."""

    id: str = Field(min_length=1)
    text: str
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    lang: str = "fr"


class Statement(Value):
    """One stored quote with its article's metadata, speaker and source link (if any).

    ``start``/``end`` index the article text, as in :class:`quotetrack.Quote`.
    """

    id: int
    """Row id in the store (stable for the life of the database)."""
    article_id: str
    outlet: str | None = None
    published: date | None = None
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    """Canonical speaker name."""
    speaker_id: str | None = None
    """Speaker entity id from the registry, when known."""
    speaker_type: str | None = None
    mention: str | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    channel: str | None = None
    confidence: float = 1.0
    source_id: str | None = None
    """The registered source the statement comes from (see ``Tracker.add_source``)."""
    source_start: int | None = None
    source_end: int | None = None
    fidelity: str | None = None
    link_score: float | None = None

    @property
    def speaker_name(self) -> str | None:
        """Alias of :attr:`speaker`, matching :attr:`quotetrack.Quote.speaker_name`."""
        return self.speaker

    @property
    def entity_id(self) -> str | None:
        """Alias of :attr:`speaker_id`."""
        return self.speaker_id


class TimelineDay(Value):
    """A speaker's statements of one day (``day`` is ``None`` for undated articles)."""

    day: date | None
    statements: tuple[Statement, ...]

    def _repr_html_(self) -> str:
        return _rows_html(self.rows())

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows for a table, one per statement."""
        return [{"day": self.day, **s.model_dump()} for s in self.statements]


class ClusterMember(Value):
    """One occurrence of a repeated statement and how its wording drifted from the first."""

    statement: Statement
    ratio: float = Field(ge=0.0, le=100.0)
    """Similarity to the cluster's first occurrence (100 = same words; see ``clusters.similarity``)."""
    added: tuple[str, ...] = ()
    """Words this occurrence has that the first lacks."""
    removed: tuple[str, ...] = ()
    """Words of the first occurrence this one lacks."""
    via: Literal["first", "words", "source"] = "words"
    """How it joined: the first occurrence, near-identical words, or a shared source passage (a translation)."""


class Cluster(Value):
    """The same statement seen in several articles, earliest first."""

    id: int
    first: Statement
    members: tuple[ClusterMember, ...]
    outlets: tuple[str, ...]
    """Outlets that carried it, in order of first appearance."""
    first_seen: date | None
    source_id: str | None = None

    @property
    def size(self) -> int:
        """How many occurrences."""
        return len(self.members)

    def _repr_html_(self) -> str:
        return _rows_html(self.rows())

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows for a table, one per member."""
        return [
            {
                "cluster": self.id,
                "first_seen": self.first_seen,
                "via": m.via,
                "ratio": m.ratio,
                "added": " ".join(m.added),
                "removed": " ".join(m.removed),
                **m.statement.model_dump(),
            }
            for m in self.members
        ]


class Conflict(Value):
    """The same words attributed to different speakers in different articles."""

    cluster_id: int
    text: str
    severity: Literal["institution_vs_head", "different_speaker"]
    speakers: tuple[str, ...]
    """Distinct speakers (canonical names, or entity ids when names are missing)."""
    statements: tuple[Statement, ...]
    """One statement per speaker, earliest first."""

    def _repr_html_(self) -> str:
        return _rows_html(self.rows())

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows for a table, one per statement."""
        return [
            {"cluster": self.cluster_id, "severity": self.severity, **s.model_dump()}
            for s in self.statements
        ]


class ReadoutSentence(Value):
    """A sentence of a source with its offsets in the source text."""

    start: int
    end: int
    text: str


class ReadoutPair(Value):
    """Two sentences, one from each readout, that say the same thing."""

    a: ReadoutSentence
    b: ReadoutSentence
    score: float = Field(ge=0.0, le=1.0)


class ReadoutComparison(Value):
    """Two accounts of one event aligned sentence by sentence."""

    source_a: str
    source_b: str
    pairs: tuple[ReadoutPair, ...]
    only_in_a: tuple[ReadoutSentence, ...]
    """What A says that B leaves out."""
    only_in_b: tuple[ReadoutSentence, ...]
    """What B says that A leaves out."""

    def _repr_html_(self) -> str:
        return _rows_html(self.rows())

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows: aligned pairs, then each side's omissions."""
        out: list[dict[str, Any]] = [
            {"status": "both", "a": p.a.text, "b": p.b.text, "score": p.score} for p in self.pairs
        ]
        out += [{"status": "only_a", "a": s.text, "b": None, "score": None} for s in self.only_in_a]
        out += [{"status": "only_b", "a": None, "b": s.text, "score": None} for s in self.only_in_b]
        return out

    def to_frame(self) -> Any:
        """The rows as a pandas DataFrame (needs the ``pandas`` extra)."""
        return _frame(self.rows())


class IngestError(Value):
    """An input that could not be ingested: where it was and why."""

    where: str
    """``file:line`` for file input, else the article id or its position in the batch."""
    message: str


class IngestSummary(Value):
    """What a batch ingest did."""

    added: int = 0
    skipped: int = 0
    """Already stored with the same content."""
    failed: int = 0
    statements: int = 0
    """Statements stored by this call."""
    errors: tuple[IngestError, ...] = ()

    def __add__(self, other: IngestSummary) -> IngestSummary:
        return IngestSummary(
            added=self.added + other.added,
            skipped=self.skipped + other.skipped,
            failed=self.failed + other.failed,
            statements=self.statements + other.statements,
            errors=self.errors + other.errors,
        )


class Results(list[T]):
    """A list of results that also turns into a pandas DataFrame, or a table in a notebook."""

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per item (per member for clusters)."""
        rows: list[dict[str, Any]] = []
        for item in self:
            rows_of = getattr(item, "rows", None)
            rows.extend(rows_of() if callable(rows_of) else [item.model_dump()])
        return rows

    def to_frame(self) -> Any:
        """:meth:`rows` as a DataFrame; needs the ``pandas`` extra."""
        return _frame(self.rows())

    def _repr_html_(self) -> str:
        return _rows_html(self.rows())


def _rows_html(rows: list[dict[str, Any]]) -> str:
    from quotetrack.render import table_html

    return table_html(rows)


def _frame(rows: list[dict[str, Any]]) -> Any:
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame() needs pandas: pip install 'quotetrack[pandas]'") from exc
    return pd.DataFrame(rows)
