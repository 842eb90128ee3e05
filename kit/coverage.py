"""Find better coverage: how two to six outlets report one event, side by side.

SIFT's *find better coverage* asks students to read how other outlets report the
same event. :func:`compare_coverage` analyses each article (or takes analyses
already made) and puts plain figures next to each other: who each outlet quotes
and how much (quoted words and their share, by kind of source), how much of the
article is the outlet's own voice and how much is claims with no source, hedges
per 100 words by category, loaded words with a neutral alternative, and which
sources appear in one outlet only.

The result is a :class:`CoverageComparison`, a frozen record beside the analysis
contract (which stays as it is): ``print(comparison)`` gives the readable report,
``comparison.to_dict()`` / ``to_json()`` the JSON (README, "Comparing coverage"),
and :mod:`kit.charts` draws it. Nothing here detects anything: every figure is
read from each outlet's :class:`~kit.analysis.Analysis`.

>>> import kit
>>> event = "../seeds/coverage/sarn_dam_call/"
>>> outlets = [event + "a_kestria_today.txt", event + "c_daily_ledger.txt"]
>>> comparison = kit.compare_coverage(outlets)  # doctest: +SKIP
>>> print(comparison)  # doctest: +SKIP
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .analysis import Analysis, analyze_many
from .article import Article, load_article
from .errors import ArticleCountError, MixedLanguagesError, NotEnglishError, SameArticleError
from .files import atomic_write_text
from .hedges import category_label, count_hedges
from .records import HEDGE_CATEGORIES, SOURCE_TYPES, from_jsonable, to_jsonable
from .words import WORD, same_speaker

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MAX_OUTLETS",
    "NAMED_TYPES",
    "UNNAMED_TYPES",
    "CoverageComparison",
    "LoadedTerm",
    "OutletCoverage",
    "SourceCoverage",
    "compare_coverage",
]

#: How many articles one comparison takes: a projector shows six columns, not more.
MAX_OUTLETS = 6
#: Sources that can be recognised in another outlet by their name.
NAMED_TYPES = ("named_person", "spokesperson", "organization", "document")
#: Sources with no name: never taken for the same source in another outlet.
UNNAMED_TYPES = ("anonymous", "vague")
KIND = "coverage_comparison"
VERSION = 1


@dataclass(frozen=True)
class SourceCoverage:
    """One source in one outlet: how often and how much the outlet gives it to say.

    ``name`` is the source's name across the comparison (the fullest name any outlet
    uses); ``as_named`` how this outlet names it.
    """

    name: str
    as_named: str
    source_type: str
    statements: int
    quoted_words: int
    credited_words: int
    quoted_share: float
    """Share of this outlet's quoted words, 0–1."""


@dataclass(frozen=True)
class LoadedTerm:
    """A loaded word in the outlet's own voice and a neutral word a student could write instead."""

    text: str
    alternative: str


@dataclass(frozen=True)
class OutletCoverage:
    """What one outlet's article gives each source, and how it speaks in its own voice."""

    outlet: str
    title: str | None
    date: str | None
    source: str | None
    words: int
    statements: int
    quoted_words: int
    sources: tuple[SourceCoverage, ...]
    quoted_words_by_type: dict[str, int]
    quoted_share_by_type: dict[str, float]
    """Share of this outlet's quoted words by kind of source, 0–1 (0 for every kind when nobody is quoted)."""
    statements_by_type: dict[str, int]
    unnamed_statements: int
    """Statements of anonymous and vague sources."""
    unnamed_share: float
    """Their share of the outlet's statements, 0–1."""
    own_voice_share: float
    """Share of the article's words credited to no source, 0–1 (cues such as "she said" included)."""
    unattributed_claims: int
    unattributed_share: float
    """Share of the article's words in claims with no source, 0–1."""
    hedges: int
    hedges_per_100_words: float
    hedges_per_100_words_by_category: dict[str, float]
    loaded_words: tuple[LoadedTerm, ...]
    only_here: tuple[str, ...]
    """Sources (names as in ``sources``) that no other outlet of the comparison cites."""


