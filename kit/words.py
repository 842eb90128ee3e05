"""Words and names: the one word pattern, word counts, and when two names are the same source.

Every count of words in the kit (an article's length, words quoted, the words
of a student's answer, a statement's length) uses :data:`WORD`, so the figures
a student sees in the report, a chart, a widget and the feedback page agree.
Every comparison of two names of a source (the tagger's feedback, the grader,
the charts, the key compiler, the benchmarks) uses :func:`same_speaker`.

>>> count_words("Xi’s “dear friend” — a well-known phrase")
6
>>> same_speaker("Mr Putin", "Vladimir Putin"), same_speaker("Moscow", "Russia")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "HYPHENS", "KIN", "NAME_STOPWORDS", "WORD", "count_words", "name_words", "normalise", "same_speaker",
]  # fmt: skip

#: A hyphen as spaCy gives it a token of its own (ASCII, U+2010, the non-breaking U+2011).
HYPHENS = frozenset({"-", "‐", "‑"})

#: A word: letters or digits, with inner apostrophes and hyphens ("Xi’s", "well-known" count once).
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

#: Relatives a name stands beside ("His wife, Carys Tarrant,", "Her daughter, Judit Varro,").
KIN = frozenset(
    "daughter son wife husband mother father brother sister widow widower partner niece nephew".split()
)

#: Words that do not tell two sources apart: articles, possessives, forms of address.
NAME_STOPWORDS = frozenset({"the", "a", "an", "of", "his", "her", "its", "their", "mr", "mrs", "ms", "dr"})


def count_words(text: str) -> int:
    """How many words ``text`` has (hyphenated and apostrophe words count once)."""
    return len(WORD.findall(text))


def normalise(text: str) -> str:
    """``text`` as compared by the kit: Unicode-normalised, case-folded, ’ as ', spaces folded.

    >>> normalise("  The  Outlet’s Voice ")
    "the outlet's voice"
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("’", "'").split())


def name_words(name: str) -> frozenset[str]:
    """The words that identify a source in ``name`` (articles and forms of address left out).

    >>> sorted(name_words("Mr Vladimir Putin’s"))
    ["putin's", 'vladimir']
    """
    return frozenset(w for w in WORD.findall(normalise(name)) if w not in NAME_STOPWORDS)


def same_speaker(a: str, b: str) -> bool:
    """Whether two names are the same source: equal, or one's words all in the other's.

    >>> same_speaker("Putin", "Vladimir Putin"), same_speaker("official translation",
    ...     "the official translation into Russian"), same_speaker("Moscow", "Russia")
    (True, True, False)
    >>> same_speaker("Mr Putin", "Vladimir Putin"), same_speaker("Xi", "Putin"), same_speaker("", "")
    (True, False, True)
    """
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return normalise(a) == normalise(b)
    return x <= y or y <= x
