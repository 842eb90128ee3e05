"""Cues and what they report: a reporting verb's subject, its complements, and the clause they span.

The grammar of one cue, shared by the engine (:mod:`kit.sources.engine`): whether a
verb is negated (:func:`is_negated`); its speaker (:func:`cue_subject`, inherited from
a coordinated or governing verb when it has none); the children that carry the
reported content by the verb's frames (:func:`complements`); the token range they
cover on the cue's fuller side (:func:`clause_hull`); and that range without edge
punctuation, as character offsets (:func:`trim_edges`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..pipeline import POST_TIME, per_doc, sentence_span
from .names import (
    CLOSING_MARKS,
    GOING_ON,
    KIN,
    NAMED_ENTS,
    ORG_ENTS,
    PLEADING,
    SUBJECTS,
    TIME_ENTS,
    TIME_ZONES,
    ArticleContext,
    Lexicon,
    clause_read_as_the_sentence,
    is_focus_word,
    is_label,
    load_lexicon,
    on_a_day,
    own_subject,
    zoned_time,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: verbs of a document's finding ("the study found …", "the figures show …"): "found no link" is a finding
FINDING = frozenset({"find", "show"})
#: the prepositions whose object is what was said ("warned of a crisis", "spoke about the flood");
#: not "over": "argued over the river", "clashed over the budget" tell a dispute, not its content
_OBJECT_PREPS = {"of", "about", "for", "against", "on", "that"}
#: what a target is accused, blamed or praised for: "accused X of …", "criticized X for …", "… over …"
_CHARGE_PREPS = frozenset({"of", "for", "over"})
#: what a talk happens over, not what it is about: "criticized the council over dinner"
_TALK_SETTINGS = frozenset({"dinner", "lunch", "breakfast", "coffee", "drink", "meal", "phone", "weekend"})
#: verbs of committing whose "to …" the parser may read as a purpose: "promised Sunday at a rally to end
#: the program" (what was promised, not why)
_COMMITTING = frozenset({"promise", "pledge", "vow", "threaten", "swear"})
#: where or when a statement was made, before a that-clause the parser may hang on its noun: "said in a
#: statement that …", "said at a news conference that …", "said during the debate that …"
_SETTING_PREPS = {"in", "at", "during", "after", "following"}
#: "spoke on condition of anonymity", "on background", "on the record": the terms of the talk, not its content
_TERMS_OF_TALK = {"condition", "background", "record"}
#: "spoke for the first time", "talked for an hour": when or how long, not what was said
_TIME_NOUNS = {"time", "moment", "while", "minute", "hour", "day", "week", "month", "year", "occasion"}


#: prepositions before a gerund that the main clause's subject speaks ("by saying", "after
#: arguing", "was criticised for saying", "pivoted to arguing"); not "from believing", "of saying",
#: "about telling"
_GERUND_PREPS = {
    "by", "after", "before", "in", "while", "when", "for", "upon", "on", "since", "through", "to",
    "besides", "despite",
}  # fmt: skip
#: verbs that report only as a forecast stated now, active ("analysts expect", "the company expects");
#: "he expected them to …", "may be expected to" tell a state of mind or a likelihood
_FORECASTS = {"expect"}
#: the reporting verbs of an "as" clause that vouches for a fact ("as the Ledger reported", "as she
#: noted", "as he put it"); "as they had demanded", "as she hoped" tell how, not what was said
_AS_VOUCHING = {
    "say", "report", "note", "put", "write", "tell", "explain", "point", "state", "observe", "recall",
    "announce", "confirm", "reveal", "remark", "mention", "acknowledge", "admit", "testify", "tweet",
    "post", "disclose", "indicate", "show", "find", "reiterate", "stress", "emphasize", "emphasise",
}  # fmt: skip
#: verbs that report only with a that-clause or a medium ("posted on Facebook that …"): "posted a
#: loss", "posted a .272 batting average" are no statements
_WITH_WHAT_ONLY = {"post"}


@dataclass
class Cue:
    """A reporting verb that reports: its speaker and where its content lies.

    ``subject`` is the token naming the speaker (``inherited`` when it belongs to a
    coordinated or governing verb, so its mention is not this cue's); ``parts`` are the
    complements that carry the content; ``tag`` marks a parenthetical cue ("Most cases,
    he said, were …") whose content is the clause around it; ``outer`` is the cue whose
    reported clause this one is coordinated inside ("X said A and called B"); ``future`` marks
    "will say": words not said yet, except a quotation released ahead ("“…,” he will say").
    """

    token: Token
    subject: Token | None
    inherited: bool
    parts: list[Token] = field(default_factory=list)
    tag: bool = False
    outer: Token | None = None
    future: bool = False
    #: a cue closing its sentence after a comma (:func:`closing_tag`): the reported clause runs from
    #: the sentence's start to this token (the comma), whatever the parser made of it
    clause_end: int | None = None


def is_negated(token: Token, quoted: Callable[[Token], bool] = lambda t: False) -> bool:
    """A "not" on the verb ("no" on its object, "neither"/"no"/"nobody" on its subject), or the idiom
    "not to mention X", "not to say" (an aside, no statement).
    A "not" inside a quotation (``quoted``) is the speaker's word, not the verb's: "“Apparently not,”
    he said" is a statement, however the parser hangs the "not"."""
    if any(c.dep_ == "neg" and not quoted(c) for c in token.children):
        return True
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and not quoted(c)]
    if any(  # "Neither the branch nor the company would comment", "Nobody … will admit", "No official said"
        s.lower_ in ("nobody", "none")
        or any(g.lower_ == "neither" or (g.dep_ == "det" and g.lower_ == "no") for g in s.children)
        for s in subjects
    ):
        return True
    if token.lemma_.lower() not in FINDING and any(  # "asks no questions": no object, nothing said
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) and not quoted(c)
        for c in token.children
    ):
        return True  # (but "the study found no link between …" is a finding: of none)
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in ("not", "n't"):
        return True
    # "It did not say how much … or comment on the mobile division": the "not" reaches a verb joined
    # by "or"/"nor" that has no subject of its own (the parser may join it to the reported clause)
    head = token.head
    if token.dep_ != "conj" or subjects or head.i > i:
        return False
    if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and head.i < c.i < i for c in head.children):
        return False
    negated = (head, head.head) if head.dep_ in ("ccomp", "xcomp") else (head,)
    return any(any(c.dep_ == "neg" and not quoted(c) for c in v.children) for v in negated)


#: passives that report a person's words: "is quoted as saying", "was reported as saying"
_QUOTED_AS = frozenset({"quote", "report", "cite", "record"})


#: the marks of a clause of time ("when Mr Farrimond asked …")
_WHEN = frozenset("when while as after before".split())


def _first_of_a_list(verb: Token) -> Token | None:
    """ "Trump summed up Clinton as “terrible,” denounced her record and said …": the subject of a
    list of past-tense verbs, whose first the parser hung on the next as a clause of it (no "when" or
    "as" before it), leaving the rest without one. Not a tag after a quotation ("“It’s a horrible feeling.
    We defended …,” the 31-year-old said"): the clause is the quotation's."""
    if _description_tagging_a_quotation(verb) is not None:
        return None
    for clause in verb.lefts:
        if (
            clause.dep_ in ("advcl", "ccomp")
            and clause.tag_ == verb.tag_ == "VBD"
            and not any(c.dep_ == "mark" for c in clause.children)
            and (own := own_subject(clause)) is not None
            and own.left_edge.is_sent_start
        ):
            return own
    return None


def _clause_done_first(verb: Token) -> Token | None:
    """ "Roswell let the applause die down, then said: “…”": the parser read the first of two verbs
    joined by ", then" as a clause reported by the second, which it left with no subject; the first
    verb's subject did both."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "then" or doc[verb.i - 2].text != ",":
        return None
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 3), None)
    return own_subject(first) if first is not None else None


def _verb_of_a_name(verb: Token) -> bool:
    """ "Donald Trump, who is vying to be the next president, tweeted on Friday …": a past tense
    after the comma that closes a name's relative clause, which the parser hung on the name as its
    participle (not one done to the name: "Trump, backed by …")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "relcl" and c.i < verb.i for c in head.children)
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
    )


#: ways of sending words out that a purpose "to say …" follows ("tweeted on Friday to say …")
#: verbs of causing whose object did what follows: "prompting the trust to warn", "leading him to say"
_PROMPTING = frozenset({"prompt", "lead", "cause", "force", "spur", "move", "provoke", "drive"})
_SENT_TO_SAY = frozenset({"tweet", "post", "write", "email", "text", "call", "phone", "ring"})
#: verbs of holding or issuing an occasion to speak, whose purpose clause says what was said: "held a
#: press conference on Monday to announce that …", "issued a statement to say …", "took the stage to
#: warn …" (the one who held it speaks; not "paid a man to say", "asked her to say": someone else)
_OCCASION_TO_SAY = frozenset({"hold", "issue", "release", "convene", "call", "take", "appear", "return"})


def _prompted(verb: Token) -> Token | None:
    """The one a verb of causing moved to speak: "prompting the trust to warn that …", "leading
    the minister to admit …" (what was said happened; "urged the trust to warn", "asked her to
    explain" report no statement of hers)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _PROMPTING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _name_right_before(verb: Token) -> Token | None:
    """ "Saturday at the … convention Sen. Elizabeth Warren (D-MA) said …": a sentence's verb with no
    subject, right after a person's name (and its party in brackets) that the parser hung on the
    phrase before it; the name is the subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ") or verb.i == 0:
        return None
    i = verb.i - 1
    if doc[i].text == ")":
        opened = next((j for j in range(i - 1, max(i - 8, -1), -1) if doc[j].text == "("), None)
        if opened is None:
            return None
        i = opened - 1
    if i < 0 or doc[i].ent_type_ != "PERSON" or doc[i].dep_ not in ("appos", "pobj", "compound"):
        return None
    head = doc[i]
    return head if head.i > sentence_span(verb).start else None


def _description_tagging_a_quotation(verb: Token) -> Token | None:
    """ "“…,” the 31-year-old told TNS Sport.": a tag whose verb the parser read as a modifier of the
    words after it ("told TNS Sport" a noun phrase), or left with no subject ("…,’ the 38-year-old said.",
    its words hung on the verb one by one); the description right after the closing quote mark, before
    the verb, is the speaker (its last word, which the resolver reads the description from)."""
    doc = verb.doc
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not (verb.dep_ == "amod" or subjectless) or verb.tag_ != "VBD" or verb.i < 3:
        return None
    # the closing quote mark a few words back, with only the description between it and the verb
    mark = next((j for j in range(verb.i - 2, max(verb.i - 9, 0), -1) if doc[j].text in CLOSING_MARKS), None)
    if mark is None or doc[mark + 1].lower_ != "the":
        return None
    if any(t.is_punct and t.text != "-" for t in doc[mark + 1 : verb.i]):
        return None
    last = doc[verb.i - 1]
    return last if last.pos_ in ("NOUN", "ADJ", "PROPN") else None


#: passives by which the writer passes on what someone is said to have done ("is said to have told")
_SAID_TO = frozenset({"say", "report", "understand", "believe", "think", "know"})


