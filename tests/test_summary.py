"""The readable report (kit.summary): what `python -m kit analyze` and `print(result)` show."""

from __future__ import annotations

import re

from kit.summary import format_summary, hedges_lines, sources_lines, tone_lines


def test_who_said_what_section(seed_analysis):
    lines = sources_lines(seed_analysis)
    assert lines[0].startswith("Who said what")
    assert any(
        line.startswith('  3. Vladimir Putin (named_person) · direct · "told": “We are expecting you')
        for line in lines
    )
    assert any("did not mention" in line for line in lines)
    assert any("special military operation" in line and "Russia's term" in line for line in lines)
    assert any("Russia has overtaken Saudi Arabia" in line for line in lines), lines


def test_hedges_section_lists_categories_voices_context_and_paragraphs(analyze_text):
    analysis = analyze_text(
        "Title\n\nPrices could rise. Talks have so far stalled.\n\n“It may fail,” she said."
    )
    text = "\n".join(hedges_lines(analysis))
    assert text.startswith("Hedges: 3 (")
    assert "per 100 words" in text
    assert "possibility (2: outlet 1, sources 1)" in text
    assert "“so far” [outlet]" in text and "«so far»" in text
    assert ", quoted]" in text
    assert "Per paragraph: ¶1 2 · ¶2 1" in text


def test_hedges_section_credits_reported_speech_to_its_source(analyze_text):
    analysis = analyze_text(
        "Talks\n\nPrices could rise. A senior official, who spoke on condition of anonymity, "
        "said the talks appeared to have stalled."
    )
    text = "\n".join(hedges_lines(analysis))
    assert "1 by the outlet, 1 by the sources it quotes or reports" in text
    assert "“could” [outlet]" in text
    assert re.search(r"“appeared” \[[^]]*official[^]]*, reported\]", text), text


def test_hedges_section_says_when_there_are_none(analyze_text):
    assert hedges_lines(analyze_text("The council met on Monday.")) == [
        "Hedges: none found (no word that softens or distances the claims)."
    ]


def test_framing_section_lists_loaded_words_and_profiles(seed_analysis):
    text = "\n".join(tone_lines(seed_analysis))
    assert "“flailing”" in text and "struggling" in text
    assert re.search(r"Xi Jinping\s+2\s+3\s+.*a quarter the length.*0\.25", text)
    assert "Vladimir Putin" in text and "dear Mr Chairman" in text and "“effusive”" in text
    assert "quoted 0.04 × as many words" in text


def test_the_whole_report_puts_the_three_questions_in_order(seed_analysis):
    report = format_summary(seed_analysis)
    assert report == str(seed_analysis)
    who, hedges, loaded = (report.index(s) for s in ("Who said what", "Hedges:", "Loaded words"))
    assert who < hedges < loaded
    assert report.splitlines()[2].startswith("Outlet: EurActiv · Date: 2022-12-30")
