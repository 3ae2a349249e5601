"""Show results to people: self-contained HTML for notebooks and reports, ANSI for terminals.

Nothing here runs JavaScript or fetches anything: colours are inline styles and the
details of each quote live in ``title`` attributes (shown on hover). Every piece of
the article and of the results is escaped, so a quote containing ``<script>`` is
displayed, never run.

>>> from quotetrack.models import Document, Quote
>>> doc = Document(text="« <b>Non</b> »", quotes=(Quote(start=2, end=12, text="<b>Non</b>", kind="direct", rule="r"),))
>>> "&lt;b&gt;Non&lt;/b&gt;" in html(doc) and "<b>" not in html(doc)
True
"""

from __future__ import annotations

import html as _html
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from quotetrack.models import Document, Kind, Quote

__all__ = ["PALETTE", "html", "quote_html", "speaker_colour", "table_html", "terminal"]

PALETTE: tuple[str, ...] = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#3b5b92",
    "#b5651d",
    "#008080",
)
"""Speaker colours, readable on white as a translucent background and as terminal text."""

UNKNOWN_COLOUR = "#7f7f7f"
"""Colour of quotes with no speaker."""

# Kinds differ by more than colour so that a reader with colour blindness still tells them apart.
_KIND_STYLE: dict[Kind, str] = {
    Kind.DIRECT: "background:{bg};border-radius:2px;",
    Kind.PARTIAL: "background:{bg};outline:1px dotted {fg};border-radius:2px;",
    Kind.INDIRECT: "background:{bg_light};border-bottom:2px dashed {fg};",
}

_STYLE = (
    "<style>"
    ".qt-doc mark.qt-q:hover{filter:brightness(0.9);cursor:help}"
    ".qt-doc details summary{cursor:pointer}"
    "</style>"
)


def speaker_colour(name: str | None) -> str:
    """The palette colour of a speaker name: the same name always gets the same colour.

    >>> speaker_colour("Kremlin") == speaker_colour("Kremlin")
    True
    >>> speaker_colour(None)
    '#7f7f7f'
    """
    if not name:
        return UNKNOWN_COLOUR
    # crc32, not hash(): Python salts str hashes per process, and colours must survive a restart.
    return PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)]


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _esc(value: object) -> str:
    return _html.escape(str(value), quote=True)


@dataclass(frozen=True)
class _Mark:
    """One stretch of text to wrap in markup (a quote or a speaker mention)."""

    start: int
    end: int
    order: int
    open_tag: str
    close_tag: str


def _outer(q: Quote, size: int) -> tuple[int, int]:
    """The stretch to highlight: the quotation marks included when known, clamped to the text."""
    start, end = q.marks if q.marks is not None else (q.start, q.end)
    start, end = min(start, q.start), max(end, q.end)
    return max(0, min(start, size)), max(0, min(end, size))


def _describe(q: Quote) -> str:
    """The hover text of a quote: speaker, cue, rules and confidence, one per line."""
    lines = [f"{q.kind.value} quote [{q.start}:{q.end}]"]
    if q.speaker is not None:
        who = q.speaker.name
        if q.speaker.mention is not None and q.speaker.mention.text != who:
            who += f" (via “{q.speaker.mention.text}”)"
        lines.append(f"speaker: {who}")
    else:
        lines.append("speaker: unknown")
    if q.cue is not None:
        lemma = f" ({q.cue.lemma})" if q.cue.lemma else ""
        lines.append(f"cue: {q.cue.text}{lemma}")
    lines.append(f"rule: {q.rule}")
    if q.attribution is not None:
        lines.append(f"attribution: {q.attribution.rule}")
        lines.append(f"confidence: {q.attribution.confidence:.2f}")
    else:
        lines.append(f"confidence: {q.confidence:.2f}")
    if q.channel:
        lines.append(f"channel: {q.channel}")
    return "\n".join(lines)


def _marks(doc: Document) -> list[_Mark]:
    """Quote and speaker-mention stretches of a document, invalid or empty ones dropped."""
    size = len(doc.text)
    out: list[_Mark] = []
    seen_mentions: set[tuple[int, int, str]] = set()
    for i, q in enumerate(doc.quotes):
        fg = speaker_colour(q.speaker_name)
        start, end = _outer(q, size)
        if start < end:
            style = _KIND_STYLE[q.kind].format(bg=_rgba(fg, 0.22), bg_light=_rgba(fg, 0.10), fg=fg)
            open_tag = (
                f'<mark class="qt-q qt-{q.kind.value}" data-quote="{i}" '
                f'style="{style}color:inherit;padding:0 1px" title="{_esc(_describe(q))}">'
            )
            out.append(_Mark(start, end, len(out), open_tag, "</mark>"))
        mention = q.speaker.mention if q.speaker is not None else None
        if mention is not None and q.speaker is not None:
            m_start, m_end = max(0, min(mention.start, size)), max(0, min(mention.end, size))
            key = (m_start, m_end, q.speaker.name)
            # Several quotes often share one mention: underline it once.
            if m_start < m_end and key not in seen_mentions:
                seen_mentions.add(key)
                open_tag = (
                    f'<span class="qt-speaker" title="{_esc("speaker: " + q.speaker.name)}" '
                    f'style="text-decoration:underline {fg} 2px;text-underline-offset:3px;font-weight:600">'
                )
                out.append(_Mark(m_start, m_end, len(out), open_tag, "</span>"))
    return out


