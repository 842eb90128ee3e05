"""The grader: answers read as data, partial credit, bad submissions reported, reports only in --out."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from kit.answers import AnswerBook
from kit.errors import GradingError
from kit.exercises import fill_in
from kit.grading import (
    cohen_kappa,
    compile_keys,
    grade,
    load_keys,
    read_rubric,
    reported_minutes,
    safe_file_name,
    score_hedges,
    score_number,
    score_tags,
)

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "solutions"
NOTEBOOKS = sorted(p.stem for p in (ROOT / "exercises").glob("*.ipynb"))


@pytest.fixture(scope="module")
def keys():
    return load_keys(KEYS)


@pytest.fixture(scope="module")
def items(keys):
    return [item for key in keys.values() for item in key.items]


def perfect(folder: Path) -> Path:
    """A student folder holding what the solution notebooks save (the same fill_in they call)."""
    folder.mkdir(parents=True, exist_ok=True)
    compiled = compile_keys(ROOT)
    for notebook in NOTEBOOKS:
        fill_in(AnswerBook(notebook, folder=folder), key=compiled[notebook])
    return folder


def full_rubric(path: Path, students, items) -> Path:
    rows = ["student,item,points,comment"]
    rows += [f"{s},{i.id},{i.points:g},model answer" for s in students for i in items if i.type == "rubric"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def tree(root: Path, *, skip: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_relative_to(skip):
            out[str(path.relative_to(root))] = path.read_bytes()
    return out


def rows(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        return {row["student"]: row for row in csv.DictReader(handle)}


def answers_file(folder: Path, notebook: str, exercises: dict, **fields) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"format": "kit-answers", "version": 1, "notebook": notebook, "student": None,
            "updated": "2024-01-01T00:00:00+00:00", "exercises": exercises, **fields}  # fmt: skip
    path = folder / f"{notebook}.answers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


SEED = "000_3f95dd3d0e0f8142.txt"


def hunt(marks: list) -> dict:
    """An ex02 HedgeHunter entry of an answers file."""
    return {"widget": "HedgeHunter", "article": SEED, "answer": marks}


def seed_text(keys) -> str:
    return keys["ex02_hedge_hunt"].articles["seed"].text


def mark(text: str, words: str, category: str, *, after: str = "") -> dict:
    start = text.index(words, text.index(after) if after else 0)
    return {"start": start, "end": start + len(words), "text": words, "category": category}


# --- full marks, zero ------------------------------------------------------------------


def test_a_copy_of_the_solutions_scores_full_marks(tmp_path, items):
    subs = tmp_path / "subs"
    perfect(subs / "Teacher")
    rubric = full_rubric(tmp_path / "rubric.csv", ["Teacher"], items)
    report = grade(subs, key=KEYS, out=tmp_path / "out", rubric=rubric, chart=False)
    row = rows(tmp_path / "out")["Teacher"]
    assert row["status"] == "graded"
    assert float(row["total"]) == float(row["maximum"]) == sum(i.points for i in items)
    assert row["percent"] == "100"
    assert report.lines == ()


def test_without_a_rubric_written_answers_await_it_and_score_nothing_yet(tmp_path, items):
    perfect(tmp_path / "subs" / "Teacher")
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    row = rows(tmp_path / "out")["Teacher"]
    written = [i for i in items if i.type == "rubric"]
    assert written and all(row[i.id] == "awaiting rubric" for i in written)
    assert float(row["total"]) == sum(i.points for i in items if i.type != "rubric")
    assert float(row["maximum"]) == sum(i.points for i in items)  # the same maximum for everyone
    assert float(row["awaiting"]) == sum(i.points for i in written)
    assert "awaiting rubric" in row["notes"]
    text = (tmp_path / "out" / "rubric_template.csv").read_text(encoding="utf-8-sig")
    template = list(csv.DictReader(io.StringIO(text)))
    assert {r["item"] for r in template} == {i.id for i in written}
    assert all(r["points"] == "" and r["answer"] for r in template)


def test_an_untouched_copy_of_the_exercises_scores_zero(tmp_path, items):
    student = tmp_path / "subs" / "Lazy"
    shutil.copytree(ROOT / "exercises", student, ignore=shutil.ignore_patterns("checks", "*.answers.json"))
    rubric = full_rubric(tmp_path / "rubric.csv", ["Lazy"], items)
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", rubric=rubric, chart=False)
    row = rows(tmp_path / "out")["Lazy"]
    assert row["status"] == "graded" and float(row["total"]) == 0
    assert all(float(row[i.id]) == 0 for i in items)


def test_answers_files_with_nothing_answered_score_zero(tmp_path):
    for notebook in NOTEBOOKS:
        answers_file(tmp_path / "subs" / "Blank", notebook, {})
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert float(rows(tmp_path / "out")["Blank"]["total"]) == 0


# --- partial credit on small hand-made cases ---------------------------------------------


def test_hedge_precision_recall_f1_on_a_hand_made_case():
    gold = [
        {"start": 0, "end": 5, "category": "possibility"},
        {"start": 10, "end": 16, "category": "limitation"},
        {"start": 30, "end": 36, "category": "distancing"},
        {"start": 50, "end": 55, "category": "appearance"},
    ]
    marks = [
        {"start": 2, "end": 4, "category": "possibility"},  # overlaps gold 0, right category
        {"start": 12, "end": 20, "category": "possibility"},  # overlaps gold 1, wrong category
        {"start": 40, "end": 44, "category": "distancing"},  # extra
    ]
    score = score_hedges(marks, gold)
    assert (score.hits, score.found, score.gold) == (2, 3, 4)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 4)
    assert score.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    # weighted: the wrong category counts half → 1.5 hits
    p, r = 1.5 / 3, 1.5 / 4
    assert score.weighted_f1 == pytest.approx(2 * p * r / (p + r))


def test_one_long_mark_counts_for_one_hedge_only():
    gold = [
        {"start": 0, "end": 2, "category": "limitation"},
        {"start": 3, "end": 8, "category": "appearance"},
    ]
    score = score_hedges([{"start": 0, "end": 8, "category": "limitation"}], gold)
    assert score.hits == 1 and score.recall == 0.5


def test_cohen_kappa_on_a_table_computed_by_hand():
    # 10 sentences; rater A: 5 "direct", 5 "outlet"; B agrees on 4 direct and 3 outlet.
    #            B direct  B outlet
    # A direct      4         1
    # A outlet      2         3
    # p_o = 7/10; p_e = (5*6 + 5*4) / 100 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4
    a = ["direct"] * 5 + ["outlet"] * 5
    b = ["direct"] * 4 + ["outlet"] + ["direct"] * 2 + ["outlet"] * 3
    assert cohen_kappa(a, b) == pytest.approx(0.4)


@pytest.mark.parametrize(
    ("a", "b", "kappa"),
    [
        (["x", "x", "x"], ["x", "x", "x"], 1.0),  # expected agreement 1: reported as perfect
        (["x", "y"], ["y", "x"], -1.0),
        ([], [], None),
    ],
)
def test_cohen_kappa_degenerate_cases(a, b, kappa):
    assert cohen_kappa(a, b) == kappa


def test_source_tags_credit_speaker_and_kind_half_each():
    gold = [[], [("Vladimir Putin", "direct")], [("Dmitry Peskov", "indirect")], [("Xi Jinping", "partial")]]
    score = score_tags(
        {
            "0": {"speaker": "the outlet itself", "kind": "own_voice"},  # right: 1
            "1": {"speaker": "Putin", "kind": "direct"},  # short name, right: 1
            "2": {"speaker": "Dmitry Peskov", "kind": "direct"},  # right source only: 0.5
            "3": {"speaker": "the outlet itself", "kind": "own_voice"},  # someone speaks: 0
        },
        gold,
    )
    assert [v.credit for v in score.verdicts] == [1, 1, 0.5, 0]
    assert score.credit == 2.5 and score.agreed == 2 and score.points_fraction == 2.5 / 4


def test_a_sentence_with_two_sources_accepts_either():
    gold = [[("Vladimir Putin", "partial"), ("China", "indirect")]]
    assert score_tags({"0": {"speaker": "China", "kind": "indirect"}}, gold).credit == 1


@pytest.mark.parametrize(
    ("given", "expected", "tolerance", "relative", "fraction"),
    [
        ("8", 8, 0.5, False, 1.0),
        ("8.4 minutes", 8, 0.5, False, 1.0),
        ("8.6", 8, 0.5, False, 0.0),
        (95, 95.89, 4, False, 1.0),
        ("90%", 95.89, 4, False, 0.0),
        ("66", 70, 0.1, True, 1.0),  # within 10 % of 70
        ("62", 70, 0.1, True, 0.0),
        ("", 8, 0.5, False, 0.0),
        (None, 8, 0.5, False, 0.0),
    ],
)
def test_numeric_answers_within_the_tolerance_score(given, expected, tolerance, relative, fraction):
    assert (
        score_number(given, expected=expected, tolerance=tolerance, relative=relative).points_fraction
        == fraction
    )


def test_partial_hedge_answers_get_partial_points_in_grades_csv(tmp_path, keys):
    text = seed_text(keys)
    marks = [
        mark(text, "so far", "limitation"),
        mark(text, "appeared", "possibility"),  # right span, wrong category
        mark(text, "said", "possibility"),  # extra
    ]
    answers_file(tmp_path / "subs" / "Partial", "ex02_hedge_hunt",
                 {"hedges": hunt(marks)})  # fmt: skip
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    gold = len(keys["ex02_hedge_hunt"].items[0].spec["gold"])
    p, r = 1.5 / 3, 1.5 / gold
    expected = round(12 * 2 * p * r / (p + r), 1)
    row = rows(tmp_path / "out")["Partial"]
    assert row["ex02.hedges"] == f"{expected:g}"  # one decimal
    assert float(row["ex02.hedges"]) == pytest.approx(expected)
    assert row["status"] == "partly graded"  # the other exercises are missing
    assert any("ex01_source_tagging: missing" in line for line in report.lines)


# --- bad submissions ---------------------------------------------------------------


def _valid(folder: Path) -> None:
    entry = {"widget": "ShortAnswer", "article": None, "answer": "I will ask who is speaking."}
    answers_file(folder, "ex05_reflection", {"reflection": entry})


def case_missing(subs: Path) -> str:
    (subs / "Nobody").mkdir(parents=True)
    return "Nobody"


def case_empty(subs: Path) -> str:
    _valid(subs / "Empty")
    (subs / "Empty" / "ex01_source_tagging.answers.json").write_bytes(b"")
    return "Empty"


def case_corrupt(subs: Path) -> str:
    _valid(subs / "Corrupt")
    (subs / "Corrupt" / "ex01_source_tagging.answers.json").write_text('{"format": "kit-answers", "vers')
    return "Corrupt"


def case_other_exercise_file(subs: Path) -> str:
    path = answers_file(subs / "Swapped", "ex02_hedge_hunt", {})
    path.rename(subs / "Swapped" / "ex01_source_tagging.answers.json")
    return "Swapped"


def case_other_exercise_notebook(subs: Path) -> str:
    (subs / "WrongBook").mkdir(parents=True)
    shutil.copy(
        ROOT / "exercises" / "ex02_hedge_hunt.ipynb", subs / "WrongBook" / "ex01_source_tagging.ipynb"
    )
    return "WrongBook"


def case_edited_offsets(subs: Path) -> str:
    marks = [{"start": 0, "end": 9, "text": "certainly", "category": "possibility"}]
    answers_file(subs / "Edited", "ex02_hedge_hunt",
                 {"hedges": hunt(marks)})  # fmt: skip
    return "Edited"


def case_edited_exercise_name(subs: Path) -> str:
    answers_file(subs / "Renamed", "ex01_source_tagging",
                 {"tags2": {"widget": "SourceTagger", "article": SEED, "answer": {}}})  # fmt: skip
    return "Renamed"


def case_edited_format(subs: Path) -> str:
    path = answers_file(subs / "Hacked", "ex01_source_tagging", {})
    data = json.loads(path.read_text())
    data["format"] = "my-answers"
    path.write_text(json.dumps(data))
    return "Hacked"


def case_duplicate_students(subs: Path) -> str:
    _valid(subs / "Ana Lopez")
    _valid(subs / "ana  lopez")
    return "Ana Lopez"


def case_path_separator(subs: Path) -> str:
    _valid(subs / "class\\Ana")
    return "class\\Ana"


def case_dots_only(subs: Path) -> str:
    _valid(subs / "...")
    return "..."


def case_not_utf8_name(subs: Path) -> str:
    folder = os.fsencode(subs) + b"/Zo\xeb"  # a Latin-1 name unpacked on a UTF-8 system
    os.makedirs(folder)
    return "Zo\\xdceb"


CASES = {
    "missing": (case_missing, "no answers files handed in", True),
    "empty": (case_empty, "is empty", False),
    "corrupt JSON": (case_corrupt, "is not valid JSON", False),
    "another exercise's file": (case_other_exercise_file, "holds the answers of another exercise", False),
    "another exercise's notebook": (case_other_exercise_notebook, "notebook of another exercise", True),
    "edited offsets": (case_edited_offsets, "edited by hand", False),
    "edited exercise name": (case_edited_exercise_name, "edited by hand", False),
    "edited format": (case_edited_format, "not a kit answers file", False),
    "duplicate students": (case_duplicate_students, "duplicate student", True),
    "path separator": (case_path_separator, "path separator", True),
    "dots-only name": (case_dots_only, "only dots", True),
    "name not UTF-8": (case_not_utf8_name, "not valid UTF-8", True),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_bad_submission_gets_a_report_line_and_an_ungraded_row(tmp_path, case):
    make, phrase, whole_row = CASES[case]
    subs = tmp_path / "subs"
    perfect(subs / "Good Student")
    student = make(subs)
    before = tree(tmp_path, skip=tmp_path / "out")
    report = grade(subs, key=KEYS, out=tmp_path / "out", chart=False)
    assert tree(tmp_path, skip=tmp_path / "out") == before, "nothing is written outside --out"
    lines = [line for line in report.lines if line.startswith(student)]
    assert any(phrase in line for line in lines), report.lines
    table = rows(tmp_path / "out")
    row = table[student]
    if whole_row:
        assert row["status"] == "ungraded" and row["total"] == ""
    else:
        assert "ungraded" in row.values()
    assert table["Good Student"]["status"] in {"graded"}
    assert (tmp_path / "out" / "report.txt").read_text(encoding="utf-8").count(phrase) >= 1


def test_duplicate_students_are_both_ungraded(tmp_path):
    subs = tmp_path / "subs"
    case_duplicate_students(subs)
    grade(subs, key=KEYS, out=tmp_path / "out", chart=False)
    table = rows(tmp_path / "out")
    assert table["Ana Lopez"]["status"] == table["ana  lopez"]["status"] == "ungraded"


def test_non_ascii_names_are_graded_and_keep_their_letters(tmp_path):
    subs = tmp_path / "subs"
    perfect(subs / "Zoë Ågren")
    perfect(subs / "李雷")
    grade(subs, key=KEYS, out=tmp_path / "out", chart=False)
    table = rows(tmp_path / "out")
    assert table["Zoë Ågren"]["status"] == table["李雷"]["status"] == "graded"
    assert (tmp_path / "out" / "feedback" / "Zoë Ågren.html").is_file()
    assert (tmp_path / "out" / "feedback" / "李雷.html").is_file()


def test_a_name_from_the_answers_file_never_becomes_a_path(tmp_path):
    folder = tmp_path / "subs" / "Mallory"
    perfect(folder)
    path = folder / "ex05_reflection.answers.json"
    data = json.loads(path.read_text())
    data["student"] = "../../../escaped"
    path.write_text(json.dumps(data))
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert not list(tmp_path.rglob("escaped*"))
    assert "../../../escaped" in (tmp_path / "out" / "feedback" / "Mallory.html").read_text()


def test_links_and_loose_files_are_reported_not_followed(tmp_path):
    subs = tmp_path / "subs"
    perfect(tmp_path / "elsewhere")
    subs.mkdir()
    (subs / "Linked").symlink_to(tmp_path / "elsewhere")
    (subs / "stray.answers.json").write_text("{}")
    report = grade(subs, key=KEYS, out=tmp_path / "out", chart=False)
    assert rows(tmp_path / "out")["Linked"]["status"] == "ungraded"
    assert any("is a link" in line for line in report.lines)
    assert any("loose file" in line for line in report.lines)


@pytest.mark.parametrize("out", ["grades", "Ann/grades"])
def test_out_inside_the_submissions_folder_is_refused(tmp_path, out):
    subs = tmp_path / "subs"
    perfect(subs / "Ann")
    with pytest.raises(GradingError, match="inside the submissions folder"):
        grade(subs, key=KEYS, out=subs / out, chart=False)
    assert not (subs / out).exists()


@pytest.mark.parametrize(
    ("submissions", "key", "message"),
    [("nowhere", KEYS, "no submissions folder"), ("subs", "nowhere", "no key folder")],
)
def test_wrong_folders_stop_with_a_message(tmp_path, submissions, key, message):
    (tmp_path / "subs").mkdir()
    with pytest.raises(GradingError, match=message):
        grade(tmp_path / submissions, key=key, out=tmp_path / "out", chart=False)


def _copy_solutions(work: Path, *, seeds: bool = True) -> Path:
    shutil.copytree(
        ROOT / "solutions", work / "solutions", ignore=shutil.ignore_patterns("*.answers.json", "keys")
    )
    if seeds:
        shutil.copytree(ROOT / "seeds", work / "seeds")
    return work / "solutions"


@pytest.mark.parametrize(
    ("layout", "message"),
    [
        ("no notebooks", r"no solution notebooks \(\*\.ipynb\)"),
        ("no seeds", "no seeds/keys/ folder"),
        ("no key cell", "cannot be compiled.*ex05_reflection.ipynb needs exactly one key cell"),
        ("an item without points", "cannot be compiled.*key cell of ex05_reflection.ipynb is incomplete"),
    ],
)
def test_a_key_folder_the_keys_cannot_be_compiled_from_stops_with_a_message(tmp_path, layout, message):
    if layout == "no notebooks":
        key = tmp_path / "work" / "solutions"
        key.mkdir(parents=True)
        (key / "ex01_source_tagging.json").write_text("{}")  # e.g. an old key file: not enough any more
    else:
        key = _copy_solutions(tmp_path / "work", seeds=layout != "no seeds")
    path = key / "ex05_reflection.ipynb"
    if layout == "no key cell":
        path.write_text(path.read_text(encoding="utf-8").replace('"key"', '"not-key"'), encoding="utf-8")
    if layout == "an item without points":
        path.write_text(path.read_text(encoding="utf-8").replace('\\"points\\": 6,', ""), encoding="utf-8")
    (tmp_path / "subs" / "Ann").mkdir(parents=True)
    with pytest.raises(GradingError, match=message):
        grade(tmp_path / "subs", key=key, out=tmp_path / "out", chart=False)
    assert not (tmp_path / "out").exists()


def test_grading_from_another_folder_compiles_the_keys_and_writes_only_out(tmp_path, monkeypatch, items):
    from kit.cli import main

    key = _copy_solutions(tmp_path / "copy")
    perfect(tmp_path / "subs" / "Teacher")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # the teacher runs the grader from another folder
    before = tree(tmp_path, skip=tmp_path / "out")
    assert main(["grade", "../subs", "--key", "../copy/solutions", "--out", "../out", "--no-chart"]) == 0
    assert tree(tmp_path, skip=tmp_path / "out") == before, "nothing is written outside --out"
    assert not (key / "keys").exists()
    row = rows(tmp_path / "out")["Teacher"]
    assert float(row["total"]) == sum(i.points for i in items if i.type != "rubric")
    assert float(row["maximum"]) == sum(i.points for i in items)


def test_the_keys_follow_an_edit_of_a_key_cell(tmp_path):
    key = _copy_solutions(tmp_path / "work")
    assert load_keys(key)["ex05_reflection"].items[0].points == 6
    path = key / "ex05_reflection.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    (cell,) = [c for c in notebook["cells"] if "key" in c["metadata"].get("tags", [])]
    source = "".join(cell["source"])
    assert source.count('"points": 6,') == 1
    cell["source"] = source.replace('"points": 6,', '"points": 10,')
    path.write_text(json.dumps(notebook), encoding="utf-8")
    assert load_keys(key)["ex05_reflection"].items[0].points == 10


# --- a teacher's own exercise: lengths as the article reports them ------------------------

HARBOUR = """Council Backs Harbour Plan After Long Debate

