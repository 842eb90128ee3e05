"""Submissions: the student folders listed, walked and their files read as data (never run).

``SUBMISSIONS/<student>/`` holds the ``<notebook>.answers.json`` files the
exercise notebooks write; the ``.ipynb`` files may come along and are read as
JSON only to check which exercise they are. Whatever is odd about a folder or a
file (a link, a loose file, a duplicate student, damaged JSON, another
exercise's answers) becomes a problem or a note in words a teacher can act on:
a :class:`~kit.grading.model.SubmissionError` for one file, a line in
:attr:`StudentFolder.problems` for a whole folder.

Only regular files are opened (a pipe, a device or a socket named like an
answers file is noted, never read), links are never followed, and a file is read
with a size cap while it is read, so no file can block the grader or fill its memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GradingError
from ..files import nested_deeper_than
from ..files import read_capped as read_file
from .model import (
    ANSWERS_FORMAT,
    ANSWERS_SUFFIX,
    ANSWERS_VERSION,
    Problem,
    SubmissionError,
    student_key,
    visible,
)

__all__ = [
    "IGNORED_NAMES",
    "MAX_ANSWERS_BYTES",
    "MAX_DEPTH",
    "MAX_NESTING",
    "MAX_NOTEBOOK_BYTES",
    "AnswersFile",
    "FoundFiles",
    "StudentFolder",
    "check_notebook",
    "list_folders",
    "read_answers",
    "read_capped",
    "walk",
]

MAX_ANSWERS_BYTES = 2 * 1024 * 1024
MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 4
#: How deeply the JSON of an answers file or notebook may nest (a real one nests 5 levels or so).
MAX_NESTING = 64
#: Files and folders that operating systems and tools leave behind: never a student's work.
IGNORED_NAMES = frozenset(
    {".ipynb_checkpoints", "__MACOSX", "__pycache__", ".DS_Store", "Thumbs.db", "desktop.ini"}
)


@dataclass
class StudentFolder:
    """One entry of the submissions folder: a student's folder (``path`` None for a link)."""

    name: str
    path: Path | None
    problems: list[Problem] = field(default_factory=list)
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
        try:
            mode = entry.lstat().st_mode
        except OSError:
            continue  # gone since the folder was listed
        if stat.S_ISLNK(mode):
            folder = StudentFolder(name, None)
            folder.problems.append(Problem(
                f"'{shown}' is a link, not a folder: links are not followed. Copy the student's files in.",
                "Your work was handed in as a link, not a folder: your teacher will copy your files in.",
            ))  # fmt: skip
            folders.append(folder)
            continue
        if stat.S_ISREG(mode):
            lines.append(
                f"{shown}: a loose file in the submissions folder, ignored. Put each student's files in a "
                "folder named after the student (SUBMISSIONS/<student>/)."
            )
            continue
        if not stat.S_ISDIR(mode):
            lines.append(f"{shown}: a special file (a pipe, device or socket) in the submissions folder, "
                         "not read. Remove it.")  # fmt: skip
            continue
        folder = StudentFolder(name, entry)
        rename = "Your folder could not be graded yet because of its name: your teacher will rename it."
        if "\\" in name or "/" in name:
            folder.problems.append(Problem(
                f"'{shown}': the folder name contains a path separator. Rename the folder to the student's "
                "name alone (no / or \\).", rename,
            ))  # fmt: skip
        elif not name.strip(". "):
            folder.problems.append(Problem(f"'{shown}': the folder name is only dots or spaces. Rename it.",
                                           rename))  # fmt: skip
        elif any(0xD800 <= ord(c) <= 0xDFFF for c in name):
            folder.problems.append(Problem(
                f"'{shown}': the folder name is not valid UTF-8 (unpacked from an archive made on another "
                "system?). Rename the folder to the student's name.", rename,
            ))  # fmt: skip
        elif any(not c.isprintable() for c in name):
            folder.problems.append(
                Problem(f"'{shown}': the folder name contains control characters. Rename it.", rename)
            )
        folders.append(folder)
    groups: dict[str, list[StudentFolder]] = defaultdict(list)
    for folder in folders:
        groups[student_key(folder.name)].append(folder)
    for group in groups.values():
        if len(group) > 1:
            names = ", ".join(f"'{visible(f.name)}'" for f in group)
            for folder in group:
                folder.problems.append(Problem(
                    f"duplicate student: the folders {names} are the same name. Merge them into one folder "
                    "(or rename one if they are different students) and grade again.",
                    "Two folders hold work under your name: your teacher will merge them and grade again.",
                ))  # fmt: skip
    return folders


