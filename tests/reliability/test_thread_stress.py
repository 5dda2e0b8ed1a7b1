"""Threads under stress: 50 start/stop cycles with pauses and resumes at random moments, and the
app closed while it trains, downloads or fine-tunes: no crash, no Qt warning, no thread left.

The closing cases run ``main.py``'s own start-up (``main.main``: settings, translators, the
error hook, the main window) in a subprocess. A small driver wraps ``MainWindow.show`` to
start the activity, waits until it is under way and closes the window, then reports which
QThreads are still running. The download comes from a deliberately slow HTTP server on
127.0.0.1 started by the test (it trickles a few bytes at a time and never finishes),
injected through $GRADIENT_LAB_MNIST_MIRRORS.
"""
import gc
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QThread

from core.data.datasets import Dataset, load_sample

ROOT = Path(__file__).resolve().parents[2]
HARMLESS = ("propagateSizeHints",)


def small_data(n_train=400, n_test=100):
    s = load_sample()
    return Dataset("slice", s.x_train[:n_train], s.y_train[:n_train], s.x_test[:n_test], s.y_test[:n_test],
                   s.class_names, "test slice")


def running_qthreads() -> list:
    """Every QThread object Python still knows about that is running."""
    out = []
    for obj in gc.get_objects():
        if isinstance(obj, QThread):
            try:
                if obj.isRunning():
                    out.append(obj)
            except RuntimeError:  # its C++ object is gone: it was deleted after finishing
                pass
    return out


def os_threads() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.fixture
def panel(qtbot, tmp_path, monkeypatch):
    import pyqtgraph as pg

    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "data"))
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.training.training_panel import TrainingPanel

    p = TrainingPanel()
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    p.set_dataset(small_data(), "sample")
    c = p.controls
    c.hidden.setText("16")
    c.batch_size.setValue(20)
    c.epochs.setValue(500)  # never ends on its own during the test
    c.dropout.setValue(0.0)
    c.augment.setChecked(False)
    yield p
    p.shutdown()
    assert not p.is_thread_running()
    p.close()


def test_fifty_start_stop_cycles_with_pauses_at_random_moments(qtbot, panel):
    rng = np.random.default_rng(2024)
    qtbot.wait(50)
    threads_before = os_threads()
    ends = []
    panel.sigRunEnded.connect(ends.append)
    moves = []
    for cycle in range(50):
        assert panel.state == "idle"
        assert panel.start(paused=bool(rng.random() < 0.2)), cycle
        for _ in range(int(rng.integers(0, 4))):  # a few random moves at random moments
            qtbot.wait(int(rng.integers(0, 25)))
            move = rng.choice(["pause", "resume", "step", "wait"])
            moves.append(move)
            if move == "pause":
                panel.pause()
            elif move == "resume":
                panel.resume()
            elif move == "step":
                panel.step()  # one batch while paused; ignored while running
        if rng.random() < 0.5:
            qtbot.wait(int(rng.integers(0, 30)))
        panel.stop()
        qtbot.waitUntil(lambda: panel.state == "idle" and not panel.is_thread_running(), timeout=10_000)
        assert panel.actions["start"].isEnabled() and not panel.actions["stop"].isEnabled()
    qtbot.waitUntil(lambda: len(ends) == 50, timeout=10_000)
    assert {"pause", "resume", "step"} <= set(moves)
    assert [e.reason for e in ends] == ["stopped"] * 50
    assert len(panel.history) == 50 and all(r.end_reason == "stopped" for r in panel.history)
    assert running_qthreads() == []
    qtbot.waitUntil(lambda: os_threads() <= threads_before, timeout=5_000)
    # the panel still trains normally afterwards
    panel.controls.epochs.setValue(1)
    with qtbot.waitSignal(panel.sigRunEnded, timeout=30_000) as blocker:
        assert panel.start()
    assert blocker.args[0].reason == "finished"


def test_stop_while_paused_and_shutdown_while_stepping(qtbot, panel):
    for _ in range(5):
        assert panel.start(paused=True)
        panel.step()
        panel.step()
        panel.shutdown()  # the owner closing in the middle of it
        assert not panel.is_thread_running() and panel.state == "idle"
        assert running_qthreads() == []


# ---------------------------------------------------------------- closing the app (subprocesses)

