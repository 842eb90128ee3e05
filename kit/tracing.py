"""Trace the quote: every quotation and paraphrase of an article, against the original it comes from.

SIFT's *trace claims, quotes and media to the original context*. Give
:func:`trace_quote` an article and the original (a transcript, a statement, a
readout): each quotation and paraphrase in the article is aligned, word by word,
with the stretch of the original it comes from. The result says which words were
quoted exactly and which were changed (with no mark, or marked by brackets), what
an ellipsis left out, what the quotation left out of its sentence before and
after (trimmed), the original's sentence before and after, and whether the hedges
of the original survive ("could" in the original, "will" in the article).

How the words are matched. Words are compared as the kit counts them
(:data:`kit.words.WORD`), case-folded, with curly and straight quote marks and
apostrophes alike; quote marks themselves are not words. An ellipsis (``…``,
``...``, ``. . .``, in brackets or not) splits a quotation into pieces, each found
on its own; words in square brackets are the writer's insertion. A quotation
(words inside quote marks) must keep the original's words; a paraphrase (reported
speech without quote marks) may change person and tense, so it is matched on the
words' dictionary forms (lemmas) with "I", "we", "she" … alike, and only its
hedges and its trims are reported, not its rewording. A quotation or paraphrase
whose content words are mostly not in the original is listed as *not in the
original*: a quotation from somewhere else, or words the original does not have.

Hedges are the kit's own (:mod:`kit.hedges`, run on the original and on the
article): a hedge of the original that the article's words do not keep is
*dropped*, one the article adds is *added*. The result is a
:class:`QuoteTracing`: ``print()`` gives the readable report, ``to_dict()`` the
JSON (README, "Tracing quotations").
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .analysis import Analysis, analyze_many
from .article import Article, load_article
from .errors import NoOverlapError, NothingToTraceError
from .files import atomic_write_text
from .quotes import find_quotes
from .records import TextSpan, from_jsonable, to_jsonable
from .words import WORD, normalise, same_speaker

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Change", "HedgeTrace", "QuoteTrace", "QuoteTracing", "trace_quote"]

KIND = "quote_tracing"
VERSION = 1
QUOTATION, PARAPHRASE = "quotation", "paraphrase"

#: An ellipsis, as writers type it: … ... . . . (in square brackets or not), with the spaces around it.
ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.)\s*")
#: A speaker's label at the start of a transcript's line ("President Alenka Morvan: "), not their words.
LABEL = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*:\s+")
#: A bracketed insertion by the writer: [Kestria is].
BRACKETS = re.compile(r"\[[^\[\]]*\]")

_PRONOUNS = {
    **dict.fromkeys(("i", "we", "you", "he", "she", "they", "me", "us", "him", "them"), "<person>"),
    **dict.fromkeys(("my", "our", "your", "his", "her", "their", "mine", "ours", "hers", "theirs"), "<own>"),
}
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with and or but if that this these those it its is are was were
    be been being am do does did have has had will would shall should can could may might must not no
    so as than then there here which who whom what when where while i we you he she they me us him
    them my our your his her their""".split()
)


@dataclass(frozen=True)
class Change:
    """One difference between a quotation and its original.

    ``kind``: ``changed`` (words changed with no mark), ``added`` (words the original does not have, no
    mark), ``cut`` (original words left out inside the quotation with no mark), ``bracket`` (original words
    replaced by the writer's words in square brackets), ``ellipsis`` (original words left out, marked by an
    ellipsis). ``original`` and ``article`` are the words on each side ("" when none).
    """

    kind: str
    original: str
    article: str


@dataclass(frozen=True)
class HedgeTrace:
    """A hedge of the original and what became of it in the article."""

    text: str
    category: str
    kept: bool
    article: str | None
    """What stands in its place in the article (None: nothing; the hedge was left out)."""
    original_start: int
    original_end: int


