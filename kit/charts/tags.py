"""A student's source tags next to the answer key, sentence by sentence, with the grade's verdict."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import ChartError
from ..words import normalise, same_speaker
from .look import FONT, GREEN, ORANGE, ROW, TEXT_COLOUR, VERMILLION, chart_title, nothing_chart, shorten
from .output import enable_offline

if TYPE_CHECKING:
    import altair as alt

    from ..analysis import Analysis

__all__ = ["KIND_LABELS", "tags_vs_key"]

#: Attribution kinds as students read them (the tagger's kinds pass through unchanged).
KIND_LABELS = {
    "direct": "direct quote",
    "partial": "partial quote",
    "indirect": "paraphrase",
    "according_to": "according to",
}


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
        return nothing_chart(title, "no sentence has been tagged yet.")
    rows = []
    for index in sorted(set(mine) | set(theirs)):
        status, colour = _agreement(mine.get(index), theirs.get(index))
        rows.append(
            {
                "row": index + 1,
                "sentence": f"{index + 1}. {shorten(analysis.sentence_text(index), 46)}",
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
        title=chart_title(
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
    return shorten(" · ".join(part for part in (speaker, kind) if part) or "(empty)", 30)


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
