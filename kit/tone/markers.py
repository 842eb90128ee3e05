"""Warmth and intensity markers: token patterns from ``tone_warmth.tsv`` and ``tone_intensity.tsv``.

Warmth markers are forms of address, friendship, praise and thanks ("dear
friend", "Your Excellency", "we admire"); intensity markers are intensifiers,
superlatives, absolutes and exclamations ("extremely", "the most important",
"the whole world", "!"). Each row of the two files is a pattern of token items
(see the files' header comments): an item is alternatives joined by ``|`` (a
lower-case word, which also matches the lemma; ``POS=X``; ``TAG=X``; or a word
list ``@title``), with a final ``+``, ``?`` or ``*``. Matching is greedy and the
longest match wins. The ``title`` rows of ``tone_warmth.tsv`` list the words
``@title`` stands for (:func:`titles`).

A row with the wrong number of columns, an unknown kind, an unknown ``POS=``
tag or an unknown word list raises :class:`~kit.errors.LexiconError` naming
the file and the line.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import read_rows
from ..records import Marker
from .grammar import UPOS
from .spans import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..lexicon import Row

__all__ = [
    "INTENSITY_FILE",
    "INTENSITY_KINDS",
    "WARMTH_FILE",
    "WARMTH_KINDS",
    "Features",
    "Markers",
    "find_intensity",
    "find_markers",
    "find_warmth",
    "intensity_markers",
    "titles",
    "token_features",
    "warmth_markers",
]

#: The data files (in ``kit/data/``) of the markers.
WARMTH_FILE, INTENSITY_FILE = "tone_warmth.tsv", "tone_intensity.tsv"
#: The kinds of marker each file may give (a ``title`` row of the warmth file lists words instead).
WARMTH_KINDS = ("address", "friendship", "praise", "gratitude")
INTENSITY_KINDS = ("intensifier", "superlative", "absolute", "exclamation")


@dataclass(frozen=True)
class _Item:
    words: frozenset[str]
    pos: frozenset[str]
    tags: frozenset[str]
    sets: tuple[str, ...]
    quantifier: str  # "", "+", "?", "*"


@dataclass(frozen=True)
class _Pattern:
    kind: str
    items: tuple[_Item, ...]
    exceptions: frozenset[str]


def _compile_pattern(row: Row, *, exceptions: str = "", sets: Sequence[str] = ()) -> _Pattern:
    """The pattern of a row (its ``kind`` and ``pattern`` cells); ``sets`` are the word lists it may name."""
    items = []
    for raw in row["pattern"].split():
        quantifier = raw[-1] if len(raw) > 1 and raw[-1] in "+?*" else ""
        body = raw[:-1] if quantifier else raw
        words, pos, tags, named = set(), set(), set(), []
        for alt in body.split("|"):
            if alt.startswith("POS="):
                if alt[4:] not in UPOS:
                    raise row.error(f"unknown part of speech {alt!r} (spaCy's coarse tags, such as POS=ADJ)")
                pos.add(alt[4:])
            elif alt.startswith("TAG="):
                tags.add(alt[4:])
            elif alt.startswith("@"):
                if alt[1:] not in sets:
                    raise row.error(f"unknown word list {alt}")
                named.append(alt[1:])
            else:
                words.add(alt.lower())
        items.append(_Item(frozenset(words), frozenset(pos), frozenset(tags), tuple(named), quantifier))
    if not items:
        raise row.error("the pattern is empty")
    skip = frozenset(w.strip().lower() for w in exceptions.split(",") if w.strip() and w.strip() != "-")
    return _Pattern(row["kind"], tuple(items), skip)


def _checked(name: str, columns: int, kinds: Sequence[str]) -> tuple[Row, ...]:
    """The rows of a marker file, each with ``columns`` cells and one of ``kinds``."""
    rows = read_rows(name)
    for row in rows:
        if len(row) != columns:
            raise row.error(f"expected {columns} tab-separated columns")
        if row["kind"] not in kinds:
            raise row.error(f"unknown kind {row['kind']!r} (one of {', '.join(kinds)})")
    return rows


#: What the patterns look at: lower-case word, lemma, coarse tag, fine tag.
Features = tuple[str, str, str, str]


def token_features(tokens: Sequence[Token]) -> list[Features]:
    """What the patterns look at, read once per token (spaCy builds a new string per attribute access)."""
    return [(t.lower_, t.lemma_.lower(), t.pos_, t.tag_) for t in tokens]


@dataclass(frozen=True)
class Markers:
    """The patterns of one marker file, indexed by what their first token can be."""

    patterns: tuple[_Pattern, ...]
    sets: Mapping[str, frozenset[str]]
    explanations: Mapping[str, str]
    first: Mapping[str, tuple[_Pattern, ...]] = dataclasses.field(default_factory=dict)

    @classmethod
    def build(
        cls, patterns: Sequence[_Pattern], sets: Mapping[str, frozenset[str]], explanations: Mapping[str, str]
    ) -> Markers:
        """Index the patterns by what their first token can be, so each token tries only a few.

        Keys are ``w:word``, ``p:POS`` and ``t:TAG``; a pattern whose first item
        is optional is indexed under its first two items.
        """
        index: dict[str, list[_Pattern]] = {}
        for pattern in patterns:
            items = pattern.items
            expanded = [pattern]
            if items[0].quantifier in ("?", "*") and len(items) > 1:
                required = dataclasses.replace(items[0], quantifier="" if items[0].quantifier == "?" else "+")
                expanded = [
                    dataclasses.replace(pattern, items=(required, *items[1:])),
                    dataclasses.replace(pattern, items=items[1:]),
                ]
            for variant in expanded:
                item = variant.items[0]
                keys = {f"w:{w}" for w in item.words} | {f"p:{p}" for p in item.pos}
                keys |= {f"t:{t}" for t in item.tags}
                keys |= {f"w:{w}" for name in item.sets for w in sets.get(name, ())}
                for key in keys:
                    index.setdefault(key, []).append(variant)
        return cls(tuple(patterns), sets, explanations, {k: tuple(v) for k, v in index.items()})

    def candidates(self, feature: Features) -> tuple[_Pattern, ...]:
        """The patterns that can start at a token with these features."""
        lower, lemma, pos, tag = feature
        first = self.first
        found = first.get("w:" + lower, ()) + first.get("p:" + pos, ()) + first.get("t:" + tag, ())
        if lemma != lower:
            found += first.get("w:" + lemma, ())
        return found


@functools.cache
def warmth_markers() -> Markers:
    """The warmth patterns of ``kit/data/tone_warmth.tsv``, read once."""
    rows = _checked(WARMTH_FILE, 3, (*WARMTH_KINDS, "title"))
    title_words = frozenset(
        w.lower() for row in rows if row["kind"] == "title" for w in row["pattern"].split("|") if w
    )
    patterns = [_compile_pattern(r, sets=("title",)) for r in rows if r["kind"] != "title"]
    notes = {r["kind"]: r["explanation"] for r in rows if r["kind"] != "title"}
    return Markers.build(patterns, {"title": title_words}, notes)


@functools.cache
def intensity_markers() -> Markers:
    """The intensity patterns of ``kit/data/tone_intensity.tsv``, read once."""
    rows = _checked(INTENSITY_FILE, 4, INTENSITY_KINDS)
    patterns = [_compile_pattern(r, exceptions=r["except"]) for r in rows]
    return Markers.build(patterns, {}, {r["kind"]: r["explanation"] for r in rows})


def titles() -> frozenset[str]:
    """The words ``@title`` stands for: titles and forms of address ("president", "sir"), never a name."""
    return warmth_markers().sets["title"]


def _item_matches(item: _Item, feature: Features, sets: Mapping[str, frozenset[str]]) -> bool:
    lower, lemma, pos, tag = feature
    if lower in item.words or lemma in item.words or pos in item.pos or tag in item.tags:
        return True
    return any(lower in sets.get(name, ()) for name in item.sets)


def _match_at(
    pattern: _Pattern, feats: Sequence[Features], i: int, sets: Mapping[str, frozenset[str]]
) -> int:
    """End index of a greedy match of ``pattern`` at ``feats[i]``, or -1."""
    if feats[i][0] in pattern.exceptions:
        return -1
    j, n_feats = i, len(feats)
    for item in pattern.items:
        if item.quantifier in ("+", "*"):
            n = 0
            while j < n_feats and _item_matches(item, feats[j], sets):
                j += 1
                n += 1
            if item.quantifier == "+" and n == 0:
                return -1
        elif item.quantifier == "?":
            if j < n_feats and _item_matches(item, feats[j], sets):
                j += 1
        elif j < n_feats and _item_matches(item, feats[j], sets):
            j += 1
        else:
            return -1
    return j if j > i else -1


def find_markers(
    tokens: Sequence[Token], markers: Markers, feats: Sequence[Features] | None = None
) -> tuple[Marker, ...]:
    """The markers of ``markers`` in ``tokens``, left to right, the longest match at each place.

    ``feats`` are the tokens' :func:`token_features` when the caller has them already.
    """
    feats = token_features(tokens) if feats is None else feats
    out = []
    i = 0
    while i < len(tokens):
        best, kind = -1, ""
        for pattern in markers.candidates(feats[i]):
            end = _match_at(pattern, feats, i, markers.sets)
            if end > best:
                best, kind = end, pattern.kind
        if best > i:
            first, last = tokens[i], tokens[best - 1]
            start, end = first.idx, last.idx + len(last.text)
            text = "".join(t.text_with_ws for t in tokens[i:best])[: end - start]
            out.append(Marker(text, start, end, kind))
            i = best
        else:
            i += 1
    return tuple(out)


def find_warmth(doc: Doc, start: int = 0, end: int | None = None) -> tuple[Marker, ...]:
    """Warmth markers in ``doc.text[start:end]``: forms of address, friendship, praise, thanks.

    >>> from kit.pipeline import load_pipeline
    >>> doc = load_pipeline()("We welcome you, dear friend.")
    >>> [(m.text, m.kind) for m in find_warmth(doc)]
    [('welcome', 'gratitude'), ('dear friend', 'address')]
    """
    return find_markers(span_tokens(doc, start, end), warmth_markers())


def find_intensity(doc: Doc, start: int = 0, end: int | None = None) -> tuple[Marker, ...]:
    """Intensity markers in ``doc.text[start:end]``: intensifiers, superlatives, absolutes, "!".

    >>> from kit.pipeline import load_pipeline
    >>> doc = load_pipeline()("This is the best deal in history, and the whole world knows it!")
    >>> [(m.text, m.kind) for m in find_intensity(doc)]
    [('best', 'superlative'), ('the whole world', 'absolute'), ('!', 'exclamation')]
    """
    return find_markers(span_tokens(doc, start, end), intensity_markers())
