"""Context rules for sources, seeming and doubt: "appeared", "possible", "the data suggest",
"claimed that", "unclear whether", "critics say", "is widely regarded as", "what it terms".

Each rule decides whether an ambiguous match of the lexicon is a hedge here
(see :mod:`kit.hedges.context` for what a rule receives and returns):

- "some", "many" or a bare plural such as "critics" is a vague source only as
  the subject of a verb of saying or believing ("critics argue") or after
  "according to";
- an agentless judgement ("is widely regarded as", "a woman believed to be his
  wife") is a vague source; with a named judge ("was seen as a failure by the
  IMF") it is not a hedge;
- ``claims`` distances when it reports a claim ("claimed that"), not in "the
  storm claimed three lives"; ``appear`` of seeming ("appeared cool"), not of
  showing up ("appeared in court");
- ``whether`` asks an open question, not in a concessive "whether X or not";
  ``speculate`` reports guesses, not a refusal to guess ("will not speculate").

The rules are registered by name in :data:`kit.hedges.rules.RULES`.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from ..words import HYPHENS
from .context import (
    NEGATIONS,
    Span,
    has_parse,
    has_tags,
    in_purpose_clause,
    lemma,
    lower_at,
    sentence_of,
    token_at,
)
from .vocabulary import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def rule_appear(doc: Doc, start: int, end: int) -> Span | None:
    """ "appear" of seeming ("appeared cool", "appears to be", "appeared designed to"), not of showing up
    ("appeared in court")."""
    token = doc[start]
    after = token_at(doc, start + 1)
    if after is None:
        return None
    if (
        after.lower_ == "to"
        and (token_at(doc, start + 2) is not None)
        and (doc[start + 2].pos_ in ("VERB", "AUX") or not has_tags(doc))
    ):
        return start, end
    if after.lower_ in ("that", "like") or (
        after.lower_ == "as" and lower_at(doc, start + 2) in ("if", "though")
    ):
        return start, end
    if after.pos_ == "ADJ" or after.tag_ == "VBN" or (  # "appeared designed to …", "appeared shaken"
        after.pos_ == "ADV" and token_at(doc, start + 2) is not None and doc[start + 2].pos_ == "ADJ"
    ):
        return start, end
    if any(c.dep_ in ("acomp", "oprd", "attr", "ccomp") for c in token.children):
        return start, end
    return None


def rule_apparent(doc: Doc, start: int, end: int) -> Span | None:
    """ "an apparent attempt" (attributive), not "it became apparent" (= clear)."""
    token = doc[start]
    after = token_at(doc, start + 1)
    if token.dep_ == "amod" or (after is not None and after.pos_ in ("NOUN", "PROPN")):
        return start, end
    return None


def rule_attributive(doc: Doc, start: int, end: int) -> Span | None:
    """An adjective before its noun ("the supposed threat")."""
    return rule_apparent(doc, start, end)


def rule_possible(doc: Doc, start: int, end: int) -> Span | None:
    """ "a possible deal", "it is possible that"; not "as soon as possible", "the maximum possible"
    or feasibility ("it is possible to reach the city by road")."""
    token = doc[start]
    before = token_at(doc, start - 1)
    if before is not None:
        if before.lower_ in {
            "as",
            "maximum",
            "minimum",
            "best",
            "worst",
            "every",
            "all",
            "any",
            "not",
            "n't",
            "n’t",
            "highest",
            "lowest",
            "largest",
            "greatest",
            "smallest",
            "fastest",
            "earliest",
            "shortest",
        } or before.tag_ in ("JJS", "RBS"):
            return None
    if token.dep_ in ("oprd", "ccomp", "acomp", "xcomp", "dobj") and lemma(token.head) in ("make", "render"):
        return None
    if any(lemma(t) in ("make", "render") for t in doc[max(0, start - 3) : start]):
        return None
    if before is not None and (
        (before.like_num and before.lower_ != "one") or before.pos_ in ("NOUN", "PROPN")
    ):
        return None  # "four possible patterns", "the best score possible" (but "one possible cause")
    if before is not None and before.lower_ == "the" and lower_at(doc, start - 2) in ("all", "of"):
        return None  # "all the possible combinations"
    after = lower_at(doc, start + 1)
    if token.dep_ == "amod" or (after and token_at(doc, start + 1).pos_ in ("NOUN", "PROPN", "ADJ")):
        return start, end  # "a possible deal"
    was = start > 0 and (
        lemma(doc[start - 1]) in ("be", "remain", "seem")
        or (doc[start - 1].lower_ in ("'s", "’s") and lower_at(doc, start - 2) in ("it", "that", "this"))
    )  # "It’s possible the effect is modest" (the model does not always lemmatise "’s")
    if after == "that" or (after not in ("to", "for") and was):
        # "it is possible that", "That is possible.", "conflicts are possible", "further heavy rain is
        # possible after midnight"; not "it is possible to bend the pins" (feasibility)
        return start, end
    return None  # feasibility, not doubt: "it is possible to bend the pins", "sometimes possible"


def rule_potential(doc: Doc, start: int, end: int) -> Span | None:
    """ "a potential deal", "the potential for violence", not "economic potential"."""
    after = token_at(doc, start + 1)
    if doc[start].dep_ == "amod" or (after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ"))):
        return start, end
    if lower_at(doc, start + 1) in ("for", "to"):
        return start, end
    return None


def rule_likely(doc: Doc, start: int, end: int) -> Span | None:
    """ "likely" as a judgement of chance, not the pollsters' term "likely (primary) voters": a
    category of respondents, not a doubt."""
    word = doc[start]
    if word.dep_ == "amod" and lemma(word.head) in word_list("likely_voters"):
        return None
    return start, end


def rule_negated(doc: Doc, start: int, end: int) -> Span | None:
    """ "did not rule out", "cannot be ruled out": a possibility kept open."""
    window = {t.lower_ for t in doc[max(0, start - 4) : start]}
    if window & (NEGATIONS | {"cannot", "refused", "refuses", "declined", "declines", "wouldn't"}):
        return start, end
    return None


def _has_clause(token: Token) -> bool:
    return any(c.dep_ in ("ccomp",) for c in token.children) or any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in token.children
    )


def rule_clause(doc: Doc, start: int, end: int) -> Span | None:
    """A verb of belief or expectation with a clause ("analysts expect prices to fall")."""
    token = doc[start]
    after = lower_at(doc, start + 1)
    if not has_parse(doc):
        return (start, end) if after in ("that", "to") else None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if after in ("about", "of", "for", "over"):
        return None
    if after == "that" or _has_clause(token):
        return start, end
    return None


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), None)


PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})


def _is_person(token: Token) -> bool:
    return (
        token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or token.lower_ in PERSONAL_PRONOUNS
        or token.lower_ in word_list("source_nouns")
        or token.pos_ == "PROPN"
    )


def rule_evidence(doc: Doc, start: int, end: int) -> Span | None:
    """ "the data indicate", "this implies": evidence that points without proving; not a person."""
    token = doc[start]
    if has_tags(doc) and token.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(token)
    if subject is None:
        return (start, end) if _has_clause(token) or lower_at(doc, start + 1) == "that" else None
    return None if _is_person(subject) else (start, end)


def rule_suggest(doc: Doc, start: int, end: int) -> Span | None:
    """ "suggest" of evidence ("the results suggest") or a cautious claim ("she suggested that it was")."""
    if rule_evidence(doc, start, end) is not None:
        return start, end
    token = doc[start]
    if _has_clause(token) and not any(c.dep_ == "xcomp" for c in token.children):
        return start, end
    return None


def rule_claim(doc: Doc, start: int, end: int) -> Span | None:
    """ "claimed that", "claims to be", "claims as its own", "claims of"; not "claimed the lives"."""
    token = doc[start]
    after = lower_at(doc, start + 1)
    if token.pos_ == "NOUN" or (not has_tags(doc) and token.lower_ == "claims"):
        return (start, end) if after in ("that", "of", "to") else None
    if after == "back" or (has_parse(doc) and any(c.dep_ == "prt" for c in token.children)):
        return None  # "parents may be able to claim back what they spent": money asked for, not a claim
    if after in ("that", "to") or (has_parse(doc) and _has_clause(token)):
        return start, end
    if (
        has_parse(doc)
        and lower_at(doc, start - 1) != "as"
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    ):
        return start, end  # "the island, which China claims as its own": a disputed claim
    return None


def _concessive(doc: Doc, i: int) -> bool:
    """Does "whether" at ``i`` open a concessive clause, an adverbial "whether X or not" that means
    "in any case" ("it was going to go whether anyone liked it or not", "Whether or not the deal
    passes, prices will rise"), not a question ("unclear whether it will hold or not")?"""
    if not has_parse(doc):
        return False
    token = doc[i]
    clause = token.head
    if token.dep_ != "mark":
        return False
    words = [t.lower_ for t in doc[i + 1 : clause.right_edge.i + 1]]
    if clause.dep_ == "advcl":
        return "or" in words
    # the parser often files "whether anyone liked it or not" as the object of the verb before it:
    # concessive when that verb asks no question and the clause says "or not" with its own subject
    governor = clause.head
    return (
        clause.dep_ == "ccomp"
        and any(a == "or" and b == "not" for a, b in itertools.pairwise(words))
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and governor.pos_ in ("VERB", "AUX")
        and lemma(governor) not in word_list("question_heads") | word_list("question_verbs") | {"be"}
    )


def rule_whether(doc: Doc, start: int, end: int) -> Span | None:
    """ "whether" of an open question, not "regardless of whether" nor a concessive "whether X or not",
    nor a question someone asks, decides or will not answer ("asks whether", "declined to say whether")."""
    if lower_at(doc, start - 1) == "of" and lower_at(doc, start - 2) in ("regardless", "irrespective"):
        return None
    if _concessive(doc, start) or _asked(doc[start]) or _condition(doc[start]):
        return None
    return start, end


#: verbs whose "on whether …" names a condition ("depends on whether it has a meter")
_CONDITIONAL = frozenset({"depend", "hinge", "rest", "rely", "turn", "vary"})


def _condition(word: Token) -> bool:
    """ "What a home pays depends on the region and on whether it has a meter": a condition, not doubt."""
    if word.dep_ != "mark" or word.head.i == word.i:
        return False
    node, on = word.head, False  # up from the clause, through "on" and what is joined to it
    while node.head.i != node.i and (node.dep_ in ("pcomp", "conj", "pobj") or node.pos_ == "ADP"):
        node = node.head
        on = on or (node.pos_ == "ADP" and node.lower_ == "on")
    return on and lemma(node) in _CONDITIONAL


def _asked(word: Token) -> bool:
    """A question reported, not doubted: the whether/if clause of a verb of asking, deciding or telling
    ("A reader asks whether …", "Asked whether …", "will decide whether", "examining whether", "did
    not say whether"); not "too early to say whether", where the frame is the hedge."""
    if word.dep_ != "mark" or word.head.i == word.i:
        return False
    governing = word.head.head
    while governing.pos_ == "ADP" and governing.head.i != governing.i:  # "focuses on whether …"
        governing = governing.head
    if governing.dep_ == "xcomp" and governing.head.pos_ == "ADJ":
        return False  # "too early to say", "hard to tell"
    return word.head.dep_ != "ROOT" and lemma(governing) in word_list("asked_questions")


def rule_speculate(doc: Doc, start: int, end: int) -> Span | None:
    """ "speculate" that reports guesses, not a refusal to guess ("will not speculate", "declined to
    speculate"): like "declined to comment", a refusal is a non-statement (GUIDELINES §2)."""
    token = doc[start]
    if token.pos_ not in ("VERB", "AUX") and has_tags(doc):
        return start, end  # "speculation", "speculative"
    if any(t.lower_ in NEGATIONS or t.lower_ == "cannot" for t in doc[max(0, start - 3) : start]):
        return None
    if has_parse(doc) and token.dep_ == "xcomp" and lemma(token.head) in word_list("refusals"):
        return None
    return start, end


def rule_if_question(doc: Doc, start: int, end: int) -> Span | None:
    """ "if" introducing an open question ("unclear if", "not sure if"), not a condition nor a question
    someone asks ("asked if": see :func:`_asked`)."""
    heads = word_list("question_heads")
    token = doc[start]
    if has_parse(doc) and _asked(token):
        return None
    if has_parse(doc) and token.dep_ == "mark":
        clause = token.head
        asks = clause.dep_ in ("ccomp", "xcomp", "advcl") and lemma(clause.head) in heads
        if asks and clause.i > clause.head.i:  # "know if", not "If this goes, I don't know where …"
            return start, end
    if lemma(doc[start - 1]) in heads if start else False:
        return start, end
    return None


def rule_not_idiom(doc: Doc, start: int, end: int) -> Span | None:
    """ "unclear", "uncertain" …, not in the idiom "in no uncertain terms" (which means plainly)."""
    if lower_at(doc, start - 1) == "no" and lower_at(doc, end) == "terms":
        return None
    return start, end


def rule_unknown(doc: Doc, start: int, end: int) -> Span | None:
    """ "is unknown", "an unknown number", "unknown whether", not "a relative unknown"."""
    token = doc[start]
    after = lower_at(doc, start + 1)
    if token.dep_ in ("acomp", "attr") and token.pos_ == "ADJ":
        return start, end
    if after in {"whether", "if", "how", "why", "what", "when", "where", "who"}:
        return start, end
    if after in {
        "number",
        "amount",
        "quantity",
        "cause",
        "causes",
        "reason",
        "reasons",
        "extent",
        "origin",
        "fate",
    }:
        return start, end
    return None


def rule_doubt(doc: Doc, start: int, end: int) -> Span | None:
    """ "doubts about", "cast doubt", "doubted", not "no doubt" or "little doubt" (which are sure), nor
    "I do not doubt" or "never doubted" (which are sure too)."""
    if lower_at(doc, start - 1) in {"no", "little", "without", "beyond", "nothing"}:
        return None
    verb = doc[start]
    if verb.pos_ == "VERB" and any(c.dep_ == "neg" for c in verb.children):
        return None
    if lower_at(doc, start - 2) in {"no", "little", "without", "beyond"} and doc[start - 1].pos_ == "ADJ":
        return None
    return start, end


def rule_adverbial(doc: Doc, start: int, end: int) -> Span | None:
    """ "sort of"/"kind of" softening the next word ("kind of odd"), not "this kind of car"."""
    before = token_at(doc, start - 1)
    if before is not None and (
        before.pos_ in ("DET", "ADJ", "PRON", "NUM") or before.lower_ in ("what", "which")
    ):
        return None
    after = token_at(doc, end)
    if after is not None and after.pos_ in ("ADJ", "VERB", "ADV"):
        return start, end
    return None


def _vague_role(head: Token) -> bool:
    """Is ``head`` the source of a claim: subject of a verb of saying or believing, or "according to"?"""
    verbs = word_list("source_verbs")
    if head.dep_ in ("nsubj", "nsubjpass") and lemma(head.head) in verbs:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.head.children):
            return False  # "residents can respond online": what they may do, not a claim they make
        return not in_purpose_clause(head.head)  # not "so that traders could see the effect"
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ == "to" and lower_at(head.doc, prep.i - 1) == "according":
            return True
        if prep.lower_ == "by" and prep.dep_ == "agent" and lemma(prep.head) in verbs:
            return True
    return False


