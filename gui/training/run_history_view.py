"""Run history: every run (this session's and, when saved, earlier ones), overlaid on one plot,
exported as CSV or PNG; any run's best weights can become the model in use.

Reads a core.training.run_history.RunHistory and the ModelKeeper (which runs kept weights).
Tick runs in the list to overlay them (sigmoid against ReLU, SGD against Adam, ...); pick
which curve to compare. Select a run and press "Use this model": ``sigUseRun(run_id)``.
Each row says the learning rate(s) used ("lr 0.002 -> 0.5" after a mid-run change), the
epochs or iterations done and how the run ended; the row of the model in use says so.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from gui.widgets.plot_style import color, decade_range, early_level, linear_top, make_plot

#: curve key -> (is per epoch, y scale factor)
CURVES = {
    "smooth_loss": (False, 1.0),
    "batch_loss": (False, 1.0),
    "test_accuracy": (True, 100.0),
    "train_accuracy": (True, 100.0),
    "test_loss": (True, 1.0),
    "train_loss": (True, 1.0),
    "lr": (False, 1.0),
    "grad_norm_W1": (False, 1.0),
}


class RunHistoryView(QWidget):
    sigUseRun = Signal(int)

    def __init__(self, history, keeper=None, parent=None):
        super().__init__(parent)
        self.history = history
        self.keeper = keeper
        self._in_use: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("training.history_runs")
        self.list.setToolTip(self.tr("Every run since the app started. Tick runs to overlay them."))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(lambda *_: self._update_use_button())
        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.setToolTip(self.tr("Make the selected run's best weights (by test accuracy at an "
                                           "epoch's end) the model in use, for Draw and Landscape too"))
        self.use_button.clicked.connect(self._on_use_clicked)
        self.use_button.setEnabled(False)

        self.curve = QComboBox()
        self.curve.setObjectName("training.history_curve")
        self.curve.setToolTip(self.tr("Which curve to compare across the ticked runs"))
        labels = {
            "smooth_loss": self.tr("Loss (moving average)"),
            "batch_loss": self.tr("Loss (every batch)"),
            "test_accuracy": self.tr("Test accuracy (%)"),
            "train_accuracy": self.tr("Train accuracy (%)"),
            "test_loss": self.tr("Test loss (per epoch)"),
            "train_loss": self.tr("Train loss (per epoch)"),
            "lr": self.tr("Learning rate"),
            "grad_norm_W1": self.tr("First-layer gradient size"),
        }
        for key in CURVES:
            self.curve.addItem(labels[key], key)
        self.curve.currentIndexChanged.connect(self.refresh)
        self.log_y = QCheckBox(self.tr("log y"))
        self.log_y.setObjectName("training.history_log_y")
        self.log_y.setToolTip(self.tr("Logarithmic y axis"))
        self.log_y.toggled.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Export CSV..."))
        self.csv_button.setToolTip(self.tr("Save the ticked runs' settings and curves as a CSV table "
                                           "(all runs when none is ticked)"))
        self.csv_button.clicked.connect(self._on_export_csv)
        self.png_button = QPushButton(self.tr("Export PNG..."))
        self.png_button.setToolTip(self.tr("Save this plot as a PNG picture"))
        self.png_button.clicked.connect(self._on_export_png)

        self.plot = make_plot(self.tr("loss"), self.tr("iteration"), grid=True)
        self.plot.getPlotItem().enableAutoRange()
        self.plot.setToolTip(self.tr("The ticked runs, one colour each"))
        self._curves: list = []

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare:")))
        top.addWidget(self.curve, 1)
        top.addWidget(self.log_y)
        top.addWidget(self.csv_button)
        top.addWidget(self.png_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Runs")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.use_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.plot, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("training.history_splitter")
        self.splitter.setToolTip(self.tr("Drag to resize"))
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([300, 650])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    # -- the list ---------------------------------------------------------------
    def sync(self) -> None:
        """Add new runs (ticked) and update the summaries of known ones."""
        self.list.blockSignals(True)
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i) for i in range(self.list.count())}
        for run in self.history:
            item = known.get(run.run_id)
            if item is None:
                item = QListWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(Qt.ItemDataRole.UserRole, run.run_id)
                item.setForeground(pg.mkColor(color(run.run_id - 1)))
                self.list.addItem(item)
            text = run.summary()
            if run.run_id == self._in_use:
                text = self.tr("{0} | in use").format(text)
            item.setText(text)
            item.setToolTip(_settings_text(run))
            font = item.font()
            font.setBold(run.run_id == self._in_use)
            item.setFont(font)
        self.list.blockSignals(False)
        self._update_use_button()
        if self.isVisible():
            self.refresh()

    def set_in_use(self, run_id: int | None) -> None:
        """Mark the row of the run whose weights are the model in use (None: no run's)."""
        self._in_use = run_id
        self.sync()

    def select_run(self, run_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == run_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def selected_run(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_use_button(self) -> None:
        run_id = self.selected_run()
        kept = self.keeper.run(run_id) if self.keeper is not None and run_id is not None else None
        self.use_button.setEnabled(kept is not None and kept.has_model and run_id != self._in_use)
        if kept is not None and kept.has_model and kept.test_accuracy is not None:
            self.use_button.setToolTip(self.tr("Use run {0}'s best weights: epoch {1}, {2:.1f} % test").format(
                run_id, (kept.epoch or 0) + 1, 100 * kept.test_accuracy))
        elif run_id is not None:
            self.use_button.setToolTip(self.tr("Run {0} kept no weights: no epoch of it ended").format(run_id))

    def _on_use_clicked(self) -> None:
        run_id = self.selected_run()
        if run_id is not None:
            self.sigUseRun.emit(int(run_id))

    def checked_runs(self) -> list:
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return [r for r in (self.history.get(i) for i in ids) if r is not None]

    def set_checked(self, run_ids) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in run_ids
                               else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item) -> None:
        self.refresh()

    # -- the plot -------------------------------------------------------------------
    def refresh(self) -> None:
        item = self.plot.getPlotItem()
        for curve in self._curves:
            item.removeItem(curve)
        self._curves = []
        key = self.curve.currentData()
        per_epoch, scale = CURVES[key]
        log = self.log_y.isChecked()
        item.setLogMode(y=log)
        item.setLabel("bottom", self.tr("epoch") if per_epoch else self.tr("iteration"))
        item.setLabel("left", self.curve.currentText())
        for run in self.checked_runs():
            xs, ys = run.curves().get(key, ([], []))
            xs, ys = np.asarray(xs, float), scale * np.asarray(ys, float)
            if per_epoch:
                xs = np.array([row["epoch"] + 1 for row in run.epochs], float)[: len(ys)]
            keep = np.isfinite(ys) & ((ys > 0) if log else True)
            pen = pg.mkPen(color(run.run_id - 1), width=2)
            symbol = "o" if per_epoch else None
            curve = item.plot(xs[keep], ys[keep], pen=pen, symbol=symbol, symbolSize=6,
                              symbolBrush=color(run.run_id - 1), symbolPen=None, name=f"#{run.run_id}")
            self._curves.append(curve)
        self._limit_y(log)

    def _limit_y(self, log: bool) -> None:
        """Auto range, but clip spikes (a diverged run) so the others stay readable."""
        values = [c.yData for c in self._curves if c.yData is not None and len(c.yData)]
        vb = self.plot.getPlotItem().vb
        vb.enableAutoRange()
        if not values:
            return
        data = np.concatenate(values)
        if log:
            data = 10.0 ** data  # pyqtgraph keeps log10 values in yData in log mode
            lo, hi = decade_range(data)
            vb.setYRange(lo, hi, padding=0.02)
        else:
            start = max((early_level(v) for v in values), default=math.nan)
            vb.setYRange(min(0.0, float(data.min())), linear_top(data, start), padding=0.02)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    # -- export -----------------------------------------------------------------------
    def export_csv(self, path) -> Path:
        runs = self.checked_runs() or list(self.history)
        return self.history.to_csv(path, runs)

    def export_png(self, path) -> bool:
        return self.plot.grab().save(str(path))

    def _on_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export runs as CSV"), "runs.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            try:
                self.export_csv(path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export failed"),
                                    self.tr("Could not write {0}: {1}").format(path, exc.strerror or exc))

    def _on_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plot as PNG"), "runs.png",
                                              self.tr("PNG pictures (*.png)"))
        if path and not self.export_png(path):
            QMessageBox.warning(self, self.tr("Export failed"), self.tr("Could not write {0}").format(path))


def _settings_text(run) -> str:
    lines = [run.label, f"data: {run.dataset}"] if run.dataset else [run.label]
    lines += [f"{k}: {v}" for k, v in sorted(run.settings.items())]
    if run.end_message:
        lines.append(run.end_message)
    return "\n".join(lines)
