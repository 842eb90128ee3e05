"""End to end, headless: a new article → a reviewed key → release → students answer → graded with feedback.

What a teacher does with ``kit new-exercise`` and the key editor (here its
Python side, :class:`kit.authoring.EditableKey`), then what the students and the
grader do, exactly as for the built-in exercises. Everything happens in a
temporary project folder.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kit import errors

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "fixtures" / "harbour_tram_vote.txt"
NAME = "ex06_tram"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "seeds" / "keys").mkdir(parents=True)
    return root


def test_a_new_article_becomes_a_graded_exercise(project: Path, nlp, monkeypatch):
    import kit
    from kit.authoring import EditableKey, new_exercise, unreviewed
    from kit.exercises import fill_in, self_check
    from kit.grading import compile_key, grade
    from kit.release import release

    made = new_exercise(ARTICLE, name=NAME, root=project)

    # The teacher reviews the draft: one sentence corrected, one hedge removed, one added, the rest accepted.
    editor = EditableKey(made.notebook, root=project)
    first_tag = editor.tag(0)
    corrected = "the council's finance office"
    editor.set_sentence(0, corrected, "indirect", source_type="organization")
    removed = editor.hedges_in(1)[0]
    editor.remove_hedge(removed[0])
    vos = next(i for i in range(len(editor.sentences)) if "usually pay back" in editor.sentence_text(i))
    editor.add_hedge(vos, "usually", "approximation")
    for index in range(len(editor.sentences)):
        editor.accept_sentence(index)
    for number in range(len(editor.raw["hedges"])):
        editor.accept_hedge(number)
    editor.set_points(f"{NAME}.tags", 12)
    editor.set_tolerance(f"{NAME}.quoted_words", 3)
    editor.set_model_answer(f"{NAME}.reflection", "The mayor, the opposition leader and a nurse are quoted.")
    for item in (f"{NAME}.quoted_words", f"{NAME}.source_type", f"{NAME}.reflection"):
        editor.confirm_item(item)
    editor.save()
    assert str(EditableKey(made.notebook, root=project).progress()).startswith("28 of 28 sentences reviewed")
    assert unreviewed(made.notebook, root=project) == []

    # Release: the student notebook and its self-check data, like the built-in ones
    release(project)
    exercise = json.loads((project / "exercises" / f"{NAME}.ipynb").read_text(encoding="utf-8"))
    assert "draft" not in exercise["metadata"]["kit"]
    sources = "".join("".join(c["source"]) for c in exercise["cells"])
    assert "TRIAL" not in sources and "fill_in(" not in sources and '"value_from"' not in sources
    assert (project / "exercises" / "checks" / f"{NAME}.json").is_file()

    key = compile_key(made.notebook, root=project)
    tags = next(i for i in key["items"] if i["type"] == "source_tags")
    assert tags["gold"][0]["accept"][0]["speaker"] == corrected  # the teacher's correction is the key
    hedges = next(i for i in key["items"] if i["type"] == "hedge_spans")
    assert "usually" in [g["text"] for g in hedges["gold"]]
    assert removed[1]["text"] not in [
        g["text"] for g in hedges["gold"] if g["start"] < editor.sentences[2].start
    ]

    # Students answer: Ana as the key says; Ben with the widgets, the way the engine first saw it
    submissions = project.parent / "submissions"
    ana = kit.AnswerBook(NAME, folder=submissions / "Ana")
    fill_in(ana, key=key)
    check = str(self_check(ana, checks=project / "exercises" / "checks" / f"{NAME}.json"))
    assert "28 of 28 sentences agree with the key" in check and "what kind of source?: right" in check.lower()
    monkeypatch.chdir(project / "exercises")
    article = kit.analyze(f"../seeds/{NAME}.txt")
    ben = kit.AnswerBook(NAME, folder=submissions / "Ben")
    tagger = kit.SourceTagger(article, answers=ben, exercise="tags")
    tagger.tag(*first_tag)  # the engine's tag, which the teacher corrected
    hunter = kit.exercises.hedge_hunter(article, answers=ben, exercise="hedges")
    hunter.mark("usually", category="approximation")
    kit.ShortAnswer("?", answers=ben, exercise="quoted_words").write("about 5")
    kit.MultipleChoice("?", ["named_person", "vague"], answers=ben, exercise="source_type").choose("vague")

    report = grade(submissions, key=project / "solutions", out=project / "grades", chart=False)
    ana_row, ben_row = report.row("Ana"), report.row("Ben")
    for item in ("tags", "hedges", "quoted_words", "source_type"):
        result = ana_row.items[f"{NAME}.{item}"]
        assert result.points == result.maximum, item
    assert ana_row.items[f"{NAME}.tags"].maximum == 12
    assert ana_row.items[f"{NAME}.reflection"].status == "awaiting rubric"
    assert ben_row.total < ana_row.total and ben_row.maximum == ana_row.maximum
    assert ben_row.items[f"{NAME}.tags"].points < 12 / len(editor.sentences)  # sentence 1 tagged, and wrong
    assert ben_row.items[f"{NAME}.source_type"].points == 0

    grades = list(csv.DictReader((project / "grades" / "grades.csv").open(encoding="utf-8-sig")))
    assert [r["student"] for r in grades] == ["Ana", "Ben"] and f"{NAME}.hedges" in grades[0]
    feedback = (project / "grades" / "feedback" / "Ben.html").read_text(encoding="utf-8")
    assert "usually" in feedback and editor.sentence_text(0)[:30] in feedback
    summary = (project / "grades" / "summary.html").read_text(encoding="utf-8")
    assert "Words quoted from" in summary or f"{NAME}.quoted_words" in summary


def test_grading_refuses_a_key_edited_into_nonsense_naming_the_entry(project: Path, nlp, tmp_path):
    from kit.authoring import new_exercise
    from kit.grading import grade

    made = new_exercise(ARTICLE, name=NAME, root=project, items="hedges")
    key = json.loads(made.key.read_text(encoding="utf-8"))
    key["hedges"][1]["category"] = "somewhat"
    made.key.write_text(json.dumps(key), encoding="utf-8")
    (tmp_path / "subs" / "Ana").mkdir(parents=True)
    with pytest.raises(errors.GradingError, match=rf"{NAME}\.json, hedge 1 .*'somewhat' is not one of"):
        grade(tmp_path / "subs", key=project / "solutions", out=tmp_path / "out", chart=False)
