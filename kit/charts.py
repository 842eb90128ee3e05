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
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ChartError
from .files import atomic_write_bytes
from .records import OUTLET_SPEAKER
from .words import WORD, normalise, same_speaker

if TYPE_CHECKING:
    import altair as alt

    from .analysis import Analysis

__all__ = [
    "SpeakerShare",
    "enable_offline",
    "hedges_by_paragraph",
    "ratio_text",
    "save",
    "source_mix",
    "speaker_shares",
    "speaking_time_vs_quotes",
    "tags_vs_key",
    "tone_and_warmth",
]

#: Okabe & Ito (2008), "Color Universal Design" (the same palette as the widgets).
ORANGE, SKY_BLUE, GREEN, BLUE = "#E69F00", "#56B4E9", "#009E73", "#0072B2"
VERMILLION, PURPLE, GREY, BLACK = "#D55E00", "#CC79A7", "#999999", "#000000"
#: Colours for speakers, in order; yellow is left out (too faint on white).
SPEAKER_COLOURS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, BLACK)

#: What students read for each ``source_type`` (GUIDELINES §2), and its colour.
SOURCE_TYPE_LABELS = {
    "named_person": ("named person", BLUE),
    "spokesperson": ("spokesperson", SKY_BLUE),
    "organization": ("organisation", GREEN),
    "document": ("document or figures", PURPLE),
    "anonymous": ("anonymous source", ORANGE),
    "vague": ("vague source", VERMILLION),
}
OUTLET_TYPE = (OUTLET_SPEAKER, GREY)

#: Attribution kinds as students read them (the tagger's kinds pass through unchanged).
KIND_LABELS = {
    "direct": "direct quote",
    "partial": "partial quote",
    "indirect": "paraphrase",
    "according_to": "according to",
}

#: vega-embed's "…" menu: keep "save as PNG/SVG", drop the links that need the internet.
EMBED_OPTIONS = {"actions": {"export": True, "source": False, "compiled": False, "editor": False}}

WIDTH = 360
ROW = 24  # pixels per bar or table row
FONT = 12
TEXT_COLOUR = "#222222"

_offline = False


# --- offline rendering -------------------------------------------------------------


def enable_offline() -> None:
    """Show charts in Jupyter without the internet (idempotent; cheap after the first call).

    Charts display through Altair's ``JupyterChart`` widget (anywidget) in offline
    mode: the Vega, Vega-Lite and vega-embed JavaScript comes from vl-convert, not a
    CDN. (JupyterLab 4's built-in renderer cannot show Vega-Lite 6, Altair's default
    HTML loads scripts from cdn.jsdelivr.net, and the self-contained ``inline`` HTML
    template draws only the first chart of a notebook page.) The JavaScript is bundled
    once per kernel, when the first chart is displayed. Every chart function calls this,
    so a cell ``kit.charts.source_mix(result)`` just works; call
    ``alt.renderers.enable(...)`` afterwards to choose another renderer.

    >>> enable_offline()
    >>> import altair as alt
    >>> alt.renderers.active, alt.renderers.options["offline"]
    ('jupyter', True)
    """
    global _offline
    if _offline:
        return
    import altair as alt

    alt.renderers.enable("jupyter", offline=True, embed_options=EMBED_OPTIONS)
    _offline = True


# --- saving ---------------------------------------------------------------------------


