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

**Two kernels on one file** (the notebook open in two tabs, or a copy of it) take turns:
each save locks ``.<id>.answers.lock`` beside the file (:func:`kit.files.file_lock`, a POSIX
record lock, which network home folders carry too), reads the file again, puts its own changes
over what is there and writes it atomically, so no save undoes another. When the lock is not
free within :data:`LOCK_TIMEOUT` seconds, :class:`~kit.errors.AnswersLockedError` says so and the
answer waits in memory for the next save (or the kernel's exit). Temporary files a killed save
left behind are removed by the next save.

**A file that is not quite right** is used as far as it can be, and never overwritten blindly:

* a UTF-8 byte-order mark (Windows Notepad) is fine; a missing ``notebook`` is taken as this one;
* damaged answers (an entry with no ``"answer"``, not a record, or nested deeper than
  :data:`MAX_DEPTH`) count as unanswered, a warning names them, and before the file is next
  written a copy of it as it was is kept as ``<id>.answers.corrupt-<timestamp>.json``;
* a file that cannot be read as this format (not JSON, another format, nested too deeply to
  parse, larger than :data:`MAX_FILE_BYTES`) or **the answers file of another notebook** (copied
  or renamed) is never adopted: it is renamed to ``<id>.answers.corrupt-<timestamp>.json`` (the
  name the grader reports), a warning says so, and work starts fresh;
* a file from a newer kit, a read-only file (:class:`~kit.errors.AnswersReadOnlyError`), a folder,
  a named pipe or a device in its place (:class:`~kit.errors.AnswersPathError`, nothing is read
  from it), or a folder that cannot be written: nothing is replaced, :meth:`AnswerBook.put` raises
  a :class:`~kit.errors.AnswersFileError` saying what to do, and the answers stay in memory; the
  next save after the cause is gone saves them all.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> book = AnswerBook("lesson-01", folder=folder)
>>> book.put("q1", "MultipleChoice", "Vladimir Putin", article="seed.txt")
>>> AnswerBook("lesson-01", folder=folder).get("q1")   # a new kernel reads it back
'Vladimir Putin'
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import hashlib
import json
import os
import re
import stat
import threading
import warnings
import weakref
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    AnswersFileError,
    AnswersLockedError,
    AnswersPathError,
    AnswersReadOnlyError,
    ExerciseIdError,
)
from .files import (
    atomic_write_bytes,
    file_lock,
    nested_deeper_than,
    read_capped,
    remove_stale_temporaries,
)
from .grading import ANSWERS_FORMAT, ANSWERS_SUFFIX, ANSWERS_VERSION

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = [
    "FORMAT",
    "LOCK_TIMEOUT",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
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
#: Seconds a save waits for another kernel's save to the same file before giving up (in memory).
LOCK_TIMEOUT = 5.0
#: A larger file is not an answers file (a whole class's answers take a few hundred KB at most).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: How deeply an answer may nest lists and records (the widgets' answers nest three deep).
MAX_DEPTH = 64
#: Without locks (see :func:`kit.files.file_lock`), temporary files older than this are stale.
_UNLOCKED_STALE_SECONDS = 600.0

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


def _name(text: object, limit: int = 40) -> str:
    """A name from a file, quoted and shortened, with control characters made visible."""
    shown = repr(str(text))
    return shown if len(shown) <= limit else shown[: limit - 2] + "…'"


class _CorruptError(Exception):
    """The file cannot be used at all: it is set aside (``reason`` says why, for the student)."""

    def __init__(self, reason: str, *, foreign: str | None = None) -> None:
        super().__init__(reason)
        self.foreign = foreign


# Books with answers that could not be written: one last try when the kernel exits.
_UNSAVED: weakref.WeakSet[AnswerBook] = weakref.WeakSet()
_AT_EXIT_REGISTERED = False


def _save_before_exit() -> None:
    for book in list(_UNSAVED):
        with contextlib.suppress(Exception):
            book.flush()


class AnswerBook:
    """The answers of one notebook, kept in ``<folder>/<notebook_id>.answers.json``.

    Every :meth:`put` and :meth:`reset` writes the whole file atomically, taking turns
    with any other book (in this kernel or another) on the same file: the file is read
    again under the lock and this book's changes are put over it, so no save undoes
    another's. ``lock_timeout`` is how long a save waits for its turn.

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

    def __init__(
        self,
        notebook_id: str,
        *,
        folder: str | Path = ".",
        student: str | None = None,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> None:
        self.notebook_id = _check_notebook_id(notebook_id)
        self.folder = Path(folder)
        self.path = self.folder / f"{notebook_id}{SUFFIX}"
        self.lock_path = self.folder / f".{notebook_id}.answers.lock"
        """The lock file beside the answers file (empty; hidden; the grader ignores it)."""
        self.lock_timeout = float(lock_timeout)
        self.notices: list[str] = []
        """Warnings a student should see (a file set aside, a file that cannot be read)."""
        self.error: str | None = None
        """The last save error, or None once a save succeeds."""
        self._lock = threading.RLock()
        self._data = self._empty()
        self._raw: bytes | None = None  # the bytes on disk that self._data was last brought up to
        self._mode = 0  # the answers file's permissions, as last read
        self._problem: AnswersFileError | None = None  # why the file cannot be used now
        self._damaged: bytes | None = None  # a file with damaged answers: copied aside before rewriting
        self._pending: set[str] = set()  # exercises changed in memory but not yet on disk
        self._student_pending = False
        self._watchers: list[weakref.WeakMethod[Callable[[], None]] | Callable[[], None]] = []
        with self._lock:
            self._open()
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

    @property
    def unsaved(self) -> list[str]:
        """The exercises whose latest answer is in memory only (a save failed; the next one retries)."""
        with self._lock:
            return sorted(self._pending)

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
        except (TypeError, ValueError, RecursionError) as error:
            raise TypeError(
                f"An answer must be plain JSON data (text, numbers, lists, dicts): {error}"
            ) from None
        if nested_deeper_than(plain, MAX_DEPTH):
            raise TypeError(f"An answer must be plain JSON data nested at most {MAX_DEPTH} levels deep.")
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

    def watch(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every save, failed or not (a widget shows :attr:`error` again).

        A bound method is held weakly: a widget that is gone is not kept alive by the book.
        """
        watcher = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else callback
        self._watchers.append(watcher)  # type: ignore[arg-type]

    def _tell_watchers(self) -> None:
        alive = []
        for watcher in self._watchers:
            callback = watcher() if isinstance(watcher, weakref.WeakMethod) else watcher
            if callback is None:
                continue
            alive.append(watcher)
            with contextlib.suppress(Exception):  # a view that cannot update must not stop a save
                callback()
        self._watchers = alive

    def flush(self) -> None:
        """Write the answers a failed save left in memory (nothing to do when there are none).

        Raises :class:`~kit.errors.AnswersFileError` when it still cannot be written.
        """
        with self._lock:
            if self._pending or self._student_pending:
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

    @contextlib.contextmanager
    def _turn(self, *, timeout: float) -> Iterator[bool]:
        """Hold the lock of the answers file (True), or go on unlocked where there are no locks."""
        turn = contextlib.ExitStack()
        try:
            locked = turn.enter_context(file_lock(self.lock_path, timeout=timeout))
        except TimeoutError:
            raise AnswersLockedError(
                f"Your answers file {self.path.name} is busy: another notebook saving to it (this "
                f"notebook open in a second tab, or a copy of it?) has held it for more than "
                f"{timeout:g} s. Your answer is kept in memory and saved with your next one; close "
                "the other tab if there is one."
            ) from None
        except OSError as error:
            raise AnswersFileError(self._unwritable(error)) from None
        with turn:
            if not locked:
                self._notify(
                    f"The folder of {self.path.name} cannot lock files (a network folder without "
                    "locks?): do not open this notebook in two tabs at once, or one tab's answers may "
                    "replace the other's."
                )
            yield locked

    def _unwritable(self, error: OSError) -> str:
        return (
            f"Your answers could not be saved to {self.path} ({error.strerror or error}). "
            "They are kept in memory while this notebook runs: ask your teacher, or open the "
            "notebook from a folder you can write to."
        )

    def _open(self) -> None:
        """The first read: under the lock when it can be had, cleaning up after killed saves."""
        try:
            with self._turn(timeout=min(self.lock_timeout, 1.0)) as locked:
                if locked:
                    remove_stale_temporaries(self.path)
                self._read(may_set_aside=True)
        except AnswersLockedError:  # another kernel is saving: read what is there; set aside later
            self._read(may_set_aside=False)
        except AnswersFileError:  # no lock file in a read-only or missing folder: nobody writes here
            self._read(may_set_aside=True)

    def _refresh(self) -> None:
        """Bring memory up to date with the file outside a save; never raises."""
        if self._read(may_set_aside=False):
            return
        try:  # the file must be set aside: only under the lock, after reading it again
            with self._turn(timeout=min(self.lock_timeout, 1.0)):
                self._read(may_set_aside=True)
        except AnswersLockedError:  # busy: the next read or save sets it aside
            pass
        except AnswersFileError:  # no lock file can be made here (a read-only folder): nobody writes
            self._read(may_set_aside=True)

    def _read(self, *, may_set_aside: bool) -> bool:
        """Read the file; put the changes not yet saved over it.

        A file that cannot be used is set aside only with ``may_set_aside`` (under the lock, so
        that what is renamed is what was read); without, False is returned instead.
        """
        try:
            found = read_capped(self.path, limit=MAX_FILE_BYTES)
        except OSError as error:
            self._raw = None
            self._set_problem(
                AnswersFileError(
                    f"Your answers file {self.path.name} cannot be read ({error.strerror or error}). "
                    "It will not be overwritten: your new answers are kept in memory only."
                )
            )
            return True
        self._mode = found.mode
        if found.kind == "missing":  # no file (yet, or any more): memory is all there is
            self._raw, self._damaged = None, None
            self._set_problem(None)
            return True
        if found.kind != "file":
            self._raw = None
            self._set_problem(
                AnswersPathError(
                    f"{self.path.name} is a {found.kind}, not a file, so your answers cannot be saved "
                    f"there: they are kept in memory only. Rename or remove that {found.kind} (or ask "
                    "your teacher), then answer again to save them all."
                )
            )
            return True
        if found.data is not None and found.data == self._raw:
            return True  # unchanged since it was last read or written
        try:
            if found.data is None:
                raise _CorruptError(f"it is too large to be an answers file ({found.size // 1024} KB)")
            data, damaged = self._parse(found.data)
        except _CorruptError as problem:
            if not may_set_aside:
                return False
            self._set_aside(problem)
            return True
        except AnswersFileError as error:
            self._raw = found.data
            self._set_problem(error)
            return True
        self._damaged = found.data if damaged else None
        if damaged:
            self._notify(
                f"Your answers file {self.path.name} has {len(damaged)} damaged "
                f"{'answer' if len(damaged) == 1 else 'answers'} that count as unanswered: "
                + "; ".join(f"{_name(exercise)} ({why})" for exercise, why in damaged[:5])
                + (f" and {len(damaged) - 5} more" if len(damaged) > 5 else "")
                + ". Your other answers are fine. Before the file is next saved, a copy of it as it "
                f"was is kept as {self.notebook_id}.answers.corrupt-<date>.json (show it to your teacher)."
            )
        # memory changes that never reached the disk win over the file
        for exercise in self._pending:
            if exercise in self._data["exercises"]:
                data["exercises"][exercise] = self._data["exercises"][exercise]
            else:
                data["exercises"].pop(exercise, None)
        if self._student_pending:
            data["student"] = self._data.get("student")
        self._data, self._raw = data, found.data
        self._set_problem(None)
        return True

    def _parse(self, raw: bytes) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """The file's content and its damaged answers (exercise, why), or :class:`_CorruptError`."""
        try:
            data = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark (Notepad) is fine
        except (UnicodeDecodeError, ValueError) as error:
            raise _CorruptError(f"it is not valid JSON ({error})") from None
        except RecursionError:
            raise _CorruptError("it is nested too deeply to be an answers file") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _CorruptError("it is not a kit answers file")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise _CorruptError("it has no format version")
        if version > VERSION:
            raise AnswersFileError(
                f"Your answers file {self.path.name} was written by a newer version of the kit "
                f"(format {version}). Update the kit (make lab) before answering here; "
                "until then your answers are kept in memory only."
            )
        notebook = data.get("notebook", self.notebook_id)
        if notebook != self.notebook_id:
            if isinstance(notebook, str):
                raise _CorruptError("it holds another notebook's answers", foreign=notebook)
            raise _CorruptError("its notebook name is damaged")
        exercises = data.get("exercises")
        if not isinstance(exercises, dict):
            raise _CorruptError("its list of exercises is damaged")
        kept, damaged = {}, []
        for exercise, entry in exercises.items():
            if not isinstance(entry, dict):
                damaged.append((exercise, "not a saved answer"))
            elif "answer" not in entry:
                damaged.append((exercise, "no answer in it"))
            elif nested_deeper_than(entry["answer"], MAX_DEPTH):
                damaged.append((exercise, "nested too deeply"))
            else:
                kept[exercise] = entry
        student = data.get("student")
        return {
            "format": FORMAT,
            "version": VERSION,
            "notebook": self.notebook_id,
            "student": student if isinstance(student, str) else None,
            "updated": data.get("updated"),
            "exercises": kept,
        }, damaged

    def _aside_path(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.notebook_id}.answers.corrupt-{stamp}.json")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.notebook_id}.answers.corrupt-{stamp}-{n}.json")
        return aside

    def _set_aside(self, problem: _CorruptError) -> None:
        aside = self._aside_path()
        what = (
            f"holds the answers of another notebook ({_name(problem.foreign)}: copied or renamed?), "
            "so it was not used"
            if problem.foreign is not None
            else f"could not be read ({problem})"
        )
        try:
            self.path.rename(aside)
        except OSError as error:
            self._raw = None
            self._set_problem(
                AnswersFileError(
                    f"Your answers file {self.path.name} {what} and could not be set aside "
                    f"({error.strerror or error}). It will not be overwritten: your new answers are "
                    "kept in memory only."
                )
            )
            return
        self._raw, self._damaged = None, None
        self._set_problem(None)
        fresh = (
            "your answers start fresh"
            if not self._data["exercises"]
            else "the answers this notebook holds are saved in a new file"
        )
        self._notify(
            f"Your answers file {self.path.name} {what}. It was kept as {aside.name} "
            f"(show it to your teacher) and {fresh}."
        )

    def _set_problem(self, problem: AnswersFileError | None) -> None:
        """Record why the file cannot be used now (or that it can again): the notice comes and goes."""
        old = self._problem
        if old is not None and (problem is None or str(problem) != str(old)):
            with contextlib.suppress(ValueError):
                self.notices.remove(str(old))
        self._problem = problem
        if problem is not None and (old is None or str(problem) != str(old)):
            self._notify(str(problem))

    def _notify(self, message: str) -> None:
        if message in self.notices:
            return
        self.notices.append(message)
        warnings.warn(message, AnswersFileWarning, stacklevel=3)

    def _save(self) -> None:
        global _AT_EXIT_REGISTERED
        try:
            self._write()
        except AnswersFileError as error:
            self.error = str(error)
            _UNSAVED.add(self)
            if not _AT_EXIT_REGISTERED:
                atexit.register(_save_before_exit)
                _AT_EXIT_REGISTERED = True
            self._tell_watchers()
            raise
        self.error = None
        _UNSAVED.discard(self)
        self._tell_watchers()

    def _write(self) -> None:
        """Under the lock: read the file again, put this book's changes over it, write it atomically."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise AnswersFileError(self._unwritable(error)) from None
        with self._turn(timeout=self.lock_timeout) as locked:
            remove_stale_temporaries(self.path, older_than=0.0 if locked else _UNLOCKED_STALE_SECONDS)
            self._read(may_set_aside=True)
            if self._problem is not None:
                raise type(self._problem)(self._problem.message)
            if self._raw is not None and (
                not self._mode & stat.S_IWUSR or not os.access(self.path, os.W_OK)
            ):
                raise AnswersReadOnlyError(
                    f"Your answers file {self.path.name} is read-only, so it was not replaced: your new "
                    "answers are kept in memory only. Make it writable again (in a terminal: chmod u+w "
                    f"'{self.path.name}'; or ask your teacher), then answer again to save them all."
                )
            self._data["updated"] = _now()
            text = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
            raw = text.encode("utf-8")
            try:
                if self._damaged is not None:
                    aside = atomic_write_bytes(self._aside_path(), self._damaged)
                    self._notify(
                        f"A copy of your answers file as it was, with its damaged answers, is kept "
                        f"as {aside.name} (show it to your teacher)."
                    )
                    self._damaged = None
                atomic_write_bytes(self.path, raw)
            except OSError as error:
                raise AnswersFileError(self._unwritable(error)) from None
            self._raw = raw
            self._pending.clear()
            self._student_pending = False
