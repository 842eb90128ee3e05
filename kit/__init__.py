"""A media-literacy kit: who is speaking, how sure is the writer, does the framing fit?

>>> import kit
>>> result = kit.analyze("seeds/000_3f95dd3d0e0f8142.txt")  # doctest: +SKIP

Nothing heavy happens at import: spaCy and Altair load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "AnswerBook",
    "Article",
    "ArticleView",
    "HedgeHunter",
    "KeyEditor",
    "KitError",
    "MultipleChoice",
    "ShortAnswer",
    "SourceTagger",
    "StatementComparer",
    "analyze",
    "compare_coverage",
    "grade",
    "load_article",
    "new_exercise",
    "trace_quote",
]

_EXPORTS = {
    "Analysis": "kit.analysis",
    "analyze": "kit.analysis",
    "Article": "kit.article",
    "load_article": "kit.article",
    "KitError": "kit.errors",
    "compare_coverage": "kit.coverage",
    "trace_quote": "kit.tracing",
    "AnswerBook": "kit.answers",
    "grade": "kit.grading",
    "new_exercise": "kit.authoring",
    # widgets: ipywidgets/anywidget are imported only when one of these is first used
    "ArticleView": "kit.widgets",
    "SourceTagger": "kit.widgets",
    "HedgeHunter": "kit.widgets",
    "KeyEditor": "kit.widgets",
    "StatementComparer": "kit.widgets",
    "MultipleChoice": "kit.widgets",
    "ShortAnswer": "kit.widgets",
}

if TYPE_CHECKING:
    from .analysis import Analysis, analyze
    from .answers import AnswerBook
    from .article import Article, load_article
    from .authoring import new_exercise
    from .coverage import compare_coverage
    from .errors import KitError
    from .grading import grade
    from .tracing import trace_quote
    from .widgets import (
        ArticleView,
        HedgeHunter,
        KeyEditor,
        MultipleChoice,
        ShortAnswer,
        SourceTagger,
        StatementComparer,
    )


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    if name == "charts":  # `kit.charts.source_mix(result)` after a plain `import kit` (Altair stays unloaded)
        return importlib.import_module("kit.charts")
    raise AttributeError(f"module 'kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
