"""The attribution engine: one pass over a parsed article that finds who said what.

:class:`SourceEngine` reads the one parsed ``Doc`` of an article with the rules of
:mod:`kit.sources` (its docstring lists them) and returns :class:`SourceFindings`,
contract records of :mod:`kit.records`. The parts it stands on: the rule tables
(:mod:`kit.sources.patterns`), the grammar of a cue (:mod:`kit.sources.cues`), the
article's names (:mod:`kit.sources.names`) and who a subject stands for
(:mod:`kit.sources.resolver`); what is left in the outlet's own voice, and the
speaker table, come from :mod:`kit.sources.voice`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..pipeline import sentence_span
from ..quotes import TITLE_ABBREVIATIONS, find_nested_quotes
from ..records import Attribution, NonStatement, QuotedTerm, Speaker, UnattributedClaim
from ..words import count_words
from .cues import (
    ADDRESSED,
    FINDING,
    HEARING_BODIES,
    Cue,
    as_clause,
    as_clause_host,
    asks_for_something,
    clause_hull,
    closing_tag,
    complements,
    cue_subject,
    forecast_now,
    is_negated,
    is_temporal,
    name_before_past_form,
    noun_read_as_a_gerund,
    outer_cue,
    participle_after_comma,
    particle_of,
    quotation_follows,
    source_phrase,
    that_clause,
    told_a_court,
    trim_edges,
    verb_group,
    word_end,
)
from .names import (
    CLOSING_MARKS,
    PERSON_PRONOUNS,
    SUBJECTS,
    TIME_ENTS,
    ArticleContext,
    Source,
    clause_read_as_the_sentence,
    occupation_word,
    org_name,
    own_subject,
    without_possessive,
)
from .patterns import matchers
from .resolver import Resolver, np_tokens, span_text
from .turns import TurnSpeakers
from .voice import find_claims, speaker_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..pipeline import ParsedArticle
    from ..quotes import Quote
    from .names import Lexicon

__all__ = ["SourceEngine", "SourceFindings"]


_SPEAKING_NOW = frozenset({"i", "we", "you", "me", "us"})
#: verbs of naming that judge what they name (not "call", "term", "dub": a name given)
_DESCRIBING = {"describe", "characterise", "characterize"}
#: a content that reports nothing: a bare pronoun ("spoke about it", "talked about them")
_EMPTY_CONTENT = frozenset({"it", "them", "this", "that", "him", "her", "these", "those"})
#: subjects that make a cue say that nothing was said
_NOBODY = frozenset({"nobody", "no-one", "none", "neither"})
#: cues only a document speaks with: "The latest update from the Met Service reads: “…”" (a person who
#: "read a statement" or "read that …" is not quoted by it)
_DOCUMENT_CUES = frozenset({"read"})
#: "who would not be named", "would not be identified": a source kept anonymous, not one keeping silent
_BEING_NAMED = frozenset({"name", "identify"})
#: reflexive pronouns: "calling itself NightQuill" names its subject, reports nothing
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
#: where a speaker stood, which the parser may read as a subject ("Outside court, Kerensa Polglase, …
#: said")
_OUTSIDE_OR_INSIDE = frozenset({"outside", "inside"})
#: cues only for a speaker going on, opening or cutting in: a quotation's tag, before its colon, or
#: with a that-clause ("“…,” he continued", "Cruz continued: “…”", "She continued that …", "“…?” she
#: began", "“…?” the judge interrupted"; not "prices continued to rise", "the unit began taking
#: patients", "protesters interrupted the meeting")
_GOING_ON_CUES = frozenset({"continue", "begin", "interrupt"})
#: a quotation's closing mark just before a tag ("…,” he continued"), or its opening mark after a colon
_QUOTE_CLOSED = re.compile(r"[,.!?…—–-]\s*[”\"’']\s*$")
#: words in double quotation marks ("says it would have “no significant adverse effect”")
_QUOTED_WORDS = re.compile(r"“[^”\n]+”|\"[^\"\n]+\"")
#: a quotation whole, its marks included: what a tag inside a turn reports, read as the turn's words
_WHOLE_QUOTATION = re.compile(r"[“\"]([^“”\"\n]+)[”\"]?")
_QUOTE_OPENS = re.compile(r"^\s*[:,]\s*[“\"‘']")
#: acts whose refusal, reported with "said", is all the statement says ("said it would not comment")
_COMMENTING = frozenset({"comment", "elaborate", "speculate"})
#: "show" in "figures show that …", which the parser may take for a noun
_SHOW_FORMS = frozenset({"show", "shows", "showed"})
#: verbs that give a figure as an estimate: "The last six polls put the party on 27 per cent", "A senior
#: backbencher put the figure “closer to 60”", "A Castlegate survey has the gap at three points"
_FIGURE_VERBS = frozenset({"put", "have", "show", "estimate"})
#: the only verbs ``SourceEngine._evidence_heard`` reads ("the court heard", "the jury was told")
_HEARD_LEMMAS = frozenset({"hear", "tell"})
#: figure verbs whose object holds the figure itself ("figures show a loss of about 31,000 jobs", "the
#: memo estimates the cost of a shutdown at roughly 310 million crowns")
_FIGURE_IN_THE_OBJECT = frozenset({"show", "estimate"})
_FIGURE_PREPS = frozenset({"on", "at"})
_AHEAD = frozenset({"ahead", "behind"})
_FIGURE_ENTS = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
#: how many words before a quotation a verb of saying that introduces it is looked for
_CLAUSE_BEFORE_QUOTE = 60
#: a subhead that asks a question: short, and opening with a question word or an auxiliary
_SUBHEAD_WORDS = 14
_SUBHEAD_CHARACTERS = 200
_QUESTION_OPENERS = frozenset(
    "why what how who when where which whose did does do is are was were can could will would should has"
    " have had".split()
)
#: what a report does, whose "it" is the report named in the sentence before rather than its authors
_WHAT_DOCUMENTS_DO = FINDING | {"estimate", "conclude", "calculate", "concede", "recommend", "predict"}
#: how far before a cue a speaker hung on the clause before it is looked for, in tokens
_NAME_WINDOW = 12
#: a share of the people a poll or survey asked ("many said …", "most", "a third", "half")
_SHARES = frozenset(
    {"many", "most", "some", "few", "half", "third", "quarter", "fifth", "majority", "minority"}
)
#: auxiliaries of a statement not made yet ("will argue", "'ll say") or only urged ("should ask herself")
_FUTURE = frozenset({"will", "shall", "'ll", "should", "must", "ought"})
#: verbs that say what they do after "can": "Police can confirm that …", "The Herald can reveal that …"
_PERFORMED = frozenset({"confirm", "reveal", "say", "tell", "report", "announce", "disclose", "add"})
# "17:20 — Statement from Calloway Recycling: “…”": a label naming a document, then its words.
_DOCUMENT_LABEL = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[—–-]\s*)?)?"
    r"(?P<label>(?P<noun>[A-Z]?[a-z]+)\s+(?:from|by|of)\s+[^:“”\"]{2,80}?)\s*:\s*$"
)


@dataclass(frozen=True)
class SourceFindings:
    """Everything :func:`~kit.sources.find_sources` found, as contract records (kit.records)."""

    attributions: tuple[Attribution, ...] = ()
    quoted_terms: tuple[QuotedTerm, ...] = ()
    non_statements: tuple[NonStatement, ...] = ()
    unattributed: tuple[UnattributedClaim, ...] = ()
    speakers: tuple[Speaker, ...] = ()


# --- the engine ---------------------------------------------------------------------------


@dataclass
class _Item:
    """An attribution before it becomes a record."""

    source: Source
    kind: str
    cue: tuple[str, int, int] | None
    content: tuple[int, int]
    sentence: int
    quoted_words: int = 0
    cue_token: Token | None = None
    turn: bool = False  # a transcript turn: the reports inside it are kept, not taken as nested


class SourceEngine:
    """One article's attributions, non-statements and quoted terms, collected in one pass.

    :meth:`run` collects, in this order (the module docstring of :mod:`kit.sources`
    gives the rules):

    1. the matches of :func:`kit.sources.patterns.matchers` outside quotations:
       reporting verbs by sentence, "according to", "no comment", "as X put it",
       negated or refused speech acts, namings, possessed speech nouns, "by X's count";
    2. every subject that names someone, resolved in text order, so that pronouns
       and descriptions have something to refer back to (the resolver's salience);
    3. non-statements (:meth:`_silences`);
    4. sentence by sentence: direct quotations with their cue (or continuing the
       previous speaker), then indirect and partial speech (:meth:`_sentence`);
    5. "according to X" and "by X's count" (:meth:`_according`), then possessed
       statements ("Putin's claim that …", :meth:`_possessed`);
    6. quoted terms: the quotations no attribution used, and quotations nested in
       quotations (:meth:`_terms`);
    7. the records (:meth:`_finish`): attributions sorted by content, nested and
       repeated ones dropped; then the unattributed claims and the speaker table
       (:mod:`kit.sources.voice`).

    State: ``art`` (the article's look-ups and name table), ``resolver`` (every
    source resolved so far, by token), ``items`` (attributions before they become
    records), ``terms``, ``silences`` and ``silence_types`` (each silent speaker's
    source type), and ``used_quotes`` (quotations already part of an attribution).
    An engine runs once; make a new one for each article.
    """

    def __init__(self, parsed: ParsedArticle) -> None:
        self.art = ArticleContext(parsed)
        self.doc = self.art.doc
        self.text = self.art.text
        self.lex = self.art.lex
        self.resolver = Resolver(self.art)
        self.items: list[_Item] = []
        self.terms: list[QuotedTerm] = []
        self.silences: list[NonStatement] = []
        self.used_quotes: set[int] = set()
        self.turn_speakers: dict[int, Source] = {}  # a transcript turn's quote index → its speaker
        self._label_words: set[str] | None = None  # the words of the transcript's labels (_a_participant)
        self.turn_order: list[int] = []  # those quote indices, in order
        self.silence_types: dict[str, str] = {}
        self._titles: set[int] = set()  # the document nouns a title was given as ("…, a report …")
        self._titled_subjects: dict[int, Source | None] = {}  # read once (``_titled_subject``)
        self.clause_marks: dict[int, tuple[list[int], list[int], list[int]]] = {}  # see _clause_marks
        self.first_turn: int | None = None  # where the article's first turn starts, past its end if none
        self._signed: frozenset[int] | None = None  # the paragraphs that sign letters (_signatures)

    # -- collecting ----------------------------------------------------------------------
    def run(self) -> SourceFindings:
        """Collect everything, in the order the class docstring gives, and return the records."""
        art, doc = self.art, self.doc
        matcher, dep = matchers(doc)
        cues: dict[int, list[Token]] = {}
        according: list[Token] = []
        no_comment: list[Token] = []
        as_put_it: list[tuple[int, int]] = []
        for match_id, start, end in matcher(doc):
            label = doc.vocab.strings[match_id]
            token = doc[start]
            if art.in_quote(token):
                continue
            if label == "CUE":
                token = doc[end - 1]  # (the verb, after its "did" in the pattern that needs one)
                if token.tag_ in ("NNS", "NN") and not _tag_read_as_a_noun(token):
                    continue  # "his remarks", "the claims": nouns
                cues.setdefault(art.sentence_of(token.idx), []).append(token)
            elif label == "ACCORDING":
                according.append(token)
            elif label == "NO_COMMENT":
                no_comment.append(token)
            elif label == "AS_PUT_IT":
                as_put_it.append((start, end))
                verb = doc[end - 2]
                if verb.lemma_.lower() == "put" and as_clause(verb):
                    cues.setdefault(art.sentence_of(verb.idx), []).append(verb)  # "as she put it"
            elif label == "PUT_IT" and (
                not as_clause(token)
                or _opens_a_quotation(doc, end)
                or _opens_a_quotation(doc, _said_where(token))
            ):
                # "Sue Patel put it more bluntly: “…”"; "As Tom Ridge, a former …, put it: “…”"; "As Jeff
                # Weiner put it in his memo to employees, “…”"
                cues.setdefault(art.sentence_of(token.idx), []).append(token)
        silenced: dict[int, tuple[Token, Token]] = {}  # act token → (first cue token, act)
        naming: dict[int, Token] = {}  # naming verb → its "what"
        possessed: list[tuple[Token, Token]] = []
        by_count: list[tuple[Token, Token]] = []
        for match_id, ids in dep(doc):
            label = doc.vocab.strings[match_id]
            tokens = [doc[i] for i in ids]
            if art.in_quote(tokens[0]):
                continue
            act = tokens[0] if label == "NEGATED" else tokens[-1]
            refused = label in ("NEGATED", "REFUSED", "WITHOUT")
            if refused and (not self._speech_act(act) or _phrasal_not_speech(act)):
                continue  # "did not take part" is no refusal to speak
            if label == "NEGATED":
                verb, neg = tokens
                if art.in_quote(neg) or verb.lemma_.lower() in _VIEWS:
                    continue  # "“Apparently not,” he said": the quotation's; "has not thought": no silence
                done_to = verb.lemma_.lower() in self.lex.frames or verb.lemma_.lower() in _BEING_NAMED
                if done_to and any(c.dep_ == "auxpass" for c in verb.children):
                    continue  # "has not been charged", "would not be named": done to the subject, no silence
                silenced.setdefault(
                    verb.i,
                    (min(verb, neg, *[c for c in verb.lefts if c.dep_ == "aux"], key=lambda t: t.i), verb),
                )
            elif label == "WITHOUT":
                silenced.setdefault(tokens[1].i, (tokens[0], tokens[1]))
            elif label == "NO_MENTION":
                silenced.setdefault(tokens[0].i, (tokens[0], tokens[1]))
            elif label == "REFUSED":
                verb, act = tokens[0], tokens[-1]
                if act.i > verb.i and not any(c.dep_ == "auxpass" for c in act.children):
                    # (not "X said …; it declined to say": a parser that hangs "said" under "declined")
                    silenced[act.i] = (verb, act)
                    silenced.setdefault(verb.i, (verb, act))
            elif label == "NAMING":
                if not self._names_a_statement(tokens[0]):
                    naming[tokens[0].i] = tokens[1]
            elif label == "POSSESSED":
                possessed.append((tokens[0], tokens[1]))
            elif label == "BY_COUNT" and len(tokens) == 2:
                owner = _owner_after_of(tokens[1])  # "by the count of the council" (not "by a count of 12")
                if owner is not None:
                    by_count.append((tokens[0], owner))
            elif label == "BY_COUNT":
                # the owner ("by the council's count"), else the count ("By some accounts")
                by_count.append((tokens[0], tokens[2] if tokens[2].dep_ == "poss" else tokens[1]))
        # one pass, over the words the cases below read (nouns and names, "one", the lemmas named): "show"
        # taken for a noun, evidence heard, then salience for pronouns
        read = {t.i: t for t in art.tokens_with("POS", "NOUN", "PROPN")}
        read.update((t.i, t) for t in art.tokens_with("LOWER", "one", *_SHOW_FORMS))
        read.update((t.i, t) for t in art.lemmatized(_HEARD_LEMMAS | _FIGURE_VERBS | _SHOWN_AS_NOUNS))
        for token in [read[i] for i in sorted(read)]:
            lemma = token.lemma_.lower()
            if lemma in _HEARD_LEMMAS and self._evidence_heard(token):
                cues.setdefault(art.sentence_of(token.idx), []).append(token)
            if lemma in _FIGURE_VERBS and self._figure_given(token) is not None:
                cues.setdefault(art.sentence_of(token.idx), []).append(token)
            if (  # "Court documents filed by the defence show that …": "show" parsed as a noun
                token.lower_ in _SHOW_FORMS
                and token.pos_ in ("NOUN", "PROPN")
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "that"
                and not art.in_quote(token)
            ):
                cues.setdefault(art.sentence_of(token.idx), []).append(token)
            elif lemma in _SHOWN_AS_NOUNS and _records_show(token, self.lex) is not None:
                cues.setdefault(art.sentence_of(token.idx), []).append(token)  # "…, state records show."
            salient = self._salient(token)
            # (not an outlet's label the parser made a subject: "Radio Pennick: Did you …?" is no one "he" is)
            if salient and not art.in_quote(token) and not self._outlet_label(token):
                if token.dep_ == "pobj" and (kind := self._titled_document(token)) is not None:
                    self._title_document(token, kind)  # for "the report" in the sentences before its phrase
                elif self._titled_subject(token) is None:  # (a titled one is noted there, for "it")
                    if self.lex.has("document", token.lemma_.lower()):
                        # for "it" ("A petition … It says …"); named once statements are known
                        self.resolver.note(token)
                    else:
                        self.resolver.resolve(token)
        self._silences(silenced, no_comment)
        self._turns()
        for index in range(len(art.sentences)):
            self._sentence(index, cues.get(index, []), silenced, naming)
        chains = _chained({t.i: _phrase(t, doc[t.i + 1]) for t in according}, doc)
        for token in according:
            to = doc[token.i + 1]
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            source = source or next((c for c in token.children if c.dep_ == "pobj"), None)
            source = source or _noun_after(to)
            self._according(token, to, source, phrase=chains[token.i])
        for by, owner in by_count:
            self._according(by, by.right_edge, owner)
        self._possessed(possessed)
        self._terms(naming, as_put_it)
        return self._finish(possessed)

    def _turns(self) -> None:
        """Transcript turns (GUIDELINES §2): each a ``direct`` statement of its label's speaker,
        the label its cue, every word of it quoted."""
        turns = [(qi, q) for qi, q in enumerate(self.art.quotes) if q.turn]
        if not turns:
            return
        speakers = TurnSpeakers(self.art, [q for _, q in turns])
        for qi, q in turns:
            assert q.label_start is not None and q.label_end is not None
            label = (self.text[q.label_start : q.label_end], q.label_start, q.label_end)
            cue = label if q.label_end > q.label_start else None  # (an answer to a question in bold)
            sentence = self.art.sentence_of(q.content_start)
            content = (q.content_start, q.content_end)
            item = self._add(speakers.speaker(q), "direct", cue, content, sentence, q)
            item.turn = True
            self.used_quotes.add(qi)
            self.turn_speakers[qi] = item.source
            self.turn_order.append(qi)

    def _refused_comment(self, act: Token) -> bool:
        """ "it would not comment", "he could not elaborate": a refusal to comment by the speaker
        himself (a pronoun); "he would not answer questions" after "his lawyer said" may be another's."""
        subject = own_subject(act)
        return act.lemma_.lower() in _COMMENTING and subject is not None and subject.pos_ == "PRON"

    def _shown(self, show: Token) -> Cue | None:
        """ "Figures from the statistics office show that …" with "show" parsed as a noun: the cue, with
        the document above it for its subject and the that-clause hung on it for its content."""
        documents = (
            a
            for a in show.ancestors
            if a.pos_ in ("NOUN", "PROPN") and self.lex.has("document", a.lemma_.lower())
        )
        subject = next(documents, None)
        if subject is None:
            return None
        parts = [
            c
            for c in (*show.children, *subject.children)
            if c.dep_ in ("relcl", "acl", "ccomp") and c.i > show.i and that_clause(c, on_a_noun=True)
        ]
        if not parts:
            return None
        first, last = subject.left_edge, self.doc[show.i - 1]
        phrase = self.text[first.idx : last.idx + len(last)]
        if first.lower_ in ("the", "a", "an"):
            phrase = phrase[:1].lower() + phrase[1:]  # as the resolver names a document
        # the document's phrase ends where the cue begins (its subtree holds the whole sentence)
        self.resolver.cache[subject.i] = Source(phrase, "document", first.idx, last.idx + len(last))
        return Cue(show, subject, False, parts)

    def _figure_given(self, verb: Token) -> Cue | None:
        """ "The last six published polls put the party on between 27 and 29 per cent", "A senior
        backbencher put the figure “closer to 60”", "The survey has the gap at three points": a figure
        given as someone's estimate, what a poll or a person reports (the object and the figure its
        content). "Put" needs a person or a text for its subject, "have" a text; the figure holds a
        number ("put the plan on hold", "has the lead at home" give none)."""
        if verb.pos_ not in ("VERB", "AUX") or self.art.in_quote(verb) or is_negated(verb, self.art.in_quote):
            return None
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or thing is None or any(c.dep_ == "prt" for c in verb.children):
            return None
        text = self.lex.has("document", subject.lemma_.lower())
        person = (
            subject.pos_ == "PROPN"
            or any(self.lex.has(k, subject.lemma_.lower()) for k in ("title", "person_word", "anonymous"))
            or occupation_word(subject.lower_)  # "a senior backbencher", "an economist"
        )
        if not (text or (lemma in ("put", "estimate") and person)):
            return None

        def numbered(part: Token) -> bool:
            return any(t.like_num or t.ent_type_ in _FIGURE_ENTS for t in part.subtree)

        if lemma in _FIGURE_IN_THE_OBJECT:
            # (not "the figures show the scale of the problem": no figure; "show that …" is a clause's cue)
            return Cue(verb, subject, False, [thing]) if numbered(thing) and thing.pos_ == "NOUN" else None

        figure = next(
            (
                c
                for c in verb.children
                if c.i > thing.i
                and numbered(c)
                and (
                    (c.dep_ == "prep" and c.lower_ in _FIGURE_PREPS)
                    # ("put the figure “closer to 60”": the parser's second object)
                    or (lemma == "put" and c.dep_ in ("oprd", "advmod", "npadvmod", "acomp", "dobj"))
                )
            ),
            None,
        )
        if figure is None and lemma == "have" and text:
            # "A poll released Tuesday had Camila Restrepo, the Democrat, at 47%": the figure on the object
            on_thing = (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "at" and numbered(c))
            if next(on_thing, None) is not None:
                return Cue(verb, subject, False, [thing])
            # "The same poll had Pruett ahead by 14 points": ahead or behind, by a figure
            after = {c.i: c for c in verb.children if c.i > thing.right_edge.i}
            ahead, by = after.get(thing.right_edge.i + 1), after.get(thing.right_edge.i + 2)
            if ahead is None or ahead.lower_ not in _AHEAD or by is None or by.lower_ != "by":
                return None
            return Cue(verb, subject, False, [thing, ahead, by]) if numbered(by) else None
        return Cue(verb, subject, False, [thing, figure]) if figure is not None else None

    def _speech_act(self, verb: Token) -> bool:
        """A verb of speaking, or a verb with the object that makes it one ("take questions")."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.frames or self.lex.has("silence", lemma):
            return True
        objects = (c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
        return any(self.lex.has("silence_phrase", f"{lemma} {o}") for o in objects)

    def _quoted(self, token: Token) -> bool:
        """Inside double quote marks (single ones are too often an apostrophe or a title's marks)."""
        i = self.art.quote_of(token.idx)
        return i is not None and not self.art.quotes[i].turn and not self.art.quotes[i].single

    def _source(self, token: Token | None, *, inherited: bool = False) -> Source | None:
        if token is None:
            return None
        found = self._titled_subject(token) or self.resolver.resolve(token)
        if found is None:
            return None
        found = self._not_the_speaker_herself(token, found)
        return found.inherited() if inherited else found

    def _titled_subject(self, token: Token) -> Source | None:
        """ "The Eskford Homelessness Monitor 2026, the charity’s fourth annual count, found …": a
        subject whose apposition says it is a document, by its title (for "It estimates …" after it)."""
        if token.dep_ not in SUBJECTS or token.pos_ != "PROPN":
            return None
        if token.i in self._titled_subjects:
            return self._titled_subjects[token.i]
        kind = self._titled_document(token)
        if kind is not None and kind.left_edge.i > token.i + 3:
            kind = None  # ("… Council recommended closing …, a proposal that …": what it did, not what it is)
        found = self._title_document(token, kind) if kind is not None else None
        self._titled_subjects[token.i] = found
        if found is not None:
            self.resolver.cache[token.i] = found
            self.resolver.remember(token.i, found)
        return found

    def _outlet_label(self, token: Token) -> bool:
        """Is ``token`` in a transcript label that names an organization ("Radio Pennick:", "Harlow
        Gazette:"), a reporter's outlet rather than a person?"""
        art = self.art
        if not art.in_label(token):
            return False
        turn = art.quotes[art.quote_of(token.idx)]
        return org_name(art.text[turn.label_start : turn.label_end].split(), self.lex)

    def _not_the_speaker_herself(self, pronoun: Token, found: Source) -> Source:
        """ "Kofi Mensah, she's saying the night service is unreliable": in a transcript turn, "he" or
        "she" is not the one speaking the turn; it is the speaker of the turn before, if not her too."""
        turn = self.art.quote_of(pronoun.idx) if pronoun.lower_ in ("he", "she") else None
        own = self.turn_speakers.get(turn) if turn is not None and self.art.in_turn(pronoun) else None
        if own is None or own.name != found.name:
            return found
        order = self.turn_order  # the turns' quote indices, in order (bisect: linear on long transcripts)
        at = bisect.bisect_left(order, turn)
        previous = self.turn_speakers[order[at - 1]] if at > 0 else None
        if previous is None or previous.name == own.name:
            return found
        named = self._named_in_the_question(order[at - 1], PERSON_PRONOUNS[pronoun.lower_], own)
        if named is not None:
            return Source(named.name, named.type, found.start, found.end, named.gender)
        return Source(previous.name, previous.type, found.start, found.end, previous.gender)

    def _named_in_the_question(self, turn: int, wanted: str, own: Source) -> Source | None:
        """ "Q: Did you speak to Owen Prade afterwards? ¶ A: Briefly. He told me …": the person of the
        pronoun's gender the question before names last (a question: it ends with a question mark)."""
        art = self.art
        q = art.quotes[turn]
        if not art.text[q.content_start : q.content_end].rstrip().endswith("?"):
            return None
        words = self.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        runs: list[list[Token]] = []  # runs of proper nouns (the model may tag a name ORG: its gender tells)
        for t in words or ():
            if t.pos_ == "PROPN" and t.is_title:
                if runs and runs[-1][-1].i == t.i - 1:
                    runs[-1].append(t)
                else:
                    runs.append([t])
        for run in reversed(runs):
            name = art.names.canonical([t.text for t in run], run[0].i)
            if name != own.name and art.names.gender_of(name) == wanted:
                return Source(name, "named_person", None, None, wanted)
        return None

    def _source_guess(self, token: Token, *, inherited: bool) -> Source:
        found = self.resolver.best_guess(token)
        return found.inherited() if inherited else found

    def _name_read_as_an_adverb(self, verb: Token) -> Token | None:
        """ "“…,” said Skelly, explaining …": an inverted tag whose speaker's name (a surname such as
        "Skelly" or "Kelly") the parser read as an adverb of the verb; the name, when the tag follows a
        quotation or a comma and the word is capitalised in mid-sentence, not a day; for "adding …"
        after the tag, the name of the tag's verb."""
        doc = verb.doc
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
            verb = verb.head  # "…,” said Skelly, explaining he worked …": the speaker of "said"
        if verb.i < 1 or not (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ","):
            return None
        after = [c for c in verb.rights if c.dep_ in ("advmod", "npadvmod") and c.left_edge.i == verb.i + 1]
        if not after or (word := after[0]).ent_type_ in TIME_ENTS or not word.is_title:
            return None
        named = word.ent_type_ in ("PERSON", "ORG") or word.tag_ in ("NNP", "RB")
        if not named or self.art.in_quote(word):
            return None
        if word.ent_type_ not in ("PERSON", "ORG") and word.i not in self.resolver.cache:
            # a surname the tagger took for an adverb is no entity: the article's fullest name with it
            name = self.art.names.canonical([word.text], word.i)
            at = (word.idx, word.idx + len(word))
            self.resolver.cache[word.i] = Source(name, "named_person", *at, self.art.names.gender_of(name))
        return word

    def _names_a_statement(self, verb: Token) -> bool:
        """ "which she calls “the best idea this council has had in years”", "a game that coach Nadia
        Ferrante called “the one that got away”": what is "called" here is a judgement with a finite verb
        of its own, a statement of the speaker's, not a label ("what it terms a “special military
        operation”", "whom Rovers supporters call “the Ferret”" stay quoted terms). So is a description
        of someone or something the sentence names ("the candidate, whom he described as “volatile”",
        "the server, which he described as “like an open orchid”"): his judgement of it, in his words, not
        a name ("what the department described as a “simple and fast” approach" stays a term)."""
        end = verb.right_edge.idx + len(verb.right_edge)
        first = next(iter(self._quotes_starting(verb.idx, end)), None)  # the name it gives, if quoted
        if first is None:
            return False
        objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() in _DESCRIBING and objects in (["which"], ["whom"], ["that"]):
            # (the relative its only object: not "The report, which the union published, describes the
            return True  # contact as “…”", two objects of the parser's)
        q = first[1]
        words = self.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        return words is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)

    def _valid_cue(self, token: Token, silenced: dict[int, Any], naming: dict[int, Token]) -> Cue | None:
        """A reporting verb that reports: not negated, refused, a naming ("what X called") or subject-less."""
        if (records := _records_show(token, self.lex)) is not None:
            # "…, state pension records show.": what was shown ends at the comma before the records
            return Cue(token, records, False, [], True, None, False, clause_end=records.left_edge.i - 1)
        if token.pos_ not in ("VERB", "AUX") and not _tag_read_as_a_noun(token):
            return self._shown(token)
        lemma = token.lemma_.lower()
        if lemma in _FIGURE_VERBS and (figure := self._figure_given(token)) is not None:
            return figure
        if token.i in silenced or token.i in naming or not forecast_now(token):
            return None
        if is_negated(token, self.art.in_quote):
            return None
        if _asked_or_supposed(token) or self._asked_in_question(token):
            return None
        if _phrasal_not_speech(token) or noun_read_as_a_gerund(token) or _authored(token):
            return None
        if lemma in ("speak", "talk"):
            fronted = token.dep_ == "advcl" and token.tag_ == "VBG" and token.i < token.head.i
            topics = {c.lower_ for c in token.children if c.dep_ == "prep"}
            reporting = token.head.lemma_.lower() in self.lex.frames
            if fronted and (reporting or not topics & {"about", "of", "on"}):
                # "Speaking on the picket line, Hollins said …": where she said it, "said" reports it (not
                # "…,” said Caddell, speaking of Clinton's health": what he spoke of); "Speaking to reporters
                # at the White House briefing room Sunday, the president framed …": to whom and where,
                # nothing spoken of (the parser made the room an object)
                return None
            if token.dep_ == "relcl" and not topics & {"about", "of"}:
                # "“…,” according to a senior official who spoke on condition of anonymity": who the source
                # is, not a second report of the quotation (nor "a resident who spoke to the Gazette")
                return None
        if (
            lemma == "ask"
            and token.tag_ in ("VBN", "VBD")  # (a participle the tagger may read as a past tense)
            and token.dep_ == "advcl"
            and token.i < token.head.i
            and not any(c.dep_ in SUBJECTS for c in token.children)
        ):
            return None  # "Asked whether Tavora would reopen …, he replied": the question put to him
        if lemma in ("ask", "appeal") and asks_for_something(token, self.art):
            # "The family asked for privacy", "asking for a meeting", "Police are appealing for
            # witnesses": a request, an act
            return None
        if lemma == "find" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
            return None  # "any supporter found to have thrown an object": a passive, nobody's finding
        if lemma == "say" and _that_said(token):
            return None  # "That said, she also noted …": "all the same", no one saying it
        named_so = lemma in ("call", "style")
        if named_so and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children):
            return None  # "a ransomware group calling itself NightQuill": a name it goes by, no statement
        if token.i + 1 < len(self.doc) and (reflexive := self.doc[token.i + 1]).lower_ in _REFLEXIVES:
            if reflexive.dep_ in SUBJECTS and reflexive.head.head.i == token.i:
                return None  # "now finds herself struggling": where she is, the parser's clause "herself …"
        if self.art.paragraph_of(token.idx) in self._signatures():
            return None  # "Oldfield Dad, commenting on our website": a letter's signature says nothing
        if lemma in _VIEWS and token.dep_ in ("relcl", "acl", "amod") and self._who_they_are(token):
            return None  # "the only people who think the pool is finished": who they are, no view reported
        if token.head.i in silenced and token.dep_ in ("xcomp", "ccomp", "pcomp") and token.i > token.head.i:
            return None
        if lemma == "cite" and token.head.i in silenced and token.dep_ == "advcl" and token.i > token.head.i:
            return None  # "declined to comment, citing patient confidentiality": the refusal's reason
        if any(
            self.lex.has("not_speech", f"{lemma} {'money' if o.ent_type_ == 'MONEY' else o.lemma_.lower()}")
            for o in token.children
            if o.dep_ in ("dobj", "prep", "oprd") and not self.art.in_quote(o)
        ):
            # "denies six counts of fraud": a plea; "claimed £3 million": money; "was declared the winner"
            # (a predicate noun): a result (not 'declaring it “another super Tuesday for our campaign”':
            return None  # quoted words, which the parser split, are what was said)
        if lemma == "boast" and any(c.dep_ == "dobj" for c in token.children):
            return None  # "the free-trade zone still boasts one small supermarket": has (not "boasted of")
        able = any(
            c.dep_ == "aux" and c.lower_ in ("can", "could") and c.i < token.i and not self.art.in_quote(c)
            for c in token.children
        )
        # (but "a spokesman could only quip: “…”" tells what he did say)
        only = any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < token.i for c in token.children)
        if able and lemma not in _PERFORMED and not only and not any(c.dep_ == "neg" for c in token.children):
            # "It can show that …", "Residents can comment on the proposals until 19 February": what a
            # source is able to say, not a report that it said it ("Police can confirm that …" is one)
            return None
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        ):
            return None  # "there is still time for landowners to suggest changes": a chance to speak
        future = any(
            c.dep_ == "aux" and c.lower_ in _FUTURE and c.i < token.i and not self.art.in_quote(c)
            for c in token.children
        )
        particle = self.lex.particles.get(lemma)
        if particle and not any(particle_of(c, token) and c.lower_ == particle for c in token.children):
            return None
        subject, inherited = cue_subject(token, self.lex.frames)
        if subject is None:
            subject = _described_name_after(token)  # "…,” says coxswain Ewan Tregarthen ("coxswain" a verb)
        if subject is None:
            subject = _subject_hung_on_the_tag(token)  # "…,” the 63-year-old says ("the" a child of "says")
        if subject is None:
            subject = self._name_read_as_an_adverb(token)  # "…,” said Skelly, adding …" ("Skelly" an adverb)
        if subject is not None and self.art.in_dateline(subject):
            # "12.40pm – A friend of Pike's family … said": the live blog's time, which the parser made a
            # second subject, is nobody
            others = (c for c in token.children if c.dep_ in SUBJECTS and not self.art.in_dateline(c))
            subject = next(others, None)
        if subject is not None and self.art.in_label(subject) and not self.art.in_label(token):
            # "Sunil Varcoe (01:31): In a statement, Keystead said …": a turn's label is not the subject
            # (or the parser made the subject an apposition of the label: "…): A spokesperson … told me")
            # (down a chain of appositions: "QUESTION (Ruth Bell, The Standard): Minister, the opposition
            # spokesman, Owen Pryce, has called …", past the minister she addresses)
            words = [c for c in token.children if c.dep_ in SUBJECTS]
            words += [c for c in subject.subtree if c.dep_ == "appos" and not self._addressed(c)]
            subject = next((c for c in words if not self.art.in_label(c)), None)
        if subject is not None and (name := _name_before_its_description(subject)) is not None:
            subject = name  # "Outside the ground, Gurpreet Sandhu, a season-ticket holder …, said": the name
        if subject is not None and (name := _name_after_a_place(subject)) is not None:
            subject = name  # "Outside court, Kerensa Polglase, trading standards manager …, said": her
        if subject is not None and (other := self._named_after_the_addressed(subject)) is not None:
            subject = other  # "Martin Ashby, the opposition leader on the council, Rhona Gell, has called …"
        if subject is not None and subject.pos_ == "NOUN" and not subject.n_rights:
            # "Her co-author, Dr Mei-Ling Chao, a statistician …, said": the parser broke the apposition
            # into two subjects of the verb; the name set off by commas is who spoke
            named = (
                c
                for c in token.children
                if c.dep_ == "nsubj"
                and c.pos_ == "PROPN"
                and c.i > subject.i
                and c.left_edge.i > 0
                and self.doc[c.left_edge.i - 1].text == ","
            )
            subject = next(named, subject)
        if subject is None and token.pos_ == "NOUN" and _tag_read_as_a_noun(token):
            subject = token.doc[token.i - 1]  # "“…,” the affidavit states.": the noun the parser hung on it
        if subject is None and (subject := _participle_subject(token)) is not None:
            if self.lex.has("document", subject.lemma_.lower()) and subject.i not in self.resolver.cache:
                # named by the whole phrase up to the cue: "figures obtained through a freedom of
                # information request", as "according to" names a document
                first, last = subject.left_edge, self.doc[token.i - 1]
                phrase = self.text[first.idx : last.idx + len(last)]
                phrase = phrase[:1].lower() + phrase[1:] if first.is_sent_start else phrase
                self.resolver.cache[subject.i] = Source(phrase, "document", first.idx, last.idx + len(last))
        frames = self.lex.frames.get(lemma, frozenset({"clause"}))
        contact = _said_of_the_noun_before(token) if "clause" in frames else None
        if contact is not None:
            subject, inherited = contact[0], False
            names = self.art.names
            if subject.i not in self.resolver.cache and names.knows(subject.text):
                # the name alone, not the phrase the parser hung it in ("a knife Hazel")
                name = names.canonical([subject.text], subject.i)
                at = (subject.idx, subject.idx + len(subject))
                self.resolver.cache[subject.i] = Source(name, "named_person", *at, names.gender_of(name))
        if "clause" in frames and _goes_on_from_a_tag(token, self.lex.frames):
            frames = frames | {"object"}  # "Mr. Brown said, recalling a visit to his church": told
        closing = closing_tag(token, frames) if "clause" in frames and not self.art.in_quote(token) else None
        closed_at: int | None = None
        reported = closing is not None and subject is not None and self._reported_subject(subject, closing[1])
        if closing is not None and (subject is None or (closing[0].i < token.i and (inherited or reported))):
            # "X did Y, a spokeswoman, Z, said": not X; "He died on Sunday …, his widow, Maureen Ferrier,
            # said": not the reported clause's "He", which the parser offered as the subject
            subject, inherited = closing[0], False
            closed_at = closing[1]  # (and what was said ends at the comma before the speaker's words)
        if subject is None or (self._quoted(subject) and not self.art.in_quote(token)):
            named = self._named_after_quotation(token)
            if named is not None:
                subject, inherited = named, False
        if subject is None:
            subject = self._name_read_as_a_word(token)
            if subject is not None and subject.dep_ == "aux":
                future = False  # "Will described …" is George Will's past, not a future
        if subject is None:
            subject = (
                self._name_hung_on_a_clause_before(token)
                or self._name_opening_the_sentence(token)
                or _many_read_as_a_modifier(token)
            )
        if subject is None:
            return None
        if self._quoted(subject) and not self.art.in_quote(token):
            # the parser took a word of the quotation for the subject ("“… Ohio,” Mr. Trump said",
            # "“… last night, Mr. President,” Representative Steve Cohen told …"): the speaker is
            # another subject or an apposition outside the quote marks
            outside = [
                c
                for c in (*token.children, *subject.children, *(subject.head.children if inherited else ()))
                if (c.dep_ in SUBJECTS or (c.dep_ == "appos" and c.head == subject))
                and not self.art.in_quote(c)
            ]
            if not outside:
                return None
            subject = min(outside, key=lambda c: abs(c.i - token.i))
        if subject.lower_ in _NOBODY:
            return None  # "Nobody asked to be …": no statement
        if lemma == "threaten" and subject.pos_ == "NOUN" and not subject.ent_type_:
            if not self.resolver.human(subject):
                return None  # "A pending ballot initiative threatened to raise the wage": a risk, no threat
        if self._answer_inside_a_finding(token, subject):
            return None  # "The survey found … and that many said …": the finding says it
        # "Brockway keeps a letter …. It reads, in part: “…”": the document "it" stands for
        # (and "a report published last autumn by the Linfield Institute …. It found that …": the report)
        pronoun = (lemma in _DOCUMENT_CUES or lemma in _WHAT_DOCUMENTS_DO) and subject.lower_ == "it"
        letter = self._document_before(subject) if pronoun else None
        if (
            lemma in _DOCUMENT_CUES
            and letter is None
            and not self.lex.has("document", subject.lemma_.lower())
            and not (token.dep_ == "acl" and quotation_follows(token))  # "a message reading “…”"
        ):
            return None
        if letter is not None and subject.i not in self.resolver.cache:
            found = self.resolver.resolve(letter)
            if found is not None and found.type == "document":
                self.resolver.cache[subject.i] = Source(
                    found.name, "document", subject.idx, subject.idx + len(subject)
                )
        if lemma in _GOING_ON_CUES and not self._goes_on_speaking(token, subject):
            return None
        if self._interview_setting(token):
            return None
        if self.art.in_turn(token) and (
            subject.lower_ in _SPEAKING_NOW or any(c.tag_ == "MD" for c in token.children)
        ):
            return (
                None  # in an interview, "I said", "you told us", "they will tell you": the turn's own words
            )
        parts = complements(token, frames, self.art) if contact is None else [contact[1]]
        if _participle_before_its_verb(token, parts):
            return None  # "Three names prominently mentioned as potential nominees are …": "are" is the verb
        if not parts and "clause" in frames:
            parts = _clause_the_parser_misplaced(token)
        if not parts and "clause" in frames and subject.i > token.i:
            # "The rejection of the treaty signals “the beginning of the end”, said Geert Wilders": the
            # clause before an inverted tag, read as a noun phrase and a second subject
            parts = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i][:1]
        if (
            lemma in FINDING
            and parts
            and not self.lex.has("document", subject.lemma_.lower())
            and (
                all(p.pos_ not in ("VERB", "AUX") for p in parts)
                or any(c.dep_ == "dobj" for c in token.children)  # "I hid it, she found it by breakfast"
            )
        ):
            return None  # "they found it too hot": what someone felt, not a finding reported
        if not inherited and len(parts) > 1:  # not the clause holding the speaker ("X, who sits …, said")
            parts = [p for p in parts if not p.left_edge.i <= subject.i <= p.right_edge.i] or parts
        if not parts and lemma in FINDING and self.lex.has("document", subject.lemma_.lower()):
            parts = _small_clause(token)  # "A poll released Thursday found her narrowly ahead of …"
        if parts and all(p.i in silenced and self._refused_comment(p) for p in parts):
            return None  # "said it would not comment further": the non-statement says it all
        if self._what_it_does(token, subject, parts):
            return None  # "a charity that advises tenants on repairs": its work, not a statement
        tag = contact is not None and contact[2]
        colon = self.art.in_turn(token) and _before_colon(token)  # outside a turn, the quotation takes it
        if not parts and "clause" in frames and (_around(token) or _trailing(token) or colon):
            # "Most cases, he said, were …": the clause around the tag ("The money, she said, was gone":
            # the clause's verb, not the auxiliary the parser hung the tag on)
            host = token.head
            on_subject = host.dep_ in SUBJECTS and host.head.i > token.right_edge.i
            if host.dep_ in ("aux", "auxpass") or on_subject:
                host = host.head  # (the subject's verb, when the parser hung the tag on the subject)
            parts, tag = [host], True
        elif not parts and "clause" in frames and (rest := _rest_after_a_root_tag(token)) is not None:
            parts, tag = [rest], True
        elif not parts and as_clause(token) and "clause" in frames:
            # "As the Ledger first reported, the plan …": the clause it qualifies
            host = as_clause_host(token)
            parts, tag = [host] if host is not None else [], True
        elif not parts and "clause" in frames and _hosts_its_clause(token):
            # "… after Trump told The Washington Post he was “not quite there yet”": the parser hung the
            # cue on the clause it reports
            parts, tag = [token.head], True
        elif not parts and closing is not None:
            # "…, the Chicago Tribune reports.": the clause before the comma
            return Cue(token, closing[0], False, [], True, None, future, clause_end=closing[1])
        outer = outer_cue(token, self.lex.frames)
        if closed_at is not None and parts and all(p.right_edge.i >= closed_at > p.i for p in parts):
            # a clause the parser ran on past the comma ("…, his widow"): it ends there
            return Cue(token, subject, inherited, parts, tag, outer, future, clause_end=closed_at)
        return Cue(token, subject, inherited, parts, tag, outer, future)

    def _reported_subject(self, subject: Token, comma: int) -> bool:
        """Is ``subject`` the subject of a clause before the closing tag's comma, what was said ("He died
        on Sunday …, his widow, Maureen Ferrier, said"), not a description of the speaker ("“…?” the
        chairwoman, Ines Achterberg, interrupted")?"""
        return subject.i < comma and any(t.pos_ in ("VERB", "AUX") for t in self.doc[subject.i + 1 : comma])

    def _asked_in_question(self, token: Token) -> bool:
        """ "Why did the judge say it was unlawful?": a subhead, a paragraph that is one question in the
        writer's voice, heads what follows; it reports nothing (an interviewer's question in a
        transcript or Q&A is a turn, and reports what it reports)."""
        art = self.art
        if art.in_quote(token) or art.in_turn(token):
            return False
        sentence = art.sentences[art.sentence_of(token.idx)]
        paragraph = art.parsed.article.paragraphs[art.paragraph_of(token.idx)]
        if paragraph.end - paragraph.start > _SUBHEAD_CHARACTERS:
            return False  # (read no long paragraph again at every cue: linear in a long one)
        words = self.text[sentence.start : sentence.end].strip()
        alone = self.text[paragraph.start : paragraph.end].strip() == words
        # (short, and a question from its first word: not "A reporter asked: Did they …?")
        heading = len(words.split()) <= _SUBHEAD_WORDS and words.split()[0].lower() in _QUESTION_OPENERS
        return alone and heading and words.endswith("?")

    def _document_before(self, pronoun: Token) -> Token | None:
        """ "Brockway keeps a letter pinned above the sink …. It reads, in part: “…”": the document
        (its head noun, outside quote marks; the last) the sentence before names, for "it" to stand for."""
        art = self.art
        documents = [
            t
            for t in art.sentence_before(pronoun)
            if t.pos_ == "NOUN" and self.lex.has("document", t.lemma_.lower()) and not art.in_quote(t)
        ]
        if documents:  # its subject ("The report … draws on council records"), else the last ("The
            # numbers behind the plan come from a report …"); for what a report does, not when a body or
            # a person is that sentence's subject ("In its report, the Reserve Bank said …. But it estimated")
            subject = next((t for t in documents if t.dep_ in SUBJECTS), None)
            if subject is not None or pronoun.head.lemma_.lower() in _DOCUMENT_CUES:
                return subject or documents[-1]
            # "It found that … broken, in some cases for months. It describes …": the "it" before, still
            if (chained := self._document_it_before(pronoun)) is not None:
                return chained
            named = any(t.dep_ in SUBJECTS and t.pos_ == "PROPN" for t in art.sentence_before(pronoun))
            return None if named else documents[-1]
        # "It found that …. It estimates that …": the document the "it" before stood for
        return self._document_it_before(pronoun)

    def _document_it_before(self, pronoun: Token) -> Token | None:
        """The subject "it" of the sentence before, when it stood for a document."""
        before = [t for t in self.art.sentence_before(pronoun) if t.lower_ == "it" and t.dep_ in SUBJECTS]
        found = self.resolver.cache.get(before[0].i) if before else None
        return before[0] if found is not None and found.type == "document" else None

    def _answer_inside_a_finding(self, verb: Token, subject: Token) -> bool:
        """ "The survey also found that … and that many said they could not afford …": what a share of
        the people asked said is part of the document's finding, not a statement of its own (a
        blurred "many" speaking). A share: "many", "most", "a third", "40 per cent", "respondents"."""
        share = subject.lower_ in _SHARES or subject.ent_type_ == "PERCENT" or subject.lemma_ == "respondent"
        if not share or subject.dep_ not in SUBJECTS:
            return False
        for up in itertools.islice(verb.ancestors, 6):
            if up.lemma_.lower() in FINDING:
                found_by = own_subject(up)
                return found_by is not None and self.lex.has("document", found_by.lemma_.lower())
        return False

    def _name_hung_on_a_clause_before(self, verb: Token) -> Token | None:
        """ "Opening the case on Tuesday, Rachel Imrie KC, prosecuting, told the court …": a cue with no
        subject whose speaker the parser hung on the clause before it (as its adverbial noun or an
        apposition): the last person named there, outside quote marks."""
        doc, found = verb.doc, None
        for clause in verb.lefts:
            if clause.dep_ != "advcl":
                continue
            # (the few words before the cue only: linear however long the clause)
            for t in doc[max(clause.left_edge.i, verb.i - _NAME_WINDOW) : verb.i]:
                if (
                    t.dep_ in ("npadvmod", "appos")
                    and t.head.i != verb.i
                    and clause.is_ancestor(t)
                    and not self.art.in_quote(t)
                    and (t.ent_type_ == "PERSON" or self.art.names.person_at(t.i) is not None)
                ):
                    found = t
        return found

    def _interview_setting(self, verb: Token) -> bool:
        """ "Reporter Maud Elliston spoke to him about lambing, recruitment and …", introducing an
        interview printed as turns: the conversation that follows, not a statement of its own."""
        if self.art.in_turn(verb):
            return False
        talked = verb.lemma_.lower() in _CONVERSING and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children
        )
        # "Health reporter Lorna Haig asked him how it is coping.": the questions that follow
        asked = verb.lemma_.lower() == "ask" and any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them") for c in verb.children
        )
        if not (talked or asked):
            return False
        if self.first_turn is None:  # read once per article
            self.first_turn = next((q.start for q in self.art.quotes if q.turn), len(self.text))
        has_turns = self.first_turn < len(self.text)
        return has_turns and (talked or verb.idx < self.first_turn)

    def _name_opening_the_sentence(self, verb: Token) -> Token | None:
        """ "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he …", "Neil
        Sroka, communications director of …, or DFA - which was founded by … - said Sanders …": a cue
        with no subject, right after a comma or a dash, in a sentence that opens with a name and a comma
        (an apposition the parser could not read): the name."""
        doc = verb.doc
        sent = sentence_span(verb)
        if verb.i - sent.start > _OPENING_NAME_WINDOW or doc[verb.i - 1].text not in (",", *_DASHES):
            return None
        first = sent.start
        while first < verb.i and (
            doc[first].lower_.rstrip(".") in TITLE_ABBREVIATIONS or self.lex.has("title", doc[first].lower_)
        ):
            first += 1  # "Mr. Slinker, whose latest start-up …, said", "Detective Inspector Lowri Haddad, …"
        ent = self.art.ent_of.get(first)
        if ent is None and doc[first].is_title and doc[first + 1].text == "," and first + 1 < verb.i:
            # "Vesely, whose party holds 31 seats, said …": a surname the model tagged nothing (and the
            # parser read as an adverb), known to the article as a name
            return doc[first] if self.art.names.knows(doc[first].text) else None
        if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.start != first:
            return None
        if ent.end >= verb.i or doc[ent.end].text != "," or self.art.in_quote(ent.root):
            return None
        return ent.root

    def _name_read_as_a_word(self, verb: Token) -> Token | None:
        """ "Jolly said he had …", "Will described Trump as …", "“…,” said Skelly": a surname that is
        also an English word (or one the model does not know), first in its sentence or right after the
        verb that follows a quotation, read by the parser as the cue's adverb or auxiliary. A verb of
        saying there has a subject, and a name the article has given is it."""
        doc = verb.doc
        i = verb.i - 1
        if i > 0 and doc[i].dep_ == "advmod" and doc[i].is_lower and doc[i].head.i == verb.i:
            i -= 1  # "Jolly also said"
        # first in its sentence, or a "modal" right before a past form (:func:`name_before_past_form`)
        before = doc[i] if i >= 0 and (doc[i].is_sent_start or name_before_past_form(doc[i], verb)) else None
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) and verb.i > 0 and doc[verb.i - 1].is_punct else None
        for word in (before, after):
            if (
                word is not None
                and word.head.i == verb.i
                and word.is_title
                and word.dep_ not in ("neg", "punct", "mark", "cc", "prep")
                and not self.art.in_quote(word)
                and self.art.names.knows(word.text)
            ):
                return word
        return None

    def _named_after_quotation(self, verb: Token) -> Token | None:
        """ "“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said …", "“…,” Texas delegate Bill
        Eastland, wearing a cowboy hat, said …": the name right after the quotation, an aside set off by
        commas between it and the cue, however the parser hung them (a reading of the surface; the
        parser's own coordination of name and cue is read by :func:`~kit.sources.cues.cue_subject`)."""
        doc, sent = self.doc, sentence_span(verb)
        if verb.i < 2 or doc[verb.i - 1].text != ",":
            return None
        for k in range(sent.start, verb.i - 3):
            if doc[k].tag_ != "''" or not self.art.in_quote(doc[k - 1]):
                continue  # a closing quote mark, after the quotation's words
            j = k + 1
            while j < verb.i and (
                doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET")
                or doc[j].lower_.rstrip(".") in TITLE_ABBREVIATIONS
            ):
                j += 1
            head = doc[j - 1]
            if j > k + 1 and doc[j].text == "," and j < verb.i - 1 and head.pos_ in ("PROPN", "NOUN"):
                return head
            return None
        return None

    def _goes_on_speaking(self, verb: Token, subject: Token) -> bool:
        """Is ``verb`` ("continued") a speaker going on: right after a quotation with its subject
        ("“…,” he continued", "“…,” continued Cruz"), before a quotation's colon ("Cruz continued:
        “…”") or with a that-clause? Not "prices continued to rise", "the rally continued"."""
        if any(
            c.dep_ in ("xcomp", "dobj", "prep", "acomp", "attr", "oprd", "agent") and not self.art.in_quote(c)
            for c in verb.children  # (a quotation's own verb hung on it: "The mayor continued: “Let me …”")
        ):
            return False
        if any(c.dep_ == "ccomp" and that_clause(c) for c in verb.children):
            return True
        first = self.doc[min(verb.i, subject.left_edge.i)]  # the subject before the verb, or the verb
        last = self.doc[
            max(verb.i, subject.right_edge.i)
        ]  # the verb, or an inverted subject ("continued Cruz")
        before_text = self.text[max(0, first.idx - 8) : first.idx]
        after_text = self.text[last.idx + len(last) :][:8]
        return bool(_QUOTE_CLOSED.search(before_text) or _QUOTE_OPENS.match(after_text))

    def _sentence(
        self, index: int, cues: list[Token], silenced: dict[int, Any], naming: dict[int, Token]
    ) -> None:
        art = self.art
        sent = art.sentences[index]
        span = art.sentence_tokens(index)
        valid = [
            c for c in (self._valid_cue(t, silenced, naming) for t in sorted(cues, key=lambda t: t.i)) if c
        ]
        _give_back_clauses(valid)
        cutters = _Cutters(valid)
        # direct quotations starting in this sentence
        quotes_here = [
            (qi, q) for qi, q in self._quotes_starting(sent.start, sent.end) if qi not in self.used_quotes
        ]
        split: dict[int, _Item] = {}  # cue token → its direct item in this sentence
        quote_opens: dict[int, int] = {}  # cue token → where the first quotation it took opens
        for qi, q in quotes_here:
            lead_in = self.text[sent.start : q.start][-120:]
            if not self._statement_like(q) or _ACCORDING_BEFORE.search(lead_in):
                continue  # "…, according to the council, “every 20 minutes or so”": the phrase's, below
            if any(self._reports_more(c, q, span, least=2 if c.token.idx < q.start else 3) for c in valid):
                continue  # the quotation is a fragment of a longer reported clause: partial, below
            cue = self._nearest_cue(q, valid, index)
            if cue is None:
                cue = self._colon_cue(q) or self._statement_issued(q, span)
            if cue is None and (labelled := self._document_label(q)) is not None:
                self._add(labelled[0], "direct", labelled[1], (q.content_start, q.content_end), index, q)
                self.used_quotes.add(qi)
                continue
            if cue is not None:
                source = self._source(cue.subject, inherited=cue.inherited)
                if source is None and cue.subject is not None:
                    source = self._source_guess(cue.subject, inherited=cue.inherited)
                quote_opens.setdefault(cue.token.i, q.start)
                self.used_quotes.add(qi)
                first = split.get(cue.token.i)
                if (
                    first is not None
                    and first.content[1] <= cue.token.idx < q.start
                    and not _sentence_ends(self.text[cue.token.idx : q.start])  # '… said X. ''B''': two
                ):
                    # one quotation split by its cue ("“…,” said Tamsin Hale, who runs …, “and …”"): its
                    # second part goes on from the first, a continuation with the same cue (as the keys
                    # list it), and the tag between them is no part of what was said
                    said = first.source
                    if said is None:
                        first.content = (first.content[0], q.content_end)
                        first.quoted_words += count_words(q.content(self.text))
                        continue
                    going_on = Source(said.name, said.type, None, None, said.gender)
                    self._add(going_on, "direct", first.cue, (q.content_start, q.content_end), index, q)
                    continue
                split[cue.token.i] = self._add(
                    source, "direct", self._cue_text(cue.token), (q.content_start, q.content_end), index, q
                )
                split[cue.token.i].cue_token = cue.token
                self._remember_statement(cue.token, source)
            elif (lead := self._lead_in(q)) is not None:
                self._add(lead, "direct", None, (q.content_start, q.content_end), index, q)
                self.used_quotes.add(qi)
            elif (after := self._quoted_after_a_pronoun(q)) is not None:
                # "I ask her about the ending. She seems to have been expecting the question. ¶ “I knew …”"
                self._add(after, "direct", None, (q.content_start, q.content_end), index, q)
                self.used_quotes.add(qi)
            else:
                previous = self._previous_for(q)
                if previous is not None:
                    src = previous.source
                    self._add(
                        Source(src.name, src.type, None, None, src.gender),
                        "direct",
                        previous.cue,
                        (q.content_start, q.content_end),
                        index,
                        q,
                    )
                    self.used_quotes.add(qi)
        # indirect and partial speech
        for cue in valid:
            if cue.future:
                continue  # "an expert who will argue that …": not said yet
            opens = quote_opens.get(cue.token.i)  # the cue already took a quotation opening there
            if opens is not None:
                # "said the case had been solved by neighbors: “This community …”": the clause before
                # the colon is reported too, without the quotation
                cue = replace(cue, parts=[p for p in cue.parts if p.right_edge.idx < opens])
                if not cue.parts or cue.tag:
                    continue
            content = self._content(cue, span, cutters)
            if content is None or self.text[content[0] : content[1]].lower() in _EMPTY_CONTENT:
                continue  # "she rarely spoke about it": nothing reported
            if opens is not None and not (
                cue.token.idx < content[0]
                and content[1] <= opens
                and self.text[content[1] : opens].strip() == ":"
            ):
                continue  # the quotation was all it reported
            start, end = content
            if any(
                i.kind == "direct" and not i.turn and i.content[0] <= start and end <= i.content[1]
                for i in self.items[-30:]
            ):
                continue
            source = self._source(cue.subject, inherited=cue.inherited)
            if source is None and not self._quotes_starting(start - 1, end + 1):
                # with no quotation, only "he"/"she" for a person the article named before ("She says he
                # is unfit to serve"), best guessed
                guess = self._source_guess(cue.subject, inherited=cue.inherited)
                if cue.subject.lower_ not in ("he", "she") or guess.type != "named_person":
                    continue
                source = guess
            source = source or self._source_guess(cue.subject, inherited=cue.inherited)
            if not cue.inherited:
                self.resolver.credit(cue.subject.i, source)  # a later "she said" may stand for her
            if source.start is not None and start <= source.start < end:
                content = self._without(start, end, source.start, max(source.end or 0, cue.token.idx + 1))
                if content is None:
                    continue
                start, end = content
            for qi, q in self._quotes_starting(start - 1, end):
                # 'had “earned itself a lie-in, I suppose”': a quotation the clause opens, which the parser
                # cut short (an aside hung elsewhere), runs to its last word
                rest = self.text[end : q.content_end].rstrip(".,;:!?… ")
                opened = start <= q.content_start < end < q.content_end <= sent.end
                if opened and qi not in self.used_quotes and any(c.isalnum() for c in rest):
                    end += len(rest)
            if self.text[start:end].strip().lower() == "to":
                continue  # "because a minister tells her to": what she is told is left unsaid
            inside = [
                (qi, q)
                for qi, q in self._quotes_starting(start - 1, end + 1)
                if start <= q.content_start and q.content_end <= end + 1 and qi not in self.used_quotes
            ]
            whole = next((q for _, q in inside if q.content_start - 2 <= start and end <= q.end + 1), None)
            kind = "indirect"
            if (
                whole is not None
                and count_words(self.text[start:end]) <= count_words(whole.content(self.text)) + 1
            ):
                kind, (start, end) = "direct", (whole.content_start, whole.content_end)
            elif self.art.in_turn(cue.token) and (words := _whole_quotation(self.text, start, end)):
                kind, (start, end) = "direct", words  # "“Where the insurer …,” she said" in an answer
            elif inside or (self.art.in_turn(cue.token) and _QUOTED_WORDS.search(self.text, start, end)):
                kind = "partial"  # (in a turn or a letter, quotation marks make no quotation of their own)
            elif cue.token.tag_ in ("VBZ", "VBP", "NN", "NNS") and start < cue.token.idx:
                # a present-tense tag: "…, experts say" (or as a noun: "records show", "…, O'Keefe notes")
                kind = "according_to"
            for qi, _ in inside:
                self.used_quotes.add(qi)
            quoted = sum(count_words(q.content(self.text)) for _, q in inside)
            cue_text = self._cue_text(cue.token, cue.parts)
            if cue_text[1] <= start < cue_text[2] < end:  # "called for talks": the preposition is the cue's
                rest = self.text[cue_text[2] : end]
                start = cue_text[2] + len(rest) - len(rest.lstrip())
            item = _Item(source, kind, cue_text, (start, end), index, quoted, cue.token)
            self.items.append(item)
            self._remember_statement(cue.token, source)

    def _tag_opening(self, start: int, end: int) -> int | None:
        """Where a content starts past a tag set off by commas that opens it, which the parser made an
        aside of the reported clause ("He sincerely believes, he said, that …": "he said," opens what
        "believes" reports), if one does."""
        doc = self.doc
        first = start + 1 if doc[start].text == "," else start
        tag = next((t for t in doc[first : min(end, first + 4)] if t.dep_ == "parataxis"), None)
        if tag is None or tag.lemma_.lower() not in self.lex.frames or tag.left_edge.i not in (start, first):
            return None
        last = tag.right_edge.i if doc[tag.right_edge.i].text == "," else tag.right_edge.i + 1
        return last + 1 if last < end - 1 and doc[last].text == "," else None

    def _content(self, cue: Cue, span: Span, cutters: _Cutters) -> tuple[int, int] | None:
        """The cue's content as char offsets: its complements, without the cue, the speaker, or a
        second cue coordinated with it ("said A and called B") or set apart from it (``cutters``)."""
        hull = (
            clause_hull(cue.parts, cue.token, span)
            if cue.clause_end is None
            else (span.start, cue.clause_end)
        )
        if hull is None and not cue.parts:
            hull = _clause_after_that_and_a_comma(cue.token, span)
        if hull is None or self._tag_repeating_its_report(cue):
            return None
        start, end = hull
        doc = self.doc
        while start < end and self.art.in_dateline(doc[start]):
            start += 1  # "20:10 — Firefighters have freed …, the service said": the post's time is no content
        while start < end and _right_after_the_cue(cue.token, start):
            # "said on Monday the bridge would …", "told reporters Thursday he viewed …": when it was said
            time = doc[start]
            if time.head.i > start and time.head.left_edge.i == start and time.head.ent_type_ in TIME_ENTS:
                time = time.head  # "last Thursday"
            if time.head.i <= start or time.right_edge.i + 1 >= end:
                break
            if time.dep_ == "prep" and is_temporal(time, self.art):
                start = time.right_edge.i + 1
            elif time.dep_ == "npadvmod" and time.ent_type_ in TIME_ENTS:
                start = time.right_edge.i + 1
            else:
                break
        if start < end and (aside := self._tag_opening(start, end)) is not None:
            start = aside  # "He sincerely believes, he said, that …": the tag is not what he believes
        if (subject := _subject_taken_as_object(cue.token, start)) is not None:
            start = subject  # "Comey testified “thousands” of emails … had not been turned over"
        for other in cutters.within(cue, start, end):
            if other.token.i >= end:
                break  # sorted by position, and ``end`` only moves back
            if (
                other.outer is not None
                and other.outer.i == cue.token.i
                and start < other.token.i < end
                and (other.inherited or other.subject is None)  # not "said that Leskava might accept …"
                # (nor a bare verb coordinated with one inside the content: "told X that doctors would “have
                # to look patients in the eye” and explain why …": they would explain, it is what he told;
                # not "said the cuts fell hardest … and called the plan …", his second statement)
                and not (
                    other.token.dep_ == "conj"
                    and other.token.tag_ == "VB"
                    and cue.token.i < other.token.head.i < other.token.i
                    and _under_a_modal(other.token.head)
                )
            ):
                cut = other.token.i
            elif start < other.token.left_edge.i < other.token.i < end and other.token.i in cutters.apart:
                if _opens_the_clause(other.token, start):
                    continue  # "said that, although critics claimed …, the council would go ahead": inside
                cut = other.token.left_edge.i  # "said Clinton is honest, and three-quarters said the same"
            elif other.clause_end is not None and max(start, cue.token.i) < other.clause_end < end:
                cut = other.clause_end  # "said the plan was dead, the Ledger reported": its clause ends there
            elif (
                start < other.token.i < end
                and other.inherited
                and other.subject is not None
                and cue.subject is not None
                and other.subject.i == cue.subject.i
                and (
                    (
                        other.token.dep_ == "advcl"
                        and self.doc[other.token.left_edge.i - 1].text in _AFTER_A_TAG
                    )
                    or (other.token.dep_ == "acl" and participle_after_comma(other.token))
                )
            ):
                # "told X that Romney “had …,” adding, “…”": the speaker goes on
                cut = other.token.left_edge.i
            else:
                continue
            while cut > start and (self.doc[cut - 1].dep_ == "cc" or self.doc[cut - 1].is_punct):
                cut -= 1
            end = cut
        trimmed = trim_edges(self.doc, start, end)
        if trimmed is None:
            return None
        if cue.tag and cue.clause_end is None:
            edge_l, edge_r = cue.token.left_edge, cue.token.right_edge
            host = cue.parts[0] if cue.parts and cue.parts[0].pos_ in ("VERB", "AUX") else None
            if host is not None and host.head == cue.token and cue.subject is not None:
                # "The decision, he told reporters, was final": the parser hung the clause on its tag
                edge_l, edge_r = cue.subject.left_edge, self.doc[host.left_edge.i - 1]
            # "Most of them, she acknowledged, led nowhere": the side with the clause's verb
            return self._without(
                *trimmed, edge_l.idx, edge_r.idx + len(edge_r), keep=host.idx if host is not None else None
            )
        return trimmed

    def _tag_repeating_its_report(self, cue: Cue) -> bool:
        """ "Council spokesman Rick Tyler said that the council will …, he said.": a closing "he said" whose
        clause is a report of its own by a named person, who says it already; the tag adds no statement
        (its content would be the whole report, "Rick Tyler said that …", the first cue inside it)."""
        if len(cue.parts) != 1 or cue.subject is None or cue.subject.lower_ not in PERSON_PRONOUNS:
            return False
        inner = cue.parts[0]
        named = own_subject(inner) if inner.i < cue.token.i else None
        return (
            named is not None
            and named.pos_ == "PROPN"
            and inner.lemma_.lower() in self.lex.frames
            and inner.tag_ in ("VBD", "VBZ", "VBP")
            and inner.right_edge.i < cue.token.i
            and any(c.dep_ == "ccomp" for c in inner.children)
            and not any(self.art.in_quote(t) for t in (inner, named))
        )

    def _without(
        self, start: int, end: int, hole_start: int, hole_end: int, *, keep: int | None = None
    ) -> tuple[int, int] | None:
        """``[start, end)`` minus a hole inside it: the side holding ``keep`` (a character offset) if one
        does, else the side with more words."""
        hole_start = max(hole_start, start)  # a hole from before the span: "…, its pattern … Hazel says"
        if not (start <= hole_start < end) or hole_end <= start:
            return start, end
        left, right = self.text[start:hole_start], self.text[hole_end:end]
        if keep is not None and (start <= keep < hole_start or hole_end <= keep < end):
            left_side = keep < hole_start
        else:
            left_side = count_words(left) >= count_words(right)
        a, b = (start, hole_start) if left_side else (hole_end, end)
        rng = _token_range(self.doc, a, b)
        return trim_edges(self.doc, *rng) if rng[1] > rng[0] else None

    def _what_it_does(self, token: Token, subject: Token, parts: list[Token]) -> bool:
        """A relative clause in the present tense that says what someone does, with no reported clause,
        topic or quoted words: "a charity that advises private tenants on repairs", "a museum which now
        boasts the largest collection" (unlike "a charity that says one home in ten …", "which calls it
        “…”" or "which warns of rising deaths")."""
        return (
            token.dep_ == "relcl"
            and token.tag_ in ("VBZ", "VBP")
            and subject.lower_ in ("that", "which", "who")
            and not any(p.dep_ == "ccomp" or (p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS) for p in parts)
            and not any(self.art.in_quote(t) for p in parts for t in p.subtree)
        )

    def _reports_more(self, cue: Cue, q: Quote, span: Span, *, least: int = 3) -> bool:
        """Does the cue's reported clause hold the quotation plus ``least`` words of its own (a partial
        quote)? Two are enough for a cue before the quotation ("said engineers were “…”")."""
        hull = clause_hull(cue.parts, cue.token, span)
        trimmed = hull and trim_edges(self.doc, *hull)
        if not trimmed:
            return False
        a, b = trimmed
        # (the clause may stop at the quotation's last word, before its comma and closing mark: 'reminded
        # them that testimony “should be weighed with particular care,” and told them …')
        last_word = q.content_start + len(q.content(self.text).rstrip(",;:… "))
        goes_on = self.text[q.end : q.end + 5].lstrip().startswith("and ")
        inside = q.end <= b + 1 or (last_word <= b + 1 and goes_on)
        if not (a <= q.start and (inside or self._closes_the_clause(cue, q, a, b))):
            return False
        if self.text[a : q.start].rstrip().endswith(":") and q.content(self.text)[:1].isupper():
            return False  # "said the case had been solved by neighbors: “This community …”": a quotation
        if cue.tag and self._only_quoted_around(cue, a, b):
            return False  # "“If you want homes,” she said, “build them.”": one quotation split by its tag
        if cue.token.idx < q.start and any(
            t.dep_ == "mark" and t.lower_ == "that" and cue.token.idx < t.idx < q.start
            for p in cue.parts
            for t in p.children
        ):
            least = 1  # "she said that workers “must be allowed to fail …”": a fragment of her clause
        return count_words(self.text[a : q.start]) + count_words(self.text[q.end : b]) >= least

    def _closes_the_clause(self, cue: Cue, q: Quote, start: int, end: int) -> bool:
        """A quotation that opens inside the reported clause ``[start, end)`` and ends it and its
        sentence, where the clause stops short of the quotation's end (the marks after its last word,
        or an aside the parser hung elsewhere): 'had “written for the people who shipped those jobs
        overseas.”', 'had “earned itself a lie-in, I suppose”.' Not one that a tag introduces ("as
        Maureen Pell put it …, “…”"), nor one after another verb of saying ("…, adding of Mr. Trump,
        “…”", "He believes, he said, that “…”"): that one's."""
        if not start <= q.start < end:
            return False  # (the quotation opens inside the clause, which stops short of its end)
        if start <= cue.token.idx < q.start and self.text[start : q.start].rstrip()[-1:] in (",", ":"):
            return False  # "Or, as Maureen Pell put it when I rang her back, “…”": the tag's quotation
        ends = q.content(self.text).rstrip("\"'”’»")[-1:] in (".", "!", "?", "…")
        after = self.text[q.end : q.end + 3].lstrip("\"'”’») ")
        if not (ends or after[:1] in (".", "!", "?", "…")):
            return False  # (the sentence ends in the quotation, or right after it: 'a lie-in, I suppose”.')
        words = self.doc.char_span(min(start, cue.token.idx), q.start, alignment_mode="contract")
        if words is None:
            return True
        return not any(  # (the last words before the quotation only: a bounded look back)
            t.lemma_.lower() in self.lex.frames and t.i != cue.token.i
            for t in words[-_CLAUSE_BEFORE_QUOTE:]
            if t.pos_ == "VERB"
        )

    def _only_quoted_around(self, cue: Cue, start: int, end: int) -> bool:
        """Is ``[start, end)`` quotations and the tag between them ("she said,", "Dr Olsen said"), no
        words of its own?"""
        who = cue.subject
        tag = [cue.token] if who is None else [cue.token, who.left_edge, who.right_edge]
        quoted = [(q.start, q.end) for _, q in self._quotes_starting(start - 1, end)]
        cuts = sorted([*quoted, (min(t.idx for t in tag), max(t.idx + len(t) for t in tag))])
        at, words = start, 0
        for lo, hi in cuts:
            words += count_words(self.text[at:lo]) if lo > at else 0
            at = max(at, hi)
        return words + count_words(self.text[at:end]) == 0

    def _colon_cue(self, q: Quote) -> Cue | None:
        """A quotation opening the paragraph after one that ends with a colon ("… described it:")."""
        art = self.art
        here = art.paragraph_of(q.start)
        paragraphs = art.parsed.article.paragraphs
        opening = paragraphs[here].start if here else 0
        if here == 0 or q.start - opening > 4 or self.text[opening : q.start].strip():
            return None  # (the quotation opens the paragraph: nothing of a long paragraph is read again)
        before = paragraphs[here - 1]
        if not self.text[before.start : before.end].rstrip().endswith(":"):
            return None
        cues = self._sentence_cues(art.sentence_of(before.end - 1))
        return cues[-1] if cues else None

    def _signatures(self) -> frozenset[int]:
        """The paragraphs that sign a letter (its label after its words), found once."""
        if self._signed is None:
            art = self.art
            self._signed = frozenset(  # (not the last line a signature after a dash closes)
                art.paragraph_of(q.label_start)
                for q in art.quotes
                if q.turn
                and q.label_start is not None
                and q.label_start >= q.end
                and art.paragraph_of(q.label_start) != art.paragraph_of(max(q.end - 1, q.start))
            )
        return self._signed

    def _salient(self, token: Token) -> bool:
        """Is the token a subject that names someone, for pronouns to refer to? (The cheap tests
        first: this reads every token of the article.)"""
        doc = token.doc
        # "one of the staff wrote to me. She said …": someone for "she" (not "one of whom")
        one_of = token.lower_ == "one" and any(
            c.lower_ == "of" and not any(g.lower_ in ("whom", "which") for g in c.children)
            for c in token.children
        )
        if not (token.pos_ in ("NOUN", "PROPN") or one_of):
            return False
        # (not a word for a body with no article or owner: "after medical school has fallen" is no body
        # that "it" can stand for; "staff said" still names people)
        if (
            token.tag_ == "NN"
            and self.lex.has("organization", token.lemma_.lower())
            and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in token.children)
        ):
            return False
        return (
            token.dep_ in SUBJECTS
            or (  # "Novapharm, which …, paid": the parser's ROOT noun
                token.dep_ == "ROOT" and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in token.children)
            )
            or _met_by_the_writer(token)
            or (  # "according to two people familiar with …": a source for "one of the people" later
                token.dep_ == "pobj"
                and token.head.lower_ == "to"
                and token.head.i > 0
                and doc[token.head.i - 1].lower_ == "according"
            )
        )

    def _evidence_heard(self, token: Token) -> bool:
        """"The court heard that …", "The inquest heard …": what a witness or a lawyer told it, not
        named in the sentence; the source is the evidence the court heard (vague), as the keys have it.
        When it is, the court's source is noted for the resolver, which would take it for the speaker."""
        if token.lemma_.lower() == "tell" and told_a_court(token) and not self.art.in_quote(token):
            # "Castlebridge Crown Court was told that …": the same evidence (the cue is "told" itself)
            body = next(c for c in token.children if c.dep_ == "nsubjpass")
            at = (body.left_edge.idx, body.idx + len(body))
            self.resolver.cache[body.i] = Source(f"evidence heard by the {body.lower_}", "vague", *at)
            return False
        if token.lemma_.lower() != "hear" or token.pos_ != "VERB" or self.art.in_quote(token):
            return False
        body = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if body is None or body.lemma_.lower() not in HEARING_BODIES or not any(
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in token.children
        ):
            return False
        at = (body.left_edge.idx, body.idx + len(body))
        self.resolver.cache[body.i] = Source(f"evidence heard by the {body.lower_}", "vague", *at)
        return True

    @staticmethod
    def _who_they_are(view: Token) -> bool:
        """A view in a clause on a noun that describes the people holding it ("MPs who no longer expect
        her to be leader"), not one a speaker holds about the thing ("the grid, which it expects to add
        £40 to bills")."""
        subject = own_subject(view)
        return subject is None or subject.lower_ in ("who", "that", "which")

    def _a_participant(self, name: Token) -> bool:
        """Does a label of the transcript name ``name`` ("Asante" under "Dr Kwame Asante:")?"""
        if self._label_words is None:
            self._label_words = {
                w.lower()
                for q in self.art.quotes
                if q.turn and q.label_start is not None and q.label_end is not None
                for w in re.findall(r"[^\W\d_][\w'’-]*", self.text[q.label_start : q.label_end])
            }
        return name.lower_ in self._label_words

    def _named_after_the_addressed(self, subject: Token) -> Token | None:
        """A person addressed by name, then the subject named with a role: the parser hung both names
        on the first ("Martin Ashby, the opposition leader, Rhona Gell, has called …": Gell); at the
        start of a transcript's turn, a witness its labels name, then a body or a document ("Dr Asante,
        the Emergency Control Rooms Association has told this committee …": the association)."""
        if subject.pos_ != "PROPN" or subject.doc[subject.i + 1].text != ",":
            return None
        turn = self.art.quote_of(subject.idx)
        opening = turn is not None and subject.left_edge.idx == self.art.quotes[turn].content_start
        if opening and turn is not None and self.art.quotes[turn].turn and self._a_participant(subject):
            # "Q109 Chair: Dr Asante, the Emergency Control Rooms Association has told this committee …": the
            # witness the turn opens on is addressed; the body (or the rules, the review) beside her speaks
            body = next((c for c in subject.rights if c.dep_ == "appos"), None)
            lemma = body.lemma_.lower() if body is not None else ""
            if body is not None and body.pos_ == "NOUN" and not any(
                self.lex.has(kind, lemma) for kind in ("title", "person_word", "spokesperson")
            ):
                return body
            if body is not None and body.pos_ == "PROPN" and body.ent_type_ == "ORG":
                return body
            # "MODERATOR: Pieter Vos, your federation says …": the parser gave the verb both subjects (or
            # took the noun for a compound of the verb: "Sunita Varma, the Treasury's own impact assessment
            # estimates …")
            verb = subject.head
            second = (
                c
                for c in verb.children
                if subject.i < c.i < verb.i
                and (c.dep_ in SUBJECTS or (c.dep_ == "compound" and c.pos_ == "NOUN"))
            )
            if body is None and (other := next(second, None)) is not None:
                return other
        if subject.left_edge.i != sentence_span(subject).start:
            return None
        role = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        other = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if role is not None and self.art.in_turn(subject) and self.lex.has("document", role.lemma_.lower()):
            # "MR LOWRY: Mr Patel, the authority’s letter … warned you that …": the letter, not Patel
            return role if other is None or other.i > role.i else None
        if role is None or other is None or other.i < role.i or not self.lex.has("title", role.lemma_):
            return None
        return other if other.ent_type_ == "PERSON" or self.art.names.knows(other.text) else None

    def _addressed(self, token: Token) -> bool:
        """A title opening a turn, then a comma: the person the speaker addresses ("Minister, …")."""
        i = self.art.quote_of(token.idx)
        return (
            i is not None
            and token.idx == self.art.quotes[i].content_start
            and self.lex.has("title", token.lower_)
            and token.doc[token.i + 1 : token.i + 2].text == ","
        )

    def _statement_issued(self, q: Quote, span: Span) -> Cue | None:
        """ "Wessmoor Police have issued a statement: “…”": the quotation after the colon is the
        statement of the one who issued (released, published, put out) it."""
        doc = self.doc
        i = _token_range(doc, q.start, q.start + 1)[0] - 1  # the word before the quotation, not the sentence
        while i > 0 and doc[i].is_space:
            i -= 1
        if i < 1 or i < span.start or doc[i].text != ":":
            return None
        noun = doc[i - 1]
        verb = noun.head
        if (
            noun.lemma_.lower() != "statement"
            or noun.dep_ != "dobj"
            or verb.lemma_.lower() not in _ISSUING
            or (verb.lemma_.lower() == "put" and not any(c.lower_ == "out" for c in verb.children))
        ):
            return None
        subject = own_subject(verb)
        return Cue(verb, subject, False, [noun], False, None, False) if subject is not None else None

    def _document_label(self, q: Quote) -> tuple[Source, tuple[str, int, int]] | None:
        """A quotation after a document's label in its paragraph: "Statement from Calloway
        Recycling: “…”" (a live blog's post, a press release's box): the document speaks, the
        label's noun is the cue."""
        paragraph = self.art.parsed.article.paragraphs[self.art.paragraph_of(q.start)]
        match = _DOCUMENT_LABEL.match(self.text[paragraph.start : q.start])
        if match is None or not self.lex.has("document", match.group("noun").lower().rstrip("s")):
            return None
        start = paragraph.start + match.start("label")
        label = self.text[start : paragraph.start + match.end("label")]
        noun = (label, start, start + len(match.group("noun")))
        name = "the " + label[0].lower() + label[1:] if label[:4].lower() not in ("the ", "a ") else label
        return Source(name, "document", start, start + len(label)), (self.text[noun[1] : noun[2]], *noun[1:])

    def _remember_statement(self, cue: Token, source: Source) -> None:
        """ "X said in a statement": a later "the statement" is X's statement (a document)."""
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for noun in prep.children:
                    if noun.dep_ == "pobj" and self.lex.has("document", noun.lemma_.lower()):
                        lemma = noun.lemma_.lower()
                        unnamed = source.type in ("vague", "anonymous") or self.resolver.study_team(source)
                        known = self.resolver.earlier_document(noun) if unnamed else None
                        # "The researchers cautioned in the paper": the study named before, not theirs
                        name = known or f"{source.name} {noun.text}"
                        self.resolver.add_document(noun.i, lemma, name)

    def _cue_text(self, token: Token, parts: list[Token] | None = None) -> tuple[str, int, int]:
        """The cue's text and offsets: its verb group (:func:`~kit.sources.cues.verb_group`)."""
        first, stop = verb_group(token, parts or ())
        start_char = self.doc[first].idx
        end_char = self.doc[stop - 1].idx + len(self.doc[stop - 1])
        return self.text[start_char:end_char], start_char, end_char

    def _add(
        self,
        source: Source,
        kind: str,
        cue: tuple[str, int, int] | None,
        content: tuple[int, int],
        sentence: int,
        quote: Quote | None = None,
    ) -> _Item:
        words = count_words(quote.content(self.text)) if quote is not None else 0
        item = _Item(source, kind, cue, content, sentence, words)
        self.items.append(item)
        return item

    def _statement_like(self, q: Quote) -> bool:
        """A quotation that is a statement (not a label): see :mod:`kit.sources` (rules 3 and 4)."""
        content = q.content(self.text)
        n = count_words(content)
        if n == 0:
            return False
        if q.multi_paragraph or self._full_sentence(q):
            return True
        art = self.art
        sent = art.sentences[art.sentence_of(q.start)]
        before = self.text[sent.start : q.start].strip()
        if before.endswith((".", "!", "?")):
            before = ""  # the parser ended the sentence after the opening mark ("… the idea. ''Wow, …''")
        opens = before == "" or before.endswith((":", ",", "—", "–"))
        closes = content.rstrip().endswith((".", ",", "!", "?", "…", ":"))
        after = self.text[q.end : q.end + 2].lstrip()
        tail = self.text[q.end : sent.end].strip()
        clause = self._has_clause(q)
        if opens and (before == "" or before.endswith(":")) and (clause or closes) and n >= 2:
            return True
        if opens and (n >= 3 or clause) and (tail == "" or tail[:1] in ".!?," or closes):
            return True
        if clause and n >= 6:
            return True
        if before.endswith((",", ":")) and self._cue_just_before(max(sent.start, q.start - 40), q.start):
            return True  # 'Priebus said, "Probably."': a one-word answer, but after its cue
        if (
            n >= 2
            and content.rstrip().endswith(("!", "?", "."))
            and self._cue_just_before(max(sent.start, q.start - 40), q.start, clause=True)
        ):
            return True  # 'She declared “What a Super Tuesday!”': an exclamation right after its cue
        if before == "" and content.rstrip().endswith((",", "!", "?")) and self._cue_just_after(q.end):
            return True  # '“Denver,” he answered.': a one-word answer opening its sentence, then its cue
        if tail[:1] in ",;" and clause and n >= 3 and after:
            return True
        return False

    def _cue_just_before(self, start: int, end: int, *, clause: bool = False) -> bool:
        """Does ``[start, end)`` end with a reporting verb and a comma or colon ("he said,")? With
        ``clause``, one that reports words said, not a label ("declared", not "called")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span or () if not t.is_punct and not t.is_space]
        if not words or words[-1].pos_ != "VERB":
            return False
        frames = self.lex.frames.get(words[-1].lemma_.lower())
        return frames is not None and (not clause or "clause" in frames)

    def _cue_just_after(self, end: int) -> bool:
        """Do the first words after ``end`` (the closing quote mark) hold a reporting verb, within
        three words and before the sentence ends ("he answered", "Susan Sarandon added", "said Cruz")?"""
        after = self.text[end : end + 80]
        stop = re.search(r"[.!?;:“”\"\n]", after)
        span = self.doc.char_span(
            end, end + (stop.start() if stop else len(after)), alignment_mode="contract"
        )
        words = [t for t in span or () if not t.is_punct and not t.is_space][:4]
        return any(
            t.pos_ == "VERB"
            and "clause" in self.lex.frames.get(t.lemma_.lower(), ())  # not a label ("… ,” she called it")
            and t.tag_ in ("VBD", "VBZ", "VBP")
            for t in words
        )

    def _full_sentence(self, q: Quote) -> bool:
        """A whole sentence quoted: at least five words, a finite verb, and its final punctuation
        inside the marks (“Southmark will keep its promises.”). Never a scare quote or a label."""
        content = q.content(self.text).rstrip()
        if count_words(content) < 5 or not content.endswith((".", ",", "!", "?", "…")):
            return False
        span = self.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        return span is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)

    def _has_clause(self, q: Quote) -> bool:
        span = self.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        if span is None:
            return False
        return any(
            t.dep_ in ("nsubj", "nsubjpass", "expl")
            and span.start <= t.head.i < span.end
            and t.head.pos_ in ("VERB", "AUX")
            for t in span
        )

    def _nearest_cue(self, q: Quote, cues: list[Cue], index: int) -> Cue | None:
        art = self.art
        para_first = art.paragraph_of(q.start)
        para_last = art.paragraph_of(max(q.start, q.end - 1))
        candidates = list(cues)
        last_sentence = art.sentence_of(max(q.start, q.end - 1))
        if last_sentence != index:  # the cue may sit after a quotation spanning sentences
            for s in range(index + 1, last_sentence + 1):
                candidates += self._sentence_cues(s)
        candidates += self._tag_sentence(q, last_sentence)
        best, best_distance = None, None
        for cue in candidates:
            char = cue.token.idx
            if q.start <= char < q.end or not (para_first <= art.paragraph_of(char) <= para_last):
                continue
            distance = char - q.end if char >= q.end else q.start - char
            if char > q.end and _sentence_ends(self.text[q.end : char]):
                continue  # a cue after the quotation, but past the end of a sentence
            if cue.token.dep_ == "relcl":
                distance += len(self.text)  # "“…,” Cruz, who has proposed …, said": the main verb first
            colon = self.text[char : q.start].rstrip()[-1:] == ":"
            if char < q.start and colon and quotation_follows(cue.token):
                distance = 0  # "… posted on Facebook shortly after 5pm: “…” Neighbours replied …": the
                # colon that ends the cue's phrase hands the quotation to it
            elif char < q.start and self.text[char + len(cue.token) : q.start].strip() == ",":
                distance = 0  # "she stated, “…,” adding, “…”": the cue the comma hands the quotation
                # to, not the participle after it (the parser hung "adding" on the quotation's verb)
            if any(
                p.dep_ == "ccomp"
                and (that_clause(p) or (_subject_of(p) and not art.in_quote(p)))
                and p.left_edge.idx >= q.end
                for p in cue.parts
            ):
                # "She declared “What a night!” and said that …": a cue with its own that-clause after
                # the quotation takes it only when no other cue is near (or its own clause with a subject:
                # "…,” as a new poll showed his lead … shrinking")
                distance += 200
            if best_distance is None or distance < best_distance:
                best, best_distance = cue, distance
        return best

    def _tag_sentence(self, q: Quote, last: int) -> list[Cue]:
        """A cue that makes a sentence of its own right after the quotation, with nothing to report
        but the quotation (“… missing.” Trump said.): a tag the parser cut off by a full stop."""
        art = self.art
        following = last + 1
        if following >= len(art.sentences):
            return []
        sent = art.sentences[following]
        if self.text[q.end : sent.start].strip() or art.paragraph_of(sent.start) != art.paragraph_of(
            max(q.start, q.end - 1)  # the quotation's last paragraph
        ):
            return []
        span = art.sentence_tokens(following)
        short = len(span) <= _TAG_TOKENS
        return [
            cue
            for token in span
            if token.lemma_.lower() in self.lex.frames
            and (short or _long_tag(token, span))
            # (not "Mr Justice Aldous and Mrs Justice Mwangi agreed with her.": with someone, no tag)
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
            and (cue := self._valid_cue(token, {}, {})) is not None
            and not cue.parts
            and (short or not cue.future)
        ]

    def _sentence_cues(self, index: int) -> list[Cue]:
        """The cues of another sentence, for a quotation that runs on into it."""
        span = self.art.sentence_tokens(index)
        out = []
        for token in span:
            lemma = token.lemma_.lower()
            verb = token.tag_.startswith("VB") or _tag_read_as_a_noun(token)
            if lemma in self.lex.frames and verb and not self.art.in_quote(token):
                cue = self._valid_cue(token, {}, {})  # not "pointing across the water": no cue
                if cue is not None:
                    out.append(Cue(token, cue.subject, cue.inherited))
        return out

    def _quotes_starting(self, start: int, end: int) -> list[tuple[int, Quote]]:
        """The quotations (with their index) whose opening mark lies in ``[start, end)``."""
        starts = self.art.quote_starts
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [(qi, self.art.quotes[qi]) for qi in range(lo, hi)]

    def _lead_in(self, q: Quote) -> Source | None:
        """The person a cue-less quotation follows: “Asked whether the island could survive, Ossen
        paused. “Survive, yes. Live, no.”” The sentence right before the quotation, in its paragraph,
        is about a person (its subject is a named person or a spokesperson, or a pronoun for one) and
        reports no words of its own; by the journalists' convention the quotation is that person's.
        A sentence with its own attribution leaves the quotation to ``_previous_for``."""
        art, doc = self.art, self.doc
        first = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first is None or first.start == 0:
            return None
        end = first.start  # the lead-in ends where the quotation opens
        while end > 0 and doc[end - 1].is_space:
            end -= 1
        if end == 0 or doc[end - 1].text not in (".", "!", "?"):
            return None  # "Ossen said nothing, then: “…”" or a quotation inside a sentence
        last = doc[end - 2] if end > 1 else None
        if last is None or art.paragraph_of(last.idx) != art.paragraph_of(q.start) or art.in_quote(last):
            return None
        sent = art.sentence_tokens(art.sentence_of(last.idx))
        if any(i.content[1] > doc[sent.start].idx for i in self.items[-5:]):
            return None  # the sentence before has its own attribution
        verb, subject = last, None  # the clause that ends the sentence, and its subject
        while subject is None:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and (verb.head.i == verb.i or not sent.start <= verb.head.i < end):
                return None
            verb = verb.head if subject is None else verb
        opens = subject.left_edge.i
        if not (verb.head.i == verb.i or opens <= sent.start or doc[opens - 1].text == ","):
            return None  # a clause inside the sentence: "… different from what Macdonald had envisioned."
        if verb.lemma_.lower() in self.lex.frames or art.in_quote(subject):
            return None
        source = self._source(subject)
        if source is None or source.type not in ("named_person", "spokesperson"):
            return None
        return source

    def _quoted_after_a_pronoun(self, q: Quote) -> Source | None:
        """A quotation opening its paragraph with no cue, after a paragraph that reports nothing and
        ends on a sentence about "she" or "he" ("She laughs.", "She seems to have been expecting the
        question."): that person's words, as a feature or an interview prints its answers."""
        art = self.art
        here = art.paragraph_of(q.start)
        paragraphs = art.parsed.article.paragraphs
        if here == 0 or self.text[paragraphs[here].start : q.start].strip():
            return None
        before = paragraphs[here - 1]
        if any(before.start <= i.content[0] < before.end for i in self.items[-30:]):
            return None  # (a paragraph that reports someone: the quotation may go on from it, below)
        last = art.sentence_of(max(before.start, before.end - 1))
        sentence = art.sentence_tokens(last)
        pronoun = next(
            (
                t
                for t in sentence
                if t.dep_ == "nsubj" and t.lower_ in ("he", "she") and not art.in_quote(t)
            ),
            None,
        )
        found = self._source(pronoun) if pronoun is not None else None
        return found if found is not None and found.type == "named_person" else None

    def _previous_for(self, q: Quote) -> _Item | None:
        """The attribution a cue-less quotation continues: same paragraph, or the one before."""
        if not self.items:
            return None
        art = self.art
        here = art.paragraph_of(q.start)
        last = max(  # items come in text order, give or take a sentence
            (i for i in self.items[-30:] if i.content[1] <= q.start), key=lambda i: i.content[0], default=None
        )
        if last is None:
            return None
        there = art.paragraph_of(max(last.content[0], last.content[1] - 1))  # where it ends: it may run on
        if there == here:
            return last
        para_start = art.parsed.article.paragraphs[here].start
        starts_paragraph = self.text[para_start : q.start].strip() == ""
        if there == here - 1 and starts_paragraph:
            return last
        return None

    # -- according to, possessives, non-statements, terms ---------------------------------
    def _according(
        self, token: Token, last: Token, source_token: Token | None, *, phrase: _Phrase | None = None
    ) -> None:
        """ "according to X" and "by X's count": X is the source of the clause the phrase modifies.

        ``phrase``: the tokens left out of the content (the phrase itself, or the whole chain of
        "according to" phrases it stands in: "…, according to A, according to B.")."""
        if source_token is None:
            return
        # (not "according to the Post" after "The Caldermoor Evening Post": the newspaper by its short name)
        a_name = (
            source_token.pos_ == "PROPN"
            and not source_token.is_sent_start
            and (self.art.names.organization([source_token.text], source_token.i) or "").endswith(
                f" {source_token.text}"
            )
        )
        document = self.lex.has("document", source_token.lemma_.lower()) and not a_name
        if token.lower_ == "according" and document:
            lost = _lost_subject(token)
            source: Source | None = self.resolver.cited_document(
                source_token, end=lost.left_edge.i - 1 if lost is not None else None
            )
        elif token.lower_ == "according" and (kind := self._titled_document(source_token)) is not None:
            # "according to State of the Skell 2026, a report the trust published": the report, by its title
            source = self._title_document(source_token, kind)
        elif token.lower_ == "by" and source_token.head.i == token.i:
            # "By some accounts": accounts of nobody named, vague (GUIDELINES §2)
            words = source_token.doc[source_token.left_edge.i : source_token.i + 1]
            source = Source(words.text.lower(), "vague", words.start_char, words.end_char)
        elif (
            token.lower_ == "by"
            and source_token.dep_ == "poss"
            and source_token.head.lemma_ == "account"
            and (own := self._source(source_token)) is not None
        ):
            source = own  # "By his own account he started as a sceptic": his account of himself, his words
        elif token.lower_ == "by" and self.lex.has("document", source_token.head.lemma_.lower()):
            # "by the council’s own figures": the figures, a document (GUIDELINES §2), as after
            # "according to"; "by the review’s own estimate": the review's, a document itself
            owner_a_document = self.lex.has("document", source_token.lemma_.lower())
            source = self.resolver.cited_document(source_token if owner_a_document else source_token.head)
        else:
            source = self._source(source_token)
        if source is None:
            return
        name = without_possessive(source.name) if token.lower_ == "by" else source.name
        if name != source.name:  # "By the company’s own estimate": the company
            end = source.end - (len(source.name) - len(name)) if source.end is not None else None
            source = Source(name, source.type, source.start, end, source.gender)
        doc, art = self.doc, self.art
        sent = sentence_span(token)
        sent_start, sent_end = sent.start, sent.end
        phrase = phrase if phrase is not None else _phrase(token, last)
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
            head = head.head
        closing = all(t.is_punct or t.is_space for t in doc[phrase.final + 1 : sent_end]) and not any(
            t.lower_ == "according" for t in doc[sent_start : phrase.first]
        )  # (not "A, according to the office, and B, according to the ministry": each its own)
        while closing and head.dep_ == "conj" and doc[phrase.first - 1].text == ",":
            # "A are missing school, skipping meals and losing sleep as costs put …, according to a
            # survey": a phrase closing its sentence covers it all, however the parser coordinated it
            # (not across a "but": "Albion have rejected a bid, but the 24-year-old is prepared to …,
            # according to sources close to the player" sets the writer's fact against the sources')
            if any(c.dep_ == "cc" and c.lower_ in _CONTRAST for c in head.head.children if c.i < head.i):
                break
            head = head.head
        if phrase.first == sent_start:  # "By X’s figures, A was cancelled, most of them when …": the
            while head.dep_ == "advcl" and head.head.i > head.i:  # parser made A a clause of what follows
                head = head.head
        # the first and last token of the clause (the head's subtree, or the sentence) not in the phrase
        inside_scope = head.is_ancestor if head.i != token.i else (lambda t: True)
        lo = max(head.left_edge.i, sent_start) if head.i != token.i else sent_start
        hi = min(head.right_edge.i, sent_end - 1) if head.i != token.i else sent_end - 1
        tokens, first, final = phrase.tokens, phrase.first, phrase.final
        if first > lo:
            conjuncts, ccs, consequences = self._clause_marks(head)  # (sorted: bisect, not a walk)
            # "A was the biggest this season, according to the club, and B booed …": the phrase closes
            # the clause before it; the clause coordinated after it is the writer's
            cc = bisect.bisect_right(ccs, final)
            if conjuncts and conjuncts[-1] > final and cc < len(ccs):
                hi = min(hi, ccs[cc] - 1)
            # "A have fallen …, according to a report, prompting the trust to warn …": what followed
            consequence = bisect.bisect_right(consequences, final)
            if consequence < len(consequences):
                hi = min(hi, consequences[consequence] - 2)
        solid = len(tokens) == final - first + 1  # no gap: step over it at once
        while lo <= hi and (lo in tokens or (lo != head.i and not inside_scope(doc[lo]))):
            lo = final + 1 if solid and lo in tokens else lo + 1
        while hi >= lo and (hi in tokens or (hi != head.i and not inside_scope(doc[hi]))):
            hi = first - 1 if solid and hi in tokens else hi - 1
        trimmed = trim_edges(doc, lo, hi + 1) if lo <= hi else None
        if trimmed is None:
            return
        hole_start, hole_end = doc[first].idx, doc[final].idx + len(doc[final])
        own = self._quoted_after(trimmed[0], hole_start, hole_end, trimmed[1])
        if own is not None:
            self.used_quotes.add(own[0])
            content: tuple[int, int] | None = (own[1].content_start, own[1].content_end)
        else:
            keep = head.idx if _the_clause_side(head, tokens, (lo, hi + 1)) else None
            content = self._without(*trimmed, hole_start, hole_end, keep=keep)
        if content is None:
            return
        start, end = content
        cue_end = last.idx + len(last)
        near = self._quotes_starting(start - 8, end)  # an opening mark is a few characters at most
        inside = [q for _, q in near if start <= q.content_start and q.content_end <= end]
        quoted = sum(count_words(q.content(self.text)) for q in inside)
        self.items.append(
            _Item(
                source,
                "according_to",
                (self.text[token.idx : cue_end], token.idx, cue_end),
                (start, end),
                art.sentence_of(token.idx),
                quoted,
            )
        )

    def _title_document(self, name: Token, kind: Token) -> Source:
        """The document a title names, noted once for a later "the report"."""
        doc = self.doc
        end = name.right_edge.i if kind.i > name.right_edge.i else kind.left_edge.i - 1
        while end > name.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1  # the title without the apposition that says what it is
        title = doc[name.left_edge.i : end + 1]
        if kind.i not in self._titles:
            self._titles.add(kind.i)
            self.resolver.add_document(kind.i, kind.lemma_.lower(), title.text)
        return Source(title.text, "document", title.start_char, title.end_char)

    def _titled_document(self, name: Token) -> Token | None:
        """The document noun a title is given as ("State of the Skell 2026, a report …"): an
        apposition, or the noun phrase right after the title's comma (the parser often hangs it
        elsewhere)."""
        doc = self.doc
        for c in name.rights:
            # (a noun, not a name: "the research firm Tallis Retail Data" is a firm, whatever "Data" means;
            # "the charity’s fourth annual count", an edition of a publication, only beside a title)
            lemma = c.lemma_.lower()
            if c.dep_ != "appos" or c.pos_ != "NOUN":
                continue
            if self.lex.has("document", lemma) or lemma in _EDITIONS:
                return c
        i = name.right_edge.i + 1
        if name.pos_ != "PROPN" or i + 2 >= len(doc) or doc[i].text != ",":
            return None
        if doc[i + 1].lower_ not in ("a", "an"):
            return None
        noun = doc[i + 2]
        return noun if noun.tag_ == "NN" and self.lex.has("document", noun.lemma_.lower()) else None

    def _quoted_after(self, start: int, hole_start: int, hole_end: int, end: int) -> tuple[int, Quote] | None:
        """ "… a buggy that runs, according to the council, “every 20 minutes or so”": a quotation that
        opens right after the phrase (``hole_start``–``hole_end``) and runs to the clause's ``end``,
        after the outlet's own words (no quotation in ``start``–``hole_start``): the source's words,
        which the phrase credits."""
        if not self.text[start:hole_start].strip() or self._quotes_starting(start - 1, hole_start):
            return None  # the phrase opens the clause, or "“We will reopen,” according to X, “soon.”"
        rest = self.text[hole_end:end]
        opening = hole_end + len(rest) - len(rest.lstrip(" ,"))
        found = next(iter(self._quotes_starting(opening, opening + 1)), None)
        return found if found is not None and found[1].content_end >= end - 1 else None

    def _clause_marks(self, head: Token) -> tuple[list[int], list[int], list[int]]:
        """Where the clause a phrase sits in is continued after it, read once per head (a chain of a
        thousand "according to" phrases hangs them all on one verb): the starts of its conjuncts, its
        coordinators, and its participle clauses after a comma ("…, prompting …"), each sorted."""
        if head.i not in self.clause_marks:
            doc = self.doc
            children = list(head.children)
            self.clause_marks[head.i] = (
                sorted(c.left_edge.i for c in children if c.dep_ == "conj"),
                [c.i for c in children if c.dep_ == "cc"],
                sorted(
                    c.left_edge.i
                    for c in children
                    if c.dep_ == "advcl" and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ","
                ),
            )
        return self.clause_marks[head.i]

    def _possessed(self, possessed: list[tuple[Token, Token]]) -> None:
        """ "Putin's claim that …": a speech noun owned by a source, with content of its own."""
        for noun, owner in possessed:
            parts = [
                c
                for c in noun.children
                if (c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i and that_clause(c))
                or (c.dep_ in ("ccomp",) and c.i > noun.i)
            ]
            if not parts:
                continue
            hull = clause_hull(parts, noun, sentence_span(noun))
            going_on = hull and next(
                (
                    t
                    for t in self.doc[hull[0] : hull[1]]
                    if t.dep_ == "advcl"
                    and t.tag_ == "VBG"
                    and t.lemma_.lower() in self.lex.frames
                    and self.doc[t.left_edge.i - 1].text in _AFTER_A_TAG
                ),
                None,
            )
            if going_on is not None:
                # "dismissed Sanders' accusations that the campaign is violating the law — saying …": the
                # one who dismissed them goes on (the parser hung the participle on the claim's clause)
                hull = (hull[0], going_on.left_edge.i - 1)
            trimmed = hull and trim_edges(self.doc, *hull)
            if not trimmed:
                continue
            source = self._source(owner)
            if source is None:
                continue
            if (name := without_possessive(source.name)) != source.name:
                source = replace(source, name=name)  # "the union's claim that …": the union
            start, end = trimmed
            inside = [q for q in self.art.quotes if start <= q.content_start and q.content_end <= end]
            kind = "partial" if inside else "indirect"
            quoted = sum(count_words(q.content(self.text)) for q in inside)
            cue = (noun.text, noun.idx, noun.idx + len(noun))
            self.items.append(_Item(source, kind, cue, (start, end), self.art.sentence_of(noun.idx), quoted))

    def _silences(self, silenced: dict[int, tuple[Token, Token]], no_comment: list[Token]) -> None:
        doc = self.doc
        seen: set[int] = set()
        for first, act in sorted(set(silenced.values()), key=lambda pair: pair[0].i):
            if act.i in seen:
                continue
            seen.add(act.i)
            verb = first if first.lemma_.lower() in self.lex.phrases("refusal") else act
            if act.pos_ in ("NOUN", "PRON") and first.pos_ in ("VERB", "AUX"):
                verb = first  # "made no reference to …", "said nothing": the subject of the verb
            if first.lower_ == "without":  # "Reyes … left without taking questions": the subject of "left"
                verb = first.head
            subject, inherited = cue_subject(verb if verb.dep_ != "aux" else verb.head)
            if subject is None:
                subject, inherited = cue_subject(act)
            reporting = act.dep_ == "ccomp" and act.head.lemma_.lower() in self.lex.frames
            reporter = act.head if reporting else None
            if reporter is not None and subject is not None and subject.lower_ == "it":
                # "The force said it would not comment further": the organization's own silence
                outer, outer_inherited = cue_subject(reporter, self.lex.frames)
                found = self._source(outer, inherited=outer_inherited) if outer is not None else None
                if outer is not None and found is not None and found.type == "organization":
                    subject, inherited = outer, outer_inherited
            source = self._source(subject, inherited=inherited) if subject is not None else None
            if source is None:
                continue
            cue_start = min(first.idx, act.idx)
            cue_end = max(first.idx + len(first), act.idx + len(act))
            objects = [
                c
                for c in act.children
                if c.dep_ in ("dobj", "ccomp", "prep", "xcomp", "attr")
                and not (c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and is_temporal(c, self.art))
            ]
            objects = [c for c in objects if c.i > act.i] or objects  # "has not said what …": after the verb
            hull = clause_hull(objects, act, sentence_span(act)) if objects else None
            trimmed = hull and trim_edges(doc, *hull)
            self._add_silence(source, cue_start, cue_end, trimmed if trimmed else (None, None))
        for token in no_comment:
            verb = token if token.dep_ == "ROOT" or token.pos_ in ("VERB", "AUX") else token.head
            subject, inherited = cue_subject(verb)
            source = self._source(subject, inherited=inherited)
            if source is None:
                continue
            end_token = token
            while end_token.i + 1 < len(doc) and end_token.lower_ != "comment":
                end_token = doc[end_token.i + 1]
            self._add_silence(source, token.idx, end_token.idx + len(end_token), (None, None))

    def _add_silence(
        self, source: Source, cue_start: int, cue_end: int, content: tuple[int | None, int | None]
    ) -> None:
        """A non-statement of ``source``: the cue's span, and what was not said when the text says it."""
        self.silence_types[source.name.lower()] = source.type
        self.silences.append(
            NonStatement(
                source.name,
                source.start,
                source.end,
                self.text[cue_start:cue_end],
                cue_start,
                cue_end,
                content[0],
                content[1],
                self.art.sentence_of(cue_start),
            )
        )

    def _terms(self, naming: dict[int, Token], as_put_it: list[tuple[int, int]]) -> None:
        art, doc = self.art, self.doc
        owners: dict[int, Source | None] = {}
        for verb_i in naming:
            verb = doc[verb_i]
            subject = own_subject(verb)
            owner = self._source(subject) if subject is not None else None
            hi = verb.right_edge.idx + len(verb.right_edge)
            for qi, _ in self._quotes_starting(verb.idx, hi + 2):
                owners.setdefault(qi, owner)
        for start, end in as_put_it:
            verb = doc[end - 2]
            subject = own_subject(verb)
            owner = self._source(subject) if subject is not None else None
            sentence = art.sentences[art.sentence_of(doc[start].idx)]
            for qi, q in self._quotes_starting(sentence.start, doc[start].idx):
                if 0 <= doc[start].idx - q.end <= 3:
                    owners.setdefault(qi, owner)
        for qi, q in enumerate(art.quotes):
            if qi in self.used_quotes:
                continue
            if count_words(q.content(self.text)) == 0:
                continue
            owner = owners.get(qi)
            if owner is None and qi not in owners:
                owner = self._term_owner(q)
            self.terms.append(
                QuotedTerm(
                    q.content_start,
                    q.content_end,
                    q.content(self.text),
                    owner.name if owner else None,
                    art.sentence_of(q.start),
                )
            )

        for q in find_nested_quotes(self.text, art.quotes):
            if count_words(q.content(self.text)) == 0:
                continue
            self.terms.append(
                QuotedTerm(
                    q.content_start,
                    q.content_end,
                    q.content(self.text),
                    self._nested_owner(q),
                    art.sentence_of(q.start),
                )
            )

    def _nested_owner(self, q: Quote) -> str | None:
        """Inside a quotation, "X calls it 'Y'": the owner is X as the speaker says it."""
        span = self.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
        if span is None:
            return None
        for verb in (span.root, *span.root.ancestors):
            if self.lex.has("naming", verb.lemma_.lower()):
                subject = own_subject(verb)
                return span_text(np_tokens(subject)) if subject is not None else None
        return None

    def _term_owner(self, q: Quote) -> Source | None:
        """ "X's term / phrase / words" just before the quotation."""
        span = self.doc.char_span(max(0, q.start - 40), q.start, alignment_mode="contract")
        if span is None:
            return None
        for t in reversed(list(span)):
            if t.lemma_.lower() in ("term", "phrase", "word", "label", "expression", "description"):
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                if owner is not None and not self.art.in_quote(owner):
                    return self._source(owner)
        return None

    # -- assembling ---------------------------------------------------------------------
    def _source_phrase(self, item: _Item) -> dict[str, int | None]:
        """``source_start``/``source_end``: the full phrase of the item's source mention, or of the
        subject it inherits in the same sentence."""
        at = item.source.at
        if at is None:
            return {"source_start": None, "source_end": None}
        said_from, said_to = item.content
        if said_from <= at[0] and at[1] <= said_to:  # a quotation split by its cue: its two parts
            content = [(q.start, q.end) for q in self.art.quotes if said_from < q.end and q.start < said_to]
        else:
            content = [item.content]
        avoid = content + ([(item.cue[1], item.cue[2])] if item.cue else [])
        start, end = source_phrase(self.doc, at, avoid) or at
        # not the paragraph's dateline: "Dec 29 (Reuters) - U.S. presidential candidate Hillary Clinton"
        if start < (dateline_end := self.art.dateline_end_at(start)) <= at[0]:
            start = dateline_end
        # nor a turn's label: "Sunil Varcoe (02:51): A spokesperson for Harwick County Council"
        turn = self.art.quote_of(at[0])
        if turn is not None and self.art.quotes[turn].turn:
            words = self.art.quotes[turn].content_start
            start = words if start < words <= at[0] else start
        return {"source_start": start, "source_end": end}

    def _finish(self, possessed: list[tuple[Token, Token]]) -> SourceFindings:
        items = sorted(self.items, key=lambda i: (i.content[0], i.content[1]))
        items = _drop_nested(items)
        _anonymous_named_later(items)
        attributions = tuple(
            Attribution(
                speaker=i.source.name,
                speaker_start=i.source.start,
                speaker_end=i.source.end,
                source_type=i.source.type,
                kind=i.kind,
                cue=i.cue[0] if i.cue else None,
                cue_start=i.cue[1] if i.cue else None,
                cue_end=i.cue[2] if i.cue else None,
                content_start=i.content[0],
                content_end=i.content[1],
                sentence=i.sentence,
                quoted_words=i.quoted_words,
                **self._source_phrase(i),
            )
            for i in items
        )
        terms = tuple(sorted(self.terms, key=lambda t: t.start))
        silences = tuple(sorted(self.silences, key=lambda s: s.cue_start))
        claims = find_claims(self.art, attributions, silences)
        speakers = speaker_table(
            self.art,
            self.resolver,
            attributions,
            silences,
            terms,
            possessed,
            silence_types=self.silence_types,
        )
        return SourceFindings(attributions, terms, silences, claims, speakers)


def _anonymous_named_later(items: list[_Item]) -> None:
    """ "…, two Kestovian officials said." in the lede, and later "The two Kestovian officials, who
    asked not to be named …, said" (or "The officials, who …"): the same officials, anonymous from the
    start."""
    later = {_bare(i.source.name) for i in items if i.source.type == "anonymous"}
    # "…, three diplomats involved in the negotiations said" and then "The diplomats, who spoke on
    # condition of anonymity, …": the group by its noun alone
    groups = {name for name in later if " " not in name and name.endswith("s")}
    for item in items:
        bare = _bare(item.source.name)
        if item.source.type == "vague" and (bare in later or any(w in groups for w in bare.split()[:2])):
            item.source = replace(item.source, type="anonymous")


#: the dependencies of a verb that makes a clause of its own (not "money she has promised to spend":
#: a relative clause inside a noun phrase)
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "parataxis"})


