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

And a student with no mouse: lesson 02 run from the command palette, a sentence tagged, two hedges
marked (one a phrase, by Shift+Arrow) and the exit question answered and checked with the keyboard
alone, while the page counts mouse and pointer events (none allowed); the letter "x" typed in a menu
does not cut the cell and the arrow keys in a question do not move to another cell.

One JupyterLab serves a temporary copy of notebooks/, exercises/ and seeds/ for the whole module.
"""

from __future__ import annotations

import json
import os
from collections import Counter
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
    base = tmp_path_factory.mktemp("class")
    server = jupyterlab.start(*jupyterlab.workspace(base, ("notebooks", "exercises", "seeds")))
    yield server
    server.stop()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda n: n.split("/")[-1].removesuffix(".ipynb"))
def test_after_run_all_no_serious_accessibility_problem_and_everything_fits_a_projector(
    axe_script, browser, class_lab, notebook, tmp_path
):
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.set_default_timeout(30_000)
    try:
        class_lab.open(page, notebook)
        assert page.locator("#jp-left-stack").is_visible(), "the file panel is open, as by default"
        class_lab.run_all(page, notebook)
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
            print(f"layout {notebook} at {size}×768: outputs {found['width']} px wide, {found['labels']} "
                  f"labels and {found['boxes']} controls and charts measured, least room {found['room']} px")
        narrow, wide = narrow["problems"], wide["problems"]
        page.screenshot(path=str(tmp_path / "1366.png"))
        problems = []
        if serious:
            problems.append(_describe(serious))
        if narrow:
            problems.append("at 1024×768 with the file panel open:\n" + "\n".join(dict.fromkeys(narrow)))
        if wide:
            problems.append("at 1366×768:\n" + "\n".join(dict.fromkeys(wide)))
        assert not problems, "\n".join(problems)
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshots: {tmp_path}")
        raise
    finally:
        page.close()
        class_lab.shut_kernels()


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


def _tab_to(page: Any, wanted, what: str, *, limit: int = 12) -> dict[str, Any]:
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = _focused(page)
        if wanted(now):
            return now
    raise AssertionError(f"{limit} presses of Tab did not reach {what} (at {_focused(page)})")


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
    try:
        class_lab.open(page, notebook)
        page.evaluate(COUNT_POINTER_EVENTS)
        # Run All from the command palette (Ctrl+Shift+C), as a keyboard user does
        page.keyboard.press("Control+Shift+C")
        page.keyboard.type("Run All Cells")
        page.wait_for_timeout(300)
        page.keyboard.press("Enter")
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
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshots: {tmp_path}")
        raise
    finally:
        page.close()
        class_lab.shut_kernels()

