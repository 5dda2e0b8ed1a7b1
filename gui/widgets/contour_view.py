"""ContourView: a filled contour picture of f(x, y) with iso-lines, balls, trails and arrows.

A reusable pyqtgraph widget; it draws, it computes nothing but geometry:

    view = ContourView()
    view.set_surface(xs, ys, Z)            # Z[i, j] = f(xs[j], ys[i]), shape (len(ys), len(xs))
    view.set_axis_labels("w", "b")
    view.set_minima([(2.0, 3.0)])
    view.set_balls([(x, y)], colors=[(215, 25, 28)])
    view.set_trails([(xs_path, ys_path)])   # one path per ball
    view.set_arrows([(x, y, dx, dy)])       # e.g. the optimizer's next update, to scale
    view.set_quiver(qx, qy, U, V)           # optional field of arrows (already scaled)
    view.sigClicked.connect(...)            # (x, y) in data coordinates, left click

Levels come from ``core.descent.isolines.contour_levels`` (log-spaced when the range is
huge); the picture is banded between the same levels (a filled contour plot).
Nothing non-finite ever reaches a pyqtgraph item: values are replaced or
dropped, and coordinates are clipped to a margin around the view box, so a
diverging run cannot push huge numbers into the painter.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem

from core.descent.clip import clip_polyline
from core.descent.isolines import band_index, contour_levels, isolines

#: the surface's colours, low (dark blue) to high (pale yellow)
SURFACE_COLORS = [(38, 70, 140), (58, 120, 185), (120, 175, 215), (185, 220, 235),
                  (235, 245, 225), (255, 240, 175), (250, 205, 130)]
BALL_COLORS = [(215, 25, 28), (255, 140, 0), (150, 40, 170), (20, 20, 20)]
ISOLINE_PEN = pg.mkPen(30, 40, 60, 120, width=1)


def _finite_xy(x, y, box) -> tuple[np.ndarray, np.ndarray]:
    """Drop non-finite points and clip the rest into ``box`` = (xmin, xmax, ymin, ymax)."""
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    return np.clip(x, box[0], box[1]), np.clip(y, box[2], box[3])


def arrow_segments(x, y, dx, dy, head: float) -> np.ndarray:
    """Segments (shaft and two head strokes) of arrows from (x, y) by (dx, dy): shape (6 m, 2).

    head is the length of a head stroke (data units); each stroke is 25 degrees
    off the shaft and at most 40 % of the shaft's length.
    """
    x, y, dx, dy = (np.asarray(v, dtype=np.float64).reshape(-1) for v in (x, y, dx, dy))
    length = np.hypot(dx, dy)
    keep = np.isfinite(length) & (length > 0) & np.isfinite(x) & np.isfinite(y)
    x, y, dx, dy, length = x[keep], y[keep], dx[keep], dy[keep], length[keep]
    if x.size == 0:
        return np.empty((0, 2))
    ux, uy = dx / length, dy / length
    h = np.minimum(head, 0.4 * length)
    tx, ty = x + dx, y + dy
    c, s = np.cos(np.radians(25)), np.sin(np.radians(25))
    # the head strokes point back from the tip, rotated by +-25 degrees
    lx, ly = -(ux * c - uy * s) * h, -(ux * s + uy * c) * h
    rx, ry = -(ux * c + uy * s) * h, -(-ux * s + uy * c) * h
    segs = np.empty((x.size, 6, 2))
    segs[:, 0] = np.column_stack([x, y])
    segs[:, 1] = np.column_stack([tx, ty])
    segs[:, 2] = np.column_stack([tx, ty])
    segs[:, 3] = np.column_stack([tx + lx, ty + ly])
    segs[:, 4] = np.column_stack([tx, ty])
    segs[:, 5] = np.column_stack([tx + rx, ty + ry])
    return segs.reshape(-1, 2)


def clip_vector(x: float, y: float, dx: float, dy: float, box) -> tuple[float, float]:
    """Shorten (dx, dy) so that (x + dx, y + dy) stays inside box; direction kept."""
    if not all(np.isfinite(v) for v in (x, y, dx, dy)):
        return 0.0, 0.0
    t = 1.0
    xmin, xmax, ymin, ymax = box
    if dx > 0 and x + dx > xmax:
        t = min(t, max(0.0, (xmax - x) / dx))
    if dx < 0 and x + dx < xmin:
        t = min(t, max(0.0, (xmin - x) / dx))
    if dy > 0 and y + dy > ymax:
        t = min(t, max(0.0, (ymax - y) / dy))
    if dy < 0 and y + dy < ymin:
        t = min(t, max(0.0, (ymin - y) / dy))
    return dx * t, dy * t


class ContourView(pg.PlotWidget):
    """Filled contour + iso-lines + balls, trails, arrows, quiver, minima; click to place."""

    sigClicked = Signal(float, float)

    def __init__(self, parent=None, n_levels: int = 14):
        super().__init__(parent, background="w")
        self.n_levels = int(n_levels)
        self.levels = np.empty(0)
        self.levels_are_log = False
        self.view_box = (-1.0, 1.0, -1.0, 1.0)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.vb.setAspectLocked(True)
        plot.showGrid(x=False, y=False)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(60, 60, 60))
            axis.setTextPen(pg.mkPen(60, 60, 60))
            axis.enableAutoSIPrefix(False)
        self.set_axis_labels("x", "y")

        self._cmap = pg.ColorMap(np.linspace(0, 1, len(SURFACE_COLORS)), SURFACE_COLORS)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.isolines = pg.PlotCurveItem(connect="pairs", pen=ISOLINE_PEN, antialias=False)
        self.quiver = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(20, 30, 50, 150, width=1))
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, pen=pg.mkPen(20, 20, 20, width=1),
                                         brush=pg.mkBrush(255, 255, 255))
        self.balls = pg.ScatterPlotItem(size=15, pxMode=True)
        self.balls.setZValue(20)
        self.minima.setZValue(15)
        for item in (self.image, self.isolines, self.quiver, self.minima, self.balls):
            plot.addItem(item)
        # the picture changes only with the surface: paint it from a cached pixmap when balls move
        for item in (self.image, self.isolines, self.quiver):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._trails: list[pg.PlotCurveItem] = []
        self._arrows: list[pg.PlotCurveItem] = []
        self.arrows: list[tuple] = []  # the arrows last asked for: (x, y, dx, dy)
        self.quiver_legend = pg.TextItem(color=(20, 30, 50), fill=pg.mkBrush(255, 255, 255, 200), anchor=(0, 1))
        self.quiver_legend.setParentItem(plot.vb)   # fixed in the corner, whatever the view
        self.quiver_legend.setPos(4, 0)
        self.quiver_legend.setVisible(False)
        plot.vb.sigResized.connect(self._place_quiver_legend)
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)

    # -- the surface ----------------------------------------------------------
    def set_axis_labels(self, x: str, y: str) -> None:
        plot = self.getPlotItem()
        plot.setLabel("bottom", x)
        plot.setLabel("left", y)

    def fill_box(self, home) -> tuple[float, float, float, float]:
        """The box the plot shows when ``home`` = (xmin, xmax, ymin, ymax) is framed at equal
        aspect in the plot's present size: ``home`` widened along one axis, same centre. Computing
        the surface over this box fills the plot (no white bands beside a wide or tall surface)."""
        vb = self.getPlotItem().vb
        width, height = float(vb.width()), float(vb.height())
        xmin, xmax, ymin, ymax = (float(v) for v in home)
        if width < 2 or height < 2:
            return xmin, xmax, ymin, ymax
        scale = max((xmax - xmin) / width, (ymax - ymin) / height)   # data units per pixel
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        hw, hh = max(width * scale, xmax - xmin) / 2, max(height * scale, ymax - ymin) / 2
        return cx - hw, cx + hw, cy - hh, cy + hh

    def set_surface(self, xs, ys, Z, levels=None, log: bool | None = None, frame=None) -> None:
        """Show Z (shape (len(ys), len(xs))) as colour bands and iso-lines; the view becomes the
        grid's box, or frames ``frame`` (a box inside the grid's, e.g. the one ``fill_box`` widened)."""
        xs = np.asarray(xs, dtype=np.float64)
        ys = np.asarray(ys, dtype=np.float64)
        Z = np.asarray(Z)
        if Z.shape != (ys.size, xs.size):
            raise ValueError(f"Z has shape {Z.shape}, expected {(ys.size, xs.size)}")
        if levels is None:
            levels, log = contour_levels(Z, self.n_levels, log)
        self.levels = np.asarray(levels, dtype=np.float64)
        self.levels_are_log = bool(log)
        bands = band_index(Z, self.levels)
        n_bands = len(self.levels) + 1
        lut = self._cmap.getLookupTable(0.0, 1.0, n_bands, alpha=False)
        self.image.setImage(bands, levels=(0, max(n_bands - 1, 1)), lut=lut, autoLevels=False)
        dx = (xs[-1] - xs[0]) / max(xs.size - 1, 1)
        dy = (ys[-1] - ys[0]) / max(ys.size - 1, 1)
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        seg = isolines(xs, ys, Z, self.levels)
        if seg.size:
            self.isolines.setData(seg[:, 0], seg[:, 1], connect="pairs")
        else:
            self.isolines.setData([], [])
        self.view_box = (float(xs[0]), float(xs[-1]), float(ys[0]), float(ys[-1]))
        box = self.view_box if frame is None else tuple(float(v) for v in frame)
        self.getPlotItem().vb.setRange(xRange=box[:2], yRange=box[2:], padding=0.0)

    def clear_picture(self) -> None:
        """No surface (blank plot), no minima, balls, trails or arrows."""
        self.image.clear()
        self.isolines.setData([], [])
        self.levels = np.empty(0)
        self.set_minima([])
        self.set_balls([])
        self.set_trails([])
        self.set_arrows([])
        self.set_quiver()

    @property
    def draw_box(self) -> tuple[float, float, float, float]:
        """Where drawn items may go: the view box plus a small margin."""
        xmin, xmax, ymin, ymax = self.view_box
        mx, my = 0.02 * (xmax - xmin), 0.02 * (ymax - ymin)
        return xmin - mx, xmax + mx, ymin - my, ymax + my

    # -- what moves on it -------------------------------------------------------
    def set_minima(self, points) -> None:
        pts = list(points)
        x, y = _finite_xy([p[0] for p in pts], [p[1] for p in pts], self.view_box) if pts else ([], [])
        self.minima.setData(x=x, y=y)

    def set_balls(self, points, colors=None) -> None:
        """One ball per point; colours default to BALL_COLORS in order."""
        colors = list(colors) if colors is not None else BALL_COLORS
        spots = []
        for i, (x, y) in enumerate(points):
            if not (np.isfinite(x) and np.isfinite(y)):
                continue
            cx, cy = _finite_xy([x], [y], self.view_box)
            # later balls a little smaller, so balls at the same place show as rings
            spots.append({"pos": (float(cx[0]), float(cy[0])), "brush": pg.mkBrush(*colors[i % len(colors)]),
                          "pen": pg.mkPen(255, 255, 255, width=2), "size": 17 - 3 * (i % 4)})
        self.balls.setData(spots)

    def ball_positions(self) -> list[tuple[float, float]]:
        """Where the balls are drawn (after clipping), for tests and tools."""
        x, y = self.balls.getData()
        return [(float(a), float(b)) for a, b in zip(x, y)]

    def set_trails(self, trails, colors=None) -> None:
        """One path (xs, ys) per ball, drawn as a line in the ball's colour."""
        colors = list(colors) if colors is not None else BALL_COLORS
        trails = list(trails)
        while len(self._trails) < len(trails):
            item = pg.PlotCurveItem()
            item.setZValue(10)
            self.getPlotItem().addItem(item)
            self._trails.append(item)
        for i, item in enumerate(self._trails):
            if i < len(trails):
                x, y, joined = clip_polyline(*trails[i], self.draw_box)  # cut at the border, on the path
                item.setPen(pg.mkPen(*colors[i % len(colors)], width=2))
                item.setData(x, y, connect=joined if x.size else "all")
                item.setVisible(True)
            else:
                item.setData([], [])
                item.setVisible(False)

    def set_arrows(self, arrows, colors=None) -> None:
        """Arrows (x, y, dx, dy) drawn to scale from each ball, shortened only to stay in view."""
        colors = list(colors) if colors is not None else BALL_COLORS
        arrows = list(arrows)
        self.arrows = [tuple(float(v) for v in a) for a in arrows]  # as asked, before clipping to the view
        while len(self._arrows) < len(arrows):
            item = pg.PlotCurveItem(connect="pairs")
            item.setZValue(18)
            self.getPlotItem().addItem(item)
            self._arrows.append(item)
        span = max(self.view_box[1] - self.view_box[0], self.view_box[3] - self.view_box[2])
        for i, item in enumerate(self._arrows):
            seg = np.empty((0, 2))
            if i < len(arrows):
                x, y, dx, dy = (float(v) for v in arrows[i])
                dx, dy = clip_vector(x, y, dx, dy, self.view_box)
                seg = arrow_segments([x], [y], [dx], [dy], head=0.03 * span)
            if seg.size:
                seg[:, 0], seg[:, 1] = _finite_xy(seg[:, 0], seg[:, 1], self.draw_box)
                item.setPen(pg.mkPen(*colors[i % len(colors)], width=3))
                item.setData(seg[:, 0], seg[:, 1], connect="pairs")
                item.setVisible(True)
            else:
                item.setData([], [])
                item.setVisible(False)

    def set_quiver_legend(self, text: str) -> None:
        """The field's scale in the bottom-left corner ('' hides it)."""
        self.quiver_legend.setText(text)
        self.quiver_legend.setVisible(bool(text))
        self._place_quiver_legend()

    def _place_quiver_legend(self, *_args) -> None:
        self.quiver_legend.setPos(4, self.getPlotItem().vb.height() - 4)

    def set_quiver(self, x=None, y=None, u=None, v=None) -> None:
        """A field of arrows from (x, y) by (u, v) (all the same shape); no arguments hides it."""
        if x is None:
            self.quiver.setData([], [])
            self.quiver.setVisible(False)
            return
        span = max(self.view_box[1] - self.view_box[0], self.view_box[3] - self.view_box[2])
        seg = arrow_segments(x, y, u, v, head=0.012 * span)
        if seg.size:
            sx, sy = _finite_xy(seg[:, 0], seg[:, 1], self.draw_box)
            self.quiver.setData(sx, sy, connect="pairs")
        else:
            self.quiver.setData([], [])
        self.quiver.setVisible(True)

    # -- clicks ---------------------------------------------------------------------
    def _on_scene_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        x, y = float(p.x()), float(p.y())
        xmin, xmax, ymin, ymax = self.view_box
        if xmin <= x <= xmax and ymin <= y <= ymax:
            ev.accept()
            self.sigClicked.emit(x, y)

    def scene_pos_of(self, x: float, y: float):
        """Scene position of a data point (to simulate clicks in tests)."""
        return self.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
