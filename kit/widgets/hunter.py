"""``HedgeHunter``: students click the words that hedge, then compare with the kit's hedges.

The article is cut into word and punctuation tokens (click targets only: this
is not detection) and drawn by a small anywidget front end (``static/hunter.js``).
A click, or Enter on the focused word, sends the token's index to Python, which
keeps the marks, counts them, saves them, and sends the marks back to be drawn;
Shift+Arrow then Enter sends a range of words. "Reveal" compares the marks with
``analysis.hedges`` of the kinds offered (overlapping spans match, one to one):
found, missed, extra.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anywidget
import ipywidgets as widgets
import traitlets

from ..records import HEDGE_CATEGORIES
from ._base import ExerciseWidget
from ._style import STATIC, colour_for, esc, plural, sentence
from .article_view import HEDGE_LABELS, hedge_voice

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..answers import AnswerBook
    from ..records import Hedge

__all__ = ["HedgeHunter", "HuntResult", "Token", "match_marks", "tokenize"]

#: A click target: a word (with inner ’ ' - . as in "they’d", "well-known", "3.5") or one
#: punctuation mark. Not :data:`kit.words.WORD`, which counts words: here punctuation marks are
#: targets too, so that the front end draws the article from its tokens alone.
_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """A click target: ``text[start:end]`` in paragraph ``paragraph``."""

    start: int
    end: int
    text: str
    paragraph: int

    @property
    def is_word(self) -> bool:
        return any(c.isalnum() for c in self.text)


def tokenize(analysis: Analysis) -> tuple[Token, ...]:
    """Word and punctuation tokens of every paragraph, with offsets into ``analysis.text``.

    >>> from types import SimpleNamespace
    >>> from kit.records import TextSpan
    >>> a = SimpleNamespace(text="It may rain, they’d say.", paragraphs=(TextSpan(0, 24),))
    >>> [t.text for t in tokenize(a)]
    ['It', 'may', 'rain', ',', 'they’d', 'say', '.']
    """
    tokens = []
    for p, span in enumerate(analysis.paragraphs):
        for m in _TOKEN.finditer(analysis.text, span.start, span.end):
            tokens.append(Token(m.start(), m.end(), m.group(), p))
    return tuple(tokens)


@dataclass(frozen=True)
class HuntResult:
    """Marks compared with the kit's hedges: pairs found, hedges missed, marks extra."""

    found: tuple[tuple[dict[str, Any], Hedge], ...]
    missed: tuple[Hedge, ...]
    extra: tuple[dict[str, Any], ...]

    def as_dict(self) -> dict[str, Any]:
        """Plain data (texts and categories), for saving or grading."""
        return {
            "found": [{"text": m["text"], "category": m["category"], "kit_category": h.category}
                      for m, h in self.found],
            "missed": [{"text": h.text, "category": h.category} for h in self.missed],
            "extra": [{"text": m["text"], "category": m["category"]} for m in self.extra],
        }  # fmt: skip


def match_marks(marks: Sequence[dict[str, Any]], hedges: Sequence[Hedge]) -> list[tuple[int, int]]:
    """``(mark index, hedge index)`` pairs: one-to-one, greedy, overlapping spans.

    The same matching as :func:`kit.keys.match_spans` (each mark, in order, takes
    the first unused hedge it overlaps), for ``hedges`` in text order, but it only
    looks at hedges near each mark, so a click stays fast on a long article.

    >>> from kit.records import Hedge
    >>> hedges = [Hedge(3, 6, "may", "possibility", "", False, 0, 0)]
    >>> match_marks([{"start": 0, "end": 2}, {"start": 3, "end": 12}], hedges)
    [(1, 0)]
    """
    starts = [h.start for h in hedges]
    longest = max((h.end - h.start for h in hedges), default=0)
    used: set[int] = set()
    pairs = []
    for i, mark in enumerate(marks):
        a, b = mark["start"], mark["end"]
        for j in range(bisect.bisect_left(starts, a - longest), bisect.bisect_left(starts, b)):
            if j not in used and hedges[j].end > a:
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


