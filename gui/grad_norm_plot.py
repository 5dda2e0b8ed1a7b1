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
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Gradient size per layer"))
        self.plot = make_plot(self.tr("RMS of dL/dW (log)"), self.tr("iteration"))
        self.plot.setToolTip(self.tr("How large each weight layer's gradient is (root mean square). "
                                     "Curves far below the others mean that layer barely learns: "
                                     "the vanishing gradient."))
        self.plot.getPlotItem().setLogMode(y=True)
        self.curves: list = []
        self.ranges = RangeKeeper(self.plot.getPlotItem().vb, self.plot.getPlotItem().getAxis("left"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.record = None
        self.planned_iterations = 1
        self.refresh_count = 0
        self._marked = False

    def set_record(self, record, planned_iterations: int) -> None:
        self.record = record
        self.planned_iterations = max(1, int(planned_iterations))
        self.refresh()

    def _ensure_curves(self, n: int) -> None:
        item = self.plot.getPlotItem()
        if len(self.curves) != n:
            self._marked = False  # new curves start without symbols
        while len(self.curves) < n:
            i = len(self.curves)
            self.curves.append(item.plot(pen=pg.mkPen(color(i), width=1), antialias=False, name=f"W{i + 1}"))
        while len(self.curves) > n:
            item.removeItem(self.curves.pop())  # also leaves the legend

    def refresh(self) -> None:
        self.refresh_count += 1
        r = self.record
        series = r.grad_norm if r is not None else []
        self._ensure_curves(len(series))
        values = []
        few = bool(series) and len(series[0]) < 3  # a line needs two points: mark the first ones
        for i, (curve, s) in enumerate(zip(self.curves, series)):
            curve.setData(*thin(s.x, s.y, 400))
            if few != self._marked:
                curve.setSymbol("o" if few else None)
                curve.setSymbolSize(5)
                curve.setSymbolBrush(color(i))
                curve.setSymbolPen(None)
            values.append(s.y)
        self._marked = few
        x_end = max(self.planned_iterations, r.iteration if r is not None else 0)
        self.ranges.set_x(0, x_end)
        self.ranges.set_y(*decade_range(np.concatenate(values) if values else np.zeros(0)))

    def visible_curves(self) -> int:
        return sum(1 for c in self.curves if c.xData is not None and len(c.xData))
