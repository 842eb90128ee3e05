"""The hedges chart: how many hedges each paragraph has, and who hedges (the outlet, or a source)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .look import BLACK, FONT, ORANGE, ROW, SKY_BLUE, WIDTH, axis, chart_title, nothing_chart
from .output import enable_offline

if TYPE_CHECKING:
    import altair as alt

    from ..analysis import Analysis

__all__ = ["hedges_by_paragraph"]

_WHERE = (
    ("outlet", "In the outlet's own voice", ORANGE, [1, 0]),
    ("source", "A source it quotes or reports", SKY_BLUE, [5, 3]),
)


def hedges_by_paragraph(analysis: Analysis) -> alt.LayerChart | alt.Chart:
    """Hedges in each paragraph (1 = the top), stacked by who hedges: the outlet, or a source it
    quotes or reports (a hedge in reported speech is the source's, GUIDELINES §3).

    Tooltips list the hedging words; each bar segment is labelled with its count.

    >>> from kit.analysis import Analysis
    >>> chart = hedges_by_paragraph(Analysis("", None, None, None, (), ()))
    >>> "no hedges" in chart.to_dict()["data"]["values"][0]["message"]
    True
    """
    import altair as alt

    enable_offline()
    title = "Where does the article hedge?"
    if not analysis.hedges:
        return nothing_chart(title, "no hedges were found in this article.")
    paragraphs = max(len(analysis.paragraphs), max(h.paragraph for h in analysis.hedges) + 1)
    found: dict[tuple[int, str], list[str]] = {}
    for hedge in analysis.hedges:
        found.setdefault((hedge.paragraph, "outlet" if hedge.by_writer else "source"), []).append(hedge.text)
    most = max(sum(len(found.get((p, w), ())) for w, *_ in _WHERE) for p in range(paragraphs))
    per_hedge = WIDTH / most  # pixels per hedge: decides whether a segment has room for a word
    values = []
    for paragraph in range(paragraphs):
        start = 0
        for where, legend, *_ in _WHERE:
            words = found.get((paragraph, where), [])
            if not words:
                continue
            count = len(words)
            long = f"{count} {where}"
            values.append(
                {
                    "paragraph": paragraph + 1,
                    "where": legend,
                    "count": count,
                    "start": start,
                    "end": start + count,
                    "middle": start + count / 2,
                    "label": long if count * per_hedge >= 7 * len(long) + 8 else str(count),
                    "words": ", ".join(f"“{w}”" for w in words),
                }
            )
            start += count
    legends = [legend for _, legend, *_ in _WHERE]
    base = alt.Chart(alt.Data(values=values)).encode(
        y=alt.Y(
            "paragraph:O",
            scale=alt.Scale(domain=list(range(1, paragraphs + 1)), paddingInner=0.25),
            title="Paragraph (1 = top of the article)",
            axis=axis("Paragraph (1 = top of the article)", labelAngle=0),
        )
    )
    bars = base.mark_bar(stroke=BLACK, strokeWidth=1.2).encode(
        x=alt.X(
            "start:Q",
            title="Number of hedges",
            scale=alt.Scale(domain=[0, most]),
            axis=axis("Number of hedges", values=list(range(most + 1)), format="d"),
        ),
        x2="end:Q",
        color=alt.Color(
            "where:N",
            scale=alt.Scale(domain=legends, range=[c for *_, c, _ in _WHERE]),
            legend=alt.Legend(title="Who hedges", orient="bottom", labelFontSize=FONT, titleFontSize=FONT),
        ),
        strokeDash=alt.StrokeDash(
            "where:N",
            scale=alt.Scale(domain=legends, range=[d for *_, d in _WHERE]),
            legend=alt.Legend(title="Who hedges", orient="bottom", labelFontSize=FONT, titleFontSize=FONT),
        ),
        tooltip=[
            alt.Tooltip("paragraph:O", title="Paragraph"),
            alt.Tooltip("where:N", title="Who hedges"),
            alt.Tooltip("count:Q", title="Hedges"),
            alt.Tooltip("words:N", title="Hedging words"),
        ],
    )
    labels = base.mark_text(fontSize=FONT - 1, color=BLACK).encode(x="middle:Q", text="label:N")
    said = "; ".join(f"paragraph {v['paragraph']}: {v['count']} {v['where'].lower()}" for v in values)
    return alt.layer(bars, labels).properties(
        width=WIDTH,
        height=max(3, paragraphs) * ROW,
        description=f"{title} Hedges by paragraph, {paragraphs} paragraphs: {said}.",
        title=chart_title(
            title,
            [
                "Hedges soften a claim: “may”, “appeared”, “so far”, “around”.",
                "Orange (solid outline): the outlet hedges; blue (dashed): a source it quotes or reports.",
            ],
        ),
    )