#: passive verbs of causing that imply the caused act happened ("was forced to admit", "was moved to
#: say"): not "was asked to comment" nor "was expected to say", which tell a request or a forecast
_MADE_TO = frozenset({"force", "compel", "prompt", "move", "oblige", "pressure", "push", "provoke", "goad"})


def _made_to_say(verb: Token) -> Token | None:
    """ "Mr. Trump was prompted to say, “…”", "Ms Berg was forced to admit that …": the passive
    subject of the verb of causing is the speaker."""
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or head.lemma_.lower() not in _MADE_TO
        or not any(c.dep_ == "auxpass" for c in head.children)
    ):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _said_to_have(verb: Token) -> Token | None:
    """The subject of "X is said to have told …", "is reported to have warned …": the one who
    spoke (the writer's hedge "is said to" is the hedges' business)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _SAID_TO:
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _inverted_before_a_name(verb: Token) -> bool:
    """ "Said Ellis: “…”", "Added Mr Khan, “…”": a verb in the past or present tense opening its
    sentence, then the speaker's name and a colon or comma; the parser made the verb part of the name."""
    doc, head = verb.doc, verb.head
    return (
        verb.is_sent_start
        and verb.tag_ in ("VBD", "VBZ")
        and verb.dep_ == "compound"
        and head.pos_ == "PROPN"
        and head.i > verb.i
        and doc[head.i + 1 : head.i + 2].text in (":", ",")
    )


def _verb_of_the_thing(relative: Token) -> Token | None:
    """The verb whose object (or whose preposition's object) a thing with a relative clause on it
    ("which"/"that") is: "struck down" for "a law that limits …"; None for a person or a named body."""
    thing = relative.head
    pronoun = any(c.lower_ in ("which", "that") and c.dep_ in SUBJECTS for c in relative.children)
    if not pronoun or thing.pos_ != "NOUN" or thing.ent_type_ or thing.dep_ not in ("dobj", "pobj"):
        return None
    verb = thing.head if thing.dep_ == "dobj" else thing.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < thing.i else None


def _host_of_gerund(prep: Token) -> Token | None:
    """The verb a preposition before a gerund hangs on ("before explaining why …": "before" on the
    sentence's verb), past "in addition to" ("In addition to stating that …, Clinton has vowed …")."""
    host = prep.head
    if prep.lower_ == "to" and host.lower_ == "addition" and host.head.dep_ == "prep":
        host = host.head.head
    return host if host.pos_ in ("VERB", "AUX") else None


def cue_subject(
    verb: Token, cues: frozenset[str] | dict[str, Any] = frozenset()
) -> tuple[Token | None, bool]:
    """The cue's subject, or one inherited from a coordinated or governing verb.

    ``cues`` (reporting-verb lemmas) lets "X said A and called B" give "called" the
    subject of "said" even when the parser hangs "called" inside the clause A.
    """
    own = own_subject(verb)
    passive = (own is not None and own.dep_ == "nsubjpass") or any(
        # (not the quotation's own verb hung on the cue: "“Is there any scenario …?” asked Petra Solberg")
        c.dep_ == "auxpass" and not any(t.is_quote for t in verb.doc[c.i + 1 : verb.i])
        for c in verb.children
    )
    if passive and own is not None and _has_said(verb, own):
        return own, False  # "He's said he gets his ideas from …": "has said", not a passive
    if passive and told_a_court(verb):
        return own, False  # "Castlebridge Crown Court was told that …": the evidence it heard
    if passive and verb.lemma_.lower() in cues:
        # "the plan was described as a farce", "X was criticized": the passive subject is what was
        # talked about; the speaker is the agent ("by the mayor"), or nobody named
        return _agent(verb) or _told_us_before(verb, own), False
    if own is not None:
        return own, False
    if (named := _absolute_subject(verb)) is not None:
        return named, False  # "with Ambroz accusing her rival … and Sen. Wade Kittredge calling her record …"
    if (first := _clause_done_first(verb)) is not None:
        return first, False  # "Roswell let the applause die down, then said: “…”"
    if _inverted_before_a_name(verb):
        return verb.head, False  # "Said Ellis: “I don’t get the sense …”"
    # (a participle after a name is its past tense: "Huw Glaister, whose land …, posted on Facebook: “…”")
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.head.pos_ == "PROPN")
    if verb.dep_ == "acl" and past and quotation_follows(verb):
        return verb.head, False  # "a man yelled “Stay there!”": the parser made "yelled" describe "man"
    if _verb_of_a_name(verb):
        return verb.head, False  # "Donald Trump, who is vying …, tweeted on Friday …": the name's verb
    if verb.lemma_.lower() in cues and clause_read_as_the_sentence(verb) is not None:
        return verb.head, False  # "Multiple outlets reported on Wednesday the Secret Service had …"
    if verb.head.i > verb.i and (lead := _leads_into_quotation(verb)) is not None:
        return lead, True  # hung on a word of the quotation after it (when hung before it: see the end)
    if as_clause(verb) and (agent := _agent(verb)) is not None:  # "As reported by the Ledger, …"
        return agent, False
    quoted = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
    if quoted is not None and quoted.lemma_.lower() in _QUOTED_AS:
        # "Cllr Janet Roebuck is quoted as saying the scheme will …": the one quoted
        said_by = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
        if said_by is not None:
            return said_by, False
    said_to = _said_to_have(verb)
    if said_to is not None:
        return said_to, False  # "Mr Tennant is said to have told colleagues …": he told them
    made = _made_to_say(verb)
    if made is not None:
        return made, False  # "Mr. Trump was prompted to say, “…”": he said it
    prompted = _prompted(verb)
    if prompted is not None:
        return prompted, False  # "…, prompting the Skylark Trust to warn that …": the trust warned
    outer = outer_cue(verb, cues)
    if outer is not None:
        return cue_subject(outer, cues)[0], True
    if verb.dep_ == "conj" and (named := _named_after_quote(verb)) is not None:
        return named, False
    current = verb
    for _ in range(6):
        if (
            current.dep_ == "conj"
            or (current.dep_ == "advcl" and current.tag_ == "VBG")
            or (current.dep_ == "xcomp" and current.head.lemma_.lower() in GOING_ON)
            or (  # "Anna Berg emailed to say that …" (the parser's other reading of "tweeted … to say")
                current.dep_ == "xcomp"
                and current.head.lemma_.lower() in _SENT_TO_SAY
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            )
            or _said_by_habit(current)
            or (  # "Pence went on to say …" with "to say" read as an adverbial clause; "tweeted on
                current.dep_ == "advcl"  # Friday to say …": the post was to say it
                and current.tag_ == "VB"
                and current.head.lemma_.lower() in GOING_ON | _SENT_TO_SAY | _OCCASION_TO_SAY
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            )
            or _done_by_doing(current)
        ):
            going_on = current.dep_ == "advcl" and (
                current.lemma_.lower() in GOING_ON
                or (current.i == verb.i and current.tag_ == "VBG" and _closes_after_comma(current))
            )
            current = current.head
            if (
                current.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and verb.doc[verb.i - 1].text == ","
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in current.children)
            ):
                # "The judge intervened when Mr Farrimond asked …, telling him …": the participle after
                # the clause of time goes on from the sentence's own verb, not the clause's
                current = current.head
            elif current.dep_ == "relcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ",":
                # "The court struck down a law that limits …, ruling that …": the participle after a
                # relative clause on a thing goes on from the verb the thing is the object of
                current = _verb_of_the_thing(current) or current
            if going_on and current.dep_ == "ccomp" and current.head.lemma_.lower() in cues:
                # "Trump told Newsmax that Romney “had …,” adding, “…”": the parser hung "adding" on the
                # reported clause; the reporter adds, not the one reported on
                current = current.head
            elif (
                going_on
                and current.dep_ == "acl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in current.children)
                and current.head.head.pos_ in ("VERB", "AUX")
            ):
                # "The mayor rejected claims that the council had wasted money, saying …": hung on the
                # clause of the noun; the one who rejected them goes on, not the council
                current = current.head.head
            own = own_subject(current, main=True)
            if own is not None:
                return own, True
            if current.lemma_.lower() in cues and current.i != verb.i:
                # "Donald Trump, who is vying …, tweeted on Friday to say …": the verb it goes on from
                # is a cue whose subject the parser hid (see the end); its speaker
                found = cue_subject(current, cues)[0]
                if found is not None:
                    return found, True
        elif (
            current.dep_ == "xcomp"
            and current.head.dep_ == "acomp"
            and current.head.lemma_.lower() in _QUICK_TO
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            current = current.head.head  # "Trump was quick to add that …", "voters were more likely to say …"
            own = own_subject(current)
            if own is not None:
                return own, True
        elif (
            current.dep_ == "pcomp"
            and current.tag_ == "VBG"
            and current.head.dep_ == "prep"
            and current.head.lower_ in _GERUND_PREPS
            and (host := _host_of_gerund(current.head)) is not None
            # (not a habit of naming: "supporters, who have taken to calling him “the Milkman”")
            and not (current.head.lower_ == "to" and host.lemma_.lower() == "take")
        ):
            current = host  # "landed in trouble by saying that …", "before explaining why …"
            own = own_subject(current)
            if own is not None:
                return own, True
        elif (
            current.i == verb.head.i
            and verb.dep_ == "conj"
            and current.dep_ == "dobj"
            and current.pos_ in ("NOUN", "PROPN")
            and current.head.pos_ == "VERB"
        ):
            # "He adopted a fake accent and joked, “…”": the parser coordinated the verb with the object
            current = current.head
            own = own_subject(current, main=True)
            if own is not None:
                return own, True
        elif (
            current.dep_ in ("acl", "relcl")
            and current.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            and current.head.dep_ == "dobj"
            and current.head.head.lemma_.lower() in _OCCASION_TO_SAY
        ):
            # "issued a statement to say …", "held an impromptu press briefing to brag that …": the
            # parser hung the purpose on the occasion; the one who held it speaks
            current = current.head.head
            own = own_subject(current, main=True)
            if own is not None:
                return own, True
        elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN"):
            noun = current.head
            sent = noun.head.lemma_.lower() in _SENDING
            if noun.dep_ == "dobj" and (sent or participle_after_comma(current)):
                sender = own_subject(noun.head, main=True)
                if sender is not None:  # "Trump posted a message on Twitter reading “…”": the sender's words;
                    return sender, True  # "Clinton talked up her “50-state strategy,” promising to …": hers
            return noun, True  # "a statement saying …"
        elif (
            current.dep_ == "acl"
            and current.tag_ in ("VBD", "VBN")
            and current.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "appos" and c.i < current.i for c in current.head.children)
            and current.doc[current.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("agent", "auxpass") for c in current.children)
        ):
            # "Mitt Romney, the 2012 nominee, tweeted in response: …": the verb after the name's
            # apposition, which the parser hung on the name as a clause of it
            return current.head, False
        elif (
            current.dep_ == "acl"
            and current.tag_ in ("VBD", "VBN")
            and current.head.dep_ == "ROOT"
            and current.i == current.head.i + 1
            and _after_a_quotation(current.head)
            and not any(c.dep_ in ("agent", "auxpass", "dobj") for c in current.children)
        ):
            # "“What if …?” the 43-year-old asked in the video’s description.": a tag after a quotation
            # that the parser read as a noun with a clause, the sentence's only head
            return current.head, False
        elif (first := _first_of_a_list(current)) is not None:
            return first, current.i != verb.i
        else:
            break
    doc = verb.doc
    # "As Akhil Amar, professor of law, put it, “…”": the parser read "as" as a preposition
    as_mark = next((c for c in verb.lefts if c.dep_ == "mark" and c.lower_ == "as"), None)
    named = next((g for g in as_mark.children if g.dep_ == "pobj"), None) if as_mark is not None else None
    if named is not None and named.pos_ in ("PROPN", "NOUN"):
        return named, False
    name = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    after_quote = name is not None and doc[name.left_edge.i - 1 : name.left_edge.i].text in CLOSING_MARKS
    if after_quote and name.i == verb.i - 1:
        return name, False  # "“…,” Bozell answers.": the parser read the name as part of a noun "answers"
    share = next((c for c in verb.lefts if c.dep_ == "nummod" and c.tag_ == "CD"), None)
    if share is not None:
        return share, False  # "About 4 in 10 say they want …": the parser hung the poll's share on the verb
    if verb.i > 0 and doc[verb.i - 1].is_punct and verb.i + 1 < len(doc):
        # an inverted tag whose subject the parser gave to the clause after it:
        # "“…,” said Robin Maynard, half joking"
        t = doc[verb.i + 1]
        while t.dep_ in ("compound", "amod", "det") and verb.i < t.head.i:
            t = t.head
        if (
            t.dep_ == "nsubj"
            and t.pos_ in ("PROPN", "NOUN")
            and t.head.i > t.i
            and t.head.head.i == verb.i
            and doc[verb.i - 1].is_quote
            and doc[t.i + 1 : t.i + 2].text == ","  # not "…, said the bridge was too costly"
        ):
            return t, False
        if (
            t.dep_ in ("dobj", "dative")
            and t.head.i == verb.i
            and t.pos_ in ("PROPN", "NOUN")
            and (doc[verb.i - 1].is_quote or doc[verb.i - 2 : verb.i - 1].text in ("?", "!"))
        ):
            return t, False  # "“Is he running?” asked Paul Manafort": the one who asked, not the one asked
    for clause in verb.lefts:  # "Sanders, who sits at zero, said …": the parser gave "who" a second subject
        if clause.dep_ not in ("ccomp", "advcl"):
            continue
        subjects = [g for g in clause.children if g.dep_ == "nsubj"]
        relative = next((g for g in subjects if g.lower_ in ("who", "which")), None)
        if relative is not None and subjects[0].i < relative.i and subjects[0].pos_ in ("PROPN", "NOUN"):
            return subjects[0], False
        if (  # "A note from the jury foreman, read out by the judge, says …": the parser made the
            clause.tag_ in ("VBN", "VBD")  # participle set off by commas a clause with the noun as subject
            and any(g.dep_ == "agent" for g in clause.children)
            and len(subjects) == 1
            and subjects[0].pos_ in ("NOUN", "PROPN")
            and doc[clause.left_edge.i : clause.i].text.endswith(",")
            and doc[clause.right_edge.i + 1 : clause.right_edge.i + 2].text == ","
        ):
            return subjects[0], False
    named = _name_right_before(verb)
    if named is not None:
        return named, False
    described = _description_tagging_a_quotation(verb)
    if described is not None:
        return described, False
    # a tag whose subject the parser attached elsewhere: "…, a source close to X said."
    if verb.i > sentence_span(verb).start and verb.dep_ in ("ROOT", "parataxis"):
        t = verb.doc[verb.i - 1]
        if t.text == "," and verb.i - 2 > sentence_span(verb).start:
            # "In a statement to the Courier, her adviser, Tom Ilves, said …", "On a call on Dec. 2,
            # Col. Steven Warren, a spokesman in Baghdad, said …": the name the parser hung on the
            # newspaper or the date as an apposition is the speaker
            n = verb.doc[verb.i - 2]
            for _ in range(8):
                if n.dep_ in ("pobj", "prep", "amod", "compound") and n.head.i < n.i:
                    n = n.head
                else:
                    break
            if n.dep_ == "appos":
                while n.head.dep_ == "appos" and n.head.i < n.i:
                    n = n.head
                return n, False
        for _ in range(8):
            if t.dep_ in ("pobj", "prep", "amod", "compound", "poss", "case", "nummod") and t.head.i < verb.i:
                t = t.head
            elif t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and t.head.i < t.i:
                # "Detective Sergeant Rhiannon Tudor of Hexley and Wold Police’s … unit said": the parser
                # coordinated the unit with the officer; the name is who spoke
                t = t.head
            else:
                break
        if t.pos_ in ("NOUN", "PROPN") and t.i < verb.i and t.dep_ != "ROOT":
            return t, False
    if (lead := _leads_into_quotation(verb)) is not None:
        return lead, True
    return None, False


