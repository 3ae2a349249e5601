"""The code in README.md and docs/ runs: every ```python block is executed, every ```pycon block doctested.

Blocks of one page run in order in one namespace, like a reader following the page. A
comment line just before a block, ``<!-- doctest: requires NAME ... -->``, skips it while a
name is missing (an optional package, or an API still to land: ``quotetrack.link()`` means a
callable, not the subpackage); ``<!-- doctest: skip -->`` never runs it.
"""

from __future__ import annotations

import doctest
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

_FENCE = re.compile(
    r"(?:^<!--\s*doctest:\s*(?P<directive>[^>]*?)\s*-->\n)?^```(?P<lang>[\w-]*)[^\n]*\n(?P<code>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    code: str
    directive: str


def blocks(page: Path) -> list[Block]:
    """The python and pycon blocks of a markdown page, with their directive comments."""
    text = page.read_text(encoding="utf-8")
    found = []
    for m in _FENCE.finditer(text):
        if m["lang"] in ("python", "pycon"):
            line = text.count("\n", 0, m.start("code")) + 1
            found.append(Block(page, line, m["lang"], m["code"], (m["directive"] or "").strip()))
    return found


def _resolve(dotted: str) -> Any:
    """The object a dotted name refers to (attributes first, then submodules), or raise LookupError."""
    parts = dotted.split(".")
    try:
        obj: Any = importlib.import_module(parts[0])
    except ImportError as exc:
        raise LookupError(dotted) from exc
    for i, part in enumerate(parts[1:], start=2):
        if hasattr(obj, part):
            obj = getattr(obj, part)
            continue
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError as exc:
            raise LookupError(dotted) from exc
    return obj


def missing(directive: str) -> list[str]:
    """The names a ``requires`` directive asks for that are not available."""
    if not directive.startswith("requires"):
        return []
    absent = []
    for name in directive.split()[1:]:
        want_callable = name.endswith("()")
        try:
            obj = _resolve(name.removesuffix("()"))
        except LookupError:
            absent.append(name)
            continue
        if want_callable and (not callable(obj) or type(obj).__name__ == "module"):
            absent.append(name)
    return absent


def _page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_page_code_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # blocks may write files (article.html…)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    skipped = []
    ran = 0
    for block in blocks(page):
        where = f"{_page_id(page)}:{block.line}"
        if block.directive == "skip":
            continue
        absent = missing(block.directive)
        if absent:
            skipped.append(f"{where} needs {', '.join(absent)}")
            continue
        if block.lang == "pycon":
            test = doctest.DocTestParser().get_doctest(block.code, namespace, where, str(page), block.line)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test)
            assert runner.failures == 0, f"doctest failed in {where}"
        else:
            exec(compile(block.code, where, "exec"), namespace)
        ran += 1
    if skipped and not ran:
        pytest.skip("; ".join(skipped))


def test_every_page_is_collected() -> None:
    names = {p.name for p in PAGES}
    assert {"README.md", "index.md", "getting-started.md", "concepts.md"} <= names


@pytest.mark.parametrize(
    ("directive", "absent"),
    [
        ("", []),
        ("skip", []),
        ("requires quotetrack.extract()", []),
        ("requires quotetrack.models.Quote", []),
        ("requires quotetrack.no_such_thing", ["quotetrack.no_such_thing"]),
        ("requires no_such_package_xyz", ["no_such_package_xyz"]),
        ("requires quotetrack.models()", ["quotetrack.models()"]),
    ],
)
def test_requires_directive(directive: str, absent: list[str]) -> None:
    assert missing(directive) == absent


def test_fence_parser_reads_directives(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "Intro.\n\n<!-- doctest: requires spacy -->\n```python\nx = 1\n```\n\n"
        "```bash\nls\n```\n\n```pycon\n>>> 1 + 1\n2\n```\n",
        encoding="utf-8",
    )
    found = blocks(page)
    assert [(b.lang, b.directive, b.code) for b in found] == [
        ("python", "requires spacy", "x = 1\n"),
        ("pycon", "", ">>> 1 + 1\n2\n"),
    ]


def test_docstring_doctests_are_fenced_for_the_site() -> None:
    pytest.importorskip("griffe")
    import importlib.util

    spec = importlib.util.spec_from_file_location("doctest_fences", ROOT / "docs" / "hooks" / "doctest_fences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Intro.\n\n>>> 1 + 1\n2\n\nAfter.\n\n```python\n>>> kept\n```"
    assert module.fence_doctests(text) == (
        "Intro.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nAfter.\n\n```python\n>>> kept\n```"
    )


def test_concepts_page_lists_every_attribution_rule() -> None:
    from quotetrack.attribute import builtin_rules

    page = (ROOT / "docs" / "concepts.md").read_text(encoding="utf-8")
    missing = [r.id for r in builtin_rules() if f"`{r.id}`" not in page]
    assert not missing, f"docs/concepts.md does not list: {missing}"