@dataclass
class FoundFiles:
    """What one student folder holds: answers files and notebooks by notebook id, and the rest."""

    answers: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    notebooks: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    set_aside: list[Path] = field(default_factory=list)
    unknown: list[Path] = field(default_factory=list)
    links: list[Path] = field(default_factory=list)
    special: list[Path] = field(default_factory=list)  # pipes, devices, sockets: never opened
    unreadable: list[Path] = field(default_factory=list)  # folders that cannot be listed


def walk(folder: Path) -> FoundFiles:
    """The files of a student folder, ``MAX_DEPTH`` folders deep at most; links are listed, not followed,
    and only regular files are taken (a pipe or device named like an answers file is listed apart)."""
    found = FoundFiles()
    base_depth = len(folder.parts)

    def unreadable(error: OSError) -> None:
        if error.filename and Path(error.filename) != folder:
            found.unreadable.append(Path(error.filename))

    for current, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable):
        here = Path(current)
        depth = len(here.parts) - base_depth
        kept = []
        for name in sorted(dirs):
            if name in IGNORED_NAMES or name.startswith(".") or depth >= MAX_DEPTH:
                continue
            if (here / name).is_symlink():
                found.links.append(here / name)
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            path = here / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue
            if stat.S_ISLNK(mode):
                found.links.append(path)
                continue
            if name in IGNORED_NAMES or name.startswith("."):
                continue
            if not stat.S_ISREG(mode):
                if name.endswith((ANSWERS_SUFFIX, ".ipynb")):
                    found.special.append(path)
                continue
            if re.search(r"\.answers\.corrupt-[^/]*\.json$", name):
                found.set_aside.append(path)
            elif name.endswith(ANSWERS_SUFFIX):
                found.answers[name[: -len(ANSWERS_SUFFIX)]].append(path)
            elif name.endswith(".ipynb"):
                found.notebooks[name[: -len(".ipynb")]].append(path)
            else:
                found.unknown.append(path)
    return found


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """A student's file, read by :func:`kit.files.read_capped` (never blocks, never follows a
    link, never reads past ``limit``); what stops it is a
    :class:`~kit.grading.model.SubmissionError` in words for the teacher and the student."""
    try:
        found = read_file(path, limit=limit, follow=False)
    except OSError as error:
        raise SubmissionError(
            f"{what} cannot be read ({error.strerror or error}): ask the student to hand it in again",
            student=f"{what} could not be read: hand it in again",
        ) from None
    if found.kind == "link":
        raise SubmissionError(f"{what} is a link, not followed")
    if found.kind == "missing":
        raise SubmissionError(
            f"{what} cannot be read (it is gone): ask the student to hand it in again",
            student=f"{what} could not be read: hand it in again",
        )
    if found.kind != "file":
        raise SubmissionError(
            f"{what} is not a regular file (a pipe, device or socket), not read: ask the student for the "
            "file itself",
            student=f"{what} is not a file that can be read: hand in the file itself",
        )
    if found.data is None:
        raise SubmissionError(
            f"{what} is too large (over {limit // 1024} KB) to be an answers file: ask the student for the "
            "file the notebook saved",
            student=f"{what} is too large to be an answers file: hand in the file the notebook saved",
        )
    return found.data


