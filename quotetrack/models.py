"""Result types: frozen pydantic values with offsets into the original text.

Every span (`start`, `end`) indexes the text given to :func:`quotetrack.extract`
as Python ``str`` code points, end exclusive, so ``text[s.start:s.end] == s.text``.

>>> span = Span(start=3, end=8, text="abord")
>>> span.model_dump()
{'start': 3, 'end': 8, 'text': 'abord'}
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Attribution",
    "Cue",
    "Document",
    "EntityType",
    "Kind",
    "Repair",
    "Speaker",
    "Span",
    "Quote",
]


class Value(BaseModel):
    """Base of every result: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(StrEnum):
    """What sort of reported speech a quote is."""

    DIRECT = "direct"
    """A full utterance in quotation marks."""
    PARTIAL = "partial"
    """A fragment in quotation marks embedded in the writer's sentence."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks (a ``que`` clause, ``selon X, …``)."""


EntityType = Literal["person", "institution", "state", "organisation", "anonymous", "group", "other"]


class Span(Value):
    """A stretch of the original text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Cue(Span):
    """A reporting expression (``a déclaré``, ``selon``, ``a-t-il ajouté``)."""

    lemma: str | None = None
    """Canonical verb or preposition (``déclarer``, ``selon``)."""
    form: str | None = None
    """How the cue is built: ``finite``, ``participle``, ``inverted``, ``gerund``, ``preposition``, ``colon``…"""


class Repair(Value):
    """A fix the detector made to broken typography, recorded rather than hidden."""

    kind: str
    """``unclosed``, ``unopened``, ``reopened_paragraph``…"""
    at: int
    """Offset where the repair applies."""


class Speaker(Value):
    """Who said it: a canonical entity and the words that name it."""

    name: str
    """Canonical name (``Kremlin``, ``Barack Obama``); the mention text when unknown to the registry."""
    entity_id: str | None = None
    type: EntityType = "other"
    mention: Span | None = None
    """The expression naming the speaker nearest the quote, as written."""
    role: str | None = None
    country: str | None = None
    members: tuple[str, ...] = ()
    """For a group whose members are known (*Paris, Londres et Berlin*, *les deux dirigeants*):
    their names, in the text's order; the group is named after the first."""


class Attribution(Value):
    """Why a quote went to its speaker."""

    rule: str
    """Id of the attribution rule that fired."""
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: tuple[Span, ...] = ()
    """Spans the rule relied on (the cue, the mention, an antecedent…)."""
    chain: tuple[str, ...] = ()
    """Resolution steps from mention to entity (``role→person``, ``pronoun→antecedent``…)."""


class Quote(Value):
    """One reported statement.

    ``start``/``end`` cover the reported words: for marked quotes the text
    between the quotation marks, marks excluded; for indirect speech the content clause.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: Kind
    speaker: Speaker | None = None
    cue: Cue | None = None
    marks: tuple[int, int] | None = None
    """Outer span including the quotation marks (``None`` for indirect speech)."""
    rule: str
    """Id of the detection rule that found the quote and decided its kind."""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    attribution: Attribution | None = None
    channel: str | None = None
    """Channel named by the text: communiqué, conférence de presse, entretien, téléphone, réseau social…"""
    repairs: tuple[Repair, ...] = ()
    depth: int = 0
    """Nesting depth of quotation marks (0 = outermost)."""

    @property
    def speaker_name(self) -> str | None:
        """The canonical speaker name, or ``None``."""
        return self.speaker.name if self.speaker else None

    def explain(self) -> str:
        """One line telling how the quote was found and attributed.

        >>> q = Quote(start=0, end=4, text="Non.", kind="direct", rule="marks-incise")
        >>> q.explain()
        "direct « Non. » [0:4] found by 'marks-incise'; no speaker"
        """
        text = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        head = f"{self.kind.value} « {text} » [{self.start}:{self.end}] found by '{self.rule}'"
        if self.speaker is None:
            return head + "; no speaker"
        said = f"; speaker {self.speaker.name}"
        if self.speaker.mention is not None:
            said += f" via '{self.speaker.mention.text}'"
        if self.attribution is not None:
            said += f" (rule '{self.attribution.rule}', {self.attribution.confidence:.2f}"
            if self.cue is not None:
                said += f", cue '{self.cue.text}'"
            said += ")"
        return head + said

    def _repr_html_(self) -> str:
        from quotetrack import render

        return render.quote_html(self)


class Document(Value):
    """The result of :func:`quotetrack.extract`: the original text and its quotes in text order."""

    text: str
    quotes: tuple[Quote, ...] = ()
    meta: dict[str, Any] = Field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.quotes)

    def by_kind(self, kind: Kind | str) -> tuple[Quote, ...]:
        """Quotes of one kind."""
        k = Kind(kind)
        return tuple(q for q in self.quotes if q.kind == k)

    def speakers(self) -> dict[str, int]:
        """Canonical speaker names with how many quotes each has."""
        counts: dict[str, int] = {}
        for q in self.quotes:
            if q.speaker is not None:
                counts[q.speaker.name] = counts.get(q.speaker.name, 0) + 1
        return counts

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per quote, for tables and CSV."""
        rows = []
        for q in self.quotes:
            rows.append(
                {
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind.value,
                    "text": q.text,
                    "speaker": q.speaker.name if q.speaker else None,
                    "speaker_id": q.speaker.entity_id if q.speaker else None,
                    "speaker_type": q.speaker.type if q.speaker else None,
                    "mention": q.speaker.mention.text if q.speaker and q.speaker.mention else None,
                    "cue": q.cue.text if q.cue else None,
                    "cue_lemma": q.cue.lemma if q.cue else None,
                    "channel": q.channel,
                    "rule": q.rule,
                    "attribution_rule": q.attribution.rule if q.attribution else None,
                    "confidence": q.attribution.confidence if q.attribution else q.confidence,
                }
            )
        return rows

    def to_frame(self) -> Any:
        """The records as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_frame() needs pandas: pip install 'quotetrack[pandas]'") from exc
        return pd.DataFrame(self.to_records())

    def _repr_html_(self) -> str:
        from quotetrack import render

        return render.html(self)
