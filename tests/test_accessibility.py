"""Every lesson and exercise in a real browser, as a class meets it: axe-core after "Run All", and the layout.

Each notebook is opened in JupyterLab (Debian's Chromium, 1024×768 with the file panel open, as on
a projector), run from the top, and then:

* axe-core (npm's ``axe-core``, pinned in package-lock.json and installed into node_modules/ by
  ``make test`` and CI: nothing is fetched while the tests run) checks the notebook for WCAG 2.2 A/AA
  problems: no serious or critical violation is allowed. The count of violations by impact is
  printed for every notebook.
* nothing in the kit's output is cut off or scrolls sideways (widgets, tables, charts), at
  1024×768 with the side panel open and at 1366×768, and no button, label or menu shows a
  truncated text ("Reveal the kit'…").
* a keyboard sweep: in every kit widget each interactive control is reached by Tab (a radio group,
  the hunter's words and the article's highlights are one roving stop each) and has an accessible
  name; each kind of widget present is used once by its keys (a tag saved, a word marked, an option
  chosen and checked, an answer typed, a speaker changed, a layer switched, the highlights walked,
  also across a redraw of the article); Reset then "Cancel" keep the focus; no pointer event, and
  no key reaches JupyterLab (same cell count, same active cell, same mode).

And a student with no mouse: lesson 02 run from the command palette, a sentence tagged, two hedges
marked (one a phrase, by Shift+Arrow) and the exit question answered and checked with the keyboard
alone, while the page counts mouse and pointer events (none allowed); the letter "x" typed in a menu
does not cut the cell and the arrow keys in a question do not move to another cell. Then lessons 01
and 04 and exercise 03 the same way: the comparer's speaker menus and summary, the article's layer
buttons (Space, Enter) and its highlights (one tab stop, arrow keys, the explanation as text), written
answers with their word count, number answers moved between with Tab, questions, and Reset with
"Yes, erase my answers" (the focus must follow: it used to drop to the page). Each action is looked
for in the answers file, and JupyterLab must not have seen a key: same cell count, same active cell,
still in command mode. The tests wait for conditions (the focus on a control, a redraw, a saved
answer), never for a fixed time, except the menus' one-second type-ahead.

One JupyterLab serves a temporary copy of notebooks/, exercises/ and seeds/ for the whole module.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
NOTEBOOKS = [
    f"{folder}/{p.name}"
    for folder in ("notebooks", "exercises")
    for p in sorted((ROOT / folder).glob("[0-9e]*.ipynb"))
]
#: WCAG 2.0, 2.1 and 2.2, levels A and AA, and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
#: The notebook's own content: JupyterLab's menus, side panels and code editors are not the kit's.
AXE_CONTEXT = {
    "include": [
        [".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output"],
        [".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownOutput"],
    ]
}

#: Measured in the browser: outputs that scroll sideways (scrollWidth > clientWidth), labels cut with an
#: ellipsis (scrollWidth > clientWidth), menus narrower than their chosen text, and controls and charts
#: whose bounding box leaves their output or the window. Returns the problems and what was measured.
LAYOUT_PROBLEMS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const problems = [];
  const name = (el) => (el.className && String(el.className).split(' ').find((c) => c.startsWith('kit-')))
    || el.tagName.toLowerCase();
  const canvas = document.createElement('canvas').getContext('2d');
  const outputs = [...panel.querySelectorAll('.jp-OutputArea-output')];
  for (const out of outputs) {
    if (out.scrollWidth > out.clientWidth + 1) {
      const wide = [...out.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right >
        out.getBoundingClientRect().right + 1).map(name);
      problems.push(`an output scrolls sideways (${out.scrollWidth} > ${out.clientWidth} px): `
        + [...new Set(wide)].slice(0, 4).join(', '));
    }
  }
  let labels = 0;
  for (const el of panel.querySelectorAll('.kit-widget button, .kit-widget label, .kit-widget .widget-label,'
      + ' .kit-widget .widget-label-basic, .kit-widget select, .kit-widget .kit-hl-label')) {
    if (!el.offsetParent) continue;
    const text = (el.tagName === 'SELECT' ? (el.selectedOptions[0] || {}).text || '' : el.textContent).trim();
    if (!text) continue;
    labels += 1;
    if (el.tagName === 'SELECT') {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const need = canvas.measureText(text).width + 24;
      if (need > el.clientWidth + 1) problems.push(`menu too narrow for “${text}” (${el.clientWidth} px)`);
    } else if (el.scrollWidth > el.clientWidth + 1) {
      problems.push(`truncated: “${text}”`);
    }
  }
  const window_right = document.documentElement.clientWidth;
  let boxes = 0, room = Infinity;
  for (const el of panel.querySelectorAll('.kit-widget button, .kit-widget select, .kit-widget input,'
      + ' .kit-widget textarea, .kit-widget label, .jp-OutputArea-output canvas, .jp-OutputArea-output svg,'
      + ' .jp-OutputArea-output img')) {
    const box = el.getBoundingClientRect();
    if (!box.width || !el.getClientRects().length || el.closest('svg') !== el && el.closest('svg')) continue;
    const out = el.closest('.jp-OutputArea-output');
    if (!out) continue;
    const edge = Math.min(out.getBoundingClientRect().right, window_right);
    boxes += 1;
    room = Math.min(room, edge - box.right);
    if (box.right > edge + 1 || box.left < out.getBoundingClientRect().left - 1) {
      const text = (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30);
      problems.push(`cut off: ${name(el)} “${text}” (${Math.round(box.left)}–${Math.round(box.right)} px, `
        + `room to ${Math.round(edge)} px)`);
    }
  }
  const width = outputs.length ? Math.round(outputs[0].getBoundingClientRect().width) : 0;
  return {problems, labels, boxes, room: Math.round(room), width};
}
"""


