"""A spin box for a learning rate that judges what was typed as a whole.

A plain QDoubleSpinBox drops every keystroke it cannot use, so typing "-1"
leaves "1" and "1e6" leaves "16", and the run silently uses a rate nobody
typed. ``RateSpinBox`` lets anything be typed, also reads scientific notation
("1e-3"), and when editing ends (Enter, or the focus leaves) on text that is
not a number within [minimum, maximum], it keeps the previous value and
emits ``sigRefused(reason)`` (the reason in words, with the value kept) for the
owner to show next to it. Values set from code (sliders, settings) are clamped
to the range as usual.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

MAX_TEXT = 40


class RateSpinBox(QDoubleSpinBox):
    sigRefused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(False)  # no valueChanged for every keystroke of "0.0005"
        self.last_refusal = ""

    # -- reading text -----------------------------------------------------------------
    def _number(self, text: str) -> float | None:
        """The number ``text`` holds (locale or plain Python notation), or None."""
        body = text.strip()
        if self.prefix():
            body = body.removeprefix(self.prefix())
        if self.suffix():
            body = body.removesuffix(self.suffix())
        body = body.strip()
        value, ok = self.locale().toDouble(body)
        if ok:
            return value
        try:
            return float(body)
        except ValueError:
            return None

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt's hook
        if len(text) > MAX_TEXT:
            return QValidator.State.Invalid, text, pos
        value = self._number(text)
        if value is not None and math.isfinite(value) and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos  # judged when editing ends

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's hook
        value = self._number(text)
        return value if value is not None and math.isfinite(value) else self.value()

    def refusal(self, text: str) -> str:
        """Why ``text`` cannot be the rate ("" when it can)."""
        value = self._number(text)
        shown = text.strip()
        if value is None:
            return self.tr("\u201c{0}\u201d is not a number.").format(shown)
        if math.isnan(value):
            return self.tr("NaN is not a learning rate.")
        if value <= 0:
            return self.tr("The learning rate must be greater than 0.")
        if math.isinf(value) or value > self.maximum():
            return self.tr("A learning rate above {0} is refused.").format(f"{self.maximum():g}")
        if value < self.minimum():
            return self.tr("A learning rate below {0} is refused.").format(f"{self.minimum():g}")
        return ""

    # -- when editing ends --------------------------------------------------------------
    def _judge_then(self, handler, event) -> None:
        why = self.refusal(self.lineEdit().text())
        kept = self.value()
        handler(event)  # Qt reverts refused text to the previous value here
        if why:
            self.last_refusal = self.tr("{0} Kept {1}.").format(why, f"{kept:g}")
            self.sigRefused.emit(self.last_refusal)
        else:
            self.last_refusal = ""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._judge_then(super().keyPressEvent, event)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._judge_then(super().focusOutEvent, event)