DRIVER = r"""
import gc, os, sys, time
from PySide6.QtCore import QThread, QTimer

scenario = sys.argv[1]
import gui.main_window as mw

def running_qthreads():
    out = []
    for obj in gc.get_objects():
        if isinstance(obj, QThread):
            try:
                if obj.isRunning():
                    out.append(obj.objectName() or type(obj).__name__)
            except RuntimeError:
                pass
    return out

def under_way(w):
    if scenario == "training":
        record = w.training.current_record()
        return record is not None and record.iteration >= 3 and w.training.is_thread_running()
    if scenario == "download":
        return PROGRESS[-1:] != [] and PROGRESS[-1] > 0 and w.training.downloads.active
    if scenario == "finetune":
        return w.draw.is_finetuning() and w.draw.finetune_progress.value() > 0

PROGRESS = []
CLOSED = []

def begin(w):
    if scenario == "training":
        w.tabs.setCurrentWidget(w.training)
        w.training.controls.epochs.setValue(100)
        assert w.training.start()
    elif scenario == "download":
        w.tabs.setCurrentWidget(w.training)
        w.training.downloads.sigProgress.connect(lambda name, done, total: PROGRESS.append(done))
        assert w.training.start_download()
    elif scenario == "finetune":
        from tests.drawn_digits import DIGIT_STROKES, place
        w.tabs.setCurrentWidget(w.draw)
        for d in (2, 3):
            for s in place(DIGIT_STROKES[d], 40, 30, 200):
                w.draw.canvas.stroke(s)
            w.draw.keep_drawing(d)
        w.draw.finetune_steps.setValue(5000)
        assert w.draw.start_finetune()
    poll = QTimer(w)
    def check():
        if under_way(w):
            poll.stop()
            print(f"closing during {scenario}", flush=True)
            CLOSED.append(time.monotonic())
            w.close()
    poll.timeout.connect(check)
    poll.start(20)

original_show = mw.MainWindow.show
def show(self):
    original_show(self)
    QTimer.singleShot(0, lambda: begin(self))
mw.MainWindow.show = show

import main
code = main.main(["--lang", "en", "--quit-after", "60"])
print(f"exit took {time.monotonic() - CLOSED[0]:.2f} s" if CLOSED else "never closed by the scenario", flush=True)
print("qthreads running:", running_qthreads(), flush=True)
sys.exit(code)
"""


class SlowMirror:
    """An HTTP server on 127.0.0.1 that announces 10 MB per file and trickles 64 bytes every 30 ms."""

    def __init__(self):
        self.stop = threading.Event()
        self.requests = []
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's hook
                mirror.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", str(10_000_000))
                self.end_headers()
                try:
                    while not mirror.stop.is_set():
                        self.wfile.write(b"\x1f\x8b" + b"\0" * 62)
                        self.wfile.flush()
                        mirror.stop.wait(0.03)
                except OSError:  # the client went away
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/mnist/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self):
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def slow_mirror():
    mirror = SlowMirror()
    yield mirror
    mirror.close()


def close_during(scenario: str, tmp_path: Path, extra_env=None) -> tuple[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPENBLAS_NUM_THREADS": "1",
           "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path / "settings"), "GRADIENT_LAB_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT), **(extra_env or {})}
    out = subprocess.run([sys.executable, "-c", DRIVER, scenario], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    text = f"exit code {out.returncode}\n--- stdout\n{out.stdout}\n--- stderr\n{out.stderr}"
    assert out.returncode == 0, text
    assert f"closing during {scenario}" in out.stdout, text
    assert "qthreads running: []" in out.stdout, text
    noise = [line for line in out.stderr.splitlines() if line.strip() and not any(h in line for h in HARMLESS)]
    assert noise == [], "Qt warnings or tracebacks:\n" + text
    took = float(out.stdout.split("exit took ")[1].split(" s")[0])
    return out.stdout, took


def test_closing_during_training_exits_cleanly(tmp_path):
    _, took = close_during("training", tmp_path)
    assert took < 3.0, f"exit took {took:.2f} s after the close"


def test_closing_during_a_slow_download_exits_cleanly_and_keeps_nothing(tmp_path, slow_mirror):
    _, took = close_during("download", tmp_path, {"GRADIENT_LAB_MNIST_MIRRORS": slow_mirror.url})
    assert slow_mirror.requests, "the download never reached the local server"
    assert all(r.startswith("/mnist/") for r in slow_mirror.requests)
    assert took < 3.0, f"exit took {took:.2f} s after the close: the download kept it waiting"
    folder = tmp_path / "data" / "mnist"
    assert not folder.exists() or list(folder.iterdir()) == [], "a half-written file was left"


def test_closing_during_finetuning_exits_cleanly(tmp_path):
    _, took = close_during("finetune", tmp_path)
    assert took < 3.0, f"exit took {took:.2f} s after the close"