@pytest.fixture(scope="module")
def axe_script() -> str:
    """axe-core as npm installed it (``make test`` runs ``npm ci``); skipped without it, failed under CI."""
    if not AXE.is_file():
        reason = "axe-core is not installed (`npm ci`, or `make test`): the accessibility check cannot run"
        if os.environ.get("CI"):
            pytest.fail(reason + " — CI must run it (.ci/run installs npm, make test runs npm ci).")
        pytest.skip(reason)
    return AXE.read_text(encoding="utf-8")


def _axe(page: Any, script: str) -> dict[str, Any]:
    page.evaluate(script)
    return page.evaluate(
        "([context, options]) => axe.run(context, options)",
        [AXE_CONTEXT, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}],
    )


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        targets = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
        lines.append(f"{v['impact']}: {v['id']} ({len(v['nodes'])}×) {v['help']} — e.g. {targets}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def class_lab(jupyterlab, tmp_path_factory):
    from playwright.sync_api import expect

    # a kernel on a loaded 2-core machine can take seconds to answer: wait for what a test expects
    # (the focus, a redraw, a saved answer) up to 15 s instead of Playwright's 5 s
    expect.set_options(timeout=15_000)
    base = tmp_path_factory.mktemp("class")
    server = jupyterlab.start(*jupyterlab.workspace(base, ("notebooks", "exercises", "seeds")))
    yield server
    server.stop()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda n: n.split("/")[-1].removesuffix(".ipynb"))
def test_after_run_all_no_serious_accessibility_problem_fits_a_projector_works_by_keyboard(
    axe_script, browser, class_lab, notebook, tmp_path
):
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.set_default_timeout(30_000)
    with _watched(page, tmp_path, class_lab):
        class_lab.open(page, notebook)
        assert page.locator("#jp-left-stack").is_visible(), "the file panel is open, as by default"
        class_lab.run_all(page, notebook)
        page.evaluate(COUNT_POINTER_EVENTS)  # from now on, no mouse: the keyboard sweep below counts them
        errors = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedText[data-mime-type="
                              "'application/vnd.jupyter.error']")  # fmt: skip
        assert errors.count() == 0, errors.first.text_content()

        results = _axe(page, axe_script)
        violations = results["violations"]
        counts = Counter(v["impact"] for v in violations for _ in v["nodes"])
        print(f"\naxe {notebook}: " + json.dumps(dict(sorted(counts.items()))))
        if violations:
            print(_describe(violations))
        serious = [v for v in violations if v["impact"] in {"serious", "critical"}]

        narrow = page.evaluate(LAYOUT_PROBLEMS)
        page.set_viewport_size({"width": 1366, "height": 768})
        page.wait_for_timeout(400)
        wide = page.evaluate(LAYOUT_PROBLEMS)
        for size, found in (("1024", narrow), ("1366", wide)):
            print(
                f"layout {notebook} at {size}×768: outputs {found['width']} px wide, {found['labels']} "
                f"labels and {found['boxes']} controls and charts measured, least room {found['room']} px"
            )
        narrow, wide = narrow["problems"], wide["problems"]
        page.screenshot(path=str(tmp_path / "1366.png"))
        keyboard, _done = _keyboard_sweep(page, notebook)
        pointer = page.evaluate("() => window.__kitPointer")
        problems = []
        if keyboard:
            problems.append("with the keyboard alone:\n" + "\n".join(keyboard))
        if pointer:
            problems.append(f"mouse or pointer events during the keyboard sweep: {pointer}")
        if serious:
            problems.append(_describe(serious))
        if narrow:
            problems.append("at 1024×768 with the file panel open:\n" + "\n".join(dict.fromkeys(narrow)))
        if wide:
            problems.append("at 1366×768:\n" + "\n".join(dict.fromkeys(wide)))
        assert not problems, "\n".join(problems)


#: Counts what a mouse (or a finger) does on the page; a key never makes one of these.
COUNT_POINTER_EVENTS = """
() => {
  window.__kitPointer = [];
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'wheel']) {
    window.addEventListener(type, (e) => window.__kitPointer.push(type), true);
  }
}
"""


def _focused(page: Any) -> dict[str, Any]:
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {tag: e.tagName, text: (e.textContent || '').trim(),"
        " cls: String(e.className || ''), value: e.value === undefined ? null : String(e.value),"
        " label: e.selectedOptions && e.selectedOptions[0] ?"
        " e.selectedOptions[0].text.replace(/\\s+/g, ' ').trim() : null}; }"
    )


def _tab_to(page: Any, wanted, what: str, *, limit: int = 12, key: str = "Tab") -> dict[str, Any]:
    for _ in range(limit):
        page.keyboard.press(key)
        now = _focused(page)
        if wanted(now):
            return now
    raise AssertionError(f"{limit} presses of {key} did not reach {what} (at {_focused(page)})")


def _arrow_to(page: Any, word: str, *, limit: int = 120) -> None:
    for _ in range(limit):
        if _focused(page)["text"] == word:
            return
        page.keyboard.press("ArrowRight")
    raise AssertionError(f"the arrow keys did not reach “{word}” (at “{_focused(page)['text']}”)")


