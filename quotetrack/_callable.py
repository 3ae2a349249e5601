"""Let a subpackage be called like its main function (``quotetrack.link(...)``).

``quotetrack.link`` and ``quotetrack.evaluate`` are both modules (``quotetrack.link.Source``,
``quotetrack.evaluate.load_gold``) and the functions the public API names. Python sets a
package attribute to the submodule whenever the submodule is imported, so a plain function
export would be silently replaced; a callable module keeps both meanings stable.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


def make_callable(module_name: str, func: Callable[..., Any]) -> None:
    """Make ``sys.modules[module_name](...)`` call ``func``."""

    class _CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return func(*args, **kwargs)

    sys.modules[module_name].__class__ = _CallableModule
