"""Context rules for modal verbs, amounts and time: "may", "would", "about 300", "nearly all", "so far".

Each rule decides whether an ambiguous match of the lexicon is a hedge here
(see :mod:`kit.hedges.context` for what a rule receives and returns):

- ``may`` is a hedge as a modal ("prices may rise"), not as the month ("in May");
- ``would`` is a hypothetical ("it would collapse"), not a reported-speech
  back-shift ("said he would attend", "declined to say when more money would be
  available", "asked whether it would"), a refusal ("would not say"), volition
  ("would like"), a past habit ("would often") or narrative future-in-the-past
  ("would later");
- ``about``/``around`` only before a quantity or a time ("about 1,200",
  "around eight minutes"), and the hedge then covers the quantity; so do
  ``up to`` and ``as many as``, a ceiling ("up to 900 million"), not before a
  year, a rank or "a point", at the top of a range or as a rule's limit ("faces
  up to ten years in prison");
- ``yet`` only as the "so far" adverb ("has yet to", "the biggest yet"), not
  the conjunction ("small, yet effective").

The rules are registered by name in :data:`kit.hedges.rules.RULES`.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ..pipeline import ents_in
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


def _is_modal(doc: Doc, i: int) -> bool:
    """A modal verb before its verb ("may rise", "may, in fact, be"), not a noun ("might makes right")."""
    if not has_tags(doc):
        return True
    if doc[i].tag_ != "MD":
        return False
    following = token_at(doc, i + 1)
    if following is None or following.text in (".", "!", "?", ")"):
        return False  # an ellipsis: "its members may."
    return (
        following.pos_ not in ("NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON") or following.lower_ in NEGATIONS
    )


def _negated(doc: Doc, i: int) -> bool:
    """Is the word at ``i`` (a modal or verb) negated ("could not", "couldn't")?"""
    token = doc[i]
    if lower_at(doc, i + 1) in NEGATIONS:
        return True
    head = token.head if token.dep_ in ("aux", "auxpass") else token
    return any(c.dep_ == "neg" for c in head.children)


def rule_modal(doc: Doc, start: int, end: int) -> Span | None:
    """A modal verb, not a noun ("might", not "military might"), nor the idiom "might as well"."""
    if lower_at(doc, start + 1) == "as" and lower_at(doc, start + 2) == "well":
        return None  # "it might as well be each other": no doubt, a shrug
    return (start, end) if _is_modal(doc, start) else None


def rule_may(doc: Doc, start: int, end: int) -> Span | None:
    """ "may" the modal ("prices may rise"), not "May" the month or a name."""
    token = doc[start]
    if token.text != token.text.lower() and not token.text.isupper():
        return None  # "In May", "Theresa May", "May 20"
    if not _is_modal(doc, start):
        return None
    if lower_at(doc, start - 1) == "it" and lower_at(doc, start - 2) == "as":
        return None  # "be that as it may"
    following = token_at(doc, start + 1)
    if following is None or following.like_num or following.text in (".", "!", "?", ")"):
        return None  # a lower-case month: "since may 2020", "in may."
    return start, end


def rule_could(doc: Doc, start: int, end: int) -> Span | None:
    """ "could" of possibility, not negated past ability ("could not attend"), a purpose ("so
    that traders could see the effect") nor a past ability ("she could afford to stop", "you could
    tell he was nervous", "there was nothing I could do")."""
    if not _is_modal(doc, start) or _negated(doc, start) or _purpose(doc, start):
        return None
    if has_parse(doc) and _past_ability(doc[start]):
        return None
    return start, end


def _past_ability(modal: Token) -> bool:
    """ "could" with a verb of capacity or perception ("could afford", "could hear", "could
    remember"), or with a "do" whose object comes before it ("nothing I could do", "all she could
    do was wait"): what someone was able to do, no doubt."""
    verb = modal.head if modal.dep_ in ("aux", "auxpass") else modal
    if lemma(verb) in word_list("ability_verbs"):
        return True
    done = (c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i)
    return lemma(verb) == "do" and next(done, None) is None


def _purpose(doc: Doc, i: int) -> bool:
    """Is the modal at ``i`` in a clause of purpose ("so that traders could see")?"""
    return has_parse(doc) and in_purpose_clause(_clause_verb(doc[i]))


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a modal or auxiliary belongs to, climbing coordinations."""
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


#: Modals that, negated, put the verb they go with in the past: a refusal or an inability ("would
#: not say", "could not say when"); "would say" alone is a hypothetical.
PAST_MODALS = frozenset({"would", "could"})


def _past_report(verb: Token) -> bool:
    """Is the reporting verb ``verb`` set in the past: past itself ("said"), after a past auxiliary
    or a negated modal ("did not say", "would not say"), or the infinitive of a past verb
    ("declined to say", "refused to say", "used to say"), however many infinitives deep ("did not
    want to say"), or after a past "was" and an adjective ("it was too early to say whether …")?"""
    for _ in range(6):
        if verb.tag_ in ("VBD", "VBN"):
            return True
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        negated = any(c.dep_ == "neg" for c in verb.children)
        if any(c.tag_ == "VBD" or (negated and c.lower_ in PAST_MODALS) for c in auxiliaries):
            return True
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":  # "it was too early to say whether …"
            adjective = verb.head
            return adjective.dep_ == "acomp" and adjective.head.tag_ == "VBD"
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _reported(verb: Token) -> bool:
    """Is the clause of ``verb`` the content of a past reporting verb or noun: a back-shifted
    reported future ("said it would", "declined to say when more money would be available",
    "asked whether it would")?"""
    question = verb.dep_ == "advcl" and any(  # "asked the district when the money would be paid"
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whether", "if", "how", "why", "where")
        for c in verb.children
    )
    if verb.dep_ in ("ccomp", "xcomp", "parataxis") or question:
        head = verb.head
        if head.pos_ in ("VERB", "AUX") and lemma(head) in word_list("reporting"):
            return _past_report(head)
    if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.pos_ == "NOUN":
        return lemma(verb.head) in word_list("reporting_nouns") or verb.head.lower_ in word_list(
            "reporting_nouns"
        )
    return _past_question(verb)


_QUOTE_MARKS = frozenset({"“", "”", '"', "``", "''", "«", "»"})


def _own_words(would: Token, verb: Token) -> bool:
    """Is "would" a speaker's own, in a quotation set apart from its tag ("“… I would be out there every
    week …,” said the farmer")? Direct speech is not back-shifted: its subject is the speaker's "I",
    "we" or "you", with a quote mark between it and the tag. Not "said it “would be a disaster”" nor a
    quoted refusal ("“We would not let it go”").
    """
    doc = would.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = verb.head
    if subject is None or subject.lower_ not in ("i", "we", "you") or _negated(doc, would.i):
        return False
    low, high = sorted((subject.i, head.i))
    return any(t.text in _QUOTE_MARKS for t in doc[low + 1 : high])


#: adjectives of a conviction whose clause, after a past "was", looks ahead from then
_CONVICTIONS = frozenset({"sure", "certain", "convinced", "confident", "afraid", "adamant"})


def _past_conviction(verb: Token) -> bool:
    """A future seen from a past conviction: "I was sure it would be a gimmick", "she was convinced
    the trust would come in" (the clause of an adjective after a past "was")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lower_ not in _CONVICTIONS:
        return False
    copula = head.head if head.dep_ == "acomp" else None
    return copula is not None and copula.tag_ == "VBD" and lemma(copula) == "be"


def _past_question(verb: Token) -> bool:
    """A question asked or left open in the past: its "would" is the future seen from then ("Nobody
    knew when the money would arrive", "He wondered what he would do", "What we could not know was
    where the rain would fall", "may have underestimated how strongly Seravia would react", "had looked
    at what the change would mean"); not with "if" ("what would happen if the dam failed")."""
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else verb.head
    perfect = head.tag_ == "VBN" and any(  # "had looked", "may have underestimated"; not "has shown"
        a.dep_ == "aux" and (a.lower_ == "had" or a.tag_ == "MD") for a in head.children
    )
    if verb.dep_ not in ("ccomp", "pcomp") or not (head.tag_ == "VBD" or perfect):
        return False
    asks = any(
        c.dep_ in ("advmod", "mark", "dobj", "nsubj") and c.lower_ in _QUESTION_WORDS and c.i < verb.i
        for c in verb.children
    ) or any(  # "how strongly … would" (a few words back at most: bounded)
        t.lower_ == "how" for t in verb.doc[max(verb.left_edge.i, verb.i - 6) : verb.i]
    )
    return asks and not any(t.lower_ in ("if", "unless") for t in sentence_of(verb.doc, verb.i))


_QUESTION_WORDS = frozenset({"when", "where", "whether", "how", "why", "what", "who", "which"})


def _reported_that_clause(doc: Doc, i: int) -> bool:
    """A that-clause after a past reporting verb, found by the words when the parse goes astray:
    "we were told that bigger classes are a price worth paying, that technology would fill the gap"."""
    sentence = sentence_of(doc, i)
    that = next((t for t in reversed(doc[max(sentence.start, i - 8) : i]) if t.lower_ == "that"), None)
    if that is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[that.i + 1 : i]):
        return False
    return any(
        t.tag_ in ("VBD", "VBN") and lemma(t) in word_list("reporting") for t in doc[sentence.start : that.i]
    )


def _narrative_date(doc: Doc, i: int) -> bool:
    """A past date earlier in the sentence ("In 1983, he would ...", "Years later it would ...")."""
    sentence = sentence_of(doc, i)
    words = {t.lower_ for t in sentence}
    if words & {"if", "unless", "otherwise", "whether"}:
        return False
    for ent in ents_in(sentence):
        if ent.label_ != "DATE" or ent.end > i:
            continue
        before = lower_at(doc, ent.start - 1)
        texts = {t.lower_ for t in ent}
        if "later" in texts or "earlier" in texts:
            return True
        has_year = any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in ent)
        if has_year and before in {"in", "on", "during", "after", "from", "between", "since"}:
            return True
    return False


#: verbs after "I would" / "we'd" that make an offer or a polite request, not a supposition
_POLITE_REQUESTS = frozenset({"welcome", "ask", "urge", "encourage", "invite", "remind", "appeal"})


def rule_would(doc: Doc, start: int, end: int) -> Span | None:
    """Hypothetical "would", not back-shift, volition, habit, narrative future-in-the-past, or a
    refusal ("would not say")."""
    if not _is_modal(doc, start):
        return None
    following = [lower_at(doc, start + k) for k in (1, 2)]
    if following[0] in _SOFTENERS:
        following = [*following[1:], lower_at(doc, start + 3)]  # "I’d just like", "I'd really rather"
    if following[0] in word_list("volition"):
        return None  # "would like to", "would rather"
    offer = lower_at(doc, start - 1) in ("i", "we") and following[0] in _POLITE_REQUESTS
    if offer and not {t.lower_ for t in sentence_of(doc, start)} & {"if", "unless"}:
        # "We'd welcome a monitor on the green", "I would ask every member to …": an offer or a request
        return None
    if following[0] in _BELIEF_AFTER_WOULD:
        return None  # "I’d expect", "I’d guess": the belief is the hedge, found by its own entry
    after = token_at(doc, start + 1)
    if doc[start].lower_ in ("'d", "’d") and after is not None and after.tag_ in ("VBN", "VBD", "RB"):
        verb = after if after.tag_ != "RB" else token_at(doc, start + 2)
        if verb is not None and verb.tag_ in ("VBN", "VBD"):
            return None  # "I'd honestly given up": "had", not "would"
    if following[0] in word_list("habitual") or (
        following[0] == "not" and following[1] in word_list("habitual")
    ):
        return None  # "would often visit"
    if any(w in word_list("narrative") for w in following) and "if" not in {
        t.lower_ for t in sentence_of(doc, start)
    }:
        return None  # "would later become", "would go on to"
    if _negated(doc, start) and lemma(_clause_verb(doc[start])) in word_list("disclosure_verbs"):
        return None  # a refusal: "the official would not say", "would not comment"
    if has_parse(doc):
        verb = _clause_verb(doc[start])
        if (_reported(verb) and not _own_words(doc[start], verb)) or _reported_that_clause(doc, start):
            return None  # "said he would attend", "were told that the money would come"
        if _past_conviction(_clause_verb(doc[start])) or _purpose(doc, start):
            return None  # "I was sure it would be a gimmick", "so that it would last"
        if _narrative_date(doc, start) or _past_habit(doc, start):
            return None
    if doc[start].lower_ in ("'d", "’d") and start > 0:
        return start - 1, end  # "I’d", "you’d": the word with its contraction, as written
    return start, end



_EVERY = frozenset({"every", "each"})
_SOFTENERS = frozenset({"just", "really", "honestly", "probably", "certainly", "still"})
_BELIEF_AFTER_WOULD = frozenset({"expect", "guess", "imagine", "think", "suspect", "reckon", "bet"})
_WHEN = frozenset({"when", "whenever", "while"})


def _supposed_ahead(doc: Doc, i: int) -> bool:
    """Does the sentence before look ahead ("will", a question) with no past tense around, other than a
    tag's "said"? "The beavers will build another dam, and then what? I would be out there every week
    with a spade" supposes; "Every evening we would ring round the old ones" tells a habit."""
    here = sentence_of(doc, i)
    if here.start == 0:
        return False
    before = sentence_of(doc, here.start - 1)
    ahead = any(t.tag_ == "MD" and t.lower_ in ("will", "'ll", "’ll") for t in before) or "?" in [
        t.text for t in before[-3:]
    ]
    reporting = word_list("reporting")
    past = any(t.tag_ == "VBD" and lemma(t) not in reporting for t in itertools.chain(before, here))
    return ahead and not past


def _past_habit(doc: Doc, i: int) -> bool:
    """ "would" of a habit in the past, told as such: "Every evening we would ring round …", "My father
    had it before me, and he would open at six and shut when the last bus had gone". The clause has a
    time phrase with "every"/"each", a "when" clause in the past, or it follows a past-tense clause
    with its own subject; never with "if" or "unless" in the sentence (a hypothetical)."""
    if {t.lower_ for t in sentence_of(doc, i)} & {"if", "unless", "otherwise"}:
        return False
    verb = doc[i].head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for v in verbs:
        for c in v.children:
            if (
                c.dep_ in ("npadvmod", "advmod", "prep")
                and any(t.lower_ in _EVERY and t.dep_ == "det" for t in c.subtree)
                and not _supposed_ahead(doc, i)
            ):
                return True  # "every evening", "each week", "on every market day"
            if (
                c.dep_ == "advcl"
                and any(m.lower_ in _WHEN for m in c.children if m.dep_ in ("advmod", "mark"))
                and (c.tag_ == "VBD" or any(a.lower_ == "had" for a in c.children if a.dep_ == "aux"))
            ):
                return True  # "… shut when the last bus had gone", "would hum hymns while he carved"
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and any(a.lower_ == "first" for a in g.children) for g in c.children
            ):
                return True  # "For the first six months she wouldn't let me near a headstone"
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.tag_ == "VBD"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in head.children)
        and lemma(head) not in word_list("reporting")
    )  # "My father had it before me, and he would open at six"


