"""Result types of linking: sources in, links out, all frozen pydantic values.

>>> s = Source(id="quai-1", text="La France salue l'accord.")
>>> s.lang is None
True
>>> Link(start=0, end=4, text="Non.", fidelity="not_found").found
False
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, field_validator

from quotetrack.models import Value

__all__ = ["Alternative", "DiffOp", "Fidelity", "Flag", "Link", "Source"]

Fidelity = Literal["verbatim", "trimmed", "altered", "paraphrase", "not_found"]
"""How faithfully a quote reproduces its source (definitions in the gold GUIDE)."""

Flag = Literal["negation", "number", "entity", "modality"]
"""A difference between quote and source that may change the meaning."""

Op = Literal["equal", "insert", "delete", "replace"]


class Source(Value):
    """An official text quotes may come from (communiqué, readout, press release)."""

    id: str = Field(min_length=1)
    text: str
    lang: str | None = None
    """ISO code (``fr``, ``en``, ``ru``); ``None`` means detect it from the text."""
    author: str | None = None
    """The issuing body or person; when given, quotes attributed to someone else need a close match."""
    published: dt.date | str | None = None

    @field_validator("lang")
    @classmethod
    def _lower_lang(cls, v: str | None) -> str | None:
        return v.strip().lower() or None if v is not None else None


class DiffOp(Value):
    """One word-level edit between the article's quote and its source passage.

    ``start``/``end`` index the article, ``source_start``/``source_end`` the source;
    an insert has an empty source span, a delete an empty article span.
    """

    op: Op
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source_start: int = Field(ge=0)
    source_end: int = Field(ge=0)
    words: str = ""
    """The article's words of this operation (empty for a delete)."""
    source_words: str = ""
    """The source's words of this operation (empty for an insert)."""


class Alternative(Value):
    """Another candidate passage for the same quote, with its score."""

    source_id: str
    source_start: int = Field(ge=0)
    source_end: int = Field(ge=0)
    score: float = Field(ge=0.0, le=1.0)


class Link(Value):
    """Where one quote of an article comes from, and how faithfully it renders it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    """``article[start:end]``: the quote or paraphrase as the article has it."""
    fidelity: Fidelity
    source_id: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    """``source.text[source_start:source_end]``."""
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    alternatives: tuple[Alternative, ...] = ()
    diff: tuple[DiffOp, ...] = ()
    flags: tuple[Flag, ...] = ()
    kind: str | None = None
    """The quote's kind (direct, partial, indirect) when known."""
    speaker: str | None = None
    method: str = "none"
    """How the link was found: ``exact``, ``aligned``, ``lexical``, ``crosslang``, ``semantic`` or ``none``."""

    @property
    def found(self) -> bool:
        """Whether a source passage was found."""
        return self.source_id is not None

    def explain(self) -> str:
        """One line: the fidelity, where it comes from, and why.

        >>> Link(start=0, end=4, text="Non.", fidelity="not_found").explain()
        'not_found « Non. » [0:4]: no source passage'
        """
        text = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        head = f"{self.fidelity} « {text} » [{self.start}:{self.end}]"
        if self.source_id is None:
            return head + ": no source passage"
        tail = f" ← {self.source_id}[{self.source_start}:{self.source_end}] score {self.score:.2f} via {self.method}"
        if self.flags:
            tail += f"; flags {', '.join(self.flags)}"
        return head + tail

    def _repr_html_(self) -> str:
        from quotetrack.link.render import link_html

        return link_html(self)
