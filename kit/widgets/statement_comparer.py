"""``StatementComparer``: two speakers side by side, then a neutral one-sentence summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..comparison import SpeakerComparison, SpeakerFigures, compare_speakers, rank_speakers
from ..records import find_speaker
from ..words import count_words
from ._base import ExerciseWidget, writing_box
from ._style import colour_for, esc, plural

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..answers import AnswerBook

__all__ = ["StatementComparer"]

_SENTENCE_END = re.compile(r"[.!?]+(?=\s+\S)")


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{round(100 * share)} %"


def _bar(share: float | None, colour: str, pattern: str) -> str:
    if share is None:
        return ""
    width = max(round(8 * share, 2), 0.1)
    return (
        f'<span class="kit-bar" style="width:{width}em;background:{colour};'
        f'background-image:{pattern}" aria-hidden="true"></span> '
    )


_PATTERNS = (
    "none",
    "repeating-linear-gradient(45deg,rgba(255,255,255,.6) 0 3px,transparent 3px 6px)",
)


class StatementComparer(ExerciseWidget):
    """Pick two speakers and compare what the article gives each, then write a neutral summary.

    The table shows words quoted against the reported length of each statement
    (each as a share of the pair), the number of statements, tone and the words
    behind it, warmth and intensity markers, and the outlet's framing words.
    ``.answer`` is ``{"speakers": [a, b], "summary": "..."}``; the summary is
    saved as it is typed.

    >>> import kit
    >>> comparer = StatementComparer(kit.analyze("Rain\\n\\nIt rained on Friday."))
    >>> comparer.answer
    {'speakers': [], 'summary': ''}
    """

    widget_name = "StatementComparer"
    css_class = "kit-statement-comparer"
    default_exercise = "statement-comparer"
    label = "Statement comparer"

    def __init__(
        self,
        analysis: Analysis,
        *,
        speakers: Sequence[str] | None = None,
        answers: AnswerBook | None = None,
        exercise: str | None = None,
    ) -> None:
        super().__init__(answers=answers, exercise=exercise, article=analysis)
        self.analysis = analysis
        self.names = rank_speakers(analysis)
        self._loading = True
        saved = self._load({})
        saved = saved if isinstance(saved, dict) else {}
        pair = list(speakers) if speakers is not None else list(saved.get("speakers") or self.names[:2])
        pair = [self._name(n) for n in pair[:2] if self._name(n)]
        if len(pair) < 2 and len(self.names) >= 2:
            pair = [*pair, *[n for n in self.names if n not in pair]][:2]
        self.first = widgets.Dropdown(
            options=self.names, value=pair[0] if pair else None, description="Speaker A"
        )
        self.first.add_class("kit-comparer-a")
        self.second = widgets.Dropdown(
            options=self.names, value=pair[1] if len(pair) > 1 else None, description="Speaker B"
        )
        self.second.add_class("kit-comparer-b")
        self.first.observe(self._on_pick, names="value")
        self.second.observe(self._on_pick, names="value")
        self.table = widgets.HTML()
        self.table.add_class("kit-comparer-table")
        self.summary = writing_box(
            str(saved.get("summary") or ""),
            placeholder="One neutral sentence: what did each speaker say, and how much is quoted?",
            rows=2, css_class="kit-comparer-summary", on_change=self._on_summary,
        )  # fmt: skip
        self.hint = widgets.HTML()
        self.hint.add_class("kit-comparer-hint")
        self.comparison: SpeakerComparison | None = None
        self._loading = False
        self._render()
        self._update_hint()
        prompt = widgets.HTML(
            '<div class="kit-question-text">Write one neutral sentence comparing the two speakers: '
            "stick to what each said and how the article reports it, without judging words.</div>"
        )
        if len(self.names) < 2:
            self._assemble(self.table)
            return
        pickers = widgets.HBox([self.first, self.second])
        pickers.add_class("kit-row")
        self._assemble(pickers, self.table, prompt, self.summary, self.hint)

    # --- public ------------------------------------------------------------------
    @property
    def answer(self) -> dict[str, Any]:
        pair = [n for n in (self.first.value, self.second.value) if n is not None]
        return {"speakers": pair, "summary": self.summary.value}

    def pick(self, a: str, b: str) -> None:
        """Choose the two speakers to compare (names as listed; surnames work)."""
        first, second = self._name(a), self._name(b)
        if first is None or second is None:
            raise ValueError(f"Choose two of: {', '.join(self.names) or 'no speakers found'}.")
        with self._quietly():
            self.first.value, self.second.value = first, second
        self._on_pick(None)

    def write(self, text: str) -> None:
        """Replace the summary with ``text``, as typing would."""
        self.summary.value = text

    # --- internals -------------------------------------------------------------
    def _name(self, who: str) -> str | None:
        """The speaker ``who`` names, found as the charts find it (:func:`kit.records.find_speaker`)."""
        try:
            return find_speaker(self.analysis.speakers, str(who)).name
        except KeyError:
            return None

    def _on_pick(self, _change: Any) -> None:
        if self._loading:
            return
        self._render()
        self._save(self.answer)

    def _on_summary(self, _change: Any) -> None:
        self._update_hint()
        if not self._loading:
            self._save(self.answer)

    def _render(self) -> None:
        if len(self.names) < 2:
            found = f"only {self.names[0]}" if self.names else "no speakers"
            self.table.value = (
                f'<div class="kit-empty">The kit found {esc(found)} in this article, so there are not two '
                "speakers to compare. Read the article: who is quoted, and who is only described?</div>"
            )
            return
        a, b = self.first.value, self.second.value
        if a is None or b is None:
            self.table.value = '<div class="kit-empty">Choose two speakers.</div>'
            return
        if a == b:
            self.table.value = '<div class="kit-empty">Choose two different speakers to compare.</div>'
            self.comparison = None
            return
        self.comparison = compare_speakers(self.analysis, a, b)
        self.table.value = self._table_html(self.comparison)

    def _table_html(self, c: SpeakerComparison) -> str:
        people = (c.a, c.b)
        colours = [colour_for(self.names.index(p.name)) if p.name in self.names else "#000" for p in people]

        def cells(fn: Any) -> str:
            return "".join(f"<td>{fn(p, i)}</td>" for i, p in enumerate(people))

        def words(items: tuple[str, ...]) -> str:
            return esc(", ".join(f"“{w}”" for w in items)) if items else "—"

        def share_cell(p: SpeakerFigures, i: int, value: str, share: float | None) -> str:
            return f"{_bar(share, colours[i], _PATTERNS[i])}{value} <b>({_percent(share)})</b>"

        def tone(p: SpeakerFigures, _i: int) -> str:
            if p.tone_score is None:
                return "—"
            why = ""
            if p.tone_words:
                why = f"<br><small>words behind it: {esc(', '.join(p.tone_words))}</small>"
            return f"{esc(p.tone_label or '')} ({p.tone_score:+.2f}){why}"

        rows = [
            ("Words quoted directly",
             cells(lambda p, i: share_cell(p, i, str(p.quoted_words), p.quoted_share))),
            ("Reported length of the statement",
             cells(lambda p, i: share_cell(p, i, esc(p.reported_length or "not reported"), p.time_share))),
            ("Statements reported", cells(lambda p, _i: str(p.statements))),
            ("Tone of their words", cells(tone)),
            ("Warmth markers", cells(lambda p, _i: words(p.warmth))),
            ("Intensity markers", cells(lambda p, _i: words(p.intensity))),
            ("The outlet's framing", cells(lambda p, _i: words(p.framing))),
        ]  # fmt: skip
        head = "".join(
            f'<th><span class="kit-legend-sample" style="border-bottom:3px {("solid", "dashed")[i]} '
            f'{colours[i]}">{"AB"[i]}: {esc(p.name)}</span></th>'
            for i, p in enumerate(people)
        )
        body = "".join(f"<tr><th>{esc(label)}</th>{row}</tr>" for label, row in rows)
        notes = []
        if c.a.quoted_share is not None and c.a.time_share is not None:
            notes.append(
                f"{esc(c.a.name)} has {_percent(c.a.time_share)} of the reported speaking time of the two "
                f"but {_percent(c.a.quoted_share)} of the quoted words; {esc(c.b.name)} has "
                f"{_percent(c.b.time_share)} of the time and {_percent(c.b.quoted_share)} of the words."
            )
        elif c.a.time_share is None:
            notes.append(
                "The article does not report how long both statements were, so only quoted words compare."
            )
        if not (c.a.quoted_words or c.b.quoted_words):
            notes.append("Neither speaker is quoted word for word.")
        note = "".join(f'<div class="kit-saved">{n}</div>' for n in notes)
        return (
            '<table class="kit-table"><tr><th scope="col"><span class="kit-sr-only">Measure</span></th>'
            f"{head}</tr>{body}</table>{note}"
        )

    def _update_hint(self) -> None:
        text = self.summary.value.strip()
        if not text:
            self.hint.value = ""
            return
        sentences = len(_SENTENCE_END.findall(text)) + 1
        tips = [plural(count_words(text), "word")]
        if sentences > 1:
            tips.append("try to say it in one sentence")
        lowered = text.lower()
        loaded = sorted({w.text for w in self.analysis.loaded_words if re.search(
            rf"(?<!\w){re.escape(w.text.lower())}(?!\w)", lowered)})  # fmt: skip
        if loaded:
            tips.append(
                "the kit lists " + ", ".join(f"“{w}”" for w in loaded) + " as loaded in this article: "
                "is there a neutral word?"
            )
        self.hint.value = f'<span class="kit-saved">{esc(" · ".join(tips))}</span>'

    def _clear(self) -> None:
        with self._quietly():
            self.summary.value = ""
        self._update_hint()
