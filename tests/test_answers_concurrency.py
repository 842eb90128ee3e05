"""Two kernels on one answers file (two tabs of a notebook, a copy of it), and kernels killed while
saving: every answer a save acknowledged is in the file, and the file always reads.

Each writer is a separate Python process, as two kernels are. The sizes here keep the suite quick;
``benchmarks/answers_saving.py`` runs the issue's full size (2 processes x 1,200 saves x 10 trials)
and prints the figures.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pytest

import kit.files
from kit.answers import AnswerBook, AnswersFileWarning
from kit.errors import AnswersFileError, AnswersLockedError
from kit.grading.submissions import read_answers

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "nb"

#: One writer: ``count`` acknowledged saves of its own exercises, and every 10th save one shared
#: "typing" exercise of its own rewritten (a ShortAnswer saved as typed). An answer counts once
#: ``put`` has returned, and only then is its name printed.
WRITER = r"""
import os, sys, time
from kit.answers import AnswerBook
from kit.errors import AnswersFileError
folder, name, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
book = AnswerBook("nb", folder=folder)
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
for i in range(count):
    try:
        if i % 10 == 9:
            book.put(name + "-typing", "ShortAnswer", f"{name} typed {i}")
            print(f"{name}-typing={name} typed {i}", flush=True)
        else:
            book.put(f"{name}-{i}", "ShortAnswer", f"{name} answer {i}")
            print(f"{name}-{i}={name} answer {i}", flush=True)
    except AnswersFileError as error:
        print(f"not saved: {error}", file=sys.stderr, flush=True)
"""

#: Saves answers of growing length until killed; prints each one once it is saved.
LOOPER = r"""
import sys
from kit.answers import AnswerBook
folder, name = sys.argv[1], sys.argv[2]
book = AnswerBook("nb", folder=folder)
print("ready", flush=True)
i = 0
while True:
    answer = f"{name} answer {i} " + "x" * (i * 37 % 4000)
    book.put(f"{name}-{i}", "ShortAnswer", answer)
    print(f"{name}-{i}={answer}", flush=True)
    i += 1