def _the_clause_side(head: Token, phrase: frozenset[int], span: tuple[int, int]) -> bool:
    """Does the content of an "according to" phrase inside its clause lie on the side of the clause's
    verb, with its subject, when the other side makes no clause of its own? "Turnout stood at 51.2%,
    according to the commission, up from 47.9% in 2021" (what stood, not the comparison the writer
    adds; nor "The cap would raise £4.2 billion, according to the Treasury, money she has promised to
    spend …"); not "… and is, by its own account, the fastest-growing …" (a verb without a subject)."""
    if head.pos_ not in ("VERB", "AUX") or head.i in phrase:
        return False
    first = min(phrase)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.i < first) != (head.i < first):
        return False
    doc = head.doc
    other = range(max(phrase) + 1, span[1]) if head.i < first else range(span[0], first)
    return not any(doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ in _CLAUSE_DEPS for i in other)


def _bare(name: str) -> str:
    """A name without a leading article, lower-cased: "The two officials" → "two officials"."""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@dataclass(frozen=True)
class _Phrase:
    """Token indices left out of an "according to" content, with the first and the last."""

    tokens: frozenset[int]
    first: int
    final: int

    @classmethod
    def of(cls, tokens: set[int]) -> _Phrase:
        return cls(frozenset(tokens), min(tokens), max(tokens))


