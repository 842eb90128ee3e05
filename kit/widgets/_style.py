"""Look of the widgets: a colour-blind-safe palette, line styles, CSS, and span-to-HTML rendering.

Colour is never the only cue: every highlight layer has its own line style
(solid, dashed, dotted, double, wavy), a small text label, and a hover
explanation. Colours are the Okabe–Ito palette, safe for the common kinds of
colour blindness.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "CSS",
    "OKABE_ITO",
    "Highlight",
    "colour_for",
    "render_paragraph",
    "style_tag",
]

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


CSS = (
    """
.kit-widget{font-family:var(--jp-content-font-family, system-ui, sans-serif);max-width:54em;}
.kit-widget .kit-article{line-height:2.1;font-size:1.02em;color:var(--jp-content-font-color1,#111);}
.kit-widget .kit-article-title{font-weight:700;font-size:1.15em;line-height:1.3;margin:.2em 0;}
.kit-widget .kit-article-meta{color:var(--jp-content-font-color2,#555);font-size:.9em;margin-bottom:.5em;}
.kit-widget .kit-para{display:flex;gap:.6em;margin:.35em 0;}
.kit-widget .kit-para-num{flex:0 0 2.2em;text-align:right;color:#666;font-size:.8em;font-weight:700;
  line-height:2.6;user-select:none;}
.kit-widget .kit-para-text{flex:1 1 auto;}
.kit-widget .kit-hl{cursor:help;}
.kit-widget .kit-hl-sources{background:rgba(86,180,233,.10);}
.kit-widget .kit-hl-mention{outline:1.5px solid currentColor;outline-offset:1px;border-radius:2px;}
.kit-widget .kit-hl-cue{font-weight:700;}
.kit-widget .kit-hl-nonstatement{font-style:italic;}
.kit-widget .kit-hl-label{font-size:.66em;font-weight:700;vertical-align:.45em;line-height:1.25;
  margin:0 .15em;padding:0 .3em;border-radius:3px;border:1px solid;background:#fff;white-space:nowrap;
  text-decoration:none;display:inline-block;color:#222;}
.kit-widget .kit-legend{font-size:.88em;line-height:1.9;margin:.3em 0 .6em 0;}
.kit-widget .kit-legend-row{margin:.1em 0;}
.kit-widget .kit-legend-sample{display:inline-block;min-width:4.5em;margin-right:.4em;font-weight:600;}
.kit-widget .kit-empty{color:#555;font-style:italic;padding:.4em .6em;border-left:3px solid #999;
  background:rgba(0,0,0,.03);margin:.3em 0;}
.kit-widget .kit-error{color:#b00020;font-weight:600;padding:.3em .6em;border:2px solid #b00020;
  border-radius:4px;background:#fff0f0;margin:.3em 0;}
.kit-widget .kit-notice{color:#6a4a00;padding:.3em .6em;border:2px dashed #E69F00;border-radius:4px;
  background:#fff8e6;margin:.3em 0;}
.kit-widget .kit-saved{color:#555;font-size:.85em;}
.kit-widget .kit-progress{font-weight:700;}
.kit-widget .kit-sentence{padding:1px 0;}
.kit-widget .kit-current{background:rgba(240,228,66,.45);outline:2px solid #000;outline-offset:1px;
  border-radius:2px;}
.kit-widget .kit-tagged{border-bottom:2px solid #009E73;}
.kit-widget .kit-tag-label{font-size:.7em;font-weight:700;vertical-align:.45em;line-height:1.25;
  display:inline-block;
  border:1px solid #009E73;color:#00573f;border-radius:3px;padding:0 .25em;margin-left:.15em;
  background:#fff;white-space:nowrap;}
.kit-widget .kit-focus{font-size:1.05em;line-height:1.6;padding:.5em .7em;border:2px solid #000;
  border-radius:4px;margin:.4em 0;background:rgba(240,228,66,.18);}
.kit-widget .kit-context{line-height:1.9;color:var(--jp-content-font-color1,#111);}
.kit-widget .kit-context .kit-para{opacity:.95;}
.kit-widget .kit-feedback{padding:.3em .6em;border-radius:4px;margin:.3em 0;}
.kit-widget .kit-correct{border:2px solid #009E73;background:#eefaf5;}
.kit-widget .kit-correct::before{content:"✓ ";font-weight:700;}
.kit-widget .kit-incorrect{border:2px dashed #D55E00;background:#fff3ec;}
.kit-widget .kit-incorrect::before{content:"✗ ";font-weight:700;}
.kit-widget .kit-partly{border:2px dotted #0072B2;background:#eef5fb;}
.kit-widget .kit-partly::before{content:"≈ ";font-weight:700;}
.kit-widget table.kit-table{border-collapse:collapse;margin:.4em 0;font-size:.92em;}
.kit-widget table.kit-table th,.kit-widget table.kit-table td{border:1px solid #bbb;padding:.25em .6em;
  text-align:left;vertical-align:top;}
.kit-widget table.kit-table th{background:rgba(0,0,0,.04);}
.kit-widget .kit-bar{display:inline-block;height:.8em;vertical-align:middle;border:1px solid #000;}
.kit-widget .kit-reveal-list{margin:.3em 0;padding-left:1.3em;line-height:1.6;}
.kit-widget .kit-question-text{font-weight:600;margin:.2em 0 .3em 0;}
"""
    + _layer_css()
)


def style_tag() -> str:
    """The kit's CSS as a ``<style>`` element (put once in every widget)."""
    return f"<style>{CSS}</style>"


def esc(text: str) -> str:
    """Escape article or student text for HTML, quotes included."""
    return html.escape(text, quote=True)


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

    def open_tag(self) -> str:
        classes = f"kit-hl kit-hl-{self.layer}" + (f" {self.extra_class}" if self.extra_class else "")
        return (
            f'<span class="{classes}" style="text-decoration-color:{self.colour}" '
            f'title="{esc(self.title)}" data-layer="{self.layer}">'
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
        active = [h for s, e, h in clipped if s <= left and e >= right]
        active.sort(key=lambda h: (-(h.end - h.start), h.start))
        piece = esc(text[left:right])
        if active:
            piece = "".join(h.open_tag() for h in active) + piece + "</span>" * len(active)
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


def join_words(items: Sequence[str]) -> str:
    """``"a, b and c"``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
