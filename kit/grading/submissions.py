"""Submissions: the student folders listed, walked and their files read as data (never run).

``SUBMISSIONS/<student>/`` holds the ``<notebook>.answers.json`` files the
exercise notebooks write; the ``.ipynb`` files may come along and are read as
JSON only to check which exercise they are. Whatever is odd about a folder or a
file (a link, a loose file, a duplicate student, damaged JSON, another
exercise's answers) becomes a problem or a note in words a teacher can act on:
a :class:`~kit.grading.model.SubmissionError` for one file, a line in
:attr:`StudentFolder.problems` for a whole folder.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GradingError
from .model import ANSWERS_FORMAT, ANSWERS_SUFFIX, ANSWERS_VERSION, SubmissionError, student_key, visible

__all__ = [
    "IGNORED_NAMES",
    "MAX_ANSWERS_BYTES",
    "MAX_DEPTH",
    "MAX_NOTEBOOK_BYTES",
    "FoundFiles",
    "StudentFolder",
    "check_notebook",
    "list_folders",
    "read_answers",
    "walk",
]

MAX_ANSWERS_BYTES = 2 * 1024 * 1024
MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 4
#: Files and folders that operating systems and tools leave behind: never a student's work.
IGNORED_NAMES = frozenset(
    {".ipynb_checkpoints", "__MACOSX", "__pycache__", ".DS_Store", "Thumbs.db", "desktop.ini"}
)


@dataclass
class StudentFolder:
    """One entry of the submissions folder: a student's folder (``path`` None for a link)."""

    name: str
    path: Path | None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def list_folders(root: Path, *, skip: set[Path], lines: list[str]) -> list[StudentFolder]:
    """The student folders in ``root`` (by name), with what is wrong with each; loose and hidden files
    get a line in ``lines``. Folders in ``skip`` (the ``--out`` folder) are left out."""
    folders: list[StudentFolder] = []
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as error:
        raise GradingError(f"The submissions folder '{root}' cannot be read ({error.strerror}).") from None
    for entry in entries:
        name = entry.name
        if name in IGNORED_NAMES or name in {".git", ".github"}:
            continue
        if name.startswith(".") and name.strip("."):
            lines.append(
                f"{visible(name)}: a hidden file or folder, ignored (rename it if it is a student's)."
            )
            continue
        try:
            if entry.resolve() in skip:
                continue
        except OSError:
            pass
        shown = visible(name)
        if entry.is_symlink():
            folder = StudentFolder(name, None)
            folder.problems.append(
                f"'{shown}' is a link, not a folder: links are not followed. Copy the student's files in."
            )
            folders.append(folder)
            continue
        if entry.is_file():
            lines.append(
                f"{shown}: a loose file in the submissions folder, ignored. Put each student's files in a "
                "folder named after the student (SUBMISSIONS/<student>/)."
            )
            continue
        if not entry.is_dir():
            continue
        folder = StudentFolder(name, entry)
        if "\\" in name or "/" in name:
            folder.problems.append(
                f"'{shown}': the folder name contains a path separator. Rename the folder to the student's "
                "name alone (no / or \\)."
            )
        elif not name.strip(". "):
            folder.problems.append(f"'{shown}': the folder name is only dots or spaces. Rename it.")
        elif any(0xD800 <= ord(c) <= 0xDFFF for c in name):
            folder.problems.append(
                f"'{shown}': the folder name is not valid UTF-8 (unpacked from an archive made on another "
                "system?). Rename the folder to the student's name."
            )
        elif any(not c.isprintable() for c in name):
            folder.problems.append(f"'{shown}': the folder name contains control characters. Rename it.")
        folders.append(folder)
    groups: dict[str, list[StudentFolder]] = defaultdict(list)
    for folder in folders:
        groups[student_key(folder.name)].append(folder)
    for group in groups.values():
        if len(group) > 1:
            names = ", ".join(f"'{visible(f.name)}'" for f in group)
            for folder in group:
                folder.problems.append(
                    f"duplicate student: the folders {names} are the same name. Merge them into one folder "
                    "(or rename one if they are different students) and grade again."
                )
    return folders


