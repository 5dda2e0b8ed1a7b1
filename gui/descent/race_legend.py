"""RaceLegend: which colour is which optimizer in a race, with its loss and state."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


class RaceLegend(QWidget):
    """One row per run: colour swatch, name, loss, state. ``set_rows([(color, name, loss, state)])``."""

    MAX_ROWS = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self._rows = []
        for i in range(self.MAX_ROWS):
            swatch, name, loss, state = QLabel(), QLabel(), QLabel(), QLabel()
            loss.setToolTip(self.tr("Loss of this run at its current point"))
            state.setToolTip(self.tr("Whether this run is still moving"))
            for col, w in enumerate((swatch, name, loss, state)):
                grid.addWidget(w, i, col)
            self._rows.append((swatch, name, loss, state))
        grid.setColumnStretch(1, 1)
        self.setToolTip(self.tr("The racing optimizers: each ball and trail has its run's colour"))

    def set_rows(self, rows) -> None:
        rows = list(rows)[: self.MAX_ROWS]
        for i, widgets in enumerate(self._rows):
            visible = i < len(rows)
            for w in widgets:
                w.setVisible(visible)
            if not visible:
                continue
            color, name, loss, state = rows[i]
            pix = QPixmap(14, 14)
            pix.fill(QColor(*color))
            widgets[0].setPixmap(pix)
            widgets[1].setText(name)
            widgets[2].setText(loss)
            widgets[3].setText(state)

    def texts(self) -> list[tuple[str, str, str]]:
        """(name, loss, state) of the visible rows (for tests)."""
        return [(n.text(), l.text(), s.text()) for _, n, l, s in self._rows if not n.isHidden()]