def test_a_student_tags_a_sentence_and_marks_hedges_with_the_keyboard_alone(
    browser, jupyterlab, class_lab, tmp_path
):
    from playwright.sync_api import expect

    notebook = "notebooks/02_who_is_speaking.ipynb"
    answers_file = class_lab.root / "notebooks" / "02_who_is_speaking.answers.json"
    answers_file.unlink(missing_ok=True)
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.set_default_timeout(30_000)
    with _watched(page, tmp_path, class_lab):
        class_lab.open(page, notebook)
        page.evaluate(COUNT_POINTER_EVENTS)
        _run_all_from_the_palette(page)  # as a keyboard user does
        class_lab.wait_for_run(page, notebook)
        all_cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell")
        cells = all_cells.count()

        # The tagger: "x" chooses Xi Jinping (it used to cut the cell), then "vla" Vladimir Putin
        tagger = page.locator(".kit-source-tagger").first
        tagger.scroll_into_view_if_needed()
        tagger.locator(".kit-tagger-speaker select").focus()  # where Tab brings a student
        page.keyboard.press("x")
        assert "Xi" in (_focused(page)["label"] or ""), _focused(page)
        assert all_cells.count() == cells, "the key reached JupyterLab: a cell was cut"
        page.wait_for_timeout(1100)  # the menu's type-ahead starts again
        page.keyboard.type("vla")
        speaker = _focused(page)["label"]
        assert speaker and "Putin" in speaker
        _tab_to(page, lambda f: f["tag"] == "SELECT", "the “How?” menu")
        page.keyboard.type("rep")
        assert (_focused(page)["label"] or "").startswith("reported speech"), _focused(page)
        expect(tagger.locator(".kit-feedback.kit-correct")).to_contain_text("answer key")
        _tab_to(page, lambda f: (f["tag"] == "BUTTON" and "kit-tagger-save" in f["cls"]) or
                (f["tag"] == "BUTTON" and f["text"].startswith("Save")), "the Save button")  # fmt: skip
        page.keyboard.press("Enter")
        expect(tagger.locator(".kit-progress")).to_contain_text("1 /")
        expect(tagger.locator(".kit-tagger-text .kit-tagged").first).to_be_visible()
        # "Previous" back to the first sentence: the button is disabled under the focus, which moves on.
        # The kernel counts the tag before it moves on: wait for the second sentence (Previous enabled)
        expect(tagger.locator(".kit-tagger-prev")).to_be_enabled()
        _tab_to(page, lambda f: f["text"] == "Previous", "the Previous button", limit=3, key="Shift+Tab")
        page.keyboard.press("Enter")
        expect(tagger.locator(".kit-tagger-prev")).to_be_disabled()
        expect(tagger.locator(".kit-tagger-next")).to_be_focused()  # it used to drop to the page
        assert all_cells.count() == cells, "a key reached JupyterLab"

        # The hunter: PageDown to a paragraph, arrows to a word, Enter marks; Shift+Arrow makes a phrase
        hunter = page.locator(".kit-hedge-hunter").first
        hunter.scroll_into_view_if_needed()
        hunter.locator('.kit-token[tabindex="0"]').first.focus()
        for _ in range(5):
            page.keyboard.press("PageDown")  # ¶6: "in what it terms a 'special military operation'"
        _arrow_to(page, "what")
        page.keyboard.press("Shift+ArrowRight")
        page.keyboard.press("Shift+ArrowRight")
        page.keyboard.press("Enter")
        marked = hunter.locator(".kit-token.kit-mark[data-index]")
        expect(marked).to_have_text(["what", "it", "terms"])  # one mark, three words
        for _ in range(4):
            page.keyboard.press("PageDown")  # ¶10: "which China claims as its own"
        _arrow_to(page, "claims")
        page.keyboard.press("Enter")
        expect(marked).to_have_text(["what", "it", "terms", "claims"])
        page.keyboard.press("Shift+ArrowRight")  # a selection started …
        page.keyboard.press("Escape")  # … and cancelled: the marks stay as they were
        expect(marked).to_have_text(["what", "it", "terms", "claims"])
        page.keyboard.press("ArrowLeft")  # back to "claims"
        page.keyboard.press("Enter")  # Enter on a marked word removes its mark …
        expect(marked).to_have_text(["what", "it", "terms"])
        page.keyboard.press("Enter")  # … and marks it again
        expect(marked).to_have_text(["what", "it", "terms", "claims"])

        def saved() -> Any:
            data = json.loads(answers_file.read_text(encoding="utf-8"))
            by_widget = {e.get("widget"): e.get("answer") for e in data.get("exercises", {}).values()}
            marks = by_widget.get("HedgeHunter") or []
            tag = (by_widget.get("SourceTagger") or {}).get("0")
            return (tag, [(m["text"], m["category"]) for m in marks]) if tag and len(marks) == 2 else None

        tag, marks = jupyterlab.poll("the tag and both marks in the answers file", saved, timeout=15)
        assert tag == {"speaker": speaker, "kind": "indirect"}
        assert marks == [("what it terms", "distancing"), ("claims", "distancing")]

        # The exit question: the arrow keys change the choice (they used to move to other cells), and
        # "Check" answers from the lesson's hashed check data (the cell holds no answer)
        question = page.locator(".kit-multiple-choice").first
        question.scroll_into_view_if_needed()
        question.locator("input[type=radio]").first.focus()
        active = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell.jp-mod-active")
        before = active.get_attribute("data-windowed-list-index")
        page.keyboard.press("ArrowDown")
        checked = question.locator("input[type=radio]:checked")
        expect(checked).to_have_count(1)
        assert active.get_attribute("data-windowed-list-index") == before, "the arrow key left the cell"
        _tab_to(page, lambda f: f["tag"] == "BUTTON" and "Check" in f["text"], "the Check button")
        page.keyboard.press("Enter")
        expect(question.locator(".kit-feedback")).to_contain_text("Right.")  # the second option is the key's

        assert page.evaluate("() => window.__kitPointer") == [], "a mouse or pointer event happened"
        page.screenshot(path=str(tmp_path / "keyboard.png"))


# --- every other student widget, with the keyboard alone -------------------------------------------------

