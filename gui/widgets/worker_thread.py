"""The one place where a background job gets its QThread (see docs/THREADS.md).

How to run a job
----------------
1. Write the job as a ``Worker`` subclass: put the work in ``work()``, check
   ``self.should_stop()`` between small pieces (one batch, one grid row, one chunk) and
   emit ``sigProgress`` as you go. Whatever ``work()`` returns is emitted as
   ``sigDone(result)``; an exception of ``expected_errors`` is emitted as
   ``sigFailed(exc)`` (``failure(exc)`` may turn it into something else, e.g. a message);
   a job that saw the stop request before its end emits neither (``cancelled`` is True).
   ``sigFinished()`` always comes last. Emit copies or immutable objects only::

       class SumWorker(Worker):
           sigProgress = Signal(int, int)          # a subclass may give sigProgress its own arguments

           def __init__(self, values):
               super().__init__()
               self.values = list(values)          # the worker's own copy

           def work(self):
               total = 0
               for i, v in enumerate(self.values):
                   if self.should_stop():
                       return None                 # cancelled: no sigDone
                   total += v
                   self.sigProgress.emit(i + 1, len(self.values))
               return total

2. Own one ``WorkerThread`` per kind of job (a panel attribute, made once) and start
   workers on it, naming the slots (bound ``@Slot`` methods of a QObject, which then run
   in the GUI thread)::

       self.jobs = WorkerThread("sum-worker", parent=self)
       self.jobs.sigEnded.connect(self._on_job_ended)      # after the thread has ended
       ...
       self.jobs.start(SumWorker(values), progress=self._on_progress,
                       done=self._on_done, failed=self._on_failed)

   ``start()`` returns False while a job is still running (one job at a time).
   ``request_stop()`` asks the worker to stop and returns at once (a Cancel button);
   ``stop()`` asks, then quits and joins the thread, delivers the worker's last queued
   signals to the named slots, and returns True when the thread is gone. Call ``stop()``
   from the owner's ``shutdown()`` / ``closeEvent``: a QThread destroyed while running
   aborts the process. A thread that does not end within ``join_ms`` is *abandoned*:
   its signals are disconnected and it is kept referenced in this module (never
   destroyed while running); ``stop()`` then returns False.

Signals of every worker: ``sigProgress(...)``, ``sigDone(object)``, ``sigFailed(object)``,
``sigFinished()``; jobs with more to say (training) add their own signals and connect
them through ``start(..., extra={"sigEpoch": self._on_epoch})``.

The wiring follows the worker-object pattern: worker without parent -> ``moveToThread``
-> connect -> ``start()``; the worker is never ``deleteLater``-ed (that deadlocked, see
docs/THREADS.md): the GUI thread drops the last reference after ``wait()``.
"""
from __future__ import annotations

import sys
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

#: how long stop() waits for a thread before abandoning it (a blocked socket read ends in 10 s)
JOIN_MS = 15_000

#: (thread, worker) pairs that did not end when asked; referenced so they are never destroyed
#: running. Tests fail when one is still running (tests/conftest.py).
_ABANDONED: list = []
#: every thread started here that may still run (tests/conftest.py checks them after each test)
_STARTED: "weakref.WeakSet[QThread]" = weakref.WeakSet()


class Worker(QObject):
    """Base class of every background job (see the module docstring for how to write one).

    Attributes: ``stop_event`` (a ``threading.Event``, set by ``request_stop()``) and
    ``cancelled`` (True when the job saw the stop request before its end).
    """

    sigProgress = Signal(object)
    sigDone = Signal(object)
    sigFailed = Signal(object)
    sigFinished = Signal()

    #: exceptions that become sigFailed; any other exception is a bug and propagates
    #: (the error hook shows it) after sigFinished
    expected_errors: tuple = (Exception,)

    def __init__(self):
        super().__init__(None)  # no parent: it is moved to its own thread
        self.stop_event = threading.Event()
        self.cancelled = False

    # -- called from any thread --------------------------------------------
    def request_stop(self) -> None:
        """Ask the job to stop at its next ``should_stop()`` check (returns at once)."""
        self.stop_event.set()

    def should_stop(self) -> bool:
        """True once ``request_stop()`` was called, or the thread was asked to end with
        ``QThread.requestInterruption()`` (what the tests' leftover-thread check does)."""
        if self.stop_event.is_set():
            return True
        thread = self.thread()
        return thread is not None and thread.isInterruptionRequested()

    # -- to write in a subclass ---------------------------------------------
    def work(self):
        """The job; runs in the worker thread. Returns the result for ``sigDone``."""
        raise NotImplementedError

    def failure(self, exc: BaseException):
        """What ``sigFailed`` carries for an expected exception (default: the exception)."""
        return exc

    # -- the thread's entry point ---------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
            if self.should_stop():
                self.cancelled = True
            else:
                self.sigDone.emit(result)
        except self.expected_errors as exc:  # noqa: BLE001 - shown to the user; the app keeps running
            self.sigFailed.emit(self.failure(exc))
        finally:
            self.sigFinished.emit()


