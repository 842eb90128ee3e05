"""The analysis contract: small, frozen, JSON-convertible records.

Every span is a pair of character offsets into the cleaned article body
(``Analysis.text``); ``end`` is exclusive, as in Python slicing. The JSON form
of each record is its fields, in order, with tuples as lists. Other tools read
this schema (the README documents it), so fields are only ever added, never
renamed.

The vocabulary of the schema lives here too: source types, attribution kinds,
hedge categories, and how the outlet's own voice is named where students tag
sentences (:data:`OUTLET_SPEAKER`, :data:`OWN_VOICE`) and where the grader
compares tags (:data:`OUTLET_VOICE`).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import sys
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = [
    "ATTRIBUTION_KINDS",
    "HEDGE_CATEGORIES",
    "OUTLET_SPEAKER",
    "OUTLET_VOICE",
    "OWN_VOICE",
    "SCHEMA_VERSION",
    "SOURCE_TYPES",
    "WRITER_HEDGE_CATEGORIES",
    "Attribution",
    "Framing",
    "Hedge",
    "LoadedWord",
    "Marker",
    "NonStatement",
    "QuotedTerm",
    "Sentence",
    "Speaker",
    "Statement",
    "TextSpan",
    "Tone",
    "UnattributedClaim",
    "WordScore",
    "find_speaker",
    "from_jsonable",
    "index_at",
    "to_jsonable",
]

SCHEMA_VERSION = 1

SOURCE_TYPES = (
    "named_person",
    "spokesperson",
    "organization",
    "document",
    "anonymous",
    "vague",
)
ATTRIBUTION_KINDS = ("direct", "partial", "indirect", "according_to")
HEDGE_CATEGORIES = (
    "possibility",
    "probability",
    "appearance",
    "approximation",
    "limitation",
    "distancing",
    "vague_source",
    "uncertainty",
)
#: The hedge categories that are always the writer's, even inside reported speech or a quotation
#: (GUIDELINES §3): they are how the writer frames the report, not what the source said.
WRITER_HEDGE_CATEGORIES = ("distancing", "vague_source")

#: The speaker a student chooses for a sentence in which nobody is reported speaking.
OUTLET_SPEAKER = "the outlet itself"
#: The kind a student chooses with it: the outlet's own voice, no source.
OWN_VOICE = "own_voice"
#: The label the grader gives such a sentence, whatever words the student used for it.
OUTLET_VOICE = "outlet"


def index_at(starts: Sequence[int], offset: int) -> int:
    """Which span holds ``offset``, given the sorted offsets where the spans start.

    The nearest span that starts at or before ``offset`` (0 before the first one):
    the sentence or paragraph of a character.

    >>> index_at([0, 10, 25], 12), index_at([0, 10, 25], 25), index_at([5], 0)
    (1, 2, 0)
    """
    return max(0, bisect.bisect_right(starts, offset) - 1)


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article body: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Attribution:
    """A source, a cue and the content credited to the source (GUIDELINES §2)."""

    speaker: str
    speaker_start: int | None
    speaker_end: int | None
    source_type: str
    kind: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content_start: int
    content_end: int
    sentence: int
    quoted_words: int = 0
    #: the source's full phrase around the mention ``speaker_start/end`` ("Mr. Trump", "Kellyanne
    #: Conway, Trump's campaign manager"): the description a student reads to judge the source type.
    #: A subject taken over from a coordinated verb has its phrase here ("The council" for "warned" in
    #: "The council backed the plan and warned …") but no ``speaker_start``: those words belong to the
    #: first clause. ``None`` when the source is not named in this sentence (a continued quotation)
    source_start: int | None = None
    source_end: int | None = None


@dataclass(frozen=True)
class QuotedTerm:
    """Scare quotes or a label: words in quote marks that are not a statement."""

    start: int
    end: int
    text: str
    owner: str | None
    sentence: int


@dataclass(frozen=True)
class NonStatement:
    """A refusal or an absence ("declined to comment", "did not mention X")."""

    speaker: str
    speaker_start: int | None
    speaker_end: int | None
    cue: str
    cue_start: int
    cue_end: int
    content_start: int | None
    content_end: int | None
    sentence: int


@dataclass(frozen=True)
class UnattributedClaim:
    """A sentence in the outlet's own voice stating a fact or judgement, no source."""

    start: int
    end: int
    sentence: int
    text: str


