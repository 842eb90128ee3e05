"""Numbers as people write them: "8", "1,200", "7,5", "eight", "twenty-five", "a dozen", "two thirds", "25%".

The one reader of numbers in the kit. The lengths an article reports ("around
eight minutes", :mod:`kit.lengths`), a student's numeric answers and a teacher's
rubric points (:mod:`kit.grading`) are all read here, so "twenty-five" is 25 and
"7,5" is 7.5 wherever a number is asked.

* **Digits**: ``1,200`` and ``1.200.000`` group thousands; a comma followed by
  anything but a group of three digits is a decimal comma (``7,5``, ``0,25``,
  ``12,50``); with both marks the last one is the decimal point (``1.200,5``,
  ``1,200.5``). ``1.200`` stays one point two and ``1,200`` twelve hundred, as in
  English. A sign, ``1e3``, ``3/4`` and ``½`` are read too.
* **Words**: ``zero`` to ``nineteen``, the tens, ``twenty-five``, ``hundred``,
  ``thousand``, ``million``, ``billion``, ``a dozen``: "two hundred and fifty" is 250.
* **Simple fractions**: ``half``, ``a quarter``, ``two thirds``, ``three
  quarters``, ``one and a half``, ``2 and a half``, ``half a dozen``.
* **Percentages**: ``25%``, ``25 percent``, ``twenty per cent`` are 25 (the number
  of percent) with :attr:`NumberReading.percent` set; the caller decides what a
  percentage is a share of.
* **Refused**: nothing that is not finite or is larger than :data:`LIMIT` (a
  million billion) is ever returned. :func:`find_number` and :func:`read_number`
  raise ``ValueError`` for such a number (the caller reports it), and
  :func:`number_value` returns None.

>>> [number_value(t) for t in ("8", "1,200", "7,5", "eight", "twenty-five", "two thirds", "a dozen")]
[8.0, 1200.0, 7.5, 8.0, 25.0, 0.6666666666666666, 12.0]
>>> find_number("about 7.5 minutes").value, find_number("I think twenty-five").value
(7.5, 25.0)
>>> number_value("1e999"), number_value("9" * 309), number_value("inf"), number_value("nan")
(None, None, None, None)
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "FRACTION_PATTERN",
    "LIMIT",
    "TENS",
    "UNITS",
    "WORDS_SEARCHED",
    "NumberReading",
    "find_number",
    "number_value",
    "read_number",
]

#: The largest number (in size) the kit reads; anything larger, or not finite, is refused.
LIMIT = 1e15
#: Numbers written in words are looked for in the first this many characters of a text.
WORDS_SEARCHED = 2000

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: The denominators of simple fractions, singular and plural ("a third", "two thirds").
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_ONE = frozenset({"a", "an", "one"})
_NUMBER_WORDS = frozenset({*UNITS, *TENS, *_SCALES, *_DENOMINATORS, "hundred", "dozen", "a", "an", "and"})

_SINGULAR = ("half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_PLURAL = ("thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths")
_SMALL = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
#: A regular expression (no groups) for the simple fractions written in words: "half", "a third",
#: "one quarter", "two thirds", "three-quarters" (:mod:`kit.lengths` looks for them in articles).
FRACTION_PATTERN = (
    rf"(?:(?:{'|'.join(_SMALL)})[\s\-]+(?:{'|'.join(_PLURAL)})"
    rf"|(?:a|one)[\s\-]+(?:{'|'.join(_SINGULAR)})|half)\b"
)

_VULGAR = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_SEPARATORS = ",.'’\u00a0\u202f"
_DIGITS = re.compile(
    rf"(?<![\w/])(?P<sign>[-+−](?=[\d.,{_VULGAR}]))?"
    rf"(?:(?P<digits>\d+(?:[{_SEPARATORS}]\d+)*|[.,]\d+)(?P<vulgar>[{_VULGAR}])?|(?P<alone>[{_VULGAR}]))"
    r"(?:[eE](?P<exp>[-+]?\d+)(?![a-z]))?"
    r"(?:\s*/\s*(?P<den>\d+)(?![\w/]))?"
    r"(?:\s+and\s+(?P<and>(?:a|an|one|two|three)[\s\-]+(?:halves|half|thirds?|quarters?))\b)?"
    r"(?P<percent>\s*(?:%|\bper\s*cent\b|\bpercent\b))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_PERCENT_WORDS = re.compile(r"\s*(?:%|\bper\s*cent\b|\bpercent\b)", re.IGNORECASE)


@dataclass(frozen=True)
class NumberReading:
    """A number read from a text: its ``value``, where it stands and how it was written.

    ``percent`` is set for "25%" or "25 percent" (``value`` is 25); ``fraction``
    for a value written as a fraction alone ("two thirds", "3/4", "½");
    ``denominator`` is the bottom of a fraction written in digits ("4/6": 6).
    """

    value: float
    start: int
    end: int
    text: str
    percent: bool = False
    fraction: bool = False
    denominator: float | None = None


def _too_large(text: str) -> ValueError:
    shown = text if len(text) <= 24 else text[:20] + "…"
    return ValueError(f"{shown!r} is too large a number (the kit reads numbers up to a million billion)")


def _checked(value: float, text: str) -> float:
    if not math.isfinite(value) or abs(value) > LIMIT:
        raise _too_large(text)
    return value


def _digits_value(token: str) -> float | None:
    """The value of a run of digits and separators ("1,200", "7,5", "1.200,5"), None if it is not one."""
    marks = [c for c in token if c in _SEPARATORS]
    if not marks:
        return float(token)
    if token[0] in ".,":  # ".5", ",5"
        return float("0." + token[1:])
    groups = re.split(f"[{_SEPARATORS}]", token)
    kinds = list(dict.fromkeys(marks))
    point: str | None = None
    if len(kinds) == 1:
        if marks == ["."]:
            return float(token)
        if marks == [","] and (len(groups[1]) != 3 or groups[0] == "0"):
            return float(token.replace(",", "."))  # a decimal comma: 7,5 · 0,125 · 12,50
        whole = groups
    elif len(kinds) == 2 and kinds[1] in ".," and marks.count(kinds[1]) == 1 and marks[-1] == kinds[1]:
        whole, point = groups[:-1], groups[-1]  # 1.200,5 · 1,200.5 · 1 200,5
    else:
        return None
    if not 1 <= len(whole[0]) <= 3 or whole[0].startswith("0") or any(len(g) != 3 for g in whole[1:]):
        return None  # not thousands grouped in threes
    return float("".join(whole) + ("." + point if point else ""))


def _from_digits(match: re.Match[str], text: str) -> NumberReading | None:
    digits, vulgar = match.group("digits"), match.group("vulgar") or match.group("alone")
    value = 0.0
    if digits:
        parsed = _digits_value(digits)
        if parsed is None:  # "30.12.2022", "1,2,3": only the first digits are a number
            first = re.match(r"\d+", digits)
            if first is None:
                return None
            start, end = match.start("digits"), match.start("digits") + first.end()
            return NumberReading(_checked(float(first.group()), first.group()), start, end, text[start:end])
        value = parsed
    if vulgar:
        value += unicodedata.numeric(vulgar)
    whole = match.group().rstrip()
    if match.group("exp"):
        value = float(f"{_checked(value, whole)!r}e{match.group('exp')}")
    fraction = bool(vulgar and not digits)
    denominator = None
    if match.group("den"):
        if digits is None or vulgar or match.group("exp") or any(c in digits for c in _SEPARATORS):
            return None
        denominator = float(match.group("den"))
        if not denominator:
            raise ValueError(f"{whole!r} divides by zero")
        value, fraction = value / denominator, True
    if match.group("and"):
        part = _fraction_value(match.group("and").lower().replace("-", " ").split())
        value, fraction = value + (part or 0.0), False
    if match.group("sign") in {"-", "−"}:
        value = -value
    return NumberReading(
        _checked(value, whole), match.start(), match.start() + len(whole), whole,
        percent=bool(match.group("percent")), fraction=fraction, denominator=denominator,
    )  # fmt: skip


# --- words ------------------------------------------------------------------------------


def _cardinal(words: list[str]) -> float | None:
    """ "two hundred and fifty" -> 250, "a dozen" -> 12, "twenty five" -> 25; None if not a cardinal."""
    if not words:
        return None
    total, current = 0.0, 0.0
    last = ""  # the kind of the previous word: unit, ten, hundred, scale, dozen, one, and
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in {"a", "an"}:
            if i or following not in {"hundred", "dozen", *_SCALES}:
                return None
            current, last = 1.0, "one"
        elif word in UNITS:
            if (
                last in {"unit", "one"}
                or (last == "ten" and UNITS[word] >= 10)
                or (last == "dozen" and current)
            ):
                return None
            current += UNITS[word]
            last = "unit"
        elif word in TENS:
            if last in {"unit", "ten", "one"} or (last == "hundred" and current % 100):
                return None
            current += TENS[word]
            last = "ten"
        elif word == "hundred":
            if last in {"hundred", "dozen"} or current >= 100:
                return None
            current, last = (current or 1.0) * 100, "hundred"
        elif word == "dozen":
            if last in {"dozen", "hundred"} and not current:
                return None
            current, last = (current or 1.0) * 12, "dozen"
        elif word in _SCALES:
            if last in {"scale", "and"} or (not current and last):
                return None
            total, current, last = total + (current or 1.0) * _SCALES[word], 0.0, "scale"
        elif word == "and":
            if last not in {"hundred", "scale"} or following not in {*UNITS, *TENS}:
                return None
            last = "and"
        else:
            return None
    if last in {"and", "one"}:
        return None
    return total + current


def _fraction_value(words: list[str]) -> float | None:
    """ "half" -> 0.5, "a quarter" -> 0.25, "two thirds" -> 0.667, "half a dozen" -> 6; else None."""
    if words == ["half"]:
        return 0.5
    if len(words) >= 3 and words[0] == "half" and words[1] in {"a", "an"}:
        rest = _cardinal(["a", *words[2:]])
        return None if rest is None else rest / 2
    if len(words) >= 2 and words[-1] in _DENOMINATORS:
        top = 1.0 if words[:-1] in (["a"], ["an"], ["one"]) else _cardinal(words[:-1])
        if not top:
            return None
        return top / _DENOMINATORS[words[-1]]
    return None


def _words_value(words: list[str]) -> tuple[float, bool] | None:
    """The value of number words and whether it is a fraction alone; None if they are not one number."""
    cardinal = _cardinal(words)
    if cardinal is not None:
        return cardinal, False
    fraction = _fraction_value(words)
    if fraction is not None:
        return fraction, True
    if "and" in words:  # "one and a half", "two and three quarters"
        cut = len(words) - 1 - words[::-1].index("and")
        whole, part = _cardinal(words[:cut]), _fraction_value(words[cut + 1 :])
        if whole is not None and part is not None and part < 1:
            return whole + part, False
    return None


def _word_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of number words joined by spaces or hyphens, in text order."""
    run: list[re.Match[str]] = []
    for word in _WORD.finditer(text):
        if word.group().lower() not in _NUMBER_WORDS:
            continue
        if run and not re.fullmatch(r"[\s\-]+", text[run[-1].end() : word.start()]):
            yield run
            run = []
        run.append(word)
    if run:
        yield run


