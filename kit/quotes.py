"""Quote marks: pairing that survives straight, curly, mixed and unbalanced marks.

The rules, in the order they are applied:

* „ « and “ open, ” » close; “ after a word and before a space or punctuation closes (a typo
  for ”, or German „…“); a straight ``"`` opens after a space,
  an opening bracket or the start of a paragraph, and closes otherwise. Two apostrophes
  ``''`` (old newspaper archives: ``''We will win,'' he said``) are a straight ``"``; three are
  a single mark beside it (``''… a 'special case,''' he said``).
* A paragraph that ends inside a quotation continues it when the next paragraph
  opens with a quote mark (the multi-paragraph convention); otherwise the
  quotation is closed at the end of its paragraph and marked ``closed=False``.
* An opening mark inside an open quotation that cannot be nested restarts it:
  the first one is left unclosed.
* A stray closing mark outside any quotation is ignored.
* Single quotes ‘…’ or '…' count as quotations only in opening and closing
  positions (a space before, a letter after, and the reverse), so apostrophes
  (“Xi’s”, “don't”, “the ’90s”) never start one. Inside double quotes they are
  part of the quotation, not a new one.
* Transcripts (GUIDELINES §2): a paragraph that opens with a speaker label
  ("VARGA: …", "Q: …", "Petra Lund: …") is a quotation without marks, a *turn*,
  whose ``label_start``/``label_end`` give the label (:func:`find_turns` says
  which labels count). Quote marks inside a turn are part of it.

>>> [q.content(text) for text in ['He said "yes" and ‘no’.'] for q in find_quotes(text)]
['yes', 'no']
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .records import TextSpan

__all__ = ["BOLD", "DOUBLE_CLOSE", "DOUBLE_OPEN", "EMPHASIS", "Quote", "find_quotes", "find_turns"]

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
APOSTROPHES = "''"
#: where a double mark may stand: the search jumps from one to the next instead of reading every character
_MARK_CANDIDATE = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT + APOSTROPHES[0]) + "]")
_OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True)
class Quote:
    """A quotation: marks at ``start`` and ``end - 1``, words in ``content_*``."""

    start: int
    end: int
    content_start: int
    content_end: int
    open_mark: str
    close_mark: str | None
    first_paragraph: int
    last_paragraph: int
    label_start: int | None = None  # a transcript turn: its speaker label ("VARGA" in "VARGA: …")
    label_end: int | None = None

    @property
    def turn(self) -> bool:
        """A transcript line: direct speech marked by a speaker label, not by quote marks."""
        return self.label_start is not None

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def multi_paragraph(self) -> bool:
        return self.last_paragraph > self.first_paragraph

    @property
    def single(self) -> bool:
        return self.open_mark != "" and self.open_mark in "‘'"

    def content(self, text: str) -> str:
        return text[self.content_start : self.content_end]


def _mark_at(text: str, i: int) -> str:
    """The double quote mark at ``i``: “ ” „ « » ", or two apostrophes '' (old newspaper archives type
    quotations ''like this''); "" when there is none."""
    mark = text[i]
    if mark in DOUBLE_OPEN or mark in DOUBLE_CLOSE or mark == STRAIGHT:
        return mark
    if not text.startswith(APOSTROPHES, i):
        return ""
    lo = i
    while lo > max(0, i - 3) and text[lo - 1] == "'":
        lo -= 1
    hi = i + 2
    while hi < min(len(text), i + 4) and text[hi] == "'":
        hi += 1
    if hi - lo == 2:
        return APOSTROPHES
    if hi - lo == 3:  # a single mark next to the double one: closing '…a special case,''' or opening '''Hey…
        closing = lo > 0 and not text[lo - 1].isspace()
        return APOSTROPHES if i == (lo + 1 if closing else lo) else ""
    return ""


def _double_role(text: str, i: int, start: int, mark: str) -> str | None:
    if mark in DOUBLE_OPEN:
        before, after = text[i - 1] if i > start else " ", text[i + 1 : i + 2]
        glued = not before.isspace() and before not in _OPENING_CONTEXT
        if mark == "“" and glued and (after == "" or after.isspace() or after in ",.;:!?)"):
            return "close"  # typed for ” ("… for her here,“ said Jim Clyburn") or German „…“
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close"
    if mark in (STRAIGHT, APOSTROPHES):
        before = text[i - 1] if i > start else " "
        return "open" if before in _OPENING_CONTEXT or before in DOUBLE_OPEN else "close"
    return None


_SINGLE = re.compile(r"(?P<open>(?<![\w’'])[‘'](?=[^\W\d_]))|(?P<close>(?<=[\w.,!?…])[’'](?![\w’']))")


def find_quotes(text: str, paragraphs: Sequence[TextSpan] | None = None) -> list[Quote]:
    """Find every quotation in ``text``, paragraph-aware (see the module rules)."""
    if paragraphs is None:
        paragraphs = [TextSpan(0, len(text))]
    quotes: list[Quote] = []
    open_at: int | None = None  # offset of the opening mark of the current quotation
    open_mark = ""
    first_para = 0
    for p_index, para in enumerate(paragraphs):
        i = para.start
        if open_at is not None:
            first = _mark_at(text, para.start) if para.end > para.start else ""
            if first and first not in DOUBLE_CLOSE:
                i += len(first)  # the multi-paragraph convention: the quotation goes on
            else:
                quotes.append(_unclosed(text, open_at, open_mark, first_para, p_index - 1, paragraphs))
                open_at = None
        while i < para.end:
            candidate = _MARK_CANDIDATE.search(text, i, para.end)
            if candidate is None:
                break
            i = candidate.start()
            mark = _mark_at(text, i)
            role = _double_role(text, i, para.start, mark) if mark else None
            if role is None:
                i += 1
                continue
            if open_at is None:
                if role == "open":
                    open_at, open_mark, first_para = i, mark, p_index
            elif role == "close" or (mark == open_mark and mark in (STRAIGHT, APOSTROPHES)):
                content_start = open_at + len(open_mark)
                quotes.append(
                    Quote(open_at, i + len(mark), content_start, i, open_mark, mark, first_para, p_index)
                )
                open_at = None
            else:  # a new opening mark inside: restart
                quotes.append(_unclosed(text, open_at, open_mark, first_para, p_index, paragraphs, i))
                open_at, open_mark, first_para = i, mark, p_index
            i += len(mark)  # a stray closing mark is passed over
    if open_at is not None:
        quotes.append(_unclosed(text, open_at, open_mark, first_para, len(paragraphs) - 1, paragraphs))
    marked = quotes + _single_quotes(text, paragraphs, quotes)
    turns = find_turns(text, paragraphs)
    if turns:
        marked = [q for q in marked if not any(t.start <= q.start < t.end for t in turns)]
    return sorted(marked + turns, key=lambda q: q.start)


def _unclosed(
    text: str,
    open_at: int,
    mark: str,
    first: int,
    last: int,
    paragraphs: Sequence[TextSpan],
    stop: int | None = None,
) -> Quote:
    end = paragraphs[last].end if stop is None else stop
    content_start = open_at + len(mark)
    content_end = len(text[content_start:end].rstrip()) + content_start
    return Quote(open_at, content_end, content_start, content_end, mark, None, first, last)


def _single_quotes(text: str, paragraphs: Sequence[TextSpan], doubles: Sequence[Quote]) -> list[Quote]:
    """‘Scare quotes’ and British-style quotations, outside double quotations."""
    inside = sorted((q.start, q.end) for q in doubles)
    starts = [a for a, _ in inside]
    reach = list(itertools.accumulate((b for _, b in inside), max))  # the furthest end so far
    out: list[Quote] = []
    for p_index, para in enumerate(paragraphs):
        open_at: int | None = None
        for match in _SINGLE.finditer(text, para.start, para.end):
            i = match.start()
            # inside a double quotation: one that opens before the mark reaches past it (by bisection
            # over the openings, not by reading every quotation at every apostrophe)
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < reach[k]:
                continue
            if open_at is None:
                if match.group("open"):
                    open_at = i
            elif match.group("close"):
                out.append(Quote(open_at, i + 1, open_at + 1, i, text[open_at], text[i], p_index, p_index))
                open_at = None
    return out


def find_nested_quotes(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Single-quoted stretches inside double quotations (a label a speaker quotes).

    :func:`find_quotes` keeps these inside the outer quotation; this lists them,
    with the same opening/closing rules as other single quotes.

    >>> text = "“Mum calls it ‘a bit of baking’,” Daniel said."
    >>> [q.content(text) for q in find_nested_quotes(text, find_quotes(text))]
    ['a bit of baking']
    """
    out: list[Quote] = []
    for outer in quotes:
        if outer.single:
            continue
        open_at: int | None = None
        for match in _SINGLE.finditer(text, outer.content_start, outer.content_end):
            i = match.start()
            if open_at is None:
                if match.group("open"):
                    open_at = i
            elif match.group("close"):
                out.append(
                    Quote(
                        open_at,
                        i + 1,
                        open_at + 1,
                        i,
                        text[open_at],
                        text[i],
                        outer.first_paragraph,
                        outer.last_paragraph,
                    )
                )
                open_at = None
    return out


