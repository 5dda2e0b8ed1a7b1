"""Letting the Qt event loop run for a while from plain code (no nested QEventLoop object).

Used by the screenshot harness (``gui/screenshots.py``) and by panels' ``screenshot_states()``
generators, which must wait for background work without importing the harness.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop


def settle(ms: int = 300) -> None:
    """Process events for ``ms`` milliseconds (lets timers, plots and queued signals run)."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def wait_until(predicate, timeout_s: float, step_ms: int = 100) -> bool:
    """Process events until ``predicate()`` is true or ``timeout_s`` seconds have passed.

    Returns the last value of ``predicate()`` (True: the condition came true in time).
    """
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() >= deadline:
            return bool(predicate())
        settle(step_ms)
    return True
