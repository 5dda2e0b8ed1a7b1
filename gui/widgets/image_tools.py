"""numpy arrays -> QImage, for the views that paint digits and weights themselves.

Painting one cached QImage/QPixmap is far cheaper in the GUI thread than many
scene items, which keeps the training panel responsive.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def gray_image(values: np.ndarray) -> QImage:
    """values: (h, w) floats in [0, 1] (or uint8); returns an 8-bit grayscale QImage (a copy),
    drawn as dark ink on white like a digit on paper: pixel = 255 * (1 - value)."""
    values = np.asarray(values)
    if values.dtype != np.uint8:
        values = (255.0 * (1.0 - np.clip(values, 0.0, 1.0))).astype(np.uint8)
    values = np.ascontiguousarray(values)
    h, w = values.shape
    return QImage(values.data, w, h, values.strides[0], QImage.Format.Format_Grayscale8).copy()


def rgb_image(rgb: np.ndarray) -> QImage:
    """rgb: (h, w, 3) uint8; returns an RGB888 QImage (a copy)."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape
    return QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()


def _diverging_lut() -> np.ndarray:
    """(256, 3) uint8: index 0 -> blue, 127.5 -> white, 255 -> red, linear in between."""
    neg = np.array([33, 102, 172], dtype=np.float32)
    mid = np.array([247, 247, 247], dtype=np.float32)
    pos = np.array([178, 24, 43], dtype=np.float32)
    v = np.linspace(-1.0, 1.0, 256, dtype=np.float32)[:, None]
    lut = np.where(v < 0, mid + (-v) * (neg - mid), mid + v * (pos - mid))
    return np.round(lut).astype(np.uint8)


_LUT = _diverging_lut()


def diverging_rgb(values: np.ndarray) -> np.ndarray:
    """values in [-1, 1], any shape s; returns uint8 RGB of shape s + (3,):
    -1 -> blue, 0 -> white, +1 -> red (256 steps, through a lookup table)."""
    v = np.clip(np.asarray(values, dtype=np.float32), -1.0, 1.0)
    index = ((v + 1.0) * 127.5 + 0.5).astype(np.intp)
    return _LUT[index]


class TextStamps:
    """Pre-rendered short texts: blitting a cached pixmap costs the GUI thread far less
    than QPainter.drawText (measured ~20-50 us a call here), and the views that repaint
    while training draw the same few labels ("7 98%", counts) over and over.

    ``draw(painter, rect, text, color)`` centres the text in ``rect``. At most
    ``max_items`` stamps are kept (the cache is simply cleared when full).
    """

    def __init__(self, font, max_items: int = 4000):
        from PySide6.QtGui import QFontMetrics

        self.font = font
        self.metrics = QFontMetrics(font)
        self.max_items = max_items
        self._cache: dict = {}

    def stamp(self, text: str, color, ratio: float = 1.0):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QPainter, QPixmap

        key = (text, QColor(color).rgba(), ratio)
        pixmap = self._cache.get(key)
        if pixmap is None:
            if len(self._cache) >= self.max_items:
                self._cache.clear()
            w = max(1, self.metrics.horizontalAdvance(text))
            h = max(1, self.metrics.height())
            pixmap = QPixmap(int(w * ratio) + 1, int(h * ratio) + 1)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setFont(self.font)
            p.setPen(QColor(color))
            p.drawText(0, self.metrics.ascent(), text)
            p.end()
            self._cache[key] = pixmap
        return pixmap

    def draw(self, painter, rect, text: str, color) -> None:
        if not text:
            return
        pixmap = self.stamp(text, color, painter.device().devicePixelRatioF())
        ratio = pixmap.devicePixelRatio()
        w, h = pixmap.width() / ratio, pixmap.height() / ratio
        painter.drawPixmap(int(rect.x() + (rect.width() - w) / 2), int(rect.y() + (rect.height() - h) / 2), pixmap)
