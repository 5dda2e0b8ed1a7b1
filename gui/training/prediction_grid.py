"""Prediction grid: test digits with the predicted label and its probability.

Green when the prediction is right, red when wrong. Live mode shows a fixed
pool of test digits whose probabilities the training worker sends about once
a second; "Mistakes only" keeps the pool's wrong ones (most confident
first). ``show_selection`` shows any chosen digits instead (the confusion
matrix fills it when a cell is clicked) until "Back to live".

The digits are composed into one image with numpy and drawn as one pixmap,
so a refresh costs the GUI thread little while training runs.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QToolButton, QToolTip, QVBoxLayout, QWidget

from gui.widgets.image_tools import TextStamps, gray_image
from gui.widgets.plot_style import title_label

MIN_CELLS = 32
RIGHT = QColor(20, 130, 50)
WRONG = QColor(200, 30, 30)
UNKNOWN = QColor(90, 90, 90)


class _GridCanvas(QWidget):
    """Paints cells: digit images (n, 784) with (label, predicted, confidence) each."""

    GAP = 4
    TEXT_H = 14

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(8 * 30, 4 * 44)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel: no parent repaint
        self._images = np.zeros((0, 784), np.float32)
        self._labels = np.zeros(0, np.int64)
        self._predicted = None  # (n,) or None
        self._confidence = None
        self._class_names: tuple[str, ...] = tuple(str(i) for i in range(10))
        self._base: QPixmap | None = None
        self._layout = (0, 0, 0)  # side, cols, rows
        self.empty_text = ""
        self._stamps = None  # TextStamps, made at the first paint (needs the widget's font)
        self.setMouseTracking(True)

    def set_cells(self, images, labels, predicted=None, confidence=None, class_names=None):
        self._images = np.asarray(images, dtype=np.float32).reshape(-1, 784)
        self._labels = np.asarray(labels, dtype=np.int64)
        self._predicted = None if predicted is None else np.asarray(predicted, dtype=np.int64)
        self._confidence = None if confidence is None else np.asarray(confidence, dtype=np.float32)
        if class_names is not None:
            self._class_names = tuple(class_names)
        self._base = None
        self.update()

    def set_predictions(self, predicted, confidence):
        """New predictions for the same digits: only the labels are redrawn."""
        self._predicted = np.asarray(predicted, dtype=np.int64)
        self._confidence = np.asarray(confidence, dtype=np.float32)
        self.update()

    def capacity(self) -> int:
        side, cols, rows = self._fit()
        return cols * rows

    def visible_count(self) -> int:
        return min(self.capacity(), len(self._labels))

    def _fit(self) -> tuple[int, int, int]:
        """The largest digit side (px) at which at least MIN_CELLS cells fit the widget."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        best = (20, max(1, w // (20 + self.GAP)), max(1, h // (20 + self.GAP + self.TEXT_H)))
        for side in range(20, 57, 2):
            cols = w // (side + self.GAP)
            rows = h // (side + self.GAP + self.TEXT_H)
            if cols * rows >= MIN_CELLS:
                best = (side, cols, rows)
        return best

    def _cell_rect(self, k: int) -> QRect:
        side, cols, _ = self._layout
        r, c = divmod(k, cols)
        return QRect(c * (side + self.GAP), r * (side + self.GAP + self.TEXT_H), side, side)

    def _make_base(self) -> None:
        side, cols, rows = self._layout = self._fit()
        n = min(cols * rows, len(self._labels))
        cw, ch = side + self.GAP, side + self.GAP + self.TEXT_H
        canvas = np.zeros((rows * ch, cols * cw), np.float32)  # 0 = white after gray_image
        if n:
            idx = np.arange(side) * 28 // side
            digits = self._images[:n].reshape(n, 28, 28)[:, idx][:, :, idx]
            for k in range(n):
                r, c = divmod(k, cols)
                canvas[r * ch: r * ch + side, c * cw: c * cw + side] = digits[k]
        self._base = QPixmap.fromImage(gray_image(canvas))

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if self._base is None or self._layout != self._fit():
            self._make_base()
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.drawPixmap(0, 0, self._base)
        n = self.visible_count()
        if n == 0:
            painter.setPen(UNKNOWN)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()
            return
        if self._stamps is None:
            font = QFont(self.font())
            font.setPixelSize(11)
            self._stamps = TextStamps(font)
        side = self._layout[0]
        for k in range(n):
            rect = self._cell_rect(k)
            text_rect = QRect(rect.left() - 2, rect.bottom() + 1, side + 4, self.TEXT_H)
            if self._predicted is None:
                self._stamps.draw(painter, text_rect, "?", UNKNOWN)
                continue
            caption, true = self.cell_text(k)
            color = WRONG if true else RIGHT
            painter.setPen(color)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            self._stamps.draw(painter, text_rect, caption, color)
            if true:   # a wrong one: its true label in the digit's top-right corner, boxed
                w = min(rect.width() - 2, self._stamps.metrics.horizontalAdvance(true) + 4)
                corner = QRect(rect.right() - w, rect.top() + 1, w, self.TEXT_H - 1)
                painter.fillRect(corner, Qt.GlobalColor.white)
                painter.drawRect(corner.adjusted(0, 0, -1, -1))
                self._stamps.draw(painter, corner, true, RIGHT)
        painter.end()

    def cell_text(self, k: int) -> tuple[str, str]:
        """What cell ``k`` says: the caption under it ("8 97%": predicted label, its probability)
        and, when the prediction is wrong, the true label drawn in the digit's corner ("" when right)."""
        pred = int(self._predicted[k])
        caption = f"{self._class_names[pred][:6]} {100 * float(self._confidence[k]):.0f}%"
        true = int(self._labels[k])
        return caption, ("" if pred == true else self._class_names[true][:6])

    def cell_at(self, pos) -> int | None:
        for k in range(self.visible_count()):
            rect = self._cell_rect(k)
            if rect.adjusted(0, 0, 0, self.TEXT_H).contains(pos):
                return k
        return None

    def event(self, event):
        if event.type() == event.Type.ToolTip:
            k = self.cell_at(event.pos())
            if k is not None:
                true = self._class_names[self._labels[k]]
                if self._predicted is None:
                    text = self.tr("True: {0}").format(true)
                else:
                    text = self.tr("True: {0}\nPredicted: {1} ({2:.1f} %)").format(
                        true, self._class_names[self._predicted[k]], 100 * float(self._confidence[k]))
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def sizeHint(self):  # noqa: N802 - Qt's name
        return QSize(8 * 40, 4 * 58)


