"""The release: exercises/ comes from solutions/ and notebooks/ from teacher/ (one source each), in sync;
keys are never written, and no answer reaches a student notebook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.grading import compile_keys, read_definition
from kit.keys import load_key
from kit.release import ReleaseError, release, strip_cell, strip_notebook

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))
TEACHER = sorted((ROOT / "teacher").glob("[0-9][0-9]_*.ipynb"))  # lessons; other notebooks there are tools
RELEASED = (("exercises", "*.ipynb"), ("exercises/checks", "*.json"), ("notebooks", "*.ipynb"),
            ("notebooks/checks", "*.json"))  # fmt: skip


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("release")
    release(ROOT, out=out)
    return out


@pytest.fixture(scope="module")
def keys(nlp):
    """The grader's keys, compiled in memory from the solutions (as the grader and fill_in get them)."""
    return compile_keys(ROOT)


def _files(root: Path) -> dict[str, str]:
    found = {}
    for folder, pattern in RELEASED:
        for path in sorted((root / folder).glob(pattern)):
            found[f"{folder}/{path.name}"] = path.read_text(encoding="utf-8")
    return found


def test_exercises_are_in_sync_with_the_solutions(fresh):
    committed, released = _files(ROOT), _files(fresh)
    stale = sorted(k for k in committed.keys() | released.keys() if committed.get(k) != released.get(k))
    assert not stale, f"out of date ({', '.join(stale)}): run `python -m kit release`"


def test_the_release_writes_only_the_exercises_and_their_checks(fresh):
    written = sorted(str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file())
    assert written == sorted(_files(fresh))
    assert not (fresh / "solutions").exists() and not (fresh / "teacher").exists()


