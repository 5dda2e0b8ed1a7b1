"""A row of the learner's kept drawings (newest last), each with its label.

After fine-tuning, each drawing also shows what the network read before and
after: a green frame when it is read right now, red when wrong.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RIGHT = QColor(44, 160, 44)
WRONG = QColor(214, 39, 40)


class DrawingsStrip(QWidget):
    """Paints as many of the newest drawings as fit, ``cell`` px each."""

    def __init__(self, parent=None, cell: int = 42):
        super().__init__(parent)
        self._cell = cell
        self._images: list[QImage] = []
        self._labels: np.ndarray = np.zeros(0, dtype=np.int64)
        self._before: np.ndarray | None = None
        self._after: np.ndarray | None = None
        self.setMinimumHeight(self._row_height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Your kept drawings, newest on the right, with the digit you gave. "
                                "After fine-tuning, under each: the digit you drew, what the network read "
                                "before fine-tuning, and what it reads now (green frame: read right)."))

    def _row_height(self) -> int:
        return self._cell + 2 * self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, self._row_height())

    def shown_count(self) -> int:
        """How many drawings fit and are painted."""
        per_row = max(1, (self.width() - 4) // (self._cell + 6))
        return min(len(self._images), per_row)

    def count(self) -> int:
        return len(self._images)

    def readings(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(read before, read after) fine-tuning, per drawing, or None when not shown."""
        return None if self._after is None else (self._before.copy(), self._after.copy())

    def set_drawings(self, images: np.ndarray, labels: np.ndarray,
                     before: np.ndarray | None = None, after: np.ndarray | None = None) -> None:
        """images uint8 (n, 28, 28) (ink 255), labels (n,); before/after: (n,) digits read
        before/after fine-tuning, or None."""
        self._images = []
        for image in np.asarray(images, dtype=np.uint8):
            paper = np.ascontiguousarray(255 - image)
            self._images.append(QImage(paper.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy())
        self._labels = np.asarray(labels, dtype=np.int64).copy()
        ok = before is not None and after is not None and len(before) == len(after) == len(self._labels)
        self._before = np.asarray(before).copy() if ok else None
        self._after = np.asarray(after).copy() if ok else None
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        line = self.fontMetrics().height()
        count = self.shown_count()
        if not self._images:
            painter.setPen(QColor(130, 130, 130))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("(your kept drawings will appear here)"))
        start = len(self._images) - count
        for slot, i in enumerate(range(start, len(self._images))):
            x = 2 + slot * (self._cell + 6)
            target = QRectF(x, 2, self._cell, self._cell)
            painter.drawImage(target, self._images[i])
            frame = QColor(150, 150, 150)
            text = str(int(self._labels[i]))
            if self._after is not None:
                frame = RIGHT if self._after[i] == self._labels[i] else WRONG
                text = self.tr("drew {0}\nread {1}, now {2}").format(
                    int(self._labels[i]), int(self._before[i]), int(self._after[i]))
            painter.setPen(QPen(frame, 2))
            painter.drawRect(target.adjusted(-1, -1, 1, 1))
            painter.setPen(QColor(40, 40, 40))
            painter.drawText(QRectF(x - 3, self._cell + 4, self._cell + 6, 2 * line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.end()
