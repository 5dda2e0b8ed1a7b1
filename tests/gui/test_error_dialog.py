"""An uncaught error in a slot or a thread: a dialog with details, a log entry, and the app goes on."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from gui import error_dialog
from gui.error_dialog import ErrorDialog, ErrorReporter

ROOT = Path(__file__).resolve().parents[2]


class Emitter(QObject):
    sigPoke = Signal(int)


@pytest.fixture
def reporter(qtbot, tmp_path):
    rep = ErrorReporter(tmp_path / "logs" / "errors.log").install()
    yield rep
    rep.uninstall()
    if rep.dialog is not None:
        rep.dialog.close()


def _wait_for_dialog(qtbot, rep):
    qtbot.waitUntil(lambda: rep.dialog is not None and rep.dialog.isVisible(), timeout=3000)
    return rep.dialog


def test_exception_in_a_slot_shows_a_dialog_logs_it_and_the_app_goes_on(qtbot, reporter):
    emitter = Emitter()
    received = []

    def bad_slot(value):
        raise ValueError(f"learning rate {value} is not a number")

    emitter.sigPoke.connect(bad_slot)
    emitter.sigPoke.connect(received.append)
    emitter.sigPoke.emit(1)
    dialog = _wait_for_dialog(qtbot, reporter)

    assert "ValueError: learning rate 1 is not a number" in dialog.message_label.text()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "Traceback" in dialog.details.toPlainText() and "bad_slot" in dialog.details.toPlainText()
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "ValueError: learning rate 1 is not a number" in log and "bad_slot" in log
    assert str(reporter.log_path) in dialog.log_label.text()

    emitter.sigPoke.emit(2)  # still running: the other slot keeps receiving
    assert received == [1, 2]


def test_exception_in_a_timer_callback_is_reported(qtbot, reporter):
    def tick():
        raise KeyError("surface")

    QTimer.singleShot(0, tick)
    dialog = _wait_for_dialog(qtbot, reporter)
    assert "KeyError" in dialog.message_label.text()


def test_error_in_a_worker_thread_opens_the_dialog_in_the_gui_thread(qtbot, reporter):
    def work():
        raise RuntimeError("worker failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    dialog = _wait_for_dialog(qtbot, reporter)
    assert dialog.thread() is QApplication.instance().thread()
    assert "RuntimeError: worker failed" in dialog.message_label.text()


def test_error_in_a_qthread_slot_is_reported(qtbot, reporter):
    class Worker(QObject):
        def run(self):
            raise ZeroDivisionError("batch of size 0")

    thread = QThread()
    worker = Worker()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.start()
    try:
        dialog = _wait_for_dialog(qtbot, reporter)
        assert "ZeroDivisionError" in dialog.message_label.text()
    finally:
        thread.quit()
        thread.wait()


def test_many_errors_make_one_dialog_that_counts_them(qtbot, reporter):
    emitter = Emitter()

    def bad(value):
        raise RuntimeError(f"error {value}")

    emitter.sigPoke.connect(bad)
    for i in range(5):
        emitter.sigPoke.emit(i)
    dialog = _wait_for_dialog(qtbot, reporter)
    qtbot.waitUntil(lambda: dialog.repeats == 4, timeout=3000)
    assert sum(isinstance(w, ErrorDialog) and w.isVisible() for w in QApplication.topLevelWidgets()) == 1
    assert "4" in dialog.repeat_label.text()
    assert reporter.log_path.read_text(encoding="utf-8").count("RuntimeError: error") == 5
    assert reporter.count == 5


def test_unwritable_log_still_shows_the_dialog(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    rep = ErrorReporter(blocker / "errors.log").install()  # a folder that is a file: cannot write
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        dialog = _wait_for_dialog(qtbot, rep)
        assert "ZeroDivisionError" in dialog.message_label.text()
        assert str(blocker) not in dialog.log_label.text()
    finally:
        rep.uninstall()
        if rep.dialog is not None:
            rep.dialog.close()


def test_log_is_cut_back_when_it_grows_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(error_dialog, "MAX_LOG_BYTES", 2000)
    path = tmp_path / "errors.log"
    for i in range(100):
        assert error_dialog.write_log(path, f"Traceback {i}\n" + "x" * 80)
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) < 2000 + 200
    assert "Traceback 99" in text and "Traceback 0\n" not in text
    assert text.startswith("==== ")  # cut at an entry boundary


def test_hook_is_removed_again(qtbot, tmp_path):
    before = sys.excepthook, threading.excepthook
    rep = ErrorReporter(tmp_path / "e.log").install()
    assert sys.excepthook == rep.excepthook
    rep.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_default_log_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(error_dialog.ENV_DIR, str(tmp_path))
    assert error_dialog.default_log_path() == tmp_path / "errors.log"


def test_real_app_survives_an_error_in_a_slot(tmp_path):
    """The whole start-up path (run_app installs the hook); a broken slot; exit code 0."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import gui.app as app_mod

        def broken():
            QTimer.singleShot(500, check)
            raise RuntimeError("planted failure")

        def check():
            from gui.error_dialog import ErrorDialog
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
            print("DIALOGS", len(shown))
            for w in QApplication.topLevelWidgets():
                if hasattr(w, "tabs"):
                    print("WINDOW", w.isVisible())

        app_mod.make_application()
        QTimer.singleShot(400, broken)

        class Args:
            quit_after = 3
            screenshots = None
            lang = "en"
        sys.exit(app_mod.run_app(Args()))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRADIENT_LAB_DATA_DIR": str(tmp_path / "data"),
           "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path / "cfg")}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "DIALOGS 1" in out.stdout and "WINDOW True" in out.stdout
    assert "planted failure" in (tmp_path / "data" / "errors.log").read_text(encoding="utf-8")


def test_the_log_is_never_written_into_a_fifo(tmp_path):
    """Appending to a FIFO would block the app until someone reads it (issue 21)."""
    from gui.error_dialog import write_log

    fifo = tmp_path / "errors.log"
    os.mkfifo(fifo)
    assert write_log(fifo, "entry") is False


def test_trimming_keeps_the_newest_entries_and_the_files_mode(tmp_path):
    import stat

    from gui.error_dialog import MAX_LOG_BYTES, write_log

    log = tmp_path / "errors.log"
    entry = "x" * 999
    with open(log, "w") as f:
        for i in range(MAX_LOG_BYTES // 1000 + 50):
            f.write(f"==== entry {i}\n{entry}\n")
    os.chmod(log, 0o600)
    assert write_log(log, "the newest")
    text = log.read_text()
    assert len(text) <= MAX_LOG_BYTES // 2 + 2000 and text.startswith("==== entry ")
    assert text.rstrip().endswith("the newest") and f"entry {MAX_LOG_BYTES // 1000 + 49}\n" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.log"]
