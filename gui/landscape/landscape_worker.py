"""Runs ``core.landscape.landscape.compute_landscape`` off the GUI thread for the Landscape tab.

Worker-object pattern (NOTES.md): a parentless QObject moved to a QThread.
The core job is a generator of Progress items ending with one Landscape; the
worker checks a ``threading.Event`` between items (one grid row each), so
Cancel takes effect within one row. It owns copies of the network and the
trajectory list, and emits only objects it never touches again.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from core.landscape.landscape import Landscape, LandscapeSpec, Progress, compute_landscape


class LandscapeWorker(QObject):
    """sigProgress(done, total, stage) per row, then sigDone(Landscape) or sigFailed(str)
    (nothing when cancelled), then sigFinished()."""

    sigProgress = Signal(int, int, str)
    sigDone = Signal(object)
    sigFailed = Signal(object)  # the exception: the panel words it in the UI language
    sigFinished = Signal()

    def __init__(self, spec: LandscapeSpec, net, x, t, trajectory=None):
        super().__init__(None)
        self.spec = spec
        self._net = net.copy()
        self._x, self._t = x, t                    # read-only data set arrays
        self._trajectory = list(trajectory or [])  # the snapshots are never changed after they are taken
        self.stop_event = threading.Event()
        self.cancelled = False

    def request_stop(self) -> None:
        self.stop_event.set()

    @Slot()
    def run(self) -> None:
        try:
            for item in compute_landscape(self.spec, self._net, self._x, self._t, self._trajectory):
                if self.stop_event.is_set():
                    self.cancelled = True
                    return
                if isinstance(item, Progress):
                    self.sigProgress.emit(item.done, item.total, item.stage)
                elif isinstance(item, Landscape):
                    self.sigDone.emit(item)
        except ValueError as exc:
            self.sigFailed.emit(exc)
        except MemoryError:
            self.sigFailed.emit(MemoryError())
        finally:
            self.sigFinished.emit()