PORTVALE — The city council approved the new harbour plan on Monday after a debate that ran late \
into the evening.

Mayor Lena Ortiz spoke for half an hour, defending the plan line by line. "This harbour will feed \
the town for another century," she said.

Her deputy, Tom Reyes, answered questions from residents for twenty-five minutes. He said the \
work would start in the spring.

A spokeswoman for the fishermen's association spoke briefly, a third as long as the mayor. She \
said her members would watch the plan closely.
"""


def teacher_exercise(root: Path, items: list[dict], *, lengths: dict[str, str | None]) -> Path:
    """A teacher's own exercise beside its own seeds: an article, a hand-made key whose speakers say
    how long they spoke (``lengths``), and a solution notebook whose key cell holds ``items``."""
    (root / "seeds" / "practice").mkdir(parents=True)
    (root / "seeds" / "keys").mkdir()
    (root / "solutions").mkdir()
    (root / "seeds" / "practice" / "90_harbour_plan.txt").write_text(HARBOUR, encoding="utf-8")
    key = {
        "article": "practice/90_harbour_plan.txt",
        "attributions": [],
        "speakers": [
            {"name": name, "source_type": "named_person", "reported_length": length}
            for name, length in lengths.items()
        ],
    }
    (root / "seeds" / "keys" / "90_harbour_plan.json").write_text(json.dumps(key), encoding="utf-8")
    harbour = {"article": "seeds/practice/90_harbour_plan.txt", "key": "seeds/keys/90_harbour_plan.json"}
    definition = {
        "notebook": "ex90_harbour",
        "title": "Exercise 90 · The harbour debate",
        "articles": {"harbour": harbour},
        "items": [
            {"type": "number", "widget": "ShortAnswer", "article": "harbour", "points": 2, "tolerance": 0.5,
             "unit": "minutes", "exercise": item["id"].split(".")[1], **item}
            for item in items
        ],
    }  # fmt: skip
    notebook = {
        "cells": [
            {"cell_type": "markdown", "id": "key", "metadata": {"tags": ["key"]},
             "source": "```json\n" + json.dumps(definition, indent=1) + "\n```"},
        ],
        "metadata": {"kit": {"notebook": "ex90_harbour", "role": "solution"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }  # fmt: skip
    path = root / "solutions" / "ex90_harbour.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return root / "solutions"


HARBOUR_LENGTHS = {
    "Lena Ortiz": "half an hour",
    "Tom Reyes": "twenty-five minutes",
    "a spokeswoman for the fishermen's association": None,
}


def test_a_teachers_key_reads_half_an_hour_as_30_minutes_and_twenty_five_as_25(tmp_path, nlp):
    solutions = teacher_exercise(
        tmp_path / "work",
        [
            {"id": "ex90.ortiz_minutes", "value_from": {"reported_minutes": "Lena Ortiz"}},
            {"id": "ex90.reyes_minutes", "value_from": {"reported_minutes": "Reyes"}},
            {"id": "ex90.ortiz_share", "value_from": {"time_share_percent": ["Ortiz", "Tom Reyes"]},
             "unit": "percent", "tolerance": 3},
        ],
        lengths=HARBOUR_LENGTHS,
    )  # fmt: skip
    values = {item.id: item.spec["value"] for item in load_keys(solutions)["ex90_harbour"].items}
    assert values == {"ex90.ortiz_minutes": 30, "ex90.reyes_minutes": 25, "ex90.ortiz_share": 54.55}
    # and a student who read the article right gets the points
    entries = {
        name: {"widget": "ShortAnswer", "article": "90_harbour_plan.txt", "answer": answer}
        for name, answer in (("ortiz_minutes", "30"), ("reyes_minutes", "25 minutes"), ("ortiz_share", "55"))
    }
    answers_file(tmp_path / "subs" / "Ann", "ex90_harbour", entries)
    report = grade(tmp_path / "subs", key=solutions, out=tmp_path / "out", chart=False)
    assert report.row("Ann").total == report.row("Ann").maximum == 6


def test_a_teachers_key_resolves_a_length_relative_to_the_one_other_speaker_with_a_length(tmp_path, nlp):
    spokeswoman = "a spokeswoman for the fishermen's association"
    lengths = {**HARBOUR_LENGTHS, "Tom Reyes": None, spokeswoman: "a third as long as the mayor"}
    solutions = teacher_exercise(
        tmp_path,
        [{"id": "ex90.spokeswoman", "value_from": {"reported_minutes": "spokeswoman"}}],
        lengths=lengths,
    )
    assert load_keys(solutions)["ex90_harbour"].items[0].spec["value"] == 10


def test_a_teachers_key_without_a_length_for_the_speaker_stops_with_a_message(tmp_path, nlp):
    solutions = teacher_exercise(
        tmp_path, [{"id": "ex90.nobody", "value_from": {"reported_minutes": "a spokeswoman"}}],
        lengths=HARBOUR_LENGTHS,
    )  # fmt: skip
    with pytest.raises(GradingError, match="does not give reported_minutes for 'a spokeswoman'"):
        load_keys(solutions)


def _lengths(**said: str | None) -> SimpleNamespace:
    """A hand-made key as reported_minutes reads it: the speakers and what the article says of them."""
    return SimpleNamespace(speakers=[{"name": name.replace("_", " "), "reported_length": length}
                                     for name, length in said.items()])  # fmt: skip


@pytest.mark.parametrize(
    ("key", "speaker", "minutes"),
    [
        (_lengths(Lena_Ortiz="half an hour"), "Ortiz", 30.0),
        (_lengths(Lena_Ortiz="twenty-five minutes"), "Lena Ortiz", 25.0),
        (_lengths(Lena_Ortiz="nearly twenty minutes"), "Ortiz", 20.0),
        (_lengths(Lena_Ortiz="a brief two-minute reply"), "Ortiz", 2.0),
        (_lengths(Lena_Ortiz="90 seconds"), "Ortiz", 1.5),
        (_lengths(Lena_Ortiz="an hour"), "Ortiz", 60.0),
        (
            _lengths(
                Vladimir_Putin="around eight minutes", Xi_Jinping="around a quarter the length of Putin’s"
            ),
            "Xi",
            2.0,
        ),
        (_lengths(Vladimir_Putin="eight minutes", Xi_Jinping="25% of the length of Putin's"), "Xi", 2.0),
        (_lengths(Vladimir_Putin="eight minutes", Xi_Jinping="twice as long as Putin"), "Xi", 16.0),
        # names nobody: the one other speaker with a length
        (_lengths(Lena_Ortiz="half an hour", Tom_Reyes=None, Ann_Lee="a third as long as hers"), "Lee", 10.0),
        # names nobody, two others with a length: cannot tell
        (_lengths(Lena_Ortiz="half an hour", Tom_Reyes="ten minutes", Ann_Lee="half as long"), "Lee", None),
        # relative to each other: no length
        (_lengths(Al_Ng="half the length of Bo Li's", Bo_Li="twice the length of Al Ng's"), "Ng", None),
        (_lengths(Al_Ng="half the length of Ng's"), "Al Ng", None),
        (_lengths(Lena_Ortiz="a 500-word statement"), "Ortiz", None),
        (_lengths(Lena_Ortiz="at length"), "Ortiz", None),
        (_lengths(Lena_Ortiz=None), "Ortiz", None),
        (_lengths(Lena_Ortiz="half an hour"), "Tom Reyes", None),
    ],
)
def test_reported_minutes_reads_lengths_as_the_kit_does(key, speaker, minutes):
    assert reported_minutes(key, speaker) == minutes


# --- nothing is ever run ---------------------------------------------------------------


def test_a_notebook_whose_cells_would_write_files_or_run_commands_is_graded_without_running(tmp_path):
    folder = perfect(tmp_path / "subs" / "Eve")
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    pwned = tmp_path / "pwned.txt"
    notebook = json.loads((ROOT / "exercises" / "ex01_source_tagging.ipynb").read_text())
    notebook["cells"] += [
        {"cell_type": "code", "id": "evil-1", "metadata": {}, "execution_count": None, "outputs": [],
         "source": f"open({str(pwned)!r}, 'w').write('pwned')"},
        {"cell_type": "code", "id": "evil-2", "metadata": {}, "execution_count": None, "outputs": [],
         "source": f"!rm -rf {victim}"},
        {"cell_type": "code", "id": "evil-3", "metadata": {}, "execution_count": None, "outputs": [],
         "source": f"%%bash\ntouch {tmp_path / 'bash-ran.txt'}\nrm -rf {victim}"},
    ]  # fmt: skip
    (folder / "ex01_source_tagging.ipynb").write_text(json.dumps(notebook))
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert not pwned.exists() and not (tmp_path / "bash-ran.txt").exists()
    assert (victim / "precious.txt").read_text() == "keep me"
    row = rows(tmp_path / "out")["Eve"]
    assert row["status"] == "graded" and float(row["ex01.tags"]) == 12


# --- reports ------------------------------------------------------------------------


def test_grades_csv_has_a_row_per_student_a_column_per_item_total_and_maximum(tmp_path, items):
    perfect(tmp_path / "subs" / "A")
    (tmp_path / "subs" / "B").mkdir()
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    with open(tmp_path / "out" / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [
        "student", "status", *(i.id for i in items), "total", "maximum", "percent", "awaiting", "notes"
    ]  # fmt: skip
    assert [r[0] for r in table[1:]] == ["A", "B"]


def test_feedback_escapes_student_text(tmp_path):
    folder = tmp_path / "subs" / "<b>Eve"
    perfect(folder)
    evil = "<script>alert('x')</script> & <img src=x onerror=alert(1)>"
    book = AnswerBook("ex05_reflection", folder=folder)
    book.put("reflection", "ShortAnswer", evil)
    book.student = "<script>name()</script>"
    rubric = tmp_path / "rubric.csv"
    rubric.write_text('student,item,points,comment\n<b>Eve,ex05.reflection,1,"<script>bad()</script>"\n')
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", rubric=rubric, chart=False)
    pages = list((tmp_path / "out" / "feedback").glob("*.html"))
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>Eve" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Eve" in page and "&lt;script&gt;bad()&lt;/script&gt;" in page


def test_feedback_highlights_right_missed_and_extra_hedges(tmp_path, keys):
    text = seed_text(keys)
    marks = [mark(text, "so far", "limitation"), mark(text, "said", "possibility")]
    answers_file(tmp_path / "subs" / "Sam", "ex02_hedge_hunt",
                 {"hedges": hunt(marks)})  # fmt: skip
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    page = (tmp_path / "out" / "feedback" / "Sam.html").read_text(encoding="utf-8")
    assert '<span class="kit-right" title="found: “so far” limits the claim' in page
    assert '<span class="kit-extra"' in page and ">said</span>" in page
    assert page.count('class="kit-missed"') >= len(keys["ex02_hedge_hunt"].items[0].spec["gold"]) - 1


def test_summary_lists_most_missed_items_and_draws_the_distribution(tmp_path):
    perfect(tmp_path / "subs" / "A")
    answers_file(tmp_path / "subs" / "B", "ex01_source_tagging", {})
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=True)
    page = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    assert "Most-missed items" in page and "most missed" in page
    assert "<svg" in page and "Students by total score" in page


def test_rubric_rows_that_cannot_be_used_are_reported(tmp_path, keys):
    items = {i.id: i for k in keys.values() for i in k.items}
    path = tmp_path / "rubric.csv"
    path.write_text(
        "student,item,points,comment\n"
        "Ann,ex05.reflection,5,good\n"
        "Ann,ex99.nothing,1,\n"
        "Bob,ex05.reflection,lots,\n"
        "Cy,ex05.reflection,9,too many\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    table = read_rubric(path, items=items, lines=lines)
    assert table[("ann", "ex05.reflection")] == (5.0, "good")
    assert any("unknown item 'ex99.nothing'" in line for line in lines)
    assert any("'lots' is not a number" in line for line in lines)
    assert any("outside 0–6" in line for line in lines)


def test_a_rubric_without_the_header_stops_with_a_message(tmp_path):
    path = tmp_path / "rubric.csv"
    path.write_text("name,score\nAnn,3\n")
    with pytest.raises(GradingError, match="student,item,points,comment"):
        read_rubric(path)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Zoë Ågren"], ["Zoë Ågren"]),
        (["a/b", "a\\b"], ["a_b", "a_b-2"]),
        (["..", "..."], ["student", "student-2"]),
        (["Ann", "ann"], ["Ann", "ann-2"]),
        (["CON"], ["_CON"]),
    ],
)
def test_safe_file_names(names, expected):
    taken: set[str] = set()
    assert [safe_file_name(n, taken=taken) for n in names] == expected


@pytest.mark.notebook
def test_the_solution_notebooks_run_headless_and_their_answers_score_full_marks(tmp_path, monkeypatch, items):
    """The honest version of "a copy of the solutions": run them, hand in what they saved."""
    import nbformat
    from nbclient import NotebookClient

    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path / "home" / "jc"))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "home" / "jd"))
    shutil.copytree(ROOT / "seeds", tmp_path / "work" / "seeds")
    work = tmp_path / "work" / "solutions"
    shutil.copytree(ROOT / "solutions", work, ignore=shutil.ignore_patterns("*.answers.json"))
    for path in sorted(work.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(work)}}).execute()  # fmt: skip
    student = tmp_path / "subs" / "Teacher"
    student.mkdir(parents=True)
    for path in work.glob("*.answers.json"):
        shutil.copy(path, student)
    for path in work.glob("*.ipynb"):
        shutil.copy(path, student / path.name)
    rubric = full_rubric(tmp_path / "rubric.csv", ["Teacher"], items)
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", rubric=rubric, chart=False)
    row = rows(tmp_path / "out")["Teacher"]
    assert row["status"] == "graded" and float(row["total"]) == float(row["maximum"])


def test_a_feedback_link_in_out_is_refused_and_nothing_outside_is_touched(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.html").write_text("mine")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "feedback").symlink_to(outside)
    perfect(tmp_path / "subs" / "Ann")
    with pytest.raises(GradingError, match="is a link"):
        grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert [p.name for p in outside.iterdir()] == ["keep.html"]


def test_stale_feedback_pages_from_an_earlier_run_are_removed(tmp_path):
    perfect(tmp_path / "subs" / "Ann")
    perfect(tmp_path / "subs" / "Bob")
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    shutil.rmtree(tmp_path / "subs" / "Bob")
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert sorted(p.name for p in (tmp_path / "out" / "feedback").iterdir()) == ["Ann.html"]


# --- grading a teacher can trust at a glance (issue: hostile submissions and teachers' files) ---------


def _class_of_mixed_fortunes(subs: Path, keys) -> None:
    """A perfect student (written answers awaiting the rubric), one who handed in one exercise, one with
    a damaged file, one who forgot everything."""
    perfect(subs / "Ann")
    text = seed_text(keys)
    answers_file(subs / "Bob", "ex02_hedge_hunt", {"hedges": hunt([mark(text, "so far", "limitation")])})
    perfect(subs / "Cy")
    (subs / "Cy" / "ex03_statement_comparison.answers.json").write_text('{"format": "kit-answers", "ve')
    (subs / "Dee").mkdir()


def test_every_student_has_the_same_maximum_whatever_was_handed_in(tmp_path, keys, items):
    _class_of_mixed_fortunes(tmp_path / "subs", keys)
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    table = rows(tmp_path / "out")
    everything = sum(i.points for i in items)
    assert {row["maximum"] for row in table.values()} == {f"{everything:g}"}
    assert {s.maximum for s in report.students} == {everything}
    for row in table.values():  # the percentage is always of the same maximum
        if row["total"]:
            assert float(row["percent"]) == pytest.approx(100 * float(row["total"]) / everything, abs=0.05)
    written = sum(i.points for i in items if i.type == "rubric")
    assert float(table["Ann"]["awaiting"]) == written  # the total is provisional until the rubric is in
    assert float(table["Ann"]["total"]) == everything - written
    assert table["Dee"]["total"] == "" and table["Dee"]["status"] == "ungraded"
    assert "Every student's maximum is" in (tmp_path / "out" / "report.txt").read_text(encoding="utf-8")


def test_scores_show_one_decimal_everywhere(tmp_path, keys):
    text = seed_text(keys)
    marks = [
        mark(text, "so far", "limitation"),
        mark(text, "appeared", "possibility"),
        mark(text, "said", "x"),
    ]
    answers_file(tmp_path / "subs" / "Partial", "ex02_hedge_hunt", {"hedges": hunt(marks)})
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    row = rows(tmp_path / "out")["Partial"]
    shown = [row["ex02.hedges"], row["total"], row["percent"]]
    assert all(re.fullmatch(r"\d+(\.\d)?", value) for value in shown), shown
    page = (tmp_path / "out" / "feedback" / "Partial.html").read_text(encoding="utf-8")
    assert not re.search(r'class="score">[^<]*\d\.\d\d', page)
    assert f"Total: {row['total']} / " in page


@pytest.mark.parametrize(
    ("answer", "item", "points"),
    [
        ("eight", "putin_minutes", 2),
        ("eight minutes", "putin_minutes", 2),
        ("about two", "xi_minutes", 2),
        ("half an hour", "putin_minutes", 0),  # 30 minutes: read, and wrong
        ("7,9", "putin_minutes", 2),  # a decimal comma
        ("eighty percent", "time_share", 2),
        ("four fifths", "time_share", 2),  # a share asked in percent
        ("ninety-six", "quoted_share", 2),
        ("no idea", "putin_minutes", 0),  # not a number: no points, a note for the teacher
        ("9" * 309, "putin_minutes", 0),  # a giant number: no points, the class goes on
    ],
)
def test_numeric_answers_in_words_and_decimal_commas_are_read(tmp_path, answer, item, points):
    entry = {"widget": "ShortAnswer", "article": SEED, "answer": answer}
    answers_file(tmp_path / "subs" / "Sam", "ex03_statement_comparison", {item: entry})
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert rows(tmp_path / "out")["Sam"][f"ex03.{item}"] == str(points)
    if answer in {"no idea", "9" * 309}:
        assert any(line.startswith(f"Sam: note: ex03.{item}") for line in report.lines)


def test_exercise_03s_comparer_notes_are_saved_but_neither_graded_nor_called_unknown(tmp_path):
    """ex03's comparer saves its speakers and notes (a kernel restart keeps them); the key lists it as not
    graded, so the teacher's report has no "answers to unknown questions ignored" line for it."""
    comparison = {"widget": "StatementComparer", "article": SEED,
                  "answer": {"speakers": ["Vladimir Putin", "Dmitry Peskov"], "summary": "Putin talks more."}}
    number = {"widget": "ShortAnswer", "article": SEED, "answer": "8"}
    answers_file(tmp_path / "subs" / "Sam", "ex03_statement_comparison",
                 {"putin_minutes": number, "comparison": comparison})  # fmt: skip
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert rows(tmp_path / "out")["Sam"]["ex03.putin_minutes"] == "2"
    assert not [line for line in report.lines if "unknown questions" in line], report.lines


