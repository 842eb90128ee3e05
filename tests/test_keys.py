"""Hand-made answer keys resolve against their articles, and scoring counts what a teacher expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.keys import Score, load_key, match_spans, total
from kit.records import ATTRIBUTION_KINDS, HEDGE_CATEGORIES, SOURCE_TYPES

KEYS = sorted((Path(__file__).resolve().parent.parent / "seeds" / "keys").glob("*.json"))


def test_there_is_a_key_for_the_seed_and_at_least_six_practice_articles():
    names = [k.stem for k in KEYS]
    assert "000_3f95dd3d0e0f8142" in names
    assert len(names) >= 7


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.stem)
def test_key_resolves_and_uses_the_guideline_labels(path):
    key = load_key(path)  # raises AnswerKeyError if any span is missing or ambiguous
    text = key.article.text
    assert key.attributions and key.hedges
    for item in key.attributions:
        assert item.source_type in SOURCE_TYPES and item.kind in ATTRIBUTION_KINDS
        assert 0 <= item.start < item.end <= len(text)
    for hedge in key.hedges:
        assert hedge.category in HEDGE_CATEGORIES
        assert text[hedge.start : hedge.end] == hedge.text


def test_seed_key_facts_from_the_guidelines():
    key = load_key(next(k for k in KEYS if k.stem.startswith("000_")))
    text = key.article.text
    by_content = {text[a.start : a.end]: a for a in key.attributions}
    translation = [a for a in key.attributions if a.kind == "according_to"]
    assert any(a.source_type == "document" for a in translation)
    assert any("overtaken Saudi Arabia" in text[u.start : u.end] for u in key.unattributed)
    assert all("overtaken" not in content for content in by_content)


def spans(*pairs):
    return [tuple(p) for p in pairs]


@pytest.mark.parametrize(
    ("found", "gold", "precision", "recall"),
    [
        (spans((0, 5), (10, 15)), spans((3, 8), (10, 12)), 1.0, 1.0),
        (spans((0, 5)), spans((0, 5), (10, 15)), 1.0, 0.5),
        (spans((0, 5), (20, 25)), spans((0, 5)), 0.5, 1.0),
        (spans((0, 20)), spans((0, 5), (10, 15)), 1.0, 0.5),  # one long span cannot match twice
        ([], [], 1.0, 1.0),
        ([], spans((0, 1)), 0.0, 0.0),
    ],
)
def test_overlap_matching(found, gold, precision, recall):
    score = match_spans(found, gold, span_of_found=lambda s: s, span_of_gold=lambda s: s)
    assert (score.precision, score.recall) == (precision, recall)


def test_scores_add_up():
    combined = total([Score(2, 2, 1, 1), Score(2, 2, 2, 2)])
    assert (combined.precision, combined.recall) == (0.75, 0.75)
    assert round(combined.f1, 3) == 0.75
