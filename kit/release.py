"""Release: the student exercises and lessons, and their self-check data, written from one source each.

The solution notebooks in ``solutions/`` are the one source of the exercises, the
teacher editions in ``teacher/`` that of the lessons. ``python -m kit release``
writes, deterministically (same input, same bytes):

* ``exercises/<notebook>.ipynb``: the student version. Cells tagged ``solution``,
  ``key`` or ``instructor`` are removed; in code cells the lines from
  ``### BEGIN SOLUTION`` to ``### END SOLUTION`` are removed, in Markdown cells the
  text from ``<!-- BEGIN SOLUTION -->`` to ``<!-- END SOLUTION -->`` (a cell left
  empty is dropped); outputs, execution counts and cell metadata are cleared; the
  notebook's ``kit.role`` becomes ``exercise``.
* ``exercises/checks/<notebook>.json``: the self-check's hashed data
  (:func:`kit.exercises.build_check`).
* ``notebooks/<lesson>.ipynb`` and ``notebooks/checks/<lesson>.json``: the student
  edition of each lesson in ``teacher/``, the same way (teacher notes, model answers
  and the key cell removed; ``kit.role`` ``lesson``), and the hashed data its
  questions' "Check" buttons read (:func:`kit.checks.lesson_item`). A student lesson
  never holds an answer: ``correct=``, ``sample=`` or a key left in one of its cells
  stops the release.

A key that is still a draft (made by ``kit new-exercise``, not yet reviewed in
``kit.KeyEditor``) stops the release with the items left to review
(:class:`UnreviewedKeyError`); ``--draft`` releases it as a trial, its notebook
opening with a "TRIAL RELEASE" banner and marked ``kit.draft`` in its metadata.

Nothing else: the grader's keys are compiled in memory whenever they are needed
(:func:`kit.grading.compile_keys`) and never written, so there is no key file to
commit or to fall out of date. ``exercises/`` is committed (students download it);
``python -m kit release --check`` writes nothing and lists what is out of date.

>>> cell = {"cell_type": "code", "source": "x = 1\\n### BEGIN SOLUTION\\nx = 42\\n### END SOLUTION\\n",
...         "metadata": {}, "outputs": [], "execution_count": 3, "id": "a"}
>>> strip_cell(cell)["source"]
'x = 1'
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import ReleaseError, UnreviewedKeyError
from .files import PROJECT, atomic_write_text

__all__ = [
    "RELEASE_TAGS",
    "ReleaseError",
    "UnreviewedKeyError",
    "differences",
    "drafts",
    "release",
    "render",
    "strip_cell",
    "strip_notebook",
]

RELEASE_TAGS = frozenset({"solution", "key", "instructor"})
CODE_BEGIN, CODE_END = "### BEGIN SOLUTION", "### END SOLUTION"
MD_REGION = re.compile(r"<!--\s*BEGIN SOLUTION\s*-->.*?<!--\s*END SOLUTION\s*-->", re.S)
GENERATED = (("exercises", "*.ipynb"), ("exercises/checks", "*.json"))
#: Written from the teacher editions (only when the project has a ``teacher/`` folder).
GENERATED_LESSONS = (("notebooks", "*.ipynb"), ("notebooks/checks", "*.json"))
_LEAKS = ("BEGIN SOLUTION", "END SOLUTION", "fill_in(", "compile_key")
#: What must never reach a student lesson: an answer, a model answer (they live in the teacher edition).
_LESSON_LEAKS = ("correct=", "sample=")


def _text(source: str | list[str]) -> str:
    return "".join(source) if isinstance(source, list) else source


def strip_cell(
    cell: Mapping[str, Any], *, where: str = "a cell", leaks: tuple[str, ...] = _LEAKS
) -> dict[str, Any] | None:
    """The student version of one cell, or None when nothing is left of it."""
    tags = list(cell.get("metadata", {}).get("tags", []))
    if RELEASE_TAGS & set(tags):
        return None
    source = _text(cell.get("source", ""))
    if cell["cell_type"] == "code":
        kept, inside = [], False
        for number, line in enumerate(source.splitlines(), start=1):
            marker = line.strip()
            if marker.startswith(CODE_BEGIN):
                if inside:
                    raise ReleaseError(
                        f"{where}, line {number}: '{CODE_BEGIN}' inside another solution region."
                    )
                inside = True
            elif marker.startswith(CODE_END):
                if not inside:
                    raise ReleaseError(f"{where}, line {number}: '{CODE_END}' without a '{CODE_BEGIN}'.")
                inside = False
            elif not inside:
                kept.append(line)
        if inside:
            raise ReleaseError(f"{where}: '{CODE_BEGIN}' is never closed with '{CODE_END}'.")
        source = "\n".join(kept).strip("\n")
    else:
        source = MD_REGION.sub("", source)
        if re.search(r"BEGIN SOLUTION|END SOLUTION", source):
            raise ReleaseError(f"{where}: an unbalanced <!-- BEGIN/END SOLUTION --> marker.")
        source = re.sub(r"[ \t]+\n", "\n", source).strip()
    if not source.strip():
        return None
    for leak in leaks:
        if leak in source:
            raise ReleaseError(f"{where}: {leak!r} would reach the students; put it in a solution region.")
    out: dict[str, Any] = {
        "cell_type": cell["cell_type"],
        "id": cell.get("id"),
        "metadata": {},
        "source": source,
    }
    kept_tags = [t for t in tags if t not in RELEASE_TAGS]
    if kept_tags:
        out["metadata"]["tags"] = kept_tags
    if cell["cell_type"] == "code":
        out["execution_count"] = None
        out["outputs"] = []
    if out["id"] is None:
        del out["id"]
    return out


def strip_notebook(
    notebook: Mapping[str, Any], *, name: str = "the notebook", role: str = "exercise"
) -> dict[str, Any]:
    """The student version of a solution notebook or teacher edition (a new dict; the input is not changed).

    ``role`` is ``"exercise"`` (from ``solutions/``) or ``"lesson"`` (from ``teacher/``: a
    ``correct=`` or ``sample=`` left in a student cell stops the release too).
    """
    leaks = _LEAKS + _LESSON_LEAKS if role == "lesson" else _LEAKS
    cells = []
    for n, cell in enumerate(notebook.get("cells", []), start=1):
        kept = strip_cell(cell, where=f"{name}, cell {n}", leaks=leaks)
        if kept is not None:
            cells.append(kept)
    meta = notebook.get("metadata", {})
    kit_meta = dict(meta.get("kit", {}))
    if "notebook" not in kit_meta:
        raise ReleaseError(f"{name} has no metadata kit.notebook (the id of its answers file).")
    kit_meta["role"] = role
    metadata: dict[str, Any] = {"kit": kit_meta}
    for field in ("kernelspec",):
        if field in meta:
            metadata[field] = meta[field]
    metadata["language_info"] = {"name": meta.get("language_info", {}).get("name", "python")}
    return {
        "cells": cells,
        "metadata": metadata,
        "nbformat": 4,
        "nbformat_minor": notebook.get("nbformat_minor", 5),
    }


def _dump_notebook(notebook: Mapping[str, Any]) -> str:
    # nbformat's own layout (indent 1, sorted keys), with sources split into lines as Jupyter saves them
    out = json.loads(json.dumps(notebook))
    for cell in out["cells"]:
        cell["source"] = cell["source"].splitlines(keepends=True)
    return json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _dump_json(data: Any) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def solution_notebooks(root: str | Path = PROJECT) -> list[Path]:
    return sorted((Path(root) / "solutions").glob("*.ipynb"))


def teacher_editions(root: str | Path = PROJECT) -> list[Path]:
    """The lessons' teacher editions (``teacher/NN_*.ipynb``): the one source of ``notebooks/``. Other
    notebooks there (``make_an_exercise.ipynb``, the key editor) are teachers' tools, not released."""
    return sorted((Path(root) / "teacher").glob("[0-9][0-9]_*.ipynb"))


