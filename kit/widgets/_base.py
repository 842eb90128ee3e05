"""What every kit widget shares: the root container, its front end, saving answers, the reset confirmation.

Every kit widget's first child is a :class:`Frame`, a small anywidget whose
front end (``static/widgets.js``, with the CSS of ``static/widgets.css``) makes
the widget usable with the keyboard alone and with a screen reader: keys typed
inside the widget never reach JupyterLab's notebook shortcuts (pressing "x" in a
menu chooses "Xi Jinping"; it does not cut the cell), the focus ring is 3 px,
status lines are announced, a highlight's explanation is shown as text
when it is focused or clicked, and a focused control that the kernel replaces
or disables (Reset and its confirmation, "Previous" at the first sentence, a
redrawn article's highlight) hands the focus on at once, in the same task as
the change, instead of dropping it to the page. In a notebook saved by JupyterLab and reopened
without its kernel (:mod:`kit.reopen`), the frame shows "Run this cell to
continue — your answers are safe in NAME.answers.json" above the widget's last
state.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import anywidget
import ipywidgets as widgets
import traitlets

from ..answers import AnswerBook, article_id, check_exercise_id
from ..errors import AnswersFileError
from ._style import CSS, STATIC, esc

if TYPE_CHECKING:
    from ..analysis import Analysis

__all__ = ["ExerciseWidget", "Frame", "ResetControl", "reopen_note", "settle_memory", "writing_box"]


def reopen_note(answers_file: str | None) -> str:
    """The line a widget shows when its notebook is reopened without its kernel.

    >>> reopen_note("03_hedge_hunt.answers.json")
    'Run this cell to continue — your answers are safe in 03_hedge_hunt.answers.json.'
    >>> reopen_note(None)
    'Run this cell to continue.'
    """
    safe = f" — your answers are safe in {answers_file}." if answers_file else "."
    return "Run this cell to continue" + safe


class Frame(anywidget.AnyWidget):
    """The front end every kit widget shares (keyboard, focus, ARIA, the reopen note); see the module."""

    _esm = STATIC / "widgets.js"
    _css = CSS
    #: What a screen reader calls the widget ("Hedge hunter").
    label = traitlets.Unicode("").tag(sync=True)
    #: The line shown when the notebook is reopened without its kernel.
    note = traitlets.Unicode("").tag(sync=True)
    #: Set to True only in a saved notebook's widget state (kit.reopen), never by a live kernel.
    restored = traitlets.Bool(False).tag(sync=True)
    #: How kit.reopen recognises a kit widget's frame in a saved notebook.
    kit_frame = traitlets.Int(1).tag(sync=True)


def settle_memory() -> None:
    """Keep Python's garbage collector out of the way of clicks.

    With a language model loaded, a kernel holds over 100,000 long-lived objects,
    and a full garbage collection pauses it for 50–100 ms: long enough to make a
    click feel slow when it happens in a handler. Objects alive when a widget is
    created (the model, the analysis) are collected once and then frozen
    (:func:`gc.freeze`), so later collections only look at new objects.
    Reference counting still frees everything as usual.
    """
    gc.collect()
    gc.freeze()


def writing_box(
    value: str, *, placeholder: str, rows: int, css_class: str, on_change: Callable[[Any], None]
) -> widgets.Textarea:
    """A full-width box for a written answer; every keystroke reaches ``on_change`` (saved as typed)."""
    box = widgets.Textarea(
        value=value, placeholder=placeholder, rows=rows, continuous_update=True,
        layout=widgets.Layout(width="100%"),
    )  # fmt: skip
    box.add_class(css_class)
    box.observe(on_change, names="value")
    return box


class ResetControl(widgets.HBox):
    """A "Reset" button that asks first: "Yes, erase my answers" / "Cancel".

    Only the confirm button calls ``on_confirm``.

    >>> erased = []
    >>> control = ResetControl(lambda: erased.append(True))
    >>> control.ask(); control.cancel(); erased
    []
    >>> control.ask(); control.confirm(); erased
    [True]
    """

    def __init__(
        self,
        on_confirm: Callable[[], None],
        *,
        what: str = "your answers to this exercise",
        compact: bool = False,
    ) -> None:
        self._on_confirm = on_confirm
        self.reset_button = widgets.Button(description="Reset", icon="undo", tooltip=f"Erase {what}")
        self.reset_button.add_class("kit-reset")
        self.question = widgets.HTML(f"<b>Erase {esc(what)}?</b> This cannot be undone.")
        self.question.add_class("kit-reset-question")
        self.confirm_button = widgets.Button(description="Yes, erase my answers", button_style="danger")
        self.confirm_button.add_class("kit-reset-confirm")
        self.cancel_button = widgets.Button(description="Cancel")
        self.cancel_button.add_class("kit-reset-cancel")
        self.reset_button.on_click(lambda _b: self.ask())
        self.confirm_button.on_click(lambda _b: self.confirm())
        self.cancel_button.on_click(lambda _b: self.cancel())
        super().__init__([self.reset_button])
        self.add_class("kit-reset-control")
        self.add_class("kit-row")
        if compact:  # a one-line answer gets a small Reset, not a full-size button under it
            self.add_class("kit-reset-compact")

    @property
    def asking(self) -> bool:
        """True while the confirmation buttons are shown."""
        return self.confirm_button in self.children

    def ask(self) -> None:
        self.children = [self.question, self.confirm_button, self.cancel_button]

    def cancel(self) -> None:
        self.children = [self.reset_button]

    def confirm(self) -> None:
        if not self.asking:  # a stray call without the question being asked erases nothing
            return
        self.children = [self.reset_button]
        self._on_confirm()


class ExerciseWidget(widgets.VBox):
    """Base of the kit widgets: CSS, classes, a status line, saving to an :class:`AnswerBook`.

    Subclasses set ``widget_name`` and ``css_class``, build their controls, then
    call :meth:`_assemble`. ``_save(answer)`` writes at once; a failure shows a red
    message and keeps the answer in memory (``.answer`` still has it).
    """

    widget_name = "ExerciseWidget"
    css_class = "kit-widget"
    default_exercise = "exercise"
    #: What a screen reader calls this kind of widget.
    label = "Exercise"

    def __init__(
        self,
        *,
        answers: AnswerBook | None,
        exercise: str | None,
        article: Analysis | str | None,
    ) -> None:
        super().__init__()
        if answers is not None and not isinstance(answers, AnswerBook):
            raise TypeError(
                f"answers= takes a kit.AnswerBook (or None), not {type(answers).__name__}: "
                "create one with kit.AnswerBook('<notebook name>')."
            )
        self.answers = answers
        self.exercise = check_exercise_id(exercise if exercise is not None else self.default_exercise)
        self.article_id = article if article is None or isinstance(article, str) else article_id(article)
        note = reopen_note(answers.path.name if answers is not None else None)
        self.frame = Frame(label=self.label, note=note)
        self.frame.add_class("kit-frame-box")
        self.status = widgets.HTML()
        self.status.add_class("kit-status")
        self.reset_control = ResetControl(self._erase)
        self.add_class("kit-widget")
        self.add_class(self.css_class)
        self._notes: list[str] = []
        if answers is not None:  # another widget's save may save (or fail to save) this one's answer
            answers.watch(self._show_status)
        settle_memory()

    # --- subclasses fill these ---------------------------------------------------
    @property
    def answer(self) -> Any:
        """The student's answer as plain JSON data."""
        raise NotImplementedError

    @property
    def value(self) -> Any:
        """Same as :attr:`answer`."""
        return self.answer

    def _clear(self) -> None:
        """Forget the student's answer in the widget (after a confirmed reset)."""
        raise NotImplementedError

    # --- shared machinery ----------------------------------------------------------
    #: True while the widget sets its own controls: their observers then neither save nor judge.
    _loading = False

    @contextlib.contextmanager
    def _quietly(self) -> Iterator[None]:
        """Set controls as the widget (restoring, resetting, a method call), not as the student."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _assemble(self, *parts: widgets.Widget, reset: bool = True) -> None:
        tail = [self.status] + ([self.reset_control] if reset else [])
        self.children = [self.frame, *parts, *tail]
        self._show_status()

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        """The widget, and a static line for where widgets cannot show (an untrusted or exported notebook)."""
        bundle = dict(super()._repr_mimebundle_(**kwargs) or {})
        bundle["text/html"] = f'<div class="kit-reopen-note">{esc(self.label)}: {esc(self.frame.note)}</div>'
        bundle["text/plain"] = f"{self.label}: {self.frame.note}"
        return bundle

    def _load(self, default: Any = None) -> Any:
        """The saved answer for this exercise and article, or ``default``."""
        if self.answers is None:
            return default
        entry = self.answers.entry(self.exercise)
        if entry is None:
            return default
        if self.article_id is not None and entry.get("article") not in (None, self.article_id):
            self._notes.append(
                f"Answers saved under '{esc(self.exercise)}' are for another article "
                f"({esc(str(entry.get('article')))}); you start fresh here. Give this exercise its own "
                "exercise= name to keep both."
            )
            return default
        return entry.get("answer", default)

    def _save(self, answer: Any) -> bool:
        """Save ``answer`` now; on failure show a red message. Returns True when saved."""
        if self.answers is None:
            return False
        try:
            self.answers.put(self.exercise, self.widget_name, answer, article=self.article_id)
        except AnswersFileError:
            self._show_status()
            return False
        self._show_status()
        return True

    def _erase(self) -> None:
        self._clear()
        if self.answers is not None:
            try:
                self.answers.reset(self.exercise)
            except AnswersFileError:
                pass
        self._show_status()

    def _show_status(self) -> None:
        parts = []
        if self.answers is not None:
            parts += [f'<div class="kit-notice" role="status">⚠ {esc(n)}</div>' for n in self.answers.notices]
            if self.answers.error:
                parts.append(f'<div class="kit-error" role="alert">⚠ {esc(self.answers.error)}</div>')
        parts += [f'<div class="kit-notice">{n}</div>' for n in self._notes]
        html = "".join(parts)
        if self.status.value != html:
            self.status.value = html