# --- transcripts ------------------------------------------------------------------------

# A label at a paragraph's start: up to five words, then a colon and the words spoken.
#: a speaker label at a paragraph's start, after an optional timestamp ("[04:12] ROS TALVIK: …") or
#: with one in brackets before its colon ("Imogen Rudd (00:48):", a podcast's), and a stage direction
#: right after it ("(laughs)", "[crosstalk]"), which is not the speaker's words
QUESTION_NUMBER_TEXT = r"Q\d{1,4}"  # (see QUESTION_NUMBER)
_LABEL = re.compile(
    r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
    r"(?:[\[(][A-Z][A-Za-z ]{1,20}[\])][ \t]*)?"  # a stage cue: "(CLIP) DR PRIYA NANDA:", "[Clip] …:"
    rf"(?:{QUESTION_NUMBER_TEXT}[ \t]+)?"  # a committee transcript's question number: "Q101 Chair:"
    r"(?P<bold>\*\*|__)?"  # a name in bold, with its colon inside the marks or after them: "**Oduya:**"
    # a briefing's reporter, named in brackets in the label: "QUESTION (Ruth Adeyemi, The Standard):"
    # a reporter's outlet after her name, in capitals as well: "RAVI MENON, BRACKMOOR COURIER:"
    r"(?P<label>[^\W\d_][\w.'’\- ]{0,40}?(?:[ \t]+\([^\W\d_][^()\n:]{0,60}\)|,[ \t]+[a-z][a-z ]{1,30}"
    r"|,[ \t]+[A-Z][A-Z .'’&-]{1,40}"
    # a phone-in caller's town or a guest's company after the name: "Hamish, Ardsallow:", "Anders Holm,
    # Skerra Wind:"
    r"|,[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})?)"
    r"(?P<time>[ \t]+[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?(?:(?P=bold))?[ \t]?:(?:(?P=bold))?"
    r"[ \t]+(?:[\[(][^\])\n]{1,30}[\])][ \t]+)?(?=\S)"
)
#: "Q. Why now?" / "A. Because …": a print Q&A's question and answer letters with a full stop
_QA_DOT = re.compile(r"(?P<label>[QA])\.[ \t]+(?=[A-Z“\"‘'(])")
#: labels that are a role in a transcript, not a name
ROLE_LABELS = frozenset(
    (
        "q a question answer host interviewer presenter anchor moderator guest interviewee caller reporter"
        " clip witness"
    ).split()
)
#: the last word of an official's role as a briefing labels it ("PRESS OFFICER:", "MINISTER:")
_OFFICIALS = frozenset(
    "minister officer spokesperson spokesman spokeswoman secretary mayor chair chairman chairwoman"
    " commissioner governor president chief sheriff superintendent inspector coroner judge".split()
)
#: a committee transcript's question number before a label ("Q101 Chair:")
QUESTION_NUMBER = re.compile(QUESTION_NUMBER_TEXT)
#: the first word of a transcript's label for a voice it cannot name ("UNIDENTIFIED REPORTER:")
UNNAMED_VOICES = frozenset("unidentified unknown unnamed".split())
# Capitalised words that open a paragraph with a colon but name nobody ("Update: …", "About X: …").
_NOT_SPEAKERS = frozenset(
    """about also analysis background breaking caption claim clarification context contact correction
    credit date disclosure editor editor's editors exclusive fact facts fact-check headline key latest
    live location more note note: opinion photo photos pictured read related see share source sources
    statement summary tags timeline topics update updated verdict video warning watch what when where
    who why how tl;dr bottom big full half full-time half-time kick-off kickoff team ft ht result
    score""".split()
)  # (a live blog's match notes too: "FULL TIME: Harwick Rovers 2-1 Daleport United.", "Team news: …")
_PARTICLES = frozenset("de da del der di du van von la le bin al st st. mc".split())
#: titles written before a name, in lower case without their full stop ("Dr.", "Sen.", "Dame")
TITLE_ABBREVIATIONS = frozenset("dr mr mrs ms miss prof sen rep gov sir dame cllr rev revd".split())
_FIRST_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|you|You|my|My|our|Our|me|us)\b")
_REPORTED = re.compile(r"\b(?:said|says|told|asked|added)\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")  # the words in quote marks (a closing mark may be missing)


