"""NeuronDataView: the neuron's data in data space, linked to the ball on the (w, b) surface.

Shows the points (x_i, t_i) and the curve y = act(w x + b) of the current
neuron (the panel computes it with core and passes it in). The points can be
edited with the mouse: drag a point to move it, left-click empty space to add
one, right-click a point to remove it (at least one stays). Every edit emits
``sigDataChanged(x, t)`` with copies of the arrays.

The same edits are plain methods (``add_point``, ``move_point``,
``remove_point``) so tests and other code can drive them. When the loss needs
targets in [0, 1] (``set_target_range((0, 1))``) edited targets are clipped to it.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

#: how close (pixels) a click must be to a point to hit it
HIT_PIXELS = 10


class _EditViewBox(pg.ViewBox):
    """A view box that hands clicks and drags to its NeuronDataView."""

    def __init__(self, owner: "NeuronDataView"):
        super().__init__(enableMenu=False)
        self._owner = owner
        self._drag_index: int | None = None

    def mouseClickEvent(self, ev):  # noqa: N802 - pyqtgraph's name
        p = self.mapSceneToView(ev.scenePos())
        x, y = float(p.x()), float(p.y())
        if ev.button() == Qt.MouseButton.LeftButton:
            if self._owner.point_at(x, y) is None:
                self._owner.add_point(x, y)
            ev.accept()
        elif ev.button() == Qt.MouseButton.RightButton:
            i = self._owner.point_at(x, y)
            if i is not None:
                self._owner.remove_point(i)
            ev.accept()

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802 - pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            p = self.mapSceneToView(ev.buttonDownScenePos())
            self._drag_index = self._owner.point_at(float(p.x()), float(p.y()))
        if self._drag_index is None:
            ev.accept()  # no panning: the view stays put
            return
        ev.accept()
        p = self.mapSceneToView(ev.scenePos())
        self._owner.move_point(self._drag_index, float(p.x()), float(p.y()))
        if ev.isFinish():
            self._drag_index = None


class NeuronDataView(pg.PlotWidget):
    """Points you can edit and the neuron's curve through them."""

    sigDataChanged = Signal(object, object)

    def __init__(self, parent=None):
        self._vb = _EditViewBox(self)
        super().__init__(parent, background="w", viewBox=self._vb)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(60, 60, 60))
        plot.setLabel("bottom", self.tr("input x"))
        plot.setLabel("left", self.tr("target t, output y"))
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(215, 25, 28, width=2))
        self.scatter = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(38, 70, 140), pen=pg.mkPen("w", width=1.5))
        plot.addItem(self.curve)
        plot.addItem(self.scatter)
        self.x = np.empty(0)
        self.t = np.empty(0)
        self.target_range: tuple[float, float] | None = None
        self.box = (-1.0, 1.0, -1.0, 1.0)

    # -- data -----------------------------------------------------------------
    def set_data(self, x, t, fit_view: bool = True) -> None:
        """Show these points (no signal); ``fit_view`` frames them with a margin."""
        self.x = np.array(x, dtype=np.float64).reshape(-1)
        self.t = np.array(t, dtype=np.float64).reshape(-1)
        if fit_view:
            self._fit_view()
        self._draw_points()

    def set_target_range(self, rng: tuple[float, float] | None) -> None:
        self.target_range = rng

    def set_curve(self, xs, ys) -> None:
        """The neuron's output ys over inputs xs (non-finite values dropped, huge ones clipped)."""
        xs = np.asarray(xs, dtype=np.float64)
        ys = np.asarray(ys, dtype=np.float64)
        ok = np.isfinite(xs) & np.isfinite(ys)
        span = self.box[3] - self.box[2]
        ys = np.clip(ys[ok], self.box[2] - 10 * span, self.box[3] + 10 * span)
        self.curve.setData(xs[ok], ys)

    def frame_curve(self, ys) -> None:
        """Widen the view's output range so the curve ``ys`` (the neuron's outputs at
        ``curve_x_range()``, e.g. at the start) is in view too, with a margin; it grows by at
        most 3 heights of the data's box each way (a steep line is shown where it crosses)."""
        ys = np.asarray(ys, dtype=np.float64)
        ys = ys[np.isfinite(ys)]
        if ys.size == 0:
            return
        x0, x1, t0, t1 = self.box
        h = t1 - t0
        lo = max(min(t0, float(ys.min()) - 0.1 * h), t0 - 3 * h)
        hi = min(max(t1, float(ys.max()) + 0.1 * h), t1 + 3 * h)
        if (lo, hi) != (t0, t1):
            self.box = (x0, x1, lo, hi)
            self.getPlotItem().vb.setRange(xRange=self.box[:2], yRange=self.box[2:], padding=0.0)

    def curve_x_range(self, n: int = 200) -> np.ndarray:
        """Inputs at which the panel should evaluate the curve: across the whole view."""
        return np.linspace(self.box[0], self.box[1], n)

    def _fit_view(self) -> None:
        x = self.x if self.x.size else np.zeros(1)
        t = self.t if self.t.size else np.zeros(1)
        x0, x1 = min(float(x.min()), 0.0), max(float(x.max()), 0.0)  # x = 0 shows the intercept b
        t0, t1 = min(float(t.min()), 0.0), max(float(t.max()), 1.0)
        mx = max(0.5, 0.25 * (x1 - x0))
        mt = max(0.3, 0.2 * (t1 - t0))
        self.box = (x0 - mx, x1 + mx, t0 - mt, t1 + mt)
        self.getPlotItem().vb.setRange(xRange=self.box[:2], yRange=self.box[2:], padding=0.0)
        self.getPlotItem().setMouseEnabled(x=False, y=False)

    def _draw_points(self) -> None:
        self.scatter.setData(self.x, self.t)

    # -- edits -------------------------------------------------------------------
    def _clip_target(self, t: float) -> float:
        if self.target_range is not None:
            t = min(max(t, self.target_range[0]), self.target_range[1])
        return t

    def _clip_point(self, x: float, t: float) -> tuple[float, float]:
        x = min(max(x, self.box[0]), self.box[1])
        t = min(max(t, self.box[2]), self.box[3])
        return x, self._clip_target(t)

    def point_at(self, x: float, t: float) -> int | None:
        """Index of the point within HIT_PIXELS of (x, t), the nearest one; None if none."""
        if self.x.size == 0:
            return None
        vb = self.getPlotItem().vb
        px = vb.viewPixelSize()  # data units per pixel in x and y
        sx = px[0] if px[0] > 0 else 1.0
        sy = px[1] if px[1] > 0 else 1.0
        d = np.hypot((self.x - x) / sx, (self.t - t) / sy)
        i = int(np.argmin(d))
        return i if d[i] <= HIT_PIXELS else None

    def add_point(self, x: float, t: float) -> None:
        x, t = self._clip_point(x, t)
        self.x = np.append(self.x, x)
        self.t = np.append(self.t, t)
        self._changed()

    def move_point(self, i: int, x: float, t: float) -> None:
        if not 0 <= i < self.x.size:
            return
        self.x = self.x.copy()
        self.t = self.t.copy()
        self.x[i], self.t[i] = self._clip_point(x, t)
        self._changed()

    def remove_point(self, i: int) -> bool:
        """Remove point i; refused (False) when it is the last one."""
        if self.x.size <= 1 or not 0 <= i < self.x.size:
            return False
        self.x = np.delete(self.x, i)
        self.t = np.delete(self.t, i)
        self._changed()
        return True

    def _changed(self) -> None:
        self._draw_points()
        self.sigDataChanged.emit(self.x.copy(), self.t.copy())
