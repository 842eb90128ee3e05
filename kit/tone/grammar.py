"""The grammar tone's data files name: parts of speech, dependency and entity groups, word forms.

A ``pos`` column (``loaded_words.tsv``, ``tone_corrections.tsv``,
``tone_delivery.tsv``) holds spaCy's coarse tags (:data:`UPOS`) joined by
``,``, or ``*`` for any (:func:`read_pos`). Any part of speech a row allows as
ADJ also matches a word in an adjective's function (``amod``) that the tagger
read as a participle or a noun ("a humiliating blow", "a rousing speech"):
:func:`pos_fits`. A lexicon word also matches its regular forms:
:func:`inflections` for loaded words, :func:`comparatives` for delivery words.

>>> sorted(inflections("court", frozenset({"VERB"})))
['court', 'courted', 'courting', 'courts']
>>> comparatives("terse"), comparatives("effusive")
(('terse', 'terser', 'tersest'), ('effusive',))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lexicon import Row

__all__ = [
    "ADJ_DEPS",
    "NAME_ENTITIES",
    "PREDICATIVE_DEPS",
    "UPOS",
    "comparatives",
    "inflections",
    "pos_fits",
    "read_pos",
]

#: spaCy's coarse part-of-speech tags (Universal Dependencies), the values of a ``pos`` column.
UPOS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SPACE SYM VERB X".split()
)
#: Entity types whose words are part of a name, not of the wording.
NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)
#: Dependencies in which a participle works as an adjective ("the plan was humiliating").
ADJ_DEPS = frozenset({"amod", "acomp", "oprd", "attr", "conj", "advcl", "xcomp"})
#: Dependencies of a word that says what its subject is ("his statement was restrained").
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "attr", "xcomp"})

_VOWELS = "aeiou"


def read_pos(row: Row, column: str = "pos") -> frozenset[str] | None:
    """The parts of speech in a row's ``pos`` column; ``None`` for any (``*`` or empty).

    A tag that is not one of :data:`UPOS` raises :class:`~kit.errors.LexiconError`.
    """
    value = row[column].strip()
    if value in ("", "*"):
        return None
    tags = frozenset(p.strip().upper() for p in value.split(","))
    unknown = sorted(tags - UPOS)
    if unknown:
        raise row.error(f"unknown part of speech {unknown[0]!r} (spaCy's coarse tags, such as ADJ or VERB)")
    return tags


def pos_fits(token: Token, pos: str, wanted: frozenset[str]) -> bool:
    """``pos`` is wanted. A word in an adjective's function counts as ADJ whatever its tag: a
    participle ("a humiliating blow") or a word the tagger took for a noun ("a rousing speech")."""
    if pos in wanted:
        return True
    if "ADJ" not in wanted:
        return False
    dep = token.dep_
    return dep == "amod" or (pos == "VERB" and token.tag_ in ("VBG", "VBN") and dep in ADJ_DEPS)


def _doubles(word: str) -> bool:
    """A consonant-vowel-consonant ending whose last letter doubles ("stop" → "stopped")."""
    last3 = word[-3:]
    return (
        len(last3) == 3
        and last3[0] not in _VOWELS
        and last3[1] in _VOWELS
        and last3[2] not in _VOWELS + "wxy"
    )


def inflections(word: str, pos: frozenset[str] | None) -> set[str]:
    """Regular inflections of ``word`` for the parts of speech in ``pos`` (all when None)."""
    forms = {word}
    nounish = pos is None or "NOUN" in pos
    verbish = pos is None or "VERB" in pos
    if nounish or verbish:
        if word.endswith("is") and nounish:
            forms.add(word[:-2] + "es")  # crisis → crises
        if word.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(word + "es")
        elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
            forms.add(word[:-1] + "ies")
        else:
            forms.add(word + "s")
    if verbish:
        stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
        if word.endswith("e"):
            forms |= {word + "d", stem + "ing"}
        elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
            forms |= {word[:-1] + "ied", word + "ing"}
        else:
            forms |= {word + "ed", word + "ing"}
            if _doubles(word):
                forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def comparatives(word: str) -> tuple[str, ...]:
    """``word`` and, for a short adjective, its comparative and superlative ("shorter", "shortest")."""
    if len(word) > 7 or word.endswith(("ed", "ing", "ful", "ous", "ive", "al", "ic")) or "-" in word:
        return (word,)
    if word.endswith("e"):
        return word, word + "r", word + "st"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word, word[:-1] + "ier", word[:-1] + "iest"
    forms = [word, word + "er", word + "est"]
    if _doubles(word):
        forms += [word + word[-1] + "er", word + word[-1] + "est"]
    return tuple(forms)
