"""A media-literacy kit: who is speaking, how sure is the writer, does the framing fit?

>>> import kit
>>> result = kit.analyze("seeds/000_3f95dd3d0e0f8142.txt")  # doctest: +SKIP

Nothing heavy happens at import: spaCy and Altair load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Analysis", "Article", "KitError", "analyze", "load_article"]

_EXPORTS = {
    "Analysis": "kit.analysis",
    "analyze": "kit.analysis",
    "Article": "kit.article",
    "load_article": "kit.article",
    "KitError": "kit.errors",
}

if TYPE_CHECKING:
    from .analysis import Analysis, analyze
    from .article import Article, load_article
    from .errors import KitError


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
