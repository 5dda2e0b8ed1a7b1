"""settle() and wait_until() let queued work run from plain code."""
from PySide6.QtCore import QTimer

from gui.widgets.events import settle, wait_until


def test_settle_runs_timers(qapp):
    fired = []
    QTimer.singleShot(10, lambda: fired.append(1))
    settle(200)
    assert fired == [1]


def test_wait_until_returns_true_when_the_condition_comes_true(qapp):
    fired = []
    QTimer.singleShot(50, lambda: fired.append(1))
    assert wait_until(lambda: bool(fired), timeout_s=5.0, step_ms=10)


def test_wait_until_gives_up_after_the_timeout(qapp):
    assert wait_until(lambda: False, timeout_s=0.1, step_ms=10) is False
