"""Small helpers the lesson notebooks share (``notebooks/01``–``05``).

A lesson cell calls the kit in one to five lines; what two lessons would
otherwise repeat lives here. Everything here is a view over an
:class:`~kit.analysis.Analysis`: nothing is detected again.

* :func:`try_analyze`: analyse pasted text or a file, and show a friendly
  message instead of a traceback when the text cannot be used;
* :func:`voices`: how much of each paragraph the outlet says in its own voice,
  and how much it credits to a source;
* :func:`source_table`: every source with its type, how it is cited, and the
  IMVAIN question "is it named?";
* :func:`hedges_in`: the hedges the kit finds in a few example sentences.

>>> result = try_analyze("")
The kit could not analyse this text (KIT103). The article is empty: ...
>>> result is None
True
"""

from __future__ import annotations

import html
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import KitError, LessonStopError
from .records import OUTLET_SPEAKER
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Analysis
    from .article import Article

__all__ = [
    "HedgeExamples",
    "LessonStopError",
    "Notice",
    "ParagraphVoice",
    "SourceRow",
    "SourceTable",
    "Voices",
    "hedges_in",
    "source_table",
    "try_analyze",
    "voices",
]

_BOX = (
    "padding:.5em .8em;border:2px dashed #E69F00;border-radius:4px;background:#fff8e6;"
    "color:#4a3400;max-width:54em;line-height:1.5;"
)
_TABLE = "border-collapse:collapse;font-size:.92em;margin:.3em 0;"
_CELL = "border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top;"


def _show(value: object) -> None:
    """Display ``value`` in a notebook (its HTML form), or print it outside one."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the kit's dependencies
        get_ipython = None  # type: ignore[assignment]
    if get_ipython is not None and get_ipython() is not None:
        from IPython.display import display

        display(value)
    else:
        print(value, file=sys.stdout)


@dataclass(frozen=True, repr=False)
class Notice:
    """A message for the person at the keyboard, shown in place of a traceback.

    >>> print(Notice("Paste the text of an article and run the cell again.", code="KIT103"))
    The kit could not analyse this text (KIT103). Paste the text of an article and run the cell again.
    """

    message: str
    code: str | None = None
    title: str = "The kit could not analyse this text"

    @classmethod
    def from_error(cls, error: KitError) -> Notice:
        return cls(str(error), code=getattr(error, "code", None))

    def __str__(self) -> str:
        code = f" ({self.code})" if self.code else ""
        return f"{self.title}{code}. {self.message}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        code = (
            f' <span style="color:#777;font-size:.85em">{html.escape(self.code)}</span>' if self.code else ""
        )
        return (
            f'<div class="kit-notice kit-lesson-notice" style="{_BOX}">'
            f"<b>⚠ {html.escape(self.title)}.</b>{code}<br>{html.escape(self.message)}</div>"
        )


def try_analyze(source: str | Path | Article, *, stop: bool = False, show: bool = True) -> Analysis | None:
    """Analyse ``source`` (pasted text, a path or an Article); on a problem, explain it.

    A problem the user can fix (empty text, not English, a Word file, a missing
    file: any :class:`~kit.errors.KitError`) is shown as a short message saying
    what to do, never as a traceback, and None is returned. With ``stop=True`` the
    cell then stops with :class:`LessonStopError` (one line, no traceback), so that
    "Run All" does not go on to cells that need the analysis. Anything else is a
    bug in the kit and is raised as usual.

    >>> try_analyze("Rain\\n\\nIt may rain on Friday, the forecaster said.").title
    'Rain'
    >>> try_analyze("no_such_article.txt") is None
    The kit could not analyse this text (KIT101). ...
    True
    >>> try_analyze("   ", stop=True, show=False)
    Traceback (most recent call last):
    ...
    kit.errors.LessonStopError: Stopped here: fix the text as the message says, then run this cell again.
    """
    from .analysis import analyze

    try:
        return analyze(source)
    except KitError as error:
        if show:
            _show(Notice.from_error(error))
        if stop:
            raise LessonStopError(
                "Stopped here: fix the text as the message says, then run this cell again."
            ) from None
        return None


# --- the outlet's own voice vs. what it credits to sources -----------------------


@dataclass(frozen=True)
class ParagraphVoice:
    """One paragraph: its words, how many of them are credited to a source, and to whom."""

    paragraph: int
    words: int
    credited: int
    sources: tuple[str, ...]
    opening: str

    @property
    def own_voice(self) -> int:
        """Words the outlet says in its own voice (not inside any attribution)."""
        return self.words - self.credited


@dataclass(frozen=True)
class Voices:
    """Per paragraph, the words in the outlet's own voice and the words credited to a source."""

    paragraphs: tuple[ParagraphVoice, ...]

    @property
    def words(self) -> int:
        return sum(p.words for p in self.paragraphs)

    @property
    def credited(self) -> int:
        return sum(p.credited for p in self.paragraphs)

    @property
    def own_voice(self) -> int:
        return self.words - self.credited

    @property
    def own_voice_share(self) -> float:
        """The share of the article's words in the outlet's own voice, 0–1."""
        return self.own_voice / self.words if self.words else 0.0

    def __str__(self) -> str:
        lines = [
            f"{self.own_voice} of {self.words} words ({self.own_voice_share:.0%}) are in the outlet's own "
            f"voice; {self.credited} are credited to a source."
        ]
        for p in self.paragraphs:
            who = ", ".join(p.sources) or OUTLET_SPEAKER
            lines.append(f"¶{p.paragraph + 1:>2}  {p.own_voice:>3} own / {p.credited:>3} credited  {who}")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        head = "".join(
            f'<th style="{_CELL}">{h}</th>'
            for h in ("¶", "opens with", "outlet's own voice", "credited to a source", "who is credited")
        )
        rows = []
        for p in self.paragraphs:
            bar = round(100 * p.own_voice / p.words) if p.words else 0
            rows.append(
                "<tr>"
                f'<td style="{_CELL}">{p.paragraph + 1}</td>'
                f'<td style="{_CELL}">{html.escape(p.opening)}</td>'
                f'<td style="{_CELL}">{p.own_voice} words ({bar}%)</td>'
                f'<td style="{_CELL}">{p.credited} words</td>'
                f'<td style="{_CELL}">{html.escape(", ".join(p.sources)) or "<i>nobody: the outlet</i>"}</td>'
                "</tr>"
            )
        return (
            f'<div class="kit-voices"><p><b>{self.own_voice} of {self.words} words '
            f"({self.own_voice_share:.0%})</b> are in the outlet's own voice; {self.credited} are credited "
            f'to a source.</p><table style="{_TABLE}"><tr>{head}</tr>{"".join(rows)}</table></div>'
        )


