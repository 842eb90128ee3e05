"""Grading: students' answers files read as data, scored against the exercise keys, reported.

``media-kit grade SUBMISSIONS --key solutions/ --out grades/ [--rubric rubric.csv]`` (or
``python -P -m kit grade …``: both keep the current folder off Python's path, so nothing in a
submissions folder can be imported; :func:`check_start` refuses to grade when something was).

* **Submissions** are a folder per student, ``SUBMISSIONS/<student>/``, holding the
  ``<notebook>.answers.json`` files the exercise notebooks write (the ``.ipynb``
  files may come along: they are read as JSON to check which exercise they are,
  never executed, and their code is never looked at). See :mod:`.submissions`.
* **Keys** are compiled in memory at the start of the run (:func:`compile_keys`,
  :mod:`.compile`) from the solution notebooks in ``--key`` and the hand-made keys
  in ``seeds/keys/`` beside it; no key file is read or written. Compiling needs
  the language model, once per run.
* **Scores** give partial credit per item (:mod:`.scoring`): hedges by span
  overlap (precision, recall, F1; a wrong category counts half), source tags
  sentence by sentence (speaker and kind half each; Cohen's kappa reported),
  numbers within a tolerance (read by :mod:`kit.numbers`: "eight", "7,5", "two
  thirds"), choices right or wrong, written answers by the instructor's rubric (a
  CSV ``student,item,points,comment``, comma or semicolon). Every student has the
  same maximum, the points of every item; an item not graded scores nothing until it is.
* **Reports** go to ``--out`` and nowhere else (:mod:`.feedback`): ``grades.csv``,
  ``report.txt``, ``grades.json``, ``feedback/<student>.html``, ``summary.html``
  and ``rubric_template.csv``.

A bad submission never stops the run (:mod:`.run`): it gets one line in the
report saying what is wrong and what to do, and its row is marked ungraded. Only
regular files are read, each with a size cap; identical answers files handed in
by two students are noted for the teacher.

Grading sits below the classroom: it reads the answers files the widgets write
as plain data and never imports a widget, a lesson or :mod:`kit.exercises`.

>>> score_number(7.5, expected=8, tolerance=1).points_fraction
1.0
"""

from __future__ import annotations

from .compile import (
    build_key,
    compile_key,
    compile_keys,
    fingerprint,
    gold_tags,
    load_keys,
    quoted_words,
    read_definition,
    reported_minutes,
    solution_answers,
    solution_id_problem,
)
from .feedback import feedback_html, grades_csv, summary_html
from .model import (
    ANSWERS_FORMAT,
    ANSWERS_SUFFIX,
    ANSWERS_VERSION,
    KEY_FORMAT,
    ExerciseKey,
    GradeReport,
    Item,
    ItemResult,
    KeyArticle,
    Problem,
    StudentResult,
    SubmissionError,
    format_points,
    iter_items,
    round_points,
    safe_file_name,
)
from .run import check_start, grade, read_rubric
from .scoring import (
    HedgeScore,
    NumberScore,
    TagScore,
    cohen_kappa,
    is_outlet,
    parse_number,
    score_hedges,
    score_number,
    score_tags,
    tag_of,
)
from .workspaces import CollectReport, collect

__all__ = [
    "ANSWERS_FORMAT",
    "ANSWERS_SUFFIX",
    "ANSWERS_VERSION",
    "KEY_FORMAT",
    "CollectReport",
    "ExerciseKey",
    "GradeReport",
    "HedgeScore",
    "Item",
    "ItemResult",
    "KeyArticle",
    "NumberScore",
    "Problem",
    "StudentResult",
    "SubmissionError",
    "TagScore",
    "build_key",
    "check_start",
    "cohen_kappa",
    "collect",
    "compile_key",
    "compile_keys",
    "feedback_html",
    "fingerprint",
    "format_points",
    "gold_tags",
    "grade",
    "grades_csv",
    "is_outlet",
    "iter_items",
    "load_keys",
    "parse_number",
    "quoted_words",
    "read_definition",
    "read_rubric",
    "reported_minutes",
    "round_points",
    "safe_file_name",
    "score_hedges",
    "score_number",
    "score_tags",
    "solution_answers",
    "solution_id_problem",
    "summary_html",
    "tag_of",
]