def _from_words(run: list[re.Match[str]], text: str, *, whole: bool) -> NumberReading | None:
    """The first, longest reading in a run of number words (the whole run when ``whole``)."""
    words = [w.group().lower() for w in run]
    n = len(words)
    # a number is at most a dozen words: longer runs ("one one one …") are read a dozen at a time
    spans = [(0, n)] if whole else [(i, j) for i in range(n) for j in range(min(n, i + 12), i, -1)]
    for first, last in spans:
        found = _words_value(words[first:last])
        if found is None:
            continue
        start, stop = run[first].start(), run[last - 1].end()
        percent = _PERCENT_WORDS.match(text, stop)
        if percent:
            stop = percent.end()
        value, fraction = found
        return NumberReading(
            _checked(value, text[start:stop]), start, stop, text[start:stop], percent=bool(percent),
            fraction=fraction,
        )  # fmt: skip
    return None


# --- the readers ------------------------------------------------------------------------


def find_number(text: str) -> NumberReading | None:
    """The first number in ``text``: the first written in digits, else the first written in words
    (looked for in the first :data:`WORDS_SEARCHED` characters).

    None when there is none; ``ValueError`` when the number found is too large or not finite.

    >>> find_number("about 7.5 minutes").value, find_number("1,200 words").value, find_number("7,5").value
    (7.5, 1200.0, 7.5)
    >>> find_number("one of them spoke for 8 minutes").value, find_number("half an hour").value
    (8.0, 0.5)
    >>> reading = find_number("roughly 80%")
    >>> reading.value, reading.percent, reading.text
    (80.0, True, '80%')
    >>> find_number("no idea") is None
    True
    """
    for match in _DIGITS.finditer(text):
        reading = _from_digits(match, text)
        if reading is not None:
            return reading
    for run in _word_runs(text[:WORDS_SEARCHED]):
        reading = _from_words(run, text, whole=False)
        if reading is not None:
            return reading
    return None


