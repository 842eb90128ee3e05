"""Grading: students' answers files read as data, scored against the exercise keys, reported.

``python -m kit grade SUBMISSIONS --key solutions/ --out grades/ [--rubric rubric.csv]``

* **Submissions** are a folder per student, ``SUBMISSIONS/<student>/``, holding the
  ``<notebook>.answers.json`` files the exercise notebooks write (the ``.ipynb``
  files may come along: they are read as JSON to check which exercise they are,
  never executed, and their code is never looked at).
* **Keys** are compiled in memory at the start of the run
  (:func:`kit.exercises.compile_keys`) from the solution notebooks in ``--key``
  and the hand-made keys in ``seeds/keys/`` beside it; no key file is read or
  written. Compiling needs the language model, once per run.
* **Scores** give partial credit per item: hedges by span overlap (precision,
  recall, F1; a wrong category counts half), source tags sentence by sentence
  (speaker and kind half each; Cohen's kappa reported), numbers within a
  tolerance, choices right or wrong, written answers by the instructor's rubric
  (a CSV ``student,item,points,comment``).
* **Reports** go to ``--out`` and nowhere else: ``grades.csv``, ``report.txt``,
  ``grades.json``, ``feedback/<student>.html``, ``summary.html`` and
  ``rubric_template.csv``.

A bad submission never stops the run: it gets one line in the report saying what
is wrong and what to do, and its row is marked ungraded.

>>> score_number(7.5, expected=8, tolerance=1).points_fraction
1.0
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GradingError, KitError
from .files import atomic_write_text
from .records import HEDGE_CATEGORIES

__all__ = [
    "KEY_FORMAT",
    "ExerciseKey",
    "GradeReport",
    "HedgeScore",
    "Item",
    "ItemResult",
    "NumberScore",
    "StudentResult",
    "TagScore",
    "cohen_kappa",
    "grade",
    "load_keys",
    "read_rubric",
    "safe_file_name",
    "same_speaker",
    "score_hedges",
    "score_number",
    "score_tags",
]

KEY_FORMAT = "kit-exercise-key"
ANSWERS_FORMAT = "kit-answers"
ANSWERS_SUFFIX = ".answers.json"
MAX_ANSWERS_BYTES = 2 * 1024 * 1024
MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 4
OUTLET = "outlet"
"""The label of a sentence in the outlet's own voice (no source)."""

GRADED, UNGRADED, AWAITING, MISSING = "graded", "ungraded", "awaiting rubric", "missing"

_IGNORED_NAMES = {".ipynb_checkpoints", "__MACOSX", "__pycache__", ".DS_Store", "Thumbs.db", "desktop.ini"}
_OUTLET_WORDS = {
    "",
    "outlet",
    "the outlet",
    "the outlet itself",
    "outlet voice",
    "outlet's voice",
    "outlet’s voice",
    "the outlet's voice",
    "the outlet’s voice",
    "outlet_voice",
    "writer",
    "the writer",
    "journalist",
    "the journalist",
    "narrator",
    "none",
    "no source",
    "unattributed",
}
_SPEAKER_STOP = {"the", "a", "an", "of", "his", "her", "its", "their", "mr", "mrs", "ms", "dr"}
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


# --- keys ------------------------------------------------------------------------


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


_ITEM_TYPES = {"source_tags", "hedge_spans", "number", "choice", "rubric"}


def load_keys(folder: str | Path) -> dict[str, ExerciseKey]:
    """The exercise keys of the solution notebooks in ``folder`` (the ``--key`` folder), by notebook id.

    The keys are compiled in memory (:func:`kit.exercises.compile_keys`) from the
    notebooks' key cells and the hand-made keys in ``seeds/keys/``, with paths
    relative to the folder's parent (where ``seeds/`` lives); nothing is written.
    Raises :class:`~kit.errors.GradingError` when there is no notebook, no
    ``seeds/keys/`` or a key cannot be compiled: the keys are the instructor's
    files, so the run stops with a message.

    >>> keys = load_keys(Path(__file__).resolve().parent.parent / "solutions")
    >>> keys["ex02_hedge_hunt"].items[0].type
    'hedge_spans'
    """
    from .exercises import compile_keys

    folder = Path(folder)
    if not folder.is_dir():
        raise GradingError(f"There is no key folder at '{folder}': give the solutions/ folder with --key.")
    if not any(folder.glob("*.ipynb")):
        raise GradingError(
            f"There are no solution notebooks (*.ipynb) in '{folder}': give the solutions/ folder with --key."
        )
    root = folder.resolve().parent
    if not (root / "seeds" / "keys").is_dir():
        raise GradingError(
            f"There is no seeds/keys/ folder beside '{folder}' (looked for '{root / 'seeds' / 'keys'}'): "
            "the keys are compiled from the solution notebooks and the hand-made keys, so keep solutions/ "
            "and seeds/ side by side."
        )
    try:
        compiled = compile_keys(root, solutions=folder)
    except GradingError:
        raise
    except KitError as error:
        raise GradingError(f"The keys cannot be compiled from '{folder}': {error}") from None
    keys: dict[str, ExerciseKey] = {}
    for stem, data in compiled.items():
        key = _key_from_data(data, folder.resolve() / f"{stem}.ipynb")
        keys[key.notebook] = key
    return keys


def _key_from_data(data: Mapping[str, Any], path: Path) -> ExerciseKey:
    """An :class:`ExerciseKey` from a compiled key (:func:`kit.exercises.build_key`)."""
    try:
        if data.get("format") != KEY_FORMAT:
            raise ValueError(f"format {data.get('format')!r}, not {KEY_FORMAT!r}")
        articles = {
            name: KeyArticle(
                id=a["id"],
                sha1=a["sha1"],
                title=a.get("title"),
                text=a["text"],
                sentences=tuple((int(s), int(e)) for s, e in a.get("sentences", [])),
            )
            for name, a in data.get("articles", {}).items()
        }
        items = []
        for raw in data["items"]:
            if raw["type"] not in _ITEM_TYPES:
                raise ValueError(f"unknown item type {raw['type']!r}")
            if raw.get("article") is not None and raw["article"] not in articles:
                raise ValueError(f"item {raw['id']} names an article that is not in the key")
            items.append(
                Item(
                    id=raw["id"],
                    notebook=data["notebook"],
                    exercise=raw["exercise"],
                    type=raw["type"],
                    points=float(raw["points"]),
                    label=raw.get("label", raw["id"]),
                    widget=raw.get("widget"),
                    article=raw.get("article"),
                    field=raw.get("field"),
                    spec=raw,
                )
            )
        return ExerciseKey(
            notebook=data["notebook"], title=data.get("title", data["notebook"]), items=tuple(items),
            articles=articles, path=path,
        )  # fmt: skip
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GradingError(
            f"The key cell of {path.name} cannot be used ({error}): fix it (see `python -m kit release`)."
        ) from None