RUBRIC_ROWS = [("Ann", "ex05.reflection", "4,5"), ("Zoë Ågren", "ex03.interpretation", "three")]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ";"),  # Excel "CSV UTF-8" in a European locale
        ("cp1252", ";"),  # Excel "CSV" on Windows
        ("utf-16", "\t"),  # Excel "Unicode text"
        ("utf-8", "|"),
    ],
)
def test_rubric_files_saved_by_spreadsheets_are_read(tmp_path, keys, encoding, delimiter):
    items = {i.id: i for k in keys.values() for i in k.items}
    quote = '"' if delimiter == "," else ""
    lines = [delimiter.join(["student", "item", "points", "comment"])]
    lines += [delimiter.join([s, i, f"{quote}{p}{quote}", "ok"]) for s, i, p in RUBRIC_ROWS]
    path = tmp_path / "rubric.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    found: list[str] = []
    table = read_rubric(path, items=items, lines=found)
    assert table == {
        ("ann", "ex05.reflection"): (4.5, "ok"),
        ("zoë ågren", "ex03.interpretation"): (3.0, "ok"),
    }
    assert all("Windows-1252" in line for line in found) and bool(found) == (encoding == "cp1252")


@pytest.mark.parametrize(
    ("points", "expected", "line"),
    [
        ("4/6", 4.0, None),  # "4 out of 6" for a 6-point item
        ("75%", 4.5, None),  # three quarters of the item's 6 points
        ("half", 0.5, None),
        ("1/2", 0.5, None),
        ("inf", None, "'inf' is not a number"),
        ("nan", None, "'nan' is not a number"),
        ("-inf", None, "'-inf' is not a number"),
        ("1e999", None, "is too large a number"),
        ("4 or 5", None, "is not a number"),
    ],
)
def test_rubric_points_are_read_as_every_number_and_never_infinite(tmp_path, keys, points, expected, line):
    items = {i.id: i for k in keys.values() for i in k.items}
    path = tmp_path / "rubric.csv"
    path.write_text(f"student;item;points;comment\nAnn;ex05.reflection;{points};\n", encoding="utf-8")
    found: list[str] = []
    table = read_rubric(path, items=items, lines=found)
    if expected is None:
        assert table == {} and any(line in f for f in found), found
    else:
        assert table[("ann", "ex05.reflection")][0] == expected and not found


