"""Bad input: one clear line and exit status 2 on the command line, a typed error in Python."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kit
from kit import errors
from kit.article import load_article


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


CASES = {
    "empty": (lambda d: _write(d / "empty.txt", b""), errors.EmptyArticleError, "empty"),
    "whitespace": (lambda d: _write(d / "blank.txt", b"  \n\t\n  \n"), errors.EmptyArticleError, "empty"),
    "only boilerplate": (
        lambda d: _write(d / "bp.txt", b"Title\n\nLeave a Reply\n\nShare this article"),
        errors.EmptyArticleError,
        "No article text",
    ),
    "binary": (lambda d: _write(d / "x.txt", bytes(range(256)) * 4), errors.NotTextError, "not plain text"),
    "damaged word document": (
        lambda d: _write(d / "story.docx", b"PK\x03\x04 fake zip"),
        errors.DamagedFileError,
        "cannot be opened as a Word document",
    ),
    "old word document": (
        lambda d: _write(d / "story.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
        errors.NotTextError,
        "save it as .docx",
    ),
    "damaged pdf": (
        lambda d: _write(d / "story.pdf", b"%PDF-1.7\n%%EOF cut short"),
        errors.DamagedFileError,
        "cannot be read as a PDF",
    ),
    "web address": (
        lambda d: "https://news.example.org/2024/03/12/port-reopens",
        errors.WebAddressError,
        "File > Save Page As",
    ),
    "latin-1": (
        lambda d: _write(d / "latin1.txt", "Title\n\nThe café opened.".encode("latin-1")),
        errors.NotTextError,
        "not UTF-8",
    ),
    "missing": (lambda d: d / "nowhere.txt", errors.ArticleNotFoundError, "There is no file"),
    "directory": (lambda d: d, errors.NotAFileError, "is a folder"),
    "too large": (
        lambda d: _write(d / "big.txt", b"Title\n\n" + b"The council met again. " * 100_000),
        errors.ArticleTooLargeError,
        "up to 2 MB",
    ),
    "html without paragraphs": (
        lambda d: _write(d / "page.html", b"<html><body><div>menu</div><script>x()</script></body></html>"),
        errors.HTMLArticleError,
        "copy it, and paste it as plain text",
    ),
    "german": (
        lambda d: _write(
            d / "de.txt",
            (
                "Titel\n\nDer Bundeskanzler hat am Freitag in Berlin erkl\u00e4rt, dass die Regierung die "
                "Zusammenarbeit mit den Nachbarl\u00e4ndern st\u00e4rken wolle. Die Opposition kritisierte "
                "den Plan scharf und verlangte eine Abstimmung im Parlament noch vor dem Sommer."
            ).encode(),
        ),
        errors.NotEnglishError,
        "does not look like English",
    ),
    "russian": (
        lambda d: _write(
            d / "ru.txt", "Заголовок\n\nПрезидент заявил в пятницу, что ожидает визита.".encode()
        ),
        errors.NotEnglishError,
        "Latin alphabet",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_api_raises_a_typed_error_with_advice(case, tmp_path):
    make, error_type, phrase = CASES[case]
    path = make(tmp_path)
    with pytest.raises(error_type) as info:
        load_article(path)
    assert isinstance(info.value, kit.KitError)
    assert phrase in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("case", CASES)
def test_cli_prints_one_line_and_exits_2(case, tmp_path):
    make, _error_type, phrase = CASES[case]
    path = make(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "kit", "analyze", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kit: ") and phrase in lines[0]


def test_pasted_empty_text_raises():
    with pytest.raises(errors.EmptyArticleError):
        kit.analyze("   \n\n  ")


def test_pasted_text_over_the_limit_raises_before_any_work():
    with pytest.raises(errors.ArticleTooLargeError):
        load_article("word " * 500_000)


def test_not_english_check_can_be_turned_off():
    text = "Titel\n\n" + "Der Plan der Regierung wurde am Freitag vorgestellt und diskutiert. " * 5
    assert load_article(text, check_language=False).title == "Titel"


def test_standard_input_is_read_as_text():
    result = subprocess.run(
        [sys.executable, "-m", "kit", "analyze", "-", "--json"],
        input="Storm\n\nThe storm reached the coast on Monday, forecasters said.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert '"title": "Storm"' in result.stdout


def test_every_error_has_a_distinct_code():
    classes = [getattr(errors, name) for name in errors.__all__]
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes)
    assert all(issubclass(cls, errors.KitError) for cls in classes)


def test_the_readme_lists_every_error_code():
    """A teacher who meets KIT320 finds it in the README's table, with the error's name."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (KIT\d{3}) \| `(\w+)` \|", readme, re.M))
    listed = {getattr(errors, name).code: name for name in errors.__all__}
    assert rows == listed


def test_every_kit_error_is_defined_in_errors_py():
    """One home for every error class and code: no module defines its own KitError."""
    kit_folder = Path(kit.__file__).parent
    elsewhere = []
    for path in sorted(kit_folder.rglob("*.py")):
        if path.name == "errors.py" and path.parent == kit_folder:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            coded = any(
                isinstance(item, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "code" for t in item.targets)
                and isinstance(item.value, ast.Constant)
                and str(item.value.value).startswith("KIT")
                for item in node.body
            )
            if coded or any(isinstance(b, ast.Name) and b.id.endswith("Error") for b in node.bases):
                elsewhere.append(f"{path.relative_to(kit_folder.parent)}: class {node.name}")
    assert elsewhere == []


def test_a_bad_line_in_a_data_file_names_the_file_and_the_line():
    from kit.lexicon import read_rows

    row = read_rows("hedges.tsv")[0]
    error = row.error("expected 4 tab-separated columns")
    assert isinstance(error, errors.LexiconError) and isinstance(error, ValueError)
    assert str(error).startswith(f"hedges.tsv, line {row.line}: expected 4 tab-separated columns.")


def test_notebooks_show_one_line_instead_of_a_traceback():
    # IPython calls _render_traceback_ when an exception reaches a notebook cell.
    error = kit.errors.EmptyArticleError("The article is empty: paste the text and try again.")
    expected = "EmptyArticleError: The article is empty: paste the text and try again."
    assert error._render_traceback_() == [expected]
