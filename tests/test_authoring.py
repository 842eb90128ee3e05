"""`kit new-exercise`: an article becomes a draft exercise; `kit release` refuses the draft until reviewed.

Every test works in a temporary project folder (``seeds/``, ``solutions/``,
``exercises/``), never in the repository's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kit import errors

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "fixtures" / "harbour_tram_vote.txt"
NAME = "ex06_tram"


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "seeds" / "keys").mkdir(parents=True)
    (root / "solutions").mkdir()
    return root


def _cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kit", *args], capture_output=True, cwd=cwd or ROOT, input=stdin, timeout=120
    )


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


@pytest.fixture
def made(tmp_path, nlp):
    from kit.authoring import new_exercise

    root = _project(tmp_path)
    return root, new_exercise(ARTICLE, name=NAME, root=root, today="2026-12-03")


def test_new_exercise_writes_the_article_its_metadata_a_draft_key_and_a_solution_notebook(made):
    from kit.grading import read_definition

    root, result = made
    assert _files(root) == [
        f"seeds/{NAME}.meta.json",
        f"seeds/{NAME}.txt",
        f"seeds/keys/{NAME}.json",
        f"solutions/{NAME}.ipynb",
    ]
    assert (root / "seeds" / f"{NAME}.txt").read_bytes() == ARTICLE.read_bytes()
    meta = json.loads((root / "seeds" / f"{NAME}.meta.json").read_text(encoding="utf-8"))
    assert meta["came_from"] == ARTICLE.name and meta["added"] == "2026-12-03"
    assert meta["licence"].startswith("FILL IN")
    key = json.loads((root / "seeds" / "keys" / f"{NAME}.json").read_text(encoding="utf-8"))
    assert key["article"] == f"{NAME}.txt" and key["review"]["sentences"] == []
    assert key["hedges"] and all(h["reviewed"] is False for h in key["hedges"])
    assert any(a["speaker"] == "Ilse Marchetti" for a in key["attributions"])
    definition = read_definition(root / "solutions" / f"{NAME}.ipynb")
    types = [i["type"] for i in definition["items"]]
    assert types == ["source_tags", "hedge_spans", "number", "choice", "rubric"]
    assert all(
        i["reviewed"] is False for i in definition["items"] if i["type"] in {"number", "choice", "rubric"}
    )
    assert "KeyEditor" in str(result) and "licence" in str(result)


def test_items_choose_what_is_graded(tmp_path, nlp):
    from kit.authoring import new_exercise
    from kit.grading import read_definition

    root = _project(tmp_path)
    made = new_exercise(ARTICLE, items="hedges,reflection", name="ex07_hedges", root=root)
    assert [i["type"] for i in read_definition(made.notebook)["items"]] == ["hedge_spans", "rubric"]
    with pytest.raises(errors.NewExerciseError, match="'quotes' is not one of them"):
        new_exercise(ARTICLE, items="hedges,quotes", name="ex08", root=root)


def test_the_default_name_follows_the_exercises_in_use(tmp_path, nlp):
    from kit.authoring import new_exercise

    root = _project(tmp_path)
    (root / "solutions" / "ex05_reflection.ipynb").write_text("{}")
    made = new_exercise(ARTICLE, items="hedges", root=root)
    assert made.name == "ex06_council_delays_vote_on"


def test_a_name_in_use_is_refused_unless_force(made):
    from kit.authoring import new_exercise

    root, first = made
    before = {p: p.read_bytes() for p in map(Path, [first.key, first.notebook])}
    with pytest.raises(errors.ExerciseExistsError, match="--force") as caught:
        new_exercise(ARTICLE, name=NAME, root=root)
    assert f"solutions/{NAME}.ipynb" in str(caught.value)
    assert {p: p.read_bytes() for p in before} == before  # nothing was touched
    again = new_exercise(ARTICLE, name=NAME, root=root, items="hedges", force=True)
    assert json.loads(again.notebook.read_text())["cells"]  # replaced
    assert "hedge_spans" in again.notebook.read_text() and "source_tags" not in again.notebook.read_text()


def test_the_command_line_refuses_a_name_of_a_built_in_exercise(tmp_path):
    result = _cli("new-exercise", str(ARTICLE), "--name", "ex01_source_tagging")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith("kit: The name 'ex01_source_tagging' is taken") and err.count("\n") == 1
    assert "--force" in err


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "empty"),
        (
            b"<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav></body></html>",
            "no article",
        ),
        ("Заголовок\n\nПрезидент заявил в пятницу, что ожидает визита в Москву весной.".encode(), "English"),
    ],
    ids=["empty", "html page", "another language"],
)
def test_an_article_the_kit_refuses_gets_one_line_and_nothing_is_written(tmp_path, content, says):
    root = _project(tmp_path)
    suffix = ".html" if content.startswith(b"<html") else ".txt"
    article = tmp_path / f"story{suffix}"
    article.write_bytes(content)
    result = _cli("new-exercise", str(article), "--root", str(root), "--name", "ex09_story")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith("kit: ") and err.count("\n") == 1 and "Traceback" not in err
    assert says.lower() in err.lower()
    assert _files(root) == []


def test_the_command_line_makes_an_exercise(tmp_path):
    root = _project(tmp_path)
    result = _cli("new-exercise", str(ARTICLE), "--root", str(root), "--items", "source-tags,hedges")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "New exercise ex01_council_delays_vote_on" in out and "kit release" in out
    assert (root / "solutions" / "ex01_council_delays_vote_on.ipynb").is_file()


def test_release_refuses_a_draft_and_says_which_items_are_left(made):
    from kit.authoring import EditableKey
    from kit.release import render

    root, result = made
    with pytest.raises(errors.UnreviewedKeyError) as caught:
        render(root)
    message = str(caught.value)
    assert f"{NAME}.tags: 28 of 28 sentences" in message
    assert f"{NAME}.hedges" in message and f"{NAME}.source_type" in message and "--draft" in message
    editor = EditableKey(result.notebook, root=root)
    for index in range(len(editor.sentences)):
        editor.accept_sentence(index)
    for number in range(len(editor.raw["hedges"])):
        editor.accept_hedge(number)
    editor.confirm_item(f"{NAME}.quoted_words")
    editor.save()
    with pytest.raises(errors.UnreviewedKeyError) as caught:
        render(root)
    message = str(caught.value)
    assert (
        "sentences" not in message
        and f"{NAME}.hedges" not in message
        and f"{NAME}.quoted_words" not in message
    )
    assert f"{NAME}.source_type, {NAME}.reflection" in message


def test_a_draft_release_is_a_trial_clearly_marked(made):
    from kit.release import release

    root, _ = made
    written = release(root, draft=True)
    assert sorted(p.relative_to(root).as_posix() for p in written) == [
        f"exercises/checks/{NAME}.json",
        f"exercises/{NAME}.ipynb",
    ]
    notebook = json.loads((root / "exercises" / f"{NAME}.ipynb").read_text(encoding="utf-8"))
    first = "".join(notebook["cells"][0]["source"])
    assert first.startswith("**⚠ TRIAL RELEASE") and "not reviewed" in first
    assert notebook["metadata"]["kit"]["draft"] is True
    assert "BEGIN SOLUTION" not in json.dumps(notebook) and "fill_in(" not in json.dumps(notebook)


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda k: k["hedges"][2].update(category="maybe"), "hedge 2 ("),
        (lambda k: k["attributions"][1].update(kind="shouting"), "attribution 1 ("),
        (lambda k: k["hedges"][0].update(text="perhaps maybe"), "hedge 0"),
        (lambda k: k.update(hedges="lots"), "'hedges' must be a list"),
        (lambda k: k["speakers"][0].update(source_type=7), "speaker 0 ("),
    ],
    ids=["unknown category", "unknown kind", "words not in the article", "not a list", "source type"],
)
def test_a_key_edited_into_nonsense_is_refused_naming_the_entry(made, edit, says):
    from kit.release import render

    root, result = made
    key = json.loads(result.key.read_text(encoding="utf-8"))
    edit(key)
    result.key.write_text(json.dumps(key), encoding="utf-8")
    with pytest.raises(errors.AnswerKeyError) as caught:
        render(root, draft=True)
    assert f"{NAME}.json" in str(caught.value) and says in str(caught.value)
    assert caught.value.code in {"KIT400", "KIT413"}


# --- kit keys compare ---------------------------------------------------------------------


def _second_teacher(tmp_path: Path, edit) -> Path:
    """A copy of practice key 01, edited as a second teacher would key the article differently."""
    key = json.loads((ROOT / "seeds" / "keys" / "01_calvera_budget.json").read_text(encoding="utf-8"))
    edit(key)
    copy = tmp_path / "seeds" / "keys" / "01_calvera_budget_b.json"
    copy.parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "seeds" / "practice").mkdir(parents=True, exist_ok=True)
    article = ROOT / "seeds" / key["article"]
    (tmp_path / "seeds" / key["article"]).write_bytes(article.read_bytes())
    copy.write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    return copy


def test_two_identical_keys_agree_fully(nlp):
    from kit.authoring import compare_keys

    key = ROOT / "seeds" / "keys" / "01_calvera_budget.json"
    result = compare_keys(key, key)
    assert all(a.percent == 100 and a.kappa == 1.0 for a in result.items)
    assert result.disagreements == () and "No disagreements" in str(result)


def test_compare_reports_agreement_kappa_and_every_disagreement(tmp_path, nlp):
    from kit.authoring import compare_keys

    first = ROOT / "seeds" / "keys" / "01_calvera_budget.json"
    original = json.loads(first.read_text(encoding="utf-8"))
    dropped, recategorised = original["hedges"][0], original["hedges"][1]
    other = "distancing" if recategorised["category"] != "distancing" else "possibility"
    speaker = original["speakers"][0]
    new_type = "vague" if speaker["source_type"] != "vague" else "anonymous"

    def edit(key):
        del key["hedges"][0]
        key["hedges"][0]["category"] = other
        key["speakers"][0]["source_type"] = new_type
        for entry in key["attributions"]:
            if entry["speaker"] == speaker["name"]:
                entry["source_type"] = new_type
        first_kind = key["attributions"][0]["kind"]
        key["attributions"][0]["kind"] = "according_to" if first_kind != "according_to" else "direct"

    second = _second_teacher(tmp_path, edit)
    result = compare_keys(first, second)
    hedges = result.item("hedges (word by word)")
    assert hedges.agreed < hedges.count and hedges.kappa is not None and 0 < hedges.kappa < 1
    kinds = result.item("  how it is reported")
    assert kinds.agreed < kinds.count
    assert result.item("  who speaks").percent == 100
    types = result.item("source types")
    assert types.agreed == types.count - 1
    text = "\n".join(result.disagreements)
    assert f"hedge “{dropped['text']}”: A {dropped['category']}; B not a hedge" in text
    assert f"hedge “{recategorised['text']}”: A {recategorised['category']}; B {other}" in text
    assert f"source “{speaker['name']}”: A {speaker['source_type']}; B {new_type}" in text
    assert "sentence " in text
    tags = result.item("source tags (who + how)")
    assert tags.kappa is not None and tags.kappa < 1


def test_compare_on_the_command_line_and_with_the_engine(tmp_path):
    key = "seeds/keys/03_nordbane_fjordline_talks.json"
    result = _cli("keys", "compare", key, "engine")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "B = the engine's findings" in out and "kappa" in out and "hedges (word by word)" in out
    other = _cli("keys", "compare", key, "seeds/keys/01_calvera_budget.json")
    assert other.returncode == 2
    err = other.stderr.decode()
    assert err.startswith("kit: ") and "different articles" in err and err.count("\n") == 1
    missing = _cli("keys", "compare", key, str(tmp_path / "nowhere.json"))
    assert missing.returncode == 2 and "There is no key" in missing.stderr.decode()


def test_grading_with_a_draft_key_grades_and_says_the_key_is_a_draft(made, tmp_path):
    root, _ = made
    (tmp_path / "subs" / "Ana").mkdir(parents=True)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "media-kit"), "grade", str(tmp_path / "subs"),
         "--key", str(root / "solutions"), "--out", str(tmp_path / "grades"), "--no-chart"],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    err = result.stderr.decode()
    assert f"kit: note: the key of {NAME} is a draft" in err and f"{NAME}.tags: 28 of 28 sentences" in err