#: what may follow a closing tag's verb: where, when and in what it was said ("on Tuesday", "on
#: Facebook", "in a statement"), never what was said
_TAG_TAIL_DEPS = frozenset("prep pobj det compound amod npadvmod advmod nummod poss punct case".split())
#: a dash or semicolon after the tag: what follows is the writer's ("… reported on Tuesday — a development …")
_TAG_STOPS = {"--", "—", "–", ";"}
#: how much a verb of saying said, which makes it no tag ("their smiles said a lot", "said little")
_HOW_MUCH = frozenset({"lot", "little", "much", "plenty", "volume", "everything", "nothing", "enough"})


#: pronouns a closing tag may have for its speaker ("…, he told reporters.")
_TAG_PRONOUNS = frozenset({"he", "she", "they", "it"})


def participle_after_comma(verb: Token) -> bool:
    """A participle right after a comma, or after a quotation closing with one ("…, promising to …",
    "… her “50-state strategy,” promising to …"): a clause of its own, not a modifier of the noun before."""
    doc, i = verb.doc, verb.i
    return verb.tag_ == "VBG" and i > 1 and (
        doc[i - 1].text == "," or (doc[i - 1].text in CLOSING_MARKS and doc[i - 2].text == ",")
    )


def _closes_after_comma(verb: Token) -> bool:
    """A participle set off by a comma (or a dash) that ends its sentence: "…, calling him “a clear
    flight risk.”", "… — saying the campaign chose not to …"."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", "—", "–", "--"):
        return False
    i = verb.right_edge.i + 1  # only punctuation up to the sentence's end (read token by token: a
    while i < len(doc) and not doc[i].is_sent_start:  # sentence may be very long)
        if not (doc[i].is_punct or doc[i].is_space):
            return False
        i += 1
    return True


def _semicolons(doc: Doc) -> list[int]:
    """The indices of the Doc's semicolons, found once per Doc (a cue looks back for one; reading
    back token by token is quadratic in a long sentence with many cues)."""
    return per_doc(doc, "kit_semicolons", lambda d: [t.i for t in d if t.text == ";"])


#: punctuation inside a speaker's name or beside it: "Anti-Doping", "Workers’", "(CADA)"
_INSIDE_A_NAME = frozenset({"-", "‐", "’", "'", "(", ")", "&", "."})


def closing_tag(verb: Token, frames: frozenset[str]) -> tuple[Token, int] | None:
    """A cue that closes its sentence after a comma, its speaker beside it: "…, the Chicago Tribune
    reports.", "…, reported the Washington Examiner.", "…, the church posted on Facebook.", "…, the
    budget office reported on Tuesday — a development …". The parser reads these many ways (a
    fragment, a coordinated verb, a clause of the reported verb); the surface is the same.

    Returns the speaker's head and the index of the comma that ends the reported clause, or ``None``.
    """
    doc, sent = verb.doc, sentence_span(verb)
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i - sent.start < 5:
        return None
    opener = [t.lower_ for t in doc[sent.start : sent.start + 2]]
    if opener[:1] == ["asked"] or opener == ["when", "asked"]:
        return None  # "Asked what he will do …, he thinks for a moment": the question put, no report closed
    # after the verb: only where and when, up to the sentence's end or a dash
    inverted: Token | None = None
    end = verb.i + 1
    while end < sent.end and doc[end].text not in _TAG_STOPS:
        t = doc[end]
        if t.is_space:
            end += 1
            continue
        if t.text == "," and end + 1 < sent.end and doc[end + 1].lower_ in ("and", "but"):
            break  # "…, a spokeswoman said on Saturday, and it has …": the writer goes on
        if t.pos_ in ("VERB", "AUX") or t.is_quote:
            return None
        if t.head == verb and t.lemma_.lower() in _HOW_MUCH:
            return None  # "…, their smiles said a lot.": how much was said, not whose words came before
        object_of_verb = t.head == verb and t.dep_ in ("dobj", "nsubj", "dative")
        if (
            object_of_verb
            and inverted is None
            and doc[verb.i - 1].text == ","
            and t.pos_ in ("PROPN", "NOUN")
            and verb.lemma_.lower() != "tell"  # "…, Ramos, 58, told AFP": to whom
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
        ):
            inverted = t  # "…, reported the Washington Examiner"
        elif object_of_verb and verb.lemma_.lower() == "tell" and t.pos_ in ("NOUN", "PROPN", "PRON"):
            pass  # "…, the mayor told reporters": to whom
        elif t.dep_ not in _TAG_TAIL_DEPS and not (inverted is not None and t.head == inverted):
            return None
        end += 1
    tail = [t for t in doc[verb.i + 1 : end] if not t.is_space]
    if end == sent.end and tail and tail[-1].text == ":":
        return None  # "Later, turning to his opponent, …, he told the crowd:": it opens what follows
    if inverted is not None:
        comma = verb.i - 1
        speaker = inverted
    else:
        speaker = max((c for c in verb.lefts if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
        set_off = _set_off_before(verb) if speaker is None else None
        named = _name_set_off_before(verb) if speaker is None and set_off is None else None
        speaker = speaker or set_off or named
        if speaker is None or (
            speaker.pos_ not in ("PROPN", "NOUN") and speaker.lower_ not in _TAG_PRONOUNS
        ):
            return None
        comma = speaker.left_edge.i - 1
        if named is not None:  # "…, his widow, Maureen Ferrier, said.": from the name's first word
            first = _after_comma(doc, named.i + 1)
            assert first is not None  # (the name was found after that comma)
            comma = first - 1
            comma = _description_before(doc, comma) or comma  # (and the description before it)
            if any(t.is_quote for t in doc[max(sent.start, comma - _SET_OFF_WORDS) : comma]):
                return None  # ("“Who pays?” the chairwoman, Ines Achterberg, interrupted": its quotation's)
            set_off = named
        between = doc[comma + 1 : verb.i]
        # (a hyphen, an apostrophe or an acronym's brackets are part of the name: "the Calterran
        # Anti-Doping Agency (CADA) said")
        breaks = [t for t in between if t.is_punct and t.text not in _INSIDE_A_NAME]
        if any(t.pos_ in ("VERB", "AUX") for t in between) or (
            breaks and set_off is None and not _named_in_apposition(speaker, verb)
        ):
            return None  # "…, Mike Murphy, the head of …, tweeted": other readings handle those
    after_quote = doc[comma].text in CLOSING_MARKS and doc[comma - 1].text == ","
    if after_quote and _reported_around_a_quote(doc, sent, comma):
        comma -= 1  # "The mayor said the plan was “dead in the water,” the Ledger reported."
    if comma <= sent.start or doc[comma].text != ",":
        return None
    clause = doc[sent.start : comma]
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    if any(t.pos_ in ("VERB", "AUX") for t in clause):
        return (speaker, comma) if len(clause) >= 4 else None
    # no statement before the comma: "In Ohio last year, the mayor reported …"; but a point put without
    # a verb, the tag closing the sentence, is one: "People like Scott, he said."
    if len(words) < 3 or words[0].pos_ in ("ADP", "SCONJ", "ADV") or end < sent.end:
        return None
    return speaker, comma


def _reported_around_a_quote(doc: Doc, sent: Span, mark: int) -> bool:
    """Does the quotation closing at ``mark`` sit inside a clause with a verb of its own, before its
    opening quote mark ("The mayor said the plan was “dead,” the Ledger reported")? Not a quotation
    that opens the sentence or follows a phrase ("Despite his “brash …,” Quill wrote"): its tag."""
    opening = next((t for t in reversed(doc[sent.start : mark]) if t.is_quote and t.tag_ == "``"), None)
    if opening is None and mark > sent.start:
        opening = next((t for t in reversed(doc[sent.start : mark]) if t.text in ("“", '"')), None)
    return opening is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : opening.i])


def _named_in_apposition(speaker: Token, verb: Token) -> bool:
    """ "…, his top aide, Tad Devine, told The Huffington Post.": the speaker's phrase is a description
    and a name beside it, set off by one comma between them and one before the verb, all of it the
    subject's own words (which the parser may have coordinated with the verb of the clause before)."""
    doc = speaker.doc
    name = next((c for c in speaker.children if c.dep_ == "appos" and c.i > speaker.i), None)
    return (
        name is not None
        and name.pos_ == "PROPN"
        and speaker.right_edge.i >= verb.i - 2
        and doc[verb.i - 1].text == ","
        and doc[name.left_edge.i - 1].text == ","
        and sum(t.text == "," for t in doc[speaker.left_edge.i : verb.i]) == 2
    )


