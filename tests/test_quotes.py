"""Quote-mark pairing: straight, curly, mixed, unbalanced and multi-paragraph quotations."""

from __future__ import annotations

import random

import pytest

from kit.quotes import find_quotes, find_turns
from kit.records import TextSpan


def _paragraphs(text: str) -> list[TextSpan]:
    spans, position = [], 0
    for part in text.split("\n\n"):
        spans.append(TextSpan(position, position + len(part)))
        position += len(part) + 2
    return spans


def contents(text: str) -> list[str]:
    return [q.content(text) for q in find_quotes(text, _paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are ready,” she said.", ["We are ready,"]),
        ('"We are ready," she said.', ["We are ready,"]),
        ('“Mixed marks," he said.', ["Mixed marks,"]),
        ("“One,” he said, “two.”", ["One,", "two."]),
        ('a “no limits” pact and a "special" operation', ["no limits", "special"]),
        ("the ‘no limits’ pact", ["no limits"]),
        ("Xi’s view, the countries’ leaders, the ’90s, don't", []),
        ("“He called it ‘a farce’,” she said.", ["He called it ‘a farce’,"]),
        ("a stray ” mark and “a real one”", ["a real one"]),
        ("", []),
    ],
)
def test_pairs(text, expected):
    assert contents(text) == expected


def test_multi_paragraph_quotation_is_one_quote():
    text = "“First part.\n\n“Second part.\n\n“Last part,” she said.\n\nNext paragraph."
    (quote,) = find_quotes(text, _paragraphs(text))
    assert quote.multi_paragraph and quote.closed
    assert (quote.first_paragraph, quote.last_paragraph) == (0, 2)
    assert quote.content(text).endswith("Last part,")


def test_unclosed_quotation_stops_at_its_paragraph():
    text = "He said “we will win.\n\nThe vote is on Monday."
    (quote,) = find_quotes(text, _paragraphs(text))
    assert not quote.closed
    assert quote.content(text) == "we will win."


def test_a_new_opening_mark_restarts_an_unclosed_quotation():
    text = "“First never closes. Then “a second” one."
    quotes = find_quotes(text, _paragraphs(text))
    assert [q.content(text) for q in quotes] == ["First never closes. Then", "a second"]
    assert [q.closed for q in quotes] == [False, True]


def test_random_punctuation_never_breaks_pairing():
    rng = random.Random(7)
    alphabet = "ab “”‘’\"'.,\n"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for quote in find_quotes(text, _paragraphs(text)):
            assert 0 <= quote.start < quote.content_start <= quote.content_end <= quote.end <= len(text)


# --- transcript turns (GUIDELINES §2): labelled lines are quotations without marks ----------


@pytest.mark.parametrize(
    "text",
    [
        "Update: the road is open again.\n\nUpdate: police have left.\n\nCorrection: it began at 6 a.m.",
        "Clinton: 1,769.\n\nSanders: 1,501.\n\nClinton won New York by 16 points.",
        "About Solvane: Founded in 2017, Solvane builds cargo bikes.\n\nContact: press@solvane.example",
        "Anna Berg said: “We will fight on.”\n\nShe added: “To the end.”",
    ],
)
def test_labels_that_are_not_speakers_make_no_transcript(text):
    assert find_turns(text, _paragraphs(text)) == []


def test_timestamps_before_labels_and_stage_directions_after_them():
    text = (
        "Host Nina Abaro talked to Ros Talvik.\n\n[00:48] NINA ABARO: Ros, welcome.\n\n"
        "ROS TALVIK: (laughs) It did take a while.\n\n[01:30] NINA ABARO: What changed?"
    )
    turns = find_turns(text, _paragraphs(text))
    assert [(text[t.label_start : t.label_end], t.content(text)) for t in turns] == [
        ("NINA ABARO", "Ros, welcome."),
        ("ROS TALVIK", "It did take a while."),
        ("NINA ABARO", "What changed?"),
    ]


def test_quote_marks_inside_a_turn_are_part_of_it():
    text = (
        "Host Petra Lund talks to Ines Varga.\n\n"
        'LUND: Their union called the board "asleep at the wheel".\n\nVARGA: I heard it.'
    )
    quotes = find_quotes(text, _paragraphs(text))
    assert [(q.turn, q.content(text)) for q in quotes] == [
        (True, 'Their union called the board "asleep at the wheel".'),
        (True, "I heard it."),
    ]


def test_two_apostrophes_are_a_double_quote_mark_as_in_newspaper_archives():
    text = "''We will win,'' Ruth Ebbe said. ''Believe me.'' It's the ’90s' fault."
    assert [(q.content(text), q.open_mark) for q in find_quotes(text)] == [
        ("We will win,", "''"),
        ("Believe me.", "''"),
    ]


def test_three_apostrophes_close_a_quotation_inside_an_archive_quotation():
    # the single mark of the inner quotation and the double one that ends the outer quotation
    text = "''We are told, 'Kosovo is a special case,''' Ruth Ebbe said. '''Tis all lies,'' she added."
    assert [q.content(text) for q in find_quotes(text)] == [
        "We are told, 'Kosovo is a special case,'",
        "'Tis all lies,",
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“It is real,“ said Jim Clyburn. “Believe me.”", ["It is real,", "Believe me."]),  # “ typed for ”
        ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),  # German marks
    ],
)
def test_an_opening_curly_mark_after_a_word_closes(text, quoted):
    assert [q.content(text) for q in find_quotes(text)] == quoted
