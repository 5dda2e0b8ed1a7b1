"""StepLossPlot: loss against step for one run or a race, under the contour.

Curves are created once per run slot and updated with ``setData``. The y axis
is logarithmic while every loss is positive (a run that converges shows as a
straight slope, a diverging one as a cliff), linear otherwise (the saddle's
loss goes negative). Non-finite values are dropped and huge ones clipped before
drawing, so a diverged run never puts NaN or inf on an axis.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

#: losses above this are drawn at this value
LOSS_CEILING = 1e30
#: on a log axis, losses below max * this are drawn at that floor
LOG_FLOOR = 1e-12


class DecadeAxis(pg.AxisItem):
    """An axis that, in log mode, labels only the powers of ten (minor ticks stay unlabelled),
    so a range of one or two decades does not pile up labels like 2·10¹ 3·10¹ 4·10¹ ..."""

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        strings = super().logTickStrings(values, scale, spacing)
        return [s if abs(v - round(v)) < 1e-9 else "" for v, s in zip(values, strings)]


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
        plot.setLabel("bottom", self.tr("step"))
        plot.setLabel("left", self.tr("loss"))
        plot.setMouseEnabled(x=False, y=False)
        self._curves: list[pg.PlotDataItem] = []
        # the latest loss of each run as a dot (visible even at step 0, when a line has one point)
        self.dots = pg.PlotDataItem(pen=None, symbol="o", symbolSize=8)
        self.dots.setZValue(5)
        plot.addItem(self.dots)
        self.log_y = False

    def set_curves(self, curves) -> None:
        curves = list(curves)
        while len(self._curves) < len(curves):
            item = pg.PlotDataItem()
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            self.getPlotItem().addItem(item)
            self._curves.append(item)
        cleaned = []
        for steps, losses, color in curves:
            steps = np.asarray(steps, dtype=np.float64)
            losses = np.asarray(losses, dtype=np.float64)
            ok = np.isfinite(steps) & np.isfinite(losses)
            cleaned.append((steps[ok], np.clip(losses[ok], -LOSS_CEILING, LOSS_CEILING), color))
        values = np.concatenate([c[1] for c in cleaned]) if cleaned else np.empty(0)
        log_y = values.size > 0 and bool(np.all(values > 0))
        if log_y != self.log_y:
            self.log_y = log_y
            self.getPlotItem().setLogMode(x=False, y=log_y)
        floor = float(values.max()) * LOG_FLOOR if log_y else None
        for i, item in enumerate(self._curves):
            if i < len(cleaned):
                steps, losses, color = cleaned[i]
                if floor is not None:
                    losses = np.maximum(losses, floor)
                item.setPen(pg.mkPen(*color, width=2))
                item.setData(steps, losses)
                item.setVisible(True)
            else:
                item.setData([], [])
                item.setVisible(False)
        last = [(c[0][-1], max(c[1][-1], floor) if floor is not None else c[1][-1], c[2]) for c in cleaned if c[0].size]
        if last:
            self.dots.setData([p[0] for p in last], [p[1] for p in last],
                              symbolBrush=[pg.mkBrush(*p[2]) for p in last], symbolPen=pg.mkPen("w"))
        else:
            self.dots.setData([], [])
        plot = self.getPlotItem()
        top = max((float(c[0].max()) for c in cleaned if c[0].size), default=1.0)
        plot.setXRange(0, max(top, 1.0), padding=0.02)
        if values.size:
            lo, hi = float(values.min()), float(values.max())
            if log_y:
                lo = max(lo, floor)
                lo, hi = np.log10(lo), np.log10(hi)
            if hi - lo < 1e-9:
                lo, hi = (lo - 1.0, hi + 1.0) if log_y else (lo - 0.5, hi + 0.5)
            plot.setYRange(lo, hi, padding=0.05)

    def curve_data(self, i: int):
        """The (steps, losses) drawn for run i (for tests)."""
        x, y = self._curves[i].getData()
        return (np.asarray(x), np.asarray(y)) if x is not None else (np.empty(0), np.empty(0))
