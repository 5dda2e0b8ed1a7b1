#!/usr/bin/env python3
"""Time to the first window: the app against a bare PySide6 + pyqtgraph window, offscreen, interleaved.

Each measurement is a fresh process, timed from just before it is started to
the moment its window has been shown and the first round of events (expose,
layout, paint) has been processed:
- bare: QApplication, a QMainWindow holding one pyqtgraph PlotWidget;
- app: ``main.py`` as a user starts it (fonts, translations, settings, the
  main window with every tab it builds before showing).
The app's run is cut at ``app.exec()`` (nothing after the first frame is
timed); settings go to a temporary folder. Rounds alternate bare, app,
bare, app, ... so a busy machine slows both alike; figures are medians.

Also prints where the app's own start-up goes (imports, window built), from
the same runs.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--rounds 7]

Target (issue 20): first window within 1.5x the bare window's time.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5

BARE = r"""
import json, os, sys, time
t0 = float(os.environ["GL_T0"])
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv)
w = QMainWindow()
w.setCentralWidget(pg.PlotWidget())
w.resize(1280, 800)
w.show()
app.processEvents()
print(json.dumps({"first_window": time.time() - t0}))
"""

APP = r"""
import json, os, sys, time
t0 = float(os.environ["GL_T0"])
sys.path.insert(0, os.environ["GL_ROOT"])
import gui.app as app_mod
marks = {"imported": time.time() - t0}

class TimedApplication(app_mod.QApplication):
    def exec(self):
        self.processEvents()
        marks["first_window"] = time.time() - t0
        print(json.dumps(marks))
        for w in self.topLevelWidgets():
            w.close()
        return 0

app_mod.QApplication = TimedApplication
import gui.main_window as mw
_init = mw.MainWindow.__init__
def timed_init(self, *a, **k):
    marks["window_start"] = time.time() - t0
    _init(self, *a, **k)
    marks["window_built"] = time.time() - t0
mw.MainWindow.__init__ = timed_init
import main
sys.exit(main.main([]))
"""


def measure(code: str, settings_dir: str) -> dict | None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GL_ROOT": str(ROOT),
           "XDG_CONFIG_HOME": settings_dir, "GRADIENT_LAB_DATA_DIR": settings_dir,
           "GRADIENT_LAB_SETTINGS_DIR": settings_dir}
    env["GL_T0"] = repr(time.time())
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(ROOT))
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        print(f"  run failed ({proc.returncode}):\n{proc.stderr.strip()[-2000:]}", file=sys.stderr)
        return None
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    bare, app = [], []
    with tempfile.TemporaryDirectory() as tmp:
        measure(BARE, tmp), measure(APP, tmp)  # warm the file cache for both
        for _ in range(args.rounds):
            for runs, code in ((bare, BARE), (app, APP)):
                result = measure(code, tmp)
                if result is not None:
                    runs.append(result)
    if not bare or not app:
        print("no successful runs")
        return 1
    b = statistics.median(r["first_window"] for r in bare)
    a = statistics.median(r["first_window"] for r in app)
    print(f"first window, offscreen, median of {len(app)} interleaved rounds "
          f"(load average {os.getloadavg()[0]:.2f}):")
    print(f"  bare PySide6 + pyqtgraph window  {b:6.2f} s  (min {min(r['first_window'] for r in bare):.2f})")
    print(f"  Gradient Lab main window         {a:6.2f} s  (min {min(r['first_window'] for r in app):.2f})")
    for key, label in (("imported", "gui.app imported"), ("window_start", "MainWindow() starts"),
                       ("window_built", "MainWindow() built")):
        values = [r[key] for r in app if key in r]
        if values:
            print(f"    {label:<22} at {statistics.median(values):5.2f} s")
    ratio = a / b
    print(f"  ratio app / bare: {ratio:.2f}x  -> {'meets' if ratio <= TARGET else 'misses'} the {TARGET}x target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