#: What JupyterLab would show if a key typed in a widget reached it: the cell count (a cut or pasted
#: cell), the active cell (an arrow key or "j"/"k" moved) and the notebook's mode (Enter edits a cell).
LAB_STATE = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const active = panel.querySelector('.jp-Cell.jp-mod-active');
  const notebook = panel.querySelector('.jp-Notebook');
  return {cells: panel.querySelectorAll('.jp-Cell').length,
          active: active ? active.getAttribute('data-windowed-list-index') : null,
          edit: notebook.classList.contains('jp-mod-editMode')};
}
"""


def _run_all_by_keyboard(page: Any, class_lab: Any, notebook: str) -> None:
    """Open ``notebook``, count pointer events from now on, Run All from the command palette."""
    class_lab.open(page, notebook)
    page.evaluate(COUNT_POINTER_EVENTS)
    _run_all_from_the_palette(page)
    class_lab.wait_for_run(page, notebook)


def _run_all_from_the_palette(page: Any) -> None:
    """Run All Cells from the command palette (Ctrl+Shift+C). A keyboard user whose shortcut came
    before JupyterLab was ready (a loaded machine) presses it again: up to three times."""
    from playwright.sync_api import expect

    palette = page.locator(".lm-CommandPalette-input")
    for attempt in range(3):
        page.keyboard.press("Control+Shift+C")
        try:
            expect(palette.first).to_be_visible(timeout=5_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
    page.keyboard.type("Run All Cells")
    # (on a loaded machine the palette may take a while to list the commands it matches)
    active = page.locator(".lm-CommandPalette-item.lm-mod-active")
    expect(active).to_contain_text("Run All Cells", timeout=20_000)
    page.keyboard.press("Enter")


def _answers(path: Path) -> dict[str, Any]:
    """The answers file's entries: exercise id → answer."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: entry.get("answer") for name, entry in data.get("exercises", {}).items()}


@contextmanager
def _watched(page: Any, tmp_path: Path, class_lab: Any) -> Iterator[None]:
    """A browser test's steps: on a failure a screenshot of the page is kept; the page is always closed
    and its kernels stopped."""
    try:
        yield
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshots: {tmp_path}")
        raise
    finally:
        page.close()
        class_lab.shut_kernels()


def _saved(jupyterlab: Any, path: Path, exercise: str, wanted, what: str) -> Any:
    """Wait until the answers file holds an answer for ``exercise`` that ``wanted`` accepts."""

    def check() -> Any:
        answer = _answers(path).get(exercise)
        return {"answer": answer} if wanted(answer) else None

    return jupyterlab.poll(f"{what} in {path.name}", check, timeout=15)["answer"]


def _enter_widget(page: Any, control: Any) -> dict[str, Any]:
    """Focus ``control`` (where Tab brings a student; no click) and note JupyterLab's state."""
    from playwright.sync_api import expect

    control.scroll_into_view_if_needed()
    control.focus()
    expect(control).to_be_focused()
    return page.evaluate(LAB_STATE)


def _lab_untouched(page: Any, before: dict[str, Any], where: str) -> None:
    now = page.evaluate(LAB_STATE)
    assert now == before, f"a key typed in {where} reached JupyterLab: {before} became {now}"


def _reset_by_keyboard(page: Any, widget: Any, where: str) -> None:
    """Tab to the widget's Reset and press Enter: the focus moves to "Cancel" (it used to drop to the
    page, so "Yes, erase my answers" could not be reached); Shift+Tab and Enter erase; the focus is on
    Reset again. Each step waits for the focus to arrive (the kernel redraws the buttons), no sleep."""
    from playwright.sync_api import expect

    _tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == "Reset", f"{where}'s Reset button")
    page.keyboard.press("Enter")
    expect(widget.locator(".kit-reset-cancel"), f"after Enter on {where}'s Reset").to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(widget.locator(".kit-reset-confirm")).to_be_focused()
    page.keyboard.press("Enter")
    expect(widget.locator(".kit-reset"), f"after erasing {where}").to_be_focused()


