"""What JupyterLab saves of a notebook so it reopens without its kernel: widgets' last state, chart pictures.

A notebook's widgets live in its kernel. Reopened after the kernel stopped (the
next lesson, a restarted server), JupyterLab shows "Error displaying widget:
model not found" for every widget and chart, unless the notebook saved its
widget state. The kit's Jupyter settings (``kit/data/jupyter/``, put on the
Jupyter path by ``python -m kit lab``) turn on JupyterLab's "save widget state"
and run :func:`pre_save_hook` on every save. The hook makes what is written
(never what the student sees) reopen well:

* a chart keeps its SVG picture (:mod:`kit.charts` displays one beside the live
  chart) instead of its live view, and its 0.9 MB of JavaScript is dropped; a
  line under it says "Run this cell to continue …";
* the widget state is merged with the one already on disk (JupyterLab's first
  save after reopening writes it back empty: ipywidgets issue 3888) and keeps
  only the widgets the outputs show (re-runs would pile them up);
* each kit widget's front end is marked ``restored``: reopened, the widget shows
  its last state under the line "Run this cell to continue — your answers are
  safe in NAME.answers.json", and cannot be clicked until the cell runs again;
* a widget whose state is lost shows its static line instead of an error.

The answers themselves are never here: they are in the answers file, saved by
the widgets as the student works (:mod:`kit.answers`).

>>> notebook = {"cells": [{"cell_type": "code", "source": "", "metadata": {}, "outputs": [
...     {"output_type": "display_data", "metadata": {},
...      "data": {"text/plain": "chart", "image/svg+xml": "<svg/>",
...               "application/vnd.jupyter.widget-view+json": {"model_id": "c1"}}}]}],
...     "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
>>> saved = prepare(notebook)
>>> [sorted(o["data"]) for o in saved["cells"][0]["outputs"]]
[['image/svg+xml', 'text/plain'], ['text/html', 'text/plain']]
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .answers import SUFFIX

__all__ = ["FRAME_KEY", "NOTE_KEY", "WIDGET_STATE", "WIDGET_VIEW", "pre_save_hook", "prepare"]

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
#: The state key that marks a kit widget's front end (kit.widgets' Frame).
FRAME_KEY = "kit_frame"
#: The output metadata that marks the line under a chart (written here, replaced at every save).
NOTE_KEY = "reopen_note"
#: A notebook on disk larger than this is not read back to merge its widget state.
_LIMIT = 64 * 1024 * 1024
_PICTURES = ("image/svg+xml", "image/png")
_NOTE_STYLE = "font-weight:600;padding:.3em .7em;border:2px dashed #8a6100;background:#fff8e6"


def pre_save_hook(*, model: dict[str, Any], path: str, contents_manager: Any, **_: Any) -> None:
    """jupyter_server's pre-save hook (``ContentsManager.pre_save_hook = "kit.reopen.pre_save_hook"``).

    Rewrites ``model["content"]`` of a notebook with :func:`prepare`, merging the
    widget state already saved on disk. Anything else is left alone.
    """
    if model.get("type") != "notebook" or not isinstance(model.get("content"), Mapping):
        return
    on_disk = _os_path(contents_manager, path)
    answers = None
    if on_disk is not None:
        answers_path = on_disk.with_name(on_disk.name.removesuffix(".ipynb") + SUFFIX)
        answers = answers_path.name if answers_path.is_file() else None
    model["content"] = prepare(model["content"], saved=_read(on_disk), answers_file=answers)


def prepare(
    notebook: Mapping[str, Any], *, saved: Mapping[str, Any] | None = None, answers_file: str | None = None
) -> dict[str, Any]:
    """``notebook`` as it should be written to reopen without its kernel (a new dict; see the module).

    ``saved`` is the version already on disk (its widget state is merged in);
    ``answers_file`` names the answers file the line under a chart mentions.
    """
    out = json.loads(json.dumps(notebook))
    state = {**_state(saved), **_state(out)}
    # the line under a chart names the answers file the notebook's widgets name
    notes = [v["state"]["note"] for v in state.values() if _is_frame(v) and v["state"].get("note")]
    note = max(notes, key=len) if notes else _note(answers_file)
    for cell in out.get("cells", []):
        if cell.get("cell_type") != "code" or not isinstance(cell.get("outputs"), list):
            continue
        outputs = []
        for output in cell["outputs"]:
            if not isinstance(output, dict) or _is_note(output):
                continue  # the line under a chart is written again below
            data = output.get("data")
            view = data.get(WIDGET_VIEW) if isinstance(data, dict) else None
            if view is None:
                outputs.append(output)
                continue
            if any(kind in data for kind in _PICTURES):  # a chart: its picture, and the line under it
                del data[WIDGET_VIEW]
                outputs += [output, _note_output(note)]
                continue
            if not isinstance(view, dict) or view.get("model_id") not in state:
                del data[WIDGET_VIEW]  # its state is lost: the widget's static line shows, not an error
            outputs.append(output)
        cell["outputs"] = outputs
    kept = {name: state[name] for name in _reachable(out, state)}
    for entry in kept.values():
        if _is_frame(entry):
            entry["state"]["restored"] = True
    widgets = out.setdefault("metadata", {}).get("widgets")
    if kept:
        widgets = widgets if isinstance(widgets, dict) else {}
        widgets[WIDGET_STATE] = {"state": kept, "version_major": 2, "version_minor": 0}
        out["metadata"]["widgets"] = widgets
    elif isinstance(widgets, dict):
        widgets.pop(WIDGET_STATE, None)
        if not widgets:
            del out["metadata"]["widgets"]
    return out


def _is_frame(entry: Any) -> bool:
    """A kit widget's front end (its state has ``kit_frame``)."""
    values = entry.get("state") if isinstance(entry, dict) else None
    return isinstance(values, dict) and bool(values.get(FRAME_KEY))