def drafts(root: str | Path = PROJECT) -> dict[str, list[str]]:
    """The solution notebooks whose keys are drafts, with what is left to review (see
    :func:`kit.authoring.unreviewed`); empty when every key is reviewed."""
    from .authoring import unreviewed

    root = Path(root)
    out = {}
    for path in solution_notebooks(root):
        left = unreviewed(path, root=root)
        if left:
            out[path.stem] = left
    return out


def _refuse_drafts(left: Mapping[str, list[str]]) -> None:
    lines = "; ".join(f"{name}: {', '.join(items)}" for name, items in left.items())
    raise UnreviewedKeyError(
        f"Not released: {len(left)} exercise key{'s are' if len(left) > 1 else ' is'} a draft, not reviewed "
        f"yet ({lines} left to review). Review them with kit.KeyEditor "
        "(teacher/make_an_exercise.ipynb), or make a trial release marked as such with "
        "`python -m kit release --draft`."
    )


DRAFT_BANNER = (
    "**⚠ TRIAL RELEASE: the key of this exercise is a draft, not reviewed by a teacher.** "
    "Do not grade with it; the self-check may be wrong. Left to review: {left}."
)


def _mark_draft(exercise: dict[str, Any], left: list[str]) -> None:
    """A trial release: a banner first, and ``kit.draft`` in the notebook's metadata."""
    banner = {"cell_type": "markdown", "id": "kit-draft-banner", "metadata": {},
              "source": DRAFT_BANNER.format(left="; ".join(left))}  # fmt: skip
    exercise["cells"].insert(0, banner)
    exercise["metadata"]["kit"]["draft"] = True


