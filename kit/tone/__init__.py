"""Tone and loaded words: how things are said, and how the outlet frames them (GUIDELINES §4).

Three questions a student can ask of any article:

* **Loaded words** (:func:`find_loaded_words`): which evaluative or emotive words
  does the outlet use in its own voice ("flailing invasion", "dramatic pivot"),
  and what neutral word could it have used instead? Words inside quotation
  marks and inside direct quotations belong to the speaker, not the outlet.
  Reported speech (indirect, partial) stays in the outlet's voice: its wording,
  including the reporting verb ("slammed"), is the outlet's choice.
* **Speaker profiles** (:func:`profile_speakers`): for every speaker, the
  statements credited to them, words quoted, the length the article reports
  ("around eight minutes", "a quarter the length of Putin's") and the ratio
  between speakers, an explainable tone score, and warmth and intensity markers.
* **Framing** (:func:`find_framing`): the outlet's own characterisation of a
  speaker's delivery ("effusive", "far more restrained in tone"), kept apart
  from the speaker's own words (it never counts towards their tone) so students
  can compare what was said with how it was framed. Evaluative delivery words
  ("effusive", "restrained") are also loaded words; plain ones ("brief",
  "far shorter statement") are framing only.

Every lexicon is a data file under ``kit/data/``: ``loaded_words.tsv``,
``tone_corrections.tsv`` (domain rules), ``tone_warmth.tsv``,
``tone_intensity.tsv`` and ``tone_delivery.tsv``.

Tone scores
-----------
The sentiment words come from VADER's lexicon (``vaderSentiment``), read word
by word so that every score lists the words behind it (words its raters found
nearly neutral, below 0.5 either way, and tokens that are not words are left
out): each
:class:`~kit.records.WordScore` holds a word's valence on VADER's -4 … 4 scale
after the domain corrections, a booster before it ("very") and a negation in
the three words before it ("not", "no", "never": × -0.74, as in VADER). The
score is VADER's normalisation of their sum, ``s / sqrt(s² + 15)``, in -1 … 1.
Unlike VADER's compound score, there is no "but" or punctuation weighting: the
listed words explain the score exactly.

Tone labels:

* ``positive`` / ``negative``: score ≥ 0.05 / ≤ -0.05 (VADER's thresholds);
* ``mixed``: positive and negative words each add up to at least 1.0 and the
  weaker side is at least half the stronger one;
* ``reserved``: a word of reserve ("cool on X", "guarded", "lukewarm",
  "reservations") and no clear sentiment either way (|score| < 0.5);
* ``neutral``: no sentiment words, or they cancel out (|score| < 0.05).

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

Any part of speech a row allows as ADJ also matches a word in an adjective's
function (``amod``) that the tagger read as a participle or a noun ("a
humiliating blow", "a rousing speech"). A loaded adjective directly before the
loaded noun it modifies makes one loaded phrase ("humiliating blow").

>>> import kit
>>> result = kit.analyze("Talks\\n\\nThe regime slammed the plan, officials said.")
>>> [(w.text, w.alternative) for w in result.loaded_words]
[('regime', 'government'), ('slammed', 'criticised')]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..lengths import ReportedLength, find_lengths, length_ratios, match_name, parse_length
from ..records import (
    Attribution,
    Framing,
    LoadedWord,
    Marker,
    Speaker,
    Statement,
    Tone,
    WordScore,
)
from ..sources.mentions import PRONOUNS, SUBJECT_DEPS, SpeakerMentions
from ..words import count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from ..pipeline import ParsedArticle
    from ..sources import SourceFindings

__all__ = [
    "TONE_LABELS",
    "find_framing",
    "find_intensity",
    "find_loaded_words",
    "find_warmth",
    "profile_speakers",
    "score_tone",
]

TONE_LABELS = ("positive", "negative", "neutral", "reserved", "mixed")

# Entity types whose words are part of a name, not of the wording.
NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)
ADJ_DEPS = frozenset({"amod", "acomp", "oprd", "attr", "conj", "advcl", "xcomp"})
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "attr", "xcomp"})
MANNER_NOUNS = frozenset({"tone", "manner", "delivery", "style", "language", "voice", "substance"})
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december today tomorrow yesterday weekend night morning "
    "evening afternoon".split()
)
NEGATION_STOPS = frozenset({",", ";", ":", "—", "–", "but", "however", "although", "though", "yet"})
POSITIVE, NEGATIVE, REPORT_THRESHOLD = 0.05, -0.05, 0.5
MIN_VALENCE = 0.5  # VADER words rated nearly neutral ("want" +0.3, "pay" -0.4) are left out
VADER_ALPHA = 15.0


# --- data files ----------------------------------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a TSV data file: comment lines skipped, the first other line names the columns."""
    text = resources.files("kit").joinpath("data", name).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({key: cell.strip() for key, cell in zip(header, cells, strict=False)})
    return rows


