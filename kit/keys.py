"""Hand-made answer keys (``seeds/keys/*.json``) and how findings are scored against them.

A key names spans by their words, not by offsets: each entry has an exact
substring of the article (``text`` or ``content``) and, when those words occur
more than once, a longer ``context`` that occurs once and contains them. Keys
are resolved against the cleaned body (``Article.text``), so they survive the
kit's clean-up. See ``seeds/practice/README.md`` for the format.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .article import Article, load_article
from .errors import AnswerKeyError

__all__ = [
    "TRACE_FINDINGS",
    "AnswerKey",
    "KeyAttribution",
    "KeyHedge",
    "KeyQuotedTerm",
    "KeySpan",
    "KeyTrace",
    "KeyTraceFinding",
    "Score",
    "TraceKey",
    "load_key",
    "load_trace_key",
    "match_spans",
    "overlaps",
    "total",
]


@dataclass(frozen=True)
class KeySpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class KeyAttribution:
    speaker: str
    source_type: str
    kind: str
    cue: str | None
    start: int
    end: int


@dataclass(frozen=True)
class KeyHedge:
    """A hedge of a hand-made key. ``speaker`` (keys 12 on): the reported source whose hedge it is,
    ``None`` for the writer; ``speaker_given`` says whether the key gives it at all."""

    start: int
    end: int
    text: str
    category: str
    in_quote: bool
    speaker: str | None = None
    speaker_given: bool = False


@dataclass(frozen=True)
class KeyQuotedTerm:
    start: int
    end: int
    text: str
    owner: str | None


@dataclass(frozen=True)
class AnswerKey:
    path: Path
    article: Article
    attributions: tuple[KeyAttribution, ...]
    quoted_terms: tuple[KeyQuotedTerm, ...]
    non_statements: tuple[KeySpan, ...]
    unattributed: tuple[KeySpan, ...]
    hedges: tuple[KeyHedge, ...]
    loaded_words: tuple[KeySpan, ...]
    speakers: tuple[dict[str, Any], ...]
    raw: dict[str, Any]


def _locate(text: str, words: str, context: str | None, where: str) -> tuple[int, int]:
    def unique(needle: str) -> int:
        first = text.find(needle)
        if first < 0:
            raise AnswerKeyError(f"{where}: {needle!r} is not in the article text.")
        if text.find(needle, first + 1) >= 0:
            raise AnswerKeyError(f"{where}: {needle!r} occurs more than once; add a longer 'context'.")
        return first

    if context:
        base = unique(context)
        inner = context.find(words)
        if inner < 0:
            raise AnswerKeyError(f"{where}: the context does not contain {words!r}.")
        return base + inner, base + inner + len(words)
    start = unique(words)
    return start, start + len(words)


def load_key(path: str | Path, *, article: Article | None = None) -> AnswerKey:
    """Load a key and resolve every entry to offsets in the cleaned article body."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AnswerKeyError(f"The answer key {path.name} cannot be read ({error}).") from None
    if article is None:
        article = load_article(path.parent.parent / raw["article"])
    text = article.text

    def span(entry: dict[str, Any], field: str, where: str) -> tuple[int, int]:
        return _locate(text, entry[field], entry.get("context"), where)

    attributions = []
    for n, entry in enumerate(raw.get("attributions", [])):
        start, end = span(entry, "content", f"{path.name} attribution {n}")
        attributions.append(
            KeyAttribution(
                entry["speaker"], entry["source_type"], entry["kind"], entry.get("cue"), start, end
            )
        )
    hedges = []
    for n, entry in enumerate(raw.get("hedges", [])):
        start, end = span(entry, "text", f"{path.name} hedge {n}")
        hedges.append(
            KeyHedge(
                start,
                end,
                entry["text"],
                entry["category"],
                bool(entry.get("in_quote")),
                speaker=entry.get("speaker"),
                speaker_given="speaker" in entry,
            )
        )
    terms = []
    for n, entry in enumerate(raw.get("quoted_terms", [])):
        start, end = span(entry, "text", f"{path.name} quoted term {n}")
        terms.append(KeyQuotedTerm(start, end, entry["text"], entry.get("owner")))

    def spans(name: str) -> tuple[KeySpan, ...]:
        out = []
        for n, entry in enumerate(raw.get(name, [])):
            start, end = span(entry, "text", f"{path.name} {name} {n}")
            out.append(KeySpan(start, end, entry["text"]))
        return tuple(out)

    return AnswerKey(
        path=path,
        article=article,
        attributions=tuple(attributions),
        quoted_terms=tuple(terms),
        non_statements=spans("non_statements"),
        unattributed=spans("unattributed"),
        hedges=tuple(hedges),
        loaded_words=spans("loaded_words"),
        speakers=tuple(raw.get("speakers", [])),
        raw=raw,
    )


# --- scoring -----------------------------------------------------------------