def render(root: str | Path = PROJECT, *, draft: bool = False) -> dict[str, str]:
    """Every released file as ``{relative path: text}`` (nothing is written).

    The keys the self-check data is made from are compiled in memory
    (:func:`kit.grading.compile_key`); they are not among the files. A draft key (made
    by ``kit new-exercise`` and not yet reviewed) stops the release with the items left
    (:class:`UnreviewedKeyError`), unless ``draft``: then its exercise is released as a
    trial, marked as such in the notebook.
    """
    from .exercises import build_check
    from .grading import compile_key, read_definition, solution_id_problem

    root = Path(root)
    files: dict[str, str] = {}
    notebooks = solution_notebooks(root)
    if not notebooks:
        raise ReleaseError(f"There are no solution notebooks in '{root / 'solutions'}'.")
    left = drafts(root)
    if left and not draft:
        _refuse_drafts(left)
    for path in notebooks:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        definition = read_definition(notebook, name=path.name)
        problem = solution_id_problem(notebook, definition, path)
        if problem:
            raise ReleaseError(problem)
        exercise = strip_notebook(notebook, name=path.name)
        if path.stem in left:
            _mark_draft(exercise, left[path.stem])
        files[f"exercises/{path.name}"] = _dump_notebook(exercise)
        key = compile_key(path, root=root)
        _check_choices(key, exercise, path.name)
        files[f"exercises/checks/{path.stem}.json"] = _dump_json(build_check(key))
    for path in teacher_editions(root):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        definition = read_definition(notebook, name=path.name)
        problem = solution_id_problem(notebook, definition, path)
        if problem:
            raise ReleaseError(problem)
        lesson = strip_notebook(notebook, name=path.name, role="lesson")
        files[f"notebooks/{path.name}"] = _dump_notebook(lesson)
        key = compile_key(path, root=root)
        _check_choices(key, lesson, path.name)
        files[f"notebooks/checks/{path.stem}.json"] = _dump_json({**build_check(key), "role": "lesson"})
    return files


def _check_choices(key: Mapping[str, Any], exercise: Mapping[str, Any], name: str) -> None:
    """Each choice item's key answer must be an option the student version offers (its code says it)."""
    code = "\n".join(c["source"] for c in exercise["cells"] if c["cell_type"] == "code")
    for item in key["items"]:
        if item["type"] != "choice":
            continue
        answers = item["answer"] if isinstance(item["answer"], list) else [item["answer"]]
        for answer in answers:
            if json.dumps(answer, ensure_ascii=False) not in code and repr(answer) not in code:
                raise ReleaseError(
                    f"{name}: the key's answer {answer!r} for {item['id']} is not an option in the notebook."
                )


def _generated_on_disk(root: Path) -> set[str]:
    found = set()
    kinds = GENERATED + (GENERATED_LESSONS if (root / "teacher").is_dir() else ())
    for folder, pattern in kinds:
        found |= {f"{folder}/{p.name}" for p in (root / folder).glob(pattern) if p.is_file()}
    return found


def release(root: str | Path = PROJECT, *, out: str | Path | None = None, draft: bool = False) -> list[Path]:
    """Write the released files under ``out`` (default: the project itself); return the paths written.

    Generated files that the solutions no longer produce are removed (only
    ``exercises/*.ipynb`` and ``exercises/checks/*.json``, and ``notebooks/*.ipynb``
    and ``notebooks/checks/*.json`` when there is a ``teacher/`` folder: nothing else
    is ever written or removed).
    """
    root = Path(root)
    target = Path(out) if out is not None else root
    files = render(root, draft=draft)
    written = []
    for relative, text in sorted(files.items()):
        path = target / relative
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write_text(path, text)
        written.append(path)
    for stale in sorted(_generated_on_disk(target) - set(files)):
        (target / stale).unlink()
    return written


def differences(
    root: str | Path = PROJECT, *, fresh: Mapping[str, str] | None = None, draft: bool = False
) -> list[str]:
    """The released files that are missing, stale or different on disk (empty when in sync)."""
    root = Path(root)
    files = render(root, draft=draft) if fresh is None else fresh
    out = []
    for relative, text in sorted(files.items()):
        path = root / relative
        if not path.is_file():
            out.append(f"{relative}: missing")
        elif path.read_text(encoding="utf-8") != text:
            out.append(f"{relative}: out of date")
    out += [
        f"{relative}: no longer produced by the solutions"
        for relative in sorted(_generated_on_disk(root) - set(files))
    ]
    return out
