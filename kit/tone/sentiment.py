"""Tone scores: VADER's word valences with the domain corrections of ``tone_corrections.tsv``, explained.

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

Domain corrections
------------------
Each row of ``tone_corrections.tsv`` is a word (or ``*`` for every word), its
parts of speech, a context (:mod:`kit.tone.context`), the corrected valence
(or ``-`` to keep VADER's), ``reserved`` or ``-``, and the explanation shown
as a note under the score; the first row that matches a word wins. A row with
the wrong number of columns, an unknown part of speech or context condition,
a valence that is not a number on VADER's scale or an unknown label raises
:class:`~kit.errors.LexiconError` naming the file and the line.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import read_rows
from ..records import Marker, Tone, WordScore
from .context import Condition, holds, read_conditions
from .grammar import read_pos
from .markers import Features, find_markers, token_features, warmth_markers
from .spans import Intervals, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from ..lexicon import Row

__all__ = [
    "CORRECTIONS_FILE",
    "TONE_LABELS",
    "address_tokens",
    "analyzer",
    "score_tone",
    "tone_of",
    "word_scores",
]

#: The data file (in ``kit/data/``) of the domain corrections.
CORRECTIONS_FILE = "tone_corrections.tsv"
TONE_LABELS = ("positive", "negative", "neutral", "reserved", "mixed")

NEGATION_STOPS = frozenset({",", ";", ":", "—", "–", "but", "however", "although", "though", "yet"})
POSITIVE, NEGATIVE, REPORT_THRESHOLD = 0.05, -0.05, 0.5
MIN_VALENCE = 0.5  # VADER words rated nearly neutral ("want" +0.3, "pay" -0.4) are left out
VADER_ALPHA = 15.0
VADER_SCALE = 4.0  # valences run from -4 to 4


@dataclass(frozen=True)
class _Correction:
    word: str
    pos: frozenset[str] | None
    conditions: tuple[Condition, ...]
    valence: float | None
    reserved: bool
    explanation: str


def _valence(row: Row) -> float | None:
    value = row["valence"].strip()
    if value in ("", "-"):
        return None
    try:
        valence = float(value)
    except ValueError:
        raise row.error(f"the valence {value!r} is not a number (or - to keep VADER's)") from None
    if not -VADER_SCALE <= valence <= VADER_SCALE:
        raise row.error(f"the valence {value!r} is outside VADER's scale, -4 to 4")
    return valence


@functools.cache
def _corrections() -> tuple[dict[str, tuple[_Correction, ...]], tuple[_Correction, ...]]:
    """The corrections by word, and those for every word (``*``), in the file's order."""
    by_word: dict[str, list[_Correction]] = {}
    general: list[_Correction] = []
    for row in read_rows(CORRECTIONS_FILE):
        if len(row) != 6:
            raise row.error("expected 6 tab-separated columns")
        if not row["word"]:
            raise row.error("the word is empty (* for every word)")
        if row["label"] not in ("reserved", "-"):
            raise row.error(f"unknown label {row['label']!r} (reserved or -)")
        rule = _Correction(
            word=row["word"].lower(),
            pos=read_pos(row),
            conditions=read_conditions(row),
            valence=_valence(row),
            reserved=row["label"] == "reserved",
            explanation=row["explanation"],
        )
        if rule.word == "*":
            general.append(rule)
        else:
            by_word.setdefault(rule.word, []).append(rule)
    return {k: tuple(v) for k, v in by_word.items()}, tuple(general)


