"""The source mix: the words credited to each source, by kind of source, and the outlet's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..records import OUTLET_SPEAKER
from ..words import WORD
from .look import (
    BLACK,
    BLUE,
    FONT,
    GREEN,
    GREY,
    ORANGE,
    PURPLE,
    ROW,
    SKY_BLUE,
    VERMILLION,
    WIDTH,
    axis,
    bar_labels,
    chart_title,
    nothing_chart,
    words_label,
)
from .output import enable_offline

if TYPE_CHECKING:
    import altair as alt

    from ..analysis import Analysis

__all__ = ["OUTLET_TYPE", "SOURCE_TYPE_LABELS", "source_mix"]

#: What students read for each ``source_type`` (GUIDELINES §2), and its colour.
SOURCE_TYPE_LABELS = {
    "named_person": ("named person", BLUE),
    "spokesperson": ("spokesperson", SKY_BLUE),
    "organization": ("organisation", GREEN),
    "document": ("document or figures", PURPLE),
    "anonymous": ("anonymous source", ORANGE),
    "vague": ("vague source", VERMILLION),
}
#: The outlet's own voice, as students choose it in the tagger, and its colour.
OUTLET_TYPE = (OUTLET_SPEAKER, GREY)


def source_mix(analysis: Analysis) -> alt.LayerChart | alt.Chart:
    """Who gets how many words: each source's credited words, by kind of source, and the outlet's own.

    A source's words are the words of the content of its attributions (GUIDELINES §2);
    every other word is in the outlet's own voice (including cues like "Putin told Xi").

    >>> from kit.analysis import Analysis
    >>> chart = source_mix(Analysis("", None, None, None, (), ()))
    >>> "no sources" in chart.to_dict()["data"]["values"][0]["message"]
    True
    """
    import altair as alt

    enable_offline()
    title = "Who gets the words?"
    if not analysis.attributions:
        return nothing_chart(title, "no sources were found: every word is in the outlet's own voice.")
    starts = _word_starts(analysis.text)
    total = max(len(starts), 1)
    values = []
    credited: set[int] = set()
    for name, source_type, spans in _sources(analysis):
        words = {i for a, b in spans for i in _indices_between(starts, a, b)}
        credited |= words
        label, _ = SOURCE_TYPE_LABELS.get(source_type, (source_type.replace("_", " "), BLACK))
        values.append(_source_row(name, label, len(words), total, kind=label))
    own = f"{analysis.outlet}'s own voice" if analysis.outlet else "The outlet's own voice"
    values.append(_source_row(own, OUTLET_TYPE[0], len(starts) - len(credited), total, kind="outlet"))
    values.sort(key=lambda row: -row["words"])
    present = [row["type"] for row in values]
    types = [
        (label, colour) for label, colour in (*SOURCE_TYPE_LABELS.values(), OUTLET_TYPE) if label in present
    ]
    types += [(t, BLACK) for t in dict.fromkeys(present) if t not in dict(types)]
    base = alt.Chart(alt.Data(values=values)).encode(
        y=alt.Y("who:N", sort=[row["who"] for row in values], title=None, axis=axis(None, labelLimit=150))
    )
    # room right of the longest bar for its label: the chart stays within a projector's 560 px output
    most = max(row["words"] for row in values) or 1
    bars = base.mark_bar(size=ROW - 6).encode(
        x=alt.X("words:Q", title="Words", axis=axis("Words credited (content of what they said)"),
                scale=alt.Scale(domain=[0, most * 1.6], nice=False)),
        color=alt.Color(
            "type:N",
            scale=alt.Scale(domain=[t for t, _ in types], range=[c for _, c in types]),
            legend=alt.Legend(title="Kind of source", orient="bottom", columns=3, labelFontSize=FONT),
        ),
        tooltip=[
            alt.Tooltip("who:N", title="Who"),
            alt.Tooltip("type:N", title="Kind of source"),
            alt.Tooltip("words:Q", title="Words"),
            alt.Tooltip("percent:N", title="Share of the article"),
        ],
    )
    labels = bar_labels(base, "words:Q")
    said = "; ".join(f"{row['who']}: {row['label']}" for row in values)
    return alt.layer(bars, labels).properties(
        width=WIDTH * 2 // 3,
        height=max(3, len(values)) * ROW,
        description=f"{title} {said}.",
        title=chart_title(
            title,
            [
                "Words of the article credited to each source, and the words in the outlet's own voice.",
                "Ask: who is named, who is vague, and how much is the writer's own?",
            ],
        ),
    )


def _source_row(who: str, type_label: str, words: int, total: int, *, kind: str) -> dict[str, Any]:
    percent = f"{100 * words / total:.0f}%"
    return {
        "who": who,
        "type": type_label,
        "words": words,
        "percent": percent,
        "label": f"{words_label(words)} · {percent} · {kind}",
    }


def _sources(analysis: Analysis) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(name, source type, content spans) per source: the analysis's speakers, then any other sources."""
    attributions = analysis.attributions
    found: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    used: set[int] = set()
    for speaker in analysis.speakers:
        indices = [i for i in speaker.attributions if 0 <= i < len(attributions)]
        if indices:
            used.update(indices)
            spans = [(attributions[i].content_start, attributions[i].content_end) for i in indices]
            found[speaker.name] = (speaker.source_type, spans)
    for i, attribution in enumerate(attributions):
        if i not in used:
            _type, spans = found.setdefault(attribution.speaker, (attribution.source_type, []))
            spans.append((attribution.content_start, attribution.content_end))
    return [(name, source_type, spans) for name, (source_type, spans) in found.items()]


def _word_starts(text: str) -> list[int]:
    return [match.start() for match in WORD.finditer(text)]  # the same words as Analysis.word_count


def _indices_between(starts: list[int], start: int, end: int) -> range:
    from bisect import bisect_left

    return range(bisect_left(starts, start), bisect_left(starts, end))
