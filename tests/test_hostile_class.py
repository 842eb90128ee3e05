"""A hostile class, built at test time: the grader grades every other student to the end.

Special files named like answers files (a pipe, a socket, a device, a link to
``/dev/zero``), giant and non-finite numbers, JSON nested thousands deep, a BOM,
UTF-16, links, notebooks full of code, folders named ``kit/``, ``csv/`` and
``html/`` whose code would leave a marker file, two students with the same file,
an answers file copied from another exercise, and a rubric saved by a European
spreadsheet. The class is graded with the documented command, started from
inside the submissions folder: nothing may run, nothing may stop the class, and
every student has the same maximum.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import types
from pathlib import Path

import pytest

from kit.answers import AnswerBook
from kit.cli import main
from kit.errors import GradingError
from kit.exercises import fill_in, self_check
from kit.grading import compile_keys, grade, load_keys

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "solutions"
SEED = "000_3f95dd3d0e0f8142.txt"
MEDIA_KIT = Path(sys.executable).with_name("media-kit")

#: Code a student's folder named like a Python module would run: it leaves a marker beside the class.
MARKER_CODE = "open({marker!r}, 'a').write({name!r} + '\\n')\n"


def _answers(folder: Path, notebook: str, exercises: dict, *, student: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"format": "kit-answers", "version": 1, "notebook": notebook, "student": student,
            "updated": "2024-01-01T00:00:00+00:00", "exercises": exercises}  # fmt: skip
    path = folder / f"{notebook}.answers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _short(answer: object, *, article: str | None = SEED) -> dict:
    return {"widget": "ShortAnswer", "article": article, "answer": answer}


def _perfect(folder: Path, name: str) -> None:
    """What the solution notebooks save, with the student's name in each file (so no two are alike)."""
    folder.mkdir(parents=True, exist_ok=True)
    compiled = compile_keys(ROOT)
    for notebook in compiled:
        book = AnswerBook(notebook, folder=folder)
        fill_in(book, key=compiled[notebook])
        book.student = name


def _code_package(folder: Path, name: str, marker: Path) -> None:
    """A folder that is a Python package whose import (or ``-m`` run) leaves a line in ``marker``."""
    folder.mkdir(parents=True, exist_ok=True)
    for file in ("__init__.py", "__main__.py"):
        (folder / file).write_text(MARKER_CODE.format(marker=str(marker), name=f"{name}/{file}"))


