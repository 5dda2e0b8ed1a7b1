"""Background jobs of the Training tab: downloading full MNIST, and loading a data set.

Both are ``Worker`` jobs run by ``gui.widgets.worker_thread.WorkerThread`` (the one place
that wires a QThread; see docs/THREADS.md), so they have the signals every worker has.

``DownloadWorker(dest)`` calls core.data.download.download_mnist(dest, progress=...,
should_stop=...) and then core.data.datasets.load_folder(dest). It emits
``sigProgress(file_name, bytes_done, bytes_total)`` (bytes_total -1 when the
server does not say) at most ``max_rate`` times a second, then either
``sigDone(Dataset)`` or ``sigFailed(message)`` (a cancelled download fails with
"the download was cancelled"), then ``sigFinished``. ``request_stop()`` (from the
GUI thread) cancels between chunks.

``DatasetLoadWorker(spec)`` reads "sample", "mnist" or a folder (full MNIST
takes about a second: gunzip and conversion, which would freeze the window)
and emits ``sigDone(Dataset)`` or ``sigFailed(message)``, then ``sigFinished``.

``JobRunner`` is a ``WorkerThread`` that forwards its worker's sigProgress, sigDone and
sigFailed as its own signals (so the owner connects once, not per job);
``DownloadRunner`` and ``DatasetLoader`` are the two jobs.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Signal, Slot

from core.errors import DataError
from gui.widgets.worker_thread import Worker, WorkerThread


class _MessageWorker(Worker):
    """A job whose failures are one line of text: a DataError's own words, else "Type: what"."""

    sigFailed = Signal(str)

    def failure(self, exc: BaseException) -> str:
        return str(exc) if isinstance(exc, DataError) else f"{type(exc).__name__}: {exc}"


class DownloadWorker(_MessageWorker):
    sigProgress = Signal(str, "qint64", "qint64")

    def __init__(self, dest, max_rate: float = 20.0, download=None):
        super().__init__()
        self.dest = Path(dest)
        self._min_gap = 1.0 / max_rate
        self._last = 0.0
        self._download = download  # for tests: a replacement for core.data.download.download_mnist

    def work(self):
        from core.data.datasets import load_folder

        if self._download is None:
            from core.data.download import download_mnist

            # a short socket timeout: closing the app waits for a blocked read at most this long
            download_mnist(self.dest, progress=self._on_progress, should_stop=self.should_stop, timeout=10.0)
        else:
            self._download(self.dest, progress=self._on_progress, should_stop=self.should_stop)
        if self.should_stop():
            raise DataError("the download was cancelled")
        return load_folder(self.dest)

    def _on_progress(self, name: str, done: int, total) -> None:
        now = time.perf_counter()
        if now - self._last >= self._min_gap or (total is not None and done >= total):
            self._last = now
            self.sigProgress.emit(str(name), int(done), -1 if total is None else int(total))


class DatasetLoadWorker(_MessageWorker):
    """Reads a data set; a load is not cancelled part-way (it takes about a second)."""

    def __init__(self, spec: str):
        super().__init__()
        self.spec = spec

    def should_stop(self) -> bool:
        return False  # a load always delivers what it read

    def work(self):
        from core.data.datasets import load_dataset, load_sample

        return load_sample() if self.spec == "sample" else load_dataset(self.spec)


class JobRunner(WorkerThread):
    """Runs one worker at a time and forwards its signals as its own.

    ``cancel()`` asks the worker to stop; ``shutdown()`` stops, quits and joins (the owner
    calls it when closing); ``sigActive(bool)`` when a job starts and when its thread has ended.
    """

    sigProgress = Signal(str, "qint64", "qint64")
    sigDone = Signal(object)
    sigFailed = Signal(str)

    def __init__(self, thread_name: str, parent=None):
        super().__init__(thread_name, parent)  # join within 15 s: a blocked read ends with its 10 s timeout

    def run_worker(self, worker) -> bool:
        """Run ``worker`` in a new thread; False while another job runs."""
        progress = self._forward_progress if isinstance(worker, DownloadWorker) else None
        # WorkerThread.start by name: the subclasses' start() takes what to download or load
        return WorkerThread.start(self, worker, progress=progress, done=self._forward_done,
                                  failed=self._forward_failed)

    def cancel(self) -> None:
        self.request_stop()

    @Slot(str, "qint64", "qint64")
    def _forward_progress(self, name: str, done: int, total: int) -> None:
        self.sigProgress.emit(name, done, total)

    @Slot(object)
    def _forward_done(self, result) -> None:
        self.sigDone.emit(result)

    @Slot(str)
    def _forward_failed(self, message: str) -> None:
        self.sigFailed.emit(message)


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
