"""Framing: the outlet's own characterisation of a speaker's delivery ("effusive", "far shorter statement").

A delivery word (:mod:`kit.tone.delivery`) in the outlet's voice counts for a
speaker when it describes the speaker ("a defiant Putin"), the speaker's
statement ("Putin's effusive remarks", "a far shorter statement from Xi",
"his statement was far more restrained in tone"), or the way the speaker spoke
("Xi appeared cool", "she said curtly"). Whose speaker or statement it is comes
from :class:`kit.sources.mentions.SpeakerMentions`, given tone's word lists
(:func:`speaker_mentions`). The framing phrase runs from the word's adverbs
("far more") to a perception verb before it ("appeared") and a manner noun
after it ("in tone"), or, for an adjective, to the noun it describes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Attribution, Framing, Speaker
from ..sources.mentions import SpeakerMentions
from .delivery import delivery_words
from .grammar import PREDICATIVE_DEPS, pos_fits
from .markers import titles
from .spans import Intervals, speakers_words, word_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..pipeline import ParsedArticle
    from ..sources import SourceFindings

__all__ = ["find_framing", "framings", "speaker_mentions"]

#: Nouns of manner that end a framing phrase ("restrained in tone").
MANNER_NOUNS = frozenset({"tone", "manner", "delivery", "style", "language", "voice", "substance"})


def speaker_mentions(
    parsed: ParsedArticle, speakers: Sequence[Speaker], attributions: Sequence[Attribution]
) -> SpeakerMentions:
    """Which tokens mention which speaker (kit.sources.mentions), with tone's word lists."""
    delivery = delivery_words()
    return SpeakerMentions(
        parsed,
        speakers,
        attributions,
        titles=titles(),
        delivering_verbs=delivery.delivering_verbs,
        duration_verbs=delivery.duration_verbs,
    )


def _framing_span(token: Token, perception_verbs: frozenset[str], attributive: bool) -> tuple[int, int]:
    left, right = token, token
    for child in token.children:
        if child.dep_ in ("advmod", "npadvmod") and child.i < token.i:
            edge = child.left_edge
            if edge.i < left.i:
                left = edge
    if not attributive:
        head = token.head
        if head.lemma_.lower() in perception_verbs and head.i < left.i:
            left = head
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in MANNER_NOUNS:
                        right = obj
    elif token.head.i == token.i + 1:
        right = token.head
    return left.idx, right.idx + len(right.text)


def _speaker_of(token: Token, people: SpeakerMentions) -> tuple[int | None, bool]:
    """The speaker a delivery word is about (None if none), and whether it stands before a noun."""
    delivery = delivery_words()
    statement_nouns = delivery.statement_nouns
    attributive = token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN", "PRON")
    if attributive:
        head = token.head
        who = people.resolve(head)
        if who is None and delivery.is_statement(head):
            who = people.owner_of_statement(head, statement_nouns)
        return who, True
    if token.dep_ in PREDICATIVE_DEPS or (token.pos_ in ("ADJ",) and token.dep_ == "ROOT"):
        verb = token.head if token.dep_ != "ROOT" else token
        subject = people.subject_of(verb)
        if subject is None:
            return None, False
        if delivery.is_statement(subject):
            return people.owner_of_statement(subject, statement_nouns), False
        return people.resolve(subject), False
    if token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.lemma_.lower() in delivery.speech_verbs:
        return people.resolve(people.subject_of(token.head)), False
    return None, False


def framings(parsed: ParsedArticle, people: SpeakerMentions, hidden: Intervals) -> dict[int, list[Framing]]:
    """The framings in the outlet's voice (outside ``hidden``), by the speaker's index in ``people``."""
    delivery = delivery_words()
    text = parsed.text
    out: dict[int, list[Framing]] = {}
    for token, entry in word_tokens(parsed.doc, text, delivery.words):
        if entry[0] is not None and not pos_fits(token, token.pos_, entry[0]):
            continue
        if hidden.overlaps(token.idx, token.idx + len(token.text)):
            continue
        who, attributive = _speaker_of(token, people)
        if who is None:
            continue
        start, end = _framing_span(token, delivery.perception_verbs, attributive)
        out.setdefault(who, []).append(Framing(text[start:end], start, end, parsed.sentence_at(start)))
    return out


def find_framing(parsed: ParsedArticle, sources: SourceFindings) -> dict[str, tuple[Framing, ...]]:
    """The outlet's characterisations of each speaker's delivery, by speaker name.

    A delivery word (``kit/data/tone_delivery.tsv``) in the outlet's voice
    counts for a speaker when it describes the speaker ("a defiant Putin"),
    the speaker's statement ("Putin's effusive remarks", "a far shorter
    statement from Xi", "his statement was far more restrained in tone"), or
    the way the speaker spoke ("Xi appeared cool", "she said curtly").

    >>> from kit.article import load_article
    >>> from kit.pipeline import parse
    >>> from kit.records import Speaker
    >>> from kit.sources import SourceFindings
    >>> parsed = parse(load_article("Talks\\n\\nIn a terse reply, Anna Berg said no."))
    >>> found = find_framing(parsed, SourceFindings(speakers=(Speaker("Anna Berg", "named_person"),)))
    >>> [f.text for f in found["Anna Berg"]]
    ['terse reply']
    """
    people = speaker_mentions(parsed, sources.speakers, sources.attributions)
    hidden = speakers_words(parsed, sources.attributions)
    found = framings(parsed, people, hidden)
    return {s.name: tuple(found.get(i, ())) for i, s in enumerate(sources.speakers)}