def test_infinite_rubric_points_do_not_stop_the_class(tmp_path):
    for name in ("Ann", "Bob"):
        entry = {"widget": "ShortAnswer", "article": None, "answer": f"{name} reflects."}
        answers_file(tmp_path / "subs" / name, "ex05_reflection", {"reflection": entry})
    rubric = tmp_path / "rubric.csv"
    rubric.write_text("student,item,points,comment\nAnn,ex05.reflection,1e999,\nBob,ex05.reflection,nan,\n")
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", rubric=rubric, chart=False)
    table = rows(tmp_path / "out")
    assert table["Ann"]["ex05.reflection"] == table["Bob"]["ex05.reflection"] == "awaiting rubric"


def test_identical_answers_files_are_flagged_for_the_teacher_only(tmp_path):
    subs = tmp_path / "subs"
    essay = {"reflection": {"widget": "ShortAnswer", "article": None, "answer": "Who speaks? Who is silent?"}}
    copied = answers_file(subs / "Gus", "ex05_reflection", essay)
    (subs / "Hal").mkdir()
    shutil.copy(copied, subs / "Hal" / copied.name)  # byte for byte
    later = "2024-02-02T00:00:00+00:00"
    answers_file(subs / "Ida", "ex05_reflection", essay, student="Ida", updated=later)  # the same answers
    own = {"widget": "ShortAnswer", "article": None, "answer": "My own words."}
    answers_file(subs / "Jo", "ex05_reflection", {"reflection": own})
    answers_file(subs / "Kim", "ex05_reflection", {})  # nothing answered: nothing to copy
    answers_file(subs / "Lou", "ex05_reflection", {}, student="Lou")
    report = grade(subs, key=KEYS, out=tmp_path / "out", chart=False)
    flagged = {line.split(":")[0] for line in report.lines if "a copy? Check with the students" in line}
    assert flagged == {"Gus", "Hal", "Ida"}
    assert any(
        line.startswith("Gus:") and "byte for byte the same file as Hal's" in line for line in report.lines
    )
    assert any(line.startswith("Ida:") and "the same answers as Gus, Hal" in line for line in report.lines)
    assert report.row("Gus").total == report.row("Jo").total  # no points changed
    assert "a copy" not in (tmp_path / "out" / "feedback" / "Gus.html").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "out" / "grades.json").read_text(encoding="utf-8"))["students"][0]["flags"]


