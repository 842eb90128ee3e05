"""Quote marks: pairing that survives straight, curly, mixed and unbalanced marks.

The rules, in the order they are applied:

* “ „ « always open and ” » always close; a straight ``"`` opens after a space,
  an opening bracket or the start of a paragraph, and closes otherwise.
* A paragraph that ends inside a quotation continues it when the next paragraph
  opens with a quote mark (the multi-paragraph convention); otherwise the
  quotation is closed at the end of its paragraph and marked ``closed=False``.
* An opening mark inside an open quotation that cannot be nested restarts it:
  the first one is left unclosed.
* A stray closing mark outside any quotation is ignored.
* Single quotes ‘…’ or '…' count as quotations only in opening and closing
  positions (a space before, a letter after, and the reverse), so apostrophes
  (“Xi’s”, “don't”, “the ’90s”) never start one. Inside double quotes they are
  part of the quotation, not a new one.

>>> [q.content(text) for text in ['He said "yes" and ‘no’.'] for q in find_quotes(text)]
['yes', 'no']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .records import TextSpan

__all__ = ["DOUBLE_CLOSE", "DOUBLE_OPEN", "Quote", "find_quotes"]

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
_OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True)
class Quote:
    """A quotation: marks at ``start`` and ``end - 1``, words in ``content_*``."""

    start: int
    end: int
    content_start: int
    content_end: int
    open_mark: str
    close_mark: str | None
    first_paragraph: int
    last_paragraph: int

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def multi_paragraph(self) -> bool:
        return self.last_paragraph > self.first_paragraph

    @property
    def single(self) -> bool:
        return self.open_mark in "‘'"

    def content(self, text: str) -> str:
        return text[self.content_start : self.content_end]


def _double_role(text: str, i: int, start: int) -> str | None:
    mark = text[i]
    if mark in DOUBLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close"
    if mark == STRAIGHT:
        before = text[i - 1] if i > start else " "
        return "open" if before in _OPENING_CONTEXT or before in DOUBLE_OPEN else "close"
    return None


_SINGLE = re.compile(r"(?P<open>(?<![\w’'])[‘'](?=[^\W\d_]))|(?P<close>(?<=[\w.,!?…])[’'](?![\w’']))")


def find_quotes(text: str, paragraphs: Sequence[TextSpan] | None = None) -> list[Quote]:
    """Find every quotation in ``text``, paragraph-aware (see the module rules)."""
    if paragraphs is None:
        paragraphs = [TextSpan(0, len(text))]
    quotes: list[Quote] = []
    open_at: int | None = None  # offset of the opening mark of the current quotation
    open_mark = ""
    first_para = 0
    for p_index, para in enumerate(paragraphs):
        if open_at is not None:
            if para.end > para.start and text[para.start] in DOUBLE_OPEN + STRAIGHT:
                pass  # the multi-paragraph convention: the quotation goes on
            else:
                quotes.append(_unclosed(text, open_at, open_mark, first_para, p_index - 1, paragraphs))
                open_at = None
        for i in range(para.start if open_at is None else para.start + 1, para.end):
            role = _double_role(text, i, para.start)
            if role is None:
                continue
            if open_at is None:
                if role == "open":
                    open_at, open_mark, first_para = i, text[i], p_index
                continue  # a stray closing mark
            if role == "close" or (text[i] == STRAIGHT and open_mark == STRAIGHT):
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, open_mark, text[i], first_para, p_index))
                open_at = None
            else:  # a new opening mark inside: restart
                quotes.append(_unclosed(text, open_at, open_mark, first_para, p_index, paragraphs, i))
                open_at, open_mark, first_para = i, text[i], p_index
    if open_at is not None:
        quotes.append(_unclosed(text, open_at, open_mark, first_para, len(paragraphs) - 1, paragraphs))
    return sorted(quotes + _single_quotes(text, paragraphs, quotes), key=lambda q: q.start)


def _unclosed(
    text: str,
    open_at: int,
    mark: str,
    first: int,
    last: int,
    paragraphs: Sequence[TextSpan],
    stop: int | None = None,
) -> Quote:
    end = paragraphs[last].end if stop is None else stop
    content_end = len(text[open_at + 1 : end].rstrip()) + open_at + 1
    return Quote(open_at, content_end, open_at + 1, content_end, mark, None, first, last)


def _single_quotes(text: str, paragraphs: Sequence[TextSpan], doubles: Sequence[Quote]) -> list[Quote]:
    """‘Scare quotes’ and British-style quotations, outside double quotations."""
    inside = [(q.start, q.end) for q in doubles]
    out: list[Quote] = []
    for p_index, para in enumerate(paragraphs):
        open_at: int | None = None
        for match in _SINGLE.finditer(text, para.start, para.end):
            i = match.start()
            if any(a <= i < b for a, b in inside):
                continue
            if open_at is None:
                if match.group("open"):
                    open_at = i
            elif match.group("close"):
                out.append(Quote(open_at, i + 1, open_at + 1, i, text[open_at], text[i], p_index, p_index))
                open_at = None
    return out


def find_nested_quotes(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Single-quoted stretches inside double quotations (a label a speaker quotes).

    :func:`find_quotes` keeps these inside the outer quotation; this lists them,
    with the same opening/closing rules as other single quotes.

    >>> text = "“Mum calls it ‘a bit of baking’,” Daniel said."
    >>> [q.content(text) for q in find_nested_quotes(text, find_quotes(text))]
    ['a bit of baking']
    """
    out: list[Quote] = []
    for outer in quotes:
        if outer.single:
            continue
        open_at: int | None = None
        for match in _SINGLE.finditer(text, outer.content_start, outer.content_end):
            i = match.start()
            if open_at is None:
                if match.group("open"):
                    open_at = i
            elif match.group("close"):
                out.append(Quote(open_at, i + 1, open_at + 1, i, text[open_at], text[i],
                                 outer.first_paragraph, outer.last_paragraph))
                open_at = None
    return out
