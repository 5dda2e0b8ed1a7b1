"""The learning-rate input: one widget, one validator, for every tab.

``LrInput(name, use)`` is a number box (``RateSpinBox``), optionally with a log-scale
slider beside it, and a ``MessageLine`` under it that says why a typed rate was refused.
The range comes from ``RATE_RANGES[use]`` (one table for the app):

- "descent": 1e-4 to 10, the Descent lab's surfaces (``core.descent.lr_sweep.LR_MIN/LR_MAX``,
  which its sweep and scenes use too);
- "training": 1e-5 to 100, MNIST training (10 and more already diverge: the range lets a
  learner see that happen);
- "landscape": 1e-4 to 1000, the two-weight descent, whose suggested rate
  (``WeightPairSurface.suggested_lr``) goes up to 1e3 on very flat weights.

The validator (``RateSpinBox``): a plain QDoubleSpinBox drops every keystroke it cannot
use, so typing "-1" leaves "1" and "1e6" leaves "16", and the run silently uses a rate
nobody typed. This box lets anything be typed, also reads scientific notation ("1e-3"),
and when editing ends (Enter, or the focus leaves) on text that is not a number within
[minimum, maximum], it keeps the previous value and emits ``sigRefused(reason)`` (the
reason in words, with the value kept). Values set from code (sliders, settings) are
clamped to the range as usual.

Signals of ``LrInput``: ``sigChanged(float)`` for every new rate in use (typed, slid or
set with ``set_value(v)``; ``set_value(v, emit=False)`` is silent), ``sigRefused(str)``.
The number box carries the objectName ``name`` (e.g. "landscape.lr"), so settings and
scenes keep it; the slider follows the box and is not saved itself.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QVBoxLayout, QWidget

from core.descent.lr_sweep import LR_MAX, LR_MIN
from core.state.tab_states import LANDSCAPE_LR, TRAINING_LR
from gui.widgets.message_line import MessageLine

MAX_TEXT = 40
#: use -> (smallest, largest) rate accepted (see the module docstring for why each)
RATE_RANGES = {"descent": (LR_MIN, LR_MAX), "training": TRAINING_LR, "landscape": LANDSCAPE_LR}
#: slider ticks per factor of 10 of the rate
TICKS_PER_DECADE = 20


class RateSpinBox(QDoubleSpinBox):
    """The number box of a learning rate, with the one validator (see the module docstring).

    Typed text is judged as a whole when editing ends: a number (locale or plain Python
    notation, also "1e-3") within [minimum, maximum] is taken; anything else keeps the
    previous value and emits ``sigRefused(reason)``. Values set from code are clamped.
    """

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

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's hook
        """The rate in at most 6 significant digits without trailing zeros ("0.002", not "0.00200")."""
        return self.locale().toString(float(value), "g", 6)

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



class LrInput(QWidget):
    """A learning-rate box (+ optional log slider) and the line that says why a rate was refused."""

    sigChanged = Signal(float)
    sigRefused = Signal(str)

    def __init__(self, name: str, use: str = "descent", value: float | None = None, slider: bool = False,
                 decimals: int = 5, tooltip: str = "", parent=None):
        super().__init__(parent)
        lo, hi = RATE_RANGES[use]
        self.box = RateSpinBox()
        self.box.setObjectName(name)
        self.box.setDecimals(decimals)
        self.box.setRange(lo, hi)
        self.box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.box.setValue(lo if value is None else value)
        if tooltip:
            self.box.setToolTip(tooltip)
        self.slider: QSlider | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if slider:
            self.slider = QSlider(Qt.Orientation.Horizontal)
            self.slider.setObjectName(f"{name}_slider")
            self.slider.setProperty("persist", False)  # it follows the box, which is saved
            self.slider.setRange(self._tick(lo), self._tick(hi))
            self.slider.setToolTip(self.tr("Learning rate on a log scale, from {0:g} to {1:g}").format(lo, hi))
            self.slider.setValue(self._tick(self.box.value()))
            self.slider.valueChanged.connect(self._on_slider)
            row.addWidget(self.slider, 1)
        row.addWidget(self.box, 0 if slider else 1)
        self.message = MessageLine()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.box.valueChanged.connect(self._on_box)
        self.box.sigRefused.connect(self._on_refused)

    # -- reading and setting ------------------------------------------------------------
    def value(self) -> float:
        return float(self.box.value())

    def set_value(self, value: float, emit: bool = True) -> None:
        """Use ``value`` (clamped to the range); ``emit=False``: no sigChanged."""
        self.box.blockSignals(not emit)
        self.box.setValue(float(value))
        self.box.blockSignals(False)
        if not emit:
            self._sync_slider(self.box.value())
        self.message.clear_message()

    def range(self) -> tuple[float, float]:
        return float(self.box.minimum()), float(self.box.maximum())

    # -- internals ------------------------------------------------------------------------
    @staticmethod
    def _tick(value: float) -> int:
        return round(math.log10(value) * TICKS_PER_DECADE)

    def _sync_slider(self, value: float) -> None:
        if self.slider is not None and self._tick(value) != self.slider.value():
            self.slider.blockSignals(True)
            self.slider.setValue(self._tick(value))
            self.slider.blockSignals(False)

    def _on_box(self, value: float) -> None:
        self.message.clear_message()
        self._sync_slider(value)
        self.sigChanged.emit(float(value))

    def _on_slider(self, tick: int) -> None:
        self.box.setValue(float(f"{10.0 ** (tick / TICKS_PER_DECADE):.2g}"))

    def _on_refused(self, reason: str) -> None:
        self.message.show_message(reason, "error")
        self.sigRefused.emit(reason)