def test_identical_right_answers_are_not_flagged(tmp_path, items):
    perfect(tmp_path / "subs" / "Ann")
    perfect(tmp_path / "subs" / "Bob")
    for name in ("Ann", "Bob"):  # saved at different times, all right
        for path in (tmp_path / "subs" / name).glob("*.answers.json"):
            data = json.loads(path.read_text())
            data["student"] = name
            path.write_text(json.dumps(data))
    rubric = full_rubric(tmp_path / "rubric.csv", ["Ann", "Bob"], items)
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", rubric=rubric, chart=False)
    assert not any("a copy?" in line for line in report.lines)


def test_the_students_page_speaks_to_the_student(tmp_path):
    _valid(tmp_path / "subs" / "Eve")
    (tmp_path / "subs" / "Eve" / "ex01_source_tagging.answers.json").write_text(
        '{"format": "kit-answers", "ve'
    )
    (tmp_path / "subs" / "Eve" / "ex02_hedge_hunt.ipynb").write_text('{"cells": [')  # a damaged notebook
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    page = (tmp_path / "out" / "feedback" / "Eve.html").read_text(encoding="utf-8")
    assert "ask the student" not in page.lower() and "grade again" not in page.lower()
    assert "ex01_source_tagging.answers.json is damaged: hand it in again" in page
    assert "the notebook ex02_hedge_hunt.ipynb is damaged: hand it in again" in page
    assert any("Ask the student to hand it in again" in line for line in report.lines)  # the teacher's words