def label_head(label: str) -> str:
    """A label without the brackets that name who speaks under it, or the role after it: "QUESTION
    (Ruth Adeyemi, The Standard)" → "QUESTION"; "GRACE MORENO, anchor", "DANIEL OKAFOR reporting" →
    the name."""
    return label.split("(", 1)[0].split(",", 1)[0].strip().removesuffix(" reporting").strip()


def _capital_name(head: str) -> bool:
    """A name in capitals, perhaps after a title in ordinary case ("Ms. LUCIA FERRAND")."""
    words = head.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in TITLE_ABBREVIATIONS:
        words = words[1:]
    return " ".join(words).isupper()


def _label_words(label: str) -> list[str]:
    return [w for w in label_head(label).replace("’", "'").split() if w]


def _speaker_like(label: str) -> bool:
    """A label written as a speaker's: a role (Q, HOST), CAPITALS, or a capitalised name of ≤ 4 words."""
    words = _label_words(label)
    if not 1 <= len(words) <= 4 or words[0].lower().rstrip(".") in _NOT_SPEAKERS:
        return False
    if len(words) == 1 and words[0].lower() in ROLE_LABELS:
        return True
    label = label_head(label)
    letters = [c for c in label if c.isalpha()]
    if all(c.isupper() for c in letters):
        return len(letters) >= 2 or label in ("Q", "A")
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words) and len(words) <= 3


