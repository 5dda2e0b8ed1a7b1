"""StepReadout: the current step as numbers, and the next update written out.

    step 12    w = 0.5300    b = 1.4470
    loss = 4.2101    gradient = (-7.8000, -3.9000)
    next step (SGD, lr 0.0100):
      w <- 0.5300 - 0.0100 x (-7.8000) = 0.6080
      b <- ...

For an optimizer other than SGD the update is not -lr * gradient: its own rule is
written out with its state (v, h, m̂, v̂; ``gui.descent.update_equation``). With a
mini-batch both gradients are shown, each named: the full-data one at the point and the
batch one the update uses. The panel passes core's numbers in; this only formats.
"""
from __future__ import annotations

import html
import math

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QSizePolicy

from gui.descent.update_equation import state_notes, update_lines


def fmt(v: float) -> str:
    """4 decimals for ordinary sizes, scientific notation for tiny or huge ones."""
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    a = abs(v)
    if a == 0 or 1e-3 <= a < 1e5:
        return f"{v:.4f}"
    return f"{v:.3e}"


def paren(v: float) -> str:
    """A negative number in parentheses, as in 0.01 x (-7.80)."""
    s = fmt(v)
    return f"({s})" if v < 0 else s


class StepReadout(QLabel):
    """Rich-text readout; ``show_state(...)`` fills it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextFormat(self.textFormat().RichText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        self.setFont(font)
        self.setWordWrap(True)
        self.setMinimumWidth(280)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(self.textInteractionFlags().TextSelectableByMouse)
        self.setToolTip(self.tr("The current point, its loss and gradient, and what the next step will do"))
        self.plain = ""

    def show_state(self, k: int, names, point, loss: float, grad, preview=None,
                   optimizer=None, optimizer_label: str = "", batch_note: str = "", stopped: str = "",
                   loss_note: str = "") -> None:
        """loss_note: a line under the loss (e.g. the book's ½ convention beside the app's MSE); names: the two axis names ('w', 'b'); grad: the full-data gradient at the point;
        preview: a StepRecord of the next step (or None); optimizer: the run's optimizer object;
        stopped: what to say instead of the next step when the run cannot step."""
        a, b = names
        lines = [
            self.tr("step {0}    {1} = {2}    {3} = {4}").format(k, a, fmt(point[0]), b, fmt(point[1])),
            self.tr("loss = {0}").format(fmt(loss)),
        ]
        if loss_note:
            lines.append(loss_note)
        pair = lambda v: f"({fmt(v[0])}, {fmt(v[1])})"  # noqa: E731
        if batch_note and preview is not None:
            lines.append(self.tr("gradient of all the data = {0}").format(pair(grad)))
            lines.append(self.tr("gradient of this batch{0} = {1}").format(batch_note, pair(preview.grad)))
        else:
            lines.append(self.tr("gradient = {0}").format(pair(grad)))
        if preview is None and stopped:
            lines.append(stopped)
        if preview is not None:
            lines.append(self.tr("next step ({0}, lr {1}):").format(optimizer_label, fmt(preview.lr)))
            lines.extend(update_lines(optimizer, (a, b), preview, fmt))
            lines.extend(state_notes(optimizer, preview))
        self.plain = "\n".join(lines)
        self.setText("<br>".join(html.escape(line).replace("  ", "&nbsp;&nbsp;") for line in lines))