_SET_OFF_WORDS = 8  # tokens: the longest name or description set off before a closing tag


def _after_comma(doc: Doc, end: int) -> int | None:
    """Where the words set off by the comma before ``end`` start (a name or a description is short: a
    bounded look back); None without such a comma or such words."""
    start = end
    while start > max(end - _SET_OFF_WORDS, 1) and doc[start - 1].text != ",":
        start -= 1
    return start if start < end and doc[start - 1].text == "," else None


def _description_before(doc: Doc, comma: int) -> int | None:
    """ "…, his widow, Maureen Ferrier, said": a description of a person (a relative, a title, a trade)
    set off by commas right before the name the tag closes on; the comma before it, where what was
    said ends."""
    start = _after_comma(doc, comma)
    if start is None or start <= 1:
        return None
    words = doc[start:comma]
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if not nouns or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    lemma, lex = nouns[-1].lemma_.lower(), load_lexicon()
    person = lemma in KIN or any(lex.has(k, lemma) for k in ("title", "spokesperson", "person_word"))
    return start - 1 if person else None


def _set_off_before(verb: Token) -> Token | None:
    """The noun set off by commas right before a verb the parser gave no subject: "…, a spokeswoman,
    Anna Richardson White, said …" (read as the object of the verb before, "said" as its conjunct)."""
    doc = verb.doc
    last = verb.i - 1
    if last > 0 and doc[last].text == ",":
        last -= 1
    head = doc[last]
    while head.head.i != head.i and head.head.i < verb.i and head.head.right_edge.i <= verb.i - 1:
        head = head.head
    before = head.left_edge.i - 1
    if head.pos_ in ("NOUN", "PROPN") and before > 0 and doc[before].text == ",":
        return head
    return None


def _name_set_off_before(verb: Token) -> Token | None:
    """ "He died on Sunday after a short illness, his widow, Maureen Ferrier, said.", "…, both from
    Ellanby, Ashdale Police said.": a name after a comma right before the verb, which the parser hung
    on a word of the reported clause (so that :func:`_set_off_before`, going up its heads, reaches
    that clause's verb); the name's last word."""
    doc = verb.doc
    end = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].text == "," else verb.i
    first = _after_comma(doc, end)
    if first is None:
        return None
    name = doc[end - 1]
    inside = all(t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN" for t in doc[first:end])
    return name if inside and name.head.i < first else None


#: verbs that send out a message ("posted a message reading …", "issued a statement saying …"): the
#: message's words are the sender's
_SENDING = frozenset({"post", "issue", "send", "release", "publish", "share", "tweet", "email", "put"})


def _leads_into_quotation(verb: Token) -> Token | None:
    """ "Flea shared the news …, writing “Feels great …”", "Clinton seemed ready …, telling the crowd,
    “Some people …”": a participle after a comma, right before a quotation that the parser built the
    sentence around (the participle hangs on a word inside it). The speaker is the subject of the
    sentence's main verb, before the participle."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    after = verb.right_edge.i + 1
    if not quotation_follows(doc[after - 1]):
        return None
    if verb.head.i < verb.i:  # "… seemed keen to move on, telling the crowd, “…”": up to a subject
        return next((s for h in verb.ancestors if h.i < verb.i and (s := own_subject(h, main=True))), None)
    root = sentence_span(verb).root  # the parser built the sentence around the quotation
    return own_subject(root, main=True) if verb.head.i > after and root.i < verb.i else None


def quotation_follows(token: Token) -> bool:
    """A quotation opens right after the token, or after a comma or colon after it, or after a colon
    that ends the token's own phrase ("posted on Facebook shortly after 5pm: “…”")."""
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].text in (",", ":"):
        i += 1
    if i < len(doc) and doc[i].tag_ == "``":
        return True
    j = token.right_edge.i + 1
    return j + 1 < len(doc) and doc[j].text == ":" and doc[j + 1].tag_ == "``"


def _named_after_quote(verb: Token) -> Token | None:
    """“…,” Ramos, 58, told AFP: the parser coordinates the speaker and the cue with the quotation's
    verb; the speaker is the noun that opens right after the closing quote mark, before the cue."""
    doc = verb.doc
    for noun in verb.head.children:
        if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if not verb.head.i < noun.i < verb.i:
            continue
        first = noun.i
        while first > 0 and doc[first - 1].head.i == noun.i and not doc[first - 1].is_punct:
            first -= 1  # "Mr.", "the" before the name
        mark = doc[first - 1] if first > 0 else None
        if mark is not None and mark.is_quote and not mark.is_left_punct:
            return noun
    return None


#: verbs whose "to" clause says what the subject did ("used the debate to call for …", "stood up
#: to say …", "struggled to explain …"); not a wish or a plan ("wants to say", "plans to announce")
_DOING_BY = frozenset(
    {"use", "stand", "rise", "struggle", "try", "seem", "appear", "move", "manage", "return"}
)
#: adjectives whose "to" clause was done: "quick to add", "eager to point out", "more likely to say" (a poll)
_QUICK_TO = frozenset({"quick", "eager", "keen", "happy", "proud", "first", "last", "likely"})


def _done_by_doing(verb: Token) -> bool:
    """A "to" clause of one of the ``_DOING_BY`` verbs in the past or present tense."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl")
        and head.lemma_.lower() in _DOING_BY
        and head.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in head.children)  # "can be used to show"
    )


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb: "the Ledger" in "(as) reported by the Ledger"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _told_us_before(verb: Token, subject: Token | None) -> Token | None:
    """ "We are told by County Hall that … We are told that …": a column's "we are told" with no one
    named is still the one who told "us" in the sentences before, in the same paragraph."""
    if subject is None or subject.lower_ != "we" or verb.lemma_.lower() != "tell":
        return None
    doc = verb.doc
    start = sentence_span(verb).start
    for _ in range(3):  # back over the paragraph's last three sentences at most
        if start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space:
            return None
        sent = sentence_span(doc[start - 1])
        for told in sent:
            us = any(c.lower_ == "we" and c.dep_ == "nsubjpass" for c in told.children)
            agent = _agent(told) if us and told.lemma_.lower() == "tell" else None
            if agent is not None:
                return agent
        start = sent.start
    return None


def _after_a_quotation(noun: Token) -> bool:
    """The noun's phrase ("the 43-year-old") comes right after a closing quote mark."""
    i = noun.i - 1
    while i >= 0 and noun.doc[i].dep_ in ("det", "amod", "compound", "nummod", "npadvmod", "punct", "poss"):
        if noun.doc[i].is_quote and noun.doc[i].dep_ != "case":  # not a possessive "Farmers’"
            return noun.doc[i].tag_ == "''"
        i -= 1
    return False


