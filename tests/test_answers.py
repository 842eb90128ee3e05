"""Student answers survive re-runs and restarts, never half-saved, never silently lost."""

from __future__ import annotations

import json

import pytest

from kit.answers import AnswerBook, AnswersFileWarning, article_id, check_exercise_id
from kit.errors import AnswersFileError, ExerciseIdError, KitError

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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nb.answers.json"]
    assert AnswerBook("nb", folder=tmp_path).get("q") == "xxxx"


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
        b'{"format": "kit-answers", "version": 1, "exercises": {"q": {"widget": "x"}}}',
        b"",
    ],
    ids=[
        "bad-json",
        "not-utf8",
        "a-list",
        "other-format",
        "no-version",
        "exercises-list",
        "no-answer",
        "empty",
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
