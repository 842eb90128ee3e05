"""Student-facing widgets: thin views over an :class:`~kit.analysis.Analysis`.

Every widget is an ipywidgets container (it displays itself as the last
expression of a cell), takes keyword-only options, saves each answer at once to
an :class:`~kit.answers.AnswerBook` (``answers=``, keyed by ``exercise=``) and
gives its answer as plain data in ``.answer``. Widgets never detect anything:
they show what the analysis found and compare students' answers with it.

>>> import kit
>>> from kit.widgets import ArticleView, SourceTagger, HedgeHunter   # doctest: +SKIP
>>> book = kit.AnswerBook("01_reading_the_article")                 # doctest: +SKIP
>>> SourceTagger(kit.analyze("../seeds/000_3f95dd3d0e0f8142.txt"), answers=book)  # doctest: +SKIP

Nothing is imported until first use, so ``import kit.widgets`` is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "ArticleView",
    "HedgeHunter",
    "KeyEditor",
    "MultipleChoice",
    "ShortAnswer",
    "SourceTagger",
    "SpeakerComparison",
    "StatementComparer",
    "compare_speakers",
    "reopen_note",
]

_EXPORTS = {
    "ArticleView": "kit.widgets.article_view",
    "SourceTagger": "kit.widgets.tagger",
    "HedgeHunter": "kit.widgets.hunter",
    "KeyEditor": "kit.widgets.key_editor",
    "StatementComparer": "kit.widgets.statement_comparer",
    "compare_speakers": "kit.comparison",
    "SpeakerComparison": "kit.comparison",
    "MultipleChoice": "kit.widgets.questions",
    "ShortAnswer": "kit.widgets.questions",
    "reopen_note": "kit.widgets._base",
}

if TYPE_CHECKING:
    from ..comparison import SpeakerComparison, compare_speakers
    from ._base import reopen_note
    from .article_view import ArticleView
    from .hunter import HedgeHunter
    from .key_editor import KeyEditor
    from .questions import MultipleChoice, ShortAnswer
    from .statement_comparer import StatementComparer
    from .tagger import SourceTagger


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kit.widgets' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
