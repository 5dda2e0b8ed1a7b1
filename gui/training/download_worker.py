"""Background jobs in their own QThread: downloading full MNIST, and loading a data set.

``DownloadWorker(dest)`` calls core.data.download.download_mnist(dest, progress=...,
should_stop=...) and then core.data.datasets.load_folder(dest). It emits
``sigProgress(file_name, bytes_done, bytes_total)`` (bytes_total -1 when the
server does not say) at most ``max_rate`` times a second, then either
``sigDone(Dataset)`` or ``sigFailed(message)``, then ``finished``.
``request_stop()`` (from the GUI thread) cancels between chunks.

``DatasetLoadWorker(spec)`` reads "sample", "mnist" or a folder (full MNIST
takes about a second: gunzip and conversion, which would freeze the window)
and emits ``sigDone(Dataset)`` or ``sigFailed(message)``, then ``finished``.

``JobRunner`` owns one such worker at a time and its QThread;
``DownloadRunner`` and ``DatasetLoader`` are the two jobs.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.errors import DataError


class DownloadWorker(QObject):
    sigProgress = Signal(str, "qint64", "qint64")
    sigDone = Signal(object)
    sigFailed = Signal(str)
    finished = Signal()

    def __init__(self, dest, max_rate: float = 20.0, download=None):
        super().__init__()  # no parent: moved to its own thread
        self.dest = Path(dest)
        self._stop = threading.Event()
        self._min_gap = 1.0 / max_rate
        self._last = 0.0
        self._download = download  # for tests: a replacement for core.data.download.download_mnist

    def request_stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        _run_job(self, self._download_and_load)

    def _download_and_load(self):
        from core.data.datasets import load_folder

        if self._download is None:
            from core.data.download import download_mnist

            # a short socket timeout: closing the app waits for a blocked read at most this long
            download_mnist(self.dest, progress=self._on_progress, should_stop=self._stop.is_set, timeout=10.0)
        else:
            self._download(self.dest, progress=self._on_progress, should_stop=self._stop.is_set)
        if self._stop.is_set():
            raise DataError("the download was cancelled")
        return load_folder(self.dest)

    def _on_progress(self, name: str, done: int, total) -> None:
        now = time.perf_counter()
        if now - self._last >= self._min_gap or (total is not None and done >= total):
            self._last = now
            self.sigProgress.emit(str(name), int(done), -1 if total is None else int(total))


class DatasetLoadWorker(QObject):
    sigDone = Signal(object)
    sigFailed = Signal(str)
    finished = Signal()

    def __init__(self, spec: str):
        super().__init__()  # no parent: moved to its own thread
        self.spec = spec

    def request_stop(self) -> None:
        """Nothing to do: a load is not cancelled part-way (it takes about a second)."""

    @Slot()
    def run(self) -> None:
        from core.data.datasets import load_dataset, load_sample

        _run_job(self, lambda: load_sample() if self.spec == "sample" else load_dataset(self.spec))


def _run_job(worker, job) -> None:
    """Run ``job()`` in the worker's thread: sigDone(result) or sigFailed(message), then finished."""
    try:
        worker.sigDone.emit(job())
    except DataError as exc:
        worker.sigFailed.emit(str(exc))
    except Exception as exc:  # noqa: BLE001 - shown to the user; the app keeps running
        worker.sigFailed.emit(f"{type(exc).__name__}: {exc}")
    finally:
        worker.finished.emit()


class JobRunner(QObject):
    """Owns one worker at a time and its QThread (NOTES.md wiring).

    A worker is a QObject with ``run()``, ``request_stop()`` and the signals
    ``sigDone(object)``, ``sigFailed(str)``, ``finished`` (and optionally
    ``sigProgress``), which the runner forwards. ``cancel()`` asks it to stop;
    ``shutdown()`` stops, quits and waits (the owner calls it when closing).
    ``sigActive(bool)`` when a job starts and when its thread has ended.
    """

    sigProgress = Signal(str, "qint64", "qint64")
    sigDone = Signal(object)
    sigFailed = Signal(str)
    sigActive = Signal(bool)

    #: a blocked read ends with the 10 s socket timeout
    JOIN_MS = 15_000

    def __init__(self, thread_name: str, parent=None):
        super().__init__(parent)
        self.thread_name = thread_name
        self._thread: QThread | None = None
        self._worker: QObject | None = None

    @property
    def active(self) -> bool:
        return self._thread is not None

    def run_worker(self, worker) -> bool:
        """Run ``worker`` in a new thread; False while another job runs."""
        if self._thread is not None:
            return False
        thread = QThread()
        thread.setObjectName(self.thread_name)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        if hasattr(worker, "sigProgress"):
            worker.sigProgress.connect(self.sigProgress)
        worker.sigDone.connect(self.sigDone)
        worker.sigFailed.connect(self.sigFailed)
        worker.finished.connect(thread.quit)
        # no worker.deleteLater: it can deadlock (see TrainingPanel.start); dropping our reference frees it
        thread.finished.connect(thread.deleteLater)
        thread.finished.connect(self._on_thread_finished)
        self._worker, self._thread = worker, thread
        self.sigActive.emit(True)
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.request_stop()

    def shutdown(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self.cancel()
        thread.quit()
        if not thread.wait(self.JOIN_MS):
            _ABANDONED.append((thread, self._worker))  # never let Python destroy a running QThread
        self._on_thread_finished()

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        self._thread = None
        self._worker = None
        self.sigActive.emit(False)


class DownloadRunner(JobRunner):
    """Downloads full MNIST (one download at a time)."""

    def __init__(self, parent=None):
        super().__init__("mnist-download", parent)

    def start(self, dest, download=None) -> bool:
        """Download into ``dest``; ``download`` replaces core.data.download.download_mnist (tests)."""
        return self.run_worker(DownloadWorker(dest, download=download))


class DatasetLoader(JobRunner):
    """Loads a data set ("sample", "mnist" or a folder) off the GUI thread; ``spec`` is the last one asked for."""

    def __init__(self, parent=None):
        super().__init__("dataset-load", parent)
        self.spec: str | None = None

    def start(self, spec: str) -> bool:
        if self.active:
            return False
        self.spec = spec
        return self.run_worker(DatasetLoadWorker(spec))


#: threads that did not stop when asked; kept referenced so they are never destroyed running
_ABANDONED: list = []
