// The front end every kit widget shares (kit/widgets/_base.py, Frame). It draws nothing itself,
// except the note of a notebook reopened without its kernel; it finds the widget it belongs to
// (its parent .kit-widget) and makes it usable by keyboard and screen reader:
// - keys typed inside the widget never reach JupyterLab's notebook shortcuts ("x" in a menu
//   chooses "Xi Jinping" instead of cutting the cell; arrow keys change a choice instead of
//   moving to another cell); Ctrl/Cmd/Alt combinations (Ctrl+S saves) still reach JupyterLab;
// - controls get names and roles (radio groups, pressed toggles, live status lines);
// - highlights in an article ([data-explain]) are one tab stop: the arrow keys move between them
//   and the explanation of the one focused (or clicked) is shown as text in .kit-explain;
// - a focused control that the kernel replaces (Reset and its confirmation, a redrawn article's
//   highlight) or disables ("Previous" at the first sentence) hands the focus on at once, in the
//   same task as the change, instead of dropping it to the page (the focus guard, below).
// Nothing here talks to the kernel: it works the same in a notebook reopened without one.

const LIVE = [".kit-status", ".kit-tagger-feedback", ".kit-question-feedback", ".kit-hunter-count",
  ".kit-comparer-hint", ".kit-tagger-progress", ".kit-hunter-results"];