def voices(analysis: Analysis) -> Voices:
    """How much of each paragraph the outlet says itself, and how much it credits to someone.

    A word is *credited* when it lies inside the content of an attribution
    (a quotation, reported speech, or an "according to" claim); every other word
    is the outlet's own voice.

    >>> v = voices(try_analyze("Rain\\n\\nIt rained on Friday."))
    >>> v.words, v.credited, v.own_voice_share
    (4, 0, 1.0)
    """
    rows = []
    for index, span in enumerate(analysis.paragraphs):
        attributions = [
            a for a in analysis.attributions if a.content_start < span.end and a.content_end > span.start
        ]
        words = credited = 0
        for match in WORD.finditer(analysis.text, span.start, span.end):
            words += 1
            if any(a.content_start <= match.start() < a.content_end for a in attributions):
                credited += 1
        sources = tuple(dict.fromkeys(a.speaker for a in attributions))
        rows.append(
            ParagraphVoice(index, words, credited, sources, _opening(analysis.text[span.start : span.end]))
        )
    return Voices(tuple(rows))


def _opening(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + " …"


# --- who is speaking --------------------------------------------------------------

_TYPE_NAMES = {
    "named_person": "named person",
    "spokesperson": "spokesperson",
    "organization": "organisation",
    "document": "document",
    "anonymous": "anonymous",
    "vague": "vague",
}
_KIND_NAMES = {
    "direct": "direct quotation",
    "partial": "partial quotation",
    "indirect": "reported speech",
    "according_to": "according to",
}
_NAMED = {
    "named_person": "yes",
    "organization": "an institution",
    "document": "a document",
    "anonymous": "no",
    "vague": "no",
}


def _named(name: str, source_type: str) -> str:
    """The IMVAIN "Named?" answer: a spokesperson is named unless only the role is given."""
    if source_type == "spokesperson":
        return "no: only a role" if name[:1].islower() else "yes"
    return _NAMED.get(source_type, "?")


@dataclass(frozen=True)
class SourceRow:
    """One source: who, what type, how the article cites it, how many of its words are quoted."""

    speaker: str
    source_type: str
    kinds: tuple[str, ...]
    statements: int
    quoted_words: int
    named: str


@dataclass(frozen=True)
class SourceTable:
    """Every source in an article, in order of first appearance."""

    rows: tuple[SourceRow, ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __str__(self) -> str:
        if not self.rows:
            return "The kit found no sources: every sentence is in the outlet's own voice."
        return "\n".join(
            f"{r.speaker} — {_TYPE_NAMES.get(r.source_type, r.source_type)}; "
            f"{r.statements} statement(s): {', '.join(_KIND_NAMES.get(k, k) for k in r.kinds)}; "
            f"{r.quoted_words} words quoted; named: {r.named}"
            for r in self.rows
        )

    __repr__ = __str__

    def _repr_html_(self) -> str:
        if not self.rows:
            return f"<p><i>{html.escape(str(self))}</i></p>"
        head = "".join(
            f'<th style="{_CELL}">{h}</th>'
            for h in ("source", "type", "statements", "how it is cited", "words quoted", "Named? (IMVAIN)")
        )
        body = "".join(
            "<tr>"
            f'<td style="{_CELL}"><b>{html.escape(r.speaker)}</b></td>'
            f'<td style="{_CELL}">{_TYPE_NAMES.get(r.source_type, html.escape(r.source_type))}</td>'
            f'<td style="{_CELL}">{r.statements}</td>'
            f'<td style="{_CELL}">{html.escape(", ".join(_KIND_NAMES.get(k, k) for k in r.kinds))}</td>'
            f'<td style="{_CELL}">{r.quoted_words}</td>'
            f'<td style="{_CELL}">{r.named}</td>'
            "</tr>"
            for r in self.rows
        )
        return f'<table class="kit-source-table" style="{_TABLE}"><tr>{head}</tr>{body}</table>'


def source_table(analysis: Analysis, *, types: Sequence[str] | None = None) -> SourceTable:
    """Every source the analysis found, with its type and how the article cites it.

    ``types`` keeps only some source types (e.g. ``("anonymous", "vague")``).

    >>> table = source_table(try_analyze("Rain\\n\\nIt rained on Friday."))
    >>> len(table), str(table).startswith("The kit found no sources")
    (0, True)
    """
    order: dict[str, list] = {}
    for a in analysis.attributions:
        order.setdefault(a.speaker, []).append(a)
    profiles = {s.name: s for s in analysis.speakers}
    rows = []
    for name, items in order.items():
        source_type = profiles[name].source_type if name in profiles else items[0].source_type
        if types is not None and source_type not in types:
            continue
        quoted = profiles[name].quoted_words if name in profiles else sum(a.quoted_words for a in items)
        rows.append(
            SourceRow(
                speaker=name,
                source_type=source_type,
                kinds=tuple(dict.fromkeys(a.kind for a in items)),
                statements=len(items),
                quoted_words=quoted,
                named=_named(name, source_type),
            )
        )
    return SourceTable(tuple(rows))


# --- hedges in example sentences ------------------------------------------------------


@dataclass(frozen=True)
class HedgeExamples:
    """Example sentences, each with the hedges the kit found in it as ``(words, category)``."""

    rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]

    def __str__(self) -> str:
        lines = []
        for sentence, found in self.rows:
            marks = "; ".join(f"“{text}” ({category.replace('_', ' ')})" for text, category in found)
            lines.append(f"{sentence}\n    → {marks or 'no hedge found'}")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        head = "".join(f'<th style="{_CELL}">{h}</th>' for h in ("sentence", "hedges the kit finds"))
        body = "".join(
            f'<tr><td style="{_CELL}">{html.escape(sentence)}</td><td style="{_CELL}">'
            + (
                "; ".join(
                    f"“<b>{html.escape(text)}</b>” ({html.escape(category.replace('_', ' '))})"
                    for text, category in found
                )
                or "<i>no hedge found</i>"
            )
            + "</td></tr>"
            for sentence, found in self.rows
        )
        return f'<table class="kit-hedge-examples" style="{_TABLE}"><tr>{head}</tr>{body}</table>'


def hedges_in(sentences: Sequence[str]) -> HedgeExamples:
    """The hedges the kit finds in each of a few example sentences (analysed as one short article).

    >>> examples = hedges_in(["It rained on Friday.", "The minister left early."])
    >>> [found for _, found in examples.rows]
    [(), ()]
    """
    from .analysis import analyze

    items = [" ".join(s.split()) for s in sentences]
    if not items or not all(items):
        raise ValueError("Give one or more sentences, e.g. hedges_in(['Xi appeared cool.']).")
    result = analyze("Examples\n\n" + "\n\n".join(items))
    found: list[list[tuple[str, str]]] = [[] for _ in items]
    for hedge in result.hedges:
        if 0 <= hedge.paragraph < len(items):
            found[hedge.paragraph].append((hedge.text, hedge.category))
    return HedgeExamples(tuple((s, tuple(f)) for s, f in zip(items, found, strict=True)))