def _phrase(token: Token, last: Token) -> _Phrase:
    """The tokens of an "according to X" (or "by X's count") phrase: from its first word to
    ``last``, and everything that depends on its first word, but not the clause's own subject when
    the parser hung it there (:func:`_lost_subject`)."""
    tokens = {t.i for t in token.subtree} | set(range(token.i, last.i + 1))
    head, doc = token.head, token.doc
    lost_object = token.lower_ == "according" and not any(c.dep_ == "pobj" for c in last.children)
    if token.lower_ == "according" and (token.dep_ == "ROOT" or lost_object):
        # "According to … Rush Limbaugh, the move reeks of “fear”": the parser found no verb and made
        # the phrase the root, the clause an apposition of its noun (or gave "to" no object: "According
        # to a collision investigator’s report read to the court, …"); the phrase ends at its comma
        # (after an apposition "a professor at …," if one follows)
        end = _comma_after(doc, last.i + 1, sentence_span(token).end)
        if end is not None and end + 1 < len(doc) and doc[end + 1].lower_ in ("a", "an"):
            end = _comma_after(doc, end + 1, sentence_span(token).end) or end
        if end is not None:
            tokens = set(range(token.i, end))
    if (
        head.i == max(tokens) + 1
        and head.dep_ == "advcl"
        and head.tag_ in ("VBN", "VBD")
        and doc[head.right_edge.i + 1 : head.right_edge.i + 2].text == ","
    ):
        # "According to agreed facts read to the jury, several supports …": the parser hung the phrase
        # on the participle describing its noun; the participle's words are the phrase's too
        tokens |= set(range(head.i, head.right_edge.i + 1))
    described = _describing_participle(head, max(tokens))
    if described is not None:
        tokens |= set(range(max(tokens) + 1, described.right_edge.i + 2))  # (its commas too)
    stray = _stray_apposition(head, max(tokens))
    if stray is not None:
        tokens |= set(range(max(tokens) + 1, stray + 1))
    lost = _lost_subject(token)
    if lost is not None:
        tokens = {i for i in tokens if i < lost.left_edge.i - 1}
    return _Phrase.of(tokens)