def _pos_set(value: str) -> frozenset[str] | None:
    value = value.strip()
    return None if value in ("", "*") else frozenset(p.strip().upper() for p in value.split(","))


@dataclass(frozen=True)
class _Condition:
    name: str
    words: frozenset[str] = frozenset()


def _conditions(value: str) -> tuple[_Condition, ...]:
    value = value.strip()
    if value in ("", "*"):
        return ()
    out = []
    for part in value.split(";"):
        name, _, words = part.strip().partition("=")
        out.append(_Condition(name.strip(), frozenset(w.strip().lower() for w in words.split(",") if w)))
    return tuple(out)


def _neighbour(token: Token, offset: int) -> Token | None:
    i = token.i + offset
    doc = token.doc
    return doc[i] if 0 <= i < len(doc) else None


def _pos_fits(token: Token, pos: str, wanted: frozenset[str]) -> bool:
    """``pos`` is wanted. A word in an adjective's function counts as ADJ whatever its tag: a
    participle ("a humiliating blow") or a word the tagger took for a noun ("a rousing speech")."""
    if pos in wanted:
        return True
    if "ADJ" not in wanted:
        return False
    dep = token.dep_
    return dep == "amod" or (pos == "VERB" and token.tag_ in ("VBG", "VBN") and dep in ADJ_DEPS)


def _particle(token: Token, words: frozenset[str]) -> Token | None:
    """The verb particle of ``token`` if it is one of ``words`` ("shrugged that off")."""
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ in words:
            return child
    return None


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
    statement_nouns = _delivery().statement_nouns
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in PRONOUNS
        or token.lower_ in ("i", "we", "they", "you")
        or lemma in statement_nouns
        or token.lower_ in statement_nouns
        or lemma in _warmth_markers().sets["title"]
    )


def _describes_delivery(token: Token) -> bool:
    """``token`` characterises a speaker or a statement: "a terse reply", "his statement was restrained"."""
    speech_verbs = _delivery().speech_verbs
    if token.dep_ == "amod":
        return _speakerish(token.head)
    if token.pos_ == "ADV" and token.dep_ == "advmod":
        return token.head.lemma_.lower() in speech_verbs
    if token.dep_ in PREDICATIVE_DEPS or token.dep_ in ("ROOT", "conj"):
        verb = token.head if token.dep_ != "ROOT" else token
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return _speakerish(subject)
            if verb.head is verb:
                break
            verb = verb.head
    return False


def _is_time(token: Token | None) -> bool:
    return token is not None and (token.ent_type_ in ("DATE", "TIME") or token.lower_ in TIME_WORDS)


def _holds(
    token: Token, conditions: tuple[_Condition, ...], *, address: frozenset[int] = frozenset()
) -> bool:
    for cond in conditions:
        name = cond.name
        if name in ("next", "not_next", "prev", "not_prev"):
            other = _neighbour(token, 1 if "next" in name else -1)
            hit = other is not None and other.lower_ in cond.words
            if hit == name.startswith("not_"):
                return False
        elif name == "next_not_time":
            if _is_time(_neighbour(token, 2)):
                return False
        elif name == "dep":
            if token.dep_ not in cond.words and token.dep_.lower() not in cond.words:
                return False
        elif name == "no_compound":
            if token.dep_ == "compound" or any(c.dep_ == "compound" for c in token.children):
                return False
        elif name == "entity":
            if token.ent_type_ not in NAME_ENTITIES:
                return False
        elif name == "address":
            if token.i not in address:
                return False
        elif name == "prt":
            if _particle(token, cond.words) is None:
                return False
        elif name == "obj":
            if not _object_in(token, cond.words):
                return False
        elif name == "delivery":
            if not _describes_delivery(token):
                return False
        else:  # an unknown condition never holds, so a typo cannot widen a rule
            return False
    return True


# --- loaded words: the lexicon ---------------------------------------------------


@dataclass(frozen=True)
class _LoadedEntry:
    word: str
    pos: frozenset[str] | None
    conditions: tuple[_Condition, ...]
    alternative: str
    explanation: str


@dataclass(frozen=True)
class _LoadedLexicon:
    single: Mapping[str, tuple[_LoadedEntry, ...]]
    phrases: Mapping[str, _LoadedEntry]
    phrase_starts: Mapping[str, re.Pattern[str]]  # first word → the phrases that start with it


_SEPARATOR = r"[\s\-‐‑–]+"
_VOWELS = "aeiou"


def _inflections(word: str, pos: frozenset[str] | None) -> set[str]:
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
            last3 = word[-3:]
            if (
                len(last3) == 3
                and last3[0] not in _VOWELS
                and last3[1] in _VOWELS
                and last3[2] not in _VOWELS + "wxy"
            ):
                forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


