"""Shared test set-up: headless Qt, one BLAS thread, a main-window fixture, and a check that no
test leaves a QThread running."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Property tests draw the same examples on every run, so CI passes or fails for the code, not for
# the luck of the draw; HYPOTHESIS_PROFILE=explore make test searches new (and more) examples.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


# ---------------------------------------------------------------- threads left running
# Every QThread started from Python during the run is recorded (QThread.start is wrapped),
# besides those gui.widgets.worker_thread knows (abandoned ones included). A test that leaves one
# running fails: a running QThread that Python destroys aborts the whole run (docs/THREADS.md).
import weakref  # noqa: E402

from PySide6.QtCore import QThread  # noqa: E402

_STARTED_THREADS: "weakref.WeakSet[QThread]" = weakref.WeakSet()
_qthread_start = QThread.start


def _recording_start(self, *args, **kwargs):
    _STARTED_THREADS.add(self)
    return _qthread_start(self, *args, **kwargs)


QThread.start = _recording_start

#: how long a thread may take to end after its test (its last queued signals are being handled)
THREAD_GRACE_MS = 300


def running_qthreads() -> list:
    """QThreads started during the run (by anyone) that are still running."""
    from gui.widgets.worker_thread import running_threads

    alive = []
    for thread in [*list(_STARTED_THREADS), *running_threads()]:
        try:
            if thread.isRunning() and thread not in alive:
                alive.append(thread)
        except RuntimeError:  # the C++ object is gone, so is the thread
            pass
    return alive


def _describe(thread) -> str:
    try:
        return thread.objectName() or type(thread).__name__
    except RuntimeError:
        return "?"


def stop_leftover_threads(grace_ms: int = THREAD_GRACE_MS) -> list[str]:
    """Names of the QThreads still running after ``grace_ms`` (events processed meanwhile);
    each of them is then asked to stop, quit and joined (never destroyed while running)."""
    alive = running_qthreads()
    if not alive:
        return []
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    deadline = QDeadlineTimer(grace_ms)
    while alive and not deadline.hasExpired():
        QCoreApplication.processEvents()
        alive = [t for t in alive if t.isRunning()]
        if alive:
            alive[0].wait(20)
    names = [_describe(t) for t in alive]
    for thread in alive:
        thread.requestInterruption()
        thread.quit()
        thread.wait(10_000)
    return names


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail the test if a QThread it started is still running after it (its widgets are closed
    first, by pytest-qt and by the fixtures). The thread is then stopped and joined, so the next
    tests are not hit by it."""
    yield
    names = stop_leftover_threads()
    if names:
        pytest.fail(f"the test left {len(names)} QThread(s) running: {', '.join(names)} "
                    "(stop and join them: WorkerThread.stop(), or the owner's shutdown())", pytrace=False)


@pytest.fixture
def main_window(qtbot):
    """The whole app's window, closed (and its threads joined) after the test."""
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.fixture
def descent_panel(qtbot):
    """The Descent lab panel, shown at 1280x760 and shut down after the test."""
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.descent.descent_panel import DescentPanel

    p = DescentPanel()
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()
    p.close()