function setUp(root, el, model) {
  if (root.dataset.kitFrame === "1") return () => {};
  root.dataset.kitFrame = "1";
  const label = model.get("label");
  root.setAttribute("role", "group");
  if (label) root.setAttribute("aria-label", label);

  const listening = new AbortController();
  const on = (type, fn) => root.addEventListener(type, fn, { signal: listening.signal });
  on("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return; // Ctrl+S and other JupyterLab commands still work
    e.stopPropagation();
  });

  let current = null; // the highlight that has the tab stop
  const words = (el) => el.textContent.replace(/\s+/g, " ").trim();
  const explain = (hl) => {
    const box = root.querySelector(".kit-explain-text");
    if (!box || !hl) return;
    // a highlight that starts inside another (a cue inside a quotation) is one stop: both explanations show
    const inner = Array.from(hl.querySelectorAll("[data-explain]"))
      .map((el) => ` · “${words(el)}”: ${el.dataset.explain}`).join("");
    box.textContent = `“${words(hl)}”: ${hl.dataset.explain}${inner}`;
  };
  // the outermost highlight of a nest is the keyboard stop: controls are never nested in one another
  const outermost = (el) => {
    let hl = el && el.closest ? el.closest(".kit-article-html [data-explain]") : null;
    while (hl && hl.parentElement) {
      const outer = hl.parentElement.closest(".kit-article-html [data-explain]");
      if (!outer) break;
      hl = outer;
    }
    return hl;
  };
  const highlights = () => Array.from(root.querySelectorAll(".kit-article-html [data-explain]"))
    .filter((hl) => outermost(hl) === hl);
  const focusOn = (hl, move) => {
    if (!hl) return;
    if (current && current !== hl) {
      current.tabIndex = -1;
      current.classList.remove("kit-hl-current");
    }
    current = hl;
    hl.tabIndex = 0;
    hl.classList.add("kit-hl-current");
    if (move) hl.focus();
    explain(hl);
  };
  on("focusin", (e) => {
    const hl = outermost(e.target);
    if (hl && root.contains(hl)) focusOn(hl, false);
  });
  on("click", (e) => {
    const hl = outermost(e.target);
    if (hl) focusOn(hl, true);
  });
  on("keydown", (e) => {
    const hl = outermost(e.target);
    if (!hl) return;
    const all = highlights();
    const i = all.indexOf(hl);
    let next = null;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") next = all[Math.min(i + 1, all.length - 1)];
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = all[Math.max(i - 1, 0)];
    else if (e.key === "Home") next = all[0];
    else if (e.key === "End") next = all[all.length - 1];
    else if (e.key === "Enter" || e.key === " ") next = hl;
    if (next) {
      e.preventDefault();
      focusOn(next, true);
    }
  });

  const enhance = () => {
    for (const selector of LIVE) {
      for (const node of root.querySelectorAll(selector)) {
        if (!node.hasAttribute("aria-live")) node.setAttribute("aria-live", "polite");
      }
    }
    const question = root.querySelector(".kit-question-text");
    if (question && !question.id) question.id = "kit-q-" + Math.random().toString(36).slice(2, 10);
    for (const box of root.querySelectorAll(".widget-radio-box")) {
      box.setAttribute("role", "radiogroup");
      if (question) box.setAttribute("aria-labelledby", question.id);
    }
    for (const box of root.querySelectorAll(".kit-question-options.widget-vbox")) {
      box.setAttribute("role", "group");
      if (question) box.setAttribute("aria-labelledby", question.id);
    }
    for (const area of root.querySelectorAll("textarea")) {
      if (!area.hasAttribute("aria-labelledby") && question) area.setAttribute("aria-labelledby", question.id);
      if (!question && !area.hasAttribute("aria-label")) area.setAttribute("aria-label", area.placeholder || label);
    }
    for (const button of root.querySelectorAll(".widget-toggle-button")) {
      button.setAttribute("aria-pressed", button.classList.contains("mod-active") ? "true" : "false");
    }
    for (const select of root.querySelectorAll("select")) {
      const own = select.parentElement && select.parentElement.querySelector("label");
      if (own && own.textContent.trim() && !select.hasAttribute("aria-label")) {
        select.setAttribute("aria-label", own.textContent.trim());
      }
    }
    for (const bar of root.querySelectorAll(".progress")) bar.setAttribute("aria-hidden", "true");
    const all = highlights();
    if (all.length) {
      if (!current || !all.includes(current)) current = all[0];
      for (const inner of root.querySelectorAll(".kit-article-html [data-explain] [data-explain]")) {
        inner.removeAttribute("role");
        inner.removeAttribute("tabindex");
      }
      for (const hl of all) {
        hl.tabIndex = hl === current ? 0 : -1;
        hl.setAttribute("role", "button");
        if (!hl.hasAttribute("aria-describedby")) {
          const box = root.querySelector(".kit-explain-text");
          if (box) {
            if (!box.id) box.id = "kit-x-" + Math.random().toString(36).slice(2, 10);
            hl.setAttribute("aria-describedby", box.id);
          }
        }
      }
    } else {
      current = null;
    }
  };
  // The focus guard. A control that has the keyboard focus can vanish under it when the kernel redraws
  // the widget: Reset is swapped for "Yes, erase my answers" / "Cancel" (and back), "Previous" is
  // disabled at the first sentence, a layer button redraws the article and its highlights. The browser
  // then drops the focus to the page, where the next key goes to JupyterLab (an arrow key moves to
  // another cell). The guard runs in the MutationObserver's callback, i.e. in the same task as the
  // change, before any later key can be handled: it hands the focus to what replaced the control (the
  // same control redrawn; "Cancel", the safe choice, for Reset; Reset again after the confirmation; the
  // highlight at the same place), else to the control now at its place, else it parks the focus on the
  // widget itself (keys stay in the widget) until the replacement arrives in a later change.
  const CONTROLS = "button:not([disabled]), select:not([disabled]), input:not([disabled]), "
    + "textarea:not([disabled]), [tabindex='0']";
  const PAIRS = [[".kit-reset", ".kit-reset-cancel"], [".kit-reset-confirm", ".kit-reset"],
    [".kit-reset-cancel", ".kit-reset"]];
  const shown = (c) => c.isConnected && c.getClientRects().length > 0 && !c.closest("[inert]");
  const controls = () => Array.from(root.querySelectorAll(CONTROLS)).filter(shown);
  const usable = (c) => shown(c) && !c.disabled && root.contains(c);
  const signature = (c) => [c.tagName, ...Array.from(c.classList).filter((k) => k.startsWith("kit-")).sort(),
    (c.closest(".widget-toggle-button, .jupyter-button") || c).textContent.trim()].join("|");
  let last = null; // the control of this widget that has (or last had) the focus, and where it was
  let parked = false; // the focus waits on the widget itself for the replacement of `last`
  const remember = (c) => {
    const hl = outermost(c);
    last = {
      el: c,
      highlight: hl ? Math.max(0, highlights().indexOf(hl)) : -1,
      place: controls().indexOf(c),
      signature: signature(c),
      pair: PAIRS.find(([was]) => c.matches(was)),
    };
    parked = false;
  };
  on("focusin", (e) => {
    if (e.target !== root) remember(e.target);
  });
  on("focusout", (e) => {
    // the focus moved on to something outside the widget (Tab, a click): nothing to guard any more
    if (e.relatedTarget && !root.contains(e.relatedTarget)) last = null;
  });
  const replacement = () => {
    if (last.pair) return root.querySelector(last.pair[1]); // null until it is drawn: wait for it
    if (last.highlight >= 0) {
      const all = highlights();
      return all[Math.min(last.highlight, all.length - 1)] || null;
    }
    const now = controls();
    const same = now.find((c) => c !== last.el && signature(c) === last.signature && !c.disabled);
    if (same) return same;
    return now[Math.min(Math.max(last.place, 0), now.length - 1)] || null;
  };
  const guard = () => {
    if (!last) return;
    const active = document.activeElement;
    const lost = (!active || active === document.body) && !usable(last.el);
    const stale = active === last.el && !usable(last.el); // disabled under the focus, not yet dropped
    const waiting = parked && active === root;
    if (!lost && !stale && !waiting) return;
    const next = replacement();
    if (next && usable(next)) {
      if (outermost(next) === next) focusOn(next, true);
      else next.focus();
      return;
    }
    if (!root.hasAttribute("tabindex")) root.tabIndex = -1;
    root.focus({ preventScroll: true });
    parked = true;
  };
  let queued = false;
  const observer = new MutationObserver(() => {
    enhance();
    guard();
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      enhance();
      guard();
    });
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true,
    attributeFilter: ["class", "disabled", "style", "hidden"] });
  enhance();

  const restored = () => {
    const gone = Boolean(model.get("restored"));
    root.classList.toggle("kit-restored", gone);
    el.textContent = "";
    if (gone) {
      const note = document.createElement("div");
      note.className = "kit-reopen-note";
      note.setAttribute("role", "note");
      note.textContent = model.get("note");
      el.appendChild(note);
    }
    for (const child of root.children) {
      if (child !== el && !child.contains(el)) child.inert = gone;
    }
  };
  model.on("change:restored", restored);
  restored();
  return () => {
    observer.disconnect();
    model.off("change:restored", restored);
    listening.abort();
    delete root.dataset.kitFrame;
  };
}

function render({ model, el }) {
  el.classList.add("kit-frame");
  let tries = 0;
  let cleanup = () => {};
  const start = () => {
    const root = el.closest(".kit-widget");
    if (root) cleanup = setUp(root, el, model);
    else if (tries++ < 300) requestAnimationFrame(start);
  };
  start();
  return () => cleanup();
}
export default { render };