#: verbs of a document's making, whose participle after "according to X," describes X
_MADE = frozenset(
    "release publish issue compile obtain see produce prepare commission leak file submit post circulate"
    " update conduct present send deliver".split()
)


def _describing_participle(head: Token, final: int) -> Token | None:
    """ "According to the 2024 report, released in March, wildfires burned …": a participle of a
    document's making set off by commas right after the phrase (its last token ``final``), which the
    parser hung on the clause's verb ``head``; it describes the phrase's noun, not the clause."""
    doc = head.doc
    if final + 2 >= len(doc) or doc[final + 1].text != ",":
        return None
    participle = doc[final + 2]
    if not (
        participle.tag_ == "VBN"
        and participle.dep_ in ("advcl", "acl")
        and participle.head.i == head.i != participle.i
        and participle.lemma_.lower() in _MADE
        and not any(c.dep_ in SUBJECTS for c in participle.children)
    ):
        return None
    end = participle.right_edge.i
    return participle if end + 1 < head.i and doc[end + 1].text == "," else None


def _owner_after_of(count: Token) -> Token | None:
    """ "By the count of Sound Ferries": whose count, after "of" (not "by a count of 12 to 3": a vote)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in count.children):
        return None
    of = next((c for c in count.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return owner if owner is not None and not owner.like_num else None


def _stray_apposition(head: Token, final: int) -> int | None:
    """ "By the count of Sound Ferries, the state-owned company that runs the service, he has made …": a
    noun phrase set off by commas right after the phrase (its last token ``final``) and before the
    subject of the clause's verb ``head``, which the parser hung elsewhere than on the phrase's noun; it
    describes that noun. The index of its closing comma, or None."""
    doc = head.doc
    if final + 2 >= head.i or doc[final + 1].text != "," or doc[final + 2].lower_ not in ("the", "a", "an"):
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECTS and c.i > final), None)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= final + 2 or doc[comma].text != ",":
        return None
    return comma


def _noun_after(to: Token) -> Token | None:
    """The head noun of the words after an "according to" the parser gave no object, up to the comma
    ("According to a collision investigator’s report read to the court, …": the report)."""
    doc = to.doc
    end = _comma_after(doc, to.i + 1, min(sentence_span(to).end, to.i + 16))
    words = doc[to.i + 1 : end] if end is not None else None
    if not words:
        return None
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and not (words.start <= t.head.i < words.end)]
    nouns = nouns or [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass")]
    return nouns[0] if nouns else None


def _comma_after(doc: Doc, start: int, end: int) -> int | None:
    """The index of the first comma in ``doc[start:end]``, if any."""
    return next((i for i in range(start, end) if doc[i].text == ","), None)


def _subject_taken_as_object(verb: Token, start: int) -> int | None:
    """Where a reported clause starts whose subject the parser made the cue's object: "testified
    “thousands” of emails in fact had not been turned over", the clause ("had not been turned over")
    with no subject of its own right after the object and its "of" phrase. Not a person or a pronoun:
    the one told ("told him …")."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == start), None)
    if clause is None or any(
        t.dep_ in SUBJECTS or (t.dep_ == "mark" and t.head.i == clause.i) for t in doc[start : clause.i]
    ):
        return None  # (a subject anywhere before its verb: "told reporters she was “not worried …”")
    if not any(c.dep_ in ("aux", "auxpass") for c in clause.children) and clause.tag_ not in ("VBD", "VBZ"):
        return None  # a finite clause only
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < start]
    if len(objects) != 1 or (noun := objects[0]).pos_ not in ("NOUN", "NUM") or noun.ent_type_ == "PERSON":
        return None
    between = [c for c in verb.children if noun.i < c.i < start]
    if any(c.dep_ != "prep" or c.lower_ != "of" for c in between):
        return None
    return noun.left_edge.i


