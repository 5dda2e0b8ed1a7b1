"""Help: the F1 panel follows the tab, the shortcuts list is complete, every control has a tooltip."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import gui.main_window as main_window_module
from gui import app as app_mod
from gui.help_panel import HelpPanel
from gui.shortcuts_dialog import ShortcutsDialog, collect_shortcuts

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_f1_toggles_the_help_panel_with_the_current_tabs_topic(main_window, qtbot):
    action = main_window.actions_by_name["help"]
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    assert not main_window.help.isVisible()
    main_window.tabs.setCurrentIndex(1)
    action.trigger()
    assert main_window.help.isVisible()
    assert main_window.help.topic == "training"
    assert "Training a neural network" in main_window.help.text()
    main_window.tabs.setCurrentIndex(2)
    assert main_window.help.topic == "draw"
    assert "28×28" in main_window.help.text()
    action.trigger()
    assert not main_window.help.isVisible()


def test_f1_key_press_opens_the_panel(main_window, qtbot):
    main_window.activateWindow()
    main_window.tabs.setFocus()
    qtbot.keyClick(main_window.tabs, Qt.Key.Key_F1)
    qtbot.waitUntil(main_window.help.isVisible, timeout=2000)


@pytest.mark.parametrize("topic", ["descent", "training", "draw", "concepts", "concepts.activations",
                                   "concepts.losses", "concepts.outlier", "concepts.softmax", "concepts.metrics"])
def test_each_topic_has_sentences_and_a_formula(qtbot, topic):
    panel = HelpPanel()
    qtbot.addWidget(panel)
    assert topic in panel.topics()
    panel.show_topic(topic)
    text = panel.text()
    assert panel.topic == topic
    assert len(re.findall(r"[.!?](\s|$)", text)) >= 2, f"{topic}: fewer than two sentences"
    assert re.search(r"[=←]", text), f"{topic}: no formula"


def test_unknown_sub_topic_falls_back_to_its_tab(qtbot):
    panel = HelpPanel()
    qtbot.addWidget(panel)
    panel.show_topic("concepts.something-new")
    assert panel.topic == "concepts"
    panel.show_topic("nonsense")
    assert panel.topic == "descent"


def test_help_is_korean_with_the_books_terms(qtbot, qapp):
    app_mod.install_translators(qapp, "ko")
    try:
        panel = HelpPanel()
        qtbot.addWidget(panel)
        for topic in panel.topics():
            panel.show_topic(topic)
            assert len(HANGUL.findall(panel.text())) > 40, f"{topic} is not in Korean"
        panel.show_topic("descent")
        assert "경사 하강법" in panel.text() and "학습률" in panel.text()
        panel.show_topic("training")
        assert "오차역전파법" in panel.text() and "오버피팅" in panel.text() and "에폭" in panel.text()
        panel.show_topic("concepts")
        assert "기울기 소실" in panel.text()
    finally:
        app_mod.install_translators(qapp, "en")


class _PanelWithSubTabs(QWidget):
    """A stand-in Concepts panel whose sub-tabs are named after help topics."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.views = QTabWidget()
        for name in ("concepts.activations", "concepts.softmax"):
            page = QLabel(name)
            page.setObjectName(name)
            self.views.addTab(page, name)
        QVBoxLayout(self).addWidget(self.views)


def test_sub_tab_of_a_panel_refines_the_topic(qtbot, monkeypatch):
    monkeypatch.setattr(main_window_module, "ConceptsPanel", _PanelWithSubTabs)
    window = main_window_module.MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        window.tabs.setCurrentIndex(3)
        window.help.show()
        assert window.help.topic == "concepts.activations"
        window.concepts.views.setCurrentIndex(1)
        assert window.help.topic == "concepts.softmax"
    finally:
        window.close()


def test_shortcuts_list_collects_window_and_panel_shortcuts(main_window, qtbot):
    shortcut = QShortcut(QKeySequence("Ctrl+Shift+J"), main_window.descent)
    shortcut.setWhatsThis("Jump somewhere")
    rows = collect_shortcuts(main_window)
    by_key = {(r.keys, r.where): r.description for r in rows}
    f1 = QKeySequence(Qt.Key.Key_F1).toString(QKeySequence.SequenceFormat.NativeText)
    quit_keys = QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText)
    assert by_key[(f1, "Everywhere")] == "Help panel"
    assert by_key[(quit_keys, "Everywhere")] == "Quit"
    jump = QKeySequence("Ctrl+Shift+J").toString(QKeySequence.SequenceFormat.NativeText)
    assert by_key[(jump, main_window.tabs.tabText(0))] == "Jump somewhere"

    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows) >= 4
    cells = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Help panel", "Quit", "Keyboard shortcuts", "Jump somewhere"} <= cells


def test_every_action_in_the_menus_has_a_tooltip(main_window):
    missing = []
    for menu_action in main_window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                continue
            if not action.toolTip() or action.toolTip() == action.text().replace("&", ""):
                missing.append(action.text())
    assert not missing, f"menu actions without a real tooltip: {missing}"


CONTROL_TYPES = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit)


def test_every_control_has_a_tooltip(main_window):
    """Each button, picker, number box, slider and text field says what it does when hovered."""
    missing = []
    for widget in main_window.findChildren(QWidget):
        if not isinstance(widget, CONTROL_TYPES) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the text field inside a spin box or an editable combo
        if type(widget).__name__ in ("QToolBarExtension", "QScrollBar") or isinstance(widget.parent(), QTabBar):
            continue  # Qt's own: tab-bar scroll arrows, scroll bars
        if not widget.toolTip():
            missing.append(f"{type(widget).__name__}({widget.objectName() or getattr(widget, 'text', lambda: '')()})")
    assert not missing, f"{len(missing)} control(s) without a tooltip: {missing[:10]}"


def test_about_mentions_data_and_font_sources(main_window, qtbot, monkeypatch):
    seen = {}
    monkeypatch.setattr(main_window_module.QMessageBox, "about",
                        staticmethod(lambda parent, title, text: seen.update(title=title, text=text)))
    main_window.actions_by_name["about"].trigger()
    assert "MNIST" in seen["text"] and "NanumSquare" in seen["text"]


def test_concept_views_get_their_own_topic(main_window):
    tabs = getattr(main_window.concepts, "tabs", None)
    assert isinstance(tabs, QTabWidget) and tabs.count() >= 5, "the Concepts panel has no views yet"
    main_window.tabs.setCurrentIndex(3)
    main_window.help.show()
    seen = set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        seen.add(main_window.help.topic)
    assert {"concepts.activations", "concepts.losses", "concepts.outlier", "concepts.softmax",
            "concepts.metrics"} <= seen