@dataclass(frozen=True)
class QuoteTrace:
    """One quotation or paraphrase of the article, traced to the original."""

    speaker: str
    kind: str
    """``quotation`` (words in quote marks) or ``paraphrase`` (reported speech without quote marks)."""
    attribution_kind: str
    article_text: str
    start: int
    end: int
    found: bool
    """Whether the words come from the original (False: not in the original)."""
    original_start: int | None = None
    original_end: int | None = None
    original_text: str | None = None
    words: int = 0
    """Words of the quotation or paraphrase (words in brackets not counted)."""
    exact_words: int = 0
    """Of those, the words that are the original's own, in its order."""
    changes: tuple[Change, ...] = ()
    trimmed_before: str = ""
    """Words of the original sentence before the quotation that it leaves out (no mark)."""
    trimmed_after: str = ""
    """Words of the original sentence after the quotation that it leaves out (no mark)."""
    sentence_before: str | None = None
    sentence_after: str | None = None
    hedges_dropped: tuple[HedgeTrace, ...] = ()
    hedges_kept: tuple[HedgeTrace, ...] = ()
    hedges_added: tuple[str, ...] = ()
    quoted_exactly: tuple[str, ...] = ()
    """In a paraphrase: its words in quote marks that are the original's words."""
    quoted_not_found: tuple[str, ...] = ()
    """In a paraphrase: its words in quote marks that the original does not have."""

    @property
    def verdict(self) -> str:
        """One line: exact, trimmed, changed, a dropped hedge, or not in the original."""
        if not self.found:
            return "not in the original"
        parts = []
        unmarked = [c for c in self.changes if c.kind in {"changed", "added", "cut"}]
        if self.kind == QUOTATION:
            parts.append("words changed" if unmarked else "quoted exactly")
        else:
            parts.append("paraphrase")
            if self.quoted_not_found:
                parts.append("quoted words not in the original")
        if any(c.kind == "ellipsis" for c in self.changes):
            parts.append("ellipsis")
        if any(c.kind == "bracket" for c in self.changes):
            parts.append("brackets")
        if self.trimmed_before.strip() or self.trimmed_after.strip():
            parts.append("trimmed")
        if self.hedges_dropped:
            parts.append("hedge dropped")
        if self.hedges_added:
            parts.append("hedge added")
        return ", ".join(parts)


@dataclass(frozen=True)
class QuoteTracing:
    """Every quotation and paraphrase of one article traced to one original (:func:`trace_quote`)."""

    article: str
    original: str
    traces: tuple[QuoteTrace, ...]
    kind: str = KIND
    schema_version: int = VERSION

    @property
    def found(self) -> tuple[QuoteTrace, ...]:
        return tuple(t for t in self.traces if t.found)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (README, "Tracing quotations"); each trace also gives its ``verdict``."""
        data = to_jsonable(self)
        for item, trace in zip(data["traces"], self.traces, strict=True):
            item["verdict"] = trace.verdict
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuoteTracing:
        return from_jsonable(cls, data)

    def save(self, path: str | Path) -> Path:
        """Write the JSON form to ``path`` atomically; return the path."""
        return atomic_write_text(path, self.to_json())

    def summary(self) -> str:
        return _report(self)

    def __str__(self) -> str:
        return self.summary()


def trace_quote(
    article: str | Path | Article | Analysis,
    original: str | Path | Article | Analysis,
    *,
    speaker: str | None = None,
    nlp: Language | None = None,
) -> QuoteTracing:
    """Trace every quotation and paraphrase of ``article`` (of ``speaker`` only, when given) to ``original``.

    Both are paths, texts, articles or analyses; the original is read as any article (its first line is its
    title). Raises :class:`~kit.errors.NothingToTraceError` when the article quotes or paraphrases nobody
    (or not ``speaker``), and :class:`~kit.errors.NoOverlapError` when none of its quotations and
    paraphrases is in the original.

    >>> original = "Statement\\n\\nWe could close it in June, if the engineers agree."
    >>> trace = trace_quote("Bridge\\n\\n“We will close it in June,” Ortiz said.", original).traces[0]
    >>> trace.verdict, trace.changes[0].original, trace.changes[0].article, trace.trimmed_after
    ('words changed, trimmed, hedge dropped', 'could', 'will', 'if the engineers agree')
    """
    pending = [x if isinstance(x, Analysis) else load_article(x) for x in (article, original)]
    to_analyse = [x for x in pending if isinstance(x, Article)]
    made = iter(list(analyze_many(to_analyse, nlp=nlp)) if to_analyse else [])
    text_analysis, original_analysis = (x if isinstance(x, Analysis) else next(made) for x in pending)
    label = text_analysis.outlet or text_analysis.title or "the article"
    source = original_analysis.title or "the original"
    attributions = _attributions(text_analysis, speaker)
    if not attributions:
        whose = f" of {speaker!r}" if speaker else ""
        names = ", ".join(dict.fromkeys(a.speaker for a in text_analysis.attributions)) or "nobody"
        raise NothingToTraceError(
            f"{label} has no quotation or paraphrase{whose} to trace (it quotes or paraphrases: {names}). "
            "Check the speaker's name, or give an article that reports what someone said."
        )
    original_tokens = _tokens(original_analysis, 0, len(original_analysis.text), paraphrase=False)
    traces = tuple(_trace(text_analysis, original_analysis, original_tokens, a) for a in attributions)
    if not any(t.found for t in traces):
        raise NoOverlapError(
            f"None of the {len(traces)} quotations and paraphrases of {label} is in {source}: no words of "
            "theirs are in it. Is it the original of this article's quotations (the same event, the same "
            "speaker)? Give the transcript or statement the article quotes."
        )
    return QuoteTracing(label, source, traces)


# --- which statements ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Statement:
    speaker: str
    kind: str
    start: int
    end: int


def _attributions(analysis: Analysis, speaker: str | None) -> list[_Statement]:
    """The article's statements to trace, once each (two sources credited with the same words: the first)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for a in analysis.attributions:
        if speaker is not None and not same_speaker(a.speaker, speaker):
            continue
        span = (a.content_start, a.content_end)
        if a.content_end <= a.content_start or any(s < span[1] and span[0] < e for s, e in seen):
            continue
        seen.add(span)
        out.append(_Statement(a.speaker, a.kind, a.content_start, a.content_end))
    return out