def test_a_student_does_lesson_04_with_the_keyboard_alone(browser, jupyterlab, class_lab, tmp_path):
    """The comparer's speaker menus and summary, the article's layer buttons and highlights, a written
    answer with its word count and Reset, the exit question: every action saved, no key reaches JupyterLab."""
    from playwright.sync_api import expect

    notebook = "notebooks/04_two_statements.ipynb"
    answers_file = class_lab.root / "notebooks" / "04_two_statements.answers.json"
    answers_file.unlink(missing_ok=True)
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.set_default_timeout(30_000)
    with _watched(page, tmp_path, class_lab):
        _run_all_by_keyboard(page, class_lab, notebook)

        # The comparer: "d" in Speaker B chooses Dmitry Peskov, "x" Xi Jinping again; ArrowDown in Speaker A
        comparer = page.locator(".kit-statement-comparer").first
        before = _enter_widget(page, comparer.locator(".kit-comparer-b select"))
        page.keyboard.press("d")
        assert _focused(page)["label"] == "Dmitry Peskov", _focused(page)
        expect(comparer.locator(".kit-comparer-table")).to_contain_text("Dmitry Peskov")
        pair = ["Vladimir Putin", "Dmitry Peskov"]
        _saved(jupyterlab, answers_file, "compare", lambda a: a and a["speakers"] == pair, "Putin and Peskov")
        page.wait_for_timeout(1100)  # the menu's type-ahead starts again
        page.keyboard.press("x")
        assert _focused(page)["label"] == "Xi Jinping", _focused(page)
        page.keyboard.press("Shift+Tab")
        assert _focused(page)["label"] == "Vladimir Putin", _focused(page)
        page.keyboard.press("ArrowDown")  # Xi against Xi: the comparer asks for two different speakers
        expect(comparer.locator(".kit-comparer-table")).to_contain_text("two different speakers")
        page.keyboard.press("ArrowUp")
        pair = ["Vladimir Putin", "Xi Jinping"]
        _saved(jupyterlab, answers_file, "compare", lambda a: a and a["speakers"] == pair, "Putin and Xi")
        _tab_to(page, lambda f: f["tag"] == "TEXTAREA", "the comparer's summary")
        summary = "Putin spoke for about eight minutes and Xi for two; the article quotes more of Putin."
        page.keyboard.type(summary)
        _saved(jupyterlab, answers_file, "compare", lambda a: a and a["summary"] == summary, "the summary")
        _lab_untouched(page, before, "the comparer")

        # The article's layer buttons (Space and Enter switch a layer), then its highlights by the arrow keys
        view = page.locator(".kit-article-view").first
        before = _enter_widget(page, view.locator(".kit-layer-toggle").first)
        hedges = view.locator(".kit-layer-hedges")
        _tab_to(page, lambda f: f["text"].startswith("Hedges"), "the Hedges layer button")
        page.keyboard.press("Space")
        expect(hedges).to_have_attribute("aria-pressed", "true")
        _saved(jupyterlab, answers_file, "framing", lambda a: a and "hedges" in a["layers"], "Hedges on")
        page.keyboard.press("Tab")  # the loaded words, on in this cell: Enter switches them off
        assert _focused(page)["text"].startswith("Loaded words"), _focused(page)
        page.keyboard.press("Enter")
        _saved(jupyterlab, answers_file, "framing", lambda a: a and a["layers"] == ["sources", "hedges"],
               "the loaded words off")  # fmt: skip
        expect(view.locator(".kit-article-html .kit-hl-loaded")).to_have_count(0)  # the article redrawn
        highlight = _tab_to(page, lambda f: "kit-hl-current" in f["cls"], "the article's highlights")
        explained = view.locator(".kit-explain-text")
        expect(explained).to_contain_text(highlight["text"].split()[0])
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        moved = _focused(page)
        assert "kit-hl-current" in moved["cls"] and moved["text"] != highlight["text"], moved
        expect(explained).to_contain_text(moved["text"].split()[0])
        _lab_untouched(page, before, "the article view")

        # A written answer: the word count follows the typing, the text is saved; Reset and "Yes, erase"
        rewrite = page.locator(".kit-short-answer").filter(has_text="Rewrite ¶3").first
        before = _enter_widget(page, rewrite.locator("textarea"))
        text = "Putin said the ties with China were strong."
        page.keyboard.type(text)
        expect(rewrite.locator(".kit-word-count")).to_contain_text("8 words of at most 70")
        _saved(jupyterlab, answers_file, "rewrite", lambda a: a == text, "the rewritten paragraph")
        _reset_by_keyboard(page, rewrite, "the written answer")
        expect(rewrite.locator("textarea")).to_have_value("")
        jupyterlab.poll("the answer erased", lambda: "rewrite" not in _answers(answers_file), timeout=15)
        _lab_untouched(page, before, "the written answer")

        # The exit question: ArrowDown chooses, the choice is saved
        question = page.locator(".kit-multiple-choice").filter(has_text="outlet's description").first
        before = _enter_widget(page, question.locator("input[type=radio]").first)
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        _saved(jupyterlab, answers_file, "exit-framing", lambda a: a == "difficult", "the exit answer")
        _lab_untouched(page, before, "the exit question")

        assert page.evaluate("() => window.__kitPointer") == [], "a mouse or pointer event happened"


def test_a_student_does_exercise_03_with_the_keyboard_alone(browser, jupyterlab, class_lab, tmp_path):
    """Number answers typed and moved between with Tab (no word count, a small Reset), the comparer's
    speaker menus and notes, the written interpretation with its word count: saved, no key reaching
    JupyterLab."""
    from playwright.sync_api import expect

    notebook = "exercises/ex03_statement_comparison.ipynb"
    answers_file = class_lab.root / "exercises" / "ex03_statement_comparison.answers.json"
    answers_file.unlink(missing_ok=True)
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.set_default_timeout(30_000)
    with _watched(page, tmp_path, class_lab):
        _run_all_by_keyboard(page, class_lab, notebook)
        cells = page.evaluate(LAB_STATE)["cells"]

        # Four number answers, one after the other with Tab: the compact Reset is the one stop between them
        numbers = page.locator(".kit-short-answer").filter(has=page.locator("textarea[rows='1']"))
        expect(numbers).to_have_count(4)
        before = _enter_widget(page, numbers.nth(0).locator("textarea"))
        for i, (exercise, value) in enumerate(
            [("putin_minutes", "8"), ("xi_minutes", "2"), ("time_share", "80"), ("quoted_share", "96")]
        ):
            if i:
                _tab_to(page, lambda f: f["text"] == "Reset", "the number's small Reset", limit=3)
                _tab_to(page, lambda f: f["tag"] == "TEXTAREA", "the next number", limit=3)
                before = page.evaluate(LAB_STATE)
            page.keyboard.type(value)
            _saved(jupyterlab, answers_file, exercise, lambda a, v=value: a == v, f"{exercise} = {value}")
            expect(numbers.nth(i).locator(".kit-word-count")).to_have_count(0)  # a number has no word count
            _lab_untouched(page, before, f"the number answer {exercise}")
        _reset_by_keyboard(page, numbers.nth(3), "the number answer")
        expect(numbers.nth(3).locator("textarea")).to_have_value("")
        jupyterlab.poll("the erased number", lambda: "quoted_share" not in _answers(answers_file), timeout=15)
        assert _answers(answers_file)["time_share"] == "80", "Reset erased another answer"

        # The comparer (for reading, not graded): "d" in Speaker B compares Putin with Dmitry Peskov
        comparer = page.locator(".kit-statement-comparer").first
        before = _enter_widget(page, comparer.locator(".kit-comparer-b select"))
        page.keyboard.press("d")
        assert _focused(page)["label"] == "Dmitry Peskov", _focused(page)
        expect(comparer.locator(".kit-comparer-table")).to_contain_text("B: Dmitry Peskov")
        page.keyboard.press("ArrowUp")  # the arrow keys change the speaker, not the cell
        assert _focused(page)["label"] != "Dmitry Peskov", _focused(page)
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("ArrowDown")
        assert _focused(page)["label"] == "Xi Jinping", _focused(page)
        expect(comparer.locator(".kit-comparer-table")).to_contain_text("A: Xi Jinping")
        # its notes are saved (they were lost at the next kernel restart: the comparer had no answers file)
        _tab_to(page, lambda f: f["tag"] == "TEXTAREA", "the comparer's notes", limit=3)
        note = "Putin gets long quotes, Xi three words."
        page.keyboard.type(note)
        _saved(jupyterlab, answers_file, "comparison", lambda a: a and a["summary"] == note, "its notes")
        _lab_untouched(page, before, "the comparer")

        # The written interpretation: its word count follows the typing
        interpretation = page.locator(".kit-short-answer").filter(has_text="What impression").first
        before = _enter_widget(page, interpretation.locator("textarea"))
        text = "The article quotes Putin at length and Xi in three words, so Putin seems warmer."
        page.keyboard.type(text)
        expect(interpretation.locator(".kit-word-count")).to_contain_text("15 words of at most 120")
        _saved(jupyterlab, answers_file, "interpretation", lambda a: a == text, "the interpretation")
        _lab_untouched(page, before, "the written interpretation")

        assert page.evaluate(LAB_STATE)["cells"] == cells, "a key cut or added a cell"
        assert page.evaluate("() => window.__kitPointer") == [], "a mouse or pointer event happened"