def _right_after_the_cue(verb: Token, i: int) -> bool:
    """Does token ``i`` come right after the cue or after its addressee ("told reporters …")?"""
    return i == verb.i + 1 or any(
        c.dep_ in ("dobj", "dative") and c.i > verb.i and c.right_edge.i + 1 == i for c in verb.children
    )


def _described_name_after(verb: Token) -> Token | None:
    """ "“…,” says coxswain Ewan Tregarthen": an inverted tag right after a quotation, its speaker's
    name after a description in lower case that the parser read as a verb of its own; the name."""
    doc = verb.doc
    before = doc[verb.i - 2 : verb.i]
    if len(before) < 2 or not (before[1].is_quote or (before[1].text == "," and before[0].is_quote)):
        return None
    j = verb.i + 1
    while j < min(len(doc), verb.i + 4) and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    if j == verb.i + 1 or j >= len(doc) or doc[j].ent_type_ != "PERSON":
        return None
    while j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j]


def _subject_hung_on_the_tag(verb: Token) -> Token | None:
    """ "“…,” the 63-year-old says, wiping down the bar": a tag right after a quotation whose subject the
    parser hung on the verb, as if "says" were a noun ("the" its determiner, "63-year-old" its
    modifier): the modifier, the speaker's description."""
    doc = verb.doc
    lefts = list(verb.lefts)
    if len(lefts) < 2 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the" or verb.i - lefts[0].i > 6:
        return None
    if lefts[0].i < 1 or not doc[lefts[0].i - 1].is_quote:
        return None
    described = lefts[-1]
    return described if described.dep_ in ("amod", "compound") and described.i == verb.i - 1 else None


