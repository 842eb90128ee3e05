"""The grader's records: a compiled key (items, articles), the results of a run, and how they are shown.

Every other module of :mod:`kit.grading` reads or makes these records; none of
them touches a file here. The formats of the files the grader reads
(:data:`KEY_FORMAT`, :data:`ANSWERS_FORMAT`) and the statuses of an item or a
student live here too, as do the few rules for showing a student's name or a
number of points (in ``grades.csv``, ``report.txt`` and the feedback pages alike).

>>> format_points(7.5), format_points(8.0), format_points(4.2426), visible("Zoë\\x07")
('7.5', '8', '4.2', 'Zoë\\\\x07')
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

__all__ = [
    "ANSWERS_FORMAT",
    "ANSWERS_SUFFIX",
    "ANSWERS_VERSION",
    "AWAITING",
    "GRADED",
    "ITEM_TYPES",
    "KEY_FORMAT",
    "MISSING",
    "PARTLY_GRADED",
    "UNGRADED",
    "ExerciseKey",
    "GradeReport",
    "Item",
    "ItemResult",
    "KeyArticle",
    "Problem",
    "StudentResult",
    "SubmissionError",
    "format_points",
    "iter_items",
    "round_points",
    "safe_file_name",
    "student_key",
    "visible",
]

#: The ``format`` of a compiled exercise key (:func:`kit.grading.build_key`).
KEY_FORMAT = "kit-exercise-key"
#: An answers file (what :class:`kit.answers.AnswerBook` writes and the grader reads): its
#: ``format``, the newest ``version`` this kit reads, and the end of its file name.
ANSWERS_FORMAT = "kit-answers"
ANSWERS_VERSION = 1
ANSWERS_SUFFIX = ".answers.json"
#: The kinds of graded item a key cell may define.
ITEM_TYPES = frozenset({"source_tags", "hedge_spans", "number", "choice", "rubric"})

GRADED, UNGRADED, AWAITING, MISSING = "graded", "ungraded", "awaiting rubric", "missing"
#: A student with some items graded and others not (a missing or damaged answers file).
PARTLY_GRADED = "partly graded"


@dataclass(frozen=True)
class Problem:
    """Something wrong with a student's files, said twice: to the teacher (``report.txt``,
    ``grades.csv``: what is wrong and what to do) and to the student (their feedback page)."""

    teacher: str
    student: str = ""

    def __post_init__(self) -> None:
        if not self.student:
            object.__setattr__(self, "student", self.teacher)

    def __str__(self) -> str:
        return self.teacher


class SubmissionError(Exception):
    """Something wrong with one submission: it becomes a line of the report, never leaves :func:`grade`.

    ``student`` is the same problem as the student's feedback page says it (default: the message).
    (The self-check, :func:`kit.exercises.self_check`, catches it too when a number cannot be read.)
    """

    def __init__(self, message: str, *, student: str = "") -> None:
        super().__init__(message)
        self.problem = Problem(message, student)


# --- the key -----------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One graded item: a column of ``grades.csv``.

    ``exercise`` is the answer's id in the answers file, ``field`` the key inside
    a dict answer (the statement comparer's numbers), ``spec`` the type-specific
    key (gold spans, tags, value and tolerance, the right choice, the rubric).
    """

    id: str
    notebook: str
    exercise: str
    type: str
    points: float
    label: str
    widget: str | None = None
    article: str | None = None
    spec: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    field: str | None = None


@dataclass(frozen=True)
class KeyArticle:
    id: str
    sha1: str
    title: str | None
    text: str
    sentences: tuple[tuple[int, int], ...]

    def identities(self) -> set[str]:
        return {self.id, "sha1:" + self.sha1}


@dataclass(frozen=True)
class ExerciseKey:
    """The compiled key of one exercise notebook (``path``: the solution notebook it comes from)."""

    notebook: str
    title: str
    items: tuple[Item, ...]
    articles: Mapping[str, KeyArticle] = field(compare=False, hash=False)
    path: Path | None = None
    #: Exercise ids saved by the notebook's widgets that nothing grades (ex03's comparer notes).
    not_graded: tuple[str, ...] = ()

    @property
    def maximum(self) -> float:
        return sum(item.points for item in self.items)


