"""A lightweight plot for the live training views: axes, labels, legend, curves, dots.

Why not pyqtgraph here: measured on this machine while the default network
trains at batch 32, one pyqtgraph PlotWidget update (setData + repaint) costs
the GUI thread 2-5 ms, mostly Python in pyqtgraph's paint and bounds code
competing with the training thread for the GIL; the 5 ms timer of
bench/gui_latency.py then ran late by 3.5-5 ms at the 99th percentile
against a 2 ms target. This widget keeps its Python work per update to a few
numpy operations: the static layer (background, axes, ticks, labels, legend)
is rendered once into a pixmap and only again when a range, the ticks or the
size change; curves are turned into one QPainterPath each with pyqtgraph's
arrayToQPath and drawn over it. pyqtgraph stays in use where interaction
matters more than cost (the run-history overlay, with zoom and export).

Use: ``add_curve`` / ``add_dots`` once, then ``set_data(handle, x, y)``;
``set_x_range`` / ``set_y_range`` (values as plotted: on a log axis pass
log10 values and ``log=True`` to get decade ticks). Non-finite points are
dropped. ``view_range()`` returns [[x0, x1], [y0, y1]] as plotted.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget
from pyqtgraph.functions import arrayToQPath

from gui.widgets.plot_style import decade_ticks

AXIS = QColor(60, 60, 60)
GRID = QColor(0, 0, 0, 22)


def linear_ticks(lo: float, hi: float, target: int = 6) -> list[tuple[float, str]]:
    """About ``target`` ticks at 1, 2, 2.5 or 5 x 10^k steps between lo and hi, labelled."""
    span = hi - lo
    if not (math.isfinite(span) and span > 0):
        return []
    raw = span / max(target, 1)
    exp = math.floor(math.log10(raw))
    step = next(m * 10.0 ** exp for m in (1, 2, 2.5, 5, 10) if m * 10.0 ** exp >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    power = math.floor(math.log10(step) + 1e-9)
    # 2.5 x 10^k needs one decimal more than 10^k, but only below 10 (0.25, 2.5; not 25 or 2500)
    decimals = max(0, -power) + (1 if power <= 0 and step / 10.0 ** power == 2.5 else 0)
    ticks = []
    v = first
    while v <= hi + step * 1e-9:
        ticks.append((v, f"{v:.{decimals}f}" if decimals else f"{v:.0f}"))
        v += step
    return ticks


class _Series:
    def __init__(self, kind: str, name: str, color, width: float, symbol: str, size: float):
        self.kind, self.name, self.symbol, self.size = kind, name, symbol, size
        self.color = QColor(*color) if not isinstance(color, QColor) else color
        self.pen = QPen(self.color, width)
        self.pen.setCosmetic(True)
        self.x = np.zeros(0)
        self.y = np.zeros(0)


class FastPlot(QWidget):
    LEFT, RIGHT, TOP, BOTTOM = 62, 10, 8, 38

    def __init__(self, left_label: str = "", bottom_label: str = "", parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.left_label, self.bottom_label = left_label, bottom_label
        self.series: list[_Series] = []
        self._x = (0.0, 1.0)
        self._y = (0.0, 1.0)
        self._log = False
        self._x_ticks: list | None = None  # None: automatic
        self._static: QPixmap | None = None
        self._legend: QPixmap | None = None
        self.legend_visible = True
        self.grid = True

    # -- building ---------------------------------------------------------------
    def add_curve(self, name: str, color, width: float = 1.0, legend: bool = True) -> _Series:
        s = _Series("curve", name if legend else "", color, width, "", 0)
        self.series.append(s)
        self._static = None
        return s

    def add_dots(self, name: str, color, symbol: str = "o", size: float = 7, legend: bool = True) -> _Series:
        s = _Series("dots", name if legend else "", color, 1.0, symbol, size)
        self.series.append(s)
        self._static = None
        return s

    def remove(self, series: _Series) -> None:
        if series in self.series:
            self.series.remove(series)
            self._static = None
            self.update()

    def set_labels(self, left: str, bottom: str) -> None:
        if (left, bottom) != (self.left_label, self.bottom_label):
            self.left_label, self.bottom_label = left, bottom
            self._static = None
            self.update()

    # -- data and ranges ----------------------------------------------------------
    def set_data(self, series: _Series, x, y) -> None:
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        keep = np.isfinite(x) & np.isfinite(y)
        series.x, series.y = x[keep], y[keep]
        self.update(self._plot_rect().toAlignedRect())

    def set_x_range(self, lo: float, hi: float, ticks: list | None = None) -> None:
        """ticks: [(value, label), ...] or None for automatic linear ticks."""
        lo, hi = float(lo), float(hi)
        if hi <= lo:
            hi = lo + 1.0
        if (lo, hi) != self._x or ticks != self._x_ticks:
            self._x, self._x_ticks = (lo, hi), ticks
            self._static = None
            self.update()

    def set_y_range(self, lo: float, hi: float, log: bool = False) -> None:
        lo, hi = float(lo), float(hi)
        if hi <= lo:
            hi = lo + 1.0
        if (lo, hi) != self._y or log != self._log:
            self._y, self._log = (lo, hi), log
            self._static = None
            self.update()

    def view_range(self):
        return [list(self._x), list(self._y)]

    # -- geometry -------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        return QRectF(self.LEFT, self.TOP, max(1, self.width() - self.LEFT - self.RIGHT),
                      max(1, self.height() - self.TOP - self.BOTTOM))

    def _to_px(self, x: np.ndarray, y: np.ndarray):
        r = self._plot_rect()
        (x0, x1), (y0, y1) = self._x, self._y
        px = r.left() + (x - x0) * (r.width() / (x1 - x0))
        py = r.bottom() - (y - y0) * (r.height() / (y1 - y0))
        return px, py

    # -- painting -------------------------------------------------------------------
    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        self._static = None
        super().resizeEvent(event)

    def _render_static(self) -> QPixmap:
        pixmap = QPixmap(self.size())
        pixmap.fill(Qt.GlobalColor.white)
        p = QPainter(pixmap)
        font = QFont(self.font())
        font.setPixelSize(11)
        p.setFont(font)
        fm = QFontMetrics(font)
        r = self._plot_rect()
        x_ticks = self._x_ticks if self._x_ticks is not None else linear_ticks(*self._x)
        if self._log:
            major, minor = decade_ticks(*self._y)
        else:
            major, minor = linear_ticks(*self._y, target=5), []
        p.setPen(QPen(AXIS, 1))
        p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()))
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
        for value, label in x_ticks:
            px, _ = self._to_px(np.array([value]), np.array([self._y[0]]))
            x = float(px[0])
            if r.left() - 0.5 <= x <= r.right() + 0.5:
                if self.grid:
                    p.setPen(QPen(GRID, 1))
                    p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
                p.setPen(QPen(AXIS, 1))
                p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 4))
                p.drawText(QRectF(x - 40, r.bottom() + 5, 80, fm.height()), Qt.AlignmentFlag.AlignHCenter, label)
        for ticks, length in ((major, 4), (minor, 2)):
            for value, label in ticks:
                _, py = self._to_px(np.array([self._x[0]]), np.array([value]))
                y = float(py[0])
                if r.top() - 0.5 <= y <= r.bottom() + 0.5:
                    if self.grid and length == 4:
                        p.setPen(QPen(GRID, 1))
                        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
                    p.setPen(QPen(AXIS, 1))
                    p.drawLine(QPointF(r.left() - length, y), QPointF(r.left(), y))
                    if label:
                        p.drawText(QRectF(0, y - fm.height() / 2, r.left() - 6, fm.height()),
                                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        p.drawText(QRectF(r.left(), self.height() - fm.height() - 2, r.width(), fm.height()),
                   Qt.AlignmentFlag.AlignHCenter, self.bottom_label)
        p.save()
        p.translate(4, r.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-r.height() / 2, 0, r.height(), fm.height()), Qt.AlignmentFlag.AlignHCenter,
                   self.left_label)
        p.restore()
        p.end()
        return pixmap

    def _render_legend(self) -> QPixmap | None:
        """The legend box (drawn over the curves, top right), or None without named series."""
        named = [s for s in self.series if s.name]
        if not named or not self.legend_visible:
            return None
        font = QFont(self.font())
        font.setPixelSize(11)
        fm = QFontMetrics(font)
        width = max(fm.horizontalAdvance(s.name) for s in named) + 36
        height = len(named) * (fm.height() + 2) + 6
        pixmap = QPixmap(int(width), int(height))
        pixmap.fill(QColor(255, 255, 255, 215))
        p = QPainter(pixmap)
        p.setFont(font)
        box = QRectF(0, 0, width, height)
        for k, s in enumerate(named):
            y = box.top() + 4 + k * (fm.height() + 2) + fm.height() / 2
            if s.kind == "curve":
                p.setPen(s.pen)
                p.drawLine(QPointF(box.left() + 6, y), QPointF(box.left() + 24, y))
            else:
                self._draw_symbols(p, s, np.array([box.left() + 15]), np.array([y]))
            p.setPen(QPen(AXIS, 1))
            p.drawText(QRectF(box.left() + 30, y - fm.height() / 2, width - 30, fm.height()),
                       Qt.AlignmentFlag.AlignVCenter, s.name)
        p.end()
        return pixmap

    @staticmethod
    def _draw_symbols(p: QPainter, s: _Series, px: np.ndarray, py: np.ndarray) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(s.color)
        half = s.size / 2
        for x, y in zip(px.tolist(), py.tolist()):
            rect = QRectF(x - half, y - half, s.size, s.size)
            if s.symbol == "s":
                p.drawRect(rect)
            else:
                p.drawEllipse(rect)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if self._static is None or self._static.size() != self.size():
            self._static = self._render_static()
            self._legend = self._render_legend()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static)
        r = self._plot_rect()
        p.setClipRect(r.adjusted(-4, -4, 4, 4))
        for s in self.series:
            if not len(s.x):
                continue
            px, py = self._to_px(s.x, s.y)
            if s.kind == "curve" and len(px) > 1:
                p.setPen(s.pen)
                p.drawPath(arrayToQPath(px, py, connect="all"))
            elif s.kind == "dots":
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                self._draw_symbols(p, s, px, py)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._legend is not None:
            p.setClipping(False)
            p.drawPixmap(int(r.right() - self._legend.width() - 6), int(r.top() + 6), self._legend)
        p.end()

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(320, 280)
