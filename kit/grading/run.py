"""A grading run: every student folder scored against the keys, the rubric read, the reports written.

:func:`grade` is ``media-kit grade`` (``python -P -m kit grade``). It checks that
no student's file can run or be overwritten (:func:`check_start`), compiles the
keys (:func:`~kit.grading.compile.load_keys`), reads the instructor's rubric
(:func:`read_rubric`), grades one student folder at a time (the files read by
:mod:`~kit.grading.submissions`, each answer scored by
:mod:`~kit.grading.scoring`), flags identical answers files for the teacher, and
hands the :class:`~kit.grading.model.GradeReport` to :mod:`~kit.grading.feedback`,
which writes into ``--out`` and nowhere else. A bad submission never stops the
run: whatever goes wrong with one student's files, even a fault of the grader,
becomes one line in the report and an ungraded row.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GradingError
from ..files import read_capped
from ..numbers import read_number
from .compile import load_keys
from .feedback import write_reports
from .model import (
    ANSWERS_SUFFIX,
    AWAITING,
    GRADED,
    MISSING,
    PARTLY_GRADED,
    UNGRADED,
    ExerciseKey,
    GradeReport,
    Item,
    ItemResult,
    Problem,
    StudentResult,
    SubmissionError,
    format_points,
    round_points,
    safe_file_name,
    student_key,
    visible,
)
from .scoring import choice_right, hedge_marks, score_hedges, score_number, score_tags
from .submissions import (
    AnswersFile,
    StudentFolder,
    check_notebook,
    list_folders,
    read_answers,
    walk,
)

__all__ = ["FolderGrades", "Rubric", "check_start", "grade", "grade_folder", "read_rubric"]

#: The instructor's rubric points: ``(student key, item id) -> (points, comment)``.
Rubric = Mapping[tuple[str, str], tuple[float, str]]

#: The command that grades without putting the current folder on Python's path.
COMMAND = "media-kit grade SUBMISSIONS --key solutions/ --out grades/ (or python -P -m kit grade …)"
MAX_RUBRIC_BYTES = 50 * 1024 * 1024


# --- the rubric CSV ------------------------------------------------------------------


def read_rubric(
    path: str | Path, *, items: Mapping[str, Item] | None = None, lines: list[str] | None = None
) -> dict[tuple[str, str], tuple[float, str]]:
    """Read the instructor's rubric points: a CSV with columns ``student,item,points,comment``.

    What spreadsheets save is read as it comes: UTF-8 with or without a BOM,
    UTF-16 (Excel's "Unicode text") or Windows-1252; the delimiter ``,``, ``;``
    (Excel and LibreOffice in most European locales), a tab or ``|``, found from
    the header row. Points are read as every number in the kit
    (:func:`kit.numbers.read_number`): ``4,5`` and ``4.5``, ``four``, ``half``;
    ``4/6`` for a 6-point item is 4 points and ``75%`` three quarters of its points.
    Rows that cannot be used are skipped with a line in ``lines`` (unknown item,
    points that are not a number or out of range). Later rows win over earlier ones.
    Students are matched by name, ignoring case and spacing.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "rubric.csv"
    >>> _ = path.write_text("student;item;points;comment\\nAna López;ex05.reflection;4,5;Clear examples.\\n")
    >>> read_rubric(path)
    {('ana lópez', 'ex05.reflection'): (4.5, 'Clear examples.')}
    """
    path = Path(path)
    lines = lines if lines is not None else []
    try:
        found = read_capped(path, limit=MAX_RUBRIC_BYTES)
    except OSError as error:
        found, reason = None, error.strerror or str(error)
    else:
        reason = {
            "missing": "there is no such file",
            "file": f"it is over {MAX_RUBRIC_BYTES // 2**20} MB",
        }.get(found.kind, f"it is not a regular file: a {found.kind}")
    if found is None or found.data is None:
        raise GradingError(
            f"The rubric file '{path}' cannot be read ({reason}): give the CSV file saved from "
            "rubric_template.csv."
        )
    raw = found.data
    text, encoding = _decode(raw)
    if encoding == "cp1252":
        lines.append(
            f"rubric {path.name}: not UTF-8, read as Windows-1252 text (check accented names; "
            "saving it as 'CSV UTF-8' avoids the doubt)"
        )
    delimiter = _delimiter(text)
    if delimiter is None:
        first = next((line for line in text.splitlines() if line.strip()), "")
        raise GradingError(
            f"The rubric file '{path.name}' needs a header row 'student,item,points,comment' "
            f"(it has {visible(first)[:120]!r}): fill in rubric_template.csv from the grader's reports."
        )
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: dict[tuple[str, str], tuple[float, str]] = {}
    for row in reader:
        n = reader.line_num
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items() if isinstance(v, str)}
        student, item = _unformula(row.get("student", "").strip()), row.get("item", "").strip()
        if not student and not item:
            continue
        where = f"rubric {path.name} line {n}"
        if items is not None and item not in items:
            lines.append(f"{where}: unknown item {visible(item)[:60]!r}, skipped (items: {', '.join(items)})")
            continue
        raw_points = row.get("points", "").strip()
        if not raw_points:
            continue  # not scored yet
        maximum = items[item].points if items is not None else None
        points = _rubric_points(raw_points, maximum, where, lines)
        if points is None:
            continue
        if maximum is not None and not 0 <= points <= maximum:
            lines.append(
                f"{where}: {visible(raw_points)[:30]} points for {item} is outside "
                f"0–{format_points(maximum)}; counted as the nearest limit"
            )
        if (student_key(student), item) in table:
            lines.append(f"{where}: a second row for {visible(student)} / {item}; the later one counts")
        table[(student_key(student), item)] = (points, row.get("comment", "").strip())
    return table


def _decode(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str | None:
    """The delimiter that makes the first non-empty line a header naming student, item and points."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    for delimiter in (",", ";", "\t", "|"):
        names = {name.strip().lower() for name in next(csv.reader([first], delimiter=delimiter), [])}
        if {"student", "item", "points"} <= names:
            return delimiter
    return None


def _rubric_points(raw: str, maximum: float | None, where: str, lines: list[str]) -> float | None:
    """The points of one rubric cell, or None (with a line) when it is not a usable number."""
    shown = visible(raw)[:30]
    try:
        reading = read_number(raw)
    except ValueError as error:
        lines.append(f"{where}: points {shown!r}: {error}, skipped")
        return None
    if reading is None:
        lines.append(f"{where}: points {shown!r} is not a number, skipped")
        return None
    if reading.denominator is not None and maximum is not None and reading.denominator == maximum:
        return round_points(reading.value * reading.denominator)  # "4/6" for a 6-point item
    if reading.percent and maximum is not None:
        return round_points(maximum * reading.value / 100)  # "75%" of the item
    return reading.value


def _unformula(value: str) -> str:
    """A name as typed, without the quote that kept a spreadsheet from reading it as a formula."""
    return value[1:] if value.startswith("'") and value[1:2] in {"=", "+", "-", "@"} else value


# --- where the grader may run --------------------------------------------------------


def _inside(path: str | Path, folder: str) -> bool:
    real = os.path.realpath(path)
    return real == folder or real.startswith(folder.rstrip(os.sep) + os.sep)


def check_start(submissions: Path, out: Path) -> None:
    """Refuse to grade when a student's file could run as code or be overwritten.

    Stops with a :class:`~kit.errors.GradingError` when ``out`` is inside the
    submissions (the reports would be read as a student's on the next run),
    when the submissions are inside ``out/feedback`` (old pages there are
    removed), when a Python module was loaded from inside the submissions (a
    student's ``kit/``, ``csv/`` … ran: ``python -m kit`` started there puts the
    current folder first on Python's path), or when the current folder is inside
    the submissions and on Python's path (one could still be loaded).
    """
    root = os.path.realpath(submissions)
    if _inside(out, root):
        raise GradingError(
            f"--out '{out}' is inside the submissions folder: the reports would be read as a student's "
            "folder on the next run. Choose a folder outside it, such as grades/ beside submissions/."
        )
    if _inside(root, os.path.realpath(out / "feedback")):
        raise GradingError(
            f"The submissions folder is inside '{out / 'feedback'}', where old feedback pages are removed: "
            "choose another --out."
        )
    # a module inside the submissions is a top-level one (or __main__) found there: look at those only,
    # each folder resolved once
    folders: dict[str, bool] = {}
    for name, module in sorted(sys.modules.items(), key=lambda pair: pair[0] == "__main__"):
        where = getattr(module, "__file__", None)
        if "." in name or not isinstance(where, str):
            continue
        folder = os.path.dirname(where)
        if folder not in folders:
            folders[folder] = _inside(folder, root)
        if folders[folder]:
            raise GradingError(
                f"The Python module '{name}' was loaded from inside the submissions folder ({where}): a "
                f"student's file ran as code. Start the grader from a folder outside the submissions, as "
                f"{COMMAND}."
            )
    cwd = os.path.realpath(os.getcwd())
    if _inside(cwd, root) and any(entry in {"", "."} or os.path.realpath(entry) == cwd for entry in sys.path):
        raise GradingError(
            "The grader was started inside the submissions folder with that folder on Python's path, so a "
            "student's folder named like a Python module (csv/, json/ …) could run as code. Use "
            f"{COMMAND}, or start from a folder outside the submissions."
        )


# --- the run -------------------------------------------------------------------------


def grade(
    submissions: str | Path,
    *,
    key: str | Path = "solutions",
    out: str | Path = "grades",
    rubric: str | Path | None = None,
    chart: bool = True,
) -> GradeReport:
    """Grade every student folder in ``submissions``; write the reports into ``out`` only.

    Student files are read as data (JSON); nothing in them is ever run. Every
    student has the same maximum, the points of every item; an item not graded
    (missing, damaged, awaiting the rubric) scores nothing until it is.

    >>> import tempfile
    >>> from kit.files import PROJECT
    >>> work = Path(tempfile.mkdtemp())
    >>> (work / "submissions" / "Ann").mkdir(parents=True)
    >>> report = grade(work / "submissions", key=PROJECT / "solutions", out=work / "grades", chart=False)
    >>> report.students[0].status, report.lines[0][:40]
    ('ungraded', 'Ann: no answers files handed in (the fol')
    """
    root = Path(submissions)
    if not root.is_dir():
        raise GradingError(
            f"There is no submissions folder at '{root}': give the folder that holds one folder per student."
        )
    out_dir = Path(out).resolve()
    check_start(root, out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise GradingError(f"--out '{out}' is a file: give a folder for the reports.")
    keys = load_keys(key)
    items = tuple(item for k in keys.values() for item in k.items)
    by_id = {item.id: item for item in items}
    lines: list[str] = []
    table: dict[tuple[str, str], tuple[float, str]] = {}
    if rubric is not None:
        table = read_rubric(rubric, items=by_id, lines=lines)
    folders = list_folders(root, skip={out_dir}, lines=lines)
    students: list[StudentResult] = []
    files: list[dict[str, AnswersFile]] = []
    taken: set[str] = {"summary", "index"}
    for folder in folders:
        try:
            graded = grade_folder(folder, keys, table, have_rubric=rubric is not None)
        except Exception as error:  # one student's files never stop the class
            graded = _failed(folder, keys, error)
        statuses = {r.status for r in graded.items.values()}
        if folder.problems or folder.path is None or statuses <= {UNGRADED, MISSING}:
            status = UNGRADED
        elif statuses & {UNGRADED, MISSING}:
            status = PARTLY_GRADED
        else:
            status = GRADED
        shown = visible(folder.name)
        problems = [Problem(visible(p.teacher), visible(p.student)) for p in graded.problems]
        notes = [visible(n) for n in graded.notes]
        students.append(
            StudentResult(
                student=shown, slug=safe_file_name(folder.name, taken=taken), status=status,
                items=graded.items, problems=tuple(problems), notes=tuple(notes), named=graded.named,
            )
        )  # fmt: skip
        files.append(graded.files)
        for problem in problems:
            lines.append(f"{shown}: {problem} -> {'UNGRADED' if status == UNGRADED else 'item(s) ungraded'}")
        for note in notes:
            lines.append(f"{shown}: note: {note}")
    students = _flag_copies(students, files, keys, lines)
    if table:
        known = {student_key(s.student) for s in students}
        for who, item in sorted({k for k in table if k[0] not in known}):
            lines.append(f"rubric: no student folder called {visible(who)!r} (row for {item} not used)")
    report = GradeReport(tuple(students), items, tuple(lines), out_dir)
    written, more = write_reports(report, keys, chart=chart)
    return GradeReport(report.students, report.items, (*report.lines, *more), out_dir, tuple(written))


def _failed(folder: StudentFolder, keys: Mapping[str, ExerciseKey], error: BaseException) -> FolderGrades:
    """The row of a student whose files made the grader fail: ungraded, with one line saying so."""
    what = f"{type(error).__name__}: {visible(str(error))[:160]}"
    problem = Problem(
        f"the grader failed on this folder ({what}); the other students are graded. Check the folder's "
        "files by hand, and report it to the kit's developers",
        "Your work could not be graded automatically: your teacher will look at it.",
    )
    items = {
        item.id: ItemResult(item.id, UNGRADED, None, item.points, "not graded: see the problems above")
        for key in keys.values()
        for item in key.items
    }
    return FolderGrades(items, [*folder.problems, problem], list(folder.notes))


def _flag_copies(
    students: Sequence[StudentResult], files: Sequence[Mapping[str, AnswersFile]],
    keys: Mapping[str, ExerciseKey], lines: list[str],
) -> list[StudentResult]:  # fmt: skip
    """Note, for the teacher only, answers files that two or more students handed in identical.

    Byte-for-byte identical files are always noted; files with the same answers
    saved at other times are noted unless every answer in them scores full marks
    (right answers are alike). Nothing is penalised: the teacher decides.
    """
    same_bytes: dict[tuple[str, str], list[int]] = defaultdict(list)
    same_answers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, handed in enumerate(files):
        for notebook, answers in handed.items():
            if not answers.content:
                continue  # nothing answered: nothing to copy
            same_bytes[(notebook, answers.digest)].append(n)
            same_answers[(notebook, answers.content)].append(n)
    flags: dict[int, list[str]] = defaultdict(list)
    seen: set[frozenset[int]] = set()
    for (notebook, _), group in same_bytes.items():
        if len(group) > 1:
            seen.add(frozenset(group))
            for n in group:
                flags[n].append(
                    f"{notebook}{ANSWERS_SUFFIX} is byte for byte the same file as "
                    f"{_others(students, group, n)}'s: a copy? Check with the students "
                    "(no points are changed)"
                )
    for (notebook, _), group in same_answers.items():
        if len(group) < 2 or frozenset(group) in seen:
            continue
        perfect = all(
            students[n].items[item.id].status == GRADED and students[n].items[item.id].points == item.points
            for n in group
            for item in keys[notebook].items
        )
        if perfect:
            continue
        for n in group:
            flags[n].append(
                f"{notebook}: the same answers as {_others(students, group, n)} (saved at other times): "
                "a copy? Check with the students (no points are changed)"
            )
    out = []
    for n, student in enumerate(students):
        if flags[n]:
            student = StudentResult(
                student.student, student.slug, student.status, student.items, student.problems,
                student.notes, student.named, tuple(flags[n]),
            )  # fmt: skip
            lines += [f"{student.student}: for the teacher: {flag}" for flag in flags[n]]
        out.append(student)
    return out


def _others(students: Sequence[StudentResult], group: Sequence[int], n: int) -> str:
    names = [students[m].student for m in group if m != n]
    shown = ", ".join(names[:3])
    return shown + (f" and {len(names) - 3} others" if len(names) > 3 else "")


# --- grading one student -----------------------------------------------------------


@dataclass
class FolderGrades:
    """One student's results by item id, problems, notes, the names their answers files give, and the
    answers files read (by notebook, to find identical ones)."""

    items: dict[str, ItemResult]
    problems: list[Problem]
    notes: list[str]
    named: dict[str, str] = field(default_factory=dict)
    files: dict[str, AnswersFile] = field(default_factory=dict)


def grade_folder(
    folder: StudentFolder, keys: Mapping[str, ExerciseKey], rubric: Rubric, *, have_rubric: bool
) -> FolderGrades:
    """Grade one student folder: every item of every key, with what was wrong with the files."""
    items: dict[str, ItemResult] = {}
    graded = FolderGrades(items, list(folder.problems), list(folder.notes))
    problems, notes = graded.problems, graded.notes
    if problems or folder.path is None:
        for key in keys.values():
            _mark(items, key, UNGRADED, "not graded: see the problems above")
        return graded
    found = walk(folder.path)
    for path in found.links:
        notes.append(f"{path.relative_to(folder.path)}: a link, not followed")
    for path in found.unreadable:
        where = visible(str(path.relative_to(folder.path)))
        notes.append(f"{where}: a folder that cannot be read, not looked in")
    special = {path.name: path for path in found.special}
    if not found.answers and not found.notebooks and not special:
        problems.append(Problem(
            "no answers files handed in (the folder has no *.answers.json or exercise notebook)",
            "No answers files were found: hand in the .answers.json files your notebooks saved.",
        ))  # fmt: skip
        for key in keys.values():
            _mark(items, key, MISSING, "not handed in")
        return graded
    for path in found.set_aside:
        notes.append(
            f"{path.name}: an answers file the kit set aside as damaged while the student worked; "
            "it is not graded (the newer answers file is)"
        )
    for stem, paths in sorted(found.answers.items()):
        if stem not in keys:
            notes.append(f"{paths[0].name}: not an exercise of this key, ignored")
    for notebook, key in keys.items():
        _grade_notebook(graded, folder, notebook, key, found.answers.get(notebook, []),
                        found.notebooks.get(notebook, []), special, rubric, have_rubric)  # fmt: skip
    return graded


def _grade_notebook(
    graded: FolderGrades, folder: StudentFolder, notebook: str, key: ExerciseKey, answer_paths: list[Path],
    notebook_paths: list[Path], special: Mapping[str, Path], rubric: Rubric, have_rubric: bool,
) -> None:  # fmt: skip
    items, problems, notes = graded.items, graded.problems, graded.notes
    base = folder.path or Path()
    for path in notebook_paths:
        trouble = check_notebook(path, notebook)
        if trouble:
            if answer_paths:
                notes.append(f"{notebook}: {trouble.teacher}")
            else:
                problems.append(Problem(f"{notebook}: {trouble.teacher}", f"{notebook}: {trouble.student}"))
    name = f"{notebook}{ANSWERS_SUFFIX}"
    if name in special:
        where = visible(str(special[name].relative_to(base)))
        text = f"{where} is not a regular file (a pipe, device or socket), not read"
        if answer_paths:
            notes.append(text)
        else:
            problems.append(Problem(
                f"{notebook}: {text}: ask the student for the file itself",
                f"{notebook}: {where} is not a file that can be read: hand in the file itself",
            ))  # fmt: skip
            _mark(items, key, UNGRADED, "not a file that can be read")
            return
    if len(answer_paths) > 1:
        where = ", ".join(visible(str(p.relative_to(base))) for p in answer_paths)
        problems.append(Problem(
            f"{notebook}: {len(answer_paths)} answers files ({where}): keep one and grade again",
            f"{notebook}: {len(answer_paths)} answers files were handed in ({where}): hand in only one",
        ))  # fmt: skip
        _mark(items, key, UNGRADED, "two answers files")
        return
    if not answer_paths:
        if notebook_paths and not any(check_notebook(p, notebook) for p in notebook_paths):
            notes.append(
                f"{notebook}: the notebook was handed in without its answers file {name}: "
                "nothing answered, 0 points (the widgets save answers only in that file)"
            )
            _grade_exercises(items, key, {}, rubric, have_rubric, folder.name, problems, notes)
        elif not notebook_paths:
            problems.append(
                Problem(f"{notebook}: missing (no {name})", f"{notebook}: not handed in ({name})")
            )
            _mark(items, key, MISSING, "not handed in")
        else:
            _mark(items, key, UNGRADED, "wrong notebook")
        return
    known = {item.exercise for item in key.items}
    try:
        answers = read_answers(answer_paths[0], notebook, foreign=frozenset(known))
    except SubmissionError as error:
        problem = error.problem
        problems.append(Problem(f"{notebook}: {problem.teacher}", f"{notebook}: {problem.student}"))
        _mark(items, key, UNGRADED, problem.student)
        return
    data = answers.data
    graded.files[notebook] = answers
    if isinstance(data.get("student"), str) and data["student"].strip():
        graded.named[notebook] = data["student"]
    entries = dict(data["exercises"])
    if data.get("notebook") != notebook:
        other = visible(str(data.get("notebook")))[:60]
        notes.append(
            f"{notebook}: {answer_paths[0].name} was first saved by another exercise ({other}) and then "
            f"answered in {notebook}: its answers to {notebook} are graded, the others ignored"
        )
        entries = {name: entry for name, entry in entries.items() if name in known}
    extra = sorted(set(entries) - known - set(key.not_graded))
    if extra:
        notes.append(
            f"{notebook}: answers to unknown questions ignored: {', '.join(map(visible, extra))[:200]}"
        )
        widgets = {str(entries[e].get("widget")) for e in extra}
        for item in key.items:
            if item.exercise not in entries and item.widget in widgets:
                entries[item.exercise] = {"renamed": True}
    _grade_exercises(items, key, entries, rubric, have_rubric, folder.name, problems, notes)


def _mark(items: dict[str, ItemResult], key: ExerciseKey, status: str, summary: str) -> None:
    for item in key.items:
        items[item.id] = ItemResult(item.id, status, None, item.points, summary)


def _grade_exercises(
    items: dict[str, ItemResult], key: ExerciseKey, entries: Mapping[str, Any],
    rubric: Rubric, have_rubric: bool, student: str, problems: list[Problem], notes: list[str],
) -> None:  # fmt: skip
    for item in key.items:
        entry = entries.get(item.exercise)
        try:
            items[item.id] = _grade_item(item, key, entry, rubric, have_rubric, student, notes)
        except SubmissionError as error:
            problem = error.problem
            problems.append(Problem(f"{item.id}: {problem.teacher}", f"{item.id}: {problem.student}"))
            items[item.id] = ItemResult(item.id, UNGRADED, None, item.points, problem.student)


def _answer_of(item: Item, key: ExerciseKey, entry: Any) -> Any:
    if entry is None:
        return None
    if isinstance(entry, dict) and entry.get("renamed"):
        raise SubmissionError(
            f"no answer under '{item.exercise}' but a {item.widget} answer under another name: the answers "
            "file was edited by hand"
        )
    if not isinstance(entry, dict) or "answer" not in entry:
        raise SubmissionError("the saved answer is damaged (edited by hand?)")
    widget = entry.get("widget")
    if item.widget and widget != item.widget:
        raise SubmissionError(
            f"the answer was saved by {visible(str(widget))[:40]}, not {item.widget} (edited by hand?)"
        )
    if item.article is not None:
        article = key.articles[item.article]
        saved_for = entry.get("article")
        if saved_for is not None and saved_for not in article.identities():
            raise SubmissionError(
                f"answered on another article ({visible(str(saved_for))[:60]}), not {article.id}"
            )
    answer = entry["answer"]
    if item.field is not None:
        if answer is None:
            return None
        if not isinstance(answer, dict):
            raise SubmissionError("the answer is not a set of named answers (edited by hand?)")
        return answer.get(item.field)
    return answer


def _grade_item(
    item: Item, key: ExerciseKey, entry: Any, rubric: Rubric, have_rubric: bool, student: str,
    notes: list[str],
) -> ItemResult:  # fmt: skip
    answer = _answer_of(item, key, entry)
    spec = item.spec
    if item.type == "source_tags":
        article = key.articles[item.article or ""]
        gold = [[(t["speaker"], t["kind"]) for t in g["accept"]] for g in spec["gold"]]
        score = score_tags(answer, gold)
        kappa = "n/a" if score.kappa is None else f"{score.kappa:.2f}"
        return ItemResult(
            item.id, GRADED, round_points(item.points * score.points_fraction), item.points,
            f"{score.agreed}/{score.sentences} sentences agree, kappa {kappa}",
            {"score": score, "article": article},
        )  # fmt: skip
    if item.type == "hedge_spans":
        article = key.articles[item.article or ""]
        marks = hedge_marks(answer, article.text)
        score = score_hedges(marks, spec["gold"], category_weight=float(spec.get("category_weight", 0.5)))
        return ItemResult(
            item.id, GRADED, round_points(item.points * score.points_fraction), item.points,
            f"P {score.precision:.2f} R {score.recall:.2f} F1 {score.f1:.2f}, "
            f"{score.category_right}/{score.hits} categories right",
            {"score": score, "marks": marks, "article": article},
        )  # fmt: skip
    if item.type == "number":
        result = score_number(
            answer, expected=float(spec["value"]), tolerance=float(spec.get("tolerance", 0)),
            relative=bool(spec.get("relative", False)), unit=spec.get("unit"),
        )  # fmt: skip
        if result.unread:
            notes.append(f"{item.id}: {result.unread}: 0 points")
        given = (
            f"{result.unread}" if result.unread
            else "no answer" if result.given is None else format_points(result.given)
        )  # fmt: skip
        return ItemResult(
            item.id, GRADED, round_points(item.points * result.points_fraction), item.points,
            f"{given} (key {format_points(result.expected)} ± {format_points(result.tolerance)})",
            {"score": result},
        )  # fmt: skip
    if item.type == "choice":
        right = choice_right(answer, spec["answer"], spec.get("choices", []))
        shown = "no answer" if answer in (None, []) else visible(str(answer))[:60]
        return ItemResult(
            item.id, GRADED, item.points if right else 0.0, item.points,
            f"{shown} ({'right' if right else 'key: ' + str(spec['answer'])})",
            {"answer": answer, "right": right},
        )  # fmt: skip
    # rubric: the instructor's points
    text = (
        answer
        if isinstance(answer, str)
        else ("" if answer is None else json.dumps(answer, ensure_ascii=False))
    )
    if not text.strip():
        return ItemResult(item.id, GRADED, 0.0, item.points, "no answer written", {"text": ""})
    scored = rubric.get((student_key(student), item.id))
    if scored is None:
        return ItemResult(
            item.id, AWAITING, None, item.points,
            "awaiting rubric" if have_rubric else "awaiting rubric (no --rubric file given)", {"text": text},
        )  # fmt: skip
    points, comment = scored
    return ItemResult(
        item.id, GRADED, round_points(min(max(points, 0.0), item.points)), item.points,
        f"rubric {format_points(points)}/{format_points(item.points)}", {"text": text, "comment": comment},
    )  # fmt: skip
