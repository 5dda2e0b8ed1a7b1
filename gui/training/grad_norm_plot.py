"""Gradient size per weight layer over training, on a log axis.

For layer i the engine reports RMS(dL/dW_i) = sqrt(mean of (dL/dW_i)^2), so
layers of different sizes compare. In a deep sigmoid network the first
layers' curves sit orders of magnitude below the last one's (the vanishing
gradient); with ReLU they stay close. Plotted as log10(RMS) on a FastPlot
(see gui/widgets/fast_plot.py) with decade ticks.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.widgets.fast_plot import FastPlot
from gui.widgets.plot_style import color, decade_range, thin, title_label


class GradNormPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Gradient size per layer"))
        self.plot = FastPlot(self.tr("RMS of dL/dW (log)"), self.tr("iteration"))
        self.plot.setToolTip(self.tr("How large each weight layer's gradient is (root mean square). "
                                     "Curves far below the others mean that layer barely learns: "
                                     "the vanishing gradient."))
        self.curves: list = []
        self.firsts: list = []  # a dot per layer while there are too few points for a line
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
        while len(self.curves) < n:
            i = len(self.curves)
            self.curves.append(self.plot.add_curve(f"W{i + 1}", color(i)))
            self.firsts.append(self.plot.add_dots("", color(i), size=5, legend=False))
        while len(self.curves) > n:
            self.plot.remove(self.curves.pop())
            self.plot.remove(self.firsts.pop())

    def refresh(self) -> None:
        self.refresh_count += 1
        r = self.record
        series = r.grad_norm if r is not None else []
        self._ensure_curves(len(series))
        values = []
        for curve, first, s in zip(self.curves, self.firsts, series):
            x, y = thin(s.x, s.y, 400)  # BoundedSeries(positive_only): every y > 0
            logs = np.log10(y)
            self.plot.set_data(curve, x, logs)
            self.plot.set_data(first, x if len(x) < 3 else [], logs if len(x) < 3 else [])
            values.append(y)
        self.plot.set_x_range(0, max(self.planned_iterations, r.iteration if r is not None else 0))
        self.plot.set_y_range(*decade_range(np.concatenate(values) if values else np.zeros(0)), log=True)

    def visible_curves(self) -> int:
        return sum(1 for c in self.curves if len(c.x))

    def view_range(self):
        return self.plot.view_range()
