"""Charts: the findings of an :class:`~kit.analysis.Analysis` as pictures students can read.

Each function takes an analysis (it never detects anything itself) and returns a
new Altair chart; show it as the last line of a notebook cell, or save it for a
handout with :func:`save` (``.png`` or ``.svg``, drawn by vl-convert, no browser
needed)::

    import kit, kit.charts
    result = kit.analyze("../seeds/000_3f95dd3d0e0f8142.txt")
    kit.charts.speaking_time_vs_quotes(result)          # in a notebook cell
    kit.charts.save(kit.charts.source_mix(result), "source_mix.png")

The charts work offline: every chart function calls :func:`enable_offline`,
which shows charts through Altair's ``JupyterChart`` widget with the Vega
JavaScript bundled from vl-convert, so nothing is fetched from a CDN.

Accessibility: colours are from the Okabe–Ito palette (safe for the common kinds
of colour blindness) and colour is never the only cue: bars carry text labels,
and the two kinds of hedge also differ in outline. Tooltips add the words behind
each number; labels repeat the essentials, because a printed handout has no
tooltips.

Altair is imported inside the functions (it takes over a second), so
``import kit.charts`` stays cheap. When an analysis has nothing to draw (the
engines found nothing, or a student has not tagged anything yet) a chart says
"Nothing to show yet: …" instead of raising.

The charts live in one module each, beside what they share: ``speakers``
(speaking time vs. quotes, tone and warmth), ``hedges``, ``sources`` (the
source mix), ``coverage`` (outlets on one event: :func:`kit.compare_coverage`),
``tags`` (tags vs. the key), ``look`` (palette, sizes, titles) and ``output``
(offline display, saving). Use them through this package.
"""

from __future__ import annotations

from .coverage import hedging_by_outlet, quotes_by_outlet
from .hedges import hedges_by_paragraph
from .look import WIDTH as WIDTH  # a chart's width, for a teacher's own charts beside these
from .output import EMBED_OPTIONS as EMBED_OPTIONS  # for alt.JupyterChart(chart, embed_options=…)
from .output import enable_offline, save
from .sources import source_mix
from .speakers import SpeakerShare, ratio_text, speaker_shares, speaking_time_vs_quotes, tone_and_warmth
from .tags import tags_vs_key

__all__ = [
    "SpeakerShare",
    "enable_offline",
    "hedges_by_paragraph",
    "hedging_by_outlet",
    "quotes_by_outlet",
    "ratio_text",
    "save",
    "source_mix",
    "speaker_shares",
    "speaking_time_vs_quotes",
    "tags_vs_key",
    "tone_and_warmth",
]
