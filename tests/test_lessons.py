"""kit.lessons: the small helpers the lesson notebooks share."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kit import lessons
from kit.records import Attribution


def test_try_analyze_returns_the_analysis(seed_path, nlp):
    result = lessons.try_analyze(seed_path)
    assert result is not None and result.outlet == "EurActiv"


@pytest.mark.parametrize(
    ("source", "code", "words"),
    [
        ("", "KIT103", "empty"),
        ("   \n\n  ", "KIT103", "empty"),
        ("no_such_article.txt", "KIT101", "no file"),
        ("<html><body><nav>Home</nav></body></html>", "KIT106", "web page"),
    ],
)
def test_try_analyze_explains_a_problem_in_one_line_and_returns_none(source, code, words, capsys, nlp):
    assert lessons.try_analyze(source) is None
    shown = capsys.readouterr().out
    assert code in shown and words in shown.lower()
    assert "Traceback" not in shown


def test_try_analyze_can_stop_run_all_without_a_traceback(capsys, nlp):
    with pytest.raises(lessons.LessonStopError) as caught:
        lessons.try_analyze("", stop=True)
    assert "KIT103" in capsys.readouterr().out  # the message is still shown first
    lines = caught.value._render_traceback_()  # what IPython shows instead of a traceback
    assert len(lines) == 1 and "run this cell again" in lines[0]


def test_notice_html_escapes_the_message():
    html = lessons.Notice("<b>bad</b> & worse", code="KIT103")._repr_html_()
    assert "&lt;b&gt;bad&lt;/b&gt; &amp; worse" in html and "KIT103" in html


def test_voices_splits_each_paragraph_into_the_outlets_words_and_credited_words(sample_analysis):
    found = lessons.voices(sample_analysis)
    assert len(found.paragraphs) == len(sample_analysis.paragraphs)
    assert found.words == sample_analysis.word_count == found.own_voice + found.credited
    quote = next(
        p for p in found.paragraphs if "We are expecting you" in sample_analysis.paragraph_text(p.paragraph)
    )
    assert quote.sources == ("Vladimir Putin",) and quote.credited >= 21
    background = next(
        p for p in found.paragraphs if sample_analysis.paragraph_text(p.paragraph).startswith("Since")
    )
    assert background.credited == 0 and background.sources == ()
    html = found._repr_html_()
    assert "outlet's own voice" in html and "Since European countries" in html
    assert str(found).startswith(f"{found.own_voice} of {found.words} words")


def test_voices_of_an_article_with_no_sources_is_all_the_outlets_voice(analyze_text):
    found = lessons.voices(analyze_text("It rained on Friday. The match was cancelled."))
    assert found.credited == 0 and found.own_voice_share == 1.0


def test_source_table_lists_sources_in_order_with_type_kinds_and_named(sample_analysis):
    table = lessons.source_table(sample_analysis)
    assert [r.speaker for r in table.rows] == [
        "Vladimir Putin",
        "Xi Jinping",
        "Dmitry Peskov",
        "the official translation into Russian",
    ]
    putin, xi, peskov, translation = table.rows
    assert putin.kinds == ("indirect", "direct") and putin.statements == 2 and putin.named == "yes"
    assert xi.kinds == ("partial",) and xi.quoted_words == 2
    assert peskov.source_type == "spokesperson" and peskov.named == "yes"
    assert translation.named == "a document"
    html = table._repr_html_()
    assert "Named? (IMVAIN)" in html and "reported speech" in html
    assert [r.speaker for r in lessons.source_table(sample_analysis, types=("document",)).rows] == [
        "the official translation into Russian"
    ]


def test_source_table_says_an_unnamed_spokesperson_is_not_named(sample_analysis):
    role = replace(sample_analysis.attributions[3], speaker="a spokeswoman for the ministry")
    analysis = replace(sample_analysis, attributions=(role,), speakers=())
    (row,) = lessons.source_table(analysis).rows
    assert row.source_type == "spokesperson" and row.named.startswith("no")


def test_source_table_of_an_article_with_no_sources_says_so(analyze_text):
    table = lessons.source_table(analyze_text("It rained on Friday."))
    assert len(table) == 0 and "no sources" in str(table) and "no sources" in table._repr_html_()


def test_hedges_in_puts_each_hedge_on_its_own_sentence(nlp):
    examples = lessons.hedges_in(["It rained on Friday.", "The talks could collapse."])
    (first, none), (_, found) = examples.rows
    assert first == "It rained on Friday." and none == ()
    assert ("could", "possibility") in found
    assert "no hedge found" in str(examples) and "could" in examples._repr_html_()


@pytest.mark.parametrize("bad", [[], [""], ["ok.", "   "]])
def test_hedges_in_needs_sentences(bad):
    with pytest.raises(ValueError, match="sentences"):
        lessons.hedges_in(bad)


def test_attribution_record_is_what_the_helpers_read():
    # the helpers read only these fields; a rename in kit.records must break this test, not a lesson
    fields = Attribution.__dataclass_fields__
    assert {"speaker", "source_type", "kind", "content_start", "content_end", "quoted_words"} <= set(fields)


# --- issue 12: lessons that say one thing and show another ------------------------------------------

import ast  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _calls(lesson: str, name: str) -> list[ast.Call]:
    """The ``kit.<name>(...)`` calls in a student lesson's code cells, in order."""
    cells = json.loads((ROOT / "notebooks" / f"{lesson}.ipynb").read_text(encoding="utf-8"))["cells"]
    found = []
    for cell in cells:
        if cell["cell_type"] == "code":
            for node in ast.walk(ast.parse("".join(cell["source"]))):
                if isinstance(node, ast.Call) and ast.unparse(node.func) == f"kit.{name}":
                    found.append(node)
    return found


