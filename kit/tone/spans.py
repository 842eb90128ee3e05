"""From characters to tokens: the speakers' words, overlap tests, and the tokens of a stretch or of a word.

Tone works on character offsets (the records' spans) and reads the parse
token by token. :class:`Intervals` answers "does this stretch touch any of
those spans?"; :func:`speakers_words` are the spans that are not the outlet's
voice (quotations, the content of direct attributions); :func:`span_tokens`
are the tokens of ``doc.text[start:end]``; :func:`word_tokens` finds the
tokens of a vocabulary's words.

Words are looked up as runs of letters (:data:`LETTERS`), not with
:data:`kit.words.WORD`: each run must be a token of its own, so "well-known"
is looked up as "well" and "known", as the lexicons list them.

>>> spans = Intervals([(10, 20), (15, 30), (40, 45)])
>>> spans.overlaps(25, 35), spans.overlaps(30, 40), spans.overlaps(44, 50)
(True, False, True)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..pipeline import ParsedArticle
    from ..records import Attribution

__all__ = ["LETTERS", "Intervals", "span_tokens", "speakers_words", "word_tokens"]

#: A run of letters: how the lexicons' words are found in the text.
LETTERS = re.compile(r"[^\W\d_]+")


class Intervals:
    """Sorted, merged character intervals with a fast overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in spans if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any interval."""
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def speakers_words(parsed: ParsedArticle, attributions: Sequence[Attribution]) -> Intervals:
    """Quotations (marks included) and the content of direct attributions: not the outlet's voice."""
    spans = [(q.start, q.end) for q in parsed.quotes]
    spans += [(a.content_start, a.content_end) for a in attributions if a.kind == "direct"]
    return Intervals(spans)


def span_tokens(doc: Doc, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``doc.text[start:end]`` (those inside it, else those it touches), spaces left out."""
    end = len(doc.text) if end is None else end
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [t for t in span if not t.is_space]


def word_tokens(doc: Doc, text: str, vocabulary: Mapping[str, Any]) -> Iterator[tuple[Token, Any]]:
    """Tokens whose lower-case text is in ``vocabulary``, with its value.

    The words are found with a regular expression over the text and mapped to
    tokens, which is much faster than reading every token's attributes.
    """
    for match in LETTERS.finditer(text):
        value = vocabulary.get(match.group().lower())
        if value is None:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield span[0], value