# --- scoring: source tags --------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("’", "'").split())


def is_outlet(speaker: object, kind: object = None) -> bool:
    """Whether a tag means "the outlet's own voice, no source".

    >>> is_outlet("The outlet"), is_outlet("", "outlet"), is_outlet("Putin", "direct")
    (True, True, False)
    """
    if isinstance(kind, str) and _norm(kind) in {
        OUTLET,
        "outlet_voice",
        "own_voice",
        "none",
        "unattributed",
        "own voice",
    }:
        return True
    if isinstance(speaker, str):
        return _norm(speaker) in _OUTLET_WORDS
    return speaker is None and kind is None


def _speaker_tokens(name: str) -> set[str]:
    return {t for t in _TOKEN.findall(_norm(name)) if t not in _SPEAKER_STOP}


def same_speaker(a: str, b: str) -> bool:
    """Whether two names are the same source: equal, or one's words all in the other's.

    >>> same_speaker("Putin", "Vladimir Putin"), same_speaker("official translation",
    ...     "the official translation into Russian"), same_speaker("Moscow", "Russia")
    (True, True, False)
    """
    x, y = _speaker_tokens(a), _speaker_tokens(b)
    if not x or not y:
        return _norm(a) == _norm(b)
    return x <= y or y <= x


@dataclass(frozen=True)
class SentenceVerdict:
    sentence: int
    credit: float  # 0, 0.5 or 1
    student: tuple[str, str] | None  # (speaker, kind); ("", "outlet") for the outlet; None untagged
    key: tuple[str, str]  # the accepted tag closest to the student's, or the main one
    accepted: tuple[tuple[str, str], ...]
    note: str


