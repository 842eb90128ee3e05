"""Student answers survive re-runs and restarts, never half-saved, never silently lost."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import warnings

import pytest

import kit.answers
from kit.answers import AnswerBook, AnswersFileWarning, article_id, check_exercise_id
from kit.errors import AnswersFileError, AnswersPathError, AnswersReadOnlyError, ExerciseIdError, KitError
from kit.grading.submissions import read_answers

MARKS = [{"start": 3, "end": 8, "text": "could", "category": "possibility"}]


def test_an_answer_comes_back_after_a_kernel_restart(tmp_path):
    book = AnswerBook("01_reading", folder=tmp_path)
    book.put("hedge-hunter", "HedgeHunter", MARKS, article="seed.txt")
    again = AnswerBook("01_reading", folder=tmp_path)  # a new kernel: nothing shared but the file
    assert again.get("hedge-hunter") == MARKS
    assert again.entry("hedge-hunter")["widget"] == "HedgeHunter"


def test_the_file_has_the_agreed_format(tmp_path):
    book = AnswerBook("01_reading", folder=tmp_path, student="Ada")
    book.put(
        "tags", "SourceTagger", {"3": {"speaker": "Vladimir Putin", "kind": "direct"}}, article="seed.txt"
    )
    data = json.loads((tmp_path / "01_reading.answers.json").read_text(encoding="utf-8"))
    assert {k: data[k] for k in ("format", "version", "notebook", "student")} == {
        "format": "kit-answers",
        "version": 1,
        "notebook": "01_reading",
        "student": "Ada",
    }
    entry = data["exercises"]["tags"]
    assert entry["widget"] == "SourceTagger" and entry["article"] == "seed.txt"
    assert entry["answer"] == {"3": {"speaker": "Vladimir Putin", "kind": "direct"}}
    assert entry["updated"].startswith("20") and data["updated"].startswith("20")


def test_every_save_is_atomic_and_leaves_no_temporary_files(tmp_path):
    book = AnswerBook("nb", folder=tmp_path)
    for n in range(5):
        book.put("q", "ShortAnswer", "x" * n)
    # the answers file, and the empty hidden lock file two kernels take turns on
    assert sorted(p.name for p in tmp_path.iterdir()) == [".nb.answers.lock", "nb.answers.json"]
    assert book.lock_path.read_bytes() == b""
    assert AnswerBook("nb", folder=tmp_path).get("q") == "xxxx"


def test_the_folder_is_made_when_the_first_answer_is_saved(tmp_path):
    book = AnswerBook("nb", folder=tmp_path / "new" / "folder")
    assert not (tmp_path / "new").exists()  # opening a book writes nothing
    book.put("q", "ShortAnswer", "x")
    assert AnswerBook("nb", folder=tmp_path / "new" / "folder").get("q") == "x"


def test_the_saved_answer_is_a_copy(tmp_path):
    book = AnswerBook("nb", folder=tmp_path)
    marks = [dict(MARKS[0])]
    book.put("h", "HedgeHunter", marks)
    marks[0]["category"] = "changed"
    book.get("h")[0]["text"] = "changed"
    assert book.get("h") == MARKS


def test_two_books_on_one_file_keep_each_others_answers(tmp_path):
    first, second = AnswerBook("nb", folder=tmp_path), AnswerBook("nb", folder=tmp_path)
    first.put("a", "ShortAnswer", "one")
    second.put("b", "ShortAnswer", "two")
    first.put("c", "ShortAnswer", "three")
    assert AnswerBook("nb", folder=tmp_path).to_dict()["exercises"].keys() == {"a", "b", "c"}


def test_reset_erases_only_that_exercise(tmp_path):
    book = AnswerBook("nb", folder=tmp_path)
    book.put("a", "ShortAnswer", "one")
    book.put("b", "ShortAnswer", "two")
    book.reset("a")
    again = AnswerBook("nb", folder=tmp_path)
    assert again.get("a") is None and again.get("b") == "two" and again.exercises == ["b"]


def test_an_answer_for_another_article_counts_as_missing(tmp_path):
    book = AnswerBook("nb", folder=tmp_path)
    book.put("tags", "SourceTagger", {"0": {}}, article="seed.txt")
    assert book.get("tags", article="other.txt", default="fresh") == "fresh"
    assert book.get("tags", article="seed.txt") == {"0": {}}


def test_student_name_is_saved(tmp_path):
    book = AnswerBook("nb", folder=tmp_path)
    book.student = "  Grace  "
    assert AnswerBook("nb", folder=tmp_path).student == "Grace"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"format": "something-else", "version": 1, "exercises": {}}',
        b'{"format": "kit-answers", "exercises": {}}',
        b'{"format": "kit-answers", "version": 1, "exercises": []}',
        b'{"format": "kit-answers", "version": 1, "notebook": 7, "exercises": {}}',
        b"",
        b'{"format": "kit-answers", "version": 1, "exercises": {"q": {"answer": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}}}",
    ],
    ids=[
        "bad-json",
        "not-utf8",
        "a-list",
        "other-format",
        "no-version",
        "exercises-list",
        "notebook-not-a-name",
        "empty",
        "nested-100000-deep",
    ],
)
def test_a_corrupt_file_is_set_aside_with_a_warning_and_work_starts_fresh(tmp_path, content):
    path = tmp_path / "nb.answers.json"
    path.write_bytes(content)
    with pytest.warns(AnswersFileWarning, match="could not be read"):
        book = AnswerBook("nb", folder=tmp_path)
    aside = list(tmp_path.glob("nb.answers.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == content  # never overwritten
    assert book.exercises == [] and book.notices and aside[0].name in book.notices[0]
    book.put("q", "ShortAnswer", "fresh start")
    assert json.loads(path.read_text())["exercises"]["q"]["answer"] == "fresh start"


def test_a_file_from_a_newer_kit_is_never_overwritten(tmp_path):
    path = tmp_path / "nb.answers.json"
    original = json.dumps({"format": "kit-answers", "version": 99, "exercises": {}})
    path.write_text(original)
    with pytest.warns(AnswersFileWarning, match="newer version"):
        book = AnswerBook("nb", folder=tmp_path)
    with pytest.raises(AnswersFileError, match="kept in memory"):
        book.put("q", "ShortAnswer", "hello")
    assert path.read_text() == original
    assert book.get("q") == "hello"  # still answerable in this session


def test_an_unwritable_folder_raises_a_typed_error_and_keeps_answers_in_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    book = AnswerBook("nb", folder=blocker)
    with pytest.raises(AnswersFileError, match="could not be saved") as info:
        book.put("q", "ShortAnswer", "my answer")
    assert isinstance(info.value, KitError) and book.error == str(info.value)
    assert book.get("q") == "my answer"


@pytest.mark.parametrize("exercise", ["", "   ", "x" * 81, None, 7, "two\nlines"])
def test_bad_exercise_ids_are_refused_with_advice(tmp_path, exercise):
    book = AnswerBook("nb", folder=tmp_path)
    with pytest.raises(ExerciseIdError, match="exercise id"):
        book.put(exercise, "ShortAnswer", "x")


def test_an_80_character_exercise_id_is_fine():
    assert check_exercise_id("x" * 80) == "x" * 80


@pytest.mark.parametrize("notebook", ["", "../escape", "a/b", "x" * 81, ".hidden"])
def test_bad_notebook_ids_are_refused(tmp_path, notebook):
    with pytest.raises(ExerciseIdError, match="notebook id"):
        AnswerBook(notebook, folder=tmp_path)


def test_answers_must_be_plain_data(tmp_path):
    with pytest.raises(TypeError, match="plain JSON"):
        AnswerBook("nb", folder=tmp_path).put("q", "ShortAnswer", object())


def test_article_identity_is_the_file_name_or_a_hash_of_the_text(sample_analysis):
    assert article_id(sample_analysis) == "000_3f95dd3d0e0f8142.txt"
    assert article_id("Some text") == article_id("Some text") != article_id("Other text")


# --- files that are not quite right: used as far as they can be, never lost -----------------------

SAVED = {"widget": "ShortAnswer", "article": None, "answer": "my words", "updated": "2024-05-02T10:00:00Z"}


def _file(notebook: str | None = "nb", **exercises) -> dict:
    data = {"format": "kit-answers", "version": 1, "student": "Ada", "updated": None, "exercises": exercises}
    if notebook is not None:
        data["notebook"] = notebook
    return data


def test_a_file_saved_with_a_byte_order_mark_is_read_and_kept(tmp_path):
    """Windows Notepad adds a UTF-8 BOM when a student opens and saves the file: nothing is lost."""
    path = tmp_path / "nb.answers.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_file(q1=SAVED)).encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", AnswersFileWarning)
        book = AnswerBook("nb", folder=tmp_path)
    assert book.get("q1") == "my words" and book.student == "Ada" and book.notices == []
    book.put("q2", "ShortAnswer", "more")
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert path.read_bytes()[:1] == b"{"  # written back without the mark
    assert read_answers(path, "nb").data["exercises"].keys() == {"q1", "q2"}


@pytest.mark.parametrize(
    ("broken", "why"),
    [
        ({"widget": "ShortAnswer", "updated": None}, "no answer in it"),
        ("just text", "not a saved answer"),
        (None, "not a saved answer"),
        ({"answer": json.loads("[" * 200 + "]" * 200)}, "nested too deeply"),
    ],
    ids=["no-answer", "text", "null", "nested-200-deep"],
)
def test_one_damaged_answer_does_not_cost_the_others(tmp_path, broken, why):
    path = tmp_path / "nb.answers.json"
    original = json.dumps(_file(q1=SAVED, broken=broken)).encode("utf-8")
    path.write_bytes(original)
    with pytest.warns(AnswersFileWarning, match=f"'broken' \\({why}\\)"):
        book = AnswerBook("nb", folder=tmp_path)
    assert book.get("q1") == "my words" and book.get("broken") is None and book.exercises == ["q1"]
    assert path.read_bytes() == original and not list(tmp_path.glob("*.corrupt-*"))  # untouched so far
    with pytest.warns(AnswersFileWarning, match="copy of your answers file as it was"):
        book.put("q2", "ShortAnswer", "more")
    copies = list(tmp_path.glob("nb.answers.corrupt-*.json"))
    assert len(copies) == 1 and copies[0].read_bytes() == original  # the damaged entry is kept there
    saved = read_answers(path, "nb").data  # the grader accepts the repaired file
    assert saved["exercises"].keys() == {"q1", "q2"} and saved["student"] == "Ada"
    book.put("q3", "ShortAnswer", "again")
    assert len(list(tmp_path.glob("nb.answers.corrupt-*.json"))) == 1  # one copy, not one per save


def test_an_answer_nested_too_deeply_is_refused_at_once(tmp_path):
    book = AnswerBook("nb", folder=tmp_path)
    with pytest.raises(TypeError, match="nested"):
        book.put("q", "ShortAnswer", json.loads("[" * 100 + "]" * 100))
    with pytest.raises(TypeError, match="plain JSON"):
        book.put("q", "ShortAnswer", _deep(5000))  # too deep even to be turned into JSON


def _deep(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


def test_the_answers_file_of_another_notebook_is_never_adopted(tmp_path):
    """A student copies ex01's answers file to ex02's name: ex02 must not write into ex01's answers."""
    path = tmp_path / "ex02.answers.json"
    original = json.dumps(_file("ex01", hedges=SAVED)).encode("utf-8")
    path.write_bytes(original)
    with pytest.warns(AnswersFileWarning, match="another notebook \\('ex01'"):
        book = AnswerBook("ex02", folder=tmp_path)
    assert book.exercises == [] and book.student is None
    aside = list(tmp_path.glob("ex02.answers.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == original and aside[0].name in book.notices[0]
    book.put("q", "ShortAnswer", "ex02's own answer")
    assert read_answers(path, "ex02").data["exercises"]["q"]["answer"] == "ex02's own answer"


def test_a_file_without_a_notebook_name_is_taken_as_this_one(tmp_path):
    path = tmp_path / "nb.answers.json"
    path.write_text(json.dumps(_file(None, q1=SAVED)), encoding="utf-8")
    book = AnswerBook("nb", folder=tmp_path)
    assert book.get("q1") == "my words"
    book.put("q2", "ShortAnswer", "more")
    assert read_answers(path, "nb").data["notebook"] == "nb"


@contextlib.contextmanager
def _deadline(seconds: int):
    """Fail instead of hanging when the code under test blocks (a FIFO opened for reading)."""

    def expire(_signum, _frame):
        raise TimeoutError(f"blocked for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _fifo(path):
    os.mkfifo(path)


def _folder(path):
    path.mkdir()
    (path / "inside.txt").write_text("x")


def _link_to_device(path):
    path.symlink_to("/dev/zero")


def _link_to_fifo(path):
    os.mkfifo(path.with_name("pipe"))
    path.symlink_to(path.with_name("pipe"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize(
    ("make", "kind"),
    [(_fifo, "named pipe"), (_folder, "folder"), (_link_to_device, "device"), (_link_to_fifo, "named pipe")],
    ids=["fifo", "folder", "link-to-dev-zero", "link-to-fifo"],
)
def test_a_special_file_in_place_of_the_answers_file_never_blocks(tmp_path, make, kind):
    path = tmp_path / "nb.answers.json"
    make(path)
    with _deadline(10):
        with pytest.warns(AnswersFileWarning, match=f"is a {kind}, not a file"):
            book = AnswerBook("nb", folder=tmp_path)
        with pytest.raises(AnswersPathError, match="kept in memory") as info:
            book.put("q1", "ShortAnswer", "first")
        assert isinstance(info.value, AnswersFileError) and book.error == str(info.value)
        assert book.get("q1") == "first" and book.unsaved == ["q1"]
        assert os.path.lexists(path)  # left as it was
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
        book.put("q2", "ShortAnswer", "second")  # once it is gone, everything is saved
    assert read_answers(path, "nb").data["exercises"].keys() == {"q1", "q2"}
    assert book.error is None and not any(kind in notice for notice in book.notices)


def test_a_file_too_large_to_be_answers_is_set_aside_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(kit.answers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "nb.answers.json"
    path.write_text(json.dumps(_file(q=dict(SAVED, answer="x" * 2000))))
    with pytest.warns(AnswersFileWarning, match="too large"):
        book = AnswerBook("nb", folder=tmp_path)
    assert book.exercises == [] and len(list(tmp_path.glob("nb.answers.corrupt-*.json"))) == 1


def test_a_read_only_answers_file_is_not_replaced(tmp_path):
    path = tmp_path / "nb.answers.json"
    path.write_text(json.dumps(_file(q1=SAVED)), encoding="utf-8")
    path.chmod(0o444)
    original = path.read_bytes()
    book = AnswerBook("nb", folder=tmp_path)
    assert book.get("q1") == "my words"  # read as usual
    with pytest.raises(AnswersReadOnlyError, match=r"read-only.*kept in memory.*chmod u\+w"):
        book.put("q2", "ShortAnswer", "second")
    assert path.read_bytes() == original and path.stat().st_mode & 0o777 == 0o444
    assert book.get("q2") == "second" and "read-only" in book.error
    path.chmod(0o644)
    book.put("q3", "ShortAnswer", "third")
    assert read_answers(path, "nb").data["exercises"].keys() == {"q1", "q2", "q3"} and book.error is None


def test_temporary_files_of_a_killed_save_are_cleaned_when_the_book_opens(tmp_path):
    fd, left = tempfile.mkstemp(prefix=".nb.answers.json.", suffix=".tmp", dir=tmp_path)  # as a killed save
    os.write(fd, b'{"format": "kit-an')
    os.close(fd)
    other = tmp_path / ".notes.json.abc123.tmp"  # another file's: not ours to remove
    other.write_text("x")
    AnswerBook("nb", folder=tmp_path)
    assert not os.path.exists(left) and other.exists()
