"""Gradient size per weight layer over training, on a log axis.

For layer i the engine reports RMS(dL/dW_i) = sqrt(mean of (dL/dW_i)^2), so
layers of different sizes compare. In a deep sigmoid network the first
layers' curves sit orders of magnitude below the last one's (the vanishing
gradient); with ReLU they stay close.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.plot_style import RangeKeeper, color, decade_range, make_plot, thin, title_label


class GradNormPlot(QWidget):
    """One PlotCurveItem per weight layer holding log10(RMS); the left axis shows
    decades (RangeKeeper's decade ticks). A scatter marks the first points, since a
    line needs two."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Gradient size per layer"))
        self.plot = make_plot(self.tr("RMS of dL/dW (log)"), self.tr("iteration"))
        self.plot.setToolTip(self.tr("How large each weight layer's gradient is (root mean square). "
                                     "Curves far below the others mean that layer barely learns: "
                                     "the vanishing gradient."))
        item = self.plot.getPlotItem()
        self.curves: list = []
        self.first = pg.ScatterPlotItem(size=5, pen=None)
        item.addItem(self.first)
        self.ranges = RangeKeeper(item.vb, item.getAxis("left"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.record = None
        self.planned_iterations = 1
        self.refresh_count = 0

    def set_record(self, record, planned_iterations: int) -> None:
        self.record = record
        self.planned_iterations = max(1, int(planned_iterations))
        self.refresh()

    def _ensure_curves(self, n: int) -> None:
        item = self.plot.getPlotItem()
        while len(self.curves) < n:
            i = len(self.curves)
            curve = pg.PlotCurveItem(pen=pg.mkPen(color(i), width=1), antialias=False, skipFiniteCheck=True)
            item.addItem(curve)
            item.legend.addItem(curve, f"W{i + 1}")
            self.curves.append(curve)
        while len(self.curves) > n:
            item.removeItem(self.curves.pop())  # also leaves the legend

    def refresh(self) -> None:
        self.refresh_count += 1
        r = self.record
        series = r.grad_norm if r is not None else []
        self._ensure_curves(len(series))
        values, spots = [], []
        for i, (curve, s) in enumerate(zip(self.curves, series)):
            x, y = thin(s.x, s.y, 400)  # BoundedSeries(positive_only): y > 0
            logs = np.log10(y)
            curve.setData(x, logs)
            values.append(y)
            if len(x) < 3:
                spots += [{"pos": (a, b), "brush": pg.mkBrush(color(i))} for a, b in zip(x, logs)]
        self.first.setData(spots)
        x_end = max(self.planned_iterations, r.iteration if r is not None else 0)
        self.ranges.set_x(0, x_end)
        self.ranges.set_y(*decade_range(np.concatenate(values) if values else np.zeros(0)))

    def visible_curves(self) -> int:
        return sum(1 for c in self.curves if c.xData is not None and len(c.xData))
