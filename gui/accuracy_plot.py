"""Accuracy per epoch on the training and test sets, in percent.

accuracy = (number of digits whose argmax prediction equals the label) / n.
A gap where train climbs above test is overfitting made visible.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.plot_style import RangeKeeper, color, make_plot, title_label


class AccuracyPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Accuracy"))
        self.plot = make_plot(self.tr("accuracy (%)"), self.tr("epoch"), grid=True)
        self.plot.setToolTip(self.tr("Share of digits classified right after each epoch, "
                                     "on the training set and on the unseen test set"))
        item = self.plot.getPlotItem()
        self.train = item.plot(pen=pg.mkPen(color(1), width=2), symbol="o", symbolSize=7,
                               symbolBrush=color(1), symbolPen=None, name=self.tr("train"))
        self.test = item.plot(pen=pg.mkPen(color(2), width=2), symbol="s", symbolSize=7,
                              symbolBrush=color(2), symbolPen=None, name=self.tr("test"))
        self.ranges = RangeKeeper(item.vb)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.record = None
        self.planned_epochs = 1
        self.refresh_count = 0
        self._ticked = None

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
        for curve, name in ((self.train, "train_accuracy"), (self.test, "test_accuracy")):
            ys = np.array([100.0 * row[name] for row in rows], float)
            keep = np.isfinite(ys)
            curve.setData(epochs[keep], ys[keep])
            values.extend(ys[keep].tolist())
        last_epoch = max(self.planned_epochs, len(rows))
        if last_epoch != self._ticked:  # whole epochs only (no 1.5, 2.5 ...)
            self._ticked = last_epoch
            step = max(1, math.ceil(last_epoch / 12))
            self.plot.getPlotItem().getAxis("bottom").setTicks(
                [[(float(e), str(e)) for e in range(1, last_epoch + 1) if (e - 1) % step == 0], []])
        self.ranges.set_x(0.5, last_epoch + 0.5)
        low = min(values) if values else 80.0
        self.ranges.set_y(float(max(0, 10 * math.floor(low / 10 - 1e-9))), 100.0)
        if rows:
            last = rows[-1]
            self.title.setText(self.tr("Accuracy: test {0:.1f} %, train {1:.1f} %").format(
                100 * last["test_accuracy"], 100 * last["train_accuracy"]))
        else:
            self.title.setText(self.tr("Accuracy"))
