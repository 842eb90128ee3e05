"""``SourceTagger``: students go sentence by sentence and say who is speaking, and how."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..keys import overlaps
from ..records import ATTRIBUTION_KINDS, OUTLET_SPEAKER, OWN_VOICE
from ..words import same_speaker
from ._base import ExerciseWidget
from ._style import esc, paragraph_html

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..answers import AnswerBook
    from ..keys import AnswerKey

__all__ = [
    "KINDS",
    "KIND_CHOICES",
    "OTHER",
    "SourceTagger",
    "expected_tags",
    "tagging_key",
]

#: The speaker to choose for a source the kit did not list. (The speaker to choose when nobody
#: is quoted or reported, and its kind, are the schema's: :data:`kit.records.OUTLET_SPEAKER`
#: and :data:`kit.records.OWN_VOICE`.)
OTHER = "someone not listed"
KINDS = (*ATTRIBUTION_KINDS, OWN_VOICE)
KIND_CHOICES = (
    ("direct quotation (“…” said X)", "direct"),
    ("partial quotation (a few quoted words)", "partial"),
    ("reported speech (X said that …)", "indirect"),
    ("according to X", "according_to"),
    ("the outlet's own voice (no source)", OWN_VOICE),
)
_KIND_NAMES = {value: label.split(" (")[0] for label, value in KIND_CHOICES}

Tag = tuple[str, str]


def expected_tags(analysis: Analysis) -> dict[int, list[Tag]]:
    """What the engine says for each sentence: its attributions' (speaker, kind), or the outlet's voice.

    >>> import kit
    >>> analysis = kit.analyze("Rain\\n\\nIt rained on Friday.")
    >>> expected_tags(analysis)
    {0: [('the outlet itself', 'own_voice')]}
    """
    found: dict[int, list[Tag]] = {}
    for i, sentence in enumerate(analysis.sentences):
        tags = [
            (a.speaker, a.kind)
            for a in analysis.attributions
            if a.sentence == i or overlaps(a.content_start, a.content_end, sentence.start, sentence.end)
        ]
        found[i] = list(dict.fromkeys(tags)) or [(OUTLET_SPEAKER, OWN_VOICE)]
    return found


def tagging_key(key: AnswerKey, analysis: Analysis) -> dict[int, list[Tag]]:
    """A hand-made answer key (:func:`kit.keys.load_key`) as tags per sentence of ``analysis``.

    Sentences that no keyed attribution covers are the outlet's own voice.
    """
    if key.article.text != analysis.text:
        raise ValueError("This answer key is for another article (its text differs from the analysis).")
    found: dict[int, list[Tag]] = {}
    for i, sentence in enumerate(analysis.sentences):
        tags = [
            (k.speaker, k.kind)
            for k in key.attributions
            if overlaps(k.start, k.end, sentence.start, sentence.end)
        ]
        found[i] = list(dict.fromkeys(tags)) or [(OUTLET_SPEAKER, OWN_VOICE)]
    return found


def _normalise_key(key: Mapping[Any, Any], count: int) -> dict[int, list[Tag]]:
    found: dict[int, list[Tag]] = {}
    for index, value in key.items():
        try:
            i = int(index)
        except (TypeError, ValueError):
            raise ValueError(f"Answer key entries are keyed by sentence number, not {index!r}.") from None
        if not 0 <= i < count:
            raise ValueError(f"The answer key names sentence {i}, but the article has {count} (from 0).")
        items = value if isinstance(value, (list, tuple)) and not isinstance(value, str) else [value]
        tags = []
        for item in items:
            if isinstance(item, Mapping):
                tags.append((str(item["speaker"]), str(item["kind"])))
            else:
                speaker, kind = item
                tags.append((str(speaker), str(kind)))
        found[i] = tags
    return found


class SourceTagger(ExerciseWidget):
    """Tag each sentence with its speaker and the kind of attribution; each tag saves at once.

    Speakers are the analysis's sources, then "the outlet itself" (the writer's
    own voice) and "someone not listed". Kinds are ``direct``, ``partial``,
    ``indirect``, ``according_to`` and ``own_voice`` (no attribution).
    ``feedback`` is None (no feedback), ``"engine"`` (compare with the kit's
    attributions) or an answer key: a mapping ``sentence index -> {"speaker",
    "kind"}`` (or a list of them), or a :class:`kit.keys.AnswerKey`.
    ``.answer`` is ``{"<sentence index>": {"speaker": ..., "kind": ...}}``.

    >>> import kit
    >>> analysis = kit.analyze("Rain\\n\\nIt rained. The match was off, officials said.")
    >>> tagger = SourceTagger(analysis, feedback="engine")
    >>> tagger.tag("the outlet itself", "own_voice")    # tags sentence 0
    >>> tagger.answer, tagger.progress_text
    ({'0': {'speaker': 'the outlet itself', 'kind': 'own_voice'}}, '1 / 2 tagged')
    """

    widget_name = "SourceTagger"
    css_class = "kit-source-tagger"
    default_exercise = "source-tagger"
    label = "Source tagger"

    def __init__(
        self,
        analysis: Analysis,
        *,
        feedback: str | Mapping[Any, Any] | AnswerKey | None = None,
        sentences: Sequence[int] | None = None,
        answers: AnswerBook | None = None,
        exercise: str | None = None,
    ) -> None:
        super().__init__(answers=answers, exercise=exercise, article=analysis)
        self.analysis = analysis
        count = len(analysis.sentences)
        self.order = tuple(range(count)) if sentences is None else tuple(dict.fromkeys(sentences))
        bad = [i for i in self.order if not 0 <= i < count]
        if bad:
            raise ValueError(f"Sentence(s) {bad} are not in this article (it has {count}, numbered from 0).")
        self.feedback_mode, self.expected = self._expected(feedback)
        self.tags: dict[int, Tag] = {}
        self.position = 0
        self._loading = True

        # The engine's speakers are distinct sources ("the council", "a council spokesman"); another
        # name (from an attribution or the key) is listed unless it names one of them ("Putin").
        names = [name for name in dict.fromkeys(s.name for s in analysis.speakers) if name != OUTLET_SPEAKER]
        for name in [a.speaker for a in analysis.attributions] + [
            speaker for tags in (self.expected or {}).values() for speaker, _ in tags
        ]:
            if name != OUTLET_SPEAKER and not any(same_speaker(name, known) for known in names):
                names.append(name)
        self.speakers = (*names, OUTLET_SPEAKER, OTHER)
        self.speaker = widgets.Dropdown(
            options=list(self.speakers), value=None, description="Who speaks?",
            style={"description_width": "initial"}, layout=widgets.Layout(width="auto"),
        )  # fmt: skip
        self.speaker.add_class("kit-tagger-speaker")
        self.kind = widgets.Dropdown(
            options=list(KIND_CHOICES), value=None, description="How?",
            style={"description_width": "initial"}, layout=widgets.Layout(width="auto"),
        )  # fmt: skip
        self.kind.add_class("kit-tagger-kind")
        self.speaker.observe(self._on_speaker, names="value")
        self.kind.observe(self._on_kind, names="value")
        self.prev_button = widgets.Button(description="Previous", icon="arrow-left")
        self.prev_button.add_class("kit-tagger-prev")
        self.next_button = widgets.Button(description="Next", icon="arrow-right")
        self.next_button.add_class("kit-tagger-next")
        self.save_button = widgets.Button(description="Save & next", icon="check", button_style="primary")
        self.save_button.add_class("kit-tagger-save")
        self.prev_button.on_click(lambda _b: self.previous())
        self.next_button.on_click(lambda _b: self.next())
        self.save_button.on_click(lambda _b: self.save())
        self.focus = widgets.HTML()
        self.focus.add_class("kit-tagger-focus")
        self.display_html = widgets.HTML()
        self.display_html.add_class("kit-tagger-text")
        self.progress = widgets.HTML()
        self.progress.add_class("kit-tagger-progress")
        self.progress_bar = widgets.IntProgress(value=0, min=0, max=max(len(self.order), 1))
        self.progress_bar.add_class("kit-progress-bar")
        self.message = widgets.HTML()
        self.message.add_class("kit-tagger-feedback")

        self._restore(self._load({}))
        untagged = [p for p, i in enumerate(self.order) if i not in self.tags]
        self.position = untagged[0] if untagged else 0
        self._loading = False
        intro = self._intro()
        if not self.order:
            self._assemble(widgets.HTML(intro), reset=False)
            return
        self._show()
        rows = [
            widgets.HBox([self.progress, self.progress_bar]),
            widgets.HBox([self.speaker, self.kind]),
            widgets.HBox([self.prev_button, self.next_button, self.save_button]),
        ]
        for row in rows:
            row.add_class("kit-row")
        intro_html = widgets.HTML(intro)
        self._assemble(intro_html, rows[0], self.focus, rows[1], rows[2], self.message, self.display_html)

    # --- public ------------------------------------------------------------------
    @property
    def answer(self) -> dict[str, dict[str, str]]:
        return {str(i): {"speaker": s, "kind": k} for i, (s, k) in sorted(self.tags.items())}

    @property
    def sentence(self) -> int | None:
        """The index (in ``analysis.sentences``) of the sentence being tagged."""
        return self.order[self.position] if self.order else None

    @property
    def progress_text(self) -> str:
        tagged = sum(i in self.tags for i in self.order)
        return f"{tagged} / {len(self.order)} tagged"

    def go(self, sentence: int) -> None:
        """Show sentence number ``sentence`` (an index into ``analysis.sentences``)."""
        self.position = self.order.index(sentence)
        self._show()

    def next(self) -> None:
        """Move to the next sentence (stays on the last one)."""
        self.position = min(self.position + 1, max(len(self.order) - 1, 0))
        self._show()

    def previous(self) -> None:
        self.position = max(self.position - 1, 0)
        self._show()

    def tag(self, speaker: str, kind: str) -> None:
        """Tag the current sentence, as choosing in both dropdowns would (saved at once)."""
        if speaker not in self.speakers:
            raise ValueError(f"{speaker!r} is not one of the speakers: {', '.join(self.speakers)}.")
        if kind not in KINDS:
            raise ValueError(f"{kind!r} is not one of the kinds: {', '.join(KINDS)}.")
        with self._quietly():
            self.speaker.value, self.kind.value = speaker, kind
        self._commit()

    def save(self) -> None:
        """The "Save & next" button: keep the current tag and move to the next untagged sentence."""
        if self.speaker.value is None or self.kind.value is None:
            self.message.value = (
                '<div class="kit-feedback kit-partly">Choose who speaks and how before moving on.</div>'
            )
            return
        self._commit()
        later = [p for p in range(self.position + 1, len(self.order)) if self.order[p] not in self.tags]
        earlier = [p for p in range(self.position) if self.order[p] not in self.tags]
        if later or earlier:
            self.position = (later or earlier)[0]
            self._show()
        else:
            self._show(done=True)

    def verdict(self, sentence: int) -> tuple[str, str] | None:
        """``(level, message)`` for the tag of ``sentence`` against the engine or key; None without one.

        ``level`` is ``"correct"``, ``"partly"`` (right source, other kind) or ``"incorrect"``.
        """
        if self.expected is None or sentence not in self.tags:
            return None
        expected = self.expected.get(sentence)
        who = "the kit" if self.feedback_mode == "engine" else "the answer key"
        if not expected:
            return ("partly", f"There is no answer for this sentence in {who}: discuss it.")
        speaker, kind = self.tags[sentence]
        says = "; ".join(f"{s} ({_KIND_NAMES.get(k, k)})" for s, k in expected)
        if any(same_speaker(speaker, s) and kind == k for s, k in expected):
            return ("correct", f"You agree with {who}: {says}.")
        if any(same_speaker(speaker, s) for s, _ in expected):
            return ("partly", f"Right source. The kind differs: {who} says {says}. Look at the quote marks.")
        return ("incorrect", f"{who.capitalize()} says: {says}. Look for a reporting verb and quote marks.")

    def score(self) -> tuple[int, int]:
        """``(agreeing, tagged)``: how many tags agree with the engine or key."""
        tagged = [i for i in self.order if i in self.tags]
        agree = sum((self.verdict(i) or ("",))[0] == "correct" for i in tagged)
        return agree, len(tagged)

    # --- internals -------------------------------------------------------------
    def _expected(self, feedback: Any) -> tuple[str | None, dict[int, list[Tag]] | None]:
        if feedback is None:
            return None, None
        if feedback == "engine":
            return "engine", expected_tags(self.analysis)
        if hasattr(feedback, "attributions") and hasattr(feedback, "article"):
            return "key", tagging_key(feedback, self.analysis)
        if isinstance(feedback, Mapping):
            return "key", _normalise_key(feedback, len(self.analysis.sentences))
        raise ValueError(
            "feedback= takes None, 'engine', or an answer key (a dict of sentence number -> "
            "{'speaker': ..., 'kind': ...}, or kit.keys.load_key(...))."
        )

    def _intro(self) -> str:
        if not self.order:
            return '<div class="kit-empty">This article has no sentences to tag.</div>'
        note = ""
        if not self.analysis.speakers and not self.analysis.attributions:
            note = (
                '<div class="kit-empty">The kit found no sources in this article. If you spot someone '
                "speaking, choose “someone not listed”; otherwise the outlet speaks in its own voice.</div>"
            )
        return (
            '<div class="kit-question-text">For each sentence: who is speaking, and how does the article '
            f"tell you? Choose “{OUTLET_SPEAKER}” when nobody else is the source.</div>" + note
        )

    def _restore(self, saved: Any) -> None:
        if not isinstance(saved, dict):
            return
        extra = []
        for index, tag in saved.items():
            try:
                i = int(index)
            except (TypeError, ValueError):
                continue
            if not (0 <= i < len(self.analysis.sentences) and isinstance(tag, dict)):
                continue
            speaker, kind = tag.get("speaker"), tag.get("kind")
            if isinstance(speaker, str) and kind in KINDS:
                self.tags[i] = (speaker, kind)
                if speaker not in self.speakers and speaker not in extra:
                    extra.append(speaker)
        if extra:  # a name saved earlier that the kit no longer lists: keep it choosable
            self.speakers = (*self.speakers[:-2], *extra, *self.speakers[-2:])
            self.speaker.options = list(self.speakers)

    def _on_speaker(self, change: Any) -> None:
        self._follow(change["new"] == OUTLET_SPEAKER, self.kind, OWN_VOICE)

    def _on_kind(self, change: Any) -> None:
        self._follow(change["new"] == OWN_VOICE, self.speaker, OUTLET_SPEAKER)

    def _follow(self, outlet: bool, other: widgets.Dropdown, outlet_value: str) -> None:
        """The outlet and its own voice go together: choosing one chooses the other, leaving one clears it."""
        if self._loading:
            return
        with self._quietly():
            if outlet:
                other.value = outlet_value
            elif other.value == outlet_value:
                other.value = None
        self._commit()

    def _commit(self) -> None:
        sentence = self.sentence
        if sentence is None:
            return
        speaker, kind = self.speaker.value, self.kind.value
        if speaker is None or kind is None:
            self.message.value = (
                '<div class="kit-feedback kit-partly">Now choose '
                + ("who speaks" if speaker is None else "how the article tells you")
                + ".</div>"
            )
            return
        if self.tags.get(sentence) == (speaker, kind):
            self._show_feedback()
            return
        self.tags[sentence] = (speaker, kind)
        self._save(self.answer)
        self._show_progress()
        self._show_feedback()
        self._show_text()

    def _show(self, *, done: bool = False) -> None:
        sentence = self.sentence
        if sentence is None:
            return
        tag = self.tags.get(sentence)
        with self._quietly():
            self.speaker.value, self.kind.value = tag if tag else (None, None)
        a = self.analysis
        s = a.sentences[sentence]
        self.focus.value = (
            f'<div class="kit-focus"><span class="kit-saved">Sentence {self.position + 1} of '
            f"{len(self.order)} · paragraph {s.paragraph + 1}</span><br>{esc(a.text[s.start : s.end])}</div>"
        )
        self.prev_button.disabled = self.position == 0
        self.next_button.disabled = self.position >= len(self.order) - 1
        self._show_progress()
        self._show_text()
        if done:
            self.message.value = (
                '<div class="kit-feedback kit-correct">Every sentence is tagged. You can still go back and '
                "change a tag.</div>"
            )
        else:
            self._show_feedback()

    def _show_progress(self) -> None:
        tagged = sum(i in self.tags for i in self.order)
        extra = ""
        if self.expected is not None and tagged:
            agree, _ = self.score()
            who = "the kit" if self.feedback_mode == "engine" else "the key"
            extra = f' <span class="kit-saved">({agree} agree with {who})</span>'
        self.progress.value = f'<span class="kit-progress">{self.progress_text}</span>{extra}'
        self.progress_bar.value = tagged

    def _show_feedback(self) -> None:
        sentence = self.sentence
        verdict = self.verdict(sentence) if sentence is not None else None
        if verdict is None:
            saved = "Saved." if sentence in self.tags and self.answers is not None else ""
            self.message.value = f'<span class="kit-saved">{saved}</span>' if saved else ""
            return
        level, text = verdict
        self.message.value = f'<div class="kit-feedback kit-{level}">{esc(text)}</div>'

    def _show_text(self) -> None:
        """The current paragraph with its neighbours; tagged sentences marked ``kit-tagged``."""
        a = self.analysis
        sentence = self.sentence
        if sentence is None:
            return
        here = a.sentences[sentence].paragraph
        shown = range(max(here - 1, 0), min(here + 2, len(a.paragraphs)))
        chosen = set(self.order)
        parts = ['<div class="kit-context">']
        for p in shown:
            body = []
            span = a.paragraphs[p]
            cursor = span.start
            for i, s in enumerate(a.sentences):
                if s.paragraph != p:
                    continue
                body.append(esc(a.text[cursor : s.start]))
                classes = ["kit-sentence"]
                label = ""
                if i in self.tags:
                    classes.append("kit-tagged")
                    who, kind = self.tags[i]
                    label = (
                        f'<span class="kit-tag-label">{esc(who if who != OUTLET_SPEAKER else "outlet")} · '
                        f"{esc(_KIND_NAMES.get(kind, kind))}</span>"
                    )
                if i == sentence:
                    classes.append("kit-current")
                if i not in chosen:
                    classes.append("kit-not-asked")
                body.append(
                    f'<span class="{" ".join(classes)}" data-sentence="{i}">{esc(a.text[s.start : s.end])}'
                    f"</span>{label}"
                )
                cursor = s.end
            body.append(esc(a.text[cursor : span.end]))
            parts.append(paragraph_html(p + 1, "".join(body)))
        parts.append("</div>")
        html = "".join(parts)
        if self.display_html.value != html:
            self.display_html.value = html

    def _clear(self) -> None:
        self.tags.clear()
        self.position = 0
        self._show()
        self.message.value = '<span class="kit-saved">Your tags were erased.</span>'