def _name_before_its_description(subject: Token) -> Token | None:
    """A description the parser made the cue's subject, right after a person's name and a comma, both
    hung on the same word ("Outside the ground, Gurpreet Sandhu, a season-ticket holder for 30 years,
    said …", the name and the description both appositions of "ground"): the name."""
    doc = subject.doc
    comma = subject.left_edge.i - 1
    if subject.pos_ != "NOUN" or subject.dep_ != "appos" or comma < 1 or doc[comma].text != ",":
        return None
    name = doc[comma - 1]
    if name.like_num and comma >= 3 and doc[comma - 2].text == ",":
        name = doc[comma - 3]  # "…, Marjorie Tillotson, 81, a retired school cook from Hexworth, said"
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.head.i != subject.head.i:
        return None
    return name


def _name_after_a_place(subject: Token) -> Token | None:
    """ "Outside court, Kerensa Polglase, …, said": the parser read "Outside court" as the subject
    and joined the name to it; the person named after the comma speaks."""
    if subject.pos_ != "NOUN" or not any(c.lower_ in _OUTSIDE_OR_INSIDE for c in subject.lefts):
        return None
    doc = subject.doc
    return next(
        (
            c
            for c in subject.rights
            if c.dep_ in ("conj", "appos")
            and c.pos_ == "PROPN"
            and c.ent_type_ == "PERSON"
            and doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def _lost_subject(token: Token) -> Token | None:
    """ "According to an arrest affidavit filed … in Halvey County District Court, a doorbell camera
    recorded …": the parser made "camera" an apposition inside the phrase, and the verb it governs has
    no subject. That noun, after a comma and right before the verb, is the clause's subject."""
    head = token.head
    if head.i <= token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    return next(
        (
            t
            for t in token.subtree
            if t.dep_ == "appos"
            and t.right_edge.i == head.i - 1
            and t.left_edge.i > token.i + 2
            and t.doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )


def _chained(phrases: dict[int, _Phrase], doc: Doc) -> dict[int, _Phrase]:
    """Each phrase, or the chain it is part of: phrases one after the other with only punctuation
    or "and"/"or" between them ("…, according to A, according to B and according to C.") are one
    chain, left out of each other's content as a whole."""
    out = dict(phrases)
    ordered = sorted(phrases, key=lambda i: phrases[i].first)
    group: list[int] = []
    first = final = -1
    for i in [*ordered, None]:
        joins = False
        if i is not None and group:
            gap = range(final + 1, phrases[i].first)
            joins = all(doc[g].is_punct or doc[g].is_space or doc[g].lower_ in ("and", "or") for g in gap)
        if group and not joins:
            if len(group) > 1:
                chain = _Phrase(frozenset(range(first, final + 1)), first, final)
                out.update(dict.fromkeys(group, chain))
            group = []
        if i is not None:
            first = phrases[i].first if not group else first
            final = max(final, phrases[i].final) if group else phrases[i].final
            group.append(i)
    return out


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


#: verbs of a view held, reported only as a clause's own verb ("Analysts think …")
_VIEWS = frozenset({"think", "expect", "believe"})


#: abbreviations whose full stop ends no sentence ("“…,” Mr. Trump said", "said Sen. Ted Cruz")
_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    "gen lt col sgt capt maj adm cmdr rev fr st jr sr hon det insp supt".split()
)


#: what a participle that goes on from its speaker follows ("…, adding", "…,” adding")
_AFTER_A_TAG = frozenset({",", "”", "''", '"', "—", "–", "--"})  # (a dash: "… — saying …")


class _Cutters:
    """The cues of one sentence that can end another cue's content (:meth:`SourceEngine._content`),
    indexed once, so that each cue looks only at those, not at every cue of the sentence (a sentence
    of N cues, "A said B said C said …", would take N² steps)."""

    def __init__(self, valid: list[Cue]) -> None:
        self._valid = valid  # sorted by position
        self._by_outer: dict[int, list[int]] = {}  # "said A and called B": B's cue under A's
        self._by_subject: dict[int, list[int]] = {}  # "…,” adding, “…”": the same speaker goes on
        self._apart: list[int] = []  # "…, and three-quarters said the same": a second report
        self.apart: set[int] = set()  # the token positions of those
        for k, c in enumerate(valid):
            if c.outer is not None and (c.inherited or c.subject is None):
                self._by_outer.setdefault(c.outer.i, []).append(k)
            if c.token.left_edge.i < c.token.i and _set_apart(c.token):
                self._apart.append(k)
                self.apart.add(c.token.i)
            if (
                c.inherited
                and c.subject is not None
                and (
                    (c.token.dep_ == "advcl" and c.token.doc[c.token.left_edge.i - 1].text in _AFTER_A_TAG)
                    or (c.token.dep_ == "acl" and participle_after_comma(c.token))
                )
            ):
                self._by_subject.setdefault(c.subject.i, []).append(k)
        self._apart_at = [valid[k].token.i for k in self._apart]
        # "The mayor said the plan was dead, the Ledger reported.": the closing tag's comma ends the
        # clause it reports, and every content inside that clause with it
        self._closing = sorted((c.clause_end, k) for k, c in enumerate(valid) if c.clause_end is not None)
        self._closing_at = [at for at, _ in self._closing]

    def within(self, cue: Cue, start: int, end: int) -> list[Cue]:
        """The cues that might cut ``cue``'s content ``[start, end)`` (token positions), in order."""
        first = bisect.bisect_right(self._apart_at, start)
        last = bisect.bisect_left(self._apart_at, end)
        found = set(self._apart[first:last])
        found.update(self._by_outer.get(cue.token.i, ()))
        first = bisect.bisect_right(self._closing_at, start)
        last = bisect.bisect_left(self._closing_at, end)
        found.update(k for _, k in self._closing[first:last] if self._valid[k].token.i != cue.token.i)
        if cue.subject is not None:
            found.update(self._by_subject.get(cue.subject.i, ()))
        return [self._valid[k] for k in sorted(found)]


#: the most tokens a sentence that is only a cue can have ("Mr. Trump said on Tuesday in Iowa.")
_TAG_TOKENS = 16


#: prepositions that give what was said about ("warns of rising deaths", "spoke about the plan")
_TOPIC_PREPS = frozenset({"of", "about", "against", "over"})
_SET_APART = frozenset({"and", "but", "while", "whereas", "although", "though", "after"})
#: the conjunctions that set one clause against another ("A, but B, according to X": X's is B)
_CONTRAST = frozenset({"but", "yet", "though", "although", "whereas"})
#: "…, according to the council, " right before a quotation: the quotation is the phrase's source's words
_ACCORDING_BEFORE = re.compile(r",\s*according to [^.,;:“”\"]{1,80},\s*$", re.IGNORECASE)


#: how far after "that," the subject of its clause is looked for (an opening clause and its subject)
_CLAUSE_WITHIN = 60


def _clause_after_that_and_a_comma(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The reported clause of "He went on to say that, because the forecast had improved, the parade would
    go ahead", which the parser read as "say that" (a pronoun, the object) and a sentence of its own around
    it: the rest of the sentence after "that" and its comma, when it holds a clause with a subject (not
    "He said that, and left", nor "She said that, too")."""
    doc = verb.doc
    objects = (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "DT")
    that = next((c for c in objects if c.lower_ == "that"), None)
    if that is None or that.i != verb.right_edge.i or that.i + 2 >= sent.end or doc[that.i + 1].text != ",":
        return None
    rest = doc[that.i + 2 : min(sent.end, that.i + 2 + _CLAUSE_WITHIN)]  # (a bounded look: linear time)
    if rest[0].dep_ == "cc" or not any(t.dep_ in SUBJECTS and t.head.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return that.i + 2, sent.end


def _opens_the_clause(cue: Token, start: int) -> bool:
    """Does the set-apart clause of ``cue`` open the content that starts at token ``start``, the clause
    it hangs on coming after it ("said that, although critics claimed the plan was too costly, the
    council would go ahead")? Then it is part of that content, not a second report after it."""
    doc = cue.doc
    before = doc[start : cue.left_edge.i]
    return cue.head.i > cue.right_edge.i and all(
        t.is_punct or (t.dep_ == "mark" and t.lower_ == "that") for t in before
    )


def _set_apart(cue: Token) -> bool:
    """A cue with a subject of its own whose clause a comma and "and", "but", "while", "although" or
    "after" set apart from the clause before ("…, and three-quarters said the same of Sanders", "…, after
    half said so", "…, although its authors caution that …"): a second report, not a part of the first
    one's content (unlike "said the firm had warned …")."""
    first = cue.left_edge
    before = first.nbor(-1) if first.i > 0 else None
    if any(c.dep_ == "mark" and c.lower_ in _SET_APART and c.i == first.i for c in cue.children):
        return before is not None and before.text == ","  # ", after half said so"
    if before is None or before.lower_ not in _SET_APART or before.i == 0:
        return False
    if not any(c.dep_ in SUBJECTS for c in cue.children):
        return False
    # without a comma only "and"/"but" coordinating two reports: "One in three said A and one in four
    # said B" (the parser hangs the second "said" on A's verb)
    # (not "said the gap had narrowed and that Leskava might accept …": a second clause of one report)
    marked = any(c.dep_ == "mark" for c in cue.children)
    return before.nbor(-1).text in (",", ";") or (
        cue.dep_ == "conj" and before.lower_ in ("and", "but") and not marked
    )


def _participle_before_its_verb(cue: Token, parts: list[Token]) -> bool:
    """A participle the parser made the sentence's verb, with the real verb as its clause: "Three names
    prominently mentioned as potential nominees are Jane Kelly …" (no auxiliary makes "mentioned" a
    past tense, and the "clause" opens with a bare "are" whose subject comes after it)."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)
        and len(parts) == 1
        and parts[0].dep_ == "ccomp"
        and parts[0].left_edge.i == parts[0].i
        and parts[0].lemma_ == "be"
    )


def _participle_subject(verb: Token) -> Token | None:
    """ "Figures obtained through a freedom of information request show that …", "Republican activists
    clamoring to block Trump say they …": the parser made the participle the main verb and hung the
    cue on it as a "dep"; the participle's subject is the cue's."""
    head = verb.head
    if verb.dep_ != "dep" or head.i >= verb.i or head.tag_ not in ("VBN", "VBG", "VBD"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in head.children):
        return None  # a verb with its own object or clause is a verb, not a participle
    if verb.tag_ not in ("VBP", "VBZ", "VBD") or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)


def _small_clause(verb: Token) -> list[Token]:
    """The object and its predicate right after ``verb``, a clause without its verb: "found her
    narrowly ahead of her rival" (the parser hangs "ahead" on the verb), "found most residents unhappy
    with the service" (on the noun); or an object that denies ("found no link between …"). Not "found
    serious failings in the council": no predicate."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i > verb.i + 3:  # (its first word: "showed Nita Mehta-Rosen with …")
        return []
    predicate = next(
        (
            c
            for c in (*verb.rights, *obj.rights)
            if c.i > obj.i
            and (
                c.dep_ in ("acomp", "oprd")
                or (c.dep_ in ("advmod", "amod") and c.pos_ == "ADJ")
                or (c.dep_ == "advmod" and c.head == verb and c.lower_ in _PREDICATE_ADVERBS)
                or (c.tag_ == "VBG" and c.i == obj.right_edge.i + 1)  # "have shown Delacroix trailing"
                # "showed Mehta-Rosen with 47% support", "found Oyelaran at 47%": a share of the vote
                or (c.dep_ == "prep" and c.lower_ in ("with", "at") and _a_share(c))
            )
        ),
        None,
    )
    after = obj.right_edge.i + 1
    if predicate is None and after < len(verb.doc) and verb.doc[after].lower_ in _PREDICATE_ADVERBS:
        predicate = verb.doc[after]  # "found Tressler ahead 46 percent to 43": hung on the figure
        if predicate.head.head == verb and predicate.head.i > predicate.i:
            predicate = predicate.head  # (the figure, with "ahead" and all it holds)
    if predicate is None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return [obj]  # "found no clear difference in exam results between …": a finding of none, a claim
    return [obj, predicate] if predicate is not None else []


def _a_share(phrase: Token) -> bool:
    """Does the phrase hold a percentage ("with 47% support")?"""
    return any(t.ent_type_ == "PERCENT" for t in phrase.subtree)


#: adverbs that can be a predicate: "found her ahead", "showed the party behind"
_PREDICATE_ADVERBS = frozenset({"ahead", "behind", "level", "even", "up", "down", "unchanged"})


#: particles that make a verb of saying something else ("call in a decision", "called off the strike")
_NOT_SPEECH_PARTICLES = {
    "call": frozenset({"in", "off", "up", "back"}),
    "find": frozenset({"out"}),
    "add": frozenset({"up"}),  # "if the numbers stop adding up"
}
#: who is meant by a reduced passive ("anyone asked to leave their home", "those told to evacuate")
_ANY_ONE = frozenset({"anyone", "anybody", "everyone", "everybody", "those", "whoever"})


def _authored(cue: Token) -> bool:
    """ "The memo was written last month by a senior official": who wrote it, not what it says."""
    return (
        cue.lemma_.lower() == "write"
        and any(c.dep_ == "auxpass" for c in cue.children)
        and any(c.dep_ == "agent" for c in cue.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)
    )


def _under_a_modal(verb: Token) -> bool:
    """ "would “have to look …”": a verb with a modal or "to" before it (not "show … and note", where the
    parser read a present tense as a bare verb)."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


#: nouns for one edition of a publication, a document only in apposition to its title ("The Eskford
#: Homelessness Monitor 2026, the charity’s fourth annual count,"; not "by the police's count")
_EDITIONS = frozenset({"count", "edition", "index", "issue"})


def _met_by_the_writer(token: Token) -> bool:
    """ "Last month I looked after Ahmed, a 67-year-old retired bus driver", "His name is Kofi": a name
    the writer (or the writers' "we") met, visited or spoke to, with no third person as the subject, or
    gives as someone's name; the one a "he" after it stands for, as a subject's name would be."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", ""):
        return False
    verb = token.head
    if token.dep_ == "attr" and verb.lemma_ == "be":
        # "His name is Kofi, he turned out to be seven": the one the writer introduces by name
        return any(c.dep_ == "nsubj" and c.lemma_.lower() == "name" for c in verb.children)
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _phrasal_not_speech(cue: Token) -> bool:
    """"the inspector could still call it in", "called off the strike": a phrasal verb, no statement;
    "anyone asked to leave their home could go there": a reduced passive ("anyone who was asked"), no
    one asking."""
    particles = _NOT_SPEECH_PARTICLES.get(cue.lemma_.lower(), frozenset())
    doc = cue.doc
    phrasal = (c for c in cue.children if (c.dep_ == "prt" or c.tag_ == "RP") and not word_end(c))
    if any(c.lower_ in particles for c in phrasal):
        return True
    if _when_it_comes_to(cue):
        return True
    return (
        cue.tag_ in ("VBN", "VBD")
        and cue.i > 0
        and doc[cue.i - 1].lower_ in _ANY_ONE
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].lower_ == "to"
    )


def _that_said(cue: Token) -> bool:
    """ "That said, …", "(This said, …": a linking phrase opening its sentence (or its bracket)."""
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > 0 else None
    return (
        before is not None
        and before.lower_ in ("that", "this")
        and (before.is_sent_start or doc[before.i - 1].text in ("(", "“", '"', "—"))
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].text == ","
    )


def _when_it_comes_to(cue: Token) -> bool:
    """ "a poor record when it comes to speaking about housing": a topic (the idiom's "it" is nobody),
    no one speaking."""
    to = cue.head
    come = to.head
    return (
        cue.dep_ == "pcomp"
        and to.lower_ == "to"
        and come.lemma_.lower() == "come"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in come.children)
    )


def _asked_or_supposed(cue: Token) -> bool:
    """A cue in a clause opened by "whether" or "if" reports a question or a supposition, not a
    statement: "Asked whether she believed that, …", "If one team says that …". Not "even if he does
    admit …" (a concession: he does) nor "if, as the pluralists say, …" (the "as" clause is theirs)."""
    marks = [c for c in cue.children if c.dep_ == "mark"]
    return any(
        m.lower_ in ("whether", "if") and not (m.i > 0 and m.doc[m.i - 1].lower_ == "even") for m in marks
    ) and not any(m.lower_ == "as" for m in marks)


def _long_tag(verb: Token, span: Span) -> bool:
    """A sentence longer than a bare tag is still only a tag when it opens with its cue and says no
    more than to whom, where and when: "Trump told Britain’s ITV television station in an interview
    aired on Monday when …"; not "Now, pizzerias will commonly state to the customer a time frame …"."""
    return (
        verb.dep_ == "ROOT"
        and verb.i - span.start <= _TAG_TOKENS // 2
        and (verb.lemma_.lower() in ADDRESSED or not any(c.dep_ == "dobj" for c in verb.children))
    )


#: how far after a name opening its sentence a cue with no subject may be its verb
_OPENING_NAME_WINDOW = 40

#: how far into the phrase after a verb of saying its misplaced clause is looked for
_PHRASE_WINDOW = 60

#: what "say" takes as its object without reporting a clause ("said a few words", "said goodbye")
_SAID_OBJECTS = frozenset(
    "word words thing things goodbye hello prayer prayers grace mass name names number numbers line lines"
    " sentence sentences phrase phrases piece speech rosary vow vows same much lot".split()
)

#: nouns whose own that-clause says what they are ("on condition that …", "despite the fact that …")
_CLAUSE_NOUNS = frozenset(
    "condition understanding ground grounds basis assumption fact hope belief idea notion premise promise "
    "assurance news claim view expectation fear suggestion evidence sign proof chance possibility".split()
)

_CONVERSING = frozenset({"speak", "talk", "chat"})

_MANY = frozenset({"many", "some", "others", "most", "few", "several"})


def _many_read_as_a_modifier(verb: Token) -> Token | None:
    """ "That attitude, many argue, could carry …": the tag's "many" read as an adjective of the verb;
    it is the tag's subject (a vague one)."""
    if verb.i < 2:
        return None
    word = verb.doc[verb.i - 1]
    if (
        word.lower_ in _MANY
        and word.head.i == verb.i
        and word.dep_ in ("amod", "advmod", "npadvmod", "det", "nummod")
        and verb.doc[verb.i - 2].text == ","
    ):
        return word
    return None

_DASHES = ("-", "–", "—")


#: what a claim is made without ("claimed without evidence that …")
_PROOF = frozenset({"evidence", "proof", "basis", "substantiation", "corroboration"})


def _clause_the_parser_misplaced(verb: Token) -> list[Token]:
    """The reported clause of a verb of saying that the parser hung elsewhere, when the verb has none of
    its own. First: "said in a statement that weighted blankets “may help …”", the clause read as a
    relative clause of the medium ("a statement that …" with "that" its subject); it is what was said
    when "that" follows the medium's noun and the clause has a subject of its own. The other cases
    follow, each with its example."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        for noun in prep.children:
            for clause in noun.children:
                first = clause.left_edge
                if (
                    clause.dep_ == "relcl"
                    and first.lower_ == "that"
                    and first.i == noun.i + 1
                    and any(c.dep_ in ("ccomp", *SUBJECTS) and c.i > first.i for c in clause.children)
                ):
                    return [clause]
    for prep in verb.children:
        # "claiming without any evidence that President Obama wanted …": the clause read as the one the
        # evidence would be of ("evidence that …"); the claim is what is without it
        if prep.dep_ == "prep" and prep.lower_ == "without":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _PROOF:
                    clauses = (c for c in noun.children if c.dep_ in ("acl", "ccomp") and that_clause(c))
                    clause = next((c for c in clauses if any(g.dep_ in SUBJECTS for g in c.children)), None)
                    if clause is not None:
                        return [clause]
    if (first := clause_read_as_the_sentence(verb)) is not None:
        # "Multiple outlets reported on Wednesday the Secret Service had …": the sentence's verb from
        # its second subject on
        return [c for c in first.head.children if c.i >= first.left_edge.i]
    head = verb.head
    if verb.dep_ == "csubj" and head.lemma_ == "be" and any(c.lower_ == "what" for c in verb.children):
        # "What young vets tell me is that they want weekends off": a pseudo-cleft, its clause after "is"
        # (or its quotation: "What he told me when I took the job was, “You'll get what …”")
        after = [c for c in head.children if c.dep_ == "ccomp" and c.i > head.i]
        return [c for c in after if that_clause(c) or _quoted_after_a_comma(c)][:1]
    for prep in verb.children:
        # "said on CNN, where he is now a contributor, that Manafort should …", "said in one of a series of
        # messages that the truck was …", "told us before the start that there would be …": a clause the
        # parser hung on a noun of the phrase as a relative, though its "that" is a conjunction (a relative
        # "that" would be its subject or object)
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for clause in itertools.islice(prep.subtree, _PHRASE_WINDOW):  # (bounded: linear in the text)
            first = clause.left_edge
            if (
                clause.dep_ in ("relcl", "acl")
                and clause.head.lemma_.lower() not in _CLAUSE_NOUNS  # "on condition that I not use her name"
                and first.lower_ == "that"
                and first.dep_ == "mark"
                and first.head.i == clause.i
                and any(c.dep_ in (*SUBJECTS, "expl") for c in clause.children)
            ):
                return [clause]
    for word in verb.children:
        # "Officials said as recently as last month that the project was on schedule": the parser hung
        # the reported clause on the adverb of time between the verb and "that"
        if word.dep_ == "advmod" and word.i == verb.i + 1 + (verb.doc[verb.i + 1].lower_ == "as"):
            for clause in word.subtree:
                if (
                    clause.dep_ == "ccomp"
                    and clause.head.i == word.i
                    and clause.left_edge.lower_ == "that"
                    and any(c.dep_ in SUBJECTS for c in clause.children)
                ):
                    return [clause]
    for word in verb.children:
        # "A follow-up survey found that 71 of the 96 households …": "that" read as a preposition or object
        # with the clause hung on it
        if word.dep_ in ("prep", "dobj") and word.lower_ == "that" and word.i == verb.i + 1 and word.n_rights:
            return [word]
    for noun in verb.children:
        # "CBS reported that the decision to tap Merkel … was made because …": the parser took the clause's
        # subject for the verb's object and left "that" hanging; what follows "that" is the clause
        first = noun.left_edge
        if noun.dep_ == "dobj" and first.lower_ == "that" and first.dep_ == "mark" and first.i == verb.i + 1:
            return [noun]
    for noun in verb.children:
        # "Okoye-Lund said the charity expected around 6,000 children to complete …": a past tense read
        # as a participle modifying the object; with an object or clause of its own it is a clause
        if (
            noun.dep_ == "dobj"
            and noun.tag_ in ("NN", "NNS")
            and noun.left_edge.i == verb.i + 1
            and any(
                c.dep_ == "acl"
                and c.i == noun.i + 1
                and c.tag_ in ("VBD", "VBN")
                and any(g.dep_ in ("dobj", "ccomp", "xcomp") for g in c.children)
                for c in noun.children
            )
        ):
            more = [c for c in verb.children if c.dep_ == "conj" and c.left_edge.lower_ == "that"]
            return [noun, *more]
    if verb.lemma_.lower() == "say":
        # "The council says pavement parking forces wheelchair users … into the road": a clause whose verb
        # the parser read as a noun, left as the object of "says" (what is said, not "said a prayer")
        for noun in verb.children:
            if (
                noun.dep_ == "dobj"
                and noun.i > verb.i
                and (noun.pos_ == "NOUN" or _part_of_a_whole(noun))
                and noun.lemma_.lower() not in _SAID_OBJECTS
                and sum(not t.is_punct for t in itertools.islice(noun.subtree, 8)) >= 4
            ):
                return [noun]
    return []


#: words for a part of a group ("many of the examples"), a clause's subject after "said"
_PARTS_OF = frozenset("many most some all several few none half each both".split())


def _part_of_a_whole(word: Token) -> bool:
    """ "said many of the examples that critics point to … failed to note …": a quantity of a group,
    the subject of the reported clause, which the parser made the object of "said"."""
    return word.lower_ in _PARTS_OF and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _around(tag: Token) -> bool:
    """Is ``tag`` a cue set inside the clause it reports ("Most cases, he said, were …")? Its head is
    that clause's verb; or the sentence's root noun, before or after it, when the parser read no verb
    around a tag set off by commas ("The hashtag, Mr. Abboud said, accompanied descriptions …", "In
    both cases, the mayor said, those fees paid for repairs")."""
    doc = tag.doc
    inside = tag.head.i > tag.right_edge.i and tag.head.pos_ in ("VERB", "AUX")
    if tag.dep_ == "ccomp" and inside and _set_off(tag):
        # "If anything, Ash argued in his email, the incident is an illustration …": the parser made the
        # clause the tag stands in hold it as its complement
        return not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tag.children)
    if tag.dep_ == "advcl" and inside and _set_off(tag):
        # "Every Friday, the former executive told the Post, Fiorina would lead …": a finite tag the
        # parser read as an adverbial clause of the clause after it, which has its own subject
        return (
            tag.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("mark", "ccomp", "xcomp") for c in tag.children)
            and any(c.dep_ in SUBJECTS and c.i > tag.right_edge.i for c in tag.head.children)
        )
    if tag.dep_ != "parataxis":
        return False
    first = next(t for t in tag.subtree if not (t.is_punct or t.is_space))
    if _QUOTE_CLOSED.search(doc[max(0, first.i - 3) : first.i].text) and not _quoted_inside(first):
        # "“Visual coherence,” she says, reading it aloud …": the quotation's tag (not "Despite his
        # “admittedly brash on-line personality,” Quill wrote, Lazar is …": a quotation inside the clause)
        return False
    head = tag.head
    if head.pos_ in ("VERB", "AUX"):
        return True
    lo, hi = tag.left_edge.i, tag.right_edge.i
    return (
        # or the subject noun of the verb after it ("The difference now, he told me on Friday, is …")
        (
            head.dep_ == "ROOT"
            or (head.dep_ in SUBJECTS and head.head.i > hi and head.head.pos_ in ("VERB", "AUX"))
        )
        and head.pos_ in ("NOUN", "PROPN")
        and not lo <= head.i <= hi
        and "," in (doc[lo].text, doc[lo - 1].text)
        and "," in (doc[hi].text, doc[hi + 1 : hi + 2].text)
    )


