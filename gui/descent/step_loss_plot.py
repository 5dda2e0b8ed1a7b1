"""StepLossPlot: loss against step for one run or a race, under the contour.

Curves are created once per run slot and updated with ``setData``. The y axis
is logarithmic while every loss is positive (a run that converges shows as a
straight slope, a diverging one as a cliff), linear otherwise (the saddle's
loss goes negative). Non-finite values are dropped and huge ones clipped before
drawing, so a diverged run never puts NaN or inf on an axis.

The range is set by the runs that have not diverged, at their true values (Adam at
1.5e-4 and SGD at 7.9e-31 keep them beside a racer that blew up); a diverged run's
curve is clipped at the top of that range (one decade above on a log axis), drawn
dashed and marked with ▲ where it leaves the plot (``clipped_runs()`` says which).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

#: losses above this are drawn at this value
LOSS_CEILING = 1e30
#: on a log axis, a diverged run is clipped this many times above the others' largest loss
CLIP_FACTOR = 10.0


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 x 10^k that is >= value (value > 0)."""
    exp = math.floor(math.log10(value))
    for m in (1.0, 2.0, 5.0, 10.0):
        if m * 10.0 ** exp >= value * (1 - 1e-12):
            return m * 10.0 ** exp
    return 10.0 ** (exp + 1)


def nice_range(lo: float, hi: float) -> tuple[float, float]:
    """Bounds around [lo, hi] on a grid of a nice step (a fifth of the nice span)."""
    span = nice_ceiling(max(hi - lo, 1e-12, 1e-9 * max(abs(lo), abs(hi))))
    step = span / 5
    return math.floor(lo / step) * step, math.ceil(hi / step) * step + (step if hi == lo else 0.0)


