"""The training worker: runs core.training.training.Trainer.run() in a QThread and emits copies.

Wiring (docs/THREADS.md): the worker has no parent, is moved to a QThread, and its
``run`` slot starts on ``QThread.started``. Controls are thread-safe plain
calls from the GUI thread (``request_stop``, ``pause``, ``resume``,
``request_step``, ``set_lr``, ``set_schedule``); they set ``threading.Event``s
that the loop checks between batches, because a queued slot would never run
while the loop is busy.

What it emits (never live arrays; the engine's results are frozen dataclasses):
- ``sigSteps(tuple[StepResult, ...])``: the batches since the last emit, at
  most ``max_rate`` times a second (and at once after a single step),
- ``sigPreview(Preview)``: the class probabilities of a fixed pool of test
  digits and a copy of some first-layer weights, every ``preview_interval`` s,
- ``sigEpoch(EpochReport)``: an EpochResult and copies of the network,
- ``sigDone(RunReport)``: the RunEnd and copies of the final network,
- ``sigFailed(str)``: an unexpected error, in one line;
then ``sigFinished``.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from core.training.training import EpochResult, RunEnd, StepResult


@dataclass(frozen=True)
class Preview:
    """probabilities: (n_pool, 10) float32, for the worker's preview pool;
    first_layer: (k, 784) float32, W1[:, :k].T (one row per hidden unit)."""

    iteration: int
    probabilities: np.ndarray
    first_layer: np.ndarray


@dataclass(frozen=True)
class EpochReport:
    """model: an MLP copy of the weights at the end of the epoch, for the panel;
    shared: a second copy, for the panel to hand to others (sigModelChanged).
    Both are made here, in the worker thread: a copy costs ~10 ms of GUI time otherwise."""

    result: EpochResult
    model: object
    shared: object


@dataclass(frozen=True)
class RunReport:
    """model / shared: two MLP copies of the final (last finite) weights, as in EpochReport."""

    end: RunEnd
    model: object
    shared: object


class TrainingWorker(QObject):
    sigSteps = Signal(object)
    sigPreview = Signal(object)
    sigEpoch = Signal(object)
    sigDone = Signal(object)      # the RunReport when the run has ended
    sigFailed = Signal(str)
    sigFinished = Signal()        # always last (the names every worker has: gui/widgets/worker_thread.py)

    #: how long the paused loop sleeps between looks at its events (s)
    POLL = 0.02
    #: the longest a hold() keeps the loop waiting (s)
    MAX_HOLD = 0.05

    def __init__(self, trainer, preview_x: np.ndarray, *, start_paused: bool = False,
                 max_rate: float = 30.0, preview_interval: float = 0.5, weight_units: int = 32):
        super().__init__()  # no parent: it is moved to its own thread
        self.trainer = trainer
        self._preview_x = np.ascontiguousarray(preview_x, dtype=np.float32)
        self._min_gap = 1.0 / max_rate
        self._preview_interval = float(preview_interval)
        self._weight_units = int(weight_units)
        self._stop = threading.Event()
        self._running = threading.Event()  # set = not paused
        self._step = threading.Event()
        self._wake = threading.Event()
        self._gui_idle = threading.Event()  # cleared while the GUI thread draws
        self._gui_idle.set()
        if not start_paused:
            self._running.set()

    # -- controls, called from the GUI thread ---------------------------------
    def request_stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._gui_idle.set()  # a loop waiting out a hold() stops at once

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    def request_step(self) -> None:
        """Run exactly one more batch while paused."""
        self._step.set()
        self._wake.set()

    def hold(self) -> None:
        """The GUI thread is about to draw: wait between batches until ``release()``.
        Python code of the two threads shares one GIL; a draw runs about twice as fast
        when the training loop is not competing for it, and training loses only the
        few ms a second that drawing takes."""
        self._gui_idle.clear()

    def release(self) -> None:
        self._gui_idle.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def set_lr(self, lr: float) -> None:
        self.trainer.set_lr(float(lr))

    def set_schedule(self, name: str) -> None:
        self.trainer.set_schedule(name)

    # -- the loop, in the worker thread -----------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            self._loop()
        except Exception as exc:  # noqa: BLE001 - reported to the panel, the thread ends cleanly
            self.sigFailed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.sigFinished.emit()

    def _loop(self) -> None:
        gen = self.trainer.run(should_stop=self._stop.is_set)
        pending: list = []
        last_emit = 0.0
        last_preview = -1e9
        stepping = False
        try:
            while True:
                if not self._running.is_set() and not stepping and not self._stop.is_set():
                    if pending:
                        self.sigSteps.emit(tuple(pending))
                        pending = []
                    if self._step.is_set():
                        self._step.clear()
                        stepping = True
                    else:
                        self._wake.wait(self.POLL)
                        self._wake.clear()
                        continue
                if not self._gui_idle.is_set() and not self._stop.is_set():
                    self._gui_idle.wait(self.MAX_HOLD)  # never longer: the GUI may forget
                try:
                    item = next(gen)
                except StopIteration:
                    break
                now = time.perf_counter()
                if isinstance(item, StepResult):
                    pending.append(item)
                    if stepping or now - last_emit >= self._min_gap:
                        self.sigSteps.emit(tuple(pending))
                        pending = []
                        last_emit = now
                    if stepping or now - last_preview >= self._preview_interval:
                        self._emit_preview(item.iteration)
                        last_preview = now
                    stepping = False
                elif isinstance(item, EpochResult):
                    if pending:
                        self.sigSteps.emit(tuple(pending))
                        pending = []
                    net = self.trainer.net
                    self.sigEpoch.emit(EpochReport(item, net.copy(), net.copy()))
                elif isinstance(item, RunEnd):
                    if pending:
                        self.sigSteps.emit(tuple(pending))
                        pending = []
                    self._emit_preview(item.iteration)
                    net = self.trainer.net
                    self.sigDone.emit(RunReport(item, net.copy(), net.copy()))
                    break
        finally:
            gen.close()

    def _emit_preview(self, iteration: int) -> None:
        net = self.trainer.net
        probabilities = np.array(net.predict(self._preview_x), dtype=np.float32, copy=True)
        w1 = net.params["W1"]
        units = min(self._weight_units, w1.shape[1])
        first_layer = np.array(w1[:, :units].T, dtype=np.float32, copy=True)
        self.sigPreview.emit(Preview(int(iteration), probabilities, first_layer))
