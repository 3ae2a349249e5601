"""``quotetrack track`` through its own parser: add files, query in each format, repeats, conflicts."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest
from test_track_support import fake_extract

from quotetrack.track import cli, tracker


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="quotetrack")
    cli.add_subcommand(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.fixture(autouse=True)
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tracker, "_default_extract", fake_extract)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "note.txt").write_text("« Le dialogue reste ouvert », a déclaré le Kremlin.", encoding="utf-8")
    lines = [
        {"id": "a", "text": "« Le dialogue reste ouvert », a déclaré l'Élysée.", "meta": {"outlet": "Le Quotidien", "date": "2020-02-01"}},
        "{ this is not json",
        {"id": "b", "text": "« Nous verrons demain », a déclaré le Kremlin.", "outlet": "La Gazette", "published": "2020-02-03"},
        {"id": "c"},
    ]
    (d / "arts.jsonl").write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    (d / "ignored.csv").write_text("x", encoding="utf-8")
    return d


def test_add_reports_bad_lines_with_file_and_line(files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    assert run(["track", "add", str(files), "--db", db]) == 2
    err = capsys.readouterr().err
    assert f"{files / 'arts.jsonl'}:2: invalid JSON" in err
    assert f"{files / 'arts.jsonl'}:4: text: Field required" in err
    assert "3 added, 0 skipped, 2 failed, 3 statements" in err
    assert run(["track", "add", str(files / "note.txt"), "--db", db]) == 0
    assert "0 added, 1 skipped" in capsys.readouterr().err


def test_query_formats(files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    run(["track", "add", str(files), "--db", db])
    capsys.readouterr()
    assert run(["track", "query", "--speaker", "kremlin", "--since", "2020-01-01", "--format", "jsonl", "--db", db]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["article_id"], r["published"], r["speaker"]) for r in rows] == [("b", "2020-02-03", "Kremlin")]
    assert run(["track", "query", "--format", "csv", "--db", db]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 3 and {"article_id", "speaker", "text", "start", "end"} <= set(table[0])
    assert run(["track", "query", "--outlet", "Le Quotidien", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["published", "outlet", "speaker", "kind", "text", "article_id"]
    assert "Le dialogue reste ouvert" in out[1] and len(out) == 2


def test_query_with_a_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["track", "query", "--since", "hier", "--db", str(tmp_path / "s.db")]) == 2
    assert "since='hier' is not an ISO date" in capsys.readouterr().err


def test_repeats_and_conflicts(files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    run(["track", "add", str(files), "--db", db])
    capsys.readouterr()
    assert run(["track", "repeats", "--format", "jsonl", "--db", db]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {r["text"] for r in rows} == {"Le dialogue reste ouvert"} and len(rows) == 2
    assert run(["track", "conflicts", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "different_speaker" in out and "Kremlin" in out and "Élysée" in out


def test_a_non_database_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"x" * 4096)
    assert run(["track", "query", "--db", str(bad)]) == 2
    assert "not a usable quotetrack database" in capsys.readouterr().err
