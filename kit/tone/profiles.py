"""Speaker profiles: each speaker's statements, tone, warmth, intensity, framing and reported length.

Built from the speaker table and attributions of :func:`~kit.sources.find_sources`:
the statements' words are scored (:mod:`kit.tone.sentiment`) and searched for
markers (:mod:`kit.tone.markers`); the outlet's framing (:mod:`kit.tone.framing`)
is kept apart and never counts towards a speaker's tone. A length the outlet
reports in its own voice ("Putin's statement, which lasted around eight
minutes") is found here when the attribution engine gave none
(:func:`kit.lengths.find_lengths` finds the words; the parse says whose
statement they measure).
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING

from ..lengths import ReportedLength, find_lengths, length_ratios, match_name, parse_length
from ..records import Attribution, Speaker, Statement, WordScore
from ..words import count_words
from .delivery import delivery_words
from .framing import framings, speaker_mentions
from .markers import find_markers, intensity_markers, token_features, warmth_markers
from .sentiment import address_tokens, tone_of, word_scores
from .spans import Intervals, span_tokens, speakers_words

if TYPE_CHECKING:
    from ..pipeline import ParsedArticle
    from ..sources import SourceFindings
    from ..sources.mentions import SpeakerMentions

__all__ = ["profile_speakers"]


def _quoted_words(parsed: ParsedArticle, start: int, end: int) -> int:
    """The words inside quotation marks between ``start`` and ``end`` (quotations come in text
    order and never overlap: only those around ``[start, end)`` are read)."""
    text, quotes = parsed.text, parsed.quotes
    total = 0
    i = bisect.bisect_left(parsed.quote_content_starts, end) - 1
    while i >= 0 and quotes[i].content_end > start:
        a, b = max(start, quotes[i].content_start), min(end, quotes[i].content_end)
        if b > a:
            total += count_words(text[a:b])
        i -= 1
    return total


def _lengths_in_outlet_voice(
    parsed: ParsedArticle, people: SpeakerMentions, hidden: Intervals
) -> dict[int, ReportedLength]:
    """Lengths the outlet reports for each speaker's statement ("Putin's statement, which lasted …")."""
    delivery = delivery_words()
    statement_nouns, speech_verbs = delivery.statement_nouns, delivery.speech_verbs
    doc = parsed.doc
    found: dict[int, ReportedLength] = {}
    for mention in find_lengths(parsed.text):
        if hidden.overlaps(mention.start, mention.end):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # the fraction of a relative length ("a quarter the length of …"), the unit of an absolute one
        anchor = next((t for t in span if t.idx <= mention.anchor < t.idx + len(t.text)), span[-1])
        who = people.owner(anchor, statement_nouns, speech_verbs)
        if who is None or who in found:
            continue
        length = mention.length
        if length.relative_to and match_name(length.relative_to, [people.speakers[who].name]):
            continue
        found[who] = length
    return found


def _statement(
    parsed: ParsedArticle, index: int, attribution: Attribution, framed: Intervals
) -> tuple[Statement, list[WordScore], list[str], bool]:
    """The statement of one attribution, with the words behind its tone, the notes, and any reserve."""
    text = parsed.text
    start, end = max(0, attribution.content_start), min(len(text), attribution.content_end)
    tokens = span_tokens(parsed.doc, start, end)
    feats = token_features(tokens)
    warmth = find_markers(tokens, warmth_markers(), feats)
    intensity = find_markers(tokens, intensity_markers(), feats)
    skipped: frozenset[int] = frozenset()
    if framed.overlaps(start, end):  # the outlet's framing words are not the speaker's tone
        skipped = frozenset(t.i for t in tokens if framed.overlaps(t.idx, t.idx + len(t.text)))
    address = address_tokens(tokens, warmth) if warmth else frozenset()
    words, notes, reserved = word_scores(tokens, address=address, skip=skipped, feats=feats)
    statement = Statement(
        attribution=index,
        start=start,
        end=end,
        words=count_words(text[start:end]),
        quoted_words=_quoted_words(parsed, start, end),
        tone=tone_of(words, notes, reserved),
        warmth=warmth,
        intensity=intensity,
    )
    return statement, words, notes, reserved


