"""Confusion matrix of the test set after each epoch; clicking a cell picks its digits.

Cell (i, j) counts the test digits of true class i that were predicted as j.
Its colour is the share of class i that landed there: green on the diagonal
(right), red off it (mistakes). Painted with QPainter into a cached pixmap,
once per epoch.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from gui.widgets.image_tools import TextStamps
from gui.widgets.plot_style import title_label


class _MatrixCanvas(QWidget):
    sigCellClicked = Signal(int, int)

    LEFT, TOP, BOTTOM = 34, 4, 30

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(200, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel: no parent repaint
        self.setMouseTracking(True)
        self.matrix: np.ndarray | None = None
        self.class_names: tuple[str, ...] = tuple(str(i) for i in range(10))
        self.axis_true = ""
        self.axis_predicted = ""
        self.empty_text = ""
        self._cache: QPixmap | None = None
        self._stamps = None  # TextStamps for the counts

    def set_matrix(self, matrix) -> None:
        self.matrix = None if matrix is None else np.asarray(matrix, dtype=np.int64)
        self._cache = None
        self.update()

    def _grid(self) -> tuple[float, float, float]:
        """(left, top, cell size) of the 10x10 grid in this widget."""
        k = 10 if self.matrix is None else self.matrix.shape[0]
        size = max(4.0, min((self.width() - self.LEFT - 4) / k, (self.height() - self.TOP - self.BOTTOM) / k))
        left = self.LEFT + max(0.0, (self.width() - self.LEFT - 4 - size * k) / 2)
        return left, float(self.TOP), size

    def cell_at(self, pos) -> tuple[int, int] | None:
        if self.matrix is None:
            return None
        left, top, size = self._grid()
        k = self.matrix.shape[0]
        c, r = int((pos.x() - left) // size), int((pos.y() - top) // size)
        if 0 <= r < k and 0 <= c < k and pos.x() >= left and pos.y() >= top:
            return r, c
        return None

    def _render(self) -> QPixmap:
        pixmap = QPixmap(self.size())
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        font = QFont(self.font())
        font.setPixelSize(10)
        painter.setFont(font)
        if self._stamps is None:
            self._stamps = TextStamps(font)
        left, top, size = self._grid()
        m = self.matrix
        k = 10 if m is None else m.shape[0]
        if m is not None:
            totals = np.maximum(m.sum(axis=1, keepdims=True), 1)
            share = m / totals
            for r in range(k):
                for c in range(k):
                    rect = QRectF(left + c * size, top + r * size, size, size)
                    s = float(share[r, c])
                    if r == c:
                        color = QColor(int(255 - 200 * s), int(255 - 80 * s), int(255 - 180 * s))
                    else:
                        s = min(1.0, 4 * s)  # mistakes are rarer: stretch their scale
                        color = QColor(255, int(255 - 200 * s), int(255 - 200 * s)) if m[r, c] else QColor(255, 255, 255)
                    painter.fillRect(rect, color)
                    if size >= 16 and m[r, c]:
                        ink = Qt.GlobalColor.white if (r == c and s > 0.6) else Qt.GlobalColor.black
                        self._stamps.draw(painter, rect, str(int(m[r, c])), ink)
        painter.setPen(QColor(180, 180, 180))
        for i in range(k + 1):
            painter.drawLine(int(left), int(top + i * size), int(left + k * size), int(top + i * size))
            painter.drawLine(int(left + i * size), int(top), int(left + i * size), int(top + k * size))
        painter.setPen(Qt.GlobalColor.black)
        for i in range(k):
            painter.drawText(QRectF(left - 14, top + i * size, 12, size), Qt.AlignmentFlag.AlignCenter, str(i))
            painter.drawText(QRectF(left + i * size, top + k * size + 1, size, 13), Qt.AlignmentFlag.AlignCenter, str(i))
        painter.drawText(QRectF(left, top + k * size + 14, k * size, 14), Qt.AlignmentFlag.AlignCenter,
                         self.axis_predicted)
        painter.save()
        painter.translate(10, top + k * size / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-k * size / 2, -8, k * size, 16), Qt.AlignmentFlag.AlignCenter, self.axis_true)
        painter.restore()
        if m is None:
            painter.setPen(QColor(90, 90, 90))
            painter.drawText(QRect(int(left), int(top), int(k * size), int(k * size)),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()
        return pixmap

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if self._cache is None or self._cache.size() != self.size():
            self._cache = self._render()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.end()

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sigCellClicked.emit(*cell)
        super().mousePressEvent(event)

    def event(self, event):
        if event.type() == event.Type.ToolTip:
            cell = self.cell_at(event.pos())
            if cell is not None and self.matrix is not None:
                r, c = cell
                total = max(int(self.matrix[r].sum()), 1)
                QToolTip.showText(event.globalPos(), self.tr(
                    "True {0}, predicted {1}: {2} digits ({3:.1f} % of the {0}s).\nClick to see them.").format(
                    self.class_names[r], self.class_names[c], int(self.matrix[r, c]),
                    100 * self.matrix[r, c] / total), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(300, 300)


class ConfusionView(QWidget):
    """Title + matrix; ``sigCellClicked(true_class, predicted_class)``."""

    sigCellClicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Confusion matrix (test set)"))
        self.canvas = _MatrixCanvas()
        self.canvas.axis_true = self.tr("true class")
        self.canvas.axis_predicted = self.tr("predicted class")
        self.canvas.empty_text = self.tr("Filled at the end of each epoch.")
        self.canvas.setToolTip(self.tr("Rows: true class; columns: predicted class. Click a cell to see its digits."))
        self.canvas.sigCellClicked.connect(self.sigCellClicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.canvas, 1)

    def set_matrix(self, matrix, epoch: int | None = None) -> None:
        """matrix: (10, 10) ints, or None to clear."""
        self.canvas.set_matrix(matrix)
        if matrix is None or epoch is None:
            self.title.setText(self.tr("Confusion matrix (test set)"))
        else:
            self.title.setText(self.tr("Confusion matrix (test set, epoch {0})").format(epoch + 1))

    def set_class_names(self, names) -> None:
        self.canvas.class_names = tuple(names)

    @property
    def matrix(self):
        return self.canvas.matrix