class WorkerThread(QObject):
    """Runs one worker at a time in a new QThread named ``name``; see the module docstring.

    Signals (GUI thread): ``sigActive(bool)`` when a job starts and when its thread has
    ended; ``sigEnded(worker)`` after the thread has ended and been joined (read
    ``worker.cancelled`` there), also when ``stop()`` joined it.
    """

    sigActive = Signal(bool)
    sigEnded = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None, join_ms: int = JOIN_MS):
        super().__init__(parent)
        self.name = name
        self.join_ms = int(join_ms)
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        self._links: list = []  # (signal name, slot) connected for the running worker

    @property
    def active(self) -> bool:
        """True from ``start()`` until the thread has ended (and ``sigEnded`` was sent)."""
        return self._thread is not None

    @property
    def worker(self) -> Worker | None:
        """The running job's worker, or None."""
        return self._worker

    def start(self, worker: QObject, progress=None, done=None, failed=None, extra=None) -> bool:
        """Run ``worker.run()`` in a new thread; False (nothing started) while a job runs.

        ``progress``, ``done``, ``failed``: slots for sigProgress, sigDone, sigFailed;
        ``extra``: {signal name: slot} for a worker's own signals.
        """
        if self._thread is not None:
            return False
        thread = QThread()
        thread.setObjectName(self.name)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        links = {"sigProgress": progress, "sigDone": done, "sigFailed": failed, **(extra or {})}
        self._links = [(name, slot) for name, slot in links.items() if slot is not None]
        for signal_name, slot in self._links:
            getattr(worker, signal_name).connect(slot)
        worker.sigFinished.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._worker, self._thread = worker, thread
        _STARTED.add(thread)
        self.sigActive.emit(True)
        thread.start()
        return True

    def request_stop(self) -> None:
        """Ask the running worker to stop; returns at once (the thread ends soon after)."""
        if self._worker is not None:
            self._worker.request_stop()

    def stop(self, timeout_ms: int | None = None) -> bool:
        """Stop the job and join its thread (GUI thread). True when no thread is left running.

        The worker's signals still queued for the named slots are delivered before this
        returns. After ``timeout_ms`` (default ``join_ms``) the thread is abandoned (see the
        module docstring) and False is returned.
        """
        thread, worker = self._thread, self._worker
        if thread is None:
            return True
        self.request_stop()
        thread.quit()
        if not thread.wait(self.join_ms if timeout_ms is None else int(timeout_ms)):
            self._abandon(thread, worker)
            return False
        for _name, slot in self._links:
            receiver = getattr(slot, "__self__", None)
            if isinstance(receiver, QObject):
                QCoreApplication.sendPostedEvents(receiver)
        self._end(thread, worker)
        return True

    shutdown = stop

    # -- internals ------------------------------------------------------------
    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None or thread.isRunning():
            return  # a late signal of a thread that stop() already joined
        thread.wait()
        self._end(thread, self._worker)

    def _end(self, thread: QThread, worker) -> None:
        self._thread = self._worker = None
        self._links = []
        thread.deleteLater()
        self.sigActive.emit(False)
        self.sigEnded.emit(worker)

    def _abandon(self, thread: QThread, worker) -> None:
        sys.stderr.write(f"Gradient Lab: the thread {self.name!r} did not stop in time; it is left to end "
                         "on its own\n")
        for signal_name, slot in self._links:  # a late result must reach nobody
            try:
                getattr(worker, signal_name).disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        _ABANDONED.append((thread, worker))  # never let Python destroy a running QThread
        self._thread = self._worker = None
        self._links = []
        self.sigActive.emit(False)


def running_threads() -> list[QThread]:
    """Threads started by any WorkerThread (abandoned ones included) that are still running."""
    alive = []
    for thread in [*list(_STARTED), *(t for t, _w in _ABANDONED)]:
        try:
            if thread.isRunning() and thread not in alive:
                alive.append(thread)
        except RuntimeError:  # its C++ object is gone: it has ended
            pass
    return alive
