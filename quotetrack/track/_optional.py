"""Lazy access to sibling packages that may not exist yet: the linker and the entity registry.

Both are optional for the tracker: without the linker sources are stored and linked
later (:meth:`Tracker.link_pending`); without the registry conflicts between an
institution and its head are reported as plain ``different_speaker``.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

__all__ = ["entity_id_for", "linker", "parent_of", "registry"]


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def linker() -> ModuleType | None:
    """``quotetrack.link`` when it is importable and has ``link`` and ``Source``."""
    mod = _module("quotetrack.link")
    if mod is None or not callable(getattr(mod, "link", None)) or getattr(mod, "Source", None) is None:
        return None
    return mod


def registry() -> ModuleType | None:
    """``quotetrack.registry`` when it is importable."""
    return _module("quotetrack.registry")


def _default_registry() -> Any:
    reg = registry()
    cls = getattr(reg, "Registry", None) if reg is not None else None
    default = getattr(cls, "default", None)
    return _safe(lambda _: default(), "") if callable(default) else None


def entity_id_for(name: str) -> str | None:
    """The registry's entity id for a name or alias (``Putin`` → the person's id), if known."""
    default = _default_registry()
    lookup = getattr(default, "lookup", None)
    found = _safe(lookup, name) if callable(lookup) else None
    return _as_id(found)


def parent_of(entity_id: str) -> str | None:
    """The registry's parent entity id of ``entity_id`` (the body a person or office belongs to)."""
    default = _default_registry()
    get = getattr(default, "get", None)
    if callable(get):
        found = _safe(get, entity_id)
        return _as_id(getattr(found, "parent", None)) if found is not None else None
    reg = registry()
    if reg is None:
        return None
    direct = getattr(reg, "parent_of", None)
    if callable(direct):
        return _as_id(_safe(direct, entity_id))
    for name in ("get", "entity", "lookup"):
        fn = getattr(reg, name, None)
        if callable(fn):
            found = _safe(fn, entity_id)
            return _as_id(getattr(found, "parent", None)) if found is not None else None
    return None


def _safe(fn: Any, arg: str) -> Any:
    try:
        return fn(arg)
    except (LookupError, ValueError, TypeError):
        return None


def _as_id(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    found = getattr(value, "id", None) or getattr(value, "entity_id", None)
    return found if isinstance(found, str) else None
