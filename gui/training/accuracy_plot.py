"""Accuracy per epoch on the training and test sets, in percent.

accuracy = (number of digits whose argmax prediction equals the label) / n.
A gap where train climbs above test is overfitting made visible. Drawn with
FastPlot (gui/widgets/fast_plot.py); the x axis shows whole epochs.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.widgets.fast_plot import FastPlot
from gui.widgets.plot_style import color, title_label


class AccuracyPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Accuracy"))
        self.plot = FastPlot(self.tr("accuracy (%)"), self.tr("epoch"))
        self.plot.setToolTip(self.tr("Share of digits classified right after each epoch, "
                                     "on the training set and on the unseen test set"))
        self.train_line = self.plot.add_curve("", color(1), width=2, legend=False)
        self.test_line = self.plot.add_curve("", color(2), width=2, legend=False)
        self.train = self.plot.add_dots(self.tr("train"), color(1), "o")
        self.test = self.plot.add_dots(self.tr("test"), color(2), "s")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.record = None
        self.planned_epochs = 1
        self.refresh_count = 0

    def set_record(self, record, planned_epochs: int) -> None:
        self.record = record
        self.planned_epochs = max(1, int(planned_epochs))
        self.refresh()

    def refresh(self) -> None:
        self.refresh_count += 1
        r = self.record
        rows = r.epochs if r is not None else []
        epochs = np.array([row["epoch"] + 1 for row in rows], float)
        values = []
        for line, dots, name in ((self.train_line, self.train, "train_accuracy"),
                                 (self.test_line, self.test, "test_accuracy")):
            ys = np.array([100.0 * row[name] for row in rows], float)
            self.plot.set_data(line, epochs, ys)
            self.plot.set_data(dots, epochs, ys)
            values.extend(ys[np.isfinite(ys)].tolist())
        last_epoch = max(self.planned_epochs, len(rows))
        step = max(1, math.ceil(last_epoch / 12))  # whole epochs only (no 1.5, 2.5 ...)
        ticks = [(float(e), str(e)) for e in range(1, last_epoch + 1) if (e - 1) % step == 0]
        self.plot.set_x_range(0.5, last_epoch + 0.5, ticks)
        low = min(values) if values else 80.0
        self.plot.set_y_range(float(max(0, 10 * math.floor(low / 10 - 1e-9))), 100.0)
        if rows:
            last = rows[-1]
            self.title.setText(self.tr("Accuracy: test {0:.1f} %, train {1:.1f} %").format(
                100 * last["test_accuracy"], 100 * last["train_accuracy"]))
        else:
            self.title.setText(self.tr("Accuracy"))

    def epochs_shown(self) -> list:
        return self.test.x.tolist()