F = TypeVar("F")
G = TypeVar("G")


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of found items against gold ones."""

    found: int
    gold: int
    hits: int  # found items that match some gold item
    recalled: int  # gold items matched by some found item
    matches: tuple[tuple[int, int], ...] = ()  # (found index, gold index), one-to-one

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.found + other.found,
            self.gold + other.gold,
            self.hits + other.hits,
            self.recalled + other.recalled,
        )


def match_spans(
    found: Sequence[F],
    gold: Sequence[G],
    *,
    span_of_found: Callable[[F], tuple[int, int]],
    span_of_gold: Callable[[G], tuple[int, int]],
    agree: Callable[[F, G], bool] = lambda f, g: True,
) -> Score:
    """Score ``found`` against ``gold``: a hit is an overlapping span that also ``agree``s.

    Matching is one-to-one (greedy, in text order), so one long span cannot
    count for several gold items.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, item in enumerate(found):
        a, b = span_of_found(item)
        for j, target in enumerate(gold):
            if j in used:
                continue
            c, d = span_of_gold(target)
            if overlaps(a, b, c, d) and agree(item, target):
                used.add(j)
                pairs.append((i, j))
                break
    return Score(len(found), len(gold), len(pairs), len(pairs), tuple(pairs))


def total(scores: Iterable[Score]) -> Score:
    result = Score(0, 0, 0, 0)
    for score in scores:
        result = result + score
    return result


# --- trace keys: quotations of one event traced to its original --------------------------------

#: What a trace key can say about a quotation (``seeds/coverage/README.md``).
TRACE_FINDINGS = ("trimmed", "ellipsis", "bracket", "changed", "dropped_hedge", "kept_hedge")


@dataclass(frozen=True)
class KeyTraceFinding:
    """One thing a hand-made trace key says about a quotation: its type and the words involved."""

    type: str
    original: str
    article: str | None = None


@dataclass(frozen=True)
class KeyTrace:
    """A quotation or paraphrase in one outlet, the original words it comes from, and what changed."""

    outlet: str
    speaker: str
    kind: str  # "quotation" or "paraphrase"
    start: int  # in the outlet's article text
    end: int
    original_start: int  # in the original's text
    original_end: int
    findings: tuple[KeyTraceFinding, ...]


@dataclass(frozen=True)
class TraceKey:
    """A hand-made key for one event: the original, the outlets' articles and every traced quotation."""

    path: Path
    event: str
    original: Article
    outlets: dict[str, Article]
    outlet_names: dict[str, str]
    outlet_keys: dict[str, Path]
    quotations: tuple[KeyTrace, ...]
    raw: dict[str, Any]


def load_trace_key(path: str | Path) -> TraceKey:
    """Load a trace key (``seeds/keys/coverage/*.json``) and resolve every span.

    Paths in the key are relative to ``seeds/`` (two folders above the key). Raises
    :class:`~kit.errors.AnswerKeyError` when a quotation's words are not in its article, its
    original words not in the original, or a finding's words not in those original words.
    """
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AnswerKeyError(f"The trace key {path.name} cannot be read ({error}).") from None
    seeds = path.parent.parent.parent
    try:
        original = load_article(seeds / raw["original"])
        outlets = {name: load_article(seeds / spec["article"]) for name, spec in raw["outlets"].items()}
        names = {name: str(spec.get("outlet") or name) for name, spec in raw["outlets"].items()}
        keys = {name: seeds / spec["key"] for name, spec in raw["outlets"].items() if spec.get("key")}
        quotations = []
        for n, entry in enumerate(raw["quotations"]):
            where = f"{path.name} quotation {n}"
            if entry["outlet"] not in outlets:
                raise AnswerKeyError(f"{where}: outlet {entry['outlet']!r} is not under 'outlets'.")
            if entry["kind"] not in {"quotation", "paraphrase"}:
                raise AnswerKeyError(
                    f"{where}: kind must be 'quotation' or 'paraphrase', not {entry['kind']!r}."
                )
            start, end = _locate(outlets[entry["outlet"]].text, entry["article"], entry.get("context"), where)
            o_start, o_end = _locate(original.text, entry["original"], entry.get("original_context"), where)
            findings = []
            for finding in entry.get("findings", []):
                if finding["type"] not in TRACE_FINDINGS:
                    raise AnswerKeyError(f"{where}: unknown finding type {finding['type']!r}.")
                findings.append(KeyTraceFinding(finding["type"], finding["original"], finding.get("article")))
                if finding["type"] != "trimmed" and finding["original"] not in entry["original"]:
                    raise AnswerKeyError(f"{where}: {finding['original']!r} is not in its original words.")
            quotations.append(
                KeyTrace(
                    entry["outlet"],
                    entry["speaker"],
                    entry["kind"],
                    start,
                    end,
                    o_start,
                    o_end,
                    tuple(findings),
                )
            )
    except (KeyError, TypeError) as error:
        raise AnswerKeyError(
            f"The trace key {path.name} lacks {error} (see seeds/coverage/README.md)."
        ) from None
    return TraceKey(path, str(raw.get("event", "")), original, outlets, names, keys, tuple(quotations), raw)