def _parse_json(raw: bytes, what: str) -> Any:
    if not raw.strip():
        raise SubmissionError(
            f"{what} is empty: ask the student to hand in the file again",
            student=f"{what} is empty: save the notebook and hand the file in again",
        )
    damaged = f"{what} is damaged: hand it in again (save the notebook first)"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SubmissionError(
            f"{what} is not UTF-8 text (damaged?): ask for the file again", student=damaged
        ) from None
    except RecursionError:
        data = None
        deep = True
    except ValueError as error:
        raise SubmissionError(
            f"{what} is not valid JSON ({getattr(error, 'msg', error)}, line {getattr(error, 'lineno', '?')})"
            ": the file is damaged. Ask the student to hand it in again",
            student=damaged,
        ) from None
    else:
        deep = nested_deeper_than(data, MAX_NESTING)
    if deep:
        raise SubmissionError(
            f"{what} is nested too deeply to be an answers file (damaged, or edited by hand): ask for the "
            "file again",
            student=damaged,
        )
    return data


def _read_json(path: Path, limit: int, what: str) -> Any:
    return _parse_json(read_capped(path, limit, what), what)


@dataclass(frozen=True)
class AnswersFile:
    """An answers file read and checked: its data, and two fingerprints to find copies by.

    ``digest`` is the SHA-256 of the bytes; ``content`` that of the answers alone
    (times of saving and the student's name left out), or "" when nothing is answered.
    """

    data: dict[str, Any]
    digest: str
    content: str


def read_answers(path: Path, notebook: str, *, foreign: frozenset[str] = frozenset()) -> AnswersFile:
    """The answers file at ``path``, checked to be a kit answers file of ``notebook``.

    A file whose header names another notebook is refused, unless it holds
    answers under one of the ids in ``foreign`` (this exercise's own: a file
    copied from another exercise that the student went on answering in).
    """
    what = f"{path.name}"
    raw = read_capped(path, MAX_ANSWERS_BYTES, what)
    data = _parse_json(raw, what)
    hand_in = f"{what} is not the answers file the notebook saved: hand in that file"
    if not isinstance(data, dict) or data.get("format") != ANSWERS_FORMAT:
        raise SubmissionError(
            f"{what} is not a kit answers file (edited by hand, or another file renamed)", student=hand_in
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SubmissionError(f"{what} has no format version (edited by hand?)", student=hand_in)
    if version > ANSWERS_VERSION:
        raise SubmissionError(
            f"{what} was written by a newer kit (format {version}): update the kit",
            student=f"{what} was saved by a newer kit than your teacher's: your teacher will update it",
        )
    exercises = data.get("exercises")
    if not isinstance(exercises, dict) or not all(isinstance(e, dict) for e in exercises.values()):
        raise SubmissionError(f"{what} has a damaged list of exercises (edited by hand?)", student=hand_in)
    named = data.get("notebook")
    if named != notebook and not (foreign & set(exercises)):
        raise SubmissionError(
            f"{what} holds the answers of another exercise ({visible(str(named))[:60]!r}), not {notebook}: "
            "ask the student for the right file",
            student=f"{what} holds the answers of another exercise ({visible(str(named))[:60]}): "
            "hand in the right file",
        )
    return AnswersFile(data, hashlib.sha256(raw).hexdigest(), _content_digest(exercises))


def _content_digest(exercises: dict[str, Any]) -> str:
    answered = {
        name: {k: v for k, v in entry.items() if k not in {"updated", "created"}}
        for name, entry in exercises.items()
        if entry.get("answer") not in (None, "", [], {})
    }
    if not answered:
        return ""
    text = json.dumps(answered, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def check_notebook(path: Path, notebook: str) -> Problem | None:
    """A problem with a handed-in ``.ipynb`` (read as JSON, never run), or None."""
    try:
        data = _read_json(path, MAX_NOTEBOOK_BYTES, path.name)
    except SubmissionError as error:
        return Problem(f"the notebook {error.problem.teacher}", f"the notebook {error.problem.student}")
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return Problem(f"{path.name} is not a Jupyter notebook")
    meta = data.get("metadata", {})
    kit_meta = meta.get("kit", {}) if isinstance(meta, dict) else {}
    own = kit_meta.get("notebook") if isinstance(kit_meta, dict) else None
    if own is None:
        return Problem(
            f"{path.name} is not one of the kit's exercise notebooks (a lesson or another file renamed?)"
        )
    if own != notebook:
        return Problem(
            f"{path.name} is the notebook of another exercise ({visible(str(own))[:60]}), saved under the "
            f"name {notebook}"
        )
    return None
