"""Settings that stick: typed reads with fallbacks, generic control persistence, the window's state."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import gui.main_window as main_window_module
from gui import settings as s
from gui.app import choose_language
from gui.settings import Settings


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "gradient-lab.ini"


# ------------------------------------------------------------------ Settings.value

def test_missing_keys_give_the_defaults(ini):
    settings = Settings(ini)
    assert settings.value("language") == ""
    assert settings.value("help/visible") is False
    assert isinstance(settings.value("window/geometry"), QByteArray)
    assert settings.value("no/such/key", 7) == 7


def test_values_round_trip_through_the_file(ini):
    first = Settings(ini)
    first.set_value("language", "ko")
    first.set_value("a/int", 42)
    first.set_value("a/float", 0.0125)
    first.set_value("a/bool", True)
    first.set_value("a/text", "hello, world")
    first.set_value("a/sizes", [300, 700])
    first.set_value("a/bytes", QByteArray(b"\x00\x01\xff"))
    first.sync()
    again = Settings(ini)  # a new object reads the file, where everything is text
    assert again.value("language") == "ko"
    assert again.value("a/int", 0) == 42
    assert again.value("a/float", 0.0) == pytest.approx(0.0125)
    assert again.value("a/bool", False) is True
    assert again.value("a/text", "") == "hello, world"
    assert again.value("a/sizes", [0]) == [300, 700]
    assert bytes(again.value("a/bytes", QByteArray())) == b"\x00\x01\xff"


def test_corrupt_and_foreign_values_fall_back_to_defaults(ini):
    ini.write_text(
        "[General]\nlanguage=fr\n"
        "[a]\nint=twelve\nfloat=nan\nbool=maybe\nsizes=1,x,3\n"
        "[window]\ngeometry=not bytes\ntab=-\n",
        encoding="utf-8",
    )
    settings = Settings(ini)
    assert settings.value("language") == ""            # not one of "", en, ko
    assert settings.value("a/int", 5) == 5
    assert settings.value("a/float", 1.5) == 1.5        # NaN is refused
    assert settings.value("a/bool", True) is True
    assert settings.value("a/sizes", [1, 2]) == [1, 2]
    assert settings.value("window/geometry").isEmpty()
    assert settings.value("window/tab", 0) == 0


def test_a_file_of_random_bytes_reads_as_defaults(ini):
    ini.write_bytes(bytes(range(256)) * 8 + b"\n[[[=\x00==\n")
    settings = Settings(ini)
    assert settings.value("language") == ""
    assert settings.value("window/tab", 3) == 3


def test_environment_variable_redirects_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv(s.ENV_DIR, str(tmp_path / "cfg"))
    settings = Settings()
    settings.set_value("language", "en")
    settings.sync()
    assert settings.file_name.startswith(str(tmp_path / "cfg"))
    assert (tmp_path / "cfg" / s.FILE_NAME).exists()


def test_memory_settings_write_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(s.ENV_DIR, str(tmp_path))
    settings = Settings.memory()
    settings.set_value("language", "ko")
    settings.sync()
    assert settings.value("language") == "ko"
    assert list(tmp_path.iterdir()) == []


def test_language_choice_order(ini, monkeypatch):
    monkeypatch.setattr("gui.app.system_language", lambda: "en")
    settings = Settings(ini)
    assert choose_language(None, settings) == "en"       # system
    settings.set_value("language", "ko")
    assert choose_language(None, settings) == "ko"       # saved
    assert choose_language("en", settings) == "en"       # --lang wins
    settings.set_value("language", "xx")
    assert choose_language(None, settings) == "en"       # foreign saved value: system


# ------------------------------------------------------------------ controls

class Controls(QWidget):
    """One control of every persisted kind, plus three that must not be persisted."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.combo = QComboBox(objectName="t.combo")
        for label, key in (("ReLU", "relu"), ("Sigmoid", "sigmoid"), ("tanh", "tanh")):
            self.combo.addItem(label, key)
        self.spin = QSpinBox(objectName="t.spin")
        self.spin.setRange(1, 500)
        self.dspin = QDoubleSpinBox(objectName="t.dspin")
        self.dspin.setRange(0.0001, 10)
        self.dspin.setDecimals(4)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="t.slider")
        self.slider.setRange(0, 100)
        self.check = QCheckBox("x", objectName="t.check")
        self.edit = QLineEdit(objectName="t.edit")
        self.splitter = QSplitter(objectName="t.splitter")
        self.splitter.addWidget(QLabel("a"))
        self.splitter.addWidget(QLabel("b"))
        self.tabs = QTabWidget(objectName="t.tabs")
        self.tabs.addTab(QLabel("1"), "one")
        self.tabs.addTab(QLabel("2"), "two")
        self.no_dot = QSpinBox(objectName="nodot")
        self.opt_out = QSpinBox(objectName="t.optout")
        self.opt_out.setProperty("persist", False)
        self.read_only = QLineEdit(objectName="t.readonly")
        self.read_only.setReadOnly(True)
        for w in (self.combo, self.spin, self.dspin, self.slider, self.check, self.edit, self.splitter,
                  self.tabs, self.no_dot, self.opt_out, self.read_only):
            layout.addWidget(w)
        self.resize(400, 600)