class _TokenText(anywidget.AnyWidget):
    """The clickable article (front end); all logic lives in :class:`HedgeHunter`."""

    # The front end's files: anywidget reads each once, from disk, for the first hunter shown
    # (nothing comes from the network); it watches them for edits only when ANYWIDGET_HMR=1 is
    # set, in a source checkout.
    _esm = STATIC / "hunter.js"
    _css = STATIC / "hunter.css"
    tokens = traitlets.List().tag(sync=True)  # [text, spaced-from-previous]
    paragraphs = traitlets.List().tag(sync=True)  # [first token, end token) per paragraph
    marks = traitlets.List().tag(sync=True)  # {"first", "last", "category"}
    reveal = traitlets.List().tag(sync=True)  # {"first", "last", "status", "label", "title"}
    colours = traitlets.Dict().tag(sync=True)
    labels = traitlets.Dict().tag(sync=True)
    # set by the front end: {"index", "shift", "n"} for a click or Enter, {"action": "range", "first",
    # "last", "n"} for a phrase selected with Shift+Arrow and marked with Enter
    click = traitlets.Dict().tag(sync=True)


class HedgeHunter(ExerciseWidget):
    """Mark hedges in the article: click a word, shift-click to extend it to a phrase, click a mark to remove.

    With the keyboard: the words are one tab stop; the arrow keys move, Enter or
    Space marks a word (or removes its mark), Shift+Arrow selects a phrase that
    Enter marks, Escape cancels the selection. What the focused word is (marked,
    found, missed …) is written under the article.
    The category of new marks comes from the dropdown (default ``"possibility"``;
    ``categories`` limits its choices, and "Reveal" then compares with the kit's
    hedges of those kinds only). To change a mark's category, remove it and mark
    it again.
    A running count per category updates on every click, and every change is
    saved. "Reveal" compares the marks with the kit's hedges: found, missed and
    extra, each with the kit's explanation (``reveal=False`` hides the button,
    for graded work). ``.answer`` is
    ``[{"start", "end", "text", "category"}, ...]`` in text order.

    >>> import kit
    >>> analysis = kit.analyze("Rain\\n\\nIt may rain on Friday.")
    >>> hunter = HedgeHunter(analysis)
    >>> hunter.click(1)                       # "may"
    >>> hunter.answer
    [{'start': 3, 'end': 6, 'text': 'may', 'category': 'possibility'}]
    >>> hunter.click(2, shift=True); hunter.answer[0]["text"]   # extend to "may rain"
    'may rain'
    """

    widget_name = "HedgeHunter"
    css_class = "kit-hedge-hunter"
    default_exercise = "hedge-hunter"
    label = "Hedge hunter"

    def __init__(
        self,
        analysis: Analysis,
        *,
        category: str = "possibility",
        categories: Sequence[str] = HEDGE_CATEGORIES,
        reveal: bool = True,
        answers: AnswerBook | None = None,
        exercise: str | None = None,
    ) -> None:
        super().__init__(answers=answers, exercise=exercise, article=analysis)
        unknown = [c for c in categories if c not in HEDGE_CATEGORIES]
        if unknown or category not in categories:
            raise ValueError(
                f"Hedge categories are {', '.join(HEDGE_CATEGORIES)}; got {unknown or category!r}."
            )
        self.analysis = analysis
        self.categories = tuple(categories)
        self.tokens = tokenize(analysis)
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]
        self._marks: list[dict[str, Any]] = []  # {"first", "last", "category"}, in the order made
        self.revealed = False
        self.result: HuntResult | None = None
        # "Reveal" compares with the hedges of the kinds the student is asked to find
        self._hedges = sorted(
            (h for h in analysis.hedges if h.category in self.categories), key=lambda h: (h.start, h.end)
        )

        paragraphs, first = [], 0
        for p in range(len(analysis.paragraphs)):
            end = first
            while end < len(self.tokens) and self.tokens[end].paragraph == p:
                end += 1
            paragraphs.append([first, end])
            first = end
        self.text = _TokenText(
            tokens=[[t.text, i > 0 and t.start > self.tokens[i - 1].end] for i, t in enumerate(self.tokens)],
            paragraphs=paragraphs,
            colours={c: colour_for(HEDGE_CATEGORIES.index(c)) for c in HEDGE_CATEGORIES},
            labels=dict(HEDGE_LABELS),
        )
        self.text.add_class("kit-hunter-article")
        self.text.observe(self._on_click, names="click")
        self.category = widgets.Dropdown(
            options=[(HEDGE_LABELS[c], c) for c in self.categories], value=category,
            description="Kind of hedge:", style={"description_width": "initial"},
        )  # fmt: skip
        self.category.add_class("kit-hunter-category")
        self.count = widgets.HTML()
        self.count.add_class("kit-hunter-count")
        self.reveal_button = widgets.Button(description="Reveal the kit's hedges", icon="eye")
        self.reveal_button.add_class("kit-hunter-reveal")
        self.reveal_button.on_click(lambda _b: self.reveal())
        if not reveal:  # graded work: students compare later, through the teacher
            self.reveal_button.layout.display = "none"
        self.results = widgets.HTML()
        self.results.add_class("kit-hunter-results")

        self._restore(self._load([]))
        self._update(save=False)
        help_text = (
            '<div class="kit-question-text">Choose the kind of hedge first, then click a word that softens '
            "or distances a claim. Shift-click another word to extend your mark into a phrase; click a mark "
            "to remove it.</div>"
            '<div class="kit-explain-hint">With the keyboard: Tab to the article, move with the arrow keys, '
            "press Enter or Space to mark a word (again to remove it); Shift + arrow keys select a phrase, "
            "Enter marks it, Escape cancels.</div>"
        )
        controls = widgets.HBox([self.category, self.reveal_button])
        controls.add_class("kit-row")
        self._assemble(
            widgets.HTML(help_text),
            controls,
            self.count,
            self.text,
            self.results,
        )

    # --- public ------------------------------------------------------------------
    @property
    def answer(self) -> list[dict[str, Any]]:
        marks = []
        for m in sorted(self._marks, key=lambda m: m["first"]):
            start, end = self.tokens[m["first"]].start, self.tokens[m["last"]].end
            marks.append({"start": start, "end": end, "text": self.analysis.text[start:end],
                          "category": m["category"]})  # fmt: skip
        return marks

    def counts(self) -> dict[str, int]:
        """Marks per category (categories with none left out)."""
        found: dict[str, int] = {}
        for m in self._marks:
            found[m["category"]] = found.get(m["category"], 0) + 1
        return {c: found[c] for c in HEDGE_CATEGORIES if c in found}

    def click(self, index: int, *, shift: bool = False) -> None:
        """Handle a click on token ``index`` (shift-click extends the last mark to it)."""
        if not 0 <= index < len(self.tokens):
            return
        token = self.tokens[index]
        if shift and self._marks:
            last = self._marks[-1]
            if self.tokens[last["first"]].paragraph == token.paragraph:
                first, end = min(last["first"], index), max(last["last"], index)
                self._marks = [m for m in self._marks[:-1] if m["last"] < first or m["first"] > end] + [
                    {"first": first, "last": end, "category": last["category"]}
                ]
                self._update()
                return
        hit = self._mark_at(index)
        if hit is not None:
            self._marks.remove(hit)
            self._update()
            return
        if not token.is_word:
            return
        self._marks.append({"first": index, "last": index, "category": self.category.value})
        self._update()

    def mark_words(self, first: int, last: int) -> None:
        """Mark tokens ``first`` to ``last`` as one phrase (Shift+Arrow, then Enter).

        A mark the phrase touches grows to cover it and keeps its kind (that is how a
        mark is extended); otherwise the new mark takes the kind chosen in the menu. A
        phrase stays inside one paragraph; a phrase of punctuation alone marks nothing.
        """
        first, last = min(first, last), max(first, last)
        if not (0 <= first and last < len(self.tokens)):
            return
        if self.tokens[first].paragraph != self.tokens[last].paragraph:
            return
        if not any(self.tokens[i].is_word for i in range(first, last + 1)):
            return
        touched = [m for m in self._marks if m["first"] <= last and first <= m["last"]]
        if touched:
            first = min(first, *(m["first"] for m in touched))
            last = max(last, *(m["last"] for m in touched))
        category = touched[0]["category"] if touched else self.category.value
        self._marks = [m for m in self._marks if m not in touched] + [
            {"first": first, "last": last, "category": category}
        ]
        self._update()

    def mark(self, text: str, *, occurrence: int = 1, category: str | None = None) -> None:
        """Mark the ``occurrence``-th appearance of ``text`` (whole tokens), as clicks would."""
        start = -1
        for _ in range(occurrence):
            start = self.analysis.text.find(text, start + 1)
            if start < 0:
                raise ValueError(f"{text!r} does not occur {occurrence} time(s) in the article.")
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_left(self._starts, start + len(text)) - 1
        if category is not None:
            self.category.value = category
        self.click(first)
        if last > first:
            self.click(last, shift=True)

    def reveal(self) -> HuntResult:
        """Compare the marks with the kit's hedges and show found / missed / extra."""
        self.revealed = True
        return self._compare_with_kit()

    # --- internals -------------------------------------------------------------
    def _mark_at(self, index: int) -> dict[str, Any] | None:
        for m in self._marks:
            if m["first"] <= index <= m["last"]:
                return m
        return None

    def _on_click(self, change: Any) -> None:
        event = change["new"] or {}
        try:
            if event.get("action") == "range":
                self.mark_words(int(event.get("first")), int(event.get("last")))
                return
            index = int(event.get("index"))
        except (TypeError, ValueError):
            return
        self.click(index, shift=bool(event.get("shift")))

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        first = bisect.bisect_right(self._ends, start)
        last = max(bisect.bisect_left(self._starts, end) - 1, first)
        return first, min(last, len(self.tokens) - 1)

    def _restore(self, saved: Any) -> None:
        if not isinstance(saved, list) or not self.tokens:
            return
        for item in saved:
            try:
                start, end, category = int(item["start"]), int(item["end"]), str(item["category"])
            except (KeyError, TypeError, ValueError):
                continue
            if category not in HEDGE_CATEGORIES or not 0 <= start < end <= len(self.analysis.text):
                continue
            first, last = self._token_range(start, end)
            if first < len(self.tokens) and not any(
                m["first"] <= last and first <= m["last"] for m in self._marks
            ):
                self._marks.append({"first": first, "last": last, "category": category})

    def _update(self, *, save: bool = True) -> None:
        self.text.marks = [dict(m) for m in self._marks]
        counts = self.counts()
        total = sum(counts.values())
        if total:
            parts = " · ".join(f"{HEDGE_LABELS[c]}: <b>{n}</b>" for c, n in counts.items())
            self.count.value = f'<span class="kit-progress">{plural(total, "hedge")} marked</span> — {parts}'
        else:
            self.count.value = '<span class="kit-progress">0 hedges marked</span>'
        if save:
            self._save(self.answer)
        if self.revealed:
            self._compare_with_kit()

    def _compare_with_kit(self) -> HuntResult:
        marks = self.answer
        hedges = self._hedges
        matches = match_marks(marks, hedges)
        paired = dict(matches)
        matched_gold = set(paired.values())
        result = HuntResult(
            found=tuple((marks[i], hedges[j]) for i, j in matches),
            missed=tuple(h for j, h in enumerate(hedges) if j not in matched_gold),
            extra=tuple(m for i, m in enumerate(marks) if i not in paired),
        )
        self.result = result
        self.results.value = self._results_html(result)
        reveal = []
        for mark, hedge in result.found:
            first, last = self._token_range(min(mark["start"], hedge.start), max(mark["end"], hedge.end))
            reveal.append({"first": first, "last": last, "status": "found", "label": "found",
                           "title": f"Found: {HEDGE_LABELS.get(hedge.category, hedge.category)}. "
                                    f"{sentence(hedge.explanation)}"})  # fmt: skip
        for hedge in result.missed:
            first, last = self._token_range(hedge.start, hedge.end)
            reveal.append({"first": first, "last": last, "status": "missed",
                           "label": f"missed: {HEDGE_LABELS.get(hedge.category, hedge.category)}",
                           "title": f"Missed: {HEDGE_LABELS.get(hedge.category, hedge.category)}. "
                                    f"{sentence(hedge.explanation)}"})  # fmt: skip
        for mark in result.extra:
            first, last = self._token_range(mark["start"], mark["end"])
            reveal.append({"first": first, "last": last, "status": "extra", "label": "extra",
                           "title": "Not in the kit's list. Does it soften the claim? Discuss."})  # fmt: skip
        self.text.reveal = reveal
        return result

    def _results_html(self, result: HuntResult) -> str:
        hedges = self._hedges
        kinds = ""
        if len(self.categories) < len(HEDGE_CATEGORIES):
            kinds = " of these kinds (" + ", ".join(HEDGE_LABELS[c] for c in self.categories) + ")"
        if not hedges:
            return (
                f'<div class="kit-empty">The kit found no hedges{esc(kinds)} in this article, so there is '
                "nothing to compare with. Compare your marks with a partner's: does each one soften a "
                "claim?</div>"
            )

        def where(h: Hedge) -> str:
            return f"¶{h.paragraph + 1}, {hedge_voice(h)}"

        rows = [
            f'<div class="kit-progress">You found {len(result.found)} of '
            f"{plural(len(hedges), 'hedge')}{esc(kinds)} the kit lists · {len(result.missed)} missed · "
            f"{len(result.extra)} extra</div>"
        ]
        if result.found:
            items = []
            for mark, h in result.found:
                same = mark["category"] == h.category
                kind = (
                    f"{HEDGE_LABELS[h.category]} ✓" if same
                    else f"you said {HEDGE_LABELS.get(mark['category'], mark['category'])}, "
                         f"the kit says {HEDGE_LABELS.get(h.category, h.category)}"
                )  # fmt: skip
                items.append(
                    f"<li>✓ “{esc(h.text)}” — {esc(kind)} ({esc(where(h))}). {esc(h.explanation)}</li>"
                )
            rows.append(f'<b>Found</b><ul class="kit-reveal-list kit-found-list">{"".join(items)}</ul>')
        if result.missed:
            items = [
                f"<li>○ “{esc(h.text)}” — {esc(HEDGE_LABELS.get(h.category, h.category))} ({esc(where(h))}). "
                f"{esc(h.explanation)}</li>"
                for h in result.missed
            ]
            rows.append(f'<b>Missed</b><ul class="kit-reveal-list kit-missed-list">{"".join(items)}</ul>')
        if result.extra:
            items = [
                f"<li>+ “{esc(m['text'])}” ({esc(HEDGE_LABELS.get(m['category'], m['category']))}) — "
                "not in the "
                "kit's list. Does it soften or distance a claim? The kit can miss hedges: discuss.</li>"
                for m in result.extra
            ]
            rows.append(f'<b>Extra</b><ul class="kit-reveal-list kit-extra-list">{"".join(items)}</ul>')
        return "".join(rows)

    def _clear(self) -> None:
        self._marks = []
        self.revealed = False
        self.result = None
        self.results.value = ""
        self.text.reveal = []
        self._update(save=False)