def save(chart: alt.TopLevelMixin, path: str | Path, *, scale: float = 2.0) -> Path:
    """Write ``chart`` as a PNG or SVG file (by the suffix of ``path``) for a handout.

    Drawn by vl-convert, offline, without a browser; written atomically (a half-written
    file never replaces a good one). ``scale`` multiplies the PNG's pixel size (2 prints
    sharply). Returns the path.

    >>> import tempfile, pathlib
    >>> from kit.analysis import Analysis
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> chart = source_mix(Analysis("", None, None, None, (), ()))
    >>> save(chart, folder / "sources.svg").read_text()[:4]
    '<svg'
    >>> save(chart, folder / "sources.png").read_bytes()[:4]
    b'\\x89PNG'
    """
    import vl_convert as vlc

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".png", ".svg"}:
        raise ChartError(
            f"Charts can be saved as .png or .svg, not {path.name!r}: "
            "end the file name with .png (for printing) or .svg (for editing)."
        )
    spec = chart.to_dict()
    version = _vl_version()
    if suffix == ".png":
        data = vlc.vegalite_to_png(spec, vl_version=version, scale=scale, allowed_base_urls=[])
    else:
        data = vlc.vegalite_to_svg(spec, vl_version=version, allowed_base_urls=[]).encode("utf-8")
    return atomic_write_bytes(path, data)


def _vl_version() -> str | None:
    """The Vega-Lite version Altair writes, as vl-convert names it (None: its newest)."""
    import altair as alt
    import vl_convert as vlc

    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return version if version in vlc.get_vegalite_versions() else None


# --- (1) speaking time vs. words quoted ----------------------------------------------------


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
    from .comparison import compare_speakers, rank_speakers

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
        SpeakerShare(f.name, "quoted", f.quoted_words, _percent(f.quoted_share), _words(f.quoted_words))
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
) -> alt.HConcatChart | alt.Chart:
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
        return _nothing(title, "the article does not report how long two speakers spoke.")
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
            }
            for s in rows
        ]
        base = alt.Chart(alt.Data(values=values)).encode(
            y=alt.Y("speaker:N", sort=names, title=None, axis=_axis(None, labelLimit=180)),
        )
        bars = base.mark_bar(size=28).encode(
            x=alt.X("share:Q", scale=alt.Scale(domain=[0, 100]), title=axis_title, axis=_axis(axis_title)),
            color=alt.Color("speaker:N", scale=alt.Scale(domain=names, range=SPEAKER_COLOURS), legend=None),
            tooltip=[
                alt.Tooltip("speaker:N", title="Speaker"),
                alt.Tooltip("label:N", title="Share"),
                alt.Tooltip("detail:N", title="What the article says"),
            ],
        )
        labels = base.mark_text(align="left", dx=5, fontSize=FONT + 1, fontWeight="bold").encode(
            x="at:Q", text="label:N", color=alt.value(TEXT_COLOUR)
        )
        panels.append(
            alt.layer(bars, labels).properties(
                width=WIDTH * 2 // 3,
                height=2 * 48,
                title=alt.TitleParams(
                    heading,
                    subtitle=f"{names[0]} : {names[1]} = {ratio}",
                    anchor="start",
                    fontSize=FONT + 1,
                    subtitleFontSize=FONT + 3,
                    subtitleFontWeight="bold",
                    subtitleColor=TEXT_COLOUR,
                ),
            )
        )
    return alt.hconcat(
        *panels,
        spacing=110,
        description=f"{title} " + ". ".join(said) + ".",
        title=_title(
            title,
            "Each bar is a speaker's share of the two. Compare the two ratios: "
            "does the article quote each speaker as much as they spoke?",
        ),
    )


# --- (2) hedges along the article --------------------------------------------------------------

_WHERE = (
    ("outlet", "In the outlet's own voice", ORANGE, [1, 0]),
    ("quoted", "Inside a quote", SKY_BLUE, [5, 3]),
)


