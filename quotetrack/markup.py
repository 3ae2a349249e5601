"""Stage 0 — HTML in, plain text out, with a map back to the original offsets.

Web copy often reaches quotetrack as HTML: ``<p>« Nous partirons », a <b>déclaré</b> le
ministre.</p>``. Tags are taken out of a copy (block tags become line breaks, so paragraphs stay
paragraphs; ``<script>`` and ``<style>`` go with their content), entities are decoded
(``&laquo;`` is ``«``), the pipeline runs on the copy, and every offset of the result is mapped
back: ``html[q.start:q.end]`` is still the quote, tags and entities included as written.

The map is a list of segments, so a 10 MB page costs a few entries per tag, not a list per
character.
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass
from itertools import islice
from typing import Any

import regex

# A tag: a letter, "/" or "!" right after "<" ("a < b" is no tag), up to the next ">".
_TAG = regex.compile(r"<(?:(/?)([A-Za-z][A-Za-z0-9]*+)[^<>]*+|![^<>]*+)>")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}+|#[xX][0-9A-Fa-f]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);")
_MARKUP = regex.compile(f"{_TAG.pattern}|{_ENTITY.pattern}")
# Tags that end a paragraph or a line: replaced by a line break in the copy.
_BLOCK = frozenset(
    ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section", "article", "header", "footer", "aside", "figure", "figcaption", "pre", "hr", "dd", "dt", "dl", "nav", "main"]
)
# Tags whose content is no text of the page.
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
# Markup items before a text counts as HTML (one stray "&amp;" in plain text is not enough).
_MIN_MARKUP = 2


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds markup: at least two tags or entities."""
    if "<" not in text and "&" not in text:
        return False  # every tag or entity opens with one of them: most plain text is not scanned
    return sum(1 for _ in islice(_MARKUP.finditer(text), _MIN_MARKUP)) >= _MIN_MARKUP


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each stretch of the plain copy came from in the original."""

    plain_starts: list[int]
    segments: list[tuple[int, int, int, bool]]
    """``(plain_start, orig_start, orig_end, linear)``: a copied stretch (``linear``) maps
    character for character; a decoded entity or a tag's line break maps to its whole source."""

    def start(self, i: int) -> int:
        """Original offset of a span starting at plain offset ``i``."""
        k = bisect.bisect_right(self.plain_starts, i) - 1
        if k < 0:
            return 0
        p_start, o_start, o_end, linear = self.segments[k]
        return min(o_start + (i - p_start), o_end) if linear else o_start

    def end(self, i: int) -> int:
        """Original offset of a span ending (exclusive) at plain offset ``i``."""
        if i <= 0:
            return self.start(0) if self.segments else 0
        k = bisect.bisect_right(self.plain_starts, i - 1) - 1
        p_start, o_start, o_end, linear = self.segments[k]
        return min(o_start + (i - p_start), o_end) if linear else o_end


def identity(length: int) -> OffsetMap:
    """The map of a copy as long as its original, character for character (a folded text)."""
    return OffsetMap([0], [(0, 0, length, True)])


def to_plain(markup: str) -> tuple[str, OffsetMap]:
    """The text of ``markup`` without tags and with entities decoded, and its offset map."""
    out: list[str] = []
    starts: list[int] = []
    segments: list[tuple[int, int, int, bool]] = []
    size = 0

    def emit(piece: str, o_start: int, o_end: int, linear: bool) -> None:
        nonlocal size
        if piece:
            out.append(piece)
            starts.append(size)
            segments.append((size, o_start, o_end, linear))
            size += len(piece)

    pos = 0
    skip_until: str | None = None
    for tag in _TAG.finditer(markup):
        name = (tag.group(2) or "").lower()
        if skip_until is None:
            _copy_text(markup, pos, tag.start(), emit)
            if name in _BLOCK:
                emit("\n", tag.start(), tag.end(), False)
            if name in _SKIPPED and not tag.group(1):
                skip_until = name
        elif tag.group(1) and name == skip_until:
            skip_until = None
        pos = tag.end()
    if skip_until is None:
        _copy_text(markup, pos, len(markup), emit)
    return "".join(out), OffsetMap(starts, segments)


def _copy_text(markup: str, start: int, end: int, emit: Any) -> None:
    """Copy ``markup[start:end]`` (no tags in it), decoding its entities."""
    pos = start
    for ent in _ENTITY.finditer(markup, start, end):
        emit(markup[pos : ent.start()], pos, ent.start(), True)
        decoded = html.unescape(ent.group())
        if len(decoded) == 1:
            emit(decoded, ent.start(), ent.end(), False)
        else:
            emit(ent.group(), ent.start(), ent.end(), True)  # unknown entity: kept as written
        pos = ent.end()
    emit(markup[pos:end], pos, end, True)


def map_back(dumped: dict[str, Any], original: str, offsets: OffsetMap) -> dict[str, Any]:
    """A dumped :class:`~quotetrack.models.Document` of the plain copy, with every offset moved to
    ``original`` and every span's text read from it."""
    result: dict[str, Any] = remap(dumped, original, offsets)
    result["text"] = original
    return result


def remap(node: Any, original: str, offsets: OffsetMap) -> Any:
    """A dumped model (or part of one) of a copy of ``original``: every span's offsets moved to
    ``original`` and its text read from it."""
    if isinstance(node, list):
        return [remap(x, original, offsets) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: remap(v, original, offsets) for k, v in node.items()}
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
        start, end = offsets.start(out["start"]), offsets.end(out["end"])
        out["start"], out["end"] = start, max(start, end)
        if "text" in out:
            out["text"] = original[out["start"] : out["end"]]
    if isinstance(out.get("marks"), list) and len(out["marks"]) == 2:
        out["marks"] = [offsets.start(out["marks"][0]), offsets.end(out["marks"][1])]
    if isinstance(out.get("at"), int):
        out["at"] = offsets.start(out["at"])
    return out