def _named_with_outlet(label: str) -> bool:
    """ "RACHEL OYELARAN (Cascadia Public Radio)", "Ms. LUCIA FERRAND (Emergency room nurse, …)",
    "GRACE MORENO, anchor", "DANIEL OKAFOR reporting": a name in capitals with its outlet or role."""
    head = label_head(label)
    return head != label and _capital_name(head)


#: words that name a news outlet, first or last in its name ("Harlow Gazette", "Radio Pennick"); the
#: sources lexicon's ``org_suffix`` and ``org_prefix`` hold them too, but this layer reads no lexicon
_OUTLET_WORDS = frozenset(
    "gazette courier post times herald news radio tv television chronicle echo journal telegraph tribune"
    " press express mail mirror standard observer guardian record argus advertiser sentinel bulletin"
    " daily weekly fm".split()
)


def _an_outlet(label: str) -> bool:
    """A label in ordinary case that names a news outlet ("Harlow Gazette", "Radio Pennick")."""
    words = label.split()
    return 2 <= len(words) <= 4 and any(w.lower() in _OUTLET_WORDS for w in (words[0], words[-1]))


def _capitals_or_role(label: str) -> bool:
    head = label_head(label)
    return head.lower() in ROLE_LABELS or all(c.isupper() for c in head if c.isalpha())


def _rest(text: str, para: TextSpan, match: re.Match[str]) -> str:
    return text[match.end() : para.end]


def _words_outside(text: str, label_spans: list[tuple[int, int]]) -> set[str]:
    """The words of ``text`` outside the labels, in lower case (one pass: labels are in text order)."""
    words: set[str] = set()
    n = 0
    for match in re.finditer(r"[^\W\d_][\w'’-]*", text):
        while n < len(label_spans) and label_spans[n][1] <= match.start():
            n += 1
        if n < len(label_spans) and label_spans[n][0] <= match.start():
            continue
        words.add(match.group().lower().replace("’", "'"))
    return words


def _mentioned(label: str, words: set[str]) -> bool:
    """The label's last word (a surname) appears in the text outside the labels, in any case."""
    kept = [w for w in _label_words(label) if w.lower().rstrip(".") not in TITLE_ABBREVIATIONS]
    return bool(kept) and kept[-1].strip(".'").lower() in words