@dataclass(frozen=True)
class CoverageComparison:
    """Two to six outlets on one event (:func:`compare_coverage`). JSON: ``to_dict()``.

    ``sources`` lists every source of the comparison, most quoted first.
    """

    outlets: tuple[OutletCoverage, ...]
    sources: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    kind: str = KIND
    schema_version: int = VERSION
    analyses: tuple[Analysis, ...] = field(default=(), repr=False, compare=False, metadata={"json": False})

    def outlet(self, name: str) -> OutletCoverage:
        """The outlet called ``name`` (exact, then ignoring case); ``KeyError`` names the outlets."""
        for match in (lambda o: o.outlet == name, lambda o: o.outlet.casefold() == name.casefold()):
            found = [o for o in self.outlets if match(o)]
            if found:
                return found[0]
        known = ", ".join(o.outlet for o in self.outlets)
        raise KeyError(f"No outlet called {name!r} in this comparison (outlets: {known}).")

    def quoted_words(self, source: str, outlet: str) -> int:
        """Words ``outlet`` quotes from ``source`` (0 when it does not cite the source)."""
        return sum(s.quoted_words for s in self.outlet(outlet).sources if s.name == source)

    def most(self, measure: str) -> OutletCoverage:
        """The outlet with the highest value of ``measure`` (a field of :class:`OutletCoverage`).

        >>> c = CoverageComparison((_empty("A", unnamed_share=0.1), _empty("B", unnamed_share=0.5)), ())
        >>> c.most("unnamed_share").outlet
        'B'
        """
        return max(self.outlets, key=lambda o: getattr(o, measure))

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON form (README, "Comparing coverage")."""
        return to_jsonable(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoverageComparison:
        return from_jsonable(cls, data)

    def save(self, path: str | Path) -> Path:
        """Write the JSON form to ``path`` atomically; return the path."""
        return atomic_write_text(path, self.to_json())

    # --- reading it as a person ---------------------------------------------------------------
    def summary(self) -> str:
        """The readable report: one column per outlet."""
        return _report(self)

    def __str__(self) -> str:
        return self.summary()


def compare_coverage(
    articles: Sequence[str | Path | Article | Analysis], *, nlp: Language | None = None
) -> CoverageComparison:
    """Compare how two to six articles report one event (paths, texts, articles or analyses).

    Raises :class:`~kit.errors.ArticleCountError` for fewer than two or more than six
    articles, :class:`~kit.errors.SameArticleError` when one is given twice and
    :class:`~kit.errors.MixedLanguagesError` when they are not all in one language.

    >>> compare_coverage(["Rain\\n\\nIt may rain, the forecaster said."])
    Traceback (most recent call last):
    ...
    kit.errors.ArticleCountError: Compare two to six articles on one event; 1 was given. ...
    """
    if isinstance(articles, (str, Path, Article, Analysis)) or not 2 <= len(articles) <= MAX_OUTLETS:
        given = 1 if isinstance(articles, (str, Path, Article, Analysis)) else len(articles)
        raise ArticleCountError(
            f"Compare two to six articles on one event; {given} was given. Give a list of the articles "
            "(paths or texts), one per outlet: kit.compare_coverage([first, second, …])."
        )
    loaded: list[Article | Analysis] = [a if isinstance(a, Analysis) else _load(a) for a in articles]
    _check_languages(loaded, articles)
    _check_distinct(loaded)
    pending = [a for a in loaded if isinstance(a, Article)]
    made = iter(list(analyze_many(pending, nlp=nlp)) if pending else [])
    analyses = tuple(a if isinstance(a, Analysis) else next(made) for a in loaded)
    return _compare(analyses)


# --- input -----------------------------------------------------------------------------------


def _load(source: str | Path | Article) -> Article:
    """The article; one that is not English is loaded anyway, so the language check can name it."""
    try:
        return load_article(source)
    except NotEnglishError:
        article = load_article(source, check_language=False)
        return _not_english(article)


_NOT_ENGLISH = "not English"


def _not_english(article: Article) -> Article:
    from dataclasses import replace

    return replace(article, language=_NOT_ENGLISH)


def _label(item: Article | Analysis, n: int) -> str:
    name = item.outlet or item.title or item.source
    return f"article {n + 1} ({name})" if name else f"article {n + 1}"


def _language(item: Article | Analysis) -> str:
    if isinstance(item, Analysis):
        return "en"
    language = (item.language or "en").strip()
    return language if language == _NOT_ENGLISH else language.split("-")[0].split("_")[0].casefold()


def _check_languages(loaded: Sequence[Article | Analysis], given: Sequence[object]) -> None:
    languages = [_language(item) for item in loaded]
    if len(set(languages)) == 1:
        if languages[0] == _NOT_ENGLISH:
            load_article(given[0])  # type: ignore[arg-type]  # raises the usual NotEnglishError
        return
    described = "; ".join(
        f"{_label(item, n)}: {'not English' if lang == _NOT_ENGLISH else repr(lang)}"
        for n, (item, lang) in enumerate(zip(loaded, languages, strict=True))
    )
    raise MixedLanguagesError(
        f"These articles are not all in one language ({described}). Compare articles in one language: the "
        "kit reads English, so use English reports of the event (a translation counts: say so in class)."
    )


def _check_distinct(loaded: Sequence[Article | Analysis]) -> None:
    seen: dict[str, int] = {}
    for n, item in enumerate(loaded):
        text = " ".join(item.text.split())
        if text in seen:
            first = seen[text]
            raise SameArticleError(
                f"{_label(loaded[first], first)} and {_label(item, n)} are the same article: give each "
                "outlet's report of the event once."
            )
        seen[text] = n


# --- the figures -----------------------------------------------------------------------------


def _compare(analyses: Sequence[Analysis]) -> CoverageComparison:
    labels = _outlet_labels(analyses)
    per_outlet = [_sources_of(a) for a in analyses]
    canonical = _canonical_names(per_outlet)
    outlets = []
    for n, (analysis, sources) in enumerate(zip(analyses, per_outlet, strict=True)):
        outlets.append(_outlet(analysis, labels[n], sources, canonical, n))
    cited_in: dict[str, set[int]] = {}
    for n, outlet in enumerate(outlets):
        for source in outlet.sources:
            cited_in.setdefault(source.name, set()).add(n)
    from dataclasses import replace

    outlets = [
        replace(o, only_here=tuple(s.name for s in o.sources if cited_in[s.name] == {n}))
        for n, o in enumerate(outlets)
    ]
    totals: dict[str, int] = {}
    for outlet in outlets:
        for source in outlet.sources:
            totals[source.name] = totals.get(source.name, 0) + source.quoted_words
    order = sorted(totals, key=lambda name: (-totals[name], -len(cited_in[name]), name))
    warnings = []
    if len(outlets) > 1 and not any(len(cited_in[name]) > 1 for name in cited_in):
        warnings.append(
            "No named source appears in more than one of these articles: do they report the same event?"
        )
    return CoverageComparison(tuple(outlets), tuple(order), tuple(warnings), analyses=tuple(analyses))


def _outlet_labels(analyses: Sequence[Analysis]) -> list[str]:
    """Each article's outlet name (else its title, file name or position), made unique."""
    labels: list[str] = []
    for n, analysis in enumerate(analyses):
        label = analysis.outlet or analysis.title or (Path(analysis.source).stem if analysis.source else "")
        label = " ".join(label.split()) or f"Article {n + 1}"
        if label in labels:
            label = f"{label} ({n + 1})"
        labels.append(label)
    return labels