@functools.cache
def _loaded_lexicon() -> _LoadedLexicon:
    single: dict[str, list[_LoadedEntry]] = {}
    phrases: dict[str, _LoadedEntry] = {}
    alternatives: dict[str, list[str]] = {}
    for row in _rows("loaded_words.tsv"):
        spellings = [s.strip().lower() for s in row["word"].split("|") if s.strip()]
        if not spellings:
            continue
        pos = _pos_set(row["pos"])
        entry = _LoadedEntry(
            spellings[0], pos, _conditions(row["context"]), row["alternative"], row["explanation"]
        )
        for spelling in spellings:
            words = re.split(_SEPARATOR, spelling)
            if len(words) == 1:
                for form in _inflections(spelling, pos):
                    single.setdefault(form, []).append(entry)
                continue
            firsts = _inflections(words[0], pos) if pos is not None and "VERB" in pos else {words[0]}
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


# --- the outlet's voice ------------------------------------------------------------


class _Intervals:
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
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def _not_outlet_voice(parsed: ParsedArticle, attributions: Sequence[Attribution]) -> _Intervals:
    """Quotations (marks included) and the content of direct attributions: the speakers' words."""
    spans = [(q.start, q.end) for q in parsed.quotes]
    spans += [(a.content_start, a.content_end) for a in attributions if a.kind == "direct"]
    return _Intervals(spans)


