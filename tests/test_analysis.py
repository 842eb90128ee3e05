"""The analysis contract: what `kit.analyze` and `python -m kit analyze --json` promise."""

from __future__ import annotations

import json
import subprocess
import sys

import kit
from kit.analysis import Analysis

REQUIRED_KEYS = {
    "text",
    "title",
    "outlet",
    "date",
    "paragraphs",
    "sentences",
    "boilerplate",
    "attributions",
    "quoted_terms",
    "unattributed",
    "hedges",
    "loaded_words",
    "speakers",
}


def test_cli_json_has_the_contract(seed_path):
    result = subprocess.run(
        [sys.executable, "-m", "kit", "analyze", str(seed_path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # exactly one JSON object
    assert REQUIRED_KEYS <= set(data)
    assert data["outlet"] == "EurActiv" and data["date"] == "2022-12-30"
    assert "Leave a Reply" in data["boilerplate"] and "Leave a Reply" not in data["text"]
    assert "share of Chinese yuan in its National Wealth Fund" in data["text"]
    for span in data["paragraphs"] + data["sentences"]:
        assert set(span) >= {"start", "end"} and 0 <= span["start"] < span["end"] <= len(data["text"])


def test_cli_readable_summary(seed_path):
    result = subprocess.run(
        [sys.executable, "-m", "kit", "analyze", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Putin Expects China’s Xi To Visit In Spring")
    assert "Outlet: EurActiv" in result.stdout
    assert "Removed as web boilerplate (3)" in result.stdout


def test_sentences_never_cross_paragraphs(seed_analysis):
    for sentence in seed_analysis.sentences:
        paragraph = seed_analysis.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


def test_first_sentence_is_whole(seed_analysis):
    # The small model alone breaks after "(30 December)"; the kit keeps the sentence whole.
    assert seed_analysis.sentence_text(0).endswith("amid Russia’s flailing invasion of Ukraine.")


def test_json_round_trip(seed_analysis, tmp_path):
    path = seed_analysis.save(tmp_path / "seed.json")
    again = Analysis.load(path)
    assert again == seed_analysis
    assert again.to_dict() == seed_analysis.to_dict()


def test_hedge_summary_is_part_of_the_json(seed_analysis):
    summary = seed_analysis.to_dict()["hedge_summary"]
    assert set(summary) >= {"total", "by_category", "by_paragraph", "in_quotes", "outlet", "per_100_words"}
    assert len(summary["by_paragraph"]) == len(seed_analysis.paragraphs)


def test_analyze_accepts_text_path_or_article(seed_path):
    from kit.article import load_article

    by_path = kit.analyze(seed_path)
    by_str = kit.analyze(str(seed_path))
    by_article = kit.analyze(load_article(seed_path))
    by_text = kit.analyze(seed_path.read_text(encoding="utf-8"))
    assert by_path.text == by_str.text == by_article.text == by_text.text
    assert by_text.source is None and by_path.source == seed_path.name


def test_analyze_many_matches_analyze(seed_path):
    from kit.analysis import analyze_many

    texts = ["One\n\nThe mayor said the bridge would reopen.", "Two\n\nRain fell. Roads flooded."]
    batched = list(analyze_many(texts))
    assert [a.to_dict() for a in batched] == [kit.analyze(t).to_dict() for t in texts]