@dataclass(frozen=True)
class TagScore:
    """Sentence-by-sentence agreement with the key, and Cohen's kappa."""

    sentences: int
    credit: float  # sum of per-sentence credits
    agreed: int  # sentences tagged exactly as the key
    tagged: int
    kappa: float | None
    verdicts: tuple[SentenceVerdict, ...] = ()

    @property
    def points_fraction(self) -> float:
        return self.credit / self.sentences if self.sentences else 0.0

    @property
    def agreement(self) -> float:
        return self.agreed / self.sentences if self.sentences else 0.0


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's kappa between two raters' labels of the same items (None for no items).

    When both raters give every item one and the same label, expected agreement
    is 1 and kappa is undefined; it is reported as 1.0 (they agree perfectly).

    >>> cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    0.5
    >>> cohen_kappa(["x", "x"], ["x", "x"])
    1.0
    """
    if len(first) != len(second):
        raise ValueError("Both raters must label the same items.")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True))
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a)  # over n * n
    if expected == n * n:
        return 1.0 if observed == n else 0.0
    return (observed * n - expected) / (n * n - expected)


def _tag_of(value: Any, where: str) -> tuple[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise SubmissionError(f"{where} is not a tag (it should be {{'speaker': ..., 'kind': ...}})")
    speaker, kind = value.get("speaker"), value.get("kind")
    if any(v is not None and not isinstance(v, str) for v in (speaker, kind)):
        raise SubmissionError(f"{where} has a speaker or kind that is not text")
    if not (speaker or "").strip() and not (kind or "").strip():
        return None
    if is_outlet(speaker, kind):
        return ("", OUTLET)
    return ((speaker or "").strip(), (kind or "").strip())


def score_tags(answer: Any, gold: Sequence[Sequence[tuple[str, str]]]) -> TagScore:
    """Score source tags ``{"<sentence>": {"speaker", "kind"}}`` against the key.

    ``gold[i]`` lists the tags accepted for sentence ``i`` (the first is the main
    one); an empty list means the outlet's own voice. Each sentence is worth 1:
    half for the speaker, half for the kind; the outlet's voice is all or nothing.

    >>> gold = [[], [("Vladimir Putin", "direct")], [("Dmitry Peskov", "indirect")]]
    >>> s = score_tags({"0": {"speaker": "the outlet", "kind": "outlet"},
    ...                 "1": {"speaker": "Putin", "kind": "direct"},
    ...                 "2": {"speaker": "Dmitry Peskov", "kind": "direct"}}, gold)
    >>> s.credit, s.agreed, round(s.kappa, 3)
    (2.5, 2, 0.571)
    """
    if answer is None:
        answer = {}
    if not isinstance(answer, dict):
        raise SubmissionError("the source tags are not a table of sentences (edited by hand?)")
    tags: dict[int, tuple[str, str] | None] = {}
    for raw_index, value in answer.items():
        try:
            index = int(raw_index)
        except (TypeError, ValueError):
            raise SubmissionError(f"sentence number {str(raw_index)[:20]!r} is not a number") from None
        if not 0 <= index < len(gold):
            raise SubmissionError(
                f"sentence {index} does not exist (the article has {len(gold)} sentences): edited by hand, "
                "or tagged on another version of the article"
            )
        tags[index] = _tag_of(value, f"the tag of sentence {index}")
    verdicts, student_labels, key_labels = [], [], []
    credit_total = 0.0
    for index, accepted_raw in enumerate(gold):
        accepted = tuple((str(s), str(k)) for s, k in accepted_raw) or (("", OUTLET),)
        mine = tags.get(index)
        best, best_credit, note = accepted[0], 0.0, ""
        if mine is None:
            note = "not tagged"
        else:
            for candidate in accepted:
                credit = _tag_credit(mine, candidate)
                if credit > best_credit:
                    best, best_credit = candidate, credit
            note = _tag_note(mine, best, best_credit)
        credit_total += best_credit
        verdicts.append(SentenceVerdict(index, best_credit, mine, best, accepted, note))
        key_labels.append(_label(best))
        if mine is None:
            student_labels.append("(untagged)")
        elif mine[1] == OUTLET:
            student_labels.append(OUTLET)
        else:
            same = best[1] != OUTLET and same_speaker(mine[0], best[0])
            student_labels.append(f"{_norm(best[0] if same else mine[0])}|{_norm(mine[1])}")
    agreed = sum(v.credit == 1.0 for v in verdicts)
    return TagScore(
        sentences=len(gold),
        credit=credit_total,
        agreed=agreed,
        tagged=sum(t is not None for t in tags.values()),
        kappa=cohen_kappa(student_labels, key_labels),
        verdicts=tuple(verdicts),
    )


def _label(tag: tuple[str, str]) -> str:
    return OUTLET if tag[1] == OUTLET else f"{_norm(tag[0])}|{_norm(tag[1])}"


def _tag_credit(mine: tuple[str, str], key: tuple[str, str]) -> float:
    if key[1] == OUTLET or mine[1] == OUTLET:
        return 1.0 if key[1] == mine[1] else 0.0
    return 0.5 * same_speaker(mine[0], key[0]) + 0.5 * (_norm(mine[1]) == _norm(key[1]))


def _tag_note(mine: tuple[str, str], key: tuple[str, str], credit: float) -> str:
    if credit == 1.0:
        return "right"
    if key[1] == OUTLET:
        return "no one is reported speaking here: this is the outlet's own voice"
    if mine[1] == OUTLET:
        return "someone is reported speaking here: who, and how is it reported?"
    if credit == 0.5 and same_speaker(mine[0], key[0]):
        return "right source, wrong kind of attribution"
    if credit == 0.5:
        return "right kind of attribution, another source"
    return "another source and another kind of attribution"


# --- scoring: hedges ---------------------------------------------------------------


@dataclass(frozen=True)
class HedgeScore:
    """Span overlap scores of marked hedges against the key.

    ``precision``/``recall``/``f1`` ignore categories; ``weighted_f1`` counts a
    match with the wrong category as ``1 - category_weight`` of a hit.
    """

    found: int
    gold: int
    matches: tuple[tuple[int, int], ...]  # (mark index, key index), one to one
    category_right: int
    category_weight: float = 0.5

    @property
    def hits(self) -> int:
        return len(self.matches)

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def weighted_hits(self) -> float:
        return self.category_right + (self.hits - self.category_right) * (1 - self.category_weight)

    @property
    def weighted_f1(self) -> float:
        if not self.found and not self.gold:
            return 1.0
        p = self.weighted_hits / self.found if self.found else 0.0
        r = self.weighted_hits / self.gold if self.gold else 1.0
        return _f1(p, r)

    @property
    def points_fraction(self) -> float:
        return self.weighted_f1


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _marks(answer: Any, text: str) -> list[dict[str, Any]]:
    if answer is None:
        return []
    if not isinstance(answer, list):
        raise SubmissionError("the hedge marks are not a list (edited by hand?)")
    marks = []
    for n, mark in enumerate(answer, start=1):
        if not isinstance(mark, dict):
            raise SubmissionError(f"hedge mark {n} is not a mark")
        start, end = mark.get("start"), mark.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
            raise SubmissionError(f"hedge mark {n} has no start/end position")
        if not 0 <= start < end <= len(text):
            raise SubmissionError(f"hedge mark {n} ({start}–{end}) is outside the article")
        words = mark.get("text")
        if isinstance(words, str) and " ".join(words.split()) != " ".join(text[start:end].split()):
            raise SubmissionError(
                f"hedge mark {n} says {words[:40]!r} but the article has {text[start:end][:40]!r} there "
                "(edited by hand, or marked on another version of the article)"
            )
        category = mark.get("category")
        if category is not None and not isinstance(category, str):
            raise SubmissionError(f"hedge mark {n} has a category that is not text")
        marks.append({"start": start, "end": end, "text": text[start:end], "category": category or ""})
    return sorted(marks, key=lambda m: (m["start"], m["end"]))


def score_hedges(
    marks: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], *, category_weight: float = 0.5
) -> HedgeScore:
    """Match marked spans to key spans one to one by overlap (in text order).

    >>> gold = [{"start": 0, "end": 5, "category": "possibility"},
    ...         {"start": 10, "end": 16, "category": "limitation"}]
    >>> s = score_hedges([{"start": 0, "end": 5, "category": "possibility"},
    ...                   {"start": 12, "end": 14, "category": "appearance"},
    ...                   {"start": 20, "end": 24, "category": "possibility"}], gold)
    >>> s.hits, round(s.precision, 2), s.recall, round(s.f1, 2), round(s.weighted_f1, 2)
    (2, 0.67, 1.0, 0.8, 0.6)
    """
    from .keys import match_spans

    score = match_spans(
        list(marks), list(gold),
        span_of_found=lambda m: (m["start"], m["end"]), span_of_gold=lambda g: (g["start"], g["end"]),
    )  # fmt: skip
    right = sum(_norm(marks[i].get("category") or "") == _norm(gold[j]["category"]) for i, j in score.matches)
    return HedgeScore(len(marks), len(gold), score.matches, right, category_weight)


# --- scoring: numbers and choices ------------------------------------------------


@dataclass(frozen=True)
class NumberScore:
    given: float | None
    expected: float
    tolerance: float

    @property
    def points_fraction(self) -> float:
        if self.given is None:
            return 0.0
        return 1.0 if abs(self.given - self.expected) <= self.tolerance + 1e-9 else 0.0


def parse_number(value: Any) -> float | None:
    """A number from an answer: ``8``, ``"8"``, ``"7.5 minutes"``, ``"25%"``, ``"1,200"`` (None if blank).

    >>> parse_number("about 7.5 minutes"), parse_number("1,200"), parse_number(""), parse_number(3)
    (7.5, 1200.0, None, 3.0)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str):
        raise SubmissionError("the answer is not a number")
    found = re.findall(r"-?\d+(?:,\d{3})*(?:\.\d+)?|-?\.\d+", value)
    if not found:
        if value.strip():
            raise SubmissionError(f"{value[:30]!r} is not a number")
        return None
    return float(found[0].replace(",", ""))


def score_number(
    value: Any, *, expected: float, tolerance: float = 0.0, relative: bool = False
) -> NumberScore:
    """Full points within ``tolerance`` of ``expected`` (a fraction of it when ``relative``).

    >>> score_number("70", expected=69, tolerance=0.1, relative=True).points_fraction
    1.0
    >>> score_number(5, expected=3, tolerance=1).points_fraction
    0.0
    """
    allowed = abs(expected) * tolerance if relative else tolerance
    return NumberScore(parse_number(value), float(expected), float(allowed))


def _choice_right(value: Any, right: Any, choices: Sequence[Any]) -> bool:
    if value is None:
        return False
    if isinstance(right, list):
        if not isinstance(value, list):
            return False
        return sorted(_norm(str(v)) for v in value) == sorted(_norm(str(v)) for v in right)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(choices):
        value = choices[value]
    return isinstance(value, (str, int, float)) and _norm(str(value)) == _norm(str(right))