def _has_said(verb: Token, subject: Token) -> bool:
    """ "He's said he …", "She’s told reporters …": the "’s" of "has" read as the "is" of a passive, with
    a person for its subject and a clause of its own after the verb."""
    return (
        subject.lower_ in ("he", "she")
        and subject.i + 1 == verb.i - 1
        and verb.doc[verb.i - 1].lower_ in ("'s", "’s")
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _absolute_subject(verb: Token) -> Token | None:
    """The person named right before a participle with no comma between, joined into another phrase by
    the parser ("…, with Celeste Ambroz accusing her rival of selling out the state's ranchers and state
    Sen. Wade Kittredge calling her record “…”": "Kittredge" hung on "ranchers"): the participle's own
    subject, in a "with" clause."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2:
        return None
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in ("conj", "dobj", "pobj"):
        return None
    with_clause = verb.dep_ in ("advcl", "conj") and any(a.lower_ == "with" for a in verb.ancestors)
    return name if with_clause else None


def outer_cue(verb: Token, cues: frozenset[str] | dict[str, Any]) -> Token | None:
    """For a subject-less reporting verb coordinated inside another cue's clause, that cue."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in cues:
        return None
    first = verb.head
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ == "ccomp" and first.head.lemma_.lower() in cues and first.head.i < verb.i:
        if _back_shifted(verb) and not _back_shifted(first.head):
            return None  # "said that she had seen it coming and had warned the trustees": what she said
        other = own_subject(first)
        someone = other is not None and other.pos_ == "PROPN" and other.ent_type_ == "PERSON"
        if _back_shifted(first) and someone:
            return None  # "Fenwick said Bramwell had knocked … and told him …": Bramwell told him
        return first.head
    return None


def _back_shifted(verb: Token) -> bool:
    """A past perfect ("had warned"), the tense of a report's clause after a past-tense cue."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def as_clause(verb: Token) -> bool:
    """A reporting verb in an "as" clause that vouches for the clause it hangs on ("As the Ledger
    first reported, …", "…, as she noted on Tuesday", "as he put it"), not one with content of
    its own ("as he said goodbye")."""
    before = verb.left_edge.i - 1
    while before >= 0 and verb.doc[before].text == ",":
        before -= 1
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in _AS_VOUCHING
        and as_clause_host(verb) is not None
        and not (before >= 0 and verb.doc[before].is_quote)  # "a “farce”, as Hale put it": a term's owner
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and c.lower_ != "it" for c in verb.children
        )
    )


#: verbs of habit that a verb of saying can follow with "to" ("Mehra likes to say …", "as he used to
#: say", "tends to say"): what the subject says, habitually
_HABITS = frozenset({"like", "love", "tend", "use"})


def _said_by_habit(verb: Token) -> bool:
    """ "Anjali Mehra likes to say that …": a verb of saying under a verb of habit, which says it (not
    "would like to say", a wish)."""
    habit = verb.head
    return (
        verb.dep_ == "xcomp"
        and habit.lemma_.lower() in _HABITS
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in habit.children)
    )


def forecast_now(verb: Token) -> bool:
    """Not a forecast verb, or one in the active voice and the present tense, or in any tense with
    forecasters for its subject ("analysts had expected", "the company had expected"; see
    ``_FORECASTS``)."""
    if verb.lemma_.lower() not in _FORECASTS:
        return True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    subject = own_subject(verb)
    lex = load_lexicon()
    word = subject.lemma_.lower() if subject is not None else ""
    return subject is not None and (
        (subject.tag_ in ("NNS", "NNPS") and lex.has("vague", word))
        or any(lex.has(c, word) for c in ("organization", "company_word"))
    )


_PERSONAL = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: what a clause's verb needs beside its subject to be whole (no gap a relative clause would leave)
_WHOLE = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass"})
#: cues whose object is the one spoken to ("told Britain’s ITV"), not what was said
ADDRESSED = frozenset({"tell", "inform", "assure", "remind"})
#: and verbs that may tell someone a clause, their object the one told ("warned reporters the …")
_TELLING = ADDRESSED | {"warn", "brief", "advise", "promise"}


def _advised(verb: Token, obj: Token, art: ArticleContext) -> bool:
    """ "had warned the trustees at every annual meeting": people warned, not what was said (that comes
    with "of", "against", "that" or "to …"); "advised caution" keeps its object. A verb of advising or
    warning is one the lexicon lists under VerbNet's advise-37.9 (warn, caution, alert, notify …)."""
    if not any(c.startswith("advise-37.9") for c in art.lex.classes.get(verb.lemma_.lower(), ())):
        return False
    lemma = obj.lemma_.lower()
    return any(art.lex.has(c, lemma) for c in ("vague", "anonymous", "title", "organization")) or (
        obj.tag_ == "NNS" and obj.lower_.endswith(("ers", "ors", "ists", "ians", "ents", "ees", "ies"))
    )


def _a_name_given(verb: Token, label: Token, art: ArticleContext) -> bool:
    """ "an old maker called Walter Dunning": a proper name with no object before it and no quote marks
    is what someone is called, not a label a speaker gives ("called him “a liar”", "what she calls
    Project Fear" keep their object)."""
    return (
        label.pos_ == "PROPN"
        and not art.in_quote(label)
        and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children)
        and verb.lemma_.lower() in ("call", "name")
    )


#: the word kinds of nouns for people (the ones told are people, not "this programme", "the meeting")
_PEOPLE_WORDS = ("vague", "anonymous", "title", "person_word", "male", "female", "spokesperson")


def _found_in_a_state(verb: Token, clause: Token) -> bool:
    """ "has found the staffroom biscuits gone", "found the door locked": a thing found in a state (a
    participle with no verb of its own), what someone saw, not a finding reported ("found it “not
    workable”" is a judgement, and reported)."""
    return (
        verb.lemma_.lower() == "find"
        and clause.dep_ == "ccomp"
        and clause.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    )


def _reported_not_relative(clause: Token, lex: Lexicon) -> bool:
    """ "told the meeting she had not been consulted": a clause the parser hung on the one told, as
    if it were a relative clause ("the meeting she chaired"). It is the report when it opens with a
    personal pronoun as its subject, or a noun with its article, and lacks nothing (no object gap, as
    a relative clause has)."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    # (or, told to no person, whose prepositions all have their objects: "told this programme they had
    # learned of it from a letter"; not "the meeting she spoke at", "the people she had helped about …")
    preps = [c for c in clause.children if c.dep_ == "prep"]
    whole = bool(preps) and all(any(g.dep_ in ("pobj", "pcomp") for g in p.children) for p in preps)
    told = clause.head.lemma_.lower()
    whole = whole and not any(lex.has(kind, told) for kind in _PEOPLE_WORDS)
    if subject is None or clause.left_edge.i != clause.head.i + 1:
        return False
    if subject.lower_ in _PERSONAL and subject.i == clause.left_edge.i:
        return whole or any(c.dep_ in _WHOLE for c in clause.children)
    # or a noun with its article: "told the audience the company had tested Thread with about 2,000
    # people" lacks nothing (an object, and no preposition left without one), where "the people the
    # company had tested" or "the group the company sold shares to" would
    # (only after a verb that tells someone: "says a tune her father used to whistle" is the tune)
    stranded = any(not any(g.dep_ in ("pobj", "pcomp") for g in p.children) for p in preps)
    return (
        clause.head.head.lemma_.lower() in _TELLING
        and subject.pos_ in ("NOUN", "PROPN")
        and subject.left_edge.i == clause.left_edge.i
        and subject.left_edge.lower_ in ("the", "a", "an", "its", "their", "his", "her")
        and not stranded
        and any(c.dep_ in _WHOLE - {"xcomp"} for c in clause.children)
    )


def _relative_of_the_object(verb: Token, clause: Token) -> bool:
    """ "said something to me last month that has stayed with me": a relative clause of the object
    (its "that" or "which" is the clause's subject), which the parser hung on the verb."""
    first = clause.left_edge
    return (
        first.lower_ in ("that", "which")
        and first.dep_ in SUBJECTS
        and first.head.i == clause.i
        and _subject_that(first)  # (not "told investors that concerns … were “overblown”": a conjunction)
        # (not the one told: "have told me that’s the same thing")
        and any(c.dep_ == "dobj" and c.i < first.i and c.lower_ not in _TOLD_PRONOUNS for c in verb.children)
    )


#: the one told, never a thing said ("told me", "told them")
_TOLD_PRONOUNS = frozenset("me you him her us them".split())


def that_clause(clause: Token, *, on_a_noun: bool = False) -> bool:
    """A clause opened by "that" (its mark); ``on_a_noun``: also the "that" the parser files as an
    adverb of a clause it hangs on a noun ("argued for a year that …", "documents show that …")."""
    deps = ("mark", "advmod") if on_a_noun else ("mark",)
    return any(m.dep_ in deps and m.lower_ == "that" for m in clause.children)


def as_clause_host(verb: Token) -> Token | None:
    """The verb of the clause an "as" clause hangs on: its head, or the verb whose subject its head
    is ("The deal, as she put it, was …": the parser hangs the clause on "deal"); or, when a quotation
    opens right after the clause and its comma, the words quoted ("felt, as he puts it, “like somebody
    had kicked me”": what he put so is the quotation, not all that the sentence tells)."""
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].is_quote:
        inside = list(itertools.takewhile(lambda t: not t.is_quote, doc[after + 2 : after + 40]))
        tops = [t for t in inside if not inside[0].i <= t.head.i <= inside[-1].i]
        if len(tops) == 1 and tops[0].left_edge.i >= inside[0].i and tops[0].right_edge.i <= inside[-1].i + 1:
            return tops[0]
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ in SUBJECTS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def is_temporal(token: Token, art: ArticleContext) -> bool:
    for t in token.subtree:
        ent = art.ent_of.get(t.i)
        if ent is not None and ent.label_ in TIME_ENTS:
            return True
    return False


#: a noun's own modifiers, inside its phrase before any clause: "Tuesday's", "the previous", "three"
_NOUN_MODIFIERS = frozenset({"poss", "compound", "amod", "nummod", "det", "npadvmod"})


#: the bodies that hear evidence: "The court heard that …", "The jury was told that …"
HEARING_BODIES = frozenset("court jury inquest tribunal hearing trial inquiry committee panel".split())


def told_a_court(verb: Token) -> bool:
    """ "Castlebridge Crown Court was told that …", "The jury was told that …": a passive "told" whose
    subject is a court or its jury, with what it was told."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        verb.lemma_.lower() == "tell"
        and subject is not None
        and subject.lemma_.lower() in HEARING_BODIES
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def asks_for_something(verb: Token, art: ArticleContext) -> bool:
    """ "The family asked for privacy", "has asked for an increase of about 20%": a request for a
    thing, an act (not "asked the witness about his debts for a third time", "For now, it is asking
    customers to …")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and c.i > verb.i
        and not _names_a_time(c, art)
        and not any(g.dep_ == "pobj" and g.lemma_.lower() in _TIME_NOUNS for g in c.children)
        for c in verb.children
    )


def _names_a_time(prep: Token, art: ArticleContext) -> bool:
    """Does the preposition's own object name a time ("on Monday", "for an hour"), not a word deeper in
    its phrase ("of hacking computers … in recent years", "about statements he had made the previous
    night")? A gerund object names none."""
    if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children):
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if not objects:
        return is_temporal(prep, art)
    # the object with its own modifiers ("on Tuesday's Morning Desk"), not its clauses or phrases
    words = [w for g in objects for w in (g, *g.children) if w.i == g.i or w.dep_ in _NOUN_MODIFIERS]
    return any((ent := art.ent_of.get(w.i)) is not None and ent.label_ in TIME_ENTS for w in words)


#: words in -ing that are nouns of news as often as verbs: "a flood warning", "the court's ruling"
_ING_NOUNS = frozenset({"warning", "briefing", "ruling", "filing", "finding", "posting", "reading"})


def noun_read_as_a_gerund(token: Token) -> bool:
    """ "has extended its amber wind warning for the coast": a noun of a compound ("wind warning")
    that the parser read as a gerund after the object; the warning is extended, nobody speaks.

    Not after a time ("spent the day warning of floods") nor a comma, where it is a verb.
    """
    if token.lower_ not in _ING_NOUNS or token.tag_ != "VBG" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and before.lemma_.lower() not in _TIME_NOUNS
        and not any(c.dep_ in ("dobj", "ccomp", "dative", "nsubj") for c in token.children)
    )


#: subordinators of a clause that says when or why, never what was said
_WHEN_MARKS = frozenset({"after", "before", "because", "although", "though", "while", "until", "once"})


#: auxiliaries that make a bare verb finite ("he would not accept")
_FINITE_AUX = frozenset(
    "will would can could shall should may might must do does did has have had is are was were".split()
)


