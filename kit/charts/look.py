"""How the charts look: the palette, the sizes, titles and axes, and a chart that says "nothing yet".

Colours are the Okabe–Ito palette (safe for the common kinds of colour
blindness); colour is never the only cue, so every chart also writes its
numbers as text. Altair is imported inside the functions, so importing this
module stays cheap.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import altair as alt

__all__ = [
    "BLACK",
    "BLUE",
    "FONT",
    "GREEN",
    "GREY",
    "ORANGE",
    "PURPLE",
    "ROW",
    "SKY_BLUE",
    "SPEAKER_COLOURS",
    "TEXT_COLOUR",
    "VERMILLION",
    "WIDTH",
    "axis",
    "bar_labels",
    "chart_title",
    "nothing_chart",
    "shorten",
    "words_label",
]

#: Okabe & Ito (2008), "Color Universal Design" (the same palette as the widgets).
ORANGE, SKY_BLUE, GREEN, BLUE = "#E69F00", "#56B4E9", "#009E73", "#0072B2"
VERMILLION, PURPLE, GREY, BLACK = "#D55E00", "#CC79A7", "#999999", "#000000"
#: Colours for speakers, in order; yellow is left out (too faint on white).
SPEAKER_COLOURS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, BLACK)

WIDTH = 360
#: Characters per subtitle line: a chart stays under 560 px wide, the width of a notebook's output at
#: 1024×768 with JupyterLab's side panel open.
SUBTITLE_CHARACTERS = 72
ROW = 24  # pixels per bar or table row
FONT = 12
TEXT_COLOUR = "#222222"


def nothing_chart(title: str, reason: str) -> alt.Chart:
    """A chart that says, in words, why there is nothing to draw."""
    import altair as alt

    message = f"Nothing to show yet: {reason}"
    return (
        alt.Chart(alt.Data(values=[{"message": message}]))
        .mark_text(fontSize=FONT + 2, color="#444444", align="left", x=0, y=20)
        .encode(text="message:N")
        .properties(width=WIDTH, height=40, view=alt.ViewConfig(stroke=None), title=chart_title(title, None))
    )


def chart_title(text: str, subtitle: str | Sequence[str] | None) -> alt.TitleParams:
    """A chart's title, at the left, with an optional subtitle (a line, or a list of lines)."""
    import altair as alt

    options: dict[str, Any] = {"anchor": "start", "fontSize": FONT + 5, "offset": 12}
    if isinstance(subtitle, str):  # lines short enough for a projector's narrow notebook (Vega never wraps)
        subtitle = textwrap.wrap(subtitle, width=SUBTITLE_CHARACTERS)
    if subtitle:
        options |= {"subtitle": subtitle, "subtitleFontSize": FONT, "subtitleColor": "#333333"}
    return alt.TitleParams(text, **options)


def axis(title: str | None, **options: Any) -> alt.Axis:
    """An axis in the charts' font size."""
    import altair as alt

    return alt.Axis(title=title, labelFontSize=FONT, titleFontSize=FONT, **options)


def bar_labels(base: alt.Chart, x: str) -> alt.Chart:
    """Each row's ``label`` written just right of ``x`` (where its bar ends), for readers without colour."""
    return base.mark_text(align="left", dx=4, fontSize=FONT - 1, color=TEXT_COLOUR).encode(
        x=x, text="label:N"
    )


def words_label(count: float | None) -> str:
    """``"1 word"``, ``"28 words"``, or ``"not known"``.

    >>> words_label(1), words_label(28), words_label(None)
    ('1 word', '28 words', 'not known')
    """
    if count is None:
        return "not known"
    return f"{count:g} word" + ("" if count == 1 else "s")


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at a word to fit ``width`` characters (" …" marks the cut)."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")