# --- words -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    key: str  # what is compared
    exact: str  # the word as written, normalised
    start: int
    end: int
    bracketed: bool = False


def _tokens(analysis: Analysis, start: int, end: int, *, paraphrase: bool) -> list[_Token]:
    """The words of ``analysis.text[start:end]`` (:data:`WORD`); in a paraphrase keyed by lemma."""
    text = analysis.text
    brackets = [(m.start() + start, m.end() + start) for m in BRACKETS.finditer(text[start:end])]
    lemmas: dict[int, str] = {}
    if paraphrase and analysis.doc is not None:
        lemmas = {t.idx: t.lemma_ for t in analysis.doc if start <= t.idx < end}
    out = []
    for match in WORD.finditer(text, start, end):
        exact = normalise(match.group())
        key = exact
        if paraphrase:
            key = normalise(lemmas.get(match.start(), exact))
            key = _PRONOUNS.get(exact, _PRONOUNS.get(key, key))
        inside = any(a <= match.start() < b for a, b in brackets)
        out.append(_Token(key, exact, match.start(), match.end(), inside))
    return out


def _content(tokens: Sequence[_Token]) -> list[_Token]:
    return [t for t in tokens if t.exact not in _FUNCTION_WORDS and not t.key.startswith("<")]


# --- one statement ----------------------------------------------------------------------------


