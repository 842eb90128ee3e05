"""Which tokens of an article mention which speaker: the speaker table, read back into the text.

For the engines that run after :func:`~kit.sources.find_sources` (tone): a speaker's
index for any token that names it, a pronoun's antecedent among the speakers
(subjects first, then the most recent, two sentences back at most), and the owner
of a statement noun ("Putin's remarks", "the speech she gave") or of a length or
delivery word near it. Speakers are resolved here, in the sources package, once;
the word lists that depend on the caller (titles, verbs of delivering and of
duration) are passed in, so this module never imports the engines above it.

>>> from kit.article import load_article
>>> from kit.pipeline import parse
>>> from kit.sources import find_sources
>>> parsed = parse(load_article("Talks\\n\\nAnna Berg spoke. She said the talks failed."))
>>> found = find_sources(parsed)
>>> people = SpeakerMentions(parsed, found.speakers, found.attributions,
...                          titles=frozenset(), delivering_verbs=frozenset(), duration_verbs=frozenset())
>>> she = next(t for t in parsed.doc if t.text == "She")
>>> people.speakers[people.resolve(she)].name
'Anna Berg'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .names import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..pipeline import ParsedArticle
    from ..records import Attribution, Speaker

__all__ = ["PERSON_TYPES", "PRONOUNS", "RELATIVE_PRONOUNS", "SUBJECT_DEPS", "SpeakerMentions"]

#: The source types of people (a pronoun such as "he" can stand only for them).
PERSON_TYPES = frozenset({"named_person", "spokesperson", "anonymous"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: Personal pronouns that refer back to a speaker.
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
SUBJECT_DEPS = frozenset(SUBJECTS)


_WORD = re.compile(r"\w+")


def _occurrences(name: str, text: str, words: dict[str, list[int]]) -> list[tuple[int, int]]:
    r"""Where ``name`` occurs in ``text`` as whole words: the matches of ``(?<!\w)NAME(?!\w)``, looked
    for only where the name's first word starts (``words``), not by scanning the whole text for
    each speaker."""
    first = _WORD.match(name)
    if first is None:
        return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    out: list[tuple[int, int]] = []
    for start in words.get(first.group(), ()):
        end = start + len(name)
        if (out and start < out[-1][1]) or not text.startswith(name, start):
            continue  # matches do not overlap, as with re.finditer
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        out.append((start, end))
    return out


class SpeakerMentions:
    """Which tokens mention which speaker, with pronouns resolved by subject preference.

    Built from the speaker table that :func:`~kit.sources.find_sources` returned: each
    speaker's mentions, the speaker spans of its attributions, every occurrence of its
    name, and (for people) each part of the name that no other speaker shares ("Putin"
    for "Vladimir Putin"; ``titles`` are words such as "President" that are never a
    name part). ``by_token`` maps a token index to the speaker's index in ``speakers``.

    ``delivering_verbs`` ("gave a two-minute reply") and ``duration_verbs`` ("spoke
    for twenty minutes") are the caller's word lists: they tell whose statement a
    noun or a length is about (:meth:`owner_of_statement`, :meth:`owner`).
    """

    def __init__(
        self,
        parsed: ParsedArticle,
        speakers: Sequence[Speaker],
        attributions: Sequence[Attribution],
        *,
        titles: frozenset[str],
        delivering_verbs: frozenset[str],
        duration_verbs: frozenset[str],
    ) -> None:
        self.doc = parsed.doc
        self.speakers = list(speakers)
        self.sentence_of = parsed.sentence_at
        self.delivering_verbs = delivering_verbs
        self.duration_verbs = duration_verbs
        self.by_token: dict[int, int] = {}
        doc = self.doc
        text = parsed.text
        words: dict[str, list[int]] = {}  # each word of the text → where it starts
        for match in _WORD.finditer(text):
            words.setdefault(match.group(), []).append(match.start())

        def claim(start: int | None, end: int | None, who: int) -> None:
            if start is None or end is None or end <= start:
                return
            span = doc.char_span(start, end, alignment_mode="expand")
            for token in span or ():
                if token.lower_ not in PRONOUNS:
                    self.by_token.setdefault(token.i, who)

        for who, speaker in enumerate(self.speakers):
            for mention in speaker.mentions:
                claim(mention.start, mention.end, who)
            for index in speaker.attributions:
                if 0 <= index < len(attributions):
                    a = attributions[index]
                    claim(a.speaker_start, a.speaker_end, who)
            if speaker.name.strip():
                for start, end in _occurrences(speaker.name.strip(), text, words):
                    claim(start, end, who)
        # surnames and other name parts of people ("Putin" for "Vladimir Putin")
        parts: dict[str, set[int]] = {}
        for who, speaker in enumerate(self.speakers):
            if speaker.source_type not in PERSON_TYPES:
                continue
            for part in re.findall(r"[^\W\d_][\w’'\-]*", speaker.name):
                if part[:1].isupper() and part.lower() not in titles and len(part) > 1:
                    parts.setdefault(part, set()).add(who)
        unique = {part: next(iter(owners)) for part, owners in parts.items() if len(owners) == 1}
        if unique:
            pattern = r"(?<!\w)(?:" + "|".join(re.escape(p) for p in unique) + r")(?!\w)"
            for match in re.finditer(pattern, text):
                span = doc.char_span(match.start(), match.end())
                if span is not None and len(span) == 1:
                    self.by_token.setdefault(span[0].i, unique[match.group()])
        self._mentions_by_sentence: dict[int, list[int]] = {}
        for i in sorted(self.by_token):
            self._mentions_by_sentence.setdefault(self.sentence_of(doc[i].idx), []).append(i)

    @staticmethod
    def _is_subject(token: Token) -> bool:
        """A subject, part of a subject's name, or the possessor of a subject ("Smith's speech was ...")."""
        for _ in range(4):
            if token.dep_ in SUBJECT_DEPS:
                return True
            if token.dep_ in ("compound", "appos", "flat", "amod", "poss") and token.head.i != token.i:
                token = token.head
                continue
            return False
        return False

    def _person(self, who: int) -> bool:
        return self.speakers[who].source_type in PERSON_TYPES

    def antecedent(self, pronoun: Token) -> int | None:
        """The speaker a pronoun refers to: subjects first, then the latest; two sentences back at most."""
        sentence = self.sentence_of(pronoun.idx)
        for back in range(3):
            mentions = [
                i
                for i in self._mentions_by_sentence.get(sentence - back, [])
                if (back or i < pronoun.i) and self._person(self.by_token[i])
            ]
            if not mentions:
                continue
            subjects = [i for i in mentions if self._is_subject(self.doc[i])]
            pick = subjects[-1] if subjects else mentions[-1]
            return self.by_token[pick]
        return None

    def resolve(self, token: Token | None) -> int | None:
        if token is None:
            return None
        if token.i in self.by_token:
            return self.by_token[token.i]
        if token.lower_ in PRONOUNS:
            return self.antecedent(token)
        for child in token.children:  # "Chinese President Xi Jinping": the head may be any name part
            if child.dep_ in ("compound", "flat") and child.i in self.by_token:
                return self.by_token[child.i]
        return None

    def subject_of(self, verb: Token) -> Token | None:
        for _ in range(3):
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child
            if verb.dep_ in ("xcomp", "conj", "acomp", "ccomp") and verb.head.i != verb.i:
                verb = verb.head
                continue
            break
        return None

    def owner_of_statement(self, noun: Token, statement_nouns: frozenset[str]) -> int | None:
        """Whose statement ``noun`` is: its possessor ("Putin's remarks"), "from/by/of X", a relative
        clause ("the speech she gave"), or the subject of the clause when the noun is in an adjunct
        ("In effusive remarks, Putin said") or the object of a verb of delivering ("Jones gave a
        two-minute reply"). "Smith criticised the speech" says nothing about whose speech it was."""
        children = list(noun.children)
        named = itertools.chain(  # in this order: the possessor, "from/by/of X", a relative clause's subject
            (c for c in children if c.dep_ == "poss"),
            (
                obj
                for c in children
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                for obj in c.children
                if obj.dep_ == "pobj"
            ),
            (self.subject_of(c) for c in children if c.dep_ in ("relcl", "acl")),
        )
        for token in named:
            who = self.resolve(token)
            if who is not None:
                return who
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
            verb = head.head
        elif noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in self.delivering_verbs:
            verb = head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = self.subject_of(verb)
        if subject is None or subject.i == noun.i:
            return None
        return self.resolve(subject)

    def owner(
        self, token: Token, statement_nouns: frozenset[str], speech_verbs: frozenset[str]
    ) -> int | None:
        """The speaker a length or delivery word near ``token`` is about (walking up the parse)."""
        node = token
        for _ in range(6):
            if node.lemma_.lower() in statement_nouns or node.lower_ in statement_nouns:
                who = self.owner_of_statement(node, statement_nouns)
                if who is not None:
                    return who
            if node.pos_ in ("VERB", "AUX"):
                subject = self.subject_of(node)
                if subject is not None:
                    if subject.lemma_.lower() in statement_nouns or subject.lower_ in statement_nouns:
                        who = self.owner_of_statement(subject, statement_nouns)
                        if who is not None:
                            return who
                    elif node.lemma_.lower() in speech_verbs or node.lemma_.lower() in self.duration_verbs:
                        if subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                            subject = node.head  # "Lopez, who spoke for twenty minutes"
                        who = self.resolve(subject)
                        if who is not None:
                            return who
            if node.head.i == node.i:
                break
            node = node.head
        return None