def hedges_by_paragraph(analysis: Analysis) -> alt.LayerChart | alt.Chart:
    """Hedges in each paragraph (1 = the top), stacked by who hedges: the outlet or a quoted speaker.

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
        return _nothing(title, "no hedges were found in this article.")
    paragraphs = max(len(analysis.paragraphs), max(h.paragraph for h in analysis.hedges) + 1)
    found: dict[tuple[int, str], list[str]] = {}
    for hedge in analysis.hedges:
        found.setdefault((hedge.paragraph, "quoted" if hedge.in_quote else "outlet"), []).append(hedge.text)
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
            axis=_axis("Paragraph (1 = top of the article)", labelAngle=0),
        )
    )
    bars = base.mark_bar(stroke=BLACK, strokeWidth=1.2).encode(
        x=alt.X(
            "start:Q",
            title="Number of hedges",
            scale=alt.Scale(domain=[0, most]),
            axis=_axis("Number of hedges", values=list(range(most + 1)), format="d"),
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
        title=_title(
            title,
            [
                "Hedges soften a claim: “may”, “appeared”, “so far”, “around”.",
                "Orange (solid outline): the outlet hedges; blue (dashed): a quoted speaker hedges.",
            ],
        ),
    )


# --- (3) source mix ------------------------------------------------------------------------------


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
        return _nothing(title, "no sources were found: every word is in the outlet's own voice.")
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
        y=alt.Y("who:N", sort=[row["who"] for row in values], title=None, axis=_axis(None, labelLimit=220))
    )
    bars = base.mark_bar(size=ROW - 6).encode(
        x=alt.X("words:Q", title="Words", axis=_axis("Words credited (content of what they said)")),
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
    labels = base.mark_text(align="left", dx=4, fontSize=FONT - 1, color=TEXT_COLOUR).encode(
        x="words:Q", text="label:N"
    )
    said = "; ".join(f"{row['who']}: {row['label']}" for row in values)
    return alt.layer(bars, labels).properties(
        width=WIDTH,
        height=max(3, len(values)) * ROW,
        description=f"{title} {said}.",
        title=_title(
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
        "label": f"{_words(words)} · {percent} · {kind}",
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


# --- (4) tone and warmth ------------------------------------------------------------------------------


def tone_and_warmth(analysis: Analysis) -> alt.VConcatChart | alt.Chart:
    """Each speaker's tone score (−1 to +1) and counts of warm and intense words, with the words.

    The words behind each score and each count are in the tooltips, and the strongest
    ones are written on the chart too (a printed handout has no tooltips).

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
        return _nothing(title, "no speaker's words were scored for tone.")
    names = [s.name for s in speakers]
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
            strongest = sorted(tone.words, key=lambda w: -abs(w.score))[:3]
            side = "positive" if tone.score > 0.05 else "negative" if tone.score < -0.05 else "neutral"
            shown = f"{tone.score:+.2f} {tone.label}"
            if strongest:
                shown += " (" + ", ".join(w.text for w in strongest) + ")"
            tone_rows.append(
                {
                    "speaker": speaker.name,
                    "score": tone.score,
                    "at": max(tone.score, 0.0),  # labels sit right of zero, clear of the names
                    "side": side,
                    "label": _shorten(shown, 40),
                    "words": ", ".join(f"{w.text} ({w.score:+.2f})" for w in tone.words) or "none",
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
                    "label": _shorten(f"{len(markers)} {kind}" + (f": {words}" if words else ""), 34),
                }
            )
    y = alt.Y("speaker:N", sort=names, title=None, axis=_axis(None, labelLimit=180))
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
            axis=_axis("Tone of their words: −1 negative … +1 positive", values=[-1, -0.5, 0, 0.5, 1]),
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
    tone_labels = tone_base.mark_text(align="left", dx=4, fontSize=FONT - 1, color=TEXT_COLOUR).encode(
        x="at:Q", text="label:N", tooltip=tone_tooltip
    )
    tone_panel = alt.layer(tone_bars, zero, tone_labels).properties(
        width=WIDTH * 2 // 3,
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
            axis=_axis("Warm and intense words (count)", values=list(range(most + 1)), format="d"),
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
    marker_labels = marker_base.mark_text(align="left", dx=4, fontSize=FONT - 1, color=TEXT_COLOUR).encode(
        x="count:Q", text="label:N"
    )
    marker_panel = alt.layer(marker_bars, marker_labels).properties(
        width=WIDTH * 2 // 3,
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
        title=_title(
            title,
            "Scores come from the speakers' own words; hover over a bar to see the words behind it.",
        ),
    ).resolve_scale(color="independent")


# --- (5) a student's tags vs. the key -------------------------------------------------------------------


def tags_vs_key(
    tags: Mapping[str | int, Mapping[str, Any]],
    key: Mapping[str | int, Mapping[str, Any]],
    *,
    analysis: Analysis,
) -> alt.HConcatChart | alt.Chart:
    """A student's source tags next to the answer key, sentence by sentence, with ✓ / ~ / ✗.

    ``tags`` and ``key`` map a sentence index (0-based, as ``str`` or ``int``) to
    ``{"speaker": ..., "kind": ...}`` (the answers format). Sentences are numbered
    from 1 on the chart. A tag agrees when speaker and kind both match: names
    match as the grader matches them (:func:`kit.words.same_speaker`: case
    ignored, "Putin" or "Mr Putin" is "Vladimir Putin"); ``~`` means one of the
    two matches.

    >>> from kit.analysis import Analysis
    >>> chart = tags_vs_key({}, {}, analysis=Analysis("", None, None, None, (), ()))
    >>> chart.to_dict()["data"]["values"][0]["message"][:20]
    'Nothing to show yet:'
    """
    import altair as alt

    enable_offline()
    title = "Your tags and the answer key"
    mine = _read_tags(tags, analysis, whose="Your tags")
    theirs = _read_tags(key, analysis, whose="The answer key")
    if not mine and not theirs:
        return _nothing(title, "no sentence has been tagged yet.")
    rows = []
    for index in sorted(set(mine) | set(theirs)):
        status, colour = _agreement(mine.get(index), theirs.get(index))
        rows.append(
            {
                "row": index + 1,
                "sentence": f"{index + 1}. {_shorten(analysis.sentence_text(index), 46)}",
                "tag": _tag_text(mine.get(index)),
                "key": _tag_text(theirs.get(index)),
                "status": status,
                "colour": colour,
            }
        )
    agree = sum(row["status"].startswith("✓") for row in rows)
    order = [row["row"] for row in rows]
    data = alt.Data(values=rows)

    def column(field: str, heading: str, width: int, *, coloured: bool = False) -> alt.LayerChart:
        y = alt.Y("row:O", sort=order, axis=None)
        text = (
            alt.Chart(data)
            .mark_text(
                align="left", baseline="middle", fontSize=FONT, fontWeight="bold" if coloured else "normal"
            )
            .encode(
                y=y,
                x=alt.value(4),
                text=f"{field}:N",
                color=alt.Color("colour:N", scale=None) if coloured else alt.value(TEXT_COLOUR),
                tooltip=[
                    alt.Tooltip("sentence:N", title="Sentence"),
                    alt.Tooltip("tag:N", title="Your tag"),
                    alt.Tooltip("key:N", title="Answer key"),
                    alt.Tooltip("status:N", title="Result"),
                ],
            )
        )
        stripes = (
            alt.Chart(data).mark_rect(color="#F2F2F2").encode(y=y).transform_filter("datum.row % 2 == 0")
        )  # zebra rows guide the eye along a line
        return alt.layer(stripes, text).properties(
            width=width,
            height=len(rows) * ROW,
            view=alt.ViewConfig(stroke=None),
            title=alt.TitleParams(heading, anchor="start", fontSize=FONT + 1),
        )

    return alt.hconcat(
        column("sentence", "Sentence", 320),
        column("tag", "Your tag", 190),
        column("key", "Answer key", 190),
        column("status", "Result", 230, coloured=True),
        spacing=0,
        description=f"{title}: you agree with the key on {agree} of {len(rows)} sentences. "
        + "; ".join(f"sentence {row['row']}: {row['status']}" for row in rows),
        title=_title(
            title,
            f"You agree with the key on {agree} of {len(rows)} sentences "
            "(✓ same speaker and kind, ~ one of the two, ✗ different or missing).",
        ),
    )


def _read_tags(
    tags: Mapping[str | int, Mapping[str, Any]], analysis: Analysis, *, whose: str
) -> dict[int, tuple[str, str]]:
    """{sentence index: (speaker, kind)}, checked against the article's sentences."""
    if not isinstance(tags, Mapping):
        raise ChartError(f"{whose} must be a dictionary of sentence number → tag, not {type(tags).__name__}.")
    read: dict[int, tuple[str, str]] = {}
    for raw, tag in tags.items():
        try:
            index = int(raw)
        except (TypeError, ValueError):
            raise ChartError(f"{whose}: {raw!r} is not a sentence number (use 0, 1, 2 …).") from None
        if not 0 <= index < len(analysis.sentences):
            raise ChartError(
                f"{whose} name sentence {index} but this article has {len(analysis.sentences)} sentences "
                "(counted from 0): were they made for another article?"
            )
        if not isinstance(tag, Mapping):
            raise ChartError(f"{whose}: the tag of sentence {index} should be {{'speaker': …, 'kind': …}}.")
        read[index] = (str(tag.get("speaker") or "").strip(), str(tag.get("kind") or "").strip())
    return read


def _tag_text(tag: tuple[str, str] | None) -> str:
    if tag is None:
        return "—"
    speaker, kind = tag
    kind = KIND_LABELS.get(kind, kind.replace("_", " "))
    return _shorten(" · ".join(part for part in (speaker, kind) if part) or "(empty)", 30)


def _agreement(mine: tuple[str, str] | None, key: tuple[str, str] | None) -> tuple[str, str]:
    if mine is None:
        return "✗ not tagged yet", VERMILLION
    if key is None:
        return "✗ the key has no source here", VERMILLION
    same_source = same_speaker(mine[0], key[0])
    same_kind = _kind(mine[1]) == _kind(key[1])
    if same_source and same_kind:
        return "✓ same", GREEN
    if same_source:
        return "~ right speaker, other kind", ORANGE
    if same_kind:
        return "~ right kind, other speaker", ORANGE
    return "✗ different", VERMILLION


def _kind(kind: str) -> str:
    """A kind as compared: "according_to" and "According to" are the same."""
    return normalise(kind.replace("_", " "))


# --- shared pieces ------------------------------------------------------------------------------------


def _nothing(title: str, reason: str) -> alt.Chart:
    """A chart that says, in words, why there is nothing to draw."""
    import altair as alt

    message = f"Nothing to show yet: {reason}"
    return (
        alt.Chart(alt.Data(values=[{"message": message}]))
        .mark_text(fontSize=FONT + 2, color="#444444", align="left", x=0, y=20)
        .encode(text="message:N")
        .properties(width=WIDTH, height=40, view=alt.ViewConfig(stroke=None), title=_title(title, None))
    )


def _title(text: str, subtitle: str | Sequence[str] | None) -> alt.TitleParams:
    import altair as alt

    options: dict[str, Any] = {"anchor": "start", "fontSize": FONT + 5, "offset": 12}
    if subtitle:
        options |= {"subtitle": subtitle, "subtitleFontSize": FONT, "subtitleColor": "#333333"}
    return alt.TitleParams(text, **options)


def _axis(title: str | None, **options: Any) -> alt.Axis:
    import altair as alt

    return alt.Axis(title=title, labelFontSize=FONT, titleFontSize=FONT, **options)


def _share_label(share: SpeakerShare) -> str:
    if share.share is None:
        return "not reported" if share.measure == "time" else "no words quoted"
    return f"{share.share:.0f}%" + (f" · {share.detail}" if share.measure == "quoted" else "")


def _percent(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


def _words(count: float | None) -> str:
    if count is None:
        return "not known"
    return f"{count:g} word" + ("" if count == 1 else "s")


def _shorten(text: str, width: int) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")
