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
    """Light items for a live plot: two PlotCurveItems (batch, moving average) and ONE
    ScatterPlotItem for the per-epoch train/test dots (rebuilt only when an epoch is
    added); the legend's train/test entries are empty samples. Log y is done here
    (log10 of the data, decade ticks), not by pyqtgraph's log mode, which only
    applies to PlotDataItems."""

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
        self.raw = pg.PlotCurveItem(pen=pg.mkPen(120, 150, 200, 90), antialias=False, skipFiniteCheck=True)
        self.smooth = pg.PlotCurveItem(pen=pg.mkPen(color(0), width=2), antialias=False, skipFiniteCheck=True)
        self.epoch_dots = pg.ScatterPlotItem(size=7, pen=None)
        # first points (a line needs two) and the legend's train/test samples
        self.first = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(color(0)))
        train_sample = pg.ScatterPlotItem(symbol="o", size=7, brush=pg.mkBrush(color(1)), pen=None)
        test_sample = pg.ScatterPlotItem(symbol="s", size=7, brush=pg.mkBrush(color(2)), pen=None)
        for it in (self.raw, self.smooth, self.epoch_dots, self.first):
            item.addItem(it)
        item.legend.addItem(self.raw, self.tr("batch"))
        item.legend.addItem(self.smooth, self.tr("moving average"))
        item.legend.addItem(train_sample, self.tr("train (epoch)"))
        item.legend.addItem(test_sample, self.tr("test (epoch)"))
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

    def set_record(self, record, planned_iterations: int) -> None:
        """Follow this RunRecord; the x axis spans the run's planned iterations."""
        self.record = record
        self.planned_iterations = max(1, int(planned_iterations))
        self._epochs_drawn = None
        self.refresh()

    def _on_log_toggled(self, checked: bool) -> None:
        self.ranges.set_log_axis(self.plot.getPlotItem().getAxis("left") if checked else None)
        self._epochs_drawn = None
        self.refresh()

    def _shown(self, x: np.ndarray, y: np.ndarray):
        """(x, y) as plotted: log10(y) of the positive values on a log axis."""
        if self.log_y.isChecked():
            keep = y > 0
            return x[keep], np.log10(y[keep])
        return x, y

    def epoch_points(self, name: str):
        """(iterations, losses) of the per-epoch dots of ``name`` ("train_loss" / "test_loss")."""
        r = self.record
        if r is None:
            return np.zeros(0), np.zeros(0)
        xs, ys = r.epoch_curve(name)
        xs, ys = np.asarray(xs, float), np.asarray(ys, float)
        keep = np.isfinite(ys)
        return xs[keep], ys[keep]

    def refresh(self) -> None:
        r = self.record
        self.refresh_count += 1
        log = self.log_y.isChecked()
        if r is None:
            for curve in (self.raw, self.smooth):
                curve.setData([], [])
            self.epoch_dots.setData([], [])
            self.first.setData([], [])
            self._epochs_drawn = None
            self.ranges.set_x(0, self.planned_iterations)
            self.ranges.set_y(*((-2.0, 1.0) if log else (0.0, 2.5)))
            return
        raw_y = r.batch_loss.y
        self.raw.setData(*thin(*self._shown(r.batch_loss.x, raw_y)))
        sx, sy = thin(*self._shown(r.smooth_loss.x, r.smooth_loss.y))
        self.smooth.setData(sx, sy)
        self.first.setData(sx if len(sx) < 3 else [], sy if len(sy) < 3 else [])
        if self._epochs_drawn != len(r.epochs):  # rebuilt only when an epoch is added
            self._epochs_drawn = len(r.epochs)
            spots = []
            for name, symbol, c in (("train_loss", "o", color(1)), ("test_loss", "s", color(2))):
                xs, ys = self._shown(*self.epoch_points(name))
                spots += [{"pos": (x, y), "symbol": symbol, "brush": pg.mkBrush(c)} for x, y in zip(xs, ys)]
            self.epoch_dots.setData(spots)
        self.ranges.set_x(0, max(self.planned_iterations, r.iteration))
        values = np.concatenate([raw_y, self.epoch_points("test_loss")[1]])
        if log:
            self.ranges.set_y(*decade_range(values))
        else:
            low = min(0.0, float(np.nanmin(values))) if values.size else 0.0
            self.ranges.set_y(low, linear_top(values, early_level(raw_y)))

    def curve_lengths(self) -> dict:
        """Points drawn per item (for tests): batch, moving average, epoch dots."""
        return {"batch": 0 if self.raw.xData is None else len(self.raw.xData),
                "average": 0 if self.smooth.xData is None else len(self.smooth.xData),
                "epochs": len(self.epoch_dots.data)}

    def view_range(self):
        """[[x0, x1], [y0, y1]] as shown (for tests: never NaN)."""
        return self.plot.getPlotItem().vb.viewRange()
