"""HTML for notebooks: one link, or an article and its sources side by side with differences marked.

Every piece of text is HTML-escaped; styles are inline; nothing is fetched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from quotetrack.link.models import Link, Source

__all__ = ["link_html", "links_html"]

_COLOURS = {
    "verbatim": "#2e7d32",
    "trimmed": "#558b2f",
    "altered": "#ef6c00",
    "paraphrase": "#1565c0",
    "not_found": "#c62828",
}
_OP_STYLE = {
    "insert": "background:#ffe0b2;",
    "delete": "background:#ffcdd2;text-decoration:line-through;",
    "replace": "background:#fff59d;",
}


def _badge(link: Link) -> str:
    colour = _COLOURS[link.fidelity]
    flags = "".join(
        f' <span style="border:1px solid #c62828;color:#c62828;padding:0 3px;font-size:80%">{escape(f)}</span>'
        for f in link.flags
    )
    return (
        f'<span style="background:{colour};color:white;padding:0 4px;border-radius:3px;'
        f'font-size:80%">{escape(link.fidelity)} {link.score:.2f}</span>{flags}'
    )


def link_html(link: Link) -> str:
    """One link: the article's words and the source's, changed words marked."""
    article = _marked(link, side="article")
    source = _marked(link, side="source") if link.source_text is not None else "<i>no source passage</i>"
    where = escape(link.source_id or "")
    return (
        '<div style="font-family:sans-serif;margin:4px 0">'
        f"{_badge(link)} "
        '<table style="border-collapse:collapse;width:100%"><tr>'
        f'<td style="vertical-align:top;width:50%;padding:4px;border:1px solid #ddd">{article}</td>'
        f'<td style="vertical-align:top;width:50%;padding:4px;border:1px solid #ddd">'
        f'<small style="color:#666">{where}</small><br>{source}</td>'
        "</tr></table></div>"
    )


def _marked(link: Link, *, side: str) -> str:
    """The article's (or source's) text of a link with each diff operation styled."""
    spans: list[tuple[int, int, str]]
    if side == "article":
        text, offset = link.text, link.start
        spans = [(op.start, op.end, op.op) for op in link.diff if op.op in ("insert", "replace")]
    else:
        text, offset = link.source_text or "", link.source_start or 0
        spans = [(op.source_start, op.source_end, op.op) for op in link.diff if op.op in ("delete", "replace")]
    return _paint(text, offset, spans)


def _paint(text: str, offset: int, spans: Sequence[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for a, b, op in sorted(spans):
        a, b = a - offset, b - offset
        if a < pos or b > len(text) or a >= b:
            continue
        out.append(escape(text[pos:a]))
        out.append(f'<span style="{_OP_STYLE[op]}" title="{op}">{escape(text[a:b])}</span>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def links_html(links: Iterable[Link], article_text: str, sources: Iterable[Source] | Source | str) -> str:
    """The article and its sources side by side, quotes coloured by fidelity, linked passages underlined."""
    links = list(links)
    if isinstance(sources, str):
        sources = [Source(id="source-1", text=sources)]
    elif isinstance(sources, Source):
        sources = [sources]
    by_id = {s.id: s for s in sources}
    art = _highlight(article_text, [(lk.start, lk.end, lk.fidelity, i) for i, lk in enumerate(links)])
    cols = []
    for sid, src in by_id.items():
        marks = [
            (lk.source_start, lk.source_end, lk.fidelity, i)
            for i, lk in enumerate(links)
            if lk.source_id == sid and lk.source_start is not None and lk.source_end is not None
        ]
        cols.append(f"<h4 style='margin:2px 0'>{escape(sid)}</h4>{_highlight(src.text, marks)}")
    rows = "".join(f"<li>{link_html(lk)}</li>" for lk in links)
    return (
        '<div style="font-family:sans-serif">'
        '<div style="display:flex;gap:12px">'
        f'<div style="flex:1;white-space:pre-wrap;border:1px solid #ccc;padding:6px">{art}</div>'
        f'<div style="flex:1;white-space:pre-wrap;border:1px solid #ccc;padding:6px">{"".join(cols)}</div>'
        f"</div><ol>{rows}</ol></div>"
    )


def _highlight(text: str, spans: Sequence[tuple[int, int, str, int]]) -> str:
    """Text with non-overlapping spans underlined in their fidelity colour and numbered."""
    out, pos = [], 0
    for a, b, fidelity, n in sorted(spans):
        if a < pos or b > len(text):
            continue
        out.append(escape(text[pos:a]))
        out.append(
            f'<span style="border-bottom:3px solid {_COLOURS[fidelity]}" title="{escape(fidelity)}">'
            f"{escape(text[a:b])}</span><sup>{n + 1}</sup>"
        )
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)
