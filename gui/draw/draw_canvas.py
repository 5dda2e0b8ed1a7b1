"""A square canvas to draw a digit on with the mouse (or a pen tablet).

Strokes are kept as point lists (each with the pen width it was drawn with),
shown as dark ink on white, and rendered on demand into a uint8 array with
light ink on black (MNIST's polarity) for ``core.data.preprocess``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS_SIZE = 280
DEFAULT_PEN_WIDTH = 18
PEN_RANGE = (4, 40)


class DrawCanvas(QWidget):
    """280x280 drawing surface.

    sigStrokeMoved: the stroke being drawn grew (many times a second while drawing).
    sigChanged: a stroke was finished, undone, or the canvas cleared.
    """

    sigStrokeMoved = Signal()
    sigChanged = Signal()

    def __init__(self, parent=None, size: int = CANVAS_SIZE):
        super().__init__(parent)
        self._size = size
        self._strokes: list[tuple[list[QPointF], float]] = []
        self._current: list[QPointF] | None = None
        self._pen_width = float(DEFAULT_PEN_WIDTH)
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Draw one digit here with the mouse. "
                                "Esc clears the canvas, Ctrl+Z undoes the last stroke."))
        self.setAccessibleName(self.tr("Drawing canvas"))

    # -- state --------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._size, self._size)

    @property
    def pen_width(self) -> float:
        return self._pen_width

    def set_pen_width(self, width: float) -> None:
        """Width (px) of the strokes drawn from now on; earlier strokes keep theirs."""
        self._pen_width = float(min(max(width, PEN_RANGE[0]), PEN_RANGE[1]))

    def stroke_count(self) -> int:
        return len(self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def is_drawing(self) -> bool:
        return self._current is not None

    # -- editing --------------------------------------------------------------
    def stroke(self, points, width: float | None = None) -> None:
        """Add a whole stroke at once: points [(x, y), ...] in canvas pixels."""
        pts = [QPointF(float(x), float(y)) for x, y in points]
        if not pts:
            return
        self._strokes.append((pts, float(width) if width is not None else self._pen_width))
        self.update()
        self.sigChanged.emit()

    def strokes(self) -> tuple[list, list]:
        """(strokes, widths): each finished stroke's points as (x, y) in canvas pixels, rounded to
        0.01 px, and its pen width."""
        return ([[(round(p.x(), 2), round(p.y(), 2)) for p in pts] for pts, _w in self._strokes],
                [w for _pts, w in self._strokes])

    def set_strokes(self, strokes, widths=()) -> None:
        """Replace the drawing by these strokes (``widths`` per stroke; missing: the pen's)."""
        widths = list(widths)
        self._strokes = [([QPointF(float(x), float(y)) for x, y in pts],
                          float(widths[i]) if i < len(widths) else self._pen_width)
                         for i, pts in enumerate(strokes) if pts]
        self._current = None
        self.update()
        self.sigChanged.emit()

    def undo(self) -> None:
        """Remove the last stroke (nothing happens on an empty canvas)."""
        if self._current is not None:
            self._current = None
        elif self._strokes:
            self._strokes.pop()
        else:
            return
        self.update()
        self.sigChanged.emit()

    def clear(self) -> None:
        if self.is_empty():
            return
        self._strokes.clear()
        self._current = None
        self.update()
        self.sigChanged.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            super().keyPressEvent(event)

    # -- mouse ------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._current = [event.position()]
        self.update()
        self.sigStrokeMoved.emit()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._current is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return super().mouseMoveEvent(event)
        point = event.position()
        last = self._current[-1]
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) < 1.0:
            return
        self._current.append(point)
        self.update()
        self.sigStrokeMoved.emit()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._current is None:
            return super().mouseReleaseEvent(event)
        point = event.position()
        if point != self._current[-1]:
            self._current.append(point)
        self._strokes.append((self._current, self._pen_width))
        self._current = None
        self.update()
        self.sigChanged.emit()

    # -- painting ---------------------------------------------------------------
    def _all_strokes(self):
        yield from self._strokes
        if self._current:
            yield self._current, self._pen_width

    @staticmethod
    def _paint_strokes(painter: QPainter, strokes, color: QColor) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for points, width in strokes:
            pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            if len(points) == 1:
                painter.drawPoint(points[0])
                continue
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.drawPath(path)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        self._paint_strokes(painter, self._all_strokes(), QColor(20, 20, 20))
        if self.is_empty():
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here"))
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def to_array(self) -> np.ndarray:
        """The drawing as uint8 (size, size): ink 255 on background 0, anti-aliased."""
        image = QImage(self._size, self._size, QImage.Format.Format_Grayscale8)
        image.fill(0)
        painter = QPainter(image)
        self._paint_strokes(painter, self._all_strokes(), QColor(255, 255, 255))
        painter.end()
        ptr = image.constBits()
        stride = image.bytesPerLine()
        raw = np.frombuffer(ptr, dtype=np.uint8, count=stride * self._size)
        return raw.reshape(self._size, stride)[:, :self._size].copy()