def _clause_read_as_adverbial(verb: Token, clause: Token) -> bool:
    """ "Trump said after the convention he would not accept …", "tweeted in the early morning hours
    that Machado was …": the reported clause, after a phrase of time or place, which the parser hung on
    the verb as an adverbial clause. It is finite, has its own subject and no subordinator but "that";
    a clause of time or reason has its mark ("said he would go if asked")."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ in _FINITE_AUX for c in clause.children
    )
    return (
        finite
        and clause.i > verb.i
        and clause.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECTS and c.lower_ not in ("who", "which") for c in clause.children)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children)
        and not any(c.tag_ == "WRB" and c.i < clause.i for c in clause.children)  # "when I asked her …"
        # (the "it" of "put it to him that …" holds no place of its own)
        and not any(c.dep_ in ("ccomp", "dobj") and not _put_it(verb, c) for c in verb.children)
        and verb.doc[clause.left_edge.i - 1].text not in (",", ";", ":")
    )


def _put_it(verb: Token, word: Token) -> bool:
    """The empty "it" of "put it to him that …" (the barrister's suggestion, put as a question)."""
    return verb.lemma_.lower() == "put" and word.lower_ == "it" and word.dep_ == "dobj"


def _relative_opening(clause: Token) -> bool:
    """Does the clause open with a relative phrase ("by which time …", "at which point …", "in which
    case …")? The parser may hang such a clause on the verb before it as if it were reported."""
    first = clause.left_edge
    return first.pos_ == "ADP" and any(
        t.lower_ in ("which", "whom", "whose") for t in first.subtree if t.i <= first.i + 2
    )


def _instruction(verb: Token, clause: Token) -> bool:
    """Is ``clause`` the infinitive of an instruction right after the one told ("told staff not to speak
    to the press", "was told to draw out cash"), not a clause inside what was said ("told us we have
    until Tuesday to lodge an appeal")?"""
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < to.i]
    before = to.i - 1
    while before > verb.i and verb.doc[before].dep_ in ("neg", "advmod") and verb.doc[before].head == clause:
        before -= 1  # "not to speak", "never to miss"
    return before == (told[-1].right_edge.i if told else verb.i)


def _question_read_as_adverbial(verb: Token, clause: Token) -> bool:
    """ "He asked workers if they planned to attend the caucuses": the question put, an "if" or "whether"
    clause right after the one asked, which the parser read as a condition of "asked"."""
    if verb.lemma_.lower() != "ask" or clause.i < verb.i:
        return False
    mark = clause.left_edge
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < mark.i]
    return (
        mark.lower_ in ("if", "whether")
        and mark.head == clause
        and bool(asked)
        and asked[-1].right_edge.i == mark.i - 1
    )


def complements(verb: Token, frames: frozenset[str], art: ArticleContext) -> list[Token]:
    """The children of ``verb`` that carry the reported content, by the verb's frames."""
    parts: list[Token] = []
    has_dobj = None
    anonymity = False  # (its terms asked for: "asked the court not to publish his name" reports nothing)
    labelled = False
    questioned = False  # (a question put to the object: the object is whom it was put to)
    for c in verb.children:
        dep = c.dep_
        if dep in ("ccomp", "csubj") or (dep == "parataxis" and c.i > verb.i):
            if frames <= {"object"}:
                continue  # "spoke", "praised" take no clause: "X was terse, she spoke" is no tag
            if _relative_of_the_object(verb, c):
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.i > verb.i and marks & _WHEN_MARKS and "that" not in marks:
                continue  # "…, a day after a new poll showed …": when it was said, not what
            if _relative_opening(c):
                continue  # "… when a tenant complained, by which time mould could have spread": no report
            said_what = any(g.dep_ == "dobj" and g.tag_ == "WP" and g.i < verb.i for g in verb.children)
            if c.i > verb.i and said_what:
                continue  # "what candidates say when they have not done the sums": "what" is what they say
            if _found_in_a_state(verb, c):
                continue  # "a headmistress who has found the staffroom biscuits gone": seen, not reported
            parts.append(c)
            labelled = labelled or dep == "ccomp"  # "called that claim 'unfounded'", parsed as a clause
        elif dep == "xcomp" and (
            frames & {"object", "label"} or any(g.dep_ == "dobj" for g in verb.children)
        ):
            if any(g.dep_ in ("auxpass", "neg") for g in c.children) and (
                c.lemma_.lower() in ("name", "identify", "quote")
                or any(g.dep_ == "dobj" and g.lemma_.lower() == "name" for g in c.children)
            ):
                anonymity = True  # "asked not to be named", "asked me not to print his name": its terms
                continue
            told_to = verb.lemma_.lower() == "tell" and _instruction(verb, c)
            if told_to and not any(art.in_quote(g) for g in c.subtree):
                # "he told me to keep doing what I'm doing": an instruction, an act (not "told us to “stay
                # calm”", the words it quotes)
                continue
            parts.append(c)
            labelled = True
        elif (
            dep == "xcomp"
            and "clause" in frames
            and c.i > verb.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            and any(g.dep_ in SUBJECTS for g in c.children)
        ):
            parts.append(c)  # "said only that the party would “look at everything”": a that-clause, misread
        elif (
            dep == "xcomp"
            and "clause" in frames
            and c.tag_ == "VBG"
            and c.i > verb.i
            and any(g.dep_ == "ccomp" for g in c.children)
        ):
            parts.append(c)  # "said legalizing it could put …": the parser's gerund over the clause
        elif (
            dep == "xcomp"
            and "clause" in frames
            and c.tag_ == "VBG"
            and c.i == verb.i + 1
            and any(g.dep_ in ("dobj", "prep", "prt", "ccomp", "xcomp") for g in c.children)
            # (not "denies causing death by dangerous driving": a plea; "denied that …" is a statement)
            and verb.lemma_.lower() not in PLEADING
        ):
            parts.append(c)  # "reported having $1.3 million in cash", "recalled sitting in on focus groups"
        elif (
            dep == "conj"
            and "clause" in frames
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and any(p.dep_ == "ccomp" and that_clause(p) for p in verb.children)
        ):
            parts.append(c)  # "write that they corrected …, but that “…”": a second clause, read as a verb
        elif dep in ("intj", "dobj") and "clause" in frames and c.lower_ in ("yes", "no") and c.i > verb.i:
            parts.append(c)  # "the candidate said no", "4 in 10 said yes"
        elif "clause" in frames and (
            (dep == "advmod" and c.lower_ == "so" and c.i == verb.i + 1)
            or (dep in ("dobj", "nsubj") and c.lower_ == "same" and c.i == verb.i + 2)
        ):
            parts.append(c)  # "half said so", "three-quarters said the same of Sanders": a clause said again
        elif dep in ("dobj", "dative") and frames & {"object", "as", "label"}:
            has_dobj = c
            if "as" in frames and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children):
                labelled = True  # "described the proposal as a gift": the parser hangs "as" on the noun
        elif (
            dep == "advcl"
            and frames & {"object", "label"}
            and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in c.children)
        ):
            parts.append(c)  # "called for all candidates to lay out …": the parser's for-clause
            labelled = True
        elif dep == "advcl" and "clause" in frames and _clause_read_as_adverbial(verb, c):
            parts.append(c)  # "tweeted in the early morning hours that Machado was …"
        elif dep == "advcl" and _question_read_as_adverbial(verb, c):
            parts.append(c)  # "asked workers if they planned to attend": the question, not a condition
            questioned = True
        elif (
            dep == "advcl"
            and verb.lemma_.lower() in _COMMITTING
            and c.i > verb.i
            and c.tag_ == "VB"
            and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.i - 1 for g in c.children)
        ):
            parts.append(c)  # "promised Sunday at a rally to end the program"
        elif (
            dep == "advcl"
            and "as" in frames
            and c.i > verb.i
            # (or the parser's adverb: "described the team as highly accomplished")
            and (opener := c.left_edge).lower_ == "as"
            and opener.head == c
            and opener.dep_ in ("mark", "advmod")
        ):
            parts.append(c)  # "described the dinner as Washington celebrating itself": a clause
            labelled = True
        elif (
            dep in ("advmod", "acomp", "oprd")
            and "as" in frames
            and c.i > verb.i
            and any(g.lower_ == "as" and g.i == c.i - 1 for g in c.children)
        ):
            parts.append(c)  # "describe her as relentless": the parser hung "as" on the adjective
            labelled = True
        elif dep == "oprd" and "label" in frames and not _a_name_given(verb, c, art):
            parts.append(c)
            labelled = True
        elif dep == "prep":
            word = c.lower_
            if "as" in frames and word == "as":
                parts.append(c)
                labelled = True
            elif "label" in frames and word in ("for", "on") and not is_temporal(c, art):
                parts.append(c)
                labelled = True
            elif (
                "object" in frames
                and word in _OBJECT_PREPS
                and not _names_a_time(c, art)
                # (a preposition left at the end, its object before it, is no content: "a column readers
                # wrote in to complain about")
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                and not any(
                    g.dep_ == "pobj"
                    and (
                        g.lemma_.lower() in _TERMS_OF_TALK | _TIME_NOUNS
                        or g.lower_.endswith(("self", "selves"))
                        or (word == "on" and g.lemma_.lower() in _BROADCAST)
                    )
                    for g in c.children
                )  # nor an idiom: "the figures speak for themselves"; nor "spoke on national television"
            ):
                parts.append(c)
        nouns = (
            [c]
            if dep in ("dobj", "dative")
            else [g for g in c.children if g.dep_ == "pobj"]
            if (dep == "prep" and c.lower_ in _SETTING_PREPS)
            else []
        )
        if dep == "prep" and "clause" in frames:
            # "has argued for more than a year that …": the parser hangs the that-clause on the time
            nouns += [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _TIME_NOUNS]
        for noun in nouns:  # "told a meeting that …", "said at a rally that …": a that-clause on the noun
            parts += [
                g
                for g in noun.children
                if g.dep_ in ("acl", "relcl", "ccomp")
                and any(m.dep_ in SUBJECTS for m in g.children)
                and (
                    that_clause(g, on_a_noun=True)
                    or ("clause" in frames and _reported_not_relative(g, art.lex))
                )
            ]
    if has_dobj is not None and not anonymity:
        if "label" in frames and not labelled and _label_hung_on(has_dobj, art):
            # "called the trial “careful and well run”": the parser hangs the label on the noun
            labelled = True
        hyphened = [c for c in verb.children if c.dep_ == "prt" and c.i < has_dobj.i and word_end(c)]
        if "label" in frames and not labelled and hyphened and art.in_quote(has_dobj):
            # "called the baffling mix-up “a failure …”": the named noun read as a particle ("call up"),
            # the label as the object
            parts.append(hyphened[0])
            labelled = True
        if "label" in frames or "as" in frames:
            if labelled or (
                "object" in frames and any(art.in_quote(t) for t in has_dobj.subtree if not t.is_punct)
            ):  # "described a “terrifying” night": the quoted words are what was said
                parts.append(has_dobj)
        elif "object" in frames and not questioned and not any(p.dep_ == "ccomp" for p in parts):
            ent = art.ent_of.get(has_dobj.i)
            bare = has_dobj.pos_ in ("PRON", "PROPN") or (
                ent is not None and ent.label_ in NAMED_ENTS | ORG_ENTS
            )
            # (nor "last asked the question", "asked a question": a question, not what it asked)
            asked = has_dobj.lemma_.lower() == "question" and all(
                g.dep_ in ("det", "amod") and not art.in_quote(g) for g in has_dobj.children
            )
            if not bare and not asked and not _advised(verb, has_dobj, art):
                # (a bare name or pronoun is the addressee or target, not what was said)
                parts.append(has_dobj)
            elif not any(p.dep_ == "prep" and p.lower_ in _CHARGE_PREPS for p in parts):
                # "accused Trump of showing support …", "criticized the mayor for the delay": what the
                # target is charged with, which the parser may hang on the target's name
                parts += [g for g in has_dobj.children if g.dep_ == "prep" and g.lower_ in _CHARGE_PREPS]
                # "criticised Trump in parliament over his call for a ban": on the verb, after the target
                parts += [
                    g
                    for g in verb.children
                    if g.dep_ == "prep"
                    and g.lower_ == "over"
                    and g.i > has_dobj.i
                    and not is_temporal(g, art)
                    and not any(n.lemma_.lower() in _TALK_SETTINGS for n in g.children)  # "over dinner"
                ]
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (
        passive is not None
        and not parts
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)  # "is reported by many to slow …"
        and passive.pos_ not in ("PRON", "PROPN")
        and art.ent_of.get(passive.i) is None
        and not frames <= {"label", "as"}  # "Questions are labelled by the reporter's outlet": no name given
    ):
        parts.append(passive)  # "Tinder's ban … was first reported by BuzzFeed": what the agent reported
        labelled = True
    if frames <= {"label", "as"} and not labelled:
        return []
    if verb.lemma_.lower() in _WITH_WHAT_ONLY and not any(
        c.dep_ == "prep" and c.lower_ in _MEDIUM_PREPS for c in verb.children
    ):
        parts = [p for p in parts if p.dep_ == "ccomp" and that_clause(p)]
    if any(p.i > verb.i for p in parts):
        # "(This post was corrected at 12:20: an earlier version said 12 runners had …)": a clause that a
        # colon closes before the cue's subject leads up to the statement; it is not what was said
        doc = verb.doc
        before = [p for p in parts if p.i < verb.i]  # (only those before the cue are ever dropped)
        closed = {p.i for p in before if ":" in (t.text for t in doc[p.right_edge.i : p.right_edge.i + 2])}
        # "… the inspectorate found that staffing fell …, and the union says its members are …": a clause
        # that ends on "and" before the cue's subject is a statement of its own, joined to this one
        closed |= {p.i for p in before if doc[p.right_edge.i].lower_ in ("and", "but")}
        # "Asked by the moderator how she would pay for it, she said she would …": the question put to
        # the speaker, which the parser hung on the cue as a clause
        closed |= {p.i for p in before if _question_put(doc[p.left_edge.i])}
        parts = [p for p in parts if p.i > verb.i or p.i not in closed]
    return parts


