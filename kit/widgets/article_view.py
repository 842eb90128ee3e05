"""``ArticleView``: the article with numbered paragraphs and switchable highlight layers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..records import HEDGE_CATEGORIES
from ._base import ExerciseWidget
from ._style import Highlight, colour_for, esc, paragraph_html, render_paragraph, sentence

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..answers import AnswerBook
    from ..records import Hedge

__all__ = [
    "HEDGE_LABELS",
    "KIND_LABELS",
    "LAYERS",
    "LAYER_LABELS",
    "ArticleView",
    "hedge_voice",
    "speaker_colours",
]

#: The highlight layers, in the order of their buttons.
LAYERS = ("sources", "hedges", "loaded", "terms", "claims")

LAYER_LABELS = {
    "sources": "Sources",
    "hedges": "Hedges",
    "loaded": "Loaded words",
    "terms": "Quoted terms",
    "claims": "Says who?",
}

LAYER_HELP = {
    "sources": "who is speaking: each source's words, underlined in its colour and labelled with its name",
    "hedges": "words that soften or distance a claim, labelled with their kind",
    "loaded": "emotive or judging words chosen by the outlet (select one for a neutral alternative)",
    "terms": "words in quote marks used as a label, not as a statement",
    "claims": "facts or judgements in the outlet's own voice with no source",
}

KIND_LABELS = {
    "direct": "direct quotation",
    "partial": "partial quotation",
    "indirect": "reported speech",
    "according_to": "“according to”",
}

HEDGE_LABELS = {
    "possibility": "possibility",
    "probability": "probability",
    "appearance": "appearance",
    "approximation": "approximation",
    "limitation": "limitation",
    "distancing": "distancing",
    "vague_source": "vague source",
    "uncertainty": "uncertainty",
}


def hedge_voice(hedge: Hedge) -> str:
    """Whose words a hedge is, for a tooltip or a list (GUIDELINES §3): the writer's, or the source's
    whose speech the article quotes or reports ("Peskov's words, reported").

    >>> from kit.records import Hedge
    >>> hedge_voice(Hedge(0, 3, "yet", "limitation", "", False, 0, 0, speaker="Dmitry Peskov"))
    "Dmitry Peskov's words, reported"
    """
    if hedge.by_writer:
        return "the writer's words, inside quote marks" if hedge.in_quote else "the writer's words"
    if hedge.speaker:
        return f"{hedge.speaker}'s words, {'quoted' if hedge.in_quote else 'reported'}"
    return "a quoted speaker's words"


_KIND_TAGS = {
    "direct": "quote",
    "partial": "partial quote",
    "indirect": "reported",
    "according_to": "according to",
}

_SOURCE_TYPES = {
    "named_person": "named person",
    "spokesperson": "spokesperson",
    "organization": "organisation",
    "document": "document",
    "anonymous": "anonymous source",
    "vague": "vague source",
}

_LOADED_COLOUR, _TERM_COLOUR, _CLAIM_COLOUR = "#D55E00", "#0072B2", "#000000"


def speaker_colours(analysis: Analysis) -> dict[str, str]:
    """A palette colour for every speaker (speakers first, then other attributed sources).

    >>> from types import SimpleNamespace
    >>> from kit.records import Speaker
    >>> speaker_colours(SimpleNamespace(speakers=(Speaker("A", "vague"),), attributions=()))
    {'A': '#E69F00'}
    """
    names = [s.name for s in analysis.speakers]
    for attribution in analysis.attributions:
        if attribution.speaker not in names:
            names.append(attribution.speaker)
    return {name: colour_for(i) for i, name in enumerate(names)}


def short_name(name: str, *, limit: int = 18) -> str:
    """A label-sized name: the name itself when short, else cut to ``limit`` characters.

    Names are not shortened to a surname: which word is the family name differs
    between cultures ("Xi Jinping", "Vladimir Putin").

    >>> short_name("Xi Jinping"), short_name("the official translation into Russian")
    ('Xi Jinping', 'the official tran…')
    """
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _cue_kind(cue: str | None) -> str:
    """ " (a verb of saying)": the cue's verb class in plain words, from the cue lexicon (VerbNet)."""
    from ..sources import cue_kind

    kind = cue_kind(cue) if cue else None
    return f" ({kind})" if kind else ""