#: verbs of giving out a statement, whose quotation follows a colon ("issued a statement: “…”")
_ISSUING = frozenset({"issue", "release", "publish", "put"})


def _rest_after_a_root_tag(tag: Token) -> Token | None:
    """ "The decision, he told reporters, was final.": a tag set inside the clause it reports, which the
    parser made the sentence's root, the clause's subject a loose word before it and the rest a verb
    coordinated with it; that verb, which has no subject of its own."""
    doc = tag.doc
    subject = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    rest = next((c for c in tag.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if tag.dep_ != "ROOT" or subject is None or rest is None or rest.i < tag.i:
        return None
    loose = any(  # ("These employees, Stumpf explained …, were …": an adverbial noun, as often)
        c.dep_ in ("dep", "npadvmod")
        and c.pos_ in ("NOUN", "PROPN")
        and c.right_edge.i == subject.left_edge.i - 2
        for c in tag.children
    )
    between = doc[tag.i + 1 : rest.left_edge.i]  # the tag's object, then a comma: "told reporters,"
    return (
        rest
        if loose
        and doc[subject.left_edge.i - 1].text == ","
        and between.text.endswith(",")
        and not any(t.text in ",;:" or t.is_quote for t in between[:-1])
        and not any(c.dep_ in SUBJECTS for c in rest.children)
        else None
    )


def _quoted_inside(first: Token) -> bool:
    """Does the quotation that closes right before ``first`` open inside its sentence, after other
    words ("Despite his “admittedly brash …,” Quill wrote")? Not when it opens the sentence or began
    in a sentence before ("“… Not one,” Lou says, dusting a tray")."""
    sent = sentence_span(first)
    words = [t for t in sent if t.i < first.i and not t.is_space]
    openings = [t for t in words if t.tag_ == "``" or t.text in ("“", "«")]
    return bool(openings) and openings[-1].i > words[0].i


def _set_off(tag: Token) -> bool:
    """Is the tag (its subject, the verb and what follows the verb) set off by commas on both sides?"""
    doc = tag.doc
    subject = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    if subject is None:
        return False
    lo = subject.left_edge.i
    hi = max([tag.i, *(c.right_edge.i for c in tag.children if c.i > tag.i and not c.is_punct)])
    return lo > 0 and hi + 1 < len(doc) and doc[lo - 1].text == "," and doc[hi + 1].text == ","


def _trailing(tag: Token) -> bool:
    """Is ``tag`` a cue with its own subject closing the sentence after a comma, which the parser
    made an adverbial clause of the clause it reports? "Deficits will end this year, sooner than
    expected, the Congressional Budget Office reported on Tuesday." """
    doc, lo, hi = tag.doc, tag.left_edge.i, tag.right_edge.i
    last = sentence_span(tag).end - 1
    while last > tag.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    subject = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    return (
        tag.dep_ == "advcl"
        and tag.tag_ in ("VBD", "VBZ", "VBP")  # not "…, one of them telling me that …"
        and subject is not None
        and tag.head.i < lo
        and tag.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "mark" for c in tag.children)  # not "…, if one accepts …", "as he wrote"
        and doc[subject.left_edge.i - 1].text == ","  # not "…, because of the range … demanded"
        and hi >= last
    )


def _before_colon(tag: Token) -> bool:
    """A cue the parser hung under what follows its colon ("The association put it very simply:
    “Nobody should hesitate …”" inside an interview answer, where quote marks make no quotation)."""
    head = tag.head
    return (
        tag.dep_ in ("ccomp", "parataxis")
        and head.i > tag.i
        and any(c.text == ":" and c.i == tag.right_edge.i + 1 for c in head.children)
    )


def _sentence_ends(text: str) -> bool:
    """A sentence ends inside ``text``: a full stop, "!" or "?" before a space, not after a title's
    abbreviation or an initial ("Mr.", "Dennis B.")."""
    for m in re.finditer(r"(\w*)([.!?])\s", text):
        word = m.group(1)
        if m.group(2) == "." and (word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        return True
    return False


def _said_where(verb: Token) -> int:
    """The token after the phrases that say where or when something was put ("put it in his memo to
    employees, “…”": the comma)."""
    phrases = [c.right_edge.i for c in verb.rights if c.dep_ in ("prep", "npadvmod") and not c.is_punct]
    return max(phrases, default=verb.i) + 1


def _quoted_after_a_comma(clause: Token) -> bool:
    """Does the clause open with a quote mark after a comma ("was, “You'll get …”")?"""
    doc, i = clause.doc, clause.left_edge.i
    mark = i if doc[i].tag_ == "``" else i - 1  # (or the quote mark hung on the verb before)
    return mark > 0 and doc[mark - 1].text == "," and _opens_a_quotation(doc, mark - 1)


def _opens_a_quotation(doc: Doc, i: int) -> bool:
    """Does a quotation open at token ``i``, after a colon or comma ("put it: “…”", "put it, “…”")? (A
    straight mark after the space that follows opens one, whatever the tagger made of it: "put it:
    ''The barbarians …''", as old newspaper archives type quotations.)"""
    if i + 1 >= len(doc) or doc[i].text not in (":", ","):
        return False
    mark = doc[i + 1]
    return mark.tag_ == "``" or (mark.text in ('"', "''") and bool(doc[i].whitespace_))


#: a pronoun that can be the speaker in a relative clause without "that" ("the figure she says is …")
_PERSONAL_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _said_of_the_noun_before(cue: Token) -> tuple[Token, Token, bool] | None:
    """ "with a knife Hazel says belonged to her grandfather", "the emails, which she said represented
    all her work": a relative clause; the name or pronoun right before the cue is its speaker (the
    parser may have hung it on "with", or taken "which" for the cue's subject), and the clause right
    after it, which has no subject of its own (the knife, the emails), is what was said.

    Returns the name, the clause's head and whether the parser hung the cue on that clause (then,
    as for a tag, what was said is the clause without the cue's words).
    """
    doc = cue.doc
    if cue.i < 2:
        return None
    name, noun = doc[cue.i - 1], doc[cue.i - 2]
    named = name.pos_ == "PROPN" and name.ent_iob_ != "I"  # (not a name's last word: "Joe Cottam says …")
    if not (named or name.lower_ in _PERSONAL_SUBJECTS):
        return None
    if not (noun.pos_ == "NOUN" or (noun.lower_ in ("which", "that") and noun.pos_ == "PRON")):
        return None  # "a knife Hazel says …", "the emails, which she said represented …"

    def subjectless(c: Token) -> bool:  # nor "that" (a that-clause), nor a subject the parser hung lower
        return (
            (c.tag_ in ("VBD", "VBZ", "VBP", "VBN") or any(a.dep_ in ("aux", "auxpass") for a in c.lefts))
            and doc[cue.i + 1].lower_ != "that"
            and not any(t.dep_ in SUBJECTS or t.dep_ == "expl" for t in doc[cue.i + 1 : c.i + 1])
            and not any(g.dep_ in SUBJECTS or g.dep_ == "expl" for g in c.children)
            and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        )

    after = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.left_edge.i == cue.i + 1]
    if after and subjectless(after[0]):
        return name, after[0], False
    head = cue.head
    if cue.dep_ in ("parataxis", "ccomp", "advcl") and head.i == cue.i + 1 and subjectless(head):
        return name, head, True  # "…, its pattern cut with a knife Hazel says belonged …"
    return None


#: verbs a record's tag ends with that the tagger may read as a noun ("…, company records show.")
_SHOWN_AS_NOUNS = frozenset({"show", "suggest", "indicate"})


def _records_show(token: Token, lex: Lexicon) -> Token | None:
    """ "…, state pension records show.": a closing tag whose verb the tagger read as a noun, with the
    records its modifier; returns the records' noun (a document's) when the tag ends the sentence."""
    doc, i = token.doc, token.i
    if token.tag_ != "NN" or token.lemma_.lower() not in _SHOWN_AS_NOUNS or i < 2:
        return None
    if not (i + 1 == len(doc) or doc[i + 1].text in (".", "!")):
        return None
    plural = doc[i - 1]
    if plural.tag_ != "NNS" or plural.head.i != i or not lex.has("document", plural.lemma_.lower()):
        return None
    return plural if plural.left_edge.i > 0 and doc[plural.left_edge.i - 1].text == "," else None


def _tag_read_as_a_noun(token: Token) -> bool:
    """ "“…,” Bozell answers.": a present-tense tag after a quotation that the tagger read as a plural
    noun with the speaker's name as its modifier; it ends the sentence, so it is the verb."""
    doc, i = token.doc, token.i
    supported = token.tag_ == "NN" and any(c.dep_ == "aux" and c.lemma_ == "do" for c in token.children)
    if (token.tag_ == "NNS" or supported) and token.dep_ == "ROOT" and _verb_read_as_a_noun(token):
        return True  # ("Trump did post on Twitter Friday that …": a verb after "did")
    ends = i + 1 == len(doc) or doc[i + 1].text in (".", "!")
    if not ends and i + 1 < len(doc) and doc[i + 1].text == ",":
        # ("“Family leave,” the document states, becomes available “after one year …”": set in the
        # sentence it quotes, between commas; only right after the quotation, as below)
        ends = doc[i - 1].pos_ != "PROPN"
    if token.tag_ != "NNS" or i < 2 or doc[i - 1].head.i != i or not ends:
        return False
    if doc[i - 1].pos_ == "PROPN":
        before = doc[doc[i - 1].left_edge.i - 1].text
        # (or after a comma, the clause before it hung on the "noun": "…, O'Keefe notes.")
        reports = before == "," and any(c.dep_ == "ccomp" and c.i < i for c in token.children)
        return before in CLOSING_MARKS or reports
    # "“…,” the affidavit states.": a document's noun with its determiner, right after the quotation
    first = doc[i - 2]
    return (
        doc[i - 1].pos_ == "NOUN"
        and first.dep_ == "det"
        and first.head.i == i
        and first.i > 0
        and doc[first.i - 1].text in CLOSING_MARKS
    )


def _verb_read_as_a_noun(token: Token) -> bool:
    """ "But Trump claims that he should be the exception.": a verb in the present tense the tagger read
    as a plural noun, the sentence's root, with a subject before it and a that-clause (or a clause with
    a subject and a finite verb of its own: "The tourism board reckons that could bring …") after it. The
    subject may be a name the parser made the noun's modifier, opening the sentence ("Trump predicts
    that as …")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    named = (
        before is not None
        and before.dep_ == "compound"
        and before.head.i == token.i
        and before.left_edge.is_sent_start
        and (before.pos_ == "PROPN" or before.ent_type_ == "PERSON" or before.is_title)
    )
    return (named or any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)) and any(
        c.dep_ == "ccomp" and c.i > token.i and (that_clause(c) or _finite_with_subject(c))
        for c in token.children
    )


def _subject_of(clause: Token) -> bool:
    """Does the clause have a subject of its own ("his lead … shrinking"), not a relative pronoun
    (", which is what candidates say …")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children)