CURRENCY = frozenset({"$", "£", "€", "¥", "us$", "usd", "eur"})


#: a time of day written as one token: "7.40am", "2.15pm", "10pm", "18:30"
_CLOCK = re.compile(r"^\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d{2}$")


def _quantity_end(doc: Doc, i: int, *, times: bool = False) -> int | None:
    """If a quantity starts at token ``i``, the index after it (and its counted noun), else None."""
    j = i
    while lower_at(doc, j) in CURRENCY or (token_at(doc, j) is not None and doc[j].is_currency):
        j += 1
    token = token_at(doc, j)
    if token is None:
        return None
    quantities = word_list("quantity_words")
    units = word_list("unit_nouns")
    if token.lower_ == "a" and lower_at(doc, j + 1) == "second" and _before_a_noun(doc, j + 2):
        return None  # "worried about a second section of the bank": the ordinal, not a length of time
    if token.lower_ in ("a", "an") and lower_at(doc, j + 1) in quantities | units:
        j += 2
    elif token.lower_ == "one" and lower_at(doc, j + 1) in ("of", "thing", "another", "day", "way"):
        return None
    elif token.like_num or token.lower_ in quantities or _GLUED_UNIT.fullmatch(token.text):
        j += 1
    elif times and (
        token.lower_ in word_list("time_words") or token.ent_type_ == "TIME" or _CLOCK.match(token.lower_)
    ):
        return j + 1  # "around eight minutes", "at about 7.40am"
    elif times and token.lower_ == "the" and lower_at(doc, j + 1) == "same":
        return j + 2
    else:
        return None
    # more of the number: "10 to 15", "1.5 million", "half a dozen", "60 percent"
    while True:
        word = lower_at(doc, j)
        nxt = token_at(doc, j + 1)
        if token_at(doc, j) is not None and (
            doc[j].like_num or word in quantities or word in ("%", "per", "cent")
        ):
            j += 1
        elif word in ("to", "-", "–", "or", "and") and nxt is not None and nxt.like_num:
            j += 2
        elif word in ("a", "an") and lower_at(doc, j + 1) in quantities:
            j += 2
        else:
            break
    noun = token_at(doc, j)
    if noun is not None and noun.pos_ in ("NOUN",) and not noun.is_punct:
        j += 1
    return j


