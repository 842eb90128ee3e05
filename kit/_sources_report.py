"""The outlet's own voice and the speaker table (kit.sources): unattributed claims, speakers,
reported statement lengths. Private helpers of :mod:`kit.sources`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ._sources_names import _SUBJECTS, _TIME_ENTS, _TITLE_STRIP, _own_subject, _words
from .records import Attribution, NonStatement, QuotedTerm, Speaker, TextSpan, UnattributedClaim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .sources import _Engine

_EDGE = set(",.;:!?—–-()[]/…\"'“”‘’")  # trimmed from the ends of a claim ("%" and "$" stay)


def _claims(
    engine: _Engine, attributions: tuple[Attribution, ...], silences: tuple[NonStatement, ...]
) -> tuple[UnattributedClaim, ...]:
    """Clauses in the outlet's own voice that state a fact or a judgement, with no source.

    One claim per main clause: the sentence's main clause and each main clause
    coordinated with it ("Moscow has backed X [and accused Y]" gives the first
    part when the second is an attribution). Conservative on purpose: a clause
    counts only when all of these hold.

    * It is what is left of the clause once attributions (content, cue, speaker),
      non-statements and coordinated clauses are taken out, and that still holds
      its main verb and at least four words.
    * It is declarative: the sentence does not end with "?", and the main verb is
      finite (past or present tense, or a modal), with a subject of its own or
      shared with the verb it is coordinated with.
    * The main verb is not a reporting verb ("said", "warned": reported speech
      whose source was not found is not the outlet's own claim), and the clause
      is not inside a quotation.
    """
    art, doc, text, lex = engine.art, engine.doc, engine.text, engine.lex
    taken = [False] * len(doc)

    def take(start: int | None, end: int | None) -> None:
        if start is None or end is None:
            return
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                taken[i] = True

    for a in attributions:
        take(a.content_start, a.content_end)
        take(a.cue_start, a.cue_end)
        take(a.speaker_start, a.speaker_end)
    for s in silences:
        take(s.cue_start, s.cue_end)
        take(s.content_start, s.content_end)
        take(s.speaker_start, s.speaker_end)
    out = []
    for index, sent in enumerate(art.sentences):
        body = text[sent.start : sent.end].strip()
        if body.endswith("?") or art.quote_of(sent.start) is not None:
            continue
        span = art.sentence_tokens(index)
        for head in _main_clauses(span, taken):
            if taken[head.i] or lex.has("speech_act", head.lemma_.lower()) or art.in_quote(head):
                continue
            if any(c.dep_ == "xcomp" and taken[c.i] for c in head.children):
                continue  # "He went on to say …"
            if not _finite(head):
                continue
            whole = head.head if head.dep_ == "acl" else head  # the noun-rooted sentence: keep its subject
            tokens = {t.i for t in whole.subtree}
            for child in head.children:  # clauses that hold an attribution, and leading adverbial clauses
                inner = {t.i for t in child.subtree}
                if any(taken[i] for i in inner) or (child.dep_ == "advcl" and child.i < head.i):
                    tokens -= inner
            start = end = head.i
            while start - 1 in tokens and not taken[start - 1]:
                start -= 1
            while end + 1 in tokens and not taken[end + 1]:
                end += 1
            clause = doc[start : end + 1]
            while len(clause) and (
                clause[-1].text in _EDGE or clause[-1].is_space or clause[-1].dep_ == "cc"
            ):
                clause = clause[:-1]
            while len(clause) and (clause[0].text in _EDGE or clause[0].dep_ in ("cc", "mark")):
                clause = clause[1:]
            if _words(clause.text) < 3 or sum(not art.in_quote(t) for t in clause) < 3:
                continue
            out.append(UnattributedClaim(clause.start_char, clause.end_char, index, clause.text))
    return tuple(out)


def _main_clauses(span: Span, taken: list[bool]) -> list[Token]:
    """The verb of the sentence's main clause; when an attribution takes it, the main clauses
    coordinated with it that have a subject of their own ("Putin said X, but Russia has …")."""
    heads: list[Token] = []
    for t in span:
        if t.dep_ == "ROOT":
            if t.pos_ in ("VERB", "AUX"):
                heads.append(t)
            else:  # "Putin's statement, which …, highlighted …": a finite verb the parser hung on the noun
                heads += [
                    c
                    for c in t.children
                    if c.dep_ == "acl"
                    and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                    and not any(g.dep_ in ("auxpass", "agent") for g in c.children)
                ]
        elif (
            t.dep_ == "conj"
            and t.pos_ in ("VERB", "AUX")
            and t.head in heads
            and taken[t.head.i]
            and any(c.dep_ in _SUBJECTS for c in t.children)
        ):
            heads.append(t)
    return heads


def _finite(verb: Token) -> bool:
    current = verb
    while current.dep_ == "conj" and not any(c.dep_ in (*_SUBJECTS, "expl") for c in current.children):
        current = current.head
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        return True  # the noun-rooted sentence of _main_clauses
    finite = any(
        v.tag_ in ("VBD", "VBZ", "VBP", "MD")
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in v.children)
        for v in (verb, current)
    )
    subject = any(c.dep_ in (*_SUBJECTS, "expl", "csubj") for c in current.children) or (
        current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN")
    )
    return finite and subject


def _reported_length(engine: _Engine, noun: Token) -> str | None:
    """How long the article says a statement was: "around eight minutes", "a quarter the length of …"."""
    lex, art = engine.lex, engine.art
    clause = noun.head if noun.dep_ in _SUBJECTS else noun
    scope = sorted({*noun.subtree, *clause.subtree}, key=lambda t: t.i)
    for t in scope:
        if art.in_quote(t) or not lex.has("length_noun", t.lemma_.lower()):
            continue
        if t.head.i == noun.i and noun.i > t.i:  # "a brief two-minute reply": the measure modifies the noun
            first = min(
                (c for c in noun.lefts if c.dep_ != "poss"), key=lambda c: c.left_edge.i, default=noun
            )
            return engine.doc[first.left_edge.i : noun.i + 1].text
        ent = art.ent_of.get(t.i)
        if ent is not None and ent.label_ in _TIME_ENTS:
            return ent.text
        start = t.i
        while start - 1 >= noun.sent.start:
            prev = engine.doc[start - 1]
            joined = prev.text in "-–" and prev.whitespace_ == "" and start - 2 >= noun.sent.start
            if (
                (prev.pos_ in ("DET", "NUM", "ADV", "ADJ", "NOUN") and not prev.is_punct) or joined
            ) and prev.i != noun.i:
                start -= 1
            else:
                break
        number = art.ent_of.get(start)  # "about 4,000 words": the whole quantity, "about" included
        if number is not None and number.label_ in ("CARDINAL", "QUANTITY") and number.start < start:
            start = max(number.start, noun.sent.start)
        end = t.i + 1
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            end = of.right_edge.i + 1
            while end < noun.sent.end and engine.doc[end].text in ("’s", "'s", "’"):
                end += 1
        return engine.doc[start:end].text
    return None


def _duration(engine: _Engine, length: str) -> bool:
    """Is a reported length a time ("nearly twenty minutes", "a two-minute reply"), not a word count?"""
    return any(engine.lex.has("duration", w.removesuffix("s")) for w in re.split(r"[\W_]+", length.lower()))


def _delivered(engine: _Engine) -> list[tuple[Token, Token]]:
    """Statements owned through a verb: "X gave a two-minute reply", "X spoke for 20 minutes"."""
    lex, out = engine.lex, []
    for token in engine.doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or engine.art.in_quote(token):
            continue
        subject = _own_subject(token)
        if subject is None:
            continue
        if lemma in ("speak", "talk", "address"):
            out.append((token, subject))
        elif lemma in ("give", "deliver", "make", "issue", "offer", "read"):
            out += [
                (c, subject)
                for c in token.children
                if c.dep_ in ("dobj", "attr") and lex.has("speech_noun", c.lemma_.lower())
            ]
    return out


def _speakers(
    engine: _Engine,
    attributions: tuple[Attribution, ...],
    silences: tuple[NonStatement, ...],
    terms: tuple[QuotedTerm, ...],
    possessed: list[tuple[Token, Token]],
) -> tuple[Speaker, ...]:
    names = engine.art.names
    order: list[str] = []
    info: dict[str, dict[str, Any]] = {}

    def entry(name: str, kind: str) -> dict[str, Any]:
        key = name.lower()
        if key not in info:
            order.append(key)
            info[key] = {
                "name": name,
                "type": kind,
                "mentions": set(),
                "attributions": [],
                "words": 0,
                "length": None,
            }
        return info[key]

    for n, a in enumerate(attributions):
        e = entry(a.speaker, a.source_type)
        e["attributions"].append(n)
        e["words"] += a.quoted_words
        if a.source_type == "spokesperson":
            e["type"] = "spokesperson"
        if a.speaker_start is not None and a.speaker_end is not None:
            e["mentions"].add((a.speaker_start, a.speaker_end))
    for s in silences:
        e = entry(s.speaker, engine.silence_types.get(s.speaker.lower(), "named_person"))
        if s.speaker_start is not None and s.speaker_end is not None:
            e["mentions"].add((s.speaker_start, s.speaker_end))
    counted = {(a.content_start, a.content_end) for a in attributions}
    for t in terms:
        if t.owner and t.owner.lower() in info:
            if not any(a <= t.start and t.end <= b for a, b in counted):
                info[t.owner.lower()]["words"] += _words(t.text)
    lengths: dict[str, list[tuple[bool, int, str]]] = {}
    for noun, owner in [*possessed, *_delivered(engine)]:
        source = engine.resolver.cache.get(owner.i) or engine._source(owner)
        length = _reported_length(engine, noun) if source and source.name.lower() in info else None
        if source is not None and length:
            later = not _duration(engine, length)  # a word count only when no duration is stated
            lengths.setdefault(source.name.lower(), []).append((later, noun.i, length))
    for key, found in lengths.items():  # the first duration stated; else the first length (a word count)
        info[key]["length"] = min(found)[2]
    entity_spans: dict[str, set[tuple[int, int]]] = {}
    for x in engine.doc.ents:
        if not engine.art.in_quote(x[0]):
            key = _TITLE_STRIP.sub("", x.text).lower()
            entity_spans.setdefault(key, set()).add((x.start_char, x.end_char))
    types = {a.speaker.lower(): a.source_type for a in attributions}
    out = []
    for key in order:
        e = info[key]
        mentions = set(e["mentions"]) | {(m.start, m.end) for m in names.mentions.get(e["name"], [])}
        if e["type"] in ("organization", "document"):
            mentions |= entity_spans.get(_TITLE_STRIP.sub("", e["name"]).lower(), set())
        kind = e["type"] if e["type"] == "spokesperson" else types.get(key, e["type"])
        out.append(
            Speaker(
                name=e["name"],
                source_type=kind,
                mentions=tuple(TextSpan(a, b) for a, b in sorted(mentions)),
                attributions=tuple(e["attributions"]),
                quoted_words=e["words"],
                reported_length=e["length"],
            )
        )
    return tuple(out)