def _question_put(first: Token) -> bool:
    """Does a clause open with "Asked" or "When asked" (a question put to the speaker)?"""
    doc = first.doc
    word = doc[first.i + 1] if first.lower_ == "when" and first.i + 1 < len(doc) else first
    return word.lower_ == "asked" and word.tag_ in ("VBN", "VBD")


def _label_hung_on(noun: Token, art: ArticleContext) -> bool:
    """A quoted label the parser hung inside the object's phrase, not beside it."""
    return _quote_follows(noun, art) or _label_inside(noun, art)


def _label_inside(noun: Token, art: ArticleContext) -> bool:
    """ "call her plan to hire 1,200 more state troopers “a campaign ad with a badge on it”": the
    quoted label read as a second object of a verb inside the noun's phrase ("hire … troopers “a
    campaign ad”") or as an apposition there; a quotation opens it."""
    for word in itertools.islice(noun.subtree, 60):  # (bounded: a phrase, not a whole run-on sentence)
        if word.dep_ not in ("dobj", "appos") or word.i <= noun.i:
            continue
        first = word.left_edge.i
        opened = first > 0 and art.quote_of(noun.doc[first].idx) is not None and noun.doc[first - 1].is_quote
        opened = opened or noun.doc[first].is_quote
        second = word.dep_ == "appos" or any(c.dep_ == "dobj" and c.i < word.i for c in word.head.children)
        if opened and second:  # (or "… sell the park land “a betrayal”": read as the land's apposition)
            return True
    return False


def _quote_follows(noun: Token, art: ArticleContext) -> bool:
    """A quotation opens right after the noun, inside the noun's own phrase."""
    nxt = noun.i + 1
    if nxt >= len(noun.doc) or noun.right_edge.i <= nxt:
        return False
    index = art.quote_of(noun.doc[nxt].idx)
    return index is not None and art.quotes[index].start == noun.doc[nxt].idx


def clause_hull(parts: list[Token], verb: Token, sent: Span) -> tuple[int, int] | None:
    """Token range covering the parts on the cue's fuller side, clipped to the sentence."""
    if not parts:
        return None
    sides: dict[bool, list[int]] = {True: [], False: []}
    doc = verb.doc
    # content before the cue starts after a semicolon: "Six in 10 said they would; 40 percent said
    # they would not" (the parser may hang the first clause on the second cue)
    lowest = max(min(p.left_edge.i for p in parts), sent.start)  # no further back than the content
    marks = _semicolons(doc)
    k = bisect.bisect_left(marks, verb.i) - 1  # the last semicolon before the verb
    floor = marks[k] + 1 if k >= 0 and marks[k] >= lowest else lowest
    for p in parts:
        left, right = max(p.left_edge.i, sent.start), min(p.right_edge.i, sent.end - 1)
        if left < verb.i:
            left = max(left, floor)
        if left > right:
            continue
        sides[left > verb.i] += [left, right]
    after, before = sides[True], sides[False]
    chosen = (
        after
        if (max(after, default=0) - min(after, default=0))
        >= (max(before, default=0) - min(before, default=0))
        and after
        else before
    )
    if not chosen:
        return None
    return min(chosen), max(chosen) + 1


#: where one speaks, not what of: "spoke on national television", "talked on the radio"
_BROADCAST = frozenset({"television", "tv", "radio", "air", "camera", "phone", "telephone", "stage"})
#: a preposition that links a cue to its content ("called for talks", "spoke about the flood")
_LINKING_PREPS = {"for", "about", "on", "against"}
#: where a statement was made: "said in a statement", "wrote on Twitter" (the medium is part of the cue)
_MEDIUM_PREPS = {"in", "on"}
_MEDIA = {
    "statement", "interview", "email", "e-mail", "tweet", "post", "letter", "speech", "release",
    "message", "memo", "video", "op-ed", "blog", "column", "essay", "remark", "briefing", "podcast",
    "twitter", "facebook", "instagram", "x",
}  # fmt: skip


#: adverbs that link a statement to the text around it, not to the act of saying: outside the cue
#: even inside the group ("has also said": the seed's key has "said" for "Putin also said")
_CONNECTIVES = {"also", "too", "as", "however", "meanwhile", "further", "so", "instead"}


def name_before_past_form(word: Token, verb: Token) -> bool:
    """Is ``word`` a "modal" right before the cue's past form, which no modal can be, so a name read as
    one ("In particular, Will wrote, …", "…,” Will described Trump as …")?"""
    return word.i == verb.i - 1 and word.tag_ == "MD" and verb.tag_ in ("VBD", "VBN")


def word_end(token: Token) -> bool:
    """Is ``token`` the end of a hyphenated word ("mix-up", "follow-up"), not a particle of its own?"""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text in ("-", "‑") and not doc[token.i - 2].whitespace_


def particle_of(word: Token, verb: Token) -> bool:
    """Is ``word`` the verb's particle ("pointed out"), or a "back" right after it that the parser read
    as an adverb ("shot back that …")?"""
    return word.dep_ == "prt" or (word.dep_ == "advmod" and word.lower_ == "back" and word.i == verb.i + 1)


#: verbs whose "to" clause is how one comes to speak, part of the cue's phrase ("went on to say",
#: "emailed to say", "used to say", "rose to ask", "was prompted to say"); not "appeared to show" (the
#: writer's hedge), "is said to have told", "tried to talk"
_SAYS_BY_GOING = GOING_ON | _SENT_TO_SAY | _MADE_TO | {"use", "like", "love", "rise", "stand", "get"}


def _verb_before_to(verb: Token, start: int) -> int:
    """Where the group of a cue in "to" starts when one of ``_SAYS_BY_GOING`` stands right before it, with
    only its particle between: "went on to say", "emailed to say", "used to say", "have written in to
    say", "continued to insist" (the phrase the keys give; not "to say" alone). Otherwise ``start``."""
    doc = verb.doc
    head = verb.head
    if not (
        doc[start].lower_ == "to"
        and doc[start].head.i == verb.i
        and verb.dep_ in ("xcomp", "advcl")
        and head.i < start
        and head.lemma_.lower() in _SAYS_BY_GOING
        and not any(c.dep_ == "neg" for c in head.children)
        and all(t.head.i == head.i and t.dep_ == "prt" for t in doc[head.i + 1 : start])
    ):
        return start
    first = head.i
    while first > 0 and doc[first - 1].head.i == head.i and doc[first - 1].dep_ in ("aux", "auxpass"):
        first -= 1  # "have written in to say" (not "also wrote to say": an adverb is outside, as above)
    return first


def verb_group(verb: Token, parts: list[Token] | tuple[Token, ...] = ()) -> tuple[int, int]:
    """The token range [start, end) of the cue's verb group: the reporting verb with its auxiliaries
    and modals just before it and the adverbs between them ("has said", "would only say", "have
    repeatedly called"; not "publicly acknowledged" nor "also said"), its particle
    ("pointed out"), a preposition that links it to its content (one of ``parts``, the complements
    that carry the content: "called for", "spoke about"; not "of" nor "to", PolNeAR's "usually
    insufficient" prepositions) and
    the medium it was said in ("said in a statement", "wrote on Twitter"), when they touch it.

    GUIDELINES §2: the cue is "the reporting verb or phrase"; PolNeAR keeps the same verb group.
    A negation is never inside: a negated verb is a non-statement, not a cue.
    """
    doc = verb.doc
    start = verb.i
    while start > 0:
        t = doc[start - 1]
        if t.tag_ == "MD" and t.is_title and (t.is_sent_start or name_before_past_form(t, verb)):
            break  # "Will described Trump as …", "In particular, Will wrote, …": a name, the subject
        if t.head.i == verb.i and (
            t.dep_ in ("aux", "auxpass")
            or (t.dep_ == "advmod" and t.tag_ == "RB" and t.lower_ not in _CONNECTIVES)
        ):
            start -= 1
        else:
            break
    while start < verb.i and doc[start].dep_ == "advmod":
        start += 1  # an adverb belongs to the group inside it ("has repeatedly said"), not before it
    start = _verb_before_to(verb, start)
    end = verb.i + 1
    while end < len(doc) and doc[end].head.i == verb.i and particle_of(doc[end], verb):
        end += 1
    if verb.lemma_.lower() == "put" and end < len(doc) and doc[end].lower_ == "it" and doc[end] not in parts:
        end += 1  # "as she put it" (not "puts it on 27 per cent": "it" is what the figure is of)
    if end < len(doc) and doc[end].dep_ == "mark" and doc[end].lower_ == "for" and doc[end].head in parts:
        end += 1  # "called for all candidates to …"
    elif end < len(doc):
        t = doc[end]
        objects = [g for g in t.children if g.dep_ == "pobj"]
        if t.head.i == verb.i and t.dep_ == "prep" and objects:
            noun = objects[0]
            if t.lower_ in _MEDIUM_PREPS and noun.lemma_.lower() in _MEDIA:
                # "said in a statement", "said in an interview with CNN" (not a that-clause on the noun)
                end = noun.i + 1
                for c in noun.rights:
                    if c.dep_ not in ("prep", "compound", "amod", "nummod") or c.left_edge.i != end:
                        break
                    end = c.right_edge.i + 1
            elif (
                t in parts
                and t.lower_ in _LINKING_PREPS
                and noun.ent_type_ not in ("DATE", "TIME")
                and noun.lemma_.lower() not in _TERMS_OF_TALK | _TIME_NOUNS
            ):
                end += 1  # "called for", "spoke about": the content is the preposition's object
    return start, end


