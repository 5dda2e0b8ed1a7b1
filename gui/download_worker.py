"""Downloads full MNIST in its own QThread, then loads it.

``DownloadWorker(dest)`` calls core.download.download_mnist(dest, progress=...,
should_stop=...) and then core.datasets.load_folder(dest). It emits
``sigProgress(file_name, bytes_done, bytes_total)`` (bytes_total -1 when the
server does not say) at most ``max_rate`` times a second, then either
``sigDone(Dataset)`` or ``sigFailed(message)``, then ``finished``.
``request_stop()`` (from the GUI thread) cancels between chunks.
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
        self._download = download  # for tests: a replacement for core.download.download_mnist

    def request_stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            from core.datasets import load_folder

            if self._download is None:
                from core.download import download_mnist

                # a short socket timeout: closing the app waits for a blocked read at most this long
                download_mnist(self.dest, progress=self._on_progress, should_stop=self._stop.is_set, timeout=10.0)
            else:
                self._download(self.dest, progress=self._on_progress, should_stop=self._stop.is_set)
            if self._stop.is_set():
                raise DataError("the download was cancelled")
            self.sigDone.emit(load_folder(self.dest))
        except DataError as exc:
            self.sigFailed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user; the app keeps running
            self.sigFailed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()

    def _on_progress(self, name: str, done: int, total) -> None:
        now = time.perf_counter()
        if now - self._last >= self._min_gap or (total is not None and done >= total):
            self._last = now
            self.sigProgress.emit(str(name), int(done), -1 if total is None else int(total))


class DownloadRunner(QObject):
    """Owns one DownloadWorker at a time and its QThread (NOTES.md wiring).

    ``start(dest)`` begins; ``cancel()`` asks it to stop; ``shutdown()`` stops,
    quits and waits (the owner calls it when closing). Forwards the worker's
    sigProgress / sigDone / sigFailed; ``sigActive(bool)`` when a download
    starts and when its thread has ended.
    """

    sigProgress = Signal(str, "qint64", "qint64")
    sigDone = Signal(object)
    sigFailed = Signal(str)
    sigActive = Signal(bool)

    #: a blocked read ends with the 10 s socket timeout
    JOIN_MS = 15_000

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: DownloadWorker | None = None

    @property
    def active(self) -> bool:
        return self._thread is not None

    def start(self, dest, download=None) -> bool:
        """Download into ``dest``; ``download`` replaces core.download.download_mnist (tests)."""
        if self._thread is not None:
            return False
        worker = DownloadWorker(dest, download=download)
        thread = QThread()
        thread.setObjectName("mnist-download")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
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


#: threads that did not stop when asked; kept referenced so they are never destroyed running
_ABANDONED: list = []