def test_hedge_categories_have_readable_names_in_the_summary_and_pages(tmp_path, keys):
    text = keys["ex04_transfer"].articles[keys["ex04_transfer"].items[0].article].text
    gold = keys["ex04_transfer"].items[0].spec["gold"]
    vague = next(g for g in gold if g["category"] == "vague_source")
    wrong = {**vague, "text": text[vague["start"] : vague["end"]], "category": "appearance"}
    entry = {
        "widget": "HedgeHunter",
        "article": keys["ex04_transfer"].articles["practice"].id,
        "answer": [wrong],
    }
    answers_file(tmp_path / "subs" / "Sam", "ex04_transfer", {"hedges": entry})
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    summary = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    page = (tmp_path / "out" / "feedback" / "Sam.html").read_text(encoding="utf-8")
    assert "vague_source" not in summary and "vague_source" not in page
    assert "the category is vague source (you said appearance)" in page


def test_the_score_chart_counts_whole_students(tmp_path):
    perfect(tmp_path / "subs" / "Ann")
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=True)
    svg = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    counts = labels[labels.index("total score (%)") + 1 : labels.index("students")]
    assert counts and all(label.isdigit() for label in counts), counts


def test_the_rubric_template_lists_only_answers_handed_in(tmp_path):
    _valid(tmp_path / "subs" / "Ann")  # wrote a reflection
    answers_file(tmp_path / "subs" / "Bob", "ex05_reflection",
                 {"reflection": {"widget": "ShortAnswer", "article": None, "answer": "   "}})  # fmt: skip
    (tmp_path / "subs" / "Cy").mkdir()  # handed in nothing
    grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    text = (tmp_path / "out" / "rubric_template.csv").read_text(encoding="utf-8-sig")
    template = list(csv.DictReader(io.StringIO(text)))
    assert [(r["student"], r["item"]) for r in template] == [("Ann", "ex05.reflection")]


