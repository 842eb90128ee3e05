"""Delivery words: ``kit/data/tone_delivery.tsv``, how the outlet may characterise the way a speaker spoke.

The ``delivery`` rows are the words themselves ("effusive", "curtly", "far
shorter"), each with a gloss for students; a short adjective also matches its
comparative and superlative (:func:`~kit.tone.grammar.comparatives`). The
other rows are word classes that the framing rules, the ``delivery`` context
condition and the speaker resolver read: statement nouns ("remarks"), speech
verbs ("said curtly"), perception verbs ("appeared cool"), verbs of delivering
("gave a two-minute reply") and of duration ("spoke for twenty minutes").

A row with the wrong number of columns, an unknown kind, an unknown part of
speech or a delivery word without a gloss raises
:class:`~kit.errors.LexiconError` naming the file and the line.

>>> words = delivery_words()
>>> words.words["terser"][1], "remarks" in words.statement_nouns
('rudely short', True)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import read_rows
from .grammar import comparatives, read_pos

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DELIVERY_FILE", "WORD_CLASSES", "DeliveryWord", "DeliveryWords", "delivery_words"]

#: The data file (in ``kit/data/``) of the delivery words.
DELIVERY_FILE = "tone_delivery.tsv"
#: The kinds of row that name a word class rather than a delivery word.
WORD_CLASSES = ("statement_noun", "speech_verb", "perception_verb", "delivering_verb", "duration_verb")

#: A delivery word's parts of speech (None: any) and its gloss.
DeliveryWord = tuple[frozenset[str] | None, str]


@dataclass(frozen=True)
class DeliveryWords:
    """``tone_delivery.tsv``: delivery words and the word classes the framing rules read."""

    words: Mapping[str, DeliveryWord]
    statement_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    delivering_verbs: frozenset[str]
    duration_verbs: frozenset[str]

    def is_statement(self, token: Token) -> bool:
        """``token`` is something a speaker produces ("remarks", "a speech"): its word or its lemma."""
        return token.lower_ in self.statement_nouns or token.lemma_.lower() in self.statement_nouns


@functools.cache
def delivery_words() -> DeliveryWords:
    """The delivery words and word classes of ``kit/data/tone_delivery.tsv``, read once."""
    words: dict[str, DeliveryWord] = {}
    kinds: dict[str, set[str]] = {kind: set() for kind in WORD_CLASSES}
    for row in read_rows(DELIVERY_FILE):
        kind = row["kind"]
        if len(row) not in (3, 4):
            raise row.error("expected 4 tab-separated columns (3 for a word class)")
        if kind != "delivery" and kind not in kinds:
            raise row.error(f"unknown kind {kind!r} (delivery or one of {', '.join(WORD_CLASSES)})")
        if not row["word"]:
            raise row.error("the word is empty")
        pos = read_pos(row)
        if kind == "delivery":
            if not row["gloss"]:
                raise row.error("a delivery word needs a gloss")
            word = row["word"].lower()
            for form in comparatives(word) if pos is None or "ADJ" in pos else (word,):
                words.setdefault(form, (pos, row["gloss"]))
        else:
            kinds[kind].add(row["word"].lower())
    return DeliveryWords(
        words,
        frozenset(kinds["statement_noun"]),
        frozenset(kinds["speech_verb"]),
        frozenset(kinds["perception_verb"]),
        frozenset(kinds["delivering_verb"]),
        frozenset(kinds["duration_verb"]),
    )