def _view(call: ast.Call, analysis):
    """The ArticleView a lesson cell makes, on ``analysis``, saving nothing."""
    import kit

    options = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg not in {"answers"}}
    return kit.ArticleView(analysis, **options)


def test_lesson_01_first_read_shows_the_plain_article_with_nothing_to_switch_on(sample_analysis):
    first = _view(_calls("01_reading_the_article", "ArticleView")[0], sample_analysis)
    assert first.layers == () and not first.show_toggles
    shown = " ".join(getattr(c, "value", "") or "" for c in first.children if not isinstance(c, type(first)))
    assert "Sources (" not in shown and all(t not in first.children for t in first.toggles.values())


def test_lesson_05_opens_its_article_with_no_layer_on_as_its_text_says(sample_analysis):
    text = "\n".join(
        "".join(c["source"])
        for c in json.loads((ROOT / "notebooks" / "05_bring_your_own_article.ipynb").read_text())["cells"]
    )
    assert "Switch the highlight layers on one at a time" in text
    view = _view(_calls("05_bring_your_own_article", "ArticleView")[0], sample_analysis)
    assert view.layers == () and view.show_toggles


def test_lesson_03_exit_question_accepts_exactly_the_options_the_key_lists_as_hedges():
    from kit.checks import choice_is_right, lesson_item
    from kit.keys import load_key
    from kit.words import normalise

    key = load_key(ROOT / "seeds" / "keys" / "000_3f95dd3d0e0f8142.json")
    hedges = {normalise(h.text) for h in key.hedges}
    (call,) = _calls("03_hedge_hunt", "MultipleChoice")
    options = ast.literal_eval(call.args[1])
    assert "careful not to" in options  # the key and Reveal list it; "careful" alone was marked wrong
    item = lesson_item("03_hedge_hunt", ROOT / "notebooks", "exit-hedges")
    right = [o for o in options if normalise(o) in hedges]
    assert choice_is_right(item, right) is True
    for one in options:  # one option more or one fewer is wrong
        other = [o for o in right if o != one] if one in right else [*right, one]
        assert choice_is_right(item, other) is False, other


def test_lesson_03_teacher_notes_count_the_hedges_the_key_has():
    from kit.keys import load_key
    from kit.numbers import find_number

    key = load_key(ROOT / "seeds" / "keys" / "000_3f95dd3d0e0f8142.json")
    cells = json.loads((ROOT / "teacher" / "03_hedge_hunt.ipynb").read_text(encoding="utf-8"))["cells"]
    notes = "\n".join("".join(c["source"]) for c in cells).split("## Teacher notes", 1)[1]
    said = notes.split("lists ", 1)[1].split(",", 1)[0]  # "… lists fourteen, all in the writer's voice"
    assert find_number(said).value == len(key.hedges), said