def test_a_student_does_lesson_01_with_the_keyboard_alone(browser, jupyterlab, class_lab, tmp_path):
    """The article's layer buttons and highlights, the exit question checked and reset, the written
    answer: every action saved, no key reaching JupyterLab."""
    from playwright.sync_api import expect

    notebook = "notebooks/01_reading_the_article.ipynb"
    answers_file = class_lab.root / "notebooks" / "01_reading_the_article.answers.json"
    answers_file.unlink(missing_ok=True)
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.set_default_timeout(30_000)
    with _watched(page, tmp_path, class_lab):
        _run_all_by_keyboard(page, class_lab, notebook)
        cells = page.evaluate(LAB_STATE)["cells"]

        # The layer buttons: Space switches "Says who?" off, Enter the hedges on; then the highlights
        view = page.locator(".kit-article-view").filter(has=page.locator(".kit-layer-toggle")).first
        before = _enter_widget(page, view.locator(".kit-layer-toggle").first)
        _tab_to(page, lambda f: f["text"].startswith("Says who?"), "the “Says who?” layer button")
        page.keyboard.press("Space")
        expect(view.locator(".kit-layer-claims")).to_have_attribute("aria-pressed", "false")
        _saved(jupyterlab, answers_file, "voices", lambda a: a and a["layers"] == ["sources", "terms"],
               "“Says who?” off")  # fmt: skip
        for _ in range(3):
            page.keyboard.press("Shift+Tab")
        assert _focused(page)["text"].startswith("Hedges"), _focused(page)
        page.keyboard.press("Enter")
        layers = ["sources", "hedges", "terms"]
        _saved(jupyterlab, answers_file, "voices", lambda a: a and a["layers"] == layers, "the hedges on")
        expect(view.locator(".kit-article-html .kit-hl-hedges").first).to_be_attached()  # the article redrawn
        first = _tab_to(page, lambda f: "kit-hl-current" in f["cls"], "the article's highlights")
        page.keyboard.press("End")
        last = _focused(page)
        assert "kit-hl-current" in last["cls"] and last["text"] != first["text"], last
        expect(view.locator(".kit-explain-text")).to_contain_text(last["text"].split()[0])
        _lab_untouched(page, before, "the article view")
        page.keyboard.press("Tab")  # out of the article: all its highlights are one tab stop
        assert "kit-hl-current" not in _focused(page)["cls"], "Tab stays among the highlights"

        # The exit question: the fourth option by the arrow keys, checked, then erased with Reset
        question = page.locator(".kit-multiple-choice").first
        before = _enter_widget(page, question.locator("input[type=radio]").first)
        for _ in range(3):
            page.keyboard.press("ArrowDown")
        _saved(jupyterlab, answers_file, "exit-crude", lambda a: a and a.startswith("EurActiv"), "the answer")
        _tab_to(page, lambda f: f["tag"] == "BUTTON" and "Check" in f["text"], "the Check button")
        page.keyboard.press("Enter")
        expect(question.locator(".kit-feedback")).to_contain_text("Right.")
        _reset_by_keyboard(page, question, "the exit question")
        expect(question.locator("input[type=radio]:checked")).to_have_count(0)
        jupyterlab.poll("the answer erased", lambda: "exit-crude" not in _answers(answers_file), timeout=15)
        _lab_untouched(page, before, "the exit question")

        # The written answer and its word count
        written = page.locator(".kit-short-answer").first
        before = _enter_widget(page, written.locator("textarea"))
        text = "I would look up who owns EurActiv on its About page."
        page.keyboard.type(text)
        expect(written.locator(".kit-word-count")).to_contain_text("11 words of at most 50")
        _saved(jupyterlab, answers_file, "exit-check", lambda a: a == text, "the written answer")
        _lab_untouched(page, before, "the written answer")

        assert page.evaluate(LAB_STATE)["cells"] == cells, "a key cut or added a cell"
        assert page.evaluate("() => window.__kitPointer") == [], "a mouse or pointer event happened"


