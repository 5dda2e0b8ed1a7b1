"""StepReadout: the current step as numbers, and the next update written out.

    step 12    w = 0.5300    b = 1.4470
    loss = 4.2101    gradient = (-7.8000, -3.9000)
    next step (SGD, lr 0.0100):
      w <- 0.5300 - 0.0100 x (-7.8000) = 0.6080
      b <- ...

For an optimizer other than SGD the update is not -lr * gradient, so it is
written as ``w <- w + step``. The panel passes core's numbers in; this only formats.
"""
from __future__ import annotations

import html
import math

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QSizePolicy


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
                   optimizer: str = "", is_sgd: bool = True, batch_note: str = "", stopped: str = "") -> None:
        """names: the two axis names ('w', 'b'); preview: a StepRecord of the next step (or None);
        stopped: what to say instead of the next step when the run cannot step."""
        a, b = names
        lines = [
            self.tr("step {0}    {1} = {2}    {3} = {4}").format(k, a, fmt(point[0]), b, fmt(point[1])),
            self.tr("loss = {0}").format(fmt(loss)),
            self.tr("gradient = ({0}, {1})").format(fmt(grad[0]), fmt(grad[1])),
        ]
        if preview is None and stopped:
            lines.append(stopped)
        if preview is not None:
            lines.append(self.tr("next step ({0}, lr {1}){2}:").format(optimizer, fmt(preview.lr), batch_note))
            for i, name in enumerate((a, b)):
                old, new, g = preview.before[i], preview.after[i], preview.grad[i]
                if is_sgd:
                    lines.append(f"  {name} ← {fmt(old)} − {fmt(preview.lr)} × {paren(g)} = {fmt(new)}")
                else:
                    lines.append(f"  {name} ← {fmt(old)} + {paren(new - old)} = {fmt(new)}")
            if not is_sgd:
                lines.append(self.tr("  ({0} builds its step from this gradient {1} and its memory of earlier ones)")
                             .format(optimizer, f"({fmt(preview.grad[0])}, {fmt(preview.grad[1])})"))
        self.plain = "\n".join(lines)
        self.setText("<br>".join(html.escape(line).replace("  ", "&nbsp;&nbsp;") for line in lines))
