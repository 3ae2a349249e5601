"""Rules of the engine's own code that a merge can silently break.

Three times a function inserted between a pattern builder and its ``@cache`` took the decorator
away from the builder (and gave it twice to the new function): the builder then ran once per text
instead of once per process (``_preposition_or_link_before`` compiled its patterns and scanned the
whole Unicode plane for every text, 4x slower). The output does not change, so no behaviour test
sees it; these checks read the source instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quotetrack"
SOURCES = sorted(PACKAGE.rglob("*.py"))


def _module_functions(path: Path) -> list[ast.FunctionDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in tree.body if isinstance(node, ast.FunctionDef)]


def _takes_no_argument(fn: ast.FunctionDef) -> bool:
    a = fn.args
    return not (a.posonlyargs or a.args or a.kwonlyargs or a.vararg or a.kwarg)


def _decorators(fn: ast.FunctionDef) -> list[str]:
    return [ast.unparse(d) for d in fn.decorator_list]


def _uncached_builders(path: Path) -> list[str]:
    """Module functions of no argument that compile a pattern and are not cached."""
    return [
        f"{fn.name} (line {fn.lineno})"
        for fn in _module_functions(path)
        if _takes_no_argument(fn)
        and "compile(" in ast.unparse(fn)
        and not any("cache" in d for d in _decorators(fn))
    ]


def _doubled_decorators(path: Path) -> list[str]:
    """Module functions that carry the same decorator twice."""
    return [
        f"{fn.name} (line {fn.lineno})"
        for fn in _module_functions(path)
        if len(set(_decorators(fn))) != len(fn.decorator_list)
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_builder_of_patterns_without_arguments_is_cached(path: Path) -> None:
    assert not _uncached_builders(path), f"compiles patterns on every call, no @cache: {_uncached_builders(path)}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_decorator_is_stacked_twice(path: Path) -> None:
    assert not _doubled_decorators(path), f"a decorator stacked twice (moved off its function?): {_doubled_decorators(path)}"


def test_the_checks_see_a_lost_decorator(tmp_path: Path) -> None:
    """The two checks above catch the shape a bad merge leaves, and pass a cached builder."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import re\nfrom functools import cache\n\n"
        "@cache\n@cache\ndef inserted():\n    return 1\n\n"
        "def builder():\n    return re.compile('x')\n\n"
        "@cache\ndef cached_builder():\n    return re.compile('y')\n",
        encoding="utf-8",
    )
    assert _doubled_decorators(bad) == ["inserted (line 6)"]
    assert _uncached_builders(bad) == ["builder (line 9)"]
