"""Activation functions and their derivatives, and how much gradient survives n layers."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSlider,
    QVBoxLayout, QWidget,
)

from core.nn.activations import ACTIVATIONS
from core.concepts.demos import derivative_peak, format_value, gradient_kept
from gui.concepts.explanation_box import ExplanationBox
from gui.i18n import tr_core
from gui.widgets.plot_style import make_plot

#: one colour per activation, in ACTIVATIONS order (readable on the white plot background)
COLOURS = ["#ff7f0e", "#7f7f7f", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#17becf", "#8c564b"]
SIGMOID_COLOUR, RELU_COLOUR = "#1f77b4", "#d62728"
SIDE_WIDTH = 340
MAX_LAYERS = 30


class ActivationView(QWidget):
    """Overlay any of ``ACTIVATIONS`` (solid: h(x), dashed: h'(x)); a layers
    slider shows 0.25**n, the most of a gradient n sigmoid layers keep."""

    DEFAULT_ON = ("step", "sigmoid", "relu")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.checkboxes: dict[str, QCheckBox] = {}
        self._build_plots()
        self._build_side()
        layout = QHBoxLayout(self)
        plots = QVBoxLayout()
        plots.addWidget(self.plot, 3)
        plots.addWidget(self.layers_plot, 2)
        layout.addWidget(self.side)
        layout.addLayout(plots, 1)
        self._update_curves()
        self._update_layers()

    # --- building -----------------------------------------------------------
    def _build_plots(self) -> None:
        self.plot = make_plot(self.tr("h(x), h′(x)"), self.tr("x (the neuron's weighted sum)"), grid=True)
        self.plot.setObjectName("concepts.activations.plot")
        item = self.plot.getPlotItem()
        item.setTitle(self.tr("Activation h(x) (solid) and its derivative h′(x) (dashed)"), color="#333333")
        self.legend = item.legend
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(50, 30))
        for i, (key, act) in enumerate(ACTIVATIONS.items()):
            colour = COLOURS[i % len(COLOURS)]
            value = item.plot(pen=pg.mkPen(colour, width=2.5))
            value.setZValue(2)  # solid lines over the dashed derivatives
            deriv = item.plot(pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
            self.curves[key] = (value, deriv)
        self.peak_marker = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(SIGMOID_COLOUR), pen=pg.mkPen("w"))
        self.peak_text = pg.TextItem(anchor=(-0.12, 1.25), color=SIGMOID_COLOUR)
        item.addItem(self.peak_marker)
        item.addItem(self.peak_text)

        self.layers_plot = make_plot(self.tr("gradient kept"), self.tr("number of layers n"), grid=True)
        self.layers_plot.setObjectName("concepts.activations.layers_plot")
        lp = self.layers_plot.getPlotItem()
        lp.setTitle(self.tr("Largest gradient left after n layers (log scale)"), color="#333333")
        lp.setLogMode(x=False, y=True)
        lp.legend.anchor(itemPos=(1, 0.5), parentPos=(1, 0.5), offset=(-10, 0))
        n = np.arange(1, MAX_LAYERS + 1)
        self._sigmoid_peak = derivative_peak(ACTIVATIONS["sigmoid"])[1]
        self._relu_peak = derivative_peak(ACTIVATIONS["relu"])[1]
        self.sigmoid_kept_curve = lp.plot(n, gradient_kept(self._sigmoid_peak, n),
                                          pen=pg.mkPen(SIGMOID_COLOUR, width=2.5),
                                          name=self.tr("Sigmoid: 0.25ⁿ"))
        self.relu_kept_curve = lp.plot(n, gradient_kept(self._relu_peak, n),
                                       pen=pg.mkPen(RELU_COLOUR, width=2.5), name=self.tr("ReLU: 1ⁿ = 1"))
        self.layers_marker = lp.plot(pen=None, symbol="o", symbolSize=10,
                                     symbolBrush="#ffffff", symbolPen="#000000")
        self.layers_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", style=Qt.PenStyle.DotLine))
        lp.addItem(self.layers_line)
        lp.setXRange(1, MAX_LAYERS, padding=0.02)
        lp.setYRange(np.log10(gradient_kept(self._sigmoid_peak, MAX_LAYERS)), 0.5, padding=0.02)  # log10 units

    def _build_side(self) -> None:
        self.side = QWidget()
        self.side.setFixedWidth(SIDE_WIDTH)
        col = QVBoxLayout(self.side)
        col.setContentsMargins(0, 0, 0, 0)

        box = QGroupBox(self.tr("Activations"))
        grid = QGridLayout(box)
        for i, (key, act) in enumerate(ACTIVATIONS.items()):
            cb = QCheckBox(tr_core(act.display_name))
            cb.setObjectName(f"concepts.activations.{key}")
            cb.setToolTip(tr_core(act.formula))
            cb.setChecked(key in self.DEFAULT_ON)
            cb.toggled.connect(self._on_controls_changed)
            self.checkboxes[key] = cb
            grid.addWidget(cb, i // 2, i % 2)
        row = len(ACTIVATIONS) // 2 + 1
        self.derivative_check = QCheckBox(self.tr("Show derivatives h′(x)"))
        self.derivative_check.setObjectName("concepts.activations.derivatives")
        self.derivative_check.setToolTip(self.tr("Draw each derivative as a dashed line in the same colour"))
        self.derivative_check.setChecked(True)
        self.derivative_check.toggled.connect(self._on_controls_changed)
        grid.addWidget(self.derivative_check, row, 0, 1, 2)
        form = QFormLayout()
        self.range_spin = QDoubleSpinBox()
        self.range_spin.setObjectName("concepts.activations.range")
        self.range_spin.setToolTip(self.tr("Plot x from −range to +range"))
        self.range_spin.setRange(1.0, 20.0)
        self.range_spin.setSingleStep(1.0)
        self.range_spin.setValue(6.0)
        self.range_spin.valueChanged.connect(self._on_controls_changed)
        form.addRow(self.tr("x range ±"), self.range_spin)
        grid.addLayout(form, row + 1, 0, 1, 2)
        col.addWidget(box)

        self.peaks_label = QLabel()
        self.peaks_label.setWordWrap(True)
        self.peaks_label.setToolTip(self.tr("The largest derivative of each shown activation on the plotted range"))
        col.addWidget(self.peaks_label)

        layers_box = QGroupBox(self.tr("Gradient vanishing"))
        lay = QVBoxLayout(layers_box)
        row_layout = QHBoxLayout()
        row_layout.addWidget(QLabel(self.tr("Layers n")))
        self.layers_slider = QSlider(Qt.Orientation.Horizontal)
        self.layers_slider.setObjectName("concepts.activations.layers")
        self.layers_slider.setToolTip(self.tr("How many layers the gradient flows back through"))
        self.layers_slider.setRange(1, MAX_LAYERS)
        self.layers_slider.setValue(5)
        self.layers_slider.valueChanged.connect(self._on_layers_changed)
        row_layout.addWidget(self.layers_slider, 1)
        self.layers_value = QLabel()
        self.layers_value.setMinimumWidth(24)
        row_layout.addWidget(self.layers_value)
        lay.addLayout(row_layout)
        self.layers_label = QLabel()
        self.layers_label.setWordWrap(True)
        lay.addWidget(self.layers_label)
        col.addWidget(layers_box)

        col.addWidget(ExplanationBox(self.tr(
            "<b>h(x)</b> turns a neuron's weighted sum into its output; backpropagation "
            "multiplies the gradient by <b>h′(x)</b> at every layer.<br>"
            "<b>Step</b>: h′(x) = 0 everywhere (undefined at 0), so gradient descent gets "
            "no signal at all.<br>"
            "<b>Sigmoid</b>: h′(x) = h(x)(1 − h(x)) ≤ 0.25, so after n layers the activations' "
            "factors multiply to at most 0.25ⁿ (the weights multiply in too): the gradient tends to "
            "vanish. <b>ReLU</b> passes 1 where x &gt; 0.<br>"
            "Look at: the dashed lines, and how fast the blue line falls below."
        )), 1)

    # --- updating -----------------------------------------------------------
    def shown(self) -> list[str]:
        """Keys of the activations currently plotted."""
        return [k for k, cb in self.checkboxes.items() if cb.isChecked()]

    def _on_controls_changed(self, *_args) -> None:
        self._update_curves()

    def _on_layers_changed(self, _value: int) -> None:
        self._update_layers()

    def _update_curves(self) -> None:
        r = self.range_spin.value()
        x = np.linspace(-r, r, 1201)  # odd count: x = 0 is on the grid
        show_d = self.derivative_check.isChecked()
        self.legend.clear()
        peaks = []
        for key, (value_item, deriv_item) in self.curves.items():
            act = ACTIVATIONS[key]
            on = self.checkboxes[key].isChecked()
            value_item.setVisible(on)
            deriv_item.setVisible(on and show_d)
            if not on:
                continue
            value_item.setData(x, act.value(x))
            deriv_item.setData(x, act.derivative(x))
            name = tr_core(act.display_name)
            self.legend.addItem(value_item, name)
            if show_d:
                self.legend.addItem(deriv_item, self.tr("{0} derivative").format(name))
            px, pv = derivative_peak(act, -r, r)
            d = act.derivative(x)
            at_peak = int(np.count_nonzero(d >= pv - 1e-12))
            if at_peak == d.size:
                peaks.append(self.tr("{0}: {1} everywhere").format(name, format_value(pv)))
            elif at_peak == 1:
                peaks.append(self.tr("{0}: {1} at x = {2}").format(name, format_value(pv), format_value(px, 3)))
            else:
                peaks.append(self.tr("{0}: {1}").format(name, format_value(pv)))
        sig_on = self.checkboxes["sigmoid"].isChecked() and show_d
        px, pv = derivative_peak(ACTIVATIONS["sigmoid"], -r, r)
        self.peak_marker.setData([px], [pv])
        self.peak_text.setPos(px, pv)
        self.peak_text.setText(self.tr("max h′(x) = {0}").format(format_value(pv)))
        self.peak_marker.setVisible(sig_on)
        self.peak_text.setVisible(sig_on)
        self.peaks_label.setText(self.tr("Largest h′(x) on this range:") + "<br>" + "<br>".join(peaks)
                                 if peaks else self.tr("Tick an activation to plot it."))
        self.plot.getPlotItem().setXRange(-r, r, padding=0.02)
        self.plot.getPlotItem().setYRange(-1.2, 1.6, padding=0)

    def _update_layers(self) -> None:
        n = self.layers_slider.value()
        self.sigmoid_kept = gradient_kept(self._sigmoid_peak, n)
        self.relu_kept = gradient_kept(self._relu_peak, n)
        self.layers_value.setText(str(n))
        self.layers_label.setText(self.tr(
            "After {0} sigmoid layers at most 0.25<sup>{0}</sup> = <b>{1}</b> of the gradient "
            "is left; after {0} ReLU layers: <b>{2}</b>."
        ).format(n, format_value(self.sigmoid_kept), format_value(self.relu_kept)))
        self.layers_marker.setData([n, n], [self.sigmoid_kept, self.relu_kept])
        self.layers_line.setValue(n)