def test_a_stale_exercise_is_listed_and_old_key_files_are_neither_compared_nor_touched(tmp_path, nlp):
    import shutil

    from kit.release import differences

    for folder in ("solutions", "seeds", "exercises"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.answers.json"))
    shutil.rmtree(tmp_path / "solutions" / "keys", ignore_errors=True)
    old_key = tmp_path / "solutions" / "keys" / "ex01_source_tagging.json"
    old_key.parent.mkdir()
    old_key.write_text('{"left": "by an older release"}')
    assert differences(tmp_path) == []
    (tmp_path / "exercises" / "ex05_reflection.ipynb").write_text("{}")
    (tmp_path / "exercises" / "checks" / "ex02_hedge_hunt.json").unlink()
    assert differences(tmp_path) == [
        "exercises/checks/ex02_hedge_hunt.json: missing",
        "exercises/ex05_reflection.ipynb: out of date",
    ]
    release(tmp_path)
    assert differences(tmp_path) == []
    assert old_key.read_text() == '{"left": "by an older release"}'


def test_the_release_is_deterministic(fresh, tmp_path):
    release(ROOT, out=tmp_path)
    assert _files(tmp_path) == _files(fresh)


def test_there_is_an_exercise_for_every_solution(fresh):
    assert [p.name for p in SOLUTIONS] == sorted(p.name for p in (fresh / "exercises").glob("*.ipynb"))
    assert len(SOLUTIONS) == 6


#: The widgets a student writes or chooses in: each must save to the notebook's answers file.
ANSWERING = {"ShortAnswer", "StatementComparer", "SourceTagger", "HedgeHunter", "MultipleChoice"}


def test_every_widget_a_student_writes_in_saves_to_the_answers_file(fresh):
    """A widget without answers= loses the student's text at the next kernel restart (ex03's comparer did)."""
    import ast

    unsaved = []
    for folder in ("exercises", "notebooks"):
        for path in sorted((fresh / folder).glob("*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            for cell in cells:
                if cell["cell_type"] != "code":
                    continue
                for node in ast.walk(ast.parse("".join(cell["source"]))):
                    name = getattr(getattr(node, "func", None), "attr", None)
                    if isinstance(node, ast.Call) and name in ANSWERING:
                        if not {k.arg for k in node.keywords} >= {"answers", "exercise"}:
                            unsaved.append(f"{folder}/{path.name}: {name}")
    assert not unsaved, unsaved


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_student_versions_hold_no_key_no_solution_and_start_empty(fresh, path):
    exercise = json.loads((fresh / "exercises" / path.name).read_text(encoding="utf-8"))
    text = json.dumps(exercise, ensure_ascii=False)
    for leak in ("BEGIN SOLUTION", "fill_in", "sample=", "```json", "model_answer", "instructor's copy"):
        assert leak not in text
    for cell in exercise["cells"]:
        assert not {"solution", "key", "instructor"} & set(cell["metadata"].get("tags", []))
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    assert exercise["metadata"]["kit"] == {"notebook": path.stem, "role": "exercise"}


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_the_self_check_data_reveals_no_answer(fresh, keys, path):
    check = (fresh / "exercises" / "checks" / f"{path.stem}.json").read_text(encoding="utf-8")
    key = keys[path.stem]
    secrets = set()
    for item in key["items"]:
        secrets |= {g["text"] for g in item.get("gold", []) if "text" in g}
        secrets |= {t["speaker"] for g in item.get("gold", []) for t in g.get("accept", [])}
        if item["type"] == "choice":
            secrets.add(str(item["answer"]))
        if item.get("model_answer"):
            secrets.add(item["model_answer"][:40])
    secrets = {s for s in secrets if len(s) > 3}
    assert not [s for s in secrets if f'"{s}"' in check]
    for article in key["articles"].values():
        assert article["text"][:60] not in check


def test_outlet_sentences_do_not_stand_out_in_the_check_data(fresh):
    check = json.loads((fresh / "exercises" / "checks" / "ex01_source_tagging.json").read_text())
    (tags,) = [i for i in check["items"] if i["type"] == "source_tags"]
    assert len({len(s["accept"]) for s in tags["sentences"]}) == 1


def test_the_keys_derive_from_the_hand_made_keys(keys):
    seed = load_key(ROOT / "seeds" / "keys" / "000_3f95dd3d0e0f8142.json")
    hunt = keys["ex02_hedge_hunt"]
    (hedges,) = [i for i in hunt["items"] if i["type"] == "hedge_spans"]
    assert sorted((g["start"], g["end"], g["category"]) for g in hedges["gold"]) == sorted(
        (h.start, h.end, h.category) for h in seed.hedges
    )
    tags = keys["ex01_source_tagging"]
    text = tags["articles"]["seed"]["text"]
    sentences = tags["articles"]["seed"]["sentences"]
    (gold,) = [i["gold"] for i in tags["items"] if i["type"] == "source_tags"]

    def tag_of(words: str) -> list[tuple[str, str]]:
        index = next(n for n, (s, e) in enumerate(sentences) if words in text[s:e])
        return [(t["speaker"], t["kind"]) for t in gold[index]["accept"]]

    assert tag_of("Kremlin spokesman Dmitry Peskov said") == [("Dmitry Peskov", "indirect")]
    assert tag_of("Russia has overtaken Saudi Arabia") == []  # the outlet's own voice
    assert ("China", "indirect") in tag_of("China has refrained from condemnation")


def test_the_numbers_come_from_the_article_as_the_key_reads_it(keys):
    key = keys["ex03_statement_comparison"]
    values = {i["id"]: i.get("value") for i in key["items"]}
    assert values["ex03.putin_minutes"] == 8  # "around eight minutes"
    assert values["ex03.xi_minutes"] == 2  # "around a quarter the length of Putin's"
    assert values["ex03.time_share"] == 80
    # Xi is quoted in three words ("dear friend", "difficult"), Putin at length
    xi, putin = 3, round(3 * values["ex03.quoted_share"] / (100 - values["ex03.quoted_share"]))
    assert 60 <= putin <= 80 and xi == 3


def test_the_coverage_exercise_takes_its_answers_from_the_coverage_keys(keys):
    from kit.keys import load_trace_key

    key = keys["ex06_same_event"]
    answers = {i["id"]: i.get("answer", i.get("value")) for i in key["items"]}
    definition = read_definition(ROOT / "solutions" / "ex06_same_event.ipynb")
    trace = load_trace_key(ROOT / definition["articles"]["original"]["key"])
    shares = {}
    for name in ("a", "b", "c"):
        attributions = load_key(ROOT / definition["articles"][name]["key"]).attributions
        shares[name] = sum(a.source_type in {"anonymous", "vague"} for a in attributions) / len(attributions)
    assert answers["ex06.unnamed"] == max(shares, key=shares.get)
    in_b = [q for q in trace.quotations if q.outlet == "b"]
    (trimmed,) = [q for q in in_b if "prepared to release" in q_text(trace, q)]
    assert answers["ex06.left_out"] == next(f.original for f in trimmed.findings if f.type == "trimmed")
    findings = [f for q in trace.quotations for f in q.findings]
    dropped = [f for f in findings if f.type == "dropped_hedge" and f.article == "will"]
    assert [answers["ex06.hedge"]] == [f.original for f in dropped]
    assert answers["ex06.reyna_words"] == 1  # “possible”: the one word of Reyna's in quote marks


def q_text(trace, quotation) -> str:
    return trace.outlets[quotation.outlet].text[quotation.start : quotation.end]


def test_an_among_rule_naming_an_unknown_article_is_a_teachers_error(nlp):
    from kit.errors import ExerciseError
    from kit.grading.compile import build_key

    definition = read_definition(ROOT / "solutions" / "ex06_same_event.ipynb")
    definition["items"][0]["among"] = ["a", "z"]
    with pytest.raises(ExerciseError, match="'among' must list articles named in 'articles'"):
        build_key(definition, root=ROOT)


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.stem)
def test_every_solution_has_one_key_cell_naming_its_own_notebook(path):
    definition = read_definition(path)
    assert definition["notebook"] == path.stem
    assert all(
        "07_" not in a["article"] and "08_" not in a["article"]
        for a in definition.get("articles", {}).values()
    )


# --- the stripping rules ------------------------------------------------------------


def _code(source: str, tags=()) -> dict:
    output = {"output_type": "stream", "name": "stdout", "text": "42"}
    return {"cell_type": "code", "id": "c", "metadata": {"tags": list(tags)}, "source": source,
            "outputs": [output], "execution_count": 7}  # fmt: skip


@pytest.mark.parametrize("tag", ["solution", "key", "instructor"])
def test_tagged_cells_are_removed(tag):
    assert strip_cell(_code("x = 1", [tag])) is None


def test_solution_regions_are_removed_and_outputs_cleared():
    cell = strip_cell(_code("a = 1\n### BEGIN SOLUTION\nb = 2\n### END SOLUTION\nc = 3", ["keepme"]))
    assert cell == {"cell_type": "code", "id": "c", "metadata": {"tags": ["keepme"]},
                    "source": "a = 1\nc = 3", "outputs": [], "execution_count": None}  # fmt: skip


def test_markdown_solution_regions_are_removed():
    cell = {"cell_type": "markdown", "id": "m", "metadata": {},
            "source": "# Title<!-- BEGIN SOLUTION --> (solutions)<!-- END SOLUTION -->\nText"}  # fmt: skip
    assert strip_cell(cell)["source"] == "# Title\nText"


def test_a_cell_that_was_all_solution_disappears():
    assert strip_cell(_code("### BEGIN SOLUTION\nsecret = 1\n### END SOLUTION")) is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("### BEGIN SOLUTION\nx = 1", "never closed"),
        ("x = 1\n### END SOLUTION", "without a"),
        ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "inside another"),
        ("kit.exercises.fill_in(book)", "would reach the students"),
    ],
)
def test_unbalanced_markers_and_leaks_stop_the_release(source, message):
    with pytest.raises(ReleaseError, match=message):
        strip_cell(_code(source))


