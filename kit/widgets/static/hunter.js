// HedgeHunter's clickable article: draws the tokens and marks Python sends, reports clicks.
// All logic (marks, counts, saving, the comparison) lives in kit/widgets/hunter.py.
function render({ model, el }) {
  el.classList.add("kit-hunter-text");
  const root = document.createElement("div");
  root.className = "kit-article";
  el.appendChild(root);
  let tokens = [], gaps = [];

  function build() {
    root.textContent = "";
    tokens = []; gaps = [];
    const data = model.get("tokens");
    model.get("paragraphs").forEach(([first, end], p) => {
      const div = document.createElement("div");
      div.className = "kit-para";
      div.dataset.paragraph = String(p);
      const num = document.createElement("span");
      num.className = "kit-para-num";
      num.textContent = "\u00b6" + (p + 1);
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
        body.appendChild(span);
        tokens[i] = span;
      }
      div.appendChild(num);
      div.appendChild(body);
      root.appendChild(div);
    });
    paint();
  }

  function label(after, text, cls, colour) {
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
      n.className = n.classList.contains("kit-token") ? "kit-token" : "kit-gap";
      n.removeAttribute("title");
      n.style.removeProperty("--kit-colour");
    });
    const colours = model.get("colours"), labels = model.get("labels");
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
      if (r.status !== "found" && tokens[r.last]) label(tokens[r.last], r.label, "kit-label-" + r.status);
    }
    for (const m of model.get("marks")) {
      const colour = colours[m.category] || "#000";
      const name = labels[m.category] || m.category;
      range(m.first, m.last, (n) => {
        n.classList.add("kit-mark");
        n.style.setProperty("--kit-colour", colour);
        if (!n.title) n.title = "You marked this: " + name + " (click to remove)";
      });
      if (tokens[m.last]) label(tokens[m.last], name, "kit-label-mark", colour);
    }
  }

  root.addEventListener("mousedown", (e) => { if (e.shiftKey) e.preventDefault(); });
  root.addEventListener("click", (e) => {
    const t = e.target.closest(".kit-token");
    if (!t) return;
    model.set("click", { index: Number(t.dataset.index), shift: e.shiftKey, n: Date.now() + Math.random() });
    model.save_changes();
  });
  model.on("change:tokens", build);
  model.on("change:paragraphs", build);
  model.on("change:marks", paint);
  model.on("change:reveal", paint);
  build();
}
export default { render };