"""


def _python(script: str, *args: object, stdin: int | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=stdin,
        text=True,
        env=env,
    )


def _acknowledged(lines: str) -> dict[str, str]:
    """exercise -> answer for every complete ``exercise=answer`` line (the last one wins)."""
    acks = {}
    for line in lines.splitlines(keepends=True):
        if line.endswith("\n") and "=" in line:
            exercise, answer = line[:-1].split("=", 1)
            acks[exercise] = answer
    return acks


def _lost(folder: Path, acknowledged: dict[str, str]) -> list[str]:
    saved = json.loads((folder / f"{NOTEBOOK}.answers.json").read_text(encoding="utf-8"))["exercises"]
    return [e for e, answer in acknowledged.items() if saved.get(e, {}).get("answer") != answer]


def two_writers(folder: Path, saves: int) -> tuple[int, int, list[str]]:
    """Run two writer processes at once; return (acknowledged, lost, error lines)."""
    go = folder / "go"
    writers = [_python(WRITER, folder, name, saves, go) for name in ("left", "right")]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    go.touch()
    acknowledged: dict[str, str] = {}
    errors: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        acknowledged |= _acknowledged(out)
        errors += err.splitlines()
    return len(acknowledged), len(_lost(folder, acknowledged)), errors


@pytest.mark.parametrize("trial", range(3))
def test_two_kernels_saving_at_full_speed_lose_no_answer(tmp_path, trial):
    acknowledged, lost, errors = two_writers(tmp_path, saves=150)
    assert errors == []  # every save got its turn within the lock timeout
    assert acknowledged == 2 * (135 + 1) and lost == 0
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.corrupt-*"))


def test_a_kernel_killed_while_saving_loses_no_acknowledged_answer(tmp_path):
    """SIGKILL at random moments of a save loop: the file always reads and holds every saved answer."""
    rng = random.Random(13)
    acknowledged: dict[str, str] = {}
    for round_ in range(6):
        looper = _python(LOOPER, tmp_path, f"kernel{round_}")
        assert looper.stdout is not None and looper.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.05, 0.4))
        looper.send_signal(signal.SIGKILL)
        out, _err = looper.communicate(timeout=60)
        acknowledged |= _acknowledged(out)
        # a save killed between its temporary file and the rename leaves one like this behind
        fd, _ = tempfile.mkstemp(prefix=f".{NOTEBOOK}.answers.json.", suffix=".tmp", dir=tmp_path)
        os.close(fd)
        with warnings.catch_warnings():
            warnings.simplefilter("error", AnswersFileWarning)  # never "damaged", never set aside
            book = AnswerBook(NOTEBOOK, folder=tmp_path)  # the next kernel opens the file
        assert _lost(tmp_path, acknowledged) == []
        assert set(book.exercises) >= set(acknowledged)
        assert not list(tmp_path.glob(f".{NOTEBOOK}.answers.json.*.tmp"))  # cleaned on opening
    assert len(acknowledged) > 6  # the loops did save something
    read_answers(tmp_path / f"{NOTEBOOK}.answers.json", NOTEBOOK)  # and the grader reads it


HOLDER = r"""
import fcntl, sys
with open(sys.argv[1], "a+") as handle:
    fcntl.lockf(handle, fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.readline()
"""


def _hold_lock(book: AnswerBook) -> subprocess.Popen[str]:
    """Another process holding the book's lock (as a kernel in the middle of a save) until told."""
    holder = _python(HOLDER, book.lock_path, stdin=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    holder.communicate("\n", timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="the lock is a POSIX record lock")
def test_a_save_that_cannot_get_its_turn_says_so_and_keeps_the_answer(tmp_path):
    book = AnswerBook(NOTEBOOK, folder=tmp_path, lock_timeout=0.3)
    book.put("q1", "ShortAnswer", "first")
    holder = _hold_lock(book)
    try:
        start = time.monotonic()
        with pytest.raises(AnswersLockedError, match=r"busy.*second tab.*kept in memory") as info:
            book.put("q2", "ShortAnswer", "second")
        assert time.monotonic() - start < 3  # never a hang
        assert isinstance(info.value, AnswersFileError) and book.error == str(info.value)
        assert book.get("q2") == "second" and book.unsaved == ["q2"]
        assert "q2" not in read_answers(book.path, NOTEBOOK).data["exercises"]  # nothing written unlocked
    finally:
        _release(holder)
    book.put("q3", "ShortAnswer", "third")  # the next save saves what waited
    assert read_answers(book.path, NOTEBOOK).data["exercises"].keys() == {"q1", "q2", "q3"}
    assert book.error is None and book.unsaved == []


@pytest.mark.skipif(sys.platform == "win32", reason="the lock is a POSIX record lock")
def test_answers_that_waited_in_memory_are_saved_when_the_kernel_exits(tmp_path):
    script = r"""
import sys
from kit.answers import AnswerBook
from kit.errors import AnswersLockedError
book = AnswerBook("nb", folder=sys.argv[1], lock_timeout=0.2)
try:
    book.put("q", "ShortAnswer", "typed while the other tab was saving")
except AnswersLockedError:
    print("waiting", flush=True)
sys.stdin.readline()
"""
    holder = _hold_lock(AnswerBook(NOTEBOOK, folder=tmp_path))
    kernel = _python(script, tmp_path, stdin=subprocess.PIPE)
    assert kernel.stdout is not None and kernel.stdout.readline() == "waiting\n"
    _release(holder)
    kernel.communicate("\n", timeout=30)  # the kernel shuts down normally
    assert AnswerBook(NOTEBOOK, folder=tmp_path).get("q") == "typed while the other tab was saving"


def test_a_short_answer_typed_while_the_file_is_locked_shows_it_and_loses_nothing(tmp_path):
    from kit.widgets import ShortAnswer

    book = AnswerBook(NOTEBOOK, folder=tmp_path, lock_timeout=0.2)
    question = ShortAnswer("Who speaks first?", answers=book, exercise="first")
    holder = _hold_lock(book)
    try:
        question.write("Put")
        question.write("Putin")
        assert "kit-error" in question.status.value and "busy" in question.status.value
        assert question.answer == "Putin"
    finally:
        _release(holder)
    question.write("Putin.")
    assert "kit-error" not in question.status.value
    assert AnswerBook(NOTEBOOK, folder=tmp_path).get("first") == "Putin."


def test_a_red_not_saved_message_goes_away_once_another_answer_saves_it(tmp_path):
    """The waiting answer is saved by the next save of any widget: its own red message must go too."""
    from kit.widgets import MultipleChoice, ShortAnswer

    book = AnswerBook(NOTEBOOK, folder=tmp_path, lock_timeout=0.2)
    written = ShortAnswer("Who speaks first?", answers=book, exercise="first")
    choice = MultipleChoice("Who is quoted?", ["Putin", "Xi"], answers=book, exercise="quoted")
    holder = _hold_lock(book)
    try:
        written.write("Putin")
        assert "kit-error" in written.status.value
    finally:
        _release(holder)
    choice.choose("Xi")
    assert "kit-error" not in written.status.value and "kit-error" not in choice.status.value
    assert AnswerBook(NOTEBOOK, folder=tmp_path).get("first") == "Putin"


def test_a_folder_without_locks_still_saves_and_says_so(tmp_path, monkeypatch):
    """A network folder whose lock service is down (ENOLCK): answers are saved, with a warning."""

    class NoLocks:
        LOCK_EX, LOCK_NB, LOCK_UN = 2, 4, 8

        @staticmethod
        def lockf(_fd, _how):
            raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(kit.files, "_fcntl", NoLocks)
    with pytest.warns(AnswersFileWarning, match="cannot lock files.*two tabs"):
        book = AnswerBook(NOTEBOOK, folder=tmp_path)
    book.put("q", "ShortAnswer", "saved all the same")
    assert read_answers(book.path, NOTEBOOK).data["exercises"]["q"]["answer"] == "saved all the same"


def test_the_kit_imports_and_saves_where_there_is_no_fcntl(tmp_path):
    """Windows has no fcntl: importing the kit must not crash, and answers are still saved."""
    script = r"""
import sys
sys.modules["fcntl"] = None  # as on Windows
import kit.files
from kit.answers import AnswerBook
book = AnswerBook("nb", folder=sys.argv[1])
book.put("q", "ShortAnswer", "saved")
print(kit.files.locking_available() == (kit.files._msvcrt is not None), book.get("q"))
"""
    kernel = _python(script, tmp_path)
    out, err = kernel.communicate(timeout=60)
    assert kernel.returncode == 0, err
    assert out.split() == ["True", "saved"]
