"""First-layer weights as 28x28 images: what each hidden unit looks for.

Hidden unit u computes a = sum_p W1[p, u] x_p + b_u over the 784 pixels p,
so column u of W1, laid out as 28x28, shows which pixels push the unit up
(red) or down (blue). Each unit is scaled by its own largest |weight|.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.widgets.image_tools import diverging_rgb, rgb_image
from gui.widgets.plot_style import title_label


class _MosaicCanvas(QWidget):
    GAP = 2
    MIN_UNITS = 32

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel: no parent repaint
        self.units = np.zeros((0, 784), np.float32)
        self._pixmap: QPixmap | None = None
        self.empty_text = ""

    def set_units(self, units: np.ndarray) -> None:
        self.units = np.asarray(units, dtype=np.float32).reshape(-1, 784)
        self._pixmap = None
        self.update()

    def _layout(self, n: int) -> tuple[int, int, int]:
        """(side, cols, rows) making at least min(n, MIN_UNITS) tiles as large as the widget
        allows; rows are filled with further units when there are more."""
        want = min(n, self.MIN_UNITS)
        best = (4, max(want, 1), 1)
        for cols in range(1, max(want, 1) + 1):
            rows = math.ceil(want / cols)
            side = min(self.width() // cols, self.height() // rows) - self.GAP
            if side > best[0]:
                best = (side, cols, rows)
        return best

    def shown_units(self) -> int:
        _, cols, rows = self._layout(len(self.units))
        return min(len(self.units), cols * rows)

    def _render(self) -> QPixmap:
        """One 28x28 tile per unit (1-px white gaps) at native size; paintEvent scales it."""
        _, cols, rows = self._layout(len(self.units))
        n = self.shown_units()
        units = self.units[:n]
        scale = np.abs(units).max(axis=1, keepdims=True)
        tiles = (units / np.where(scale > 0, scale, 1.0)).reshape(n, 28, 28)
        padded = np.zeros((rows * cols, 29, 29), np.float32)
        padded[:n, :28, :28] = tiles
        mosaic = padded.reshape(rows, cols, 29, 29).transpose(0, 2, 1, 3).reshape(rows * 29, cols * 29)
        rgb = diverging_rgb(mosaic)
        blank = np.ones((rows * cols, 29, 29), bool)
        blank[:n, :28, :28] = False
        rgb[blank.reshape(rows, cols, 29, 29).transpose(0, 2, 1, 3).reshape(rows * 29, cols * 29)] = 255
        self._cols_rows = (cols, rows)
        return QPixmap.fromImage(rgb_image(rgb))

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if len(self.units) == 0:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        else:
            if self._pixmap is None:
                self._pixmap = self._render()
            side, cols, rows = self._layout(len(self.units))
            w, h = cols * (side + self.GAP), rows * (side + self.GAP)
            painter.drawPixmap(QRect((self.width() - w) // 2, 0, w, h), self._pixmap)
        painter.end()

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        self._pixmap = None
        super().resizeEvent(event)

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(300, 260)


class WeightImages(QWidget):
    """The first ``k`` hidden units' incoming weights, red = positive, blue = negative."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("First-layer weights"))
        self.canvas = _MosaicCanvas()
        self.canvas.empty_text = self.tr("Shown once a network exists.")
        self.canvas.setToolTip(self.tr(
            "Each square is one hidden unit's 784 incoming weights laid out as the 28x28 image:\n"
            "red pixels push the unit up, blue pixels push it down."))
        self.legend = QLabel(self.tr("red: +, blue: −, each unit scaled to its own range"))
        self.legend.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        self.refresh_count = 0

    def set_weights(self, first_layer_rows: np.ndarray, total_units: int | None = None) -> None:
        """first_layer_rows: (k, 784), one row per hidden unit (W1[:, :k].T); at least 32
        are shown, more when they fill the last row of tiles."""
        rows = np.asarray(first_layer_rows)
        self.canvas.set_units(rows)
        self.refresh_count += 1
        total = total_units if total_units is not None else len(rows)
        self.title.setText(self.tr("First-layer weights ({0} of {1} units)").format(
            self.canvas.shown_units(), total))

    def clear(self) -> None:
        self.canvas.set_units(np.zeros((0, 784), np.float32))
        self.title.setText(self.tr("First-layer weights"))