def find_turns(text: str, paragraphs: Sequence[TextSpan] | None = None) -> list[Quote]:
    """The turns of a transcript or Q&A: paragraphs opening with a speaker label, and their continuations.

    A label counts when it is written like a speaker's (see :func:`_speaker_like`) and the
    article reads as a transcript: at least two labelled paragraphs, under at least two
    labels, each label a role ("Q", "A", "HOST"), used twice, or a name the text mentions
    elsewhere ("VARGA" beside "Ines Varga" in the introduction), or a name in capitals with
    something in brackets ("RACHEL OYELARAN (Cascadia Public Radio)") or a role after it ("GRACE
    MORENO, anchor", "DANIEL OKAFOR reporting"), a voice it cannot name ("UNIDENTIFIED MAN"), or
    the surname of a speaker labelled in full before ("MORENO"); a committee's question number
    ("Q101 Chair:") is no part of the label. Labels in ordinary case ("Petra Lund: …") also need
    most of their lines spoken in the first or second person, or asking a question, unless timed
    as a podcast's are ("Tessa (00:09): …"): "Clinton: 547." and "Iowa: Tim Albrecht, …" are
    lists, not speech. A paragraph without a
    label after a turn (up to the next turn, or the end) continues it when it speaks in the
    first or second person and, if it reports someone, does so in its own voice ("I think …",
    "One of our drivers said …", not "She said: “We …”"); a paragraph in brackets
    ("[Laughter]") does not. Returns quotations with ``label_start``/``label_end``;
    a turn that goes on over paragraphs is one quotation, like a multi-paragraph quotation.

    >>> text = "Host Ann Lee talks to Ben Ode.\\n\\nLEE: Why?\\n\\nODE: I think so.\\n\\nI do.\\n\\nLEE: Ok."
    >>> from kit.records import TextSpan
    >>> paragraphs = [TextSpan(a, b) for a, b in [(0, 30), (32, 41), (43, 59), (61, 66), (68, 76)]]
    >>> [(text[t.label_start:t.label_end], t.content(text)) for t in find_turns(text, paragraphs)]
    [('LEE', 'Why?'), ('ODE', 'I think so.\\n\\nI do.'), ('LEE', 'Ok.')]
    """
    if paragraphs is None:
        paragraphs = [TextSpan(0, len(text))]
    candidates: list[tuple[int, re.Match[str]]] = []
    for p_index, para in enumerate(paragraphs):
        for pattern in (_LABEL, _QA_DOT):  # ("A. Mostly from what goes down our drains: …" is "A.")
            match = pattern.match(text, para.start, para.end)
            if match and _speaker_like(match.group("label").strip()):
                candidates.append((p_index, match))
                break
    if len(candidates) < 2:
        return _unlabelled_turns(text, paragraphs)
    spans = [(m.start(), m.end()) for _, m in candidates]
    counts: dict[str, int] = {}
    for _, m in candidates:
        key = label_head(m.group("label")).lower()
        counts[key] = counts.get(key, 0) + 1
    elsewhere = _words_outside(text, spans) if min(counts.values()) < 2 else set()
    accepted = [
        (p, m)
        for p, m in candidates
        if (key := label_head(m.group("label")).lower()) in ROLE_LABELS
        or (key.split()[-1] in _OFFICIALS and label_head(m.group("label")).isupper())
        # "UNIDENTIFIED REPORTER", "UNIDENTIFIED WOMAN": a voice the transcript cannot name
        or (key.split()[0] in UNNAMED_VOICES and label_head(m.group("label")).isupper())
        or counts[key] >= 2
        or _mentioned(m.group("label").strip(), elsewhere)
        # "RACHEL OYELARAN (Cascadia Public Radio)": a name in capitals with its outlet in brackets
        or _named_with_outlet(m.group("label").strip())
        # "Harlow Gazette: Dylan, your thoughts on the penalty?": a reporter's outlet before a question
        or (_an_outlet(m.group("label").strip()) and "?" in _rest(text, paragraphs[p], m))
    ]
    # "MORENO:" after "GRACE MORENO, anchor:": the surname of a speaker labelled in full before
    surnames = {label_head(m.group("label")).lower().split()[-1] for _, m in accepted}
    accepted += [
        (p, m)
        for p, m in candidates
        if (p, m) not in accepted and label_head(m.group("label")).lower() in surnames
    ]
    accepted.sort(key=lambda pm: pm[0])
    # (a name in ordinary case, not timed as a podcast's turns are: "Tessa (00:09): …")
    mixed = [
        (p, m)
        for p, m in accepted
        if not _capitals_or_role(m.group("label").strip()) and not m.groupdict().get("time")
    ]
    # (a line in the first or second person, or asking a question: "Ms Rudd, what went wrong?")
    rests = [_rest(text, paragraphs[p], m) for p, m in mixed]
    spoken = sum(bool(_FIRST_SECOND_PERSON.search(rest)) or "?" in rest for rest in rests)
    if mixed and spoken * 2 < len(mixed):  # "Clinton: 547.", "Iowa: Tim Albrecht, …": a list, not speech
        accepted = [(p, m) for p, m in accepted if _capitals_or_role(m.group("label").strip())]
    labels = {m.group("label").strip().lower() for _, m in accepted}
    if len(accepted) < 2 or len(labels) < 2:
        return _unlabelled_turns(text, paragraphs)
    turns: list[Quote] = []
    for n, (p_index, match) in enumerate(accepted):
        label_start = match.start("label")
        label_end = label_start + len(match.group("label").rstrip())
        last = p_index
        following = accepted[n + 1][0] if n + 1 < len(accepted) else len(paragraphs)
        for q_index in range(p_index + 1, following):
            words = text[paragraphs[q_index].start : paragraphs[q_index].end].strip()
            if (
                not words
                or (words[0] in "[(" and words[-1] in "])")
                or not _FIRST_SECOND_PERSON.search(words)
                or (_REPORTED.search(words) and not _FIRST_SECOND_PERSON.search(_QUOTED.sub("", words)))
            ):
                break  # "She said: “We …”" is the writer's; "One of our drivers said …" the speaker's
            last = q_index
        para = paragraphs[last]
        content_end = para.start + len(text[para.start : para.end].rstrip())
        turns.append(
            Quote(
                label_start,
                content_end,
                match.end(),
                content_end,
                "",
                "",
                p_index,
                last,
                label_start,
                label_end,
            )
        )
    return turns


