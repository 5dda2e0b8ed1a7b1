"""Closing the app while it trains: the worker stops, the thread is joined, exit code 0, fast.

The subprocess test starts ``main.py --quit-after`` with GRADIENT_LAB_TRAINING_AUTOSTART=1:
the Training panel starts the default run right after start-up and, on
shutdown, writes "training-shutdown: begin ..." and "... joined in X s" to stderr.
"""
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HARMLESS = ("propagateSizeHints",)


def test_closing_mid_training_exits_cleanly_within_a_second(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRADIENT_LAB_TRAINING_AUTOSTART": "1",
           "GRADIENT_LAB_SETTINGS_DIR": str(tmp_path / "settings"), "GRADIENT_LAB_DATA_DIR": str(tmp_path / "data"),
           "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "main.py", "--quit-after", "5", "--lang", "en"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[float, str]] = []

    def read():
        for line in proc.stderr:
            lines.append((time.monotonic(), line.rstrip("\n")))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    exited = time.monotonic()
    reader.join(10)
    text = "\n".join(line for _, line in lines)
    assert code == 0, text
    begin = [(t, line) for t, line in lines if line.startswith("training-shutdown: begin")]
    assert begin, f"the window closed while not training:\n{text}"
    match = re.search(r"state=(\w+) iteration=(\d+)", begin[0][1])
    assert match.group(1) == "running" and int(match.group(2)) > 0, begin[0][1]
    joined = re.search(r"training-shutdown: joined in ([0-9.]+) s", text)
    assert joined and float(joined.group(1)) < 1.0, text
    assert exited - begin[0][0] < 1.0, f"exit took {exited - begin[0][0]:.2f} s after the close began"
    others = [line for _, line in lines if not line.startswith("training-shutdown:")
              and not any(h in line for h in HARMLESS)]
    assert others == [], "unexpected output (Qt warnings, tracebacks):\n" + "\n".join(others)


def test_main_window_close_stops_training_at_once(qtbot, main_window):
    panel = main_window.training
    main_window.tabs.setCurrentWidget(panel)
    panel.controls.epochs.setValue(100)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.current_record().iteration >= 3, timeout=30_000)
    assert panel.is_thread_running()
    started = time.perf_counter()
    main_window.close()
    took = time.perf_counter() - started
    assert not panel.is_thread_running()
    assert panel.state == "idle"
    assert took < 1.0, f"closing took {took:.2f} s"
    assert panel.current_record().end_reason == "stopped"