def test_a_key_cell_with_infinite_points_stops_with_a_message(tmp_path):
    key = _copy_solutions(tmp_path / "work")
    path = key / "ex05_reflection.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    (cell,) = [c for c in notebook["cells"] if "key" in c["metadata"].get("tags", [])]
    cell["source"] = "".join(cell["source"]).replace('"points": 6,', '"points": 1e999,')
    path.write_text(json.dumps(notebook), encoding="utf-8")
    with pytest.raises(GradingError, match="'points' is inf, not a finite number"):
        load_keys(key)


def test_an_answers_file_first_saved_by_another_exercise_is_graded_for_this_one(tmp_path, keys):
    """A student copied ex02's answers file to the ex01 name, and the notebook went on saving ex01 in it."""
    (document,) = [i for i in keys["ex01_source_tagging"].items if i.exercise == "document_source"]
    choice = {"widget": "MultipleChoice", "article": None, "answer": "the outlet"}
    path = answers_file(tmp_path / "subs" / "Ivy", "ex02_hedge_hunt", {"who_hedges": choice})
    data = json.loads(path.read_text())
    data["exercises"]["document_source"] = {**choice, "answer": document.spec["answer"]}
    path.unlink()
    (tmp_path / "subs" / "Ivy" / "ex01_source_tagging.answers.json").write_text(json.dumps(data))
    report = grade(tmp_path / "subs", key=KEYS, out=tmp_path / "out", chart=False)
    assert rows(tmp_path / "out")["Ivy"]["ex01.document_source"] == "2"
    assert any("first saved by another exercise (ex02_hedge_hunt)" in line for line in report.lines)