#: plurals without an s ("police" is not one: the police are an institution, GUIDELINES §2)
_PLURALS_WITHOUT_S = frozenset({"people", "staff", "children", "men", "women", "folk", "clergy"})


def rule_plural_subject(doc: Doc, start: int, end: int) -> Span | None:
    """A verb of saying whose subject is a bare plural with no name: "Engineers say", "legal experts argue".

    Returns the span of the subject, not of the verb.
    """
    if not has_parse(doc):
        return None
    verb = doc[start]
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in word_list("saying_verbs"):
        return None
    if verb.dep_ != "parataxis" and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None  # "shippers have complained for months about ...": no claim is reported
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.ent_type_ or subject.i > verb.i:
        return None
    if not subject.lower_.endswith("s") and subject.lower_ not in _PLURALS_WITHOUT_S:
        return None  # "Reyna said": a name the tagger took for a plural
    # "Some farmers in the valley say …", "Some residents of the old harbour district …": a share of
    # an unnamed group, placed but not named
    some = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in _SOME), None)
    if any(
        c.dep_ in ("det", "poss", "nummod", "appos", "prep", "relcl", "acl", "conj")
        and (some is None or c.i != some.i)
        and not (some is not None and c.dep_ == "prep" and _a_place(c))
        for c in subject.children
    ):
        return None
    first = some.i + 1 if some is not None else subject.left_edge.i
    modifiers = doc[first : subject.i]
    if any(t.pos_ not in ("ADJ", "NOUN") or t.ent_type_ for t in modifiers):
        return None  # "Nordbane engineers" is a named group
    return (some.i if some is not None else subject.left_edge.i), subject.i + 1


