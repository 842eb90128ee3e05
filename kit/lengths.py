"""Reported lengths: "around eight minutes", "half an hour", "a quarter the length of Putin's".

The one place the kit reads how long an article says a statement was. The tone
engine finds lengths in an article (:func:`find_lengths`) and turns them into
ratios between speakers (:func:`length_ratios`); the charts show those ratios;
the key compiler reads a hand-made key's ``reported_length`` in minutes
(:func:`minutes`), so a teacher's key and the engine never disagree about what
"twenty-five minutes" means.

* Absolute lengths have a unit: ``"second"`` (minutes and hours are converted to
  seconds), ``"word"``, ``"page"``, ``"sentence"``, ``"paragraph"`` or ``"line"``.
  Numbers may be digits or words ("eight", "twenty-five", "a dozen"), read by
  :mod:`kit.numbers` as everywhere in the kit ("an hour" is one hour, "half an
  hour" half of one).
* Relative lengths have no unit: a factor ("a quarter", "two thirds", "25%",
  "twice", "three times") of the length "of", "as long as" or "longer than"
  someone, who is named when the text names them ("… of Putin's").

>>> parse_length("half an hour").value, parse_length("twenty-five minutes").value
(1800.0, 1500.0)
>>> minutes(parse_length("around eight minutes")), minutes(parse_length("a 500-word statement"))
(8.0, None)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .numbers import FRACTION_PATTERN, TENS, UNITS, number_value

__all__ = [
    "LengthMention",
    "ReportedLength",
    "find_lengths",
    "is_duration",
    "length_ratios",
    "match_name",
    "minutes",
    "parse_length",
]


@dataclass(frozen=True)
class ReportedLength:
    """A length the article reports for a statement.

    Absolute lengths have a ``unit`` ("second", "word", "page", "sentence",
    "paragraph", "line") and ``value`` in that unit (minutes and hours are
    converted to seconds); relative lengths have ``unit=None``, ``value`` the
    factor and, when the text names it, ``relative_to`` ("Putin").
    """

    text: str
    value: float
    unit: str | None
    relative_to: str | None = None

    @property
    def relative(self) -> bool:
        return self.unit is None


_UNITS = {
    "second": ("second", 1.0),
    "sec": ("second", 1.0),
    "minute": ("second", 60.0),
    "min": ("second", 60.0),
    "hour": ("second", 3600.0),
    "hr": ("second", 3600.0),
    "word": ("word", 1.0),
    "page": ("page", 1.0),
    "sentence": ("sentence", 1.0),
    "paragraph": ("paragraph", 1.0),
    "line": ("line", 1.0),
}
_TIME_WORDS = frozenset(word for word, (unit, _) in _UNITS.items() if unit == "second")
#: Words that stand for one before a unit ("an hour", "half an hour"): articles, not numbers.
_DETERMINERS = {"a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5}
#: How many times as long ("twice as long"): factors, not numbers.
_MULTIPLIERS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0}
_DIGITS_1_9 = "|".join(word for word, value in UNITS.items() if 1 <= value <= 9)
_NUMBER = (
    rf"\d+(?:[.,]\d+)*|(?:{'|'.join(TENS)})(?:[\s\-](?:{_DIGITS_1_9}))?|half\s+an?|a\s+dozen|"
    + "|".join(sorted([*(w for w in UNITS if w != "zero"), *TENS, "hundred", "dozen", "a", "an"],
                      key=len, reverse=True))
)  # fmt: skip
_FRACTION = FRACTION_PATTERN + "|" + "|".join(_MULTIPLIERS)


def _ref(n: int) -> str:
    """A named reference after "of", "as" or "than": a capitalised name or a pronoun, possessive dropped."""
    return (
        rf"(?P<ref{n}>(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z][\w’'\-]*))*|his|her|hers|theirs|that|this|it)"
        r"(?:['’]s?)?"
    )


_APPROXIMATORS = (
    "around", "about", "nearly", "almost", "roughly", "approximately", "some", "just", "only", "barely",
    "scarcely", "fully", "over", "under", "more than", "less than", "close to", "up to", "at least",
    "at most", "just over", "just under", "well over", "a little over", "a little under",
    "little more than", "no more than",
)  # fmt: skip
_APPROX = "|".join(a.replace(" ", r"\s+") for a in sorted(_APPROXIMATORS, key=len, reverse=True))
_ABSOLUTE = re.compile(
    rf"(?:\b(?:{_APPROX})\s+)?\b(?P<num>{_NUMBER})[\s\-]+(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|words?|pages?|sentences?"
    rf"|paragraphs?|lines?)\b|\b(?P<long>hour|minute)[\s\-]long\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?:\b(?:{_APPROX})\s+)?\b(?P<frac>{_FRACTION}|(?P<percent>\d+(?:\.\d+)?)\s*%|(?P<times>{_NUMBER})\s+times)\s+"
    rf"(?:(?:of\s+)?(?:the\s+)?(?:length|duration)(?:\s+of\s+{_ref(1)})?"
    rf"|as\s+long(?:\s+as\s+{_ref(2)})?"
    rf"|longer(?:\s+than\s+{_ref(3)})?"
    rf"|(?:of|as\s+much\s+as)\s+{_ref(4)})",
    re.IGNORECASE,
)
_LENGTH_HINT = re.compile(
    # (the look-ahead for a first letter lets the search skip most words without trying each one)
    r"\b(?=[smhwpld])(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|words?|pages?|sentences?|paragraphs?|lines?"
    r"|length|duration|long|longer)\b",
    re.IGNORECASE,
)
#: "a second post", "a second term": "second" the ordinal before a noun, not a length of time
_ORDINAL_SECOND = re.compile(
    r"(?i:an?)\s+second\s+(?!(?:of|or|and|to|in|on|at|for|before|after|later)\b)[a-z]"
)
_PRONOUN_REFS = frozenset({"his", "her", "hers", "theirs", "that", "this", "it"})


def _number(text: str) -> float | None:
    """The number before a unit: "eight", "twenty-five", "1,200", or a determiner ("an hour")."""
    words = " ".join(text.lower().replace("-", " ").split())
    return _DETERMINERS[words] if words in _DETERMINERS else number_value(words)


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name.strip())


def _from_relative(match: re.Match[str]) -> ReportedLength | None:
    if match.group("percent"):
        percent = number_value(match.group("percent"))
        value: float | None = None if percent is None else percent / 100
    elif match.group("times"):
        value = _number(match.group("times"))
    else:
        words = " ".join(match.group("frac").lower().replace("-", " ").split())
        value = _MULTIPLIERS.get(words) or number_value(words)
    if not value:
        return None
    ref = next((match.group(f"ref{n}") for n in (1, 2, 3, 4) if match.group(f"ref{n}")), None)
    ref = _strip_possessive(ref) if ref else None
    if ref and ref.lower() in _PRONOUN_REFS:
        ref = None
    return ReportedLength(match.group().strip(), float(value), None, ref)


def _from_absolute(match: re.Match[str]) -> ReportedLength | None:
    if match.group("long"):
        unit, scale = _UNITS[match.group("long").lower()]
        return ReportedLength(match.group(), scale, unit)
    value = _number(match.group("num"))
    name = match.group("unit").lower().rstrip("s")
    if value is None or name not in _UNITS:
        return None
    unit, scale = _UNITS[name]
    return ReportedLength(match.group(), value * scale, unit)


def parse_length(text: str) -> ReportedLength | None:
    """The first length stated in ``text``, absolute or relative, or None.

    >>> parse_length("around eight minutes")
    ReportedLength(text='around eight minutes', value=480.0, unit='second', relative_to=None)
    >>> parse_length("at around a quarter the length of Putin’s")
    ReportedLength(text='around a quarter the length of Putin’s', value=0.25, unit=None, relative_to='Putin')
    >>> parse_length("twice as long").value, parse_length("a two-minute reply").value
    (2.0, 120.0)
    >>> parse_length("25% of the length of Lopez's").value, parse_length("a long speech")
    (0.25, None)
    """
    relative = _RELATIVE.search(text)
    absolute = _ABSOLUTE.search(text)
    if relative is not None and (absolute is None or relative.start() <= absolute.start()):
        found = _from_relative(relative)
        if found is not None:
            return found
    return _from_absolute(absolute) if absolute is not None else None


def minutes(length: ReportedLength | None) -> float | None:
    """An absolute length of time in minutes; None for a relative length or a count of words."""
    if length is None or length.unit != "second":
        return None
    return length.value / 60


def is_duration(text: str) -> bool:
    """Does ``text`` measure time ("nearly twenty minutes", "a two-minute reply"), not words or pages?

    >>> is_duration("a two-minute reply"), is_duration("about 4,000 words")
    (True, False)
    """
    return any(w.removesuffix("s") in _TIME_WORDS for w in re.split(r"[\W_]+", text.lower()))


@dataclass(frozen=True)
class LengthMention:
    """A length stated in a text: where it stands, what it says, and the word that names the measure.

    ``anchor`` is the offset of the fraction of a relative length ("a quarter the
    length of …") or of the last character of an absolute one ("… eight minutes"):
    the word to start from when asking whose statement the length is about.
    """

    start: int
    end: int
    length: ReportedLength
    anchor: int


def find_lengths(text: str) -> list[LengthMention]:
    """Every length stated in ``text``, in text order (one per stretch of text).

    Only the text around a word of measure ("minutes", "length", "longer" …) is
    searched, so a long article costs little.

    >>> [(m.length.text, m.length.value) for m in find_lengths("It lasted eight minutes; hers, half that.")]
    [('eight minutes', 480.0)]
    >>> [m.length.relative for m in find_lengths("Hers was a third as long.")]
    [True]
    """
    windows: list[tuple[int, int]] = []
    for hint in _LENGTH_HINT.finditer(text):
        start, end = max(0, hint.start() - 60), hint.end() + 60
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    matches: dict[tuple[int, int], re.Match[str]] = {}
    for first, last in windows:
        for pattern in (_RELATIVE, _ABSOLUTE):
            for match in pattern.finditer(text, first, min(last, len(text))):
                matches.setdefault(match.span(), match)
    out = []
    for (start, end), match in sorted(matches.items()):
        if match.re is _ABSOLUTE and _ORDINAL_SECOND.match(text, start, min(len(text), end + 30)):
            continue  # "In a second post, she said …": the ordinal, not a second of time
        length = parse_length(match.group())
        if length is None:
            continue
        anchor = match.start("frac") if length.relative and match.re is _RELATIVE else end - 1
        out.append(LengthMention(start, end, length, anchor))
    return out


def match_name(name: str | None, names: Sequence[str]) -> str | None:
    """The name among ``names`` that ``name`` refers to: equal, else containing all its words.

    >>> match_name("Putin", ["Xi Jinping", "Vladimir Putin"])
    'Vladimir Putin'
    """
    if not name:
        return None
    wanted = name.lower().split()
    for candidate in names:
        if candidate.lower() == name.lower():
            return candidate
    for candidate in names:
        parts = candidate.lower().split()
        if wanted and all(w in parts for w in wanted):
            return candidate
    return None


def length_ratios(lengths: Mapping[str, ReportedLength | None]) -> dict[str, float]:
    """Each speaker's reported length relative to a reference speaker.

    Absolute lengths in the same unit are divided by the longest; a relative
    length ("a quarter the length of Putin's") multiplies the ratio of the
    speaker it refers to, or 1.0 when that speaker has no length of their own
    (the reference). With fewer than two speakers to compare, the result is empty.

    >>> length_ratios({"Putin": parse_length("eight minutes"),
    ...                "Xi": parse_length("a quarter the length of Putin's")})
    {'Putin': 1.0, 'Xi': 0.25}
    >>> length_ratios({"A": parse_length("spoke for twenty minutes"),
    ...                "B": parse_length("a two-minute reply")})
    {'A': 1.0, 'B': 0.1}
    """
    known = {name: length for name, length in lengths.items() if length is not None}
    names = list(lengths)
    ratios: dict[str, float] = {}
    absolute = {n: ln for n, ln in known.items() if not ln.relative}
    if absolute:
        unit = Counter(ln.unit for ln in absolute.values()).most_common(1)[0][0]
        longest = max(ln.value for ln in absolute.values() if ln.unit == unit)
        for name, length in absolute.items():
            if length.unit == unit and longest > 0:
                ratios[name] = length.value / longest
    pending = {n: ln for n, ln in known.items() if ln.relative}
    for _ in range(len(pending) + 1):
        progressed = False
        for name, length in list(pending.items()):
            ref = match_name(length.relative_to, [n for n in names if n != name])
            if ref is None:
                others = [n for n in ratios if n != name] or [n for n in known if n != name]
                ref = others[0] if len(others) == 1 else None
            if ref is None:
                continue
            if ref not in ratios and ref not in known:
                ratios[ref] = 1.0
            if ref in ratios:
                ratios[name] = length.value * ratios[ref]
                del pending[name]
                progressed = True
        if not progressed:
            break
    if len(ratios) < 2:
        return {}
    return {name: round(ratios[name], 3) for name in names if name in ratios}