def _finite_with_subject(clause: Token) -> bool:
    """A clause with a subject and a finite verb of its own ("The tourism board reckons that could bring
    in …": "that could bring")."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children
    )
    return finite and any(c.dep_ in SUBJECTS for c in clause.children)


def _goes_on_from_a_tag(verb: Token, frames: dict[str, frozenset[str]]) -> bool:
    """A participle after a comma that goes on from a verb of saying, with the same speaker: "…,” Mr.
    Brown said, recalling a visit to his church", "…,” the spokesman said, explaining the decision".
    There, what is recalled or explained is told, and its object is what was said."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and head.i < verb.i
        and "clause" in frames.get(head.lemma_.lower(), frozenset())
        and verb.doc[verb.i - 1].text == ","
    )


def _hosts_its_clause(verb: Token) -> bool:
    """An adverbial cue that reports nothing, whose head is a clause starting, subject first, right
    after the cue's own words: "… three days after Trump told The Washington Post he was “…”" (the
    parser made "told" a modifier of "was")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.right_edge.i or head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.i < head.i
        and subject.left_edge.i == verb.right_edge.i + 1
        and not verb.doc[verb.right_edge.i].is_punct  # not "because Comey testified, it is …": a clause apart
    )


def _give_back_clauses(cues: list[Cue]) -> None:
    """A clause the parser hung on an earlier verb, right after a cue that reports nothing else, is that
    cue's: "The United States responds …, with Senator John McCain telling reporters on Thursday he
    viewed Obama as …" (McCain's words, not the country's)."""
    for late in cues:
        if late.parts or late.tag:
            continue
        after = late.token.right_edge.i + 1
        for early in cues:
            if early.token.i >= late.token.i:
                continue
            clause = next((p for p in early.parts if p.dep_ == "ccomp" and p.left_edge.i == after), None)
            if clause is not None:
                late.parts = [clause]
                early.parts = [p for p in early.parts if p.i != clause.i]
                break


def _whole_quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words inside the marks when the content ``text[start:end]`` is one whole quotation and no
    more, its last word followed by its punctuation ("“Where the insurer …,” she said" inside a
    transcript's turn, whose marks the quotation finder leaves alone): its closing mark right at
    ``end`` or after it in the paragraph (the parser's clause after a colon is the quotation's first
    sentence only: "told me: “You can't move the sun. You can only move the clock.”")."""
    if start > 0 and text[start - 1] in ("“", '"') and text[start : start + 1] not in ("“", '"'):
        start -= 1  # (the content may start right after the opening mark)
    paragraph_end = text.find("\n", start)
    match = _WHOLE_QUOTATION.match(text, start, paragraph_end if paragraph_end >= 0 else len(text))
    if match is None or match.end(1) < end - 1 or text[match.end(1) : match.end(1) + 1] not in ("”", '"'):
        return None
    if match.group(1).rstrip()[-1:] not in (".", ",", "!", "?", "…"):
        return None  # a fragment ("calls it “a level no household can sustain”"): a partial
    return match.start(1), match.end(1)


def _drop_nested(items: list[_Item]) -> list[_Item]:
    """Keep the outer attribution when one sits inside another's reported clause ("Peskov said
    Putin told Xi …"); a relative or adverbial clause the outlet adds ("…, which X says …") stays.

    ``items`` are sorted by content start; only items of the same sentence can nest."""
    out: list[_Item] = []
    by_sentence: dict[int, list[_Item]] = {}
    place: list[int] = []  # each item's position among its sentence's items
    for item in items:
        place.append(len(by_sentence.setdefault(item.sentence, [])))
        by_sentence[item.sentence].append(item)
    for item, k in zip(items, place, strict=True):
        neighbours = by_sentence[item.sentence]
        cue_start = item.cue[1] if item.cue else item.content[0]
        # the nearest item before it first: the one that holds it, if any, is usually that one, and
        # ``_appended_clause`` walks up the tree only from it ("A said B said C said …" stays linear)
        nearest_first = itertools.chain(range(k - 1, -1, -1), range(k + 1, len(neighbours)))
        nested = any(
            not other.turn
            and other.kind != "according_to"
            and item.kind != "according_to"
            and other.content[0] <= cue_start < other.content[1]
            and other.content[0] <= item.content[0]
            and item.content[1] <= other.content[1]
            and other.content != item.content
            and not _appended_clause(item.cue_token, other.cue_token)
            for other in (neighbours[j] for j in nearest_first)
        )
        duplicate = any(
            o.content == item.content and o.source.name == item.source.name and o.kind == item.kind
            for o in out[-10:]
        )
        if not nested and not duplicate:
            out.append(item)
    return out


def _appended_clause(inner: Token | None, outer: Token | None) -> bool:
    if inner is None or outer is None:
        return False
    for ancestor in itertools.chain((inner,), inner.ancestors):  # lazily: the outer cue is near
        if ancestor.i == outer.i:
            return False
        if ancestor.dep_ in ("relcl", "advcl") and ancestor.i != outer.i:
            return True
    return False