class PredictionGrid(QWidget):
    """Live predictions on a fixed pool of test digits, or a chosen selection."""

    sigModeChanged = Signal(str)  # "live" or "selection"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = title_label(self.tr("Predictions on test digits"))
        self.mistakes = QCheckBox(self.tr("Mistakes only"))
        self.mistakes.setObjectName("training.grid_mistakes_only")
        self.mistakes.setToolTip(self.tr("Show only the digits the network gets wrong, most confident mistakes first"))
        self.mistakes.toggled.connect(self._on_mistakes_toggled)
        self.live_button = QToolButton()
        self.live_button.setText(self.tr("Back to live"))
        self.live_button.setToolTip(self.tr("Show the live predictions again"))
        self.live_button.clicked.connect(self.show_live)
        self.live_button.hide()
        self.canvas = _GridCanvas()
        self.canvas.setToolTip(self.tr("Under each digit: the predicted label and its probability. Green: right; red: wrong, "
                                       "with the true label in the digit's top-right corner (green). "
                                       "Hover a digit for both."))
        self.canvas.empty_text = self.tr("No digits to show yet.")

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.live_button)
        header.addWidget(self.mistakes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.canvas, 1)

        self.mode = "live"
        self._pool_images = np.zeros((0, 784), np.float32)
        self._pool_labels = np.zeros(0, np.int64)
        self._pool_probs: np.ndarray | None = None
        self._class_names: tuple[str, ...] = tuple(str(i) for i in range(10))
        self._shown: np.ndarray = np.zeros(0, np.int64)  # pool indices shown in live mode
        self.refresh_count = 0  # live refreshes drawn (tests and the latency bench read it)

    # -- live pool --------------------------------------------------------------
    def set_pool(self, images: np.ndarray, labels: np.ndarray, class_names=None) -> None:
        """images: (n, 784) floats in [0, 1]; labels: (n,) ints. Predictions are cleared."""
        self._pool_images = np.asarray(images, dtype=np.float32).reshape(-1, 784)
        self._pool_labels = np.asarray(labels, dtype=np.int64)
        if class_names is not None:
            self._class_names = tuple(class_names)
        self._pool_probs = None
        if self.mode == "live":
            self._show_pool(force=True)

    def set_probabilities(self, probabilities: np.ndarray) -> None:
        """probabilities: (n, 10) for the pool, as the worker's Preview carries them."""
        probabilities = np.asarray(probabilities)
        if probabilities.shape[0] != len(self._pool_labels):
            return
        self._pool_probs = probabilities
        self.refresh_count += 1
        if self.mode == "live":
            self._show_pool()

    def _show_pool(self, force: bool = False) -> None:
        probs = self._pool_probs
        if probs is None:
            shown = np.arange(len(self._pool_labels)) if not self.mistakes.isChecked() else np.zeros(0, np.int64)
            self.canvas.set_cells(self._pool_images[shown], self._pool_labels[shown], class_names=self._class_names)
            self._shown = shown
            return
        predicted = probs.argmax(axis=1)
        confidence = probs[np.arange(len(predicted)), predicted]
        if self.mistakes.isChecked():
            wrong = np.flatnonzero(predicted != self._pool_labels)
            shown = wrong[np.argsort(-confidence[wrong], kind="stable")]
        else:
            shown = np.arange(len(self._pool_labels))
        if force or not np.array_equal(shown, self._shown):
            self.canvas.set_cells(self._pool_images[shown], self._pool_labels[shown],
                                  predicted[shown], confidence[shown], self._class_names)
            self._shown = shown
        else:
            self.canvas.set_predictions(predicted[shown], confidence[shown])

    # -- a chosen selection ---------------------------------------------------------
    def show_selection(self, images, labels, predicted, confidence, title: str) -> None:
        """Show these digits (e.g. one confusion-matrix cell) until show_live()."""
        self.mode = "selection"
        self.title.setText(title)
        self.title.setToolTip(title)
        self.live_button.show()
        self.mistakes.hide()  # it filters the live pool only; its room goes to the title
        self.canvas.empty_text = self.tr("No test digits in this cell.")
        self.canvas.set_cells(images, labels, predicted, confidence, self._class_names)
        self._shown = np.zeros(0, np.int64)
        self.sigModeChanged.emit(self.mode)

    def show_live(self) -> None:
        self.mode = "live"
        self.title.setText(self.tr("Predictions on test digits"))
        self.title.setToolTip("")
        self.live_button.hide()
        self.mistakes.show()
        self.canvas.empty_text = self.tr("No digits to show yet.")
        self._show_pool(force=True)
        self.sigModeChanged.emit(self.mode)

    def _on_mistakes_toggled(self, checked: bool) -> None:
        self.canvas.empty_text = (self.tr("No mistakes among these digits.") if checked
                                  else self.tr("No digits to show yet."))
        if self.mode == "live":
            self._show_pool(force=True)

    # -- for tests ---------------------------------------------------------------
    def shown_cells(self) -> list[tuple[int, int | None, float | None]]:
        """(true label, predicted or None, confidence or None) of every visible cell."""
        c = self.canvas
        n = c.visible_count()
        out = []
        for k in range(n):
            if c._predicted is None:
                out.append((int(c._labels[k]), None, None))
            else:
                out.append((int(c._labels[k]), int(c._predicted[k]), float(c._confidence[k])))
        return out
