"""The grader's records: a compiled key (items, articles), the results of a run, and how they are shown.

Every other module of :mod:`kit.grading` reads or makes these records; none of
them touches a file here. The formats of the files the grader reads
(:data:`KEY_FORMAT`, :data:`ANSWERS_FORMAT`) and the statuses of an item or a
student live here too, as do the few rules for showing a student's name or a
number of points (in ``grades.csv``, ``report.txt`` and the feedback pages alike).

>>> format_points(7.5), format_points(8.0), visible("Zoë\\x07")
('7.5', '8', 'Zoë\\\\x07')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
    "StudentResult",
    "SubmissionError",
    "format_points",
    "iter_items",
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


class SubmissionError(Exception):
    """Something wrong with one submission: it becomes a line of the report, never leaves :func:`grade`.

    (The self-check, :func:`kit.exercises.self_check`, catches it too when a number cannot be read.)
    """


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
    student: str
    slug: str
    status: str  # graded | partly graded | ungraded
    items: Mapping[str, ItemResult]
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    named: Mapping[str, str] = field(default_factory=dict)  # notebook -> "student" field of the file

    @property
    def total(self) -> float | None:
        if self.status == UNGRADED:
            return None
        return sum(r.points or 0.0 for r in self.items.values() if r.status == GRADED)

    @property
    def maximum(self) -> float:
        return sum(r.maximum for r in self.items.values() if r.status != AWAITING)


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


def format_points(value: float | None) -> str:
    """Points as ``grades.csv`` and the feedback pages show them: ``8``, ``7.5``, ``0.33`` ("" for None)."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


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
