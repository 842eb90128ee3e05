"""Loaded words: evaluative or emotive wording in the outlet's own voice, from ``loaded_words.tsv``.

Each row of the file is a word (with extra spellings after ``|``) or a phrase,
its parts of speech, a context (:mod:`kit.tone.context`), a neutral
alternative and an explanation. A word also matches its regular inflections
("court" finds "courting"); a phrase is matched as written, its first word
inflected when it is a verb. Any part of speech a row allows as ADJ also
matches a word in an adjective's function (:func:`~kit.tone.grammar.pos_fits`).
A loaded adjective directly before the loaded noun it modifies makes one
loaded phrase ("humiliating blow"), and a phrase wins over a word inside it.

A row with the wrong number of columns, no word, an unknown part of speech or
context condition, or no alternative or explanation raises
:class:`~kit.errors.LexiconError` naming the file and the line.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import read_rows
from ..records import Attribution, LoadedWord
from .context import Condition, holds, particle, read_conditions
from .grammar import NAME_ENTITIES, inflections, pos_fits, read_pos
from .spans import LETTERS, speakers_words, word_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lexicon import Row
    from ..pipeline import ParsedArticle

__all__ = ["LOADED_FILE", "find_loaded_words"]

#: The data file (in ``kit/data/``) of the loaded words.
LOADED_FILE = "loaded_words.tsv"


@dataclass(frozen=True)
class _LoadedEntry:
    word: str
    pos: frozenset[str] | None
    conditions: tuple[Condition, ...]
    alternative: str
    explanation: str


@dataclass(frozen=True)
class _LoadedLexicon:
    single: Mapping[str, tuple[_LoadedEntry, ...]]
    phrases: Mapping[str, _LoadedEntry]
    phrase_starts: Mapping[str, re.Pattern[str]]  # first word → the phrases that start with it


_SEPARATOR = r"[\s\-‐‑–]+"


def _entry(row: Row) -> tuple[_LoadedEntry, list[str]]:
    """A checked row of the file, and its spellings (lower case)."""
    if len(row) != 5:
        raise row.error("expected 5 tab-separated columns")
    spellings = [s.strip().lower() for s in row["word"].split("|") if s.strip()]
    if not spellings:
        raise row.error("the word is empty")
    if not row["alternative"] or not row["explanation"]:
        raise row.error("a loaded word needs an alternative and an explanation")
    entry = _LoadedEntry(
        spellings[0], read_pos(row), read_conditions(row), row["alternative"], row["explanation"]
    )
    return entry, spellings


@functools.cache
def _loaded_lexicon() -> _LoadedLexicon:
    single: dict[str, list[_LoadedEntry]] = {}
    phrases: dict[str, _LoadedEntry] = {}
    alternatives: dict[str, list[str]] = {}
    for row in read_rows(LOADED_FILE):
        entry, spellings = _entry(row)
        pos = entry.pos
        for spelling in spellings:
            words = re.split(_SEPARATOR, spelling)
            if len(words) == 1:
                for form in inflections(spelling, pos):
                    single.setdefault(form, []).append(entry)
                continue
            firsts = inflections(words[0], pos) if pos is not None and "VERB" in pos else {words[0]}
            rest = "".join(_SEPARATOR + re.escape(w) for w in words[1:])
            for first in firsts:
                phrases[" ".join([first, *words[1:]])] = entry
                alternatives.setdefault(first, []).append(re.escape(first) + rest)
    starts = {
        first: re.compile(
            "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?![\w\-])", re.IGNORECASE
        )
        for first, alts in alternatives.items()
    }
    return _LoadedLexicon(
        single={k: tuple(v) for k, v in single.items()}, phrases=phrases, phrase_starts=starts
    )


def _phrase_matches(text: str, starts: Mapping[str, re.Pattern[str]]) -> list[re.Match[str]]:
    """The phrases of the lexicon in ``text``, each found from its first word (not after a hyphen)."""
    found = []
    for match in LETTERS.finditer(text):
        phrase = starts.get(match.group().lower())
        if phrase is not None and not (match.start() and text[match.start() - 1] == "-"):
            found_phrase = phrase.match(text, match.start())
            if found_phrase is not None:
                found.append(found_phrase)
    return found


_Found = tuple[int, int, _LoadedEntry, "Token | None"]  # start, end, entry, the word's token


def _words(candidates: Sequence[tuple[Token, tuple[_LoadedEntry, ...]]]) -> list[_Found]:
    """The single words whose part of speech and context fit their first fitting entry."""
    found: list[_Found] = []
    for token, entries in candidates:
        pos = token.pos_
        if pos == "PROPN" or token.ent_type_ in NAME_ENTITIES:
            continue
        for entry in entries:
            if entry.pos is not None and not pos_fits(token, pos, entry.pos):
                continue
            if not holds(token, entry.conditions):
                continue
            start, end = token.idx, token.idx + len(token.text)
            verb_particle = next(
                (particle(token, c.words) for c in entry.conditions if c.name == "prt"), None
            )
            if verb_particle is not None and verb_particle.i > token.i:  # "shrugged that off"
                end = verb_particle.idx + len(verb_particle.text)
            found.append((start, end, entry, token))
            break
    return found


def find_loaded_words(
    parsed: ParsedArticle, *, attributions: Sequence[Attribution] = ()
) -> tuple[LoadedWord, ...]:
    """Evaluative or emotive words in the outlet's own voice, with neutral alternatives.

    A word counts when it is in ``kit/data/loaded_words.tsv`` with a matching
    part of speech and context, and stands outside quotation marks and outside
    the content of direct attributions. Words that are part of a name
    ("Radical Party") are skipped.

    >>> from kit.article import load_article
    >>> from kit.pipeline import parse
    >>> parsed = parse(load_article('Vote\\n\\nThe mob cheered. "A dramatic day," he said.'))
    >>> [(w.text, w.alternative) for w in find_loaded_words(parsed)]
    [('mob', 'crowd')]
    """
    doc = parsed.doc
    text = parsed.text
    if not text or len(doc) == 0:
        return ()
    lexicon = _loaded_lexicon()
    hidden = speakers_words(parsed, attributions)
    candidates = list(word_tokens(doc, text, lexicon.single))
    phrase_matches = _phrase_matches(text, lexicon.phrase_starts)
    found = [f for f in _words(candidates) if not hidden.overlaps(f[0], f[1])]
    for match in phrase_matches:
        start, end = match.span()
        entry = lexicon.phrases.get(" ".join(re.split(_SEPARATOR, match.group().lower())))
        if entry is None or hidden.overlaps(start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            root = span.root
            if entry.pos is not None and not pos_fits(root, root.pos_, entry.pos):
                continue
            if not holds(root, entry.conditions):
                continue
        found.append((start, end, entry, None))
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[_Found] = []
    for item in found:  # a phrase wins over a word inside it
        if kept and item[0] < kept[-1][1]:
            continue
        if kept and _modifies(kept[-1][3], item[3]):  # "humiliating blow": one loaded phrase
            start, _end, first, _token = kept.pop()
            merged = dataclasses.replace(item[2], explanation=f"{first.explanation}; {item[2].explanation}")
            item = (start, item[1], merged, item[3])
        kept.append(item)
    return tuple(
        LoadedWord(
            start=start,
            end=end,
            text=text[start:end],
            alternative=entry.alternative,
            explanation=entry.explanation,
            sentence=parsed.sentence_at(start),
            paragraph=parsed.paragraph_at(start),
        )
        for start, end, entry, _token in kept
    )


def _modifies(left: Token | None, right: Token | None) -> bool:
    """``left`` is an adjective directly before the noun ``right`` that it modifies."""
    return (
        left is not None
        and right is not None
        and left.i + 1 == right.i
        and left.dep_ == "amod"
        and left.head.i == right.i
    )
