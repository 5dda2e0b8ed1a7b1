"""Ten horizontal bars: the network's probability for each digit, the largest highlighted."""
from __future__ import annotations

import numpy as np

from gui.widgets.percent import percent
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOR = QColor(120, 150, 190)
TOP_COLOR = QColor(31, 119, 180)
GRID_COLOR = QColor(215, 215, 215)
TEXT_COLOR = QColor(40, 40, 40)


class ProbabilityBars(QWidget):
    """One row per class: its name, a bar of length p, and p in percent.

    The bottom axis runs from 0 to 100 % and is labelled "probability"; the
    left axis lists the classes ("digit").
    """

    def __init__(self, parent=None, class_names=tuple(str(d) for d in range(10))):
        super().__init__(parent)
        self._names = tuple(class_names)
        self._probs: np.ndarray | None = None
        self.setMinimumSize(220, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("The network's probability for each digit (softmax output); "
                                "the ten bars add up to 100 %. The longest bar is the answer."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(300, 320)

    def probabilities(self) -> np.ndarray | None:
        return None if self._probs is None else self._probs.copy()

    def value_texts(self) -> list[str]:
        """The numbers written beside the bars ('99.9 %' ...), [] with no probabilities."""
        return [] if self._probs is None else [f"{percent(float(p))} %" for p in self._probs]

    def set_probabilities(self, probs) -> None:
        """probs: (10,) floats summing to 1, or None to show empty bars."""
        if probs is None:
            self._probs = None
        else:
            probs = np.asarray(probs, dtype=np.float64).ravel()
            if probs.shape != (len(self._names),):
                raise ValueError(f"expected {len(self._names)} probabilities, got {probs.shape}")
            self._probs = np.clip(probs, 0.0, 1.0)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = painter.fontMetrics()
        line = metrics.height()
        axis_name = self.tr("digit")
        label_w = max(max(metrics.horizontalAdvance(n) for n in self._names),
                       metrics.horizontalAdvance(axis_name)) + 10
        value_w = metrics.horizontalAdvance("100.0 %") + 8
        top, bottom = line + 6, 2 * line + 8
        left = label_w
        width = max(10, self.width() - left - value_w)
        height = max(10, self.height() - top - bottom)
        row_h = height / len(self._names)

        # grid and bottom axis: 0, 25, 50, 75, 100 %
        painter.setPen(QPen(GRID_COLOR, 1))
        for k in range(5):
            x = left + width * k / 4
            painter.drawLine(int(x), top, int(x), int(top + height))
        painter.setPen(QPen(TEXT_COLOR, 1))
        axis_y = top + height
        painter.drawLine(int(left), int(axis_y), int(left + width), int(axis_y))
        for k in range(5):
            x = left + width * k / 4
            text = f"{25 * k}%"
            tw = metrics.horizontalAdvance(text)
            painter.drawText(int(x - tw / 2), int(axis_y + line), text)
        caption = self.tr("probability")
        painter.drawText(QRectF(left, axis_y + line + 2, width, line + 4),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption)

        top_index = int(np.argmax(self._probs)) if self._probs is not None else -1
        bold = QFont(painter.font())
        bold.setBold(True)
        for i, name in enumerate(self._names):
            y = top + i * row_h
            painter.setFont(bold if i == top_index else self.font())
            painter.setPen(TEXT_COLOR)
            painter.drawText(QRectF(0, y, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            if self._probs is None:
                continue
            p = float(self._probs[i])
            bar = QRectF(left, y + row_h * 0.15, width * p, row_h * 0.7)
            painter.fillRect(bar, TOP_COLOR if i == top_index else BAR_COLOR)
            painter.drawText(QRectF(left + width * p + 4, y, value_w + width, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.value_texts()[i])
        painter.setFont(self.font())
        painter.setPen(TEXT_COLOR)
        painter.drawText(QRectF(0, 0, label_w - 6, line + 4),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, axis_name)
        painter.end()