#: a number with its unit written on ("1.4C", "20km", "5kg"), one token, which spaCy does not read as a number
_GLUED_UNIT = re.compile(r"\d[\d.,]*(?:[a-zA-Z]{1,3}|°[CF]?)")


def _before_a_noun(doc: Doc, i: int) -> bool:
    after = token_at(doc, i)
    return after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and has_tags(doc)


def rule_quantity(doc: Doc, start: int, end: int) -> Span | None:
    """An approximator before a quantity: "about 1,200", "around eight minutes", "some 300 people"."""
    times = doc[start].lower_ in ("about", "around")
    stop = _quantity_end(doc, end, times=times)
    return (start, stop) if stop is not None else None


def _year(token: Token) -> bool:
    """A bare year ("2020"), which "up to" makes a time limit, not an amount."""
    return token.text.isdigit() and len(token.text) == 4 and 1000 <= int(token.text) < 2200


def rule_up_to(doc: Doc, start: int, end: int) -> Span | None:
    """ "up to" or "as many as" before a quantity ("up to 900 million", "as many as 300 people"): a
    ceiling, not the number, and the hedge covers the quantity. Not before a rank ("moved up to 20th
    place"), a year ("up to 2020"), nor "up to a point", "up to now", "up to them"; not the upper
    end of a range ("from 10 up to 20"), nor an exact limit that a rule sets, with a word of penalty,
    law or capacity close by ("faces up to ten years in prison", "may serve up to two terms"; not
    "cut orders by up to 15% in any year without paying a penalty", where the penalty is another
    matter)."""
    stop = _quantity_end(doc, end)
    if stop is None:
        return None
    quantity = doc[end:stop]
    if (len(quantity) == 1 and _year(quantity[0])) or [t.lower_ for t in quantity[:2]] == ["a", "point"]:
        return None
    if re.fullmatch(r"\d+(st|nd|rd|th)", quantity[0].lower_):
        return None  # a rank, not an amount: "moved up to 20th place"
    sentence = sentence_of(doc, start)
    if any(t.lower_ == "from" for t in doc[max(sentence.start, start - 6) : start]):
        return None  # both ends of a range: "from four feet up to ten feet"
    near = doc[max(sentence.start, start - 8) : min(sentence.end, stop + 4)]  # not "…, without a penalty"
    if any(t.lower_ in word_list("limit_words") for t in near):
        return None  # an exact limit set by a rule: "faces up to ten years in prison"
    return start, stop


