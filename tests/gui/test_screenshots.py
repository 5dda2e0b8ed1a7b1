"""`main.py --screenshots DIR`: one PNG per tab state, the window at 1280x800, in the chosen language."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

import gui.main_window as main_window_module
from gui import screenshots


class _StatesPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel("start")
        QVBoxLayout(self).addWidget(self.label)
        self.seen = []

    def screenshot_states(self):
        self.label.setText("first")
        yield "descent"
        self.label.setText("race")
        yield "race"


class _SubTabsPanel(QWidget):
    def __init__(self, app_state=None, parent=None, history_folder=None):
        super().__init__(parent)
        tabs = QTabWidget()
        for name in ("one", "two", "three"):
            tabs.addTab(QLabel(name), name)
        QVBoxLayout(self).addWidget(tabs)


class _Canvas(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(280, 280)
        self.strokes = []

    def stroke(self, points, width=None):
        self.strokes.append(points)


class _DrawPanel(QWidget):
    def __init__(self, app_state=None, parent=None):
        super().__init__(parent)
        self.canvas = _Canvas()
        QVBoxLayout(self).addWidget(self.canvas)

    def set_model(self, net, description):
        pass


def test_every_tab_is_shot_in_its_states(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(main_window_module, "DescentPanel", _StatesPanel)
    monkeypatch.setattr(main_window_module, "TrainingPanel", _SubTabsPanel)
    monkeypatch.setattr(main_window_module, "DrawPanel", _DrawPanel)
    monkeypatch.setattr(main_window_module, "ConceptsPanel", QWidget)
    drawn = []
    monkeypatch.setattr(screenshots, "_draw_digit", lambda panel, real=screenshots._draw_digit:
                        drawn.append(real(panel)) or drawn[-1])

    assert screenshots.render_screenshots(tmp_path, "en") == 0
    names = sorted(p.name for p in (tmp_path / "en").iterdir())
    assert names == sorted(["descent.png", "race.png", "training.png", "training-1.png", "training-2.png",
                            "training-3.png", "draw.png", "concepts.png", "landscape.png", "help.png"])
    image = QImage(str(tmp_path / "en" / "race.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert QImage(str(tmp_path / "en" / "descent.png")) != image  # a different state was shot
    assert drawn.count(True) == 1  # only the Draw stand-in has a canvas to draw on


def test_the_digit_is_drawn_inside_the_canvas(qtbot):
    panel = _DrawPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert screenshots._draw_digit(panel)
    points = [p for stroke in panel.canvas.strokes for p in stroke]
    assert len(panel.canvas.strokes) == 2
    assert all(0 <= x <= 280 and 0 <= y <= 280 for x, y in points)