def _sentence_index(parsed: ParsedArticle) -> Callable[[int], int]:
    starts = [s.start for s in parsed.sentences]

    def index(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    return index


def _paragraph_index(parsed: ParsedArticle) -> Callable[[int], int]:
    starts = [p.start for p in parsed.article.paragraphs]

    def index(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    return index


_LETTERS = re.compile(r"[^\W\d_]+")


def _word_tokens(doc: Doc, text: str, vocabulary: Mapping[str, Any]) -> Iterable[tuple[Token, Any]]:
    """Tokens whose lower-case text is in ``vocabulary``, with its value.

    The words are found with a regular expression over the text and mapped to
    tokens, which is much faster than reading every token's attributes.
    """
    for match in _LETTERS.finditer(text):
        value = vocabulary.get(match.group().lower())
        if value is None:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield span[0], value


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
    hidden = _not_outlet_voice(parsed, attributions)
    sentence_of = _sentence_index(parsed)
    paragraph_of = _paragraph_index(parsed)
    found: list[tuple[int, int, _LoadedEntry, Token | None]] = []

    def add(start: int, end: int, entry: _LoadedEntry, token: Token | None) -> None:
        found.append((start, end, entry, token))

    single, starts = lexicon.single, lexicon.phrase_starts
    phrase_matches = []
    candidates = []
    for match in _LETTERS.finditer(text):
        word = match.group().lower()
        entries = single.get(word)
        if entries is not None:
            span = doc.char_span(match.start(), match.end())
            if span is not None and len(span) == 1:
                candidates.append((span[0], entries))
        phrase = starts.get(word)
        if phrase is not None and not (match.start() and text[match.start() - 1] == "-"):
            found_phrase = phrase.match(text, match.start())
            if found_phrase is not None:
                phrase_matches.append(found_phrase)
    for token, entries in candidates:
        pos = token.pos_
        if pos == "PROPN" or token.ent_type_ in NAME_ENTITIES:
            continue
        for entry in entries:
            if entry.pos is not None and not _pos_fits(token, pos, entry.pos):
                continue
            if not _holds(token, entry.conditions):
                continue
            start, end = token.idx, token.idx + len(token.text)
            particle = next((_particle(token, c.words) for c in entry.conditions if c.name == "prt"), None)
            if particle is not None and particle.i > token.i:  # "shrugged that off"
                end = particle.idx + len(particle.text)
            if not hidden.overlaps(start, end):
                add(start, end, entry, token)
            break
    for match in phrase_matches:
        start, end = match.span()
        entry = lexicon.phrases.get(" ".join(re.split(_SEPARATOR, match.group().lower())))
        if entry is None or hidden.overlaps(start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            root = span.root
            if entry.pos is not None and not _pos_fits(root, root.pos_, entry.pos):
                continue
            if not _holds(root, entry.conditions):
                continue
        add(start, end, entry, None)
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, _LoadedEntry, Token | None]] = []
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
            sentence=sentence_of(start),
            paragraph=paragraph_of(start),
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


# --- token patterns (warmth and intensity markers) ----------------------------------


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


def _compile_pattern(kind: str, pattern: str, exceptions: str = "") -> _Pattern:
    items = []
    for raw in pattern.split():
        quantifier = raw[-1] if len(raw) > 1 and raw[-1] in "+?*" else ""
        body = raw[:-1] if quantifier else raw
        words, pos, tags, sets = set(), set(), set(), []
        for alt in body.split("|"):
            if alt.startswith("POS="):
                pos.add(alt[4:])
            elif alt.startswith("TAG="):
                tags.add(alt[4:])
            elif alt.startswith("@"):
                sets.append(alt[1:])
            else:
                words.add(alt.lower())
        items.append(_Item(frozenset(words), frozenset(pos), frozenset(tags), tuple(sets), quantifier))
    skip = frozenset(w.strip().lower() for w in exceptions.split(",") if w.strip() and w.strip() != "-")
    return _Pattern(kind, tuple(items), skip)


_Features = tuple[str, str, str, str]  # lower-case word, lemma, coarse tag, fine tag


def _features(tokens: Sequence[Token]) -> list[_Features]:
    """What the patterns look at, read once per token (spaCy builds a new string per attribute access)."""
    return [(t.lower_, t.lemma_.lower(), t.pos_, t.tag_) for t in tokens]


@dataclass(frozen=True)
class _Markers:
    patterns: tuple[_Pattern, ...]
    sets: Mapping[str, frozenset[str]]
    explanations: Mapping[str, str]
    first: Mapping[str, tuple[_Pattern, ...]] = dataclasses.field(default_factory=dict)

    @classmethod
    def build(
        cls, patterns: Sequence[_Pattern], sets: Mapping[str, frozenset[str]], explanations: Mapping[str, str]
    ) -> _Markers:
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

    def candidates(self, feature: _Features) -> tuple[_Pattern, ...]:
        lower, lemma, pos, tag = feature
        first = self.first
        found = first.get("w:" + lower, ()) + first.get("p:" + pos, ()) + first.get("t:" + tag, ())
        if lemma != lower:
            found += first.get("w:" + lemma, ())
        return found


@functools.cache
def _warmth_markers() -> _Markers:
    rows = _rows("tone_warmth.tsv")
    titles = frozenset(
        w.lower() for row in rows if row["kind"] == "title" for w in row["pattern"].split("|") if w
    )
    patterns = [_compile_pattern(r["kind"], r["pattern"]) for r in rows if r["kind"] != "title"]
    notes = {r["kind"]: r["explanation"] for r in rows if r["kind"] != "title"}
    return _Markers.build(patterns, {"title": titles}, notes)


@functools.cache
def _intensity_markers() -> _Markers:
    rows = _rows("tone_intensity.tsv")
    patterns = [_compile_pattern(r["kind"], r["pattern"], r.get("except", "")) for r in rows]
    return _Markers.build(patterns, {}, {r["kind"]: r["explanation"] for r in rows})


def _item_matches(item: _Item, feature: _Features, sets: Mapping[str, frozenset[str]]) -> bool:
    lower, lemma, pos, tag = feature
    if lower in item.words or lemma in item.words or pos in item.pos or tag in item.tags:
        return True
    return any(lower in sets.get(name, ()) for name in item.sets)


def _match_at(
    pattern: _Pattern, feats: Sequence[_Features], i: int, sets: Mapping[str, frozenset[str]]
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


def _find_markers(
    tokens: Sequence[Token], markers: _Markers, feats: Sequence[_Features] | None = None
) -> tuple[Marker, ...]:
    feats = _features(tokens) if feats is None else feats
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


def _span_tokens(doc: Doc, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(doc.text) if end is None else end
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [t for t in span if not t.is_space]


def find_warmth(doc: Doc, start: int = 0, end: int | None = None) -> tuple[Marker, ...]:
    """Warmth markers in ``doc.text[start:end]``: forms of address, friendship, praise, thanks.

    >>> from kit.pipeline import load_pipeline
    >>> doc = load_pipeline()("We welcome you, dear friend.")
    >>> [(m.text, m.kind) for m in find_warmth(doc)]
    [('welcome', 'gratitude'), ('dear friend', 'address')]
    """
    return _find_markers(_span_tokens(doc, start, end), _warmth_markers())


def find_intensity(doc: Doc, start: int = 0, end: int | None = None) -> tuple[Marker, ...]:
    """Intensity markers in ``doc.text[start:end]``: intensifiers, superlatives, absolutes, "!".

    >>> from kit.pipeline import load_pipeline
    >>> doc = load_pipeline()("This is the best deal in history, and the whole world knows it!")
    >>> [(m.text, m.kind) for m in find_intensity(doc)]
    [('best', 'superlative'), ('the whole world', 'absolute'), ('!', 'exclamation')]
    """
    return _find_markers(_span_tokens(doc, start, end), _intensity_markers())


# --- tone ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Correction:
    word: str
    pos: frozenset[str] | None
    conditions: tuple[_Condition, ...]
    valence: float | None
    reserved: bool
    explanation: str


@functools.cache
def _corrections() -> tuple[dict[str, tuple[_Correction, ...]], tuple[_Correction, ...]]:
    by_word: dict[str, list[_Correction]] = {}
    general: list[_Correction] = []
    for row in _rows("tone_corrections.tsv"):
        valence = row["valence"].strip()
        rule = _Correction(
            word=row["word"].lower(),
            pos=_pos_set(row["pos"]),
            conditions=_conditions(row["context"]),
            valence=None if valence in ("", "-") else float(valence),
            reserved=row["label"].strip() == "reserved",
            explanation=row["explanation"],
        )
        if rule.word == "*":
            general.append(rule)
        else:
            by_word.setdefault(rule.word, []).append(rule)
    return {k: tuple(v) for k, v in by_word.items()}, tuple(general)


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    """VADER's analyser, built once on first use (it reads its lexicon from disk)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@functools.cache
def _vader_words() -> tuple[dict[str, float], frozenset[str], dict[str, float], float]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR, NEGATE

    negators = frozenset(NEGATE) | {"no", "not", "n't", "never", "without", "nor"}
    boosters = {k: v for k, v in BOOSTER_DICT.items() if " " not in k}
    return _analyzer().lexicon, negators, boosters, N_SCALAR


def _correction_for(token: Token, address: frozenset[int]) -> _Correction | None:
    by_word, general = _corrections()
    for rule in general:
        if (rule.pos is None or token.pos_ in rule.pos) and _holds(token, rule.conditions, address=address):
            return rule
    lemma = token.lemma_.lower()
    rules = by_word.get(token.lower_, ()) + (by_word.get(lemma, ()) if lemma != token.lower_ else ())
    for rule in rules:
        if (rule.pos is None or token.pos_ in rule.pos) and _holds(token, rule.conditions, address=address):
            return rule
    return None


def _is_negator(token: Token, negators: frozenset[str]) -> bool:
    lower = token.lower_
    return lower in negators or lower.endswith("n't")


def _word_scores(
    tokens: Sequence[Token],
    *,
    address: frozenset[int],
    skip: frozenset[int],
    feats: Sequence[_Features] | None = None,
) -> tuple[list[WordScore], list[str], bool]:
    """The words behind a tone score, notes on the corrections applied, and whether reserve was signalled."""
    lexicon, negators, boosters, n_scalar = _vader_words()
    by_word = _corrections()[0]
    feats = _features(tokens) if feats is None else feats
    words: list[WordScore] = []
    notes: list[str] = []
    reserved = False
    for n, token in enumerate(tokens):
        lower, lemma = feats[n][0], feats[n][1]
        if not lower.isalpha() or (skip and token.i in skip):  # VADER also rates emoticons and "143"
            continue
        valence = lexicon.get(lower)
        if valence is None:
            valence = lexicon.get(lemma)
        if valence is not None and abs(valence) < MIN_VALENCE:
            valence = None
        if valence is None and lower not in by_word and lemma not in by_word:
            continue
        rule = _correction_for(token, address)
        if rule is not None:
            if rule.reserved:
                reserved = True
            if rule.valence is not None and (valence is not None or rule.valence != 0):
                note = f"“{token.text}”: {rule.explanation}"
                if note not in notes:
                    notes.append(note)
                valence = rule.valence
            elif rule.reserved:
                note = f"“{token.text}”: {rule.explanation}"
                if note not in notes:
                    notes.append(note)
        if not valence:
            continue
        # boosters ("very good") and negation ("not good") in the words before, within the clause
        for distance in (1, 2, 3):
            if n - distance < 0:
                break
            before = tokens[n - distance]
            if before.lower_ in NEGATION_STOPS or tokens[n - distance + 1].is_sent_start:
                break
            if distance <= 2 and before.lower_ in boosters:
                boost = boosters[before.lower_] * (1.0 if distance == 1 else 0.95)
                valence += boost if valence > 0 else -boost
        for distance in (1, 2, 3):
            if n - distance < 0:
                break
            before = tokens[n - distance]
            if before.lower_ in NEGATION_STOPS or tokens[n - distance + 1].is_sent_start:
                break
            if _is_negator(before, negators):
                valence *= n_scalar
                note = f"“{token.text}” is negated by “{before.text}”"
                if note not in notes:
                    notes.append(note)
                break
        words.append(WordScore(token.text, token.idx, token.idx + len(token.text), round(valence, 3)))
    return words, notes, reserved


def _normalise(total: float) -> float:
    return total / math.sqrt(total * total + VADER_ALPHA) if total else 0.0


def _label(words: Sequence[WordScore], score: float, reserved: bool) -> str:
    positive = sum(w.score for w in words if w.score > 0)
    negative = -sum(w.score for w in words if w.score < 0)
    if reserved and abs(score) < REPORT_THRESHOLD:
        return "reserved"
    if positive >= 1.0 and negative >= 1.0 and min(positive, negative) >= max(positive, negative) / 2:
        return "mixed"
    if score >= POSITIVE:
        return "positive"
    if score <= NEGATIVE:
        return "negative"
    return "neutral"


def _tone(words: Sequence[WordScore], notes: Sequence[str], reserved: bool) -> Tone:
    score = round(_normalise(sum(w.score for w in words)), 3)
    return Tone(score=score, label=_label(words, score, reserved), words=tuple(words), notes=tuple(notes))


def _address_tokens(tokens: Sequence[Token], warmth: Sequence[Marker]) -> frozenset[int]:
    spans = [(m.start, m.end) for m in warmth if m.kind == "address"]
    return frozenset(t.i for t in tokens if any(s <= t.idx < e for s, e in spans))


def score_tone(
    doc: Doc, start: int = 0, end: int | None = None, *, skip: Iterable[tuple[int, int]] = ()
) -> Tone:
    """An explainable tone score for ``doc.text[start:end]``, leaving out the ``skip`` spans.

    The score lists the words behind it (see the module docstring for the
    scale and the labels); domain corrections come from
    ``kit/data/tone_corrections.tsv``.

    >>> from kit.pipeline import load_pipeline
    >>> nlp = load_pipeline()
    >>> tone = score_tone(nlp("Beijing has appeared cool on the plan."))
    >>> tone.label, tone.score
    ('reserved', 0.0)
    >>> tone = score_tone(nlp("It was a great success, not a failure."))
    >>> tone.label, [(w.text, w.score) for w in tone.words]
    ('positive', [('great', 3.1), ('success', 2.7), ('failure', 1.702)])
    """
    tokens = _span_tokens(doc, start, end)
    skip_spans = _Intervals(skip)
    skipped = frozenset(t.i for t in tokens if skip_spans.overlaps(t.idx, t.idx + len(t.text)))
    address = _address_tokens(tokens, _find_markers(tokens, _warmth_markers()))
    words, notes, reserved = _word_scores(tokens, address=address, skip=skipped)
    return _tone(words, notes, reserved)


# --- who is who: speakers, mentions, pronouns --------------------------------------------


def _comparatives(word: str) -> tuple[str, ...]:
    """``word`` and, for a short adjective, its comparative and superlative ("shorter", "shortest")."""
    if len(word) > 7 or word.endswith(("ed", "ing", "ful", "ous", "ive", "al", "ic")) or "-" in word:
        return (word,)
    if word.endswith("e"):
        return word, word + "r", word + "st"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word, word[:-1] + "ier", word[:-1] + "iest"
    forms = [word, word + "er", word + "est"]
    if len(word) >= 3 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS and word[-3] not in _VOWELS:
        forms += [word + word[-1] + "er", word + word[-1] + "est"]
    return tuple(forms)


_DeliveryWord = tuple[frozenset[str] | None, str]  # parts of speech, gloss


@dataclass(frozen=True)
class _Delivery:
    """``tone_delivery.tsv``: delivery words and the word classes the framing rules read."""

    words: Mapping[str, _DeliveryWord]
    statement_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    delivering_verbs: frozenset[str]
    duration_verbs: frozenset[str]

    def is_statement(self, token: Token) -> bool:
        return token.lower_ in self.statement_nouns or token.lemma_.lower() in self.statement_nouns


@functools.cache
def _delivery() -> _Delivery:
    words: dict[str, _DeliveryWord] = {}
    kinds: dict[str, set[str]] = {
        "statement_noun": set(),
        "speech_verb": set(),
        "perception_verb": set(),
        "delivering_verb": set(),
        "duration_verb": set(),
    }
    for row in _rows("tone_delivery.tsv"):
        if row["kind"] == "delivery":
            word, pos = row["word"].lower(), _pos_set(row["pos"])
            for form in _comparatives(word) if pos is None or "ADJ" in pos else (word,):
                words.setdefault(form, (pos, row["gloss"]))
        elif row["kind"] in kinds:
            kinds[row["kind"]].add(row["word"].lower())
    return _Delivery(
        words,
        frozenset(kinds["statement_noun"]),
        frozenset(kinds["speech_verb"]),
        frozenset(kinds["perception_verb"]),
        frozenset(kinds["delivering_verb"]),
        frozenset(kinds["duration_verb"]),
    )


def _speaker_mentions(
    parsed: ParsedArticle, speakers: Sequence[Speaker], attributions: Sequence[Attribution]
) -> SpeakerMentions:
    """Which tokens mention which speaker (kit.sources.mentions), with tone's word lists."""
    return SpeakerMentions(
        parsed,
        speakers,
        attributions,
        titles=_warmth_markers().sets["title"],
        delivering_verbs=_delivery().delivering_verbs,
        duration_verbs=_delivery().duration_verbs,
    )


# --- framing ------------------------------------------------------------------------


def _framing_span(token: Token, perception_verbs: frozenset[str], attributive: bool) -> tuple[int, int]:
    left, right = token, token
    for child in token.children:
        if child.dep_ in ("advmod", "npadvmod") and child.i < token.i:
            edge = child.left_edge
            if edge.i < left.i:
                left = edge
    if not attributive:
        head = token.head
        if head.lemma_.lower() in perception_verbs and head.i < left.i:
            left = head
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in MANNER_NOUNS:
                        right = obj
    elif token.head.i == token.i + 1:
        right = token.head
    return left.idx, right.idx + len(right.text)


def _framings(parsed: ParsedArticle, people: SpeakerMentions, hidden: _Intervals) -> dict[int, list[Framing]]:
    delivery = _delivery()
    words, statement_nouns, speech_verbs = delivery.words, delivery.statement_nouns, delivery.speech_verbs
    perception_verbs = delivery.perception_verbs
    text = parsed.text
    sentence_of = people.sentence_of
    out: dict[int, list[Framing]] = {}
    for token, entry in _word_tokens(parsed.doc, text, words):
        if entry[0] is not None and not _pos_fits(token, token.pos_, entry[0]):
            continue
        if hidden.overlaps(token.idx, token.idx + len(token.text)):
            continue
        who: int | None = None
        attributive = token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN", "PRON")
        if attributive:
            head = token.head
            who = people.resolve(head)
            if who is None and (head.lemma_.lower() in statement_nouns or head.lower_ in statement_nouns):
                who = people.owner_of_statement(head, statement_nouns)
        elif token.dep_ in PREDICATIVE_DEPS or (token.pos_ in ("ADJ",) and token.dep_ == "ROOT"):
            verb = token.head if token.dep_ != "ROOT" else token
            subject = people.subject_of(verb)
            if subject is not None:
                if subject.lemma_.lower() in statement_nouns or subject.lower_ in statement_nouns:
                    who = people.owner_of_statement(subject, statement_nouns)
                else:
                    who = people.resolve(subject)
        elif token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.lemma_.lower() in speech_verbs:
            who = people.resolve(people.subject_of(token.head))
        if who is None:
            continue
        start, end = _framing_span(token, perception_verbs, attributive)
        out.setdefault(who, []).append(Framing(text[start:end], start, end, sentence_of(start)))
    return out


def find_framing(parsed: ParsedArticle, sources: SourceFindings) -> dict[str, tuple[Framing, ...]]:
    """The outlet's characterisations of each speaker's delivery, by speaker name.

    A delivery word (``kit/data/tone_delivery.tsv``) in the outlet's voice
    counts for a speaker when it describes the speaker ("a defiant Putin"),
    the speaker's statement ("Putin's effusive remarks", "a far shorter
    statement from Xi", "his statement was far more restrained in tone"), or
    the way the speaker spoke ("Xi appeared cool", "she said curtly").

    >>> from kit.article import load_article
    >>> from kit.pipeline import parse
    >>> from kit.records import Speaker
    >>> from kit.sources import SourceFindings
    >>> parsed = parse(load_article("Talks\\n\\nIn a terse reply, Anna Berg said no."))
    >>> found = find_framing(parsed, SourceFindings(speakers=(Speaker("Anna Berg", "named_person"),)))
    >>> [f.text for f in found["Anna Berg"]]
    ['terse reply']
    """
    people = _speaker_mentions(parsed, sources.speakers, sources.attributions)
    hidden = _not_outlet_voice(parsed, sources.attributions)
    found = _framings(parsed, people, hidden)
    return {s.name: tuple(found.get(i, ())) for i, s in enumerate(sources.speakers)}


# --- speaker profiles ------------------------------------------------------------------

def _quoted_words(parsed: ParsedArticle, start: int, end: int) -> int:
    text = parsed.text
    total = 0
    for quote in parsed.quotes:
        a, b = max(start, quote.content_start), min(end, quote.content_end)
        if b > a:
            total += count_words(text[a:b])
    return total


def _find_lengths(
    parsed: ParsedArticle, people: SpeakerMentions, hidden: _Intervals
) -> dict[int, ReportedLength]:
    """Lengths the outlet reports for each speaker's statement ("Putin's statement, which lasted …")."""
    statement_nouns, speech_verbs = _delivery().statement_nouns, _delivery().speech_verbs
    doc = parsed.doc
    found: dict[int, ReportedLength] = {}
    for mention in find_lengths(parsed.text):
        if hidden.overlaps(mention.start, mention.end):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # the fraction of a relative length ("a quarter the length of …"), the unit of an absolute one
        anchor = next((t for t in span if t.idx <= mention.anchor < t.idx + len(t.text)), span[-1])
        who = people.owner(anchor, statement_nouns, speech_verbs)
        if who is None or who in found:
            continue
        length = mention.length
        if length.relative_to and match_name(length.relative_to, [people.speakers[who].name]):
            continue
        found[who] = length
    return found


def profile_speakers(parsed: ParsedArticle, sources: SourceFindings) -> tuple[Speaker, ...]:
    """The speakers of ``sources``, each with statements, tone, warmth, intensity and framing.

    Returns new :class:`~kit.records.Speaker` records (the inputs are not changed):

    * ``statements``: one :class:`~kit.records.Statement` per attribution of the
      speaker: the content span, its words, the words inside quote marks, and
      its tone, warmth and intensity markers;
    * ``tone``: the statements' words taken together; the outlet's framing
      words are never part of it. Labels: ``positive`` / ``negative`` (score
      ≥ 0.05 / ≤ -0.05), ``mixed`` (positive and negative words each add up to
      at least 1.0, the weaker side at least half the stronger), ``reserved``
      (a word of reserve such as "cool on X" or "guarded" and |score| < 0.5),
      ``neutral`` (no sentiment words, or they cancel out);
    * ``warmth`` / ``intensity``: the markers of all statements;
    * ``reported_length``: kept when the attribution engine set it to words
      that state a length, otherwise found in the outlet's voice ("Putin's
      statement, which lasted around eight minutes");
      ``reported_length_ratio``: see :func:`length_ratios`;
    * ``framing``: see :func:`find_framing`;
    * ``quoted_words``: kept when set, otherwise the statements' quoted words.

    >>> from kit.article import load_article
    >>> from kit.pipeline import parse
    >>> from kit.sources import SourceFindings
    >>> profile_speakers(parse(load_article("Rain\\n\\nIt rained.")), SourceFindings())
    ()
    """
    speakers = tuple(sources.speakers)
    if not speakers:
        return ()
    attributions = tuple(sources.attributions)
    doc, text = parsed.doc, parsed.text
    hidden = _not_outlet_voice(parsed, attributions)
    people = _speaker_mentions(parsed, speakers, attributions)
    framings = _framings(parsed, people, hidden)
    framed = _Intervals((f.start, f.end) for fs in framings.values() for f in fs)
    found_lengths = _find_lengths(parsed, people, hidden)
    lengths: dict[str, ReportedLength | None] = {}
    for who, speaker in enumerate(speakers):
        given = parse_length(speaker.reported_length) if speaker.reported_length else None
        lengths.setdefault(speaker.name, given or found_lengths.get(who))
    ratios = length_ratios(lengths)

    out = []
    for who, speaker in enumerate(speakers):
        statements = []
        all_words: list[WordScore] = []
        all_notes: list[str] = []
        any_reserved = False
        for index in speaker.attributions:
            if not 0 <= index < len(attributions):
                continue
            a = attributions[index]
            start, end = max(0, a.content_start), min(len(text), a.content_end)
            tokens = _span_tokens(doc, start, end)
            feats = _features(tokens)
            warmth = _find_markers(tokens, _warmth_markers(), feats)
            intensity = _find_markers(tokens, _intensity_markers(), feats)
            skipped: frozenset[int] = frozenset()
            if framed.overlaps(start, end):  # the outlet's framing words are not the speaker's tone
                skipped = frozenset(t.i for t in tokens if framed.overlaps(t.idx, t.idx + len(t.text)))
            address = _address_tokens(tokens, warmth) if warmth else frozenset()
            words, notes, reserved = _word_scores(tokens, address=address, skip=skipped, feats=feats)
            all_words += words
            all_notes += [n for n in notes if n not in all_notes]
            any_reserved = any_reserved or reserved
            statements.append(
                Statement(
                    attribution=index,
                    start=start,
                    end=end,
                    words=count_words(text[start:end]),
                    quoted_words=_quoted_words(parsed, start, end),
                    tone=_tone(words, notes, reserved),
                    warmth=warmth,
                    intensity=intensity,
                )
            )
        reported = speaker.reported_length
        given = parse_length(reported) if reported else None
        if given is None and who in found_lengths:  # none given, or words that state no length
            reported = found_lengths[who].text
        out.append(
            dataclasses.replace(
                speaker,
                statements=tuple(statements),
                quoted_words=speaker.quoted_words or sum(s.quoted_words for s in statements),
                reported_length=reported,
                reported_length_ratio=ratios.get(speaker.name),
                tone=_tone(all_words, all_notes, any_reserved) if statements else None,
                warmth=tuple(m for s in statements for m in s.warmth),
                intensity=tuple(m for s in statements for m in s.intensity),
                framing=tuple(sorted(framings.get(who, ()), key=lambda f: f.start)),
            )
        )
    return tuple(out)
