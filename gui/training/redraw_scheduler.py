"""Coalesced redraws: worker signals mark views dirty; a timer redraws them a few times a second.

Each view is registered with a draw function and a minimum gap between two
redraws while training. Every tick (50 ms) draws at most ONE dirty view: of
those that waited their gap, the one drawn longest ago, so none starves and
no tick blocks the GUI thread for long (two small draws in one go already
made a 5 ms timer late by 3 ms here). When not busy (paused, idle) gaps are
ignored, so a single step shows at once. Nothing is drawn while the owner is
hidden; the views stay dirty until it shows again.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QTimer


@dataclass
class _View:
    draw: Callable[[], None]
    min_gap: float
    drawn_at: float = 0.0


class RedrawScheduler(QObject):
    def __init__(self, parent, is_busy: Callable[[], bool], is_visible: Callable[[], bool],
                 interval_ms: int = 50, before_draw: Callable[[], None] | None = None,
                 after_paint: Callable[[], None] | None = None):
        """before_draw / after_paint: called around a tick that draws (after_paint from a
        zero timer, which Qt runs after the paint events the draw posted)."""
        super().__init__(parent)
        self._before_draw = before_draw
        self._after_paint = after_paint
        self._views: dict[str, _View] = {}
        self._dirty: set[str] = set()
        self._is_busy = is_busy
        self._is_visible = is_visible
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def add(self, name: str, draw: Callable[[], None], min_gap: float) -> None:
        """Register a view; registration order breaks ties."""
        self._views[name] = _View(draw, float(min_gap))

    def mark(self, *names: str) -> None:
        """These views have new data; they are drawn on a coming tick."""
        self._dirty.update(names)
        if not self._timer.isActive():
            self._timer.start()

    @property
    def dirty(self) -> set[str]:
        return set(self._dirty)

    def tick(self) -> None:
        if not self._dirty:
            self._timer.stop()
            return
        if not self._is_visible():
            return
        now = time.perf_counter()
        busy = self._is_busy()

        def ready(name: str) -> bool:
            return name in self._dirty and (not busy or now - self._views[name].drawn_at >= self._views[name].min_gap)

        waiting = [n for n in self._views if ready(n)]
        if not waiting:
            return
        if self._before_draw is not None:
            self._before_draw()
        self._draw(min(waiting, key=lambda n: self._views[n].drawn_at), now)
        if self._after_paint is not None:
            QTimer.singleShot(0, self._after_paint)

    def flush(self) -> None:
        """Draw every dirty view now (a run ended, or the owner became visible)."""
        now = time.perf_counter()
        for name in list(self._views):
            if name in self._dirty:
                self._draw(name, now)

    def resume(self) -> None:
        """Restart the timer if views are waiting (e.g. when the owner is shown again)."""
        if self._dirty:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _draw(self, name: str, now: float) -> None:
        self._dirty.discard(name)
        self._views[name].drawn_at = now
        self._views[name].draw()