def test_a_rubric_that_is_a_pipe_stops_with_a_message_and_a_linked_one_is_read(tmp_path, keys):
    items = {i.id: i for k in keys.values() for i in k.items}
    os.mkfifo(tmp_path / "rubric.csv")  # reading it would wait for ever
    with pytest.raises(GradingError, match=r"cannot be read \(it is not a regular file"):
        read_rubric(tmp_path / "rubric.csv", items=items)
    real = tmp_path / "real.csv"
    real.write_text("student,item,points,comment\nAnn,ex05.reflection,5,\n", encoding="utf-8")
    (tmp_path / "linked.csv").symlink_to(real)  # the teacher's own link is followed
    assert read_rubric(tmp_path / "linked.csv", items=items) == {("ann", "ex05.reflection"): (5.0, "")}


def test_who_hedges_counts_hedges_in_reported_speech_as_the_sources(tmp_path):
    """GUIDELINES §3: "an official said the rules could allow …" is the official's hedge, not the
    writer's, although it stands outside quotation marks."""
    from kit.grading.compile import answer_from
    from kit.keys import KeyHedge

    labels = ["mostly the outlet's own voice", "mostly the people it quotes", "both about equally"]
    reported = [KeyHedge(0, 5, "could", "possibility", False, speaker="an official", speaker_given=True)] * 3
    writer = [KeyHedge(9, 17, "appeared", "appearance", False, speaker=None, speaker_given=True)]
    key = SimpleNamespace(hedges=reported + writer)
    assert answer_from({"who_hedges": labels}, key) == labels[1]
    key = SimpleNamespace(hedges=writer * 3 + reported[:1])
    assert answer_from({"who_hedges": labels}, key) == labels[0]
