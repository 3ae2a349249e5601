"""The ``quotetrack`` command: ``extract``, ``eval``, and ``link`` / ``track`` when installed.

Exit codes as Unix tools have them: 0 success, 1 an evaluation gate failed,
2 a usage error or unreadable input (missing file, not UTF-8, malformed JSON Lines).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from quotetrack.lexicon import jsonl_objects
from quotetrack.models import Document

__all__ = ["main"]

PROG = "quotetrack"
OK, GATE_FAILED, USAGE = 0, 1, 2
FORMATS = ("table", "jsonl", "csv", "html", "json")

EPILOG = """\
examples:
  quotetrack extract article.txt                      quotes as a table
  cat article.txt | quotetrack extract - --format jsonl
  quotetrack extract corpus.jsonl --format csv > quotes.csv   ({"id", "text"} per line)
  quotetrack eval gold/dev.jsonl gold/links_dev.jsonl --show
  quotetrack eval gold/*.jsonl --min-f1 0.95          CI gate: exit 1 below the floor
  python -m quotetrack --help                         the same, without the script

exit codes: 0 ok, 1 evaluation gate failed, 2 usage error or unreadable input
"""


class InputError(Exception):
    """Input the command cannot read; its message is printed as ``quotetrack: …`` and exits 2."""


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# ---------------------------------------------------------------------- input


def _read_bytes(name: str) -> bytes:
    """The bytes of a file, or of stdin for ``-``; errors worded like other Unix tools."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        return buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: No such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{name}: Is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: Permission denied") from None
    except OSError as e:  # a file under a plain file (Not a directory), a name too long…
        raise InputError(f"{name}: {e.strerror or e}") from None


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text (a leading BOM dropped); other encodings are refused with a hint."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{byte:02x} at offset {exc.start}); "
            "quotetrack reads UTF-8 text: convert it first, e.g. iconv -f LATIN1 -t UTF-8"
        ) from None


def _parse_jsonl(text: str, name: str) -> list[tuple[str | None, str]]:
    """(id, text) pairs from JSON Lines of ``{"id": …, "text": …}`` objects."""
    out: list[tuple[str | None, str]] = []
    try:
        objects = list(jsonl_objects(text.splitlines(), name))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    for lineno, obj in objects:
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f'{name}:{lineno}: expected an object with a "text" string')
        doc_id = obj.get("id")
        out.append((None if doc_id is None else str(doc_id), obj["text"]))
    return out


def _read_texts(name: str, *, jsonl: bool) -> list[tuple[str | None, str]]:
    """The texts to process: one for a text file or stdin, one per line for JSON Lines."""
    text = _decode(_read_bytes(name), "<stdin>" if name == "-" else name)
    if jsonl or name.endswith(".jsonl"):
        return _parse_jsonl(text, name)
    return [] if not text.strip() else [(None, text)]


# --------------------------------------------------------------------- output


def _records(docs: Sequence[tuple[str | None, Document]], with_id: bool) -> list[dict[str, Any]]:
    rows = []
    for doc_id, doc in docs:
        for rec in doc.to_records():
            rows.append({"doc": doc_id, **rec} if with_id else rec)
    return rows


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _write_table(docs: Sequence[tuple[str | None, Document]], with_id: bool) -> None:
    rows = [
        [*([r["doc"] or ""] if with_id else []), r["kind"], str(r["start"]), str(r["end"]),
         _one_line(r["speaker"] or "?", 30), _one_line(r["text"], 70)]
        for r in _records(docs, with_id)
    ]
    if not rows:
        return
    header = [*(["doc"] if with_id else []), "kind", "start", "end", "speaker", "text"]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _write_jsonl(docs: Sequence[tuple[str | None, Document]], with_id: bool) -> None:
    for doc_id, doc in docs:
        for q in doc.quotes:
            payload = q.model_dump(mode="json")
            print(json.dumps({"doc": doc_id, **payload} if with_id else payload, ensure_ascii=False))


def _write_csv(docs: Sequence[tuple[str | None, Document]], with_id: bool) -> None:
    rows = _records(docs, with_id)
    fields = list(rows[0]) if rows else [*(["doc"] if with_id else []), *_RECORD_FIELDS]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


_RECORD_FIELDS = [
    "start", "end", "kind", "text", "speaker", "speaker_id", "speaker_type", "mention",
    "cue", "cue_lemma", "channel", "rule", "attribution_rule", "confidence",
]
"""Column names when there is no quote to take them from (kept equal to ``Document.to_records``)."""


def _write_json(docs: Sequence[tuple[str | None, Document]], with_id: bool) -> None:
    if with_id:
        payload = [{"id": doc_id, **doc.model_dump(mode="json")} for doc_id, doc in docs]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for _, doc in docs:
            print(doc.model_dump_json(indent=2))


def _write_html(docs: Sequence[tuple[str | None, Document]], with_id: bool) -> None:
    try:
        render = importlib.import_module("quotetrack.render")
    except ImportError:
        raise InputError("--format html needs quotetrack.render, which is not installed") from None
    for _, doc in docs:
        print(render.html(doc))


_WRITERS: dict[str, Callable[[Sequence[tuple[str | None, Document]], bool], None]] = {
    "table": _write_table,
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "json": _write_json,
    "html": _write_html,
}


# ------------------------------------------------------------------- commands


def _cmd_extract(args: argparse.Namespace) -> int:
    """Run extraction on a file or stdin and print the quotes."""
    from quotetrack import Config, extract

    jsonl = args.jsonl or args.file.endswith(".jsonl")
    texts = _read_texts(args.file, jsonl=jsonl)
    if args.year is None:
        docs = [(doc_id, extract(text)) for doc_id, text in texts]
    else:
        config = Config(year=args.year)
        docs = [(doc_id, extract(text, config=config)) for doc_id, text in texts]
    if docs:
        _WRITERS[args.format](docs, jsonl)
    return OK


def _cmd_eval(args: argparse.Namespace) -> int:
    """Score extraction (and linking) on gold files; ``--min-f1`` turns it into a gate."""
    from quotetrack.evaluate import evaluate, read_gold

    for name in args.gold:
        if not Path(name).is_file():
            _read_bytes(name)  # raises the same message as extract for a missing file
    try:
        report = evaluate(read_gold(args.gold))
    except UnicodeDecodeError as exc:
        raise InputError(f"gold files must be UTF-8 ({exc.reason})") from None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        print(report.format(show=args.show))
    if args.min_f1 is not None and report.direct_partial.f1 < args.min_f1:
        _err(f"direct+partial F1 {report.direct_partial.f1:.3f} is below --min-f1 {args.min_f1}")
        return GATE_FAILED
    return OK


def _converted(value: str, convert: Callable[[str], float], what: str, lo: float, hi: float, bounds: str) -> float:
    """``value`` read by ``convert`` and within ``[lo, hi]``, else an argparse error naming ``what``."""
    try:
        x = convert(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {value!r}") from None
    if not lo <= x <= hi:
        raise argparse.ArgumentTypeError(f"{bounds} {value}")
    return x


def _unit_float(value: str) -> float:
    return _converted(value, float, "a number", 0.0, 1.0, "must be between 0 and 1, not")


def _year(value: str) -> int:
    return int(_converted(value, int, "a year", 1000, 9999, "not a four-digit year:"))


def _add_extract(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="find and attribute the quotes of a text",
        description="Find every quotation in a UTF-8 text file (or stdin) and print it.",
        epilog="example: quotetrack extract article.txt --format jsonl",
    )
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file, '-' for stdin, or a .jsonl of {\"id\", \"text\"}")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--jsonl", action="store_true", help="read the input as JSON Lines whatever its name (for stdin)")
    p.add_argument("--year", type=_year, metavar="YYYY",
                   help="the year the texts were published: a known office binds to its holder that year "
                        "(default: a dateline's year, if any)")
    p.set_defaults(func=_cmd_extract)


def _add_eval(sub: Any) -> None:
    p = sub.add_parser(
        "eval",
        help="score extraction against gold annotations",
        description=(
            "Score quotetrack on gold files (the GUIDE format). Files holding objects with "
            '"article"/"source" keys are gold links, scored against the documents of the other files.'
        ),
        epilog="example: quotetrack eval dev.jsonl links_dev.jsonl --show --min-f1 0.9",
    )
    p.add_argument("gold", metavar="GOLD.jsonl", nargs="+", help="gold documents or links files")
    p.add_argument("--show", action="store_true", help="list misses, extras and wrong speakers")
    p.add_argument("--json", action="store_true", help="print the whole report as JSON")
    p.add_argument("--min-f1", type=_unit_float, metavar="X",
                   help="exit 1 when direct+partial F1 is below X")
    p.set_defaults(func=_cmd_eval)


def _add_broken(sub: Any, name: str, error: Exception) -> None:
    """A stand-in for a command whose module fails to import: it says why, only when asked for."""

    def fail(args: argparse.Namespace) -> int:
        raise InputError(f"'{name}' command unavailable: {error}")

    p = sub.add_parser(name, help=f"(unavailable: {error})", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=fail)


def _add_plugins(sub: Any) -> None:
    """``link`` and ``track`` live in their own packages; absent packages mean absent commands.

    A package that is there but fails to import gets a stand-in command that reports the
    error, rather than a warning on every other command's stderr.
    """
    for name in ("link", "track"):
        module = f"quotetrack.{name}.cli"
        try:
            plugin = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name in (f"quotetrack.{name}", module):
                continue
            _add_broken(sub, name, exc)
            continue
        except ImportError as exc:
            _add_broken(sub, name, exc)
            continue
        plugin.add_subcommand(sub)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    from quotetrack import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find, attribute and source quotations in French news text.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_extract(sub)
    _add_eval(sub)
    _add_plugins(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting (tests call it directly)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else USAGE
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return USAGE
    try:
        return int(func(args))
    except InputError as exc:
        _err(str(exc))
        return USAGE
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix filters do, and keep
        # Python from complaining again when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return OK
