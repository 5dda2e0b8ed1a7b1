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