#: quantifiers before a plural that leave its people unnamed ("Some farmers … say")
_SOME = frozenset({"some", "many", "several", "most"})
#: nouns for a place people live in ("residents of the old harbour district")
_PLACE_NOUNS = frozenset(
    "district area town village city valley estate street road neighbourhood neighborhood community"
    " region county island parish suburb coast".split()
)


def _a_place(prep: Token) -> bool:
    """ "in the valley", "of the old harbour district", "across the county": where the people are."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    if prep.lower_ in _PLACE_PREPS:
        return True
    return prep.lower_ == "of" and (noun.lemma_.lower() in _PLACE_NOUNS or noun.ent_type_ in ("GPE", "LOC"))


_PLACE_PREPS = frozenset({"in", "within", "across"})


def rule_source_subject(doc: Doc, start: int, end: int) -> Span | None:
    """ "critics say", "some officials said", "according to many": a group with no name as the source."""
    if not has_parse(doc):
        return None
    head = doc[end - 1]
    if start == end - 1 and head.lower_ not in word_list("vague_quantifiers") | {"others"}:
        # a bare plural: no determiner, owner, number, name or qualifying phrase (a place is none:
        # "Residents in Lower Carrow described …")
        qualified = ("det", "poss", "nummod", "appos")
        if any(
            c.dep_ in qualified
            or (c.dep_ == "prep" and c.lower_ not in _PLACE_PREPS and not _stance_of(head, c))
            for c in head.children
        ):
            return None
    elif start < end - 1:
        if any(c.dep_ in ("poss", "nummod", "appos") for c in head.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ not in _PLACE_PREPS for c in head.children):
            return None  # "some experts at Harvard": qualified
    elif head.dep_ == "det" and head.head.pos_ == "VERB" and head.head.i > head.i:
        return (start, end) if lemma(head.head) in word_list("source_verbs") else None  # "Some worry that"
    elif head.dep_ == "det":
        return None  # "some officials" is handled whole
    elif (of := next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None:
        # "Some of her longtime allies said …", "Most of the delegates … said": part of a group, unnamed;
        # not "many of the branches" (no source) nor "some of them" (the group named before)
        group = next((c for c in of.children if c.dep_ == "pobj"), None)
        people = group is not None and group.tag_ in ("NNS", "NNPS") and group.ent_type_ == ""
        if not people or head.lower_ == "others" or not _vague_role(head):
            return None
        if any(c.dep_ in ("nummod", "appos") for c in group.children):
            return None
        last = group.i + 1
        while last < len(doc) and (doc[last].text in HYPHENS or doc[last - 1].text in HYPHENS):
            last += 1  # "many of Ashley's co-stars"
        return start, last
    if "?" in [t.text for t in sentence_of(doc, start)[-2:]]:
        return None  # "Should people in Marrow Vale expect …?": asked, not claimed
    if _answers_in_a_finding(head):
        return None  # "The survey found … that many said …": the people it asked, counted
    return (start, end) if _vague_role(head) else None


#: people named only by where they stand on something: "supporters of the scheme" are still unnamed
_STANCE_NOUNS = frozenset(
    {"critic", "supporter", "opponent", "sceptic", "skeptic", "detractor", "proponent", "backer"}
)


def _stance_of(head: Token, prep: Token) -> bool:
    """ "Supporters of the scheme argue …", "critics of the plan": what they stand for or against does
    not name them."""
    return prep.lower_ == "of" and lemma(head) in _STANCE_NOUNS


def _answers_in_a_finding(subject: Token) -> bool:
    """ "The survey also found that … and that many said they could not afford …": a share of the
    people a survey or poll asked, inside what it found (its answers, not a blurred source)."""
    for up in itertools.islice(subject.ancestors, 6):
        if lemma(up) in ("find", "show"):
            found_by = next((c for c in up.children if c.dep_ == "nsubj"), None)
            return found_by is not None and found_by.lower_ in word_list("surveys")
    return False


_BELIEF_OVER_A_NOUN = frozenset({"suspect", "reckon", "guess", "suppose"})
_MEASURE_WORDS = frozenset(
    {"about", "around", "roughly", "nearly", "almost", "some", "up", "more", "less", "half"}
)
_JUDGEMENT_AS = frozenset({"seen", "viewed", "regarded", "described", "perceived", "touted"})
_BELIEF_TO = frozenset(
    {"believed", "thought", "said", "rumoured", "rumored", "reputed", "presumed", "assumed", "understood"}
)


def _judgement_follows(doc: Doc, participle: int, end: int) -> Span | None:
    word = doc[participle].lower_
    while token_at(doc, end) is not None and doc[end].is_quote:
        end += 1  # 'is considered "neo-soul"'
    after = token_at(doc, end)
    if after is None:
        return None
    if after.lower_ == "by":
        agent = token_at(doc, end + 1)
        vague = word_list("vague_quantifiers") | word_list("source_nouns") | {"others", "experts"}
        return (participle, end + 2) if agent is not None and agent.lower_ in vague else None
    if word in _JUDGEMENT_AS:  # "seen as", "seen to be"; not "seen to enter the building"
        if after.lower_ == "as" or (after.lower_ == "to" and lower_at(doc, end + 1) in ("be", "have")):
            return participle, end
        return None
    if word in _BELIEF_TO:
        return (participle, end) if after.lower_ in ("to", "that") else None
    # considered, deemed: "considered the best", "deemed necessary", "considered one of"
    if after.lower_ in ("as", "to", "a", "an", "the", "one", "among", "among"):
        return participle, end
    if after.pos_ in ("ADJ", "NOUN", "NUM", "DET"):
        return participle, end
    if after.pos_ in ("ADV", "PART") and token_at(doc, end + 1) is not None:
        again = doc[end + 1]
        if again.pos_ in ("ADJ", "DET", "NUM") or again.lower_ in ("as", "to", "a", "an", "the", "one"):
            return participle, end  # "considered easily the greatest", "considered not true"
    return None


def _named_agent(doc: Doc, i: int) -> bool:
    """Does a "by ..." agent that is not a vague group follow in the clause ("by the IMF", not "by many")?"""
    vague = word_list("vague_quantifiers") | word_list("source_nouns") | {"others", "some", "many"}
    sentence_end = sentence_of(doc, i - 1).end if i > 0 else len(doc)
    for j in range(i, sentence_end):
        word = doc[j]
        if word.text in (",", ";", ":", "—", "–") or word.lower_ in ("that", "which", "who"):
            return False
        if word.lower_ == "by":
            following = token_at(doc, j + 1)
            if following is not None and following.tag_ == "NNS":
                return False  # "by gamers", "by groups and individuals": a group with no name
            if following is not None and (following.like_num or following.lower_ in _MEASURE_WORDS):
                continue  # "is thought to have grown by about half": how much, not by whom
            agent = next((t for t in doc[j + 1 : sentence_end] if t.pos_ != "DET" and t.pos_ != "ADJ"), None)
            return agent is not None and agent.lower_ not in vague
    return False


def rule_passive_judgement(doc: Doc, start: int, end: int) -> Span | None:
    """A judgement in the passive with no one named: "is widely regarded as", "was believed to",
    "are traditionally considered the best", "a woman believed to be his wife"."""
    token = doc[start]
    if not has_parse(doc) or (token.tag_ not in ("VBN", "VBD") and not _participle_read_as_noun(doc, start)):
        return None
    passive = [c for c in token.children if c.dep_ == "auxpass"]
    if not passive:
        if any(c.dep_ in ("nsubj", "aux") for c in token.children):
            return None  # active: "critics considered it", "she has considered running"
        if token.dep_ not in ("acl", "advcl", "amod", "conj", "relcl", "ROOT", "pcomp", "xcomp") and not (
            token.pos_ == "NOUN"  # read as a noun: a participle modifying the number before it
        ):
            return None
        if token.dep_ == "conj" and token.tag_ == "VBD" and not _passive(token.head):
            return None  # "The mayor called the plan … but said that …": active, the mayor's subject
    found = _judgement_follows(doc, start, end)
    if found is None:
        return None
    if _named_agent(doc, found[1]):
        return None  # "was seen as a failure by the IMF": the source is named
    first = passive[0].i if passive else start
    return min(first, start), found[1]


def _participle_read_as_noun(doc: Doc, i: int) -> bool:
    """ "one of the four thought to be at risk": a participle of belief after a number or a noun,
    before "to be" / "to have", which the parser read as the noun "thought" (not "his thought")."""
    token = doc[i]
    return (
        token.pos_ == "NOUN"
        and token.lower_ in _BELIEF_TO
        and i > 0
        and doc[i - 1].pos_ in ("NUM", "NOUN", "PROPN")
        and lower_at(doc, i + 1) == "to"
        and lower_at(doc, i + 2) in ("be", "have")
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def rule_passive_doubt(doc: Doc, start: int, end: int) -> Span | None:
    """ "the figures have been questioned", "its origin is disputed": a claim in doubt, no one named.

    Not a person being questioned ("he was questioned by police").
    """
    token = doc[start]
    if not has_parse(doc):
        return None
    passive = [c for c in token.children if c.dep_ == "auxpass"]
    if not passive:
        return None  # "the disputed territory" is a quarrel over land, not doubt about a claim
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and _is_person(subject) and subject.lower_ not in ("it", "this", "that"):
        return None
    if _named_agent(doc, end):
        return None
    return (passive[0].i if passive else start), end


_WHAT_GAP = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "PART", "AUX"})


def rule_what_terms(doc: Doc, start: int, end: int) -> Span | None:
    """ "in what it terms", "what he called", "what Russia describes as": someone else's label."""
    for k in range(1, 6):
        i = start - k
        if i < 0:
            return None
        word = doc[i]
        if word.lower_ == "what":
            return (i, end) if k > 1 else None
        if word.is_punct or (has_tags(doc) and word.pos_ not in _WHAT_GAP):
            return None
    return None


