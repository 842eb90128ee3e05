"""Small question widgets: multiple choice and short written answers, saved as students answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..checks import choice_is_right, lesson_item
from ..words import count_words
from ._base import ExerciseWidget, writing_box
from ._style import esc, plural

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..answers import AnswerBook

__all__ = ["MultipleChoice", "ShortAnswer", "exercise_id_for"]


def exercise_id_for(prefix: str, question: str) -> str:
    """A readable default exercise id made from the question.

    >>> exercise_id_for("mc", "Who speaks first in paragraph 4?")
    'mc-who-speaks-first-in-paragraph-4'
    """
    slug = re.sub(r"\W+", "-", question.lower()).strip("-")[:70].rstrip("-")
    return f"{prefix}-{slug or 'question'}"


class _Question(ExerciseWidget):
    """What both questions share: the question above, an exercise id made from it, feedback below."""

    css_class = "kit-question"
    id_prefix = "question"
    label = "Question"

    def __init__(
        self,
        question: str,
        *,
        answers: AnswerBook | None,
        exercise: str | None,
        article: Analysis | str | None,
    ) -> None:
        if not isinstance(question, str) or not question.strip():
            raise ValueError(
                "A question needs its text, for example MultipleChoice('Who speaks first?', [...])."
            )
        self.question = question
        super().__init__(
            answers=answers, exercise=exercise or exercise_id_for(self.id_prefix, question), article=article
        )
        self.prompt = widgets.HTML(f'<div class="kit-question-text">{esc(question)}</div>')
        self.feedback = widgets.HTML()
        self.feedback.add_class("kit-question-feedback")


class MultipleChoice(_Question):
    """A multiple-choice question; the choice is saved as soon as it is made.

    ``options`` are texts or ``(label, value)`` pairs; ``correct`` (a value, or a
    list of values with ``multiple=True``) enables the "Check" button, whose
    feedback adds ``explanation``. In a lesson, the answer is not written in the
    cell: the question finds it, hashed, in the lesson's check data (written by
    ``python -m kit release`` to ``notebooks/checks/``, found from ``answers=``)
    and shows "Check" too. ``.answer`` is the chosen value (a list of values with
    ``multiple=True``), or None.

    >>> q = MultipleChoice("Who is quoted at length?", ["Vladimir Putin", "Xi Jinping"],
    ...                    correct="Vladimir Putin", explanation="21 words against 2.")
    >>> q.choose("Xi Jinping"); q.check()
    False
    >>> q.choose("Vladimir Putin"); q.check(), q.answer
    (True, 'Vladimir Putin')
    """

    widget_name = "MultipleChoice"
    id_prefix = "mc"
    label = "Multiple-choice question"

    def __init__(
        self,
        question: str,
        options: Sequence[str | tuple[str, Any]],
        *,
        correct: Any = None,
        explanation: str | None = None,
        multiple: bool = False,
        answers: AnswerBook | None = None,
        exercise: str | None = None,
        article: Analysis | str | None = None,
    ) -> None:
        super().__init__(question, answers=answers, exercise=exercise, article=article)
        self.add_class("kit-multiple-choice")
        pairs = [(o, o) if isinstance(o, str) else (str(o[0]), o[1]) for o in options]
        if len(pairs) < 2:
            raise ValueError("A multiple-choice question needs at least two options.")
        self.options = tuple(pairs)
        self.multiple = multiple
        self.correct = correct
        self.explanation = explanation
        # a lesson's question: the answer is in the lesson's check data, hashed, never in the cell
        self._check_item = (
            lesson_item(answers.notebook_id, answers.folder, self.exercise)
            if correct is None and answers is not None
            else None
        )
        self._loading = True
        if multiple:
            self.boxes = [
                widgets.Checkbox(value=False, description=label, indent=False) for label, _ in pairs
            ]
            for box in self.boxes:
                box.observe(self._on_change, names="value")
            self.choices: widgets.Widget = widgets.VBox(self.boxes)
        else:
            self.boxes = []
            self.choices = widgets.RadioButtons(
                options=pairs, value=None, layout=widgets.Layout(width="auto")
            )
            self.choices.observe(self._on_change, names="value")
        self.choices.add_class("kit-question-options")
        self.check_button = widgets.Button(description="Check", icon="check")
        self.check_button.add_class("kit-question-check")
        self.check_button.on_click(lambda _b: self.check())
        saved = self._load(None)
        if saved is not None:
            self._set(saved)
        self._loading = False
        controls = [self.prompt, self.choices]
        if self.checkable:
            controls.append(self.check_button)
        self._assemble(*controls, self.feedback)

    @property
    def answer(self) -> Any:
        if self.multiple:
            return [value for (_, value), box in zip(self.options, self.boxes, strict=True) if box.value]
        return self.choices.value

    def choose(self, value: Any) -> None:
        """Choose ``value`` (a list of values with ``multiple=True``), as a click would."""
        self._set(value)

    @property
    def checkable(self) -> bool:
        """True when the question knows its answer (``correct=``, or a lesson's check data)."""
        return self.correct is not None or self._check_item is not None

    def check(self) -> bool | None:
        """Show whether the answer is right (None when the question does not know its answer)."""
        if not self.checkable:
            return None
        answer = self.answer
        if self._check_item is not None:
            right = bool(choice_is_right(self._check_item, answer))
        elif self.multiple:
            right = sorted(map(str, answer)) == sorted(map(str, self.correct))
        else:
            right = answer == self.correct
        if answer in (None, []):
            self.feedback.value = '<div class="kit-feedback kit-partly">Choose an answer first.</div>'
            return False
        note = f" {esc(self.explanation)}" if self.explanation else ""
        if right:
            self.feedback.value = f'<div class="kit-feedback kit-correct">Right.{note}</div>'
        else:
            self.feedback.value = '<div class="kit-feedback kit-incorrect">Not quite: look again.</div>'
        return right

    def _set(self, value: Any) -> None:
        values = [v for _, v in self.options]
        if self.multiple:
            chosen = list(value) if isinstance(value, (list, tuple)) else [value]
            for (_, v), box in zip(self.options, self.boxes, strict=True):
                box.value = v in chosen
        elif value in values:
            self.choices.value = value
        elif value is None:
            self.choices.value = None
        else:
            raise ValueError(f"{value!r} is not one of the options: {values}.")

    def _on_change(self, _change: Any) -> None:
        if self._loading:
            return
        self.feedback.value = ""
        self._save(self.answer)

    def _clear(self) -> None:
        with self._quietly():
            self._set([] if self.multiple else None)
        self.feedback.value = ""


class ShortAnswer(_Question):
    """A short written answer, saved as the student types.

    ``sample`` (a model answer) adds a "Show a model answer" button; ``max_words``
    shows a gentle limit. A one-line answer (``rows=1``, a number) shows no word
    count and a small Reset. ``.answer`` is the text.

    >>> q = ShortAnswer("Rewrite the first sentence without loaded words.", max_words=40)
    >>> q.write("Putin said he expected Xi to visit.")
    >>> q.answer, q.words
    ('Putin said he expected Xi to visit.', 7)
    """

    widget_name = "ShortAnswer"
    id_prefix = "text"
    label = "Written answer"

    def __init__(
        self,
        question: str,
        *,
        placeholder: str = "Write your answer here…",
        rows: int = 3,
        sample: str | None = None,
        max_words: int | None = None,
        answers: AnswerBook | None = None,
        exercise: str | None = None,
        article: Analysis | str | None = None,
    ) -> None:
        super().__init__(question, answers=answers, exercise=exercise, article=article)
        self.add_class("kit-short-answer")
        self.sample = sample
        self.max_words = max_words
        self._loading = True
        saved = self._load("")
        self.text = writing_box(
            saved if isinstance(saved, str) else "", placeholder=placeholder, rows=rows,
            css_class="kit-short-answer-text", on_change=self._on_change,
        )  # fmt: skip
        self.count = widgets.HTML()
        self.count.add_class("kit-word-count")
        self.sample_button = widgets.Button(description="Show a model answer", icon="eye")
        self.sample_button.add_class("kit-question-sample")
        self.sample_button.on_click(lambda _b: self.show_sample())
        self._loading = False
        self.one_line = rows <= 1
        self._update_count()
        controls = [self.prompt, self.text]
        if not self.one_line or max_words:  # a number needs no word count
            controls.append(self.count)
        if sample:
            controls.append(self.sample_button)
        if self.one_line:
            self.reset_control.add_class("kit-reset-compact")
        self._assemble(*controls, self.feedback)

    @property
    def answer(self) -> str:
        return self.text.value

    @property
    def words(self) -> int:
        """How many words the answer has."""
        return count_words(self.text.value)

    def write(self, text: str) -> None:
        """Replace the answer with ``text``, as typing would."""
        self.text.value = text

    def show_sample(self) -> None:
        """Show the model answer (after the student has written something)."""
        if not self.sample:
            return
        if not self.text.value.strip():
            self.feedback.value = '<div class="kit-feedback kit-partly">Write your own answer first.</div>'
            return
        self.feedback.value = f'<div class="kit-feedback kit-partly">A model answer: {esc(self.sample)}</div>'

    def _update_count(self) -> None:
        n = self.words
        limit = f" of at most {self.max_words}" if self.max_words else ""
        over = self.max_words is not None and n > self.max_words
        text = f"{plural(n, 'word')}{limit}" + (" — try to say it in fewer words." if over else "")
        self.count.value = f'<span class="kit-saved">{text}</span>'

    def _on_change(self, _change: Any) -> None:
        self._update_count()
        if not self._loading:
            self._save(self.answer)

    def _clear(self) -> None:
        with self._quietly():
            self.text.value = ""
        self.feedback.value = ""
