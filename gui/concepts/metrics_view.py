"""Accuracy against MAE on a small batch of predictions you can edit."""
from __future__ import annotations

import json
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from core.concepts.demos import BatchMetrics, batch_metrics, format_value
from gui.concepts.explanation_box import ExplanationBox
from gui.widgets.message_line import MessageLine
from gui.widgets.plot_style import make_plot

SIDE_WIDTH = 340
NUM_CLASSES = 3
MIN_ROWS, MAX_ROWS = 1, 12
#: both presets predict the same classes (4 of 5 right); only their confidence differs
PRESET_LABELS = [0, 1, 2, 1, 0]
PRESETS = {
    "confident": [[0.95, 0.03, 0.02], [0.02, 0.96, 0.02], [0.03, 0.02, 0.95], [0.90, 0.05, 0.05],
                  [0.97, 0.02, 0.01]],
    "hesitant": [[0.40, 0.30, 0.30], [0.30, 0.40, 0.30], [0.30, 0.30, 0.40], [0.40, 0.35, 0.25],
                 [0.40, 0.30, 0.30]],
}
GOOD, BAD = QColor("#2ca02c"), QColor("#d62728")


class MetricsView(QWidget):
    """Rows are samples: predicted probabilities for classes 0-2 and the true
    label (editable); the view shows what accuracy and MAE make of them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("concepts.metrics.batch")  # the edited batch persists (settings_value)
        self.probabilities = np.array(PRESETS["confident"])
        self.labels = np.array(PRESET_LABELS)
        self.metrics: BatchMetrics | None = None
        self._filling = False
        self._build_table()
        self._build_plot()
        self._build_side()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.plot, 1)
        layout.addWidget(self.side)
        layout.addLayout(left, 1)
        self._fill_table()
        self._update()

    # --- building -----------------------------------------------------------
    def _build_table(self) -> None:
        self.table = QTableWidget(0, NUM_CLASSES + 4)
        self.table.setObjectName("concepts.metrics.table")
        self.table.setToolTip(self.tr("Double-click a white cell to edit it; grey columns are computed"))
        headers = [self.tr("p(class {0})").format(k) for k in range(NUM_CLASSES)]
        headers += [self.tr("true label"), self.tr("predicted (argmax)"), self.tr("correct?"),
                    self.tr("mean |p − t|")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)

    def _build_plot(self) -> None:
        self.plot = make_plot(self.tr("mean |p − t|"), self.tr("sample"))
        self.plot.setObjectName("concepts.metrics.plot")
        item = self.plot.getPlotItem()
        item.setTitle(self.tr("What MAE counts: each sample's mean |p − t|"), color="#333333")
        item.showGrid(y=True, alpha=0.15)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.getViewBox().setMenuEnabled(False)
        item.setYRange(0, 1.05, padding=0)  # a row's mean |p - t| is at most 1
        self.legend = item.legend
        self.legend.setColumnCount(3)
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(50, 10))
        self.good_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6, brush=GOOD, pen=pg.mkPen(GOOD))
        self.bad_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6, brush=BAD, pen=pg.mkPen(BAD))
        self.mae_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#333333", width=2, style=Qt.PenStyle.DashLine))
        self.mae_sample = pg.PlotDataItem(pen=pg.mkPen("#333333", width=2, style=Qt.PenStyle.DashLine))
        for it in (self.good_bars, self.bad_bars, self.mae_line):
            item.addItem(it)
        self.legend.addItem(self.good_bars, self.tr("correct (accuracy counts 1)"))
        self.legend.addItem(self.bad_bars, self.tr("wrong (counts 0)"))
        self.legend.addItem(self.mae_sample, self.tr("MAE"))

    def _build_side(self) -> None:
        self.side = QWidget()
        self.side.setFixedWidth(SIDE_WIDTH)
        col = QVBoxLayout(self.side)
        col.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Batch"))
        lay = QVBoxLayout(box)
        presets = QHBoxLayout()
        self.confident_button = QPushButton(self.tr("Confident"))
        self.confident_button.setToolTip(self.tr("Sure of every answer: 4 of 5 right"))
        self.confident_button.clicked.connect(self._on_confident_clicked)
        self.hesitant_button = QPushButton(self.tr("Hesitant"))
        self.hesitant_button.setToolTip(self.tr("The same answers, barely preferred: 4 of 5 right"))
        self.hesitant_button.clicked.connect(self._on_hesitant_clicked)
        presets.addWidget(self.confident_button)
        presets.addWidget(self.hesitant_button)
        lay.addLayout(presets)
        rows = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add sample"))
        self.add_button.setToolTip(self.tr("Add a row (up to {0})").format(MAX_ROWS))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove last"))
        self.remove_button.setToolTip(self.tr("Remove the last row"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        lay.addLayout(rows)
        col.addWidget(box)

        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.accuracy_label = QLabel()
        self.accuracy_label.setFont(big)
        self.accuracy_label.setToolTip(self.tr("Accuracy: the share of rows whose largest p (argmax) is the true class"))
        self.mae_label = QLabel()
        self.mae_label.setFont(big)
        self.mae_label.setToolTip(self.tr("Mean absolute error: the mean of |p − t| over every entry, t the one-hot targets"))
        col.addWidget(self.accuracy_label)
        col.addWidget(self.mae_label)
        self.message_label = MessageLine()
        col.addWidget(self.message_label)

        col.addWidget(ExplanationBox(self.tr(
            "<b>Accuracy</b> = (number of samples whose largest p is the true label) / N: "
            "it only asks <i>which</i> class won.<br>"
            "<b>MAE</b> = mean |p − t| over every sample and class, t the one-hot target: "
            "it asks <i>how sure</i> the right answer was.<br>"
            "Press <i>Confident</i>, then <i>Hesitant</i>: the same 4 of 5 are right, so "
            "accuracy stays 0.8, but MAE grows. Edit a p until the argmax changes and "
            "watch accuracy jump."
        )), 1)

    # --- plain methods (also used by tests) -----------------------------------
    def set_batch(self, probabilities, labels) -> None:
        """Show this batch: probabilities (n, 3) and labels (n,)."""
        p = np.asarray(probabilities, dtype=np.float64)
        labels = np.asarray(labels, dtype=np.int64)
        if p.ndim != 2 or p.shape[1] != NUM_CLASSES or p.shape[0] != labels.shape[0]:
            raise ValueError("need probabilities of shape (n, 3) and n labels")
        self.probabilities, self.labels = p.copy(), labels.copy()
        self.message_label.clear_message()
        self._fill_table()
        self._update()

    # the edited batch persists like a control (gui/settings.py): {"p": rows of 3, "t": labels}
    def settings_value(self) -> str:
        return json.dumps({"p": self.probabilities.tolist(), "t": self.labels.tolist()})

    def set_settings_value(self, text: str) -> bool:
        """Restore a saved batch; False (batch unchanged) for anything that is not a valid one."""
        try:
            saved = json.loads(text)
            rows, labels = saved["p"], saved["t"]
            ok = (isinstance(rows, list) and isinstance(labels, list) and MIN_ROWS <= len(rows) <= MAX_ROWS
                  and len(labels) == len(rows)
                  and all(isinstance(r, list) and len(r) == NUM_CLASSES for r in rows)
                  and all(isinstance(v, (int, float)) and math.isfinite(v) and 0 <= v <= 1 for r in rows for v in r)
                  and all(isinstance(t, int) and not isinstance(t, bool) and 0 <= t < NUM_CLASSES for t in labels))
        except (ValueError, TypeError, KeyError):
            return False
        if ok:
            self.set_batch(rows, labels)
        return ok

    # --- reacting -----------------------------------------------------------
    def _on_confident_clicked(self) -> None:
        self.set_batch(PRESETS["confident"], PRESET_LABELS)

    def _on_hesitant_clicked(self) -> None:
        self.set_batch(PRESETS["hesitant"], PRESET_LABELS)

    def _on_add_clicked(self) -> None:
        if self.labels.size < MAX_ROWS:
            even = np.full((1, NUM_CLASSES), 1.0 / NUM_CLASSES)
            self.set_batch(np.vstack([self.probabilities, even]), np.append(self.labels, 0))

    def _on_remove_clicked(self) -> None:
        if self.labels.size > MIN_ROWS:
            self.set_batch(self.probabilities[:-1], self.labels[:-1])

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = cell.row(), cell.column()
        text = cell.text().strip()
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = None
        if column < NUM_CLASSES:
            if value is None or not 0.0 <= value <= 1.0:
                self._refuse(row, column, self.tr("Row {0}, p(class {1}): “{2}” is not a number from 0 to 1; "
                                                  "kept {3}.").format(row + 1, column, text,
                                                                      format_value(self.probabilities[row, column])))
                return
            self.probabilities[row, column] = value
        elif column == NUM_CLASSES:
            if value is None or not 0 <= value < NUM_CLASSES or value != int(value):  # NaN, inf fail the range
                self._refuse(row, column, self.tr("Row {0}, true label: “{1}” is not 0, 1 or 2; kept {2}.")
                             .format(row + 1, text, int(self.labels[row])))
                return
            self.labels[row] = int(value)
        else:
            return
        self.message_label.clear_message()
        self._fill_table()
        self._update()

    def _refuse(self, row: int, column: int, message: str) -> None:
        """Bad input: say why and put the old value back."""
        self.message_label.show_message(message, "error")
        self._fill_table()

    def _cell(self, text: str, editable: bool) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        else:
            cell.setBackground(QBrush(QColor("#e6e6e6")))
        cell.setFlags(flags)
        return cell

    def _fill_table(self) -> None:
        self._filling = True
        n = self.labels.size
        self.table.setRowCount(n)
        m = batch_metrics(self.probabilities, self.labels)
        for r in range(n):
            for k in range(NUM_CLASSES):
                self.table.setItem(r, k, self._cell(format_value(self.probabilities[r, k]), True))
            self.table.setItem(r, NUM_CLASSES, self._cell(str(int(self.labels[r])), True))
            self.table.setItem(r, NUM_CLASSES + 1, self._cell(str(int(m.predicted[r])), False))
            ok = bool(m.correct[r])
            mark = self._cell(self.tr("yes") if ok else self.tr("no"), False)
            mark.setForeground(QBrush(GOOD if ok else BAD))
            self.table.setItem(r, NUM_CLASSES + 2, mark)
            self.table.setItem(r, NUM_CLASSES + 3, self._cell(format_value(m.row_error[r], 3), False))
        self._filling = False

    def _update(self) -> None:
        m = batch_metrics(self.probabilities, self.labels)
        self.metrics = m
        n = self.labels.size
        right = int(np.count_nonzero(m.correct))
        self.accuracy_label.setText(self.tr("Accuracy = {0} / {1} = {2}").format(right, n, format_value(m.accuracy, 3)))
        self.mae_label.setText(self.tr("MAE = {0}").format(format_value(m.mae, 3)))
        xs = np.arange(n, dtype=np.float64)
        self.good_bars.setOpts(x=xs[m.correct], height=m.row_error[m.correct], width=0.6)
        self.bad_bars.setOpts(x=xs[~m.correct], height=m.row_error[~m.correct], width=0.6)
        self.mae_line.setValue(m.mae)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(n)]])
        item.setXRange(-0.6, n - 0.4, padding=0)
        off = [r + 1 for r in range(n) if abs(m.row_sums[r] - 1.0) > 1e-6]
        if off and not self.message_label.text():
            text = (self.tr("Row {0} does not sum to 1: real softmax outputs always do (the metrics count "
                            "it as typed).") if len(off) == 1 else
                    self.tr("Rows {0} do not sum to 1: real softmax outputs always do (the metrics count "
                            "them as typed)."))
            self.message_label.show_message(text.format(", ".join(map(str, off))), "info")