def profile_speakers(parsed: ParsedArticle, sources: SourceFindings) -> tuple[Speaker, ...]:
    """The speakers of ``sources``, each with statements, tone, warmth, intensity and framing.

    Returns new :class:`~kit.records.Speaker` records (the inputs are not changed):

    * ``statements``: one :class:`~kit.records.Statement` per attribution of the
      speaker: the content span, its words, the words inside quote marks, and
      its tone, warmth and intensity markers;
    * ``tone``: the statements' words taken together; the outlet's framing
      words are never part of it. Labels: ``positive`` / ``negative`` (score
      ≥ 0.05 / ≤ -0.05), ``mixed`` (positive and negative words each add up to
      at least 1.0, the weaker side at least half the stronger), ``reserved``
      (a word of reserve such as "cool on X" or "guarded" and |score| < 0.5),
      ``neutral`` (no sentiment words, or they cancel out);
    * ``warmth`` / ``intensity``: the markers of all statements;
    * ``reported_length``: kept when the attribution engine set it to words
      that state a length, otherwise found in the outlet's voice ("Putin's
      statement, which lasted around eight minutes");
      ``reported_length_ratio``: see :func:`~kit.lengths.length_ratios`;
    * ``framing``: see :func:`~kit.tone.find_framing`;
    * ``quoted_words``: kept when set, otherwise the statements' quoted words.

    >>> from kit.article import load_article
    >>> from kit.pipeline import parse
    >>> from kit.sources import SourceFindings
    >>> profile_speakers(parse(load_article("Rain\\n\\nIt rained.")), SourceFindings())
    ()
    """
    speakers = tuple(sources.speakers)
    if not speakers:
        return ()
    attributions = tuple(sources.attributions)
    hidden = speakers_words(parsed, attributions)
    people = speaker_mentions(parsed, speakers, attributions)
    framed_by = framings(parsed, people, hidden)
    framed = Intervals((f.start, f.end) for fs in framed_by.values() for f in fs)
    found_lengths = _lengths_in_outlet_voice(parsed, people, hidden)
    lengths: dict[str, ReportedLength | None] = {}
    for who, speaker in enumerate(speakers):
        given = parse_length(speaker.reported_length) if speaker.reported_length else None
        lengths.setdefault(speaker.name, given or found_lengths.get(who))
    ratios = length_ratios(lengths)

    out = []
    for who, speaker in enumerate(speakers):
        statements = []
        all_words: list[WordScore] = []
        all_notes: list[str] = []
        any_reserved = False
        for index in speaker.attributions:
            if not 0 <= index < len(attributions):
                continue
            statement, words, notes, reserved = _statement(parsed, index, attributions[index], framed)
            statements.append(statement)
            all_words += words
            all_notes += [n for n in notes if n not in all_notes]
            any_reserved = any_reserved or reserved
        reported = speaker.reported_length
        given = parse_length(reported) if reported else None
        if given is None and who in found_lengths:  # none given, or words that state no length
            reported = found_lengths[who].text
        out.append(
            dataclasses.replace(
                speaker,
                statements=tuple(statements),
                quoted_words=speaker.quoted_words or sum(s.quoted_words for s in statements),
                reported_length=reported,
                reported_length_ratio=ratios.get(speaker.name),
                tone=tone_of(all_words, all_notes, any_reserved) if statements else None,
                warmth=tuple(m for s in statements for m in s.warmth),
                intensity=tuple(m for s in statements for m in s.intensity),
                framing=tuple(sorted(framed_by.get(who, ()), key=lambda f: f.start)),
            )
        )
    return tuple(out)
