"""Griffe extension for the docs build: show the doctests of docstrings as ``pycon`` code blocks.

Docstrings hold bare ``>>>`` examples (run by doctest); left as they are, Markdown reads their
output as prose, and a result like ``[('direct', …)]`` as a broken cross-reference.
"""

from __future__ import annotations

from typing import Any

from griffe import Extension, Object


def fence_doctests(text: str) -> str:
    """Wrap each run of ``>>>`` lines and their output (up to a blank line) in a ``pycon`` fence."""
    out: list[str] = []
    in_example = in_fence = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not in_example and stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}```pycon")
            in_example = True
        elif in_example and not stripped:
            out.append(f"{indent}```")
            in_example = False
        out.append(line)
    if in_example:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(Extension):
    """Fence the doctests of every documented object's docstring."""

    def on_instance(self, *, obj: Object, **kwargs: Any) -> None:
        # At creation, before mkdocstrings parses the docstring; runs for lazily loaded modules too.
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