def _change(c: Controls) -> None:
    c.combo.setCurrentIndex(2)
    c.spin.setValue(321)
    c.dspin.setValue(0.0125)
    c.slider.setValue(77)
    c.check.setChecked(True)
    c.edit.setText("256, 128")
    c.splitter.setSizes([100, 250])
    c.tabs.setCurrentIndex(1)
    c.no_dot.setValue(9)
    c.opt_out.setValue(9)
    c.read_only.setText("x")


def test_every_kind_of_control_round_trips(qtbot, ini):
    a = Controls()
    qtbot.addWidget(a)
    a.show()
    _change(a)
    saved_sizes = a.splitter.sizes()
    settings = Settings(ini)
    assert s.save_controls(settings, a) == 8
    settings.sync()
    assert set(k.split("/", 1)[1] for k in Settings(ini).keys()) == {
        "t.combo", "t.spin", "t.dspin", "t.slider", "t.check", "t.edit", "t.splitter", "t.tabs"}

    b = Controls()
    qtbot.addWidget(b)
    b.show()
    restored = s.restore_controls(Settings(ini), b)
    assert len(restored) == 8
    assert b.combo.currentData() == "tanh"
    assert b.spin.value() == 321
    assert b.dspin.value() == pytest.approx(0.0125)
    assert b.slider.value() == 77
    assert b.check.isChecked()
    assert b.edit.text() == "256, 128"
    assert b.splitter.sizes() == saved_sizes
    assert b.tabs.currentIndex() == 1
    assert b.no_dot.value() == 0 and b.opt_out.value() == 0 and b.read_only.text() == ""


def test_combo_is_restored_by_user_data_not_position(qtbot, ini):
    a = Controls()
    qtbot.addWidget(a)
    a.combo.setCurrentIndex(1)  # sigmoid
    settings = Settings(ini)
    s.save_controls(settings, a)
    b = Controls()
    qtbot.addWidget(b)
    b.combo.insertItem(0, "Step", "step")  # a new item shifts every index
    s.restore_controls(settings, b)
    assert b.combo.currentData() == "sigmoid"


def test_values_that_do_not_fit_leave_controls_alone(qtbot, ini):
    settings = Settings(ini)
    for key, value in {"t.combo": "softplus", "t.spin": "100000", "t.dspin": "-3", "t.slider": "abc",
                       "t.check": "perhaps", "t.splitter": "1,2,3", "t.tabs": "9"}.items():
        settings.set_value(f"controls/{key}", value)
    c = Controls()
    qtbot.addWidget(c)
    before = s.snapshot(c)
    assert s.restore_controls(settings, c) == []
    assert s.snapshot(c) == before


def test_a_slot_that_raises_during_restore_does_not_stop_the_others(qtbot, ini):
    c = Controls()
    qtbot.addWidget(c)

    def explode(_):
        raise RuntimeError("panel refuses")

    c.spin.valueChanged.connect(explode)
    settings = Settings(ini)
    settings.set_value("controls/t.spin", 5)
    settings.set_value("controls/t.slider", 40)
    with qtbot.capture_exceptions() as errors:
        restored = s.restore_controls(settings, c)
    assert "t.slider" in restored and c.slider.value() == 40
    assert len(errors) == 1  # reported, not swallowed


# ------------------------------------------------------------------ the main window

