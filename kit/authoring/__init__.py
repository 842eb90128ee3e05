"""Authoring: any article into a graded exercise, its key reviewed by a teacher, two keys compared.

* :func:`new_exercise` (``python -m kit new-exercise ARTICLE``): the article, its
  metadata, a draft hand-made key from the engine's findings and a solution
  notebook (:mod:`.create`);
* :class:`EditableKey` and :func:`unreviewed`: what a review has checked, the edits a
  teacher makes, saved atomically (:mod:`.keydata`; the widget is
  :class:`kit.widgets.KeyEditor`); ``kit release`` refuses a key while anything is left;
* :func:`compare_keys` (``python -m kit keys compare A B``): agreement and Cohen's
  kappa per item between two keys of one article (:mod:`.compare`).

Authoring edits key data (``seeds/``, ``solutions/``) only, never the engines.
"""

from __future__ import annotations

from .compare import ENGINE, Agreement, KeyComparison, compare_keys
from .create import (
    ITEMS,
    NewExercise,
    draft_definition,
    draft_key,
    new_exercise,
    parse_items,
    solution_notebook,
)
from .keydata import CHECKED_TYPES, EditableKey, Progress, unreviewed

__all__ = [
    "CHECKED_TYPES",
    "ENGINE",
    "ITEMS",
    "Agreement",
    "EditableKey",
    "KeyComparison",
    "NewExercise",
    "Progress",
    "compare_keys",
    "draft_definition",
    "draft_key",
    "new_exercise",
    "parse_items",
    "solution_notebook",
    "unreviewed",
]