def _unlabelled_turns(text: str, paragraphs: Sequence[TextSpan]) -> list[Quote]:
    """Turns with no label at the start of their paragraphs: a print Q&A with its questions in bold,
    or a letters page (:func:`_bold_questions`, :func:`_signed_letters`)."""
    return _bold_questions(text, paragraphs) or _signed_letters(text, paragraphs)


#: the second person, in which an advice column's answer speaks to the letter's writer
_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ou're|[Yy]ou’re|[Yy]ou've|[Yy]ou’ve)\b")


def _answers(words: str, signer: str) -> bool:
    """Does a paragraph answer the letter signed by ``signer`` ("You are not, Gwen.", "Dear Gwen, …"),
    naming her in the second person?"""
    named = re.search(rf"(?:^|[,.!?]\s|\bDear\s){re.escape(signer)}\b|\b{re.escape(signer)}[,.!?]", words)
    return named is not None and _YOU.search(words) is not None


#: a letter's signature, alone in its paragraph: a name (with a title, perhaps) and a place
#: ("Derek Fairhurst, Hallowby", "Mrs Anne Pickersgill, Low Moor")
#: (or a role and a body, "Helen Achterberg, Project Director, Brackwind Energy", or "by email")
_SIGNATURE = re.compile(
    r"(?P<label>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr|Rev)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})"
    r"(?:,[ \t]+(?:[A-Z][\w'’-]*(?:[ \t-]+[\w'’-]+){0,3}|by e-?mail)){1,3}\.?"
)
#: a signature in a fuller layout, never ending in a full stop: a couple ("Pat and Dennis Morley"), a
#: title in brackets after the name ("Dorothy Quayle (Mrs)"), a party ("Cllr Ann Lee (Lab, Harbour
#: ward)"), a role in lower case ("owner, The Harbour Kitchen"), the address on a line of its own
_PART_WORD = r"[\w'’-]+(?:\.(?=[ \t]))?"  # a word of a signature's part ("Hon. Secretary": no final stop)
_SIGNATURE_FULL = re.compile(
    r"(?P<label>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr|Rev)\.? )?"
    r"(?:(?:[A-Z]\.[ \t]?)+[A-Z][\w'’-]+"  # "E. M. Crossley"
    r"|[A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)?(?: [A-Z][\w'’-]+){1,3}))"  # "Pat and Dennis Morley"
    r"(?: \((?:Mr|Mrs|Ms|Miss|Dr|\d{1,3}|[A-Z][\w ,'’-]{1,30})\))?"  # "(Mrs)", "(29)", "(Lab…)"
    r"(?:(?:,[ \t]+|[ \t]*\n[ \t]*|(?<=\))[ \t]+)(?!(?:who|which|that|whose|where|when)\b)"
    rf"(?:{_PART_WORD}(?:[ \t-]+{_PART_WORD}){{0,6}}|by e-?mail)){{1,4}}"
)
#: a letter whose writer is not named: "Name and address supplied", "Name withheld"
NAME_WITHHELD = re.compile(r"(?P<label>Name (?:and address )?(?:supplied|withheld)(?: by request)?)", re.I)
#: a signature closing the letter's last paragraph after a dash: "… the curlews. — Jim Coombes, Fenby"
_SIGNED_AFTER_DASH = re.compile(r"[ \t][—–][ \t]?(?P<signature>[^—–\n]+)$")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|My|me)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|My|me|we|We|our|Our|us)\b")


