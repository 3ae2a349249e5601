"""The command line, called through ``main([...])`` with a fake extractor."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest

import quotetrack
from quotetrack.cli import main
from quotetrack.evaluate import load_gold
from quotetrack.models import Document, Kind, Quote, Speaker

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold_small.jsonl"
ARTICLE = "Le porte-parole a tranché : « Nous ne reculerons pas. » La séance a repris ensuite."


def fake_extract(text: str, **_: object) -> Document:
    """Every « … » of the text as a direct quote said by the porte-parole: stable whatever the detector."""
    quotes = []
    start = text.find("« ")
    while start != -1:
        end = text.index(" »", start)
        quotes.append(Quote(start=start + 2, end=end, text=text[start + 2:end], kind=Kind.DIRECT,
                            rule="fake", speaker=Speaker(name="porte-parole")))
        start = text.find("« ", end)
    return Document(text=text, quotes=tuple(quotes))


@pytest.fixture(autouse=True)
def _fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotetrack, "extract", fake_extract)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# ---------------------------------------------------------------------- help


def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "extract" in out and "eval" in out and "examples:" in out and "--min-f1" in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["frobnicate"], ["extract"], ["extract", "-", "--format", "xml"],
                                  ["extract", "-", "--year", "dix"], ["extract", "-", "--year", "19"],
                                  ["eval", "g.jsonl", "--min-f1", "2"]])
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


# ------------------------------------------------------------------- extract


def test_extract_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["kind", "start", "end", "speaker", "text"]
    assert "Nous ne reculerons pas." in lines[1] and "porte-parole" in lines[1]


def test_extract_jsonl_offsets_are_true(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    q = json.loads(line)
    assert ARTICLE[q["start"]:q["end"]] == q["text"] == "Nous ne reculerons pas."
    assert q["speaker"]["name"] == "porte-parole"


def test_extract_csv(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["kind"] == "direct" and row["text"] == "Nous ne reculerons pas."


def test_extract_json_round_trips(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--format", "json"]) == 0
    doc = Document.model_validate_json(capsys.readouterr().out)
    assert doc.text == ARTICLE and len(doc.quotes) == 1


def test_extract_html(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(article), "--format", "html"])
    captured = capsys.readouterr()
    if importlib.util.find_spec("quotetrack.render") is None:
        assert code == 2 and "quotetrack.render" in captured.err
    else:
        assert code == 0 and "<" in captured.out


def test_extract_jsonl_input_keeps_document_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "a1", "text": "Elle a répondu : « Pas aujourd'hui. »"},
            {"id": "a2", "text": "Aucune déclaration n'a été faite."},
            {"id": "a3", "text": "« Tout va bien », a-t-il assuré."}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(o["doc"], o["text"]) for o in out] == [("a1", "Pas aujourd'hui."), ("a3", "Tout va bien")]


def test_extract_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin(monkeypatch, ARTICLE.encode("utf-8"))
    assert main(["extract", "-", "--format", "jsonl"]) == 0
    assert "Nous ne reculerons pas." in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "speaker"), [
    ([], "président américain"),
    (["--year", "2019"], "Donald Trump"),
    (["--year", "2022"], "Joe Biden"),
], ids=["no-year", "2019", "2022"])
def test_extract_year_binds_an_office(argv: list[str], speaker: str, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from quotetrack import pipeline

    monkeypatch.setattr(quotetrack, "extract", pipeline.extract)
    stdin(monkeypatch, "« Nous ne céderons rien », a déclaré le président américain.".encode())
    assert main(["extract", "-", "--format", "jsonl", *argv]) == 0
    assert json.loads(capsys.readouterr().out)["speaker"]["name"] == speaker


@pytest.mark.parametrize("data", [b"", b"\n  \n"], ids=["empty", "blank"])
def test_empty_input_prints_nothing(data: bytes, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    stdin(monkeypatch, data)
    assert main(["extract", "-"]) == 0
    assert capsys.readouterr() == ("", "")


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.txt"
    assert main(["extract", str(missing)]) == 2
    assert capsys.readouterr().err == f"quotetrack: {missing}: No such file or directory\n"


def test_a_path_under_a_plain_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "article.txt"
    plain.write_text("« Oui », a dit Paul.", encoding="utf-8")
    assert main(["extract", str(plain / "x.txt")]) == 2
    assert capsys.readouterr().err == f"quotetrack: {plain / 'x.txt'}: Not a directory\n"


def test_undecodable_input_names_the_expected_encoding(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Il a déclaré : « Non. »".encode("latin-1"))
    assert main(["extract", str(latin)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotetrack: {latin}: not UTF-8") and "0xe9" in err


def test_malformed_jsonl_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Bonjour."}\n{"id": "b"}\n', encoding="utf-8")
    assert main(["extract", str(corpus)]) == 2
    assert f"{corpus}:2:" in capsys.readouterr().err


# ---------------------------------------------------------------------- eval


def test_eval_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert "direct+partial" in out and "attribution accuracy" in out and "gold sha256" in out


def test_eval_show_lists_misses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD), "--show"]) == 0
    out = capsys.readouterr().out
    assert "miss" in out and "la ville restait prête à discuter" in out


def test_eval_json_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 5
    assert set(report["direct_partial"]) == {"tp", "fp", "fn", "precision", "recall", "f1"}


def test_min_f1_gate(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    docs = {d.text: d for d in load_gold(GOLD)}

    def perfect(text: str, **_: object) -> Document:
        return Document(text=text, quotes=tuple(
            Quote(start=q.start, end=q.end, text=text[q.start:q.end], kind=q.kind, rule="oracle")
            for q in docs[text].quotes))

    monkeypatch.setattr(quotetrack, "extract", perfect)
    assert main(["eval", str(GOLD), "--min-f1", "0.99"]) == 0
    monkeypatch.setattr(quotetrack, "extract", lambda text: Document(text=text))
    assert main(["eval", str(GOLD), "--min-f1", "0.5"]) == 1
    assert "below --min-f1 0.5" in capsys.readouterr().err


def test_eval_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gold.jsonl"
    assert main(["eval", str(GOLD), str(missing)]) == 2
    assert capsys.readouterr().err == f"quotetrack: {missing}: No such file or directory\n"


def test_eval_invalid_gold_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Oui.", "quotes": [{"start": 0, "end": 3}]}\n', encoding="utf-8")
    assert main(["eval", str(bad)]) == 2
    assert "bad.jsonl:1:" in capsys.readouterr().err


def test_eval_scores_links_by_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(GOLD), str(DATA / "links_small.jsonl")]) == 0
    out = capsys.readouterr().out
    # Either the link package answers, or the report says why links were not scored.
    assert "links" in out


# ------------------------------------------------------------------ plugins


def _plugin_loader(monkeypatch: pytest.MonkeyPatch, behaviour: object) -> None:
    """Make ``quotetrack.track.cli`` a fake module (or a failing import); ``link`` absent."""
    import importlib
    import types

    real = importlib.import_module

    def fake_import(name: str, package: str | None = None) -> types.ModuleType:
        if name == "quotetrack.link.cli":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        if name == "quotetrack.track.cli":
            if isinstance(behaviour, Exception):
                raise behaviour
            module = types.ModuleType(name)
            module.add_subcommand = behaviour  # type: ignore[attr-defined]
            return module
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", fake_import)


def test_plugin_subcommand_is_wired(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def add_subcommand(sub: object) -> None:
        p = sub.add_parser("track", help="track statements")  # type: ignore[attr-defined]
        p.add_argument("--db")
        p.set_defaults(func=lambda args: 0 if args.db == "x.db" else 3)

    _plugin_loader(monkeypatch, add_subcommand)
    assert main(["track", "--db", "x.db"]) == 0
    assert main(["track", "--db", "y.db"]) == 3
    assert main(["link"]) == 2  # absent module: no command
    assert "track statements" in (main(["--help"]), capsys.readouterr().out)[1]


def test_broken_plugin_explains_itself_only_when_called(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    _plugin_loader(monkeypatch, ImportError("cannot import name 'Store'"))
    assert main(["--version"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["track", "query"]) == 2
    assert "'track' command unavailable: cannot import name 'Store'" in capsys.readouterr().err
