"""Scenes in the window: save any state, open it in a fresh app, get the same state and picture;
the book's and the issue's examples open from File and from --scene; bad files change nothing."""
import json
import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import main
from core.state.scene import read_scene
from core.state.tab_states import TAB_NAMES

EXAMPLE = {"format": "gradient-lab-scene", "version": 1, "tab": "descent",
           "descent": {"surface": "book", "start": [-7, 2], "optimizer": "sgd", "lr": 0.95,
                       "schedule": "constant", "steps": 30, "racers": [{"optimizer": "adam", "lr": 0.3}]}}


@pytest.fixture
def make_window(qtbot):
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
    from gui.main_window import MainWindow

    made = []

    def make(**kwargs):
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def states(window) -> dict:
    return {name: window.panels_by_tab[name].tab_state() for name in TAB_NAMES}


def settle(qtbot, window):
    window.descent.redraw_now()
    QApplication.processEvents()
    qtbot.wait(50)


def grab(window, name):
    """The tab as drawn once its layout has settled (pyqtgraph sizes axes on the next passes)."""
    window.tabs.setCurrentIndex(TAB_NAMES.index(name))
    panel = window.panels_by_tab[name]
    for _ in range(3):
        QApplication.processEvents()
        panel.grab()
    return panel.grab().toImage()


def differing_pixels(a, b) -> int:
    """How many pixels of two same-sized QImages differ (all of them when the sizes differ)."""
    if a.size() != b.size():
        return a.width() * a.height()
    from PySide6.QtGui import QImage

    def pixels(image):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4).copy()

    return int((pixels(a) != pixels(b)).any(axis=2).sum())


def change_every_tab(window):
    """Move something on each tab away from its default."""
    d = window.descent
    c = d.controls
    c.surface.setCurrentIndex(c.surface.findData("rosenbrock"))
    d.place_ball(-1.5, 2.0)
    c.optimizer.setCurrentIndex(c.optimizer.findData("adam"))
    c.set_lr(0.05)
    c.race.setChecked(True)
    for _ in range(12):
        d.step()
    t = window.training.controls
    t.hidden.setText("64, 32")
    t.lr.setValue(0.01)
    t.epochs.setValue(3)
    t.activation.setCurrentIndex(t.activation.findData("tanh"))
    window.draw.canvas.stroke([(100, 60), (140, 60), (120, 200)], 20)
    window.draw.canvas.stroke([(90, 130), (150, 130)], 14)
    window.concepts.tabs.setCurrentWidget(window.concepts.softmax_view)
    window.concepts.softmax_view.temperature_spin.setValue(2.5)
    window.landscape.controls.kind.setCurrentIndex(window.landscape.controls.kind.findData("weights"))
    window.landscape.controls.resolution.setValue(21)


