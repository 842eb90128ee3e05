"""``KeyEditor``: a teacher reviews the draft key of a new exercise, sentence by sentence, and saves it.

For each sentence: who speaks and how, as the key says (the engine's draft at
first): accept it, or correct the source, its kind and how it is reported; the
hedges in the sentence: accept (with their category), remove, or add one by
typing its words. Below: each graded item's points, a number's tolerance, a
written item's model answer, and a box to confirm each question. The progress
line counts what is reviewed ("14 of 17 sentences reviewed …"). Every change is
saved at once, atomically, into the key and the solution notebook (the "Save"
button saves and says so); reopen the editor and the review goes on where it
stopped. Everything is a native control (lists, buttons, boxes), labelled and
reachable with Tab, so the keyboard alone does it all: as in every kit widget, its first child, the
shared :class:`~kit.widgets._base.Frame`, keeps the keys typed in it from JupyterLab's notebook shortcuts,
and a control that goes away hands the focus on instead of dropping it. It edits key data only
(:class:`kit.authoring.EditableKey`), never the engines.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..authoring import CHECKED_TYPES, EditableKey
from ..errors import KeyEditorError, KitError
from ..files import PROJECT
from ..records import HEDGE_CATEGORIES, OUTLET_SPEAKER, OWN_VOICE, SOURCE_TYPES
from ..words import same_speaker
from ._base import ExerciseWidget
from ._style import STATIC, esc
from .tagger import KIND_CHOICES

__all__ = ["KeyEditor"]

_KIND_NAMES = {value: label.split(" (")[0] for label, value in KIND_CHOICES}
_CSS = (STATIC / "key_editor.css").read_text(encoding="utf-8")
_WIDE = {"description_width": "initial"}


class KeyEditor(ExerciseWidget):
    """Review and correct the key of exercise ``name`` (``solutions/<name>.ipynb`` under ``root``).

    >>> editor = KeyEditor("ex06_tram", root=project)   # doctest: +SKIP
    >>> editor.accept()   # this sentence's tag is right: on to the next unreviewed one  # doctest: +SKIP
    >>> editor.progress_text       # doctest: +SKIP
    '1 of 28 sentences reviewed · 0 of 18 hedges reviewed · 3 questions to confirm'
    """

    widget_name = "KeyEditor"
    css_class = "kit-key-editor"
    default_exercise = "key-editor"
    label = "Key editor"

    def __init__(self, name: str, *, root: str | Path = PROJECT) -> None:
        super().__init__(answers=None, exercise=None, article=None)
        self.root = Path(root)
        self.key = EditableKey(self.root / "solutions" / f"{name}.ipynb", root=self.root)
        self.saved_at: float | None = None
        self._engine_sources: list[str] | None = None
        self._hedge_rows: dict[tuple[int, int], _HedgeRow] = {}
        self._no_hedge = widgets.HTML(
            '<span class="kit-saved">No hedge in this sentence (add one below).</span>'
        )
        unreviewed = [i for i in range(len(self.key.sentences)) if not self.key.reviewed(i)]
        self.sentence = unreviewed[0] if unreviewed else 0

        self.progress = widgets.HTML()
        self.progress.add_class("kit-keyed-progress")
        self.progress_bar = widgets.IntProgress(min=0, max=max(len(self.key.sentences), 1))
        self.progress_bar.add_class("kit-progress-bar")
        self.focus = widgets.HTML()
        self.focus.add_class("kit-keyed-focus")
        self.says = widgets.HTML()
        self.says.add_class("kit-keyed-says")
        self.speaker = widgets.Combobox(
            options=self._speaker_options(), description="Who speaks?", ensure_option=False,
            placeholder="a source of the key, or type a new name", style=_WIDE,
            layout=widgets.Layout(width="28em"),
        )  # fmt: skip
        self.speaker.add_class("kit-keyed-speaker")
        self.kind = widgets.Dropdown(
            options=list(KIND_CHOICES), description="How is it reported?", style=_WIDE,
            layout=widgets.Layout(width="auto"),
        )  # fmt: skip
        self.kind.add_class("kit-keyed-kind")
        self.source_type = widgets.Dropdown(
            options=[(t.replace("_", " "), t) for t in SOURCE_TYPES],
            description="Kind of source",
            style=_WIDE,
        )
        self.source_type.add_class("kit-keyed-source-type")
        self.prev_button = self._button("Previous", "kit-keyed-prev", self.previous, icon="arrow-left")
        self.next_button = self._button("Next", "kit-keyed-next", self.next, icon="arrow-right")
        self.accept_button = self._button(
            "Accept & next", "kit-keyed-accept", self.accept, icon="check", style="primary",
            tooltip="Keep the source and kind as chosen above (correcting the key if you changed them)",
        )  # fmt: skip
        self.hedges = widgets.VBox()
        self.hedges.add_class("kit-keyed-hedges")
        self.new_hedge = widgets.Text(
            description="Add a hedge (its words)", style=_WIDE, placeholder="e.g. appears"
        )
        self.new_hedge.add_class("kit-keyed-new-hedge")
        self.new_category = widgets.Dropdown(
            options=list(HEDGE_CATEGORIES), description="of kind", style=_WIDE
        )
        self.new_category.add_class("kit-keyed-new-category")
        self.add_button = self._button("Add hedge", "kit-keyed-add", self._add_hedge, icon="plus")
        self.items_box = widgets.VBox()
        self.items_box.add_class("kit-keyed-items")
        self.save_button = self._button("Save", "kit-keyed-save", self.save, icon="save", style="success")
        self.message = widgets.HTML()
        self.message.add_class("kit-keyed-message")
        self._show()
        self._build_items()
        paths = (
            f"{esc(self.key.key_path.relative_to(self.root).as_posix())} and "
            f"{esc(self.key.notebook_path.relative_to(self.root).as_posix())}"
        )
        self._assemble(
            widgets.HTML(f"<style>{_CSS}</style>"),
            widgets.HTML(
                f'<div class="kit-question-text"><b>Key of {esc(self.key.name)}</b>: every change is saved '
                f"at once in {paths}. Tab moves between the controls; Enter or Space presses a button.</div>"
            ),
            widgets.HBox([self.progress, self.progress_bar]),
            self.focus,
            self.says,
            widgets.HBox([self.speaker, self.source_type]),
            self.kind,
            widgets.HBox([self.prev_button, self.next_button, self.accept_button]),
            widgets.HTML("<b>Hedges in this sentence</b>"),
            self.hedges,
            widgets.HBox([self.new_hedge, self.new_category, self.add_button]),
            widgets.HTML("<b>Graded items</b>"),
            self.items_box,
            widgets.HBox([self.save_button, self.message]),
            reset=False,
        )

    # --- public --------------------------------------------------------------------
    @property
    def answer(self) -> Any:
        """The key being edited, as data (the hand-made key's JSON)."""
        return self.key.raw

    @property
    def progress_text(self) -> str:
        return str(self.key.progress())

    def go(self, sentence: int) -> None:
        self.key.sentence_text(sentence)  # checks the number
        self.sentence = sentence
        self._show()

    def next(self) -> None:
        self.go(min(self.sentence + 1, len(self.key.sentences) - 1))
        if self.next_button.disabled:  # a disabled button loses the focus: keep it on "Previous"
            self.prev_button.focus()

    def previous(self) -> None:
        self.go(max(self.sentence - 1, 0))
        if self.prev_button.disabled:
            self.next_button.focus()

    def accept(self) -> None:
        """Keep the tag chosen above for this sentence (a correction when it differs), then go on."""
        speaker = (self.speaker.value or "").strip()
        kind = self.kind.value
        current = self.key.tag(self.sentence)
        outlet = kind == OWN_VOICE
        if not outlet and speaker in {OUTLET_SPEAKER, ""}:
            self.message.value = (
                f'<div class="kit-error">⚠ Say who speaks: “{OUTLET_SPEAKER}” goes with the outlet\'s own '
                "voice only. Type or choose the source's name, or choose “the outlet's own voice”.</div>"
            )
            return
        chosen = (OUTLET_SPEAKER, OWN_VOICE) if outlet else (speaker, kind)

        def act() -> None:
            if chosen == current:
                self.key.accept_sentence(self.sentence)
            else:
                known = self.key.source_type(speaker) if not outlet else None
                self.key.set_sentence(self.sentence, chosen[0], chosen[1], source_type=self.source_type.value)
                if known is not None and known != self.source_type.value:
                    self.key.set_source_type(speaker, self.source_type.value)
            self.speaker.options = self._speaker_options()

        done = f"Sentence {self.sentence + 1} reviewed."
        if not outlet and not any(same_speaker(speaker, name) for name in self._listed()):
            done += (
                f" Note: students choose sources from the kit's list, and “{speaker}” is not in it: they can "
                "only answer “someone not listed”. Prefer a source the list has when the article allows it."
            )
        if not self._do(act, done):
            return
        later = [i for i in range(self.sentence + 1, len(self.key.sentences)) if not self.key.reviewed(i)]
        earlier = [i for i in range(self.sentence) if not self.key.reviewed(i)]
        if later or earlier:
            self.sentence = (later or earlier)[0]
        self._show(keep_message=True)

    def accept_hedge(self, number: int, category: str | None = None) -> None:
        self._do(lambda: self.key.accept_hedge(number, category=category), "Hedge accepted.")
        self._show(keep_message=True)

    def remove_hedge(self, number: int) -> None:
        removed = self._do(lambda: self.key.remove_hedge(number), "Hedge removed.")
        self._show(keep_message=True)
        if removed:  # its row is gone, and the focus with it: on to "Add a hedge", below the hedges
            self.new_hedge.focus()

    def add_hedge(self, words: str, category: str) -> None:
        if self._do(
            lambda: self.key.add_hedge(self.sentence, words, category), f"Hedge “{words.strip()}” added."
        ):
            self.new_hedge.value = ""
        self._show(keep_message=True)

    def save(self) -> None:
        """Write the key and the solution notebook now (every change is saved anyway)."""
        self._do(lambda: None, "The key and the notebook are up to date.")

    # --- internals -----------------------------------------------------------------
    def _button(
        self, text: str, css: str, action: Callable[[], None], *, icon: str = "", style: str = "",
        tooltip: str | None = None,
    ) -> widgets.Button:  # fmt: skip
        button = widgets.Button(description=text, icon=icon, button_style=style, tooltip=tooltip or text)
        button.add_class(css)
        button.on_click(lambda _b: action())
        return button

    def _listed(self) -> list[str]:
        """The sources students can choose in the exercise's source tagger: the engine's."""
        if self._engine_sources is None:
            from ..analysis import analyze

            found = analyze(self.key.article)
            self._engine_sources = [s.name for s in found.speakers] + [a.speaker for a in found.attributions]
        return self._engine_sources

    def _speaker_options(self) -> list[str]:
        return [*self.key.speakers(), OUTLET_SPEAKER]

    def _do(self, action: Callable[[], None], done: str) -> bool:
        """Make an edit and save both files; a refused edit shows a red line and changes nothing."""
        try:
            action()
            written = self.key.save()
        except KitError as error:
            self.message.value = f'<div class="kit-error">⚠ {esc(str(error))}</div>'
            return False
        self.saved_at = time.time()
        stamp = time.strftime("%H:%M:%S", time.localtime(self.saved_at))
        files = ", ".join(esc(p.name) for p in written) or "nothing changed"
        self.message.value = f'<span class="kit-saved">{esc(done)} Saved at {stamp} ({files}).</span>'
        self._show_progress()
        return True

    def _show_progress(self) -> None:
        progress = self.key.progress()
        self.progress.value = f'<span class="kit-progress">{esc(str(progress))}</span>'
        self.progress_bar.value = progress.sentences_reviewed

    def _show(self, *, keep_message: bool = False) -> None:
        key, index = self.key, self.sentence
        sentence = key.sentences[index]
        text = key.text
        marks = sorted((h.start, h.end) for h in key.key.hedges if sentence.start <= h.start < sentence.end)
        parts, cursor = [], sentence.start
        for start, end in marks:
            parts += [esc(text[cursor:start]), f'<mark class="kit-keyed-hedge">{esc(text[start:end])}</mark>']
            cursor = end
        parts.append(esc(text[cursor : sentence.end]))
        state = "reviewed ✓" if key.reviewed(index) else "not reviewed yet"
        self.focus.value = (
            f'<div class="kit-focus"><span class="kit-saved">Sentence {index + 1} of {len(key.sentences)} · '
            f"paragraph {sentence.paragraph + 1} · {state}</span><br>{''.join(parts)}</div>"
        )
        speaker, kind = key.tag(index)
        source = key.source_type(speaker) if speaker != OUTLET_SPEAKER else None
        self.says.value = f"The key says: <b>{esc(speaker)}</b> · {esc(_KIND_NAMES.get(kind, kind))}" + (
            f" ({esc(source.replace('_', ' '))})" if source else ""
        )
        with self._quietly():
            self.speaker.value = speaker
            self.kind.value = kind
            self.source_type.value = source or "named_person"
        self.prev_button.disabled = index == 0
        self.next_button.disabled = index >= len(key.sentences) - 1
        self._show_hedges()
        self._show_progress()
        if not keep_message:
            self.message.value = ""

    def _show_hedges(self) -> None:
        """One row per hedge of the sentence, each redrawn in place: the button just pressed keeps the focus.

        A row is known by its hedge's place in the text (numbers change when a hedge is removed), so
        accepting a hedge or changing the sentence's tag updates the rows without replacing them:
        JupyterLab would otherwise drop the keyboard focus on the page and Tab would start again at the top.
        """
        rows: dict[tuple[int, int], _HedgeRow] = {}
        for number, entry in self.key.hedges_in(self.sentence):
            hedge = self.key.key.hedges[number]
            span = (hedge.start, hedge.end)
            row = self._hedge_rows.get(span) or _HedgeRow(self, span, entry)
            row.update(entry)
            rows[span] = row
        self._hedge_rows = rows
        children: list[widgets.Widget] = [row.box for row in rows.values()] or [self._no_hedge]
        if list(self.hedges.children) != children:
            self.hedges.children = children

    def _hedge_number(self, span: tuple[int, int]) -> int:
        """The number (in the key's list) of the hedge at ``span`` in the text."""
        for number, hedge in enumerate(self.key.key.hedges):
            if (hedge.start, hedge.end) == span:
                return number
        raise KeyEditorError("That hedge is no longer in the key: it was removed. Choose another one.")

    def _add_hedge(self) -> None:
        self.add_hedge(self.new_hedge.value, self.new_category.value)

    def _build_items(self) -> None:
        rows = []
        for item in self.key.items():
            item_id = str(item["id"])
            parts: list[widgets.Widget] = [widgets.HTML(f"<b>{esc(str(item.get('label', item_id)))}</b>")]
            points = widgets.BoundedFloatText(
                value=float(item["points"]), min=0, max=1000, step=0.5, description="Points", style=_WIDE,
                layout=widgets.Layout(width="10em"),
            )  # fmt: skip
            points.observe(
                lambda change, i=item_id: self._set(self.key.set_points, i, change["new"]), "value"
            )
            parts.append(points)
            if item.get("type") == "number":
                tolerance = widgets.BoundedFloatText(
                    value=float(item.get("tolerance", 0)), min=0, max=1000, step=0.5,
                    description="Tolerance ±", style=_WIDE, layout=widgets.Layout(width="12em"),
                )  # fmt: skip
                tolerance.observe(
                    lambda change, i=item_id: self._set(self.key.set_tolerance, i, change["new"]), "value"
                )
                parts.append(tolerance)
            if item.get("type") in {"number", "choice"}:
                parts.append(widgets.HTML(f"answer now: <b>{esc(self.key.answer_of(item_id))}</b>"))
            if item.get("type") == "rubric":
                model = widgets.Textarea(
                    value=str(item.get("model_answer", "")), description="Model answer", style=_WIDE,
                    placeholder="what a full-marks answer says", layout=widgets.Layout(width="40em"),
                )  # fmt: skip
                model.observe(
                    lambda change, i=item_id: self._set(self.key.set_model_answer, i, change["new"]), "value"
                )
                parts.append(model)
            if item.get("type") in CHECKED_TYPES:
                checked = widgets.Checkbox(
                    value=item.get("reviewed") is not False, description="question and answer checked",
                    indent=False,
                )  # fmt: skip
                checked.observe(
                    lambda change, i=item_id: self._set(self.key.confirm_item, i, change["new"]), "value"
                )
                parts.append(checked)
            row = widgets.HBox(parts)
            row.add_class("kit-keyed-item")
            rows.append(row)
        self.items_box.children = rows

    def _set(self, method: Callable[[str, Any], None], item_id: str, value: Any) -> None:
        if self._loading:
            return
        self._do(lambda: method(item_id, value), f"{item_id} updated.")

    def _clear(self) -> None:  # no reset: a key is undone by editing it again
        return None


class _HedgeRow:
    """A hedge's row in the editor: its words, its kind, "Accept" and "Remove"; redrawn in place."""

    def __init__(self, editor: KeyEditor, span: tuple[int, int], entry: dict[str, Any]) -> None:
        words = str(entry["text"])
        self.label = widgets.HTML()
        self.category = widgets.Dropdown(
            options=list(HEDGE_CATEGORIES), value=entry["category"], description=f"Kind of “{words}”",
            style=_WIDE,
        )  # fmt: skip
        self.category.add_class("kit-keyed-hedge-category")
        number = editor._hedge_number
        accept = editor._button(
            "Accept", "kit-keyed-hedge-accept",
            lambda: editor.accept_hedge(number(span), self.category.value), icon="check",
            tooltip=f"“{words}” is a hedge of the kind chosen",
        )  # fmt: skip
        remove = editor._button(
            "Remove", "kit-keyed-hedge-remove", lambda: editor.remove_hedge(number(span)), icon="trash",
            tooltip=f"“{words}” is not a hedge",
        )  # fmt: skip
        self.box = widgets.HBox([self.label, self.category, accept, remove])
        self.box.add_class("kit-keyed-hedge-row")

    def update(self, entry: dict[str, Any]) -> None:
        reviewed = entry.get("reviewed") is not False
        html = f"“{esc(entry['text'])}” <small>{'reviewed ✓' if reviewed else 'not reviewed'}</small>"
        if self.label.value != html:
            self.label.value = html
        if self.category.value != entry["category"]:
            self.category.value = entry["category"]
        self.box.remove_class("kit-unreviewed" if reviewed else "kit-reviewed")
        self.box.add_class("kit-reviewed" if reviewed else "kit-unreviewed")