def rule_opinion(doc: Doc, start: int, end: int) -> Span | None:
    """An active verb of opinion with its judgement: "considers it a threat", "sees the West as hostile"."""
    token = doc[start]
    if (
        not has_parse(doc)
        or token.pos_ != "VERB"
        or (token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children))
    ):
        return None  # passives are vague sources ("is considered"), handled by other entries
    consider = lemma(token) == "consider"
    if consider and (any(c.dep_ in ("ccomp", "oprd") for c in token.children) or _has_clause(token)):
        return start, end
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return start, end
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
        return start, end
    if consider and obj is not None:
        after = token_at(doc, obj.right_edge.i + 1)
        if after is not None and after.pos_ in ("ADJ", "DET", "NOUN") and not after.is_punct:
            return start, end  # "consider LSD a sacrament"
    return None


def rule_it_that(doc: Doc, start: int, end: int) -> Span | None:
    """ "it is said that", "it was believed only women ...", not "it is widely known for its role"."""
    after = token_at(doc, end)
    if after is None:
        return None
    if after.lower_ in ("that", "to", ",", "by"):
        return start, end
    if after.is_punct or after.pos_ == "ADP":
        return None  # "it is widely known for its role", "it is known as"
    return start, end


def rule_like_clause(doc: Doc, start: int, end: int) -> Span | None:
    """ "looks like the deal will fail" (a judgement), not "looks like a piece of wood" (a resemblance)."""
    for token in doc[end : end + 8]:
        if token.is_punct:
            return None
        if token.tag_ in ("VBZ", "VBD", "VBP", "MD") or (token.pos_ == "AUX" and token.tag_ != "VB"):
            return start, end
    return None if has_tags(doc) else (start, end)


