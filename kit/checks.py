"""Self-check data: the answers as salted hashes, so a notebook can check an answer without holding it.

``python -m kit release`` writes the data (:func:`kit.exercises.build_check`) beside
the student notebooks: ``exercises/checks/<exercise>.json`` and
``notebooks/checks/<lesson>.json``. A student cell never holds an answer: the
lessons' questions find theirs here (:func:`lesson_item`), and
:func:`kit.exercises.self_check` reads an exercise's. This module reads the data;
it is below the widgets, which use it for a lesson question's "Check" button.

>>> item = {"salt": "s", "accept": salted_hash("s", '["effusive"]')}
>>> choice_is_right(item, "Effusive"), choice_is_right(item, "dear friend"), choice_is_right(item, None)
(True, False, None)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .files import PROJECT
from .words import normalise

__all__ = ["CHECK_FORMAT", "check_paths", "choice_is_right", "find_checks", "lesson_item", "salted_hash"]

CHECK_FORMAT = "kit-self-check"
#: Check data larger than this is not the kit's: it is not read.
_LIMIT = 4 * 1024 * 1024


def salted_hash(salt: str, *parts: object) -> str:
    """The hash the check data stores for ``parts`` (16 hex digits of SHA-256, salted per item).

    >>> salted_hash("kit-self-check", "ex01", "ex01.tags")
    '86e9a524c05cd660'
    """
    return hashlib.sha256("|".join([salt, *map(str, parts)]).encode("utf-8")).hexdigest()[:16]


def check_paths(notebook: str, near: Path | None) -> list[Path]:
    """Where the check data of ``notebook`` may be, nearest first.

    Beside the notebook (``near/checks/``), in the student folders next to it or one
    level up (a lesson's teacher edition in ``teacher/`` finds ``notebooks/checks/``),
    then in the kit's own ``notebooks/`` and ``exercises/``.
    """
    name = f"{notebook}.json"
    places = []
    if near is not None:
        places.append(near / "checks")
        for base in (near.parent, near.parent.parent):
            places += [base / "notebooks" / "checks", base / "exercises" / "checks"]
    places += [PROJECT / "notebooks" / "checks", PROJECT / "exercises" / "checks"]
    return [folder / name for folder in dict.fromkeys(places)]


def find_checks(notebook: str, near: Path | None) -> Path | None:
    """The first check data file of ``notebook`` that exists (:func:`check_paths`), or None."""
    for path in check_paths(notebook, near):
        if path.is_file():
            return path
    return None


def _read(path: Path) -> dict[str, Any] | None:
    try:
        if path.stat().st_size > _LIMIT:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != CHECK_FORMAT:
        return None
    return data


def lesson_item(notebook: str, folder: str | Path, exercise: str) -> dict[str, Any] | None:
    """The check data of a lesson question (its ``exercise`` id), or None.

    Only a lesson's data counts (``"role": "lesson"``): an exercise's answers are
    checked by :func:`kit.exercises.self_check` at the end, not one by one.
    """
    path = find_checks(notebook, Path(folder).resolve())
    data = _read(path) if path is not None else None
    if data is None or data.get("role") != "lesson" or data.get("notebook") != notebook:
        return None
    for item in data.get("items", []):
        if isinstance(item, dict) and item.get("exercise") == exercise and item.get("field") is None:
            return item
    return None


def choice_is_right(item: dict[str, Any], answer: Any) -> bool | None:
    """Whether ``answer`` (a choice, or a list of choices) is the key's; None when nothing is chosen."""
    if answer in (None, [], ""):
        return None
    values = answer if isinstance(answer, list) else [answer]
    chosen = json.dumps(sorted(normalise(str(a)) for a in values), ensure_ascii=True)
    return salted_hash(str(item.get("salt", "")), chosen) == item.get("accept")