@dataclass(frozen=True)
class Hedge:
    """A word or phrase that softens or distances a claim (GUIDELINES §3).

    ``in_quote``: it stands inside quotation marks. ``speaker``: the reported
    source whose hedge it is (it stands in the content of an attribution,
    quoted or not); ``None`` for the writer's hedges, and for words inside
    quotation marks whose speaker the kit did not find. Distancing and
    vague-source hedges are always the writer's (``speaker`` is ``None``).

    >>> Hedge(0, 5, "could", "possibility", "", False, 0, 0, speaker="Ana Ruiz").by_writer
    False
    >>> Hedge(0, 9, "so-called", "distancing", "", True, 0, 0).by_writer
    True
    """

    start: int
    end: int
    text: str
    category: str
    explanation: str
    in_quote: bool
    sentence: int
    paragraph: int
    speaker: str | None = None

    @property
    def by_writer(self) -> bool:
        """Is it the writer's hedge (the outlet's own voice), not a quoted or reported source's?"""
        return self.speaker is None and (not self.in_quote or self.category in WRITER_HEDGE_CATEGORIES)


@dataclass(frozen=True)
class LoadedWord:
    start: int
    end: int
    text: str
    alternative: str
    explanation: str
    sentence: int
    paragraph: int


@dataclass(frozen=True)
class WordScore:
    """One word behind a score, with its contribution."""

    text: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Tone:
    """An explainable sentiment score in [-1, 1] and the words behind it."""

    score: float
    label: str
    words: tuple[WordScore, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Marker:
    """A warmth or intensity marker ("dear friend", "unprecedented", "!")."""

    text: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Framing:
    """The outlet's own characterisation of how a speaker spoke."""

    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Statement:
    """One attribution of a speaker, profiled."""

    attribution: int
    start: int
    end: int
    words: int
    quoted_words: int
    tone: Tone | None = None
    warmth: tuple[Marker, ...] = ()
    intensity: tuple[Marker, ...] = ()


@dataclass(frozen=True)
class Speaker:
    name: str
    source_type: str
    mentions: tuple[TextSpan, ...] = ()
    attributions: tuple[int, ...] = ()
    quoted_words: int = 0
    reported_length: str | None = None
    statements: tuple[Statement, ...] = ()
    reported_length_ratio: float | None = None
    tone: Tone | None = None
    warmth: tuple[Marker, ...] = ()
    intensity: tuple[Marker, ...] = ()
    framing: tuple[Framing, ...] = ()


def find_speaker(speakers: Sequence[Speaker], name: str) -> Speaker:
    """The speaker called ``name``: the exact name, then ignoring case, then one word of it ("Xi",
    "Putin"), then the same surname ("President Putin"). Raises ``KeyError`` naming the speakers.

    >>> speakers = (Speaker("Vladimir Putin", "named_person"), Speaker("Xi Jinping", "named_person"))
    >>> find_speaker(speakers, "Xi").name, find_speaker(speakers, "President Putin").name
    ('Xi Jinping', 'Vladimir Putin')
    """
    wanted = name.strip().lower()
    for match in (
        lambda s: s.name == name,
        lambda s: s.name.lower() == wanted,
        lambda s: wanted in s.name.lower().split(),
        lambda s: bool(wanted) and s.name.lower().split()[-1:] == wanted.split()[-1:],
    ):
        found = [s for s in speakers if match(s)]
        if found:
            return found[0]
    known = ", ".join(s.name for s in speakers) or "none found"
    raise KeyError(f"No speaker called {name!r} in this article (speakers: {known}).")


# --- JSON conversion -------------------------------------------------------

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    """Turn records (and tuples/dicts of them) into plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("json", True)
        }
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def from_jsonable(cls: type[T], data: Any) -> T:
    """Rebuild a record of type ``cls`` from its JSON form (unknown keys ignored)."""
    return _convert(cls, data)


def _convert(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], data) if len(args) == 1 else data
    if origin is tuple:
        (item_type, *_rest) = typing.get_args(tp)
        return tuple(_convert(item_type, v) for v in data)
    if origin is list:
        (item_type,) = typing.get_args(tp)
        return [_convert(item_type, v) for v in data]
    if origin is dict:
        return dict(data)
    if dataclasses.is_dataclass(tp):
        hints = _json_field_types(tp)
        return tp(**{name: _convert(kind, data[name]) for name, kind in hints.items() if name in data})
    return data


@functools.cache
def _json_field_types(tp: type) -> dict[str, Any]:
    """The evaluated annotations of the JSON fields of a record (``json=False`` ones skipped)."""
    namespace = vars(sys.modules[tp.__module__])
    return {
        f.name: eval(f.type, namespace) if isinstance(f.type, str) else f.type
        for f in dataclasses.fields(tp)
        if f.init and f.metadata.get("json", True)
    }