def rule_sentence_adverbial(doc: Doc, start: int, end: int) -> Span | None:
    """ "On the surface, the deal looks good": set off as a comment, not a place ("ore on the surface")."""
    before, after = token_at(doc, start - 1), token_at(doc, end)
    if doc[start].is_sent_start or (before is not None and before.text in (",", "—", "–", ";", "(")):
        return start, end
    if after is not None and after.text in (",", "—", "–", ")"):
        return start, end
    return None


_PERSONAL = frozenset({"i", "we", "he", "she", "they", "you"})


def rule_belief(doc: Doc, start: int, end: int) -> Span | None:
    """A person offering a belief: "I think it could …", "Some of them will, I think.", "We believe
    we are …", "she said she believed an agreement could be ready". Not "think about", "believe in",
    "thought" as a noun. With "I" or "we" just before it the hedge is the pair ("I think")."""
    token = doc[start]
    if not has_parse(doc) or token.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.lower_ in _PERSONAL
        or subject.ent_type_ == "PERSON"
        or (token.lemma_.lower() in ("believe", "suspect") and subject.pos_ in ("NOUN", "PROPN"))
    ):
        return None  # (a person; a body or group that believes: "The club believes …", "recorders suspected")
    if token.tag_ == "VBD" and subject.lower_ in ("i", "we"):
        return None  # "I thought it would be like roofing with straw. It isn't.": a belief given up
    after = token_at(doc, token.i + 1)
    clause = (
        any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
        or (token.dep_ in ("parataxis", "advcl", "ccomp") and token.head.i < token.i)  # "…, I think."
        or (  # "Largely, I think.": an answer the parser gave no clause
            token.dep_ == "ROOT"
            and lower_at(doc, subject.i - 1) == ","
            and (after is None or after.text in (".", "!", "?", "…"))
        )
    )
    if not clause and subject.lower_ in ("i", "we") and subject.i == start - 1 and after is not None:
        # "I suspect the deer matter at least as much": a clause whose verb the parser read as a noun
        clause = token.lemma_.lower() in _BELIEF_OVER_A_NOUN and after.pos_ in ("DET", "NOUN", "PROPN", "NUM")
    aside = any(c.dep_ == "prep" and c.lower_ in ("of", "about", "in") for c in token.children)
    reported = lower_at(doc, subject.i - 1) in ("what", "how", "why", "whatever")  # "what they think X is"
    if not clause or aside or reported:
        return None
    if subject.lower_ in ("i", "we") and subject.i == start - 1:
        return start - 1, end
    return start, end


