"""Shared look and range rules of the training views' plots.

Colours, bold view titles, the pyqtgraph style of the non-live plots
(``make_plot``: run history, metrics), and the range rules of the live plots
(gui/widgets/fast_plot.py): ranges move in nice steps (1, 1.5, 2, 2.5, 3, 4, 5, 6,
8 x 10^k; whole decades on log axes) and only when the data leave them, so
the axes are rarely redrawn; values beyond 3x the starting level (a
diverging run) are clipped instead of squashing the rest.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QSizePolicy

AXIS_PEN = pg.mkPen(60, 60, 60)
PALETTE = [
    (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
]


def title_label(text: str) -> QLabel:
    """A bold view title whose text changes never re-layout the panel (fixed height,
    width ignored): a re-layout repaints every plot, which the GUI thread cannot afford."""
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold")
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return label


def color(i: int) -> tuple[int, int, int]:
    return PALETTE[i % len(PALETTE)]


def make_plot(left: str, bottom: str, grid: bool = False) -> pg.PlotWidget:
    """A white pyqtgraph plot with labelled axes, no auto-range and a legend (grid on request).

    Measured here: one redraw of a 600-point noisy curve costs ~110 ms of CPU
    antialiased at width 2 against ~2 ms plain at width 1; draw noisy curves with
    antialias=False."""
    widget = pg.PlotWidget(background="w")
    item = widget.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(AXIS_PEN)
        axis.setTextPen(AXIS_PEN)
        axis.enableAutoSIPrefix(False)
        axis.setStyle(tickLength=5)  # ticks outside: a curve update then does not repaint the axes
    item.setLabel("left", left)
    item.setLabel("bottom", bottom)
    # fixed axis sizes: a tick label of another width would otherwise re-layout and repaint the plot
    item.getAxis("left").setWidth(62)
    item.getAxis("bottom").setHeight(36)
    if grid:
        item.showGrid(x=True, y=True, alpha=0.15)
    item.vb.disableAutoRange()
    item.hideButtons()
    legend = item.addLegend(offset=(-4, 4), labelTextSize="8pt", labelTextColor=(40, 40, 40))
    legend.setBrush(pg.mkBrush(255, 255, 255, 200))
    return widget


#: at most this many points per live curve (painting cost grows with the count)
LIVE_POINTS = 400


def thin(x: np.ndarray, y: np.ndarray, max_points: int = LIVE_POINTS):
    """Every k-th point so that at most max_points remain (the last point is always kept)."""
    n = len(x)
    if n <= max_points:
        return x, y
    k = -(-n // max_points)
    idx = np.arange(n - 1, -1, -k)[::-1]
    return x[idx], y[idx]


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= value (value > 0)."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    exp = math.floor(math.log10(value))
    for m in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if m * 10.0 ** exp >= value * (1 - 1e-12):
            return m * 10.0 ** exp
    return 10.0 ** (exp + 1)


def early_level(values: np.ndarray, count: int = 20) -> float:
    """Median of the first ``count`` finite values: where a loss curve starts."""
    values = values[np.isfinite(values)][:count]
    return float(np.median(values)) if values.size else math.nan


def linear_top(values: np.ndarray, reference: float | None = None) -> float:
    """A nice upper limit that covers the data, but at most 3 x ``reference`` (the
    level the curve started at), so a few exploding values do not flatten the rest."""
    values = values[np.isfinite(values)]
    if values.size == 0:
        return 1.0
    top = float(values.max())
    if reference is not None and math.isfinite(reference) and reference > 0:
        top = min(top, 3.0 * reference)
    return nice_ceiling(top)


def decade_range(values: np.ndarray, clip_decades: float = 1.0) -> tuple[float, float]:
    """(lo, hi) exponents of whole decades around the positive finite values;
    the top is clipped at clip_decades above the 95th percentile."""
    values = values[np.isfinite(values) & (values > 0)]
    if values.size == 0:
        return -3.0, 1.0
    logs = np.log10(values)
    lo = math.floor(float(logs.min()))
    hi = math.ceil(min(float(logs.max()), float(np.percentile(logs, 95)) + clip_decades))
    return float(lo), float(max(hi, lo + 1))


def decade_label(exponent: int) -> str:
    """10**exponent written for learners: 0.001, 0.01, ..., 1000; 1e-5 beyond that."""
    if -4 <= exponent < 0:
        return f"{10.0 ** exponent:.{-exponent}f}"
    if 0 <= exponent <= 4:
        return str(10 ** exponent)
    return f"1e{exponent}"


def decade_ticks(lo: float, hi: float) -> list:
    """Ticks for a log10 axis from 10**lo to 10**hi: labelled decades, unlabelled 2..9 between
    (pyqtgraph's own log ticks label every minor step, which overlaps on small plots)."""
    lo_i, hi_i = int(math.floor(lo)), int(math.ceil(hi))
    step = max(1, math.ceil((hi_i - lo_i) / 6))
    major = [(float(e), decade_label(e)) for e in range(lo_i, hi_i + 1) if (e - lo_i) % step == 0]
    minor = [] if step > 1 else [(e + math.log10(m), "") for e in range(lo_i, hi_i) for m in range(2, 10)]
    return [major, minor]
