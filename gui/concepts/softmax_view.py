"""Softmax: logits in, probabilities out, with temperature, cross-entropy and the overflow trap."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSlider, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from core.concepts.demos import SoftmaxReport, format_value, parse_numbers, softmax_report
from gui.concepts.explanation_box import ExplanationBox
from gui.widgets.message_line import MessageLine
from gui.widgets.plot_style import make_plot

SIDE_WIDTH = 340
MAX_LOGITS = 10
SLIDER_SCALE = 10  # slider units per logit unit: -100..100 is -10.0..10.0
BOOK_LOGITS = [0.3, 2.9, 4.0]  # the book's example a = [0.3, 2.9, 4.0]
TEN_LOGITS = [1.2, -0.5, 3.1, 0.4, 2.2, -1.8, 0.9, 4.0, -0.3, 1.5]
LARGE_LOGITS = [1000.0, 1001.0, 1002.0]
#: |z| at most this: z / T then stays finite for every temperature, so the stable formula always works
LOGIT_LIMIT = 1e6
BAD = QColor("#d62728")


class SoftmaxView(QWidget):
    """Up to ten logits (typed or on sliders) -> softmax probabilities as bars
    beside the one-hot target; a table compares the naive and the stable formula."""

    ROWS = ("scaled", "exp_naive", "p_naive", "exp_stable", "p_stable", "target")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.logits = np.array(BOOK_LOGITS)
        self.report: SoftmaxReport | None = None
        self._syncing = False
        self._build_plot()
        self._build_table()
        self._build_side()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.plot, 1)
        left.addWidget(self.table)
        layout.addWidget(self.side)
        layout.addLayout(left, 1)
        self.set_logits(BOOK_LOGITS)

    # --- building -----------------------------------------------------------
    def _build_plot(self) -> None:
        self.plot = make_plot(self.tr("probability"), self.tr("class k"))
        self.plot.setObjectName("concepts.softmax.plot")
        item = self.plot.getPlotItem()
        item.setTitle(self.tr("softmax(z / T), computed the stable way"), color="#333333")
        item.showGrid(y=True, alpha=0.15)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.getViewBox().setMenuEnabled(False)
        item.setYRange(0, 1.3, padding=0)  # room above 1 for the legend
        self.legend = item.legend
        self.legend.setColumnCount(2)
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(50, 10))
        self.prob_bars = pg.BarGraphItem(x=[0], height=[0], width=0.4, brush="#1f77b4", pen=pg.mkPen("#1f77b4"))
        self.target_bars = pg.BarGraphItem(x=[0], height=[0], width=0.4, brush=pg.mkBrush(214, 39, 40, 110),
                                           pen=pg.mkPen("#d62728"))
        item.addItem(self.prob_bars)
        item.addItem(self.target_bars)
        self.legend.addItem(self.prob_bars, self.tr("probability p = softmax(z / T)"))
        self.legend.addItem(self.target_bars, self.tr("one-hot target t"))
        self.prob_texts = []
        for _ in range(MAX_LOGITS):
            text = pg.TextItem(anchor=(0.5, 1.0), color="#333333")
            item.addItem(text)
            self.prob_texts.append(text)

    def _build_table(self) -> None:
        self.table = QTableWidget(len(self.ROWS), MAX_LOGITS)
        self.table.setObjectName("concepts.softmax.table")
        self.table.setToolTip(self.tr("The numbers behind the bars: the naive formula can overflow, the stable one cannot"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalHeaderLabels([
            self.tr("z / T"),
            self.tr("naive: exp(z/T)"),
            self.tr("naive: p"),
            self.tr("stable: exp(z/T − max)"),
            self.tr("stable: p"),
            self.tr("one-hot t"),
        ])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for r in range(len(self.ROWS)):
            for c in range(MAX_LOGITS):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, cell)
        header_h = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header_h + 24 * len(self.ROWS) + 2 * self.table.frameWidth() + 6)

    def _build_side(self) -> None:
        self.side = QWidget()
        self.side.setFixedWidth(SIDE_WIDTH)
        col = QVBoxLayout(self.side)
        col.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Logits z"))
        lay = QVBoxLayout(box)
        lay.addLayout(self._preset_row())
        self.logits_edit = QLineEdit()
        self.logits_edit.setObjectName("concepts.softmax.logits")
        self.logits_edit.setToolTip(self.tr("Type 2 to 10 numbers separated by commas or spaces"))
        self.logits_edit.setPlaceholderText(self.tr("e.g. 0.3, 2.9, 4.0"))
        self.logits_edit.textChanged.connect(self._on_logits_typed)
        lay.addWidget(self.logits_edit)
        self.error_label = MessageLine()
        lay.addWidget(self.error_label)
        lay.addLayout(self._slider_grid())
        lay.addLayout(self._settings_form())
        col.addWidget(box)

        self.loss_label = QLabel()
        self.loss_label.setTextFormat(Qt.TextFormat.RichText)
        self.loss_label.setWordWrap(True)
        self.loss_label.setToolTip(self.tr("Cross-entropy of the probabilities against the one-hot target"))
        col.addWidget(self.loss_label)

        col.addWidget(ExplanationBox(self.tr(
            "<b>softmax</b>: p<sub>k</sub> = exp(z<sub>k</sub>) / Σ exp(z<sub>i</sub>): the bars are "
            "positive and sum to 1. <b>Cross-entropy</b> −log p<sub>true</sub> is small when the "
            "true class gets a tall bar.<br>"
            "Press <i>Large logits</i>: exp(1000) overflows to inf and inf / inf is NaN. "
            "Subtracting the largest logit first gives the same answer without overflow."
        )), 1)

    def _preset_row(self) -> QHBoxLayout:
        presets = QHBoxLayout()
        self.preset_buttons = {}
        for key, label, tip in (
            ("book", self.tr("Book"), self.tr("The book's example: 0.3, 2.9, 4.0")),
            ("ten", self.tr("Ten"), self.tr("Ten logits, one per digit")),
            ("large", self.tr("Large logits"), self.tr("1000, 1001, 1002: exp overflows in the naive formula")),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(self._on_preset_clicked)
            button.setProperty("preset", key)
            presets.addWidget(button)
            self.preset_buttons[key] = button
        return presets

    def _slider_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(0)
        self.sliders: list[QSlider] = []
        self.slider_labels: list[QLabel] = []
        self.slider_values: list[QLabel] = []
        for i in range(MAX_LOGITS):
            name = QLabel(f"z{i}")
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"concepts.softmax.z{i}")
            slider.setProperty("persist", False)  # the typed list is what is saved
            slider.setToolTip(self.tr("Logit z{0} (−10 to 10; type larger values in the box)").format(i))
            slider.setRange(-10 * SLIDER_SCALE, 10 * SLIDER_SCALE)
            slider.setProperty("index", i)
            slider.valueChanged.connect(self._on_slider_moved)
            value = QLabel()
            value.setMinimumWidth(48)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, i, 0)
            grid.addWidget(slider, i, 1)
            grid.addWidget(value, i, 2)
            self.sliders.append(slider)
            self.slider_labels.append(name)
            self.slider_values.append(value)
        return grid

    def _settings_form(self) -> QFormLayout:
        form = QFormLayout()
        self.temperature_spin = QDoubleSpinBox()
        self.temperature_spin.setObjectName("concepts.softmax.temperature")
        self.temperature_spin.setToolTip(self.tr("Divide every logit by T: T > 1 flattens the bars, T < 1 sharpens them"))
        self.temperature_spin.setRange(0.05, 100.0)
        self.temperature_spin.setSingleStep(0.1)
        self.temperature_spin.setValue(1.0)
        self.temperature_spin.valueChanged.connect(self._on_settings_changed)
        form.addRow(self.tr("Temperature T"), self.temperature_spin)
        self.true_class_spin = QSpinBox()
        self.true_class_spin.setObjectName("concepts.softmax.true_class")
        self.true_class_spin.setToolTip(self.tr("The correct class: its one-hot target is 1, all others 0"))
        self.true_class_spin.setRange(0, MAX_LOGITS - 1)
        self.true_class_spin.setValue(2)
        self.true_class_spin.valueChanged.connect(self._on_settings_changed)
        form.addRow(self.tr("True class"), self.true_class_spin)
        return form

    # --- plain methods (also used by tests) -----------------------------------
    def set_logits(self, values) -> None:
        """Show these logits (2 to 10 finite numbers) and update everything."""
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        if not 2 <= values.size <= MAX_LOGITS or not np.all(np.abs(values) <= LOGIT_LIMIT):
            raise ValueError("need 2 to 10 logits between -1e6 and 1e6")
        self.logits = values.copy()
        self._sync_edit()
        self._sync_sliders()
        self.error_label.clear_message()
        self._update()

    def bar_heights(self) -> np.ndarray:
        """The heights of the probability bars as drawn."""
        return np.asarray(self.prob_bars.opts["height"], dtype=np.float64)

    def _number_list_problem(self, exc: ValueError) -> str:
        """core.concepts.demos.NumberListError in the UI language (any other ValueError as it is)."""
        kind = getattr(exc, "kind", "")
        if kind == "not_number":
            return self.tr("item {0} (“{1}”) is not a number").format(exc.index, exc.item)
        if kind == "not_finite":
            return self.tr("item {0} (“{1}”) is not a finite number").format(exc.index, exc.item)
        if kind == "out_of_range":
            return self.tr("item {0} (“{1}”) is outside −{2:g} to {2:g}").format(exc.index, exc.item, exc.limit)
        if kind == "too_few":
            return self.tr("give at least {0} numbers (there are {1})").format(exc.bound, exc.count)
        if kind == "too_many":
            return self.tr("give at most {0} numbers (there are {1})").format(exc.bound, exc.count)
        return str(exc)

    # --- reacting -----------------------------------------------------------
    def _on_preset_clicked(self) -> None:
        key = self.sender().property("preset")
        self.set_logits({"book": BOOK_LOGITS, "ten": TEN_LOGITS, "large": LARGE_LOGITS}[key])

    def _on_logits_typed(self, text: str) -> None:
        if self._syncing:
            return
        try:
            values = parse_numbers(text, min_count=2, max_count=MAX_LOGITS, limit=LOGIT_LIMIT)
        except ValueError as exc:
            # keep the last good logits; say what is wrong
            self.error_label.show_message(self.tr("Not used: {0}").format(self._number_list_problem(exc)), "error")
            return
        self.error_label.clear_message()
        self.logits = np.array(values)
        self._sync_sliders()
        self._update()

    def _on_slider_moved(self, value: int) -> None:
        if self._syncing:
            return
        i = int(self.sender().property("index"))
        if i >= self.logits.size:
            return
        self.logits[i] = value / SLIDER_SCALE
        self._sync_edit()
        self.slider_values[i].setText(format_value(self.logits[i], 4))
        self.error_label.clear_message()
        self._update()

    def _on_settings_changed(self, *_args) -> None:
        self._update()

    def _sync_edit(self) -> None:
        self._syncing = True
        self.logits_edit.setText(", ".join(format_value(v, 6) for v in self.logits))
        self._syncing = False

    def _sync_sliders(self) -> None:
        self._syncing = True
        k = self.logits.size
        for i, (slider, name, value) in enumerate(zip(self.sliders, self.slider_labels, self.slider_values)):
            shown = i < k
            for w in (slider, name, value):
                w.setVisible(shown)
            if shown:
                z = self.logits[i]
                slider.setValue(int(round(np.clip(z, -10, 10) * SLIDER_SCALE)))
                value.setText(format_value(z, 4))
                # a logit beyond the slider's reach is pinned at its end: say so
                value.setStyleSheet("color: #d62728;" if abs(z) > 10 else "")
        self._syncing = False

    def _update(self) -> None:
        k = self.logits.size
        self.true_class_spin.setMaximum(k - 1)
        r = softmax_report(self.logits, self.temperature_spin.value(), self.true_class_spin.value())
        self.report = r
        xs = np.arange(k, dtype=np.float64)
        # only finite numbers reach the plot: the stable probabilities and the target
        self.prob_bars.setOpts(x=xs - 0.2, height=r.p_stable, width=0.4)
        self.target_bars.setOpts(x=xs + 0.2, height=r.target, width=0.4)
        for i, text in enumerate(self.prob_texts):
            text.setVisible(i < k)
            if i < k:
                text.setText(format_value(r.p_stable[i], 3))
                text.setPos(i - 0.2, r.p_stable[i] + 0.01)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks([[(i, str(i)) for i in range(k)]])
        item.setXRange(-0.6, k - 0.4, padding=0)
        self._fill_table(r)
        naive_sum = format_value(r.sum_naive)
        self.loss_label.setText(self.tr(
            "Σ exp(z/T), naive: <b>{0}</b>; Σ p, stable: <b>{1}</b><br>"
            "Cross-entropy −log p<sub>{2}</sub>: naive <b>{3}</b>, stable <b>{4}</b>"
        ).format(naive_sum, format_value(float(np.sum(r.p_stable)), 6), self.true_class_spin.value(),
                 format_value(r.loss_naive), format_value(r.loss_stable)))

    def _fill_table(self, r: SoftmaxReport) -> None:
        k = self.logits.size
        rows = (r.scaled, r.exp_naive, r.p_naive, r.exp_stable, r.p_stable, r.target)
        for c in range(MAX_LOGITS):
            self.table.setColumnHidden(c, c >= k)
        self.table.setHorizontalHeaderLabels([str(i) for i in range(MAX_LOGITS)])
        for row, values in enumerate(rows):
            for c in range(k):
                v = float(values[c])
                cell = self.table.item(row, c)
                cell.setText(format_value(v))
                bad = not math.isfinite(v)
                cell.setForeground(QBrush(BAD) if bad else QBrush())
                font = cell.font()
                font.setBold(bad)
                cell.setFont(font)
