"""Charts: what a student sees in each chart's data and text, handouts saved as PNG/SVG, offline display."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kit import charts
from kit.analysis import Analysis
from kit.errors import ChartError, KitError
from kit.records import Marker, Tone, WordScore

ROOT = Path(__file__).resolve().parent.parent
EMPTY = Analysis("", None, None, None, (), ())
OKABE_ITO_AND_GREYS = {
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
    "#999999", "#222222", "#333333", "#444444", "#F2F2F2", "#FFFFFF",  # white: a label inside a blue bar
}  # fmt: skip


# --- reading a chart's spec as a student would read the chart -----------------------------------


def rows(spec: dict) -> list[dict]:
    """Every data row in the spec (all layers and panels)."""
    found: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            values = node.get("data", {}).get("values") if isinstance(node.get("data"), dict) else None
            if isinstance(values, list):
                found.extend(values)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    for values in spec.get("datasets", {}).values():
        found.extend(values)
    return found


def strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in strings(value)]
    return []


def spec_text(spec: dict) -> str:
    return "\n".join(strings(spec))


def units(node) -> list[dict]:
    """The unit specs (those with a mark), with the layer they belong to."""
    if isinstance(node, dict):
        if "mark" in node:
            return [node]
        return [u for key in ("layer", "hconcat", "vconcat", "concat") for u in units(node.get(key, []))]
    if isinstance(node, list):
        return [u for item in node for u in units(item)]
    return []


def mark_type(unit: dict) -> str:
    mark = unit["mark"]
    return mark if isinstance(mark, str) else mark["type"]


def colours(spec: dict) -> set[str]:
    return {c.upper() for c in re.findall(r'"(#[0-9A-Fa-f]{6})"', json.dumps(spec))}


def message(spec: dict) -> str:
    return rows(spec)[0]["message"]


def builders(tags=None, key=None):
    tags = {"3": {"speaker": "Putin", "kind": "direct"}} if tags is None else tags
    key = {"3": {"speaker": "Vladimir Putin", "kind": "direct"}} if key is None else key
    return {
        "speaking_time_vs_quotes": charts.speaking_time_vs_quotes,
        "hedges_by_paragraph": charts.hedges_by_paragraph,
        "source_mix": charts.source_mix,
        "tone_and_warmth": charts.tone_and_warmth,
        "tags_vs_key": lambda analysis: charts.tags_vs_key(tags, key, analysis=analysis),
    }


# --- the package stays light --------------------------------------------------------------------


def test_importing_kit_and_its_charts_does_not_import_altair():
    code = "import sys, kit; kit.charts.save; print('altair' in sys.modules, 'vl_convert' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.split() == ["False", "False"]


# --- (1) speaking time vs. words quoted ---------------------------------------------------------------


def test_speaker_shares_on_the_seed_fixture_are_80_20_of_time_and_21_to_2_of_quotes(sample_analysis):
    shares = charts.speaker_shares(sample_analysis)
    assert [(s.speaker, s.measure, s.share) for s in shares] == [
        ("Vladimir Putin", "time", 80.0),
        ("Xi Jinping", "time", 20.0),
        ("Vladimir Putin", "quoted", 91.3),
        ("Xi Jinping", "quoted", 8.7),
    ]
    for measure in ("time", "quoted"):
        assert sum(s.share for s in shares if s.measure == measure) == pytest.approx(100)
    assert shares[0].detail == "around eight minutes" and shares[3].detail == "2 words"


def test_speaker_shares_follow_the_order_asked_and_accept_surnames(sample_analysis):
    shares = charts.speaker_shares(sample_analysis, speakers=["Xi", "Putin"])
    assert [(s.speaker, s.share) for s in shares[:2]] == [("Xi Jinping", 20.0), ("Vladimir Putin", 80.0)]


def test_a_speaker_with_no_reported_length_shows_as_not_reported(sample_analysis):
    shares = charts.speaker_shares(sample_analysis, speakers=["Putin", "Peskov"])
    assert [s.share for s in shares if s.measure == "time"] == [None, None]
    assert [s.share for s in shares if s.measure == "quoted"] == [100.0, 0.0]
    spec = charts.speaking_time_vs_quotes(sample_analysis, speakers=["Putin", "Peskov"]).to_dict()
    assert "not reported" in {row["label"] for row in rows(spec)}
    assert "Vladimir Putin : Dmitry Peskov = not known" in spec_text(spec)


@pytest.mark.parametrize(
    ("speakers", "phrase"),
    [
        (["Putin", "Merkel"], "No speaker called 'Merkel'"),
        (["Putin"], "exactly two different speakers"),
        (["Putin", "Putin"], "exactly two different speakers"),
        (["Putin", "Vladimir Putin"], "are the same speaker"),
    ],
)
def test_asking_for_speakers_that_cannot_be_compared_is_a_typed_error(sample_analysis, speakers, phrase):
    with pytest.raises(ChartError, match=phrase) as info:
        charts.speaking_time_vs_quotes(sample_analysis, speakers=speakers)
    assert isinstance(info.value, KitError)


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        (80, 20, "about 4 : 1"),
        (1.0, 0.25, "about 4 : 1"),
        (68, 3, "about 23 : 1"),  # the seed once the engine counts every quoted word
        (21, 2, "about 11 : 1"),
        (3, 2, "about 1.5 : 1"),
        (20, 80, "about 1 : 4"),
        (7, 7, "about 1 : 1"),
        (5, 0, "all to the first"),
        (0, 5, "all to the second"),
        (0, 0, "not known"),
        (None, 3, "not known"),
    ],
)
def test_ratio_text_is_what_a_student_would_say(first, second, said):
    assert charts.ratio_text(first, second) == said


def test_time_vs_quotes_chart_writes_both_ratios_and_shares_that_sum_to_100(sample_analysis):
    spec = charts.speaking_time_vs_quotes(sample_analysis).to_dict()
    assert len(spec["vconcat"]) == 2, "the two measures one above the other (a projector's narrow output)"
    for panel in spec["vconcat"]:
        shares = [row["share"] for row in rows(panel)]
        assert sum(shares) == pytest.approx(100)
    text = spec_text(spec)
    assert "Vladimir Putin : Xi Jinping = about 4 : 1" in text
    assert "Vladimir Putin : Xi Jinping = about 11 : 1" in text  # the fixture quotes 21 words vs. 2
    labels = {row["label"] for row in rows(spec)}
    assert {"80%", "20%", "91% · 21 words", "9% · 2 words"} <= labels
    assert any("around eight minutes" == row["detail"] for row in rows(spec)), "reported length in tooltip"


def test_time_vs_quotes_shows_the_seeds_23_to_1_once_every_quoted_word_is_counted(sample_analysis):
    speakers = list(sample_analysis.speakers)
    speakers[0] = replace(speakers[0], quoted_words=68)
    speakers[1] = replace(speakers[1], quoted_words=3)
    spec = charts.speaking_time_vs_quotes(replace(sample_analysis, speakers=tuple(speakers))).to_dict()
    assert "about 23 : 1" in spec_text(spec) and "about 4 : 1" in spec_text(spec)


def test_time_vs_quotes_needs_two_speakers_with_a_reported_length(sample_analysis):
    only_putin = tuple(
        replace(s, reported_length=None, reported_length_ratio=None) for s in sample_analysis.speakers
    )
    spec = charts.speaking_time_vs_quotes(replace(sample_analysis, speakers=only_putin)).to_dict()
    assert message(spec).startswith("Nothing to show yet: the article does not report how long")


# --- (2) hedges by paragraph -----------------------------------------------------------------------


def test_hedges_chart_counts_each_hedge_once_by_paragraph_numbered_from_1(sample_analysis):
    spec = charts.hedges_by_paragraph(sample_analysis).to_dict()
    data = rows(spec)
    assert sum(row["count"] for row in data) == len(sample_analysis.hedges)
    expected = {}
    for hedge in sample_analysis.hedges:
        expected[hedge.paragraph + 1] = expected.get(hedge.paragraph + 1, 0) + 1
    assert {row["paragraph"]: row["count"] for row in data} == expected
    (bars,) = [u for u in units(spec) if mark_type(u) == "bar"]
    assert bars["encoding"]["y"]["scale"]["domain"] == list(range(1, len(sample_analysis.paragraphs) + 1))
    words = " ".join(row["words"] for row in data)
    for hedge in sample_analysis.hedges:
        assert f"“{hedge.text}”" in words, "the hedging words are in the tooltip"
    assert any(t["field"] == "words" for t in bars["encoding"]["tooltip"])


@pytest.mark.parametrize(
    ("in_quote", "speaker", "category"),
    [
        (True, "Xi Jinping", "limitation"),  # inside a quotation
        (False, "Dmitry Peskov", "limitation"),  # in reported speech, no quote marks: still the source's
        (True, None, "limitation"),  # quoted words whose speaker the kit did not find
    ],
)
def test_hedges_are_stacked_outlet_first_then_sources_and_labelled(
    sample_analysis, in_quote, speaker, category
):
    hedges = list(sample_analysis.hedges)
    so_far = next(i for i, h in enumerate(hedges) if h.text == "so far")
    hedges[so_far] = replace(hedges[so_far], in_quote=in_quote, speaker=speaker, category=category)
    spec = charts.hedges_by_paragraph(replace(sample_analysis, hedges=tuple(hedges))).to_dict()
    paragraph = hedges[so_far].paragraph + 1
    segments = [row for row in rows(spec) if row["paragraph"] == paragraph]
    assert [(s["where"], s["start"], s["end"]) for s in segments] == [
        ("In the outlet's own voice", 0, 1),
        ("A source it quotes or reports", 1, 2),
    ]
    assert [s["label"] for s in segments] == ["1 outlet", "1 source"]
    assert segments[1]["words"] == "“so far”"
    # Not colour alone: the two kinds also differ in outline (one legend for both).
    (bars,) = [u for u in units(spec) if mark_type(u) == "bar"]
    assert bars["encoding"]["strokeDash"]["field"] == bars["encoding"]["color"]["field"] == "where"


def test_distancing_in_a_quotation_stays_the_outlets_in_the_hedges_chart(sample_analysis):
    hedges = list(sample_analysis.hedges)
    terms = next(i for i, h in enumerate(hedges) if h.category == "distancing")
    hedges[terms] = replace(hedges[terms], in_quote=True, speaker=None)
    spec = charts.hedges_by_paragraph(replace(sample_analysis, hedges=tuple(hedges))).to_dict()
    assert {row["where"] for row in rows(spec)} == {"In the outlet's own voice"}


def test_hedges_chart_without_hedges_says_so():
    spec = charts.hedges_by_paragraph(EMPTY).to_dict()
    assert message(spec) == "Nothing to show yet: no hedges were found in this article."


# --- (3) source mix ---------------------------------------------------------------------------------


def test_source_mix_credits_each_source_with_the_words_of_its_content(sample_analysis):
    data = {row["who"]: row for row in rows(charts.source_mix(sample_analysis).to_dict())}
    putin = [a for a in sample_analysis.attributions if a.speaker == "Vladimir Putin"]
    putin_words = sum(
        len(sample_analysis.span_text(a.content_start, a.content_end).replace("—", " ").split())
        for a in putin
    )
    assert data["Vladimir Putin"]["words"] == putin_words == 28
    assert data["Xi Jinping"]["words"] == 4  # Putin his “dear friend”
    assert data["Vladimir Putin"]["type"] == "named person"
    assert data["Dmitry Peskov"]["type"] == "spokesperson"
    assert data["the official translation into Russian"]["type"] == "document or figures"
    own = data["EurActiv's own voice"]
    assert own["type"] == "the outlet itself"
    assert sum(row["words"] for row in data.values()) == sample_analysis.word_count
    assert own["label"].startswith(f"{own['words']} words · ")
    assert data["Vladimir Putin"]["label"] == "28 words · 6% · named person"


def test_source_mix_lists_sources_by_words_and_labels_every_bar(sample_analysis):
    spec = charts.source_mix(sample_analysis).to_dict()
    (bars,) = [u for u in units(spec) if mark_type(u) == "bar"]
    order = bars["encoding"]["y"]["sort"]
    words = {row["who"]: row["words"] for row in rows(spec)}
    assert [words[w] for w in order] == sorted(words.values(), reverse=True)
    assert bars["encoding"]["color"]["legend"]["title"] == "Kind of source"


def test_source_mix_counts_an_unprofiled_attribution_under_its_speaker(sample_analysis):
    analysis = replace(sample_analysis, speakers=())  # engines that found attributions but no profiles
    data = {row["who"]: row["words"] for row in rows(charts.source_mix(analysis).to_dict())}
    assert data["Vladimir Putin"] == 28 and data["Dmitry Peskov"] == 9


# --- (4) tone and warmth ------------------------------------------------------------------------------


def test_tone_chart_shows_scores_with_the_words_behind_them(sample_analysis):
    spec = charts.tone_and_warmth(sample_analysis).to_dict()
    tone = {row["speaker"]: row for row in rows(spec["vconcat"][0]) if "speaker" in row}
    assert tone["Vladimir Putin"]["score"] == 0.4
    assert tone["Vladimir Putin"]["words"] == "dear (+0.30)"
    assert tone["Vladimir Putin"]["label"] == "+0.40 positive (dear)"
    assert tone["Xi Jinping"]["label"] == "+0.00 reserved"
    assert tone["Xi Jinping"]["framing"] == "“far more restrained in tone”"
    tooltip_fields = {t["field"] for u in units(spec["vconcat"][0]) for t in u["encoding"].get("tooltip", [])}
    assert {"words", "notes", "framing"} <= tooltip_fields
    assert "Dmitry Peskov" not in tone, "speakers with nothing scored are left out"


def test_warmth_and_intensity_counts_carry_their_words(sample_analysis):
    speakers = list(sample_analysis.speakers)
    unprecedented = sample_analysis.text.index("unprecedented")
    speakers[0] = replace(
        speakers[0], intensity=(Marker("unprecedented", unprecedented, unprecedented + 13, "superlative"),)
    )
    spec = charts.tone_and_warmth(replace(sample_analysis, speakers=tuple(speakers))).to_dict()
    markers = {(row["speaker"], row["kind"]): row for row in rows(spec["vconcat"][1])}
    assert markers["Vladimir Putin", "warmth"]["count"] == 1
    assert markers["Vladimir Putin", "warmth"]["words"] == "“dear friend”"
    assert markers["Vladimir Putin", "intensity"]["label"] == "1 intensity: “unprecedented”"
    assert markers["Xi Jinping", "warmth"]["label"] == "0 warmth"
    assert spec["resolve"]["scale"]["color"] == "independent", "tone colours and marker colours differ"


def test_negative_tone_is_labelled_on_the_left_of_zero(sample_analysis):
    speakers = list(sample_analysis.speakers)
    speakers[1] = replace(speakers[1], tone=Tone(-0.5, "negative", (WordScore("difficult", 0, 9, -0.5),)))
    spec = charts.tone_and_warmth(replace(sample_analysis, speakers=tuple(speakers))).to_dict()
    xi = next(row for row in rows(spec["vconcat"][0]) if row.get("speaker") == "Xi Jinping")
    # the fixture's word is at offset 0, outside Xi's quoted words: the writer's paraphrase, and it says so
    assert (xi["side"], xi["label"]) == ("negative", "-0.50 negative (paraphrase: difficult)")


# --- (5) tags vs. key ------------------------------------------------------------------------------


KEY = {
    "3": {"speaker": "Vladimir Putin", "kind": "direct"},
    "4": {"speaker": "the official translation into Russian", "kind": "according_to"},
    "14": {"speaker": "Xi Jinping", "kind": "indirect"},
    16: {"speaker": "Dmitry Peskov", "kind": "indirect"},
}
TAGS = {
    3: {"speaker": "putin", "kind": "direct"},  # surname, lower case: same speaker
    "14": {"speaker": "Xi Jinping", "kind": "partial"},
    "16": {"speaker": "Vladimir Putin", "kind": "indirect"},
    "9": {"speaker": "Moscow", "kind": "indirect"},
}


def test_tags_vs_key_marks_each_sentence_with_text_and_colour(sample_analysis):
    spec = charts.tags_vs_key(TAGS, KEY, analysis=sample_analysis).to_dict()
    data = {row["row"]: row for row in rows(spec)}
    assert sorted(data) == [4, 5, 10, 15, 17], "sentences numbered from 1"
    assert {n: data[n]["status"] for n in data} == {
        4: "✓ same",
        5: "✗ not tagged yet",
        10: "✗ the key has no source here",
        15: "~ right speaker, other kind",
        17: "~ right kind, other speaker",
    }
    assert {data[n]["colour"] for n in (5, 10)} == {"#D55E00"} and data[4]["colour"] == "#009E73"
    assert data[4]["sentence"].startswith("4. “We are expecting you")
    assert data[4]["tag"] == "putin · direct quote" and data[4]["key"] == "Vladimir Putin · direct quote"
    assert data[5]["tag"] == "—"
    assert "You agree with the key on 1 of 5 sentences" in spec_text(spec)
    (status,) = [u for u in units(spec["hconcat"][3]) if mark_type(u) == "text"]
    assert status["encoding"]["text"]["field"] == "status", "the verdict is written, not only coloured"


#: The grader's note on a sentence, and what the chart writes for the same tag.
CHART_SAYS = {
    "right": "✓ same",
    "right source, wrong kind of attribution": "~ right speaker, other kind",
    "right kind of attribution, another source": "~ right kind, other speaker",
    "another source and another kind of attribution": "✗ different",
}


@pytest.mark.parametrize(
    ("mine", "kind"),
    [
        ("Mr Putin", "direct"),
        ("President Putin", "direct"),
        ("putin", "indirect"),
        ("Xi Jinping", "direct"),
        ("Moscow", "according to"),
        ("the official translation", "direct"),
    ],
)
def test_tags_vs_key_gives_the_verdict_of_the_grade(sample_analysis, mine, kind):
    """The chart and the grader use one same_speaker: "✓ same" is full credit, "right speaker" half."""
    from kit.grading import score_tags

    key = {"3": {"speaker": "Vladimir Putin", "kind": "direct"}}
    tags = {"3": {"speaker": mine, "kind": kind}}
    spec = charts.tags_vs_key(tags, key, analysis=sample_analysis).to_dict()
    status = {row["row"]: row["status"] for row in rows(spec)}[4]
    gold = [[] for _ in sample_analysis.sentences]
    gold[3] = [("Vladimir Putin", "direct")]
    note = score_tags(tags, gold).verdicts[3].note
    assert status == CHART_SAYS[note]


def test_tags_vs_key_reads_a_kind_with_or_without_its_underscore(sample_analysis):
    key = {"4": {"speaker": "the official translation into Russian", "kind": "according_to"}}
    tags = {"4": {"speaker": "The official translation", "kind": "According to"}}
    spec = charts.tags_vs_key(tags, key, analysis=sample_analysis).to_dict()
    assert {row["row"]: row["status"] for row in rows(spec)}[5] == "✓ same"


@pytest.mark.parametrize(
    ("tags", "phrase"),
    [
        ({"99": {"speaker": "Putin", "kind": "direct"}}, "name sentence 99 but this article has"),
        ({"-1": {"speaker": "Putin", "kind": "direct"}}, "name sentence -1"),
        ({"first": {"speaker": "Putin", "kind": "direct"}}, "is not a sentence number"),
        ({"3": "Putin"}, "should be {'speaker'"),
        (["Putin"], "must be a dictionary"),
    ],
)
def test_tags_that_do_not_fit_the_article_are_a_typed_error(sample_analysis, tags, phrase):
    with pytest.raises(ChartError, match=re.escape(phrase)):
        charts.tags_vs_key(tags, KEY, analysis=sample_analysis)


def test_tags_vs_key_before_any_tagging_says_so(sample_analysis):
    spec = charts.tags_vs_key({}, {}, analysis=sample_analysis).to_dict()
    assert message(spec) == "Nothing to show yet: no sentence has been tagged yet."
    spec = charts.tags_vs_key({}, KEY, analysis=sample_analysis).to_dict()
    assert "You agree with the key on 0 of 4 sentences" in spec_text(spec)


# --- every chart ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(builders()))
def test_every_chart_has_a_title_labels_on_its_bars_and_okabe_ito_colours(sample_analysis, name):
    chart = builders()[name](sample_analysis)
    spec = chart.to_dict()  # validates against the Vega-Lite schema
    assert spec["title"]["text"] and spec["title"]["text"][0].isupper()
    assert spec.get("description"), "screen readers get a summary"
    marks = [mark_type(u) for u in units(spec)]
    assert "text" in marks, "numbers and names are written, colour is never the only cue"
    assert colours(spec) <= OKABE_ITO_AND_GREYS


@pytest.mark.parametrize("name", list(builders()))
def test_every_chart_of_an_empty_analysis_says_nothing_to_show_yet(name):
    spec = builders(tags={}, key={})[name](EMPTY).to_dict()
    assert message(spec).startswith("Nothing to show yet: ")
    assert spec["title"]["text"]


@pytest.mark.parametrize("name", list(builders()))
def test_every_chart_draws_the_real_analysis_of_the_seed(seed_analysis, name):
    spec = builders()[name](seed_analysis).to_dict()  # engines may find nothing yet: no error either way
    assert spec["title"]["text"]


def test_charts_return_new_objects_and_leave_the_analysis_unchanged(sample_analysis):
    before = sample_analysis.to_dict()
    first = charts.source_mix(sample_analysis)
    second = charts.source_mix(sample_analysis)
    assert first is not second and first.to_dict() == second.to_dict()
    assert sample_analysis.to_dict() == before
    width = first.to_dict()["width"]
    assert first.properties(width=200).to_dict()["width"] == 200 and first.to_dict()["width"] == width


# --- handouts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(builders()))
def test_every_chart_saves_as_png_and_svg(sample_analysis, name, tmp_path):
    chart = builders()[name](sample_analysis)
    png = charts.save(chart, tmp_path / f"{name}.png")
    svg = charts.save(chart, tmp_path / f"{name}.SVG")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png.read_bytes()[16:20], "big")
    assert width > 400, "scale 2: sharp when printed"
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<svg") and text.rstrip().endswith("</svg>")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([png.name, svg.name]), (
        "no temporary files left"
    )


def test_saved_svg_contains_the_written_labels(sample_analysis, tmp_path):
    svg = charts.save(charts.speaking_time_vs_quotes(sample_analysis), tmp_path / "time.svg").read_text()
    assert "about 4 : 1" in svg and "80%" in svg


def test_saving_replaces_an_old_file_and_refuses_other_formats(sample_analysis, tmp_path):
    path = tmp_path / "mix.png"
    path.write_bytes(b"old")
    charts.save(charts.source_mix(sample_analysis), path)
    assert path.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(ChartError, match=r"\.png .*\.svg"):
        charts.save(charts.source_mix(sample_analysis), tmp_path / "mix.pdf")
    assert not (tmp_path / "mix.pdf").exists()


# --- offline display in JupyterLab -----------------------------------------------------------------------


@pytest.fixture()
def offline_renderer():
    import altair as alt

    charts.enable_offline()
    yield alt
    charts.enable_offline.cache_clear()
    charts.enable_offline()


def test_enable_offline_is_idempotent_and_respects_a_renderer_chosen_later(offline_renderer, sample_analysis):
    alt = offline_renderer
    charts.enable_offline()
    from kit.charts.output import RENDERER

    assert alt.renderers.active == RENDERER
    alt.renderers.enable("svg")
    charts.source_mix(sample_analysis)
    assert alt.renderers.active == "svg", "a chart call does not undo the teacher's own choice"


def test_displayed_charts_load_no_script_from_the_internet(offline_renderer, sample_analysis):
    alt = offline_renderer
    chart = charts.speaking_time_vs_quotes(sample_analysis)
    bundle = chart._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    assert "application/vnd.jupyter.widget-view+json" in bundle, "shown as an offline JupyterChart widget"
    widget = alt.JupyterChart(chart, embed_options=charts.EMBED_OPTIONS)
    state = widget.get_state()
    page = json.dumps(bundle) + state["_esm"]
    assert "cdn.jsdelivr" not in page and "esm.sh" not in page
    assert not re.search(r"""(?:import|from)\s*\(?\s*["']https?://""", page), (
        "no ES module fetched from a URL"
    )
    assert not re.search(r"""<script[^>]*\bsrc\s*=\s*["']?https?://""", page), "no <script src=http…>"
    assert state["embed_options"]["actions"]["editor"] is False, "no link to the online Vega editor"
    assert state["spec"]["vconcat"], "the chart itself travels with the widget"


# --- issue 12: a chart fits a projector's notebook ----------------------------------------------------


def _widest_articles(root: Path, per_measure: int = 8) -> list[Path]:
    """The practice articles most likely to widen a chart, chosen by their keys (read in a fraction
    of a second, where analysing and drawing all seven hundred took ten minutes): the longest speaker
    names, the most speakers and the most paragraphs, ``per_measure`` of each."""
    rows = []
    for key_path in sorted((root / "seeds" / "keys").glob("*.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        article = root / "seeds" / key["article"]
        names = [speaker["name"] for speaker in key.get("speakers", [])]
        if article.parent.name == "practice":
            paragraphs = article.read_text(encoding="utf-8").count("\n\n")
            rows.append((max(map(len, names), default=0), len(names), paragraphs, article))
    chosen = {row[3] for measure in range(3) for row in sorted(rows, key=lambda r: -r[measure])[:per_measure]}
    return sorted(chosen)


def test_every_chart_fits_the_output_of_a_notebook_at_1024_with_the_side_panel_open(nlp):
    """At 1024×768 with the file panel open an output is 592 px wide: the charts stay within 540 px
    (the seed and the practice articles with the longest names, the most sources and the most
    paragraphs), so nothing is cut off."""
    import kit
    from kit.charts.output import svg_of

    root = Path(__file__).resolve().parent.parent
    practice = _widest_articles(root)
    assert len(practice) >= 12, "a sample of each kind of wide article"
    paths = [root / "seeds" / "000_3f95dd3d0e0f8142.txt", *practice]
    wide = []
    for path in paths:
        analysis = kit.analyze(path)
        for name in ("speaking_time_vs_quotes", "tone_and_warmth", "source_mix", "hedges_by_paragraph"):
            svg = svg_of(getattr(charts, name)(analysis).to_dict())
            width = float(re.search(r'width="([\d.]+)"', svg).group(1))
            if width > 540:
                wide.append(f"{name} on {path.name}: {width:.0f} px")
    assert not wide, wide


def test_a_speaker_with_nearly_all_the_time_and_quotes_keeps_the_chart_within_540_px(nlp):
    """A long-winded speaker against a one-word reply: the 97 % bar's label ("97% · 38 words") is
    written inside the bar's end, not past the chart's edge, and both labels are still there."""
    import kit
    from kit.charts.output import svg_of

    text = (
        "Harbour talks stall\n\nPORT ELLEN — Councillor Margaret Hollingsworth-Beaumont spoke for forty "
        "minutes at Tuesday's meeting. \"We will rebuild the harbour wall, the slipway and the ferry office, "
        "and we will do it this year,\" Hollingsworth-Beaumont said. \"Nobody will be left behind, not the "
        "fishermen, not the ferry crews and not the shops on the front.\"\n\nOpposition leader Bartholomew "
        "Fitzwilliam-Carrington spoke for ten seconds. \"No,\" Fitzwilliam-Carrington said.\n"
    )
    analysis = kit.analyze(text)
    assert [round(s.share) for s in charts.speaker_shares(analysis)] == [100, 0, 97, 3]
    svg = svg_of(charts.speaking_time_vs_quotes(analysis).to_dict())
    assert float(re.search(r'width="([\d.]+)"', svg).group(1)) <= 540
    for label in ("100%", "0%", "97% · 38 words", "3% · 1 word"):
        assert f">{label}<" in svg


# --- coverage of one event: outlets side by side (kit.compare_coverage) ------------------------------


def _outlet(name, sources=(), hedges=None, loaded=(), words=200):
    from kit.coverage import LoadedTerm, OutletCoverage, SourceCoverage

    total = max(1, sum(s[3] for s in sources))
    rows = tuple(SourceCoverage(who, who, kind, n, q, q, q / total) for who, kind, n, q in sources)
    hedges = hedges or {}
    return OutletCoverage(
        outlet=name, title=None, date=None, source=None, words=words, statements=len(rows),
        quoted_words=sum(r.quoted_words for r in rows), sources=rows, quoted_words_by_type={},
        quoted_share_by_type={}, statements_by_type={}, unnamed_statements=0, unnamed_share=0.0,
        own_voice_share=0.5, unattributed_claims=0, unattributed_share=0.0, hedges=sum(hedges.values()),
        hedges_per_100_words=round(100 * sum(hedges.values()) / words, 2),
        hedges_per_100_words_by_category={c: round(100 * n / words, 2) for c, n in hedges.items()},
        loaded_words=tuple(LoadedTerm(w, "neutral") for w in loaded), only_here=(),
    )  # fmt: skip


def _event():
    from kit.coverage import CoverageComparison

    a = _outlet("Courier", [("Ana Ruiz", "named_person", 3, 60), ("Ben Ode", "named_person", 1, 4)],
                {"possibility": 2}, ["historic"])  # fmt: skip
    b = _outlet("Ledger", [("Ana Ruiz", "named_person", 1, 5), ("officials", "vague", 2, 0)],
                {"vague_source": 3, "possibility": 1}, ["slammed", "chaos"])  # fmt: skip
    return CoverageComparison((a, b), ("Ana Ruiz", "Ben Ode", "officials"))


def test_quotes_by_outlet_is_a_grid_of_sources_and_outlets_sized_by_words_quoted():
    spec = charts.quotes_by_outlet(_event()).to_dict()
    cells = {(r["source"], r["outlet"]): r for r in rows(spec)}
    assert set(cells) == {("Ana Ruiz", "Courier"), ("Ben Ode", "Courier"), ("Ana Ruiz", "Ledger"),
                          ("officials", "Ledger")}  # fmt: skip
    assert cells["Ana Ruiz", "Courier"]["words"] == 60 and cells["Ana Ruiz", "Courier"]["label"] == "60"
    assert cells["officials", "Ledger"]["label"] == "cited", "a source cited but not quoted says so in words"
    assert cells["officials", "Ledger"]["type"] == "vague source"
    text = json.dumps(spec)
    assert '"size"' in text and "Courier quotes Ana Ruiz: 60 words" in spec["description"]


def test_hedging_by_outlet_shows_hedges_by_kind_and_loaded_words_per_100_words():
    spec = charts.hedging_by_outlet(_event()).to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "Hedges per 100 words" in text and "Loaded words per 100 words" in text
    assert "2: slammed, chaos" in text and "1: historic" in text
    assert "Ledger: 2.0 hedges and 2 loaded words" in spec["description"]


def test_coverage_charts_with_nothing_to_draw_say_so_and_save_offline(tmp_path):
    from kit.coverage import CoverageComparison

    empty = CoverageComparison((_outlet("Courier"), _outlet("Ledger")), ())
    assert "nobody is cited" in json.dumps(charts.quotes_by_outlet(empty).to_dict())
    assert charts.save(charts.hedging_by_outlet(_event()), tmp_path / "h.svg").read_text()[:4] == "<svg"
    assert charts.save(charts.quotes_by_outlet(_event()), tmp_path / "q.png").read_bytes()[:4] == b"\x89PNG"


def test_the_coverage_charts_fit_the_output_of_a_notebook_at_1024_with_the_side_panel_open(nlp):
    """Lesson 06's charts, like the others, stay within 540 px for two and three outlets."""
    import kit
    from kit.charts.output import svg_of

    event = Path(__file__).resolve().parent.parent / "seeds" / "coverage" / "sarn_dam_call"
    articles = [event / "a_kestria_today.txt", event / "b_meridian_wire.txt", event / "c_daily_ledger.txt"]
    wide = []
    for count in (2, 3):
        comparison = kit.compare_coverage(articles[:count])
        for name in ("quotes_by_outlet", "hedging_by_outlet"):
            svg = svg_of(getattr(charts, name)(comparison).to_dict())
            width = float(re.search(r'width="([\d.]+)"', svg).group(1))
            if width > 540:
                wide.append(f"{name} with {count} outlets: {width:.0f} px")
    assert not wide, wide
