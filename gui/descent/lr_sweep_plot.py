"""LrSweepPlot: final loss against learning rate (log axes), click a point to adopt its rate.

``set_points(rates, losses, diverged)`` may be called while a sweep fills in.
Diverged rates are drawn as red crosses along the top of the plot (their loss
is infinite), named in a legend and in a tooltip when the pointer is on one; the axes
leave room for a whole cross at either end. The current rate is a vertical line. A left click picks the
nearest point (in screen distance) and emits ``sigRateChosen(rate)``.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from gui.descent.step_loss_plot import DecadeAxis

#: how close (pixels) a click must be to a point to pick it
PICK_PIXELS = 20
CROSS_PX = 12     # size of a diverged rate's cross
X_RANGE = (-4.0, 1.0)   # log10 of the swept rates (core.descent.lr_sweep.LR_MIN, LR_MAX)


class LrSweepPlot(pg.PlotWidget):
    sigRateChosen = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems={"left": DecadeAxis("left"), "bottom": DecadeAxis("bottom")})
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(60, 60, 60))
        plot.setLabel("bottom", self.tr("learning rate"))
        plot.setLabel("left", self.tr("loss after the run"))
        plot.setLogMode(x=True, y=False)
        self.line = pg.PlotDataItem(pen=pg.mkPen(38, 70, 140, width=2), symbol="o", symbolSize=7,
                                    symbolBrush=pg.mkBrush(38, 70, 140), symbolPen=None)
        self.crosses = pg.ScatterPlotItem(symbol="x", size=CROSS_PX, pen=pg.mkPen(215, 25, 28, width=2),
                                          brush=pg.mkBrush(215, 25, 28), hoverable=True, tip=self.cross_tip)
        self.legend = pg.LegendItem(offset=(8, 8), labelTextColor=(40, 40, 40),
                                    brush=pg.mkBrush(255, 255, 255, 210), pen=pg.mkPen(150, 150, 150))
        self.legend.setParentItem(plot.vb)
        self.legend.addItem(self.crosses, self.tr("diverged: no final loss"))
        self.legend.setVisible(False)
        self.current = pg.InfiniteLine(angle=90, pen=pg.mkPen(215, 25, 28, width=1, style=Qt.PenStyle.DashLine))
        self.hint = pg.TextItem(self.tr("Press \u201cSweep 20 rates\u201d: each rate runs\nfrom the start; "
                                        "too small and too large\nboth end high"),
                                color=(90, 90, 90), anchor=(0.5, 0.5))
        for item in (self.line, self.crosses, self.current, self.hint):
            plot.addItem(item)
        self.rates = np.empty(0)
        self.losses = np.empty(0)
        self.diverged = np.empty(0, dtype=bool)
        self._y_top = 1.0
        self.scene().sigMouseClicked.connect(self._on_clicked)
        plot.vb.sigResized.connect(self._set_x_range)
        self.set_points([], [], [])

    def set_current_rate(self, rate: float) -> None:
        if math.isfinite(rate) and rate > 0:
            self.current.setValue(math.log10(rate))

    def set_points(self, rates, losses, diverged) -> None:
        self.rates = np.asarray(rates, dtype=np.float64)
        self.losses = np.asarray(losses, dtype=np.float64)
        self.diverged = np.asarray(diverged, dtype=bool) | ~np.isfinite(self.losses)
        ok = ~self.diverged
        plot = self.getPlotItem()
        finite = self.losses[ok]
        log_y = finite.size > 0 and bool(np.all(finite > 0))
        plot.setLogMode(x=True, y=log_y)
        if finite.size:
            lo, hi = float(finite.min()), float(finite.max())
            if log_y:
                lo, hi = math.log10(lo), math.log10(hi)
            if hi - lo < 1e-9:
                lo, hi = lo - 0.5, hi + 0.5
        else:
            lo, hi = (0.0, 1.0)
        pad = 0.08 * (hi - lo)
        self._y_top = hi + pad  # where diverged rates are drawn (in axis units)
        self.line.setData(self.rates[ok], finite)
        top_value = 10 ** self._y_top if log_y else self._y_top
        self.crosses.setData(np.log10(self.rates[self.diverged]) if self.diverged.any() else [],
                             [math.log10(top_value) if log_y else top_value] * int(self.diverged.sum()))
        self._set_x_range()
        plot.setYRange(lo - pad, hi + 2 * pad, padding=0.0)
        self.legend.setVisible(bool(self.diverged.any()))
        self.hint.setVisible(self.rates.size == 0)
        self.hint.setPos(-1.5, 0.5 * (lo + hi))
        self._log_y = log_y

    def _set_x_range(self, *_args) -> None:
        """1e-4 to 10 with room for a whole cross (and a few pixels) at either end, at any width."""
        width = max(float(self.getPlotItem().vb.width()), 1.0)
        pixels = CROSS_PX / 2 + 3
        # padding p on each side of a span of 5 decades: p·width/(1 + 2p) >= pixels
        pad = max(0.03, pixels / max(width - 2 * pixels, 1.0))
        self.getPlotItem().setXRange(*X_RANGE, padding=pad)

    def cross_tip(self, x, y, data=None) -> str:
        """The tooltip of a diverged rate's cross at x = log10(rate)."""
        return self.tr("rate {0}: diverged (the loss overflowed), so it has no final loss").format(
            f"{10.0 ** float(x):.6g}")

    def pick(self, rate_log10: float, y_axis: float, px_x: float, px_y: float) -> float | None:
        """The rate of the point nearest to (rate_log10, y_axis) in pixels, if within PICK_PIXELS."""
        if self.rates.size == 0:
            return None
        xs = np.log10(self.rates)
        ys = np.where(self.diverged, self._y_top,
                      np.log10(np.maximum(self.losses, 1e-300)) if self._log_y else self.losses)
        d = np.hypot((xs - rate_log10) / px_x, (ys - y_axis) / px_y)
        i = int(np.argmin(d))
        return float(self.rates[i]) if d[i] <= PICK_PIXELS else None

    def choose_nearest(self, rate: float) -> None:
        """Adopt the swept rate nearest to ``rate`` (what a click on it does)."""
        if self.rates.size:
            i = int(np.argmin(np.abs(np.log10(self.rates) - math.log10(rate))))
            self.sigRateChosen.emit(float(self.rates[i]))

    def _on_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        px = vb.viewPixelSize()
        rate = self.pick(float(p.x()), float(p.y()), px[0] or 1.0, px[1] or 1.0)
        if rate is not None:
            ev.accept()
            self.sigRateChosen.emit(rate)