# --- the keyboard sweep: every lesson and exercise, every widget, after Run All ---------------------------

#: Marks the notebook's kit widgets (data-kit-root) and each widget's interactive controls
#: (data-kit-sweep) and returns, per widget, its kind and its controls: their roving group (a radio
#: group, the hunter's words, the article's highlights: one Tab stop each), whether Tab can stop on
#: them, and their accessible name (aria-labelledby, aria-label, a <label>, the text of a button or a
#: word, a tooltip title: what a screen reader announces).
SWEEP_INVENTORY = """
(only) => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const roots = [...panel.querySelectorAll('.kit-widget')]
    .filter((w) => !w.parentElement.closest('.kit-widget'));
  const SEL = 'button, select, input, textarea, a[href], [tabindex], [role=button], [role=radio], '
    + '[role=checkbox], [contenteditable=""], [contenteditable=true]';
  const KINDS = ['kit-source-tagger', 'kit-hedge-hunter', 'kit-multiple-choice', 'kit-short-answer',
    'kit-statement-comparer', 'kit-article-view'];
  const text = (e) => (e.textContent || '').replace(/\\s+/g, ' ').trim();
  const shown = (c) => c.getClientRects().length > 0 && !c.closest('[inert]')
    && getComputedStyle(c).visibility !== 'hidden';
  const name = (c) => {
    const by = c.getAttribute('aria-labelledby');
    if (by) {
      const t = by.split(/\\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(text).join(' ');
      if (t.trim()) return t.trim();
    }
    if ((c.getAttribute('aria-label') || '').trim()) return c.getAttribute('aria-label').trim();
    const labels = c.labels ? [...c.labels].map(text).join(' ').trim() : '';
    if (labels) return labels;
    const own = c.matches('button, a, [role=button], [role=radio], [role=checkbox], .kit-token');
    if (own && text(c)) return text(c);
    return (c.getAttribute('title') || '').trim();
  };
  return roots.map((root, i) => {
    root.dataset.kitRoot = String(i);
    if (only !== null && only !== i) return null;
    const controls = [...root.querySelectorAll(SEL)].filter((c) => shown(c) && !c.disabled
      && !(c.matches('[data-explain]') && c.parentElement.closest('.kit-article-html [data-explain]')));
    return {
      kind: KINDS.find((k) => root.classList.contains(k)) || String(root.className),
      controls: controls.map((c, k) => {
        c.dataset.kitSweep = `${i}-${k}`;
        const group = c.type === 'radio' ? `radio:${c.name}` : c.classList.contains('kit-token') ? 'words'
          : c.matches('.kit-article-html [data-explain]') ? 'highlights' : null;
        const cls = String(c.className || '').split(' ').find((x) => x.startsWith('kit-')) || '';
        return {id: `${i}-${k}`, group, tabbable: c.tabIndex >= 0, name: name(c),
                what: `${c.tagName.toLowerCase()}${cls ? '.' + cls : ''} “${text(c).slice(0, 30)}”`};
      }),
    };
  });
}
"""

#: Where the focus is, seen from widget ``i``: its sweep id, whether it is inside the widget, and
#: JupyterLab's state (cells, active cell, mode), which a key typed in the widget must not change.
SWEEP_FOCUS = (
    "(i) => { const a = document.activeElement;"
    ' const root = document.querySelector(`[data-kit-root="${i}"]`);'
    " return {id: a && a.dataset ? a.dataset.kitSweep || null : null, inside: root.contains(a),"
    " tag: a ? a.tagName : null, lab: (" + LAB_STATE.strip() + ")()}; }"
)