#: what a letters page's introduction says of what follows ("Here is a selection", "our postbag")
_LETTERS_INTRO = re.compile(r"\b(?:letters?|postbag|mailbag|a selection)\b", re.I)


def _sentence_ends(words: str) -> bool:
    """Does a paragraph end as a sentence does (not a letter's headline: "A crust of bread is no crime")?"""
    return words.rstrip().rstrip("”’\"'").endswith((".", "?", "!"))


def _signature(words: str) -> re.Match[str] | None:
    return _SIGNATURE.fullmatch(words) or _SIGNATURE_FULL.fullmatch(words) or NAME_WITHHELD.fullmatch(words)


def _words(text: str, para: TextSpan) -> str:
    return text[para.start : para.end]


def _signed_letters(text: str, paragraphs: Sequence[TextSpan]) -> list[Quote]:
    """A letters page: letters written in the first person, each signed in a paragraph of its own with
    a name and a place ("Derek Fairhurst, Hallowby"). A letter runs from the paragraph after the
    signature before it (the first, from its first paragraph in the first person: not the page's
    introduction) to the paragraph before its signature; the name is its label, after it. What
    follows the last signature (an editor's note) is the outlet's. Needs two signed letters.

    >>> text = "Our readers wrote.\\n\\nI agree.\\n\\nAnn Lee, Hull\\n\\nMy view differs.\\n\\nBen Ode, York"
    >>> from kit.records import TextSpan
    >>> spans = [(0, 18), (20, 28), (30, 43), (45, 61), (63, 76)]
    >>> letters = _signed_letters(text, [TextSpan(a, b) for a, b in spans])
    >>> [(text[t.label_start:t.label_end], t.content(text)) for t in letters]
    [('Ann Lee', 'I agree.'), ('Ben Ode', 'My view differs.')]
    """
    letters: list[Quote] = []
    after = 0  # the first paragraph a letter can start at
    for index, para in enumerate(paragraphs):
        words = _words(text, para).rstrip()
        signature, last_index = _signature(words.strip()), index - 1
        offset = len(words) - len(words.lstrip())  # where the signature starts in the paragraph
        if signature is None and (dash := _SIGNED_AFTER_DASH.search(words)) is not None:
            signature, last_index = _SIGNATURE.fullmatch(dash.group("signature").strip()), index
            offset = dash.start("signature")
        if signature is None or len(signature.group().split()) > 16:
            continue
        own_words = ((k, _QUOTED.sub("", _words(text, paragraphs[k]))) for k in range(after, last_index + 1))
        # (a letter is written in the first person, not only quoting someone's "I"; a couple's, once the
        # page has a letter, in the plural: "We have asked the council three times")
        person = _FIRST_PERSON_SINGULAR if not letters else _FIRST_PERSON
        first = next((k for k, words in own_words if person.search(words)), None)
        if after == 0 and _LETTERS_INTRO.search(_words(text, paragraphs[0])):
            # the page's introduction ("… has filled our postbag. Here is a selection."): the first letter
            # starts right after it, even with no "I" in its opening paragraph, though not at a headline
            opening = (k for k in range(1, last_index + 1) if _sentence_ends(_words(text, paragraphs[k])))
            first = next(opening, first)
        if first is not None and letters:
            first = after
            signer = text[letters[-1].label_start : letters[-1].label_end].split()[0]
            if _answers(_words(text, paragraphs[after]), signer):
                # an advice column: "You are not, Gwen. …" answers the letter before, in the columnist's
                # (the outlet's) voice; the next letter starts where the writer speaks of herself again
                # and no longer to the reader ("In June I paid a £600 deposit …")
                later = range(after + 1, last_index + 1)
                own = ((k, _QUOTED.sub("", _words(text, paragraphs[k]))) for k in later)
                mine = (k for k, w in own if _FIRST_PERSON_SINGULAR.search(w) and not _YOU.search(w))
                first = next(mine, after)
        after = index + 1
        if first is None:
            continue
        last = paragraphs[last_index]
        last_words = _words(text, last) if last_index < index else words[: dash.start()]
        content_end = last.start + len(last_words.rstrip())
        label_start = para.start + offset + signature.start("label")
        start = paragraphs[first].start
        letters.append(
            Quote(start, content_end, start, content_end, "", "", first, last_index, label_start,
                  label_start + len(signature.group("label")))
        )  # fmt: skip
    return letters if len(letters) >= 2 else []