def _nest(text: str, marks: Sequence[_Mark]) -> str:
    """Escape ``text`` and wrap the marks around it as properly nested tags.

    A sweep over sorted boundaries: when a stretch ends while stretches opened after it are
    still open (overlap rather than nesting), those are closed and reopened around the
    boundary, so the markup stays well-formed whatever the spans do.
    """
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    # Longer stretches open first so that a quote inside another is nested inside it.
    by_start: dict[int, list[_Mark]] = {}
    for m in sorted(marks, key=lambda m: (m.start, -m.end, m.order)):
        by_start.setdefault(m.start, []).append(m)
    stack: list[_Mark] = []
    parts: list[str] = []
    for i, pos in enumerate(bounds):
        if any(m.end == pos for m in stack):
            # Close down to the deepest ending stretch, then reopen the survivors in order.
            depth = min(j for j, m in enumerate(stack) if m.end == pos)
            reopen = [m for m in stack[depth:] if m.end != pos]
            for m in reversed(stack[depth:]):
                parts.append(m.close_tag)
            del stack[depth:]
            for m in reopen:
                parts.append(m.open_tag)
                stack.append(m)
        for m in by_start.get(pos, ()):
            parts.append(m.open_tag)
            stack.append(m)
        if i + 1 < len(bounds):
            parts.append(_esc(text[pos : bounds[i + 1]]))
    parts.extend(m.close_tag for m in reversed(stack))
    return "".join(parts)


def _legend(doc: Document) -> str:
    counts: dict[str | None, int] = {}
    for q in doc.quotes:
        counts[q.speaker_name] = counts.get(q.speaker_name, 0) + 1
    items = []
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "")):
        colour = speaker_colour(name)
        label = _esc(name) if name is not None else "<i>no speaker</i>"
        items.append(
            f'<span style="display:inline-block;margin:0 12px 4px 0">'
            f'<span style="display:inline-block;width:0.8em;height:0.8em;background:{colour};'
            f'border-radius:2px;margin-right:4px;vertical-align:middle"></span>{label} ({n})</span>'
        )
    kinds = ", ".join(f"{len(doc.by_kind(k))} {k.value}" for k in Kind)
    summary = f"{len(doc.quotes)} quote{'s' if len(doc.quotes) != 1 else ''}: {kinds}"
    key = (
        '<span style="color:#666">'
        '<mark style="background:#ddd;padding:0 2px">direct</mark> · '
        '<mark style="background:#ddd;outline:1px dotted #666;padding:0 2px">partial</mark> · '
        '<span style="border-bottom:2px dashed #666">indirect</span> · '
        '<span style="text-decoration:underline 2px">speaker</span>'
        "</span>"
    )
    return (
        f'<div class="qt-legend" style="margin-bottom:8px;font-size:90%">'
        f"<div><b>{_esc(summary)}</b> &nbsp; {key}</div><div>{''.join(items)}</div></div>"
    )


