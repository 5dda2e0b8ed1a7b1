"""Loss over training: every batch (faint), its moving average, and train/test loss per epoch.

The batch loss L_b is the loss of one mini-batch; the moving average is
s_t = beta s_(t-1) + (1 - beta) L_t, debiased (core.training.decimate.MovingAverage).
Train/test loss per epoch is the mean loss over the whole sets at the epoch's
last iteration. Reads a core.training.run_history.RunRecord; ``refresh`` redraws it.
Drawn with FastPlot (see gui/widgets/fast_plot.py for why); on the log axis the
plotted values are log10(loss) and the ticks show decades.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.widgets.fast_plot import FastPlot
from gui.widgets.plot_style import color, decade_range, early_level, linear_top, thin, title_label


class LossPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Loss"))
        self.log_y = QCheckBox(self.tr("log y"))
        self.log_y.setObjectName("training.loss_log_y")
        self.log_y.setToolTip(self.tr("Logarithmic loss axis: small late improvements become visible"))
        self.log_y.toggled.connect(self._on_log_toggled)
        self.plot = FastPlot(self.tr("loss"), self.tr("iteration"))
        self.plot.setToolTip(self.tr("Faint: the loss of each mini-batch. Line: its moving average. "
                                     "Dots: loss on the whole training and test sets after each epoch."))
        self.raw = self.plot.add_curve(self.tr("batch"), (120, 150, 200, 110))
        self.smooth = self.plot.add_curve(self.tr("moving average"), color(0), width=2)
        self.first = self.plot.add_dots("", color(0), size=6, legend=False)  # a line needs two points
        self.train = self.plot.add_dots(self.tr("train (epoch)"), color(1), "o")
        self.test = self.plot.add_dots(self.tr("test (epoch)"), color(2), "s")

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
        if self.record is None:
            return np.zeros(0), np.zeros(0)
        xs, ys = self.record.epoch_curve(name)
        xs, ys = np.asarray(xs, float), np.asarray(ys, float)
        keep = np.isfinite(ys)
        return xs[keep], ys[keep]

    def refresh(self) -> None:
        r = self.record
        self.refresh_count += 1
        log = self.log_y.isChecked()
        plot = self.plot
        if r is None:
            for series in (self.raw, self.smooth, self.first, self.train, self.test):
                plot.set_data(series, [], [])
            plot.set_x_range(0, self.planned_iterations)
            plot.set_y_range(*((-2.0, 1.0) if log else (0.0, 2.5)), log=log)
            return
        raw_y = r.batch_loss.y
        plot.set_data(self.raw, *thin(*self._shown(r.batch_loss.x, raw_y)))
        sx, sy = thin(*self._shown(r.smooth_loss.x, r.smooth_loss.y))
        plot.set_data(self.smooth, sx, sy)
        plot.set_data(self.first, sx[:2] if len(sx) < 3 else [], sy[:2] if len(sy) < 3 else [])
        if self._epochs_drawn != len(r.epochs):
            self._epochs_drawn = len(r.epochs)
            plot.set_data(self.train, *self._shown(*self.epoch_points("train_loss")))
            plot.set_data(self.test, *self._shown(*self.epoch_points("test_loss")))
        plot.set_x_range(0, max(self.planned_iterations, r.iteration))
        values = np.concatenate([raw_y, self.epoch_points("test_loss")[1]])
        if log:
            plot.set_y_range(*decade_range(values), log=True)
        else:
            low = min(0.0, float(np.nanmin(values))) if values.size else 0.0
            plot.set_y_range(low, linear_top(values, early_level(raw_y)))

    def curve_lengths(self) -> dict:
        """Points drawn per series (for tests): batch, moving average, epoch dots."""
        return {"batch": len(self.raw.x), "average": len(self.smooth.x),
                "epochs": len(self.train.x) + len(self.test.x)}

    def view_range(self):
        """[[x0, x1], [y0, y1]] as plotted (log10 units on the log axis)."""
        return self.plot.view_range()