@dataclass(frozen=True)
class _Source:
    name: str
    source_type: str
    attributions: tuple[int, ...]
    quoted_words: int


def _sources_of(analysis: Analysis) -> list[_Source]:
    """One outlet's sources: its speakers, with attributions credited to no speaker record added;
    two names of one source in the same article ("a Lumoran official", "the official") joined."""
    found: list[_Source] = []
    used: set[int] = set()
    attributions = analysis.attributions
    for speaker in analysis.speakers:
        indices = tuple(i for i in speaker.attributions if 0 <= i < len(attributions))
        if not indices:
            continue
        used.update(indices)
        quoted = speaker.quoted_words or sum(attributions[i].quoted_words for i in indices)
        found.append(_Source(speaker.name, speaker.source_type, indices, quoted))
    for i, attribution in enumerate(attributions):
        if i not in used:
            source = _Source(attribution.speaker, attribution.source_type, (i,), attribution.quoted_words)
            found.append(source)
    joined: list[_Source] = []
    for source in found:
        match = next((n for n, s in enumerate(joined) if same_speaker(s.name, source.name)), None)
        if match is None:
            joined.append(source)
        else:
            first = joined[match]
            joined[match] = _Source(
                max(first.name, source.name, key=len),
                first.source_type,
                first.attributions + source.attributions,
                first.quoted_words + source.quoted_words,
            )
    return joined


