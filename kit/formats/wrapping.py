"""Paragraphs back from hard-wrapped lines: text pasted from a PDF or a web page, a PDF's lines.

Text copied out of a PDF (or an e-mail, or some web pages) comes with a line break every 60–80
characters, words hyphenated at line ends, and stray "Advertisement" or page-number lines.
:func:`split_paragraphs` turns such text back into one line per paragraph:

* lines that are only an advertisement marker ("Advertisement", "Story continues below
  advertisement") are removed and returned, wherever they are (after a full stop such a line
  still ends the paragraph; inside a sentence the text flows on);
* blank lines separate paragraphs, as always; the lines of one block are joined with a space;
* a block of lines that is **hard-wrapped** (many breaks fall inside a sentence: the line does not
  end a sentence and the next starts in lower case) is split into paragraphs where a line stopped
  short: where the next line's first word would have fitted, or the next line is indented; in such
  a block, lines that are only a page number ("12", "Page 3 of 5") are removed too;
* a block without blank lines that is not hard-wrapped keeps one paragraph per line (a web page
  copied as it shows: every paragraph is one line);
* a word hyphenated at a line end is joined again (:func:`join_lines`).

Text that already has one line per paragraph comes out unchanged.

>>> split_paragraphs("The council met on Monday to vote on the\\nplan after a long de-\\nbate.").blocks
['The council met on Monday to vote on the plan after a long debate.']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = [
    "AD_LINE",
    "PAGE_NUMBER",
    "Paragraphs",
    "is_hard_wrapped",
    "join_lines",
    "split_paragraphs",
    "vocabulary",
]

#: A line that is only an advertisement slot or a "continue reading" marker of a news site.
AD_LINE = re.compile(
    r"^\W*(?:advertisement|advertising|ad|sponsored(?: content)?|skip advertisement|"
    r"(?:story|article) continues below(?: this)?(?: advertisement| ad)?|"
    r"continue reading(?: the main story| below)?|scroll (?:down )?to continue(?: with content)?)\W*$",
    re.I,
)
#: A line that is only a page number: "12", "- 12 -", "Page 3", "Page 3 of 5", "3/5".
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.I)

_SENTENCE_END = tuple(".!?:;\"”’'»)…")
_HYPHENS = ("-", "\u2010", "\u00ad")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: A hard wrap is seen at this many breaks inside sentences, and at this share of all breaks.
_MIN_SOFT_BREAKS = 2
_MIN_SOFT_SHARE = 0.3


@dataclass
class Paragraphs:
    """The paragraphs found (one string each, in reading order) and the lines removed."""

    blocks: list[str]
    removed: list[str] = field(default_factory=list)


_LINE_END_HYPHENATION = re.compile(r"[^\W\d_]+[-\u2010\u00ad]\n\s*[^\W\d_]+")


def vocabulary(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case, hyphenated compounds whole: what hyphens are checked against.

    Words hyphenated at a line end are left out: their halves are what is being decided.
    """
    return frozenset(word.lower() for word in _WORD.findall(_LINE_END_HYPHENATION.sub(" ", text)))


def join_lines(first: str, second: str, words: frozenset[str] = frozenset()) -> str:
    """Join two lines of one paragraph, undoing a hyphenation at the end of ``first``.

    A hyphen at the line end is dropped when the word continues in lower case ("de-" +
    "bate" → "debate"), unless the text itself spells the word with a hyphen elsewhere, or both
    halves are words of the text and the first has three letters or more ("well-" + "known"
    stays "well-known"; "be-" + "cause" becomes "because"); ``words`` is the :func:`vocabulary`
    of the whole text. Before a capital or a digit the hyphen stays ("anti-American").

    >>> join_lines("after a long de-", "bate.")
    'after a long debate.'
    >>> join_lines("a well-", "known plan", vocabulary("well known plan"))
    'a well-known plan'
    """
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first or second
    if first.endswith("-") and first[-2:-1].isalpha() and (second[0].isupper() or second[0].isdigit()):
        return first + second  # "anti-" + "American", "COVID-" + "19": a compound, written as one
    if first.endswith(_HYPHENS) and len(first) > 1 and first[-2].isalpha() and second[0].islower():
        head = re.search(r"([^\W\d_]+)$", first[:-1])
        tail = re.match(r"[^\W\d_]+", second)
        if head and tail:
            whole = (head.group(1) + tail.group(0)).lower()
            hyphenated = f"{head.group(1)}-{tail.group(0)}".lower()
            halves = head.group(1).lower(), tail.group(0).lower()
            keep = whole not in words and (
                hyphenated in words or (len(halves[0]) > 2 and halves[0] in words and halves[1] in words)
            )
            return f"{first[:-1]}-{second}" if keep else first[:-1] + second
    return f"{first} {second}"