def test_a_notebook_without_its_id_cannot_be_released():
    with pytest.raises(ReleaseError, match=r"kit\.notebook"):
        strip_notebook({"cells": [], "metadata": {}})


def test_release_check_on_the_command_line_says_in_sync(capsys, nlp):
    from kit.cli import main

    assert main(["release", "--check"]) == 0
    assert "up to date" in capsys.readouterr().out


# --- the lessons: a teacher edition, and a student edition with no answer on screen (issue 12) ----------


def test_there_is_a_student_lesson_for_every_teacher_edition(fresh):
    assert [p.name for p in TEACHER] == sorted(p.name for p in (fresh / "notebooks").glob("*.ipynb"))
    assert len(TEACHER) == 6  # lessons 01-06


@pytest.mark.parametrize("path", TEACHER, ids=lambda p: p.stem)
def test_a_student_lesson_shows_no_answer_no_model_answer_and_no_teacher_notes(fresh, path):
    teacher = path.read_text(encoding="utf-8")
    lesson = json.loads((fresh / "notebooks" / path.name).read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in lesson["cells"] if c["cell_type"] == "code")
    text = json.dumps(lesson, ensure_ascii=False)
    for leak in ("correct=", "sample=", "BEGIN SOLUTION", "## Teacher notes", "```json", "answer_from",
                 "Teacher notes* at the end"):  # fmt: skip
        assert leak not in text, leak
    assert "## Teacher notes" in teacher, "the teacher edition keeps its notes"
    assert lesson["metadata"]["kit"] == {"notebook": path.stem, "role": "lesson"}
    for cell in lesson["cells"]:
        assert not {"solution", "key", "instructor"} & set(cell["metadata"].get("tags", []))
    if "kit.MultipleChoice(" in code:  # its question finds the answer, hashed, beside the notebook
        check = json.loads((fresh / "notebooks" / "checks" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert check["role"] == "lesson" and check["items"]


def test_the_lessons_check_data_reveals_no_answer(fresh):
    from kit.checks import choice_is_right, lesson_item

    folder = fresh / "notebooks"
    cases = {  # the lesson question, a right answer and a wrong one (the key decides which is which)
        ("01_reading_the_article", "exit-crude"): ("EurActiv itself: no source is given", "Vladimir Putin"),
        ("02_who_is_speaking", "exit-document"): ("the official translation into Russian", "Moscow"),
        ("03_hedge_hunt", "exit-hedges"): (["so far", "careful not to", "the sort of", "could"],
                                           ["so far", "the sort of", "could"]),
        ("04_two_statements", "exit-framing"): ("effusive", "dear friend"),
    }  # fmt: skip
    for (lesson, exercise), (right, wrong) in cases.items():
        data = (folder / "checks" / f"{lesson}.json").read_text(encoding="utf-8")
        for answer in (right, wrong):
            for value in answer if isinstance(answer, list) else [answer]:
                assert f'"{value}"' not in data, value
        item = lesson_item(lesson, folder, exercise)
        assert choice_is_right(item, right) is True and choice_is_right(item, wrong) is False


@pytest.mark.parametrize(
    "source", ['kit.MultipleChoice("Q?", ["a", "b"], correct="a")', 'kit.ShortAnswer("Q?", sample="a")']
)
def test_an_answer_left_in_a_student_lesson_stops_the_release(source):
    notebook = {"cells": [_code(source)], "metadata": {"kit": {"notebook": "01_x"}}}
    assert strip_notebook(notebook, role="exercise")["cells"]  # an exercise may show a worked example
    with pytest.raises(ReleaseError, match="would reach the students"):
        strip_notebook(notebook, role="lesson")


def test_a_stale_lesson_is_listed_and_released_again(tmp_path, nlp):
    import shutil

    from kit.release import differences

    for folder in ("solutions", "seeds", "exercises", "teacher", "notebooks"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.answers.json"))
    assert differences(tmp_path) == []
    lesson = tmp_path / "notebooks" / "03_hedge_hunt.ipynb"
    lesson.write_text(lesson.read_text().replace('multiple=True,', 'multiple=True, correct=["so far"],'))
    assert differences(tmp_path) == ["notebooks/03_hedge_hunt.ipynb: out of date"]
    release(tmp_path)
    assert differences(tmp_path) == [] and "correct=" not in lesson.read_text()
