"""A scatter plot whose points can be dragged with the mouse."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal


class DraggableScatter(pg.ScatterPlotItem):
    """Press on a point and drag it: emits ``sigPointDragged(index, x, y)`` in
    data coordinates while dragging and ``sigDragFinished(index)`` on release.
    The owner decides where the point goes (it calls ``setData``); a drag that
    does not start on a point is ignored, so the view box may handle it."""

    sigPointDragged = Signal(int, float, float)
    sigDragFinished = Signal(int)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._drag_index: int | None = None
        self._offset = QPointF(0, 0)

    def mouseDragEvent(self, ev):  # noqa: N802 - pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            points = self.pointsAt(ev.buttonDownPos())
            if len(points) == 0:
                ev.ignore()
                return
            self._drag_index = int(points[0].index())
            self._offset = points[0].pos() - ev.buttonDownPos()
        elif self._drag_index is None:
            ev.ignore()
            return
        ev.accept()
        index = self._drag_index
        pos = ev.pos() + self._offset
        self.sigPointDragged.emit(index, float(pos.x()), float(pos.y()))
        if ev.isFinish():
            self._drag_index = None
            self.sigDragFinished.emit(index)
