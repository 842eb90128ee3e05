"""Shared fixtures: the seed article, its analysis, the model (loaded once), and JupyterLab in a browser."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_3f95dd3d0e0f8142.txt"
PRACTICE = sorted((SEEDS / "practice").glob("[0-9][0-9]*_*.*"))
PRACTICE = [p for p in PRACTICE if p.suffix in {".txt", ".md"}]
BENCHMARKS = ROOT / "benchmarks"


@contextlib.contextmanager
def _benchmark_module(filename: str, name: str) -> Iterator[Any]:
    """A script of ``benchmarks/`` loaded as the module ``name`` (its folder on ``sys.path`` for its
    ``_common``; registered in ``sys.modules``, where dataclasses look their module up), unloaded after."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / filename)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCHMARKS))
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCHMARKS))
        del sys.modules[name]


@pytest.fixture(scope="session")
def benchmark_module() -> Callable[[str, str], contextlib.AbstractContextManager[Any]]:
    """``with benchmark_module("attribution_polnear.py", "polnear_benchmark") as module:``"""
    return _benchmark_module


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of ``kit/data`` that the kit reads instead, for one test.

    Yields ``change(name, edit)``: ``edit`` is a line to append to the copied file ``name``, or a
    function from its lines to new lines; ``change`` returns the number of the file's last line.
    The engines' cached tables (and :func:`kit.lexicon.read_rows`) are forgotten before and
    after, so the copy is read and the tests that follow read the real files again.
    """
    import kit.lexicon

    def forget() -> None:
        kit.lexicon.read_rows.cache_clear()
        for name, module in list(sys.modules.items()):
            if name.split(".")[:2] in (["kit", "hedges"], ["kit", "tone"], ["kit", "sources"]):
                for value in vars(module).values():
                    if callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()

    for path in kit.lexicon.DATA.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(kit.lexicon, "DATA", tmp_path)
    forget()

    def change(name: str, edit) -> int:
        path = tmp_path / name
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [*lines, edit] if isinstance(edit, str) else edit(lines)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return len(lines)

    yield change
    monkeypatch.undo()
    forget()


@pytest.fixture(scope="session")
def nlp():
    from kit.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    import kit

    return kit.analyze(SEED)


@pytest.fixture(scope="session")
def analyze_text(nlp):
    """Analyse a short text (a title line is added when missing)."""
    import kit

    def run(text: str):
        if "\n\n" not in text.strip():
            text = "Practice story\n\n" + text
        return kit.analyze(text)

    return run


@pytest.fixture(scope="session")
def sample_analysis(seed_analysis):
    """The seed with a few hand-made findings, for testing views before/independently of the engines.

    Offsets are found by searching the seed text, so the fixture stays right if the text changes.
    """
    from dataclasses import replace

    from kit import records as r

    text = seed_analysis.text

    def at(words: str, after: str = "") -> tuple[int, int]:
        start = text.index(words, text.index(after) if after else 0)
        return start, start + len(words)

    def sentence(start: int) -> int:
        return max(i for i, s in enumerate(seed_analysis.sentences) if s.start <= start)

    def paragraph(start: int) -> int:
        return seed_analysis.sentences[sentence(start)].paragraph

    def attribution(speaker, source_type, kind, cue, cue_after, content, content_after, quoted, mention=None):
        cue_start, cue_end = at(cue, cue_after)
        content_start, content_end = at(content, content_after)
        s_start, s_end = at(*mention) if mention else (None, None)
        return r.Attribution(
            speaker, s_start, s_end, source_type, kind, cue, cue_start, cue_end,
            content_start, content_end, sentence(content_start), quoted,
        )  # fmt: skip

    putin_quote = "We are expecting you, dear Mr Chairman, dear friend, we are expecting you next spring on a state visit to Moscow,"  # noqa: E501
    attributions = (
        attribution("Vladimir Putin", "named_person", "indirect", "said", "Vladimir Putin",
                    "he was expecting Chinese President Xi Jinping", "", 0, ("Vladimir Putin",)),
        attribution("Vladimir Putin", "named_person", "direct", "told", "Moscow,” Putin",
                    putin_quote, "", 21, ("Putin", "Moscow,”")),
        attribution("Xi Jinping", "named_person", "partial", "called", "Although Xi",
                    "Putin his “dear friend”", "Although Xi", 2, ("Xi", "Although")),
        attribution("Dmitry Peskov", "spokesperson", "indirect", "said", "Dmitry Peskov",
                    "no date had yet been set for Xi’s visit", "", 0, ("Kremlin spokesman Dmitry Peskov",)),
        attribution("the official translation into Russian", "document", "according_to", "according to",
                    "did not mention", "who did not mention a visit to Moscow", "", 0,
                    ("the official translation into Russian",)),
    )  # fmt: skip
    hedges = []
    for words, category, after in [
        ("appeared", "appearance", "However"),
        ("so far", "limitation", ""),
        ("could", "possibility", "so far"),
        ("around eight minutes", "approximation", ""),
        ("what it terms", "distancing", ""),
    ]:
        start, end = at(words, after)
        hedges.append(
            r.Hedge(start, end, words, category, f"'{words}' softens the claim.", False,
                    sentence(start), paragraph(start))
        )  # fmt: skip
    loaded = []
    for words, alternative in [
        ("flailing", "struggling"),
        ("effusive", "warm"),
        ("courting", "seeking ties with"),
    ]:
        start, end = at(words)
        loaded.append(
            r.LoadedWord(start, end, words, alternative, "An emotive word chosen by the outlet.",
                         sentence(start), paragraph(start))
        )  # fmt: skip
    framing_start, framing_end = at("far more restrained in tone")
    dear = at("dear friend")
    speakers = (
        r.Speaker(
            "Vladimir Putin", "named_person", (r.TextSpan(*at("Vladimir Putin")),), (0, 1), 21,
            "around eight minutes", reported_length_ratio=1.0,
            tone=r.Tone(0.4, "positive", (r.WordScore("dear", dear[0], dear[0] + 4, 0.3),)),
            warmth=(r.Marker("dear friend", dear[0], dear[1], "address"),),
            framing=(r.Framing("effusive", *at("effusive"), 1),),
        ),
        r.Speaker(
            "Xi Jinping", "named_person", (r.TextSpan(*at("Xi Jinping")),), (2,), 2,
            "around a quarter the length of Putin’s", reported_length_ratio=0.25,
            tone=r.Tone(0.0, "reserved", ()),
            framing=(
                r.Framing("far more restrained in tone", framing_start, framing_end, sentence(framing_start)),
            ),
        ),
        r.Speaker("Dmitry Peskov", "spokesperson", (r.TextSpan(*at("Dmitry Peskov")),), (3,), 0),
        r.Speaker("the official translation into Russian", "document", (), (4,), 0),
    )  # fmt: skip
    unattributed = (
        r.UnattributedClaim(
            *at("Since European countries cut links"),
            sentence(text.index("Since European")),
            "Since European countries cut links with Russia over the invasion, Russia has overtaken Saudi "
            "Arabia as China’s top crude supplier.",
        ),
    )
    terms = tuple(
        r.QuotedTerm(*at(term), term, owner, sentence(text.index(term)))
        for term, owner in [
            ("no limits", None),
            ("special military operation", "Russia"),
            ("unfriendly", None),
        ]
    )
    return replace(
        seed_analysis,
        attributions=attributions,
        hedges=tuple(hedges),
        loaded_words=tuple(loaded),
        speakers=speakers,
        unattributed=unattributed,
        quoted_terms=terms,
    )


# --- browser tests: JupyterLab driven in Debian's Chromium by Playwright -------------------------
#
# Shared by the browser test files (test_browser.py, test_accessibility.py, test_reopen.py). The
# server binds 127.0.0.1 with a random token and serves a temporary copy of the repository's
# notebook folders and seeds/, with a temporary HOME: nothing is written to the repository or the
# user's home. Chromium is Debian's (`apt install chromium`); nothing downloads a browser. Without
# chromium the tests are skipped, except under CI (`CI` set), where they must run.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--headless",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COPY_IGNORE = shutil.ignore_patterns(
    "*.answers.json", "*.answers.corrupt-*", ".*.answers.lock", ".ipynb_checkpoints", "__pycache__"
)


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of Debian's chromium; skips the test without it (fails under CI)."""
    path = shutil.which("chromium")
    if path is None:
        reason = "Debian's chromium is not installed (apt-get install chromium): the browser test cannot run"
        if os.environ.get("CI"):
            pytest.fail(reason + " — CI must run it (.ci/run installs it).")
        pytest.skip(reason)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def poll(what: str, check: Callable[[], Any], *, timeout: float, every: float = 0.1) -> Any:
    """Call ``check`` until it returns something truthy; fail with ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
        except (OSError, ValueError, KeyError):
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def lab_workspace(base: Path, folders: tuple[str, ...] = ("notebooks", "seeds")) -> tuple[Path, Path]:
    """A copy of ``folders`` of the repository under ``base/lab``, and an empty home ``base/home``."""
    root, home = base / "lab", base / "home"
    for folder in folders:
        shutil.copytree(ROOT / folder, root / folder, ignore=COPY_IGNORE)
    home.mkdir(parents=True, exist_ok=True)
    return root, home


@dataclass
class Lab:
    """A running JupyterLab: its address, token, folder, home and log, and what a test does with it."""

    url: str
    token: str
    root: Path
    home: Path
    log: Path
    process: subprocess.Popen

    @classmethod
    def start(cls, root: Path, home: Path, *, token: str | None = None) -> Lab:
        """JupyterLab on 127.0.0.1 serving ``root``, with ``home`` as HOME and Jupyter's folders."""
        from kit.cli import lab_environment

        env = lab_environment()  # the kit's Jupyter settings: no news pop-up, widget state saved
        for name, sub in [
            ("HOME", ""),
            ("JUPYTER_CONFIG_DIR", "jupyter-config"),
            ("JUPYTER_DATA_DIR", "jupyter-data"),
            ("JUPYTER_RUNTIME_DIR", "jupyter-runtime"),
            ("IPYTHONDIR", "ipython"),
        ]:
            (home / sub).mkdir(parents=True, exist_ok=True)
            env[name] = str(home / sub)
        port, token = _free_port(), token or secrets.token_hex(16)
        command = [
            sys.executable, "-m", "jupyterlab", "--no-browser",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", f"--ServerApp.token={token}",
            f"--ServerApp.root_dir={root}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]  # fmt: skip
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        log = home / f"jupyterlab-{port}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(command, env=env, cwd=root, stdout=out, stderr=subprocess.STDOUT)
        server = cls(f"http://127.0.0.1:{port}", token, root, home, log, process)
        try:
            poll(
                "JupyterLab to answer /api/status",
                lambda: process.poll() is None and server.api("/api/status") is not None,
                timeout=60,
                every=0.2,
            )
        except AssertionError:
            server.stop()
            raise AssertionError(
                "JupyterLab did not start:\n" + log.read_text(errors="replace")[-3000:]
            ) from None
        return server

    def api(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            self.url + path, method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def kernel_ready(self, notebook: str) -> bool:
        """The notebook's kernel is idle and the browser is connected to it."""
        for session in self.api("/api/sessions"):
            kernel = session.get("kernel") or {}
            if session.get("path", "").endswith(notebook) and kernel.get("execution_state") == "idle":
                if kernel.get("connections", 0) >= 1:
                    return True
        return False

    def shut_kernels(self) -> None:
        for session in self.api("/api/sessions"):
            self.api(f"/api/sessions/{session['id']}", method="DELETE")

    def stop(self) -> None:
        try:  # shut the kernels down first: a server stopped mid-restart can hang
            self.shut_kernels()
        except (OSError, ValueError):
            pass
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    # --- what a test does in the browser ---------------------------------------------------
    def open(self, page: Any, notebook: str, *, kernel: bool = True) -> None:
        """Open ``notebook`` (a path under the root) and wait for its cells (and its kernel)."""
        # ?reset: a fresh workspace, not the tabs another test left open
        page.goto(f"{self.url}/lab/tree/{notebook}?reset&token={self.token}")
        page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
        if kernel:
            poll("the notebook's kernel to be idle and connected", lambda: self.kernel_ready(notebook),
                 timeout=60)  # fmt: skip

    def run_all(self, page: Any, notebook: str, *, timeout: float = 120) -> None:
        """Run → Run All Cells, then wait until every code cell has run and the kernel is idle."""
        page.click(".lm-MenuBar-itemLabel:text-is('Run')")
        page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
        self.wait_for_run(page, notebook, timeout=timeout)

    def wait_for_run(self, page: Any, notebook: str, *, timeout: float = 120) -> None:
        def done() -> bool:
            prompts = page.locator(
                ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt"
            ).all_text_contents()
            return bool(prompts) and all(re.fullmatch(r"\[\d+\]:", p.strip()) for p in prompts)

        poll(f"every cell of {notebook} to run", lambda: done() and self.kernel_ready(notebook),
             timeout=timeout, every=0.3)  # fmt: skip
        page.wait_for_timeout(300)  # the last outputs render

    def save(self, page: Any) -> None:
        """File → Save Notebook."""
        page.click(".lm-MenuBar-itemLabel:text-is('File')")
        page.click(".lm-Menu-itemLabel:text-is('Save Notebook')")


@pytest.fixture(scope="session")
def jupyterlab() -> Any:
    """For a test that runs its own JupyterLab: ``.workspace(base, folders)``, ``.start(root, home)``."""
    from types import SimpleNamespace

    return SimpleNamespace(workspace=lab_workspace, start=Lab.start, poll=poll)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    """JupyterLab on 127.0.0.1, serving a temporary copy of notebooks/ and seeds/."""
    root, home = lab_workspace(tmp_path)
    server = Lab.start(root, home)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser(chromium: str, tmp_path_factory) -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright (one per test module)."""
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("browser-home")
    with sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, env={**os.environ, "HOME": str(home)}
        )
        yield instance
        instance.close()
