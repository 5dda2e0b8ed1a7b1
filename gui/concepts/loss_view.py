"""Losses against the prediction for a chosen target, with their gradients."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout,
    QWidget,
)

from core.concepts.demos import format_value, loss_curve, loss_curve_through_sigmoid
from core.nn.losses import LOSSES
from gui.concepts.explanation_box import ExplanationBox
from gui.i18n import tr_core
from gui.widgets.plot_style import make_plot

COLOURS = {"mse": "#ff7f0e", "mae": "#1f77b4", "huber": "#2ca02c",
           "binary_cross_entropy": "#8c564b", "cross_entropy": "#9467bd"}
SIDE_WIDTH = 340
#: predictions y for MSE, MAE and Huber: any number (wide enough to see Huber turn linear)
PREDICTIONS = np.linspace(-1.0, 2.0, 601)
#: the losses with a log need a probability strictly inside (0, 1)
PROBABILITIES = np.linspace(0.001, 0.999, 400)
PROBABILITY_LOSSES = ("binary_cross_entropy", "cross_entropy")
LOGITS = np.linspace(-10.0, 10.0, 401)


class LossView(QWidget):
    """For a target t, each loss L(y, t) and dL/dy against the prediction y;
    or, with the sigmoid toggle, against the logit z with y = sigmoid(z)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.checkboxes: dict[str, QCheckBox] = {}
        #: the numbers in the read-out: key -> (loss, gradient) at the probe
        self.readout: dict[str, tuple[float, float]] = {}
        self._build_plots()
        self._build_side()
        layout = QHBoxLayout(self)
        layout.addWidget(self.side)
        plots = QVBoxLayout()
        plots.addWidget(self.value_widget, 1)
        plots.addWidget(self.grad_widget, 1)
        layout.addLayout(plots, 1)
        self._apply_mode()

    def _build_plots(self) -> None:
        self.value_widget = make_plot(self.tr("loss L"), self.tr("prediction y"), grid=True)
        self.grad_widget = make_plot(self.tr("gradient dL/dy"), self.tr("prediction y"), grid=True)
        self.value_widget.setObjectName("concepts.losses.value_plot")
        self.grad_widget.setObjectName("concepts.losses.gradient_plot")
        self.value_plot = self.value_widget.getPlotItem()
        self.grad_plot = self.grad_widget.getPlotItem()
        self.grad_plot.setXLink(self.value_plot)
        self.grad_plot.legend.hide()
        for p in (self.value_plot, self.grad_plot):  # same axis width: the x positions line up
            p.getAxis("left").setWidth(56)
        self.legend = self.value_plot.legend
        for key, loss in LOSSES.items():
            # cross-entropy dashed: for t = 1 it lies exactly on binary cross-entropy
            style = Qt.PenStyle.DashLine if key == "cross_entropy" else Qt.PenStyle.SolidLine
            pen = pg.mkPen(COLOURS.get(key, "#ffffff"), width=2.5, style=style)
            self.curves[key] = (self.value_plot.plot(pen=pen), self.grad_plot.plot(pen=pen))
        self.probe_lines = []
        for p in (self.value_plot, self.grad_plot):
            line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen("#555555", width=1.5,
                                                                     style=Qt.PenStyle.DashLine))
            line.setToolTip(self.tr("Drag to read the losses at another point"))
            line.sigDragged.connect(self._on_probe_dragged)
            p.addItem(line)
            self.probe_lines.append(line)
        self.target_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#d62728", width=1.5,
                                                                 style=Qt.PenStyle.DotLine),
                                           label=self.tr("target t"),
                                           labelOpts={"position": 0.9, "color": "#d62728"})
        self.value_plot.addItem(self.target_line)
        zero = pg.InfiniteLine(angle=0, pos=0, pen=pg.mkPen("#888888"))
        self.grad_plot.addItem(zero)

    def _build_side(self) -> None:
        self.side = QWidget()
        self.side.setFixedWidth(SIDE_WIDTH)
        col = QVBoxLayout(self.side)
        col.setContentsMargins(0, 0, 0, 0)

        box = QGroupBox(self.tr("Losses"))
        grid = QGridLayout(box)
        for i, (key, loss) in enumerate(LOSSES.items()):
            cb = QCheckBox(tr_core(loss.display_name))
            cb.setObjectName(f"concepts.losses.{key}")
            cb.setToolTip(tr_core(loss.formula))
            cb.setChecked(True)
            cb.toggled.connect(self._on_controls_changed)
            self.checkboxes[key] = cb
            grid.addWidget(cb, i // 2, i % 2)
        form = QFormLayout()
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setObjectName("concepts.losses.target")
        self.target_spin.setToolTip(self.tr("The correct answer t (a label of 1 or 0, or anything between)"))
        self.target_spin.setRange(0.0, 1.0)
        self.target_spin.setSingleStep(0.1)
        self.target_spin.setValue(1.0)
        self.target_spin.valueChanged.connect(self._on_controls_changed)
        form.addRow(self.tr("Target t"), self.target_spin)
        self.probe_spin = QDoubleSpinBox()
        self.probe_spin.setObjectName("concepts.losses.probe")
        self.probe_spin.setToolTip(self.tr("Where to read the losses and gradients (also: drag the dashed line)"))
        self.probe_spin.setDecimals(3)
        self.probe_spin.valueChanged.connect(self._on_controls_changed)
        self.probe_label = QLabel()
        form.addRow(self.probe_label, self.probe_spin)
        grid.addLayout(form, len(LOSSES) // 2 + 1, 0, 1, 2)
        self.sigmoid_check = QCheckBox(self.tr("Through a sigmoid: y = σ(z), plot against z"))
        self.sigmoid_check.setObjectName("concepts.losses.through_sigmoid")
        self.sigmoid_check.setToolTip(self.tr(
            "Show what an output neuron with a sigmoid sees: the gradient with respect to its input z"))
        self.sigmoid_check.toggled.connect(self._on_mode_toggled)
        grid.addWidget(self.sigmoid_check, len(LOSSES) // 2 + 2, 0, 1, 2)
        col.addWidget(box)

        self.readout_label = QLabel()
        self.readout_label.setTextFormat(Qt.TextFormat.RichText)
        self.readout_label.setToolTip(self.tr("Each loss and its gradient at the dashed line"))
        col.addWidget(self.readout_label)

        col.addWidget(ExplanationBox(self.tr(
            "A loss says how wrong a prediction y is for the target t; gradient descent "
            "follows its gradient downhill.<br>"
            "MSE: (y − t)², gradient 2(y − t): shrinks near the target. "
            "MAE: |y − t|, gradient ±1 however close. "
            "Huber: like MSE near the target, like MAE far away. "
            "Cross-entropy: −t log y (y a probability in (0, 1)), gradient −t/y: huge when "
            "the right answer gets a probability near 0.<br>"
            "Tick <i>through a sigmoid</i> and read out at z = −6 with t = 1: the sigmoid is "
            "saturated and wrong, yet MSE's gradient is almost 0 (it is multiplied by "
            "σ′(z) = y(1 − y)), while cross-entropy's is y − t ≈ −1: it keeps learning."
        )), 1)

    # --- reacting -----------------------------------------------------------
    @property
    def through_sigmoid(self) -> bool:
        return self.sigmoid_check.isChecked()

    def _on_mode_toggled(self, _on: bool) -> None:
        self._apply_mode()

    def _apply_mode(self) -> None:
        self.probe_spin.blockSignals(True)
        if self.through_sigmoid:
            self.probe_spin.setRange(float(LOGITS[0]), float(LOGITS[-1]))
            self.probe_spin.setSingleStep(0.5)
            self.probe_spin.setValue(-6.0)
            self.probe_label.setText(self.tr("Read out at z"))
            x_label, g_label = self.tr("logit z (prediction y = σ(z))"), self.tr("gradient dL/dz")
            self.value_plot.setXRange(LOGITS[0], LOGITS[-1], padding=0.01)
            self.value_plot.setYRange(0, 5, padding=0)
            self.grad_plot.setYRange(-1.1, 1.1, padding=0)
        else:
            self.probe_spin.setRange(float(PREDICTIONS[0]), float(PREDICTIONS[-1]))
            self.probe_spin.setSingleStep(0.05)
            self.probe_spin.setValue(0.1)
            self.probe_label.setText(self.tr("Read out at y"))
            x_label, g_label = self.tr("prediction y"), self.tr("gradient dL/dy")
            self.value_plot.setXRange(PREDICTIONS[0], PREDICTIONS[-1], padding=0.01)
            self.value_plot.setYRange(0, 4, padding=0)
            self.grad_plot.setYRange(-6, 6, padding=0)
        self.probe_spin.blockSignals(False)
        self.value_plot.setTitle(self.tr("Loss L"), color="#333333")
        self.value_plot.setLabel("bottom", x_label)
        self.value_plot.setLabel("left", self.tr("loss L"))
        self.grad_plot.setTitle(self.tr("Its gradient (what gradient descent follows)"), color="#333333")
        self.grad_plot.setLabel("bottom", x_label)
        self.grad_plot.setLabel("left", g_label)
        self._update()

    def _on_controls_changed(self, *_args) -> None:
        self._update()

    def _on_probe_dragged(self, line) -> None:
        self.probe_spin.setValue(float(line.value()))

    def _curves_for(self, key: str, target: float, xs: np.ndarray):
        loss = LOSSES[key]
        if self.through_sigmoid:
            return loss_curve_through_sigmoid(loss, target, xs)
        return loss_curve(loss, target, xs)

    def _domain(self, key: str) -> np.ndarray:
        if self.through_sigmoid:
            return LOGITS
        return PROBABILITIES if key in PROBABILITY_LOSSES else PREDICTIONS

    def _defined_at(self, key: str, x: float) -> bool:
        return self.through_sigmoid or key not in PROBABILITY_LOSSES or 0.0 < x < 1.0

    def _update(self) -> None:
        t = self.target_spin.value()
        probe = self.probe_spin.value()
        self.legend.clear()
        self.readout = {}
        rows = []
        for key, (value_item, grad_item) in self.curves.items():
            on = self.checkboxes[key].isChecked()
            value_item.setVisible(on)
            grad_item.setVisible(on)
            if not on:
                continue
            xs = self._domain(key)
            values, grads = self._curves_for(key, t, xs)
            value_item.setData(xs, values)
            grad_item.setData(xs, grads)
            name = tr_core(LOSSES[key].display_name)
            self.legend.addItem(value_item, name)
            if self._defined_at(key, probe):
                v, g = self._curves_for(key, t, np.array([probe]))
                self.readout[key] = (float(v[0]), float(g[0]))
                cells = (format_value(v[0]), format_value(g[0]))
            else:  # log of a number outside (0, 1): not defined, say so
                cells = ("—", "—")
            rows.append(f"<tr><td style='color:{COLOURS.get(key, '#000')}'>■</td><td>{name}</td>"
                        f"<td align='right'>{cells[0]}</td><td align='right'>{cells[1]}</td></tr>")
            if key == "mse" and key in self.readout:
                # the book's convention beside ours: E = ½ Σ (y − t)², half of it (halving is exact)
                v, g = self.readout[key]
                self.readout["mse_book"] = (v / 2, g / 2)
                book = self.tr("the book: E = ½(y − t)²")
                rows.append(f"<tr><td></td><td>{book}</td>"
                            f"<td align='right'>{format_value(v / 2)}</td>"
                            f"<td align='right'>{format_value(g / 2)}</td></tr>")
        for line in self.probe_lines:
            line.blockSignals(True)
            line.setValue(probe)
            line.blockSignals(False)
        self.target_line.setVisible(not self.through_sigmoid)
        self.target_line.setValue(t)
        where = (self.tr("at z = {0} (y = {1})").format(format_value(probe, 3),
                                                         format_value(1 / (1 + np.exp(-probe)), 3))
                 if self.through_sigmoid else self.tr("at y = {0}").format(format_value(probe, 3)))
        grad_name = self.tr("dL/dz") if self.through_sigmoid else self.tr("dL/dy")
        self.readout_label.setText(
            f"<b>{where}, t = {format_value(t, 3)}</b>"
            f"<table cellspacing='4'><tr><td></td><td></td><th align='right'>L</th>"
            f"<th align='right'>{grad_name}</th></tr>{''.join(rows)}</table>")