def _trace(
    article: Analysis, original: Analysis, original_tokens: list[_Token], statement: _Statement
) -> QuoteTrace:
    text = article.text
    start, end = _trim_marks(text, statement.start, statement.end)
    quoted = statement.kind in {"direct"} or _inside_quotes(article, start, end)
    kind = QUOTATION if quoted else PARAPHRASE
    base = QuoteTrace(statement.speaker, kind, statement.kind, text[start:end], start, end, found=False)
    segments = _segments(text, start, end)
    pieces = [_tokens(article, a, b, paraphrase=kind == PARAPHRASE) for a, b in segments]
    pieces = [p for p in pieces if p]
    if not pieces:
        return base
    keyed = (
        original_tokens if kind == QUOTATION else _tokens(original, 0, len(original.text), paraphrase=True)
    )
    turns = _turns_of(original, statement.speaker)
    aligned = [_align(piece, keyed, original, text, turns) for piece in pieces]
    if any(a is None for a in aligned):
        return _with_words(base, pieces)
    alignments = [a for a in aligned if a is not None]
    words = sum(1 for p in pieces for t in p if not t.bracketed)
    matched_content = sum(a.matched_content for a in alignments)
    wanted = len(_content([t for p in pieces for t in p if not t.bracketed]))
    needed = 0.6 if kind == QUOTATION else 0.5
    if matched_content < min(2, wanted) or matched_content < needed * wanted:
        return _with_words(base, pieces)
    first, last = alignments[0], alignments[-1]
    o_start, o_end = keyed[first.lo].start, keyed[last.hi - 1].end
    changes: list[Change] = []
    for n, alignment in enumerate(alignments):
        if kind == QUOTATION:
            changes += alignment.changes
        if n + 1 < len(alignments):
            gap = keyed[alignment.hi : alignments[n + 1].lo]
            if gap:
                changes.append(Change("ellipsis", _words(original.text, gap), "…"))
    sentence = _sentence_span(original, o_start, o_end)
    label = LABEL.match(original.text, sentence[0], o_start)
    before = original.text[label.end() if label else sentence[0] : o_start]
    after = original.text[o_end : sentence[1]]
    dropped, kept = _original_hedges(original, alignments, keyed, sentence, text)
    added = _added_hedges(article, alignments, start, end)
    quoted_ok, quoted_missing = (
        _quoted_fragments(article, original, start, end) if kind == PARAPHRASE else ((), ())
    )
    return QuoteTrace(
        statement.speaker,
        kind,
        statement.kind,
        text[start:end],
        start,
        end,
        found=True,
        original_start=o_start,
        original_end=o_end,
        original_text=" ".join(original.text[o_start:o_end].split()),
        words=words,
        exact_words=sum(a.exact for a in alignments),
        changes=tuple(changes),
        trimmed_before=_clean_trim(before),
        trimmed_after=_clean_trim(after),
        sentence_before=_neighbour(original, sentence, -1),
        sentence_after=_neighbour(original, sentence, +1),
        hedges_dropped=dropped,
        hedges_kept=kept,
        hedges_added=added,
        quoted_exactly=quoted_ok,
        quoted_not_found=quoted_missing,
    )


def _with_words(base: QuoteTrace, pieces: Sequence[Sequence[_Token]]) -> QuoteTrace:
    from dataclasses import replace

    return replace(base, words=sum(1 for p in pieces for t in p if not t.bracketed))


def _trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the quote marks, spaces and final commas around it."""
    marks = " \t\n\"'“”‘’«»,"
    while start < end and text[start] in marks:
        start += 1
    while end > start and text[end - 1] in marks:
        end -= 1
    return start, end


def _inside_quotes(analysis: Analysis, start: int, end: int) -> bool:
    """Whether all of ``text[start:end]`` stands inside one quotation."""
    return any(
        q.content_start <= start and end <= q.content_end
        for q in find_quotes(analysis.text, analysis.paragraphs)
    )


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of a quotation between its ellipses."""
    out, at = [], start
    for match in ELLIPSIS.finditer(text, start, end):
        out.append((at, match.start()))
        at = match.end()
    out.append((at, end))
    return [(a, b) for a, b in out if b > a]


@dataclass(frozen=True)
class _Alignment:
    lo: int  # first original token used
    hi: int  # after the last one
    exact: int  # article words equal to the original's, in order
    matched_content: int
    changes: tuple[Change, ...]
    opcodes: tuple[tuple[str, int, int, int, int], ...]  # on original tokens (absolute) and piece tokens
    piece: tuple[_Token, ...]


