"""MAE against MSE: drag one point far away and watch which fitted line follows it."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from core.concepts.demos import format_value
from core.concepts.line_fit import LINE_LOSSES, LineFit
from core.nn.losses import LOSSES
from gui.concepts.draggable_scatter import DraggableScatter
from gui.concepts.explanation_box import ExplanationBox
from gui.i18n import tr_core
from gui.widgets.plot_style import make_plot

COLOURS = {"mse": "#ff7f0e", "mae": "#1f77b4", "huber": "#2ca02c"}
SIDE_WIDTH = 340
X_RANGE = (0.0, 10.0)
Y_RANGE = (-10.0, 14.0)
#: points near y = 0.5 x + 1 (fixed, so every class sees the same picture)
START_X = np.arange(1.0, 9.0)
START_Y = 0.5 * START_X + 1.0 + np.array([0.25, -0.3, 0.1, 0.3, -0.2, 0.15, -0.1, 0.2])
#: the point the "pull one point away" button moves, and where to
OUTLIER_INDEX = 6
OUTLIER_Y = -8.0
STEPS_PER_TICK = 100
TICK_MS = 30
#: (w, b) of each loss's line fitted to the start points; the same for every view, so fitted once
_REFERENCE: dict[str, tuple[float, float]] = {}


class OutlierFitView(QWidget):
    """A handful of points and one line per loss (MSE, MAE, optionally Huber),
    each fitted by gradient descent in ``core.concepts.line_fit`` while you drag."""

    sigFitted = Signal()  # every fitter has settled

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fits = {key: LineFit(key) for key in LINE_LOSSES}
        self.reference: dict[str, tuple[float, float]] = {}  # (w, b) fitted to the start points
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.ghosts: dict[str, pg.PlotDataItem] = {}
        self.checkboxes: dict[str, QCheckBox] = {}
        self._x = START_X.copy()
        self._y = START_Y.copy()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_tick)
        self._build_plot()
        self._build_side()
        layout = QHBoxLayout(self)
        layout.addWidget(self.side)
        layout.addWidget(self.plot, 1)
        self._update_legend()
        self.reset_points()

    # --- building -----------------------------------------------------------
    def _build_plot(self) -> None:
        self.plot = make_plot(self.tr("y (target)"), self.tr("x (input)"))  # no grid: it is redrawn live
        self.plot.setObjectName("concepts.outlier.plot")
        item = self.plot.getPlotItem()
        item.setTitle(self.tr("Drag a point: each line is refitted by gradient descent"), color="#333333")
        item.setXRange(*X_RANGE, padding=0)
        item.setYRange(*Y_RANGE, padding=0)
        item.getViewBox().setMouseEnabled(x=False, y=False)  # drags move points, not the view
        item.getViewBox().setMenuEnabled(False)
        self.legend = item.legend
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(50, 30))
        xs = np.array(X_RANGE)
        for key in LINE_LOSSES:
            colour = COLOURS[key]
            ghost = item.plot(xs, xs * 0, pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine))
            ghost.setOpacity(0.6)
            line = item.plot(xs, xs * 0, pen=pg.mkPen(colour, width=3))
            self.ghosts[key], self.lines[key] = ghost, line
        self.scatter = DraggableScatter(size=16, brush=pg.mkBrush("#444444"), pen=pg.mkPen("#ffffff", width=1.5),
                                        hoverable=True, hoverBrush=pg.mkBrush("#ffb000"), hoverSize=20)
        self.scatter.setZValue(10)
        self.scatter.sigPointDragged.connect(self._on_point_dragged)
        item.addItem(self.scatter)
        # a legend sample for the dashed "before" lines (not drawn in the plot itself)
        self.ghost_sample = pg.PlotDataItem(pen=pg.mkPen("#777777", width=1.5, style=Qt.PenStyle.DashLine))

    def _build_side(self) -> None:
        self.side = QWidget()
        self.side.setFixedWidth(SIDE_WIDTH)
        col = QVBoxLayout(self.side)
        col.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Lines"))
        lay = QVBoxLayout(box)
        for key in LINE_LOSSES:
            cb = QCheckBox(self.tr("{0} line").format(tr_core(LOSSES[key].display_name)))
            cb.setObjectName(f"concepts.outlier.{key}")
            cb.setToolTip(tr_core(LOSSES[key].formula))
            cb.setChecked(key != "huber")
            cb.toggled.connect(self._on_lines_toggled)
            self.checkboxes[key] = cb
            lay.addWidget(cb)
        buttons = QHBoxLayout()
        self.pull_button = QPushButton(self.tr("Pull one point away"))
        self.pull_button.setToolTip(self.tr("Move the point at x = {0} down to y = {1}").format(
            format_value(START_X[OUTLIER_INDEX]), format_value(OUTLIER_Y)))
        self.pull_button.clicked.connect(self._on_pull_clicked)
        self.reset_button = QPushButton(self.tr("Reset points"))
        self.reset_button.setToolTip(self.tr("Put every point back near the line y = 0.5x + 1"))
        self.reset_button.clicked.connect(self._on_reset_clicked)
        buttons.addWidget(self.pull_button)
        buttons.addWidget(self.reset_button)
        lay.addLayout(buttons)
        col.addWidget(box)

        self.readout_label = QLabel()
        self.readout_label.setTextFormat(Qt.TextFormat.RichText)
        self.readout_label.setWordWrap(True)
        self.readout_label.setToolTip(self.tr("Each fitted line, and how far it moved from its dashed line"))
        col.addWidget(self.readout_label)

        col.addWidget(ExplanationBox(self.tr(
            "Each line y = wx + b is fitted by gradient descent on its own loss: "
            "<b>MSE</b> = mean((y − t)²), <b>MAE</b> = mean(|y − t|).<br>"
            "Drag one point far away (or press <i>Pull one point away</i>). MSE squares "
            "the big error, so one outlier pulls its line a long way; MAE counts the "
            "error only once, and its line barely moves. The dashed lines show where "
            "each line was before."
        )), 1)

    # --- plain methods (also used by tests) -----------------------------------
    def points(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x.copy(), self._y.copy()

    def move_point(self, index: int, x: float, y: float) -> None:
        """Put point ``index`` at (x, y), clamped to the plot; the lines refit live."""
        self._x[index] = float(np.clip(x, *X_RANGE))
        self._y[index] = float(np.clip(y, *Y_RANGE))
        self._points_changed()

    def reset_points(self) -> None:
        """Back to the start points; the dashed lines are the fits to them."""
        self._x, self._y = START_X.copy(), START_Y.copy()
        xs = np.array(X_RANGE)
        for key, fit in self.fits.items():
            fit.set_points(self._x, self._y)
            if key not in _REFERENCE:
                _REFERENCE[key] = (fit.fit().w, fit.b)
            fit.set_line(*_REFERENCE[key], settled=True)
            self.reference[key] = _REFERENCE[key]
            self.ghosts[key].setData(xs, fit.predict(xs))
        self._points_changed()

    def shift(self, key: str) -> float:
        """Largest vertical distance over the plotted x range between the line
        of ``key`` and its dashed line (the fit to the start points)."""
        w0, b0 = self.reference[key]
        xs = np.array(X_RANGE)
        return float(np.max(np.abs(self.fits[key].predict(xs) - (w0 * xs + b0))))

    def converged(self) -> bool:
        """Every shown line has settled (hidden ones are fitted when shown)."""
        return all(fit.converged for key, fit in self.fits.items() if self.checkboxes[key].isChecked())

    def shutdown(self) -> None:
        self.timer.stop()

    # --- reacting -----------------------------------------------------------
    def _points_changed(self) -> None:
        for fit in self.fits.values():
            fx, fy = fit.points
            if not (np.array_equal(fx, self._x) and np.array_equal(fy, self._y)):
                fit.set_points(self._x, self._y)
        self.scatter.setData(self._x, self._y)
        self._draw_lines()
        if not self.timer.isActive():
            self.timer.start()

    def _on_point_dragged(self, index: int, x: float, y: float) -> None:
        self.move_point(index, x, y)

    def _on_pull_clicked(self) -> None:
        self.move_point(OUTLIER_INDEX, START_X[OUTLIER_INDEX], OUTLIER_Y)

    def _on_reset_clicked(self) -> None:
        self.reset_points()

    def _on_lines_toggled(self, _on: bool) -> None:
        self._update_legend()
        self._draw_lines()
        if not self.converged() and not self.timer.isActive():
            self.timer.start()

    def _on_tick(self) -> None:
        for key, fit in self.fits.items():
            if self.checkboxes[key].isChecked():
                fit.step(STEPS_PER_TICK)
        self._draw_lines()
        if self.converged():
            self.timer.stop()
            self.sigFitted.emit()

    def _update_legend(self) -> None:
        self.legend.clear()
        self.legend.addItem(self.scatter, self.tr("points (drag me)"))
        for key in self.fits:
            if self.checkboxes[key].isChecked():
                self.legend.addItem(self.lines[key], tr_core(LOSSES[key].display_name))
        if any(cb.isChecked() for cb in self.checkboxes.values()):
            self.legend.addItem(self.ghost_sample, self.tr("before (fit to the start points)"))

    def _draw_lines(self) -> None:
        xs = np.array(X_RANGE)
        rows = []
        for key, fit in self.fits.items():
            on = self.checkboxes[key].isChecked()
            self.lines[key].setVisible(on)
            self.ghosts[key].setVisible(on)
            if not on:
                continue
            self.lines[key].setData(xs, fit.predict(xs))
            name = tr_core(LOSSES[key].display_name)
            sign = "+" if fit.b >= 0 else "−"
            equation = f"y = {format_value(fit.w, 3)} x {sign} {format_value(abs(fit.b), 3)}"
            rows.append(self.tr(
                "<span style='color:{0}'>■</span> <b>{1}</b>: {2}<br>"
                "&nbsp;&nbsp;&nbsp;moved {3} from its dashed line; loss {4}"
            ).format(COLOURS[key], name, equation,
                     format_value(round(self.shift(key), 3), 3), format_value(fit.loss_value(), 3)))
            if key == "mse":   # the book's E = ½ Σ (y − t)² beside the app's mean, each named
                rows[-1] += self.tr(" = mean (y − t)²; the book's mean ½(y − t)² = {0}").format(
                    format_value(fit.loss_value() / 2, 3))
        self.readout_label.setText("<br>".join(rows))
