"""Context conditions: when a row of ``loaded_words.tsv`` or ``tone_corrections.tsv`` applies to a word.

Context conditions
------------------
The ``context`` column of ``loaded_words.tsv`` and ``tone_corrections.tsv`` is
``*`` or conditions joined by ``;``, all of which must hold:
``next=a,b`` / ``prev=a,b`` (the next / previous word is one of these),
``not_next=…`` / ``not_prev=…``, ``next_not_time`` (the word after the next one
is not a date or time: "cool on Monday" is weather), ``dep=a,b`` (the
dependency label), ``no_compound`` (not part of a noun compound), ``entity``
(inside a named entity), ``address`` (inside a form of address), ``prt=a,b``
(the verb has this particle: "shrugged that off"; the match runs to it),
``obj=a,b`` (the verb's object is one of these words, or any clause when
``clause`` is listed: "attacked the plan" but not "attacked a convoy") and
``delivery`` (the word describes a speaker or a statement: "his statement was
restrained", not "the dog was restrained").

An unknown condition, a condition that takes words given none (``next=``) or
one that takes none given some (``entity=x``) raises
:class:`~kit.errors.LexiconError` naming the file and the line, so a typo can
neither widen nor silently disable a rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..sources.mentions import PRONOUNS, SUBJECT_DEPS
from .delivery import delivery_words
from .grammar import NAME_ENTITIES, PREDICATIVE_DEPS
from .markers import titles

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lexicon import Row

__all__ = ["CONDITIONS", "Condition", "holds", "particle", "read_conditions"]

TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december today tomorrow yesterday weekend night morning "
    "evening afternoon".split()
)


@dataclass(frozen=True)
class Condition:
    """One condition of a ``context`` cell: its name and the words it lists (lower case)."""

    name: str
    words: frozenset[str] = frozenset()


def read_conditions(row: Row, column: str = "context") -> tuple[Condition, ...]:
    """The conditions of a row's ``context`` cell (none for ``*``), checked against :data:`CONDITIONS`."""
    value = row[column].strip()
    if value in ("", "*"):
        return ()
    out = []
    for part in value.split(";"):
        name, _, words = part.strip().partition("=")
        condition = Condition(name.strip(), frozenset(w.strip().lower() for w in words.split(",") if w))
        if condition.name not in CONDITIONS:
            raise row.error(f"unknown context condition {condition.name!r} (see kit.tone.context)")
        takes_words = condition.name in _WORD_CONDITIONS
        if takes_words and not condition.words:
            raise row.error(
                f"the context condition {condition.name}= needs words (such as {condition.name}=a,b)"
            )
        if not takes_words and words.strip():
            raise row.error(f"the context condition {condition.name} takes no words")
        out.append(condition)
    return tuple(out)


def holds(token: Token, conditions: tuple[Condition, ...], *, address: frozenset[int] = frozenset()) -> bool:
    """Whether every condition holds for ``token`` (``address``: the tokens in a form of address)."""
    return all(CONDITIONS[c.name](token, c.words, address) for c in conditions)


def particle(token: Token, words: frozenset[str]) -> Token | None:
    """The verb particle of ``token`` if it is one of ``words`` ("shrugged that off")."""
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ in words:
            return child
    return None


def _neighbour(token: Token, offset: int) -> Token | None:
    i = token.i + offset
    doc = token.doc
    return doc[i] if 0 <= i < len(doc) else None


def _neighbour_in(token: Token, offset: int, words: frozenset[str]) -> bool:
    other = _neighbour(token, offset)
    return other is not None and other.lower_ in words


def _is_time(token: Token | None) -> bool:
    return token is not None and (token.ent_type_ in ("DATE", "TIME") or token.lower_ in TIME_WORDS)


def _object_in(token: Token, words: frozenset[str]) -> bool:
    """The verb's object is one of ``words`` (lemma or word), or a clause when ``clause`` is listed."""
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and (child.lower_ in words or child.lemma_.lower() in words):
            return True
        if child.dep_ in ("ccomp", "xcomp") and "clause" in words:
            return True
    return False


def _speakerish(token: Token) -> bool:
    """A person (a name, a pronoun, a title such as "the minister") or something a person said."""
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in PRONOUNS
        or token.lower_ in ("i", "we", "they", "you")
        or delivery_words().is_statement(token)
        or token.lemma_.lower() in titles()
    )


def _describes_delivery(token: Token) -> bool:
    """``token`` characterises a speaker or a statement: "a terse reply", "his statement was restrained"."""
    if token.dep_ == "amod":
        return _speakerish(token.head)
    if token.pos_ == "ADV" and token.dep_ == "advmod":
        return token.head.lemma_.lower() in delivery_words().speech_verbs
    if token.dep_ in PREDICATIVE_DEPS or token.dep_ in ("ROOT", "conj"):
        verb = token.head if token.dep_ != "ROOT" else token
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return _speakerish(subject)
            if verb.head.i == verb.i:
                break
            verb = verb.head
    return False


def _no_compound(token: Token) -> bool:
    return token.dep_ != "compound" and not any(c.dep_ == "compound" for c in token.children)


_Test = Callable[["Token", frozenset[str], frozenset[int]], bool]

#: Each condition by name: whether it holds for a token, given its words and the form-of-address tokens.
CONDITIONS: dict[str, _Test] = {
    "next": lambda token, words, _address: _neighbour_in(token, 1, words),
    "prev": lambda token, words, _address: _neighbour_in(token, -1, words),
    "not_next": lambda token, words, _address: not _neighbour_in(token, 1, words),
    "not_prev": lambda token, words, _address: not _neighbour_in(token, -1, words),
    "next_not_time": lambda token, _words, _address: not _is_time(_neighbour(token, 2)),
    "dep": lambda token, words, _address: token.dep_ in words or token.dep_.lower() in words,
    "no_compound": lambda token, _words, _address: _no_compound(token),
    "entity": lambda token, _words, _address: token.ent_type_ in NAME_ENTITIES,
    "address": lambda token, _words, address: token.i in address,
    "prt": lambda token, words, _address: particle(token, words) is not None,
    "obj": lambda token, words, _address: _object_in(token, words),
    "delivery": lambda token, _words, _address: _describes_delivery(token),
}
_WORD_CONDITIONS = frozenset({"next", "prev", "not_next", "not_prev", "dep", "prt", "obj"})