def _align(
    piece: Sequence[_Token],
    original: Sequence[_Token],
    analysis: Analysis,
    article_text: str,
    turns: Sequence[tuple[int, int]],
) -> _Alignment | None:
    """Where ``piece`` is in the original: the run of whole sentences (up to one more than the piece has)
    that shares the most content words with it, in order."""
    pkeys = [f"<bracket {n}>" if t.bracketed else t.key for n, t in enumerate(piece)]
    wanted = {t.key for t in _content(piece) if not t.bracketed}
    if not wanted:
        return None
    okeys = [t.key for t in original]
    sentences = _sentence_tokens(analysis, original)
    width = min(4, 2 + len(re.findall(r"[.!?]\s", article_text[piece[0].start : piece[-1].end])))
    best: tuple[tuple[float, int], int, list[tuple[str, int, int, int, int]]] | None = None
    for n, (first, _last) in enumerate(sentences):
        if not wanted & {original[i].key for i in range(first, sentences[n][1])}:
            continue
        if turns and not any(a <= original[first].start < b for a, b in turns):
            continue
        for extra in range(width):
            if n + extra >= len(sentences):
                break
            hi = sentences[n + extra][1]
            ops = SequenceMatcher(None, okeys[first:hi], pkeys, autojunk=False).get_opcodes()
            score = sum(len(_content(piece[j1:j2])) for tag, _i1, _i2, j1, j2 in ops if tag == "equal")
            # one more sentence must bring at least two more of the piece's words
            rank = (score - 1.5 * extra, score)
            if best is None or rank > best[0]:
                best = (rank, first, ops)
    if best is None or best[0][1] == 0:
        return None
    _score, w0, ops = best

    def carries(op: tuple[str, int, int, int, int]) -> bool:
        return op[0] == "equal" and bool(_content(piece[op[3] : op[4]]))

    anchored = [i for i, op in enumerate(ops) if carries(op)]
    if not anchored:
        return None
    # the original's words used: from the first to the last content word the piece keeps, widened over
    # the words the piece replaces at either end (within their sentence)
    first_op, last_op = anchored[0], anchored[-1]
    lo, hi = ops[first_op][1], ops[last_op][2]
    s_first, _ = _sentence_span(analysis, original[w0 + lo].start, original[w0 + lo].end)
    label = LABEL.match(analysis.text, s_first, original[w0 + lo].start)
    s_first = label.end() if label else s_first  # a speaker's label is not their words
    _, s_last = _sentence_span(analysis, original[w0 + hi - 1].start, original[w0 + hi - 1].end)
    for n in range(first_op - 1, -1, -1):  # back over kept and replaced words, within the sentence
        tag, i1, i2, _j1, _j2 = ops[n]
        if tag not in {"replace", "equal"}:
            break
        lo = next((i for i in range(i1, i2) if original[w0 + i].start >= s_first), lo)
    for n in range(last_op + 1, len(ops)):
        tag, i1, i2, _j1, _j2 = ops[n]
        if tag not in {"replace", "equal"}:
            break
        hi = max((i + 1 for i in range(i1, i2) if original[w0 + i].end <= s_last), default=hi)
    changes = []
    opcodes = []
    exact = 0
    matched_content = 0
    for tag, i1, i2, j1, j2 in ops:
        ci1, ci2 = max(i1, lo), min(i2, hi)
        opcodes.append((tag, w0 + i1, w0 + i2, j1, j2))
        if tag == "equal":
            pairs = list(zip(range(i1, i2), range(j1, j2), strict=True))
            exact += sum(
                1 for i, j in pairs if original[w0 + i].exact == piece[j].exact and not piece[j].bracketed
            )
            matched_content += sum(
                1
                for _i, j in pairs
                if piece[j].exact not in _FUNCTION_WORDS and not piece[j].key.startswith("<")
            )
            continue
        old = _words(analysis.text, original[w0 + ci1 : w0 + ci2]) if ci2 > ci1 else ""
        new_tokens = piece[j1:j2]
        new = " ".join(t.exact for t in new_tokens)
        if not old and not new:
            continue
        if new_tokens and all(t.bracketed for t in new_tokens):
            changes.append(Change("bracket", old, _bracket_text(article_text, new_tokens)))
        elif tag == "delete":
            changes.append(Change("cut", old, ""))
        elif tag == "insert":
            changes.append(Change("added", "", new))
        else:
            changes.append(Change("changed", old, new))
    return _Alignment(w0 + lo, w0 + hi, exact, matched_content, tuple(changes), tuple(opcodes), tuple(piece))


