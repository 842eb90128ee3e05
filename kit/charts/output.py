"""Showing charts offline in Jupyter, and saving them as PNG or SVG for a handout.

Nothing here needs the internet: charts display through Altair's
``JupyterChart`` widget with the Vega JavaScript bundled from vl-convert, and
files are drawn by vl-convert without a browser. Beside the live chart, every
displayed chart carries the same picture as a static SVG (also drawn by
vl-convert, about 0.05 s): a notebook reopened without its kernel, exported with
``jupyter nbconvert --to html`` or opened untrusted shows that picture
(:mod:`kit.reopen` keeps only the picture when JupyterLab saves the notebook).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ChartError
from ..files import atomic_write_bytes

if TYPE_CHECKING:
    import altair as alt

__all__ = ["EMBED_OPTIONS", "RENDERER", "enable_offline", "save", "svg_of"]

#: vega-embed's actions: keep "save as PNG/SVG", drop the links that need the internet. Without its default
#: style they show as two plain links under the chart, not behind a "…" button with no name (which a
#: screen reader announces as "summary": axe-core's serious "summary-name").
EMBED_OPTIONS = {
    "actions": {"export": True, "source": False, "compiled": False, "editor": False},
    "defaultStyle": False,
}
#: The name of the kit's Altair renderer: the live offline chart, and the same chart as SVG.
RENDERER = "kit"
#: How a displayed chart's output says it is a kit chart (kit.reopen keeps its picture on saving).
CHART_METADATA = {"kit": {"chart": True}}


def svg_of(spec: dict[str, Any]) -> str:
    """The chart ``spec`` (a Vega-Lite dict) drawn as SVG by vl-convert, offline."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(spec, vl_version=_vl_version(), allowed_base_urls=[])


def _render(spec: dict[str, Any], **_metadata: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The kit's renderer: Altair's offline ``JupyterChart`` widget, plus the chart as an SVG picture."""
    import altair as alt

    alt.JupyterChart.enable_offline(offline=True)
    chart = alt.JupyterChart(chart=alt.Chart.from_dict(spec), embed_options=EMBED_OPTIONS)
    shown = chart._repr_mimebundle_() or {}
    bundle = dict(shown[0] if isinstance(shown, tuple) else shown)
    try:
        bundle["image/svg+xml"] = svg_of(spec)
    except (ValueError, RuntimeError, OSError):  # a chart vl-convert cannot draw still shows live
        pass
    return bundle, {"kit": dict(CHART_METADATA["kit"])}


@functools.cache
def enable_offline() -> None:
    """Show charts in Jupyter without the internet (idempotent; cheap after the first call).

    Charts display through Altair's ``JupyterChart`` widget (anywidget) in offline
    mode: the Vega, Vega-Lite and vega-embed JavaScript comes from vl-convert, not a
    CDN. (JupyterLab 4's built-in renderer cannot show Vega-Lite 6, Altair's default
    HTML loads scripts from cdn.jsdelivr.net, and the self-contained ``inline`` HTML
    template draws only the first chart of a notebook page.) The JavaScript is bundled
    once per kernel, when the first chart is displayed. Beside the widget, each chart's
    output carries the chart as an SVG picture, for a notebook opened without its kernel.
    Every chart function calls this, so a cell ``kit.charts.source_mix(result)`` just
    works; call ``alt.renderers.enable(...)`` afterwards to choose another renderer (and
    ``enable_offline.cache_clear()`` before calling this again to come back).

    >>> enable_offline()
    >>> import altair as alt
    >>> alt.renderers.active
    'kit'
    """
    import altair as alt

    if RENDERER not in alt.renderers.names():
        alt.renderers.register(RENDERER, _render)
    alt.renderers.enable(RENDERER)


def save(chart: alt.TopLevelMixin, path: str | Path, *, scale: float = 2.0) -> Path:
    """Write ``chart`` as a PNG or SVG file (by the suffix of ``path``) for a handout.

    Drawn by vl-convert, offline, without a browser; written atomically (a half-written
    file never replaces a good one). ``scale`` multiplies the PNG's pixel size (2 prints
    sharply). Returns the path.

    >>> import tempfile, pathlib
    >>> from kit.analysis import Analysis
    >>> from kit.charts import source_mix
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> chart = source_mix(Analysis("", None, None, None, (), ()))
    >>> save(chart, folder / "sources.svg").read_text()[:4]
    '<svg'
    >>> save(chart, folder / "sources.png").read_bytes()[:4]
    b'\\x89PNG'
    """
    import vl_convert as vlc

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".png", ".svg"}:
        raise ChartError(
            f"Charts can be saved as .png or .svg, not {path.name!r}: "
            "end the file name with .png (for printing) or .svg (for editing)."
        )
    spec = chart.to_dict()
    version = _vl_version()
    if suffix == ".png":
        data = vlc.vegalite_to_png(spec, vl_version=version, scale=scale, allowed_base_urls=[])
    else:
        data = vlc.vegalite_to_svg(spec, vl_version=version, allowed_base_urls=[]).encode("utf-8")
    return atomic_write_bytes(path, data)


def _vl_version() -> str | None:
    """The Vega-Lite version Altair writes, as vl-convert names it (None: its newest)."""
    import altair as alt
    import vl_convert as vlc

    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return version if version in vlc.get_vegalite_versions() else None
