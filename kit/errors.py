"""Errors a teacher or student can meet, each with a message that says what to do.

Every exception the kit raises on bad input derives from :class:`KitError`, so a
notebook can catch one class and show one friendly line. Each class carries a
short stable ``code`` (as spaCy does) that the README lists. This module is the
one home of every error class and code: the families are 1xx the article, 2xx
answers files, 3xx grading, exercises and release, 4xx answer keys, 5xx charts,
6xx lessons, 7xx the kit's own data files, 8xx comparing coverage and tracing
quotations (``tests/test_errors.py`` checks that the README's table lists every
code and that no other module defines a ``KitError``).
"""

from __future__ import annotations

__all__ = [
    "AnswerKeyError",
    "AnswersFileError",
    "AnswersLockedError",
    "AnswersPathError",
    "AnswersReadOnlyError",
    "ArticleCountError",
    "ArticleError",
    "ArticleNotFoundError",
    "ArticleTooLargeError",
    "ChartError",
    "CollectError",
    "CoverageError",
    "DamagedFileError",
    "EmptyArticleError",
    "ExerciseError",
    "ExerciseExistsError",
    "ExerciseIdError",
    "GradingError",
    "HTMLArticleError",
    "KeyCompareError",
    "KeyDataError",
    "KeyEditorError",
    "KitError",
    "LessonStopError",
    "LexiconError",
    "MixedLanguagesError",
    "NewExerciseError",
    "NoOverlapError",
    "NotAFileError",
    "NotEnglishError",
    "NotTextError",
    "NothingToTraceError",
    "ProtectedFileError",
    "ReleaseError",
    "SameArticleError",
    "ScannedPDFError",
    "UnencodableTextError",
    "UnreviewedKeyError",
    "WebAddressError",
    "WorkspaceError",
]


class KitError(Exception):
    """Base class of every error the kit raises on purpose.

    ``str(error)`` is one line a student can act on.
    """

    code = "KIT000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def _render_traceback_(self) -> list[str]:
        """IPython shows this instead of a traceback: one line a student can act on."""
        return [f"{type(self).__name__}: {self.message}"]


class ArticleError(KitError, ValueError):
    """The article could not be read as English news text."""

    code = "KIT100"


class ArticleNotFoundError(ArticleError, FileNotFoundError):
    code = "KIT101"


class NotAFileError(ArticleError):
    code = "KIT102"


class EmptyArticleError(ArticleError):
    code = "KIT103"


class NotTextError(ArticleError):
    code = "KIT104"


class ArticleTooLargeError(ArticleError):
    code = "KIT105"


class HTMLArticleError(ArticleError):
    code = "KIT106"


class NotEnglishError(ArticleError):
    code = "KIT107"


class WebAddressError(ArticleError):
    """A web address was given instead of a file or the text: the kit never fetches pages."""

    code = "KIT108"


class ScannedPDFError(ArticleError):
    """A PDF with no text layer (scanned or photographed pages), or text the PDF cannot give back."""

    code = "KIT109"


class ProtectedFileError(ArticleError):
    """A PDF or Word file that needs a password to open."""

    code = "KIT110"


class DamagedFileError(ArticleError):
    """A PDF or Word file that cannot be opened: damaged, cut short, or another kind of file renamed."""

    code = "KIT111"


class UnencodableTextError(ArticleError):
    """Text with a broken character that no file can hold (a lone UTF-16 surrogate such as U+D800)."""

    code = "KIT112"


class AnswersFileError(KitError):
    """A saved answers file could not be read or written."""

    code = "KIT200"


class AnswersLockedError(AnswersFileError):
    """Another notebook kept the answers file locked too long (a second tab?); the answer waits in memory."""

    code = "KIT202"


class AnswersReadOnlyError(AnswersFileError):
    """The answers file is read-only: it is not replaced; answers wait in memory until it is writable."""

    code = "KIT203"


class AnswersPathError(AnswersFileError):
    """Where the answers file should be there is a folder, a named pipe or a device: nothing is read."""

    code = "KIT204"


class WorkspaceError(AnswersFileError):
    """A student's workspace cannot be made or written (the message says where to make one)."""

    code = "KIT205"


class GradingError(KitError):
    """The grader was called with something it cannot use."""

    code = "KIT300"


class ExerciseError(KitError):
    """An exercise definition or its key cannot be used (a teacher's file: the message says what to fix)."""

    code = "KIT310"


class ReleaseError(KitError):
    """A solution notebook cannot be turned into an exercise (the message says which cell)."""

    code = "KIT320"


class CollectError(GradingError):
    """Students' workspaces cannot be collected: none found, or the submissions folder cannot be used."""

    code = "KIT340"


class AnswerKeyError(KitError):
    """An answer key cannot be used: a span that is not in the article, a bad file."""

    code = "KIT400"


class ExerciseIdError(AnswersFileError, ValueError):
    """An exercise or notebook id that cannot key an answers file (empty, too long, odd characters)."""

    code = "KIT201"


class ChartError(KitError, ValueError):
    """A chart was asked for something it cannot draw or save (an unknown speaker, a .pdf file)."""

    code = "KIT500"


class LessonStopError(KitError):
    """Raised by ``kit.lessons.try_analyze(..., stop=True)``: "Run All" halts with one line."""

    code = "KIT600"

    def _render_traceback_(self) -> list[str]:  # IPython shows these lines instead of a traceback
        return [f"⚠ {self}"]


class LexiconError(KitError, ValueError):
    """A line of one of the kit's data files (``kit/data/*.tsv``) cannot be read.

    The message names the file and the line, and says what the line should hold.
    """

    code = "KIT700"


class CoverageError(KitError, ValueError):
    """Articles that cannot be compared as coverage of one event, or a quotation that cannot be traced."""

    code = "KIT800"


class ArticleCountError(CoverageError):
    """``compare_coverage`` needs two to six articles on one event."""

    code = "KIT801"


class MixedLanguagesError(CoverageError):
    """The articles to compare are not all in one language."""

    code = "KIT802"


class SameArticleError(CoverageError):
    """The same article was given twice to ``compare_coverage``."""

    code = "KIT803"


class NothingToTraceError(CoverageError):
    """``trace_quote`` found no quotation or paraphrase (of that speaker) in the article."""

    code = "KIT810"


class NoOverlapError(CoverageError):
    """No quotation or paraphrase of the article matches any words of the original given."""

    code = "KIT811"


# --- 41x: a new exercise from an article, its draft key, the key editor, two keys compared -----


class NewExerciseError(KitError, ValueError):
    """``kit new-exercise`` cannot start: an unknown item in ``--items``, a name that cannot be an id."""

    code = "KIT410"


class ExerciseExistsError(NewExerciseError):
    """The name of a new exercise is taken (a solution, exercise, key or article of that name exists)."""

    code = "KIT411"


class UnreviewedKeyError(ReleaseError):
    """``kit release`` met a draft key: the message lists the items left to review (or use ``--draft``)."""

    code = "KIT412"


class KeyDataError(AnswerKeyError):
    """A hand-made key edited into something the kit cannot use; the message names the entry."""

    code = "KIT413"


class KeyEditorError(KitError, ValueError):
    """An edit the key editor cannot make (words not in the sentence, an unknown item, no kind)."""

    code = "KIT414"


class KeyCompareError(KitError):
    """Two keys that cannot be compared (another article, not a key)."""

    code = "KIT415"
