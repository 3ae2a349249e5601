"""``quotetrack link ARTICLE SOURCE...``: each quote of an article with its source passage and diff.

The CLI module wires it in with :func:`add_subcommand`; colours only when stdout is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from quotetrack.link.linker import Linker
from quotetrack.link.models import Link, Source

__all__ = ["add_subcommand", "format_link", "run"]

_COLOURS = {
    "verbatim": "32",
    "trimmed": "32",
    "altered": "33",
    "paraphrase": "36",
    "not_found": "31",
    "insert": "33",
    "delete": "31;9",
    "replace": "35",
}


def add_subcommand(subparsers: Any) -> None:
    """Register ``link`` on an ``argparse`` subparsers object."""
    p = subparsers.add_parser(
        "link",
        help="link an article's quotes to their source texts",
        description="Link every quote of ARTICLE to the passage of the SOURCE files it comes from.",
    )
    p.add_argument("article", metavar="ARTICLE", help="article text file ('-' for standard input)")
    p.add_argument("sources", metavar="SOURCE", nargs="+", help="source text files (communiqués, readouts)")
    p.add_argument("--format", choices=("text", "jsonl"), default="text", help="output format (default: text)")
    p.add_argument("--lang-source", default=None, help="language of the sources (default: detect)")
    p.add_argument("--semantic", action="store_true", help="use multilingual embeddings (quotetrack[semantic])")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run the subcommand; exit code 0 on success, 2 on unreadable input."""
    out = out or sys.stdout
    try:
        article = sys.stdin.read() if args.article == "-" else Path(args.article).read_text(encoding="utf-8")
        sources = [
            Source(id=Path(path).stem, text=Path(path).read_text(encoding="utf-8"), lang=args.lang_source)
            for path in args.sources
        ]
    except (OSError, UnicodeDecodeError) as exc:
        print(f"quotetrack link: {exc}", file=sys.stderr)
        return 2
    try:
        links = Linker(sources, semantic=args.semantic).link(article)
    except (ImportError, ValueError) as exc:
        print(f"quotetrack link: {exc}", file=sys.stderr)
        return 2
    colour = out.isatty()
    for lk in links:
        if args.format == "jsonl":
            out.write(lk.model_dump_json() + "\n")
        else:
            out.write(format_link(lk, colour=colour) + "\n")
    return 0


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def format_link(lk: Link, *, colour: bool = False) -> str:
    """A link as readable lines: fidelity, spans, flags, then the word diff.

    >>> print(format_link(Link(start=0, end=3, text="Oui", fidelity="not_found")))
    not_found [0:3] « Oui »
    """
    head = f"{_paint(lk.fidelity, _COLOURS[lk.fidelity], colour)} [{lk.start}:{lk.end}] « {lk.text} »"
    if not lk.found:
        return head
    lines = [
        head,
        f"  ← {lk.source_id}[{lk.source_start}:{lk.source_end}] score {lk.score:.2f} ({lk.method})"
        + (f" flags: {', '.join(lk.flags)}" if lk.flags else ""),
        f"  source: « {lk.source_text} »",
    ]
    changes = [op for op in lk.diff if op.op != "equal"]
    if changes:
        parts = []
        for op in lk.diff:
            if op.op == "equal":
                parts.append(op.words)
            elif op.op == "insert":
                parts.append(_paint(f"{{+{op.words}+}}", _COLOURS["insert"], colour))
            elif op.op == "delete":
                parts.append(_paint(f"[-{op.source_words}-]", _COLOURS["delete"], colour))
            else:
                parts.append(_paint(f"[-{op.source_words}-]{{+{op.words}+}}", _COLOURS["replace"], colour))
        lines.append("  diff: " + " ".join(parts))
    for alt in lk.alternatives:
        lines.append(f"  also: {alt.source_id}[{alt.source_start}:{alt.source_end}] score {alt.score:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run ``link`` alone (``python -m quotetrack.link.cli ARTICLE SOURCE...``)."""
    parser = argparse.ArgumentParser(prog="quotetrack")
    add_subcommand(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

