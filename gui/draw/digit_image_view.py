"""The 28x28 image the network actually sees, enlarged with visible pixels."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def _paper_image(values: np.ndarray) -> QImage:
    """(h, w) ink in [0, 1] -> 8-bit grey QImage (a copy), dark ink on white."""
    pixels = np.ascontiguousarray(np.round(255 * (1 - np.clip(values, 0, 1))).astype(np.uint8))
    h, w = pixels.shape
    return QImage(pixels.data, w, h, pixels.strides[0], QImage.Format.Format_Grayscale8).copy()


class DigitImageView(QWidget):
    """Paints a (28, 28) array in [0, 1] as dark ink on white, each pixel a
    square, with a faint pixel grid and a red cross at the centre (14, 14)
    where MNIST puts the centre of mass."""

    def __init__(self, parent=None, pixel: int = 6):
        super().__init__(parent)
        self._image = None
        self._array: np.ndarray | None = None
        side = 28 * pixel + 2
        self.setMinimumSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._side = side
        self.setToolTip(self.tr("The 28×28 input of the network: your drawing cropped to the ink, "
                                "scaled so its longer side is 20 pixels, anti-aliased, and shifted "
                                "so its centre of mass sits on the red cross (the middle). "
                                "This is all the network sees."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._side, self._side)

    def array(self) -> np.ndarray | None:
        return None if self._array is None else self._array.copy()

    def set_image(self, image28) -> None:
        """image28: (28, 28) floats in [0, 1] (ink = 1), or None for a blank view."""
        if image28 is None:
            self._array, self._image = None, None
        else:
            self._array = np.asarray(image28, dtype=np.float32).copy()
            self._image = _paper_image(self._array)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height()) - 2
        cell = side / 28.0
        target = QRectF(1, 1, side, side)
        painter.fillRect(target, QColor(255, 255, 255))
        if self._image is not None:
            painter.drawImage(target, self._image)
        painter.setPen(QPen(QColor(0, 0, 0, 28), 1))
        for k in range(1, 28):
            offset = 1 + k * cell
            painter.drawLine(QPointF(offset, 1), QPointF(offset, 1 + side))
            painter.drawLine(QPointF(1, offset), QPointF(1 + side, offset))
        # MNIST's centre of mass: the middle of pixel (14, 14)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(214, 39, 40, 200), 1.5))
        cx = cy = 1 + 14.5 * cell
        arm = cell * 0.9
        painter.drawLine(QPointF(cx - arm, cy), QPointF(cx + arm, cy))
        painter.drawLine(QPointF(cx, cy - arm), QPointF(cx, cy + arm))
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.drawRect(QRectF(0.5, 0.5, side + 1, side + 1))
        painter.end()