def split_paragraphs(text: str) -> Paragraphs:
    """One string per paragraph from ``text`` whose lines may be hard-wrapped (see the module)."""
    removed: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if AD_LINE.match(line.strip()):
            removed.append(line.strip())
            # Between two sentences the slot also separates paragraphs; inside one it does not.
            if lines and lines[-1].rstrip().endswith(_SENTENCE_END[:3]):
                lines.append("")
        else:
            lines.append(line.rstrip())
    words = vocabulary(text)
    groups = _groups(lines)
    if not _wrapped(groups):
        if len(groups) == 1:
            return Paragraphs([line.strip() for line in groups[0]], removed)  # every line is a paragraph
        blocks = []
        for group in groups:
            block = ""
            for line in group:
                block = join_lines(block, line.strip(), words)
            blocks.append(block)
        return Paragraphs(blocks, removed)
    measure = _measure(groups)
    blocks = []
    for number, group in enumerate(groups):
        blocks += _unwrap(group, words, removed, measure, first=number == 0)
    return Paragraphs([b for b in blocks if b], removed)


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _inside_sentence(line: str, following: str) -> bool:
    """True when the break between the two lines certainly falls inside a sentence."""
    line = line.rstrip()
    return not line.endswith(_SENTENCE_END) and following.lstrip()[:1].islower()


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when many breaks between ``lines`` fall inside a sentence: the text was wrapped by a machine."""
    return _wrapped([lines])


def _wrapped(groups: list[list[str]]) -> bool:
    """:func:`is_hard_wrapped` for the line breaks inside blocks separated by blank lines."""
    breaks = sum(len(group) - 1 for group in groups)
    soft = sum(_inside_sentence(a, b) for group in groups for a, b in itertools.pairwise(group))
    return breaks >= 2 and soft >= _MIN_SOFT_BREAKS and soft >= _MIN_SOFT_SHARE * breaks


def _first_word(line: str) -> str:
    return line.split(maxsplit=1)[0] if line.split() else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _width(lengths: Iterable[int]) -> int:
    """The wrap width: the 90th percentile of line lengths (one overlong line does not count)."""
    ordered = sorted(lengths, reverse=True)
    return ordered[len(ordered) // 10] if ordered else 0


@dataclass(frozen=True)
class _Measure:
    width: int  # the wrap width, in characters
    slack: int  # how much room a wrapped line may still leave (proportional fonts)
    indent: int  # the usual indentation of a line


def _measure(groups: list[list[str]]) -> _Measure:
    """Wrap width, slack and usual indentation of hard-wrapped text (the first line, maybe a title, aside)."""
    lines = [line for group in groups for line in group if not PAGE_NUMBER.match(line)][1:] or groups[0]
    stripped = [line.strip() for line in lines]
    width = _width(len(s) for s in stripped if " " in s)
    # The room left at breaks that certainly fall inside a sentence (most of them, not a stray
    # short line): proportional fonts (text copied from a PDF) fill lines unevenly, and this
    # says by how much.
    room = sorted(
        width - len(a) - 1 - len(_first_word(b))
        for group in groups
        for a, b in itertools.pairwise(line.strip() for line in group)
        if _inside_sentence(a, b)
    )
    slack = max(0, room[(len(room) - 1) * 4 // 5]) if room else 0
    indents = sorted(_indent(line) for line in lines)
    return _Measure(width, min(slack, width // 4), indents[len(indents) // 2])


def _unwrap(
    lines: list[str], words: frozenset[str], removed: list[str], measure: _Measure, *, first: bool
) -> list[str]:
    """Split hard-wrapped ``lines`` into paragraphs where a line stopped short or the next is indented.

    ``first``: these are the first lines of the text, whose first line may be the title.
    """
    kept = []
    for line in lines:
        if PAGE_NUMBER.match(line):
            removed.append(line.strip())
        else:
            kept.append(line)
    stripped = [line.strip() for line in kept]
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(stripped):
        if i and (
            (first and i == 1 and _is_title(stripped[0], line, measure.width))
            or not _continues(stripped[i - 1], line, measure, _indent(kept[i]) > measure.indent)
        ):
            paragraphs.append(current)
            current = ""
        current = join_lines(current, line, words) if current else line
    if current:
        paragraphs.append(current)
    return paragraphs


def _is_title(first: str, second: str, width: int) -> bool:
    """The first line is a title: longer than the wrapped lines, or in Title Case, and no sentence runs on."""
    if _inside_sentence(first, second) or first.endswith(_SENTENCE_END[:3]):
        return False
    words = [w for w in first.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return len(first) > width or (len(words) >= 3 and capitalised >= 0.7 * len(words))


def _continues(previous: str, line: str, measure: _Measure, indented: bool) -> bool:
    if previous.endswith(_HYPHENS) and line[:1].islower():
        return True
    if indented:
        return False
    if line[:1].islower() and not previous.endswith(_SENTENCE_END[:3]):
        return True
    room = measure.width - measure.slack - len(previous) - 1
    return len(_first_word(line)) > room
