// HedgeHunter's article: draws the tokens and marks Python sends, and reports what the student does.
// All logic (marks, counts, saving, the comparison) lives in kit/widgets/hunter.py.
//
// Mouse: click a word to mark it (or to remove its mark); shift-click extends the last mark.
// Keyboard: the words are one tab stop. Arrow keys move word by word (Up/Down: line by line,
// Home/End: the paragraph's first and last word, Page Up/Down: paragraph by paragraph);
// Enter or Space marks the word, or removes its mark; Shift+Arrow selects a phrase from the word
// (or the mark) where it started, Enter marks it (a mark it touches grows to cover it); Escape
// cancels the selection. The line under the article says, as text, what the focused word is:
// marked or not, and after Reveal found, missed or extra, with the kit's explanation.
function render({ model, el }) {
  el.classList.add("kit-hunter-text");
  const root = document.createElement("div");
  root.className = "kit-article";
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", "The article: words you can mark");
  const uid = "kit-h-" + Math.random().toString(36).slice(2, 10);
  const help = document.createElement("p");
  help.className = "kit-sr-only";
  help.id = uid + "-help";
  help.textContent = "Arrow keys move from word to word. Enter or Space marks a word or removes its mark. "
    + "Shift and an arrow key select a phrase; Enter marks it, Escape cancels.";
  const detail = document.createElement("div");
  detail.className = "kit-explain kit-hunter-detail";
  detail.id = uid + "-detail";
  const detailText = document.createElement("span");
  detailText.className = "kit-explain-text";
  detail.appendChild(detailText);
  const live = document.createElement("div");
  live.className = "kit-sr-only";
  live.setAttribute("aria-live", "polite");
  root.setAttribute("aria-describedby", help.id);
  el.append(help, root, detail, live);
  let tokens = [], gaps = [], words = [], paragraphOf = [];
  let current = null; // the index of the word with the tab stop
  let anchor = null; // [first, last] where a Shift+Arrow selection started
  let pending = null; // [first, last] selected, not yet marked

  const markAt = (i) => model.get("marks").find((m) => m.first <= i && i <= m.last) || null;
  const revealAt = (i) => model.get("reveal").find((r) => r.first <= i && i <= r.last) || null;
  const label = (category) => model.get("labels")[category] || category;
  const textOf = (first, last) => {
    const out = [];
    for (let i = first; i <= last; i++) {
      if (i > first && gaps[i]) out.push(" ");
      if (tokens[i]) out.push(tokens[i].textContent);
    }
    return out.join("");
  };

  function build() {
    root.textContent = "";
    tokens = []; gaps = []; words = []; paragraphOf = [];
    const data = model.get("tokens");
    model.get("paragraphs").forEach(([first, end], p) => {
      const div = document.createElement("div");
      div.className = "kit-para";
      div.dataset.paragraph = String(p);
      const num = document.createElement("span");
      num.className = "kit-para-num";
      num.textContent = "\u00b6" + (p + 1);
      num.setAttribute("aria-label", "paragraph " + (p + 1));
      const body = document.createElement("span");
      body.className = "kit-para-text";
      for (let i = first; i < end; i++) {
        const [text, spaced] = data[i];
        if (i > first && spaced) {
          const gap = document.createElement("span");
          gap.className = "kit-gap";
          gap.textContent = " ";
          body.appendChild(gap);
          gaps[i] = gap;
        }
        const span = document.createElement("span");
        span.className = "kit-token";
        span.dataset.index = String(i);
        span.textContent = text;
        if (/[\p{L}\p{N}]/u.test(text)) {
          span.setAttribute("role", "button");
          span.tabIndex = -1;
          words.push(i);
        }
        paragraphOf[i] = p;
        body.appendChild(span);
        tokens[i] = span;
      }
      div.appendChild(num);
      div.appendChild(body);
      root.appendChild(div);
    });
    if (current === null || !words.includes(current)) current = words.length ? words[0] : null;
    if (current !== null) tokens[current].tabIndex = 0;
    paint();
    detailText.textContent = "Press Tab to reach the article, then the arrow keys to move from word to word; "
      + "what the word you are on means shows here.";
  }

  function addLabel(after, text, cls, colour) {
    const tag = document.createElement("span");
    tag.className = "kit-hl-label kit-hunter-label " + cls;
    tag.textContent = text;
    if (colour) tag.style.borderColor = colour;
    after.after(tag);
  }

  function paint() {
    root.querySelectorAll(".kit-hunter-label").forEach((n) => n.remove());
    const all = tokens.concat(gaps).filter(Boolean);
    all.forEach((n) => {
      const isToken = n.classList.contains("kit-token");
      const focus = n.classList.contains("kit-focus-word");
      n.className = isToken ? "kit-token" : "kit-gap";
      if (focus) n.classList.add("kit-focus-word");
      n.removeAttribute("title");
      n.style.removeProperty("--kit-colour");
      if (isToken && n.hasAttribute("role")) n.setAttribute("aria-pressed", "false");
    });
    const colours = model.get("colours");
    const range = (first, last, fn) => {
      for (let i = first; i <= last; i++) {
        if (tokens[i]) fn(tokens[i], i);
        if (i > first && gaps[i]) fn(gaps[i], i);
      }
    };
    for (const r of model.get("reveal")) {
      range(r.first, r.last, (n) => {
        n.classList.add("kit-" + r.status);
        n.title = r.title;
      });
      if (tokens[r.first]) tokens[r.first].classList.add("kit-r-first");
      if (tokens[r.last]) tokens[r.last].classList.add("kit-r-last");
      if (r.status !== "found" && tokens[r.last]) addLabel(tokens[r.last], r.label, "kit-label-" + r.status);
    }
    for (const m of model.get("marks")) {
      const colour = colours[m.category] || "#000";
      const name = label(m.category);
      range(m.first, m.last, (n) => {
        n.classList.add("kit-mark");
        n.style.setProperty("--kit-colour", colour);
        if (n.hasAttribute("role")) n.setAttribute("aria-pressed", "true");
        if (!n.title) n.title = "You marked this: " + name + " (click to remove)";
      });
      if (tokens[m.last]) addLabel(tokens[m.last], name, "kit-label-mark", colour);
    }
    if (pending) range(pending[0], pending[1], (n) => n.classList.add("kit-pending"));
  }

  // What the focused word is, in words: shown under the article, and read by screen readers.
  function describe(i) {
    if (i === null || !tokens[i]) {
      detailText.textContent = "";
      return;
    }
    const parts = [];
    if (pending) {
      parts.push(`Selected: “${textOf(pending[0], pending[1])}”. Enter marks it; Escape cancels.`);
    } else {
      const mark = markAt(i);
      const where = `¶${paragraphOf[i] + 1}`;
      if (mark) {
        parts.push(`“${textOf(mark.first, mark.last)}” (${where}): you marked it as ${label(mark.category)}. `
          + "Enter removes the mark.");
      } else {
        parts.push(`“${tokens[i].textContent}” (${where}): not marked. Enter marks it as the kind chosen above.`);
      }
      const r = revealAt(i);
      if (r) parts.push(r.title);
    }
    detailText.textContent = parts.join(" ");
  }

  function say(text) {
    live.textContent = "";
    requestAnimationFrame(() => { live.textContent = text; });
  }

  function focusWord(i) {
    if (i === null || i === undefined || !tokens[i]) return;
    if (current !== null && tokens[current]) {
      tokens[current].tabIndex = -1;
      tokens[current].classList.remove("kit-focus-word");
      tokens[current].removeAttribute("aria-describedby");
    }
    current = i;
    const t = tokens[i];
    t.tabIndex = 0;
    t.classList.add("kit-focus-word");
    t.setAttribute("aria-describedby", detail.id);
    describe(i);
    if (document.activeElement !== t) t.focus();
  }

  function send(event) {
    model.set("click", { ...event, n: Date.now() + Math.random() });
    model.save_changes();
  }

  function lineMove(i, down) {
    const here = tokens[i].getBoundingClientRect();
    const x = here.left + here.width / 2;
    let best = null, bestTop = null, bestDx = Infinity;
    for (const j of words) {
      if (down ? j <= i : j >= i) continue;
      const r = tokens[j].getBoundingClientRect();
      const beyond = down ? r.top >= here.bottom - 2 : r.bottom <= here.top + 2;
      if (!beyond) continue;
      const top = r.top;
      if (bestTop !== null && (down ? top > bestTop + 2 : top < bestTop - 2)) continue;
      const dx = Math.abs(r.left + r.width / 2 - x);
      if (bestTop === null || (down ? top < bestTop - 2 : top > bestTop + 2) || dx < bestDx) {
        best = j; bestTop = top; bestDx = dx;
      }
    }
    return best;
  }

  function target(i, key) {
    const k = words.indexOf(i);
    const inParagraph = words.filter((j) => paragraphOf[j] === paragraphOf[i]);
    switch (key) {
      case "ArrowRight": return words[Math.min(k + 1, words.length - 1)];
      case "ArrowLeft": return words[Math.max(k - 1, 0)];
      case "ArrowDown": return lineMove(i, true) ?? i;
      case "ArrowUp": return lineMove(i, false) ?? i;
      case "Home": return inParagraph[0];
      case "End": return inParagraph[inParagraph.length - 1];
      case "PageDown": return words.find((j) => paragraphOf[j] > paragraphOf[i]) ?? i;
      case "PageUp": {
        const before = words.filter((j) => paragraphOf[j] < paragraphOf[i]);
        const p = before.length ? paragraphOf[before[before.length - 1]] : paragraphOf[i];
        return words.find((j) => paragraphOf[j] === p);
      }
      default: return null;
    }
  }

  root.addEventListener("keydown", (e) => {
    const t = e.target.closest(".kit-token");
    if (!t || e.ctrlKey || e.metaKey || e.altKey) return;
    const i = Number(t.dataset.index);
    const moveKey = ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "Home", "End", "PageDown", "PageUp"];
    if (moveKey.includes(e.key)) {
      e.preventDefault();
      e.stopPropagation();
      const j = target(i, e.key);
      if (j === null || j === undefined) return;
      if (e.shiftKey && ["ArrowRight", "ArrowLeft", "Home", "End"].includes(e.key)) {
        if (!anchor) {
          const mark = markAt(i);
          anchor = mark ? [mark.first, mark.last] : [i, i];
        }
        if (paragraphOf[j] !== paragraphOf[anchor[0]]) return; // a phrase stays in its paragraph
        pending = [Math.min(anchor[0], j), Math.max(anchor[1], j)];
        paint();
        focusWord(j);
        say(`Selected: ${textOf(pending[0], pending[1])}`);
        return;
      }
      if (pending) {
        pending = null;
        anchor = null;
        paint();
      }
      focusWord(j);
      return;
    }
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      e.stopPropagation();
      if (pending) {
        send({ action: "range", first: pending[0], last: pending[1] });
        say(`Marked: ${textOf(pending[0], pending[1])}`);
        pending = null;
        anchor = null;
      } else {
        const mark = markAt(i);
        send({ index: i, shift: false });
        say(mark ? `Mark removed: ${textOf(mark.first, mark.last)}` : `Marked: ${t.textContent}`);
      }
      return;
    }
    if (e.key === "Delete" || e.key === "Backspace") {
      const mark = markAt(i);
      if (mark) {
        e.preventDefault();
        send({ index: i, shift: false });
        say(`Mark removed: ${textOf(mark.first, mark.last)}`);
      }
      return;
    }
    if (e.key === "Escape" && pending) {
      e.preventDefault();
      e.stopPropagation();
      pending = null;
      anchor = null;
      paint();
      describe(i);
      say("Selection cancelled");
    }
  });
  root.addEventListener("keyup", (e) => {
    if (e.key === "Shift" && !pending) anchor = null;
  });
  root.addEventListener("focusin", (e) => {
    const t = e.target.closest(".kit-token");
    if (t && t.hasAttribute("role")) focusWord(Number(t.dataset.index));
  });

  root.addEventListener("mousedown", (e) => { if (e.shiftKey) e.preventDefault(); });
  root.addEventListener("click", (e) => {
    const t = e.target.closest(".kit-token");
    if (!t) return;
    pending = null;
    anchor = null;
    if (t.hasAttribute("role")) focusWord(Number(t.dataset.index));
    send({ index: Number(t.dataset.index), shift: e.shiftKey });
  });
  const refresh = () => {
    paint();
    if (root.contains(document.activeElement)) describe(current);
  };
  model.on("change:tokens", build);
  model.on("change:paragraphs", build);
  model.on("change:marks", refresh);
  model.on("change:reveal", refresh);
  build();
  return () => {
    model.off("change:tokens", build);
    model.off("change:paragraphs", build);
    model.off("change:marks", refresh);
    model.off("change:reveal", refresh);
  };
}
export default { render };
