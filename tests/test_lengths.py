"""Reported lengths (kit.lengths): what "around eight minutes" or "half as long" means, everywhere."""

from __future__ import annotations

import pytest

from kit.lengths import find_lengths, is_duration, length_ratios, minutes, parse_length


@pytest.mark.parametrize(
    ("text", "value", "unit", "ref"),
    [
        ("at around a quarter the length of Putin’s", 0.25, None, "Putin"),
        ("half as long as Smith's", 0.5, None, "Smith"),
        ("twice as long", 2.0, None, None),
        ("three times as long as the minister's", 3.0, None, None),
        ("a third of the length of Ann Lee’s speech", 1 / 3, None, "Ann Lee"),
        ("a quarter of that", 0.25, None, None),
        ("which lasted around eight minutes", 480.0, "second", None),
        ("spoke for twenty minutes", 1200.0, "second", None),
        ("a two-minute reply", 120.0, "second", None),
        ("an hour-long speech", 3600.0, "second", None),
        ("a 1,200-word statement", 1200.0, "word", None),
    ],
)
def test_parse_length(text, value, unit, ref):
    length = parse_length(text)
    assert length is not None
    assert length.value == pytest.approx(value)
    assert length.unit == unit and length.relative_to == ref


@pytest.mark.parametrize("text", ["talked about Taiwan", "half of the votes", "", "a long time ago"])
def test_parse_length_finds_nothing_where_there_is_no_length(text):
    assert parse_length(text) is None


@pytest.mark.parametrize(
    ("lengths", "expected"),
    [
        (
            {"Putin": "around eight minutes", "Xi": "a quarter the length of Putin’s"},
            {"Putin": 1.0, "Xi": 0.25},
        ),
        ({"Putin": None, "Xi": "a quarter the length of Putin’s"}, {"Putin": 1.0, "Xi": 0.25}),
        ({"Smith": "spoke for twenty minutes", "Jones": "a two-minute reply"}, {"Smith": 1.0, "Jones": 0.1}),
        ({"Smith": "ten minutes", "Jones": "half as long as Smith's"}, {"Smith": 1.0, "Jones": 0.5}),
        ({"Smith": None, "Jones": "twice as long as Smith’s"}, {"Smith": 1.0, "Jones": 2.0}),
        ({"Smith": "ten minutes", "Jones": None}, {}),  # nothing to compare
        ({}, {}),
    ],
)
def test_length_ratios(lengths, expected):
    parsed = {name: parse_length(text) if text else None for name, text in lengths.items()}
    assert length_ratios(parsed) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two lengths the key compiler used to read wrong (60 and 5 minutes)
        ("half an hour", 30.0),
        ("twenty-five minutes", 25.0),
        ("around eight minutes", 8.0),
        ("a brief two-minute reply", 2.0),
        ("90 seconds", 1.5),
        ("an hour-long speech", 60.0),
        ("nearly forty-five minutes", 45.0),
    ],
)
def test_minutes_of_a_length_of_time(text, expected):
    assert minutes(parse_length(text)) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["a 1,200-word statement", "a quarter the length of Putin’s", "three pages"])
def test_a_count_of_words_or_a_share_is_not_minutes(text):
    assert parse_length(text) is not None
    assert minutes(parse_length(text)) is None


def test_a_percentage_of_another_speakers_length():
    length = parse_length("25% of the length of Lopez's")
    assert length.value == pytest.approx(0.25) and length.relative_to == "Lopez"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("nearly twenty minutes", True), ("a two-minute reply", True), ("an hour-long address", True),
     ("about 4,000 words", False), ("two pages", False)],
)  # fmt: skip
def test_is_duration(text, expected):
    assert is_duration(text) is expected


def test_find_lengths_gives_where_each_length_stands():
    text = "Putin spoke for around eight minutes. Xi's reply was a quarter the length of Putin's."
    found = find_lengths(text)
    assert [text[m.start : m.end] for m in found] == [
        "around eight minutes", "a quarter the length of Putin's"
    ]  # fmt: skip
    relative = found[1]
    assert text[relative.anchor :].startswith("a quarter") and relative.length.relative_to == "Putin"


def test_a_second_post_is_no_length_of_time():
    """ "In a second post, she said …" (the ordinal before a noun) states no length; "paused for a second
    before answering" still does."""
    from kit.lengths import find_lengths

    assert find_lengths("In a second post, she said the government would help.") == []
    assert [m.length.text for m in find_lengths("She paused for a second before answering.")] == ["a second"]