def iter_items(keys: Mapping[str, ExerciseKey]) -> Iterable[Item]:
    """Every item of every key, in order."""
    for key in keys.values():
        yield from key.items


# --- the results ---------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    item: str
    status: str  # graded | ungraded | awaiting rubric | missing
    points: float | None
    maximum: float
    summary: str = ""
    details: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def cell(self) -> str:
        """The value shown in ``grades.csv``."""
        return format_points(self.points) if self.status == GRADED else self.status


@dataclass(frozen=True)
class StudentResult:
    """One student's row. The maximum is the same for every student (the points of every item); an
    item not graded (missing, damaged, awaiting rubric) scores nothing until it is graded."""

    student: str
    slug: str
    status: str  # graded | partly graded | ungraded
    items: Mapping[str, ItemResult]
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    named: Mapping[str, str] = field(default_factory=dict)  # notebook -> "student" field of the file
    flags: tuple[str, ...] = ()  # for the teacher only (report.txt, grades.json): identical answers files

    @property
    def total(self) -> float | None:
        """The points scored so far (None for a student not graded at all)."""
        if self.status == UNGRADED:
            return None
        return round_points(sum(r.points or 0.0 for r in self.items.values() if r.status == GRADED))

    @property
    def maximum(self) -> float:
        """The points of every item: the same for every student."""
        return round_points(sum(r.maximum for r in self.items.values()))

    @property
    def awaiting(self) -> float:
        """The points of written answers still awaiting the rubric (the total may still grow by them)."""
        return round_points(sum(r.maximum for r in self.items.values() if r.status == AWAITING))

    @property
    def percent(self) -> float | None:
        """The total as a percentage of the maximum, to one decimal."""
        total = self.total
        return None if total is None or not self.maximum else round_points(100 * total / self.maximum)


@dataclass(frozen=True)
class GradeReport:
    students: tuple[StudentResult, ...]
    items: tuple[Item, ...]
    lines: tuple[str, ...]
    out: Path
    written: tuple[Path, ...] = ()

    def row(self, student: str) -> StudentResult:
        for result in self.students:
            if result.student == student:
                return result
        raise KeyError(student)


# --- names and points, as shown ------------------------------------------------------------


def round_points(value: float) -> float:
    """Points rounded to one decimal, halves up, as every report shows them: 4.25 -> 4.3, 0.25 -> 0.3.

    >>> round_points(4.2426), round_points(0.25), round_points(2.675), round_points(-0.04)
    (4.2, 0.3, 2.7, 0.0)
    """
    if not math.isfinite(value):
        return value
    rounded = float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return rounded + 0.0 if rounded else 0.0


def format_points(value: float | None) -> str:
    """Points as every report shows them, to one decimal: ``8``, ``7.5``, ``4.2`` ("" for None).

    >>> format_points(0.25), format_points(11.96), format_points(4.2426), format_points(None)
    ('0.3', '12', '4.2', '')
    """
    if value is None or not math.isfinite(value):
        return ""
    return f"{round_points(value):.1f}".removesuffix(".0")


def visible(name: str) -> str:
    """A folder name as a report line can show it (control characters made visible)."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)


def student_key(name: str) -> str:
    """How two names of a student are compared (folders, rubric rows): case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def safe_file_name(name: str, *, taken: set[str] | None = None) -> str:
    """A file name for ``name``: letters of any script kept; separators, dots-only and controls removed.

    Names already in ``taken`` (compared case-insensitively) get ``-2``, ``-3``…;
    the result is added to ``taken``.

    >>> taken = set()
    >>> safe_file_name("Zoë Ågren", taken=taken), safe_file_name("../../etc/passwd", taken=taken)
    ('Zoë Ågren', 'etc_passwd')
    >>> safe_file_name("zoë ågren", taken=taken), safe_file_name("..", taken=taken)
    ('zoë ågren-2', 'student')
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join(c if c.isprintable() else "_" for c in text)
    text = re.sub(r"[/\\:*?\"<>|\x00]+", "_", text)
    text = re.sub(r"_+", "_", text).strip(" ._")
    text = text[:80].strip(" ._") or "student"
    if text.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                                       *(f"LPT{i}" for i in range(10))}:  # fmt: skip
        text = f"_{text}"
    if taken is None:
        return text
    candidate, n = text, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{text}-{n}"
    taken.add(candidate.casefold())
    return candidate
