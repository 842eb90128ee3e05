"""Numbers as people write them (kit.numbers): one reader for articles, students' answers and rubrics."""

from __future__ import annotations

import pytest

from kit.lengths import parse_length
from kit.numbers import LIMIT, find_number, number_value, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8", 8.0),
        ("-3", -3.0),
        ("1,200", 1200.0),  # English thousands
        ("1.200", 1.2),  # English decimal point
        ("7,5", 7.5),  # a decimal comma: not a group of three
        ("0,125", 0.125),
        ("12,50", 12.5),
        ("1.200,5", 1200.5),  # European grouping with a decimal comma
        ("1,200.5", 1200.5),
        ("1.200.000", 1_200_000.0),
        ("1'200", 1200.0),
        ("½", 0.5),
        ("8½", 8.5),
        ("3/4", 0.75),
        ("2 and a half", 2.5),
        ("1e3", 1000.0),
        ("eight", 8.0),
        ("Twenty-five", 25.0),
        ("twenty five", 25.0),
        ("a dozen", 12.0),
        ("half a dozen", 6.0),
        ("two hundred and fifty", 250.0),
        ("one thousand two hundred", 1200.0),
        ("half", 0.5),
        ("a quarter", 0.25),
        ("two thirds", 2 / 3),
        ("three-quarters", 0.75),
        ("one and a half", 1.5),
        ("25%", 25.0),
        ("twenty per cent", 20.0),
    ],
)
def test_one_number_written_as_people_write_it(text, value):
    assert number_value(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "a", "and", "inf", "-inf", "nan", "NaN", "Infinity", "4 or 5", "eight apples", "twenty twenty"],
)
def test_what_is_not_one_number_is_none(text):
    assert number_value(text) is None


@pytest.mark.parametrize("text", ["1e999", "9" * 309, "9" * 5000, "100000000000000000", "-1e400"])
def test_numbers_too_large_or_not_finite_are_refused(text):
    assert number_value(text) is None
    with pytest.raises(ValueError, match="too large a number"):
        read_number(text)
    with pytest.raises(ValueError, match="too large a number"):
        find_number(f"my answer is {text} minutes")


def test_the_limit_itself_is_read():
    assert number_value("1e15") == LIMIT


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("about 7.5 minutes", 7.5, "7.5"),
        ("I think eight", 8.0, "eight"),
        ("one of them spoke for 8 minutes", 8.0, "8"),  # digits first: "one" here is no answer
        ("roughly 80%", 80.0, "80%"),
        ("half an hour", 0.5, "half"),
        ("an eight-minute speech", 8.0, "eight"),
        ("30.12.2022", 30.0, "30"),  # a date: its first number
        ("8min", 8.0, "8"),
    ],
)
def test_the_first_number_in_an_answer(text, value, written):
    reading = find_number(text)
    assert reading is not None and reading.value == pytest.approx(value) and reading.text == written
    assert text[reading.start : reading.end] == written


def test_readings_say_how_the_number_was_written():
    assert read_number("25%").percent and not read_number("25").percent
    assert (
        read_number("two thirds").fraction and read_number("3/4").fraction and not read_number("2.5").fraction
    )
    assert read_number("4/6").denominator == 6


@pytest.mark.parametrize("text", ["one " * 200_000, "and " * 200_000, "9" * 2_000_000, "x" * 2_000_000])
def test_hostile_answers_are_read_at_once(text):
    """A 2 MB answer of number words or digits is read (or refused) without a long search."""
    try:
        find_number(text)
    except ValueError:
        pass


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("twenty-five minutes", 1500.0),
        ("half an hour", 1800.0),
        ("an hour", 3600.0),
        ("a dozen seconds", 12.0),
        ("1,5 minutes", 90.0),  # the decimal comma, read as everywhere else
        ("a 1,200-word statement", None),  # words, not time: a length in words
    ],
)
def test_lengths_read_their_numbers_with_the_same_reader(text, seconds):
    length = parse_length(text)
    assert length is not None
    if seconds is None:
        assert length.unit == "word" and length.value == 1200
    else:
        assert length.unit == "second" and length.value == pytest.approx(seconds)