# --- submissions ---------------------------------------------------------------------


class SubmissionError(Exception):
    """Something wrong with one submission (never raised out of :func:`grade`)."""


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
        return _fmt(self.points) if self.status == GRADED else self.status


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


@dataclass
class _Folder:
    name: str
    path: Path | None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _visible(name: str) -> str:
    """A folder name as a report line can show it (control characters made visible)."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)


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


def _student_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _list_folders(root: Path, *, skip: set[Path], lines: list[str]) -> list[_Folder]:
    folders: list[_Folder] = []
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as error:
        raise GradingError(f"The submissions folder '{root}' cannot be read ({error.strerror}).") from None
    for entry in entries:
        name = entry.name
        if name in _IGNORED_NAMES or name in {".git", ".github"}:
            continue
        if name.startswith(".") and name.strip("."):
            lines.append(
                f"{_visible(name)}: a hidden file or folder, ignored (rename it if it is a student's)."
            )
            continue
        try:
            if entry.resolve() in skip:
                continue
        except OSError:
            pass
        shown = _visible(name)
        if entry.is_symlink():
            folder = _Folder(name, None)
            folder.problems.append(
                f"'{shown}' is a link, not a folder: links are not followed. Copy the student's files in."
            )
            folders.append(folder)
            continue
        if entry.is_file():
            lines.append(
                f"{shown}: a loose file in the submissions folder, ignored. Put each student's files in a "
                "folder named after the student (SUBMISSIONS/<student>/)."
            )
            continue
        if not entry.is_dir():
            continue
        folder = _Folder(name, entry)
        if "\\" in name or "/" in name:
            folder.problems.append(
                f"'{shown}': the folder name contains a path separator. Rename the folder to the student's "
                "name alone (no / or \\)."
            )
        elif not name.strip(". "):
            folder.problems.append(f"'{shown}': the folder name is only dots or spaces. Rename it.")
        elif any(0xD800 <= ord(c) <= 0xDFFF for c in name):
            folder.problems.append(
                f"'{shown}': the folder name is not valid UTF-8 (unpacked from an archive made on another "
                "system?). Rename the folder to the student's name."
            )
        elif any(not c.isprintable() for c in name):
            folder.problems.append(f"'{shown}': the folder name contains control characters. Rename it.")
        folders.append(folder)
    groups: dict[str, list[_Folder]] = defaultdict(list)
    for folder in folders:
        groups[_student_key(folder.name)].append(folder)
    for group in groups.values():
        if len(group) > 1:
            names = ", ".join(f"'{_visible(f.name)}'" for f in group)
            for folder in group:
                folder.problems.append(
                    f"duplicate student: the folders {names} are the same name. Merge them into one folder "
                    "(or rename one if they are different students) and grade again."
                )
    return folders


@dataclass
class _Found:
    answers: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    notebooks: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    set_aside: list[Path] = field(default_factory=list)
    unknown: list[Path] = field(default_factory=list)
    links: list[Path] = field(default_factory=list)


def _walk(folder: Path) -> _Found:
    found = _Found()
    base_depth = len(folder.parts)
    for current, dirs, files in os.walk(folder, followlinks=False):
        here = Path(current)
        depth = len(here.parts) - base_depth
        dirs[:] = sorted(
            d for d in dirs if d not in _IGNORED_NAMES and not d.startswith(".") and depth < MAX_DEPTH
        )
        for name in sorted(files):
            path = here / name
            if path.is_symlink():
                found.links.append(path)
                continue
            if re.search(r"\.answers\.corrupt-[^/]*\.json$", name):
                found.set_aside.append(path)
            elif name.endswith(ANSWERS_SUFFIX):
                found.answers[name[: -len(ANSWERS_SUFFIX)]].append(path)
            elif name.endswith(".ipynb"):
                found.notebooks[name[: -len(".ipynb")]].append(path)
            elif name not in _IGNORED_NAMES and not name.startswith("."):
                found.unknown.append(path)
    return found


def _read_json(path: Path, limit: int, what: str) -> Any:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SubmissionError(f"{what} cannot be read ({error.strerror})") from None
    if size > limit:
        raise SubmissionError(f"{what} is too large ({size // 1024} KB) to be an answers file")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SubmissionError(f"{what} cannot be read ({error.strerror})") from None
    if not raw.strip():
        raise SubmissionError(f"{what} is empty: ask the student to hand in the file again")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SubmissionError(f"{what} is not UTF-8 text (corrupt?): ask for the file again") from None
    except RecursionError:
        raise SubmissionError(f"{what} is nested too deeply to be an answers file (corrupt?)") from None
    except ValueError as error:
        raise SubmissionError(
            f"{what} is not valid JSON ({getattr(error, 'msg', error)}, "
            f"line {getattr(error, 'lineno', '?')}): "
            "the file is damaged. Ask the student to hand it in again"
        ) from None


def _read_answers(path: Path, notebook: str) -> dict[str, Any]:
    what = f"{path.name}"
    data = _read_json(path, MAX_ANSWERS_BYTES, what)
    if not isinstance(data, dict) or data.get("format") != ANSWERS_FORMAT:
        raise SubmissionError(f"{what} is not a kit answers file (edited by hand, or another file renamed)")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SubmissionError(f"{what} has no format version (edited by hand?)")
    if version > 1:
        raise SubmissionError(f"{what} was written by a newer kit (format {version}): update the kit")
    named = data.get("notebook")
    if named != notebook:
        raise SubmissionError(
            f"{what} holds the answers of another exercise ({_visible(str(named))[:60]!r}), not {notebook}: "
            "ask the student for the right file"
        )
    exercises = data.get("exercises")
    if not isinstance(exercises, dict) or not all(isinstance(e, dict) for e in exercises.values()):
        raise SubmissionError(f"{what} has a damaged list of exercises (edited by hand?)")
    return data


def _check_notebook(path: Path, notebook: str) -> str | None:
    """A problem with a handed-in ``.ipynb`` (read as JSON, never run), or None."""
    try:
        data = _read_json(path, MAX_NOTEBOOK_BYTES, path.name)
    except SubmissionError as problem:
        return f"the notebook {problem}"
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return f"{path.name} is not a Jupyter notebook"
    meta = data.get("metadata", {})
    kit_meta = meta.get("kit", {}) if isinstance(meta, dict) else {}
    own = kit_meta.get("notebook") if isinstance(kit_meta, dict) else None
    if own is None:
        return f"{path.name} is not one of the kit's exercise notebooks (a lesson or another file renamed?)"
    if own != notebook:
        return (
            f"{path.name} is the notebook of another exercise ({_visible(str(own))[:60]}), saved under the "
            f"name {notebook}"
        )
    return None


# --- grading one student -----------------------------------------------------------


def _grade_folder(
    folder: _Folder,
    keys: Mapping[str, ExerciseKey],
    rubric: Mapping[tuple[str, str], tuple[float, str]],
    have_rubric: bool,
) -> tuple[dict[str, ItemResult], list[str], list[str], dict[str, str]]:
    items: dict[str, ItemResult] = {}
    problems = list(folder.problems)
    notes = list(folder.notes)
    named: dict[str, str] = {}
    all_items = [item for key in keys.values() for item in key.items]
    if problems or folder.path is None:
        for item in all_items:
            items[item.id] = ItemResult(item.id, UNGRADED, None, item.points, "see the report")
        return items, problems, notes, named
    found = _walk(folder.path)
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
            trouble = _check_notebook(path, notebook)
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
            if notebook_paths and not any(_check_notebook(p, notebook) for p in notebook_paths):
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
            data = _read_answers(answer_paths[0], notebook)
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
                f"{notebook}: answers to unknown questions ignored: {', '.join(map(_visible, extra))[:200]}"
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
    rubric: Mapping[tuple[str, str], tuple[float, str]], have_rubric: bool, student: str, problems: list[str],
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
            f"the answer was saved by {_visible(str(widget))[:40]}, not {item.widget} (edited by hand?)"
        )
    if item.article is not None:
        article = key.articles[item.article]
        saved_for = entry.get("article")
        if saved_for is not None and saved_for not in article.identities():
            raise SubmissionError(
                f"answered on another article ({_visible(str(saved_for))[:60]}), not {article.id}"
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
    item: Item, key: ExerciseKey, entry: Any, rubric: Mapping[tuple[str, str], tuple[float, str]],
    have_rubric: bool, student: str,
) -> ItemResult:  # fmt: skip
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
        marks = _marks(answer, article.text)
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
        given = "no answer" if result.given is None else _fmt(result.given)
        return ItemResult(
            item.id, GRADED, round(item.points * result.points_fraction, 2), item.points,
            f"{given} (key {_fmt(result.expected)} ± {_fmt(result.tolerance)})", {"score": result},
        )  # fmt: skip
    if item.type == "choice":
        right = _choice_right(answer, spec["answer"], spec.get("choices", []))
        shown = "no answer" if answer in (None, []) else _visible(str(answer))[:60]
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
    scored = rubric.get((_student_key(student), item.id))
    if scored is None:
        return ItemResult(
            item.id, AWAITING, None, item.points,
            "awaiting rubric" if have_rubric else "awaiting rubric (no --rubric file given)", {"text": text},
        )  # fmt: skip
    points, comment = scored
    return ItemResult(
        item.id, GRADED, min(max(points, 0.0), item.points), item.points,
        f"rubric {_fmt(points)}/{_fmt(item.points)}", {"text": text, "comment": comment},
    )  # fmt: skip


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
                f"{where}: {raw} points for {item} is outside 0–{_fmt(items[item].points)}; "
                "counted as the nearest limit"
            )
        if (_student_key(student), item) in table:
            lines.append(f"{where}: a second row for {student} / {item}; the later one counts")
        table[(_student_key(student), item)] = (points, row.get("comment", "").strip())
    return table


def _unformula(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:2] in {"=", "+", "-", "@"} else value


def _csv_safe(value: str) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


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
    >>> work = Path(tempfile.mkdtemp())
    >>> (work / "submissions" / "Ann").mkdir(parents=True)
    >>> solutions = Path(__file__).resolve().parent.parent / "solutions"
    >>> report = grade(work / "submissions", key=solutions, out=work / "grades", chart=False)
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
    folders = _list_folders(root, skip={out_dir}, lines=lines)
    students: list[StudentResult] = []
    taken: set[str] = {"summary", "index"}
    for folder in folders:
        results, problems, notes, named = _grade_folder(folder, keys, table, rubric is not None)
        statuses = {r.status for r in results.values()}
        if folder.problems or folder.path is None or statuses <= {UNGRADED, MISSING}:
            status = UNGRADED
        elif statuses & {UNGRADED, MISSING}:
            status = "partly graded"
        else:
            status = GRADED
        shown = _visible(folder.name)
        problems = [_visible(p) for p in problems]
        notes = [_visible(n) for n in notes]
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
        known = {_student_key(s.student) for s in students}
        for who, item in sorted({k for k in table if k[0] not in known}):
            lines.append(f"rubric: no student folder called {who!r} (row for {item} not used)")
    report = GradeReport(tuple(students), items, tuple(lines), out_dir)
    written = _write_reports(report, keys, chart=chart)
    return GradeReport(report.students, report.items, report.lines, out_dir, tuple(written))


# --- writing the reports -------------------------------------------------------------


class _Writer:
    """Writes files atomically, only inside ``out``, several at a time (each write waits on the disk)."""

    def __init__(self, out: Path) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.out = out
        self.written: list[Path] = []
        self._pool = ThreadPoolExecutor(max_workers=8)
        self._pending: list[Any] = []

    def write(self, relative: str, text: str) -> Path:
        target = (self.out / relative).resolve()
        if not target.is_relative_to(self.out) or target == self.out:
            raise GradingError(f"Refusing to write '{relative}' outside the --out folder.")
        # student text may hold lone surrogates (JSON "\\udc80" escapes): never let them break a write
        clean = text.encode("utf-8", "replace").decode("utf-8")
        self._pending.append(self._pool.submit(atomic_write_text, target, clean))
        self.written.append(target)
        return target

    def close(self) -> None:
        try:
            for future in self._pending:
                future.result()
        finally:
            self._pool.shutdown(wait=True)


def _write_reports(report: GradeReport, keys: Mapping[str, ExerciseKey], *, chart: bool) -> list[Path]:
    report.out.mkdir(parents=True, exist_ok=True)
    feedback = report.out / "feedback"
    if feedback.is_symlink() or (feedback.exists() and not feedback.resolve().is_relative_to(report.out)):
        raise GradingError(f"'{feedback}' is a link: remove it, the feedback pages go inside --out only.")
    feedback.mkdir(exist_ok=True)
    writer = _Writer(report.out)
    try:
        writer.write("grades.csv", grades_csv(report))
        writer.write("grades.json", json.dumps(_grades_json(report), ensure_ascii=False, indent=1) + "\n")
        writer.write("rubric_template.csv", _rubric_template(report))
        for student in report.students:
            writer.write(f"feedback/{student.slug}.html", feedback_html(student, report, keys))
        writer.write("summary.html", summary_html(report, keys, chart=chart))
        lines = list(report.lines) or ["every submission was read without problems"]
        header = [
            f"Graded {sum(s.status != UNGRADED for s in report.students)} of {len(report.students)} students "
            f"({sum(s.status == UNGRADED for s in report.students)} ungraded, "
            f"{sum(s.status == 'partly graded' for s in report.students)} partly graded).",
            "",
        ]
        writer.write("report.txt", "\n".join(header + lines) + "\n")
    finally:
        writer.close()
    # feedback pages of students no longer in the submissions (an earlier run) would mislead: remove them
    fresh = set(writer.written)
    for page in feedback.glob("*.html"):
        if page.resolve() not in fresh and not page.is_symlink():
            page.unlink()
    return writer.written


def grades_csv(report: GradeReport) -> str:
    """``grades.csv``: a row per student, a column per item, then total, maximum, percent and notes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["student", "status", *(i.id for i in report.items), "total", "maximum", "percent", "notes"]
    )
    for s in report.students:
        total = s.total
        percent = "" if total is None or not s.maximum else _fmt(round(100 * total / s.maximum, 1))
        awaiting = [i for i, r in s.items.items() if r.status == AWAITING]
        notes = list(s.problems[:3]) + ([f"awaiting rubric: {', '.join(awaiting)}"] if awaiting else [])
        writer.writerow([
            _csv_safe(_visible(s.student)), s.status, *(s.items[i.id].cell for i in report.items),
            _fmt(total), _fmt(s.maximum), percent, _csv_safe(" | ".join(notes)),
        ])  # fmt: skip
    return buffer.getvalue()


