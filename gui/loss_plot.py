"""Loss over training: every batch (faint), its moving average, and train/test loss per epoch.

The batch loss L_b is the loss of one mini-batch; the moving average is
s_t = beta s_(t-1) + (1 - beta) L_t, debiased (core.decimate.MovingAverage).
Train/test loss per epoch is the mean loss over the whole sets at the epoch's
last iteration. Reads a core.run_history.RunRecord; ``refresh`` redraws it.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.plot_style import RangeKeeper, color, decade_range, early_level, linear_top, make_plot, thin, title_label


class LossPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Loss"))
        self.log_y = QCheckBox(self.tr("log y"))
        self.log_y.setObjectName("training.loss_log_y")
        self.log_y.setToolTip(self.tr("Logarithmic loss axis: small late improvements become visible"))
        self.log_y.toggled.connect(self._on_log_toggled)
        self.plot = make_plot(self.tr("loss"), self.tr("iteration"))
        self.plot.setToolTip(self.tr("Faint: the loss of each mini-batch. Line: its moving average. "
                                     "Dots: loss on the whole training and test sets after each epoch."))
        item = self.plot.getPlotItem()
        self.raw = item.plot(pen=pg.mkPen(120, 150, 200, 90), antialias=False, name=self.tr("batch"))
        self.smooth = item.plot(pen=pg.mkPen(color(0), width=2), antialias=False,
                                name=self.tr("moving average"))
        self.train = item.plot(pen=pg.mkPen(color(1), width=1), antialias=False, symbol="o", symbolSize=6,
                               symbolBrush=color(1), symbolPen=None, name=self.tr("train (epoch)"))
        self.test = item.plot(pen=pg.mkPen(color(2), width=1), antialias=False, symbol="s", symbolSize=6,
                              symbolBrush=color(2), symbolPen=None, name=self.tr("test (epoch)"))
        self.ranges = RangeKeeper(item.vb)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.log_y)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        self.record = None
        self.planned_iterations = 1
        self.refresh_count = 0
        self._epochs_drawn = None
        self._marked = False

    def set_record(self, record, planned_iterations: int) -> None:
        """Follow this RunRecord; the x axis spans the run's planned iterations."""
        self.record = record
        self.planned_iterations = max(1, int(planned_iterations))
        self._epochs_drawn = None
        self.refresh()

    def _on_log_toggled(self, checked: bool) -> None:
        item = self.plot.getPlotItem()
        item.setLogMode(y=checked)
        self.ranges.set_log_axis(item.getAxis("left") if checked else None)
        self._epochs_drawn = None
        self.refresh()

    def refresh(self) -> None:
        r = self.record
        self.refresh_count += 1
        if r is None:
            for curve in (self.raw, self.smooth, self.train, self.test):
                curve.setData([], [])
            self._epochs_drawn = None
            self.ranges.set_x(0, self.planned_iterations)
            self.ranges.set_y(*((-2.0, 1.0) if self.log_y.isChecked() else (0.0, 2.5)))
            return
        raw_y = r.batch_loss.y
        log = self.log_y.isChecked()
        positive = (lambda x, y: (x[y > 0], y[y > 0])) if log else (lambda x, y: (x, y))
        self.raw.setData(*thin(*positive(r.batch_loss.x, raw_y)))
        self.smooth.setData(*thin(*positive(r.smooth_loss.x, r.smooth_loss.y)))
        few = len(r.smooth_loss) < 3  # a line needs two points: mark the first ones
        if few != self._marked:
            self._marked = few
            self.smooth.setSymbol("o" if few else None)
            self.smooth.setSymbolSize(6)
            self.smooth.setSymbolBrush(color(0))
        if self._epochs_drawn != len(r.epochs):  # symbols are costly to rebuild: only when new
            self._epochs_drawn = len(r.epochs)
            for curve, name in ((self.train, "train_loss"), (self.test, "test_loss")):
                xs, ys = r.epoch_curve(name)
                xs, ys = np.asarray(xs, float), np.asarray(ys, float)
                keep = np.isfinite(ys) & ((ys > 0) if log else True)
                curve.setData(xs[keep], ys[keep])
        x_end = max(self.planned_iterations, r.iteration)
        self.ranges.set_x(0, x_end)
        values = np.concatenate([raw_y, np.asarray(r.epoch_curve("test_loss")[1], float)])
        if log:
            self.ranges.set_y(*decade_range(values))
        else:
            low = min(0.0, float(np.nanmin(values))) if values.size else 0.0
            self.ranges.set_y(low, linear_top(values, early_level(raw_y)))

    def view_range(self):
        """[[x0, x1], [y0, y1]] as shown (for tests: never NaN)."""
        return self.plot.getPlotItem().vb.viewRange()