def _highlights(analysis: Analysis) -> dict[str, list[Highlight]]:
    layers: dict[str, list[Highlight]] = {layer: [] for layer in LAYERS}
    colours = speaker_colours(analysis)
    types = {s.name: s.source_type for s in analysis.speakers}
    for a in analysis.attributions:
        colour = colours.get(a.speaker, "#000000")
        kind = KIND_LABELS.get(a.kind, a.kind)
        source_type = _SOURCE_TYPES.get(a.source_type or types.get(a.speaker, ""), a.source_type)
        cue = f"; cue: “{a.cue}”" if a.cue else ""
        layers["sources"].append(
            Highlight(
                a.content_start, a.content_end, "sources", colour,
                f"{a.speaker} ({source_type}) — {kind}{cue}",
                label=f"{short_name(a.speaker)} · {_KIND_TAGS.get(a.kind, a.kind)}", label_at_start=True,
            )
        )  # fmt: skip
        if a.speaker_start is not None and a.speaker_end is not None:
            layers["sources"].append(
                Highlight(a.speaker_start, a.speaker_end, "sources", colour,
                          f"The source: {a.speaker} ({source_type})", extra_class="kit-hl-mention")
            )  # fmt: skip
        if a.cue_start is not None and a.cue_end is not None:
            layers["sources"].append(
                Highlight(a.cue_start, a.cue_end, "sources", colour,
                          f"The cue: “{a.cue or ''}”{_cue_kind(a.cue)} tells you {a.speaker} is the source",
                          extra_class="kit-hl-cue")
            )  # fmt: skip
    for n in analysis.non_statements:
        start = n.content_start if n.content_start is not None else n.cue_start
        end = n.content_end if n.content_end is not None else n.cue_end
        layers["sources"].append(
            Highlight(min(start, n.cue_start), max(end, n.cue_end), "sources", colours.get(n.speaker, "#000"),
                      f"Not a statement: {n.speaker} “{n.cue}” — this is not something {n.speaker} said",
                      label="not said", extra_class="kit-hl-nonstatement")
        )  # fmt: skip
    for h in analysis.hedges:
        colour = colour_for(HEDGE_CATEGORIES.index(h.category)) if h.category in HEDGE_CATEGORIES else "#000"
        who = hedge_voice(h)
        layers["hedges"].append(
            Highlight(h.start, h.end, "hedges", colour,
                      f"Hedge — {HEDGE_LABELS.get(h.category, h.category)}: {h.explanation} ({who})",
                      label=HEDGE_LABELS.get(h.category, h.category))
        )  # fmt: skip
    for w in analysis.loaded_words:
        layers["loaded"].append(
            Highlight(w.start, w.end, "loaded", _LOADED_COLOUR,
                      f"Loaded word: {sentence(w.explanation)} A neutral alternative: “{w.alternative}”.",
                      label="loaded")
        )  # fmt: skip
    for t in analysis.quoted_terms:
        owner = f" Whose term: {t.owner}." if t.owner else " The text does not say whose term it is."
        layers["terms"].append(
            Highlight(t.start, t.end, "terms", _TERM_COLOUR,
                      f"Quoted term: words in quote marks used as a label, not a statement.{owner}",
                      label="term")
        )  # fmt: skip
    for c in analysis.unattributed:
        layers["claims"].append(
            Highlight(c.start, c.end, "claims", _CLAIM_COLOUR,
                      "Says who? The outlet states this in its own voice, with no source.",
                      label="says who?", label_at_start=True)
        )  # fmt: skip
    return layers