def build_hostile_class(root: Path) -> dict[str, Path]:
    """The submissions folder of a hostile class (and its rubric) under ``root``."""
    subs = root / "submissions"
    marker = root / "MARKER.txt"
    # -- students who did their work -------------------------------------------------
    _perfect(subs / "Ana López", "Ana López")
    _perfect(subs / "Ben", "Ben")
    _answers(subs / "Carl", "ex03_statement_comparison", {  # numbers in words, a decimal comma
        "putin_minutes": _short("eight minutes"), "xi_minutes": _short("about two"),
        "time_share": _short("eighty percent"), "quoted_share": _short("95,9"),
        "interpretation": _short("Putin is quoted at length and Xi hardly at all, so the framing tilts."),
    })  # fmt: skip
    bom = _answers(
        subs / "Dora", "ex05_reflection", {"reflection": _short("I will ask who speaks.", article=None)}
    )
    bom.write_bytes(b"\xef\xbb\xbf" + bom.read_bytes())  # saved with a BOM: still read
    # -- giant and non-finite numbers ------------------------------------------------
    huge = _answers(subs / "Huge", "ex03_statement_comparison", {
        "putin_minutes": _short("9" * 309), "xi_minutes": _short("@INF@"), "time_share": _short("@NAN@"),
        "quoted_share": _short("1e999"),
    })  # fmt: skip
    huge.write_text(huge.read_text().replace('"@INF@"', "1e999").replace('"@NAN@"', "NaN"))
    far = {"start": 10**300, "end": 10**300 + 5, "text": "might", "category": "possibility"}
    _answers(
        subs / "Huge",
        "ex02_hedge_hunt",
        {"hedges": {"widget": "HedgeHunter", "article": SEED, "answer": [far]}},
    )
    # -- special files named like answers files ----------------------------------------
    pipe = subs / "Pipe"
    _answers(pipe, "ex03_statement_comparison", {"putin_minutes": _short("8")})
    os.mkfifo(pipe / "ex01_source_tagging.answers.json")
    (pipe / "ex02_hedge_hunt.answers.json").symlink_to("/dev/zero")
    try:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(pipe / "ex05_reflection.answers.json"))
    except OSError:  # a path too long for a socket: a pipe again
        os.mkfifo(pipe / "ex05_reflection.answers.json")
    try:  # a character device (the same as /dev/zero): only where the tests may make one
        os.mknod(pipe / "ex04_transfer.answers.json", 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    except (PermissionError, AttributeError):
        os.mkfifo(pipe / "ex04_transfer.answers.json")
    # -- deep nesting, UTF-16, a file too large, a damaged one -------------------------------
    deep = subs / "Deep"
    _answers(deep, "ex05_reflection", {})
    (deep / "ex05_reflection.answers.json").write_text("[" * 100_000 + "]" * 100_000)
    choice = {"widget": "MultipleChoice", "article": None, "answer": "@@"}
    nested = {"format": "kit-answers", "version": 1, "notebook": "ex01_source_tagging",
              "exercises": {"document_source": choice}}  # fmt: skip
    (deep / "ex01_source_tagging.answers.json").write_text(
        json.dumps(nested).replace(
            '"@@"', "[" * 900 + "]" * 900
        )  # JSON reads it; anything recursive would not
    )
    odd = subs / "Odd"
    utf16 = _answers(odd, "ex05_reflection", {"reflection": _short("Written in Notepad.", article=None)})
    utf16.write_bytes(utf16.read_text().encode("utf-16"))
    (odd / "ex01_source_tagging.answers.json").write_bytes(b"{" + b" " * (3 * 1024 * 1024) + b"}")
    # -- links: a student folder that is a link, a file linked to a secret ------------------------
    outside = root / "outside"
    _answers(outside, "ex05_reflection", {"reflection": _short("Not in the submissions.", article=None)})
    (subs / "Linked").symlink_to(outside)
    (subs / "Sly").mkdir()
    (subs / "Sly" / "ex05_reflection.answers.json").symlink_to("/etc/passwd")
    # -- code: notebooks with cells, and folders named like Python modules --------------------
    eve = subs / "Eve"
    _answers(eve, "ex05_reflection", {"reflection": _short("Honest work.", article=None)})
    notebook = json.loads((ROOT / "exercises" / "ex05_reflection.ipynb").read_text(encoding="utf-8"))
    cell = MARKER_CODE.format(marker=str(marker), name="cell")
    notebook["cells"].append(
        {
            "cell_type": "code",
            "id": "evil",
            "metadata": {},
            "execution_count": None,
            "outputs": [],
            "source": cell,
        }
    )
    (eve / "ex05_reflection.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    for module in ("kit", "csv", "html", "unicodedata", "json"):
        _code_package(subs / module, module, marker)
    _code_package(subs / "Eve" / "kit", "Eve/kit", marker)
    # -- two students, one file; a file copied from another exercise --------------------------
    essay = {"reflection": _short("I read the article twice and counted who was quoted.", article=None)}
    copied = _answers(subs / "Gus", "ex05_reflection", essay)
    (subs / "Hal").mkdir()
    shutil.copy(copied, subs / "Hal" / copied.name)
    # Ivy copied her ex02 file to the ex01 name and went on answering ex01 in it
    choice = {"widget": "MultipleChoice", "article": None, "answer": "the outlet"}
    ivy = _answers(subs / "Ivy", "ex02_hedge_hunt", {"who_hedges": choice})
    data = json.loads(ivy.read_text())
    data["exercises"]["document_source"] = {**choice, "answer": _document_source_answer()}
    ivy.unlink()
    (subs / "Ivy" / "ex01_source_tagging.answers.json").write_text(json.dumps(data), encoding="utf-8")
    # -- the teacher's rubric, saved by a spreadsheet in a European locale ------------------------
    rubric = root / "rubric.csv"
    rows = [
        "student;item;points;comment",
        "Ana López;ex03.interpretation;4;Good",
        "Ana López;ex05.reflection;6/6;Full marks",
        "Ben;ex03.interpretation;four;",
        "Ben;ex05.reflection;100%;",
        "Carl;ex03.interpretation;3,5;Say which figures",
        "Dora;ex05.reflection;inf;",
        "Gus;ex05.reflection;nan;",
        "Hal;ex05.reflection;1e999;",
        "Eve;ex05.reflection;9" + "9" * 320 + ";",
        "Ana López;ex06.comparison;6;Clear",
        "Ben;ex06.comparison;six;",
    ]
    rubric.write_bytes(("\n".join(rows) + "\n").encode("utf-8-sig"))
    return {"submissions": subs, "marker": marker, "rubric": rubric}


def _document_source_answer() -> str:
    key = load_keys(KEYS)["ex01_source_tagging"]
    (item,) = [i for i in key.items if i.exercise == "document_source"]
    return item.spec["answer"]


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # a grader reading /dev/zero fails, fast


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile class graded as the README says: ``media-kit grade``, started inside the submissions."""
    root = tmp_path_factory.mktemp("hostile")
    made = build_hostile_class(root)
    subs, out = made["submissions"], root / "grades"
    assert MEDIA_KIT.is_file(), "media-kit is installed with the kit (pyproject [project.scripts])"
    rubric = str(made["rubric"])
    command = [
        str(MEDIA_KIT),
        "grade",
        ".",
        "--key",
        str(KEYS),
        "--out",
        str(out),
        "--rubric",
        rubric,
        "--no-chart",
    ]
    done = subprocess.run(command, cwd=subs, capture_output=True, text=True, timeout=300,
                          preexec_fn=_limit_memory, check=False)  # fmt: skip
    with open(out / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        table = {row["student"]: row for row in csv.DictReader(handle)}
    report = (out / "report.txt").read_text(encoding="utf-8")
    return types.SimpleNamespace(done=done, table=table, report=report, out=out, **made)


def test_the_hostile_class_grades_to_the_end_without_a_traceback(hostile):
    assert hostile.done.returncode == 0, hostile.done.stderr
    assert "Traceback" not in hostile.done.stderr + hostile.done.stdout
    expected = {"Ana López", "Ben", "Carl", "Dora", "Huge", "Pipe", "Deep", "Odd", "Linked", "Sly", "Eve",
                "Gus", "Hal", "Ivy", "kit", "csv", "html", "unicodedata", "json"}  # fmt: skip
    assert set(hostile.table) == expected
    assert len(list((hostile.out / "feedback").glob("*.html"))) == len(expected)


def test_no_student_code_ran(hostile):
    assert not hostile.marker.exists(), hostile.marker.read_text()


def test_every_student_has_the_same_maximum(hostile):
    items = [i for k in load_keys(KEYS).values() for i in k.items]
    assert {row["maximum"] for row in hostile.table.values()} == {f"{sum(i.points for i in items):g}"}


def test_the_students_who_did_their_work_are_graded_right(hostile):
    items = [i for k in load_keys(KEYS).values() for i in k.items]
    full = f"{sum(i.points for i in items):g}"
    for name in ("Ana López", "Ben"):  # the rubric's 6/6, four and 100% read as points
        row = hostile.table[name]
        assert (row["status"], row["total"], row["percent"], row["awaiting"]) == ("graded", full, "100", "0")
    carl = hostile.table["Carl"]  # "eight minutes", "about two", "eighty percent", "95,9"; rubric 3,5
    assert [carl[f"ex03.{n}"] for n in ("putin_minutes", "xi_minutes", "time_share", "quoted_share")] == [
        "2"
    ] * 4
    assert carl["ex03.interpretation"] == "3.5"
    assert hostile.table["Dora"]["ex05.reflection"] == "awaiting rubric"  # her BOM file read; 'inf' refused
    assert hostile.table["Ivy"]["ex01.document_source"] == "2"  # copied from ex02, then answered in ex01


@pytest.mark.parametrize(
    ("student", "phrase"),
    [
        ("Huge", "is too large a number"),
        ("Huge", "not a finite number"),
        ("Huge", "is outside the article"),
        ("Pipe", "ex01_source_tagging.answers.json is not a regular file (a pipe, device or socket)"),
        ("Pipe", "ex04_transfer.answers.json is not a regular file"),
        ("Pipe", "ex05_reflection.answers.json is not a regular file"),
        ("Pipe", "ex02_hedge_hunt.answers.json: a link, not followed"),
        ("Deep", "nested too deeply"),
        ("Odd", "not UTF-8"),
        ("Odd", "too large"),
        ("Linked", "is a link, not a folder"),
        ("Sly", "ex05_reflection.answers.json: a link, not followed"),
        ("Gus", "byte for byte the same file as Hal's"),
        ("Hal", "byte for byte the same file as Gus's"),
        ("Ivy", "was first saved by another exercise (ex02_hedge_hunt)"),
        ("rubric rubric.csv line 7", "'inf' is not a number"),
        ("rubric rubric.csv line 8", "'nan' is not a number"),
        ("rubric rubric.csv line 9", "is too large a number"),
        ("rubric rubric.csv line 10", "is too large a number"),
    ],
)
def test_every_hostile_file_gets_one_line_in_the_report(hostile, student, phrase):
    assert any(line.startswith(student) and phrase in line for line in hostile.report.splitlines()), phrase


def test_giant_numbers_score_nothing_and_stop_nobody(hostile):
    huge = hostile.table["Huge"]
    assert huge["ex03.putin_minutes"] == huge["ex03.quoted_share"] == "0"  # a number, far from the key
    assert huge["ex03.xi_minutes"] == huge["ex03.time_share"] == "ungraded"  # 1e999 and NaN: edited by hand
    assert huge["status"] == "partly graded"


def test_the_grader_refuses_when_a_student_module_was_loaded(tmp_path):
    """A student's copy of the kit (or any module) imported from inside the submissions: refused."""
    subs = tmp_path / "submissions"
    shutil.copytree(ROOT / "kit", subs / "Mallory" / "kit", ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run(
        [sys.executable, "-m", "kit", "grade", "..", "--key", str(KEYS), "--out", str(tmp_path / "grades")],
        cwd=subs / "Mallory", capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(
        "kit: The Python module 'kit' was loaded from inside the submissions folder"
    )
    assert not (tmp_path / "grades").exists()


@pytest.mark.parametrize(
    "safe", [["-P", "-m", "kit"], ["-m", "kit"]], ids=["python -P -m kit", "python -m kit"]
)
def test_python_m_kit_inside_the_submissions_runs_no_student_module(tmp_path, safe):
    """``python -m kit`` takes the current folder off Python's path first (only a ``kit/`` folder there is
    out of its reach: the README's command is media-kit, or ``python -P``)."""
    subs = tmp_path / "submissions"
    _perfect(subs / "Ann", "Ann")
    marker = tmp_path / "MARKER.txt"
    for module in ("csv", "html", "unicodedata", *(["kit"] if "-P" in safe else [])):
        _code_package(subs / module, module, marker)
    out = tmp_path / "grades"
    command = [sys.executable, *safe, "grade", ".", "--key", str(KEYS), "--out", str(out), "--no-chart"]
    done = subprocess.run(command, cwd=subs, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    with open(out / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        assert {row["student"]: row["status"] for row in csv.DictReader(handle)}["Ann"] == "graded"


def test_the_current_folder_inside_the_submissions_on_pythons_path_is_refused(tmp_path, monkeypatch):
    subs = tmp_path / "submissions"
    (subs / "Ann").mkdir(parents=True)
    monkeypatch.chdir(subs / "Ann")
    monkeypatch.syspath_prepend("")
    with pytest.raises(
        GradingError, match="started inside the submissions folder with that folder on Python's path"
    ):
        grade(subs, key=KEYS, out=tmp_path / "grades", chart=False)


def test_a_module_loaded_from_the_submissions_is_refused(tmp_path, monkeypatch):
    subs = tmp_path / "submissions"
    (subs / "csv").mkdir(parents=True)
    (subs / "csv" / "__init__.py").write_text("")
    fake = types.ModuleType("student_csv")
    fake.__file__ = str(subs / "csv" / "__init__.py")
    monkeypatch.setitem(sys.modules, "student_csv", fake)
    with pytest.raises(GradingError, match="'student_csv' was loaded from inside the submissions folder"):
        grade(subs, key=KEYS, out=tmp_path / "grades", chart=False)


# --- item 6: an --out that cannot be written -----------------------------------------------------


def test_an_unwritable_out_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    (tmp_path / "subs" / "Ann").mkdir(parents=True)

    def refuse(path, text, **_):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("kit.grading.feedback.atomic_write_text", refuse)
    assert main(["grade", str(tmp_path / "subs"), "--key", str(KEYS), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kit: The reports cannot be written into") and "Permission denied" in err
    assert err.count("\n") == 1


def test_an_out_below_a_file_is_one_line_not_a_traceback(tmp_path, capsys):
    (tmp_path / "subs" / "Ann").mkdir(parents=True)
    (tmp_path / "a file").write_text("not a folder")
    assert (
        main(["grade", str(tmp_path / "subs"), "--key", str(KEYS), "--out", str(tmp_path / "a file" / "out")])
        == 2
    )
    assert capsys.readouterr().err.startswith("kit: The reports cannot be written into")


# --- the self-check in a notebook ----------------------------------------------------------------


def test_the_self_check_shows_a_hand_damaged_tag_as_a_hint_not_a_traceback(tmp_path):
    book = AnswerBook("ex01_source_tagging", folder=tmp_path)
    book.put("tags", "SourceTagger", {"0": "Putin said it", "1": {"speaker": ["not", "text"], "kind": 3}},
             article=SEED)  # fmt: skip
    shown = str(self_check(book, checks=ROOT / "exercises" / "checks" / "ex01_source_tagging.json"))
    assert "the saved answer looks damaged: use Reset and answer again" in shown


@pytest.mark.parametrize(
    ("answer", "headline"), [("eight", "close enough to the key"), ("9" * 400, "write a number")]
)
def test_the_self_check_reads_numbers_as_the_grader_does(tmp_path, answer, headline):
    book = AnswerBook("ex03_statement_comparison", folder=tmp_path)
    book.put("putin_minutes", "ShortAnswer", answer, article=SEED)
    shown = str(self_check(book, checks=ROOT / "exercises" / "checks" / "ex03_statement_comparison.json"))
    line = next(line for line in shown.splitlines() if "Putin's statement" in line)
    assert headline in line, line


@pytest.mark.parametrize(
    ("answer", "hint"), [("45%", False), ("45 per cent", False), ("45", True), ("0.45", True)]
)
def test_the_unit_hint_shows_only_when_the_answer_does_not_say_its_unit(tmp_path, answer, hint):
    book = AnswerBook("ex03_statement_comparison", folder=tmp_path)
    book.put("time_share", "ShortAnswer", answer, article=SEED)
    shown = str(self_check(book, checks=ROOT / "exercises" / "checks" / "ex03_statement_comparison.json"))
    assert "not quite" in shown
    assert ("The answer is in percent." in shown) is hint, shown


def test_students_are_never_sent_to_a_file_they_do_not_have(tmp_path, nlp):
    # every hedge found, each with another kind: the hint about kinds must name what students have
    book = AnswerBook("ex02_hedge_hunt", folder=tmp_path)
    fill_in(book, key=ROOT / "solutions" / "ex02_hedge_hunt.ipynb")
    entry = book.entry("hedges")
    wrong = [{**m, "category": "uncertainty" if m["category"] != "uncertainty" else "possibility"}
             for m in entry["answer"]]  # fmt: skip
    book.put("hedges", entry["widget"], wrong, article=entry.get("article"))
    shown = str(self_check(book, checks=ROOT / "exercises" / "checks" / "ex02_hedge_hunt.json"))
    assert "have another category in the key" in shown
    assert "GUIDELINES" not in shown and "§" not in shown
    assert "the eight kinds (lesson 03, part 2)" in shown
