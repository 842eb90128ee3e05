"""The kit's data files: every lexicon and word list under ``kit/data/``, read one way.

Each file is tab-separated UTF-8 text with a header of comment lines (``#``)
naming its source and licence and explaining its columns. Blank lines and
comment lines are skipped; every other line is a row of cells (stripped of
spaces). In most files the first row names the columns (``header=True``, the
default); the two oldest files (``reporting_verbs.txt``, ``sources_words.tsv``)
have no such row.

A row that a reader cannot use raises :class:`~kit.errors.LexiconError` naming
the file and the line (:meth:`Row.error`), never a bare ``ValueError``.

>>> rows = read_rows("hedge_categories.tsv")
>>> rows[0]["category"], rows[0].line > 1
('possibility', True)
>>> read_rows("hedge_categories.tsv")[0].error("expected 3 columns")
LexiconError('hedge_categories.tsv, line ...: expected 3 columns. ...')
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import LexiconError

__all__ = ["DATA", "Row", "read_rows"]

#: The folder of the kit's data files.
DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Row:
    """One row of a data file: its cells, where it stands, and the file's column names."""

    file: str
    line: int
    cells: tuple[str, ...]
    columns: tuple[str, ...] = ()

    def __getitem__(self, column: str | int) -> str:
        """A cell by column name (files with a header row) or position; ``""`` when the row is short."""
        index = self.columns.index(column) if isinstance(column, str) else column
        return self.cells[index] if index < len(self.cells) else ""

    def __len__(self) -> int:
        return len(self.cells)

    def error(self, what: str) -> LexiconError:
        """The error to raise for this row: the file, the line and what is wrong."""
        return LexiconError(
            f"{self.file}, line {self.line}: {what}. Fix that line of kit/data/{self.file} "
            "(its header comment says what each column holds)."
        )


@functools.cache
def read_rows(name: str, *, header: bool = True) -> tuple[Row, ...]:
    """The rows of ``kit/data/<name>``, read once per process.

    With ``header=True`` the first row names the columns and is not returned.
    """
    path = DATA / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(
            f"The kit's data file {name} cannot be read ({error}): reinstall the kit."
        ) from None
    rows: list[Row] = []
    columns: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if header and not columns:
            columns = cells
            continue
        rows.append(Row(name, number, cells, columns))
    return tuple(rows)


class _GivenNames(dict[str, str]):
    """Given names by lower-case spelling; a name written with accents the list has only in plain
    letters is found by them ("ruairí" as "ruairi", "søren" as "soren", "łukasz" as "lukasz")."""

    def __missing__(self, name: str) -> str:
        plain = _without_accents(name)
        if plain == name:
            raise KeyError(name)
        return self[plain]

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name) or (
            isinstance(name, str) and super().__contains__(_without_accents(name))
        )

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[name] if name in self else default


#: letters no Unicode decomposition takes to plain ones ("Søren", "Łukasz", "Đorđe", "Ægir")
_PLAIN_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"})


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def given_names() -> dict[str, str]:
    """``kit/data/given_names.tsv``: a given name → "female" or "male" (for names the article gives
    no pronoun for), or "either" (a name given to both: it tells a person, not a gender). A name
    with accents is found by its plain spelling too.

    >>> given_names()["alan"], given_names()["alex"], given_names()["ruairí"]
    ('male', 'either', 'male')
    """
    out = _GivenNames()
    for row in read_rows("given_names.tsv", header=False):
        if len(row) != 2 or row[0] not in ("female", "male", "either") or not row[1]:
            raise row.error("expected female|male|either <TAB> NAME")
        out[row[1].lower()] = row[0]
    return out
