"""The outlet's own voice and the speaker table: what is left once the attributions are found.

Run last by the engine (:mod:`kit.sources.engine`), on its records and look-ups:

* :func:`find_claims`: the unattributed claims, main clauses in the outlet's own
  voice that no attribution touches;
* :func:`speaker_table`: one :class:`~kit.records.Speaker` per source, with its
  mentions, attributions, quoted words and the length the article reports for its
  statement ("around eight minutes", "a quarter the length of Putin's").

It takes the article's look-ups (:class:`~kit.sources.names.ArticleContext`) and the
resolver, never the engine itself, so the engine imports this module and not the
other way round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lengths import is_duration
from ..pipeline import sentence_span
from ..records import Attribution, NonStatement, QuotedTerm, Speaker, TextSpan, UnattributedClaim
from ..words import count_words
from .names import SUBJECTS, TIME_ENTS, TITLE_STRIP, own_subject

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

    from .names import ArticleContext
    from .resolver import Resolver

_EDGE = set(",.;:!?—–-()[]/…\"'“”‘’")  # trimmed from the ends of a claim ("%" and "$" stay)


def find_claims(
    art: ArticleContext, attributions: tuple[Attribution, ...], silences: tuple[NonStatement, ...]
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
    doc, text, lex = art.doc, art.text, art.lex
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
            if count_words(clause.text) < 3 or sum(not art.in_quote(t) for t in clause) < 3:
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
            and any(c.dep_ in SUBJECTS for c in t.children)
        ):
            heads.append(t)
    return heads


def _finite(verb: Token) -> bool:
    current = verb
    while current.dep_ == "conj" and not any(c.dep_ in (*SUBJECTS, "expl") for c in current.children):
        current = current.head
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        return True  # the noun-rooted sentence of _main_clauses
    finite = any(
        v.tag_ in ("VBD", "VBZ", "VBP", "MD")
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in v.children)
        for v in (verb, current)
    )
    subject = any(c.dep_ in (*SUBJECTS, "expl", "csubj") for c in current.children) or (
        current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN")
    )
    return finite and subject


def _reported_length(art: ArticleContext, noun: Token) -> str | None:
    """How long the article says a statement was: "around eight minutes", "a quarter the length of …"."""
    lex, doc = art.lex, art.doc
    clause = noun.head if noun.dep_ in SUBJECTS else noun
    sent = sentence_span(noun)
    scope = sorted({*noun.subtree, *clause.subtree}, key=lambda t: t.i)
    for t in scope:
        if art.in_quote(t) or not lex.has("length_noun", t.lemma_.lower()):
            continue
        if t.head.i == noun.i and noun.i > t.i:  # "a brief two-minute reply": the measure modifies the noun
            first = min(
                (c for c in noun.lefts if c.dep_ != "poss"), key=lambda c: c.left_edge.i, default=noun
            )
            return doc[first.left_edge.i : noun.i + 1].text
        ent = art.ent_of.get(t.i)
        if ent is not None and ent.label_ in TIME_ENTS:
            return ent.text
        start = t.i
        while start - 1 >= sent.start:
            prev = doc[start - 1]
            joined = prev.text in "-–" and prev.whitespace_ == "" and start - 2 >= sent.start
            if (
                (prev.pos_ in ("DET", "NUM", "ADV", "ADJ", "NOUN") and not prev.is_punct) or joined
            ) and prev.i != noun.i:
                start -= 1
            else:
                break
        number = art.ent_of.get(start)  # "about 4,000 words": the whole quantity, "about" included
        if number is not None and number.label_ in ("CARDINAL", "QUANTITY") and number.start < start:
            start = max(number.start, sent.start)
        end = t.i + 1
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            end = of.right_edge.i + 1
            while end < sent.end and doc[end].text in ("’s", "'s", "’"):
                end += 1
        return doc[start:end].text
    return None


#: verbs whose subject owns a statement: by speaking ("spoke for 20 minutes"), or by giving one ("gave a
#: two-minute reply", "delivered a speech")
_SPEAKING = frozenset({"speak", "talk", "address"})
_DELIVERING = frozenset({"give", "deliver", "make", "issue", "offer", "read"})


def _delivered(art: ArticleContext) -> list[tuple[Token, Token]]:
    """Statements owned through a verb: "X gave a two-minute reply", "X spoke for 20 minutes"."""
    lex, out = art.lex, []
    for token in art.doc:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if (lemma not in _SPEAKING and lemma not in _DELIVERING) or art.in_quote(token):
            continue
        subject = own_subject(token)
        if subject is None:
            continue
        if lemma in _SPEAKING:
            out.append((token, subject))
        else:
            out += [
                (c, subject)
                for c in token.children
                if c.dep_ in ("dobj", "attr") and lex.has("speech_noun", c.lemma_.lower())
            ]
    return out


def speaker_table(
    art: ArticleContext,
    resolver: Resolver,
    attributions: tuple[Attribution, ...],
    silences: tuple[NonStatement, ...],
    terms: tuple[QuotedTerm, ...],
    possessed: list[tuple[Token, Token]],
    *,
    silence_types: Mapping[str, str],
) -> tuple[Speaker, ...]:
    """The speakers, in order of first attribution or non-statement: each with its source type,
    mentions, attributions (indices), quoted words (its quoted terms included) and reported length.

    ``possessed`` are the speech nouns with their owners ("Putin's statement"); ``silence_types``
    the source type of each speaker of a non-statement (by lower-case name)."""
    names = art.names
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
        e = entry(s.speaker, silence_types.get(s.speaker.lower(), "named_person"))
        if s.speaker_start is not None and s.speaker_end is not None:
            e["mentions"].add((s.speaker_start, s.speaker_end))
    counted = {(a.content_start, a.content_end) for a in attributions}
    for t in terms:
        if t.owner and t.owner.lower() in info:
            if not any(a <= t.start and t.end <= b for a, b in counted):
                info[t.owner.lower()]["words"] += count_words(t.text)
    lengths: dict[str, list[tuple[bool, int, str]]] = {}
    for noun, owner in [*possessed, *_delivered(art)]:
        source = resolver.resolve(owner)
        length = _reported_length(art, noun) if source and source.name.lower() in info else None
        if source is not None and length:
            later = not is_duration(length)  # a word count only when no duration is stated
            lengths.setdefault(source.name.lower(), []).append((later, noun.i, length))
    for key, found in lengths.items():  # the first duration stated; else the first length (a word count)
        info[key]["length"] = min(found)[2]
    entity_spans: dict[str, set[tuple[int, int]]] = {}
    for x in art.ents:
        if not art.in_quote(x[0]):
            key = TITLE_STRIP.sub("", x.text).lower()
            entity_spans.setdefault(key, set()).add((x.start_char, x.end_char))
    types = {a.speaker.lower(): a.source_type for a in attributions}
    out = []
    for key in order:
        e = info[key]
        mentions = set(e["mentions"]) | {(m.start, m.end) for m in names.mentions.get(e["name"], [])}
        if e["type"] in ("organization", "document"):
            mentions |= entity_spans.get(TITLE_STRIP.sub("", e["name"]).lower(), set())
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
