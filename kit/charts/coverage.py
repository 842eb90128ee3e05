"""Charts of a coverage comparison: who each outlet quotes, and how each outlet hedges and loads its words.

Both read a :class:`~kit.coverage.CoverageComparison` (they never analyse anything)
and are made for a projector: one column or bar per outlet, numbers written on the
chart, colour never the only cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..hedges import category_label
from ..records import HEDGE_CATEGORIES
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
    TEXT_COLOUR,
    VERMILLION,
    WIDTH,
    axis,
    chart_title,
    nothing_chart,
    shorten,
    words_label,
)
from .output import enable_offline
from .sources import SOURCE_TYPE_LABELS

if TYPE_CHECKING:
    import altair as alt

    from ..coverage import CoverageComparison

__all__ = ["hedging_by_outlet", "quotes_by_outlet"]

#: How many sources the grid shows at most (the most quoted); the rest are named in the subtitle.
MAX_SOURCES = 14
_CATEGORY_COLOURS = dict(
    zip(HEDGE_CATEGORIES, (BLUE, SKY_BLUE, GREEN, ORANGE, PURPLE, VERMILLION, BLACK, GREY), strict=True)
)


#: The width of one outlet's column in :func:`quotes_by_outlet` (three fit a projector's notebook).
COLUMN = 110


def quotes_by_outlet(comparison: CoverageComparison) -> alt.LayerChart | alt.Chart:
    """Who each outlet quotes: a source × outlet grid, each circle sized by the words quoted.

    A source an outlet cites without quoting a word gets a small open circle ("cited"); an empty cell means
    the outlet does not cite it. Colour is the kind of source; every cell writes its number.

    >>> from kit.coverage import CoverageComparison
    >>> chart = quotes_by_outlet(CoverageComparison((), ()))
    >>> "nobody" in chart.to_dict()["data"]["values"][0]["message"]
    True
    """
    import altair as alt

    enable_offline()
    title = "Who does each outlet quote?"
    shown = list(comparison.sources[:MAX_SOURCES])
    values: list[dict[str, Any]] = []
    for outlet in comparison.outlets:
        for source in outlet.sources:
            if source.name not in shown:
                continue
            label, _colour = SOURCE_TYPE_LABELS.get(source.source_type, (source.source_type, BLACK))
            values.append(
                {
                    "source": shorten(source.name, 40),
                    "outlet": outlet.outlet,
                    "words": source.quoted_words,
                    "type": label,
                    "quoted": "quoted" if source.quoted_words else "cited, not quoted",
                    "label": f"{source.quoted_words}" if source.quoted_words else "cited",
                    "share": f"{100 * source.quoted_share:.0f}% of its quoted words",
                    "statements": source.statements,
                    "as_named": source.as_named,
                }
            )
    if not values:
        return nothing_chart(title, "nobody is cited in these articles.")
    rows = list(dict.fromkeys(shorten(name, 40) for name in shown))
    columns = [o.outlet for o in comparison.outlets]
    present = list(dict.fromkeys(v["type"] for v in values))
    types = [(label, colour) for label, colour in SOURCE_TYPE_LABELS.values() if label in present]
    base = alt.Chart(alt.Data(values=values)).encode(
        x=alt.X("outlet:N", sort=columns, axis=axis(None, orient="top", labelAngle=0, labelLimit=COLUMN - 6)),
        y=alt.Y("source:N", sort=rows, axis=axis(None, labelLimit=170)),
    )
    tooltip = [
        alt.Tooltip("source:N", title="Source"),
        alt.Tooltip("as_named:N", title="Named in this outlet"),
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("type:N", title="Kind of source"),
        alt.Tooltip("words:Q", title="Words quoted"),
        alt.Tooltip("share:N", title="Share"),
        alt.Tooltip("statements:Q", title="Statements"),
    ]
    biggest = max(v["words"] for v in values) or 1
    circles = base.mark_circle(opacity=0.75, stroke=BLACK, strokeWidth=0.5).encode(
        size=alt.Size("words:Q", scale=alt.Scale(domain=[0, biggest], range=[30, 1400]), legend=None),
        color=alt.Color(
            "type:N",
            scale=alt.Scale(domain=[t for t, _ in types], range=[c for _, c in types]),
            legend=alt.Legend(title="Kind of source", orient="bottom", columns=3, labelFontSize=FONT),
        ),
        tooltip=tooltip,
    )
    cited = (
        base.transform_filter(alt.datum.words == 0)
        .mark_point(shape="circle", filled=False, size=120, color=TEXT_COLOUR)
        .encode(tooltip=tooltip)
    )
    labels = base.mark_text(fontSize=FONT - 1, color=TEXT_COLOUR, dy=-2, align="left", dx=24).encode(
        text="label:N"
    )
    hidden = [name for name in comparison.sources if name not in shown]
    subtitle = [
        "Circle size: words each outlet quotes from each source (the number beside it);",
        "“cited” = reported, not quoted. An empty cell: that outlet does not cite the source.",
    ]
    if hidden:
        subtitle.append(f"Not shown ({len(hidden)} more, less quoted): " + shorten(", ".join(hidden), 90))
    said = "; ".join(f"{v['outlet']} quotes {v['source']}: {words_label(v['words'])}" for v in values)
    return alt.layer(circles, cited, labels).properties(
        width=min(3 * COLUMN, COLUMN * len(columns)),  # with the source names: within 540 px
        height=max(3, len(rows)) * (ROW + 10),
        description=f"{title} {said}.",
        title=chart_title(title, subtitle),
    )


def hedging_by_outlet(comparison: CoverageComparison) -> alt.VConcatChart | alt.Chart:
    """Hedges per 100 words in each outlet, by kind, above loaded words per 100 words (the words listed).

    >>> from kit.coverage import CoverageComparison
    >>> chart = hedging_by_outlet(CoverageComparison((), ()))
    >>> "no outlets" in chart.to_dict()["data"]["values"][0]["message"]
    True
    """
    import altair as alt

    enable_offline()
    title = "How sure, and how loaded, is each outlet?"
    if not comparison.outlets:
        return nothing_chart(title, "no outlets to compare.")
    columns = [o.outlet for o in comparison.outlets]
    hedges = [
        {
            "outlet": o.outlet,
            "category": category_label(c),
            "per100": o.hedges_per_100_words_by_category.get(c, 0.0),
            "rank": HEDGE_CATEGORIES.index(c),
        }
        for o in comparison.outlets
        for c in HEDGE_CATEGORIES
        if o.hedges_per_100_words_by_category.get(c)
    ]
    totals = [
        {"outlet": o.outlet, "per100": o.hedges_per_100_words, "label": f"{o.hedges_per_100_words:.1f}"}
        for o in comparison.outlets
    ]
    present = [
        category_label(c) for c in HEDGE_CATEGORIES if any(h["category"] == category_label(c) for h in hedges)
    ]
    colours = [_CATEGORY_COLOURS[c] for c in HEDGE_CATEGORIES if category_label(c) in present]
    y = alt.Y("outlet:N", sort=columns, title=None, axis=axis(None, labelLimit=160))
    bars = (
        alt.Chart(alt.Data(values=hedges))
        .mark_bar(size=ROW, stroke="white", strokeWidth=1)
        .encode(
            y=y,
            x=alt.X(
                "per100:Q",
                stack="zero",
                axis=axis("Hedges per 100 words"),
                scale=alt.Scale(
                    domain=[0, 1.25 * max(o.hedges_per_100_words for o in comparison.outlets) or 1]
                ),
            ),
            color=alt.Color(
                "category:N",
                scale=alt.Scale(domain=present, range=colours),
                legend=alt.Legend(title="Kind of hedge", orient="bottom", columns=2, labelFontSize=FONT),
            ),
            order=alt.Order("rank:Q"),
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("category:N", title="Kind"),
                alt.Tooltip("per100:Q", title="Per 100 words", format=".1f"),
            ],
        )
    )
    total_labels = (
        alt.Chart(alt.Data(values=totals))
        .mark_text(align="left", dx=4, fontSize=FONT - 1, color=TEXT_COLOUR)
        .encode(y=y, x="per100:Q", text="label:N")
    )
    left = alt.layer(bars, total_labels).properties(
        width=WIDTH * 0.8, height=len(columns) * (ROW + 14), title=chart_title("Hedges", None)
    )
    loaded = [
        {
            "outlet": o.outlet,
            "per100": round(100 * len(o.loaded_words) / max(o.words, 1), 2),
            "count": len(o.loaded_words),
            "label": f"{len(o.loaded_words)}: " + shorten(", ".join(w.text for w in o.loaded_words), 40)
            if o.loaded_words
            else "none found",
            "words": ", ".join(f"{w.text} → {w.alternative}" for w in o.loaded_words) or "none",
        }
        for o in comparison.outlets
    ]
    base = alt.Chart(alt.Data(values=loaded)).encode(y=y)
    right = alt.layer(
        base.mark_bar(size=ROW, color=VERMILLION).encode(
            x=alt.X(
                "per100:Q",
                axis=axis("Loaded words per 100 words"),
                scale=alt.Scale(domain=[0, 1.6 * max(row["per100"] for row in loaded) or 1]),
            ),
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("words:N", title="Loaded → neutral"),
                alt.Tooltip("per100:Q", title="Per 100 words", format=".1f"),
            ],
        ),
        base.mark_text(align="left", dx=4, fontSize=FONT - 1, color=TEXT_COLOUR).encode(
            x="per100:Q", text="label:N"
        ),
    ).properties(
        width=WIDTH * 0.8,
        height=len(columns) * (ROW + 14),
        title=chart_title("Loaded words (the outlet's own voice)", None),
    )
    said = "; ".join(
        f"{o.outlet}: {o.hedges_per_100_words:.1f} hedges and {len(o.loaded_words)} loaded words"
        for o in comparison.outlets
    )
    return alt.vconcat(left, right, spacing=24).properties(
        description=f"{title} {said}.",
        title=chart_title(
            title,
            "Per 100 words, so long and short articles compare. Ask: who hedges what? Whose judgement is it?",
        ),
    )
