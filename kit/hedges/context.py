"""What a context rule reads around a match: the shape of a rule and the parse it may rely on.

A rule receives the Doc and the token span ``[start, end)`` of a match; it returns
the span of the hedge (the same, or extended to the quantity it blurs) or ``None``
to reject the match. The Doc may come from a full pipeline or a blank one (no
tags, no parse, no sentences): every question below has an answer either way.

>>> from spacy.lang.en import English
>>> doc = English()("Prices may rise.")
>>> has_tags(doc), lower_at(doc, 1), lower_at(doc, 9), sentence_of(doc, 1).text
(False, 'may', '', 'Prices may rise.')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..pipeline import sentence_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

__all__ = [
    "NEGATIONS",
    "Rule",
    "Span",
    "has_parse",
    "has_sentences",
    "has_tags",
    "lemma",
    "lower_at",
    "sentence_of",
    "token_at",
]

#: A hedge as the rules see it: the token span ``[start, end)``.
Span = tuple[int, int]
#: A context rule: ``rule(doc, start, end)`` accepts a match (its span, perhaps extended) or rejects it.
Rule = Callable[["Doc", int, int], "Span | None"]

NEGATIONS = frozenset({"not", "n't", "n’t", "no", "never", "none", "nobody", "nothing", "neither", "nor"})


def has_tags(doc: Doc) -> bool:
    """Does the Doc carry part-of-speech tags?"""
    return doc.has_annotation("TAG")


def has_parse(doc: Doc) -> bool:
    """Does the Doc carry a dependency parse?"""
    return doc.has_annotation("DEP")


def has_sentences(doc: Doc) -> bool:
    """Are the Doc's sentences set (by a sentencizer or by the parse)?"""
    return doc.has_annotation("SENT_START") or has_parse(doc)


def sentence_of(doc: Doc, i: int) -> TokenSpan:
    """The sentence of token ``i``, or the whole Doc when sentences are not set (a blank pipeline)."""
    if has_sentences(doc):
        return sentence_span(doc[i])
    return doc[:]


def in_purpose_clause(verb: Token) -> bool:
    """Is ``verb`` the verb of a clause of purpose ("so that traders could see", "in order that it
    would last")? Such a clause says what something is for, not how sure anyone is of it."""
    return any(
        c.dep_ == "mark" and c.lower_ == "that" and lower_at(verb.doc, c.i - 1) in ("so", "order")
        for c in verb.children
    )


def lemma(token: Token) -> str:
    """The token's lemma in lower case, or the word itself when there is no lemma."""
    return (token.lemma_ or token.text).lower()


def token_at(doc: Doc, i: int) -> Token | None:
    """The token at ``i``, or ``None`` before the start or past the end of the Doc."""
    return doc[i] if 0 <= i < len(doc) else None


def lower_at(doc: Doc, i: int) -> str:
    """The lower-case word at ``i``, or ``""`` before the start or past the end of the Doc."""
    token = token_at(doc, i)
    return token.lower_ if token is not None else ""
