"""A grading run: every student folder scored against the keys, the rubric read, the reports written.

:func:`grade` is ``python -m kit grade``. It compiles the keys
(:func:`~kit.grading.compile.load_keys`), reads the instructor's rubric
(:func:`read_rubric`), grades one student folder at a time (the files read by
:mod:`~kit.grading.submissions`, each answer scored by
:mod:`~kit.grading.scoring`) and hands the :class:`~kit.grading.model.GradeReport`
to :mod:`~kit.grading.feedback`, which writes into ``--out`` and nowhere else.
A bad submission never stops the run: it gets one line in the report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import GradingError
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
    StudentResult,
    SubmissionError,
    format_points,
    safe_file_name,
    student_key,
    visible,
)
from .scoring import choice_right, hedge_marks, score_hedges, score_number, score_tags
from .submissions import StudentFolder, check_notebook, list_folders, read_answers, walk

__all__ = ["Rubric", "grade", "grade_folder", "read_rubric"]

#: The instructor's rubric points: ``(student key, item id) -> (points, comment)``.
Rubric = Mapping[tuple[str, str], tuple[float, str]]


# --- the rubric CSV ------------------------------------------------------------------


def read_rubric(
    path: str | Path, *, items: Mapping[str, Item] | None = None, lines: list[str] | None = None
) -> dict[tuple[str, str], tuple[float, str]]:
    """Read the instructor's rubric points: a CSV with columns ``student,item,points,comment``.

    Rows that cannot be used are skipped with a line in ``lines`` (unknown item,
    points that are not a number or out of range). Later rows win over earlier ones.
    Students are matched by name, ignoring case and spacing.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "rubric.csv"
    >>> _ = path.write_text("student,item,points,comment\\nAna López,ex05.reflection,5,Clear examples.\\n")
    >>> read_rubric(path)
    {('ana lópez', 'ex05.reflection'): (5.0, 'Clear examples.')}
    """
    path = Path(path)
    lines = lines if lines is not None else []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise GradingError(
            f"The rubric file '{path}' cannot be read ({error}): save it as UTF-8 CSV."
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    needed = {"student", "item", "points"}
    if not reader.fieldnames or not needed <= {f.strip().lower() for f in reader.fieldnames}:
        raise GradingError(
            f"The rubric file '{path.name}' needs a header row 'student,item,points,comment' "
            f"(it has {', '.join(reader.fieldnames or []) or 'none'})."
        )
    table: dict[tuple[str, str], tuple[float, str]] = {}
    for n, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items() if isinstance(v, str)}
        student, item = _unformula(row.get("student", "").strip()), row.get("item", "").strip()
        if not student and not item:
            continue
        where = f"rubric {path.name} line {n}"
        if items is not None and item not in items:
            lines.append(f"{where}: unknown item {item!r}, skipped (items: {', '.join(items)})")
            continue
        raw = row.get("points", "").strip()
        if not raw:
            continue  # not scored yet
        try:
            points = float(raw.replace(",", "."))
        except ValueError:
            lines.append(f"{where}: points {raw!r} is not a number, skipped")
            continue
        if items is not None and not 0 <= points <= items[item].points:
            lines.append(
                f"{where}: {raw} points for {item} is outside 0–{format_points(items[item].points)}; "
                "counted as the nearest limit"
            )
        if (student_key(student), item) in table:
            lines.append(f"{where}: a second row for {student} / {item}; the later one counts")
        table[(student_key(student), item)] = (points, row.get("comment", "").strip())
    return table


def _unformula(value: str) -> str:
    """A name as typed, without the quote that kept a spreadsheet from reading it as a formula."""
    return value[1:] if value.startswith("'") and value[1:2] in {"=", "+", "-", "@"} else value


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

    Student files are read as data (JSON); nothing in them is ever run.

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
    keys = load_keys(key)
    out_dir = Path(out).resolve()
    if out_dir == root.resolve():
        raise GradingError(
            f"--out '{out}' is the submissions folder itself: choose a separate folder such as grades/."
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise GradingError(f"--out '{out}' is a file: give a folder for the reports.")
    items = tuple(item for k in keys.values() for item in k.items)
    by_id = {item.id: item for item in items}
    lines: list[str] = []
    table: dict[tuple[str, str], tuple[float, str]] = {}
    if rubric is not None:
        table = read_rubric(rubric, items=by_id, lines=lines)
    folders = list_folders(root, skip={out_dir}, lines=lines)
    students: list[StudentResult] = []
    taken: set[str] = {"summary", "index"}
    for folder in folders:
        results, problems, notes, named = grade_folder(folder, keys, table, have_rubric=rubric is not None)
        statuses = {r.status for r in results.values()}
        if folder.problems or folder.path is None or statuses <= {UNGRADED, MISSING}:
            status = UNGRADED
        elif statuses & {UNGRADED, MISSING}:
            status = PARTLY_GRADED
        else:
            status = GRADED
        shown = visible(folder.name)
        problems = [visible(p) for p in problems]
        notes = [visible(n) for n in notes]
        students.append(
            StudentResult(
                student=shown, slug=safe_file_name(folder.name, taken=taken), status=status,
                items=results, problems=tuple(problems), notes=tuple(notes), named=named,
            )
        )  # fmt: skip
        for problem in problems:
            lines.append(f"{shown}: {problem} -> {'UNGRADED' if status == UNGRADED else 'item(s) ungraded'}")
        for note in notes:
            lines.append(f"{shown}: note: {note}")
    if table:
        known = {student_key(s.student) for s in students}
        for who, item in sorted({k for k in table if k[0] not in known}):
            lines.append(f"rubric: no student folder called {who!r} (row for {item} not used)")
    report = GradeReport(tuple(students), items, tuple(lines), out_dir)
    written = write_reports(report, keys, chart=chart)
    return GradeReport(report.students, report.items, report.lines, out_dir, tuple(written))


# --- grading one student -----------------------------------------------------------


def grade_folder(
    folder: StudentFolder, keys: Mapping[str, ExerciseKey], rubric: Rubric, *, have_rubric: bool
) -> tuple[dict[str, ItemResult], list[str], list[str], dict[str, str]]:
    """One student's results by item id, problems, notes and the names their answers files give."""
    items: dict[str, ItemResult] = {}
    problems = list(folder.problems)
    notes = list(folder.notes)
    named: dict[str, str] = {}
    all_items = [item for key in keys.values() for item in key.items]
    if problems or folder.path is None:
        for item in all_items:
            items[item.id] = ItemResult(item.id, UNGRADED, None, item.points, "see the report")
        return items, problems, notes, named
    found = walk(folder.path)
    if not found.answers and not found.notebooks:
        problems.append("no answers files handed in (the folder has no *.answers.json or exercise notebook)")
        for key in keys.values():
            _mark(items, key, MISSING, "not handed in")
        return items, problems, notes, named
    for path in found.links:
        notes.append(f"{path.relative_to(folder.path)}: a link, not followed")
    for path in found.set_aside:
        notes.append(
            f"{path.name}: an answers file the kit set aside as damaged while the student worked; "
            "it is not graded (the newer answers file is)"
        )
    for stem, paths in sorted(found.answers.items()):
        if stem not in keys:
            notes.append(f"{paths[0].name}: not an exercise of this key, ignored")
    for notebook, key in keys.items():
        answer_paths = found.answers.get(notebook, [])
        notebook_paths = found.notebooks.get(notebook, [])
        for path in notebook_paths:
            trouble = check_notebook(path, notebook)
            if trouble:
                (problems if not answer_paths else notes).append(f"{notebook}: {trouble}")
        if len(answer_paths) > 1:
            where = ", ".join(str(p.relative_to(folder.path)) for p in answer_paths)
            problems.append(
                f"{notebook}: {len(answer_paths)} answers files ({where}): keep one and grade again"
            )
            _mark(items, key, UNGRADED, "two answers files")
            continue
        if not answer_paths:
            if notebook_paths and not any(check_notebook(p, notebook) for p in notebook_paths):
                notes.append(
                    f"{notebook}: the notebook was handed in without its answers file "
                    f"{notebook}{ANSWERS_SUFFIX}: "
                    "nothing answered, 0 points (the widgets save answers only in that file)"
                )
                _grade_exercises(items, key, {}, rubric, have_rubric, folder.name, problems)
            elif not notebook_paths:
                problems.append(f"{notebook}: missing (no {notebook}{ANSWERS_SUFFIX})")
                _mark(items, key, MISSING, "not handed in")
            else:
                _mark(items, key, UNGRADED, "wrong notebook")
            continue
        try:
            data = read_answers(answer_paths[0], notebook)
        except SubmissionError as problem:
            problems.append(f"{notebook}: {problem}")
            _mark(items, key, UNGRADED, str(problem))
            continue
        if isinstance(data.get("student"), str) and data["student"].strip():
            named[notebook] = data["student"]
        known = {item.exercise for item in key.items}
        extra = sorted(set(data["exercises"]) - known)
        entries = dict(data["exercises"])
        if extra:
            notes.append(
                f"{notebook}: answers to unknown questions ignored: {', '.join(map(visible, extra))[:200]}"
            )
            widgets = {str(data["exercises"][e].get("widget")) for e in extra}
            for item in key.items:
                if item.exercise not in entries and item.widget in widgets:
                    entries[item.exercise] = {"renamed": True}
        _grade_exercises(items, key, entries, rubric, have_rubric, folder.name, problems)
    return items, problems, notes, named


