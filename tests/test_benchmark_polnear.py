"""The PolNeAR benchmark's scorer (``benchmarks/attribution_polnear.py``) on a corpus made up here.

The figures the engine developers work from are only as good as the offsets behind them: the kit
cleans an article (headline, dateline, line joins) before it finds anything, and every span it
reports must land on the same words of the raw file the annotators marked. No PolNeAR text is used
(the corpus is copyrighted); the article below was written for this test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kit.article import load_article

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

RAW = (
    "Council approves the harbour budget\n"
    "\n"
    "RIVERTON (Wire) — The city council approved the harbour budget on Monday.\n"
    "\n"
    "Mayor Ana Costa said the plan would cut waiting times at the ferry. “We listened to every\n"
    "neighbourhood,” she said.\n"
    "\n"
    "The harbour master, Tom Reyes, told reporters that the work starts in May.\n"
)


def _span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _ann() -> str:
    """Three attributions in brat standoff form; the quotation is two fragments across a line end."""
    quote = _span(RAW, "We listened to every")
    rest = _span(RAW, "neighbourhood")
    entries = [
        ("Mayor Ana Costa", "said", "the plan would cut waiting times at the ferry"),
        ("she", "said", None),
        ("The harbour master, Tom Reyes", "told reporters", "that the work starts in May"),
    ]
    lines, t = [], 0
    for e, (source, cue, content) in enumerate(entries, start=1):
        nth = 1 if source == "she" else 0
        spans = {"Source": _span(RAW, source), "Cue": _span(RAW, cue, nth)}
        ids = {}
        for role, (a, b) in spans.items():
            t += 1
            ids[role] = f"T{t}"
            lines.append(f"T{t}\t{role} {a} {b}\t{RAW[a:b]}")
        t += 1
        ids["Content"] = f"T{t}"
        if content is None:
            lines.append(
                f"T{t}\tContent {quote[0]} {quote[1]};{rest[0]} {rest[1]}\t{RAW[quote[0] : quote[1]]}"
            )
            lines.append(RAW[rest[0] : rest[1]])  # brat's text field runs over the line end
        else:
            a, b = _span(RAW, content)
            lines.append(f"T{t}\tContent {a} {b}\t{content}")
        lines.append(
            f"E{e}\tAttribution:{ids['Cue']} Source:{ids['Source']} Cue:{ids['Cue']} Content:{ids['Content']}"
        )
    t += 1
    lines.append(f"T{t}\tDiscuss 0 7\tCouncil")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def bench(benchmark_module):
    with benchmark_module("attribution_polnear.py", "polnear_benchmark") as module:
        yield module


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    split = tmp_path / "data" / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "wire_2016-01-01_harbour.txt").write_text(RAW, encoding="utf-8")
    (split / "attributions" / "wire_2016-01-01_harbour_ab12.ann").write_text(_ann(), encoding="utf-8")
    return tmp_path


def test_cleaned_offsets_map_back_to_the_same_words_of_the_raw_file(bench):
    article = load_article(RAW, check_language=False)
    assert article.dateline and not article.text.startswith("RIVERTON")  # the offsets did shift
    mapping = bench.align(RAW, article.text)
    for i, char in enumerate(article.text):
        if not char.isspace():
            assert RAW[mapping[i]] == char
    start, end = _span(article.text, "Tom Reyes")
    assert bench.to_raw(mapping, start, end) == _span(RAW, "Tom Reyes")
    start, end = _span(article.text, "every neighbourhood")  # joined across the line end
    assert RAW[slice(*bench.to_raw(mapping, start, end))] == "every\nneighbourhood"


def test_gold_fragments_split_at_a_line_end_are_one_span_and_notes_are_not_attributions(bench, corpus):
    (gold,) = bench.read_split(corpus / "data" / "train", None)
    assert len(gold.attributions) == 3 and gold.dropped == 0
    (content,) = gold.attributions[1].spans["content"]
    assert RAW[content[0] : content[1]] == "We listened to every\nneighbourhood"


@pytest.mark.parametrize(
    ("cue", "lemma"),
    [
        ("said", "say"),
        ("has repeatedly told", "tell"),
        ("According to", "according to"),
        ("is calling for", "call for"),
        ("as he put it", "put it"),
        ("believes", None),
        ("showed", None),
    ],
)
def test_speech_cues_are_the_documented_verbs_of_saying(bench, cue, lemma):
    assert bench.speech_lemma(cue) == lemma


def test_trimming_keeps_the_words_and_a_cue_that_is_only_a_colon(bench):
    text = "Mayor: “We will build.”"
    assert bench.trim(text, (7, len(text))) == (8, len(text) - 2)
    assert bench.trim(text, (5, 7)) == (5, 6)


def test_the_report_scores_a_small_corpus(bench, corpus, capsys):
    assert bench.main([str(corpus), "--split", "train"]) == 0
    out = capsys.readouterr().out
    assert "TRAIN: 1 articles, 3 gold attributions" in out
    assert "text differs after mapping: 0; not mappable: 0" in out
    assert re.search(r"speech-cue recall\s+1\.000\s+\(3 of 3 gold speech cues", out)


def test_without_the_corpus_it_says_so_and_exits_0(bench, tmp_path, capsys):
    assert bench.main([str(tmp_path / "nowhere")]) == 0
    assert "no PolNeAR copy there" in capsys.readouterr().out


def test_the_held_out_split_cannot_be_asked_for(bench, corpus):
    with pytest.raises(SystemExit) as stop:
        bench.main([str(corpus), "--split", "test"])
    assert stop.value.code == 2


def test_a_refusal_the_kit_records_as_a_non_statement_counts_in_the_second_block(bench, tmp_path, capsys):
    """PolNeAR annotates "did not respond to a request for comment" as an attribution; the kit lists it
    as a non-statement. The main figures leave it out (the cue is missed there), the block that counts
    non-statements finds it."""
    raw = (
        "Harbour\n\nMayor Ana Costa said the plan would cut waiting times at the ferry.\n\n"
        "The harbour master, Tom Reyes, did not respond to a request for comment.\n"
    )
    entries = [
        ("Mayor Ana Costa", "said", "the plan would cut waiting times at the ferry"),
        ("Tom Reyes", "did not respond", "a request for comment"),
    ]
    lines, t = [], 0
    for e, roles in enumerate(entries, start=1):
        ids = []
        for role, words in zip(("Source", "Cue", "Content"), roles, strict=True):
            t += 1
            a, b = _span(raw, words)
            lines.append(f"T{t}\t{role} {a} {b}\t{words}")
            ids.append(f"{role}:T{t}")
        lines.append(f"E{e}\tAttribution:T{t - 1} " + " ".join(ids))
    split = tmp_path / "data" / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "wire_2016-01-02_harbour.txt").write_text(raw, encoding="utf-8")
    (split / "attributions" / "wire_2016-01-02_harbour_ab12.ann").write_text("\n".join(lines) + "\n")
    assert bench.main([str(tmp_path), "--split", "train"]) == 0
    out = capsys.readouterr().out
    main, _, refusals = out.partition("WITH THE KIT'S NON-STATEMENTS")
    assert re.search(r"speech-cue recall\s+0\.500\s+\(1 of 2 gold speech cues", main)
    assert re.search(r"speech-cue recall\s+1\.000\s+\(2 of 2\)", refusals)
    assert re.search(r"cue\s+P 1\.000  R 1\.000", refusals)