def test_a_saved_scene_opens_to_the_same_state_and_picture(qtbot, make_window, tmp_path):
    first = make_window()
    change_every_tab(first)
    settle(qtbot, first)
    before = states(first)
    assert before["descent"].surface == "rosenbrock" and before["descent"].steps == 12
    assert len(before["descent"].racers) == 3 and len(before["draw"].strokes) == 2
    pictures = {name: grab(first, name) for name in TAB_NAMES}
    first.tabs.setCurrentIndex(TAB_NAMES.index("concepts"))
    path = tmp_path / "lesson.glab.json"
    assert first.scenes.save_scene(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "gradient-lab-scene" and saved["tab"] == "concepts"
    assert all(name in saved for name in TAB_NAMES)  # every key is written

    second = make_window()
    assert states(second) != before
    assert second.scenes.open_scene(path), second.scenes.last_notes
    settle(qtbot, second)
    after = states(second)
    for name in TAB_NAMES:
        assert after[name] == before[name], name
    assert second.tabs.currentIndex() == TAB_NAMES.index("concepts")
    for name in TAB_NAMES:
        again = grab(second, name)
        changed = differing_pixels(again, pictures[name])
        if changed:
            pictures[name].save(str(tmp_path / f"{name}-saved.png"))
            again.save(str(tmp_path / f"{name}-opened.png"))
        # glyph rasterising may differ in a few dozen pixels between two windows; a moved ball,
        # another stroke or a shifted axis changes thousands
        assert changed <= 200, f"the {name} tab looks different: {changed} pixels (see {tmp_path})"
    second.descent.place_ball(0.5, 0.5)  # the comparison sees a real change
    second.descent.redraw_now()
    assert differing_pixels(grab(second, "descent"), pictures["descent"]) > 200


def test_the_issue_example_opens_from_file_and_equals_descend_scene(qtbot, make_window, tmp_path, capsys):
    path = tmp_path / "example.glab.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    window = make_window()
    assert window.scenes.open_scene(path)
    run, racer = window.descent.runs
    assert window.descent.surface.name == "book" and run.start == (-7.0, 2.0) and run.k == 30
    assert window.descent.controls.lr == 0.95 and racer.optimizer_name == "adam" and racer.lr == 0.3
    assert main.main(["descend", "--scene", str(path), "--json", "--every", "1"]) == 0
    cli = json.loads(capsys.readouterr().out)
    for shown, printed in ((run, cli), (racer, cli["racers"][0])):
        points = [(row["x"], row["y"]) for row in printed["trajectory"]]
        assert list(zip(shown.trail.x, shown.trail.y)) == points  # the same numbers, not close ones


def test_main_py_scene_opens_the_app_in_that_scene(qtbot, tmp_path, monkeypatch):
    """``python main.py --scene FILE``: run_app opens the window and the scene before showing it."""
    path = tmp_path / "example.glab.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    monkeypatch.setenv("GRADIENT_LAB_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("GRADIENT_LAB_DATA_DIR", str(tmp_path / "data"))
    seen = {}
    from PySide6.QtCore import QTimer

    def look():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main.window" and w.isVisible())
        seen["steps"] = window.descent.run.k
        seen["start"] = window.descent.run.start
        window.close()

    QTimer.singleShot(500, look)
    assert main.main(["--scene", str(path), "--quit-after", "20"]) == 0
    assert seen == {"steps": 30, "start": (-7.0, 2.0)}


def test_every_book_example_is_listed_and_opens(qtbot, make_window):
    window = make_window()
    actions = window.scenes.book_menu.actions()
    shipped = sorted(Path(main.__file__).parent.joinpath("resources", "scenes").glob("*.glab.json"))
    assert len(actions) == len(shipped) >= 8
    for action in actions:
        action.trigger()
        assert window.scenes.last_notes == [], action.text()
        assert "Scene:" in window.statusBar().currentMessage()
    by_title = {a.text(): Path(a.data()) for a in actions}
    optim = next(p for t, p in by_title.items() if "optimizers" in t.lower())
    window.scenes.open_scene(optim)
    names = [r.optimizer_name for r in window.descent.runs]
    assert names == ["sgd", "momentum", "adagrad", "adam"]
    assert [r.lr for r in window.descent.runs] == [0.95, 0.1, 1.5, 0.3]


def _bad_files(tmp_path):
    good = json.dumps(EXAMPLE)
    files = {
        "truncated": good[: len(good) // 2],
        "wrong version": json.dumps({**EXAMPLE, "version": 7}),
        "oversized": json.dumps({**EXAMPLE, "notes": "x" * 1_100_000}),
        "not a scene": json.dumps({"hello": 1}),
        "bad value": json.dumps({**EXAMPLE, "descent": {"lr": -3}}),
        "nested": "[" * 50_000,
        "binary": b"\x00\xff\xfe" * 100,
    }
    paths = {}
    for name, content in files.items():
        path = tmp_path / f"{name}.glab.json"
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
        paths[name] = path
    paths["folder"] = tmp_path
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.glab.json"
        os.mkfifo(fifo)
        paths["fifo"] = fifo
    return paths


def _messages(window):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            and w.objectName() == "scene.problem"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_bad_scene_files_change_nothing_and_say_so_once(qtbot, make_window, tmp_path, language):
    from gui.app import install_translators

    app = QApplication.instance()
    install_translators(app, language)
    try:
        window = make_window(language=language)
        change_every_tab(window)
        settle(qtbot, window)
        before = states(window)
        for name, path in _bad_files(tmp_path).items():
            assert not window.scenes.open_scene(path), name
            boxes = _messages(window)
            assert len(boxes) == 1, name
            text = boxes[0].text()
            if language == "ko":
                assert any("\uac00" <= ch <= "\ud7a3" for ch in text), (name, text)
            else:
                assert "Nothing was changed" in text, (name, text)
            boxes[0].close()
            assert states(window) == before, name
    finally:
        install_translators(app, "en")


def test_a_locked_control_stays_locked_and_says_why(qtbot, make_window, tmp_path):
    scene = {**EXAMPLE, "locked": ["descent.lr", "descent.optimizer"], "hidden": ["descent.schedule"]}
    path = tmp_path / "exercise.glab.json"
    path.write_text(json.dumps(scene), encoding="utf-8")
    window = make_window()
    assert window.scenes.open_scene(path)
    lr = window.descent.controls.lr_edit
    assert not lr.isEnabled() and "Locked by the scene" in lr.toolTip()
    schedule = window.descent.controls.schedule
    assert not schedule.isVisible()
    from gui.state_binding import _form_label

    assert _form_label(schedule) is not None and not _form_label(schedule).isVisible()
    window.descent.controls.lr_edit.setEnabled(True)  # a panel re-enabling its controls
    qtbot.waitUntil(lambda: not lr.isEnabled(), timeout=2000)
    # another scene without locks frees them again
    free = tmp_path / "free.glab.json"
    free.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    assert window.scenes.open_scene(free)
    assert lr.isEnabled() and "Locked" not in lr.toolTip() and window.descent.controls.schedule.isVisible()


def test_unknown_keys_are_named_in_one_line(qtbot, make_window, tmp_path):
    path = tmp_path / "odd.glab.json"
    path.write_text(json.dumps({**EXAMPLE, "sparkle": 1, "descent": {**EXAMPLE["descent"], "wobble": 2}}))
    window = make_window()
    assert window.scenes.open_scene(path)
    line = window.statusBar().currentMessage()
    assert "sparkle" in line and "wobble" in line and "\n" not in line


def test_the_scene_model_is_checked_by_file_and_sha256(qtbot, make_window, tmp_path):
    from core.data.model_io import save_model
    from core.nn.network import MLP
    from core.state.scene_model import sha256_of

    model = tmp_path / "tiny.npz"
    save_model(MLP([784, 8, 10], seed=3), model)
    scene = {**EXAMPLE, "model": {"source": "file", "path": "tiny.npz", "sha256": sha256_of(model)}}
    path = tmp_path / "with-model.glab.json"
    path.write_text(json.dumps(scene), encoding="utf-8")
    window = make_window()
    assert window.scenes.open_scene(path)
    assert window.app_state.models.ref.source == "file" and window.app_state.models.shared_net().sizes == [784, 8, 10]
    assert window.draw.current_model().sizes == [784, 8, 10]
    save_model(MLP([784, 9, 10], seed=3), model)  # the file changed since the scene was written
    assert window.scenes.open_scene(path)
    assert window.app_state.models.ref.source == "bundled"
    assert "SHA-256 differs" in window.statusBar().currentMessage()
    model.unlink()
    assert window.scenes.open_scene(path) and "missing" in window.statusBar().currentMessage()


def test_a_surface_change_starts_at_the_surfaces_own_start(qtbot, make_window):
    window = make_window()
    d = window.descent
    d.place_ball(-2.0, 0.5)
    d.controls.surface.setCurrentIndex(d.controls.surface.findData("book"))
    assert d.run.start == (-7.0, 2.0)
    d.place_ball(-3.0, 1.0)
    d.reset()
    assert d.run.point == (-3.0, 1.0)
    d.controls.surface.setCurrentIndex(d.controls.surface.findData("bowl"))
    d.controls.surface.setCurrentIndex(d.controls.surface.findData("book"))
    assert d.run.start == (-7.0, 2.0)
