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
from .errors import AnswerKeyError, KeyDataError
from .records import ATTRIBUTION_KINDS, HEDGE_CATEGORIES, SOURCE_TYPES

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
    "check_key_data",
    "key_from_data",
    "load_key",
    "load_trace_key",
    "match_spans",
    "overlaps",
    "total",
    "unique_context",
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
    except (OSError, ValueError, RecursionError) as error:
        raise AnswerKeyError(f"The answer key {path.name} cannot be read ({error}).") from None
    if not isinstance(raw, dict) or (article is None and not isinstance(raw.get("article"), str)):
        raise KeyDataError(
            f"{path.name} is not an answer key: it needs an 'article' (the article's path in seeds/) "
            "and lists such as 'attributions' and 'hedges' (see seeds/practice/README.md)."
        )
    if article is None:
        article = load_article(path.parent.parent / raw["article"])
    return key_from_data(raw, article=article, path=path)


def _where(path: Path, what: str, n: int, entry: Any, field: str) -> str:
    shown = entry.get(field) if isinstance(entry, dict) else None
    words = f" ({str(shown)[:40]!r})" if isinstance(shown, str) else ""
    return f"{path.name}, {what} {n}{words}"


def check_key_data(raw: Any, *, path: Path) -> None:
    """Raise :class:`KeyDataError` naming the entry when a key's data is not what a key holds.

    Checks the shape and the vocabulary (source types, kinds, hedge categories),
    not the words (see :func:`key_from_data`). Entries are numbered from 0, as
    they come in the file.

    >>> check_key_data({"article": "a.txt", "hedges": [{"text": "may", "category": "maybe"}]},
    ...                path=Path("x.json"))
    Traceback (most recent call last):
    ...
    kit.errors.KeyDataError: x.json, hedge 0 ('may'): the category 'maybe' is not one of possibility, ...
    """
    if not isinstance(raw, dict):
        raise KeyDataError(f"{path.name} is not an answer key (a JSON object with 'article', 'hedges' …).")
    lists = ("attributions", "hedges", "speakers", "quoted_terms", "non_statements", "unattributed",
             "loaded_words")  # fmt: skip
    for name in lists:
        if not isinstance(raw.get(name, []), list):
            raise KeyDataError(f"{path.name}: '{name}' must be a list of entries, not {raw[name]!r:.40}.")
    fix = "fix it in the key editor (kit.KeyEditor) or in the file"

    def need(ok: bool, where: str, what: str) -> None:
        if not ok:
            raise KeyDataError(f"{where}: {what}; {fix}.")

    def one_of(what: str, entry: dict[str, Any], allowed: tuple[str, ...]) -> str:
        value = entry.get(what.replace(" ", "_"))
        return f"the {what} {value!r} is not one of {', '.join(allowed)}"

    def text(entry: dict[str, Any], field: str, where: str, *, optional: bool = False) -> None:
        value = entry.get(field)
        if optional and value is None:
            return
        need(isinstance(value, str) and bool(value.strip()), where, f"'{field}' must be words of the article")

    for n, entry in enumerate(raw.get("attributions", [])):
        where = _where(path, "attribution", n, entry, "content")
        need(isinstance(entry, dict), where, "an attribution is an object with speaker, kind, content")
        text(entry, "speaker", where)
        text(entry, "content", where)
        text(entry, "context", where, optional=True)
        need(entry.get("source_type") in SOURCE_TYPES, where, one_of("source type", entry, SOURCE_TYPES))
        need(entry.get("kind") in ATTRIBUTION_KINDS, where, one_of("kind", entry, ATTRIBUTION_KINDS))
    for n, entry in enumerate(raw.get("hedges", [])):
        where = _where(path, "hedge", n, entry, "text")
        need(isinstance(entry, dict), where, "a hedge is an object with text and category")
        text(entry, "text", where)
        text(entry, "context", where, optional=True)
        need(entry.get("category") in HEDGE_CATEGORIES, where, one_of("category", entry, HEDGE_CATEGORIES))
        for flag in ("in_quote", "reviewed"):
            need(isinstance(entry.get(flag, False), bool), where, f"'{flag}' must be true or false")
    for n, entry in enumerate(raw.get("speakers", [])):
        where = _where(path, "speaker", n, entry, "name")
        need(isinstance(entry, dict), where, "a speaker is an object with name and source_type")
        text(entry, "name", where)
        need(entry.get("source_type", "named_person") in SOURCE_TYPES, where,
             one_of("source type", entry, SOURCE_TYPES))  # fmt: skip
        length = entry.get("reported_length")
        need(length is None or isinstance(length, str), where, "'reported_length' must be words or null")
    for name in lists[3:]:
        for n, entry in enumerate(raw.get(name, [])):
            where = _where(path, name.replace("_", " ").rstrip("s"), n, entry, "text")
            need(isinstance(entry, dict), where, "an entry is an object with text")
            text(entry, "text", where)
    review = raw.get("review", {})
    need(isinstance(review, dict), f"{path.name}, review", "'review' must be an object")
    sentences = review.get("sentences", [])
    need(isinstance(sentences, list) and all(isinstance(s, str) for s in sentences),
         f"{path.name}, review", "'sentences' must be a list of the reviewed sentences' text")  # fmt: skip


def key_from_data(raw: dict[str, Any], *, article: Article, path: Path) -> AnswerKey:
    """A key's JSON data (as in ``seeds/keys/*.json``) resolved against ``article``'s cleaned body.

    ``path`` names the key in messages. Raises :class:`KeyDataError` for data that is
    not a key's, :class:`AnswerKeyError` for words that are not in the article.
    """
    check_key_data(raw, path=path)
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


def unique_context(text: str, start: int, end: int) -> str | None:
    """None when ``text[start:end]`` occurs once in ``text``; else the shortest longer span from
    ``start`` (ending at a word end when it can) that occurs once: a key entry's ``context``.

    >>> unique_context("It may rain. It may snow.", 3, 6)
    'may rain.'
    >>> unique_context("It may rain. It may snow.", 13, 19)
    'It may snow.'
    >>> print(unique_context("It may rain. It may snow.", 7, 11))
    None
    """
    words = text[start:end]
    if text.count(words) == 1:
        return None
    stop = end
    while stop < len(text):
        stop = stop + 1
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        context = text[start:stop]
        if text.count(context) == 1:
            return context
    return text[start:]


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
