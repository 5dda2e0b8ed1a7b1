"""Pick two single first-layer weights by clicking pixels of a hidden unit's 28x28 weight image.

Weight W1[p, u] connects pixel p (row p // 28, column p % 28) to hidden
unit u. The picker shows column u of W1 as a 28x28 image (red = positive,
blue = negative, scaled by the unit's largest |weight|); a click on a pixel
chooses that weight for the active slot (A, then B, then A ...). Slots may
come from different units: change the unit, then click.

    picker = WeightPixelPicker()
    picker.set_weights(net.params["W1"])   # (784, h)
    picker.sigPicked.connect(...)          # ((pixel_a, unit_a), (pixel_b, unit_b))
    picker.pick(406, unit=3, slot=0)       # what a click does, for tests and tools
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from gui.widgets.image_tools import diverging_rgb, rgb_image

SIDE = 28
SLOT_COLORS = (QColor(20, 20, 20), QColor(230, 120, 0))


def pixel_name(p: int) -> str:
    """'(row, column)' of pixel p of a 28x28 image."""
    r, c = divmod(int(p), SIDE)
    return f"({r}, {c})"


class _UnitImage(QWidget):
    """One unit's 784 weights as a 28x28 picture with the chosen pixels marked."""

    sigPixelClicked = Signal(int)

    def __init__(self, parent=None, cell: int = 6):
        super().__init__(parent)
        self._side = SIDE * cell + 2
        self.setMinimumSize(self._side, self._side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._image = None
        self.marks: list[tuple[int, str, QColor]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._side, self._side)

    def set_values(self, w: np.ndarray | None) -> None:
        if w is None:
            self._image = None
        else:
            w = np.asarray(w, dtype=np.float32).reshape(SIDE, SIDE)
            scale = float(np.max(np.abs(w))) or 1.0
            self._image = rgb_image(diverging_rgb(w / scale))
        self.update()

    def _cell(self) -> float:
        return (min(self.width(), self.height()) - 2) / SIDE

    def pixel_at(self, x: float, y: float) -> int | None:
        cell = self._cell()
        col, row = int((x - 1) // cell), int((y - 1) // cell)
        if 0 <= row < SIDE and 0 <= col < SIDE:
            return row * SIDE + col
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        p = self.pixel_at(event.position().x(), event.position().y())
        if p is not None:
            self.sigPixelClicked.emit(p)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        cell = self._cell()
        side = cell * SIDE
        target = QRectF(1, 1, side, side)
        painter.fillRect(target, QColor(247, 247, 247))
        if self._image is not None:
            painter.drawImage(target, self._image)
        painter.setPen(QPen(QColor(0, 0, 0, 22), 1))
        for k in range(1, SIDE):
            o = 1 + k * cell
            painter.drawLine(QPointF(o, 1), QPointF(o, 1 + side))
            painter.drawLine(QPointF(1, o), QPointF(1 + side, o))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(cell * 1.6)))
        painter.setFont(font)
        for p, text, color in self.marks:
            r, c = divmod(p, SIDE)
            box = QRectF(1 + c * cell, 1 + r * cell, cell, cell)
            painter.setPen(QPen(color, 2))
            painter.drawRect(box.adjusted(-1, -1, 1, 1))
            label = QRectF(box.right() + 1, box.top() - cell * 1.4, cell * 2, cell * 1.6)
            if label.right() > side:
                label.moveRight(box.left() - 1)
            if label.top() < 1:
                label.moveTop(box.bottom() + 1)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.drawRect(QRectF(0.5, 0.5, side + 1, side + 1))
        painter.end()