def rule_expect(doc: Doc, start: int, end: int) -> Span | None:
    """ "Solvane expects revenue to grow", "analysts expect a cut", "the company expected to be running
    robots", "the first installations expected in November": a forecast, the source's probability.
    Not "as expected", "than many had expected", "never expected to" (a surprise), nor the passive "is
    expected to" (a pattern of its own)."""
    if not has_parse(doc):
        return None
    verb = doc[start]
    if verb.pos_ not in ("VERB", "AUX") or lower_at(doc, start - 1) in ("as", "than"):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children):
        return None
    if any(t.lower_ in ("than", "never") for t in doc[max(0, start - 3) : start]):
        return None
    if verb.tag_ == "VBG":
        return None  # "we are expecting you next spring": awaiting a guest, not a forecast
    if verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return None  # "We expected our neighbours to honour it. Instead …": a hope let down
    if verb.dep_ == "xcomp" and lemma(verb.head) in ("tell", "advise", "warn", "ask"):
        return None  # "passengers are being told to expect delays": an instruction
    if "?" in [t.text for t in sentence_of(doc, start)[-2:]]:
        return None  # "Should people expect another flood?": asked
    forecast = verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")  # "installations expected in …"
    if forecast or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return start, end
    return None


def rule_not_active(doc: Doc, start: int, end: int) -> Span | None:
    """ "is expected to", "as expected", "expected to rise", not a person's own "I never expected to say"."""
    if has_parse(doc):
        participle = next((t for t in doc[start:end] if t.lower_ == "expected"), None)
        if participle is not None and any(c.dep_ == "nsubj" for c in participle.children):
            return None
        if (
            participle is not None
            and any(c.dep_ == "neg" for c in participle.children)
            and any(c.lower_ in ("can", "ca", "could") for c in participle.children)
        ):
            return None  # "Parents cannot be expected to respond …": what is fair to ask, not a forecast
    return start, end


def rule_unowned(doc: Doc, start: int, end: int) -> Span | None:
    """ "We are getting reports of a fire", "amid rumours that …": reports nobody owns; not "the
    reports of the committee", "its accounts of the day", "police reports of …"."""
    noun = next((t for t in doc[start:end] if t.lower_ in ("reports", "rumours", "rumors", "accounts")), None)
    if noun is None or not has_parse(doc):
        return None
    if noun.pos_ in ("VERB", "AUX"):
        return None  # "It also reports that the gap was widest": a study's verb, not reports of nobody
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children):
        return None
    return start, end
