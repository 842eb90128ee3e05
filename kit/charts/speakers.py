"""Charts of the speakers: speaking time against words quoted, and the tone and warmth of their words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ChartError
from ..quotes import find_quotes
from ..records import WordScore
from .look import (
    BLACK,
    BLUE,
    FONT,
    GREY,
    ORANGE,
    PURPLE,
    ROW,
    SPEAKER_COLOURS,
    TEXT_COLOUR,
    VERMILLION,
    WIDTH,
    axis,
    bar_labels,
    chart_title,
    nothing_chart,
    shorten,
    words_label,
)
from .output import enable_offline

if TYPE_CHECKING:
    import altair as alt

    from ..analysis import Analysis

__all__ = ["SpeakerShare", "ratio_text", "speaker_shares", "speaking_time_vs_quotes", "tone_and_warmth"]

# --- speaking time vs. words quoted ------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerShare:
    """One speaker's share of one measure, for the two speakers compared.

    ``measure`` is ``"time"`` (the speaking time the article reports) or ``"quoted"``
    (the words it quotes); ``share`` is a percentage of the pair's total, or None when
    the article does not say (no reported length) or neither is quoted.
    """

    speaker: str
    measure: str
    amount: float | None
    share: float | None
    detail: str


def speaker_shares(analysis: Analysis, *, speakers: Sequence[str] | None = None) -> list[SpeakerShare]:
    """Shares of speaking time and of words quoted for two speakers (GUIDELINES §5).

    The arithmetic is :func:`kit.comparison.compare_speakers`, so the chart and
    the statement comparer always agree. ``speakers`` names the two (surnames work);
    by default, the two most prominent speakers whose speaking time the article
    reports. Returns four records: each speaker's ``time`` share, then each one's
    ``quoted`` share; an empty list when fewer than two speakers can be compared.

    >>> from kit.analysis import Analysis
    >>> from kit.records import Speaker
    >>> result = Analysis("", None, None, None, (), (), speakers=(
    ...     Speaker("Vladimir Putin", "named_person", quoted_words=21, reported_length_ratio=1.0),
    ...     Speaker("Xi Jinping", "named_person", quoted_words=2, reported_length_ratio=0.25)))
    >>> [(s.speaker, s.measure, s.share) for s in speaker_shares(result)]  # doctest: +NORMALIZE_WHITESPACE
    [('Vladimir Putin', 'time', 80.0), ('Xi Jinping', 'time', 20.0),
     ('Vladimir Putin', 'quoted', 91.3), ('Xi Jinping', 'quoted', 8.7)]
    """
    from ..comparison import compare_speakers, rank_speakers

    if speakers is None:
        timed = {
            s.name
            for s in analysis.speakers
            if s.reported_length_ratio is not None or s.reported_length is not None
        }
        names = [name for name in rank_speakers(analysis) if name in timed][:2]
        if len(names) < 2:
            return []
    else:
        names = list(speakers)
        if len(names) != 2 or len(set(names)) != 2:
            raise ChartError(
                f"Compare exactly two different speakers, e.g. speakers=('Putin', 'Xi'); got {names!r}."
            )
    try:
        pair = compare_speakers(analysis, names[0], names[1])
    except KeyError as error:
        raise ChartError(f"{error.args[0]} Use one of those names.") from None
    if pair.a.name == pair.b.name:
        raise ChartError(
            f"{names[0]!r} and {names[1]!r} are the same speaker: compare two different speakers."
        )
    figures = (pair.a, pair.b)
    time = [
        SpeakerShare(
            f.name,
            "time",
            f.reported_length_ratio,
            _percent(f.time_share),
            f.reported_length or ("not reported" if f.reported_length_ratio is None else ""),
        )
        for f in figures
    ]
    quoted = [
        SpeakerShare(f.name, "quoted", f.quoted_words, _percent(f.quoted_share), words_label(f.quoted_words))
        for f in figures
    ]
    return time + quoted


def ratio_text(first: float | None, second: float | None) -> str:
    """``first : second`` in small whole numbers, as a student would say it.

    >>> ratio_text(80, 20), ratio_text(68, 3), ratio_text(2, 21), ratio_text(3, 2), ratio_text(5, 0)
    ('about 4 : 1', 'about 23 : 1', 'about 1 : 11', 'about 1.5 : 1', 'all to the first')
    """
    if first is None or second is None or first < 0 or second < 0 or first + second == 0:
        return "not known"
    if second == 0:
        return "all to the first"
    if first == 0:
        return "all to the second"
    big, small = max(first, second), min(first, second)
    ratio = big / small
    shown = str(int(ratio + 0.5)) if ratio >= 9.5 else f"{ratio:.1f}".removesuffix(".0")
    return f"about {shown} : 1" if first >= second else f"about 1 : {shown}"


def speaking_time_vs_quotes(
    analysis: Analysis, *, speakers: Sequence[str] | None = None
) -> alt.VConcatChart | alt.Chart:
    """Two speakers' shares of speaking time (as reported) and of words quoted, side by side.

    On the seed, the article reports Xi's statement as about a quarter the length of
    Putin's (time shares 80 % / 20 %, about 4 : 1) but quotes Putin far more (about
    23 : 1): quote selection shapes the impression of each leader.

    >>> from kit.analysis import Analysis
    >>> chart = speaking_time_vs_quotes(Analysis("", None, None, None, (), ()))
    >>> chart.to_dict()["data"]["values"][0]["message"][:20]
    'Nothing to show yet:'
    """
    import altair as alt

    enable_offline()
    title = "Who gets the time, and who gets the quotes?"
    shares = speaker_shares(analysis, speakers=speakers)
    if not shares:
        return nothing_chart(title, "the article does not report how long two speakers spoke.")
    names = [s.speaker for s in shares[:2]]
    panels, said = [], []
    for measure, heading, axis_title in (
        ("time", "Speaking time (as the article reports it)", "Share of the speaking time (%)"),
        ("quoted", "Words the article quotes", "Share of the quoted words (%)"),
    ):
        rows = [s for s in shares if s.measure == measure]
        ratio = ratio_text(rows[0].amount, rows[1].amount)
        said.append(
            f"{heading}: " + ", ".join(f"{s.speaker} {_share_label(s)}" for s in rows) + f" ({ratio})"
        )
        values = [
            {
                "speaker": s.speaker,
                "share": s.share,
                "at": s.share or 0,
                "label": _share_label(s),
                "detail": s.detail,
                "inside": _label_inside(s, PANEL_WIDTH),
                "ink": _INK_ON[n % len(_INK_ON)],
            }
            for n, s in enumerate(rows)
        ]
        base = alt.Chart(alt.Data(values=values)).encode(
            y=alt.Y("speaker:N", sort=names, title=None, axis=axis(None, labelLimit=180)),
        )
        bars = base.mark_bar(size=28).encode(
            x=alt.X("share:Q", scale=alt.Scale(domain=[0, 100]), title=axis_title, axis=axis(axis_title)),
            color=alt.Color("speaker:N", scale=alt.Scale(domain=names, range=SPEAKER_COLOURS), legend=None),
            tooltip=[
                alt.Tooltip("speaker:N", title="Speaker"),
                alt.Tooltip("label:N", title="Share"),
                alt.Tooltip("detail:N", title="What the article says"),
            ],
        )
        text = {"fontSize": FONT + 1, "fontWeight": "bold"}
        after = (
            base.mark_text(align="left", dx=5, **text)
            .encode(x="at:Q", text="label:N", color=alt.value(TEXT_COLOUR))
            .transform_filter("!datum.inside")
        )
        within = (  # a label that would run past the chart's edge: inside its bar's end
            base.mark_text(align="right", dx=-5, **text)
            .encode(x="at:Q", text="label:N", color=alt.Color("ink:N", scale=None))
            .transform_filter("datum.inside")
        )
        panels.append(
            alt.layer(bars, after, within).properties(
                width=PANEL_WIDTH,
                height=2 * 40,
                title=alt.TitleParams(
                    heading,
                    subtitle=_ratio_lines(names[0], names[1], ratio),
                    anchor="start",
                    fontSize=FONT + 1,
                    subtitleFontSize=FONT + 3,
                    subtitleFontWeight="bold",
                    subtitleColor=TEXT_COLOUR,
                ),
            )
        )
    return alt.vconcat(  # one above the other: side by side they do not fit a projector's screen
        *panels,
        spacing=28,
        description=f"{title} " + ". ".join(said) + ".",
        title=chart_title(
            title,
            "Each bar is a speaker's share of the two. Compare the two ratios: "
            "does the article quote each speaker as much as they spoke?",
        ),
    )


#: Characters of a panel's bold ratio line that fit its width (Vega never wraps a title).
_RATIO_CHARACTERS = 50


def _ratio_lines(first: str, second: str, ratio: str) -> list[str]:
    """The ratio under a panel's heading, on as many lines as two long names need.

    >>> _ratio_lines("Putin", "Xi", "about 4 : 1")
    ['Putin : Xi = about 4 : 1']
    >>> _ratio_lines("Margaret Hollingsworth-Beaumont", "Bartholomew Fitzwilliam-Carrington", "about 38 : 1")
    ['Margaret Hollingsworth-Beaumont :', 'Bartholomew Fitzwilliam-Carrington', '= about 38 : 1']
    """
    for lines in ([f"{first} : {second} = {ratio}"], [f"{first} : {second}", f"= {ratio}"]):
        if all(len(line) <= _RATIO_CHARACTERS for line in lines):
            return lines
    return [f"{first} :", second, f"= {ratio}"]


#: The width of one panel of :func:`speaking_time_vs_quotes`.
PANEL_WIDTH = WIDTH - 30
#: The colour of a label written inside a bar, one per speaker colour (white on blue, dark on orange).
_INK_ON = ("#ffffff", TEXT_COLOUR)


def _label_inside(share: SpeakerShare, width: float) -> bool:
    """Whether the label goes inside its bar's end: after it, a long bar's label would run past the chart.

    A bold character of the label is taken as 8 px, wider than most.

    >>> long = SpeakerShare("A", "quoted", 38, 97.4, "38 words")
    >>> _label_inside(long, 330), _label_inside(SpeakerShare("B", "quoted", 1, 2.6, "1 word"), 330)
    (True, False)
    """
    label = 8 * len(_share_label(share)) + 10
    return (share.share or 0) / 100 * width + label > width


def _share_label(share: SpeakerShare) -> str:
    if share.share is None:
        return "not reported" if share.measure == "time" else "no words quoted"
    return f"{share.share:.0f}%" + (f" · {share.detail}" if share.measure == "quoted" else "")


def _percent(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


# --- tone and warmth --------------------------------------------------------------------------


def tone_and_warmth(analysis: Analysis) -> alt.VConcatChart | alt.Chart:
    """Each speaker's tone score (−1 to +1) and counts of warm and intense words, with the words.

    The words behind each score and each count are in the tooltips, and the strongest
    ones are written on the chart too (a printed handout has no tooltips). A score
    comes from a speaker's statements as the article reports them: words inside quote
    marks are the speaker's own, the others are the writer's paraphrase, and the chart
    says which is which.

    >>> from kit.analysis import Analysis
    >>> chart = tone_and_warmth(Analysis("", None, None, None, (), ()))
    >>> chart.to_dict()["data"]["values"][0]["message"][:20]
    'Nothing to show yet:'
    """
    import altair as alt

    enable_offline()
    title = "How warm is each speaker?"
    speakers = [s for s in analysis.speakers if s.tone is not None or s.warmth or s.intensity]
    if not speakers:
        return nothing_chart(title, "no speaker's words were scored for tone.")
    names = [s.name for s in speakers]
    quoted = [(q.content_start, q.content_end) for q in find_quotes(analysis.text, analysis.paragraphs)]

    def own(word: WordScore) -> bool:
        """True for a word inside quote marks (the speaker's own), False for the writer's paraphrase."""
        return any(start <= word.start and word.end <= end for start, end in quoted)

    tone_rows, marker_rows = [], []
    for speaker in speakers:
        tone = speaker.tone
        framing = "; ".join(f"“{f.text}”" for f in speaker.framing) or "—"
        if tone is None:
            tone_rows.append(
                {
                    "speaker": speaker.name,
                    "score": None,
                    "at": 0,
                    "side": "none",
                    "label": "no score",
                    "words": "—",
                    "notes": "—",
                    "framing": framing,
                }
            )
        else:
            strongest = sorted(tone.words, key=lambda w: -abs(w.score))[:2]
            side = "positive" if tone.score > 0.05 else "negative" if tone.score < -0.05 else "neutral"
            shown = f"{tone.score:+.2f} {tone.label}"
            mine = [w.text for w in strongest if own(w)]
            paraphrased = [w.text for w in strongest if not own(w)]
            if strongest:
                shown += " (" + "; ".join(
                    part for part in (", ".join(mine), "paraphrase: " + ", ".join(paraphrased) if paraphrased
                                      else "") if part
                ) + ")"  # fmt: skip
            tone_rows.append(
                {
                    "speaker": speaker.name,
                    "score": tone.score,
                    "at": max(tone.score, 0.0),  # labels sit right of zero, clear of the names
                    "side": side,
                    "label": shorten(shown, 40),
                    "words": ", ".join(
                        f"{w.text} ({w.score:+.2f}{'' if own(w) else ', the writer’s paraphrase'})"
                        for w in tone.words
                    ) or "none",
                    "notes": " ".join(tone.notes) or "—",
                    "framing": framing,
                }
            )
        for kind, markers in (("warmth", speaker.warmth), ("intensity", speaker.intensity)):
            words = ", ".join(f"“{m.text}”" for m in markers)
            marker_rows.append(
                {
                    "speaker": speaker.name,
                    "kind": kind,
                    "count": len(markers),
                    "words": words or "none",
                    "label": shorten(f"{len(markers)} {kind}" + (f": {words}" if words else ""), 30),
                }
            )
    y = alt.Y("speaker:N", sort=names, title=None, axis=axis(None, labelLimit=120))
    tone_base = alt.Chart(alt.Data(values=tone_rows)).encode(y=y)
    tone_tooltip = [
        alt.Tooltip("speaker:N", title="Speaker"),
        alt.Tooltip("label:N", title="Tone"),
        alt.Tooltip("words:N", title="Words behind the score"),
        alt.Tooltip("notes:N", title="Notes"),
        alt.Tooltip("framing:N", title="How the outlet describes it"),
    ]
    tone_bars = tone_base.mark_bar(size=ROW - 6).encode(
        x=alt.X(
            "score:Q",
            scale=alt.Scale(domain=[-1, 1]),
            axis=axis("Tone of their words: −1 negative … +1 positive", values=[-1, -0.5, 0, 0.5, 1]),
        ),
        x2=alt.datum(0),
        color=alt.Color(
            "side:N",
            scale=alt.Scale(
                domain=["positive", "neutral", "negative", "none"], range=[BLUE, GREY, VERMILLION, GREY]
            ),
            legend=None,
        ),
        tooltip=tone_tooltip,
    )
    zero = alt.Chart(alt.Data(values=[{"x": 0}])).mark_rule(color=BLACK).encode(x="x:Q")
    tone_labels = bar_labels(tone_base, "at:Q").encode(tooltip=tone_tooltip)
    tone_panel = alt.layer(tone_bars, zero, tone_labels).properties(
        width=WIDTH // 2,
        height=len(names) * (ROW + 8),
        title=alt.TitleParams("Tone score", anchor="start", fontSize=FONT + 1),
    )
    kinds = ["warmth", "intensity"]
    marker_base = alt.Chart(alt.Data(values=marker_rows)).encode(
        y=y, yOffset=alt.YOffset("kind:N", sort=kinds, scale=alt.Scale(domain=kinds))
    )
    most = max([row["count"] for row in marker_rows] + [1])
    marker_bars = marker_base.mark_bar(stroke=BLACK, strokeWidth=0.8).encode(
        x=alt.X(
            "count:Q",
            scale=alt.Scale(domain=[0, most]),
            axis=axis("Warm and intense words (count)", values=list(range(most + 1)), format="d"),
        ),
        color=alt.Color(
            "kind:N",
            scale=alt.Scale(domain=kinds, range=[ORANGE, PURPLE]),
            legend=alt.Legend(title=None, orient="bottom", labelFontSize=FONT),
        ),
        tooltip=[
            alt.Tooltip("speaker:N", title="Speaker"),
            alt.Tooltip("kind:N", title="Kind"),
            alt.Tooltip("count:Q", title="How many"),
            alt.Tooltip("words:N", title="Words"),
        ],
    )
    marker_labels = bar_labels(marker_base, "count:Q")
    marker_panel = alt.layer(marker_bars, marker_labels).properties(
        width=WIDTH // 2,
        height=len(names) * ROW * 2,
        title=alt.TitleParams(
            "Warmth (“dear friend”) and intensity (“unprecedented”)", anchor="start", fontSize=FONT + 1
        ),
    )
    counts = {(row["speaker"], row["kind"]): row["count"] for row in marker_rows}
    said = "; ".join(
        f"{row['speaker']}: tone {row['label']}, {counts[row['speaker'], 'warmth']} warmth, "
        f"{counts[row['speaker'], 'intensity']} intensity"
        for row in tone_rows
    )
    return alt.vconcat(
        tone_panel,
        marker_panel,
        spacing=24,
        description=f"{title} {said}.",
        title=chart_title(
            title,
            "Scores come from each speaker's statements as the article reports them: their own words in "
            "quote marks, and the writer's paraphrase of what they said (marked “paraphrase”). Hover "
            "over a bar for every word behind a score.",
        ),
    ).resolve_scale(color="independent")
