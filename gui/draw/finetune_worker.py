"""Runs ``core.training.finetune`` off the GUI thread for the Draw tab.

Worker-object pattern (docs/THREADS.md): a parentless QObject moved to a QThread; it
is stopped through a ``threading.Event`` that ``core.training.finetune`` checks every
step, and it emits only immutable results or copies.
"""
from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from core.data.datasets import load_sample
from core.errors import DataError
from core.training.finetune import FineTuneConfig, FineTuneStep, finetune


class FineTuneWorker(QObject):
    """sigProgress(FineTuneStep), then exactly one of sigDone(FineTuneResult) or
    sigFailed(str), then sigFinished()."""

    sigProgress = Signal(object)
    sigDone = Signal(object)
    sigFailed = Signal(str)
    sigFinished = Signal()

    def __init__(self, net, x_own: np.ndarray, y_own: np.ndarray, config: FineTuneConfig):
        super().__init__(None)
        self._net = net.copy()
        self._x = np.array(x_own, dtype=np.float32, copy=True)
        self._y = np.array(y_own, dtype=np.int64, copy=True)
        self._config = config
        self.stop_event = threading.Event()

    def request_stop(self) -> None:
        self.stop_event.set()

    @Slot()
    def run(self) -> None:
        try:
            data = load_sample()
            result = finetune(self._net, self._x, self._y, data.x_train, data.y_train,
                              data.x_test, data.y_test, self._config,
                              should_stop=self.stop_event.is_set,
                              progress=self._on_progress)
            if not self.stop_event.is_set():
                self.sigDone.emit(result)
        except (DataError, ValueError) as exc:
            self.sigFailed.emit(str(exc))
        finally:
            self.sigFinished.emit()

    def _on_progress(self, step: FineTuneStep) -> None:
        self.sigProgress.emit(step)
