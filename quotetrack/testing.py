"""Assertions for rule authors' unit tests.

>>> from quotetrack.testing import assert_quotes
>>> assert_quotes("Rien à signaler.", [])

A failing assertion prints the whole document's explanation, one ``Quote.explain()``
line per quote, so the reason (which rule, which cue, which mention) is in the test log.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quotetrack.evaluate import fold
from quotetrack.models import Document, Kind, Quote

__all__ = ["assert_attributed", "assert_no_quote", "assert_quotes", "explain_document"]


def _extract(text: str, registry: Any, config: Any) -> Document:
    """Run ``quotetrack.extract`` with only the options given (``registry`` may not exist yet)."""
    from quotetrack import extract

    kwargs: dict[str, Any] = {}
    if config is not None:
        kwargs["config"] = config
    if registry is not None:
        kwargs["registry"] = registry
    return extract(text, **kwargs)


def explain_document(doc: Document) -> str:
    """The text and one ``explain()`` line per quote: what a failing assertion shows."""
    lines = [f"text: {doc.text!r}"]
    if not doc.quotes:
        lines.append("  (no quote found)")
    lines += [f"  [{i}] {q.explain()}" for i, q in enumerate(doc.quotes)]
    return "\n".join(lines)


def _fail(message: str, doc: Document) -> AssertionError:
    return AssertionError(f"{message}\n{explain_document(doc)}")


def _pick(doc: Document, quote: str | None, kind: Kind | None) -> Quote:
    """The quote under test: the only one, the one whose text is ``quote``, or the only one of ``kind``."""
    found = list(doc.quotes)
    if quote is not None:
        found = [q for q in found if q.text == quote or q.text.strip() == quote.strip()]
        if not found:
            raise _fail(f"no quote with text {quote!r}", doc)
    if len(found) > 1 and kind is not None:
        found = [q for q in found if q.kind == kind] or found
    if len(found) != 1:
        what = "no quote found" if not found else f"{len(found)} quotes found; pass quote=... to choose"
        raise _fail(what, doc)
    return found[0]


def _speaker_is(q: Quote, expected: str) -> bool:
    """Canonical name or entity id equal to ``expected``, case- and accent-insensitively."""
    if q.speaker is None:
        return False
    want = fold(expected)
    return any(v is not None and fold(v) == want for v in (q.speaker.name, q.speaker.entity_id))


def assert_attributed(
    text: str,
    *,
    speaker: str | None = None,
    kind: Kind | str | None = None,
    quote: str | None = None,
    rule: str | None = None,
    registry: Any = None,
    config: Any = None,
) -> Quote:
    """Assert that ``text`` holds the quote and it has this speaker, kind and rule; return it.

    ``speaker`` is a canonical name or an entity id; ``rule`` is the attribution rule id
    (or the detection rule id). Options left at ``None`` are not checked.
    """
    want_kind = Kind(kind) if kind is not None else None
    doc = _extract(text, registry, config)
    q = _pick(doc, quote, want_kind)
    problems = []
    if speaker is not None and not _speaker_is(q, speaker):
        got = f"{q.speaker.name!r} (id {q.speaker.entity_id!r})" if q.speaker else "no speaker"
        problems.append(f"speaker: expected {speaker!r}, got {got}")
    if want_kind is not None and q.kind != want_kind:
        problems.append(f"kind: expected {want_kind.value!r}, got {q.kind.value!r}")
    if rule is not None:
        fired = q.attribution.rule if q.attribution else None
        if rule not in (fired, q.rule):
            problems.append(f"rule: expected {rule!r}, got attribution {fired!r}, detection {q.rule!r}")
    if problems:
        raise _fail(f"quote « {q.text} »: " + "; ".join(problems), doc)
    return q


def assert_no_quote(text: str, *, registry: Any = None, config: Any = None) -> None:
    """Assert that ``text`` holds no quotation at all (labels, titles, scare quotes…)."""
    doc = _extract(text, registry, config)
    if doc.quotes:
        raise _fail(f"expected no quote, found {len(doc.quotes)}", doc)


def assert_quotes(
    text: str,
    expected: Sequence[tuple[Kind | str, str]],
    *,
    registry: Any = None,
    config: Any = None,
) -> None:
    """Assert that ``text`` holds exactly these (kind, quoted text) pairs, in text order."""
    doc = _extract(text, registry, config)
    want = [(Kind(k).value, t) for k, t in expected]
    got = [(q.kind.value, q.text) for q in doc.quotes]
    if got != want:
        missing = [w for w in want if w not in got]
        extra = [g for g in got if g not in want]
        raise _fail(f"quotes differ: missing {missing}, unexpected {extra}, expected order {want}", doc)
