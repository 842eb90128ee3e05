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


# --- the coverage set: three outlets and the original (seeds/coverage/) -------------------------

TRACE_KEYS = sorted((Path(__file__).resolve().parent.parent / "seeds" / "keys" / "coverage").glob("*.json"))


def test_there_is_a_coverage_set_with_three_outlets_and_an_original():
    from kit.keys import load_trace_key

    assert TRACE_KEYS
    key = load_trace_key(TRACE_KEYS[0])
    assert len(key.outlets) == 3 and key.original.text
    assert len(set(key.outlet_names.values())) == 3, "three different outlets"
    for name, path in key.outlet_keys.items():
        assert load_key(path).article.text == key.outlets[name].text, f"{name}: the key is of another article"


@pytest.mark.parametrize("path", TRACE_KEYS, ids=lambda p: p.stem)
def test_trace_key_resolves_and_names_a_trim_a_changed_word_and_a_dropped_hedge(path):
    from kit.keys import load_trace_key

    key = load_trace_key(path)  # raises AnswerKeyError if any words are not where the key says
    kinds = {f.type for q in key.quotations for f in q.findings}
    assert {"trimmed", "changed", "dropped_hedge"} <= kinds
    for quotation in key.quotations:
        original = key.original.text[quotation.original_start : quotation.original_end]
        for finding in quotation.findings:
            if finding.type != "trimmed":
                assert finding.original in original


def test_a_trace_key_whose_words_are_not_in_the_original_is_refused(tmp_path):
    import json
    import shutil

    from kit.errors import AnswerKeyError
    from kit.keys import load_trace_key

    seeds = tmp_path / "seeds"
    shutil.copytree(TRACE_KEYS[0].parent.parent.parent / "coverage", seeds / "coverage")
    (seeds / "keys" / "coverage").mkdir(parents=True)
    raw = json.loads(TRACE_KEYS[0].read_text(encoding="utf-8"))
    raw["quotations"][0]["original"] = "words nobody said"
    bad = seeds / "keys" / "coverage" / "bad.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(AnswerKeyError, match="words nobody said"):
        load_trace_key(bad)