class DecadeAxis(pg.AxisItem):
    """An axis that, in log mode, labels only the powers of ten (minor ticks stay unlabelled),
    so a range of one or two decades does not pile up labels like 2·10¹ 3·10¹ 4·10¹ ..."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        lo, hi = math.floor(minVal), math.ceil(maxVal)
        decades = [float(d) for d in range(lo, hi + 1) if minVal - 1e-9 <= d <= maxVal + 1e-9]
        if hi - lo > 12:  # many decades: label every n-th one
            step = math.ceil((hi - lo) / 8)
            decades = [d for d in decades if int(d) % step == 0]
            return [(float(step), decades), (1.0, [float(d) for d in range(lo, hi + 1)])]
        minor = [d + math.log10(k) for d in range(lo, hi + 1) for k in range(2, 10)
                 if minVal <= d + math.log10(k) <= maxVal]
        return [(1.0, decades), (None, minor)]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        strings = super().logTickStrings(values, scale, spacing)
        return [s if abs(v - round(v)) < 1e-9 else "" for v, s in zip(values, strings)]


#: the step axis always reaches at least this far (steps are whole numbers)
MIN_STEPS_SHOWN = 10


class StepLossPlot(pg.PlotWidget):
    """set_curves([(steps, losses, color), ...]) draws one line per run."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems={"left": DecadeAxis("left")})
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(60, 60, 60))
            axis.enableAutoSIPrefix(False)  # no "(x1e+09)": the log axis shows the loss itself
        plot.setLabel("bottom", self.tr("step"))
        plot.setLabel("left", self.tr("loss"))
        plot.setMouseEnabled(x=False, y=False)
        self._curves: list[pg.PlotDataItem] = []
        # the latest loss of each run as a dot (visible even at step 0, when a line has one point)
        self._dots: list[pg.PlotDataItem] = []
        self._colors: list = []
        self._x_range = None
        self._y_range = None
        self.log_y = False

    def set_curves(self, curves) -> None:
        curves = list(curves)
        plot = self.getPlotItem()
        while len(self._curves) < len(curves):
            item = pg.PlotDataItem()
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            dot = pg.PlotDataItem(pen=None, symbol="o", symbolSize=8, symbolPen=pg.mkPen("w"))
            dot.setZValue(5)
            plot.addItem(item)
            plot.addItem(dot)
            self._curves.append(item)
            self._dots.append(dot)
            self._colors.append(None)
        cleaned, diverged = [], []
        for curve in curves:
            steps, losses, color = curve[:3]
            steps = np.asarray(steps, dtype=np.float64)
            losses = np.asarray(losses, dtype=np.float64)
            ok = np.isfinite(steps) & np.isfinite(losses)
            cleaned.append((steps[ok], np.clip(losses[ok], -LOSS_CEILING, LOSS_CEILING), tuple(color)))
            diverged.append(bool(curve[3]) if len(curve) > 3 else False)
        values = np.concatenate([c[1] for c in cleaned]) if cleaned else np.empty(0)
        log_y = values.size > 0 and bool(np.all(values > 0))
        if log_y != self.log_y:
            self.log_y = log_y
            plot.setLogMode(x=False, y=log_y)
            self._y_range = None
        sound = [c[1] for c, d in zip(cleaned, diverged) if not d and c[1].size]
        ranged = np.concatenate(sound) if sound else values   # the range follows the runs that did not diverge
        ceiling = None
        if sound and any(diverged) and ranged.size:
            top = float(ranged.max())
            ceiling = top * CLIP_FACTOR if log_y else top + 0.1 * max(top - float(ranged.min()), abs(top), 1e-12)
        self._clipped = []
        for i, (item, dot) in enumerate(zip(self._curves, self._dots)):
            if i < len(cleaned) and cleaned[i][0].size:
                steps, losses, color = cleaned[i]
                clipped = ceiling is not None and diverged[i] and bool(np.any(losses > ceiling))
                if clipped:
                    losses = np.minimum(losses, ceiling)
                    self._clipped.append(i)
                if self._colors[i] != (color, clipped):  # pens and brushes only when they change
                    self._colors[i] = (color, clipped)
                    style = Qt.PenStyle.DashLine if clipped else Qt.PenStyle.SolidLine
                    item.setPen(pg.mkPen(*color, width=2, style=style))
                    dot.setSymbolBrush(pg.mkBrush(*color))
                    dot.setSymbol("t1" if clipped else "o")  # ▲: the run goes on above the plot
                item.setData(steps, losses)
                dot.setData(steps[-1:], losses[-1:])
                item.setVisible(True)
                dot.setVisible(True)
            else:
                item.setData([], [])
                dot.setData([], [])
                item.setVisible(False)
                dot.setVisible(False)
        values = ranged if ceiling is None else np.append(ranged, ceiling)
        # ranges move in nice steps and only when the data leave them: a new range costs new ticks
        top = max((float(c[0].max()) for c in cleaned if c[0].size), default=1.0)
        x_range = (0.0, nice_ceiling(max(top, MIN_STEPS_SHOWN)))  # at least 0..10: no ticks at 0.2 steps
        if x_range != self._x_range:
            self._x_range = x_range
            plot.setXRange(*x_range, padding=0.02)
        if values.size:
            lo, hi = float(values.min()), float(values.max())
            if log_y:
                y_range = (math.floor(math.log10(lo)), math.ceil(math.log10(hi)))
                if y_range[1] - y_range[0] < 1:
                    y_range = (y_range[0], y_range[0] + 1)
            else:
                y_range = nice_range(lo, hi)
            if y_range != self._y_range:
                self._y_range = y_range
                # room for the labels of the end decades (an axis hides labels that stick out)
                plot.setYRange(*y_range, padding=0.12 if log_y else 0.03)

    def clipped_runs(self) -> list[int]:
        """The runs (indices) whose diverged curve is clipped at the top and marked ▲."""
        return list(getattr(self, "_clipped", []))

    def curve_data(self, i: int):
        """The (steps, losses) drawn for run i (for tests)."""
        x, y = self._curves[i].getData()
        return (np.asarray(x), np.asarray(y)) if x is not None else (np.empty(0), np.empty(0))
