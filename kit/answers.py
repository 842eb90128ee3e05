"""Student answers, saved as plain data beside the notebook.

Widget state is not saved into a notebook, so the kit saves every answer itself,
at once and atomically, to ``<notebook id>.answers.json`` in the kernel's working
directory (the notebook's folder). Re-running a cell or restarting the kernel
brings the answers back; the grader reads the same files as submissions.

The file::

    {"format": "kit-answers", "version": 1, "notebook": "<id>", "student": null | "<name>",
     "updated": "<ISO time>",
     "exercises": {"<exercise id>": {"widget": "SourceTagger", "article": "<article identity>",
                                     "answer": <JSON>, "updated": "<ISO time>"}}}

A file that cannot be read as this format is never overwritten: it is renamed
to ``<id>.answers.corrupt-<timestamp>.json``, a warning says so, and work starts
fresh. When the folder cannot be written, :meth:`AnswerBook.put` raises
:class:`~kit.errors.AnswersFileError` and the answers stay in memory.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> book = AnswerBook("lesson-01", folder=folder)
>>> book.put("q1", "MultipleChoice", "Vladimir Putin", article="seed.txt")
>>> AnswerBook("lesson-01", folder=folder).get("q1")   # a new kernel reads it back
'Vladimir Putin'
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import AnswersFileError, ExerciseIdError
from .files import atomic_write_text
from .grading import ANSWERS_FORMAT, ANSWERS_SUFFIX, ANSWERS_VERSION

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = [
    "FORMAT",
    "MAX_ID_LENGTH",
    "SUFFIX",
    "VERSION",
    "AnswerBook",
    "AnswersFileWarning",
    "article_id",
    "check_exercise_id",
]

#: The answers-file format (defined with the grader that reads it, :mod:`kit.grading.model`).
FORMAT, VERSION, SUFFIX = ANSWERS_FORMAT, ANSWERS_VERSION, ANSWERS_SUFFIX
MAX_ID_LENGTH = 80

_NOTEBOOK_ID = re.compile(r"^\w[\w.\- ]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class AnswersFileWarning(UserWarning):
    """An answers file was set aside (unreadable) or could not be used; the message says what to do."""


def check_exercise_id(exercise: object) -> str:
    """Return ``exercise`` if it can key an answer: a non-empty string of at most 80 characters.

    >>> check_exercise_id("tag-sources")
    'tag-sources'
    >>> check_exercise_id("")
    Traceback (most recent call last):
    ...
    kit.errors.ExerciseIdError: An exercise id must be a short non-empty name such as 'tag-sources', not ''.
    """
    if (
        not isinstance(exercise, str)
        or not exercise.strip()
        or len(exercise) > MAX_ID_LENGTH
        or _CONTROL.search(exercise)
    ):
        raise ExerciseIdError(
            "An exercise id must be a short non-empty name such as 'tag-sources', "
            f"not {exercise!r}."
            + (
                f" (It is {len(exercise)} characters; the limit is {MAX_ID_LENGTH}.)"
                if isinstance(exercise, str) and len(exercise) > MAX_ID_LENGTH
                else ""
            )
        )
    return exercise


def _check_notebook_id(notebook_id: object) -> str:
    if (
        not isinstance(notebook_id, str)
        or len(notebook_id) > MAX_ID_LENGTH
        or not _NOTEBOOK_ID.match(notebook_id)
    ):
        raise ExerciseIdError(
            "A notebook id names the answers file, so it must be a short name made of letters, digits, "
            f"'-', '_', '.' or spaces, such as '01_reading_the_article', not {notebook_id!r}."
        )
    return notebook_id


def article_id(analysis: Analysis | str) -> str:
    """The identity of an article in an answers file: its file name, or the SHA-1 of its text.

    >>> article_id("Title\\n\\nSome text.")[:5]
    'sha1:'
    """
    if isinstance(analysis, str):
        text, source = analysis, None
    else:
        text, source = analysis.text, getattr(analysis, "source", None)
    if source:
        return Path(source).name
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _CorruptError(Exception):
    pass


class AnswerBook:
    """The answers of one notebook, kept in ``<folder>/<notebook_id>.answers.json``.

    Every :meth:`put` and :meth:`reset` writes the whole file atomically. Several
    books (or kernels) on the same file do not lose each other's answers: the file
    is read again before each write when it changed on disk.

    >>> import tempfile
    >>> book = AnswerBook("lesson-02", folder=tempfile.mkdtemp())
    >>> book.student = "Ada"
    >>> mark = {"start": 0, "end": 5, "text": "could", "category": "possibility"}
    >>> book.put("hedges", "HedgeHunter", [mark], article="seed.txt")
    >>> book.get("hedges")[0]["category"], book.get("missing", default=[])
    ('possibility', [])
    >>> book.reset("hedges"); book.get("hedges") is None
    True
    """

    def __init__(self, notebook_id: str, *, folder: str | Path = ".", student: str | None = None) -> None:
        self.notebook_id = _check_notebook_id(notebook_id)
        self.folder = Path(folder)
        self.path = self.folder / f"{notebook_id}{SUFFIX}"
        self.notices: list[str] = []
        """Warnings a student should see (a file set aside, a file that cannot be read)."""
        self.error: str | None = None
        """The last save error, or None once a save succeeds."""
        self._lock = threading.RLock()
        self._data = self._empty()
        self._signature: tuple[int, int] | None = None
        self._pending: set[str] = set()  # exercises changed in memory but not yet on disk
        self._student_pending = False
        self._blocked: str | None = None  # the file exists but cannot be read: never overwrite it
        self._load_from_disk()
        if student is not None:
            self.student = student

    # --- reading ---------------------------------------------------------------
    def get(self, exercise: str, default: Any = None, *, article: str | None = None) -> Any:
        """The saved answer of ``exercise`` (a copy), or ``default``.

        With ``article``, an answer saved for another article counts as missing.
        """
        entry = self.entry(exercise)
        if entry is None or (article is not None and entry.get("article") != article):
            return default
        return entry.get("answer", default)

    def entry(self, exercise: str) -> dict[str, Any] | None:
        """The whole saved record of ``exercise`` (widget, article, answer, updated), or None."""
        check_exercise_id(exercise)
        with self._lock:
            self._refresh()
            entry = self._data["exercises"].get(exercise)
            return copy.deepcopy(entry) if isinstance(entry, dict) else None

    @property
    def exercises(self) -> list[str]:
        """The ids of the exercises with a saved answer."""
        with self._lock:
            self._refresh()
            return list(self._data["exercises"])

    def __contains__(self, exercise: object) -> bool:
        return isinstance(exercise, str) and exercise in self.exercises

    @property
    def student(self) -> str | None:
        """The student's name, saved in the file (settable)."""
        return self._data.get("student")

    @student.setter
    def student(self, name: str | None) -> None:
        if name is not None and not isinstance(name, str):
            raise TypeError("The student name must be text or None.")
        with self._lock:
            self._data["student"] = name.strip() or None if name is not None else None
            self._student_pending = True
            self._save()

    def to_dict(self) -> dict[str, Any]:
        """The file's content, as it is (or will be) saved."""
        with self._lock:
            return copy.deepcopy(self._data)

    # --- writing ---------------------------------------------------------------
    def put(self, exercise: str, widget: str, answer: Any, *, article: str | None = None) -> None:
        """Save ``answer`` (plain JSON data) for ``exercise`` and write the file at once.

        Raises :class:`~kit.errors.AnswersFileError` when the file cannot be written;
        the answer is then kept in memory and saved by the next successful write.
        """
        check_exercise_id(exercise)
        try:
            plain = json.loads(json.dumps(answer, ensure_ascii=False))
        except (TypeError, ValueError) as error:
            raise TypeError(
                f"An answer must be plain JSON data (text, numbers, lists, dicts): {error}"
            ) from None
        with self._lock:
            self._data["exercises"][exercise] = {
                "widget": widget,
                "article": article,
                "answer": plain,
                "updated": _now(),
            }
            self._pending.add(exercise)
            self._save()

    def reset(self, exercise: str) -> None:
        """Erase the answer of ``exercise`` (the widgets ask for confirmation first)."""
        check_exercise_id(exercise)
        with self._lock:
            self._data["exercises"].pop(exercise, None)
            self._pending.add(exercise)
            self._save()

    def __repr__(self) -> str:
        return f"AnswerBook({self.notebook_id!r}, folder={str(self.folder)!r})"

    # --- the file --------------------------------------------------------------
    def _empty(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "notebook": self.notebook_id,
            "student": None,
            "updated": None,
            "exercises": {},
        }

    def _stat(self) -> tuple[int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size

    def _refresh(self) -> None:
        if self._blocked is None and self._stat() != self._signature:
            self._load_from_disk()

    def _load_from_disk(self) -> None:
        signature = self._stat()
        if signature is None:  # no file (yet, or any more)
            self._signature = None
            return
        try:
            raw = self.path.read_bytes()
        except OSError as error:
            self._block(f"Your answers file {self.path.name} cannot be read ({error.strerror or error}).")
            return
        try:
            data = self._parse(raw)
        except _CorruptError as problem:
            self._set_aside(str(problem))
            self._signature = None
            return
        except AnswersFileError as error:
            self._block(str(error))
            return
        # memory changes that never reached the disk win over the file
        for exercise in self._pending:
            if exercise in self._data["exercises"]:
                data["exercises"][exercise] = self._data["exercises"][exercise]
            else:
                data["exercises"].pop(exercise, None)
        if self._student_pending:
            data["student"] = self._data.get("student")
        self._data = data
        self._signature = signature

    def _parse(self, raw: bytes) -> dict[str, Any]:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise _CorruptError(f"it is not valid JSON ({error})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _CorruptError("it is not a kit answers file")
        version = data.get("version")
        if not isinstance(version, int):
            raise _CorruptError("it has no format version")
        if version > VERSION:
            raise AnswersFileError(
                f"Your answers file {self.path.name} was written by a newer version of the kit "
                f"(format {version}). Update the kit (make lab) before answering here; "
                "until then your answers are kept in memory only."
            )
        exercises = data.get("exercises")
        if not isinstance(exercises, dict) or not all(
            isinstance(entry, dict) and "answer" in entry for entry in exercises.values()
        ):
            raise _CorruptError("its list of exercises is damaged")
        student = data.get("student")
        return {
            "format": FORMAT,
            "version": VERSION,
            "notebook": data.get("notebook", self.notebook_id),
            "student": student if isinstance(student, str) else None,
            "updated": data.get("updated"),
            "exercises": dict(exercises),
        }

    def _set_aside(self, reason: str) -> None:
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.notebook_id}.answers.corrupt-{stamp}.json")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.notebook_id}.answers.corrupt-{stamp}-{n}.json")
        try:
            self.path.rename(aside)
        except OSError as error:
            self._block(
                f"Your answers file {self.path.name} is damaged ({reason}) and could not be set aside "
                f"({error.strerror or error})."
            )
            return
        self._notify(
            f"Your answers file {self.path.name} could not be read ({reason}). It was kept as "
            f"{aside.name} (show it to your teacher) and your answers start fresh."
        )

    def _block(self, message: str) -> None:
        self._blocked = message + " It will not be overwritten: your new answers are kept in memory only."
        self._notify(self._blocked)

    def _notify(self, message: str) -> None:
        self.notices.append(message)
        warnings.warn(message, AnswersFileWarning, stacklevel=4)

    def _save(self) -> None:
        if self._blocked is not None:
            self.error = self._blocked
            raise AnswersFileError(self._blocked)
        self._refresh()
        self._data["updated"] = _now()
        text = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
        try:
            atomic_write_text(self.path, text)
        except OSError as error:
            self.error = (
                f"Your answers could not be saved to {self.path} ({error.strerror or error}). "
                "They are kept in memory while this notebook runs: ask your teacher, or open the "
                "notebook from a folder you can write to."
            )
            raise AnswersFileError(self.error) from None
        self.error = None
        self._pending.clear()
        self._student_pending = False
        self._signature = self._stat()