def _bracket_text(text: str, tokens: Sequence[_Token]) -> str:
    """The writer's insertion as written, with its brackets."""
    start = text.rfind("[", 0, tokens[0].start + 1)
    end = text.find("]", tokens[-1].end - 1)
    if start < 0 or end < 0:
        return "[" + _words(text, tokens) + "]"
    return " ".join(text[start : end + 1].split())


def _words(text: str, tokens: Sequence[_Token]) -> str:
    return " ".join(text[tokens[0].start : tokens[-1].end].split()) if tokens else ""


def _turns_of(analysis: Analysis, speaker: str) -> list[tuple[int, int]]:
    """Where ``speaker`` speaks in a transcript whose paragraphs start with a label ("Tomas Reyna: …"):
    from their label to the next one. Empty when no label names them (then all of the original counts).
    """
    text = analysis.text
    turns: list[tuple[str, int]] = []
    for paragraph in analysis.paragraphs:
        label = LABEL.match(text, paragraph.start, paragraph.end)
        if label:
            turns.append((text[label.start() : label.end()].strip().rstrip(":"), paragraph.start))
    spans = []
    for n, (name, start) in enumerate(turns):
        end = turns[n + 1][1] if n + 1 < len(turns) else len(text)
        if same_speaker(name, speaker):
            spans.append((start, end))
    return spans


def _sentence_tokens(analysis: Analysis, tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """For each sentence of the original that has words, the range of its tokens (first, after last)."""
    starts = [t.start for t in tokens]
    out = []
    for sentence in analysis.sentences or [TextSpan(0, len(analysis.text))]:
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end)
        if last > first:
            out.append((first, last))
    return out


