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
panel without the method is shot as it is; if it has sub-tabs (a QTabWidget),
each sub-tab is shot (``<tab>-<n>-<page objectName or number>``), and a button
or action whose objectName ends in ``.step`` is pressed a few times first
(the Descent lab mid-descent). Last, the Help panel (F1) is shot over the
first tab. Settings live in memory only: the user's saved settings play no part.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QTabWidget

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 800)
LANGUAGE_CODES = ("en", "ko")
#: how often a ``.step`` control is pressed when a panel has no screenshot_states()
FALLBACK_STEPS = 12


def settle(ms: int = 300) -> None:
    """Process events for ``ms`` milliseconds (lets timers, plots and queued signals run)."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


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
    controls = [w for w in panel.findChildren(QAbstractButton) if w.objectName().endswith(".step")]
    actions = [a for a in panel.findChildren(QAction) if a.objectName().endswith(".step")]
    if not controls and not actions:
        return False
    for _ in range(FALLBACK_STEPS):
        if controls:
            controls[0].click()
        else:
            actions[0].trigger()
        settle(30)
    return True


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
        states = getattr(panel, "screenshot_states", None)
        if callable(states):
            try:
                for name in states():
                    self.shoot(str(name) or key)
                return
            except Exception:  # noqa: BLE001 - one bad panel must not stop the others
                self.failures.append(f"{key}: {traceback.format_exc()}")
        _press_step(panel)
        inner = panel.findChildren(QTabWidget)
        if inner:
            tabs = inner[0]
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                page = tabs.widget(i).objectName().split(".")[-1] if tabs.widget(i).objectName() else ""
                self.shoot(f"{key}-{i + 1}" + (f"-{page}" if page else ""))
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