def _grades_json(report: GradeReport) -> dict[str, Any]:
    def item_json(r: ItemResult) -> dict[str, Any]:
        data: dict[str, Any] = {
            "status": r.status,
            "points": r.points,
            "maximum": r.maximum,
            "summary": r.summary,
        }
        score = r.details.get("score")
        if isinstance(score, TagScore):
            data.update(agreement=round(score.agreement, 4), kappa=score.kappa)
        elif isinstance(score, HedgeScore):
            data.update(
                precision=round(score.precision, 4), recall=round(score.recall, 4), f1=round(score.f1, 4)
            )
        return data

    return {
        "items": [{"id": i.id, "label": i.label, "type": i.type, "points": i.points} for i in report.items],
        "students": [
            {
                "student": s.student, "feedback": f"feedback/{s.slug}.html", "status": s.status,
                "total": s.total, "maximum": s.maximum, "problems": list(s.problems), "notes": list(s.notes),
                "items": {k: item_json(v) for k, v in s.items.items()},
            }
            for s in report.students
        ],
        "report": list(report.lines),
    }  # fmt: skip


def _rubric_template(report: GradeReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", "item", "points", "comment", "maximum", "answer"])
    for s in report.students:
        for item in report.items:
            if item.type != "rubric":
                continue
            result = s.items[item.id]
            text = result.details.get("text") or ""
            points = "" if result.status == AWAITING or not text.strip() else _fmt(result.points)
            comment = result.details.get("comment", "") if text.strip() else "no answer written"
            writer.writerow([
                _csv_safe(s.student), item.id, points, _csv_safe(comment), _fmt(item.points),
                _csv_safe(" ".join(text.split())),
            ])  # fmt: skip
    return buffer.getvalue()


# --- HTML ----------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;
line-height:1.5;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;
text-align:left}
.score{font-weight:bold}.ungraded{color:#b00}.muted{color:#666}
.article{background:#fafafa;border:1px solid #ddd;padding:.5rem 1rem}
.kit-right{text-decoration:underline solid #009E73 3px;background:#e6f4ef}
.kit-category{text-decoration:underline dashed #0072B2 3px;background:#e6eef7}
.kit-missed{text-decoration:underline dotted #E69F00 3px;background:#fdf1da}
.kit-extra{text-decoration:line-through wavy #D55E00 2px;background:#fbe6da}
.tag{font-size:.75em;font-weight:bold;vertical-align:super}
tr.credit-1 td:first-child{border-left:4px solid #009E73}
tr.credit-half td:first-child{border-left:4px dashed #0072B2}
tr.credit-0 td:first-child{border-left:4px dotted #D55E00}
.legend span{margin-right:1rem}
"""


def _e(value: object) -> str:
    return html.escape(str(value).encode("utf-8", "replace").decode("utf-8"), quote=True)


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>\n{body}\n</body></html>\n"
    )


def _category_explanations() -> dict[str, str]:
    path = Path(__file__).resolve().parent / "data" / "hedge_categories.tsv"
    explanations = {c: c.replace("_", " ") for c in HEDGE_CATEGORIES}
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] in explanations:
                explanations[parts[0]] = parts[2]
    except OSError:
        pass
    return explanations


_EXPLAIN_CACHE: dict[str, str] = {}


def _explain(category: str, words: str) -> str:
    if not _EXPLAIN_CACHE:
        _EXPLAIN_CACHE.update(_category_explanations())
    template = _EXPLAIN_CACHE.get(category, category)
    return template.replace("{text}", words)


def _hedge_html(result: ItemResult) -> str:
    score: HedgeScore = result.details["score"]
    marks: list[dict[str, Any]] = result.details["marks"]
    article: KeyArticle = result.details["article"]
    gold = _gold_for(result)
    matched_mark = dict(score.matches)
    matched_gold = {j: i for i, j in score.matches}
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, class, label, title
    rows = []
    for j, g in enumerate(gold):
        words = article.text[g["start"] : g["end"]]
        if j in matched_gold:
            mine = marks[matched_gold[j]]
            right = _norm(mine["category"]) == _norm(g["category"])
            css, label = ("kit-right", "✓") if right else ("kit-category", "✓ other kind")
            why = _explain(g["category"], words)
            verdict = "found" if right else f"found, but the category is {g['category']} (you said "
            verdict += "" if right else f"{mine['category'] or 'none'})"
            spans.append((g["start"], g["end"], css, label, f"{verdict}: {why}"))
            rows.append((g["start"], css, words, verdict, why))
        else:
            why = _explain(g["category"], words)
            spans.append((g["start"], g["end"], "kit-missed", "missed", f"missed ({g['category']}): {why}"))
            rows.append((g["start"], "kit-missed", words, f"missed ({g['category']})", why))
    for i, mark in enumerate(marks):
        if i not in matched_mark:
            why = "not a hedge in the key: does it really soften or distance the claim? (GUIDELINES §3)"
            spans.append((mark["start"], mark["end"], "kit-extra", "extra", why))
            rows.append((mark["start"], "kit-extra", mark["text"], "extra", why))
    body = [
        f"<p>You marked {score.found}, the key has {score.gold}: {score.hits} found "
        f"(precision {score.precision:.2f}, recall {score.recall:.2f}, F1 {score.f1:.2f}); "
        f"{score.category_right} with the right category.</p>",
        '<p class="legend"><span class="kit-right">found</span>'
        '<span class="kit-category">found, other category'
        '</span><span class="kit-missed">missed</span><span class="kit-extra">extra</span></p>',
        f'<div class="article">{_highlight(article.text, spans)}</div>',
        "<table><tr><th>words</th><th>verdict</th><th>why</th></tr>",
    ]
    for _start, css, words, verdict, why in sorted(rows):
        body.append(
            f'<tr><td><span class="{css}">{_e(words)}</span></td>'
            f"<td>{_e(verdict)}</td><td>{_e(why)}</td></tr>"
        )
    body.append("</table>")
    return "\n".join(body)


def _gold_for(result: ItemResult) -> list[Mapping[str, Any]]:
    return list(result.details.get("gold", []))


def _highlight(text: str, spans: Sequence[tuple[int, int, str, str, str]]) -> str:
    """The article as HTML paragraphs, spans wrapped (overlaps: the earlier span wins)."""
    chosen: list[tuple[int, int, str, str, str]] = []
    last = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] >= last:
            chosen.append(span)
            last = span[1]
    parts, cursor = [], 0
    for start, end, css, label, title in chosen:
        parts.append(_e(text[cursor:start]))
        parts.append(
            f'<span class="{css}" title="{_e(title)}">{_e(text[start:end])}</span>'
            f'<span class="tag">{_e(label)}</span>'
        )
        cursor = end
    parts.append(_e(text[cursor:]))
    return "".join(parts).replace("\n\n", "</p><p>").join(("<p>", "</p>"))


def _tags_html(result: ItemResult) -> str:
    score: TagScore = result.details["score"]
    article: KeyArticle = result.details["article"]
    kappa = "n/a" if score.kappa is None else f"{score.kappa:.2f}"
    body = [
        f"<p>{score.agreed} of {score.sentences} sentences tagged as in the key "
        f"(agreement {score.agreement:.0%}, Cohen's kappa {kappa}); you tagged {score.tagged}.</p>",
        "<table><tr><th>#</th><th>sentence</th><th>your tag</th><th>key</th><th>verdict</th></tr>",
    ]
    for v in score.verdicts:
        start, end = article.sentences[v.sentence] if v.sentence < len(article.sentences) else (0, 0)
        css = "credit-1" if v.credit == 1 else "credit-half" if v.credit else "credit-0"
        body.append(
            f'<tr class="{css}"><td>{v.sentence + 1}</td><td>{_e(article.text[start:end])}</td>'
            f"<td>{_e(_show_tag(v.student))}</td><td>{_e(' / '.join(_show_tag(t) for t in v.accepted))}</td>"
            f"<td>{_e(v.note)} ({_fmt(v.credit)})</td></tr>"
        )
    body.append("</table>")
    return "\n".join(body)


def _show_tag(tag: tuple[str, str] | None) -> str:
    if tag is None:
        return "—"
    if tag[1] == OUTLET:
        return "the outlet's own voice"
    return f"{tag[0]} ({tag[1]})"


def _item_html(item: Item, result: ItemResult) -> str:
    head = f'<h3>{_e(item.label)} <span class="muted">({_e(item.id)})</span>: '
    if result.status == GRADED:
        head += f'<span class="score">{_fmt(result.points)} / {_fmt(result.maximum)}</span></h3>'
    else:
        head += f'<span class="ungraded">{_e(result.status)}</span> (out of {_fmt(result.maximum)})</h3>'
    body = [head]
    if result.status != GRADED and result.status != AWAITING:
        body.append(f"<p>{_e(result.summary)}</p>")
        return "\n".join(body)
    if item.type == "hedge_spans":
        details = dict(result.details)
        details["gold"] = item.spec["gold"]
        body.append(_hedge_html(ItemResult(result.item, result.status, result.points, result.maximum,
                                           result.summary, details)))  # fmt: skip
    elif item.type == "source_tags":
        body.append(_tags_html(result))
    elif item.type == "number":
        score: NumberScore = result.details["score"]
        given = "no answer" if score.given is None else _fmt(score.given)
        unit = item.spec.get("unit", "")
        body.append(
            f"<p>{_e(item.spec.get('question', ''))}</p><p>Your answer: {_e(given)} {_e(unit)}. "
            f"The key: {_fmt(score.expected)} {_e(unit)} (answers within {_fmt(score.tolerance)} count).</p>"
        )
        if item.spec.get("explanation"):
            body.append(f'<p class="muted">{_e(item.spec["explanation"])}</p>')
    elif item.type == "choice":
        answer = result.details.get("answer")
        body.append(
            f"<p>{_e(item.spec.get('question', ''))}</p><p>Your answer: "
            f"{_e('no answer' if answer in (None, []) else answer)}. "
            f"{'Right.' if result.details.get('right') else 'The key: ' + _e(item.spec['answer']) + '.'}</p>"
        )
        if item.spec.get("explanation"):
            body.append(f'<p class="muted">{_e(item.spec["explanation"])}</p>')
    else:
        text = result.details.get("text", "")
        body.append(f"<p>{_e(item.spec.get('question', ''))}</p>")
        body.append(f"<blockquote>{_e(text) if text.strip() else '<i>no answer written</i>'}</blockquote>")
        if result.details.get("comment"):
            body.append(f"<p><b>Your teacher:</b> {_e(result.details['comment'])}</p>")
        if result.status == AWAITING:
            body.append('<p class="muted">Your teacher has not scored this answer yet.</p>')
    return "\n".join(body)


def feedback_html(student: StudentResult, report: GradeReport, keys: Mapping[str, ExerciseKey]) -> str:
    """One student's feedback page: every item, right/missed/extra spans explained; all text escaped."""
    total = student.total
    body = [f"<h1>Feedback for {_e(student.student)}</h1>"]
    if total is None:
        body.append('<p class="ungraded">Not graded: see below.</p>')
    else:
        body.append(f'<p class="score">Total: {_fmt(total)} / {_fmt(student.maximum)}</p>')
    if student.problems:
        body.append("<h2>Problems with the files handed in</h2><ul>")
        body += [f"<li>{_e(p)}</li>" for p in student.problems]
        body.append("</ul>")
    if student.notes:
        body.append("<h2>Notes</h2><ul>" + "".join(f"<li>{_e(n)}</li>" for n in student.notes) + "</ul>")
    for key in keys.values():
        body.append(f"<h2>{_e(key.title)}</h2>")
        if key.notebook in student.named and _student_key(student.named[key.notebook]) != _student_key(
            student.student
        ):
            body.append(
                f'<p class="muted">The answers file names the student {_e(student.named[key.notebook])}.</p>'
            )
        for item in key.items:
            body.append(_item_html(item, student.items[item.id]))
    return _page(f"Feedback: {student.student}", "\n".join(body))


def summary_html(report: GradeReport, keys: Mapping[str, ExerciseKey], *, chart: bool = True) -> str:
    """The class summary: items from most to least missed, the most-missed spans, the distribution."""
    graded = [s for s in report.students if s.status != UNGRADED]
    body = [
        "<h1>Class summary</h1>",
        f"<p>{len(report.students)} students: {len(graded)} graded "
        f"({sum(s.status == 'partly graded' for s in report.students)} partly), "
        f"{len(report.students) - len(graded)} ungraded (see report.txt).</p>",
    ]
    rows = []
    for item in report.items:
        results = [s.items[item.id] for s in graded if s.items[item.id].status == GRADED]
        awaiting = sum(s.items[item.id].status == AWAITING for s in graded)
        mean = sum((r.points or 0) / r.maximum for r in results) / len(results) if results else None
        rows.append((mean if mean is not None else 2.0, item, len(results), awaiting))
    body.append(
        "<h2>Most-missed items</h2><p>Average share of the points, over the students graded on the item.</p>"
        "<table><tr><th>item</th><th>average</th><th>graded</th><th>awaiting rubric</th></tr>"
    )
    for mean, item, n, awaiting in sorted(rows, key=lambda r: (r[0], r[1].id)):
        shown = "—" if mean > 1 else f"{mean:.0%}"
        body.append(
            f"<tr><td>{_e(item.label)} ({_e(item.id)})</td><td>{shown}</td><td>{n}</td>"
            f"<td>{awaiting or ''}</td></tr>"
        )
    body.append("</table>")
    body += _most_missed_spans(report, graded)
    totals = [round(100 * s.total / s.maximum, 1) for s in graded if s.total is not None and s.maximum]
    body.append("<h2>Score distribution</h2>")
    if totals:
        svg = _distribution_svg(totals) if chart else None
        body.append(svg if svg else '<p class="muted">(chart not drawn)</p>')
        mean = sum(totals) / len(totals)
        body.append(f"<p>Mean {mean:.1f} %, lowest {min(totals):.0f} %, highest {max(totals):.0f} %.</p>")
    else:
        body.append("<p>No graded students.</p>")
    return _page("Class summary", "\n".join(body))


def _most_missed_spans(report: GradeReport, graded: Sequence[StudentResult]) -> list[str]:
    out: list[str] = []
    for item in report.items:
        if item.type not in {"hedge_spans", "source_tags"}:
            continue
        missed: Counter[int] = Counter()
        n = 0
        for s in graded:
            result = s.items[item.id]
            if result.status != GRADED:
                continue
            n += 1
            score = result.details["score"]
            if isinstance(score, HedgeScore):
                hit = {j for _, j in score.matches}
                missed.update(j for j in range(score.gold) if j not in hit)
            elif isinstance(score, TagScore):
                missed.update(v.sentence for v in score.verdicts if v.credit < 1)
        if not n or not missed:
            continue
        out.append(f"<h3>{_e(item.label)}: most missed</h3>")
        scores = [s.items[item.id].details["score"] for s in graded if s.items[item.id].status == GRADED]
        if item.type == "source_tags":
            kappas = [x.kappa for x in scores if x.kappa is not None]
            mean_kappa = f"{sum(kappas) / len(kappas):.2f}" if kappas else "n/a"
            agreement = sum(x.agreement for x in scores) / len(scores)
            out.append(
                f"<p>Mean agreement with the key {agreement:.0%}, mean Cohen's kappa {mean_kappa}.</p>"
            )
        else:
            f1 = sum(x.f1 for x in scores) / len(scores)
            out.append(
                f"<p>Mean precision {sum(x.precision for x in scores) / len(scores):.2f}, "
                f"recall {sum(x.recall for x in scores) / len(scores):.2f}, F1 {f1:.2f}.</p>"
            )
        out.append("<table><tr><th>what</th><th>missed by</th></tr>")
        key_article = next(iter(s.items[item.id].details["article"] for s in graded
                                if s.items[item.id].status == GRADED))  # fmt: skip
        for index, count in missed.most_common(5):
            if item.type == "hedge_spans":
                g = item.spec["gold"][index]
                what = f"“{key_article.text[g['start'] : g['end']]}” ({g['category']})"
            else:
                start, end = key_article.sentences[index]
                sentence = key_article.text[start:end]
                what = f"sentence {index + 1}: {sentence[:120]}{'…' if len(sentence) > 120 else ''}"
            out.append(f"<tr><td>{_e(what)}</td><td>{count} of {n}</td></tr>")
        out.append("</table>")
    return out


def _distribution_svg(percentages: Sequence[float]) -> str | None:
    """An Altair histogram of the students' percentages, as inline SVG (offline, via vl-convert)."""
    try:
        import altair as alt
        import vl_convert as vlc
    except ImportError:
        return None
    data = alt.Data(values=[{"percent": p} for p in percentages])
    chart = (
        alt.Chart(data, title="Students by total score")
        .mark_bar(color="#0072B2")
        .encode(
            x=alt.X("percent:Q", bin=alt.Bin(extent=[0, 100], step=10), title="total score (%)"),
            y=alt.Y("count():Q", title="students"),
        )
        .properties(width=480, height=220)
    )
    try:
        svg = vlc.vegalite_to_svg(chart.to_dict())
    except Exception:
        return None
    return f'<figure class="chart">{svg}</figure>'


def fingerprint(text: str) -> str:
    """The SHA-1 of an article's text, as answers files name it (``sha1:`` + this)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def iter_items(keys: Mapping[str, ExerciseKey]) -> Iterable[Item]:
    for key in keys.values():
        yield from key.items
