"""The dangling-thread check of tests/conftest.py finds threads left running, and cleans them up."""
from PySide6.QtCore import QThread

from gui.widgets.worker_thread import Worker, WorkerThread
from tests.conftest import running_qthreads, stop_leftover_threads


def test_a_plain_qthread_left_running_is_found_and_joined(qapp):
    thread = QThread()
    thread.setObjectName("left-running")
    thread.start()  # its event loop runs until quit()
    assert thread in running_qthreads()
    assert stop_leftover_threads(grace_ms=50) == ["left-running"]
    assert not thread.isRunning() and thread not in running_qthreads()


def test_a_worker_left_running_is_found_and_stopped(qapp, qtbot):
    class Waiting(Worker):
        def work(self):
            while not self.should_stop():
                QThread.msleep(5)

    jobs = WorkerThread("left-worker")
    worker = Waiting()
    assert jobs.start(worker)
    qtbot.waitUntil(lambda: jobs.worker is not None and worker.thread().isRunning(), timeout=5_000)
    assert stop_leftover_threads(grace_ms=50) == ["left-worker"]  # asked to end, it ended
    assert running_qthreads() == []
    assert jobs.stop()  # the owner still cleans up afterwards without trouble