def rule_size_of(doc: Doc, start: int, end: int) -> Span | None:
    """ "each about the size of a garden shed", "is roughly the size of Wales": a rough size; not a
    topic after a verb, noun or adjective ("talk about the size of the problem")."""
    before = token_at(doc, start - 1)
    if before is not None and before.pos_ in ("VERB", "NOUN", "PROPN", "ADJ", "ADP"):
        return None
    return start, end


def rule_degree(doc: Doc, start: int, end: int) -> Span | None:
    """ "nearly"/"almost" before a quantity or a word of totality ("nearly all", "almost always")."""
    stop = _quantity_end(doc, end)
    if stop is not None:
        return start, stop
    if lower_at(doc, end) in word_list("degree_words"):
        return start, end + 1
    return None


def rule_after_quantity(doc: Doc, start: int, end: int) -> Span | None:
    """ "or so" after a quantity ("a week or so", "20 or so")."""
    before = token_at(doc, start - 1)
    if before is not None and (
        before.like_num or before.lower_ in word_list("unit_nouns") | word_list("quantity_words")
    ):
        return start, end
    return None


def rule_yet(doc: Doc, start: int, end: int) -> Span | None:
    """ "yet" meaning "so far" ("not yet", "has yet to", "the biggest yet"), not the conjunction."""
    token = doc[start]
    if has_tags(doc) and token.pos_ in ("CCONJ", "SCONJ"):
        return None
    before, after = lower_at(doc, start - 1), lower_at(doc, start + 1)
    if token.is_sent_start or before in ("and", "but", "or", ",", ";", "—", "–", "-", ":"):
        return None  # "Yet he agreed", "small, yet effective", "and yet"
    if after in ("another", "again", "more", "further", "still", "other") or (
        doc[start + 1 :][:1] and (doc[start + 1].tag_ in ("JJR", "RBR"))
    ):
        return None  # "yet another", "yet more"
    if before == "as" or (after == "to" and lemma(doc[start - 1]) in ("have", "be") if start else False):
        return start, end
    sentence = sentence_of(doc, start)
    earlier = doc[sentence.start : start]
    if any(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in earlier):
        return start, end
    if any(t.tag_ in ("JJS", "RBS") for t in earlier):
        return start, end  # "the biggest yet"
    if sentence.text.rstrip().endswith("?"):
        return start, end  # "Has it arrived yet?"
    return None


