"""Comparing two speakers: words quoted vs. speaking time, statements, tone, warmth, framing.

Plain arithmetic over the :class:`~kit.records.Speaker` records of an analysis
(no ipywidgets, no Altair here), shared by :class:`~kit.widgets.StatementComparer`
and :mod:`kit.charts`, so a chart and the comparer always show the same figures.
GUIDELINES §5: the article may quote one leader at length and another in three
words while reporting both speaking for a while; showing both shares side by side
lets students ask how quote selection shapes the impression.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .records import find_speaker

if TYPE_CHECKING:
    from .analysis import Analysis
    from .records import Speaker

__all__ = ["SpeakerComparison", "SpeakerFigures", "compare_speakers", "rank_speakers", "shares"]


@dataclass(frozen=True)
class SpeakerFigures:
    """What the article gives one speaker, as plain values."""

    name: str
    source_type: str
    quoted_words: int
    statements: int
    reported_length: str | None
    reported_length_ratio: float | None
    tone_score: float | None
    tone_label: str | None
    tone_words: tuple[str, ...]
    warmth: tuple[str, ...]
    intensity: tuple[str, ...]
    framing: tuple[str, ...]
    quoted_share: float | None = None
    """This speaker's share of the words quoted from the two, 0–1 (None when neither is quoted)."""
    time_share: float | None = None
    """This speaker's share of the reported speaking time of the two, 0–1 (None when not reported)."""


@dataclass(frozen=True)
class SpeakerComparison:
    """Two speakers side by side.

    ``gap`` is how much more of the quoted words than of the speaking time the
    first speaker gets (in percentage points; None when either share is unknown).
    """

    a: SpeakerFigures
    b: SpeakerFigures

    @property
    def gap(self) -> float | None:
        if self.a.quoted_share is None or self.a.time_share is None:
            return None
        return round(100 * (self.a.quoted_share - self.a.time_share), 1)


def shares(x: float | None, y: float | None) -> tuple[float | None, float | None]:
    """Each value's share of the pair, or ``(None, None)`` when unknown or both zero.

    >>> shares(1.0, 0.25)
    (0.8, 0.2)
    >>> shares(21, 2)[0] > 0.9, shares(None, 2), shares(0, 0)
    (True, (None, None), (None, None))
    """
    if x is None or y is None or x < 0 or y < 0 or x + y == 0:
        return None, None
    return x / (x + y), y / (x + y)


def _figures(speaker: Speaker) -> SpeakerFigures:
    tone = speaker.tone
    statements = len(speaker.statements) or len(speaker.attributions)
    return SpeakerFigures(
        name=speaker.name,
        source_type=speaker.source_type,
        quoted_words=speaker.quoted_words,
        statements=statements,
        reported_length=speaker.reported_length,
        reported_length_ratio=speaker.reported_length_ratio,
        tone_score=tone.score if tone is not None else None,
        tone_label=tone.label if tone is not None else None,
        tone_words=tuple(f"{w.text} ({w.score:+.2f})" for w in tone.words) if tone is not None else (),
        warmth=tuple(m.text for m in speaker.warmth),
        intensity=tuple(m.text for m in speaker.intensity),
        framing=tuple(f.text for f in speaker.framing),
    )


def compare_speakers(analysis: Analysis, a: str | Speaker, b: str | Speaker) -> SpeakerComparison:
    """Figures for speakers ``a`` and ``b`` (names as in ``analysis.speakers``; surnames work).

    Shares are of the pair: on the seed, Putin's reported length ratio 1.0 vs.
    Xi's 0.25 gives speaking-time shares of 80 % / 20 %, while 21 vs. 2 quoted
    words gives about 91 % / 9 %.

    >>> from kit.records import Speaker
    >>> from types import SimpleNamespace
    >>> seed = SimpleNamespace(speakers=(
    ...     Speaker("Vladimir Putin", "named_person", quoted_words=21, reported_length_ratio=1.0),
    ...     Speaker("Xi Jinping", "named_person", quoted_words=2, reported_length_ratio=0.25)))
    >>> c = compare_speakers(seed, "Putin", "Xi")
    >>> round(c.a.time_share, 2), round(c.a.quoted_share, 2), c.gap
    (0.8, 0.91, 11.3)
    """
    first = a if not isinstance(a, str) else find_speaker(analysis.speakers, a)
    second = b if not isinstance(b, str) else find_speaker(analysis.speakers, b)
    fa, fb = _figures(first), _figures(second)
    qa, qb = shares(fa.quoted_words, fb.quoted_words)
    ta, tb = shares(fa.reported_length_ratio, fb.reported_length_ratio)
    return SpeakerComparison(
        replace(fa, quoted_share=qa, time_share=ta),
        replace(fb, quoted_share=qb, time_share=tb),
    )


def rank_speakers(analysis: Analysis) -> list[str]:
    """Speaker names, most prominent first (words quoted, then statements, then mentions).

    >>> from kit.records import Speaker
    >>> from types import SimpleNamespace
    >>> rank_speakers(SimpleNamespace(speakers=(Speaker("Peskov", "spokesperson", attributions=(3,)),
    ...                                          Speaker("Putin", "named_person", quoted_words=21))))
    ['Putin', 'Peskov']
    """
    order = sorted(
        enumerate(analysis.speakers),
        key=lambda item: (
            -item[1].quoted_words,
            -(len(item[1].statements) or len(item[1].attributions)),
            -len(item[1].mentions),
            item[0],
        ),
    )
    return [speaker.name for _, speaker in order]