class _PanelWithControls(QWidget):
    """Stands in for a panel: a picker and a number, named the way panels name theirs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.optimizer = QComboBox(objectName="descent.optimizer")
        for key in ("sgd", "momentum", "adam"):
            self.optimizer.addItem(key.upper(), key)
        self.steps = QSpinBox(objectName="descent.steps")
        self.steps.setRange(1, 1000)
        self.steps.setValue(10)
        layout.addWidget(self.optimizer)
        layout.addWidget(self.steps)


@pytest.fixture
def window_factory(qtbot, ini, monkeypatch):
    monkeypatch.setattr(main_window_module, "DescentPanel", _PanelWithControls)
    windows = []

    def make():
        window = main_window_module.MainWindow(settings=Settings(ini))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def test_tab_pickers_geometry_and_help_stick(window_factory):
    first = window_factory()
    first.tabs.setCurrentIndex(2)
    first.descent.optimizer.setCurrentIndex(2)
    first.descent.steps.setValue(123)
    height = max(640, first.minimumSizeHint().height() + 10)
    assert height < 790, "the window no longer fits 1280x800"
    first.resize(760, height)  # the panels' minimum width may win over 760; not the default 800 high
    first.help.show()
    size = (first.width(), first.height())
    assert size[1] == height
    first.close()

    second = window_factory()
    assert second.tabs.currentIndex() == 2
    assert second.descent.optimizer.currentData() == "adam"
    assert second.descent.steps.value() == 123
    assert (second.width(), second.height()) == size
    assert second.help.isVisible()


def test_reset_to_defaults(window_factory, ini):
    first = window_factory()
    first.tabs.setCurrentIndex(3)
    first.descent.optimizer.setCurrentIndex(1)
    first.descent.steps.setValue(999)
    first.set_language("ko")
    first.resize(900, 600)
    first.reset_to_defaults()
    assert first.tabs.currentIndex() == 0
    assert first.descent.optimizer.currentData() == "sgd"
    assert first.descent.steps.value() == 10
    assert (first.width(), first.height()) == (1280, 800)
    assert Settings(ini).keys() == []
    assert Settings(ini).value("language") == ""


def test_corrupt_settings_file_still_opens_the_window(window_factory, ini):
    ini.write_text("[window]\ngeometry=@ByteArray(garbage)\nstate=12\n[controls]\nmain.tabs=7\n"
                   "descent.optimizer=nope\ndescent.steps=-5\n", encoding="utf-8")
    window = window_factory()
    assert window.tabs.currentIndex() == 0
    assert window.descent.optimizer.currentData() == "sgd"
    assert window.descent.steps.value() == 10
    assert (window.width(), window.height()) == (1280, 800)


def test_language_choice_is_saved_for_the_next_start(window_factory, ini):
    window = window_factory()
    assert window.language_actions["en"].isChecked()
    window.set_language("ko")
    assert window.language_actions["ko"].isChecked()
    assert "restart" in window.statusBar().currentMessage().lower()
    assert Settings(ini).value("language") == "ko"


def test_default_main_window_keeps_settings_in_memory(main_window):
    assert main_window.settings.file_name == ""


def test_the_landscape_weight_picks_stick(window_factory):
    """A custom control (the two picked weights) persists through settings_value()."""
    first = window_factory()
    picker = first.landscape.controls.picker
    picker.pick(300, 5, slot=0)
    picker.pick(301, 7, slot=1)
    first.close()
    second = window_factory()
    assert second.landscape.controls.picker.weights() == ((300, 5), (301, 7))
    assert not second.landscape.is_computing(), "restoring the picks computes nothing"
    assert not second.landscape.controls.picker.set_settings_value("1,2,3")
    assert not second.landscape.controls.picker.set_settings_value("999,0,1,0")
    assert second.landscape.controls.picker.weights() == ((300, 5), (301, 7))


def test_a_value_that_fits_only_after_its_mode_is_restored(qtbot, ini):
    """The loss probe at z = 3.5 fits the sigmoid mode's range, which the checkbox restored after
    it sets: the second pass puts it back (it used to come back as -6)."""
    from gui.concepts.loss_view import LossView
    from gui.settings import restore_controls, save_controls

    first = LossView()
    qtbot.addWidget(first)
    first.sigmoid_check.setChecked(True)
    first.probe_spin.setValue(3.5)
    save_controls(Settings(ini), first)
    second = LossView()
    qtbot.addWidget(second)
    restore_controls(Settings(ini), second)
    assert second.sigmoid_check.isChecked() and second.probe_spin.value() == 3.5


def test_the_metrics_batch_sticks_and_a_bad_one_is_ignored(qtbot, ini):
    from gui.concepts.metrics_view import MetricsView
    from gui.settings import restore_controls, save_controls

    first = MetricsView()
    qtbot.addWidget(first)
    first.table.item(0, 1).setText("0.7")
    first.table.item(1, 3).setText("2")
    save_controls(Settings(ini), first)
    second = MetricsView()
    qtbot.addWidget(second)
    restore_controls(Settings(ini), second)
    np.testing.assert_array_equal(second.probabilities, first.probabilities)
    np.testing.assert_array_equal(second.labels, first.labels)
    before = second.probabilities.copy()
    for bad in ('{"p": [[0.5, 0.5, 2]], "t": [0]}', '{"p": [[0.5, 0.5, 0]], "t": [3]}', "[]", "not json",
                '{"p": [[NaN, 0, 0]], "t": [0]}', '{"p": [], "t": []}'):
        assert not second.set_settings_value(bad), bad
    np.testing.assert_array_equal(second.probabilities, before)


def test_splitter_sizes_beyond_qts_int_are_refused(qtbot):
    """'2147483648,1' made QSplitter.setSizes raise OverflowError at every start (issue 21)."""
    from PySide6.QtWidgets import QLabel, QSplitter

    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    splitter.resize(400, 100)
    splitter.setSizes([100, 300])
    before = splitter.sizes()
    for raw in ("2147483648,1", "1,-2147483649", ",".join(["1"] * 1000)):
        assert s.set_control_value(splitter, raw) is False, raw
        assert splitter.sizes() == before
    with pytest.raises(ValueError):
        s.coerce("2147483648,1", list)
    assert s.coerce("2147483647,1", list) == [2147483647, 1]
