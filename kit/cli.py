"""The command line.

* ``python -m kit analyze PATH [--json]``: the readable report, or the JSON contract;
* ``python -m kit compare PATH PATH … [--json]``: two to six outlets' reports of one event side by side;
* ``python -m kit trace ARTICLE ORIGINAL [--speaker NAME] [--json]``: the article's quotations traced to
  the original;
* ``python -m kit lab [NOTEBOOK]``: JupyterLab on a lesson: by default lesson 01 in the student's
  workspace (``$KIT_HOME`` or ``~/media-literacy``, made or updated first: :mod:`kit.workspace`);
* ``media-kit workspace``: make or update that workspace only (a hub's start-up hook);
* ``python -m kit present 03``: lesson 03 from the workspace as an app, no code cells (Voila);
* ``python -m kit release [--check] [--draft]``: write the student exercises (and their self-check data)
  from ``solutions/`` (a draft key stops it, unless ``--draft`` makes a trial release), and the student
  lessons (and theirs) from their teacher editions in ``teacher/``;
* ``python -m kit new-exercise ARTICLE [--items …] [--name NAME] [--force]``: an article into a draft
  exercise (``kit.authoring``);
* ``python -m kit keys compare A B``: agreement and Cohen's kappa per item between two keys;
* ``media-kit collect PATTERN|FOLDER… --out submissions/``: gather students' answers files from their
  workspaces (``'/home/*/media-literacy'``) or a folder of exported ones, ready for ``grade``;
* ``media-kit grade SUBMISSIONS --key solutions/ --out grades/ [--rubric CSV]``: grade answers files
  (the keys are compiled in memory from ``solutions/`` and ``seeds/keys/``; only ``--out`` is written).
  ``media-kit`` is the console script ``pip`` installs (``.venv/bin/media-kit``): unlike
  ``python -m kit`` it never puts the current folder on Python's path, so it can be started from any
  folder, a submissions folder included (``python -P -m kit`` does the same).

Errors a user can fix print one line, ``kit: <what is wrong and what to do>``,
and exit with status 2; nothing prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from .errors import KitError
from .files import PROJECT
from .lexicon import DATA
from .workspace import prepare

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kit" if Path(sys.argv[0]).name in {"__main__.py", ""} else Path(sys.argv[0]).name,
        description="Media-literacy kit: analyse a news article.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze",
        help="who is speaking, hedges, loaded words, speaker profiles",
        description="Analyse one article (.txt or .md, UTF-8). Use - to read the text from standard input.",
    )
    analyze.add_argument("path", metavar="PATH", help="the article file, or - for standard input")
    analyze.add_argument("--json", action="store_true", help="print one JSON object (the analysis schema)")
    compare = commands.add_parser(
        "compare",
        help="two to six reports of one event side by side",
        description="Compare how two to six articles (one per outlet) report the same event.",
    )
    compare.add_argument("paths", metavar="PATH", nargs="+", help="the articles, one per outlet")
    compare.add_argument("--json", action="store_true", help="one JSON object (README: Comparing coverage)")
    trace = commands.add_parser(
        "trace",
        help="trace an article's quotations to the original",
        description="Align every quotation and paraphrase of an article with the original it quotes.",
    )
    trace.add_argument("article", metavar="ARTICLE", help="the article")
    trace.add_argument("original", metavar="ORIGINAL", help="the original: a transcript, a statement")
    trace.add_argument("--speaker", default=None, help="trace this speaker's quotations only")
    trace.add_argument("--json", action="store_true", help="one JSON object (README: Tracing quotations)")
    lab = commands.add_parser(
        "lab",
        help="open JupyterLab on a lesson",
        description="Start JupyterLab (offline, no news pop-up) on a lesson notebook.",
    )
    lab.add_argument("notebook", nargs="?", default=None, help="a notebook to open (default: lesson 01)")
    lab.add_argument("--port", type=int, default=8888, help="the port (default 8888, or the next free one)")
    lab.add_argument(
        "--no-browser", action="store_true", help="only print the address, do not open a browser"
    )
    lab.add_argument(
        "--idle-minutes", type=float, default=IDLE_MINUTES, metavar="N",
        help=f"shut down a kernel idle for N minutes, freeing its memory (default {IDLE_MINUTES}; 0: never)",
    )  # fmt: skip
    lab.add_argument(
        "--workspace", default=None, metavar="FOLDER",
        help="the student's workspace (default: $KIT_HOME, or media-literacy in your home folder)",
    )  # fmt: skip
    present = commands.add_parser(
        "present",
        help="show a lesson as an app: its text and widgets, no code (Voila)",
        description=(
            "Serve a lesson from the student's workspace with Voila: the text, the widgets and the charts, "
            "no code cells. Answers are saved in the workspace, as in JupyterLab."
        ),
    )
    present.add_argument(
        "lesson", metavar="LESSON", help="the lesson's number (such as 03) or a notebook's path"
    )
    present.add_argument("--port", type=int, default=8866, help="the port (default 8866)")
    present.add_argument("--no-browser", action="store_true", help="only print the address")
    present.add_argument(
        "--workspace", default=None, metavar="FOLDER", help="a folder other than the default"
    )
    workspace = commands.add_parser(
        "workspace",
        help="copy the lessons, exercises and articles into a student's workspace (or update it)",
        description=(
            "Make or update a student's workspace ($KIT_HOME, or media-literacy in the home folder): the "
            "lessons, exercises and articles are copied in; a file the student changed is never replaced "
            "(a new version goes beside it). For a hub's start-up hook."
        ),
    )
    workspace.add_argument(
        "--workspace", default=None, metavar="FOLDER", help="a folder other than the default"
    )
    release = commands.add_parser(
        "release",
        help="write exercises/ from the solution notebooks and notebooks/ from the teacher editions",
        description=(
            "Write exercises/*.ipynb and exercises/checks/*.json from solutions/*.ipynb, and "
            "notebooks/*.ipynb and notebooks/checks/*.json from teacher/*.ipynb. Nothing else is "
            "written: the grader compiles its keys in memory."
        ),
    )
    release.add_argument("--check", action="store_true", help="write nothing; list what is out of date")
    release.add_argument(
        "--draft", action="store_true",
        help="also release exercises whose keys are drafts, as trial releases marked as such",
    )  # fmt: skip
    new = commands.add_parser(
        "new-exercise",
        help="turn an article into a draft exercise (article, metadata, draft key, solution notebook)",
        description=(
            "Copy ARTICLE into seeds/ with its .meta.json, write a draft hand-made key from the engine's "
            "findings (marked unreviewed, item by item) in seeds/keys/ and a solution notebook in "
            "solutions/. Review the key with kit.KeyEditor (teacher/make_an_exercise.ipynb), "
            "then run `release`."
        ),
    )
    new.add_argument(
        "article", metavar="ARTICLE", help="the article (.txt, .md, .html, .pdf, .docx), or - for stdin"
    )
    new.add_argument(
        "--items", default=None,
        help="graded items, comma-separated: source-tags,hedges,numbers,choices,reflection (default: all)",
    )  # fmt: skip
    new.add_argument("--name", default=None, help="the exercise id (default: ex<NN>_<title words>)")
    new.add_argument("--force", action="store_true", help="replace an exercise of the same name")
    new.add_argument(
        "--root", default=None, help="the project folder with seeds/ and solutions/ (default: the kit's own)"
    )
    keys = commands.add_parser(
        "keys", help="hand-made answer keys: compare two", description="Work with hand-made answer keys."
    )
    key_commands = keys.add_subparsers(dest="keys_command", required=True, metavar="KEYS_COMMAND")
    compare = key_commands.add_parser(
        "compare",
        help="agreement and Cohen's kappa per item between two keys of one article",
        description=(
            "Compare two hand-made keys of the same article (B may be the word 'engine': the engine's "
            "findings): agreement and Cohen's kappa per item, then every disagreement."
        ),
    )
    compare.add_argument("first", metavar="A", help="a hand-made key (seeds/keys/*.json)")
    compare.add_argument("second", metavar="B", help="another key of the same article, or 'engine'")
    gather = commands.add_parser(
        "collect",
        help="gather students' answers files from their workspaces into a submissions folder",
        description=(
            "Copy every *.answers.json from students' workspaces into OUT/<student>/, ready for grade. "
            "A SOURCE is a quoted pattern whose first * names the student ('/home/*/media-literacy') or a "
            "folder holding one folder or .zip file per student. Links are never followed; students' files "
            "are only read."
        ),
    )
    gather.add_argument(
        "sources", metavar="SOURCE", nargs="+", help="a quoted pattern, or a folder of workspaces"
    )
    gather.add_argument("--out", default="submissions", help="the submissions folder (default: submissions)")
    grade = commands.add_parser(
        "grade",
        help="grade students' answers files (read as data, never run)",
        description=(
            "Grade a folder holding one folder per student with their *.answers.json files. The keys are "
            "compiled in memory from the solution notebooks in --key and the hand-made keys in seeds/keys/ "
            "beside it; nothing is written outside --out, which must be outside the submissions. Start it as "
            "media-kit grade (or python -P -m kit grade): nothing in the submissions is ever run."
        ),
    )
    grade.add_argument("submissions", metavar="SUBMISSIONS", help="the folder of student folders")
    grade.add_argument(
        "--key",
        default="solutions",
        help="the folder of solution notebooks, next to seeds/ (default: solutions)",
    )
    grade.add_argument("--out", default="grades", help="where the reports go (default: grades)")
    grade.add_argument(
        "--rubric", default=None,
        help="CSV student,item,points,comment for written answers (comma or semicolon, UTF-8 or Excel's)",
    )  # fmt: skip
    grade.add_argument("--no-chart", action="store_true", help="skip the score-distribution chart")
    return parser


FIRST_LESSON = "notebooks/01_reading_the_article.ipynb"
#: Minutes a kernel may stay idle before JupyterLab shuts it down (``kit lab --idle-minutes``).
IDLE_MINUTES = 60


def lab_command(
    notebook: str | os.PathLike[str] | None = None,
    *,
    port: int = 8888,
    browser: bool = True,
    root: str | os.PathLike[str] | None = None,
    idle_minutes: float = IDLE_MINUTES,
) -> list[str]:
    """The ``jupyter lab`` command line that opens ``notebook`` (lesson 01 of the kit by default).

    JupyterLab shows the folder ``root`` (by default the kit's own folder for a notebook inside it,
    else the notebook's folder). The notebook opens through the server's start page
    (``LabApp.default_url``), so the address JupyterLab prints (with ``--no-browser``) opens the
    lesson itself, not the Launcher, whatever the folder the command is started from. A kernel left
    idle for ``idle_minutes`` (0: never) is shut down, giving its memory (the language model) back;
    answers are saved as they are given, so nothing is lost: the notebook's cells run again later.
    """
    target = Path(notebook).expanduser() if notebook else PROJECT / FIRST_LESSON
    if not target.is_file():
        from .errors import KitError

        raise KitError(f"There is no notebook at '{target}': give the path of a lesson in notebooks/.")
    target = target.resolve()
    if root is not None:
        folder = Path(root).resolve()
    else:
        folder = PROJECT if target.is_relative_to(PROJECT) else target.parent
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={folder}",
        f"--LabApp.default_url=/lab/tree/{quote(target.relative_to(folder).as_posix())}",
        f"--ServerApp.port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if idle_minutes > 0:
        seconds = max(1, round(idle_minutes * 60))
        command += [
            f"--MappingKernelManager.cull_idle_timeout={seconds}",
            f"--MappingKernelManager.cull_interval={min(60, seconds)}",
        ]
    if not browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command


def present_command(
    lesson: str, *, workspace: str | os.PathLike[str], port: int = 8866, browser: bool = True
) -> list[str]:
    """The Voilà command line that serves ``lesson`` (a number such as ``03``, or a notebook's path)
    from the student's ``workspace`` as an app: its text and widgets, no code cells."""
    folder = Path(workspace)
    if lesson.isdigit():
        found = sorted((folder / "notebooks").glob(f"{int(lesson):02d}_*.ipynb"))
        if not found:
            from .errors import KitError

            names = ", ".join(p.name[:2] for p in sorted((folder / "notebooks").glob("[0-9][0-9]_*.ipynb")))
            raise KitError(f"There is no lesson {lesson}: the lessons are {names or 'missing'}.")
        target = found[0]
    else:
        target = Path(lesson).expanduser()
        if not target.is_file():
            from .errors import KitError

            raise KitError(f"There is no notebook at '{target}': give a lesson's number, such as 03.")
    command = [
        sys.executable,
        "-m",
        "voila",
        str(target.resolve()),
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--show_tracebacks=False",
    ]
    if not browser:
        command.append("--no-browser")
    return command


def lab_environment() -> dict[str, str]:
    """The environment for JupyterLab: the kit's page config (no news pop-up) on the config path."""
    config = str(DATA / "jupyter")
    env = dict(os.environ)
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(p for p in (config, env.get("JUPYTER_CONFIG_PATH")) if p)
    return env


def _lab(args: argparse.Namespace) -> int:
    if args.notebook:
        notebook, root = args.notebook, None
    else:  # the lessons open from the student's own copy, never from the kit's files
        workspace = prepare(args.workspace)
        for line in workspace.lines:
            print(line, flush=True)
        notebook, root = workspace.folder / FIRST_LESSON, workspace.folder
    command = lab_command(
        notebook, port=args.port, browser=not args.no_browser, root=root, idle_minutes=args.idle_minutes
    )
    print(f"Starting JupyterLab on {notebook} - the address to open is printed below.", flush=True)
    os.execve(sys.executable, command, lab_environment())
    return 0  # pragma: no cover - execve does not return


def _present(args: argparse.Namespace) -> int:
    workspace = prepare(args.workspace)
    command = present_command(
        args.lesson, workspace=workspace.folder, port=args.port, browser=not args.no_browser
    )
    print(f"Presenting {command[3]} as an app (no code) - the address is printed below.", flush=True)
    os.execve(sys.executable, command, lab_environment())
    return 0  # pragma: no cover - execve does not return


def _workspace(args: argparse.Namespace) -> int:
    for line in prepare(args.workspace).lines:
        print(line)
    return 0


def _read_source(path: str) -> str:
    if path != "-":
        return path
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from .errors import NotTextError

        raise NotTextError(
            "The text on standard input is not UTF-8: save it as UTF-8 plain text and try again."
        ) from None


def _analyze(args: argparse.Namespace) -> int:
    from .analysis import analyze
    from .article import load_article

    source = _read_source(args.path)
    article = load_article(source) if args.path != "-" else load_article(_as_text(source))
    result = analyze(article)
    sys.stdout.write(result.to_json(indent=2) + "\n" if args.json else result.summary())
    return 0


def _compare(args: argparse.Namespace) -> int:
    from .coverage import compare_coverage

    result = compare_coverage(args.paths)
    sys.stdout.write(result.to_json(indent=2) + "\n" if args.json else result.summary())
    return 0


def _trace(args: argparse.Namespace) -> int:
    from .tracing import trace_quote

    result = trace_quote(args.article, args.original, speaker=args.speaker)
    sys.stdout.write(result.to_json(indent=2) + "\n" if args.json else result.summary())
    return 0


def _as_text(text: str) -> str:
    # Text from standard input is never a path, even when it is one short line.
    return text if "\n" in text else text + "\n"


def _release(args: argparse.Namespace) -> int:
    from .release import differences, release

    if args.check:
        stale = differences(PROJECT, draft=args.draft)
        for line in stale:
            print(line)
        if stale:
            print("kit: exercises/ or notebooks/ is out of date: run `python -m kit release`.",
                  file=sys.stderr)  # fmt: skip
            return 1
        print("exercises/ and notebooks/ are up to date.")
        return 0
    written = release(PROJECT, draft=args.draft)
    print(f"Released {len(written)} files into exercises/, notebooks/ and their checks/.")
    if args.draft:
        from .release import drafts

        for name, left in drafts(PROJECT).items():
            print(f"TRIAL release of {name}: a draft key (left: {', '.join(left)}); do not grade with it.")
    return 0


def _new_exercise(args: argparse.Namespace) -> int:
    from .authoring import new_exercise

    article = _as_text(_read_source(args.article)) if args.article == "-" else args.article
    root = Path(args.root) if args.root else PROJECT
    made = new_exercise(article, items=args.items, name=args.name, force=args.force, root=root)
    print(made)
    return 0


def _keys(args: argparse.Namespace) -> int:
    from .authoring import compare_keys

    sys.stdout.write(str(compare_keys(args.first, args.second)))
    return 0


def _warn_drafts(folder: Path) -> None:
    """A note (not an error) for each key graded with while it is still a draft, not reviewed."""
    from .authoring import unreviewed

    for notebook in sorted(folder.glob("*.ipynb")):
        try:
            left = unreviewed(notebook, root=folder.resolve().parent)
        except KitError:
            continue  # the grader has said what is wrong with it
        if left:
            print(
                f"kit: note: the key of {notebook.stem} is a draft, not reviewed ({', '.join(left)} left): "
                "its grades may be wrong. Review it with kit.KeyEditor and grade again.",
                file=sys.stderr,
            )


def _collect(args: argparse.Namespace) -> int:
    from .grading import collect

    report = collect(args.sources, out=args.out)
    for line in report.lines:
        print(line)
    return 0


def _grade(args: argparse.Namespace) -> int:
    from .grading import grade

    report = grade(args.submissions, key=args.key, out=args.out, rubric=args.rubric, chart=not args.no_chart)
    for line in report.lines:
        print(line)
    _warn_drafts(Path(args.key))
    ungraded = sum(s.status == "ungraded" for s in report.students)
    print(
        f"Graded {len(report.students) - ungraded} of {len(report.students)} students; "
        f"reports in {report.out} (grades.csv, report.txt, summary.html, feedback/)."
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "compare":
            return _compare(args)
        if args.command == "trace":
            return _trace(args)
        if args.command == "lab":
            return _lab(args)
        if args.command == "release":
            return _release(args)
        if args.command == "grade":
            return _grade(args)
        if args.command == "new-exercise":
            return _new_exercise(args)
        if args.command == "keys":
            return _keys(args)
        if args.command == "collect":
            return _collect(args)
        if args.command == "workspace":
            return _workspace(args)
        if args.command == "present":
            return _present(args)
    except KitError as error:
        print(f"kit: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kit: interrupted", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command!r}")
    return 2