class ArticleView(ExerciseWidget):
    """The article with paragraph numbers and highlight layers a student switches on and off.

    Layers: ``"sources"`` (each source's words, by speaker), ``"hedges"`` (by
    category), ``"loaded"`` (loaded words), ``"terms"`` (quoted terms) and
    ``"claims"`` (unattributed claims). Each highlight has a line style of its
    layer, a colour, a small label and an explanation, shown as text under the
    buttons when the highlight is clicked or focused (Tab to it, then the arrow
    keys) and on hover; a legend says what each look means. With ``answers=``
    and an ``exercise=`` id, the layers a student chose come back (without an id
    nothing is saved, so two views in one notebook keep the layers their cells
    ask for). ``toggles=False`` shows the plain article with no layer buttons and
    no counts, for a first read.

    >>> import kit
    >>> analysis = kit.analyze("Rain\\n\\nIt may rain on Friday, the forecaster said.")
    >>> view = ArticleView(analysis, layers=("hedges", "sources"))
    >>> view.layers
    ('sources', 'hedges')
    >>> "¶1" in view.html.value
    True
    """

    widget_name = "ArticleView"
    css_class = "kit-article-view"
    default_exercise = "article-view"
    label = "The article"

    def __init__(
        self,
        analysis: Analysis,
        *,
        layers: Iterable[str] = ("sources", "hedges", "loaded", "terms", "claims"),
        paragraphs: Sequence[int] | None = None,
        title: bool = True,
        toggles: bool = True,
        answers: AnswerBook | None = None,
        exercise: str | None = None,
    ) -> None:
        super().__init__(answers=answers if exercise else None, exercise=exercise, article=analysis)
        self.analysis = analysis
        wanted = tuple(layers)
        unknown = [layer for layer in wanted if layer not in LAYERS]
        if unknown:
            raise ValueError(f"Unknown layer(s) {unknown}: choose from {', '.join(LAYERS)}.")
        count = len(analysis.paragraphs)
        self.paragraphs = tuple(range(count)) if paragraphs is None else tuple(paragraphs)
        bad = [p for p in self.paragraphs if not 0 <= p < count]
        if bad:
            raise ValueError(f"Paragraph(s) {bad} are not in this article (it has {count}, numbered from 0).")
        self.show_title = title
        self._highlights = _highlights(analysis)
        self._by_paragraph = {
            layer: [
                [h for h in items if h.start < span.end and h.end > span.start]
                for span in analysis.paragraphs
            ]
            for layer, items in self._highlights.items()
        }
        saved = self._load(None)
        if toggles and isinstance(saved, dict) and isinstance(saved.get("layers"), list):
            wanted = tuple(layer for layer in saved["layers"] if layer in LAYERS)
        self.toggles: dict[str, widgets.ToggleButton] = {}
        counts = self.counts()
        for layer in LAYERS:
            toggle = widgets.ToggleButton(
                value=layer in wanted,
                description=f"{LAYER_LABELS[layer]} ({counts[layer]})",
                tooltip=LAYER_HELP[layer],
                layout=widgets.Layout(width="auto"),
            )
            toggle.add_class("kit-layer-toggle")
            toggle.add_class(f"kit-layer-{layer}")
            toggle.observe(self._on_toggle, names="value")
            self.toggles[layer] = toggle
        self.legend = widgets.HTML()
        self.legend.add_class("kit-legend-box")
        self.html = widgets.HTML()
        self.html.add_class("kit-article-html")
        # what a clicked or focused highlight means, as text (static/widgets.js writes it)
        self.explanation = widgets.HTML(
            '<div class="kit-explain"><span class="kit-explain-text kit-explain-hint">Click a highlight, or '
            "press Tab to reach the article and then the arrow keys: why it is highlighted shows here."
            "</span></div>"
        )
        self.explanation.add_class("kit-explain-box")
        self.show_toggles = toggles
        self._render()
        if not toggles:  # a first read: the plain article, nothing to switch on, no counts
            self._assemble(self.html, reset=False)
            return
        buttons = widgets.HBox(list(self.toggles.values()))
        buttons.add_class("kit-row")
        self._assemble(buttons, self.legend, self.explanation, self.html, reset=False)

    # --- public ------------------------------------------------------------------
    @property
    def layers(self) -> tuple[str, ...]:
        """The layers switched on (settable)."""
        return tuple(layer for layer in LAYERS if self.toggles[layer].value)

    @layers.setter
    def layers(self, layers: Iterable[str]) -> None:
        chosen = set(layers)
        self._batch = True
        try:
            for layer, toggle in self.toggles.items():
                toggle.value = layer in chosen
        finally:
            self._batch = False
        self._on_toggle(None)

    @property
    def answer(self) -> dict[str, Any]:
        return {"layers": list(self.layers)}

    def counts(self) -> dict[str, int]:
        """How many highlights each layer has (speaker mentions and cues not counted)."""
        return {
            layer: len([h for h in items if "kit-hl-" not in h.extra_class])
            for layer, items in self._highlights.items()
        }

    # --- internals -------------------------------------------------------------
    _batch = False

    def _clear(self) -> None:
        pass

    def _on_toggle(self, _change: Any) -> None:
        if self._batch:
            return
        self._render()
        self._save(self.answer)

    def _render(self) -> None:
        self.html.value = self.render_html()
        self.legend.value = self.legend_html()

    def render_html(self) -> str:
        """The article as HTML with the active layers."""
        a = self.analysis
        active = self.layers
        parts = ['<div class="kit-article">']
        if self.show_title and a.title:
            parts.append(f'<div class="kit-article-title">{esc(a.title)}</div>')
            meta = " · ".join(x for x in (a.outlet, a.date, a.dateline if not a.outlet else None) if x)
            if meta:
                parts.append(f'<div class="kit-article-meta">{esc(meta)}</div>')
        for p in self.paragraphs:
            span = a.paragraphs[p]
            highlights = [h for layer in active for h in self._by_paragraph[layer][p]]
            parts.append(paragraph_html(p + 1, render_paragraph(a.text, span.start, span.end, highlights)))
        parts.append("</div>")
        return "".join(parts)

    def legend_html(self) -> str:
        """What each look means, with counts; a friendly line when a layer found nothing."""
        a = self.analysis
        counts = self.counts()
        rows = []
        if not any(counts.values()):
            rows.append(
                '<div class="kit-empty">The kit found nothing to highlight in this article (no sources, '
                "hedges, loaded words or quoted terms). Read it yourself: who is speaking, and how sure "
                "is the writer?</div>"
            )
        for layer in self.layers:
            if not counts[layer]:
                rows.append(
                    f'<div class="kit-legend-row kit-empty">{LAYER_LABELS[layer]}: none found in this '
                    "article.</div>"
                )
                continue
            entries = []
            if layer == "sources":
                used: dict[str, int] = {}
                for attribution in a.attributions:
                    used[attribution.speaker] = used.get(attribution.speaker, 0) + 1
                for name, colour in speaker_colours(a).items():
                    if name in used:
                        shown = short_name(name)
                        note = f"({used[name]})" if shown == name else f"{name} ({used[name]})"
                        entries.append(_sample(layer, colour, shown, note))
            elif layer == "hedges":
                for i, category in enumerate(HEDGE_CATEGORIES):
                    n = sum(h.category == category for h in a.hedges)
                    if n:
                        entries.append(_sample(layer, colour_for(i), HEDGE_LABELS[category], str(n)))
            else:
                colour = {"loaded": _LOADED_COLOUR, "terms": _TERM_COLOUR, "claims": _CLAIM_COLOUR}[layer]
                entries.append(_sample(layer, colour, LAYER_LABELS[layer].lower(), str(counts[layer])))
            rows.append(
                f'<div class="kit-legend-row"><b>{LAYER_LABELS[layer]}</b> — {esc(LAYER_HELP[layer])}. '
                f"{' '.join(entries)}</div>"
            )
        if not self.layers:
            rows.append('<div class="kit-legend-row">Switch on a layer above to highlight the article.</div>')
        rows.append(
            '<div class="kit-legend-row kit-saved">Click a highlight (or Tab to it and use the arrow keys) '
            "to read why it is there.</div>"
        )
        return '<div class="kit-legend">' + "".join(rows) + "</div>"


def _sample(layer: str, colour: str, label: str, note: str) -> str:
    return (
        f'<span class="kit-legend-sample"><span class="kit-hl kit-hl-{layer}" '
        f'style="text-decoration-color:{colour}">{esc(label)}</span></span>'
        f'<span class="kit-legend-note">{esc(note.strip())}</span>&emsp;'
    )
