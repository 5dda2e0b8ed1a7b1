"""Runs ``core.landscape.landscape.compute_landscape`` off the GUI thread for the Landscape tab.

A ``Worker`` job (gui/widgets/worker_thread.py; docs/THREADS.md). The core job is a
generator of Progress items ending with one Landscape; the worker checks its stop
request between items (one grid row each), and the core checks it inside the long
"directions" stage too, so Cancel takes effect within one row or one snapshot. It
owns copies of the network and the trajectory list, and emits only objects it never
touches again.
"""
from __future__ import annotations

from PySide6.QtCore import Signal

from core.landscape.landscape import Landscape, LandscapeSpec, Progress, compute_landscape
from gui.widgets.worker_thread import Worker


class LandscapeWorker(Worker):
    """sigProgress(done, total, stage) per row, then sigDone(Landscape) or sigFailed(exc)
    (nothing when cancelled), then sigFinished(). ``sigFailed`` carries the exception (a
    ValueError with a ``kind``, or MemoryError): the panel words it in the UI language."""

    sigProgress = Signal(int, int, str)
    expected_errors = (ValueError, MemoryError)

    def __init__(self, spec: LandscapeSpec, net, x, t, trajectory=None):
        super().__init__()
        self.spec = spec
        self._net = net.copy()
        self._x, self._t = x, t                    # read-only data set arrays
        self._trajectory = list(trajectory or [])  # the snapshots are never changed after they are taken

    def failure(self, exc: BaseException):
        return MemoryError() if isinstance(exc, MemoryError) else exc  # drop the big traceback frames

    def work(self):
        result = None
        for item in compute_landscape(self.spec, self._net, self._x, self._t, self._trajectory,
                                      should_stop=self.should_stop):
            if self.should_stop():
                return None
            if isinstance(item, Progress):
                self.sigProgress.emit(item.done, item.total, item.stage)
            elif isinstance(item, Landscape):
                result = item
        return result
