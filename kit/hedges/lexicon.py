"""The hedge lexicon: the entries of ``kit/data/hedges.tsv``, their patterns, and the matcher that finds them.

Each line of the file is a pattern, a category, the name of a context rule
(or ``-``) and an explanation (or ``-`` for the category's default). The file
is read through :func:`kit.lexicon.read_rows` and checked as it is read: a line
with the wrong number of columns, an unknown category, an unknown rule or an
unknown ``@list`` raises :class:`~kit.errors.LexiconError` naming the file and
the line. The patterns are compiled once per spaCy vocabulary into a
:class:`spacy.matcher.PhraseMatcher` (matched on ``LOWER``) and cached.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import read_rows
from ..records import HEDGE_CATEGORIES
from .rules import RULES
from .vocabulary import category_explanation, word_list, word_lists

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["LEXICON_FILE", "HedgeEntry", "expand_pattern", "load_lexicon", "phrase_matches"]

#: The data file (in ``kit/data/``) of the hedge lexicon.
LEXICON_FILE = "hedges.tsv"


@dataclass(frozen=True)
class HedgeEntry:
    """One line of ``kit/data/hedges.tsv``."""

    pattern: str
    category: str
    rule: str | None
    explanation: str | None
    line: int

    def explain(self, text: str) -> str:
        """The explanation a student reads for the words ``text`` found by this entry."""
        template = self.explanation or category_explanation(self.category)
        return template.replace("{text}", " ".join(text.split()))


@functools.cache
def load_lexicon() -> tuple[HedgeEntry, ...]:
    """Every entry of ``kit/data/hedges.tsv``, checked.

    >>> entries = load_lexicon()
    >>> sorted({e.category for e in entries}) == sorted(HEDGE_CATEGORIES)
    True
    """
    entries = []
    for row in read_rows(LEXICON_FILE):
        if len(row) != 4:
            raise row.error("expected 4 tab-separated columns")
        pattern, category, rule, explanation = row.cells
        if category not in HEDGE_CATEGORIES:
            raise row.error(f"unknown category {category!r}")
        if rule != "-" and rule not in RULES:
            raise row.error(f"unknown rule {rule!r}")
        unknown = sorted(_list_names(pattern) - set(word_lists()))
        if unknown:
            raise row.error(f"unknown word list @{unknown[0]}")
        entries.append(
            HedgeEntry(
                pattern=pattern,
                category=category,
                rule=None if rule == "-" else rule,
                explanation=None if explanation == "-" else explanation,
                line=row.line,
            )
        )
    return tuple(entries)


# --- patterns ------------------------------------------------------------------------------

_LITERAL = re.compile(r"n['’]t|['’]d\b|\w+(?=n['’]t)|\w+|[^\w\s]")


def _list_names(pattern: str) -> set[str]:
    """The word lists a pattern names ("@reporting" → "reporting")."""
    return {piece.rstrip("?")[1:] for piece in pattern.split() if piece.startswith("@")}


def _spellings(word: str) -> list[str]:
    """A word and its curly-apostrophe spelling ("n't" and "n’t")."""
    return sorted({word, word.replace("'", "’")})


def _alternatives(piece: str) -> list[tuple[str, ...]]:
    """The token sequences one space-separated piece of a pattern stands for."""
    optional = piece.endswith("?") and len(piece) > 1
    base = piece[:-1] if optional else piece
    words = sorted(word_list(base[1:])) if base.startswith("@") else base.lower().split("|")
    out: list[tuple[str, ...]] = [tuple(_LITERAL.findall(w)) for w in words if w]
    if optional:
        out.append(())
    return out


def expand_pattern(pattern: str) -> list[tuple[str, ...]]:
    """Every phrase (a tuple of lower-case words) a lexicon pattern stands for.

    >>> expand_pattern("so-called")
    [('so', '-', 'called')]
    >>> expand_pattern("widely? seen|regarded as")
    [('widely', 'seen', 'as'), ('widely', 'regarded', 'as'), ('seen', 'as'), ('regarded', 'as')]
    >>> expand_pattern("for now / for the time being")
    [('for', 'now'), ('for', 'the', 'time', 'being')]
    """
    phrases: list[tuple[str, ...]] = []
    for alternative in pattern.split(" / "):
        partial: list[tuple[str, ...]] = [()]
        for piece in alternative.split():
            partial = [p + alt for p in partial for alt in _alternatives(piece)]
        phrases.extend(partial)
    out: list[tuple[str, ...]] = []
    for phrase in phrases:
        if not phrase:
            continue
        for variant in itertools.product(*(_spellings(w) for w in phrase)):
            if variant not in out:
                out.append(variant)
    return out


# --- the matcher ---------------------------------------------------------------------------

_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}
_KEY = "kit_hedge_"


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """The hedge matcher of a vocabulary, built once: one key per lexicon entry, matched on LOWER."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    for index, entry in enumerate(load_lexicon()):
        phrases = [Doc(vocab, words=list(p)) for p in expand_pattern(entry.pattern)]
        matcher.add(f"{_KEY}{index}", phrases)
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def phrase_matches(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """Every phrase of the lexicon in ``doc``, before any context rule: (start token, end token,
    index of the entry in :func:`load_lexicon`), in the matcher's order, repeats included.

    >>> from spacy.lang.en import English
    >>> doc = English()("Prices may rise.")
    >>> [(start, end, load_lexicon()[index].pattern) for start, end, index in phrase_matches(doc)]
    [(1, 2, 'may')]
    """
    strings = doc.vocab.strings
    for match_id, start, end in _matcher(doc.vocab)(doc):
        yield start, end, int(strings[match_id].removeprefix(_KEY))