def read_number(text: str) -> NumberReading | None:
    """``text`` read as one number and nothing else (spaces around it allowed); None if it is not.

    ``ValueError`` when it is a number too large or not finite.

    >>> read_number(" 4,5 ").value, read_number("three quarters").value, read_number("4/6").denominator
    (4.5, 0.75, 6.0)
    >>> read_number("4 or 5") is None, read_number("inf") is None
    (True, True)
    """
    stripped = text.strip()
    if not stripped:
        return None
    offset = text.index(stripped[0])
    match = _DIGITS.match(stripped)
    if match is not None and match.group().rstrip() == stripped:
        reading = _from_digits(match, stripped)
        if reading is not None and reading.end == len(stripped):
            return _shifted(reading, offset)
        return None
    runs = list(_word_runs(stripped[:WORDS_SEARCHED]))
    if len(runs) == 1 and runs[0][0].start() == 0:
        reading = _from_words(runs[0], stripped, whole=True)
        if reading is not None and reading.end == len(stripped):
            return _shifted(reading, offset)
    return None


def _shifted(reading: NumberReading, offset: int) -> NumberReading:
    return NumberReading(
        reading.value, reading.start + offset, reading.end + offset, reading.text, reading.percent,
        reading.fraction, reading.denominator,
    )  # fmt: skip


def number_value(words: str) -> float | None:
    """The value of ``words`` written as one number, or None (not a number, too large, not finite).

    >>> number_value("Twenty-five"), number_value("half"), number_value("one and a half"), number_value("a")
    (25.0, 0.5, 1.5, None)
    """
    try:
        reading = read_number(words)
    except ValueError:
        return None
    return None if reading is None else reading.value