def _operate(page: Any, kind: str, root: Any) -> str | None:
    """Use one widget of ``kind`` with the keyboard once; returns what was done (None: nothing to do)."""
    from playwright.sync_api import expect

    def enter(control: Any) -> None:
        control.scroll_into_view_if_needed()
        control.focus()
        expect(control).to_be_focused()

    if kind == "kit-source-tagger":
        progress = root.locator(".kit-tagger-progress")
        was = progress.text_content()
        enter(root.locator(".kit-tagger-speaker select"))
        page.keyboard.press("ArrowDown")
        _tab_to(page, lambda f: f["tag"] == "SELECT", "the “How?” menu", limit=3)
        page.keyboard.press("ArrowDown")
        _tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"].startswith("Save"), "Save", limit=6)
        page.keyboard.press("Enter")
        expect(progress).not_to_have_text(was)
        return "a speaker and a kind chosen by the arrow keys, saved by Enter"
    if kind == "kit-hedge-hunter":
        marks = root.locator(".kit-token.kit-mark")
        was = marks.count()
        enter(root.locator('.kit-token[tabindex="0"]'))
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        expect(marks).to_have_count(was + 1)
        return "a word marked by the arrow keys and Enter"
    if kind == "kit-multiple-choice":
        first = root.locator("input[type=radio], input[type=checkbox]").first
        enter(first)
        page.keyboard.press("ArrowDown" if first.get_attribute("type") == "radio" else "Space")
        expect(root.locator("input:checked")).to_have_count(1)
        if not root.locator(".kit-question-check").is_visible():  # an exercise's question: no self-check
            return "an option chosen"
        _tab_to(page, lambda f: f["tag"] == "BUTTON" and "Check" in f["text"], "the Check button", limit=8)
        page.keyboard.press("Enter")
        expect(root.locator(".kit-question-feedback .kit-feedback")).to_be_visible()
        return "an option chosen and checked"
    if kind == "kit-short-answer":
        box = root.locator("textarea")
        enter(box)
        page.keyboard.press("End")
        page.keyboard.type(" ok")
        expect(box).to_have_value(re.compile(r" ok$"))
        return "typed in"
    if kind == "kit-statement-comparer":
        table = root.locator(".kit-comparer-table")
        was = table.text_content()
        enter(root.locator(".kit-comparer-b select"))
        page.keyboard.press("ArrowDown")
        expect(table).not_to_have_text(was)
        return "another speaker B by the arrow keys"
    if kind == "kit-article-view":
        done = []
        toggles = root.locator(".kit-layer-toggle")
        for k in range(toggles.count()):  # the first layer with something to show in this article
            toggle = toggles.nth(k)
            if not re.search(r"\([1-9]\d*\)", toggle.text_content() or ""):
                continue
            classes = (toggle.get_attribute("class") or "").split()
            layer = next(c for c in classes if c.startswith("kit-layer-") and c != "kit-layer-toggle")[10:]
            shown = root.locator(f".kit-article-html .kit-hl-{layer}")
            on = toggle.get_attribute("aria-pressed") == "true"
            enter(toggle)
            for state in (not on, on):  # Space switches it, the kernel redraws the article; and back
                page.keyboard.press("Space")
                expect(toggle).to_have_attribute("aria-pressed", "true" if state else "false")
                if state:
                    expect(shown.first).to_be_attached()
                else:
                    expect(shown).to_have_count(0)
            done.append("a layer switched by Space")
            break
        stop = root.locator('.kit-article-html [data-explain][tabindex="0"]')
        if stop.count():
            enter(stop)
            # the kernel redraws the article (a layer switched) while a highlight has the focus: the
            # focus stays on a highlight (it dropped to the page, and the next arrow key moved the cell)
            page.evaluate(
                '(i) => { const c = document.querySelector(`[data-kit-root="${i}"] .kit-article-html'
                " .widget-html-content`); c.innerHTML = c.innerHTML; }",
                root.get_attribute("data-kit-root"),
            )
            expect(root.locator(".kit-article-html [data-explain].kit-hl-current")).to_be_focused()
            page.keyboard.press("ArrowRight")
            focused = root.locator(".kit-article-html [data-explain]:focus")
            expect(focused).to_have_count(1)
            expect(root.locator(".kit-explain-text")).to_contain_text(focused.text_content().split()[0])
            done.append("highlights by the arrow keys, also across a redraw")
        return ", ".join(done) or None
    return None


def _keyboard_sweep(page: Any, notebook: str) -> tuple[list[str], list[str]]:
    """Every kit widget of the open notebook by keyboard: problems found, and what was done."""
    from playwright.sync_api import expect

    started = time.monotonic()
    problems: list[str] = []
    done: list[str] = []
    widgets = page.evaluate(SWEEP_INVENTORY, None)
    operated: set[str] = set()
    reset_tried = False
    counted = [0, 0]  # controls, Tab stops
    for i in range(len(widgets)):
        # taken again for each widget: using one widget may redraw another
        widget = page.evaluate(SWEEP_INVENTORY, i)[i]
        kind, controls = widget["kind"], widget["controls"]
        where = f"{kind} #{i}"
        for c in controls:
            if not c["name"].strip():
                problems.append(f"{where}: {c['what']} has no accessible name")
        stops = [c for c in controls if c["tabbable"]]
        counted[0] += len(controls)
        counted[1] += len(stops)
        if not stops:
            if controls:
                problems.append(f"{where}: no control can be reached by Tab")
            continue
        # Tab from the widget's first stop through all of them, until the focus leaves the widget
        first = page.locator(f'[data-kit-sweep="{stops[0]["id"]}"]')
        first.scroll_into_view_if_needed()
        first.focus()
        expect(first).to_be_focused()
        before = page.evaluate(SWEEP_FOCUS, i)["lab"]
        visited = {stops[0]["id"]}
        for _ in range(len(stops) + 3):
            page.keyboard.press("Tab")
            at = page.evaluate(SWEEP_FOCUS, i)
            if not at["inside"]:
                break
            if at["lab"] != before:
                problems.append(f"{where}: Tab reached JupyterLab: {before} became {at['lab']}")
                break
            visited.add(at["id"])
        else:
            problems.append(f"{where}: Tab never leaves the widget (a keyboard trap)")
        reached_groups = {c["group"] for c in controls if c["id"] in visited and c["group"]}
        for c in controls:
            if c["id"] not in visited and not (c["group"] and c["group"] in reached_groups):
                problems.append(f"{where}: {c['what']} is not reached by Tab")
        root = page.locator(f'[data-kit-root="{i}"]')
        # each kind of widget used once with the keys; JupyterLab sees none of them
        if kind not in operated:
            did = _operate(page, kind, root)
            if did:
                operated.add(kind)
                done.append(f"{kind}: {did}")
                at = page.evaluate(SWEEP_FOCUS, i)
                if not at["inside"]:
                    problems.append(f"{where}: after {did} the focus left the widget ({at['tag']})")
                elif at["lab"] != before:
                    problems.append(f"{where}: a key reached JupyterLab: {before} became {at['lab']}")
        # Reset once per notebook: Enter, then "Cancel" has the focus, Enter, Reset has it again
        reset = root.locator(".kit-reset")
        if not reset_tried and reset.count() and reset.is_visible():
            reset_tried = True
            reset.focus()
            page.keyboard.press("Enter")
            expect(root.locator(".kit-reset-cancel")).to_be_focused()
            page.keyboard.press("Enter")
            expect(root.locator(".kit-reset")).to_be_focused()
            done.append(f"{kind}: Reset and Cancel")
    took = time.monotonic() - started
    print(
        f"keyboard {notebook}: {len(widgets)} widgets, {counted[0]} controls, {counted[1]} Tab stops, "
        f"in {took:.1f} s: " + "; ".join(done)
    )
    return problems, done
