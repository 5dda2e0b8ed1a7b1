"""``python main.py --screenshots DIR [--lang en|ko]``: every tab, in a meaningful state, to PNG.

Without ``--lang`` one process per language is started (a process has one
QApplication and one set of translators). Files: ``DIR/<lang>/<name>.png``,
each a grab of the whole 1280x800 window (menus and tabs included).

What each tab shows is up to its panel, through one optional method:

    def screenshot_states(self):
        '''Generator: put the panel in a state, then ``yield "name"``.'''
        self.place_ball(...); self.step(20)
        yield "descent"            # -> DIR/en/descent.png
        ...                        # may wait for work, e.g. QTest.qWait or a short training run
        yield "race"               # -> DIR/en/race.png

The window is grabbed after each ``yield`` (events are processed first). A
panel without the method is first put in a meaningful state by what it
offers, found by duck typing (nothing here is required of a panel):

- a button or action whose objectName ends in ``.step`` is pressed a few
  times, else a ``step()`` method is called (the Descent lab mid-descent);
- a panel with ``start()`` and ``state`` (property or method) trains a short run: its
  ``*.epochs`` spin box is set to ``SHORT_EPOCHS`` and the shot waits until
  ``state()`` is "idle" again (the Training tab after a short run);
- a child with ``stroke(points, width)`` gets a digit drawn on it (Draw).

Then it is shot; if it has sub-tabs (a QTabWidget), each sub-tab is shot
(``<tab>-<n>``, n from 1). ``<tab>.png`` always exists: the tab's first
shot (the README shows those). Last, the Help panel (F1) is shot
over the first tab. Settings live in memory only: the user's saved settings
play no part.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QSpinBox, QTabWidget, QWidget

from gui.widgets.events import settle

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 800)
LANGUAGE_CODES = ("en", "ko")
#: how often a ``.step`` control is pressed when a panel has no screenshot_states()
FALLBACK_STEPS = 12
#: epochs of the short training run, and how long to wait for it at most
SHORT_EPOCHS = 2
TRAIN_TIMEOUT_S = 120
#: a handwritten "3" in canvas fractions (two strokes)
DIGIT_STROKES = [
    [(0.30, 0.24), (0.38, 0.17), (0.50, 0.14), (0.62, 0.17), (0.68, 0.26), (0.64, 0.37), (0.55, 0.44),
     (0.45, 0.47)],
    [(0.45, 0.47), (0.58, 0.50), (0.68, 0.58), (0.71, 0.69), (0.65, 0.80), (0.52, 0.86), (0.38, 0.84),
     (0.28, 0.77)],
]


def render_all_languages(folder: str | os.PathLike) -> int:
    """Run one ``main.py --screenshots DIR --lang L`` process per language; 0 when all succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    worst = 0
    for lang in LANGUAGE_CODES:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshots", str(folder),
                               "--lang", lang], env=env, check=False)
        worst = worst or done.returncode
    return worst


def _press_step(panel) -> bool:
    """Step the panel a few times: a ``.step`` button/action, else a ``step()`` method."""
    controls = [w for w in panel.findChildren(QAbstractButton) if w.objectName().endswith(".step")]
    actions = [a for a in panel.findChildren(QAction) if a.objectName().endswith(".step")]
    if controls or actions:
        press = controls[0].click if controls else actions[0].trigger
    elif callable(getattr(panel, "step", None)) and not callable(getattr(panel, "start", None)):
        press = panel.step
    else:
        return False
    for _ in range(FALLBACK_STEPS):
        press()
        settle(30)
    return True


def _short_training_run(panel) -> bool:
    """A panel with start()/state(): train SHORT_EPOCHS epochs and wait for the end."""
    start = getattr(panel, "start", None)
    if not callable(start) or not hasattr(panel, "state"):
        return False

    def state():  # a method or a property
        value = getattr(panel, "state")
        return value() if callable(value) else value

    for spin in panel.findChildren(QSpinBox):
        if spin.objectName().endswith(".epochs"):
            spin.setValue(SHORT_EPOCHS)
    if start() is False:
        return False
    deadline = time.monotonic() + TRAIN_TIMEOUT_S
    settle(200)
    while time.monotonic() < deadline and state() != "idle":
        settle(100)
    settle(500)  # let the last plots redraw
    return state() == "idle"


def _draw_digit(panel) -> bool:
    """Draw DIGIT_STROKES on the first child that has ``stroke(points, width)``."""
    for child in panel.findChildren(QWidget):
        stroke = getattr(child, "stroke", None)
        if callable(stroke):
            w, h = child.width(), child.height()
            for line in DIGIT_STROKES:
                stroke([(x * w, y * h) for x, y in line])
                settle(50)
            settle(300)
            return True
    return False


class _Shooter:
    def __init__(self, window, folder: Path):
        self.window = window
        self.folder = folder
        self.files: list[Path] = []
        self.failures: list[str] = []

    def shoot(self, name: str) -> Path:
        settle()
        path = self.folder / f"{name}.png"
        if not self.window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.files.append(path)
        return path

    def panel(self, key: str, panel) -> None:
        """Shoot one tab; ``<key>.png`` always exists afterwards (a copy of its first shot)."""
        first = len(self.files)
        self._panel_states(key, panel)
        main = self.folder / f"{key}.png"
        if main not in self.files[first:] and len(self.files) > first:
            shutil.copyfile(self.files[first], main)
            self.files.append(main)

    def _panel_states(self, key: str, panel) -> None:
        states = getattr(panel, "screenshot_states", None)
        if callable(states):
            try:
                for name in states():
                    self.shoot(str(name) or key)
                return
            except Exception:  # noqa: BLE001 - one bad panel must not stop the others
                self.failures.append(f"{key}: {traceback.format_exc()}")
        _short_training_run(panel) or _press_step(panel) or _draw_digit(panel)
        inner = panel.findChildren(QTabWidget)
        if inner:
            tabs = inner[0]
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                self.shoot(f"{key}-{i + 1}")
        else:
            self.shoot(key)


def render_screenshots(folder: Path, lang: str) -> int:
    """Shoot every tab of a fresh main window into ``folder/lang``; returns an exit code."""
    from gui.main_window import TAB_TOPICS, MainWindow
    from gui.settings import Settings

    out = Path(folder) / lang
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings=Settings.memory(), language=lang)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(500)
    shooter = _Shooter(window, out)
    try:
        for index, key in enumerate(TAB_TOPICS[: window.tabs.count()]):
            window.tabs.setCurrentIndex(index)
            shooter.panel(key, window.tabs.widget(index))
        window.tabs.setCurrentIndex(0)
        window.help.show()
        shooter.shoot("help")
    finally:
        window.close()
        settle(100)
    for path in shooter.files:
        print(path)
    for failure in shooter.failures:
        sys.stderr.write(f"screenshot state failed: {failure}\n")
    return 1 if shooter.failures else 0
