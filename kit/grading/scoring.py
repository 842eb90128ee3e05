"""Scoring: pure functions from a student's answer and the key to a score, with partial credit.

No file is read or written here. Each function takes an answer as the answers
file holds it (plain JSON data) and the key's part for the item, and returns a
small frozen record with the figures the reports show:

* source tags, sentence by sentence (:func:`score_tags`): speaker and kind half
  each, the outlet's own voice all or nothing, and Cohen's kappa (:func:`cohen_kappa`);
* hedges by span overlap (:func:`score_hedges`): precision, recall, F1, a wrong
  category counting half;
* numbers within a tolerance (:func:`score_number`, :func:`parse_number`: "eight", "7,5",
  "two thirds" and "half an hour" are read as everywhere in the kit, by :mod:`kit.numbers`);
* choices right or wrong (:func:`choice_right`).

An answer that cannot be read (edited by hand, another article) raises
:class:`~kit.grading.model.SubmissionError`, which the run reports.

>>> score_tags({"0": {"speaker": "Putin", "kind": "indirect"}}, [[("Vladimir Putin", "direct")]]).credit
0.5
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..keys import Score, match_spans
from ..lengths import is_duration, minutes, parse_length
from ..numbers import LIMIT, find_number
from ..records import OUTLET_SPEAKER, OUTLET_VOICE, OWN_VOICE
from ..words import normalise, same_speaker
from .model import SubmissionError, visible

__all__ = [
    "HedgeScore",
    "NumberScore",
    "SentenceVerdict",
    "TagScore",
    "choice_right",
    "cohen_kappa",
    "hedge_marks",
    "is_outlet",
    "parse_number",
    "score_hedges",
    "score_number",
    "score_tags",
    "tag_of",
]

#: What students write for "nobody is reported speaking here" (compared normalised).
_OUTLET_WORDS = frozenset({
    "", OUTLET_VOICE, "the outlet", OUTLET_SPEAKER, "outlet voice", "outlet's voice", "the outlet's voice",
    "outlet_voice", "writer", "the writer", "journalist", "the journalist", "narrator", "none", "no source",
    "unattributed",
})  # fmt: skip
#: The kinds that say the same.
_OUTLET_KINDS = frozenset({OUTLET_VOICE, "outlet_voice", OWN_VOICE, "none", "unattributed", "own voice"})


# --- source tags -----------------------------------------------------------------------


def is_outlet(speaker: object, kind: object = None) -> bool:
    """Whether a tag means "the outlet's own voice, no source".

    >>> is_outlet("The outlet"), is_outlet("", "outlet"), is_outlet("Putin", "direct")
    (True, True, False)
    """
    if isinstance(kind, str) and normalise(kind) in _OUTLET_KINDS:
        return True
    if isinstance(speaker, str):
        return normalise(speaker) in _OUTLET_WORDS
    return speaker is None and kind is None


def tag_of(value: Any, where: str) -> tuple[str, str] | None:
    """A saved tag ``{"speaker", "kind"}`` as ``(speaker, kind)``; ``("", "outlet")`` for the outlet's
    own voice, None when untagged. ``where`` names the tag in the error a damaged one raises.

    >>> tag_of({"speaker": " Putin ", "kind": "direct"}, "tag")
    ('Putin', 'direct')
    >>> tag_of({"speaker": "the outlet itself"}, "tag"), tag_of({"speaker": " ", "kind": ""}, "tag")
    (('', 'outlet'), None)
    """
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
        return ("", OUTLET_VOICE)
    return ((speaker or "").strip(), (kind or "").strip())


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
        tags[index] = tag_of(value, f"the tag of sentence {index}")
    verdicts, student_labels, key_labels = [], [], []
    credit_total = 0.0
    for index, accepted_raw in enumerate(gold):
        accepted = tuple((str(s), str(k)) for s, k in accepted_raw) or (("", OUTLET_VOICE),)
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
        elif mine[1] == OUTLET_VOICE:
            student_labels.append(OUTLET_VOICE)
        else:
            same = best[1] != OUTLET_VOICE and same_speaker(mine[0], best[0])
            student_labels.append(f"{normalise(best[0] if same else mine[0])}|{normalise(mine[1])}")
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
    return OUTLET_VOICE if tag[1] == OUTLET_VOICE else f"{normalise(tag[0])}|{normalise(tag[1])}"


def _tag_credit(mine: tuple[str, str], key: tuple[str, str]) -> float:
    if key[1] == OUTLET_VOICE or mine[1] == OUTLET_VOICE:
        return 1.0 if key[1] == mine[1] else 0.0
    return 0.5 * same_speaker(mine[0], key[0]) + 0.5 * (normalise(mine[1]) == normalise(key[1]))


def _tag_note(mine: tuple[str, str], key: tuple[str, str], credit: float) -> str:
    if credit == 1.0:
        return "right"
    if key[1] == OUTLET_VOICE:
        return "no one is reported speaking here: this is the outlet's own voice"
    if mine[1] == OUTLET_VOICE:
        return "someone is reported speaking here: who, and how is it reported?"
    if credit == 0.5 and same_speaker(mine[0], key[0]):
        return "right source, wrong kind of attribution"
    if credit == 0.5:
        return "right kind of attribution, another source"
    return "another source and another kind of attribution"


# --- hedges ---------------------------------------------------------------------------


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
    def overlap(self) -> Score:
        """The category-blind score, as every other span score of the kit (:class:`kit.keys.Score`)."""
        return Score(self.found, self.gold, self.hits, self.hits, self.matches)

    @property
    def precision(self) -> float:
        return self.overlap.precision

    @property
    def recall(self) -> float:
        return self.overlap.recall

    @property
    def f1(self) -> float:
        return self.overlap.f1

    @property
    def weighted_hits(self) -> float:
        return self.category_right + (self.hits - self.category_right) * (1 - self.category_weight)

    @property
    def weighted_f1(self) -> float:
        if not self.found and not self.gold:
            return 1.0
        p = self.weighted_hits / self.found if self.found else 0.0
        r = self.weighted_hits / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def points_fraction(self) -> float:
        return self.weighted_f1


def hedge_marks(answer: Any, text: str) -> list[dict[str, Any]]:
    """The hedge marks of a saved answer, checked against the article ``text``, in text order.

    >>> hedge_marks([{"start": 4, "end": 9, "text": "might", "category": None}], "She might go.")
    [{'start': 4, 'end': 9, 'text': 'might', 'category': ''}]
    """
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
            where = f" ({start}–{end})" if max(abs(start), abs(end)) < 10**9 else ""
            raise SubmissionError(f"hedge mark {n}{where} is outside the article")
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
    score = match_spans(
        list(marks), list(gold),
        span_of_found=lambda m: (m["start"], m["end"]), span_of_gold=lambda g: (g["start"], g["end"]),
    )  # fmt: skip
    right = sum(
        normalise(marks[i].get("category") or "") == normalise(gold[j]["category"]) for i, j in score.matches
    )
    return HedgeScore(len(marks), len(gold), score.matches, right, category_weight)


# --- numbers and choices --------------------------------------------------------------


@dataclass(frozen=True)
class NumberScore:
    """A numeric answer against the key. ``unread`` says why a written answer gave no number
    ("'no idea' is not a number"); it scores nothing."""

    given: float | None
    expected: float
    tolerance: float
    unread: str = ""

    @property
    def points_fraction(self) -> float:
        if self.given is None:
            return 0.0
        return 1.0 if abs(self.given - self.expected) <= self.tolerance + 1e-9 else 0.0


#: The units of a number item whose answers may be written as a length of time ("half an hour").
_MINUTES = frozenset({"minute", "minutes", "min", "mins"})


def parse_number(value: Any, *, unit: str | None = None) -> float | None:
    """A number from an answer, read as everywhere in the kit (:mod:`kit.numbers`); None if blank.

    ``8``, ``"8"``, ``"7.5 minutes"``, ``"7,5"``, ``"1,200"``, ``"eight"``,
    ``"twenty-five"``, ``"two thirds"``, ``"25%"`` (25). With ``unit="minutes"``
    a length of time is read in minutes (``"half an hour"`` is 30, ``"90 seconds"``
    1.5); with ``unit="percent"`` a fraction alone is a share (``"a quarter"`` is 25).
    A text with no number in it, a number too large to be an answer (more than a
    million billion) and a number that is not finite raise
    :class:`~kit.grading.model.SubmissionError`.

    >>> parse_number("about 7.5 minutes"), parse_number("1,200"), parse_number(""), parse_number(3)
    (7.5, 1200.0, None, 3.0)
    >>> parse_number("twenty-five"), parse_number("half an hour", unit="minutes")
    (25.0, 30.0)
    >>> parse_number("a quarter", unit="percent"), parse_number("7,5")
    (25.0, 7.5)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if abs(value) > LIMIT:
            raise SubmissionError("the answer is a number too large to be an answer (edited by hand?)")
        return float(value)
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > LIMIT:
            raise SubmissionError("the answer is not a finite number (edited by hand?)")
        return value
    if not isinstance(value, str):
        raise SubmissionError("the answer is not a number")
    if unit in _MINUTES and is_duration(value):
        length = minutes(parse_length(value))
        if length is not None and math.isfinite(length) and abs(length) <= LIMIT:
            return length
    try:
        reading = find_number(value)
    except ValueError as error:
        raise SubmissionError(str(error)) from None
    if reading is None:
        if value.strip():
            raise SubmissionError(f"{visible(value.strip())[:30]!r} is not a number")
        return None
    if unit == "percent" and reading.fraction and not reading.percent:
        return reading.value * 100
    return reading.value