def rule_so_far(doc: Doc, start: int, end: int) -> Span | None:
    """ "so far" in time ("has so far been careful"), not distance or degree ("so far as", "so far from")."""
    if lower_at(doc, end) in {
        "as",
        "from",
        "away",
        "beyond",
        "behind",
        "ahead",
        "off",
        "out",
        "apart",
        "removed",
    }:
        return None
    return start, end


def rule_to_date(doc: Doc, start: int, end: int) -> Span | None:
    """ "to date" ("the largest to date"), not "up to date"."""
    return None if lower_at(doc, start - 1) == "up" else (start, end)


def rule_not_of(doc: Doc, start: int, end: int) -> Span | None:
    """A time or surface phrase used on its own, not "at the moment of", "on the surface of"."""
    return None if lower_at(doc, end) in {"of", "when", "where", "that", "which"} else (start, end)


def rule_before_verb(doc: Doc, start: int, end: int) -> Span | None:
    """ "is set to" before a verb ("is set to become"), not "set to music"."""
    after = token_at(doc, end)
    if after is None:
        return None
    if has_tags(doc):
        return (start, end) if after.pos_ in ("VERB", "AUX") else None
    return (start, end) if after.is_lower and after.is_alpha else None


def rule_after_number(doc: Doc, start: int, end: int) -> Span | None:
    """ "-odd" after a number ("thirty-odd episodes"): the number is blurred."""
    before = token_at(doc, start - 1)
    return (start - 1, end) if before is not None and before.like_num else None
