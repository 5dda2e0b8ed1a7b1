"""The one worker-thread wiring: start, signals in the GUI thread, cancel, join, abandon."""
import threading

import pytest
from PySide6.QtCore import QObject, QThread, Signal, Slot

from gui.widgets import worker_thread
from gui.widgets.worker_thread import Worker, WorkerThread, running_threads


class CountWorker(Worker):
    """Counts to ``n``; ``gate`` (if given) holds it before each number."""

    sigProgress = Signal(int, int)

    def __init__(self, n, gate=None, fail=None):
        super().__init__()
        self.n, self.gate, self.fail = n, gate, fail
        self.thread_seen = None

    def work(self):
        self.thread_seen = QThread.currentThread()
        for k in range(self.n):
            if self.gate is not None:
                self.gate.wait(5)
            if self.should_stop():
                return None
            self.sigProgress.emit(k + 1, self.n)
        if self.fail is not None:
            raise self.fail
        return sum(range(self.n))


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.progress, self.done, self.failed, self.ended = [], [], [], []
        self.threads = set()

    @Slot(int, int)
    def on_progress(self, k, n):
        self.progress.append((k, n))
        self.threads.add(QThread.currentThread())

    @Slot(object)
    def on_done(self, result):
        self.done.append(result)
        self.threads.add(QThread.currentThread())

    @Slot(object)
    def on_failed(self, exc):
        self.failed.append(exc)

    @Slot(object)
    def on_ended(self, worker):
        self.ended.append(worker)


@pytest.fixture
def jobs(qapp):
    runner = WorkerThread("test-worker", join_ms=5_000)
    receiver = Receiver()
    runner.sigEnded.connect(receiver.on_ended)
    yield runner, receiver
    runner.stop()


def start(runner, receiver, worker):
    return runner.start(worker, progress=receiver.on_progress, done=receiver.on_done, failed=receiver.on_failed)


def test_a_job_runs_in_its_thread_and_reports_in_the_gui_thread(qtbot, jobs):
    runner, receiver = jobs
    worker = CountWorker(5)
    with qtbot.waitSignal(runner.sigEnded, timeout=10_000):
        assert start(runner, receiver, worker)
        assert runner.active and runner.worker is worker
    assert receiver.done == [10]
    assert receiver.progress == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert receiver.threads == {qapp_thread()}
    assert worker.thread_seen is not qapp_thread()
    assert receiver.ended == [worker] and not worker.cancelled
    assert not runner.active and runner.worker is None
    assert running_threads() == []


def qapp_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_one_job_at_a_time(qtbot, jobs):
    runner, receiver = jobs
    gate = threading.Event()
    assert start(runner, receiver, CountWorker(3, gate))
    assert not start(runner, receiver, CountWorker(3))
    gate.set()
    qtbot.waitUntil(lambda: not runner.active, timeout=10_000)
    assert receiver.done == [3]
    assert start(runner, receiver, CountWorker(2))  # free again
    qtbot.waitUntil(lambda: not runner.active, timeout=10_000)
    assert receiver.done == [3, 1]


def test_request_stop_cancels_without_done(qtbot, jobs):
    runner, receiver = jobs
    gate = threading.Event()
    worker = CountWorker(1000, gate)
    assert start(runner, receiver, worker)
    with qtbot.waitSignal(runner.sigEnded, timeout=10_000):
        runner.request_stop()
        gate.set()
    assert worker.cancelled and receiver.done == [] and receiver.failed == []
    assert len(receiver.progress) < 1000


def test_an_expected_error_becomes_sigfailed(qtbot, jobs):
    runner, receiver = jobs
    with qtbot.waitSignal(runner.sigEnded, timeout=10_000):
        start(runner, receiver, CountWorker(2, fail=ValueError("bad grid")))
    assert receiver.done == []
    assert [str(e) for e in receiver.failed] == ["bad grid"]


def test_stop_joins_and_delivers_the_last_signals(qtbot, jobs):
    runner, receiver = jobs
    gate = threading.Event()
    gate.set()
    worker = CountWorker(3, gate)
    assert start(runner, receiver, worker)
    qtbot.waitUntil(lambda: worker.thread_seen is not None, timeout=10_000)
    assert runner.stop()
    assert not runner.active and running_threads() == []
    assert receiver.ended == [worker]  # sigEnded also when stop() joined it
    # whatever the worker emitted before it saw the stop request has been delivered
    assert receiver.progress == [(k, 3) for k in range(1, len(receiver.progress) + 1)]
    assert receiver.done in ([], [3])
    qtbot.wait(50)  # the queued "finished" of the joined thread changes nothing
    assert receiver.ended == [worker]


def test_stop_without_a_job_is_harmless(jobs):
    runner, _receiver = jobs
    assert runner.stop() and not runner.active


def test_a_thread_that_does_not_end_is_abandoned_not_destroyed(qtbot, jobs, capfd):
    runner, receiver = jobs
    gate = threading.Event()

    class Stubborn(Worker):
        def work(self):
            gate.wait(30)  # ignores the stop request until the test lets it go
            return "late"

    worker = Stubborn()
    assert runner.start(worker, done=receiver.on_done)
    qtbot.wait(50)
    try:
        assert runner.stop(timeout_ms=100) is False
        assert not runner.active
        assert "did not stop in time" in capfd.readouterr().err
        abandoned = [t for t, w in worker_thread._ABANDONED if w is worker]
        assert len(abandoned) == 1 and abandoned[0] in running_threads()
    finally:
        gate.set()
        for thread, w in list(worker_thread._ABANDONED):
            if w is worker:
                assert thread.wait(10_000)
                worker_thread._ABANDONED.remove((thread, w))
    qtbot.wait(50)
    assert receiver.done == []  # its signals were disconnected: a late result reaches nobody


def test_worker_without_work_fails_loudly():
    with pytest.raises(NotImplementedError):
        Worker().work()