def html(doc: Document) -> str:
    """The article as self-contained HTML: quotes highlighted by speaker, details on hover, a legend.

    Paragraphs and line breaks are kept (``white-space: pre-wrap``); overlapping quotes
    (a partial quote inside an indirect clause) are nested; a table of the quotes follows
    in a collapsed ``<details>`` element.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"html() needs a quotetrack Document, not {type(doc).__name__}")
    body = _nest(doc.text, _marks(doc))
    table = ""
    if doc.quotes:
        columns = ["start", "end", "kind", "speaker", "mention", "cue", "rule", "attribution_rule", "confidence"]
        table = f"<details><summary>Quotes</summary>{table_html(doc.to_records(), columns=columns)}</details>"
    return (
        f'<div class="qt-doc" style="font-family:Georgia,serif;line-height:1.6;max-width:60em">'
        f"{_STYLE}{_legend(doc)}"
        f'<div class="qt-text" style="white-space:pre-wrap">{body}</div>{table}</div>'
    )


def quote_html(q: Quote) -> str:
    """A small card for one quote: its words, kind, speaker, cue, rules and confidence."""
    if not isinstance(q, Quote):
        raise TypeError(f"quote_html() needs a quotetrack Quote, not {type(q).__name__}")
    colour = speaker_colour(q.speaker_name)
    rows: list[tuple[str, str]] = [("kind", q.kind.value), ("span", f"[{q.start}:{q.end}]")]
    if q.speaker is not None:
        rows.append(("speaker", q.speaker.name + (f" ({q.speaker.entity_id})" if q.speaker.entity_id else "")))
        if q.speaker.mention is not None:
            rows.append(("mention", f"{q.speaker.mention.text} [{q.speaker.mention.start}:{q.speaker.mention.end}]"))
    else:
        rows.append(("speaker", "unknown"))
    if q.cue is not None:
        rows.append(("cue", q.cue.text + (f" ({q.cue.lemma})" if q.cue.lemma else "")))
    rows.append(("rule", q.rule))
    if q.attribution is not None:
        rows.append(("attribution", f"{q.attribution.rule}, {q.attribution.confidence:.2f}"))
    else:
        rows.append(("confidence", f"{q.confidence:.2f}"))
    if q.channel:
        rows.append(("channel", q.channel))
    cells = "".join(
        f'<tr><th style="text-align:left;padding:0 8px 0 0;color:#666;font-weight:normal">{_esc(k)}</th>'
        f"<td>{_esc(v)}</td></tr>"
        for k, v in rows
    )
    return (
        f'<div class="qt-quote" style="border-left:4px solid {colour};padding:4px 10px;'
        f'font-family:Georgia,serif;max-width:50em">'
        f'<div style="white-space:pre-wrap;margin-bottom:4px">« {_esc(q.text)} »</div>'
        f'<table style="font-size:85%;border-collapse:collapse">{cells}</table></div>'
    )


def table_html(rows: Sequence[dict[str, Any]], *, columns: Iterable[str] | None = None) -> str:
    """An escaped HTML table of dict rows (columns: those given, else the keys of the first rows in order).

    >>> "<td>&lt;Élysée&gt;</td><td>2</td>" in table_html([{"speaker": "<Élysée>", "n": 2}])
    True
    """
    if columns is None:
        seen: dict[str, None] = {}
        for row in rows:
            seen.update(dict.fromkeys(row))
        cols = list(seen)
    else:
        cols = list(columns)
    cell = "padding:2px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top"
    head = "".join(f'<th style="{cell}">{_esc(c)}</th>' for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(_cell(row.get(c)))}</td>" for c in cols) + "</tr>" for row in rows
    )
    return (
        f'<table class="qt-table" style="border-collapse:collapse;font-size:85%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _ansi(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"\x1b[38;2;{r};{g};{b}m"


_RESET = "\x1b[0m"
# An article may itself contain escape sequences; shown as a symbol they cannot restyle the terminal.
_NO_ESC = str.maketrans({"\x1b": "\u241b"})


def terminal(doc: Document, *, colour: bool = True) -> str:
    """The article for a terminal: quotes in their speaker's colour (ANSI), then one line per quote.

    Direct quotes are bold, indirect ones dim, speaker mentions underlined. With
    ``colour=False`` the article comes plain, followed by the same quote lines. Escape
    characters of the article are shown as ``␛`` so that the text cannot restyle the terminal.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"terminal() needs a quotetrack Document, not {type(doc).__name__}")
    lines = [_sweep_ansi(doc) if colour else doc.text.translate(_NO_ESC), ""]
    for n, q in enumerate(doc.quotes, 1):
        line = f"[{n}] {q.explain()}".translate(_NO_ESC)
        lines.append(f"{_ansi(speaker_colour(q.speaker_name))}{line}{_RESET}" if colour else line)
    if not doc.quotes:
        lines.append("no quotation found")
    return "\n".join(lines)


def _sweep_ansi(doc: Document) -> str:
    """The text with an ANSI style per stretch: the innermost quote's colour, plus mention underline."""
    size = len(doc.text)
    starts: dict[int, list[Quote]] = {}
    for q in doc.quotes:
        s, e = _outer(q, size)
        if s < e:
            starts.setdefault(s, []).append(q)
    mentions: dict[int, int] = {}  # boundary -> +1 opening / -1 closing mentions
    for span in {q.speaker.mention for q in doc.quotes if q.speaker is not None and q.speaker.mention is not None}:
        if span.start < span.end <= size:
            mentions[span.start] = mentions.get(span.start, 0) + 1
            mentions[span.end] = mentions.get(span.end, 0) - 1
    ends = {e for q in doc.quotes for e in [_outer(q, size)[1]]}
    bounds = sorted({0, size} | set(starts) | ends | set(mentions))
    active: list[tuple[int, Quote]] = []  # (end, quote); as long as the nesting depth, so tiny
    in_mention = 0
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [(e, q) for e, q in active if e > a]
        active.extend((_outer(q, size)[1], q) for q in starts.get(a, ()))
        in_mention += mentions.get(a, 0)
        style = ""
        if active:
            # The innermost quote is the shortest still open.
            inner = min(active, key=lambda eq: eq[1].end - eq[1].start)[1]
            style += _ansi(speaker_colour(inner.speaker_name))
            style += {Kind.DIRECT: "\x1b[1m", Kind.PARTIAL: "", Kind.INDIRECT: "\x1b[2m"}[inner.kind]
        if in_mention > 0:
            style += "\x1b[4m"
        chunk = doc.text[a:b].translate(_NO_ESC)
        parts.append(f"{style}{chunk}{_RESET}" if style else chunk)
    return "".join(parts)