def _canonical_names(per_outlet: Sequence[Sequence[_Source]]) -> dict[tuple[int, str], str]:
    """The name of each outlet's source across the comparison: named sources that are the same
    (:func:`~kit.words.same_speaker`) share the fullest name; unnamed ones are never joined."""
    clusters: list[list[str]] = []
    where: dict[tuple[int, str], int] = {}
    for n, sources in enumerate(per_outlet):
        for source in sources:
            cluster = None
            if source.source_type not in UNNAMED_TYPES:
                cluster = next(
                    (
                        c
                        for c, names in enumerate(clusters)
                        if any(same_speaker(name, source.name) for name in names)
                        and not any(key[0] == n for key, value in where.items() if value == c)
                    ),
                    None,
                )
            if cluster is None:
                clusters.append([])
                cluster = len(clusters) - 1
            clusters[cluster].append(source.name)
            where[(n, source.name)] = cluster
    names = [max(c, key=len) for c in clusters]
    return {key: names[c] for key, c in where.items()}


def _outlet(
    analysis: Analysis, label: str, sources: Sequence[_Source], canonical: dict[tuple[int, str], str], n: int
) -> OutletCoverage:
    attributions = analysis.attributions
    words = analysis.word_count
    quoted_total = sum(s.quoted_words for s in sources)
    starts = [m.start() for m in WORD.finditer(analysis.text)]
    rows = []
    for source in sources:
        spans = [(attributions[i].content_start, attributions[i].content_end) for i in source.attributions]
        credited = len({w for a, b in spans for w in _words_between(starts, a, b)})
        rows.append(
            SourceCoverage(
                name=canonical[(n, source.name)],
                as_named=source.name,
                source_type=source.source_type,
                statements=len(source.attributions),
                quoted_words=source.quoted_words,
                credited_words=credited,
                quoted_share=_share(source.quoted_words, quoted_total),
            )
        )
    rows.sort(key=lambda r: (-r.quoted_words, -r.statements, r.name))
    credited_words = {w for a in attributions for w in _words_between(starts, a.content_start, a.content_end)}
    unattributed_words = {w for c in analysis.unattributed for w in _words_between(starts, c.start, c.end)}
    by_type = {t: sum(r.quoted_words for r in rows if r.source_type == t) for t in SOURCE_TYPES}
    statements_by_type = {t: sum(r.statements for r in rows if r.source_type == t) for t in SOURCE_TYPES}
    statements = len(attributions)
    unnamed = sum(statements_by_type[t] for t in UNNAMED_TYPES)
    counts = count_hedges(analysis)
    return OutletCoverage(
        outlet=label,
        title=analysis.title,
        date=analysis.date,
        source=analysis.source,
        words=words,
        statements=statements,
        quoted_words=quoted_total,
        sources=tuple(rows),
        quoted_words_by_type=by_type,
        quoted_share_by_type={t: _share(v, quoted_total) for t, v in by_type.items()},
        statements_by_type=statements_by_type,
        unnamed_statements=unnamed,
        unnamed_share=_share(unnamed, statements),
        own_voice_share=_share(len(starts) - len(credited_words), len(starts)),
        unattributed_claims=len(analysis.unattributed),
        unattributed_share=_share(len(unattributed_words), len(starts)),
        hedges=counts["total"],
        hedges_per_100_words=round(100 * counts["total"] / max(words, 1), 2),
        hedges_per_100_words_by_category={
            c: round(100 * counts["by_category"][c] / max(words, 1), 2) for c in HEDGE_CATEGORIES
        },
        loaded_words=tuple(LoadedTerm(w.text, w.alternative) for w in analysis.loaded_words),
        only_here=(),
    )


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _words_between(starts: list[int], start: int, end: int) -> range:
    return range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def _empty(name: str, **figures: Any) -> OutletCoverage:
    """An outlet with no figures (for examples and tests); ``figures`` set some."""
    base: dict[str, Any] = {
        "outlet": name, "title": None, "date": None, "source": None, "words": 0, "statements": 0,
        "quoted_words": 0, "sources": (), "quoted_words_by_type": {}, "quoted_share_by_type": {},
        "statements_by_type": {}, "unnamed_statements": 0, "unnamed_share": 0.0, "own_voice_share": 0.0,
        "unattributed_claims": 0, "unattributed_share": 0.0, "hedges": 0, "hedges_per_100_words": 0.0,
        "hedges_per_100_words_by_category": {}, "loaded_words": (), "only_here": (),
    }  # fmt: skip
    return OutletCoverage(**(base | figures))