def _sentence_span(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding ``start`` to the end of the one holding ``end - 1``."""
    sentences = analysis.sentences
    if not sentences:
        return 0, len(analysis.text)
    first = next((s for s in sentences if s.start <= start < s.end), None)
    last = next((s for s in sentences if s.start < end <= s.end), None)
    return (first.start if first else start), (last.end if last else end)


def _neighbour(analysis: Analysis, span: tuple[int, int], step: int) -> str | None:
    sentences = analysis.sentences
    if step < 0:
        before = [s for s in sentences if s.end <= span[0]]
        return " ".join(analysis.text[before[-1].start : before[-1].end].split()) if before else None
    after = [s for s in sentences if s.start >= span[1]]
    return " ".join(analysis.text[after[0].start : after[0].end].split()) if after else None


def _clean_trim(words: str) -> str:
    """Left-out words of the sentence, without the punctuation and spaces at their ends ("" when no word)."""
    if not WORD.search(words):
        return ""
    return " ".join(words.split()).strip(" ,;:.!?—–-").strip()


# --- hedges ---------------------------------------------------------------------------------


def _original_hedges(
    original: Analysis,
    alignments: Sequence[_Alignment],
    keyed: Sequence[_Token],
    sentence: tuple[int, int],
    article_text: str,
) -> tuple[tuple[HedgeTrace, ...], tuple[HedgeTrace, ...]]:
    """The original's hedges in the traced sentences: kept (an equal word in the article) or dropped."""
    dropped, kept = [], []
    for hedge in original.hedges:
        if not (sentence[0] <= hedge.start and hedge.end <= sentence[1]):
            continue
        fate: tuple[bool, str | None] | None = None
        for alignment in alignments:
            for tag, i1, i2, j1, j2 in alignment.opcodes:
                tokens = keyed[i1:i2]
                if not tokens or not any(t.start < hedge.end and hedge.start < t.end for t in tokens):
                    continue
                if tag == "equal":
                    fate = (True, None)
                elif tag == "replace":
                    fate = (False, _words(article_text, alignment.piece[j1:j2]))
                else:
                    fate = (False, None)
                break
            if fate is not None:
                break
        kept_it, instead = fate if fate is not None else (False, None)
        record = HedgeTrace(
            " ".join(hedge.text.split()), hedge.category, kept_it, instead, hedge.start, hedge.end
        )
        (kept if kept_it else dropped).append(record)
    return tuple(dropped), tuple(kept)


def _added_hedges(
    article: Analysis, alignments: Sequence[_Alignment], start: int, end: int
) -> tuple[str, ...]:
    """Hedges in the article's words that are not the original's words."""
    equal_spans = [
        (alignment.piece[j].start, alignment.piece[j].end)
        for alignment in alignments
        for tag, _i1, _i2, j1, j2 in alignment.opcodes
        if tag == "equal"
        for j in range(j1, j2)
    ]
    added = []
    for hedge in article.hedges:
        if start <= hedge.start and hedge.end <= end and hedge.category not in {"distancing", "vague_source"}:
            if not any(a < hedge.end and hedge.start < b for a, b in equal_spans):
                added.append(" ".join(hedge.text.split()))
    return tuple(added)


def _quoted_fragments(
    article: Analysis, original: Analysis, start: int, end: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words a paraphrase puts in quote marks: those the original has word for word, and the others."""
    found, missing = [], []
    original_words = " " + " ".join(normalise(w) for w in WORD.findall(original.text)) + " "
    for quote in find_quotes(article.text, article.paragraphs):
        if start <= quote.content_start and quote.content_end <= end:
            fragment = article.text[quote.content_start : quote.content_end]
            words = " ".join(normalise(w) for w in WORD.findall(fragment))
            if words:
                (found if f" {words} " in original_words else missing).append(" ".join(fragment.split()))
    return tuple(found), tuple(missing)


# --- the readable report ----------------------------------------------------------------------


def _report(tracing: QuoteTracing) -> str:
    import textwrap

    def wrap(line: str, indent: str = "      ") -> list[str]:
        return textwrap.wrap(line, width=92, subsequent_indent=indent) or [line]

    title = f"{tracing.article}: quotations traced to {tracing.original}"
    found = tracing.found
    lines = [title, "=" * min(len(title), 92)]
    lines.append(
        f"{len(tracing.traces)} quotations and paraphrases; {len(found)} found in the original, "
        f"{sum(not t.found for t in tracing.traces)} not."
    )
    for n, trace in enumerate(tracing.traces, 1):
        lines.append("")
        lines += wrap(f"{n}. {trace.speaker} · {trace.kind}: “{trace.article_text}”", "   ")
        lines.append(f"   → {trace.verdict}")
        if not trace.found:
            continue
        lines += wrap(f"   original: “{trace.original_text}”")
        if trace.kind == QUOTATION:
            lines.append(f"   {trace.exact_words} of {trace.words} words are the original's, in its order")
        for change in trace.changes:
            lines += wrap("   " + _change_line(change))
        if trace.trimmed_before:
            lines += wrap(f"   left out before it: “{trace.trimmed_before}”")
        if trace.trimmed_after:
            lines += wrap(f"   left out after it: “{trace.trimmed_after}”")
        for hedge in trace.hedges_dropped:
            instead = (
                f"the article has “{hedge.article}”"
                if hedge.article
                else "the article has nothing in its place"
            )
            lines += wrap(f"   hedge dropped: the original's “{hedge.text}” ({hedge.category}); {instead}")
        for hedge in trace.hedges_kept:
            lines.append(f"   hedge kept: “{hedge.text}”")
        for text in trace.hedges_added:
            lines.append(f"   hedge added: “{text}” is not in the original's words")
        for text in trace.quoted_not_found:
            lines.append(f"   quoted “{text}”: not the original's words")
        if trace.sentence_before:
            lines += wrap(f"   the sentence before, in the original: “{trace.sentence_before}”")
        if trace.sentence_after:
            lines += wrap(f"   the sentence after, in the original: “{trace.sentence_after}”")
    return "\n".join(lines) + "\n"


def _change_line(change: Change) -> str:
    if change.kind == "ellipsis":
        return f"left out at the ellipsis (…): “{change.original}”"
    if change.kind == "bracket":
        return f"in brackets (the writer's words): {change.article} for the original's “{change.original}”"
    if change.kind == "cut":
        return f"left out with no mark: “{change.original}”"
    if change.kind == "added":
        return f"added, not in the original: “{change.article}”"
    return f"changed with no mark: the original's “{change.original}” → “{change.article}”"