@dataclass
class FoundFiles:
    """What one student folder holds: answers files and notebooks by notebook id, and the rest."""

    answers: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    notebooks: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    set_aside: list[Path] = field(default_factory=list)
    unknown: list[Path] = field(default_factory=list)
    links: list[Path] = field(default_factory=list)


def walk(folder: Path) -> FoundFiles:
    """The files of a student folder, ``MAX_DEPTH`` folders deep at most; links are listed, not followed."""
    found = FoundFiles()
    base_depth = len(folder.parts)
    for current, dirs, files in os.walk(folder, followlinks=False):
        here = Path(current)
        depth = len(here.parts) - base_depth
        dirs[:] = sorted(
            d for d in dirs if d not in IGNORED_NAMES and not d.startswith(".") and depth < MAX_DEPTH
        )
        for name in sorted(files):
            path = here / name
            if path.is_symlink():
                found.links.append(path)
                continue
            if re.search(r"\.answers\.corrupt-[^/]*\.json$", name):
                found.set_aside.append(path)
            elif name.endswith(ANSWERS_SUFFIX):
                found.answers[name[: -len(ANSWERS_SUFFIX)]].append(path)
            elif name.endswith(".ipynb"):
                found.notebooks[name[: -len(".ipynb")]].append(path)
            elif name not in IGNORED_NAMES and not name.startswith("."):
                found.unknown.append(path)
    return found


def _read_json(path: Path, limit: int, what: str) -> Any:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SubmissionError(f"{what} cannot be read ({error.strerror})") from None
    if size > limit:
        raise SubmissionError(f"{what} is too large ({size // 1024} KB) to be an answers file")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SubmissionError(f"{what} cannot be read ({error.strerror})") from None
    if not raw.strip():
        raise SubmissionError(f"{what} is empty: ask the student to hand in the file again")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SubmissionError(f"{what} is not UTF-8 text (corrupt?): ask for the file again") from None
    except RecursionError:
        raise SubmissionError(f"{what} is nested too deeply to be an answers file (corrupt?)") from None
    except ValueError as error:
        raise SubmissionError(
            f"{what} is not valid JSON ({getattr(error, 'msg', error)}, "
            f"line {getattr(error, 'lineno', '?')}): "
            "the file is damaged. Ask the student to hand it in again"
        ) from None


def read_answers(path: Path, notebook: str) -> dict[str, Any]:
    """The answers file at ``path``, checked to be a kit answers file of ``notebook``."""
    what = f"{path.name}"
    data = _read_json(path, MAX_ANSWERS_BYTES, what)
    if not isinstance(data, dict) or data.get("format") != ANSWERS_FORMAT:
        raise SubmissionError(f"{what} is not a kit answers file (edited by hand, or another file renamed)")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SubmissionError(f"{what} has no format version (edited by hand?)")
    if version > ANSWERS_VERSION:
        raise SubmissionError(f"{what} was written by a newer kit (format {version}): update the kit")
    named = data.get("notebook")
    if named != notebook:
        raise SubmissionError(
            f"{what} holds the answers of another exercise ({visible(str(named))[:60]!r}), not {notebook}: "
            "ask the student for the right file"
        )
    exercises = data.get("exercises")
    if not isinstance(exercises, dict) or not all(isinstance(e, dict) for e in exercises.values()):
        raise SubmissionError(f"{what} has a damaged list of exercises (edited by hand?)")
    return data


def check_notebook(path: Path, notebook: str) -> str | None:
    """A problem with a handed-in ``.ipynb`` (read as JSON, never run), or None."""
    try:
        data = _read_json(path, MAX_NOTEBOOK_BYTES, path.name)
    except SubmissionError as problem:
        return f"the notebook {problem}"
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return f"{path.name} is not a Jupyter notebook"
    meta = data.get("metadata", {})
    kit_meta = meta.get("kit", {}) if isinstance(meta, dict) else {}
    own = kit_meta.get("notebook") if isinstance(kit_meta, dict) else None
    if own is None:
        return f"{path.name} is not one of the kit's exercise notebooks (a lesson or another file renamed?)"
    if own != notebook:
        return (
            f"{path.name} is the notebook of another exercise ({visible(str(own))[:60]}), saved under the "
            f"name {notebook}"
        )
    return None