def _mark(items: dict[str, ItemResult], key: ExerciseKey, status: str, summary: str) -> None:
    for item in key.items:
        items[item.id] = ItemResult(item.id, status, None, item.points, summary)


def _grade_exercises(
    items: dict[str, ItemResult], key: ExerciseKey, entries: Mapping[str, Any],
    rubric: Rubric, have_rubric: bool, student: str, problems: list[str],
) -> None:  # fmt: skip
    for item in key.items:
        entry = entries.get(item.exercise)
        try:
            items[item.id] = _grade_item(item, key, entry, rubric, have_rubric, student)
        except SubmissionError as problem:
            problems.append(f"{item.id}: {problem}")
            items[item.id] = ItemResult(item.id, UNGRADED, None, item.points, str(problem))


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
    item: Item, key: ExerciseKey, entry: Any, rubric: Rubric, have_rubric: bool, student: str
) -> ItemResult:
    answer = _answer_of(item, key, entry)
    spec = item.spec
    if item.type == "source_tags":
        article = key.articles[item.article or ""]
        gold = [[(t["speaker"], t["kind"]) for t in g["accept"]] for g in spec["gold"]]
        score = score_tags(answer, gold)
        kappa = "n/a" if score.kappa is None else f"{score.kappa:.2f}"
        return ItemResult(
            item.id, GRADED, round(item.points * score.points_fraction, 2), item.points,
            f"{score.agreed}/{score.sentences} sentences agree, kappa {kappa}",
            {"score": score, "article": article},
        )  # fmt: skip
    if item.type == "hedge_spans":
        article = key.articles[item.article or ""]
        marks = hedge_marks(answer, article.text)
        score = score_hedges(marks, spec["gold"], category_weight=float(spec.get("category_weight", 0.5)))
        return ItemResult(
            item.id, GRADED, round(item.points * score.points_fraction, 2), item.points,
            f"P {score.precision:.2f} R {score.recall:.2f} F1 {score.f1:.2f}, "
            f"{score.category_right}/{score.hits} categories right",
            {"score": score, "marks": marks, "article": article},
        )  # fmt: skip
    if item.type == "number":
        result = score_number(
            answer, expected=float(spec["value"]), tolerance=float(spec.get("tolerance", 0)),
            relative=bool(spec.get("relative", False)),
        )  # fmt: skip
        given = "no answer" if result.given is None else format_points(result.given)
        return ItemResult(
            item.id, GRADED, round(item.points * result.points_fraction, 2), item.points,
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
        item.id, GRADED, min(max(points, 0.0), item.points), item.points,
        f"rubric {format_points(points)}/{format_points(item.points)}", {"text": text, "comment": comment},
    )  # fmt: skip