def score_number(
    value: Any, *, expected: float, tolerance: float = 0.0, relative: bool = False, unit: str | None = None
) -> NumberScore:
    """Full points within ``tolerance`` of ``expected`` (a fraction of it when ``relative``).

    A written answer with no number in it scores nothing and says why (``unread``);
    an answer that is not text or a number (edited by hand) raises
    :class:`~kit.grading.model.SubmissionError`.

    >>> score_number("70", expected=69, tolerance=0.1, relative=True).points_fraction
    1.0
    >>> score_number(5, expected=3, tolerance=1).points_fraction
    0.0
    >>> score_number("eight minutes", expected=8, tolerance=0.5).points_fraction
    1.0
    >>> score_number("no idea", expected=8).unread
    "'no idea' is not a number"
    """
    allowed = abs(expected) * tolerance if relative else tolerance
    try:
        given = parse_number(value, unit=unit)
    except SubmissionError as error:
        if not isinstance(value, str):
            raise
        return NumberScore(None, float(expected), float(allowed), str(error))
    return NumberScore(given, float(expected), float(allowed))


def choice_right(value: Any, right: Any, choices: Sequence[Any]) -> bool:
    """Whether a choice answer is the key's: the same text (case and spacing ignored), the same set of
    texts for a multiple choice, or the index of the right option.

    >>> choice_right(1, "Named person", ["anonymous", "named person"])
    True
    >>> choice_right(["b", "a"], ["A", "B"], []), choice_right("b", "a", [])
    (True, False)
    """
    if value is None:
        return False
    if isinstance(right, list):
        if not isinstance(value, list):
            return False
        return sorted(normalise(str(v)) for v in value) == sorted(normalise(str(v)) for v in right)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(choices):
        value = choices[value]
    return isinstance(value, (str, int, float)) and normalise(str(value)) == normalise(str(right))
