"""Track statements across a corpus: an embedded SQLite store of who said what, where and when.

>>> from quotetrack.track import Tracker
>>> with Tracker(":memory:") as t:
...     stored = t.add("« Rien n'est décidé », a dit le maire.", id="a1", outlet="La Gazette")
...     stored == t.statements(outlet="La Gazette")
True
"""

from quotetrack.track.models import (
    Article,
    Cluster,
    ClusterMember,
    Conflict,
    IngestError,
    IngestSummary,
    ReadoutComparison,
    ReadoutPair,
    ReadoutSentence,
    Results,
    Statement,
    TimelineDay,
)
from quotetrack.track.store import StoreError
from quotetrack.track.tracker import ArticleChangedError, Tracker

__all__ = [
    "Article",
    "ArticleChangedError",
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
    "StoreError",
    "TimelineDay",
    "Tracker",
]