# --- the readable report ---------------------------------------------------------------------

WIDTH = 100
TYPE_LABELS = {
    "named_person": "named person",
    "spokesperson": "spokesperson",
    "organization": "organisation",
    "document": "document",
    "anonymous": "anonymous",
    "vague": "vague source",
}


def _report(comparison: CoverageComparison) -> str:
    outlets = comparison.outlets
    column = min(18, max(9, *(len(o.outlet) + 2 for o in outlets)))
    first = max(34, min(46, WIDTH - column * len(outlets)))

    def row(label: str, cells: Sequence[str]) -> str:
        return _cut(label, first - 1).ljust(first) + "".join(_cut(c, column - 2).rjust(column) for c in cells)

    title = f"Same event, {len(outlets)} outlets: " + " · ".join(o.outlet for o in outlets)
    lines = [title, "=" * min(len(title), WIDTH)]
    lines += [f"WARNING: {w}" for w in comparison.warnings]
    lines += ["", row("", [o.outlet for o in outlets]), row("words", [str(o.words) for o in outlets])]
    lines += ["", "Who is quoted, and how much (words in quote marks; share of the outlet's quoted words):"]
    for name in comparison.sources:
        cells = []
        kind = ""
        for outlet in outlets:
            found = [s for s in outlet.sources if s.name == name]
            if not found:
                cells.append("–")
                continue
            source = found[0]
            kind = kind or TYPE_LABELS.get(source.source_type, source.source_type)
            quoted = f"{source.quoted_words}w {_pc(source.quoted_share)}"
            cells.append(quoted if source.quoted_words else f"{source.statements}×")
        lines.append(row(f"  {_cut(name, first - len(kind) - 6)} ({kind})", cells))
    lines.append("  (Nw = N words quoted; N× = N statements, none in quote marks; – = not cited)")
    lines += ["", "Voices (each article's words):"]
    lines.append(row("  quoted words", [str(o.quoted_words) for o in outlets]))
    for t in SOURCE_TYPES:
        if any(o.quoted_words_by_type.get(t) for o in outlets):
            shares = [_pc(o.quoted_share_by_type[t]) for o in outlets]
            lines.append(row(f"    from {TYPE_LABELS[t]} sources", shares))
    lines.append(row("  statements", [str(o.statements) for o in outlets]))
    unnamed = [f"{o.unnamed_statements} ({_pc(o.unnamed_share)})" for o in outlets]
    lines.append(row("    by anonymous or vague sources", unnamed))
    lines.append(row("  the outlet's own voice", [_pc(o.own_voice_share) for o in outlets]))
    claims = [f"{o.unattributed_claims} ({_pc(o.unattributed_share)})" for o in outlets]
    lines.append(row("  claims with no source (% of words)", claims))
    lines += ["", "Hedges per 100 words:"]
    lines.append(row("  all hedges", [f"{o.hedges_per_100_words:.1f}" for o in outlets]))
    for category in HEDGE_CATEGORIES:
        if any(o.hedges_per_100_words_by_category.get(category) for o in outlets):
            lines.append(
                row(
                    f"    {category_label(category)}",
                    [f"{o.hedges_per_100_words_by_category[category]:.1f}" for o in outlets],
                )
            )
    lines += ["", "Loaded words in each outlet's own voice (→ a neutral alternative):"]
    for outlet in outlets:
        words = "; ".join(f"“{w.text}” → “{w.alternative}”" for w in outlet.loaded_words) or "none found"
        lines += _wrapped(f"  {outlet.outlet}: {words}")
    lines += ["", "Sources in one outlet only:"]
    for outlet in outlets:
        lines += _wrapped(f"  {outlet.outlet}: {', '.join(outlet.only_here) or 'none'}")
    lines += [
        "",
        "Read the articles too: a figure says where to look, not what is true.",
    ]
    return "\n".join(lines) + "\n"


def _pc(share: float) -> str:
    return f"{100 * share:.0f}%"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrapped(line: str) -> list[str]:
    import textwrap

    return textwrap.wrap(line, width=WIDTH, subsequent_indent="      ") or [line]