def _note(answers_file: str | None) -> str:
    from .widgets import reopen_note

    return reopen_note(answers_file)


def _note_output(note: str) -> dict[str, Any]:
    return {
        "output_type": "display_data",
        "metadata": {"kit": {NOTE_KEY: True}},
        "data": {"text/html": f'<div class="kit-reopen-note" style="{_NOTE_STYLE}">{html.escape(note)}</div>',
                 "text/plain": note},
    }


def _is_note(output: Mapping[str, Any]) -> bool:
    meta = output.get("metadata")
    kit = meta.get("kit") if isinstance(meta, Mapping) else None
    return isinstance(kit, Mapping) and bool(kit.get(NOTE_KEY))


def _state(notebook: Mapping[str, Any] | None) -> dict[str, Any]:
    try:
        state = notebook["metadata"]["widgets"][WIDGET_STATE]["state"]  # type: ignore[index]
    except (KeyError, TypeError):
        return {}
    return dict(state) if isinstance(state, Mapping) else {}


def _references(value: Any) -> Iterator[str]:
    """The model ids a widget's state refers to (``"IPY_MODEL_<id>"``: children, layout, style …)."""
    if isinstance(value, str):
        if value.startswith("IPY_MODEL_"):
            yield value.removeprefix("IPY_MODEL_")
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _references(item)


def _reachable(notebook: Mapping[str, Any], state: Mapping[str, Any]) -> list[str]:
    """The models the outputs show, and every model they refer to, in a stable order."""
    todo = []
    for cell in notebook.get("cells", []):
        for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            view = (output.get("data") or {}).get(WIDGET_VIEW) if isinstance(output, dict) else None
            if isinstance(view, dict) and view.get("model_id") in state:
                todo.append(view["model_id"])
    seen: dict[str, None] = {}
    while todo:
        name = todo.pop()
        if name in seen or name not in state:
            continue
        seen[name] = None
        todo += [ref for ref in _references(state[name].get("state", {})) if ref not in seen]
    return sorted(seen)


def _os_path(contents_manager: Any, path: str) -> Path | None:
    try:
        return Path(contents_manager._get_os_path(path))
    except (AttributeError, TypeError, ValueError):
        root = getattr(contents_manager, "root_dir", None)
        return Path(root) / path if root else None


def _read(path: Path | None) -> dict[str, Any] | None:
    """The notebook on disk, or None (none yet, too large, not JSON): nothing is merged then."""
    if path is None:
        return None
    try:
        if not path.is_file() or path.stat().st_size > _LIMIT:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