class WeightPixelPicker(QWidget):
    """The unit's weight image, a unit number box and what slots A and B hold."""

    sigPicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.W1: np.ndarray | None = None
        self.choice: list[tuple[int, int]] = [(14 * SIDE + 14, 0), (12 * SIDE + 15, 0)]
        self.active = 0
        self.image = _UnitImage()
        self.image.setToolTip(self.tr(
            "The weights from each pixel to this hidden unit (red: positive, blue: negative). "
            "Click a pixel to choose its weight: the first click sets A, the next B, and so on."))
        self.unit = QSpinBox()
        self.unit.setObjectName("landscape.unit")
        self.unit.setRange(0, 0)
        self.unit.setToolTip(self.tr("Which hidden unit's weights the picture shows"))
        self.setObjectName("landscape.picks")
        self.labels = [QLabel(), QLabel()]
        for label, color in zip(self.labels, SLOT_COLORS):
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {color.name()};")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image, 0, 0, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        unit_label = QLabel(self.tr("Hidden unit"))
        unit_label.setBuddy(self.unit)
        layout.addWidget(unit_label, 1, 0)
        layout.addWidget(self.unit, 1, 1)
        layout.addWidget(self.labels[0], 2, 0, 1, 2)
        layout.addWidget(self.labels[1], 3, 0, 1, 2)
        self.unit.valueChanged.connect(self._on_unit)
        self.image.sigPixelClicked.connect(self._on_pixel_clicked)
        self._refresh()

    def set_weights(self, W1) -> None:
        """W1 : (784, h), the first layer's weights (a copy is kept)."""
        if W1 is None:
            self.W1 = None
            self.unit.setRange(0, 0)
        else:
            W1 = np.array(W1, dtype=np.float32)
            if W1.ndim != 2 or W1.shape[0] != SIDE * SIDE:
                raise ValueError(f"W1 must have {SIDE * SIDE} rows (one per pixel), got shape {W1.shape}")
            self.W1 = W1
            self.unit.setRange(0, W1.shape[1] - 1)
            self.choice = [(p, min(u, W1.shape[1] - 1)) for p, u in self.choice]
        self._refresh()

    def pick(self, pixel: int, unit: int | None = None, slot: int | None = None) -> None:
        """Choose W1[pixel, unit] for ``slot`` (0 = A, 1 = B; default: the active slot)."""
        if not 0 <= int(pixel) < SIDE * SIDE:
            raise ValueError(f"pixel must be 0 to {SIDE * SIDE - 1}, got {pixel}")
        unit = self.unit.value() if unit is None else int(unit)
        slot = self.active if slot is None else int(slot)
        self.choice[slot] = (int(pixel), unit)
        self.active = 1 - slot
        self._refresh()
        self.sigPicked.emit(tuple(self.choice))

    # the two picks persist like any picker (gui/settings.py): "pixel_a,unit_a,pixel_b,unit_b"
    def settings_value(self) -> str:
        return ",".join(str(v) for pick in self.choice for v in pick)

    def set_settings_value(self, text: str) -> bool:
        """Restore two picks without computing anything; False when ``text`` does not fit."""
        values = [int(v) for v in str(text).split(",")]
        if len(values) != 4 or not all(0 <= p < SIDE * SIDE for p in values[::2]) or min(values[1::2]) < 0:
            return False
        top = self.unit.maximum()
        self.choice = [(values[0], min(values[1], top)), (values[2], min(values[3], top))]
        self._refresh()
        return True

    def weights(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """((pixel_a, unit_a), (pixel_b, unit_b))."""
        return tuple(self.choice)

    def _on_pixel_clicked(self, pixel: int) -> None:
        self.pick(pixel)

    def _on_unit(self, _unit: int) -> None:
        self._refresh()

    def _refresh(self) -> None:
        u = self.unit.value()
        self.image.set_values(None if self.W1 is None else self.W1[:, u])
        names = ("A", "B")
        self.image.marks = [(p, names[s], SLOT_COLORS[s]) for s, (p, unit) in enumerate(self.choice) if unit == u]
        for s, (label, (p, unit)) in enumerate(zip(self.labels, self.choice)):
            value = "" if self.W1 is None else f" = {self.W1[p, unit]:+.3f}"
            arrow = "▶ " if s == self.active else ""
            label.setText(self.tr("{0}{1}: pixel {2} → unit {3}{4}").format(arrow, names[s], pixel_name(p), unit, value))
        self.image.update()