@functools.cache
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER's analyser, built once on first use (it reads its lexicon from disk)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@functools.cache
def _vader_words() -> tuple[dict[str, float], frozenset[str], dict[str, float], float]:
    """VADER's lexicon, negators, one-word boosters and negation factor."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR, NEGATE

    negators = frozenset(NEGATE) | {"no", "not", "n't", "never", "without", "nor"}
    boosters = {k: v for k, v in BOOSTER_DICT.items() if " " not in k}
    return analyzer().lexicon, negators, boosters, N_SCALAR


def _correction_for(token: Token, address: frozenset[int]) -> _Correction | None:
    """The first correction that fits ``token``: those for every word, then the word's, the lemma's."""
    by_word, general = _corrections()
    lemma = token.lemma_.lower()
    rules = by_word.get(token.lower_, ()) + (by_word.get(lemma, ()) if lemma != token.lower_ else ())
    for rule in itertools.chain(general, rules):
        if (rule.pos is None or token.pos_ in rule.pos) and holds(token, rule.conditions, address=address):
            return rule
    return None


def _is_negator(token: Token, negators: frozenset[str]) -> bool:
    lower = token.lower_
    return lower in negators or lower.endswith("n't")


def _words_before(tokens: Sequence[Token], n: int) -> Iterator[tuple[int, Token]]:
    """Up to three tokens before ``tokens[n]`` in its clause, nearest first, with their distance."""
    for distance in (1, 2, 3):
        if n - distance < 0:
            return
        before = tokens[n - distance]
        if before.lower_ in NEGATION_STOPS or tokens[n - distance + 1].is_sent_start:
            return
        yield distance, before


def _note(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)


def word_scores(
    tokens: Sequence[Token],
    *,
    address: frozenset[int],
    skip: frozenset[int],
    feats: Sequence[Features] | None = None,
) -> tuple[list[WordScore], list[str], bool]:
    """The words behind a tone score, notes on the corrections applied, and whether reserve was signalled.

    ``address`` are the indices of tokens in a form of address (:func:`address_tokens`);
    ``skip`` the indices of tokens left out; ``feats`` the tokens' features when known.
    """
    lexicon, negators, boosters, n_scalar = _vader_words()
    by_word = _corrections()[0]
    feats = token_features(tokens) if feats is None else feats
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
            reserved = reserved or rule.reserved
            corrects = rule.valence is not None and (valence is not None or rule.valence != 0)
            if corrects or rule.reserved:
                _note(notes, f"“{token.text}”: {rule.explanation}")
            if corrects:
                valence = rule.valence
        if not valence:
            continue
        # boosters ("very good") and negation ("not good") in the words before, within the clause
        before = list(_words_before(tokens, n))
        for distance, word in before:
            if distance <= 2 and word.lower_ in boosters:
                boost = boosters[word.lower_] * (1.0 if distance == 1 else 0.95)
                valence += boost if valence > 0 else -boost
        for _distance, word in before:
            if _is_negator(word, negators):
                valence *= n_scalar
                _note(notes, f"“{token.text}” is negated by “{word.text}”")
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


def tone_of(words: Sequence[WordScore], notes: Sequence[str], reserved: bool) -> Tone:
    """The :class:`~kit.records.Tone` of scored words: their normalised sum and its label."""
    score = round(_normalise(sum(w.score for w in words)), 3)
    return Tone(score=score, label=_label(words, score, reserved), words=tuple(words), notes=tuple(notes))


def address_tokens(tokens: Sequence[Token], warmth: Sequence[Marker]) -> frozenset[int]:
    """The indices of the tokens inside the forms of address among ``warmth`` markers."""
    spans = [(m.start, m.end) for m in warmth if m.kind == "address"]
    return frozenset(t.i for t in tokens if any(s <= t.idx < e for s, e in spans))


def score_tone(
    doc: Doc, start: int = 0, end: int | None = None, *, skip: Iterable[tuple[int, int]] = ()
) -> Tone:
    """An explainable tone score for ``doc.text[start:end]``, leaving out the ``skip`` spans.

    The score lists the words behind it (see :mod:`kit.tone.sentiment` for the
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
    tokens = span_tokens(doc, start, end)
    skip_spans = Intervals(skip)
    skipped = frozenset(t.i for t in tokens if skip_spans.overlaps(t.idx, t.idx + len(t.text)))
    address = address_tokens(tokens, find_markers(tokens, warmth_markers()))
    words, notes, reserved = word_scores(tokens, address=address, skip=skipped)
    return tone_of(words, notes, reserved)
