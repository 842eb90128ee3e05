"""Every lesson and exercise in a real browser, as a class meets it: axe-core after "Run All", and the layout.

Each notebook is opened in JupyterLab (Debian's Chromium, 1024×768 with the file panel open, as on
a projector), run from the top, and then:

* axe-core (the copy bundled in the PyPI package ``axe-playwright-python``: nothing is fetched)
  checks the notebook for WCAG 2.2 A/AA problems: no serious or critical violation is allowed.
  The count of violations by impact is printed for every notebook.
* nothing in the kit's output is cut off or scrolls sideways (widgets, tables, charts), at
  1024×768 with the side panel open and at 1366×768, and no button, label or menu shows a
  truncated text ("Reveal the kit'…").

One JupyterLab serves a temporary copy of notebooks/, exercises/ and seeds/ for the whole module.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
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

#: Elements whose text is cut with an ellipsis, elements wider than their output, menus too narrow.
LAYOUT_PROBLEMS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const problems = [];
  const name = (el) => (el.className && String(el.className).split(' ').find((c) => c.startsWith('kit-')))
    || el.tagName.toLowerCase();
  const canvas = document.createElement('canvas').getContext('2d');
  for (const out of panel.querySelectorAll('.jp-OutputArea-output')) {
    if (out.scrollWidth > out.clientWidth + 1) {
      const wide = [...out.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right >
        out.getBoundingClientRect().right + 1).map(name);
      problems.push(`an output scrolls sideways (${out.scrollWidth} > ${out.clientWidth} px): `
        + [...new Set(wide)].slice(0, 4).join(', '));
    }
  }
  for (const el of panel.querySelectorAll('.kit-widget button, .kit-widget label, .kit-widget .widget-label,'
      + ' .kit-widget .widget-label-basic, .kit-widget select, .kit-widget .kit-hl-label')) {
    if (!el.offsetParent) continue;
    const text = (el.tagName === 'SELECT' ? (el.selectedOptions[0] || {}).text || '' : el.textContent).trim();
    if (!text) continue;
    if (el.tagName === 'SELECT') {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const need = canvas.measureText(text).width + 24;
      if (need > el.clientWidth + 1) problems.push(`menu too narrow for “${text}” (${el.clientWidth} px)`);
    } else if (el.scrollWidth > el.clientWidth + 1) {
      problems.push(`truncated: “${text}”`);
    }
  }
  return problems;
}
"""


def _axe(page: Any) -> dict[str, Any]:
    from axe_playwright_python.base import AXE_SCRIPT

    page.evaluate(AXE_SCRIPT)
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
    browser, class_lab, notebook, tmp_path
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

        results = _axe(page)
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