#: the bold marks of a question printed in bold, the label of its turn (:data:`kit.sources.turns`)
BOLD = "**"
#: the marks a print Q&A sets its questions in, as Markdown writes them: bold first, then italics
#: ("*Where did the book start?*"); each is the label of the question's turn
EMPHASIS = (BOLD, "__", "*", "_")


def _emphasis(words: str) -> str | None:
    """The marks around a paragraph that is one question in bold or italics, or ``None``."""
    for marks in EMPHASIS:
        inner = words[len(marks) : -len(marks)]
        if (
            len(words) > 2 * len(marks)
            and words.startswith(marks)
            and words.endswith(marks)
            and "?" in inner
            and marks[0] not in inner
            and not inner[:1].isspace()  # (not "* What next? *" nor a list's "* item")
        ):
            return marks
    return None


def _bold_questions(text: str, paragraphs: Sequence[TextSpan]) -> list[Quote]:
    """A print Q&A whose questions are whole paragraphs in bold ("**Why now?**") or in italics
    ("*Why now?*") and whose answers are the plain paragraphs after each, with no labels: the marks
    are the question's label; an answer (up to the next question) is a turn with an empty label.
    Needs two such questions, in the same marks.

    >>> text = "Ann Lee talks to Ben Ode.\\n\\n**Why?**\\n\\nBecause.\\n\\n**Sure?**\\n\\nYes.\\n\\nI am."
    >>> from kit.records import TextSpan
    >>> spans = [(0, 25), (27, 35), (37, 45), (47, 56), (58, 62), (64, 69)]
    >>> turns = _bold_questions(text, [TextSpan(a, b) for a, b in spans])
    >>> [(text[t.label_start:t.label_end], t.content(text)) for t in turns]
    [('**', 'Why?'), ('', 'Because.'), ('**', 'Sure?'), ('', 'Yes.\\n\\nI am.')]
    """
    marked = [(i, _emphasis(text[para.start : para.end].strip())) for i, para in enumerate(paragraphs)]
    kinds = Counter(marks for _, marks in marked if marks is not None)
    if not kinds or kinds.most_common(1)[0][1] < 2:
        return []
    used = kinds.most_common(1)[0][0]  # (one style for all the questions: not an aside in italics)
    bold = [index for index, marks in marked if marks == used]
    turns: list[Quote] = []
    for n, index in enumerate(bold):
        start, end = _stripped(text, paragraphs[index])
        n_marks = len(used)
        inner = (start + n_marks, end - n_marks)
        turns.append(Quote(start, end, *inner, "", "", index, index, start, start + n_marks))
        following = bold[n + 1] if n + 1 < len(bold) else len(paragraphs)
        answer = [
            q for q in range(index + 1, following) if text[paragraphs[q].start : paragraphs[q].end].strip()
        ]
        # in a profile that mixes Q&A with narrative, the answer ends where the writer's own voice comes
        # back: a paragraph with a quotation tagged "she says" or with no "I" or "we" outside quotation marks
        narrative = next((k for k, q in enumerate(answer) if k and _narrative(text, paragraphs[q])), None)
        answer = answer[:narrative]
        if answer:
            a_start = _stripped(text, paragraphs[answer[0]])[0]
            a_end = _stripped(text, paragraphs[answer[-1]])[1]
            first, last = answer[0], answer[-1]
            turns.append(Quote(a_start, a_end, a_start, a_end, "", "", first, last, a_start, a_start))
    return turns


#: a quotation's tag in the writer's voice: "…,” she says", "…,” says Tom Ferrier"
_TAGGED = re.compile(r"[,.!?…][”\"](?: \S+){0,3} (?:says|said|adds|added|recalls|explains|insists)\b")


def _narrative(text: str, para: TextSpan) -> bool:
    """Is the paragraph the writer's narrative, not the interviewee's answer going on? (``_QUOTED`` and
    ``_FIRST_PERSON`` as for a letters page and a transcript's continuations.)"""
    words = text[para.start : para.end]
    if _TAGGED.search(words):
        return True
    return not _FIRST_PERSON.search(_QUOTED.sub(" ", words))


def _stripped(text: str, para: TextSpan) -> tuple[int, int]:
    """The paragraph's span without the white space at its ends."""
    words = text[para.start : para.end]
    return para.start + len(words) - len(words.lstrip()), para.start + len(words.rstrip())

