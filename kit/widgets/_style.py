"""Look of the widgets: a colour-blind-safe palette, line styles, CSS, and span-to-HTML rendering.

Colour is never the only cue: every highlight layer has its own line style
(solid, dashed, dotted, double, wavy), a small text label, and an explanation
shown as text when the highlight is focused or clicked (``data-explain``; the
front end in ``static/widgets.js`` shows it) as well as on hover. Colours are
the Okabe–Ito palette, safe for the common kinds of colour blindness.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CSS",
    "LINE_STYLES",
    "OKABE_ITO",
    "STATIC",
    "Highlight",
    "colour_for",
    "esc",
    "paragraph_html",
    "plural",
    "render_paragraph",
    "sentence",
]

#: The widgets' front-end files (CSS, and the JavaScript of the anywidget ones), shipped with the package.
STATIC = Path(__file__).parent / "static"

#: Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, blue,
#: vermillion, reddish purple, yellow, black. Yellow last: it is faint on white.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000")

#: One line style per highlight layer, so layers differ without colour.
LINE_STYLES = {
    "sources": "solid",
    "hedges": "dashed",
    "terms": "dotted",
    "claims": "double",
    "loaded": "wavy",
}

#: How far below the text each layer's line sits, so nested highlights stay readable.
_OFFSETS = {"sources": 7, "claims": 5, "hedges": 3, "terms": 3, "loaded": 2}


def colour_for(index: int) -> str:
    """The palette colour number ``index`` (it cycles; labels keep repeats apart).

    >>> colour_for(0), colour_for(8)
    ('#E69F00', '#E69F00')
    """
    return OKABE_ITO[index % len(OKABE_ITO)]


def _layer_css() -> str:
    rules = []
    for layer, line in LINE_STYLES.items():
        rules.append(
            f".kit-widget .kit-hl-{layer}{{text-decoration-line:underline;text-decoration-style:{line};"
            f"text-decoration-thickness:2px;text-underline-offset:{_OFFSETS[layer]}px;"
            "text-decoration-skip-ink:none;}"
        )
    return "\n".join(rules)


#: The widgets' CSS: the shared rules in ``static/widgets.css``, then one rule per highlight layer.
CSS = (STATIC / "widgets.css").read_text(encoding="utf-8") + _layer_css()


def esc(text: str) -> str:
    """Escape article or student text for HTML, quotes included."""
    return html.escape(text, quote=True)


def sentence(text: str) -> str:
    """``text`` ending with a full stop (or its own ``.``, ``!``, ``?``): explanations never run together.

    >>> sentence("A judgement on progress"), sentence("Is it?"), sentence("")
    ('A judgement on progress.', 'Is it?', '')
    """
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


@dataclass(frozen=True)
class Highlight:
    """One span to highlight: offsets into the article text, its look and its explanation."""

    start: int
    end: int
    layer: str
    colour: str
    title: str
    label: str = ""
    label_at_start: bool = False
    extra_class: str = ""

    def open_tag(self, *, first: bool = False) -> str:
        """The opening tag of one piece; the ``first`` piece of a highlight is where keyboard focus goes."""
        classes = f"kit-hl kit-hl-{self.layer}" + (f" {self.extra_class}" if self.extra_class else "")
        explain = f' data-explain="{esc(self.title)}"' if first else ""
        return (
            f'<span class="{classes}" style="text-decoration-color:{self.colour}" '
            f'title="{esc(self.title)}" data-layer="{self.layer}"{explain}>'
        )

    def label_tag(self) -> str:
        if not self.label:
            return ""
        return (
            f'<span class="kit-hl-label kit-hl-label-{self.layer}" style="border-color:{self.colour}">'
            f"{esc(self.label)}</span>"
        )


def render_paragraph(text: str, start: int, end: int, highlights: Iterable[Highlight]) -> str:
    """``text[start:end]`` as escaped HTML with ``highlights`` nested where they overlap.

    Overlapping highlights are cut at every boundary and nested, longest outside,
    so the innermost (shortest) one's explanation shows on hover.

    >>> h = Highlight(3, 8, "hedges", "#E69F00", "a hedge", label="possibility")
    >>> render_paragraph("It <may> rain", 0, 13, [h])  # doctest: +ELLIPSIS
    'It <span class="kit-hl kit-hl-hedges" ...>&lt;may&gt;</span><span ...>possibility</span> rain'
    """
    spans = [h for h in highlights if h.start < end and h.end > start and h.end > h.start]
    if not spans:
        return esc(text[start:end])
    clipped = [(max(h.start, start), min(h.end, end), h) for h in spans]
    cuts = sorted({start, end, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    out: list[str] = []
    for left, right in itertools.pairwise(cuts):
        for s, _e, h in clipped:
            if s == left and h.label_at_start:
                out.append(h.label_tag())
        active = [(h, s == left) for s, e, h in clipped if s <= left and e >= right]
        active.sort(key=lambda pair: (-(pair[0].end - pair[0].start), pair[0].start))
        piece = esc(text[left:right])
        if active:
            tags = "".join(h.open_tag(first=first) for h, first in active)
            piece = tags + piece + "</span>" * len(active)
        out.append(piece)
        for _s, e, h in clipped:
            if e == right and not h.label_at_start:
                out.append(h.label_tag())
    return "".join(out)


def paragraph_html(number: int, body: str, *, extra_class: str = "") -> str:
    """One numbered paragraph (numbers start at 1, as students count)."""
    cls = "kit-para" + (f" {extra_class}" if extra_class else "")
    return (
        f'<div class="{cls}" data-paragraph="{number - 1}"><span class="kit-para-num" '
        f'title="Paragraph {number}">¶{number}</span><span class="kit-para-text">{body}</span></div>'
    )


def plural(n: int, word: str, many: str | None = None) -> str:
    """``"1 hedge"``, ``"3 hedges"``.

    >>> plural(1, "hedge"), plural(2, "speech", "speeches")
    ('1 hedge', '2 speeches')
    """
    return f"{n} {word if n == 1 else (many or word + 's')}"