def _hung_on_an_adverbial(appos: Token) -> bool:
    """An apposition set off by a comma on the object of a preposition other than "for" or "of": the
    parser's attachment of a speaker to the newspaper or the date before it ("In a statement to the
    Courier, her adviser, Tom Ilves, said", "on Dec. 2, Col. Steven Warren, a spokesman, said"), not
    a description ("a spokeswoman for the union, Rita Saldanha")."""
    head = appos.head
    return (
        appos.dep_ == "appos"
        and head.dep_ == "pobj"
        and head.head.lower_ not in ("for", "of")
        and appos.left_edge.i > 0
        and appos.doc[appos.left_edge.i - 1].text == ","
    )


def source_phrase(doc: Doc, mention: tuple[int, int], avoid: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The full noun phrase of a source mention, as char offsets: its titles, determiners, modifiers,
    appositions and relative clauses ("Mr. Trump", "Kellyanne Conway, Trump's campaign manager",
    "an official who spoke on condition of anonymity"): what a student reads to judge the source.

    The mention's head noun (climbing compounds: "Trump" in "Donald Trump") gives the phrase, its
    subtree clipped to the sentence. The phrase stops short of the cue and the content (``avoid``)
    and of the clause that holds them ("Trump, a businessman who said …" → "Trump, a businessman");
    when the mention itself stands between them (a quotation split by its cue: avoid its two parts,
    not their hull), the mention is the phrase. A leading "even", "just" or "also" is the writer's
    emphasis and is left out. ``None`` when the mention is not on token boundaries.
    """
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    while (
        head.dep_ in ("compound", "flat", "appos")
        and head.head.i != head.i
        and head.head.pos_ in ("NOUN", "PROPN")
        and not _hung_on_an_adverbial(head)
        and not is_label(head.head)  # "Correction: an earlier version of this post"
        and not _document_after_an_address(head)
        and not _name_hung_on_a_thing(head)
    ):
        head = head.head  # "Peter Cook" in "Carter's press secretary, Peter Cook": the whole description
    sent = sentence_span(head)
    hi = head.i
    for c in head.rights:  # up to a clause set off by a comma or a bracket ("Trump, who has …"): an aside
        if c.dep_ == "prep" and on_a_day(c):
            break  # (and short of when: "Her lawyer on Tuesday night told …")
        if c.dep_ in ("relcl", "acl") and (
            c.left_edge.text == "(" or (c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in (",", "("))
        ):
            break
        hi = c.right_edge.i
    lo, hi = max(head.left_edge.i, sent.start), min(hi, sent.end - 1)
    lo, hi = min(lo, span.start), max(hi, span.end - 1)
    for a, b in avoid:  # a cue or content inside the phrase: the phrase stops short of it
        inside = doc.char_span(a, b, alignment_mode="expand")
        if inside is None or not (lo <= inside.end - 1 and inside.start <= hi):
            continue
        if a >= mention[1]:  # and before the clause that holds it ("Trump, a birther who said …")
            hi = min(hi, inside.start - 1)
            token = doc[inside.start]
            clause = next((t for t in (token, *token.ancestors) if t.dep_ in ("relcl", "acl")), None)
            if clause is not None and lo < clause.left_edge.i <= hi:
                hi = max(clause.left_edge.i - 1, span.end - 1)
        elif b <= mention[0]:
            lo = max(lo, inside.end)
        else:
            return mention
    while lo < hi and (
        is_focus_word(doc[lo])
        or (doc[lo].is_quote and (not doc[lo].is_left_punct or (lo > 0 and not doc[lo - 1].whitespace_)))
        or (_clock(doc[lo]) and doc[hi].ent_type_ != "TIME")
        or zoned_time(doc[lo])
        or (POST_TIME.fullmatch(doc[lo].text) is not None and doc[lo + 1].text in TIME_ZONES)
    ):
        # "even some allies", "just 28 percent of voters": the writer's emphasis, not the source; the
        # closing mark of the quotation before the name ("…,” Ramos, 58, told"), which the parser
        # may hang on the name (a straight mark too, when it touches the word before it: '…," the
        # affidavit states'); a live blog's time the parser took into the name ("12:30 p.m. Bernie
        # Sanders")
        lo += 1
    while hi > lo and (
        doc[hi].text in (":", ";") or doc[hi].is_space or (doc[hi].is_quote and doc[hi].is_left_punct)
    ):
        hi -= 1  # "Said Ellis: “…”": the colon and the opening mark the parser hung on the name
    trimmed = trim_edges(doc, lo, hi + 1)
    if trimmed is None or any(a < trimmed[1] and trimmed[0] < b for a, b in avoid):
        return mention
    return trimmed


def _name_hung_on_a_thing(name: Token) -> bool:
    """ "… at the state party convention Sen. Elizabeth Warren (D-MA) said": a person's name the
    parser made an apposition of a noun that is no role (a convention, a meeting); the source is the
    name alone, not the phrase before it."""
    head = name.head
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    first = name.left_edge
    if first.i == 0 or name.doc[first.i - 1].text == ",":
        return False  # a true apposition is set off by a comma ("the manager at the time, Dennis …")
    lex, lemma = load_lexicon(), head.lemma_.lower()
    return not any(lex.has(kind, lemma) for kind in ("title", "person_word", "spokesperson", "vague"))


def _document_after_an_address(noun: Token) -> bool:
    """ "Mr. Ruark, an email from one of your track supervisors … says": the document is the source,
    not the person addressed before it."""
    return (
        noun.dep_ == "appos"
        and noun.head.ent_type_ == "PERSON"
        and noun.pos_ == "NOUN"
        and load_lexicon().has("document", noun.lemma_)
    )


def _clock(token: Token) -> bool:
    """A word of a clock time ("12:30", "p.m."), not a time word ("Minutes of the meeting")."""
    return token.ent_type_ == "TIME" and (
        any(c.isdigit() for c in token.text) or token.lower_ in ("a.m.", "p.m.", "am", "pm")
    )


#: VerbNet classes (``reporting_verbs.txt``, fourth column, without the subclass number) in plain
#: words for students; the same words as ``scripts/build_reporting_verbs.py`` (a test checks)
VERB_CLASS_WORDS = {
    "say-37.7": "a verb of saying",
    "tell-37.2": "a verb of telling",
    "manner_speaking-37.3": "a verb of speaking in a manner",
    "complain-37.8": "a verb of complaining",
    "advise-37.9": "a verb of advising or warning",
    "confess-37.10": "a verb of admitting",
    "lecture-37.11": "a verb of speaking on a topic",
    "overstate-37.12": "a verb of overstating",
    "promise-37.13": "a verb of promising",
    "inquire-37.1.2": "a verb of asking",
    "interrogate-37.1.3": "a verb of questioning",
    "transfer_mesg-37.1.1": "a verb of passing on a message",
    "talk-37.5": "a verb of talking",
    "chit_chat-37.6": "a verb of conversation",
    "instr_communication-37.4.1": "a verb of communicating by a medium",
    "declare-29.4": "a verb of declaring",
    "conjecture-29.5": "a verb of asserting",
    "characterize-29.2": "a verb of describing",
    "urge-58.1": "a verb of urging",
    "order-58.3": "a verb of demanding",
    "indicate-78": "a verb of indicating",
    "judgment-33.1": "a verb of praise or blame",
}
_IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "swore": "swear", "sworn": "swear", "taught": "teach", "foresaw": "foresee",
}  # fmt: skip
_AUXILIARIES = {
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could",
    "should", "may", "might", "can", "must", "do", "does", "did", "only", "later", "then", "now",
}  # fmt: skip
_FAMILY = re.compile(r"^[a-z_]+-\d+(?:\.\d+)*")


def cue_kind(cue: str) -> str | None:
    """The kind of verb a cue is, in plain words, from its VerbNet class ("a verb of saying"),
    for the explanation a student reads; ``None`` for a phrase ("according to") or a verb that
    only the kit's hand list has.

    >>> cue_kind("has repeatedly said"), cue_kind("according to")
    ('a verb of saying', None)
    """
    lexicon = load_lexicon()
    for word in cue.lower().split():
        if word.endswith("ly") or word in _AUXILIARIES:
            continue  # "has repeatedly said": the verb, not the adverb
        stems = [_IRREGULAR.get(word, word), word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-4]]
        stems += [word[:-3] + "y", word[:-2] + "e"]
        lemma = next((s for s in stems if s in lexicon.frames), None)
        if lemma is None:
            continue
        families = {m.group(0) for m in map(_FAMILY.match, lexicon.classes.get(lemma, ())) if m}
        # the first family in the table's order: "said" is a verb of saying before one of indicating
        return next((words for family, words in VERB_CLASS_WORDS.items() if family in families), None)
    return None


_EDGE_PUNCT = set(",.;:!?—–-()[]/…")


def _open_brackets(doc: Doc, start: int, end: int) -> list[int]:
    """For each ``k`` in ``[start, end]``, how many "(" among tokens ``[start, k)`` are not closed there."""
    depths = [0]
    for token in doc[start:end]:
        depth = depths[-1]
        depths.append(depth + 1 if token.text == "(" else depth - 1 if token.text == ")" and depth else depth)
    return depths


def _that_mark(token: Token) -> bool:
    return token.lower_ == "that" and token.dep_ == "mark"


def _subject_that(that: Token) -> bool:
    """Is "that" its clause's subject ("said that’s the end of it"), not a conjunction the parser read
    as one beside the clause's own subject ("that concerns … were “overblown”")?"""
    return that.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in SUBJECTS and c.left_edge.i == that.i + 1 for c in that.head.children
    )


def trim_edges(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop edge punctuation, spaces and a leading "that"/"and"/"but" (or "only that": "said only that
    …"); return char offsets. A "that" that is the clause's subject stays ("said that’s the end of it")."""
    while start < end and (
        doc[start].is_space
        or doc[start].text in _EDGE_PUNCT
        or doc[start].lower_ in ("and", "but")
        or (doc[start].lower_ == "that" and not _subject_that(doc[start]))
        or (doc[start].lower_ == "only" and start + 1 < end and _that_mark(doc[start + 1]))
    ):
        start += 1
    depths: list[int] | None = None
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT):
        if doc[end - 1].text == ")":
            depths = depths or _open_brackets(doc, start, end)
            if depths[end - 1 - start] > 0:
                break  # the bracket closes one opened inside: "Sen. Claire McCaskill (D-Mo.)"
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
