"""The practice-set benchmark's speaker rule (``benchmarks/attribution_accuracy.py``) on names made up here.

The rule decides whether the engine named the key's speaker. A document's owner is the body whose
document it is; where a study was published and the day it came out are no owners, so "a study
published on Wednesday" and "the study published in the Journal of Applied Landscape Ecology" are the
same study, and "the council's report" and "the union's report" are not the same report.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.fixture(scope="module")
def bench(benchmark_module):
    with benchmark_module("attribution_accuracy.py", "accuracy_benchmark") as module:
        yield module


def _doc(name: str) -> SimpleNamespace:
    return SimpleNamespace(speaker=name, source_type="document")


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("a study published on Wednesday", "the study published in the Journal of Applied Ecology", True),
        ("a study published on Thursday", "the study published in the journal Urban Health Review", True),
        ("the Regional Audit Commission report", "the Regional Audit Commission report", True),
        ("the Harcourt Council report", "the Fenwick Union report", False),
        ("the study published in the Journal of Applied Ecology", "the council's report", False),
        # a year between the owner and the head: "the University of Harrowfield’s 2023 study" is a study
        ("study from the University of Harrowfield", "the University of Harrowfield’s 2023 study", True),
        ("the University of Harrowfield", "the University of Harrowfield’s 2023 study", False),
        # an owner whose name holds "and" (the scorer read "Lorne …" as a title after a lower-case word)
        ("NHS Carrick and Lorne figures published in March", "the NHS Carrick and Lorne figures", True),
        ("review from the health board", "the 2023 NHS Carrick and Lorne review", True),
        ("the NHS Carrick and Lorne figures", "the Fenwick Union figures", False),
        # a date after a participle (dev 897: "dated" was read as the head, "Nov" as an owner)
        ("the memo", "a Finance Ministry memo dated Nov. 14", True),
        ("the Finance Ministry memo", "a Finance Ministry memo dated 14 November", True),
        ("a memo dated Nov. 14", "the Finance Ministry report", False),
    ],
)
def test_a_venue_or_a_day_is_no_owner_of_a_document(bench, found, gold, same):
    assert bench.speakers_agree(_doc(found), _doc(gold)) is same


def _person(name: str) -> SimpleNamespace:
    return SimpleNamespace(speaker=name, source_type="spokesperson")


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("a spokesperson for Bradstock Borough Council", "a Bradstock Borough Council spokesperson", True),
        ("a spokeswoman for the Ministry of Housing", "a Ministry of Housing spokeswoman", True),
        ("a spokesperson for Bradstock Borough Council", "a council spokesperson", False),
        ("a spokesman for Ashworth Rovers", "a Brackenfield Town spokesman", False),
        # a body by its noun, either way round ("a council spokeswoman", "a spokeswoman for the council")
        ("a spokeswoman for the education ministry", "an education ministry spokeswoman", True),
        ("a spokeswoman for the council", "a council spokeswoman", True),
        ("a spokeswoman for the council", "a health board spokeswoman", False),
    ],
)
def test_a_spokesperson_for_a_body_is_the_bodys_spokesperson_either_way_round(bench, found, gold, same):
    """Keys name an unnamed spokesperson both ways ("a Bradstock Borough Council spokesperson", "a
    spokesperson for Bradstock Borough Council"); they are one source. A spokesperson with no body
    named in capitals is not the one for a named body."""
    assert bench.speakers_agree(_person(found), _person(gold)) is same


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("the family of Daniel Orrell", "Daniel Orrell's family", True),
        ("the family of Halina Dreszer", "Halina Dreszer’s family", True),
        ("the family of Daniel Orrell", "Halina Dreszer's family", False),
        ("the family of Daniel Orrell", "the Orrell family", False),
    ],
)
def test_a_persons_family_is_one_source_either_way_round(bench, found, gold, same):
    """Dev articles 857 and 859: the keys write a family both ways ("Daniel Orrell's family", "the
    family of Daniel Orrell"), one source; the kit writes the second, so the first was a miss and an
    extra. The family of someone else is not it."""
    family = SimpleNamespace(speaker=found, source_type="organization")
    assert bench.speakers_agree(family, SimpleNamespace(speaker=gold, source_type="organization")) is same


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("the Union of Nursing Staff survey", "the Union of Nursing Staff's survey of its members", True),
        ("the Bank of England report", "the Bank of England's report on inflation", True),
        ("the Union of Nursing Staff survey", "the Union of Nursing Staff", False),
        ("the Bank of England report", "the Bank of England's survey of firms", False),
    ],
)
def test_of_inside_a_bodys_name_is_no_post_modifier(bench, found, gold, same):
    """Dev article 876: the key's "the Union of Nursing Staff's survey of its members at the hospital"
    was read with "Union" as its head noun (the name's "of" taken for the one that follows a document's
    head, "a report of …"), so the kit's survey of that union was a miss and an extra. An "of" between
    two capitalised words joins one name."""
    document = SimpleNamespace(speaker=found, source_type="document")
    kind = "organization" if gold == "the Union of Nursing Staff" else "document"
    assert bench.speakers_agree(document, SimpleNamespace(speaker=gold, source_type=kind)) is same
