"""Runs ``core.training.finetune`` off the GUI thread for the Draw tab.

A ``Worker`` job (gui/widgets/worker_thread.py; docs/THREADS.md): it is stopped through
its ``stop_event``, which ``core.training.finetune`` checks every step, and it emits only
immutable results or copies.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal

from core.data.datasets import load_sample
from core.errors import DataError
from core.training.finetune import FineTuneConfig, FineTuneStep, finetune
from gui.widgets.worker_thread import Worker


class FineTuneWorker(Worker):
    """sigProgress(FineTuneStep), then exactly one of sigDone(FineTuneResult) or
    sigFailed(str) (neither when stopped), then sigFinished()."""

    sigProgress = Signal(object)
    sigFailed = Signal(str)
    expected_errors = (DataError, ValueError)

    def __init__(self, net, x_own: np.ndarray, y_own: np.ndarray, config: FineTuneConfig):
        super().__init__()
        self._net = net.copy()
        self._x = np.array(x_own, dtype=np.float32, copy=True)
        self._y = np.array(y_own, dtype=np.int64, copy=True)
        self._config = config

    def failure(self, exc: BaseException) -> str:
        return str(exc)

    def work(self):
        data = load_sample()
        return finetune(self._net, self._x, self._y, data.x_train, data.y_train, data.x_test, data.y_test,
                        self._config, should_stop=self.should_stop, progress=self._on_progress)

    def _on_progress(self, step: FineTuneStep) -> None:
        self.sigProgress.emit(step)
