"""The key editor's widget, headless: what a teacher's clicks do to the key on disk, and its messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "fixtures" / "harbour_tram_vote.txt"
NAME = "ex06_tram"


@pytest.fixture
def editor(tmp_path, nlp):
    from kit.authoring import new_exercise
    from kit.widgets import KeyEditor

    root = tmp_path / "project"
    (root / "seeds" / "keys").mkdir(parents=True)
    new_exercise(ARTICLE, name=NAME, root=root)
    return KeyEditor(NAME, root=root)


def _key(editor) -> dict:
    return json.loads(editor.key.key_path.read_text(encoding="utf-8"))


def test_accepting_sentences_and_a_hedge_is_saved_and_comes_back(editor):
    from kit.widgets import KeyEditor

    assert editor.progress_text.startswith("0 of 28 sentences reviewed · 0 of 17 hedges reviewed")
    assert "Sentence 1 of 28" in editor.focus.value and "not reviewed yet" in editor.focus.value
    editor.accept()
    editor.accept()
    assert editor.sentence == 2 and "Sentence 3 of 28" in editor.focus.value
    editor.kind.value = "indirect"
    editor.speaker.value = "Ilse Marchetti"
    editor.accept()  # a correction: sentence 3 is now Marchetti's
    editor.go(0)
    assert "kit-unreviewed" in editor.hedges.children[0]._dom_classes
    editor.hedges.children[0].children[2].click()  # its "Accept" button
    assert "Hedge accepted" in editor.message.value and "Saved at" in editor.message.value
    assert editor.progress_text.startswith("3 of 28 sentences reviewed · 1 of 17 hedges reviewed")
    saved = _key(editor)
    assert len(saved["review"]["sentences"]) == 3
    assert any(a["speaker"] == "Ilse Marchetti" and a["kind"] == "indirect" and "expected" in a["content"]
               for a in saved["attributions"])  # fmt: skip
    again = KeyEditor(NAME, root=editor.root)
    assert again.progress_text == editor.progress_text
    assert again.sentence == 3  # reopens on the first sentence left to review


def test_a_refused_edit_shows_a_red_line_and_changes_nothing(editor):
    before = _key(editor)
    editor.new_hedge.value = "words that are nowhere"
    editor.add_button.click()
    assert "kit-error" in editor.message.value and "is not in sentence 1" in editor.message.value
    assert _key(editor) == before
    editor.speaker.value = "Someone New"
    editor.kind.value = "direct"
    editor.source_type.value = "anonymous"
    editor.accept()
    assert any(
        s["name"] == "Someone New" and s["source_type"] == "anonymous" for s in _key(editor)["speakers"]
    )
    assert "“Someone New” is not in it" in editor.message.value  # students could not choose that name


def test_points_tolerance_and_confirming_a_question_reach_the_solution_notebook(editor):
    from kit.authoring import unreviewed
    from kit.grading import read_definition

    number = next(r for r in editor.items_box.children if "Words quoted" in r.children[0].value)
    points, tolerance, _answer, checked = number.children[1:]
    points.value = 3
    tolerance.value = 4
    checked.value = True
    items = {i["id"]: i for i in read_definition(editor.key.notebook_path)["items"]}
    assert items[f"{NAME}.quoted_words"]["points"] == 3 and items[f"{NAME}.quoted_words"]["tolerance"] == 4
    assert items[f"{NAME}.quoted_words"]["reviewed"] is True
    assert f"{NAME}.quoted_words" not in unreviewed(editor.key.notebook_path, root=editor.root)


def test_a_kind_of_report_without_a_source_asks_who_speaks(editor):
    from kit.records import OUTLET_SPEAKER

    editor.speaker.value = OUTLET_SPEAKER
    editor.kind.value = "direct"
    editor.accept()
    assert "Say who speaks" in editor.message.value and editor.sentence == 0
    assert editor.progress_text.startswith("0 of 28 sentences reviewed")


def test_a_hedge_row_stays_in_place_and_acts_on_its_own_hedge_after_another_is_removed(editor):
    """Accepting redraws the row in place (the browser keeps the focus); its buttons follow its hedge."""
    index = next(i for i in range(len(editor.key.sentences)) if len(editor.key.hedges_in(i)) >= 2)
    editor.go(index)
    first, second = editor.hedges.children[:2]
    second_words = second.children[0].value.split("”")[0].lstrip("“")
    first.children[2].click()  # Accept
    assert list(editor.hedges.children[:2]) == [first, second]  # the same rows, not new ones
    assert "kit-reviewed" in first._dom_classes and "reviewed ✓" in first.children[0].value
    first.children[3].click()  # Remove: the first hedge leaves the key, the second moves up in its list
    assert editor.hedges.children[0] is second
    second.children[1].value = "appearance"
    second.children[2].click()  # Accept the second: it is this hedge that is accepted, with its kind
    hedges = _key(editor)["hedges"]
    accepted = [h for h in hedges if h.get("reviewed") is not False]
    assert [(h["text"], h["category"]) for h in accepted] == [(second_words, "appearance")]
